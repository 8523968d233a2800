//! Documents embedded in JSON strings (a GetHpoExperiment's `ConfigYml`, `ConfigIni`,
//! `SearchSpace`): the unescaped text, and a map from its byte offsets back to the file's, so a
//! problem inside the string is reported at its true line and column, through `\n`, `\"` and
//! `\uXXXX` escapes.

use super::Span;

/// Maps byte offsets of an unescaped string to byte offsets of the file it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetMap {
    /// `map[i]` is the file offset of the raw text that produced byte `i` of the string;
    /// `map[len]` is the offset of the closing quote.
    map: Vec<usize>,
}

impl OffsetMap {
    /// The file offset of string offset `offset` (clamped to the end).
    pub fn map_offset(&self, offset: usize) -> usize {
        let last = self.map.len().saturating_sub(1);
        self.map.get(offset.min(last)).copied().unwrap_or(0)
    }

    /// The file span of a string span.
    pub fn map_span(&self, span: Span) -> Span {
        Span::new(self.map_offset(span.start()), self.map_offset(span.end()))
    }
}

/// Unescapes the JSON string literal `raw` (with its quotes) that starts at file offset `start`.
/// Returns the string and its offset map, or `None` if `raw` is not a well-formed literal (the
/// JSON reader has already reported it then).
pub fn unescape_json_string(raw: &str, start: usize) -> Option<(String, OffsetMap)> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let base = start + 1;
    let mut out = String::with_capacity(inner.len());
    let mut map = Vec::with_capacity(inner.len() + 1);
    let mut chars = inner.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let decoded = if c == '\\' {
            let (_, e) = chars.next()?;
            match e {
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
            }
        } else {
            c
        };
        for _ in 0..decoded.len_utf8() {
            map.push(base + i);
        }
        out.push(decoded);
    }
    map.push(base + inner.len());
    Some((out, OffsetMap { map }))
}

fn read_hex4(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    let mut v = 0u32;
    for _ in 0..4 {
        let (_, h) = chars.next()?;
        v = v * 16 + h.to_digit(16)?;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_through_escapes() {
        let raw = r#""a\nb\"c\u00e9d\ud83d\ude00e""#;
        let (s, m) = unescape_json_string(raw, 10).expect("well-formed");
        assert_eq!(s, "a\nb\"céd😀e");
        assert_eq!(m.map_offset(0), 11); // a
        assert_eq!(m.map_offset(1), 12); // \n
        assert_eq!(m.map_offset(2), 14); // b
        let e = s.find('e').expect("e");
        assert_eq!(m.map_offset(e), 10 + raw.len() - 2);
        assert_eq!(m.map_offset(s.len()), 10 + raw.len() - 1);
        assert!(unescape_json_string(r#""\x""#, 0).is_none());
    }
}
