//! The one map from byte offsets of a string value, as read, back to byte offsets of the text
//! it was read from: through a JSON string's escapes (`\n`, `\"`, `\uXXXX`) and through an INI
//! value's continuation lines (indentation removed, comment lines skipped, lines joined by
//! `\n`). Embedded documents (a response's `ConfigIni`), findings inside a value (a
//! `metric_dict` entry, a command name in a metric source) and placeholders are all located
//! through it.

use super::{Span, offset32};

/// Maps byte offsets of a string (as read) to byte offsets of the text it was read from.
///
/// Stored as runs: a run copied from the text maps offset by offset; a run that an escape (or
/// the `\n` joining two INI lines) produced maps every offset to where that escape is written.
/// The map is monotone: a later offset of the string never maps before an earlier one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetMap {
    /// Sorted by `at`; the first one at 0 unless the string is empty.
    runs: Vec<Run>,
    /// The string's length.
    len: usize,
    /// The text offset of string offset `len` (for a JSON string, its closing quote).
    end: usize,
}

/// 32-bit offsets (the readers refuse texts beyond 4 GiB): a string with a `\n` on every
/// line has two runs a line, and a big response's `ConfigYml` has many lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// Its first byte in the string.
    at: u32,
    /// The text offset of that byte.
    text: u32,
    /// Copied from the text (each byte maps to its own), or written as one escape.
    copied: bool,
}

impl OffsetMap {
    /// The map of a string written as it is read, at text offset `start`.
    pub(crate) fn identity(start: usize, len: usize) -> OffsetMap {
        OffsetMap {
            runs: vec![Run {
                at: 0,
                text: offset32(start),
                copied: true,
            }],
            len,
            end: start + len,
        }
    }

    fn new() -> OffsetMap {
        OffsetMap {
            runs: Vec::new(),
            len: 0,
            end: 0,
        }
    }

    /// String byte `at` and those after it (up to the next run) are copied from text offset
    /// `text` on.
    fn copied(&mut self, at: usize, text: usize) {
        let (at, text) = (offset32(at), offset32(text));
        if let Some(last) = self.runs.last()
            && last.copied
            && u64::from(last.text) + u64::from(at.saturating_sub(last.at)) == u64::from(text)
        {
            return;
        }
        self.runs.push(Run {
            at,
            text,
            copied: true,
        });
    }

    /// String bytes from `at` (up to the next run) were written as one escape at `text`.
    fn escape(&mut self, at: usize, text: usize) {
        self.runs.push(Run {
            at: offset32(at),
            text: offset32(text),
            copied: false,
        });
    }

    /// The text offset of string offset `offset` (clamped to the end).
    pub fn map_offset(&self, offset: usize) -> usize {
        if offset >= self.len {
            return self.end;
        }
        let i = self.runs.partition_point(|r| r.at as usize <= offset);
        match i.checked_sub(1).and_then(|i| self.runs.get(i)) {
            Some(r) if r.copied => r.text as usize + (offset - r.at as usize),
            Some(r) => r.text as usize,
            None => self.end,
        }
    }

    /// The string's length (offsets past it map to its end).
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The text span of a string span.
    pub fn map_span(&self, span: Span) -> Span {
        Span::new(self.map_offset(span.start()), self.map_offset(span.end()))
    }
}

/// Unescapes the JSON string literal `raw` (with its quotes) that starts at text offset
/// `start`. Returns the string and its offset map, or `None` if `raw` is not a well-formed
/// literal (the JSON reader has already reported it then).
pub(crate) fn json_string(raw: &str, start: usize) -> Option<(String, OffsetMap)> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let base = start + 1;
    let mut out = String::with_capacity(inner.len());
    let mut map = OffsetMap::new();
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < inner.len() {
        if bytes.get(i) != Some(&b'\\') {
            // a run without escapes, copied whole (a response's `ConfigYml` is megabytes)
            let end =
                memchr::memchr(b'\\', bytes.get(i..).unwrap_or(&[])).map_or(inner.len(), |j| i + j);
            map.copied(out.len(), base + i);
            out.push_str(inner.get(i..end)?);
            i = end;
            continue;
        }
        // an escape, read from its backslash
        let mut chars = inner.get(i..)?.char_indices().peekable();
        chars.next();
        let (_, e) = chars.next()?;
        let decoded = match e {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let hi = read_hex4(&mut chars)?;
                if (0xD800..0xDC00).contains(&hi) {
                    // a surrogate pair: \uD83D\uDE00
                    let (_, b) = chars.next()?;
                    let (_, u) = chars.next()?;
                    if b != '\\' || u != 'u' {
                        return None;
                    }
                    let lo = read_hex4(&mut chars)?;
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo.checked_sub(0xDC00)?);
                    char::from_u32(code)?
                } else {
                    char::from_u32(hi).unwrap_or('\u{FFFD}')
                }
            }
            _ => return None,
        };
        map.escape(out.len(), base + i);
        out.push(decoded);
        // past what the escape took
        i += chars.peek().map_or(inner.len() - i, |(j, _)| *j);
    }
    map.len = out.len();
    map.end = base + inner.len();
    super::trim_capacity(&mut map.runs);
    Some((out, map))
}

