//! The partnership model: pure Rust, no browser APIs.
//!
//! Everything a facilitator may have to explain (how a score is computed, which
//! action comes first, when partners "disagree", what a link holds) lives here, so
//! it can be tested natively and read in one place.

pub mod agreed;
pub mod answers;
pub mod bank;
pub mod codec;
pub mod content;
pub mod content2;
pub mod date;
pub mod export;
pub mod history;
pub mod i18n;
pub mod invitation;
pub mod options;
pub mod order;
pub mod plan;
pub mod recent;
pub mod remedies;
pub mod scoring;
pub mod session;
pub mod summary;
pub mod team;
pub mod team_links;
pub mod texts;
pub mod texts_team;

pub use answers::{Answer, Response, Sector};
pub use bank::{Area, Item, ItemId, BANK_VERSION};
pub use i18n::{Lang, Tr};
pub use scoring::{AreaScore, Band, ResultSummary};
