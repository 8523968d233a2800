//! INI, read the way Python's `configparser.ConfigParser()` with its defaults reads it (that is
//! what hpo_tools uses), with a span for every section, key and value.
//!
//! What configparser does, and so what this reader does:
//! - `[name]` starts a section; the name is everything between the first `[` and the last `]`
//!   of the line, case-sensitive and not trimmed.
//! - `key = value` or `key: value`; the first `=` or `:` delimits. Keys are lowercased
//!   (`optionxform`): [`Member::key`] is the lowercased key and [`Member::key_span`] covers the
//!   key as written. Values are stripped; there is no escape processing (`C:\Windows\path` stays)
//!   and no inline comment (`a = 1 ; note` has the value `1 ; note`).
//! - A line whose first non-blank character is `#` or `;` is a comment.
//! - A line indented more than the key line continues the value (joined with `\n`); empty
//!   lines inside a value are kept, trailing ones dropped; comment lines inside a value are
//!   skipped. A section header cannot be continued.
//! - Problems: a line without `=` or `:` (configparser's `allow_no_value` is off) and a key
//!   outside any section (`MissingSectionHeaderError`) are [`SyntaxKind::Invalid`]; a section
//!   twice (`DuplicateSectionError`) or a key twice in a section, after lowercasing
//!   (`DuplicateOptionError`), are [`SyntaxKind::DuplicateKey`] at the second occurrence, and the
//!   first is kept (the whole second section is dropped).
//!
//! `[DEFAULT]` is an ordinary section of the tree here (configparser makes its keys defaults of
//! every other section, and a second `[DEFAULT]` header continues the first rather than being a
//! duplicate; the rules decide what the defaults mean).
//!
//! Jinja (`{{ x }}`, `{% if %}`) is text inside values. A line made only of Jinja tags (such as
//! `{% if a %}` on its own) is skipped rather than reported: hpo_tools renders the template
//! first, which removes it.
//!
//! The tree: the root is an object of sections spanning the whole text; each section's member
//! has the section name as key, the `[name]` text as key span, and an object of keys as value
//! (spanning from the header to its last value). Every value is a string; its span runs from
//! the first to the last character of the value (over continuation lines), or is empty just
//! after the delimiter when the value is empty.

use crate::source::path::NodePath;
use std::collections::HashMap;

use super::{CompactString, Member, Node, Parsed, Span, SyntaxKind, SyntaxProblem, Value};

/// Reads `text` (BOM already stripped) as an INI file, the way Python's
/// `configparser.ConfigParser()` with default settings would; see the module documentation.
/// Never panics.
pub fn parse(text: &str) -> Parsed {
    let mut r = Reader {
        text,
        sections: Vec::new(),
        by_name: HashMap::new(),
        problems: Vec::new(),
        current: None,
        option: None,
        indent_level: 0,
        missing_reported: false,
        jinja_depth: 0,
    };
    for (start, end) in lines(text) {
        r.line(start, end);
    }
    r.finish_option();
    let members = r
        .sections
        .into_iter()
        .filter(|s| !s.discard)
        .map(|s| Member {
            key: s.name.into(),
            key_span: s.header_span,
            value: Node::new(
                Value::Object(s.members.into_boxed_slice()),
                Span::new(s.header_span.start(), s.end),
            ),
        })
        .collect();
    Parsed {
        root: Some(Node::new(Value::Object(members), Span::new(0, text.len()))),
        problems: r.problems,
        hazards: Vec::new(),
        secrets: Vec::new(),
    }
}

/// The `(start, end)` byte offsets of each line, without its line end (`\n`, `\r\n` or `\r`),
/// found as the lines are read (no list of all lines first).
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let len = text.len();
    let mut breaks = super::lines::line_breaks(text.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || match breaks.next() {
        Some((end, next)) => {
            let line = (start, end);
            start = next;
            Some(line)
        }
        None if start < len => {
            let line = (start, len);
            start = len;
            Some(line)
        }
        None => None,
    })
}

/// Python's `str.isspace()`, which `str.strip()` and regex `\s` use.
pub(super) fn py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

