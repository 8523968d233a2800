//! exp.yml rules (SPEC.md §3).

pub mod v1;

use crate::rules::Rule;

/// The rules of this module.
pub static RULES: &[&Rule] = &[];
