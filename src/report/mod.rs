//! Renderers: one per output format. The JSON, SARIF and GitHub reports are part of the library
//! (a program can produce exactly what `hpoconf check` prints); the human one needs the `cli`
//! feature (annotate-snippets).

pub mod github;
#[cfg(feature = "cli")]
pub mod human;
pub mod json;
pub mod markdown;
pub mod sarif;

use crate::diagnostic::Severity;
use crate::document::FileReport;

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
