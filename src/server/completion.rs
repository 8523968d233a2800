//! Completion: the keys valid at the cursor (camelCase only), the values of a member (enums,
//! the built-in tuners and assessors, platforms, `_type`s), the `classArgs` of the chosen
//! algorithm, and `${...}` placeholders from the search space.

use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionTextEdit, Documentation, MarkupContent,
    MarkupKind, TextEdit,
};

use crate::kind::{self, Format, Kind};
use crate::rules::exp_yml::algorithms::{self, AlgoKind, ArgType, Builtin};

use super::context::{self, Cursor};
use super::navigation;
use super::schema_nav::{self, Step};
use super::state::{Doc, State};

/// The completions at byte `offset` of `doc`.
pub fn complete(state: &State, doc: &Doc, offset: usize) -> Vec<CompletionItem> {
    let Some(kind) = doc.kind() else {
        return Vec::new();
    };
    if kind != Kind::SearchSpace
        && let Some(items) = placeholders(state, doc, offset)
    {
        return items;
    }
    let format = kind::format_of(kind, &doc.path);
    let cursor = context::cursor(format, &doc.text, offset);
    let root = schema_nav::schema(kind);
    if cursor.section_header {
        return schema_nav::keys(&schema_nav::at(root, &[]))
            .into_iter()
            .map(|(name, sub)| item(name, name, CompletionItemKind::MODULE, sub))
            .collect();
    }
    match &cursor.key {
        Some(key) => values(doc, kind, &cursor, key),
        None => keys(doc, kind, format, &cursor),
    }
}

fn markdown(text: String) -> Documentation {
    Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value: text,
    })
}

fn item(
    label: &str,
    insert: &str,
    kind: CompletionItemKind,
    sub: &serde_json::Value,
) -> CompletionItem {
    CompletionItem {
        label: label.to_owned(),
        kind: Some(kind),
        insert_text: Some(insert.to_owned()),
        documentation: schema_nav::description(sub).map(markdown),
        ..CompletionItem::default()
    }
}

/// The `${...}` placeholders, when the cursor follows an unclosed `${`.
fn placeholders(state: &State, doc: &Doc, offset: usize) -> Option<Vec<CompletionItem>> {
    let line_start = doc.lines.line(&doc.text, doc.lines.line_of(offset))?.0;
    let before = doc.text.get(line_start..offset)?;
    let open = before.rfind("${")?;
    if before.get(open..)?.contains('}') {
        return None;
    }
    let start = line_start + open;
    let range = doc.lines.range(&doc.text, start, offset);
    // a `}` right after the cursor is part of what is replaced
    let end = if doc.text.get(offset..)?.starts_with('}') {
        offset + 1
    } else {
        offset
    };
    let range = lsp_types::Range::new(range.start, doc.lines.position(&doc.text, end));
    let mut items: Vec<CompletionItem> = navigation::parameters(state, &doc.path)
        .into_iter()
        .map(|(name, domain)| CompletionItem {
            label: name.clone(),
            kind: Some(CompletionItemKind::VARIABLE),
            detail: Some(domain),
            filter_text: Some(name.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, name))),
            ..CompletionItem::default()
        })
        .collect();
    for b in crate::rules::cross::placeholders::BUILTINS {
        items.push(CompletionItem {
            label: (*b).to_owned(),
            kind: Some(CompletionItemKind::CONSTANT),
            detail: Some("built-in placeholder".to_owned()),
            filter_text: Some((*b).to_owned()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                range,
                (*b).to_owned(),
            ))),
            ..CompletionItem::default()
        });
    }
    Some(items)
}

/// The algorithm slot (`tuner`, `assessor`, `advisor`) that `path` ends in, if any.
fn slot(path: &[Step]) -> Option<(AlgoKind, &str)> {
    let Some(Step::Key(k)) = path.last() else {
        return None;
    };
    match k.as_str() {
        "tuner" | "advisor" => Some((AlgoKind::Tuner, k)),
        "assessor" => Some((AlgoKind::Assessor, k)),
        _ => None,
    }
}

/// The built-in chosen in the algorithm at `path` (read from the document with the cursor's
/// line left out, so that a half-typed line does not hide it).
fn chosen(doc: &Doc, offset: usize, path: &[Step]) -> Option<&'static Builtin> {
    let line = doc.lines.line_of(offset);
    let (s, e) = doc.lines.line(&doc.text, line)?;
    let mut text = doc.text.clone();
    text.replace_range(s..e, "");
    let parsed = crate::source::parse(Format::Yaml, &text);
    let mut node = parsed.root.as_ref()?;
    for step in path {
        match step {
            Step::Key(k) => node = node.get(k)?,
            Step::Item => return None,
        }
    }
    algorithms::lookup(node.get("name")?.as_str()?)
}

