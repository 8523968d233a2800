//! `--format json`: one object on stdout, as DESIGN.md's contract has it.
//!
//! [`JsonStream`] writes it file by file (the same bytes as [`render`]), so a run over many files
//! never holds the whole report.

use std::io::{self, Write};

use serde::Serialize;

use super::{Stream, Summary, indent};
use crate::diagnostic::Diagnostic;
use crate::document::FileReport;
use crate::workspace::Failure;

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
    let mut out = Vec::new();
    if let Ok(mut s) = JsonStream::new(&mut out) {
        super::feed(&mut s, reports, &[]);
    }
    out.pop(); // the stream ends with a line break, `render` never did
    String::from_utf8(out).unwrap_or_default()
}

/// The JSON report, written as it goes (then a line break).
pub struct JsonStream<W: Write> {
    w: W,
    summary: Summary,
}

impl<W: Write> JsonStream<W> {
    /// Starts the report on `w`.
    pub fn new(mut w: W) -> io::Result<JsonStream<W>> {
        w.write_all(b"{\n  \"version\": 1,\n  \"files\": [")?;
        Ok(JsonStream {
            w,
            summary: Summary::default(),
        })
    }
}

impl<W: Write> Stream for JsonStream<W> {
    fn file(&mut self, r: &FileReport, _text: Option<&str>) -> io::Result<()> {
        let file = JsonFile {
            path: &r.path,
            path_bytes: r.path_bytes.as_deref(),
            kind: r.kind.map(|k| k.id()),
            diagnostics: &r.diagnostics,
        };
        let sep: &[u8] = if self.summary.files == 0 {
            b"\n    "
        } else {
            b",\n    "
        };
        self.w.write_all(sep)?;
        // written as it is made, indented on the way (a file with 100,000 findings made its
        // JSON twice in memory before: issue 17)
        // (buffered before the indenting: the formatter writes a token at a time)
        let mut out = io::BufWriter::new(Indented(&mut self.w, b"    "));
        serde_json::to_writer_pretty(&mut out, &file).map_err(io::Error::other)?;
        out.flush()?;
        self.summary.add(r);
        Ok(())
    }

    fn finish(&mut self, _failures: &[Failure]) -> io::Result<()> {
        let close: &[u8] = if self.summary.files == 0 {
            b"],"
        } else {
            b"\n  ],"
        };
        self.w.write_all(close)?;
        let summary = serde_json::to_string_pretty(&self.summary).map_err(io::Error::other)?;
        write!(self.w, "\n  \"summary\": {}\n}}\n", indent(&summary, "  "))?;
        self.w.flush()
    }
}

/// A writer that writes `pad` after each line break: pretty JSON nested in a document (a JSON
/// string holds no raw line break, so every one is the formatter's own).
struct Indented<'p, W: Write>(W, &'p [u8]);

impl<W: Write> Write for Indented<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = memchr::memchr(b'\n', rest) {
            let (line, after) = (
                rest.get(..=at).unwrap_or(rest),
                rest.get(at + 1..).unwrap_or(&[]),
            );
            self.0.write_all(line)?;
            self.0.write_all(self.1)?;
            rest = after;
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}
