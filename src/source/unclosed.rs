//! A file that ends inside a bracket or a quote (a truncated file): one problem, at the end of
//! the file, naming where the unclosed part was opened ("the object opened at 1:1 is never
//! closed"), with the closers the text needs. Shared by the JSON and YAML readers.

use super::{Span, SyntaxKind, SyntaxProblem};

/// What is open at the end of a text: a bracket or a string, at its byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Open {
    /// Byte offset of the opening character.
    pub at: usize,
    /// The opening character: `{`, `[`, `"` or `'`.
    pub ch: char,
}

/// The brackets and the string left open at the end of `text`, outermost first, as JSON (and
/// YAML flow collections) nest them. `'` quotes count only with `yaml` (JSON has none); a `#`
/// outside a string starts a comment to the end of the line with `yaml`.
pub(crate) fn open_at_end(text: &str, yaml: bool) -> Vec<Open> {
    let mut stack: Vec<Open> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let in_string = stack
            .last()
            .filter(|o| o.ch == '"' || o.ch == '\'')
            .map(|o| o.ch);
        match (in_string, c) {
            (Some('"'), '\\') => {
                chars.next();
            }
            (Some('"'), '"') => {
                stack.pop();
            }
            (Some('\''), '\'') => {
                // `''` is an escaped quote inside a YAML single-quoted string
                if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                    chars.next();
                } else {
                    stack.pop();
                }
            }
            (Some(_), _) => {}
            (None, '{' | '[' | '"') => stack.push(Open { at, ch: c }),
            (None, '\'') if yaml => {
                // a quote starts a string only where a scalar starts (not in `it's`)
                let before = text.get(..at).and_then(|b| b.chars().next_back());
                if before.is_none_or(|b| matches!(b, ' ' | '\t' | '\n' | '[' | '{' | ',' | ':')) {
                    stack.push(Open { at, ch: c });
                }
            }
            (None, '#') if yaml => while chars.next_if(|(_, n)| *n != '\n').is_some() {},
            (None, '}') if stack.last().is_some_and(|o| o.ch == '{') => {
                stack.pop();
            }
            (None, ']') if stack.last().is_some_and(|o| o.ch == '[') => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// 1-based line and column (in characters) of a byte offset.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn name(ch: char, yaml: bool) -> &'static str {
    match (ch, yaml) {
        ('{', false) => "object",
        ('[', false) => "array",
        ('{', true) => "flow mapping `{`",
        ('[', true) => "flow sequence `[`",
        _ => "string",
    }
}

fn closer(ch: char) -> char {
    match ch {
        '{' => '}',
        '[' => ']',
        other => other,
    }
}

/// The problem of a text that ends with `open` (outermost first, never empty) still open:
/// reported at the end of the text (past its last non-blank character). `format` is `JSON` or
/// `YAML`.
pub(crate) fn problem(text: &str, open: &[Open], format: &str) -> Option<SyntaxProblem> {
    let inner = open.last()?;
    let yaml = format == "YAML";
    let (line, column) = position(text, inner.at);
    let mut message = format!(
        "invalid {format}: the {} opened at {line}:{column} is never closed",
        name(inner.ch, yaml)
    );
    if let Some(outer) = open.first().filter(|o| o.at != inner.at) {
        let (l, c) = position(text, outer.at);
        message.push_str(&format!(
            ", nor the {} opened at {l}:{c} that holds it: the file ends first",
            name(outer.ch, yaml)
        ));
    } else {
        message.push_str(": the file ends first");
    }
    let closers: String = open.iter().rev().map(|o| closer(o.ch)).collect();
    let end = text.trim_end().len();
    Some(SyntaxProblem {
        kind: SyntaxKind::Invalid,
        message,
        span: Span::at(end),
        pointer: crate::source::path::NodePath::root(),
        help: Some(format!(
            "the file may be cut short: complete it, or close what is open with `{closers}`"
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_is_open() {
        let t = r#"{"a": {"_type": "choice", "_value": [1, 2]"#;
        let open = open_at_end(t, false);
        assert_eq!(open.iter().map(|o| o.ch).collect::<String>(), "{{");
        let p = problem(t, &open, "JSON").expect("problem");
        assert_eq!(
            p.message,
            "invalid JSON: the object opened at 1:7 is never closed, nor the object opened at 1:1 that holds it: the file ends first"
        );
        assert_eq!(p.span, Span::at(t.len()));
        assert!(p.help.is_some_and(|h| h.contains("`}}`")));
        let t = "{\"a\": \"x\\\"{[\n";
        let open = open_at_end(t, false);
        assert_eq!(open.iter().map(|o| o.ch).collect::<String>(), "{\"");
        assert!(open_at_end("{\"a\": [1, {\"b\": \"}\"}]}", false).is_empty());
        assert!(open_at_end("a: it's [1, 2] # {\nb: 'x''y'\n", true).is_empty());
        assert_eq!(open_at_end("a: [1, 2\n", true).len(), 1);
    }
}