fn builtin_doc(b: &Builtin) -> String {
    let args = match b.args {
        Some([]) => "no `classArgs`".to_owned(),
        Some(args) => {
            let list: Vec<String> = args
                .iter()
                .map(|a| {
                    if a.required {
                        format!("`{}` (required)", a.key)
                    } else {
                        format!("`{}`", a.key)
                    }
                })
                .collect();
            format!("`classArgs`: {}", list.join(", "))
        }
        None => "`classArgs`: not checked by hpoconf".to_owned(),
    };
    let pai = if b.kind == AlgoKind::Tuner && algorithms::PAI_TUNERS.contains(&b.name) {
        " Supported on PAI."
    } else {
        ""
    };
    let aliases = if b.aliases.is_empty() {
        String::new()
    } else {
        format!(" Also written {}.", b.aliases.join(", "))
    };
    format!(
        "Built-in {} `{}`: {args}.{aliases}{pai}",
        b.kind.word(),
        b.name
    )
}

fn values(doc: &Doc, kind: Kind, cursor: &Cursor, key: &str) -> Vec<CompletionItem> {
    let offset_doc = |label: String, doc: Option<String>, k: CompletionItemKind| CompletionItem {
        label: label.clone(),
        kind: Some(k),
        insert_text: Some(label),
        documentation: doc.map(markdown),
        ..CompletionItem::default()
    };
    if kind == Kind::ExpYml
        && key == "name"
        && let Some((algo, _)) = slot(&cursor.path)
    {
        return algorithms::BUILTINS
            .iter()
            .filter(|b| b.kind == algo)
            .map(|b| {
                offset_doc(
                    b.name.to_owned(),
                    Some(builtin_doc(b)),
                    CompletionItemKind::ENUM_MEMBER,
                )
            })
            .collect();
    }
    // a classArgs value of the chosen algorithm
    if let [parents @ .., Step::Key(ca)] = cursor.path.as_slice()
        && (ca == "classArgs" || ca == "class_args")
        && slot(parents).is_some()
        && let Some(b) = chosen(doc, cursor.word_start, parents)
        && let Some(arg) = b.args.unwrap_or_default().iter().find(|a| a.key == key)
    {
        let vals: Vec<&str> = match arg.ty {
            ArgType::Enum(vals) => vals.to_vec(),
            ArgType::Bool => vec!["true", "false"],
            _ => Vec::new(),
        };
        return vals
            .into_iter()
            .map(|v| offset_doc(v.to_owned(), None, CompletionItemKind::ENUM_MEMBER))
            .collect();
    }
    let root = schema_nav::schema(kind);
    let mut path = cursor.path.clone();
    path.push(Step::Key(key.to_owned()));
    let schemas = schema_nav::at(root, &path);
    schema_nav::values(root, &schemas)
        .into_iter()
        .map(|(v, d)| offset_doc(v, d, CompletionItemKind::VALUE))
        .collect()
}

fn keys(doc: &Doc, kind: Kind, format: Format, cursor: &Cursor) -> Vec<CompletionItem> {
    // classArgs of the chosen algorithm
    if let [parents @ .., Step::Key(ca)] = cursor.path.as_slice()
        && (ca == "classArgs" || ca == "class_args")
        && kind == Kind::ExpYml
        && slot(parents).is_some()
    {
        let Some(b) = chosen(doc, cursor.word_start, parents) else {
            return Vec::new();
        };
        return b
            .args
            .unwrap_or_default()
            .iter()
            .map(|a| CompletionItem {
                label: a.key.to_owned(),
                kind: Some(CompletionItemKind::PROPERTY),
                insert_text: Some(format!("{}: ", a.key)),
                detail: Some(format!(
                    "{} argument of {}{}",
                    b.kind.word(),
                    b.name,
                    if a.required { " (required)" } else { "" }
                )),
                ..CompletionItem::default()
            })
            .collect();
    }
    let root = schema_nav::schema(kind);
    let schemas = schema_nav::at(root, &cursor.path);
    let in_string = doc
        .text
        .get(..cursor.word_start)
        .is_some_and(|t| t.ends_with('"'));
    schema_nav::keys(&schemas)
        .into_iter()
        .map(|(name, sub)| {
            let insert = match format {
                Format::Yaml => format!("{name}: "),
                Format::Json if in_string => name.to_owned(),
                Format::Json => format!("\"{name}\": "),
                Format::Ini => format!("{name} = "),
            };
            item(name, &insert, CompletionItemKind::PROPERTY, sub)
        })
        .collect()
}
