use qrcodegen::{QrCode as Qr, QrCodeEcc};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub text: AttrValue,
    pub title: AttrValue,
}

/// A QR code drawn as SVG: one path of dark modules, with the standard quiet zone.
#[component]
pub fn QrCode(props: &QrProps) -> Html {
    let path = use_memo(props.text.clone(), |text| {
        // Medium error correction survives a slightly blurry projector photo.
        let Ok(qr) = Qr::encode_text(text, QrCodeEcc::Medium) else {
            return None;
        };
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
        return html! {};
    };
    html! {
        <svg class="samspil-qr" role="img" aria-label={props.title.clone()} viewBox={format!("0 0 {size} {size}")}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={d} fill="#000" />
        </svg>
    }
}