struct Section {
    name: String,
    header_span: Span,
    members: Vec<Member>,
    /// Lowercased key -> its member (whose key span gives the key as first written).
    keys: HashMap<CompactString, u32>,
    end: usize,
    /// A duplicate section: read for its problems, left out of the tree.
    discard: bool,
}

/// One piece of a value: the first line's value, or a continuation line (empty for an empty
/// line).
struct Piece {
    span: Span,
}

struct OptionState {
    section: usize,
    key: CompactString,
    key_span: Span,
    pieces: Vec<Piece>,
    discard: bool,
}

struct Reader<'t> {
    text: &'t str,
    sections: Vec<Section>,
    by_name: HashMap<String, usize>,
    problems: Vec<SyntaxProblem>,
    current: Option<usize>,
    option: Option<OptionState>,
    indent_level: usize,
    missing_reported: bool,
    /// How many Jinja blocks (`{% if %}`, `{% for %}`, ...) are open at the current line: a
    /// key or section that repeats inside one is another branch or iteration of the template,
    /// not a duplicate (hpo_tools renders the template first).
    jinja_depth: usize,
}

impl Reader<'_> {
    fn slice(&self, s: Span) -> &str {
        self.text.get(s.range()).unwrap_or("")
    }

    fn line(&mut self, start: usize, end: usize) {
        let line = self.text.get(start..end).unwrap_or("");
        let trimmed_start = line.trim_start_matches(py_space);
        let indent_bytes = line.len() - trimmed_start.len();
        let content = trimmed_start.trim_end_matches(py_space);
        let content_span = Span::new(start + indent_bytes, start + indent_bytes + content.len());

        if content.is_empty() {
            if let Some(o) = &mut self.option {
                o.pieces.push(Piece {
                    span: Span::at(start),
                });
            }
            return;
        }
        if content.starts_with(['#', ';']) {
            return;
        }
        let indent = line
            .get(..indent_bytes)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        if self.current.is_some()
            && indent > self.indent_level
            && let Some(o) = &mut self.option
        {
            o.pieces.push(Piece { span: content_span });
            return;
        }
        self.indent_level = indent;

        if let Some(close) = header_end(content) {
            self.finish_option();
            let name = content.get(1..close).unwrap_or("").to_owned();
            let header_span = Span::new(content_span.start(), content_span.start() + close + 1);
            self.section(name, header_span);
            return;
        }
        if is_jinja_only(content) {
            self.jinja_depth = jinja_depth_after(self.jinja_depth, content);
            return;
        }
        let Some(current) = self.current else {
            if !self.missing_reported {
                self.missing_reported = true;
                let message = match split_option(content) {
                    Some((key, _)) if !key.is_empty() => {
                        format!("the key `{key}` is outside any section")
                    }
                    _ => format!("the line `{}` is outside any section", shown(content)),
                };
                self.problems.push(SyntaxProblem {
                    kind: SyntaxKind::Invalid,
                    message,
                    span: content_span,
                    pointer: NodePath::root(),
                    help: Some(
                        "start the file with a section header such as `[platform_config]`: \
                         configparser refuses a file without one"
                            .to_owned(),
                    ),
                });
            }
            return;
        };
        match split_option(content) {
            None => {
                // configparser records the error and keeps the previous key open.
                self.problems.push(SyntaxProblem {
                    kind: SyntaxKind::Invalid,
                    message: format!("the line `{}` is not a `key = value` pair", shown(content)),
                    span: content_span,
                    pointer: self.section_pointer(current),
                    help: Some(
                        "add `=` or `:` and a value: configparser does not accept a key \
                         without a value"
                            .to_owned(),
                    ),
                });
            }
            Some((key, value_offset)) => {
                self.finish_option();
                let key_span = Span::new(content_span.start(), content_span.start() + key.len());
                if key.is_empty() {
                    self.problems.push(SyntaxProblem {
                        kind: SyntaxKind::Invalid,
                        message: format!("the line `{}` has no key", shown(content)),
                        span: content_span,
                        pointer: self.section_pointer(current),
                        help: Some("write the key before the `=` or `:`".to_owned()),
                    });
                    return;
                }
                let value_start = content_span.start() + value_offset;
                // configparser's optionxform: str.lower() (inline for keys of up to 24 bytes)
                let lowered = if key.is_ascii() {
                    let mut k = CompactString::from(key);
                    k.make_ascii_lowercase();
                    k
                } else {
                    CompactString::from(key.to_lowercase())
                };
                let mut first_spelling = None;
                if let Some(section) = self.sections.get_mut(current) {
                    match section.keys.get(&lowered) {
                        Some(&first) => {
                            let span = section.members.get(first as usize).map(|m| m.key_span);
                            first_spelling =
                                Some(span.and_then(|s| self.text.get(s.range())).unwrap_or(key));
                        }
                        None => {
                            // the member this key becomes (pushed when its value ends)
                            let at = u32::try_from(section.members.len()).unwrap_or(u32::MAX);
                            section.keys.insert(lowered.clone(), at);
                        }
                    }
                }
                let discard = first_spelling.is_some();
                let templated = self.jinja_depth > 0 || key.contains("{{") || key.contains("{%");
                if let Some(first) = first_spelling.filter(|_| !templated) {
                    let ptr = self.section_pointer(current).key(&lowered);
                    let section_name = self
                        .sections
                        .get(current)
                        .map(|s| s.name.clone())
                        .unwrap_or_default();
                    let case_note = if key == first {
                        String::new()
                    } else {
                        format!(" as `{first}` (keys are case-insensitive)")
                    };
                    self.problems.push(SyntaxProblem {
                        kind: SyntaxKind::DuplicateKey,
                        message: format!(
                            "duplicate key `{key}` in section `[{section_name}]`: it already \
                             appears in this section{case_note}"
                        ),
                        span: key_span,
                        pointer: ptr,
                        help: Some(
                            "remove one of the two: configparser refuses the file \
                             (DuplicateOptionError)"
                                .to_owned(),
                        ),
                    });
                }
                self.option = Some(OptionState {
                    section: current,
                    key: lowered,
                    key_span,
                    pieces: vec![Piece {
                        span: Span::new(value_start, content_span.end().max(value_start)),
                    }],
                    discard,
                });
            }
        }
    }

    fn section_pointer(&self, index: usize) -> NodePath {
        let name = self
            .sections
            .get(index)
            .map(|s| s.name.as_str())
            .unwrap_or("");
        NodePath::root().key(name)
    }

    fn section(&mut self, name: String, header_span: Span) {
        let existing = self.by_name.get(&name).copied();
        let index = match existing {
            Some(i) if name == "DEFAULT" => i,
            Some(_) => {
                let templated = self.jinja_depth > 0 || name.contains("{{");
                if !templated {
                    self.problems.push(SyntaxProblem {
                        kind: SyntaxKind::DuplicateKey,
                        message: format!(
                            "duplicate section `[{name}]`: it already appears in this file"
                        ),
                        span: header_span,
                        pointer: NodePath::root().key(&name),
                        help: Some(
                            "merge the two sections: configparser refuses the file \
                         (DuplicateSectionError)"
                                .to_owned(),
                        ),
                    });
                }
                self.sections.push(Section {
                    name,
                    header_span,
                    members: Vec::new(),
                    keys: HashMap::new(),
                    end: header_span.end(),
                    discard: true,
                });
                self.sections.len() - 1
            }
            None => {
                self.by_name.insert(name.clone(), self.sections.len());
                self.sections.push(Section {
                    name,
                    header_span,
                    members: Vec::new(),
                    keys: HashMap::new(),
                    end: header_span.end(),
                    discard: false,
                });
                self.sections.len() - 1
            }
        };
        self.current = Some(index);
    }

    /// Closes the open key: joins its pieces and adds it to its section.
    fn finish_option(&mut self) {
        let Some(o) = self.option.take() else {
            return;
        };
        if o.discard {
            return;
        }
        let value = match o.pieces.as_slice() {
            // one line (nearly every value): no joining
            [one] => CompactString::from(self.slice(one.span).trim_end_matches(py_space)),
            pieces => {
                let texts: Vec<&str> = pieces.iter().map(|p| self.slice(p.span)).collect();
                CompactString::from(texts.join("\n").trim_end_matches(py_space))
            }
        };
        let mut non_empty = o.pieces.iter().map(|p| p.span).filter(|s| !s.is_empty());
        let span = match (non_empty.next(), non_empty.next_back()) {
            (Some(first), Some(last)) => Span::new(first.start(), last.end()),
            (Some(only), None) => only,
            _ => Span::at(o.pieces.first().map(|p| p.span.start()).unwrap_or(0)),
        };
        if let Some(section) = self.sections.get_mut(o.section) {
            section.end = section.end.max(span.end()).max(o.key_span.end());
            section.members.push(Member {
                key: o.key,
                key_span: o.key_span,
                value: Node::new(Value::String(value), span),
            });
        }
    }
}

