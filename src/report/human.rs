//! `--format human`: rustc-style snippets (annotate-snippets), one summary line last.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use std::io::Write;

use super::{Stream, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::FileReport;
use crate::source::LineIndex;
use crate::workspace::Failure;

/// Renders every diagnostic of `reports`, then the summary line. `color` turns on ANSI styles.
/// `sources` gives each report's file text (by index), for the snippets: the text as a snippet
/// may show it, every secret span masked ([`crate::document::FileText::masked_text`], SPEC.md §4).
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
        // (`text` is the file's masked text: the caller masks its secret spans, once per file)
        let lines = text.map(LineIndex::new);
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
    // A span of a huge value (a 50 MB `cmd1`) is underlined over its first [`CONTEXT`] bytes
    // only: the window around it is then bounded too.
    let mut span = span;
    if span.end.saturating_sub(span.start) > CONTEXT {
        let mut end = span.start + CONTEXT;
        while end > span.start && !excerpt.is_char_boundary(end) {
            end -= 1;
        }
        span.end = end;
    }
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

    /// A diagnostic in a long line shows the text around it, cut with `…`.
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
        // a span of a huge value: underlined over its first bytes, the rest cut
        let huge = format!("cmd1 = {}\n", "y".repeat(1_000_000));
        let (shown, span, cut) = clipped(&huge, 7..huge.len() - 1);
        assert!(cut && shown.len() < 3 * CONTEXT, "{}", shown.len());
        assert!(span.end - span.start <= CONTEXT && shown.get(span).is_some());
        // a short excerpt is not cut
        assert_eq!(clipped("a = 1", 4..5), ("a = 1".to_owned(), 4..5, false));
        // cutting three bytes and adding `…` (three bytes) is still a cut
        let exact = format!("{}ab", "x".repeat(CONTEXT + 3));
        let (shown, span, cut) = clipped(&exact, CONTEXT + 3..CONTEXT + 4);
        assert!(cut && shown.len() == exact.len());
        assert_eq!(shown.get(span), Some("a"));
    }

    /// Snippets show the file's text with its secret spans masked, and nothing else.
    #[test]
    fn secrets_are_masked_in_snippets() {
        let text = "{\n  \"ConfigIni\": \"[odps_config]\\naccess_id=foo\\naccess_key=bar\\nend_point=x\",\n  \"password\": \"hunter22\",\n  \"Status\": 7\n}\n";
        let file = crate::document::FileText::new("r.json", text.to_owned());
        let doc = crate::document::Document::whole(crate::Kind::GetHpoExperiment, file.clone());
        let mut out = Vec::new();
        crate::pipeline::check_document(&doc, &mut out);
        let report = crate::pipeline::finish("r.json", Some(crate::Kind::GetHpoExperiment), out);
        assert!(!report.diagnostics.is_empty());
        let masked = file.masked_text();
        let shown = render(&[report], &[Some(&masked)], false);
        assert!(
            !shown.contains("=bar") && !shown.contains("hunter22"),
            "{shown}"
        );
        assert_eq!(masked.len(), text.len());
        assert!(
            masked.contains("access_id=foo") && masked.contains("\"password\""),
            "{masked}"
        );
    }
}
