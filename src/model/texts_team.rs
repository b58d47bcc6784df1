//! The texts of the team and meeting views: the same generated constants as
//! [`super::texts`], named here so the team view's code reads as such.

pub use super::texts::*;