/// If `content` (a stripped line) is a section header, the byte index of its closing `]`
/// (configparser's `\[(?P<header>.+)\]`: the last `]`, with at least one character before it).
fn header_end(content: &str) -> Option<usize> {
    if !content.starts_with('[') {
        return None;
    }
    let close = content.rfind(']')?;
    (close > 1).then_some(close)
}

/// Splits `key <delim> value` at the first `=` or `:`: the key (trimmed) and the byte offset
/// where the value starts (after the blanks that follow the delimiter).
fn split_option(content: &str) -> Option<(&str, usize)> {
    let delim = content.find(['=', ':'])?;
    let key = content.get(..delim)?.trim_end_matches(py_space);
    let after = content.get(delim + 1..)?;
    let value_offset = delim + 1 + (after.len() - after.trim_start_matches(py_space).len());
    Some((key, value_offset))
}

/// The number of open Jinja blocks after a line made only of Jinja tags: `{% if %}`,
/// `{% for %}`, `{% macro %}`, `{% block %}`, ... open one, `{% end... %}` closes one.
fn jinja_depth_after(mut depth: usize, content: &str) -> usize {
    let mut rest = content;
    while let Some(at) = rest.find("{%") {
        let tag = rest.get(at + 2..).unwrap_or("");
        let tag = tag.trim_start_matches(['-', '+']).trim_start();
        let word: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        match word.as_str() {
            "if" | "for" | "macro" | "block" | "call" | "filter" | "with" | "raw" => depth += 1,
            w if w.starts_with("end") => depth = depth.saturating_sub(1),
            _ => {}
        }
        rest = rest.get(at + 2..).unwrap_or("");
    }
    depth
}

