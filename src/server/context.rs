//! Where the cursor is in a document: the path of keys to the object it is in, and whether it
//! is on a key or a value. Read from the text, not the tree, so that it works while a line is
//! half typed (the text does not parse then).

use crate::kind::Format;
use crate::source::{Node, Value};

use super::schema_nav::Step;

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The path of the object holding the member at the cursor.
    pub path: Vec<Step>,
    /// The member's key, when the cursor is in its value; `None` when a key is being written.
    pub key: Option<String>,
    /// Byte offset where the word being written starts (what a completion replaces).
    pub word_start: usize,
    /// For INI: the cursor is in a `[section]` header.
    pub section_header: bool,
}

/// The cursor at byte `offset` of `text`, in a document of `format`.
pub fn cursor(format: Format, text: &str, offset: usize) -> Cursor {
    let offset = floor_boundary(text, offset);
    match format {
        Format::Yaml => yaml(text, offset),
        Format::Json => json(text, offset),
        Format::Ini => ini(text, offset),
    }
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while o > 0 && !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// The start of the line holding `offset`.
fn line_start(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .and_then(|t| t.rfind(['\n', '\r']))
        .map_or(0, |i| i + 1)
}

/// The start of the word ending at `offset` (letters, digits, `_`, `-`, `.`, `$`, `{`).
fn word_start(text: &str, offset: usize) -> usize {
    let before = text.get(..offset).unwrap_or("");
    before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '$' | '{'))
        .last()
        .map_or(offset, |(i, _)| i)
}

/// A YAML line's shape: the column of its content after any `- ` markers, the columns of
/// those markers, and its `key:` if it has one.
struct YamlLine<'a> {
    dashes: Vec<usize>,
    content_col: usize,
    content: &'a str,
}

fn yaml_line(line: &str) -> YamlLine<'_> {
    let mut col = line.len() - line.trim_start_matches(' ').len();
    let mut dashes = Vec::new();
    let mut rest = line.get(col..).unwrap_or("");
    while rest.starts_with("- ") || rest == "-" {
        dashes.push(col);
        let after = rest.get(1..).unwrap_or("");
        let spaces = after.len() - after.trim_start_matches(' ').len();
        col += 1 + spaces;
        rest = after.get(spaces..).unwrap_or("");
    }
    YamlLine {
        dashes,
        content_col: col,
        content: rest,
    }
}

/// The key of a `key: value` (or `key:`) content, unquoted.
fn yaml_key(content: &str) -> Option<(&str, usize)> {
    if content.starts_with('#') {
        return None;
    }
    let colon = content
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| matches!(content.as_bytes().get(i + 1), None | Some(b' ' | b'\t')))?;
    let key = content.get(..colon)?.trim();
    let key = key
        .strip_prefix('"')
        .and_then(|k| k.strip_suffix('"'))
        .or_else(|| key.strip_prefix('\'').and_then(|k| k.strip_suffix('\'')))
        .unwrap_or(key);
    (!key.is_empty()).then_some((key, colon))
}

fn yaml(text: &str, offset: usize) -> Cursor {
    let start = line_start(text, offset);
    let line_end = text
        .get(start..)
        .and_then(|t| t.find(['\n', '\r']))
        .map_or(text.len(), |i| start + i);
    let line = text.get(start..line_end).unwrap_or("");
    let col = offset - start;
    let this = yaml_line(line);
    let mut path: Vec<Step> = Vec::new();
    let mut key = None;
    if col > this.content_col
        && let Some((k, colon)) = yaml_key(this.content)
        && col > this.content_col + colon
    {
        key = Some(k.to_owned());
    }
    // the items this line opens hold the member at the cursor
    let mut cur = this.content_col.min(col.max(this.content_col));
    if this.content.trim().is_empty() && this.dashes.is_empty() {
        // a blank line: the cursor's column is the indentation
        cur = col;
    }
    let own_items = this.dashes.iter().filter(|d| **d < cur).count();
    if let Some(first) = this.dashes.first()
        && *first < cur
    {
        cur = *first;
    }
    // lines above, from the nearest: each less indented `key:` is a parent
    let mut above = text.get(..start).unwrap_or("");
    let mut prefix: Vec<Step> = Vec::new();
    while cur > 0 && !above.is_empty() {
        let trimmed = above.strip_suffix('\n').unwrap_or(above);
        let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
        let ls = line_start(trimmed, trimmed.len());
        let l = trimmed.get(ls..).unwrap_or("");
        above = trimmed.get(..ls).unwrap_or("");
        let y = yaml_line(l);
        if y.content.trim().is_empty() && y.dashes.is_empty() || y.content.starts_with('#') {
            continue;
        }
        let mut steps = Vec::new();
        if y.content_col < cur
            && let Some((k, _)) = yaml_key(y.content)
        {
            steps.push(Step::Key(k.to_owned()));
        }
        let items = y.dashes.iter().filter(|d| **d < cur).count();
        let mut new_cur = if y.content_col < cur {
            y.content_col
        } else {
            cur
        };
        if let Some(first) = y.dashes.first()
            && *first < cur
        {
            new_cur = *first;
        }
        for _ in 0..items {
            steps.insert(0, Step::Item);
        }
        for s in steps.into_iter().rev() {
            prefix.insert(0, s);
        }
        cur = new_cur;
    }
    path.extend(prefix);
    path.extend(std::iter::repeat_n(Step::Item, own_items));
    Cursor {
        path,
        key,
        word_start: word_start(text, offset),
        section_header: false,
    }
}

