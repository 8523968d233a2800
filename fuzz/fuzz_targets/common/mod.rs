//! Invariants shared by the fuzz targets.
#![allow(dead_code)]

use hpoconf::check::FileReport;
use hpoconf::source::{Node, Parsed, Span, Value};

fn span_ok(text: &str, span: Span) {
    assert!(span.start() <= span.end(), "inverted span {span:?}");
    assert!(
        span.end() <= text.len(),
        "span {span:?} past the text ({})",
        text.len()
    );
}

/// Every span of a parse lies inside the text.
pub fn check_parsed(text: &str, parsed: &Parsed) {
    // the secret spans: inside the text, sorted, disjoint, on character boundaries
    for w in parsed.secrets.windows(2) {
        assert!(w[0].end() <= w[1].start(), "secret spans overlap");
    }
    for s in &parsed.secrets {
        span_ok(text, *s);
        assert!(text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()));
    }
    for p in &parsed.problems {
        span_ok(text, p.span);
        assert!(!p.message.is_empty());
    }
    for h in &parsed.hazards {
        span_ok(text, h.span);
    }
    if let Some(root) = &parsed.root {
        let mut stack: Vec<&Node> = vec![root];
        while let Some(n) = stack.pop() {
            span_ok(text, n.span);
            match &n.value {
                Value::Array(items) => stack.extend(items.iter()),
                Value::Object(members) => {
                    for m in members {
                        span_ok(text, m.key_span);
                        stack.push(&m.value);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Every diagnostic of a report is located inside the text and rendered without panicking.
pub fn check_report(text: &str, report: &FileReport) {
    for d in &report.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        assert!(
            (d.line, d.column) <= (d.end_line, d.end_column),
            "end before start: {d:?}"
        );
        assert!(
            d.byte_start <= d.byte_end && d.byte_end <= text.len(),
            "{d:?}"
        );
        assert!(!d.message.is_empty());
    }
}
