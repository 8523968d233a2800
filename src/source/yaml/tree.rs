//! Building the tree: where the next node goes (its slot and pointer), opening and closing
//! sequences and mappings with their spans, attaching finished nodes to their parent (keys,
//! duplicates), and PyYAML's merge keys.

use crate::source::path::NodePath;
use std::collections::{HashMap, HashSet};

use serde_saphyr::granit_parser::{Span as YSpan, StructureStyle, Tag};

use super::builder::{
    Anchored, Builder, Built, Content, Frame, KeyKind, MapState, PendingKey, Slot, boxed,
};
use super::diagnostics::duplicate;
use crate::source::CompactString;
use crate::source::{Member, Node, Span, SyntaxKind, SyntaxProblem, Value};

impl<'t> Builder<'t> {
    pub(super) fn slot(&self) -> Slot {
        let depth = self.stack.len();
        match self.stack.last() {
            None => Slot {
                depth,
                ptr: NodePath::root(),
                is_key: false,
            },
            Some(f) => match &f.content {
                Content::Seq(items) => Slot {
                    depth,
                    ptr: f.ptr.index(items.len()),
                    is_key: false,
                },
                Content::Map(m) => match &m.key {
                    None => Slot {
                        depth,
                        ptr: f.ptr.clone(),
                        is_key: true,
                    },
                    Some(k) => Slot {
                        depth,
                        ptr: f.ptr.key(&k.key),
                        is_key: false,
                    },
                },
            },
        }
    }

    /// Leaves the current slot empty: a skipped key drops its value, a skipped value its key.
    pub(super) fn skip_slot(&mut self) {
        if let Some(Frame {
            content: Content::Map(m),
            ..
        }) = self.stack.last_mut()
        {
            m.key = match m.key.take() {
                None => Some(PendingKey {
                    key: String::new(),
                    span: Span::default(),
                    kind: KeyKind::Discard,
                }),
                Some(_) => None,
            };
        }
    }

    pub(super) fn start(
        &mut self,
        mapping: bool,
        style: StructureStyle,
        anchor: usize,
        tag: Option<&Tag>,
        yspan: &YSpan,
    ) {
        let slot = self.slot();
        let span = self.span(yspan);
        if slot.depth > self.max_depth {
            self.too_deep(&slot, span);
            self.skip = 1;
            return;
        }
        if let Some(tag) = tag {
            let what = if mapping { "a mapping" } else { "a sequence" };
            let ok = if mapping { "map" } else { "seq" };
            match tag.core_suffix() {
                Some(s) if s == ok => {}
                Some(_) => {
                    let t = self.tag_text(tag, yspan);
                    let ts = self.tag_span(yspan, span);
                    self.problem(
                        SyntaxKind::Invalid,
                        format!("the tag `{t}` cannot be put on {what}"),
                        ts,
                        &slot.ptr,
                        Some("remove the tag".to_owned()),
                    );
                }
                None => self.foreign_tag(tag, yspan, span, &slot.ptr),
            }
        }
        let content = if mapping {
            Content::Map(MapState {
                members: self.member_pool.pop().unwrap_or_default(),
                index: HashMap::new(),
                key: None,
                merge_seen: false,
                merges: Vec::new(),
            })
        } else {
            Content::Seq(self.item_pool.pop().unwrap_or_default())
        };
        self.stack.push(Frame {
            content,
            start: span.start(),
            last_end: span.end(),
            flow: style == StructureStyle::Flow,
            anchor,
            ptr: slot.ptr,
            count: 1,
            height: 1,
        });
    }

