use yew::prelude::*;

use super::browser;
use super::qr::QrCode;
use crate::model::texts;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The full result link.
    pub link: AttrValue,
    pub lang: Lang,
    /// The id of the radar's `<svg>`, for the download.
    pub radar_id: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

/// The result link with copy, its QR code, print, and the radar as a file.
#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| Copy::Idle);
    // A new link (changed answers) clears the old confirmation.
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(Copy::Idle));
    }
    let on_copy = {
        let copied = copied.clone();
        let link = props.link.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy_text(&link).await;
                copied.set(if ok { Copy::Done } else { Copy::Failed });
            });
        })
    };
    let on_select = Callback::from(|e: FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    });
    let on_download = {
        let id = props.radar_id.clone();
        Callback::from(move |_| {
            if let Some(svg) = gloo::utils::document().get_element_by_id(&id) {
                let file = format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
                    svg.outer_html()
                );
                browser::download("samspil-radar.svg", "image/svg+xml", &file);
            }
        })
    };
    let status = match *copied {
        Copy::Idle => "",
        Copy::Done => texts::COPIED.get(lang),
        Copy::Failed => texts::COPY_FAILED.get(lang),
    };
    html! {
        <section class="samspil-share" aria-labelledby="samspil-share-title">
            <h2 id="samspil-share-title">{ texts::SHARE_TITLE.get(lang) }</h2>
            <p>{ texts::SHARE_INTRO.get(lang) }</p>
            <div class="samspil-share-grid">
                <div class="samspil-share-link">
                    <label for="samspil-result-link">{ texts::RESULT_LINK.get(lang) }</label>
                    <div class="samspil-copy-row">
                        <input id="samspil-result-link" type="text" readonly=true value={props.link.clone()} onfocus={on_select} />
                        <button type="button" class="samspil-button samspil-primary" onclick={on_copy}>{ texts::COPY_LINK.get(lang) }</button>
                    </div>
                    <p class="samspil-copy-status" role="status" aria-live="polite">{ status }</p>
                    <div class="samspil-actions">
                        <button type="button" class="samspil-button" onclick={Callback::from(|_| browser::print())}>{ texts::PRINT.get(lang) }</button>
                        <button type="button" class="samspil-button" onclick={on_download}>{ texts::DOWNLOAD_RADAR.get(lang) }</button>
                    </div>
                </div>
                <QrCode text={props.link.clone()} title={texts::QR_TITLE.get(lang)} />
            </div>
        </section>
    }
}
