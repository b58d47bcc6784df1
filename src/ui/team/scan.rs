//! "Scan result QR codes" (issue 29): collecting in the room with no e-mail. Each
//! partner shows the QR code of their result on their phone; the facilitator's
//! camera reads it, and the result is added to the team as a pasted link would be
//! (`model::team_links::merge`, through the view's callback). Nothing leaves the
//! browser: the camera's pictures are read here, frame by frame, and dropped.
//!
//! A lazily loaded part of the team page (chunk `scan`, src/ui/team/parts.rs), with
//! the QR decoder (`quircs`, the Rust port of quirc): the team page's first visit carries only its button.
//! The browser's own `BarcodeDetector` is not used: Chromium on Linux and Windows,
//! and Firefox, do not have it.
//!
//! The camera and canvas are reached through `Reflect`, `Function.call` and
//! `Function.apply`: a typed binding for each method would add its own function to
//! the page's JS glue, which every first visit downloads. Only reading a frame's
//! pixels is typed (`ImageData.data`, one binding that copies them into Rust).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::model::i18n::fill;
use crate::model::{texts_team as tt, Lang};
use crate::ui::shared::browser;
use crate::ui::team::input::{outcome_text, PasteReport};

#[derive(Properties, PartialEq, Clone)]
pub struct ScannerProps {
    pub lang: Lang,
    /// Adds what a code holds to the team, as a paste would; gives back the report.
    pub on_scan: Callback<String, Rc<PasteReport>>,
}

/// Where the camera is.
#[derive(Clone, Copy, PartialEq)]
enum Camera {
    Starting,
    Live,
    /// The person (or the browser's settings) refused the camera.
    Refused,
    /// There is no camera.
    Missing,
    /// Anything else: the camera is in use elsewhere, or the page is not secure.
    Failed,
}

/// The picture the decoder reads, whatever the camera's size: enough for a result's
/// code held at arm's length, and quick enough to read a few frames a second. A
/// camera of another shape is stretched to it, which the decoder's perspective
/// correction undoes (reading the camera's size would cost every first visit a
/// binding).
const FRAME: (u32, u32) = (800, 600);
/// Time between two frames read.
const EVERY_MS: u32 = 250;

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `o.method(arg)`.
fn call(o: &JsValue, method: &str, arg: &JsValue) -> Result<JsValue, JsValue> {
    let f = get(o, method);
    if !f.is_function() {
        return Err(JsValue::UNDEFINED);
    }
    f.unchecked_into::<Function>().call1(o, arg)
}

fn set(o: &JsValue, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(key), value);
}

/// Stops every track of a camera stream: the camera's light goes out.
fn stop(stream: &JsValue) {
    if let Ok(tracks) = call(stream, "getTracks", &JsValue::UNDEFINED) {
        let tracks: js_sys::Array = tracks.unchecked_into();
        for i in 0..tracks.length() {
            let _ = call(&tracks.get(i), "stop", &JsValue::UNDEFINED);
        }
    }
}

/// The camera, the back one on a phone: `getUserMedia({video: {facingMode}})`.
async fn open_camera() -> Result<JsValue, Camera> {
    let devices = get(&get(&gloo::utils::window(), "navigator"), "mediaDevices");
    if devices.is_undefined() {
        // No camera API: an insecure page (http://) or a browser without one.
        return Err(Camera::Failed);
    }
    let video = Object::new();
    set(&video, "facingMode", &JsValue::from_str("environment"));
    let constraints = Object::new();
    set(&constraints, "video", &video);
    let promise = call(&devices, "getUserMedia", &constraints).map_err(|_| Camera::Failed)?;
    JsFuture::from(promise.unchecked_into::<Promise>())
        .await
        .map_err(|e| match get(&e, "name").as_string().as_deref() {
            Some("NotAllowedError" | "SecurityError") => Camera::Refused,
            Some("NotFoundError" | "OverconstrainedError") => Camera::Missing,
            _ => Camera::Failed,
        })
}

/// `o.method(args…)`.
fn apply(o: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let list = js_sys::Array::of1(&args[0]);
    for (i, a) in args.iter().enumerate().skip(1) {
        set(&list, &i.to_string(), a);
    }
    get(o, method).unchecked_into::<Function>().apply(o, &list)
}

