//! A reader of the committed validation schemas' compact JSON into [`Value`], in one pass over
//! the bytes: strings without an escape are borrowed, every object and array is allocated once at
//! its exact size. `serde_json` through serde's visitor cost about 33 instructions a byte here;
//! the schemas are read at every start. Any text it does not take (it takes all of RFC 8259 but
//! nesting deeper than [`MAX_DEPTH`]) gives `None`, and the caller reads it with `serde_json`.

use std::borrow::Cow;

use super::{Map, Str, Value};

/// Deepest nesting read (the committed schemas nest about 12 deep).
const MAX_DEPTH: usize = 128;

/// Reads `text` whole, or `None`.
pub(super) fn read(text: &'static str) -> Option<Value> {
    let mut r = Reader {
        text,
        at: 0,
        members: Vec::new(),
        items: Vec::new(),
    };
    let value = r.value(0)?;
    r.skip_space();
    (r.at == text.len()).then_some(value)
}

struct Reader {
    text: &'static str,
    at: usize,
    /// Members of the objects being read (each takes its own off the top when it ends).
    members: Vec<(Str, Value)>,
    /// Items of the arrays being read.
    items: Vec<Value>,
}

impl Reader {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.skip_space();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn literal(&mut self, word: &str, value: Value) -> Option<Value> {
        let rest = self.text.get(self.at..)?;
        rest.starts_with(word).then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.skip_space();
        match self.peek()? {
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'[' if depth < MAX_DEPTH => self.array(depth + 1),
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let start = self.members.len();
        self.skip_space();
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(Value::Object(Map(Vec::new())));
        }
        loop {
            self.skip_space();
            let key = self.string()?;
            self.eat(b':')?;
            let value = self.value(depth)?;
            self.members.push((key, value));
            self.skip_space();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    break;
                }
                _ => return None,
            }
        }
        Some(Value::Object(Map(self.members.drain(start..).collect())))
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.at += 1;
        let start = self.items.len();
        self.skip_space();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(Value::Array(Vec::new()));
        }
        loop {
            let item = self.value(depth)?;
            self.items.push(item);
            self.skip_space();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    break;
                }
                _ => return None,
            }
        }
        Some(Value::Array(self.items.drain(start..).collect()))
    }

    /// A string at `"`: borrowed when it has no escape.
    fn string(&mut self) -> Option<Str> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.at + 1;
        let bytes = self.text.as_bytes();
        let mut i = start;
        loop {
            match *bytes.get(i)? {
                b'"' => {
                    self.at = i + 1;
                    return self.text.get(start..i).map(|s| Str(Cow::Borrowed(s)));
                }
                b'\\' => break,
                c if c < 0x20 => return None,
                _ => i += 1,
            }
        }
        // an escape: decode from the start
        let mut out = String::with_capacity(i - start + 8);
        out.push_str(self.text.get(start..i)?);
        loop {
            match *bytes.get(i)? {
                b'"' => {
                    self.at = i + 1;
                    return Some(Str(Cow::Owned(out)));
                }
                b'\\' => {
                    let (c, used) = self.escape(i + 1)?;
                    out.push(c);
                    i += 1 + used;
                }
                c if c < 0x20 => return None,
                _ => {
                    // copy up to the next quote or backslash (whole UTF-8 sequences)
                    let run = bytes
                        .get(i..)?
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
                    out.push_str(self.text.get(i..i + run)?);
                    i += run;
                }
            }
        }
    }

    /// The character of the escape after a backslash at `at`, and the bytes it used.
    fn escape(&self, at: usize) -> Option<(char, usize)> {
        let bytes = self.text.as_bytes();
        Some(match *bytes.get(at)? {
            b'"' => ('"', 1),
            b'\\' => ('\\', 1),
            b'/' => ('/', 1),
            b'b' => ('\u{8}', 1),
            b'f' => ('\u{c}', 1),
            b'n' => ('\n', 1),
            b'r' => ('\r', 1),
            b't' => ('\t', 1),
            b'u' => {
                let high = self.hex4(at + 1)?;
                if (0xD800..0xDC00).contains(&high) {
                    if bytes.get(at + 5..at + 7)? != b"\\u" {
                        return None;
                    }
                    let low = self.hex4(at + 7)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    (char::from_u32(c)?, 11)
                } else {
                    (char::from_u32(high)?, 5)
                }
            }
            _ => return None,
        })
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.text.get(at..at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        let bytes = self.text.as_bytes();
        let mut end = start;
        while matches!(
            bytes.get(end),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            end += 1;
        }
        let digits = self.text.get(start..end)?;
        self.at = end;
        // the grammar and the value exactly as serde_json reads them
        serde_json::from_str::<serde_json::Number>(digits)
            .ok()
            .map(Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::schema::compiled::Value;
    use proptest::prelude::*;

    fn leak(text: String) -> &'static str {
        Box::leak(text.into_boxed_str())
    }

    fn json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<i64>().prop_map(|n| serde_json::Value::Number(n.into())),
            any::<u64>().prop_map(|n| serde_json::Value::Number(n.into())),
            any::<f64>()
                .prop_filter_map("finite", serde_json::Number::from_f64)
                .prop_map(serde_json::Value::Number),
            any::<String>().prop_map(serde_json::Value::String),
            "[\"\\\\/a-z\\u{0}-\\u{1f}\\u{e9}\\u{1f600}]{0,8}".prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// The reader gives what serde_json gives, compact or pretty, and takes no text that
        /// serde_json refuses (it leaves that to serde_json).
        #[test]
        fn reads_what_serde_json_reads(value in json(), pretty in any::<bool>()) {
            let text = if pretty {
                serde_json::to_string_pretty(&value)
            } else {
                serde_json::to_string(&value)
            };
            let text = leak(text.unwrap_or_default());
            prop_assert_eq!(read(text), Some(Value::from_json(&value)));
        }

        #[test]
        fn takes_no_text_serde_json_refuses(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,24}") {
            let text = leak(text);
            if let Some(v) = read(text) {
                let parsed = serde_json::from_str::<serde_json::Value>(text);
                prop_assert!(parsed.is_ok(), "{text:?}");
                prop_assert_eq!(v, Value::from_json(&parsed.unwrap_or_default()));
            }
        }
    }

    #[test]
    fn deep_nesting_is_left_to_serde_json() {
        let text = leak(format!("{}{}", "[".repeat(200), "]".repeat(200)));
        assert_eq!(read(text), None);
    }
}
