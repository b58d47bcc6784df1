use yew::prelude::*;

use crate::model::texts;
use crate::model::Lang;
use crate::ui::shared::browser;
use crate::ui::shared::copy_link::CopyLink;
use crate::ui::shared::qr::QrCode;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The full result link.
    pub link: AttrValue,
    pub lang: Lang,
    /// The id of the radar's `<svg>`, for the download.
    pub radar_id: AttrValue,
}

/// The result link with copy, its QR code, print, and the radar as a file.
#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let lang = props.lang;
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
    html! {
        <section class="samspil-share" aria-labelledby="samspil-share-title">
            <h2 id="samspil-share-title">{ texts::SHARE_TITLE.get(lang) }</h2>
            <p>{ texts::SHARE_INTRO.get(lang) }</p>
            <div class="samspil-share-grid">
                <div class="samspil-share-link">
                    <CopyLink link={props.link.clone()} label={texts::RESULT_LINK.get(lang)} id="samspil-result-link" lang={lang} />
                    <div class="samspil-actions">
                        <button type="button" class="samspil-button" onclick={Callback::from(|_| browser::print())}>{ texts::PRINT.get(lang) }</button>
                        <button type="button" class="samspil-button" onclick={on_download}>{ texts::DOWNLOAD_RADAR.get(lang) }</button>
                    </div>
                </div>
                <QrCode text={props.link.clone()} title={texts::QR_TITLE.get(lang)} lang={lang} />
            </div>
        </section>
    }
}
