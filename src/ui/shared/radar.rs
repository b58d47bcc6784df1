//! The radar chart: an SVG drawn by our own code from [`crate::chart`]'s geometry.
//!
//! No `style=` attributes (the CSP forbids inline styles): every shape carries SVG
//! presentation attributes as defaults, so a downloaded SVG without a stylesheet
//! still looks right, and classes (styles/radar.css) override them with the
//! app's custom properties.

use crate::chart::{
    self, AxisLabel, Layout, TextBlock, BANDS, LAYOUT, NARROW, NARROW_BELOW, RINGS,
};
use crate::model::i18n::whole;
use crate::model::Band;
use crate::ui::shared::bands::band_key;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

const ACCENT: &str = "#1f5f8b";
const TEXT: &str = "#1d1d1b";
const MUTED: &str = "#5c5c5c";
const RING: &str = "#c9ced6";
const BACKGROUND: &str = "#ffffff";
const BAND_FILLS: [&str; 3] = ["#fbe9e7", "#fff6dc", "#e6f4ea"];
const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/// How a series is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum SeriesKind {
    /// The person's own scores: accent polygon with visible points.
    Main,
    /// Background series (e.g. each team member): thin grey outlines.
    Faint,
    /// A comparison (e.g. an earlier round): dashed outline with hollow points.
    Compare,
}

/// One set of values, one per axis (`None`: no score on that axis).
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub name: AttrValue,
    pub values: Rc<[Option<f64>]>,
    pub kind: SeriesKind,
}

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    /// Area names, already translated.
    pub axes: Rc<[AttrValue]>,
    /// Text under each name, e.g. "62" or "–".
    pub axis_values: Rc<[AttrValue]>,
    pub series: Rc<[RadarSeries]>,
    /// Team min–max per axis, shaded.
    #[prop_or_default]
    pub range: Option<Rc<[(f64, f64)]>>,
    /// [needs attention, developing, strong], translated.
    pub band_labels: Rc<[AttrValue]>,
    pub title: AttrValue,
    pub description: AttrValue,
    /// The id of the `<svg>` (used for "download as SVG").
    #[prop_or_default]
    pub id: AttrValue,
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// How a block of text is drawn.
struct TextStyle {
    /// The band of a band label; `None` for an area's name.
    band: Option<&'static str>,
    fill: &'static str,
    /// A halo in the colour behind the text, so lines crossing it do not hurt reading.
    halo: Option<&'static str>,
}

fn text_block(
    block: &TextBlock,
    style: TextStyle,
    value_line: Option<usize>,
    axis: Option<usize>,
) -> Html {
    let x = chart::fmt(block.x);
    let dy = chart::fmt(block.line_height);
    let lines = block.lines.iter().enumerate().map(|(i, line)| {
        let is_value = value_line == Some(i);
        html! {
            <tspan
                x={x.clone()}
                dy={if i == 0 { "0".to_owned() } else { dy.clone() }}
                data-value={is_value.then_some("")}
                font-weight={is_value.then_some("bold")}
            >{ line.clone() }</tspan>
        }
    });
    html! {
        <text
            class="radar-label"
            data-band={style.band}
            data-axis={axis.map(|a| a.to_string())}
            x={x.clone()}
            y={chart::fmt(block.y)}
            text-anchor={block.anchor.as_str()}
            font-size={chart::fmt(block.font_size)}
            fill={style.fill}
            stroke={style.halo}
            stroke-width={style.halo.map(|_| "3")}
            stroke-linejoin={style.halo.map(|_| "round")}
            paint-order={style.halo.map(|_| "stroke")}
        >{ for lines }</text>
    }
}

fn point_title(series: &RadarSeries, axis: &str, value: f64) -> String {
    if series.name.is_empty() {
        format!("{axis}: {}", whole(value))
    } else {
        format!("{} – {axis}: {}", series.name, whole(value))
    }
}

/// A series' value on one axis (`None`: no score there).
fn value_on(series: &RadarSeries, axis: usize) -> Option<f64> {
    series.values.get(axis).copied().flatten()
}

/// The values of a series on each of `n` axes, placed on the chart (axes without a
/// value left out).
fn placed(series: &RadarSeries, n: usize, layout: &Layout) -> Vec<(usize, (f64, f64))> {
    let values: Vec<Option<f64>> = (0..n).map(|axis| value_on(series, axis)).collect();
    chart::series_points(&values, layout.center, layout.radius)
}

