//! `--format json`: one object on stdout, as DESIGN.md's contract has it.

use serde::Serialize;

use super::Summary;
use crate::check::FileReport;
use crate::diagnostic::Diagnostic;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    /// The path's bytes when it is not valid UTF-8 (`path` is then lossy): additive to the
    /// version 1 contract.
    #[serde(skip_serializing_if = "Option::is_none")]
    path_bytes: Option<&'a [u8]>,
    kind: Option<&'static str>,
    diagnostics: &'a [Diagnostic],
}

/// The JSON report of a run (version 1), pretty-printed.
pub fn render(reports: &[FileReport]) -> String {
    let report = JsonReport {
        version: 1,
        files: reports
            .iter()
            .map(|r| JsonFile {
                path: &r.path,
                path_bytes: r.path_bytes.as_deref(),
                kind: r.kind.map(|k| k.id()),
                diagnostics: &r.diagnostics,
            })
            .collect(),
        summary: Summary::of(reports),
    };
    // Serializing these plain structs cannot fail; fall back to an empty object if it ever did.
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_owned())
}
