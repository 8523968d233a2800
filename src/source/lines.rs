//! Byte offset -> line and column, built once per text.

/// The start offset of every line of a text; turns byte offsets into 1-based line and column
/// (the column counts Unicode characters). `\n`, `\r\n` and a lone `\r` all end a line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes.get(i) {
                Some(b'\n') => starts.push(i + 1),
                Some(b'\r') => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// The 1-based line and column of `offset` in `text` (the text this index was built from).
    /// Offsets past the end are clamped to the end.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.len);
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or_else(|| {
                // offset inside a multi-byte character: count the characters before it
                text.get(start..)
                    .map(|s| {
                        s.char_indices()
                            .take_while(|(i, _)| start + i < offset)
                            .count()
                    })
                    .unwrap_or(0)
            });
        (line + 1, column + 1)
    }

    /// The byte range of 1-based `line` without its line end, if it exists.
    pub fn line_range(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let mut end = self.starts.get(line).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        while end > start && matches!(bytes.get(end - 1), Some(b'\n' | b'\r')) {
            end -= 1;
        }
        Some((start, end))
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
}
