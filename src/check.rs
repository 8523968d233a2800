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
        })
}
