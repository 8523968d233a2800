//! Diagnostics: the findings hpoconf reports, each at an exact position.

use serde::{Deserialize, Serialize};

/// How serious a finding is (SPEC.md: error = the platform would reject it or it cannot run as
/// written; warning = it runs, but almost certainly not as meant; info = style or portability).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Style or portability.
    Info,
    /// Runs, but not as meant.
    Warning,
    /// Rejected, or cannot run as written.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding, as the JSON report contract of DESIGN.md has it.
///
/// Positions are 1-based; columns count Unicode characters; `end_line`/`end_column` are the
/// position just past the last character of the span (exclusive end).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable rule code, e.g. `HPO203`.
    pub code: String,
    /// Stable kebab-case rule name.
    pub name: String,
    /// Severity after configuration.
    pub severity: Severity,
    /// One sentence naming the value and what was expected. Never contains a secret.
    pub message: String,
    /// RFC 6901 pointer into the file's data (`""` for the whole document).
    pub pointer: String,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column (in characters) of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just past the end.
    pub end_column: usize,
    /// The fix, when there is one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub help: Option<String>,
    /// The fix, as edits of the file, when one can be applied by `hpoconf check --fix`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fix: Option<crate::fix::FileFix>,
    /// Byte offsets of the span in the file (for renderers; not part of the JSON contract).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset just past the span in the file.
    #[serde(skip)]
    pub byte_end: usize,
    /// The path of the file it is in, as reported (in the JSON report the file's `path`
    /// carries it, so it is not repeated on each diagnostic).
    #[serde(skip)]
    pub path: String,
}

/// The one-line form `path:line:column: severity[CODE] message`, as compilers print it.
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}] {}",
            self.path, self.line, self.column, self.severity, self.code, self.message
        )
    }
}

/// A diagnostic can be returned as an error by a program that stops at the first finding.
impl std::error::Error for Diagnostic {}
