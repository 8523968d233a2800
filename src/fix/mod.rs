//! Fixes: what a finding proposes to change in its file, as data (modeled on ruff's `Fix`,
//! `Edit` and `Applicability`).
//!
//! A rule attaches a [`Fix`] to its [`crate::rules::Finding`], in its document's coordinates
//! (an exact [`Span`], or the key or scalar value at a path, whose quoting is kept);
//! [`crate::document::Document::resolve`] turns it into a [`FileFix`] of the diagnostic, in the
//! file's coordinates (through an embedded document's offset map, the replacement escaped as
//! JSON string content). [`engine`] applies file fixes to a text.
//!
//! This module sits below the rules: it knows spans, never rules or documents.

pub mod engine;

pub use engine::{Fixable, Fixed, MAX_PASSES, apply, fix_until_stable};

use serde::{Deserialize, Serialize};

use crate::source::Span;
use crate::source::path::NodePath;

/// How sure a fix is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Probably what was meant, or it changes behaviour (moves a line, changes a value's
    /// meaning): applied by `--unsafe-fixes` only.
    Unsafe,
    /// Certainly what was meant, and it changes nothing else: applied by `--fix`.
    Safe,
}

impl Applicability {
    /// `safe` or `unsafe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

impl std::fmt::Display for Applicability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an [`Edit`] replaces, in its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An exact span of the document's text; the content is written as given.
    Span(Span),
    /// The key of the member at this path; the content is the new key, written in the
    /// key's own quoting (plain, `'single'` or `"double"`).
    Key(NodePath),
    /// The scalar value at this path; the content is the new scalar's text, written in the
    /// value's own quoting.
    Value(NodePath),
    /// The whole text of the scalar at this path, its quotes included (to write a quoted
    /// number or boolean without them); the content is written as given.
    Scalar(NodePath),
    /// Moves the member at `from` (a `key: scalar` line of a YAML block mapping, with its
    /// comment) to the end of the block mapping at `to`, at its indentation, when `to` has,
    /// for each tag of `when`, a member of that name with one of the tag's values (the union
    /// branch the key belongs to). The content is not used.
    Move {
        /// Path of the member to move.
        from: NodePath,
        /// Path of the mapping it moves to.
        to: NodePath,
        /// `(member, value)` conditions on the destination.
        when: Vec<(String, String)>,
    },
}

/// One change of a [`Fix`], in its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// What it replaces.
    pub target: Target,
    /// The replacement.
    pub content: String,
}

impl Edit {
    /// Replaces `span` by `content`.
    pub fn replace(span: Span, content: impl Into<String>) -> Edit {
        Edit {
            target: Target::Span(span),
            content: content.into(),
        }
    }

    /// Removes `span`.
    pub fn delete(span: Span) -> Edit {
        Edit::replace(span, "")
    }

    /// Inserts `content` at `offset`.
    pub fn insert(offset: usize, content: impl Into<String>) -> Edit {
        Edit::replace(Span::at(offset), content)
    }

    /// Renames the key of the member at `path` to `key` (its quoting kept).
    pub fn rename_key(path: impl Into<NodePath>, key: impl Into<String>) -> Edit {
        Edit {
            target: Target::Key(path.into()),
            content: key.into(),
        }
    }

    /// Replaces the scalar at `path` by `text` (its quoting kept).
    pub fn set_value(path: impl Into<NodePath>, text: impl Into<String>) -> Edit {
        Edit {
            target: Target::Value(path.into()),
            content: text.into(),
        }
    }
}

/// A fix a rule proposes: a message, how sure it is, and its edits (in the document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What it does, in one short phrase (`rename to `trialConcurrency``).
    pub message: String,
    /// How sure it is.
    pub applicability: Applicability,
    /// Its changes; they are applied together or not at all.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A safe fix.
    pub fn safe(message: impl Into<String>, edits: Vec<Edit>) -> Fix {
        Fix {
            message: message.into(),
            applicability: Applicability::Safe,
            edits,
        }
    }

    /// An unsafe fix.
    pub fn unsafe_edit(message: impl Into<String>, edits: Vec<Edit>) -> Fix {
        Fix {
            message: message.into(),
            applicability: Applicability::Unsafe,
            edits,
        }
    }

    /// A safe fix renaming the key at `path` to `key`.
    pub fn rename_key(path: impl Into<NodePath>, key: &str) -> Fix {
        Fix::safe(
            format!("rename to `{key}`"),
            vec![Edit::rename_key(path, key)],
        )
    }

    /// A safe fix replacing the scalar at `path` by `text`.
    pub fn set_value(path: impl Into<NodePath>, text: &str) -> Fix {
        Fix::safe(
            format!("replace by `{text}`"),
            vec![Edit::set_value(path, text)],
        )
    }

    /// A safe fix writing the string scalar at `path` as `text`, without its quotes.
    pub fn unquote(path: impl Into<NodePath>, text: &str) -> Fix {
        Fix::safe(
            format!("write `{text}` without quotes"),
            vec![Edit {
                target: Target::Scalar(path.into()),
                content: text.to_owned(),
            }],
        )
    }

    /// The same fix with another applicability.
    pub fn with_applicability(mut self, applicability: Applicability) -> Fix {
        self.applicability = applicability;
        self
    }
}

