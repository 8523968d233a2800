//! `--format sarif`: a SARIF 2.1.0 log (one run), for GitHub code scanning and other viewers.
//!
//! Own serde structs rather than serde-sarif (DESIGN.md: it does not build on its own and costs
//! 16 s). Columns are Unicode code points (`columnKind`), as in every hpoconf diagnostic, and
//! `endColumn` is exclusive in both. Artifact URIs are relative to the current folder, with `/`
//! separators and percent-encoding, and carry `uriBaseId: "%SRCROOT%"`, which
//! `originalUriBaseIds` defines as the current folder; so a run from the repository root gives
//! repository-relative URIs as GitHub expects. Every result has `partialFingerprints`
//! (`hpoconf/v1`: [`super::fingerprint`], independent of the line), so code scanning follows an
//! alert across commits. [`SarifStream`] writes the log result by result; `invocations` (with the
//! tool failures) come after the results.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{Occurrences, Stream, indent};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::FileReport;
use crate::report::markdown::rule_markdown;
use crate::rules::{self, Rule};
use crate::workspace::Failure;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base id of relative artifact URIs (the folder hpoconf ran in).
pub const SRCROOT: &str = "%SRCROOT%";

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: String,
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
    partial_fingerprints: Fingerprints,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "hpoconf/v1")]
    v1: String,
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
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

impl ArtifactLocation {
    fn of(path: &str, cwd: Option<&Path>) -> ArtifactLocation {
        let uri = artifact_uri(path, cwd);
        let uri_base_id = (!uri.starts_with("file:")).then_some(SRCROOT);
        ArtifactLocation { uri, uri_base_id }
    }
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

fn descriptor(r: &Rule, docs_url: &str) -> RuleDescriptor {
    let help_uri = r.help_uri_at(docs_url);
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
            text: format!("{}. {} See {help_uri}", r.summary, r.description),
            markdown: rule_markdown(r),
        },
        help_uri,
        default_configuration: Configuration {
            level: level(r.severity),
        },
    }
}

fn result<'a>(
    d: &'a Diagnostic,
    path: &str,
    cwd: Option<&Path>,
    rules: &[&Rule],
    occurrence: usize,
) -> SarifResult<'a> {
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
                artifact_location: ArtifactLocation::of(path, cwd),
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
                artifact_location: ArtifactLocation::of(path, cwd),
                region: Some(Region {
                    start_line: d.line.max(1),
                    start_column: d.column.max(1),
                    end_line: d.end_line.max(d.line).max(1),
                    end_column: d.end_column.max(1),
                }),
            },
        }],
        partial_fingerprints: Fingerprints {
            v1: super::fingerprint(path, d, occurrence),
        },
    }
}

/// The SARIF log of a run. `failures` become tool execution notifications (and make
/// `executionSuccessful` false); `cwd` is the folder URIs are made relative to. Rules link to
/// the documentation at [`rules::default_docs_url`].
pub fn render(reports: &[FileReport], failures: &[Failure], cwd: Option<&Path>) -> String {
    let mut out = Vec::new();
    if let Ok(mut s) = SarifStream::new(&mut out, cwd, rules::default_docs_url()) {
        super::feed(&mut s, reports, failures);
    }
    out.pop(); // the stream ends with a line break, `render` never did
    String::from_utf8(out).unwrap_or_default()
}

/// The SARIF log, written result by result (then a line break).
pub struct SarifStream<'c, W: Write> {
    w: W,
    cwd: Option<&'c Path>,
    rules: Vec<&'static Rule>,
    results: usize,
}

#[derive(Serialize)]
struct BaseIds {
    #[serde(rename = "%SRCROOT%")]
    srcroot: BaseUri,
}

#[derive(Serialize)]
struct BaseUri {
    uri: String,
}

impl<'c, W: Write> SarifStream<'c, W> {
    /// Starts the log on `w`: URIs relative to `cwd`, rules' `helpUri` under `docs_url` (the URL
    /// of docs/rules.md, see [`Rule::help_uri_at`]).
    pub fn new(mut w: W, cwd: Option<&'c Path>, docs_url: &str) -> io::Result<Self> {
        let rules = rules::all();
        let tool = Tool {
            driver: Driver {
                name: "hpoconf",
                version: env!("CARGO_PKG_VERSION"),
                information_uri: rules::information_uri(docs_url),
                rules: rules.iter().map(|r| descriptor(r, docs_url)).collect(),
            },
        };
        let tool = serde_json::to_string_pretty(&tool).map_err(io::Error::other)?;
        write!(
            w,
            "{{\n  \"$schema\": \"{SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},",
            indent(&tool, "      ")
        )?;
        if let Some(dir) = cwd {
            let ids = BaseIds {
                srcroot: BaseUri {
                    uri: folder_uri(dir),
                },
            };
            let ids = serde_json::to_string_pretty(&ids).map_err(io::Error::other)?;
            write!(
                w,
                "\n      \"originalUriBaseIds\": {},",
                indent(&ids, "      ")
            )?;
        }
        w.write_all(b"\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")?;
        Ok(SarifStream {
            w,
            cwd,
            rules,
            results: 0,
        })
    }
}

impl<W: Write> Stream for SarifStream<'_, W> {
    fn file(&mut self, r: &FileReport, _text: Option<&str>) -> io::Result<()> {
        let mut seen = Occurrences::default();
        for d in &r.diagnostics {
            let res = result(d, &r.path, self.cwd, &self.rules, seen.next(d));
            let text = serde_json::to_string_pretty(&res).map_err(io::Error::other)?;
            let sep: &[u8] = if self.results == 0 {
                b"\n        "
            } else {
                b",\n        "
            };
            self.w.write_all(sep)?;
            self.w.write_all(indent(&text, "        ").as_bytes())?;
            self.results += 1;
        }
        Ok(())
    }

    fn finish(&mut self, failures: &[Failure]) -> io::Result<()> {
        let notifications = failures
            .iter()
            .map(|f| Notification {
                level: "error",
                message: Text {
                    text: f.message.clone(),
                },
                locations: vec![Location {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation::of(&f.path, self.cwd),
                        region: None,
                    },
                }],
            })
            .collect();
        let invocations = [Invocation {
            execution_successful: failures.is_empty(),
            tool_execution_notifications: notifications,
        }];
        let invocations = serde_json::to_string_pretty(&invocations).map_err(io::Error::other)?;
        let close: &[u8] = if self.results == 0 {
            b"],"
        } else {
            b"\n      ],"
        };
        self.w.write_all(close)?;
        write!(
            self.w,
            "\n      \"invocations\": {}\n    }}\n  ]\n}}\n",
            indent(&invocations, "      ")
        )?;
        self.w.flush()
    }
}

/// A `file://` URI of a folder, ending in `/` (SARIF's `originalUriBaseIds`).
fn folder_uri(dir: &Path) -> String {
    let s = dir.to_string_lossy().replace('\\', "/");
    let s = if s.starts_with('/') {
        s
    } else {
        format!("/{s}")
    };
    let s = if s.ends_with('/') { s } else { format!("{s}/") };
    format!("file://{}", encode(&s))
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
