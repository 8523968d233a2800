//! HpoExperimentConfiguration rules (SPEC.md §5), on the typed
//! [`crate::model::hpo_config::HpoExperimentConfiguration`]. `base` is the pointer of the
//! configuration in its document (`""`, or `/HpoExperimentConfiguration` in a response).

use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};

/// The rules of this module.
pub static RULES: &[&Rule] = &[];

/// Runs the HpoExperimentConfiguration rules on the configuration at `base`.
pub fn check(ctx: &Ctx<'_>, base: &str, findings: &mut Vec<Finding>) {
    let _ = (ctx, base, findings);
}
