//! Positions and URIs: LSP positions (line, UTF-16 code unit) to byte offsets and back,
//! incremental edits, and `file://` URIs to paths.

use lsp_types::{Position, Range};

/// The byte offset of every line start of a text (`\n`, `\r\n` and a lone `\r` end a line,
/// as LSP has it).
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// Indexes `text`.
    pub fn new(text: &str) -> Lines {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(b) = bytes.get(i) {
            match b {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        Lines { starts }
    }

    /// The byte offset of an LSP position; a position past a line's end is its end, a line past
    /// the text's end is the text's end.
    pub fn offset(&self, text: &str, pos: Position) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return text.len();
        };
        let end = self.line_end(text, pos.line as usize);
        let line = text.get(start..end).unwrap_or("");
        let mut units = 0u32;
        for (i, c) in line.char_indices() {
            if units >= pos.character {
                return start + i;
            }
            units += c.len_utf16() as u32;
        }
        end
    }

    /// The end of line `n`'s content (before its line break).
    fn line_end(&self, text: &str, n: usize) -> usize {
        let next = self.starts.get(n + 1).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        let mut end = next;
        if end > 0 && end <= bytes.len() && n + 1 < self.starts.len() {
            if bytes.get(end - 1) == Some(&b'\n') {
                end -= 1;
            }
            if end > 0 && bytes.get(end - 1) == Some(&b'\r') {
                end -= 1;
            }
        }
        end.max(self.starts.get(n).copied().unwrap_or(0))
    }

    /// The LSP position of a byte offset (clamped to the text, moved back to a character
    /// boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let end = self.line_end(text, line).max(start);
        let upto = offset.min(end);
        let character: usize = text
            .get(start..upto)
            .unwrap_or("")
            .chars()
            .map(char::len_utf16)
            .sum();
        Position::new(line as u32, character as u32)
    }

    /// The LSP range of a byte range.
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(
            self.position(text, start),
            self.position(text, end.max(start)),
        )
    }

    /// The byte range of line `n` (without its line break), if there is such a line.
    pub fn line(&self, text: &str, n: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(n)?;
        Some((start, self.line_end(text, n)))
    }

    /// The 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }
}

/// Applies one `didChange` content change: a range replaced, or the whole text.
pub fn apply_change(text: &mut String, range: Option<Range>, new: &str) {
    let Some(range) = range else {
        new.clone_into(text);
        return;
    };
    let lines = Lines::new(text);
    let start = lines.offset(text, range.start);
    let end = lines.offset(text, range.end).max(start);
    text.replace_range(start..end, new);
}

/// The filesystem path of a `file://` URI (percent-decoded), if it is one.
pub fn uri_to_path(uri: &str) -> Option<String> {
    let rest = uri.strip_prefix("file://")?;
    // `file:///x` (no authority) or `file://host/x`: the path starts at the first `/`.
    let path = rest.get(rest.find('/')?..)?;
    let decoded = percent_decode(path)?;
    // `file:///C:/x` on Windows: drop the slash before the drive letter.
    if let [b'/', drive, b':', ..] = decoded.as_bytes()
        && drive.is_ascii_alphabetic()
    {
        return decoded.get(1..).map(str::to_owned);
    }
    Some(decoded)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The `file://` URI of an absolute path (reserved characters percent-encoded).
pub fn path_to_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::from("file://");
    if !path.starts_with('/') {
        out.push('/');
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            out.push(b as char);
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
    fn offsets_and_positions_round_trip() {
        let text = "ab\r\nc€d\n\nz";
        let lines = Lines::new(text);
        for offset in [0, 1, 2, 4, 5, 8, 9, 10, 11] {
            let p = lines.position(text, offset);
            assert_eq!(lines.offset(text, p), offset, "{offset} {p:?}");
        }
        assert_eq!(lines.position(text, 8), Position::new(1, 2));
        assert_eq!(lines.offset(text, Position::new(0, 99)), 2);
        assert_eq!(lines.offset(text, Position::new(99, 0)), text.len());
    }

    #[test]
    fn changes_apply() {
        let mut t = "hello\nworld\n".to_owned();
        apply_change(
            &mut t,
            Some(Range::new(Position::new(1, 0), Position::new(1, 5))),
            "there",
        );
        assert_eq!(t, "hello\nthere\n");
        apply_change(&mut t, None, "x");
        assert_eq!(t, "x");
    }

    #[test]
    fn uris() {
        assert_eq!(
            uri_to_path("file:///tmp/a%20b/exp.yml").as_deref(),
            Some("/tmp/a b/exp.yml")
        );
        assert_eq!(
            uri_to_path("file:///C:/x/exp.yml").as_deref(),
            Some("C:/x/exp.yml")
        );
        assert_eq!(uri_to_path("untitled:1"), None);
        assert_eq!(path_to_uri("/tmp/a b/exp.yml"), "file:///tmp/a%20b/exp.yml");
    }
}
