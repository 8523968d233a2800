//! The budgets of hostile input: the depth limit ([`Limits::max_depth`]) and alias expansion
//! ([`Limits::max_alias_expansion`], billion laughs), with unknown and recursive aliases.
//!
//! [`Limits::max_depth`]: crate::source::Limits::max_depth
//! [`Limits::max_alias_expansion`]: crate::source::Limits::max_alias_expansion

use serde_saphyr::granit_parser::Span as YSpan;

use super::Flow;
use super::builder::{Builder, Built, Slot};
use crate::source::{Node, Number, Span, SyntaxKind, Value};

impl<'t> Builder<'t> {
    /// Reports a node beyond the depth limit (once) and leaves its slot empty.
    pub(super) fn too_deep(&mut self, slot: &Slot, span: Span) {
        if !self.depth_reported {
            self.depth_reported = true;
            let msg = format!("nesting deeper than {} levels", self.max_depth);
            self.problem(SyntaxKind::Unsupported, msg, span, &slot.ptr, None);
        }
        self.skip_slot();
    }

    pub(super) fn alias(&mut self, id: usize, yspan: &YSpan) -> Flow {
        let slot = self.slot();
        let span = self.span(yspan);
        let name = self.slice(span).to_owned();
        let Some(a) = self.anchors.get(&id) else {
            if self.stack.iter().any(|f| f.anchor == id) {
                self.problem(
                    SyntaxKind::Unsupported,
                    format!("the alias `{name}` refers to a node that contains it (a recursive structure)"),
                    span,
                    &slot.ptr,
                    Some("PyYAML's safe loader builds such a structure, but it cannot be checked; remove the alias".to_owned()),
                );
            }
            // Otherwise the anchored node was dropped (too deep): already reported.
            self.attach(Built {
                node: Node::new(Value::Null, span),
                count: 1,
                height: 1,
                key_text: None,
                merge: false,
            });
            return Flow::Continue;
        };
        if slot.depth.saturating_add(a.height).saturating_sub(1) > self.max_depth {
            self.too_deep(&slot, span);
            return Flow::Continue;
        }
        self.expanded = self.expanded.saturating_add(a.count);
        if self.expanded > self.max_expansion {
            let msg = format!(
                "aliases expand to more than {} nodes (billion laughs?)",
                self.max_expansion
            );
            self.problem(
                SyntaxKind::Unsupported,
                msg,
                span,
                &slot.ptr,
                Some("write the data out instead of nesting aliases".to_owned()),
            );
            return Flow::Abort;
        }
        let mut node = a.node.clone();
        let (count, height) = (a.count, a.height);
        node.span = span;
        let key_text = scalar_text(&node.value);
        self.attach(Built {
            node,
            count,
            height,
            key_text,
            merge: false,
        });
        Flow::Continue
    }
}

/// The text of a scalar used as a mapping key.
pub(super) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some(String::new()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(Number::Int(i)) => Some(i.to_string()),
        Value::Number(Number::UInt(u)) => Some(u.to_string()),
        Value::Number(Number::Float(f)) => Some(f.to_string()),
        Value::String(s) => Some(s.as_str().to_owned()),
        Value::Array(_) | Value::Object(_) => None,
    }
}