fn read_hex4(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    let mut v = 0u32;
    for _ in 0..4 {
        let (_, h) = chars.next()?;
        v = v * 16 + h.to_digit(16)?;
    }
    Some(v)
}

/// The map of an INI value `value` that the INI reader ([`super::ini`]) read from `span` of
/// `text` (its first to its last character): the continuation lines in the span, less their
/// indentation, comment lines skipped, joined by `\n` (which maps to the end of the line it
/// ends). `None` when `value` is not what the span holds (it was not read from there).
pub(crate) fn ini_value(text: &str, span: Span, value: &str) -> Option<OffsetMap> {
    let raw = text.get(span.range())?;
    if raw == value {
        return Some(OffsetMap::identity(span.start(), value.len()));
    }
    // The pieces of the value: (text offset, content) per line, as the reader joins them.
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut start = 0;
    let mut breaks = super::lines::line_breaks(raw.as_bytes());
    let mut first = true;
    while start <= raw.len() {
        let (end, next) = match breaks.next() {
            Some(b) => b,
            None => (raw.len(), raw.len() + 1),
        };
        let line = raw.get(start..end)?;
        let content = if first {
            line.trim_end_matches(super::ini::py_space)
        } else {
            line.trim_matches(super::ini::py_space)
        };
        let indent = if first {
            0
        } else {
            line.len() - line.trim_start_matches(super::ini::py_space).len()
        };
        let at = span.start() + start + indent;
        first = false;
        if content.is_empty() {
            pieces.push((span.start() + start, ""));
        } else if !content.starts_with(['#', ';']) {
            pieces.push((at, content));
        }
        start = next;
    }
    // A value may start with empty lines (`key =` and the value on the next lines): they lie
    // before the span; map them to its start.
    let joined_len =
        pieces.iter().map(|(_, c)| c.len()).sum::<usize>() + pieces.len().saturating_sub(1);
    let lead = value.len().checked_sub(joined_len)?;
    if value.get(..lead)?.bytes().any(|b| b != b'\n') {
        return None;
    }
    let mut map = OffsetMap::new();
    let mut at = 0;
    for _ in 0..lead {
        map.escape(at, span.start());
        at += 1;
    }
    for (i, (offset, content)) in pieces.iter().enumerate() {
        if value.get(at..at + content.len())? != *content {
            return None;
        }
        if !content.is_empty() {
            map.copied(at, *offset);
        }
        at += content.len();
        if i + 1 < pieces.len() {
            if value.as_bytes().get(at) != Some(&b'\n') {
                return None;
            }
            map.escape(at, offset + content.len());
            at += 1;
        }
    }
    map.len = value.len();
    map.end = span.end();
    super::trim_capacity(&mut map.runs);
    Some(map)
}

/// The map of the string value `value` of a tree node spanning `span` of `text`: a JSON
/// string literal through its escapes, else an INI value through its lines (a value written as
/// read maps one to one). `None` when `value` is not what the span holds.
pub(crate) fn string_value(text: &str, span: Span, value: &str) -> Option<OffsetMap> {
    let raw = text.get(span.range())?;
    if raw == value {
        return Some(OffsetMap::identity(span.start(), value.len()));
    }
    if raw.len() >= 2
        && raw.starts_with('"')
        && raw.ends_with('"')
        && let Some((read, map)) = json_string(raw, span.start())
        && read == value
    {
        return Some(map);
    }
    ini_value(text, span, value)
}

#[cfg(test)]
#[path = "offsets_tests.rs"]
mod tests;
