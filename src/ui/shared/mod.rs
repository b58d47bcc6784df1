//! What both products share: the app's one state and its facade hook, the browser
//! and storage wrappers, the radar chart, QR codes, notices, the language menu and
//! the readable crash panel.

pub(crate) mod bands;
pub(crate) mod browser;
pub(crate) mod copy_link;
pub(crate) mod embed;
pub(crate) mod error_message;
pub(crate) mod hooks;
pub(crate) mod lang_switch;
#[cfg(feature = "split")]
pub(crate) mod lazy;
pub(crate) mod link_error;
pub(crate) mod notice;
pub(crate) mod overall;
pub mod panic;
pub(crate) mod qr;
pub mod radar;
pub(crate) mod sector;
pub mod state;
pub mod storage;
