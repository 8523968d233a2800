//! Secrets (SPEC.md §4): access keys, passwords, tokens. hpoconf never prints one.
//!
//! One mechanism: where the secrets of a document are is found once, when it is read
//! ([`crate::source::secrets::find`], kept as [`crate::source::Parsed::secrets`]); a file's
//! secrets ([`FileSecrets`]: spans in file coordinates, embedded documents included, and the
//! values written there) are kept with its [`crate::document::FileText`]. Every output masks those
//! and nothing else: a diagnostic's message and help when it is built
//! ([`crate::document::Document::diagnostic`]), the snippets of the human report
//! ([`FileSecrets::mask_text`]), `Debug` of the trees ([`crate::source::Parsed`]) and of the
//! models, and the models' errors.
//!
//! This module depends on [`crate::source`], never the other way round.

use crate::diagnostic::Diagnostic;
use crate::source::Span;
pub use crate::source::secrets::{MASK, Values, is_secret_key};

/// The secrets of one file: where they are (sorted, disjoint spans of the file's text, those
/// of its embedded documents included) and the values written there.
#[derive(Debug, Default)]
pub struct FileSecrets {
    spans: Vec<Span>,
    values: Values,
}

impl FileSecrets {
    /// The secrets at `spans` of `text`, and `extra` values (an embedded document's values as
    /// unescaped).
    pub fn new(text: &str, mut spans: Vec<Span>, extra: Vec<String>) -> FileSecrets {
        crate::source::secrets::normalize(&mut spans);
        let mut values = crate::source::secrets::values(text, &spans);
        values.extend(extra);
        FileSecrets {
            spans,
            values: Values::new(values),
        }
    }

    /// The spans, sorted and disjoint.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// The values, longest first.
    pub fn values(&self) -> &[String] {
        self.values.as_slice()
    }

    /// Whether the file has no secret.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty() && self.values.is_empty()
    }

    /// `message` with every secret value replaced by `***`.
    pub fn mask(&self, message: &str) -> String {
        self.values.mask(message)
    }

    /// Masks the message and help of `d`, and drops its fix when an edit would write a secret
    /// (a fix cannot be masked).
    pub fn mask_diagnostic(&self, d: &mut Diagnostic) {
        if self.values.is_empty() {
            return;
        }
        d.message = self.mask(&d.message);
        if let Some(h) = &d.help {
            d.help = Some(self.mask(h));
        }
        if d.fix.as_ref().is_some_and(|f| self.fix_leaks(f)) {
            d.fix = None;
        }
    }

    /// Whether an edit of `fix` would write one of the file's secret values.
    pub fn fix_leaks(&self, fix: &crate::fix::FileFix) -> bool {
        fix.edits.iter().any(|e| {
            self.values()
                .iter()
                .any(|s| !s.is_empty() && e.content.contains(s.as_str()))
        })
    }

    /// The file's text with every secret span replaced by `*`s of the same byte length (every
    /// offset still points at the same place): what a snippet shows.
    pub fn mask_text<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        crate::source::secrets::mask_spans(text, &self.spans)
    }
}

/// Whether a secret key's value is a placeholder that stands for the secret rather than the
/// secret itself: a whole `${name}` (substituted by hpo_tools) or a Jinja `{{ ... }}`. A
/// placeholder is never a secret (SPEC.md §4): it is shown as written.
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    let v = v
        .strip_prefix(['"', '\''])
        .and_then(|v| v.strip_suffix(['"', '\'']))
        .unwrap_or(v);
    let dollar = v
        .strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .is_some_and(|name| !name.is_empty() && !name.contains(['{', '}', '$']));
    let jinja = v
        .strip_prefix("{{")
        .and_then(|r| r.strip_suffix("}}"))
        .is_some_and(|inner| !inner.contains("}}"));
    dollar || jinja
}

/// The secret values of a text read as `format` (for the models' errors).
pub fn values_of_text(format: crate::kind::Format, text: &str) -> Values {
    let parsed = crate::source::parse(format, text);
    Values::new(crate::source::secrets::values(text, &parsed.secrets))
}

