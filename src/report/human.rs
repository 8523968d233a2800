//! `--format human`: rustc-style snippets (annotate-snippets), one summary line last.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use std::io::Write;

use super::{Stream, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::FileReport;
use crate::source::LineIndex;
use crate::workspace::Failure;

/// Renders every diagnostic of `reports`, then the summary line. `color` turns on ANSI styles.
/// `sources` gives each report's file text (by index), for the snippets.
pub fn render(reports: &[FileReport], sources: &[Option<&str>], color: bool) -> String {
    let mut out = Vec::new();
    let mut s = HumanStream::new(&mut out, color, true);
    for (i, r) in reports.iter().enumerate() {
        let _ = s.file(r, sources.get(i).copied().flatten());
    }
    let _ = s.finish(&[]);
    String::from_utf8(out).unwrap_or_default()
}

/// The human report, written file by file.
pub struct HumanStream<W: Write> {
    w: W,
    renderer: Renderer,
    summary: Summary,
    summary_line: bool,
    /// Findings with a safe fix, and with an unsafe one.
    fixable: (usize, usize),
}

impl<W: Write> HumanStream<W> {
    /// Writes on `w`; `color`: ANSI styles; `summary_line`: end with the summary line
    /// (`--quiet` leaves it out).
    pub fn new(w: W, color: bool, summary_line: bool) -> HumanStream<W> {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        HumanStream {
            w,
            renderer,
            summary: Summary::default(),
            summary_line,
            fixable: (0, 0),
        }
    }
}

impl<W: Write> Stream for HumanStream<W> {
    fn file(&mut self, r: &FileReport, text: Option<&str>) -> std::io::Result<()> {
        self.summary.add(r);
        for d in &r.diagnostics {
            match d.fix.as_ref().map(|f| f.applicability) {
                Some(crate::fix::Applicability::Safe) => self.fixable.0 += 1,
                Some(crate::fix::Applicability::Unsafe) => self.fixable.1 += 1,
                None => {}
            }
        }
        if r.diagnostics.is_empty() {
            return Ok(());
        }
        let lines = text.map(LineIndex::new);
        let secrets = text.map(secrets_of).unwrap_or_default();
        // secrets masked once in the whole text (same byte offsets), not in the snippet of each
        // diagnostic: a response with a password per machine and a diagnostic per parameter
        // searched every snippet for every password
        let masked = text.map(|t| mask_keys(&mask_values(t, &secrets)));
        let text = masked.as_deref().or(text);
        for d in &r.diagnostics {
            let source = text.zip(lines.as_ref());
            self.w
                .write_all(render_one(&self.renderer, &r.path, d, source).as_bytes())?;
            self.w.write_all(b"\n\n")?;
        }
        Ok(())
    }

    fn finish(&mut self, _failures: &[Failure]) -> std::io::Result<()> {
        if self.summary_line {
            writeln!(self.w, "{}", self.summary.line())?;
            self.w.write_all(fixable_line(self.fixable).as_bytes())?;
        }
        self.w.flush()
    }
}

/// "3 fixable with `hpoconf check --fix` (1 more with `--unsafe-fixes`)", or nothing, from the
/// counts of findings with a safe and with an unsafe fix.
fn fixable_line((safe, more): (usize, usize)) -> String {
    match (safe, more) {
        (0, 0) => String::new(),
        (s, 0) => format!("[*] {s} fixable with `hpoconf check --fix`\n"),
        (0, m) => format!("{m} fixable with `hpoconf check --unsafe-fixes`\n"),
        (s, m) => {
            format!("[*] {s} fixable with `hpoconf check --fix` ({m} more with `--unsafe-fixes`)\n")
        }
    }
}

fn render_one(
    renderer: &Renderer,
    path: &str,
    d: &Diagnostic,
    source: Option<(&str, &LineIndex)>,
) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let mark = match d.fix.as_ref().map(|f| f.applicability) {
        Some(crate::fix::Applicability::Safe) => "[*] ",
        _ => "",
    };
    let title_text = format!("{mark}{} ({})", d.message, d.name);
    let label = d.help.clone().unwrap_or_default();
    let origin = format!("{path}:{}:{}", d.line, d.column);
    let title = level
        .clone()
        .primary_title(title_text.as_str())
        .id(d.code.as_str());
    match source.and_then(|(text, lines)| excerpt(text, lines, d)) {
        Some((excerpt, start_line, span)) => {
            let (shown, span, cut) = clipped(excerpt, span);
            let snippet = Snippet::source(shown.as_str())
                .line_start(start_line)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(span).label(label.as_str()));
            // a clipped line: the origin is given, since the column in the snippet is not the
            // column in the file
            if !cut {
                return renderer.render(&[title.element(snippet.path(path))]);
            }
            // A clipped line: annotate-snippets would take the column from the clipped text,
            // so the origin is rendered on its own (the title and `-->` line), then the snippet
            // without a path (its lines after the title).
            let head = renderer.render(&[level
                .primary_title(title_text.as_str())
                .id(d.code.as_str())
                .element(Origin::path(path).line(d.line).char_column(d.column))]);
            let body = renderer.render(&[title.element(snippet)]);
            // the `-->` line is indented as the snippet's gutter (its `|` lines, one space more)
            let gutter = body
                .lines()
                .nth(1)
                .map_or(1, |l| l.len() - l.trim_start().len());
            let indent = " ".repeat(gutter.saturating_sub(1));
            let mut out = String::new();
            for (i, line) in head.lines().enumerate() {
                if i > 0 {
                    out.push('\n');
                    out.push_str(&indent);
                }
                out.push_str(line);
            }
            for line in body.lines().skip(1) {
                out.push('\n');
                out.push_str(line);
            }
            out
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

/// Bytes of a long line kept on each side of a diagnostic's span (a document embedded in a
/// JSON string is one line of hundreds of kilobytes: annotate-snippets laid all of it out for
/// each of its diagnostics). Far more than annotate-snippets shows (140 columns), so that its
/// own trimming still decides what is displayed.
const CONTEXT: usize = 4096;

/// The excerpt clipped to [`CONTEXT`] bytes around `span` (with `…` where text was cut), the
/// span in it, and whether anything was cut.
fn clipped(excerpt: &str, span: std::ops::Range<usize>) -> (String, std::ops::Range<usize>, bool) {
    let (lo, hi) = window(excerpt, &span, CONTEXT);
    if lo == 0 && hi == excerpt.len() {
        return (excerpt.to_owned(), span, false);
    }
    let mut shown = String::with_capacity(hi - lo + 6);
    if lo > 0 {
        shown.push('…');
    }
    let shift = shown.len();
    shown.push_str(excerpt.get(lo..hi).unwrap_or(""));
    if hi < excerpt.len() {
        shown.push('…');
    }
    let span = span.start.saturating_sub(lo) + shift..span.end.saturating_sub(lo) + shift;
    (shown, span, true)
}

/// The byte range of `text` that keeps `margin` bytes on each side of `span`, widened to
/// character boundaries.
fn window(text: &str, span: &std::ops::Range<usize>, margin: usize) -> (usize, usize) {
    let mut lo = span.start.saturating_sub(margin).min(text.len());
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = span.end.saturating_add(margin).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    (lo, hi)
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
#[cfg(test)]
fn mask(excerpt: &str, secrets: &[String]) -> String {
    mask_keys(&mask_values(excerpt, secrets))
}

/// `*` over every byte of `start..end` of `bytes`. A UTF-8 continuation byte never becomes `*`
/// alone: the ranges are whole characters.
fn hide(bytes: &mut [u8], start: usize, end: usize) {
    for b in bytes.iter_mut().take(end).skip(start) {
        *b = b'*';
    }
}

/// `text` with every occurrence of every value of `secrets` (longest first) replaced by `*`s of
/// the same byte length. Many secrets are searched together (one regex of the literals), each
/// position once, so that overlapping occurrences are all masked.
fn mask_values(text: &str, secrets: &[String]) -> String {
    let mut bytes: Vec<u8> = text.as_bytes().to_vec();
    let literals: Vec<String> = secrets
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| regex::escape(s))
        .collect();
    let together = (literals.len() > 4)
        .then(|| {
            regex::RegexBuilder::new(&literals.join("|"))
                .size_limit(1 << 26)
                .build()
                .ok()
        })
        .flatten();
    match together {
        Some(re) => {
            let mut at = 0;
            while let Some(m) = re.find_at(text, at) {
                hide(&mut bytes, m.start(), m.end());
                // the next position may start another (overlapping) secret
                at = m.start()
                    + text
                        .get(m.start()..)
                        .and_then(|r| r.chars().next())
                        .map_or(1, char::len_utf8);
            }
        }
        None => {
            for secret in secrets.iter().filter(|s| !s.is_empty()) {
                for (at, _) in text.match_indices(secret.as_str()) {
                    hide(&mut bytes, at, at + secret.len());
                }
            }
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `excerpt` with the value after each secret key's `:` or `=` replaced by `*`s of the same byte
/// length (also inside a JSON string, where a line ends at a `\n` escape).
fn mask_keys(excerpt: &str) -> String {
    let mut bytes: Vec<u8> = excerpt.as_bytes().to_vec();
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
        if leading_placeholder(value) {
            // a placeholder stands for the secret and is shown as written (SPEC.md §4)
            continue;
        }
        hide(&mut bytes, value_start + skip, value_start + skip + len);
    }
    // Only ASCII bytes and whole characters were replaced, so this is valid UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| "*".repeat(excerpt.len()))
}

/// Whether `value` (the rest of a line after a secret key's `:` or `=`) is a placeholder
/// (`${SK}`, `{{ ak }}`) followed by the end of the value.
fn leading_placeholder(value: &str) -> bool {
    let close = if value.starts_with("${") {
        value.find('}').map(|i| i + 1)
    } else if value.starts_with("{{") {
        value.find("}}").map(|i| i + 2)
    } else {
        None
    };
    close.is_some_and(|end| {
        value.get(..end).is_some_and(crate::secrets::is_placeholder)
            && value
                .get(end..)
                .and_then(|r| r.chars().next())
                .is_none_or(|c| {
                    matches!(c, '\n' | '\r' | '"' | '\'' | ',' | '}' | ' ' | '\t' | '\\')
                })
    })
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
    fn placeholders_are_shown_as_written() {
        assert_eq!(mask("accessKeySecret=${SK}", &[]), "accessKeySecret=${SK}");
        assert_eq!(
            mask("access_key: \"{{ ak }}\"", &[]),
            "access_key: \"{{ ak }}\""
        );
        assert_eq!(mask("password: hunter22", &[]), "password: ********");
    }

    /// A diagnostic in a long line shows the text around it, cut with `…`; a secret whose key is
    /// far before it is masked (the whole text is masked before any clipping).
    #[test]
    fn long_lines_are_clipped_around_the_span() {
        let line = format!(
            "{{\"ConfigIni\": \"[odps_config]\\naccess_key=hunter22\\nk={}BAD{}\"}}",
            "x".repeat(10_000),
            "é".repeat(10_000)
        );
        let at = line.find("BAD").expect("BAD");
        let (shown, span, cut) = clipped(&line, at..at + 3);
        assert!(cut);
        assert_eq!(shown.get(span.clone()), Some("BAD"), "{shown}");
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert!(shown.len() <= 2 * CONTEXT + 3 + 8, "{}", shown.len());
        // a token key 5,000 bytes before its value's end, in a YAML flow mapping
        let yaml = format!("ts: {{token: {}SECRETTAIL, bogus: 1}}", "T".repeat(5000));
        let masked = mask_keys(&mask_values(&yaml, &[]));
        assert!(!masked.contains("SECRETTAIL"), "the value is masked");
        let at = masked.find("bogus").expect("bogus");
        let (shown, _, cut) = clipped(&masked, at..at + 5);
        assert!(cut && !shown.contains("SECRET") && !shown.contains('T'));
        // a short excerpt is not cut
        assert_eq!(clipped("a = 1", 4..5), ("a = 1".to_owned(), 4..5, false));
        // cutting three bytes and adding `…` (three bytes) is still a cut
        let exact = format!("{}ab", "x".repeat(CONTEXT + 3));
        let (shown, span, cut) = clipped(&exact, CONTEXT + 3..CONTEXT + 4);
        assert!(cut && shown.len() == exact.len());
        assert_eq!(shown.get(span), Some("a"));
    }

    /// Many secrets are searched together, and overlapping occurrences are all masked.
    #[test]
    fn many_and_overlapping_secrets_are_masked() {
        let mut secrets: Vec<String> = (0..50).map(|i| format!("pw{i:03}x")).collect();
        secrets.extend(["abcd".to_owned(), "cdef".to_owned(), "a.c".to_owned()]);
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let text = "x abcdef pw007x pw049xpw000x a.c abc é";
        let masked = mask_values(text, &secrets);
        assert_eq!(masked, "x ****** ****** ************ *** abc é");
        assert_eq!(masked.len(), text.len());
        // few secrets: the same result without the regex
        let few = ["abcd".to_owned(), "cdef".to_owned()];
        assert_eq!(mask_values("abcdef", &few), "******");
    }

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
