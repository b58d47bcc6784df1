//! The person's answers on their own device (localStorage).
//!
//! Storage can be missing (private mode), blocked (a third-party iframe with storage
//! partitioning) or full. None of that may cost an answer: every failure is logged
//! and reported as a [`StorageError`], and the app carries on in memory and in the
//! address fragment.

use thiserror::Error;

/// The one key Samspil writes: the person's own check, as an address fragment.
const KEY: &str = "samspil:check:v1";
/// The interface language the person chose.
const LANG_KEY: &str = "samspil:lang";

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

/// Forgets the saved check (after corrupt data was found).
pub fn clear_check() {
    if let Ok(s) = storage() {
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
