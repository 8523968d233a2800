//! Diagnostics of the reader: how problems are recorded, the messages of scan errors, duplicate
//! keys and tags outside the core schema.

use crate::source::path::NodePath;
use serde_saphyr::granit_parser::{ErrorKind, ScanError, Span as YSpan, Tag};

use super::builder::Builder;
use crate::source::{Span, SyntaxKind, SyntaxProblem};

impl<'t> Builder<'t> {
    pub(super) fn problem(
        &mut self,
        kind: SyntaxKind,
        message: String,
        span: Span,
        ptr: &NodePath,
        help: Option<String>,
    ) {
        self.problems.push(SyntaxProblem {
            kind,
            message,
            span,
            pointer: ptr.clone(),
            help,
        });
    }

    pub(super) fn scan_error(&mut self, e: &ScanError) {
        let at = self.offset(e.marker());
        let end = self
            .text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map(|c| at + c.len_utf8())
            .unwrap_or(at);
        if matches!(e.kind(), ErrorKind::RecursionLimitExceeded) {
            if !self.depth_reported {
                self.depth_reported = true;
                let msg = format!("nesting deeper than {} levels", self.max_depth);
                self.problem(
                    SyntaxKind::Unsupported,
                    msg,
                    Span::new(at, end),
                    &NodePath::root(),
                    None,
                );
            }
            return;
        }
        if matches!(
            e.kind(),
            ErrorKind::UnclosedFlowCollection { .. } | ErrorKind::UnclosedQuotedScalar
        ) {
            let open = crate::source::unclosed::open_at_end(self.text, true);
            if let Some(p) = crate::source::unclosed::problem(self.text, &open, "YAML") {
                self.problems.push(p);
                return;
            }
        }
        let info = e.info();
        let first_line = info
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .trim_end_matches('.');
        let message = if first_line.is_empty() {
            "invalid YAML".to_owned()
        } else {
            format!("invalid YAML: {}", lowercase_first(first_line))
        };
        let help = match e.kind() {
            ErrorKind::TabInIndentation | ErrorKind::TabInBlockIndentation => {
                Some("indent with spaces: YAML does not allow tabs there".to_owned())
            }
            _ => None,
        };
        self.problem(
            SyntaxKind::Invalid,
            message,
            Span::new(at, end),
            &NodePath::root(),
            help,
        );
    }

    pub(super) fn tag_text(&self, tag: &Tag, yspan: &YSpan) -> String {
        match yspan.tag_span().map(|t| self.span(&t)) {
            Some(s) if !s.is_empty() => self.slice(s).to_owned(),
            _ => tag.original(),
        }
    }

    /// Reports a tag outside the core schema.
    pub(super) fn foreign_tag(
        &mut self,
        tag: &Tag,
        yspan: &YSpan,
        node_span: Span,
        ptr: &NodePath,
    ) {
        let t = self.tag_text(tag, yspan);
        let span = self.tag_span(yspan, node_span);
        let safe_known = matches!(
            tag.suffix_in_namespace("tag:yaml.org,2002:").as_deref(),
            Some("binary" | "timestamp" | "omap" | "pairs" | "set")
        );
        let message = if safe_known {
            format!("the tag `{t}` is not supported by hpoconf")
        } else {
            format!("the tag `{t}` is not allowed: NNI reads YAML with PyYAML's safe loader")
        };
        self.problem(
            SyntaxKind::Unsupported,
            message,
            span,
            ptr,
            Some("remove the tag".to_owned()),
        );
    }
}

pub(super) fn duplicate(key: &str, span: Span, map_ptr: &NodePath) -> SyntaxProblem {
    SyntaxProblem {
        kind: SyntaxKind::DuplicateKey,
        message: format!("duplicate key `{key}`: it already appears in this mapping"),
        span,
        pointer: map_ptr.key(key),
        help: Some("remove one of the two; PyYAML silently keeps the last".to_owned()),
    }
}

pub(super) fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