/// A JSON container being scanned: an object (with the key being read or last read) or an
/// array.
#[derive(Debug)]
enum Frame {
    Object {
        key: Option<String>,
        after_colon: bool,
    },
    Array,
}

fn json(text: &str, offset: usize) -> Cursor {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    let mut in_string: Option<usize> = None;
    while i < offset {
        let Some(&b) = bytes.get(i) else { break };
        if let Some(s) = in_string {
            match b {
                b'\\' => i += 1,
                b'"' => {
                    in_string = None;
                    if let Some(Frame::Object { key, after_colon }) = stack.last_mut()
                        && !*after_colon
                    {
                        *key = text.get(s + 1..i).map(str::to_owned);
                    }
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => in_string = Some(i),
            b'{' => stack.push(Frame::Object {
                key: None,
                after_colon: false,
            }),
            b'[' => stack.push(Frame::Array),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { after_colon, .. }) = stack.last_mut() {
                    *after_colon = true;
                }
            }
            b',' => {
                if let Some(Frame::Object { key, after_colon }) = stack.last_mut() {
                    *key = None;
                    *after_colon = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let word = match in_string {
        Some(s) => s + 1,
        None => word_start(text, offset),
    };
    let mut path = Vec::new();
    let mut key = None;
    let depth = stack.len();
    for (n, f) in stack.into_iter().enumerate() {
        let last = n + 1 == depth;
        match f {
            Frame::Array => {
                if n > 0 {
                    path.push(Step::Item);
                }
            }
            Frame::Object {
                key: k,
                after_colon,
            } => {
                if last {
                    if after_colon {
                        key = k;
                    }
                } else if let Some(k) = k {
                    path.push(Step::Key(k));
                }
            }
        }
    }
    // the root object is the document: its keys are the first step
    Cursor {
        path,
        key,
        word_start: word,
        section_header: false,
    }
}

fn ini(text: &str, offset: usize) -> Cursor {
    let start = line_start(text, offset);
    let before = text.get(start..offset).unwrap_or("");
    let mut section = None;
    let mut above = text.get(..start).unwrap_or("");
    while !above.is_empty() {
        let trimmed = above.strip_suffix('\n').unwrap_or(above);
        let trimmed = trimmed.strip_suffix('\r').unwrap_or(trimmed);
        let ls = line_start(trimmed, trimmed.len());
        let l = trimmed.get(ls..).unwrap_or("").trim();
        above = trimmed.get(..ls).unwrap_or("");
        if let Some(name) = l.strip_prefix('[').and_then(|r| r.split(']').next()) {
            section = Some(name.trim().to_owned());
            break;
        }
    }
    let header = before.trim_start().starts_with('[');
    let continuation = before.starts_with([' ', '\t']);
    let key = match before.find(['=', ':']) {
        Some(i) if !header => before.get(..i).map(|k| k.trim().to_owned()),
        _ if continuation && !header => previous_ini_key(text, start),
        _ => None,
    };
    let mut path = Vec::new();
    if let Some(s) = section
        && !header
    {
        path.push(Step::Key(s));
    }
    Cursor {
        path,
        key,
        word_start: word_start(text, offset),
        section_header: header,
    }
}

/// The key of the value a continuation line (indented) belongs to.
fn previous_ini_key(text: &str, start: usize) -> Option<String> {
    let above = text.get(..start)?;
    for l in above.lines().rev() {
        if l.starts_with([' ', '\t']) || l.trim().is_empty() {
            continue;
        }
        let l = l.trim();
        if l.starts_with('[') || l.starts_with('#') || l.starts_with(';') {
            return None;
        }
        return l
            .find(['=', ':'])
            .and_then(|i| l.get(..i))
            .map(|k| k.trim().to_owned());
    }
    None
}

/// The path of keys to the member whose key or value holds `offset` in a parsed tree, and
/// whether the offset is on the key; the deepest such member.
pub fn member_at(root: &Node, offset: usize) -> Option<(Vec<Step>, bool)> {
    let mut path = Vec::new();
    let mut on_key = false;
    let mut node = root;
    let mut found = false;
    loop {
        match &node.value {
            Value::Object(members) => {
                let Some(m) = members.iter().find(|m| {
                    (m.key_span.start()..=m.key_span.end()).contains(&offset)
                        || (m.value.span.start()..=m.value.span.end()).contains(&offset)
                }) else {
                    break;
                };
                path.push(Step::Key(m.key.to_string()));
                found = true;
                on_key = (m.key_span.start()..=m.key_span.end()).contains(&offset);
                if on_key {
                    break;
                }
                node = &m.value;
            }
            Value::Array(items) => {
                let Some(item) = items
                    .iter()
                    .find(|n| (n.span.start()..=n.span.end()).contains(&offset))
                else {
                    break;
                };
                path.push(Step::Item);
                node = item;
            }
            _ => break,
        }
    }
    found.then_some((path, on_key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Step {
        Step::Key(k.to_owned())
    }

    fn at(format: Format, marked: &str) -> Cursor {
        let offset = marked.find('|').unwrap();
        let text = marked.replace('|', "");
        cursor(format, &text, offset)
    }

    #[test]
    fn yaml_paths() {
        let c = at(Format::Yaml, "tuner:\n  name: TPE\n  cl|\n");
        assert_eq!(c.path, vec![key("tuner")]);
        assert_eq!(c.key, None);
        let c = at(Format::Yaml, "tuner:\n  name: T|\n");
        assert_eq!(c.path, vec![key("tuner")]);
        assert_eq!(c.key.as_deref(), Some("name"));
        let c = at(Format::Yaml, "tuner:\n  classArgs:\n    optimize_mode: |\n");
        assert_eq!(c.path, vec![key("tuner"), key("classArgs")]);
        assert_eq!(c.key.as_deref(), Some("optimize_mode"));
        let c = at(Format::Yaml, "trialC|");
        assert_eq!(c.path, vec![]);
        let c = at(
            Format::Yaml,
            "trainingService:\n  platform: remote\n  machineList:\n    - host: a\n      us|\n",
        );
        assert_eq!(
            c.path,
            vec![key("trainingService"), key("machineList"), Step::Item]
        );
        let c = at(Format::Yaml, "trainingService:\n  - platform: |\n");
        assert_eq!(c.path, vec![key("trainingService"), Step::Item]);
        assert_eq!(c.key.as_deref(), Some("platform"));
    }

    #[test]
    fn json_paths() {
        let c = at(Format::Json, r#"{"${lr}": {"_type": "|"}}"#);
        assert_eq!(c.path, vec![key("${lr}")]);
        assert_eq!(c.key.as_deref(), Some("_type"));
        let c = at(Format::Json, r#"{"${lr}": {"_t|"#);
        assert_eq!(c.path, vec![key("${lr}")]);
        assert_eq!(c.key, None);
    }

    #[test]
    fn ini_paths() {
        let c = at(Format::Ini, "[platform_config]\nname = |\n");
        assert_eq!(c.path, vec![key("platform_config")]);
        assert_eq!(c.key.as_deref(), Some("name"));
        let c = at(Format::Ini, "[metric_config]\nmet|\n");
        assert_eq!(c.path, vec![key("metric_config")]);
        assert_eq!(c.key, None);
        let c = at(Format::Ini, "[plat|");
        assert!(c.section_header);
    }
}
