//! Code actions: each diagnostic's fixes as quick fixes, and "suppress this rule here" as an
//! inline `# hpoconf: disable-next-line` comment (YAML and INI; JSON has no comments).

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Uri, WorkspaceEdit,
};

use crate::diagnostic::Diagnostic;
use crate::kind::{self, Format};

use super::diagnostics::to_lsp;
use super::state::Doc;

/// One replacement of a byte range of a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The action's title.
    pub title: String,
    /// Byte range replaced.
    pub start: usize,
    /// End of the byte range replaced.
    pub end: usize,
    /// The new text.
    pub replacement: String,
}

/// The fixes of a diagnostic in `text`. Until the fix engine lands, the "did you mean `X`?"
/// of its help replaces its span (inside the quotes of a quoted span). This is the one place
/// to switch to the engine.
pub fn fixes(d: &Diagnostic, text: &str) -> Vec<Fix> {
    let Some(help) = &d.help else {
        return Vec::new();
    };
    // a key that belongs elsewhere is moved, not respelt
    if help.contains("it belongs") {
        return Vec::new();
    }
    let Some(rest) = help.split_once("did you mean `").map(|(_, r)| r) else {
        return Vec::new();
    };
    let Some(suggestion) = rest.split_once('`').map(|(s, _)| s) else {
        return Vec::new();
    };
    let (mut start, mut end) = (d.byte_start, d.byte_end);
    let Some(span) = text.get(start..end) else {
        return Vec::new();
    };
    if span.is_empty() || span == suggestion || span.contains('\n') {
        return Vec::new();
    }
    for q in ['"', '\''] {
        if span.len() >= 2 && span.starts_with(q) && span.ends_with(q) {
            start += 1;
            end -= 1;
            break;
        }
    }
    vec![Fix {
        title: format!("Replace with `{suggestion}`"),
        start,
        end,
        replacement: suggestion.to_owned(),
    }]
}

/// The code actions for the diagnostics of `doc` that touch `range`.
pub fn actions(doc: &Doc, diagnostics: &[Diagnostic], range: Range) -> Vec<CodeActionOrCommand> {
    let Ok(uri) = doc.uri.parse::<Uri>() else {
        return Vec::new();
    };
    let start = doc.lines.offset(&doc.text, range.start);
    let end = doc.lines.offset(&doc.text, range.end);
    let format = doc
        .kind()
        .map(|k| kind::format_of(k, &doc.path))
        .unwrap_or(Format::Json);
    let mut out = Vec::new();
    let mut suppressed: Vec<(usize, String)> = Vec::new();
    for d in diagnostics
        .iter()
        .filter(|d| d.byte_start <= end && start <= d.byte_end)
    {
        let lsp_diag = to_lsp(d, &doc.text, &doc.lines);
        for (i, f) in fixes(d, &doc.text).into_iter().enumerate() {
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: f.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diag.clone()]),
                edit: Some(edit(
                    &uri,
                    TextEdit::new(doc.lines.range(&doc.text, f.start, f.end), f.replacement),
                )),
                is_preferred: Some(i == 0),
                ..CodeAction::default()
            }));
        }
        if format == Format::Json {
            continue;
        }
        let line = doc.lines.line_of(d.byte_start);
        if suppressed.contains(&(line, d.name.clone())) {
            continue;
        }
        suppressed.push((line, d.name.clone()));
        let Some((line_start, line_end)) = doc.lines.line(&doc.text, line) else {
            continue;
        };
        let indent: String = doc
            .text
            .get(line_start..line_end)
            .unwrap_or("")
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        let comment = format!("{indent}# hpoconf: disable-next-line {}\n", d.name);
        let at = doc.lines.position(&doc.text, line_start);
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!("Suppress {} ({}) on this line", d.name, d.code),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![lsp_diag]),
            edit: Some(edit(&uri, TextEdit::new(Range::new(at, at), comment))),
            is_preferred: Some(false),
            ..CodeAction::default()
        }));
    }
    out
}

// lsp-types keys `changes` by `Uri`, whose parsed form caches in a `Cell`; its hash and order
// are those of its string, which never changes
#[allow(clippy::mutable_key_type)]
fn edit(uri: &Uri, e: TextEdit) -> WorkspaceEdit {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), vec![e]);
    WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(help: &str, start: usize, end: usize) -> Diagnostic {
        Diagnostic {
            code: "HPO301".into(),
            name: "x".into(),
            severity: crate::Severity::Error,
            message: String::new(),
            pointer: String::new(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            help: Some(help.into()),
            byte_start: start,
            byte_end: end,
            path: String::new(),
            follows: None,
            fix: None,
        }
    }

    #[test]
    fn did_you_mean_replaces_the_span() {
        let text = "tuner:\n  name: \"TPEE\"\n";
        let f = fixes(&diag("did you mean `TPE`?", 15, 21), text);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].start, f[0].end), (16, 20));
        assert_eq!(f[0].replacement, "TPE");
        assert!(
            fixes(
                &diag("did you mean `x`? it belongs at the top level", 0, 1),
                text
            )
            .is_empty()
        );
    }
}
