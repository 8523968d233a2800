//! `check --fix`, `--unsafe-fixes` and `--diff`: the fixes of every checked file applied by
//! the engine ([`crate::fix::engine`]) pass after pass on the texts in memory, each pass
//! checked again as a whole run (cross-file rules included), then written atomically, or
//! shown as a unified diff.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::fix::{Applicability, MAX_PASSES, engine};
use crate::kind::Kind;
use crate::workspace::{self, Failure, Outcome};

/// What fixing a run did.
pub(super) struct Fixing {
    /// The run's outcome on the fixed texts (what is left).
    pub outcome: Outcome,
    /// Changed files: displayed path -> (path read, old text, new text).
    pub changes: BTreeMap<String, (PathBuf, String, String)>,
    /// How many fixes were applied.
    pub applied: usize,
}

/// Syntax problems of `text` read as `kind` (a fix must not add one).
fn syntax_problems(path: &str, text: &str, kind: Option<Kind>) -> usize {
    crate::check_str(path, text, kind)
        .diagnostics
        .iter()
        .filter(engine::is_syntax)
        .count()
}

/// Checks `paths`, applies the fixes of at least `applicability` and checks again, until
/// nothing changes (at most [`MAX_PASSES`] passes). Nothing is written.
pub(super) fn fix(
    paths: &[PathBuf],
    options: &workspace::Options,
    applicability: Applicability,
) -> Fixing {
    let mut overrides: HashMap<String, String> = HashMap::new();
    let mut outcome = workspace::check_paths(paths, options);
    let originals: BTreeMap<String, String> = outcome
        .texts
        .iter()
        .map(|(p, t)| (p.clone(), t.text.clone()))
        .collect();
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let mut changed = false;
        for r in &outcome.reports {
            // only files read as they are (not through a link, not undecodable)
            if !outcome.paths.contains_key(&r.path)
                || r.diagnostics.iter().any(|d| d.code == "HPO002")
            {
                continue;
            }
            let Some(text) = outcome.texts.get(&r.path) else {
                continue;
            };
            let mut problems = |t: &str| syntax_problems(&r.path, t, r.kind);
            let (new, n) =
                engine::apply_guarded(&text.text, &r.diagnostics, applicability, &mut problems);
            if n > 0 && new != text.text {
                overrides.insert(r.path.clone(), new);
                applied += n;
                changed = true;
            }
        }
        if !changed {
            break;
        }
        outcome = workspace::check_paths_with(paths, options, &overrides);
    }
    let mut changes = BTreeMap::new();
    for (path, new) in overrides {
        let (Some(old), Some(fs)) = (originals.get(&path), outcome.paths.get(&path)) else {
            continue;
        };
        if *old != new {
            changes.insert(path, (fs.clone(), old.clone(), new));
        }
    }
    Fixing {
        outcome,
        changes,
        applied,
    }
}

/// Writes the changed files, each atomically. A file that changed on disk since it was read
/// (or whose bytes are not its text, e.g. after a BOM) keeps its BOM; one that changed is
/// not written: a failure.
pub(super) fn write(changes: &BTreeMap<String, (PathBuf, String, String)>) -> Vec<Failure> {
    let mut failures = Vec::new();
    for (display, (path, old, new)) in changes {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                failures.push(Failure {
                    path: display.clone(),
                    message: format!("not fixed: cannot be read again: {e}"),
                });
                continue;
            }
        };
        const BOM: &[u8] = b"\xEF\xBB\xBF";
        let (bom, body) = match bytes.strip_prefix(BOM) {
            Some(body) => (true, body),
            None => (false, bytes.as_slice()),
        };
        if body != old.as_bytes() {
            failures.push(Failure {
                path: display.clone(),
                message: "not fixed: the file changed while it was checked".to_owned(),
            });
            continue;
        }
        let mut out = Vec::with_capacity(new.len() + 3);
        if bom {
            out.extend_from_slice(BOM);
        }
        out.extend_from_slice(new.as_bytes());
        // a link is not replaced by a fixed copy: fix the file it points to
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            failures.push(Failure {
                path: display.clone(),
                message: "not fixed: is a symbolic link: not written (fix the file it points to)"
                    .to_owned(),
            });
            continue;
        }
        if let Err(e) = super::write::atomic_bytes(path, &out) {
            failures.push(Failure {
                path: display.clone(),
                message: format!("not fixed: {}", e.source),
            });
        }
    }
    failures
}

/// The diff of every change, in path order.
pub(super) fn diff(changes: &BTreeMap<String, (PathBuf, String, String)>) -> String {
    changes
        .iter()
        .map(|(path, (_, old, new))| super::diff::unified(path, old, new))
        .collect()
}

/// `--fix`: fixes, writes, and returns the outcome of what is left (with a failure for each
/// file that could not be written). Says on stderr how many fixes were applied.
pub(super) fn run_fix(
    paths: &[PathBuf],
    options: &workspace::Options,
    applicability: Applicability,
) -> Outcome {
    let f = fix(paths, options, applicability);
    let mut outcome = f.outcome;
    let failures = write(&f.changes);
    let written = f.changes.len() - failures.len().min(f.changes.len());
    if f.applied > 0 {
        eprintln!(
            "hpoconf: applied {} fix{} in {written} file{}",
            f.applied,
            if f.applied == 1 { "" } else { "es" },
            if written == 1 { "" } else { "s" }
        );
    }
    outcome.failures.extend(failures);
    outcome
}

/// `--diff`: prints the diff of what `--fix` would change; exit 1 when there is a change, 2
/// when a path could not be checked.
pub(super) fn run_diff(
    paths: &[PathBuf],
    options: &workspace::Options,
    applicability: Applicability,
) -> u8 {
    use std::io::Write;
    let f = fix(paths, options, applicability);
    let text = diff(&f.changes);
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    for w in &f.outcome.warnings {
        eprintln!("hpoconf: warning: {w}");
    }
    for e in &f.outcome.failures {
        eprintln!("hpoconf: error: {e}");
    }
    if !f.changes.is_empty() {
        eprintln!(
            "hpoconf: --fix would apply {} fix{} in {} file{}",
            f.applied,
            if f.applied == 1 { "" } else { "es" },
            f.changes.len(),
            if f.changes.len() == 1 { "" } else { "s" }
        );
    }
    if !f.outcome.failures.is_empty() {
        super::EXIT_FAILURE
    } else if f.changes.is_empty() {
        super::EXIT_OK
    } else {
        super::EXIT_FINDINGS
    }
}
