//! `--format json`: one object on stdout, as DESIGN.md's contract has it.

use serde::Serialize;

use super::Summary;
use crate::diagnostic::Diagnostic;
use crate::document::FileReport;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
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
                kind: r.kind.map(|k| k.id()),
                diagnostics: &r.diagnostics,
            })
            .collect(),
        summary: Summary::of(reports),
    };
    // Serializing these plain structs cannot fail; fall back to an empty object if it ever did.
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_owned())
}
