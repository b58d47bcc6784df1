use qrcodegen::{QrCode as Qr, QrCodeEcc, QrSegment, Version};
use yew::prelude::*;

use crate::model::{texts, Lang};

/// The largest QR version Samspil offers. Larger codes pack modules so densely that
/// a phone camera misses them at the sizes a screen or an A4 page shows; a link
/// that needs one gets a sentence instead (measured with zbarimg: see the README,
/// "QR codes").
pub const MAX_VERSION: u8 = 25;

#[derive(Properties, PartialEq, Clone)]
pub struct QrProps {
    pub text: AttrValue,
    pub title: AttrValue,
    pub lang: Lang,
    /// CSS pixels per module at full size (the code shrinks to fit a narrow screen).
    #[prop_or(4)]
    pub module: u32,
}

/// The code for a text: the lowest version that holds it at error correction Low,
/// raised to a stronger level when that fits in the same version. A lower version
/// means larger modules, which is what a phone needs most; the strongest level that
/// costs no extra size then makes up for glare and blur.
pub fn encode(text: &str) -> Option<Qr> {
    let segments = QrSegment::make_segments(text);
    Qr::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        true,
    )
    .ok()
}

/// A QR code drawn as SVG: one path of dark modules, with the standard quiet zone of
/// four modules. A link too long for a code a phone can read gets a sentence instead.
#[component]
pub fn QrCode(props: &QrProps) -> Html {
    let path = use_memo(props.text.clone(), |text| {
        let qr = encode(text)?;
        let size = qr.size();
        // One subpath per run of dark modules in a row: a team link's large code
        // has thousands of modules, and fewer, longer rectangles draw much faster.
        let mut d = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if qr.get_module(x, y) {
                    let start = x;
                    while x < size && qr.get_module(x, y) {
                        x += 1;
                    }
                    d.push_str(&format!(
                        "M{},{}h{}v1h-{}z",
                        start + 4,
                        y + 4,
                        x - start,
                        x - start
                    ));
                } else {
                    x += 1;
                }
            }
        }
        Some((size + 8, d))
    });
    let Some((size, d)) = (*path).clone() else {
        return html! {
            <p class="samspil-qr-too-long" role="note">{ texts::QR_TOO_LONG.get(props.lang) }</p>
        };
    };
    // Width and height as attributes (not a style): the strict style-src allows them.
    let px = (size as u32 * props.module).to_string();
    html! {
        <svg class="samspil-qr" role="img" aria-label={props.title.clone()} viewBox={format!("0 0 {size} {size}")}
            width={px.clone()} height={px} data-modules={size.to_string()}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={d} fill="#000" />
        </svg>
    }
}
