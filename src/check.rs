//! Checking one text: the library's shortest entry points. Each is a one-document
//! experiment run through [`crate::pipeline`] (inline suppressions included), so the library
//! and the CLI give the same diagnostics for the same text.

use crate::kind::Kind;
use crate::pipeline::{self, Source};

pub use crate::document::{Document, FileReport, FileText};
pub use crate::pipeline::{check_document, finish};

/// Checks one document given as text. `kind` forces the kind; otherwise it is detected from
/// `name` and the text (a file of no known kind gets no diagnostics and `kind: None`).
pub fn check_str(name: &str, text: &str, kind: Option<Kind>) -> FileReport {
    one(Source::text(name, text).with_kind(kind))
}

/// Checks one document given as bytes (invalid UTF-8 is a located finding).
pub fn check_bytes(name: &str, bytes: &[u8], kind: Option<Kind>) -> FileReport {
    one(Source::bytes(name, bytes).with_kind(kind))
}

/// Checks one document given as owned bytes, as [`check_bytes`] does, without copying them:
/// the text is the same buffer (the check's peak memory is then the file once, not twice).
pub fn check_owned(name: &str, bytes: Vec<u8>, kind: Option<Kind>) -> FileReport {
    one(Source::owned(name, bytes).with_kind(kind))
}

/// Fixes one document given as text: the fixes of at least `applicability` applied pass
/// after pass (each pass checked again, a fix that breaks the parse dropped) until nothing
/// changes. What the language server's "fix all" and the Python package's `fix` call.
///
/// ```
/// use hpoconf::fix::Applicability;
/// let fixed = hpoconf::check::fix_str(
///     "search_space.json",
///     r#"{"lr": {"_type": "choise", "_value": [0.1, 0.01]}}"#,
///     None,
///     Applicability::Safe,
/// );
/// assert_eq!(fixed.text, r#"{"lr": {"_type": "choice", "_value": [0.1, 0.01]}}"#);
/// assert!(fixed.remaining.is_empty());
/// ```
pub fn fix_str(
    name: &str,
    text: &str,
    kind: Option<Kind>,
    applicability: crate::fix::Applicability,
) -> crate::fix::Fixed<crate::Diagnostic> {
    crate::fix::fix_until_stable(text, applicability, &mut |t| {
        check_str(name, t, kind).diagnostics
    })
}

fn one(source: Source) -> FileReport {
    let path = source.path().to_owned();
    pipeline::run(vec![source], &pipeline::InMemory::default())
        .checked
        .into_iter()
        .next()
        .map(|c| c.report)
        .unwrap_or(FileReport {
            path,
            kind: None,
            diagnostics: Vec::new(),
            path_bytes: None,
        })
}
