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
    /// The finding this one follows from, as (code, pointer in the file): a consequence that
    /// is dropped whenever its cause is found (not part of the JSON contract).
    #[serde(skip)]
    pub follows: Option<(String, String)>,
}

impl crate::fix::Fixable for Diagnostic {
    fn code(&self) -> &str {
        &self.code
    }

    fn file_fix(&self) -> Option<&crate::fix::FileFix> {
        self.fix.as_ref()
    }
}

/// One mistake, one finding: drops every diagnostic whose cause (its `follows`) is among
/// `diagnostics`. Run before suppressions and severity settings apply, so a consequence also
/// goes when its cause is then suppressed or turned off.
pub fn drop_consequences(diagnostics: &mut Vec<Diagnostic>) {
    if diagnostics.iter().all(|d| d.follows.is_none()) {
        return;
    }
    let found: std::collections::HashSet<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.pointer.as_str()))
        .collect();
    let keep: Vec<bool> = diagnostics
        .iter()
        .map(|d| {
            d.follows
                .as_ref()
                .is_none_or(|(c, p)| !found.contains(&(c.as_str(), p.as_str())))
        })
        .collect();
    let mut keep = keep.into_iter();
    diagnostics.retain(|_| keep.next().unwrap_or(true));
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
#[cfg(test)]
mod tests {
    use super::*;

    fn diag(code: &str, pointer: &str, follows: Option<(&str, &str)>) -> Diagnostic {
        Diagnostic {
            code: code.to_owned(),
            name: String::new(),
            severity: Severity::Error,
            message: String::new(),
            pointer: pointer.to_owned(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            help: None,
            byte_start: 0,
            byte_end: 0,
            follows: follows.map(|(c, p)| (c.to_owned(), p.to_owned())),
            path: String::new(),
            fix: None,
        }
    }

    #[test]
    fn a_consequence_goes_when_its_cause_is_found() {
        let mut d = vec![
            diag("HPO102", "", Some(("HPO103", "/trialConcurency"))),
            diag("HPO103", "/trialConcurency", None),
            diag("HPO102", "/x", Some(("HPO103", "/elsewhere"))),
        ];
        drop_consequences(&mut d);
        let left: Vec<(&str, &str)> = d
            .iter()
            .map(|d| (d.code.as_str(), d.pointer.as_str()))
            .collect();
        // the cause is kept; a consequence whose cause is not there stays
        assert_eq!(left, [("HPO103", "/trialConcurency"), ("HPO102", "/x")]);
    }
}
