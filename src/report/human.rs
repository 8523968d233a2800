//! `--format human`: rustc-style snippets (annotate-snippets), one summary line last.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Summary;
use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::LineIndex;

/// Renders every diagnostic of `reports`, then the summary line. `color` turns on ANSI styles.
/// `sources` gives each report's file text (by index), for the snippets.
pub fn render(reports: &[FileReport], sources: &[Option<&str>], color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for (i, r) in reports.iter().enumerate() {
        let text = sources.get(i).copied().flatten();
        let lines = text.map(LineIndex::new);
        let secrets = if r.diagnostics.is_empty() {
            Vec::new()
        } else {
            text.map(secrets_of).unwrap_or_default()
        };
        for d in &r.diagnostics {
            let source = text.zip(lines.as_ref());
            out.push_str(&render_one(&renderer, &r.path, d, source, &secrets));
            out.push_str("\n\n");
        }
    }
    out.push_str(&Summary::of(reports).line());
    out.push('\n');
    out
}

fn render_one(
    renderer: &Renderer,
    path: &str,
    d: &Diagnostic,
    source: Option<(&str, &LineIndex)>,
    secrets: &[String],
) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let title = format!("{} ({})", d.message, d.name);
    let label = d.help.clone().unwrap_or_default();
    let origin = format!("{path}:{}:{}", d.line, d.column);
    let title = level.primary_title(title.as_str()).id(d.code.as_str());
    match source.and_then(|(text, lines)| excerpt(text, lines, d)) {
        Some((excerpt, start_line, span)) => {
            let excerpt = mask(excerpt, secrets);
            let group = title.element(
                Snippet::source(excerpt.as_str())
                    .line_start(start_line)
                    .path(path)
                    .fold(true)
                    .annotation(AnnotationKind::Primary.span(span).label(label.as_str())),
            );
            renderer.render(&[group])
        }
        None => {
            let mut s = renderer.render(&[Group::with_title(title)]);
            s.push_str(&format!("\n --> {origin}"));
            if let Some(h) = &d.help {
                s.push_str(&format!("\n  = help: {h}"));
            }
            s
        }
    }
}

/// The secret values a file holds (SPEC.md §4), found in its `key: value` / `key = value` lines;
/// also inside JSON strings (a response's ConfigIni/ConfigYml), whose lines are `\n` escapes.
fn secrets_of(text: &str) -> Vec<String> {
    let mut found = crate::secrets::collect_from_text(text);
    if text.contains("\\n") {
        found.extend(crate::secrets::collect_from_text(
            &text.replace("\\n", "\n"),
        ));
    }
    found.retain(|s| !s.is_empty());
    found.sort_by_key(|s| std::cmp::Reverse(s.len()));
    found.dedup();
    found
}

/// The excerpt with every secret value replaced by `*`s of the same byte length, so the
/// annotation's byte span still points at the same place: each value known to be a secret, and
/// whatever follows a secret key's `:` or `=` on its line (also inside a JSON string, where a
/// line ends at a `\n` escape).
fn mask(excerpt: &str, secrets: &[String]) -> String {
    let mut bytes: Vec<u8> = excerpt.as_bytes().to_vec();
    let mut hide = |start: usize, end: usize| {
        for b in bytes.iter_mut().take(end).skip(start) {
            // a UTF-8 continuation byte must not become `*` alone: the char is masked whole
            // since every byte of it is in the range
            *b = b'*';
        }
    };
    for secret in secrets {
        for (at, _) in excerpt.match_indices(secret.as_str()) {
            hide(at, at + secret.len());
        }
    }
    for (at, c) in excerpt.char_indices() {
        if c != ':' && c != '=' {
            continue;
        }
        let before = excerpt
            .get(..at)
            .unwrap_or("")
            .trim_end()
            .trim_end_matches(['"', '\'']);
        let key_start = before
            .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '-'))
            .map_or(0, |i| i + 1);
        let mut key = before.get(key_start..).unwrap_or("");
        // inside a JSON string a line starts after a `\n` (or `\t`) escape
        if before.get(..key_start).is_some_and(|b| b.ends_with('\\')) {
            key = key.strip_prefix(['n', 't', 'r']).unwrap_or(key);
        }
        if key.is_empty() || !crate::secrets::is_secret_key(key) {
            continue;
        }
        let rest = excerpt.get(at + 1..).unwrap_or("");
        let lead = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let value_start = at + 1 + lead;
        let value = excerpt.get(value_start..).unwrap_or("");
        let (skip, value) = match value.strip_prefix('"') {
            Some(v) => (1, v),
            None => (0, value),
        };
        let quoted = skip == 1;
        let mut escaped = false;
        let len = value
            .char_indices()
            .find(|(i, ch)| {
                if quoted {
                    // a JSON or YAML double-quoted string ends at an unescaped `"`
                    let end = *ch == '"' && !escaped;
                    escaped = *ch == '\\' && !escaped;
                    return end;
                }
                matches!(ch, '\n' | '\r' | '"' | ',' | '}')
                    || (*ch == '\\' && value.get(i + 1..).is_some_and(|r| r.starts_with('n')))
                    || (*ch == ' ' && value.get(i + 1..).is_some_and(|r| r.starts_with('#')))
            })
            .map_or(value.len(), |(i, _)| i);
        let len = value.get(..len).map_or(len, |v| v.trim_end().len());
        hide(value_start + skip, value_start + skip + len);
    }
    // Only ASCII bytes and whole characters were replaced, so this is valid UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| "*".repeat(excerpt.len()))
}

/// The lines of the diagnostic (at most 6), and the span relative to them.
fn excerpt<'t>(
    text: &'t str,
    lines: &LineIndex,
    d: &Diagnostic,
) -> Option<(&'t str, usize, std::ops::Range<usize>)> {
    let (first, _) = lines.line_range(text, d.line)?;
    let last_line = d.end_line.clamp(d.line, d.line + 5);
    let (_, last) = lines.line_range(text, last_line)?;
    let excerpt = text.get(first..last)?;
    let start = d.byte_start.checked_sub(first)?.min(excerpt.len());
    let mut end = d
        .byte_end
        .saturating_sub(first)
        .min(excerpt.len())
        .max(start);
    if end == start {
        // an empty span: underline one character so the caret shows
        end = excerpt
            .get(start..)
            .and_then(|s| s.chars().next())
            .map_or(start, |c| start + c.len_utf8());
    }
    if !excerpt.is_char_boundary(start) || !excerpt.is_char_boundary(end) {
        return None;
    }
    Some((excerpt, d.line, start..end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_masked_in_snippets() {
        let text = "{\n  \"ConfigIni\": \"[odps_config]\\naccess_id=foo\\naccess_key=bar\\nend_point=x\",\n  \"password\": \"hunter22\"\n}\n";
        let secrets = secrets_of(text);
        assert!(secrets.contains(&"hunter22".to_owned()), "{secrets:?}");
        let masked = mask(text, &secrets);
        assert!(
            !masked.contains("=bar") && !masked.contains("hunter22"),
            "{masked}"
        );
        assert_eq!(masked.len(), text.len());
        assert!(masked.contains("access_id=foo"), "{masked}");
        let yaml = "      password: 12345  # old\n    token: \"é-tok\"\n";
        let m = mask(yaml, &[]);
        assert_eq!(m, "      password: *****  # old\n    token: \"******\"\n");
    }
}
