use super::*;
use proptest::prelude::*;

/// The per-byte map this module replaced (`map[i]` the text offset of string byte `i`), as the
/// reference at character boundaries.
fn reference(raw: &str, start: usize) -> Option<Vec<usize>> {
    let (s, _) = json_string(raw, start)?;
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut map = Vec::new();
    let mut chars = inner.char_indices().peekable();
    let mut decoded = s.chars();
    while let Some((i, c)) = chars.next() {
        if c == '\\' && chars.next()?.1 == 'u' {
            let hex: String = (0..4).filter_map(|_| chars.next().map(|c| c.1)).collect();
            if (0xD800..0xDC00).contains(&u32::from_str_radix(&hex, 16).ok()?) {
                (0..6).for_each(|_| {
                    chars.next();
                });
            }
        }
        let d = decoded.next()?;
        map.extend(std::iter::repeat_n(start + 1 + i, d.len_utf8()));
    }
    map.push(start + raw.len() - 1);
    Some(map)
}

/// `s` as a JSON literal, each character escaped as `\uXXXX` when its flag says so.
fn escaped(s: &str, flags: &[bool]) -> String {
    let mut out = String::from('"');
    for (i, c) in s.chars().enumerate() {
        if flags.get(i).copied().unwrap_or(false) {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            let one = serde_json::to_string(&c.to_string()).unwrap();
            out.push_str(&one[1..one.len() - 1]);
        }
    }
    out.push('"');
    out
}

fn monotone(map: &OffsetMap, len: usize) {
    let mut last = 0;
    for o in 0..=len + 2 {
        let m = map.map_offset(o);
        assert!(m >= last, "offset {o}: {m} < {last}");
        last = m;
    }
}

#[test]
fn maps_through_escapes() {
    let raw = r#""a\nb\"c\u00e9d\ud83d\ude00e""#;
    let (s, m) = json_string(raw, 10).expect("well-formed");
    assert_eq!(s, "a\nb\"céd😀e");
    assert_eq!(m.map_offset(0), 11); // a
    assert_eq!(m.map_offset(1), 12); // \n
    assert_eq!(m.map_offset(2), 14); // b
    let e = s.find('e').expect("e");
    assert_eq!(m.map_offset(e), 10 + raw.len() - 2);
    assert_eq!(m.map_offset(s.len()), 10 + raw.len() - 1);
    assert!(json_string(r#""\x""#, 0).is_none());
    let (s, m) = json_string(r#""""#, 4).unwrap();
    assert_eq!((s.as_str(), m.map_offset(0), m.map_offset(3)), ("", 5, 5));
}

#[test]
fn maps_through_continuation_lines() {
    let text = "[s]\nk = a\n    ; note\n\n    bc  \nz = 1\n";
    let parsed = super::super::ini::parse(text);
    let node = parsed.root.unwrap();
    let v = node.get("s").unwrap().get("k").unwrap();
    let value = v.as_str().unwrap();
    assert_eq!(value, "a\n\nbc");
    let m = ini_value(text, v.span, value).unwrap();
    assert_eq!(m.map_offset(0), 8); // a
    assert_eq!(m.map_offset(1), 9); // end of `a`
    assert_eq!(&text[m.map_offset(3)..m.map_offset(5)], "bc");
    assert_eq!(m.map_offset(5), v.span.end());
    // the value on the lines after the key
    let text = "[s]\nk =\n  x\n";
    let node = super::super::ini::parse(text).root.unwrap();
    let v = node.get("s").unwrap().get("k").unwrap();
    assert_eq!(v.as_str(), Some("\nx"));
    let m = ini_value(text, v.span, "\nx").unwrap();
    assert_eq!((m.map_offset(0), m.map_offset(1)), (10, 10));
    assert!(ini_value(text, v.span, "other").is_none());
    // what the rules' map did (`SubSpans`)
    let m = ini_value("a\n    bc", Span::new(0, 8), "a\nbc").unwrap();
    assert_eq!(
        (m.map_offset(0), m.map_offset(2), m.map_offset(4)),
        (0, 6, 8)
    );
}

proptest! {
    /// A JSON literal of any string, with any characters written as `\uXXXX`, reads back the
    /// string; its map is monotone, agrees with the per-byte map at every character boundary,
    /// and sends each character to where it is written.
    #[test]
    fn json_round_trips(s in "[a-z\"\\\\/\n\t\u{1}é😀 ]{0,24}", flags in proptest::collection::vec(any::<bool>(), 24), start in 0usize..50) {
        let raw = escaped(&s, &flags);
        let (back, map) = json_string(&raw, start).unwrap();
        prop_assert_eq!(&back, &s);
        monotone(&map, s.len());
        let want = reference(&raw, start).unwrap();
        for (o, c) in s.char_indices() {
            let at = map.map_offset(o);
            prop_assert_eq!(at, want[o]);
            let written = &raw[at - start..];
            prop_assert!(written.starts_with(c) || written.starts_with('\\'), "{:?} at {}", c, o);
        }
        prop_assert_eq!(map.map_offset(s.len()), start + raw.len() - 1);
    }

    /// An INI value over continuation lines, comment lines and blank lines: the reader's value
    /// maps back character by character to the text, monotonically.
    #[test]
    fn ini_round_trips(first in "[a-z${}=]{1,8}", lines in proptest::collection::vec(("[a-z ${}]{0,8}", 1usize..4, 0u8..4), 0..6)) {
        let mut text = format!("[s]\nk = {first}\n");
        for (line, indent, what) in &lines {
            let pad = " ".repeat(*indent);
            match what {
                0 => text.push_str(&format!("{pad}# a comment\n")),
                1 => text.push('\n'),
                _ => text.push_str(&format!("{pad}{line}\n")),
            }
        }
        text.push_str("z = 1\n");
        let node = super::super::ini::parse(&text).root.unwrap();
        let v = node.get("s").unwrap().get("k").unwrap();
        let value = v.as_str().unwrap();
        let map = ini_value(&text, v.span, value).unwrap();
        monotone(&map, value.len());
        for (o, c) in value.char_indices() {
            if c != '\n' {
                prop_assert!(text[map.map_offset(o)..].starts_with(c), "{:?} at {}", c, o);
            }
        }
        prop_assert_eq!(map.map_offset(value.len()), v.span.end());
    }
}