/// The QR codes in one frame of the video, as text.
fn read_frame(video: &JsValue, context: &JsValue) -> Vec<String> {
    let (w, h) = FRAME;
    let (zero, wide, high) = (JsValue::from(0), JsValue::from(w), JsValue::from(h));
    let drawn = apply(
        context,
        "drawImage",
        &[
            video.clone(),
            zero.clone(),
            zero.clone(),
            wide.clone(),
            high.clone(),
        ],
    );
    let Ok(pixels) =
        drawn.and_then(|_| apply(context, "getImageData", &[zero.clone(), zero, wide, high]))
    else {
        return Vec::new();
    };
    decode(
        &pixels.unchecked_into::<web_sys::ImageData>().data(),
        w as usize,
        h as usize,
    )
}

/// The texts of the QR codes in a picture of `w` × `h` RGBA pixels.
pub fn decode(rgba: &[u8], w: usize, h: usize) -> Vec<String> {
    if rgba.len() < w * h * 4 {
        return Vec::new();
    }
    // Luma (BT.601), as the decoder wants one channel.
    let grey: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| ((77 * p[0] as u32 + 150 * p[1] as u32 + 29 * p[2] as u32) >> 8) as u8)
        .collect();
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(w, h, &grey)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

/// What became of one code, in a sentence.
fn announce(report: &PasteReport, lang: Lang) -> String {
    if report.reports.is_empty() {
        return tt::SCAN_NO_RESULT.get(lang).to_owned();
    }
    report
        .reports
        .iter()
        .map(|line| {
            let outcome = outcome_text(&line.outcome, lang);
            if line.who.is_empty() {
                outcome
            } else {
                format!("{}: {outcome}", line.who)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
pub fn Scanner(props: &ScannerProps) -> Html {
    let lang = props.lang;
    let camera = use_state(|| Camera::Starting);
    // What the codes read so far became of, newest first.
    let heard = use_state(Vec::<AttrValue>::new);
    let attempt = use_state(|| 0u32);
    let video = use_node_ref();
    // The newest callback: each one merges into the team as it stood when it was
    // made, and the loop outlives many renders.
    let on_scan = use_mut_ref(|| props.on_scan.clone());
    *on_scan.borrow_mut() = props.on_scan.clone();
    {
        let camera = camera.clone();
        let heard = heard.clone();
        let video = video.clone();
        let on_scan = on_scan.clone();
        use_effect_with(*attempt, move |_| {
            // Cleared when the part goes (or tries again): the loop and a camera that
            // comes in late both stop then.
            let running = Rc::new(Cell::new(true));
            let stream = Rc::new(RefCell::new(None::<JsValue>));
            {
                let running = running.clone();
                let stream = stream.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let opened = open_camera().await;
                    if !running.get() {
                        if let Ok(s) = opened {
                            stop(&s);
                        }
                        return;
                    }
                    let (s, el) = match (opened, video.get().map(JsValue::from)) {
                        (Ok(s), Some(el)) => (s, el),
                        (Ok(s), None) => {
                            stop(&s);
                            return;
                        }
                        (Err(why), _) => {
                            camera.set(why);
                            return;
                        }
                    };
                    set(&el, "srcObject", &s);
                    let _ = call(&el, "play", &JsValue::UNDEFINED);
                    *stream.borrow_mut() = Some(s);
                    camera.set(Camera::Live);
                    let canvas: JsValue = gloo::utils::document()
                        .create_element("canvas")
                        .map(Into::into)
                        .unwrap_or(JsValue::UNDEFINED);
                    set(&canvas, "width", &JsValue::from(FRAME.0));
                    set(&canvas, "height", &JsValue::from(FRAME.1));
                    let context = call(&canvas, "getContext", &JsValue::from_str("2d"))
                        .unwrap_or(JsValue::UNDEFINED);
                    // The codes already read: a code held up for a while is added and
                    // announced once.
                    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
                    let log = Rc::new(RefCell::new(Vec::<AttrValue>::new()));
                    scan_loop(running, el, context, seen, log, heard, on_scan, lang);
                });
            }
            move || {
                running.set(false);
                if let Some(s) = stream.borrow_mut().take() {
                    stop(&s);
                }
            }
        });
    }
    let retry = {
        let camera = camera.clone();
        let attempt = attempt.clone();
        Callback::from(move |_| {
            camera.set(Camera::Starting);
            attempt.set(*attempt + 1);
        })
    };
    let problem = match *camera {
        Camera::Refused => Some(tt::SCAN_REFUSED.get(lang)),
        Camera::Missing => Some(tt::SCAN_MISSING.get(lang)),
        Camera::Failed => Some(tt::SCAN_FAILED.get(lang)),
        Camera::Starting | Camera::Live => None,
    };
    let latest = heard.first().cloned();
    html! {
        <section class="samspil-resume samspil-scan samspil-no-print" aria-labelledby="samspil-scan-title">
            <h3 id="samspil-scan-title">{ tt::SCAN_TITLE.get(lang) }</h3>
            <p class="samspil-hint">{ tt::SCAN_INTRO.get(lang) }</p>
            if let Some(problem) = problem {
                <p class="samspil-error" role="alert">{ problem }</p>
                <div class="samspil-actions">
                    <button type="button" class="samspil-button samspil-primary"
                        onclick={Callback::from(|_| to_paste_box())}>
                        { tt::SCAN_TO_PASTE.get(lang) }
                    </button>
                    <button type="button" class="samspil-button" onclick={retry}>
                        { tt::SCAN_RETRY.get(lang) }
                    </button>
                </div>
            } else {
                // The picture is for aiming; what it read is said in words below.
                // `samspil-qr`: the page's rule for a picture that fits a phone's width.
                <video class="samspil-scan-video samspil-qr" width="480" ref={video} muted=true autoplay=true playsinline=true
                    aria-label={tt::SCAN_VIDEO.get(lang)} data-live={(*camera == Camera::Live).then_some("")} />
            }
            <p class="samspil-scan-status" role="status" aria-live="polite">
                if let Some(latest) = latest {
                    { latest }
                } else if *camera == Camera::Live {
                    { tt::SCAN_WAITING.get(lang) }
                }
            </p>
            if heard.len() > 1 {
                <ul class="samspil-scan-log">
                    { for heard.iter().skip(1).map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
            }
        </section>
    }
}

/// The box for links, for a camera that cannot be used.
fn to_paste_box() {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id("samspil-team-links")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        browser::focus(&el);
    }
}

/// Reads a frame, adds what it found, and comes back after [`EVERY_MS`] while the
/// part is there.
#[allow(clippy::too_many_arguments)]
fn scan_loop(
    running: Rc<Cell<bool>>,
    video: JsValue,
    context: JsValue,
    seen: Rc<RefCell<Vec<String>>>,
    log: Rc<RefCell<Vec<AttrValue>>>,
    heard: UseStateHandle<Vec<AttrValue>>,
    on_scan: Rc<RefCell<Callback<String, Rc<PasteReport>>>>,
    lang: Lang,
) {
    if !running.get() {
        return;
    }
    let mut new = Vec::new();
    for text in read_frame(&video, &context) {
        if !seen.borrow().contains(&text) && !new.contains(&text) {
            new.push(text);
        }
    }
    if !new.is_empty() {
        seen.borrow_mut().extend(new.iter().cloned());
        // Codes seen in the same frame go in as one paste, line by line: the team
        // is merged once.
        let report = on_scan.borrow().emit(new.join("\n"));
        let n = seen.borrow().len().to_string();
        let line = fill(
            tt::SCAN_READ.get(lang),
            &[("n", &n), ("outcome", &announce(&report, lang))],
        );
        log.borrow_mut().insert(0, line.into());
        heard.set(log.borrow().clone());
    }
    // Set again each time (no clearTimeout): the loop ends by itself once the part
    // is gone.
    gloo::timers::callback::Timeout::new(EVERY_MS, move || {
        scan_loop(running, video, context, seen, log, heard, on_scan, lang)
    })
    .forget();
}
