//! Geometry of the radar chart: pure Rust, no browser APIs, tested natively.
//!
//! The conventions, in one place:
//! - Axis 0 points straight up; the others follow clockwise at equal angles.
//! - Values are 0–100: 0 is the centre, 100 the outer ring. Values outside are clamped.
//! - Coordinates are SVG user units (y grows downwards), inside [`LAYOUT`]'s viewBox.
//! - Area names sit just outside the outer ring, wrapped on word boundaries into at
//!   most [`LABEL_MAX_LINES`] lines of about [`LABEL_WRAP`] characters, with the axis
//!   value on one more line below. Labels on the right start at their anchor, labels
//!   on the left end at it, and the top and bottom labels are centred; top labels sit
//!   above their anchor and bottom labels below it.
//! - The band labels (needs attention / developing / strong) sit inside the rings,
//!   just right of the first axis, so they never meet an area name.

use crate::model::scoring::{DEVELOPING_FROM, STRONG_FROM};
use std::f64::consts::{FRAC_PI_2, PI};

/// Area names wrap at about this many characters per line.
pub const LABEL_WRAP: usize = 12;
/// Area names use at most this many lines (the value line comes on top of these).
pub const LABEL_MAX_LINES: usize = 3;
/// Band labels wrap at about this many characters per line.
pub const BAND_LABEL_WRAP: usize = 14;
/// Band labels use at most this many lines.
pub const BAND_LABEL_MAX_LINES: usize = 2;
/// The light rings drawn at these values.
pub const RINGS: [f64; 5] = [0.0, 25.0, 50.0, 75.0, 100.0];
/// The bands as value ranges: [needs attention, developing, strong].
pub const BANDS: [(f64, f64); 3] = [
    (0.0, DEVELOPING_FROM),
    (DEVELOPING_FROM, STRONG_FROM),
    (STRONG_FROM, 100.0),
];
/// Text width is estimated as this many font sizes per character.
pub const CHAR_WIDTH_EM: f64 = 0.6;

/// Sizes of the chart, in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub center: (f64, f64),
    /// Radius of the outer ring (value 100).
    pub radius: f64,
    /// Distance between the outer ring and a label's anchor.
    pub label_gap: f64,
    pub font_size: f64,
    pub line_height: f64,
    pub band_font_size: f64,
    pub band_line_height: f64,
}

/// The chart's one layout. 440 × 380 leaves room for the area names of all four
/// languages at 13 units, so the text stays readable when the chart is 330 px wide.
pub const LAYOUT: Layout = Layout {
    width: 440.0,
    height: 380.0,
    center: (220.0, 190.0),
    radius: 110.0,
    label_gap: 12.0,
    font_size: 13.0,
    line_height: 16.0,
    band_font_size: 11.0,
    band_line_height: 13.0,
};

/// The layout for a chart shown narrower than [`NARROW_BELOW`] CSS pixels, as on a
/// phone. One user unit is one CSS pixel on a 360 px screen (the chart spans the
/// screen's width there), so area names and scores drawn at 14.5 units stay at
/// least 14 px. The ring is smaller to leave the names room; the band
/// names move out of the chart into a key below it (see `ui::radar`).
pub const NARROW: Layout = Layout {
    width: 360.0,
    height: 250.0,
    center: (180.0, 125.0),
    radius: 60.0,
    label_gap: 7.0,
    font_size: 14.5,
    line_height: 17.0,
    band_font_size: 14.5,
    band_line_height: 17.0,
};

/// Below this width in CSS pixels, a chart uses [`NARROW`]; otherwise [`LAYOUT`].
pub const NARROW_BELOW: f64 = 440.0;

// Checked when compiling: on a 360 px phone the chart spans the screen
// (styles/app.css), so its text is at least 14 px there; and the narrow layout is
// only used where it is not stretched beyond its own size.
const _: () = assert!(NARROW.font_size * 360.0 / NARROW.width >= 14.0);
const _: () = assert!(NARROW.width <= NARROW_BELOW);

impl Layout {
    /// The value of the SVG `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", fmt(self.width), fmt(self.height))
    }

    /// The viewBox as a rectangle.
    pub fn bounds(&self) -> Rect {
        Rect {
            x: 0.0,
            y: 0.0,
            width: self.width,
            height: self.height,
        }
    }
}

