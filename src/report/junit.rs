//! `--format junit`: JUnit XML, as CI systems read test results (the Jenkins/Surefire
//! `junit-10.xsd` shape): one `<testsuite>` per checked file holding one `<testcase>` (the
//! file), with one `<failure>` per diagnostic (`type` = code and name, `message` = the message,
//! the text = severity, position and fix). A file without findings is a passing test case. Tool
//! failures (a path that could not be read) are a last `<testsuite name="hpoconf">` whose test
//! cases carry an `<error>`. Written file by file: each suite's counts are its own.

use std::io::{self, Write};

use super::Stream;
use crate::diagnostic::Diagnostic;
use crate::document::FileReport;
use crate::workspace::Failure;

/// Escapes text for XML content and attribute values. Characters XML 1.0 cannot hold (control
/// characters other than tab and line breaks) are written as `\u{..}`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// The JUnit XML of a run.
pub fn render(reports: &[FileReport], failures: &[Failure]) -> String {
    let mut out = Vec::new();
    if let Ok(mut s) = JunitStream::new(&mut out) {
        super::feed(&mut s, reports, failures);
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The JUnit XML report, written file by file.
pub struct JunitStream<W: Write> {
    w: W,
}

impl<W: Write> JunitStream<W> {
    /// Starts the report on `w`.
    pub fn new(mut w: W) -> io::Result<JunitStream<W>> {
        w.write_all(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"hpoconf\">\n",
        )?;
        Ok(JunitStream { w })
    }
}

fn failure_text(d: &Diagnostic) -> String {
    let mut text = format!(
        "{}[{}] at line {}, column {} ({})",
        d.severity, d.code, d.line, d.column, d.pointer
    );
    if let Some(h) = &d.help {
        text.push_str("\nhelp: ");
        text.push_str(h);
    }
    text
}

impl<W: Write> Stream for JunitStream<W> {
    fn file(&mut self, r: &FileReport, _text: Option<&str>) -> io::Result<()> {
        let path = escape(&r.path);
        let kind = r.kind.map_or("unknown", |k| k.id());
        writeln!(
            self.w,
            "  <testsuite name=\"{path}\" tests=\"1\" failures=\"{}\" errors=\"0\">",
            usize::from(!r.diagnostics.is_empty())
        )?;
        write!(
            self.w,
            "    <testcase name=\"{path}\" classname=\"hpoconf.{kind}\""
        )?;
        if r.diagnostics.is_empty() {
            self.w.write_all(b"/>\n")?;
        } else {
            self.w.write_all(b">\n")?;
            for d in &r.diagnostics {
                writeln!(
                    self.w,
                    "      <failure type=\"{} {}\" message=\"{}\">{}</failure>",
                    escape(&d.code),
                    escape(&d.name),
                    escape(&d.message),
                    escape(&failure_text(d))
                )?;
            }
            self.w.write_all(b"    </testcase>\n")?;
        }
        self.w.write_all(b"  </testsuite>\n")
    }

    fn finish(&mut self, failures: &[Failure]) -> io::Result<()> {
        if !failures.is_empty() {
            writeln!(
                self.w,
                "  <testsuite name=\"hpoconf\" tests=\"{n}\" failures=\"0\" errors=\"{n}\">",
                n = failures.len()
            )?;
            for f in failures {
                writeln!(
                    self.w,
                    "    <testcase name=\"{}\" classname=\"hpoconf.failure\">\n      <error type=\"tool-failure\" message=\"{}\"/>\n    </testcase>",
                    escape(&f.path),
                    escape(&f.message)
                )?;
            }
            self.w.write_all(b"  </testsuite>\n")?;
        }
        self.w.write_all(b"</testsuites>\n")?;
        self.w.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape("a<b>&\"'\u{1}\n"),
            "a&lt;b&gt;&amp;&quot;&apos;\\u{1}\n"
        );
    }
}
