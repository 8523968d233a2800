//! The reader's state: the [`Builder`] that turns the event stream into a tree, its frames (open
//! sequences and mappings), and the event dispatch. Also the conversion of the parser's markers
//! into byte spans of the text.

use crate::source::path::NodePath;
use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Marker, Span as YSpan};

use super::Flow;
use crate::source::{Member, Node, Span, SyntaxKind, SyntaxProblem, Value, Yaml11Hazard};

/// A node whose anchor may be aliased, with its size and height for the budgets.
pub(super) struct Anchored {
    pub(super) node: Node,
    pub(super) count: usize,
    pub(super) height: usize,
}

/// A finished node on its way to its parent.
pub(super) struct Built {
    pub(super) node: Node,
    pub(super) count: usize,
    pub(super) height: usize,
    /// The text to use when this node is a mapping key (scalars only).
    pub(super) key_text: Option<String>,
    /// Whether this is a plain, untagged `<<` (a merge key when used as a key).
    pub(super) merge: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum KeyKind {
    Normal,
    Merge,
    Discard,
}

pub(super) struct PendingKey {
    pub(super) key: String,
    pub(super) span: Span,
    pub(super) kind: KeyKind,
}

pub(super) struct MapState {
    pub(super) members: Vec<Member>,
    /// Duplicate detection of a large mapping: each key's 64-bit hash (the builder's
    /// [`Builder::keys`]) -> the first member with it, confirmed against that member's key.
    /// Empty below [`INDEX_AT`] members, where a scan is cheaper than a table (most mappings);
    /// no key is copied into it.
    pub(super) index: HashMap<u64, usize>,
    pub(super) key: Option<PendingKey>,
    pub(super) merge_seen: bool,
    pub(super) merges: Vec<(usize, Node)>,
}

/// Members from which a mapping indexes its keys for duplicate detection.
pub(super) const INDEX_AT: usize = 16;

impl MapState {
    /// Whether the mapping has a member `key` already.
    pub(super) fn has_key(&self, key: &str, keys: &std::hash::RandomState) -> bool {
        use std::hash::BuildHasher;
        let scan = || self.members.iter().any(|m| m.key.as_str() == key);
        if self.members.len() < INDEX_AT {
            return scan();
        }
        match self.index.get(&keys.hash_one(key)) {
            Some(&i) if self.members.get(i).is_some_and(|m| m.key.as_str() == key) => true,
            // (two keys with one 64-bit hash: the scan tells)
            Some(_) => scan(),
            None => false,
        }
    }

    /// Adds a member, indexing its key once the mapping is large.
    pub(super) fn push(&mut self, member: Member, keys: &std::hash::RandomState) {
        use std::hash::BuildHasher;
        self.members.push(member);
        let len = self.members.len();
        if len == INDEX_AT {
            for (i, m) in self.members.iter().enumerate() {
                self.index.entry(keys.hash_one(m.key.as_str())).or_insert(i);
            }
        } else if len > INDEX_AT
            && let Some(m) = self.members.last()
        {
            self.index
                .entry(keys.hash_one(m.key.as_str()))
                .or_insert(len - 1);
        }
    }
}

pub(super) enum Content {
    Seq(Vec<Node>),
    Map(MapState),
}

pub(super) struct Frame {
    pub(super) content: Content,
    pub(super) start: usize,
    pub(super) last_end: usize,
    pub(super) flow: bool,
    pub(super) anchor: usize,
    pub(super) ptr: NodePath,
    pub(super) count: usize,
    pub(super) height: usize,
}

pub(super) struct Builder<'t> {
    pub(super) text: &'t str,
    pub(super) max_depth: usize,
    pub(super) max_expansion: usize,
    pub(super) problems: Vec<SyntaxProblem>,
    pub(super) hazards: Vec<Yaml11Hazard>,
    pub(super) stack: Vec<Frame>,
    pub(super) root: Option<Node>,
    pub(super) anchors: HashMap<usize, Anchored>,
    pub(super) expanded: usize,
    /// Nesting level of a subtree being skipped (0: not skipping).
    pub(super) skip: usize,
    pub(super) depth_reported: bool,
    pub(super) documents: usize,
    /// The hasher of the mappings' key indexes ([`MapState::index`]): random keys per parse, so
    /// that a file cannot be made of colliding keys.
    pub(super) keys: std::hash::RandomState,
    /// Emptied member lists of finished mappings, reused by the next ones: each mapping's
    /// members are copied once into an exactly sized slice, and a small file's thousands of
    /// mappings do not each grow and shrink a list of their own (the heap's fragments of those
    /// were a third of a YAML search space's peak memory).
    pub(super) member_pool: Vec<Vec<Member>>,
    /// The same for the items of sequences.
    pub(super) item_pool: Vec<Vec<Node>>,
}