/// The angle of an axis in radians, clockwise from straight up.
pub fn angle(axis: usize, n_axes: usize) -> f64 {
    if n_axes == 0 {
        return 0.0;
    }
    2.0 * PI * (axis % n_axes) as f64 / n_axes as f64
}

/// The unit direction of an axis in SVG coordinates (y down): (sin a, -cos a).
pub fn direction(axis: usize, n_axes: usize) -> (f64, f64) {
    let (sin, cos) = sin_cos(angle(axis, n_axes));
    (sin, -cos)
}

/// `(sin a, cos a)` for `a` in [0, 2π], by their Taylor series around the nearest
/// multiple of π/2 (|x| ≤ π/4, where 12 terms are exact to the last bit of an f64).
/// The browser build then needs no general sine and cosine: those bring about 4 KB
/// of wasm (the range reduction for any angle), for six directions per chart.
fn sin_cos(a: f64) -> (f64, f64) {
    // `floor` is one wasm instruction; `round` would be a library call.
    let quarter = (a / FRAC_PI_2 + 0.5).floor();
    let x = a - quarter * FRAC_PI_2;
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut term_s, mut term_c) = (x, 1.0);
    for k in 0..12 {
        sin += term_s;
        cos += term_c;
        let k = 2.0 * k as f64;
        term_s *= -x * x / ((k + 2.0) * (k + 3.0));
        term_c *= -x * x / ((k + 1.0) * (k + 2.0));
    }
    match quarter as i64 & 3 {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// Where `value` (0–100, clamped; not finite counts as 0) lies on `axis`.
pub fn point(
    axis: usize,
    n_axes: usize,
    value: f64,
    center: (f64, f64),
    radius: f64,
) -> (f64, f64) {
    let v = if value.is_finite() {
        value.clamp(0.0, 100.0)
    } else {
        0.0
    };
    let (dx, dy) = direction(axis, n_axes);
    let r = radius * v / 100.0;
    (center.0 + r * dx, center.1 + r * dy)
}

/// The corners of the ring at `value` on every axis.
pub fn ring(n_axes: usize, value: f64, center: (f64, f64), radius: f64) -> Vec<(f64, f64)> {
    (0..n_axes)
        .map(|axis| point(axis, n_axes, value, center, radius))
        .collect()
}

/// The points of a series: one per axis that has a (finite) value, with its axis.
/// Axes without a value are skipped, so a polygon through them joins the others.
pub fn series_points(
    values: &[Option<f64>],
    center: (f64, f64),
    radius: f64,
) -> Vec<(usize, (f64, f64))> {
    let n = values.len();
    values
        .iter()
        .enumerate()
        .filter_map(|(axis, v)| {
            v.filter(|v| v.is_finite())
                .map(|v| (axis, point(axis, n, v, center, radius)))
        })
        .collect()
}

/// Formats a coordinate with at most two decimals and no trailing zeros.
///
/// Integer arithmetic on purpose: Rust's float formatting adds about 20 KB to the
/// wasm bundle, and two decimals of an SVG user unit is all a chart needs.
pub fn fmt(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, frac) = (hundredths.abs() / 100, hundredths.abs() % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// The value of an SVG `points` attribute: "x,y x,y …".
pub fn points_attr(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|&(x, y)| format!("{},{}", fmt(x), fmt(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// An SVG path of closed polygons, one `M…L…Z` each: "M x,y L x,y … Z M …".
/// Polygons without points add nothing.
pub fn closed_path<'a>(polygons: impl IntoIterator<Item = &'a [(f64, f64)]>) -> String {
    let mut d = String::new();
    for pts in polygons.into_iter().filter(|pts| !pts.is_empty()) {
        if !d.is_empty() {
            d.push(' ');
        }
        for (i, &(x, y)) in pts.iter().enumerate() {
            d.push_str(if i == 0 { "M" } else { "L" });
            d.push_str(&fmt(x));
            d.push(',');
            d.push_str(&fmt(y));
        }
        d.push('Z');
    }
    d
}

/// An SVG path for the ring between two polygons (drawn with `fill-rule="evenodd"`).
pub fn ring_path(outer: &[(f64, f64)], inner: &[(f64, f64)]) -> String {
    closed_path([outer, inner])
}

/// Wraps `text` on word boundaries into lines of at most `max_chars` characters.
/// A single word longer than that stays whole on its own line. Words beyond
/// `max_lines` lines join the last line, so no text is ever dropped.
pub fn wrap_label(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if cur.is_empty() {
            cur.push_str(word);
        } else if cur.chars().count() + 1 + word.chars().count() <= max_chars {
            cur.push(' ');
            cur.push_str(word);
        } else {
            lines.push(std::mem::take(&mut cur));
            cur.push_str(word);
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines).join(" ");
        if let Some(last) = lines.last_mut() {
            last.push(' ');
            last.push_str(&rest);
        }
    }
    lines
}

/// The SVG `text-anchor` of a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }

    /// Anchor for a label on the side `dx` (the x of the axis direction) points to.
    pub fn for_side(dx: f64) -> Anchor {
        if dx > 0.01 {
            Anchor::Start
        } else if dx < -0.01 {
            Anchor::End
        } else {
            Anchor::Middle
        }
    }
}

/// An axis-aligned rectangle in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    /// Whether the two rectangles share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// Whether `self` lies entirely inside `outer`.
    pub fn inside(&self, outer: &Rect) -> bool {
        self.x >= outer.x
            && self.y >= outer.y
            && self.right() <= outer.right()
            && self.bottom() <= outer.bottom()
    }

    /// The distance from `p` to the nearest point of the rectangle (0 inside).
    pub fn distance_to(&self, p: (f64, f64)) -> f64 {
        let dx = (self.x - p.0).max(0.0).max(p.0 - self.right());
        let dy = (self.y - p.1).max(0.0).max(p.1 - self.bottom());
        (dx * dx + dy * dy).sqrt()
    }
}

/// Estimated width of a line of text: [`CHAR_WIDTH_EM`] × font size × characters.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    CHAR_WIDTH_EM * font_size * text.chars().count() as f64
}