/// The polygon (or, below three values, nothing) of the main or a compared series.
/// Faint series are drawn together by [`faint_outlines`].
fn series_shape(series: &RadarSeries, n: usize, layout: &Layout) -> Html {
    // Before any work: a team's faint series are many, and none is drawn here.
    if series.kind == SeriesKind::Faint {
        return Html::default();
    }
    let pts = placed(series, n, layout);
    if pts.len() < 3 {
        return Html::default();
    }
    let points = chart::points_attr(&pts.iter().map(|p| p.1).collect::<Vec<_>>());
    let title = html! { <title>{ series.name.clone() }</title> };
    match series.kind {
        SeriesKind::Main => html! {
            <polygon class="radar-series radar-main" points={points}
                fill={ACCENT} fill-opacity="0.18" stroke={ACCENT} stroke-width="2.5"
                stroke-linejoin="round">{ title }</polygon>
        },
        SeriesKind::Compare => html! {
            <polygon class="radar-series radar-compare" points={points}
                fill="none" stroke={TEXT} stroke-width="2" stroke-dasharray="6 4"
                stroke-linejoin="round">{ title }</polygon>
        },
        SeriesKind::Faint => Html::default(), // returned above
    }
}

/// Every faint series (each team member) as one path of thin outlines. One element
/// for the whole team, not a polygon and a title per person: a team of 50 is drawn
/// with about 150 fewer nodes. The lines are alike and unnamed on purpose (the
/// legend says what they are; the svg is one image to a screen reader, with the
/// table beside it), so a tooltip per line added nothing a person could use.
fn faint_outlines(series: &[&RadarSeries], n: usize, layout: &Layout) -> Html {
    let polygons: Vec<Vec<(f64, f64)>> = series
        .iter()
        .filter(|s| s.kind == SeriesKind::Faint)
        .map(|s| placed(s, n, layout))
        .filter(|pts| pts.len() >= 3)
        .map(|pts| pts.into_iter().map(|p| p.1).collect())
        .collect();
    if polygons.is_empty() {
        return Html::default();
    }
    let d = chart::closed_path(polygons.iter().map(Vec::as_slice));
    html! {
        <path class="radar-series radar-faint" d={d}
            fill="none" stroke={MUTED} stroke-width="1" stroke-linejoin="round" />
    }
}

/// The points of one series.
fn series_points(series: &RadarSeries, axes: &[AttrValue], layout: &Layout) -> Html {
    let pts = placed(series, axes.len(), layout);
    let (kind, r, fill, stroke, width) = match series.kind {
        SeriesKind::Main => ("main", "4.5", ACCENT, BACKGROUND, "1.5"),
        SeriesKind::Compare => ("compare", "4", BACKGROUND, TEXT, "2"),
        SeriesKind::Faint if pts.len() < 3 => ("faint", "2.5", MUTED, "none", "0"),
        SeriesKind::Faint => return Html::default(),
    };
    pts.iter()
        .map(|&(axis, (x, y))| {
            let value = value_on(series, axis).unwrap_or_default();
            html! {
                <circle class="radar-point" data-series={kind} data-axis={axis.to_string()}
                    cx={chart::fmt(x)} cy={chart::fmt(y)} r={r}
                    fill={fill} stroke={stroke} stroke-width={width}>
                    <title>{ point_title(series, &axes[axis], value) }</title>
                </circle>
            }
        })
        .collect()
}

