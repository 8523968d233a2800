//! Byte offset -> line and column, built once per text.

use super::offset32;

/// The start offset of every line of a text; turns byte offsets into 1-based line and column
/// (the column counts Unicode characters). `\n`, `\r\n` and a lone `\r` all end a line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// (32-bit offsets: the readers refuse texts beyond 4 GiB, and a big file has many lines)
    starts: Vec<u32>,
    /// For each line, the offset of its first non-ASCII byte (the next line's start, or the
    /// text's end, when it has none): columns before it are byte counts, so a diagnostic on a
    /// long line (a document embedded in a JSON string is one line) is not a count of the
    /// characters from the line's start.
    ascii_until: Vec<u32>,
    len: usize,
}

/// Each line end of `bytes` (`\n`, `\r\n` or a lone `\r`), found with memchr: the offset where
/// it starts and the offset of the next line. Shared by the line index and the INI reader.
pub(crate) fn line_breaks(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut ends = memchr::memchr2_iter(b'\n', b'\r', bytes);
    std::iter::from_fn(move || {
        let i = ends.next()?;
        if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
            ends.next();
            return Some((i, i + 2));
        }
        Some((i, i + 1))
    })
}

/// The start of each line after the first.
fn line_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    line_breaks(bytes).map(|(_, next)| next)
}

/// The offset of the first non-ASCII byte of `bytes[from..to]`.
fn first_non_ascii(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let line = bytes.get(from..to)?;
    if line.is_ascii() {
        return None;
    }
    line.iter().position(|b| !b.is_ascii()).map(|i| from + i)
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        if text.is_ascii() {
            // (nearly every config file): no per-line record of non-ASCII bytes
            starts.extend(line_ends(bytes).map(offset32));
            super::trim_capacity(&mut starts);
            return LineIndex {
                starts,
                ascii_until: Vec::new(),
                len: text.len(),
            };
        }
        let mut ascii_until = Vec::new();
        let mut line_start = 0;
        for next in line_ends(bytes) {
            // (a line end is ASCII: searching through it finds the same byte)
            ascii_until.push(offset32(
                first_non_ascii(bytes, line_start, next).unwrap_or(next),
            ));
            starts.push(offset32(next));
            line_start = next;
        }
        ascii_until.push(offset32(
            first_non_ascii(bytes, line_start, bytes.len()).unwrap_or(bytes.len()),
        ));
        super::trim_capacity(&mut starts);
        super::trim_capacity(&mut ascii_until);
        LineIndex {
            starts,
            ascii_until,
            len: text.len(),
        }
    }

    /// The 1-based line and column of `offset` in `text` (the text this index was built from).
    /// Offsets past the end are clamped to the end.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.len);
        let line = match self.starts.binary_search(&offset32(offset)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.start(line).unwrap_or(0);
        // Up to the line's first non-ASCII byte, bytes are characters; count from there.
        let ascii_until = if self.ascii_until.is_empty() {
            self.len // an ASCII text
        } else {
            self.ascii_until
                .get(line)
                .map_or(start, |&u| u as usize)
                .clamp(start, self.len)
        };
        if offset <= ascii_until {
            return (line + 1, offset - start + 1);
        }
        let from = ascii_until;
        let column = (from - start)
            + text
                .get(from..offset)
                .map(|s| s.chars().count())
                .unwrap_or_else(|| {
                    // offset inside a multi-byte character: count the characters before it
                    text.get(from..)
                        .map(|s| {
                            s.char_indices()
                                .take_while(|(i, _)| from + i < offset)
                                .count()
                        })
                        .unwrap_or(0)
                });
        (line + 1, column + 1)
    }

    /// The byte range of 1-based `line` without its line end, if it exists.
    pub fn line_range(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = self.start(line.checked_sub(1)?)?;
        let mut end = self.start(line).unwrap_or(self.len);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        Some((start, end))
    }

    /// The start of 0-based line `line`.
    fn start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).map(|&s| s as usize)
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_with_all_line_ends() {
        let t = "ab\r\ncd\ref\nü=x";
        let idx = LineIndex::new(t);
        assert_eq!(idx.position(t, 0), (1, 1));
        assert_eq!(idx.position(t, 4), (2, 1));
        assert_eq!(idx.position(t, 7), (3, 1));
        assert_eq!(idx.position(t, 10), (4, 1));
        assert_eq!(idx.position(t, 12), (4, 2)); // after the 2-byte ü
        assert_eq!(idx.position(t, 999), (4, 4));
        assert_eq!(idx.line_range(t, 1), Some((0, 2)));
        assert_eq!(idx.line_count(), 4);
    }

    /// An ASCII text takes the short path (no per-line record) and gives the same positions.
    #[test]
    fn ascii_texts() {
        let t = "ab\r\ncd\ref\n\nxyz\r\r\n";
        let idx = LineIndex::new(t);
        assert!(idx.ascii_until.is_empty());
        assert_eq!(idx.starts, [0, 4, 7, 10, 11, 15, 17]);
        for o in 0..=t.len() {
            let line = idx.starts.iter().filter(|s| **s as usize <= o).count();
            let start = idx.start(line - 1).unwrap_or(0);
            assert_eq!(idx.position(t, o), (line, o - start + 1), "offset {o}");
        }
        assert_eq!(idx.line_range(t, 1), Some((0, 2)));
        assert_eq!(idx.line_count(), 7);
    }

    #[test]
    fn columns_after_the_first_non_ascii_character() {
        let t = "abc\nxé€z😀w\n\r\nq";
        let idx = LineIndex::new(t);
        // line 2: x(1) é(2) €(3) z(4) 😀(5) w(6)
        let line2 = 4;
        assert_eq!(idx.position(t, line2), (2, 1));
        assert_eq!(idx.position(t, line2 + 1), (2, 2)); // é
        assert_eq!(idx.position(t, line2 + 2), (2, 3)); // inside é: as the old count did
        assert_eq!(idx.position(t, line2 + 3), (2, 3)); // €
        assert_eq!(idx.position(t, line2 + 6), (2, 4)); // z
        assert_eq!(idx.position(t, line2 + 7), (2, 5)); // 😀
        assert_eq!(idx.position(t, line2 + 11), (2, 6)); // w
        assert_eq!(idx.position(t, line2 + 12), (2, 7)); // the line end
        assert_eq!(idx.position(t, t.len() - 1), (4, 1));
        assert_eq!(idx.position(t, t.len()), (4, 2));
        // every offset agrees with a count from the line start
        for (o, _) in t.char_indices() {
            if t[..o].ends_with('\r') && t[o..].starts_with('\n') {
                continue; // inside a CRLF line end
            }
            let (line, column) = idx.position(t, o);
            let start = t[..o].rfind(['\n', '\r']).map_or(0, |i| i + 1);
            assert_eq!(column, t[start..o].chars().count() + 1, "offset {o}");
            assert_eq!(
                line,
                idx.starts.iter().filter(|s| **s as usize <= o).count()
            );
        }
    }
}
