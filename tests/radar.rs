//! Component tests of the radar chart in headless Chromium (wasm-bindgen-test).
//! Each test mounts into a fresh element and awaits `yew::scheduler::flush()`;
//! none of them sleeps.
#![cfg(target_arch = "wasm32")]

use samspil::chart::{self, Rect, LAYOUT};
use samspil::model::content::AREAS;
use samspil::model::Lang;
use samspil::ui::radar::{Radar, RadarProps, RadarSeries, SeriesKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn Wrapper(props: &RadarProps) -> Html {
    html! {
        <div class="samspil">
            <Radar
                axes={props.axes.clone()}
                axis_values={props.axis_values.clone()}
                series={props.series.clone()}
                range={props.range.clone()}
                band_labels={props.band_labels.clone()}
                title={props.title.clone()}
                description={props.description.clone()}
                id={props.id.clone()}
            />
        </div>
    }
}

fn fresh_root() -> Element {
    // The app loads one language pack at a time; the tests have every language.
    samspil::model::i18n::install_builtin();
    let doc = gloo::utils::document();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Band labels per language (the app's own translations may differ; these are
/// realistic lengths, including long ones).
fn band_texts(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Da => ["kræver opmærksomhed", "under udvikling", "stærk"],
        Lang::Sv => ["behöver uppmärksamhet", "under utveckling", "stark"],
        Lang::Fi => ["vaatii huomiota", "kehittymässä", "vahva"],
        Lang::En => ["needs attention", "developing", "strong"],
        Lang::Nb => ["krever oppmerksomhet", "under utvikling", "sterk"],
    }
}

fn value_text(v: Option<f64>) -> AttrValue {
    match v {
        Some(v) => AttrValue::from(format!("{}", v.round())),
        None => AttrValue::from("–"),
    }
}

fn props(lang: Lang, series: Vec<RadarSeries>, id: &str) -> RadarProps {
    let main = series
        .iter()
        .find(|s| s.kind == SeriesKind::Main)
        .map(|s| s.values.clone());
    RadarProps {
        axes: AREAS
            .iter()
            .map(|a| AttrValue::from(a.name.get(lang)))
            .collect(),
        axis_values: (0..AREAS.len())
            .map(|i| value_text(main.as_ref().and_then(|v| v.get(i).copied().flatten())))
            .collect(),
        series: series.into(),
        range: None,
        band_labels: band_texts(lang)
            .iter()
            .map(|&s| AttrValue::from(s))
            .collect(),
        title: "Your partnership at a glance".into(),
        description: "Shared goals 62, Communication 100, Roles and tasks 0.".into(),
        id: AttrValue::from(id.to_owned()),
    }
}

fn main_series(values: &[Option<f64>]) -> RadarSeries {
    RadarSeries {
        name: "You".into(),
        values: values.into(),
        kind: SeriesKind::Main,
    }
}

async fn mount(props: RadarProps) -> Element {
    let root = fresh_root();
    yew::Renderer::<Wrapper>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name)
        .unwrap_or_else(|| panic!("<{}> has no {name}", el.tag_name()))
}

fn parse_points(s: &str) -> Vec<(f64, f64)> {
    s.split_whitespace()
        .map(|pair| {
            let (x, y) = pair.split_once(',').expect("x,y");
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

fn num(el: &Element, name: &str) -> f64 {
    attr(el, name).parse().unwrap()
}

fn near(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 0.01 && (a.1 - b.1).abs() < 0.01
}

/// `getBBox()` of an SVG graphics element, in the svg's user units. Called through
/// js-sys, so it needs no extra web-sys features.
fn bbox(el: &Element) -> Rect {
    let f: js_sys::Function = js_sys::Reflect::get(el, &"getBBox".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let r = f.call0(el).unwrap();
    let g = |k: &str| {
        js_sys::Reflect::get(&r, &k.into())
            .unwrap()
            .as_f64()
            .unwrap()
    };
    Rect {
        x: g("x"),
        y: g("y"),
        width: g("width"),
        height: g("height"),
    }
}

const VALUES: [Option<f64>; 6] = [
    Some(62.0),
    Some(100.0),
    Some(0.0),
    Some(45.5),
    Some(80.0),
    Some(20.0),
];

#[wasm_bindgen_test]
async fn svg_is_an_image_with_title_and_description() {
    let root = mount(props(Lang::En, vec![main_series(&VALUES)], "my-radar")).await;
    let svg = one(&root, "svg");
    assert_eq!(attr(&svg, "role"), "img");
    assert_eq!(attr(&svg, "id"), "my-radar");
    assert_eq!(attr(&svg, "xmlns"), "http://www.w3.org/2000/svg");
    assert_eq!(attr(&svg, "viewBox"), LAYOUT.view_box());
    assert!(svg.class_list().contains("radar"));
    let ids: Vec<String> = attr(&svg, "aria-labelledby")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    assert_eq!(ids.len(), 2);
    let doc = gloo::utils::document();
    let title = doc.get_element_by_id(&ids[0]).expect("title by id");
    let desc = doc.get_element_by_id(&ids[1]).expect("desc by id");
    assert_eq!(title.tag_name(), "title");
    assert_eq!(desc.tag_name(), "desc");
    assert_eq!(title.parent_element().unwrap(), svg);
    assert_eq!(desc.parent_element().unwrap(), svg);
    assert_eq!(
        title.text_content().unwrap(),
        "Your partnership at a glance"
    );
    assert_eq!(
        desc.text_content().unwrap(),
        "Shared goals 62, Communication 100, Roles and tasks 0."
    );
    // Drawn in the SVG namespace, so it can be downloaded as a file.
    assert_eq!(
        one(&root, "polygon.radar-main").namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
}

#[wasm_bindgen_test]
async fn charts_without_an_id_get_distinct_title_ids() {
    let a = mount(props(Lang::En, vec![main_series(&VALUES)], "")).await;
    let b = mount(props(Lang::En, vec![main_series(&VALUES)], "")).await;
    let la = attr(&one(&a, "svg"), "aria-labelledby");
    let lb = attr(&one(&b, "svg"), "aria-labelledby");
    assert_ne!(la, lb);
    assert!(!one(&a, "svg").has_attribute("id"));
    for id in la.split_whitespace().chain(lb.split_whitespace()) {
        assert!(gloo::utils::document().get_element_by_id(id).is_some());
    }
}

#[wasm_bindgen_test]
async fn six_axis_labels_with_names_and_bold_values() {
    let root = mount(props(Lang::En, vec![main_series(&VALUES)], "")).await;
    let labels = all(&root, "text.radar-label:not([data-band])");
    assert_eq!(labels.len(), 6);
    assert_eq!(all(&root, "line.radar-axis").len(), 6);
    for (i, label) in labels.iter().enumerate() {
        let text = label.text_content().unwrap();
        let name_words: String = AREAS[i].name.get(Lang::En).split_whitespace().collect();
        let expected = format!("{name_words}{}", VALUES[i].unwrap().round());
        assert_eq!(text.replace(' ', ""), expected);
        let value = label.query_selector("tspan[data-value]").unwrap().unwrap();
        assert_eq!(attr(&value, "font-weight"), "bold");
        // Every line repeats the anchor's x, the lines after the first move down.
        let tspans = all(label, "tspan");
        for (j, t) in tspans.iter().enumerate() {
            assert_eq!(attr(t, "x"), attr(label, "x"));
            let dy = num(t, "dy");
            assert_eq!(dy == 0.0, j == 0);
        }
    }
    let anchors: Vec<String> = labels.iter().map(|l| attr(l, "text-anchor")).collect();
    assert_eq!(
        anchors,
        ["middle", "start", "start", "middle", "end", "end"]
    );
    // A long name wraps onto two lines.
    let roles = &labels[2];
    assert_eq!(all(roles, "tspan:not([data-value])").len(), 2);
}

#[wasm_bindgen_test]
async fn main_polygon_follows_the_chart_geometry() {
    let root = mount(props(Lang::En, vec![main_series(&VALUES)], "")).await;
    let polygon = one(&root, "polygon.radar-main");
    let pts = parse_points(&attr(&polygon, "points"));
    assert_eq!(pts.len(), 6);
    for (axis, p) in pts.iter().enumerate() {
        let expected = chart::point(axis, 6, VALUES[axis].unwrap(), LAYOUT.center, LAYOUT.radius);
        assert!(near(*p, expected), "axis {axis}: {p:?} != {expected:?}");
    }
    // 100 lies on the outer ring, 0 at the centre.
    let outer = parse_points(&attr(
        &all(&root, "polygon.radar-ring").pop().unwrap(),
        "points",
    ));
    assert!(near(pts[1], outer[1]));
    let (c, r) = (LAYOUT.center, LAYOUT.radius);
    assert!(((pts[1].0 - c.0).hypot(pts[1].1 - c.1) - r).abs() < 0.01);
    assert!(near(pts[2], c));
    // Points are visible: accent-coloured circles with a white outline.
    let circles = all(&root, "circle.radar-point[data-series=main]");
    assert_eq!(circles.len(), 6);
    for circle in &circles {
        let axis: usize = attr(circle, "data-axis").parse().unwrap();
        assert!(near((num(circle, "cx"), num(circle, "cy")), pts[axis]));
        assert!(num(circle, "r") >= 4.0);
        assert_eq!(attr(circle, "stroke"), "#ffffff");
    }
    assert_eq!(attr(&polygon, "stroke-width"), "2.5");
    assert_eq!(attr(&polygon, "stroke"), "#1f5f8b");
}

#[wasm_bindgen_test]
async fn a_missing_value_has_no_point_and_the_polygon_skips_it() {
    let values = [
        Some(50.0),
        Some(60.0),
        None,
        Some(70.0),
        Some(80.0),
        Some(90.0),
    ];
    let root = mount(props(Lang::En, vec![main_series(&values)], "")).await;
    let circles = all(&root, "circle.radar-point[data-series=main]");
    assert_eq!(circles.len(), 5);
    assert!(root
        .query_selector("circle.radar-point[data-series=main][data-axis='2']")
        .unwrap()
        .is_none());
    let pts = parse_points(&attr(&one(&root, "polygon.radar-main"), "points"));
    let expected: Vec<(f64, f64)> = [0, 1, 3, 4, 5]
        .iter()
        .map(|&a| chart::point(a, 6, values[a].unwrap(), LAYOUT.center, LAYOUT.radius))
        .collect();
    assert_eq!(pts.len(), 5);
    assert!(pts.iter().zip(&expected).all(|(a, b)| near(*a, *b)));
    // The label still says there is no score.
    let label = one(&root, "text.radar-label[data-axis='2'] tspan[data-value]");
    assert_eq!(label.text_content().unwrap(), "–");
}

#[wasm_bindgen_test]
async fn fewer_than_three_values_draw_points_only() {
    let values = [Some(50.0), None, None, Some(70.0), None, None];
    let root = mount(props(Lang::En, vec![main_series(&values)], "")).await;
    assert!(root.query_selector("polygon.radar-main").unwrap().is_none());
    assert_eq!(all(&root, "circle.radar-point[data-series=main]").len(), 2);
}

#[wasm_bindgen_test]
async fn faint_and_compare_series_and_the_team_range() {
    let mut p = props(
        Lang::En,
        vec![
            main_series(&VALUES),
            RadarSeries {
                name: "Anna".into(),
                values: vec![Some(30.0); 6].into(),
                kind: SeriesKind::Faint,
            },
            RadarSeries {
                name: "Bo".into(),
                values: vec![Some(40.0); 6].into(),
                kind: SeriesKind::Faint,
            },
            RadarSeries {
                name: "Last round".into(),
                values: vec![
                    Some(55.0),
                    Some(55.0),
                    Some(55.0),
                    None,
                    Some(55.0),
                    Some(55.0),
                ]
                .into(),
                kind: SeriesKind::Compare,
            },
        ],
        "",
    );
    p.range = Some(vec![(30.0, 62.0); 6].into());
    let root = mount(p).await;
    // Both team members' outlines in one path, one closed polygon each, without a
    // title per person.
    let faint = one(&root, "path.radar-faint");
    assert_eq!(attr(&faint, "d").matches('M').count(), 2);
    assert_eq!(attr(&faint, "d").matches('Z').count(), 2);
    assert_eq!(attr(&faint, "fill"), "none");
    assert!(faint.query_selector("title").unwrap().is_none());
    assert!(all(&root, "polygon.radar-faint").is_empty());
    assert!(all(&root, "circle.radar-point[data-series=faint]").is_empty());
    let compare = one(&root, "polygon.radar-compare");
    assert!(compare.has_attribute("stroke-dasharray"));
    assert_eq!(attr(&compare, "fill"), "none");
    let hollow = all(&root, "circle.radar-point[data-series=compare]");
    assert_eq!(hollow.len(), 5);
    assert!(hollow.iter().all(|c| attr(c, "fill") == "#ffffff"));
    let range = one(&root, "path.radar-range");
    assert_eq!(attr(&range, "fill-rule"), "evenodd");
    assert_eq!(attr(&range, "d").matches('M').count(), 2);
    // Main is drawn last, on top of the others.
    let order: Vec<String> = all(&root, "polygon.radar-series")
        .iter()
        .map(|p| attr(p, "class"))
        .collect();
    assert!(order.last().unwrap().contains("radar-main"));
}

#[wasm_bindgen_test]
async fn rings_bands_and_band_labels() {
    let root = mount(props(Lang::En, vec![main_series(&VALUES)], "")).await;
    // Rings at 25/50/75/100 (0 is the centre point).
    assert_eq!(all(&root, "polygon.radar-ring").len(), 4);
    for (class, upper) in [
        ("radar-band[data-band=attention]", 40.0),
        ("radar-band[data-band=developing]", 70.0),
        ("radar-band[data-band=strong]", 100.0),
    ] {
        let band = one(&root, &format!("polygon.{class}"));
        let pts = parse_points(&attr(&band, "points"));
        assert!(near(
            pts[0],
            chart::point(0, 6, upper, LAYOUT.center, LAYOUT.radius)
        ));
        assert!(band.has_attribute("fill"));
    }
    let texts: Vec<String> = all(&root, "text.radar-label[data-band]")
        .iter()
        .map(|t| {
            all(t, "tspan")
                .iter()
                .map(|s| s.text_content().unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(texts, ["needs attention", "developing", "strong"]);
}

#[wasm_bindgen_test]
async fn no_inline_styles_and_every_shape_has_default_colours() {
    let mut p = props(Lang::En, vec![main_series(&VALUES)], "");
    p.range = Some(vec![(10.0, 90.0); 6].into());
    let root = mount(p).await;
    for el in all(&root, "svg, svg *") {
        assert!(
            !el.has_attribute("style"),
            "<{}> has a style",
            el.tag_name()
        );
    }
    for el in all(&root, "polygon, line, circle, path") {
        assert!(
            el.has_attribute("stroke") || el.has_attribute("fill"),
            "<{}> has no colour",
            el.tag_name()
        );
    }
    for el in all(&root, "text") {
        assert!(el.has_attribute("fill") && el.has_attribute("font-size"));
    }
}

#[wasm_bindgen_test]
async fn labels_of_all_languages_stay_inside_the_view_box_and_apart() {
    let view = LAYOUT.bounds();
    for lang in Lang::ALL {
        let values = [
            Some(100.0),
            None,
            Some(0.0),
            Some(100.0),
            Some(55.5),
            Some(100.0),
        ];
        let root = mount(props(lang, vec![main_series(&values)], "")).await;
        let labels = all(&root, "text.radar-label:not([data-band])");
        assert_eq!(labels.len(), 6);
        let boxes: Vec<Rect> = labels.iter().map(bbox).collect();
        let bands: Vec<Rect> = all(&root, "text.radar-label[data-band]")
            .iter()
            .map(bbox)
            .collect();
        assert_eq!(bands.len(), 3);
        let every: Vec<Rect> = boxes.iter().chain(&bands).copied().collect();
        for (i, b) in every.iter().enumerate() {
            assert!(b.width > 0.0 && b.height > 0.0, "{lang:?}: empty box {i}");
            assert!(
                b.inside(&view),
                "{lang:?}: text {i} leaves the viewBox: {b:?}"
            );
            for (j, other) in every.iter().enumerate().skip(i + 1) {
                assert!(
                    !b.overlaps(other),
                    "{lang:?}: text {i} {b:?} overlaps text {j} {other:?}"
                );
            }
        }
        // Area names never reach into the outer ring.
        for (i, b) in boxes.iter().enumerate() {
            assert!(
                b.distance_to(LAYOUT.center) > LAYOUT.radius,
                "{lang:?}: label {i} touches the ring: {b:?}"
            );
        }
    }
}
