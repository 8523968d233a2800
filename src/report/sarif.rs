//! `--format sarif`: a SARIF 2.1.0 log (one run), for GitHub code scanning and other viewers.
//!
//! Own serde structs rather than serde-sarif (DESIGN.md: it does not build on its own and costs
//! 16 s). Columns are Unicode code points (`columnKind`), as in every hpoconf diagnostic, and
//! `endColumn` is exclusive in both. Artifact URIs are relative to the current folder, with `/`
//! separators and percent-encoding, so a run from the repository root gives repository-relative
//! URIs as GitHub expects.

use std::path::Path;

use serde::Serialize;

use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, Severity};
use crate::report::markdown::rule_markdown;
use crate::rules::{self, Rule};
use crate::workspace::Failure;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/hpoconf/hpoconf";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: [Invocation; 1],
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    help_uri: String,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
}

/// A fix (SARIF §3.55): its description and the changes of its one artifact.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: InsertedContent,
}

#[derive(Serialize)]
struct InsertedContent {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

/// The SARIF level of a severity (`info` is SARIF's `note`).
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn descriptor(r: &Rule) -> RuleDescriptor {
    RuleDescriptor {
        id: r.code,
        name: r.name,
        short_description: Text {
            text: r.summary.to_owned(),
        },
        full_description: Text {
            text: r.description.to_owned(),
        },
        help: Help {
            text: format!("{}. {} See {}", r.summary, r.description, r.help_uri()),
            markdown: rule_markdown(r),
        },
        help_uri: r.help_uri(),
        default_configuration: Configuration {
            level: level(r.severity),
        },
    }
}

fn result<'a>(d: &'a Diagnostic, uri: &str, rules: &[&Rule]) -> SarifResult<'a> {
    let text = match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    };
    let fixes = d
        .fix
        .iter()
        .map(|f| SarifFix {
            description: Text {
                text: format!("{} ({})", f.message, f.applicability),
            },
            artifact_changes: [ArtifactChange {
                artifact_location: ArtifactLocation {
                    uri: uri.to_owned(),
                },
                replacements: f
                    .edits
                    .iter()
                    .map(|e| Replacement {
                        deleted_region: Region {
                            start_line: e.line.max(1),
                            start_column: e.column.max(1),
                            end_line: e.end_line.max(e.line).max(1),
                            end_column: e.end_column.max(1),
                        },
                        inserted_content: InsertedContent {
                            text: e.content.clone(),
                        },
                    })
                    .collect(),
            }],
        })
        .collect();
    SarifResult {
        fixes,
        rule_id: &d.code,
        rule_index: rules.iter().position(|r| r.code == d.code),
        level: level(d.severity),
        message: Text { text },
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: uri.to_owned(),
                },
                region: Some(Region {
                    start_line: d.line.max(1),
                    start_column: d.column.max(1),
                    end_line: d.end_line.max(d.line).max(1),
                    end_column: d.end_column.max(1),
                }),
            },
        }],
    }
}

/// The SARIF log of a run. `failures` become tool execution notifications (and make
/// `executionSuccessful` false); `cwd` is the folder URIs are made relative to.
pub fn render(reports: &[FileReport], failures: &[Failure], cwd: Option<&Path>) -> String {
    let rules = rules::all();
    let mut results = Vec::new();
    for r in reports {
        let uri = artifact_uri(&r.path, cwd);
        results.extend(r.diagnostics.iter().map(|d| result(d, &uri, &rules)));
    }
    let notifications = failures
        .iter()
        .map(|f| Notification {
            level: "error",
            message: Text {
                text: f.message.clone(),
            },
            locations: vec![Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: artifact_uri(&f.path, cwd),
                    },
                    region: None,
                },
            }],
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "hpoconf",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: INFORMATION_URI,
                    rules: rules.iter().map(|r| descriptor(r)).collect(),
                },
            },
            invocations: [Invocation {
                execution_successful: failures.is_empty(),
                tool_execution_notifications: notifications,
            }],
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    // Serializing these plain structs cannot fail; fall back to an empty object if it ever did.
    serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".to_owned())
}

/// The URI of a reported path: relative to `cwd` when it is under it (or already relative),
/// `/`-separated and percent-encoded; a `file://` URI for other absolute paths.
pub fn artifact_uri(path: &str, cwd: Option<&Path>) -> String {
    let p = Path::new(path);
    if p.is_absolute() {
        if let Some(rel) = cwd.and_then(|c| p.strip_prefix(c).ok()) {
            return encode(&rel.to_string_lossy().replace('\\', "/"));
        }
        let s = path.replace('\\', "/");
        let s = if s.starts_with('/') {
            s
        } else {
            format!("/{s}")
        };
        return format!("file://{}", encode(&s));
    }
    let s = path.replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    encode(s)
}

/// Percent-encodes everything but RFC 3986 unreserved characters and `/`.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(artifact_uri("./a b/ü.json", None), "a%20b/%C3%BC.json");
        assert_eq!(artifact_uri("x:y/#1.yml", None), "x%3Ay/%231.yml");
        assert_eq!(
            artifact_uri("/repo/exp/exp.yml", Some(Path::new("/repo"))),
            "exp/exp.yml"
        );
        assert_eq!(
            artifact_uri("/other/exp.yml", Some(Path::new("/repo"))),
            "file:///other/exp.yml"
        );
        assert_eq!(artifact_uri("../up.json", None), "../up.json");
    }
}