/// Where the baseline of the first line sits below the top of its line box.
fn baseline_offset(font_size: f64, line_height: f64) -> f64 {
    (line_height + 0.7 * font_size) / 2.0
}

/// A block of text lines, placed: what the SVG `<text>` and its `<tspan>`s need.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBlock {
    /// The `x` of the text and of every line.
    pub x: f64,
    /// The baseline of the first line (the `y` of the `<text>`).
    pub y: f64,
    pub anchor: Anchor,
    pub lines: Vec<String>,
    pub font_size: f64,
    /// The `dy` of every line after the first.
    pub line_height: f64,
    /// The estimated box the text covers.
    pub bbox: Rect,
}

impl TextBlock {
    fn new(
        x: f64,
        top: f64,
        anchor: Anchor,
        lines: Vec<String>,
        font_size: f64,
        line_height: f64,
    ) -> Self {
        let width = lines
            .iter()
            .map(|l| text_width(l, font_size))
            .fold(0.0, f64::max);
        let left = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - width / 2.0,
            Anchor::End => x - width,
        };
        let bbox = Rect {
            x: left,
            y: top,
            width,
            height: line_height * lines.len() as f64,
        };
        TextBlock {
            x,
            y: top + baseline_offset(font_size, line_height),
            anchor,
            lines,
            font_size,
            line_height,
            bbox,
        }
    }
}

/// The label of one axis: the wrapped area name, then the value (if not empty) on
/// one more line. `value_line` says which line holds the value.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisLabel {
    pub block: TextBlock,
    pub value_line: Option<usize>,
}

/// Places the label of `axis` just outside the outer ring.
pub fn axis_label(
    axis: usize,
    n_axes: usize,
    name: &str,
    value: &str,
    layout: &Layout,
) -> AxisLabel {
    let mut lines = wrap_label(name, LABEL_WRAP, LABEL_MAX_LINES);
    let value = value.trim();
    let value_line = (!value.is_empty()).then(|| {
        lines.push(value.to_owned());
        lines.len() - 1
    });
    let (dx, dy) = direction(axis, n_axes);
    let reach = layout.radius + layout.label_gap;
    let (ax, ay) = (layout.center.0 + reach * dx, layout.center.1 + reach * dy);
    let height = layout.line_height * lines.len() as f64;
    // dy = -1 (top): the block sits above the anchor; dy = 1 (bottom): below it;
    // in between it slides smoothly, so side labels straddle their anchor.
    let top = ay - height * (1.0 - dy) / 2.0;
    AxisLabel {
        block: TextBlock::new(
            ax,
            top,
            Anchor::for_side(dx),
            lines,
            layout.font_size,
            layout.line_height,
        ),
        value_line,
    }
}

