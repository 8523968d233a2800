//! GetHpoExperiment response rules (SPEC.md §6), and its embedded documents.

pub mod embedded;

use crate::rules::Rule;

/// The rules of this module.
pub static RULES: &[&Rule] = &[];
