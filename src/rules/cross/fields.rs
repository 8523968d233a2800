//! Cross-field rules inside one document (SPEC.md §7): an exp.yml with an inline search space,
//! an HpoExperimentConfiguration with its `search_space` and commands.

use crate::rules::Finding;
use crate::rules::dispatch::Ctx;

/// Cross-field rules of an exp.yml (tuner vs assessor, concurrency vs max trials, an inline
/// search space vs the tuner).
pub fn check_exp_yml(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let _ = (ctx, findings);
}

/// Cross-field rules of an HpoExperimentConfiguration at `base` (placeholders of its commands vs
/// its `search_space`, yml_config's tuner vs assessor, ...).
pub fn check_hpo_config(ctx: &Ctx<'_>, base: &str, findings: &mut Vec<Finding>) {
    let _ = (ctx, base, findings);
}
