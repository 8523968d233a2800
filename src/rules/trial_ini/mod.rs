//! trial.ini rules (SPEC.md §4), on the typed [`crate::model::trial_ini::TrialIni`].

use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};

/// The rules of this module.
pub static RULES: &[&Rule] = &[];

/// Runs the trial.ini rules.
pub fn check(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let _ = (ctx, findings);
}