    pub(super) fn end(&mut self, yspan: &YSpan) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let end = if frame.flow {
            self.span(yspan).end().max(frame.last_end)
        } else {
            frame.last_end
        };
        let span = Span::new(frame.start, end.max(frame.start));
        // Merge sources were counted when attached; their members only move.
        let count = frame.count;
        let value = match frame.content {
            Content::Seq(items) => Value::Array(boxed(items, &mut self.item_pool)),
            Content::Map(m) => {
                let members = self.finish_map(m, &frame.ptr);
                Value::Object(boxed(members, &mut self.member_pool))
            }
        };
        let node = Node::new(value, span);
        if frame.anchor != 0 {
            self.anchors.insert(
                frame.anchor,
                Anchored {
                    node: node.clone(),
                    count,
                    height: frame.height,
                },
            );
        }
        self.attach(Built {
            node,
            count,
            height: frame.height,
            key_text: None,
            merge: false,
        });
    }

    /// Applies the merge keys of a finished mapping, as PyYAML does.
    pub(super) fn finish_map(&mut self, m: MapState, ptr: &NodePath) -> Vec<Member> {
        let MapState {
            mut members,
            merges,
            ..
        } = m;
        let Some(position) = merges.first().map(|(p, _)| *p) else {
            return members;
        };
        let mut seen: HashSet<CompactString> = members.iter().map(|x| x.key.clone()).collect();
        let mut merged = Vec::new();
        let merge_ptr = ptr.key("<<");
        for (_, src) in merges {
            let span = src.span;
            match src.value {
                Value::Object(ms) => add_merged(&mut merged, &mut seen, ms),
                Value::Array(items) => {
                    for (i, item) in items.into_vec().into_iter().enumerate() {
                        match item.value {
                            Value::Object(ms) => add_merged(&mut merged, &mut seen, ms),
                            _ => self.problem(
                                SyntaxKind::Invalid,
                                format!(
                                    "the merge key `<<` lists {} where a mapping is expected",
                                    Node::new(item.value, item.span).type_name()
                                ),
                                item.span,
                                &merge_ptr.index(i),
                                Some("merge only mappings (`<<: [*a, *b]`)".to_owned()),
                            ),
                        }
                    }
                }
                other => self.problem(
                    SyntaxKind::Invalid,
                    format!(
                        "the merge key `<<` needs a mapping or a list of mappings, not {}",
                        Node::new(other, span).type_name()
                    ),
                    span,
                    &merge_ptr,
                    Some("write `<<: *anchor` where the anchor is on a mapping".to_owned()),
                ),
            }
        }
        let position = position.min(members.len());
        members.splice(position..position, merged);
        members
    }

    pub(super) fn attach(&mut self, b: Built) {
        let Some(frame) = self.stack.last_mut() else {
            if self.root.is_none() {
                self.root = Some(b.node);
            }
            return;
        };
        frame.last_end = frame.last_end.max(b.node.span.end());
        frame.count = frame.count.saturating_add(b.count);
        frame.height = frame.height.max(b.height.saturating_add(1));
        let frame_ptr = frame.ptr.clone();
        let mut problem = None;
        match &mut frame.content {
            Content::Seq(items) => items.push(b.node),
            Content::Map(m) => match m.key.take() {
                None => {
                    let span = b.node.span;
                    let pending = match b.key_text {
                        Some(key) if b.merge => {
                            if m.merge_seen {
                                problem = Some(duplicate(&key, span, &frame_ptr));
                                PendingKey {
                                    key,
                                    span,
                                    kind: KeyKind::Discard,
                                }
                            } else {
                                m.merge_seen = true;
                                PendingKey {
                                    key,
                                    span,
                                    kind: KeyKind::Merge,
                                }
                            }
                        }
                        Some(key) => {
                            let kind = if m.has_key(&key, &self.keys) {
                                problem = Some(duplicate(&key, span, &frame_ptr));
                                KeyKind::Discard
                            } else {
                                KeyKind::Normal
                            };
                            PendingKey { key, span, kind }
                        }
                        None => {
                            problem = Some(SyntaxProblem {
                                kind: SyntaxKind::Invalid,
                                message: format!(
                                    "{} is used as a mapping key; only scalar keys are supported",
                                    b.node.type_name()
                                ),
                                span,
                                pointer: frame_ptr.clone(),
                                help: Some("use a string as the key".to_owned()),
                            });
                            PendingKey {
                                key: String::new(),
                                span,
                                kind: KeyKind::Discard,
                            }
                        }
                    };
                    m.key = Some(pending);
                }
                Some(k) => match k.kind {
                    KeyKind::Normal => m.push(
                        Member {
                            key: k.key.into(),
                            key_span: k.span,
                            value: b.node,
                        },
                        &self.keys,
                    ),
                    KeyKind::Merge => m.merges.push((m.members.len(), b.node)),
                    KeyKind::Discard => {}
                },
            },
        }
        if let Some(p) = problem {
            self.problems.push(p);
        }
    }
}

pub(super) fn add_merged(
    merged: &mut Vec<Member>,
    seen: &mut HashSet<CompactString>,
    members: Box<[Member]>,
) {
    for m in members.into_vec() {
        if seen.insert(m.key.clone()) {
            merged.push(m);
        }
    }
}
