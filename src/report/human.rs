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
        for d in &r.diagnostics {
            out.push_str(&render_one(&renderer, &r.path, d, text.zip(lines.as_ref())));
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
            let group = title.element(
                Snippet::source(excerpt)
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
