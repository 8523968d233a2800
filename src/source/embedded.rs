//! Documents embedded in JSON strings (a GetHpoExperiment's `ConfigYml`, `ConfigIni`,
//! `SearchSpace`): the unescaped text, and a map from its byte offsets back to the file's, so a
//! problem inside the string is reported at its true line and column, through `\n`, `\"` and
//! `\uXXXX` escapes.

pub use super::offsets::OffsetMap;

/// Unescapes the JSON string literal `raw` (with its quotes) that starts at file offset `start`.
/// Returns the string and its offset map, or `None` if `raw` is not a well-formed literal (the
/// JSON reader has already reported it then).
pub fn unescape_json_string(raw: &str, start: usize) -> Option<(String, OffsetMap)> {
    super::offsets::json_string(raw, start)
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
