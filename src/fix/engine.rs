//! The fix engine: applies the fixes of diagnostics to a file's text.
//!
//! One pass applies every selected fix whose edits do not overlap those of a fix applied
//! before it (in position order); the others wait for the next pass, after the text has been
//! checked again. [`fix_until_stable`] repeats passes until nothing changes, at most
//! [`MAX_PASSES`] times, and never returns a text with more syntax problems than it was given:
//! a pass that adds one is retried fix by fix, and a fix that breaks the parse is dropped.

use std::collections::BTreeMap;

use super::{Applicability, FileFix};

/// What the engine reads of a diagnostic: its rule's code and its fix. `Diagnostic` implements
/// it (in `diagnostic`, which sits above this module: the engine knows no report type).
pub trait Fixable {
    /// The rule code (`HPO103`).
    fn code(&self) -> &str;
    /// The fix, as edits of the file, if any.
    fn file_fix(&self) -> Option<&FileFix>;
}

impl<T: Fixable + ?Sized> Fixable for &T {
    fn code(&self) -> &str {
        (**self).code()
    }

    fn file_fix(&self) -> Option<&FileFix> {
        (**self).file_fix()
    }
}

/// Most passes of [`fix_until_stable`].
pub const MAX_PASSES: usize = 8;

/// The fixes of `diagnostics` of at least `applicability`, in position order, without those
/// that overlap one before them.
pub fn select<D: Fixable>(diagnostics: &[D], applicability: Applicability) -> Vec<&FileFix> {
    let mut fixes: Vec<&FileFix> = diagnostics
        .iter()
        .filter_map(|d| d.file_fix())
        .filter(|f| f.applicability >= applicability && !f.edits.is_empty())
        .collect();
    fixes.sort_by_key(|f| f.range());
    let mut chosen: Vec<&FileFix> = Vec::with_capacity(fixes.len());
    // the edits taken, start -> end (a file with 50,000 fixes: no pairwise comparison)
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    for f in fixes {
        if f.edits
            .iter()
            .all(|e| free(&taken, e.byte_start, e.byte_end))
        {
            for e in &f.edits {
                taken.insert(e.byte_start, e.byte_end);
            }
            chosen.push(f);
        }
    }
    chosen
}

/// Whether `[start, end)` touches no edit taken (two edits at one offset count as touching).
fn free(taken: &BTreeMap<usize, usize>, start: usize, end: usize) -> bool {
    let before = taken.range(..=start).next_back();
    if before.is_some_and(|(&s, &e)| s == start || e > start) {
        return false;
    }
    let after = taken.range(start..).next();
    !after.is_some_and(|(&s, _)| s == start || s < end)
}