/// The secret values of a JSON value, by the same positions as a tree's: the scalars under a
/// secret key (not a `_type`), and the secrets inside strings.
pub fn values_of_json(value: &serde_json::Value) -> Values {
    let mut out = Vec::new();
    json_walk(value, false, &mut |s: &str, whole: bool| {
        if whole {
            out.extend(
                crate::source::secrets::value_ranges(s)
                    .into_iter()
                    .filter_map(|r| s.get(r).map(str::to_owned)),
            );
        } else {
            let mut found = Vec::new();
            crate::source::secrets::in_string(s, &mut found);
            out.extend(
                found
                    .into_iter()
                    .filter_map(|r| s.get(r).map(str::to_owned)),
            );
        }
        None
    });
    Values::new(out)
}

/// Replaces every secret of a JSON value (the positions of [`values_of_json`]) with `***`.
pub fn mask_json(value: &mut serde_json::Value) {
    use serde_json::Value as J;
    fn go(v: &mut J, inside: bool) {
        match v {
            J::Object(map) => {
                for (k, child) in map.iter_mut() {
                    if inside && k == "_type" {
                        continue;
                    }
                    go(child, inside || is_secret_key(k));
                }
            }
            J::Array(items) => items.iter_mut().for_each(|c| go(c, inside)),
            J::Null => {}
            J::String(s) if !inside => {
                let mut found = Vec::new();
                crate::source::secrets::in_string(s, &mut found);
                if !found.is_empty() {
                    let spans: Vec<Span> = found
                        .into_iter()
                        .map(|r| Span::new(r.start, r.end))
                        .collect();
                    let masked = mask_with(s, &spans);
                    *s = masked;
                }
            }
            J::String(s) => {
                let spans = placeholder_free(s);
                *s = mask_with(s, &spans);
            }
            other if inside => *other = J::String(MASK.to_owned()),
            _ => {}
        }
    }
    go(value, false);
}

/// The spans of a secret string less its placeholders.
fn placeholder_free(s: &str) -> Vec<Span> {
    crate::source::secrets::value_ranges(s)
        .into_iter()
        .map(|r| Span::new(r.start, r.end))
        .collect()
}

/// `s` with each span replaced by `***`.
fn mask_with(s: &str, spans: &[Span]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for sp in spans {
        out.push_str(s.get(last..sp.start()).unwrap_or(""));
        out.push_str(MASK);
        last = sp.end().max(last);
    }
    out.push_str(s.get(last..).unwrap_or(""));
    out
}

/// Walks a JSON value, calling `f` with each string under a secret key (`whole`) and every
/// other string.
fn json_walk(v: &serde_json::Value, inside: bool, f: &mut impl FnMut(&str, bool) -> Option<()>) {
    use serde_json::Value as J;
    match v {
        J::Object(map) => {
            for (k, child) in map {
                if inside && k == "_type" {
                    continue;
                }
                json_walk(child, inside || is_secret_key(k), f);
            }
        }
        J::Array(items) => items.iter().for_each(|c| json_walk(c, inside, f)),
        J::String(s) => {
            f(s, inside);
        }
        J::Number(n) if inside => {
            f(&n.to_string(), true);
        }
        J::Bool(b) if inside => {
            f(&b.to_string(), true);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_messages_by_value() {
        let s = FileSecrets::new(
            "a hunter22 b 12",
            vec![Span::new(2, 10), Span::new(13, 15)],
            vec![],
        );
        assert_eq!(s.mask("found `hunter22` here"), "found `***` here");
        // a short value only where quoted whole
        assert_eq!(s.mask("line 12: `12`"), "line 12: `***`");
        assert_eq!(s.mask_text("a hunter22 b 12"), "a ******** b **");
    }

    #[test]
    fn json_positions() {
        let mut v = serde_json::json!({
            "password": "p${x}q",
            "cmd": ["python --ak AKX t.py"],
            "${token}": {"_type": "choice", "_value": ["o1", 2]},
            "user": "u"
        });
        mask_json(&mut v);
        assert_eq!(v["password"], "***${x}***");
        assert_eq!(v["cmd"][0], "python --ak *** t.py");
        assert_eq!(v["${token}"]["_type"], "choice");
        assert_eq!(v["${token}"]["_value"][1], "***");
        assert_eq!(v["user"], "u");
    }
}
