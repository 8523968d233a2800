//! Renderers: one per output format. The JSON, SARIF and GitHub reports are part of the library
//! (a program can produce exactly what `hpoconf check` prints); the human one needs the `cli`
//! feature (annotate-snippets).

pub mod github;
pub mod gitlab;
#[cfg(feature = "cli")]
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::FileReport;
use crate::workspace::Failure;

/// A report written as it goes: [`Stream::file`] once per checked file, in path order, then
/// [`Stream::finish`] once. Nothing is kept per file but counts, so memory does not grow with
/// the number of files; the bytes are those of the format's `render` function.
pub trait Stream {
    /// Writes one file's report. `text` is the file's text, for formats that show snippets.
    fn file(&mut self, report: &FileReport, text: Option<&str>) -> std::io::Result<()>;
    /// Writes what follows the files (the summary, the tool failures) and flushes.
    fn finish(&mut self, failures: &[Failure]) -> std::io::Result<()>;
}

/// Feeds `reports` and `failures` to a stream (the `render` functions of the formats).
pub(crate) fn feed(s: &mut dyn Stream, reports: &[FileReport], failures: &[Failure]) {
    // the `render` functions write to a Vec, which cannot fail
    for r in reports {
        let _ = s.file(r, None);
    }
    let _ = s.finish(failures);
}

/// `text` with every line after the first indented by `pad` (a pretty-printed JSON value nested
/// in a streamed document: JSON strings hold no raw line break, so every `\n` is a line break).
pub(crate) fn indent(text: &str, pad: &str) -> String {
    text.replace('\n', &format!("\n{pad}"))
}

/// A finding's fingerprint: 32 hex digits from the path, the rule, the pointer, the message
/// and `occurrence` (how many identical findings came before it in the file), not from the line
/// and column, so that it stays the same when lines above it are added or removed. Used as
/// SARIF `partialFingerprints` and GitLab's `fingerprint`. FNV-1a (two 64-bit lanes), stable
/// across platforms and releases.
pub fn fingerprint(path: &str, d: &Diagnostic, occurrence: usize) -> String {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    let occurrence = occurrence.to_string();
    for part in [
        path,
        d.code.as_str(),
        d.pointer.as_str(),
        d.message.as_str(),
        occurrence.as_str(),
    ] {
        for byte in part.bytes().chain([0u8]) {
            a = (a ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
            b = (b ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
            b = b.rotate_left(5);
        }
    }
    format!("{a:016x}{b:016x}")
}

/// Counts identical findings in a file, for [`fingerprint`].
#[derive(Default)]
pub(crate) struct Occurrences(std::collections::HashMap<(String, String, String), usize>);

impl Occurrences {
    /// How many findings identical to `d` were seen before it (then counts it).
    pub(crate) fn next(&mut self, d: &Diagnostic) -> usize {
        let n = self
            .0
            .entry((d.code.clone(), d.pointer.clone(), d.message.clone()))
            .or_insert(0);
        *n += 1;
        *n - 1
    }
}

/// Counts over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Error diagnostics.
    pub errors: usize,
    /// Warning diagnostics.
    pub warnings: usize,
    /// Info diagnostics.
    pub infos: usize,
}

impl Summary {
    /// Adds one file's report to the counts.
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// Counts the diagnostics of `reports`.
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut s = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for d in reports.iter().flat_map(|r| &r.diagnostics) {
            match d.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }

    /// `3 files checked: 1 error, 2 warnings` (infos shown when there are any).
    pub fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = vec![
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
        ];
        if self.infos > 0 {
            parts.push(plural(self.infos, "info", "infos"));
        }
        format!(
            "{} checked: {}",
            plural(self.files, "file", "files"),
            parts.join(", ")
        )
    }
}
