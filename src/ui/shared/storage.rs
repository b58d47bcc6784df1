//! The person's answers on their own device (localStorage).
//!
//! Storage can be missing (private mode), blocked (a third-party iframe with storage
//! partitioning) or full. None of that may cost an answer: every failure is logged
//! and reported as a [`StorageError`], and the app carries on in memory and in the
//! address fragment.

use thiserror::Error;

/// The one key Samspil writes: the person's own check, as an address fragment.
pub const KEY: &str = "samspil:check:v1";
/// Where a saved check that could not be read is set aside: never destroyed, so
/// support can still look at it, but out of the way of the next save.
const UNREADABLE_KEY: &str = "samspil:check:v1:unreadable";
/// The interface language the person chose.
const LANG_KEY: &str = "samspil:lang";
/// In this tab's `sessionStorage`: the own check this tab last wrote into its
/// address because the device refused to save it (audit E4).
const TAB_KEY: &str = "samspil:check:v1:tab";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("storage is not available in this browser or frame")]
    Unavailable,
    #[error("storage refused to save (it may be full)")]
    Refused,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    // `local_storage()` throws when storage is blocked, and is `None` when absent.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(s))) => Ok(s),
        _ => Err(StorageError::Unavailable),
    }
}

fn get(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

fn set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(|e| {
        gloo::console::warn!("Samspil could not save on this device:", e);
        StorageError::Refused
    })
}

/// The saved check, as the fragment it was saved as.
pub fn load_check() -> Result<Option<String>, StorageError> {
    get(KEY)
}

pub fn save_check(fragment: &str) -> Result<(), StorageError> {
    set(KEY, fragment)
}

/// Moves a saved check that could not be read out of the way, so the notice about
/// it is shown once and is true ("removed" from the check, kept aside).
pub fn set_aside_check() {
    if let Ok(s) = storage() {
        if let Ok(Some(value)) = s.get_item(KEY) {
            let _ = s.set_item(UNREADABLE_KEY, &value);
        }
        let _ = s.remove_item(KEY);
    }
}

pub fn load_lang() -> Option<String> {
    get(LANG_KEY).ok().flatten()
}

pub fn save_lang(code: &str) {
    // Not worth a notice: the language is also chosen from the browser next time.
    let _ = set(LANG_KEY, code);
}

/// The own check this tab last kept in its address instead of on the device, if any.
/// `sessionStorage` belongs to the tab and survives its reloads, so after a reload
/// the address's newer answers are known as this tab's own, not someone else's.
pub fn load_tab_check() -> Option<String> {
    let session = web_sys::window()?.session_storage().ok()??;
    session.get_item(TAB_KEY).ok()?
}

/// Notes that this tab keeps the person's check in its address (a failed save).
/// Its own quota is separate from the device's, so it usually works where the save
/// did not; when it fails too, the address still holds the answers.
pub fn save_tab_check(fragment: &str) {
    if let Some(Ok(Some(session))) = web_sys::window().map(|w| w.session_storage()) {
        let _ = session.set_item(TAB_KEY, fragment);
    }
}
