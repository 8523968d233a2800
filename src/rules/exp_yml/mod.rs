//! exp.yml rules (SPEC.md §3), on the typed [`crate::model::exp_yml::ExperimentConfig`].

pub mod v1;

use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};

/// The rules of this module.
pub static RULES: &[&Rule] = &[];

/// Runs the exp.yml rules.
pub fn check(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let _ = (ctx, findings);
}
