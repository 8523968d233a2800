//! GetHpoExperiment response rules (SPEC.md §6), and its embedded documents.

pub mod embedded;

use crate::check::Document;
use crate::diagnostic::Diagnostic;
use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};

/// The rules of this module.
pub static RULES: &[&Rule] = &[];

/// Runs the response rules. `embedded` are the documents parsed from `ConfigYml`, `ConfigIni`
/// and `SearchSpace` (a string), already checked on their own; findings located in one of them
/// are resolved with [`Document::resolve`] and pushed to `out`.
pub fn check(
    ctx: &Ctx<'_>,
    embedded: &[Document],
    findings: &mut Vec<Finding>,
    out: &mut Vec<Diagnostic>,
) {
    let _ = (ctx, embedded, findings, out);
}
