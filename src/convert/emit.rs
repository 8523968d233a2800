//! Writes a converted v2 tree as YAML a person would write: block style with two-space
//! indents, keys in the order of the v1 keys they came from, scalars as the v1 file wrote them
//! (quotes and all) wherever the value is unchanged, flow collections kept as written, and the
//! comments of the v1 file above or beside a key that survives.

use std::collections::HashSet;

use crate::kind::Format;
use crate::source::{Member, Node, Value};

/// The YAML text of `v2` (a tree from [`super::convert`] of the v1 `text`).
pub fn to_yaml(text: &str, v2: &Node) -> String {
    let mut w = Writer {
        text,
        out: String::new(),
        used: HashSet::new(),
    };
    w.header(v2);
    match v2.as_object() {
        Some(members) => w.members(members, 0, false),
        None => w.out.push_str("{}\n"),
    }
    w.out
}

struct Writer<'t> {
    text: &'t str,
    out: String,
    /// Start offsets of the comment lines already written.
    used: HashSet<usize>,
}

impl Writer<'_> {
    /// The comments before the first key of the file.
    fn header(&mut self, v2: &Node) {
        let first = v2
            .as_object()
            .and_then(|m| {
                m.iter()
                    .map(|m| m.key_span.start())
                    .filter(|s| *s > 0)
                    .min()
            })
            .unwrap_or(0);
        let mut offset = 0;
        for line in self.text.get(..first).unwrap_or("").split_inclusive('\n') {
            let t = line.trim();
            if t.starts_with('#') {
                self.used.insert(offset);
                self.out.push_str(t);
                self.out.push('\n');
            }
            offset += line.len();
        }
    }

    /// The comment-only lines right above the line of `at`.
    fn comments_above(&mut self, at: usize, indent: usize) {
        let line_start = self
            .text
            .get(..at)
            .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
        let mut lines = Vec::new();
        let mut end = line_start;
        while end > 0 {
            let before = self.text.get(..end - 1).unwrap_or("");
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let line = self.text.get(start..end - 1).unwrap_or("");
            if !line.trim_start().starts_with('#') {
                break;
            }
            lines.push((start, line.trim()));
            end = start;
        }
        for (start, line) in lines.into_iter().rev() {
            if self.used.insert(start) {
                self.pad(indent);
                self.out.push_str(line);
                self.out.push('\n');
            }
        }
    }

    /// The comment after a value, on its line.
    fn comment_after(&mut self, end: usize) -> Option<String> {
        let rest = self.text.get(end..)?;
        let line = rest.split('\n').next()?;
        let t = line.trim_start();
        if t.starts_with('#') && self.used.insert(end) {
            return Some(t.trim_end().to_owned());
        }
        None
    }

    fn pad(&mut self, indent: usize) {
        self.out.extend(std::iter::repeat_n(' ', indent));
    }

    /// Writes the members of a mapping at `indent`; with `inline_first`, the first one goes on
    /// the current line (after `- `).
    fn members(&mut self, members: &[Member], indent: usize, inline_first: bool) {
        for (i, m) in members.iter().enumerate() {
            let inline = inline_first && i == 0;
            if !m.key_span.is_empty() && !inline {
                self.comments_above(m.key_span.start(), indent);
            }
            if !inline {
                self.pad(indent);
            }
            self.out.push_str(&key(&m.key));
            self.out.push(':');
            self.value(&m.value, indent);
        }
    }

    /// Writes a value after `key:` (or `-`), then the line end.
    fn value(&mut self, node: &Node, indent: usize) {
        if let Some(flow) = self.as_written(node) {
            self.out.push(' ');
            self.out.push_str(&flow);
            self.end_line(node);
            return;
        }
        match &node.value {
            Value::Object(members) if !members.is_empty() => {
                self.end_line(node);
                self.members(members, indent + 2, false);
            }
            Value::Array(items) if !items.is_empty() => {
                self.end_line(node);
                for item in items.iter() {
                    self.pad(indent + 2);
                    self.out.push('-');
                    match &item.value {
                        Value::Object(members)
                            if !members.is_empty() && self.as_written(item).is_none() =>
                        {
                            self.out.push(' ');
                            self.members(members, indent + 4, true);
                        }
                        _ => self.value(item, indent + 2),
                    }
                }
            }
            _ => {
                self.out.push(' ');
                self.out.push_str(&scalar(node));
                self.end_line(node);
            }
        }
    }

    fn end_line(&mut self, node: &Node) {
        if let Some(c) = self.comment_after(node.span.end()) {
            self.out.push_str("  ");
            self.out.push_str(&c);
        }
        self.out.push('\n');
    }

    /// The v1 text of a node when it is one line that reads back as the same value (a scalar
    /// as quoted, a flow collection as written).
    fn as_written(&self, node: &Node) -> Option<String> {
        let raw = self.text.get(node.span.range())?;
        if raw.is_empty() || raw.contains('\n') || raw.contains(" #") {
            return None;
        }
        let composite = matches!(node.value, Value::Object(_) | Value::Array(_));
        if composite && !(raw.starts_with('{') || raw.starts_with('[')) {
            return None;
        }
        let parsed = crate::source::parse(Format::Yaml, &format!("k: {raw}\n"));
        let back = parsed.root.as_ref()?.get("k")?;
        (parsed.problems.is_empty() && back.to_json() == node.to_json()).then(|| raw.to_owned())
    }
}

fn key(k: &str) -> String {
    if plain_safe(k) {
        k.to_owned()
    } else {
        serde_json::Value::String(k.to_owned()).to_string()
    }
}

/// A scalar written from its value (the v1 text did not give it).
fn scalar(node: &Node) -> String {
    match &node.value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_json().to_string(),
        Value::String(s) if plain_safe(s) => s.to_string(),
        Value::String(s) => serde_json::Value::String(s.to_string()).to_string(),
        Value::Object(_) => "{}".to_owned(),
        Value::Array(_) => "[]".to_owned(),
    }
}

/// Whether a string can be written plain and reads back as the same string in YAML 1.1 and 1.2.
fn plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !(first.is_ascii_alphabetic() || first == '_' || first == '/' || first == '.') {
        return false;
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ' '))
        || s.ends_with(' ')
    {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    !matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n" | "~" | ".inf" | ".nan"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_strings() {
        assert!(plain_safe("openpai"));
        assert!(plain_safe("mnist.Tuner"));
        assert!(!plain_safe("yes"));
        assert!(!plain_safe("1.5"));
        assert!(!plain_safe("a: b"));
        assert!(!plain_safe(""));
    }
}
