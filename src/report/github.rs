//! `--format github`: GitHub Actions workflow commands (`::error file=...::message`), which
//! GitHub shows as annotations on the pull request's changed lines.
//!
//! `warning` -> `::warning`, `info` -> `::notice`. GitHub takes `col`/`endColumn` only for a span
//! on one line; `endColumn` is given inclusive (the last character), as GitHub's check-run
//! annotations count it, where hpoconf's own `end_column` is exclusive.

use std::io::{self, Write};

use super::{Stream, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::FileReport;
use crate::workspace::Failure;

/// Escapes the data (message) of a workflow command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

fn annotation(path: &str, d: &Diagnostic) -> String {
    let mut props = format!(
        "file={},line={},endLine={}",
        escape_property(path),
        d.line,
        d.end_line.max(d.line)
    );
    if d.end_line == d.line {
        let end = d.end_column.saturating_sub(1).max(d.column);
        props.push_str(&format!(",col={},endColumn={end}", d.column));
    } else {
        props.push_str(&format!(",col={}", d.column));
    }
    props.push_str(&format!(
        ",title={}",
        escape_property(&format!("{} {}", d.code, d.name))
    ));
    let message = match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    };
    format!(
        "::{} {props}::{}",
        command(d.severity),
        escape_data(&message)
    )
}

/// One workflow command per diagnostic, then the summary line (plain text).
pub fn render(reports: &[FileReport]) -> String {
    let mut out = Vec::new();
    super::feed(&mut GithubStream::new(&mut out, true), reports, &[]);
    String::from_utf8(out).unwrap_or_default()
}

/// The workflow commands, written as they go.
pub struct GithubStream<W: Write> {
    w: W,
    summary: Summary,
    summary_line: bool,
}

impl<W: Write> GithubStream<W> {
    /// Writes on `w`; `summary_line`: end with the summary line.
    pub fn new(w: W, summary_line: bool) -> GithubStream<W> {
        GithubStream {
            w,
            summary: Summary::default(),
            summary_line,
        }
    }
}

impl<W: Write> Stream for GithubStream<W> {
    fn file(&mut self, r: &FileReport, _text: Option<&str>) -> io::Result<()> {
        for d in &r.diagnostics {
            self.w.write_all(annotation(&r.path, d).as_bytes())?;
            self.w.write_all(b"\n")?;
        }
        self.summary.add(r);
        Ok(())
    }

    fn finish(&mut self, _failures: &[Failure]) -> io::Result<()> {
        if self.summary_line {
            writeln!(self.w, "{}", self.summary.line())?;
        }
        self.w.flush()
    }
}

/// A tool failure as a workflow command (`::error file=PATH::message`).
pub fn failure(f: &Failure) -> String {
    format!(
        "::error file={},title=hpoconf::{}",
        escape_property(&f.path),
        escape_data(&f.message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50%\r\nx: y, z"), "50%25%0D%0Ax: y, z");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
