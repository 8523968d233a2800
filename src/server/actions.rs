//! Code actions: each diagnostic's fix (the fix engine's, as `--fix` applies it) as a quick fix, and "suppress this rule here" as an
//! inline `# hpoconf: disable-next-line` comment (YAML and INI; JSON has no comments).

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Uri, WorkspaceEdit,
};

use crate::diagnostic::Diagnostic;
use crate::kind::{self, Format};

use super::diagnostics::to_lsp;
use super::state::Doc;

/// A quick fix: its title and its replacements of byte ranges of the document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// The action's title.
    pub title: String,
    /// `(start, end, replacement)`, in the document's bytes, sorted and not overlapping.
    pub edits: Vec<(usize, usize, String)>,
    /// Certainly what was meant (the fix engine's `safe`): the preferred action.
    pub preferred: bool,
}

/// The quick fixes of a diagnostic: the fix engine's fix ([`crate::fix`]), the same edits
/// `hpoconf check --fix` applies (the unsafe ones too: the user chooses in the editor).
pub fn fixes(d: &Diagnostic, text: &str) -> Vec<Fix> {
    let Some(f) = &d.fix else {
        return Vec::new();
    };
    let edits: Vec<(usize, usize, String)> = f
        .edits
        .iter()
        .map(|e| (e.byte_start, e.byte_end, e.content.clone()))
        .collect();
    let fits = edits.iter().all(|(s, e, _)| {
        s <= e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
    });
    if edits.is_empty() || !fits {
        return Vec::new();
    }
    let safe = f.applicability == crate::fix::Applicability::Safe;
    let mut chars = f.message.chars();
    let message: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    vec![Fix {
        title: if safe {
            message
        } else {
            format!("{message} (unsafe)")
        },
        edits,
        preferred: safe,
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
        for f in fixes(d, &doc.text) {
            let edits = f
                .edits
                .into_iter()
                .map(|(s, e, r)| TextEdit::new(doc.lines.range(&doc.text, s, e), r))
                .collect();
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: f.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diag.clone()]),
                edit: Some(edit(&uri, edits)),
                is_preferred: Some(f.preferred),
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
            edit: Some(edit(&uri, vec![TextEdit::new(Range::new(at, at), comment)])),
            is_preferred: Some(false),
            ..CodeAction::default()
        }));
    }
    out
}

// lsp-types keys `changes` by `Uri`, whose parsed form caches in a `Cell`; its hash and order
// are those of its string, which never changes
#[allow(clippy::mutable_key_type)]
fn edit(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), edits);
    WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_fixes_are_the_engine_s_fixes() {
        let text = "trialCommand: x\ntrialConcurency: 1\ntuner:\n  name: \"TPEE\"\ntrainingService:\n  platform: local\n";
        let report = crate::check_str("exp.yml", text, None);
        let mut found = Vec::new();
        for d in &report.diagnostics {
            for f in fixes(d, text) {
                let mut fixed = text.to_owned();
                for (s, e, r) in f.edits.iter().rev() {
                    fixed.replace_range(*s..*e, r);
                }
                found.push(fixed);
            }
        }
        assert!(
            found.contains(&text.replace("trialConcurency", "trialConcurrency")),
            "{found:?}"
        );
        assert!(found.contains(&text.replace("TPEE", "TPE")), "{found:?}");
        // a diagnostic without a fix has no quick fix
        let no_fix = report.diagnostics.iter().find(|d| d.fix.is_none());
        if let Some(d) = no_fix {
            assert!(fixes(d, text).is_empty());
        }
    }
}