/// Whether a stripped line is made only of Jinja tags (`{% %}`, `{{ }}`, `{# #}`).
fn is_jinja_only(content: &str) -> bool {
    let mut rest = content;
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let close = if rest.starts_with("{%") {
            "%}"
        } else if rest.starts_with("{{") {
            "}}"
        } else if rest.starts_with("{#") {
            "#}"
        } else {
            return false;
        };
        let Some(end) = rest.get(2..).and_then(|r| r.find(close)) else {
            return false;
        };
        rest = rest
            .get(2 + end + 2..)
            .unwrap_or("")
            .trim_start_matches(py_space);
    }
    true
}

/// A line shortened for a message.
/// A line as quoted in a message: shortened, and without its value when its first word is a
/// secret key (`access_key LTAI...` without a delimiter is not read as an entry, so no secret
/// collected from the tree would mask it; SPEC.md §4).
fn shown(line: &str) -> String {
    let word_end = line
        .find(|c: char| c.is_whitespace() || c == '=' || c == ':')
        .unwrap_or(line.len());
    match (line.get(..word_end), line.get(word_end..)) {
        (Some(key), Some(rest))
            if !rest.trim().is_empty() && super::secrets::is_secret_key(key.trim()) =>
        {
            format!("{} {}", short(key), super::secrets::MASK)
        }
        _ => short(line),
    }
}