/// Lists longer than this are not pooled: their slice is the list itself, shrunk in place.
const POOLED_MAX: usize = 1024;

/// `list` as an exactly sized slice; the emptied list goes back to `pool` when it is small.
pub(super) fn boxed<T>(mut list: Vec<T>, pool: &mut Vec<Vec<T>>) -> Box<[T]> {
    if list.capacity() > POOLED_MAX {
        return list.into_boxed_slice();
    }
    let out: Box<[T]> = list.drain(..).collect();
    pool.push(list);
    out
}

/// Where the next node goes.
pub(super) struct Slot {
    pub(super) depth: usize,
    pub(super) ptr: NodePath,
    pub(super) is_key: bool,
}

impl<'t> Builder<'t> {
    pub(super) fn event(&mut self, event: Event<'_>, span: &YSpan) -> Flow {
        if self.skip > 0 {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => self.skip += 1,
                Event::SequenceEnd | Event::MappingEnd => self.skip -= 1,
                _ => {}
            }
            return Flow::Continue;
        }
        match event {
            Event::DocumentStart(..) => {
                if self.documents > 0 {
                    let s = self.span(span);
                    self.problem(
                        SyntaxKind::Unsupported,
                        "several YAML documents in one file; NNI reads one".to_owned(),
                        s,
                        &NodePath::root(),
                        Some("keep one document per file".to_owned()),
                    );
                    return Flow::Stop;
                }
                self.documents += 1;
                Flow::Continue
            }
            Event::Scalar(value, style, anchor, tag) => {
                self.scalar(&value, style, anchor, tag.as_deref(), span);
                Flow::Continue
            }
            Event::SequenceStart(style, anchor, tag) => {
                self.start(false, style, anchor, tag.as_deref(), span);
                Flow::Continue
            }
            Event::MappingStart(style, anchor, tag) => {
                self.start(true, style, anchor, tag.as_deref(), span);
                Flow::Continue
            }
            Event::SequenceEnd | Event::MappingEnd => {
                self.end(span);
                Flow::Continue
            }
            Event::Alias(id) => self.alias(id, span),
            Event::UnresolvedAlias(name) => {
                let slot = self.slot();
                let s = self.span(span);
                self.problem(
                    SyntaxKind::Invalid,
                    format!("unknown alias `*{name}`: no anchor `&{name}` is defined before it"),
                    s,
                    &slot.ptr,
                    Some("define the anchor before the alias, in the same document".to_owned()),
                );
                self.attach(Built {
                    node: Node::new(Value::Null, s),
                    count: 1,
                    height: 1,
                    key_text: Some(format!("*{name}")),
                    merge: false,
                });
                Flow::Continue
            }
            _ => Flow::Continue,
        }
    }

    // ----- positions -------------------------------------------------------------------------

    /// The byte offset of a marker, on a character boundary within the text.
    pub(super) fn offset(&self, m: &Marker) -> usize {
        let len = self.text.len();
        match m.byte_offset() {
            Some(b) if b <= len && self.text.is_char_boundary(b) => b,
            _ => self
                .text
                .char_indices()
                .nth(m.index())
                .map(|(b, _)| b)
                .unwrap_or(len),
        }
    }

    pub(super) fn span(&self, s: &YSpan) -> Span {
        Span::new(self.offset(&s.start), self.offset(&s.end))
    }

    /// The span of the tag token of a node, or `fallback`.
    pub(super) fn tag_span(&self, s: &YSpan, fallback: Span) -> Span {
        s.tag_span().map(|t| self.span(&t)).unwrap_or(fallback)
    }

    pub(super) fn slice(&self, s: Span) -> &'t str {
        self.text.get(s.range()).unwrap_or("")
    }
}
