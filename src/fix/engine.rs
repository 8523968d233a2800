//! The fix engine: applies the fixes of diagnostics to a file's text.
//!
//! One pass applies every selected fix whose edits do not overlap those of a fix applied
//! before it (in position order); the others wait for the next pass, after the text has been
//! checked again. [`fix_until_stable`] repeats passes until nothing changes, at most
//! [`MAX_PASSES`] times, and never returns a text with more syntax problems than it was given:
//! a pass that adds one is retried fix by fix, and a fix that breaks the parse is dropped.

use crate::diagnostic::Diagnostic;

use super::{Applicability, FileFix};

/// Most passes of [`fix_until_stable`].
pub const MAX_PASSES: usize = 8;

/// The fixes of `diagnostics` of at least `applicability`, in position order, without those
/// that overlap one before them.
pub fn select(diagnostics: &[Diagnostic], applicability: Applicability) -> Vec<&FileFix> {
    let mut fixes: Vec<&FileFix> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability >= applicability && !f.edits.is_empty())
        .collect();
    fixes.sort_by_key(|f| f.range());
    let mut chosen: Vec<&FileFix> = Vec::with_capacity(fixes.len());
    for f in fixes {
        if !chosen.iter().any(|c| overlaps(c, f)) && !chosen.contains(&f) {
            chosen.push(f);
        }
    }
    chosen
}

/// Whether two fixes touch the same text (two insertions at one offset count as touching).
fn overlaps(a: &FileFix, b: &FileFix) -> bool {
    a.edits.iter().any(|x| {
        b.edits.iter().any(|y| {
            (x.byte_start < y.byte_end && y.byte_start < x.byte_end) || x.byte_start == y.byte_start
        })
    })
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
pub fn apply(text: &str, diagnostics: &[Diagnostic], applicability: Applicability) -> String {
    apply_fixes(text, &select(diagnostics, applicability))
}

/// Whether a diagnostic says the text cannot be read as written (a syntax rule, `HPO0xx`).
pub fn is_syntax(d: &Diagnostic) -> bool {
    d.code.starts_with("HPO0")
}

/// One guarded pass: [`apply`], unless the result has more syntax problems than `text` (as
/// `problems` counts them); then the fixes are tried one at a time and those that add a
/// syntax problem are dropped. Returns the new text and the number of fixes applied.
pub fn apply_guarded(
    text: &str,
    diagnostics: &[Diagnostic],
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
    let mut kept: Vec<&FileFix> = Vec::new();
    for f in fixes {
        kept.push(f);
        let candidate = apply_fixes(text, &kept);
        if problems(&candidate) > before {
            kept.pop();
        }
    }
    let n = kept.len();
    (apply_fixes(text, &kept), n)
}

/// The result of fixing a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The fixed text.
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
    /// The diagnostics of the fixed text (what is left).
    pub remaining: Vec<Diagnostic>,
}

/// Fixes `text` until nothing changes (at most [`MAX_PASSES`] passes): `check` gives the
/// diagnostics of a text (the pipeline's, with the configuration that applies).
pub fn fix_until_stable(
    text: &str,
    applicability: Applicability,
    check: &mut dyn FnMut(&str) -> Vec<Diagnostic>,
) -> Fixed {
    let mut current = text.to_owned();
    let mut diagnostics = check(&current);
    let mut applied = 0;
    for _ in 0..MAX_PASSES {
        let mut count = |t: &str| check(t).iter().filter(|d| is_syntax(d)).count();
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
