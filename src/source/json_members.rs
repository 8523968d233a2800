//! `"key": value` members in a line of JSON-like text, found by a hand-written scanner (the
//! secret scan of lines that no tree tells about: a response's embedded documents, lines that
//! did not parse). It answers as the regex it replaced, which cost a tenth of the instructions
//! of checking a small GetHpoExperiment response to compile (issue 17):
//!
//! ```text
//! "((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^\s,}\]\[{"][^\s,}\]]*)
//! ```
//!
//! The key is a quoted string (escapes kept); the value is a string, even unclosed, or a bare
//! token that does not open an object or array. Matches do not overlap, leftmost first; a `"`
//! that does not start a member is passed over by one character, as the regex's search does.

use std::ops::Range;

/// One member: the byte ranges (in the line) of the key between its quotes, and of the value
/// (a string with its quotes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonMember {
    /// The key, without its quotes.
    pub(crate) key: Range<usize>,
    /// The value as written.
    pub(crate) value: Range<usize>,
}

/// The end (exclusive, after the closing quote) of the string whose opening quote is at
/// `open`, or, when `unclosed_ok`, the end of what a string can take when it is not closed.
fn string_end(line: &str, open: usize, unclosed_ok: bool) -> Option<usize> {
    let mut chars = line.get(open + 1..)?.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some(open + 1 + i + 1),
            // a backslash with nothing after it: the string stops before it
            '\\' if chars.next().is_none() => return unclosed_ok.then_some(open + 1 + i),
            _ => {}
        }
    }
    unclosed_ok.then_some(line.len())
}

/// The first byte at or after `at` that is not whitespace.
fn skip_space(line: &str, at: usize) -> usize {
    line.get(at..)
        .and_then(|r| r.char_indices().find(|(_, c)| !c.is_whitespace()))
        .map_or(line.len(), |(i, _)| at + i)
}

/// The member whose key opens at `open`, if one does.
fn member_at(line: &str, open: usize) -> Option<JsonMember> {
    let key_end = string_end(line, open, false)?;
    let colon = skip_space(line, key_end);
    if line.get(colon..)?.chars().next()? != ':' {
        return None;
    }
    let start = skip_space(line, colon + 1);
    let first = line.get(start..)?.chars().next()?;
    let end = if first == '"' {
        string_end(line, start, true)?
    } else {
        let stops_first = |c: char| c.is_whitespace() || ",}][{\"".contains(c);
        if stops_first(first) {
            return None;
        }
        let stops = |c: char| c.is_whitespace() || ",}]".contains(c);
        let rest = line.get(start + first.len_utf8()..)?;
        start + first.len_utf8() + rest.find(stops).unwrap_or(rest.len())
    };
    Some(JsonMember {
        key: open + 1..key_end - 1,
        value: start..end,
    })
}

/// Every member of `line`, leftmost first, not overlapping.
pub(crate) fn members(line: &str) -> Vec<JsonMember> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = line.get(at..).and_then(|r| r.find('"')).map(|i| at + i) {
        match member_at(line, open) {
            Some(m) => {
                at = m.value.end;
                out.push(m);
            }
            None => at = open + 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const REGEX: &str = r#""((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^\s,}\]\[{"][^\s,}\]]*)"#;

    fn by_regex(line: &str) -> Vec<JsonMember> {
        let re = regex::Regex::new(REGEX).unwrap();
        re.captures_iter(line)
            .filter_map(|c| {
                Some(JsonMember {
                    key: c.get(1)?.range(),
                    value: c.get(2)?.range(),
                })
            })
            .collect()
    }

    #[test]
    fn examples() {
        for line in [
            r#"{"password": "x", "user": "u"}"#,
            r#""a" "b": 1"#,
            r#""k": {"x": 1}"#,
            r#""k":"unclosed"#,
            r#""k": "ends in \"#,
            r#""k\"q": v, "n": 2]"#,
            r#""": """#,
            r#"  "secret_key" :  LTAI5t  "#,
            r#""k": ,"#,
            r#""k":"#,
            "\"é\": \"ü\"",
            r#"""""":1"#,
        ] {
            assert_eq!(members(line), by_regex(line), "{line}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn answers_as_the_regex(pieces in proptest::collection::vec(prop_oneof![
            Just("\""), Just("\\"), Just(":"), Just(" "), Just("\t"), Just(","), Just("{"),
            Just("}"), Just("["), Just("]"), Just("k"), Just("v1"), Just("é"), Just("\u{a0}"),
            Just("password"),
        ], 0..24)) {
            let line = pieces.concat();
            prop_assert_eq!(members(&line), by_regex(&line), "{:?}", line);
        }
    }
}
