//! Hover: the explanation of the rules reported at the cursor, a `${x}`'s domain, and the
//! documentation of the key at the cursor (the schema's descriptions, from the models' doc
//! comments).

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Range};

use crate::kind::{self, Kind};

use super::context::{self, Cursor};
use super::navigation;
use super::schema_nav::{self, Step};
use super::state::{Doc, State};

/// The hover at byte `offset` of `doc`.
pub fn hover(state: &State, doc: &Doc, offset: usize) -> Option<Hover> {
    let mut parts: Vec<String> = Vec::new();
    let mut range: Option<Range> = None;

    // the rules reported here
    if let Some(diags) = state.diagnostics.get(&doc.uri) {
        let mut seen = Vec::new();
        for d in diags
            .iter()
            .filter(|d| (d.byte_start..=d.byte_end.max(d.byte_start)).contains(&offset))
        {
            if seen.contains(&d.code) {
                continue;
            }
            seen.push(d.code.clone());
            if let Some(rule) = crate::rules::find(&d.code) {
                parts.push(format!(
                    "**{} {}** ({})\n\n{}\n\n{}\n\n[Documentation]({})",
                    rule.code,
                    rule.name,
                    d.severity,
                    rule.summary,
                    rule.description,
                    rule.help_uri()
                ));
            }
        }
    }

    let kind = doc.kind();
    if kind != Some(Kind::SearchSpace)
        && let Some((text, r)) = navigation::hover(state, &doc.path, &doc.text, offset)
    {
        parts.push(text);
        range = Some(r);
    } else if let Some(kind) = kind
        && let Some((text, r)) = key_doc(doc, kind, offset)
    {
        parts.push(text);
        range = range.or(r);
    }

    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// The documentation of the key at `offset` (on the key or in its value).
fn key_doc(doc: &Doc, kind: Kind, offset: usize) -> Option<(String, Option<Range>)> {
    let format = kind::format_of(kind, &doc.path);
    let parsed = crate::source::parse(format, &doc.text);
    let (path, key_range) = match parsed
        .root
        .as_ref()
        .and_then(|root| context::member_at(root, offset).map(|p| (p, root)))
    {
        Some(((path, _), root)) => {
            let range = key_span(root, &path).map(|(s, e)| doc.lines.range(&doc.text, s, e));
            (path, range)
        }
        None => {
            let Cursor { mut path, key, .. } = context::cursor(format, &doc.text, offset);
            let key = key.or_else(|| word_at(&doc.text, offset))?;
            path.push(Step::Key(key));
            (path, None)
        }
    };
    let (last, parents) = path.split_last()?;
    let Step::Key(name) = last else { return None };
    let root = schema_nav::schema(kind);
    let props = schema_nav::property(root, parents, name);
    let text = schema_nav::first_description(root, &props)?;
    Some((format!("**{name}**\n\n{text}"), key_range))
}

/// The span of the key at the end of `path` in the tree.
fn key_span(root: &crate::source::Node, path: &[Step]) -> Option<(usize, usize)> {
    let mut node = root;
    let mut span = None;
    for step in path {
        match step {
            Step::Key(k) => {
                let m = node.member(k)?;
                span = Some((m.key_span.start(), m.key_span.end()));
                node = &m.value;
            }
            Step::Item => return None,
        }
    }
    span
}

/// The word at `offset` (a key being hovered on an unparsable line).
fn word_at(text: &str, offset: usize) -> Option<String> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let before = text.get(..offset)?;
    let after = text.get(offset..)?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word(*c))
        .last()
        .map_or(offset, |(i, _)| i);
    let end = offset + after.find(|c: char| !is_word(c)).unwrap_or(after.len());
    let w = text.get(start..end)?;
    (!w.is_empty()).then(|| w.to_owned())
}