fn short(s: &str) -> String {
    super::shorten::shorten(s, 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: &str, s: Span) -> &str {
        t.get(s.range()).unwrap_or("<bad span>")
    }

    fn kinds(p: &Parsed) -> Vec<SyntaxKind> {
        p.problems.iter().map(|p| p.kind).collect()
    }

    fn value<'a>(root: &'a Node, section: &str, key: &str) -> Option<&'a str> {
        root.get(section)?.get(key)?.as_str()
    }

    #[test]
    fn sections_keys_and_positions() {
        let t = "; comment\n[platform_config]\nName = DLC\ncmd1: python train.py --lr ${lr}\n\n# another\n[metric_config]\n  metric_type=summary  \n";
        let p = parse(t);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        let root = p.root.expect("root");
        assert_eq!(root.span, Span::new(0, t.len()));
        let platform = root.member("platform_config").expect("section");
        assert_eq!(at(t, platform.key_span), "[platform_config]");
        assert_eq!(
            at(t, platform.value.span),
            "[platform_config]\nName = DLC\ncmd1: python train.py --lr ${lr}"
        );
        let name = platform.value.member("name").expect("name");
        assert_eq!(at(t, name.key_span), "Name");
        assert_eq!(at(t, name.value.span), "DLC");
        assert_eq!(
            value(&root, "platform_config", "cmd1"),
            Some("python train.py --lr ${lr}")
        );
        let mt = root
            .get("metric_config")
            .and_then(|s| s.member("metric_type"))
            .expect("metric_type");
        assert_eq!(at(t, mt.value.span), "summary");
        assert_eq!(mt.value.as_str(), Some("summary"));
    }

    #[test]
    fn continuation_lines_like_configparser() {
        let t = "[s]\nA = 1\n  two\n\n  three\n\n\nb: x\n";
        let p = parse(t);
        assert!(p.problems.is_empty());
        let root = p.root.expect("root");
        let a = root.get("s").and_then(|s| s.get("a")).expect("a");
        assert_eq!(a.as_str(), Some("1\ntwo\n\nthree"));
        assert_eq!(at(t, a.span), "1\n  two\n\n  three");
        assert_eq!(value(&root, "s", "b"), Some("x"));

        let root = parse("[s]\na = 1\n# c\n  two\n").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("1\ntwo"));
        let root = parse("[s]\na = 1\n\n  b = 2\n").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("1\n\nb = 2"));
        let root = parse("[s]\na =\n  x\n  y\n").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("\nx\ny"));
        let root = parse("[s]\na = 1\n  [t]\n").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("1\n[t]"));
        assert!(root.get("t").is_none());
        let root = parse("[s]\na = 1\n\tb\n").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("1\nb"));
    }

    #[test]
    fn no_escapes_no_inline_comments_first_delimiter() {
        let t = "[s]\npath = C:\\Windows\\path\na = 1 ; note # x\nurl = http://x:80\na:b = c\nj = {{ bizdate }} {% if x %}y{% endif %}\n";
        let p = parse(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::DuplicateKey]);
        let root = p.root.expect("root");
        assert_eq!(value(&root, "s", "path"), Some("C:\\Windows\\path"));
        assert_eq!(value(&root, "s", "a"), Some("1 ; note # x"));
        assert_eq!(value(&root, "s", "url"), Some("http://x:80"));
        assert_eq!(
            value(&root, "s", "j"),
            Some("{{ bizdate }} {% if x %}y{% endif %}")
        );
    }

    #[test]
    fn headers_like_configparser() {
        let root = parse("[a]b] extra\nk=v\n[ s ]\nk=v\n").root.expect("root");
        assert_eq!(value(&root, "a]b", "k"), Some("v"));
        assert_eq!(value(&root, " s ", "k"), Some("v"));
        let p = parse("[]\n");
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
    }

    #[test]
    fn duplicates() {
        let t = "[s]\nKey = 1\nkey = 2\n[t]\nx = 1\n[s]\nz = 3\n";
        let p = parse(t);
        assert_eq!(
            kinds(&p),
            vec![SyntaxKind::DuplicateKey, SyntaxKind::DuplicateKey]
        );
        assert_eq!(at(t, p.problems[0].span), "key");
        assert_eq!(p.problems[0].pointer.to_pointer(), "/s/key");
        assert!(p.problems[0].message.contains("`key` in section `[s]`"));
        assert_eq!(at(t, p.problems[1].span), "[s]");
        assert_eq!(p.problems[1].span.start(), 30);
        assert_eq!(p.problems[1].pointer.to_pointer(), "/s");
        let root = p.root.expect("root");
        assert_eq!(value(&root, "s", "key"), Some("1"));
        assert!(root.get("s").and_then(|s| s.get("z")).is_none());
        assert_eq!(root.as_object().map(<[Member]>::len), Some(2));
        let p = parse("[s]\nA = 1\na = 2\n");
        assert!(p.problems[0].message.contains("case-insensitive"));
    }

    #[test]
    fn default_section_is_ordinary_and_may_repeat() {
        let p = parse("[DEFAULT]\na=1\n[DEFAULT]\nb=2\n[s]\n");
        assert!(p.problems.is_empty());
        let root = p.root.expect("root");
        assert_eq!(value(&root, "DEFAULT", "a"), Some("1"));
        assert_eq!(value(&root, "DEFAULT", "b"), Some("2"));
        assert!(root.get("s").is_some());
        let p = parse("[DEFAULT]\na=1\n[DEFAULT]\na=2\n");
        assert_eq!(kinds(&p), vec![SyntaxKind::DuplicateKey]);
    }

    #[test]
    fn missing_section_and_no_delimiter() {
        let t = "x = 1\ny = 2\n[s]\nbogus line\n  more\n= v\nok = 1\n";
        let p = parse(t);
        // `  more` continues no key (none is open), so it is a second bad line, as in configparser
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid; 4]);
        assert_eq!(p.problems[0].message, "the key `x` is outside any section");
        assert_eq!(at(t, p.problems[0].span), "x = 1");
        assert_eq!(at(t, p.problems[1].span), "bogus line");
        assert_eq!(p.problems[1].pointer.to_pointer(), "/s");
        assert_eq!(at(t, p.problems[2].span), "more");
        assert!(p.problems[3].message.contains("has no key"));
        let root = p.root.expect("root");
        assert_eq!(value(&root, "s", "ok"), Some("1"));
        assert_eq!(
            root.get("s").and_then(Node::as_object).map(<[Member]>::len),
            Some(1)
        );
        // a key line after an error line keeps the previous key open, as configparser does
        let root = parse("[s]\na = 1\nbogus\n  more\n").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("1\nmore"));
    }

    #[test]
    fn jinja_lines_are_not_errors() {
        let t = "[s]\n{% if prod %}\na = {{ x }}\n{% else %}{# note #}\nb = 2\n{% endif %}\n";
        let p = parse(t);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        let root = p.root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("{{ x }}"));
        assert_eq!(value(&root, "s", "b"), Some("2"));
        assert!(!is_jinja_only("{{ x }} = y"));
        assert!(!is_jinja_only("{% unclosed"));
    }

    #[test]
    fn line_ends_and_odd_bytes() {
        let t = "[s]\r\na = 1\r\n  b\r\nc = é\r\n";
        let p = parse(t);
        assert!(p.problems.is_empty());
        let root = p.root.expect("root");
        let a = root.get("s").and_then(|s| s.get("a")).expect("a");
        assert_eq!(a.as_str(), Some("1\nb"));
        assert_eq!(at(t, a.span), "1\r\n  b");
        assert_eq!(value(&root, "s", "c"), Some("é"));
        let root = parse("[s]\ra = 1\r  b\r").root.expect("root");
        assert_eq!(value(&root, "s", "a"), Some("1\nb"));
        let weird = format!("[s]\n\0k\0 = \0\n\t\t= \n{}\n", "x".repeat(100_000));
        let p = parse(&weird);
        assert!(p.root.is_some());
        assert_eq!(
            parse("").root.map(|r| r.value),
            Some(Value::Object(Box::default()))
        );
        let p = parse("[s]\na =\n");
        let root = p.root.expect("root");
        let a = root.get("s").and_then(|s| s.get("a")).expect("a");
        assert_eq!(a.as_str(), Some(""));
        assert_eq!(a.span, Span::at(7));
    }
}
