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
        let mut d = String::new();
        for y in 0..size {
            for x in 0..size {
                if qr.get_module(x, y) {
                    d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
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