/// Places the label of band `band` (index into [`BANDS`]) inside its ring, just
/// right of the first axis (in the gap between the first two axes), vertically
/// centred on the middle of the band.
pub fn band_label(band: usize, text: &str, layout: &Layout) -> TextBlock {
    let (lo, hi) = BANDS[band.min(BANDS.len() - 1)];
    let mid = (lo + hi) / 2.0;
    let lines = wrap_label(text, BAND_LABEL_WRAP, BAND_LABEL_MAX_LINES);
    let height = layout.band_line_height * lines.len() as f64;
    let cy = layout.center.1 - layout.radius * mid / 100.0;
    TextBlock::new(
        layout.center.0 + 6.0,
        cy - height / 2.0,
        Anchor::Start,
        lines,
        layout.band_font_size,
        layout.band_line_height,
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn sine_and_cosine_agree_with_the_standard_library() {
        for n in 1..=12 {
            for axis in 0..n {
                let a = angle(axis, n);
                let (sin, cos) = sin_cos(a);
                assert!((sin - a.sin()).abs() < 1e-15, "sin of axis {axis} of {n}");
                assert!((cos - a.cos()).abs() < 1e-15, "cos of axis {axis} of {n}");
            }
        }
        for i in 0..=1000 {
            let a = 2.0 * PI * i as f64 / 1000.0;
            let (sin, cos) = sin_cos(a);
            assert!(
                (sin - a.sin()).abs() < 1e-15 && (cos - a.cos()).abs() < 1e-15,
                "{a}"
            );
        }
    }

    use super::*;
    use crate::model::content::AREAS;
    use crate::model::Lang;

    const C: (f64, f64) = (200.0, 150.0);

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn first_axis_points_up_and_the_rest_go_clockwise() {
        assert!(close(point(0, 6, 100.0, C, 100.0), (200.0, 50.0)));
        // Axis 1 of 6 is 60° clockwise: up and to the right.
        let (x, y) = point(1, 6, 100.0, C, 100.0);
        assert!((x - (200.0 + 100.0 * (PI / 3.0).sin())).abs() < 1e-9);
        assert!((y - (150.0 - 50.0)).abs() < 1e-9);
        // Axis 3 of 6 points straight down, axis 2 of 4 too; axis 1 of 4 points right.
        assert!(close(point(3, 6, 100.0, C, 100.0), (200.0, 250.0)));
        assert!(close(point(2, 4, 100.0, C, 100.0), (200.0, 250.0)));
        assert!(close(point(1, 4, 100.0, C, 100.0), (300.0, 150.0)));
        // Left side for the last axes.
        assert!(point(5, 6, 100.0, C, 100.0).0 < 200.0);
    }

    #[test]
    fn values_scale_from_centre_to_outer_ring_and_are_clamped() {
        for axis in 0..6 {
            assert!(close(point(axis, 6, 0.0, C, 100.0), C));
            let (x, y) = point(axis, 6, 100.0, C, 100.0);
            assert!(((x - C.0).hypot(y - C.1) - 100.0).abs() < 1e-9);
            let (x, y) = point(axis, 6, 50.0, C, 100.0);
            assert!(((x - C.0).hypot(y - C.1) - 50.0).abs() < 1e-9);
        }
        assert!(close(
            point(2, 6, 150.0, C, 80.0),
            point(2, 6, 100.0, C, 80.0)
        ));
        assert!(close(point(2, 6, -5.0, C, 80.0), C));
        assert!(close(point(2, 6, f64::NAN, C, 80.0), C));
        assert!(close(point(0, 0, 50.0, C, 80.0), (200.0, 110.0)));
    }

    #[test]
    fn series_points_skip_missing_values() {
        let pts = series_points(
            &[Some(100.0), None, Some(50.0), None, None, Some(0.0)],
            C,
            100.0,
        );
        let axes: Vec<usize> = pts.iter().map(|p| p.0).collect();
        assert_eq!(axes, vec![0, 2, 5]);
        assert!(close(pts[0].1, (200.0, 50.0)));
        assert!(close(pts[2].1, C));
        assert!(series_points(&[None, Some(f64::NAN)], C, 1.0).is_empty());
    }

    #[test]
    fn closed_path_joins_polygons() {
        let a = [(1.0, 2.0), (3.0, 4.0), (5.0, 6.5)];
        let b = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)];
        assert_eq!(
            closed_path([&a[..], &[][..], &b[..]]),
            "M1,2L3,4L5,6.5Z M0,0L1,0L0,1Z"
        );
        assert_eq!(closed_path([&[][..]]), "");
        assert_eq!(ring_path(&a, &[]), "M1,2L3,4L5,6.5Z");
    }

    #[test]
    fn points_attr_formats_pairs() {
        assert_eq!(points_attr(&[(1.0, 2.5), (3.333, -0.001)]), "1,2.5 3.33,0");
        assert_eq!(points_attr(&[]), "");
        assert_eq!(ring(3, 0.0, C, 10.0).len(), 3);
        assert_eq!(points_attr(&ring(2, 0.0, (1.0, 2.0), 10.0)), "1,2 1,2");
        assert_eq!(fmt(-0.001), "0");
        assert_eq!(fmt(12.345678), "12.35");
    }

    #[test]
    fn ring_path_has_two_closed_subpaths() {
        let p = ring_path(&[(0.0, 0.0), (2.0, 0.0), (1.0, 2.0)], &[(1.0, 1.0)]);
        assert_eq!(p, "M0,0L2,0L1,2Z M1,1Z");
        assert_eq!(ring_path(&[(0.0, 0.0)], &[]), "M0,0Z");
    }

    #[test]
    fn wrap_breaks_on_words() {
        assert_eq!(wrap_label("Shared goals", 12, 3), vec!["Shared goals"]);
        assert_eq!(
            wrap_label("Gemensamma mål", 12, 3),
            vec!["Gemensamma", "mål"]
        );
        assert_eq!(
            wrap_label("Roller og ansvar", 12, 3),
            vec!["Roller og", "ansvar"]
        );
        assert_eq!(wrap_label("  a   b  ", 12, 3), vec!["a b"]);
        assert!(wrap_label("", 12, 3).is_empty());
    }

    #[test]
    fn wrap_keeps_a_long_word_whole_and_stops_at_max_lines() {
        assert_eq!(wrap_label("Juurruttaminen", 12, 3), vec!["Juurruttaminen"]);
        assert_eq!(
            wrap_label("a Juurruttaminen b", 12, 3),
            vec!["a", "Juurruttaminen", "b"]
        );
        let lines = wrap_label("one two three four five six seven eight", 9, 3);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines.join(" "), "one two three four five six seven eight");
        assert_eq!(wrap_label("a b", 1, 0), vec!["a b"]);
        // Characters, not bytes.
        assert_eq!(wrap_label("æææææ øøøøøø", 12, 3), vec!["æææææ øøøøøø"]);
    }

    #[test]
    fn anchors_and_vertical_offsets_follow_the_side() {
        let l = &LAYOUT;
        let labels: Vec<AxisLabel> = (0..6).map(|a| axis_label(a, 6, "Name", "62", l)).collect();
        let anchors: Vec<Anchor> = labels.iter().map(|x| x.block.anchor).collect();
        use Anchor::*;
        assert_eq!(anchors, vec![Middle, Start, Start, Middle, End, End]);
        let outer_top = l.center.1 - l.radius;
        let outer_bottom = l.center.1 + l.radius;
        // The top label sits wholly above the ring, the bottom one wholly below.
        assert!(labels[0].block.bbox.bottom() <= outer_top);
        assert!(labels[3].block.bbox.y >= outer_bottom);
        // Right labels start right of the ring, left labels end left of it.
        assert!(labels[1].block.bbox.x > l.center.0 + l.radius * 0.866);
        assert!(labels[4].block.bbox.right() < l.center.0 - l.radius * 0.866);
        // The value is the last line.
        assert_eq!(labels[0].value_line, Some(1));
        assert_eq!(labels[0].block.lines, vec!["Name", "62"]);
        assert_eq!(axis_label(0, 6, "Name", " ", l).value_line, None);
        // The first baseline lies inside the block.
        for x in &labels {
            let b = &x.block;
            assert!(b.y > b.bbox.y && b.y < b.bbox.y + b.line_height);
        }
    }

    #[test]
    fn rect_relations() {
        let a = Rect {
            x: 0.0,
            y: 0.0,
            width: 10.0,
            height: 10.0,
        };
        let b = Rect {
            x: 10.0,
            y: 0.0,
            width: 5.0,
            height: 5.0,
        };
        let c = Rect {
            x: 5.0,
            y: 5.0,
            width: 10.0,
            height: 10.0,
        };
        assert!(!a.overlaps(&b));
        assert!(a.overlaps(&c) && c.overlaps(&a));
        assert!(b.inside(&Rect {
            x: 0.0,
            y: 0.0,
            width: 15.0,
            height: 5.0
        }));
        assert!(!c.inside(&a));
        assert_eq!(a.distance_to((5.0, 5.0)), 0.0);
        assert!((a.distance_to((13.0, 14.0)) - 5.0).abs() < 1e-9);
    }

    /// Band labels in English and plausible translations, some of them long.
    const BAND_TEXTS: [[&str; 3]; 5] = [
        ["needs attention", "developing", "strong"],
        ["kræver opmærksomhed", "under udvikling", "stærk"],
        ["behöver uppmärksamhet", "under utveckling", "stark"],
        ["vaatii huomiota", "kehittymässä", "vahva"],
        ["krever oppmerksomhet", "under utvikling", "sterk"],
    ];

    #[test]
    fn labels_of_all_languages_stay_inside_the_view_box_and_apart() {
        for (l, bands_inside) in [(&LAYOUT, true), (&NARROW, false)] {
            labels_fit(l, bands_inside);
        }
    }

    fn labels_fit(l: &Layout, bands_inside: bool) {
        let view = l.bounds();
        for lang in Lang::ALL {
            let n = AREAS.len();
            for value in ["100", "–", ""] {
                let boxes: Vec<Rect> = AREAS
                    .iter()
                    .enumerate()
                    .map(|(axis, info)| {
                        axis_label(axis, n, info.name.get(lang), value, l)
                            .block
                            .bbox
                    })
                    .collect();
                for (i, b) in boxes.iter().enumerate() {
                    let name = AREAS[i].name.get(lang);
                    assert!(
                        b.inside(&view),
                        "{lang:?} {name:?} leaves the viewBox: {b:?}"
                    );
                    assert!(
                        b.distance_to(l.center) > l.radius,
                        "{lang:?} {name:?} touches the outer ring: {b:?}"
                    );
                    for (j, other) in boxes.iter().enumerate().skip(i + 1) {
                        assert!(
                            !b.overlaps(other),
                            "{lang:?}: {name:?} overlaps {:?}",
                            AREAS[j].name.get(lang)
                        );
                    }
                }
                for texts in BAND_TEXTS.iter().filter(|_| bands_inside) {
                    let bands: Vec<Rect> =
                        (0..3).map(|i| band_label(i, texts[i], l).bbox).collect();
                    for (i, b) in bands.iter().enumerate() {
                        assert!(b.inside(&view), "band {:?} leaves the viewBox", texts[i]);
                        for other in bands.iter().skip(i + 1).chain(&boxes) {
                            assert!(!b.overlaps(other), "band {:?} overlaps a label", texts[i]);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn band_labels_sit_in_their_band_between_the_first_two_axes() {
        let l = &LAYOUT;
        for (i, &(lo, hi)) in BANDS.iter().enumerate() {
            let b = band_label(i, "strong", l);
            assert_eq!(b.anchor, Anchor::Start);
            assert!(b.x > l.center.0);
            let mid_y = b.bbox.y + b.bbox.height / 2.0;
            let r = l.center.1 - mid_y;
            assert!(r > l.radius * lo / 100.0 && r < l.radius * hi / 100.0);
            // Up and right of the centre: the gap between axis 0 and axis 1.
            assert!(mid_y < l.center.1);
        }
        assert_eq!(
            band_label(0, "needs attention", l).lines,
            vec!["needs", "attention"]
        );
    }
}