/// Applies `fixes` (non-overlapping) to `text`. An edit whose span is not within the text or
/// not on character boundaries makes its whole fix be left out.
pub fn apply_fixes(text: &str, fixes: &[&FileFix]) -> String {
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    for f in fixes {
        let ok = f.edits.iter().all(|e| {
            e.byte_start <= e.byte_end
                && text.is_char_boundary(e.byte_start)
                && text.is_char_boundary(e.byte_end)
        });
        if ok {
            edits.extend(
                f.edits
                    .iter()
                    .map(|e| (e.byte_start, e.byte_end, e.content.as_str())),
            );
        }
    }
    edits.sort_by_key(|e| (e.0, e.1));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for (start, end, content) in edits {
        if start < at {
            continue;
        }
        out.push_str(text.get(at..start).unwrap_or(""));
        out.push_str(content);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

/// One pass: applies the fixes of `diagnostics` of at least `applicability` to `text` (the
/// text they were found in), leaving out those that overlap another. For the language server
/// and the Python package: `hpoconf::fix::apply(text, &report.diagnostics, Applicability::Safe)`.
pub fn apply<D: Fixable>(text: &str, diagnostics: &[D], applicability: Applicability) -> String {
    apply_fixes(text, &select(diagnostics, applicability))
}

/// Whether a diagnostic says the text cannot be read as written (a syntax rule, `HPO0xx`).
pub fn is_syntax<D: Fixable + ?Sized>(d: &D) -> bool {
    d.code().starts_with("HPO0")
}

/// One guarded pass: [`apply`], unless the result has more syntax problems than `text` (as
/// `problems` counts them); then the fixes are tried one at a time and those that add a
/// syntax problem are dropped. Returns the new text and the number of fixes applied.
pub fn apply_guarded<D: Fixable>(
    text: &str,
    diagnostics: &[D],
    applicability: Applicability,
    problems: &mut dyn FnMut(&str) -> usize,
) -> (String, usize) {
    let fixes = select(diagnostics, applicability);
    if fixes.is_empty() {
        return (text.to_owned(), 0);
    }
    let before = problems(text);
    let all = apply_fixes(text, &fixes);
    if problems(&all) <= before {
        return (all, fixes.len());
    }
    // the fixes that break the parse, found by halves: a few checks for a few bad fixes
    let mut kept: Vec<&FileFix> = Vec::new();
    keep_good(text, &mut kept, &fixes, before, problems);
    let n = kept.len();
    (apply_fixes(text, &kept), n)
}

/// Adds to `kept` the fixes of `candidates` that, applied with `kept`, add no syntax problem.
fn keep_good<'a>(
    text: &str,
    kept: &mut Vec<&'a FileFix>,
    candidates: &[&'a FileFix],
    before: usize,
    problems: &mut dyn FnMut(&str) -> usize,
) {
    if candidates.is_empty() {
        return;
    }
    let mut trial = kept.clone();
    trial.extend_from_slice(candidates);
    if problems(&apply_fixes(text, &trial)) <= before {
        kept.extend_from_slice(candidates);
        return;
    }
    if candidates.len() == 1 {
        return;
    }
    let (first, second) = candidates.split_at(candidates.len() / 2);
    keep_good(text, kept, first, before, problems);
    keep_good(text, kept, second, before, problems);
}

/// The result of fixing a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed<D> {
    /// The fixed text.
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
    /// The diagnostics of the fixed text (what is left).
    pub remaining: Vec<D>,
}

/// Fixes `text` until nothing changes (at most [`MAX_PASSES`] passes): `check` gives the
/// diagnostics of a text (the pipeline's, with the configuration that applies).
pub fn fix_until_stable<D: Fixable>(
    text: &str,
    applicability: Applicability,
    check: &mut dyn FnMut(&str) -> Vec<D>,
) -> Fixed<D> {
    let mut current = text.to_owned();
    let mut diagnostics = check(&current);
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let mut count = |t: &str| check(t).iter().filter(is_syntax).count();
        let (next, n) = apply_guarded(&current, &diagnostics, applicability, &mut count);
        if n == 0 || next == current {
            break;
        }
        applied += n;
        current = next;
        diagnostics = check(&current);
    }
    Fixed {
        text: current,
        applied,
        remaining: diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;
    use crate::fix::FileEdit;

    fn fix(edits: &[(usize, usize, &str)]) -> Diagnostic {
        let edits = edits
            .iter()
            .map(|&(s, e, c)| FileEdit {
                line: 1,
                column: s + 1,
                end_line: 1,
                end_column: e + 1,
                content: c.to_owned(),
                byte_start: s,
                byte_end: e,
            })
            .collect();
        Diagnostic {
            code: "HPO103".into(),
            name: "unknown-key".into(),
            severity: crate::Severity::Error,
            message: String::new(),
            pointer: String::new(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            help: None,
            fix: Some(FileFix {
                applicability: Applicability::Safe,
                message: String::new(),
                edits,
            }),
            byte_start: 0,
            byte_end: 0,
            path: String::new(),
            follows: None,
        }
    }

    #[test]
    fn overlapping_and_touching_fixes() {
        let text = "abcdefgh";
        let d = [
            fix(&[(0, 2, "X")]),
            fix(&[(1, 3, "Y")]), // overlaps the first: waits
            fix(&[(2, 2, "+")]), // an insertion right after the first: applied
            fix(&[(2, 3, "Z")]), // starts where the insertion is: waits
            fix(&[(4, 5, "E"), (7, 8, "H")]),
            fix(&[(6, 7, "G")]), // between the edits of another fix: fine
            fix(&[(7, 7, "!")]), // at the start of a taken edit: waits
        ];
        assert_eq!(apply(text, &d, Applicability::Safe), "X+cdEfGH");
        assert_eq!(apply(text, &d, Applicability::Unsafe), "X+cdEfGH");
    }

    #[test]
    fn breaking_fixes_are_found_by_halves() {
        let text = "0123456789";
        let d: Vec<Diagnostic> = (0..10)
            .map(|i| fix(&[(i, i + 1, if i == 3 || i == 7 { "#" } else { "x" })]))
            .collect();
        let mut checks = 0;
        let mut problems = |t: &str| {
            checks += 1;
            t.matches('#').count()
        };
        let (out, n) = apply_guarded(text, &d, Applicability::Safe, &mut problems);
        assert_eq!((out.as_str(), n), ("xxx3xxx7xx", 8));
        assert!(checks < 20, "{checks} checks");
    }
}