/// One change of a [`FileFix`], in the file: its span (positions as a diagnostic's: 1-based,
/// columns in characters, end exclusive) and its replacement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEdit {
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column (in characters) of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just past the end.
    pub end_column: usize,
    /// The replacement text, as it is written in the file.
    pub content: String,
    /// Byte offset of the start in the file's text (not part of the JSON contract).
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset just past the end.
    #[serde(skip)]
    pub byte_end: usize,
}

/// The fix of a diagnostic, in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileFix {
    /// How sure it is.
    pub applicability: Applicability,
    /// What it does.
    pub message: String,
    /// Its changes, sorted by position and not overlapping; applied together or not at all.
    pub edits: Vec<FileEdit>,
}

impl FileFix {
    /// The byte range the fix touches (from its first edit's start to its last edit's end).
    pub fn range(&self) -> (usize, usize) {
        let start = self.edits.iter().map(|e| e.byte_start).min().unwrap_or(0);
        let end = self.edits.iter().map(|e| e.byte_end).max().unwrap_or(0);
        (start, end)
    }
}

/// `s` escaped as the content of a JSON string (`"` `\` and control characters), for an edit
/// inside a string that holds a document.
pub fn escape_json_content(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The replacement of a scalar (or key) written as `raw` by the text `new`, in the same
/// quoting: `(offset within raw, length replaced, content)`. `None` when `raw` is not a simple
/// scalar holding `old` (a block scalar, escapes, a flow collection): no fix then.
pub(crate) fn requote(raw: &str, old: &str, new: &str) -> Option<(usize, usize, String)> {
    let quoted = |q: char| raw.len() >= 2 && raw.starts_with(q) && raw.ends_with(q);
    if quoted('"') {
        let inner = raw.get(1..raw.len() - 1)?;
        if inner.contains('\\') || inner != old {
            return None;
        }
        return Some((1, inner.len(), escape_json_content(new)));
    }
    if quoted('\'') {
        let inner = raw.get(1..raw.len() - 1)?;
        if inner.contains('\'') || inner != old {
            return None;
        }
        return Some((1, inner.len(), new.replace('\'', "''")));
    }
    if raw.trim() != raw || raw.is_empty() || !raw.eq_ignore_ascii_case(old) {
        return None;
    }
    // a plain scalar: the new text must stay one plain scalar
    let plain = new
        .chars()
        .all(|c| c.is_alphanumeric() || "_-.+$/@ ():".contains(c))
        && !new.contains(": ")
        && !new.ends_with(':')
        && !new.starts_with(['-', ' ', ':'])
        && !new.ends_with(' ')
        && !new.is_empty();
    if !plain {
        return None;
    }
    Some((0, raw.len(), new.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requote_keeps_the_quoting() {
        assert_eq!(
            requote("maximise", "maximise", "maximize"),
            Some((0, 8, "maximize".into()))
        );
        assert_eq!(
            requote("'maximise'", "maximise", "maximize"),
            Some((1, 8, "maximize".into()))
        );
        assert_eq!(
            requote("\"choise\"", "choise", "choice"),
            Some((1, 6, "choice".into()))
        );
        assert_eq!(requote("\"ch\\u006fise\"", "choise", "choice"), None);
        assert_eq!(requote("|\n  x", "x\n", "y"), None);
        assert_eq!(requote("x", "x", "a: b"), None);
        assert_eq!(
            requote(
                "pai.example.com",
                "pai.example.com",
                "https://pai.example.com"
            ),
            Some((0, 15, "https://pai.example.com".into()))
        );
    }

    #[test]
    fn json_content() {
        assert_eq!(escape_json_content("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
