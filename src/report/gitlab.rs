//! `--format gitlab`: a GitLab Code Quality report (the subset of the Code Climate issue format
//! that GitLab reads, docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): a JSON
//! array with one object per diagnostic, `description`, `check_name` (the code), a stable
//! `fingerprint` ([`super::fingerprint`]: the same finding keeps it when lines move, two findings
//! never share it), `severity` (`error` -> `major`, `warning` -> `minor`, `info` -> `info`) and
//! `location.path` (relative, `/`-separated) with `location.lines.begin` (and `end`).

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{Occurrences, Stream, indent};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::FileReport;
use crate::workspace::Failure;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
}

/// GitLab's severity of a diagnostic's.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// A reported path as GitLab wants it: relative to `cwd` when under it, `/`-separated, without
/// a leading `./`.
pub fn relative_path(path: &str, cwd: Option<&Path>) -> String {
    let p = Path::new(path);
    let shown = match cwd.and_then(|c| p.strip_prefix(c).ok()) {
        Some(rel) if p.is_absolute() => rel.to_string_lossy().into_owned(),
        _ => path.to_owned(),
    };
    let shown = shown.replace('\\', "/");
    let mut s = shown.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_owned()
}

fn issue<'a>(path: &str, d: &'a Diagnostic, occurrence: usize, cwd: Option<&Path>) -> Issue<'a> {
    let mut description = format!("{} ({})", d.message, d.name);
    if let Some(h) = &d.help {
        description.push_str("; help: ");
        description.push_str(h);
    }
    Issue {
        description,
        check_name: &d.code,
        fingerprint: super::fingerprint(path, d, occurrence),
        severity: severity(d.severity),
        location: Location {
            path: relative_path(path, cwd),
            lines: Lines {
                begin: d.line.max(1),
                end: (d.end_line > d.line).then_some(d.end_line),
            },
        },
    }
}

/// The Code Quality report of a run, pretty-printed (then a line break).
pub fn render(reports: &[FileReport], cwd: Option<&Path>) -> String {
    let mut out = Vec::new();
    if let Ok(mut s) = GitlabStream::new(&mut out, cwd) {
        super::feed(&mut s, reports, &[]);
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The Code Quality report, written issue by issue.
pub struct GitlabStream<'c, W: Write> {
    w: W,
    cwd: Option<&'c Path>,
    issues: usize,
}

impl<'c, W: Write> GitlabStream<'c, W> {
    /// Starts the report on `w`; paths relative to `cwd`.
    pub fn new(mut w: W, cwd: Option<&'c Path>) -> io::Result<Self> {
        w.write_all(b"[")?;
        Ok(GitlabStream { w, cwd, issues: 0 })
    }
}

impl<W: Write> Stream for GitlabStream<'_, W> {
    fn file(&mut self, r: &FileReport, _text: Option<&str>) -> io::Result<()> {
        let mut seen = Occurrences::default();
        for d in &r.diagnostics {
            let i = issue(&r.path, d, seen.next(d), self.cwd);
            let text = serde_json::to_string_pretty(&i).map_err(io::Error::other)?;
            let sep: &[u8] = if self.issues == 0 { b"\n  " } else { b",\n  " };
            self.w.write_all(sep)?;
            self.w.write_all(indent(&text, "  ").as_bytes())?;
            self.issues += 1;
        }
        Ok(())
    }

    fn finish(&mut self, _failures: &[Failure]) -> io::Result<()> {
        let close: &[u8] = if self.issues == 0 { b"]\n" } else { b"\n]\n" };
        self.w.write_all(close)?;
        self.w.flush()
    }
}