/// The radar chart. See the module docs and [`crate::chart`] for the geometry.
#[component]
pub fn Radar(props: &RadarProps) -> Html {
    let fallback_id = use_memo((), |_| {
        format!("samspil-radar-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
    });
    let base = if props.id.is_empty() {
        AttrValue::from((*fallback_id).clone())
    } else {
        props.id.clone()
    };
    let title_id = format!("{base}-title");
    let desc_id = format!("{base}-desc");
    let n = props.axes.len();

    // The chart is as wide as its figure. Narrower than NARROW_BELOW (a phone), it
    // takes the narrow layout, whose text stays at least 14 px; the width is read
    // when the browser has laid the chart out and whenever its size changes (a
    // ResizeObserver: it reports after layout, where reading the width right after
    // drawing made the browser lay out the whole page out of turn, 13–16 ms of the
    // team view of fifty, measured).
    let svg_ref = use_node_ref();
    // Set only when it changes: a measurement that finds the same layout re-renders nothing.
    let narrow = use_state_eq(|| false);
    {
        let svg_ref = svg_ref.clone();
        let narrow = narrow.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::{closure::Closure, JsCast};
            let observed = svg_ref.cast::<web_sys::Element>().and_then(|el| {
                let target = el.clone();
                let callback = Closure::<dyn Fn()>::new(move || {
                    let width = target.get_bounding_client_rect().width();
                    if width > 0.0 {
                        narrow.set(width < NARROW_BELOW);
                    }
                });
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    let layout: &Layout = if *narrow { &NARROW } else { &LAYOUT };
    let c = layout.center;
    let r = layout.radius;

    // Bands as stacked filled polygons: strong (full), developing, needs attention.
    let bands = (0..BANDS.len()).rev().map(|i| {
        let pts = chart::ring(n, BANDS[i].1, c, r);
        html! {
            <polygon class="radar-band" data-band={band_key(Some(Band::ALL[i]))} points={chart::points_attr(&pts)}
                fill={BAND_FILLS[i]} stroke="none" />
        }
    });
    let rings = RINGS.iter().filter(|&&v| v > 0.0).map(|&v| {
        html! {
            <polygon class="radar-ring" points={chart::points_attr(&chart::ring(n, v, c, r))}
                fill="none" stroke={RING} stroke-width={if v >= 100.0 { "1.5" } else { "1" }} />
        }
    });
    let axis_lines = (0..n).map(|axis| {
        let (x, y) = chart::point(axis, n, 100.0, c, r);
        html! {
            <line class="radar-axis" x1={chart::fmt(c.0)} y1={chart::fmt(c.1)}
                x2={chart::fmt(x)} y2={chart::fmt(y)} stroke={RING} stroke-width="1" />
        }
    });
    let band_labels = props
        .band_labels
        .iter()
        .take(BANDS.len())
        .enumerate()
        .filter(|_| !*narrow)
        .map(|(i, text)| {
            let style = TextStyle {
                band: Some(band_key(Some(Band::ALL[i]))),
                fill: MUTED,
                halo: Some(BAND_FILLS[i]),
            };
            text_block(&chart::band_label(i, text, layout), style, None, None)
        });
    let range = props
        .range
        .as_ref()
        .filter(|range| n >= 3 && range.len() >= n)
        .map(|range| {
            let outer: Vec<(f64, f64)> = (0..n)
                .map(|i| chart::point(i, n, range[i].0.max(range[i].1), c, r))
                .collect();
            let inner: Vec<(f64, f64)> = (0..n)
                .map(|i| chart::point(i, n, range[i].0.min(range[i].1), c, r))
                .collect();
            html! {
                <path class="radar-range" d={chart::ring_path(&outer, &inner)}
                    fill-rule="evenodd" fill={ACCENT} fill-opacity="0.12" stroke="none" />
            }
        });
    // Faint below compare below main.
    let order = |kind: &SeriesKind| match kind {
        SeriesKind::Faint => 0,
        SeriesKind::Compare => 1,
        SeriesKind::Main => 2,
    };
    let mut ordered: Vec<&RadarSeries> = props.series.iter().collect();
    crate::model::order::sort_by_key(&mut ordered, |s| order(&s.kind));
    let faint = faint_outlines(&ordered, n, layout);
    let shapes = ordered.iter().map(|s| series_shape(s, n, layout));
    let points = ordered
        .iter()
        .map(|s| series_points(s, &props.axes, layout));
    let labels = props.axes.iter().enumerate().map(|(axis, name)| {
        let value = props
            .axis_values
            .get(axis)
            .map(|v| v.as_str())
            .unwrap_or("");
        let AxisLabel { block, value_line } = chart::axis_label(axis, n, name, value, layout);
        let style = TextStyle {
            band: None,
            fill: TEXT,
            halo: None,
        };
        text_block(&block, style, value_line, Some(axis))
    });

    // On a phone the band names leave the small ring for a key below the chart, in
    // the page's own text size.
    let key_list = narrow.then(|| {
        let items = props.band_labels.iter().take(BANDS.len()).enumerate().map(|(i, text)| {
            html! {
                <li><span class="radar-key-swatch" data-band={band_key(Some(Band::ALL[i]))} aria-hidden="true"></span>{ text.clone() }</li>
            }
        });
        html! { <ul class="radar-band-key">{ for items }</ul> }
    });

    html! {
        <>
        <svg
            ref={svg_ref}
            xmlns="http://www.w3.org/2000/svg"
            id={(!props.id.is_empty()).then(|| props.id.clone())}
            class="radar"
            data-narrow={narrow.then_some("")}
            role="img"
            aria-labelledby={format!("{title_id} {desc_id}")}
            viewBox={layout.view_box()}
            width={chart::fmt(layout.width)}
            height={chart::fmt(layout.height)}
            font-family={FONT_FAMILY}
        >
            <title id={title_id}>{ props.title.clone() }</title>
            <desc id={desc_id}>{ props.description.clone() }</desc>
            <g class="radar-grid">
                { for bands }
                { for rings }
                { for axis_lines }
            </g>
            <g class="radar-band-labels">{ for band_labels }</g>
            <g class="radar-data">
                { for range }
                { faint }
                { for shapes }
                { for points }
            </g>
            <g class="radar-labels">{ for labels }</g>
        </svg>
        { for key_list }
        </>
    }
}
