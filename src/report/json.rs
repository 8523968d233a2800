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
    /// (buffered here, so that the formatter's many small writes are copies into the buffer
    /// and not calls through the caller's writer, often a `dyn Write`)
    w: io::BufWriter<W>,
    summary: Summary,
}

impl<W: Write> JsonStream<W> {
    /// Starts the report on `w`.
    pub fn new(w: W) -> io::Result<JsonStream<W>> {
        let mut w = io::BufWriter::new(w);
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
        // written as it is made, nested by the formatter (a file with 100,000 findings made
        // its JSON twice in memory before: issue 17), straight into the buffered output
        let mut ser = serde_json::Serializer::with_formatter(&mut self.w, Nested::new(b"    "));
        file.serialize(&mut ser).map_err(io::Error::other)?;
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

/// serde_json's pretty formatter (two spaces a level) for a value nested in a document: `pad`
/// after each of its line breaks, as if it were indented so much more.
struct Nested {
    /// Spaces.
    pad: &'static [u8],
    level: usize,
    has_value: bool,
}

impl Nested {
    fn new(pad: &'static [u8]) -> Nested {
        Nested {
            pad,
            level: 0,
            has_value: false,
        }
    }

    /// `lead` (a line break, after a comma or not), then the indentation, in one write (a
    /// write is a call through the output's `dyn Write`; the pad is spaces).
    fn line<W: ?Sized + Write>(&self, w: &mut W, lead: &[u8]) -> io::Result<()> {
        const ROOM: usize = 80;
        let mut buf = [b' '; ROOM];
        let len = lead.len() + self.pad.len() + 2 * self.level;
        match (buf.get_mut(..lead.len()), len <= ROOM) {
            (Some(head), true) => {
                head.copy_from_slice(lead);
                w.write_all(buf.get(..len).unwrap_or(lead))
            }
            _ => {
                w.write_all(lead)?;
                w.write_all(self.pad)?;
                for _ in 0..self.level {
                    w.write_all(b"  ")?;
                }
                Ok(())
            }
        }
    }

    /// The start of an array item or object member: its line, after a comma unless `first`.
    fn item<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, if first { b"\n" } else { b",\n" })
    }

    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.line(w, b"\n")?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}
