//! YAML, read through granit-parser's event stream (re-exported by serde-saphyr) into the
//! span-aware [`Node`] tree.
//!
//! Plain scalars are resolved with the YAML 1.2 core schema (what hpoconf reads); every plain
//! scalar that PyYAML (YAML 1.1, what NNI and hpo_tools read) would resolve differently is
//! recorded as a [`Yaml11Hazard`]. Choices made here:
//!
//! - **Empty documents.** A file that is empty or holds only comments reads as a root
//!   [`Value::Null`] spanning `0..0` (no problem), so a caller reports "expected a mapping" as
//!   it would for `~`.
//! - **Several documents.** The first is kept; one [`SyntaxKind::Unsupported`] problem is
//!   reported at the start of the second, and the rest of the stream is not read.
//! - **Aliases** are expanded (a clone of the anchored node, whose top node takes the alias's
//!   span). The nodes produced by expansion are counted against
//!   [`Limits::max_alias_expansion`]; beyond it one problem is reported and the root is `None`.
//!   An alias that refers to the node it is inside (a recursive structure) reads as null, with a
//!   problem.
//! - **Merge keys** (`<<: *base`, `<<: [*a, *b]`) are merged as PyYAML does: explicit keys win,
//!   and an earlier merge source wins over a later one. Merged members are placed where the `<<`
//!   key was and keep the spans of the text they were copied from.
//! - **Tags**: the core tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map`,
//!   `!!seq`) and the non-specific `!` are honoured; any other tag is a problem and the node is
//!   read as if untagged.
//! - **Depth**: a node deeper than [`Limits::max_depth`] (capped at [`HARD_MAX_DEPTH`]) is
//!   dropped with one problem (also when an alias would expand below the limit). The tree is
//!   built without recursion, and the event parser's own nesting limits are set two levels
//!   above ours, so no input can overflow the stack; a document nested beyond those (e.g. a
//!   million `[`) stops the parser, and then the root is `None` with the same single problem.
//! - **Keys** that are scalars become their text (`1: x` has the key `"1"`, an empty key `""`);
//!   a mapping or sequence used as a key is a problem and the entry is dropped.
//! - After a scan or parse error the root is `None`.

use std::collections::{HashMap, HashSet};

use serde_saphyr::granit_parser::{
    ErrorKind, Event, Marker, Options, Parser, ScalarStyle, ScanError, Span as YSpan,
    StructureStyle, Tag,
};

use super::CompactString;
use super::pointer;
use super::{
    Limits, Member, Node, Number, Parsed, Span, SyntaxKind, SyntaxProblem, Value, Yaml11Hazard,
};

/// The deepest nesting accepted whatever [`Limits::max_depth`] says: the finished tree is
/// dropped, cloned and converted recursively by its users, so its depth must stay modest.
pub const HARD_MAX_DEPTH: usize = 1024;

/// Reads `text` as YAML (one document) into a span-aware tree, with its syntax problems and its
/// YAML 1.1 hazards. Never panics; see the module documentation for the choices made.
pub fn parse(text: &str, limits: &Limits) -> Parsed {
    let max_depth = limits.max_depth.min(HARD_MAX_DEPTH);
    let mut options = Options::default();
    options.emit_comments = false;
    options.emit_unresolved_aliases = true;
    // Our own depth check fires first; these only bound the parser's memory on hostile input.
    options.flow_nesting_limit = max_depth.saturating_add(2);
    options.block_nesting_limit = max_depth.saturating_add(2);

    let mut b = Builder {
        text,
        max_depth,
        max_expansion: limits.max_alias_expansion,
        problems: Vec::new(),
        hazards: Vec::new(),
        stack: Vec::new(),
        root: None,
        anchors: HashMap::new(),
        expanded: 0,
        skip: 0,
        depth_reported: false,
        documents: 0,
    };
    let mut ok = true;
    for item in Parser::new_from_str_with_options(text, options) {
        match item {
            Ok((event, span)) => match b.event(event, &span) {
                Flow::Continue => {}
                Flow::Stop => break,
                Flow::Abort => {
                    ok = false;
                    break;
                }
            },
            Err(e) => {
                b.scan_error(&e);
                ok = false;
                break;
            }
        }
    }
    let root = if !ok {
        None
    } else if b.documents == 0 {
        Some(Node::new(Value::Null, Span::at(0)))
    } else {
        b.root.take()
    };
    let mut problems = b.problems;
    problems.sort_by_key(|p| p.span.start());
    Parsed {
        root,
        problems,
        hazards: b.hazards,
        secrets: Vec::new(),
    }
}

/// What the event loop does next.
enum Flow {
    Continue,
    /// Stop reading; keep what was built.
    Stop,
    /// Stop reading; the tree is not usable.
    Abort,
}

/// A node whose anchor may be aliased, with its size and height for the budgets.
struct Anchored {
    node: Node,
    count: usize,
    height: usize,
}

/// A finished node on its way to its parent.
struct Built {
    node: Node,
    count: usize,
    height: usize,
    /// The text to use when this node is a mapping key (scalars only).
    key_text: Option<String>,
    /// Whether this is a plain, untagged `<<` (a merge key when used as a key).
    merge: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Normal,
    Merge,
    Discard,
}

struct PendingKey {
    key: String,
    span: Span,
    kind: KeyKind,
}

struct MapState {
    members: Vec<Member>,
    index: HashMap<String, usize>,
    key: Option<PendingKey>,
    merge_seen: bool,
    merges: Vec<(usize, Node)>,
}

enum Content {
    Seq(Vec<Node>),
    Map(MapState),
}

struct Frame {
    content: Content,
    start: usize,
    last_end: usize,
    flow: bool,
    anchor: usize,
    ptr: String,
    count: usize,
    height: usize,
}

struct Builder<'t> {
    text: &'t str,
    max_depth: usize,
    max_expansion: usize,
    problems: Vec<SyntaxProblem>,
    hazards: Vec<Yaml11Hazard>,
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: HashMap<usize, Anchored>,
    expanded: usize,
    /// Nesting level of a subtree being skipped (0: not skipping).
    skip: usize,
    depth_reported: bool,
    documents: usize,
}

/// Where the next node goes.
struct Slot {
    depth: usize,
    ptr: String,
    is_key: bool,
}

impl<'t> Builder<'t> {
    fn event(&mut self, event: Event<'_>, span: &YSpan) -> Flow {
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
                        "",
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
    fn offset(&self, m: &Marker) -> usize {
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

    fn span(&self, s: &YSpan) -> Span {
        Span::new(self.offset(&s.start), self.offset(&s.end))
    }

    /// The span of the tag token of a node, or `fallback`.
    fn tag_span(&self, s: &YSpan, fallback: Span) -> Span {
        s.tag_span().map(|t| self.span(&t)).unwrap_or(fallback)
    }

    fn slice(&self, s: Span) -> &'t str {
        self.text.get(s.range()).unwrap_or("")
    }

    fn problem(
        &mut self,
        kind: SyntaxKind,
        message: String,
        span: Span,
        ptr: &str,
        help: Option<String>,
    ) {
        self.problems.push(SyntaxProblem {
            kind,
            message,
            span,
            pointer: ptr.to_owned(),
            help,
        });
    }

    fn scan_error(&mut self, e: &ScanError) {
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
                self.problem(SyntaxKind::Unsupported, msg, Span::new(at, end), "", None);
            }
            return;
        }
        if matches!(
            e.kind(),
            ErrorKind::UnclosedFlowCollection { .. } | ErrorKind::UnclosedQuotedScalar
        ) {
            let open = super::unclosed::open_at_end(self.text, true);
            if let Some(p) = super::unclosed::problem(self.text, &open, "YAML") {
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
        self.problem(SyntaxKind::Invalid, message, Span::new(at, end), "", help);
    }

    // ----- structure -------------------------------------------------------------------------

    fn slot(&self) -> Slot {
        let depth = self.stack.len();
        match self.stack.last() {
            None => Slot {
                depth,
                ptr: String::new(),
                is_key: false,
            },
            Some(f) => match &f.content {
                Content::Seq(items) => Slot {
                    depth,
                    ptr: pointer::push_index(&f.ptr, items.len()),
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
                        ptr: pointer::push(&f.ptr, &k.key),
                        is_key: false,
                    },
                },
            },
        }
    }

    /// Reports a node beyond the depth limit (once) and leaves its slot empty.
    fn too_deep(&mut self, slot: &Slot, span: Span) {
        if !self.depth_reported {
            self.depth_reported = true;
            let msg = format!("nesting deeper than {} levels", self.max_depth);
            self.problem(SyntaxKind::Unsupported, msg, span, &slot.ptr, None);
        }
        self.skip_slot();
    }

    /// Leaves the current slot empty: a skipped key drops its value, a skipped value its key.
    fn skip_slot(&mut self) {
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

    fn start(
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
                members: Vec::new(),
                index: HashMap::new(),
                key: None,
                merge_seen: false,
                merges: Vec::new(),
            })
        } else {
            Content::Seq(Vec::new())
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

    fn end(&mut self, yspan: &YSpan) {
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
            Content::Seq(items) => Value::Array(items.into_boxed_slice()),
            Content::Map(m) => Value::Object(self.finish_map(m, &frame.ptr).into_boxed_slice()),
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
    fn finish_map(&mut self, m: MapState, ptr: &str) -> Vec<Member> {
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
        let merge_ptr = pointer::push(ptr, "<<");
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
                                &pointer::push_index(&merge_ptr, i),
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

    fn attach(&mut self, b: Built) {
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
                            let kind = if m.index.contains_key(&key) {
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
                    KeyKind::Normal => {
                        m.index.insert(k.key.clone(), m.members.len());
                        m.members.push(Member {
                            key: k.key.into(),
                            key_span: k.span,
                            value: b.node,
                        });
                    }
                    KeyKind::Merge => m.merges.push((m.members.len(), b.node)),
                    KeyKind::Discard => {}
                },
            },
        }
        if let Some(p) = problem {
            self.problems.push(p);
        }
    }

    fn alias(&mut self, id: usize, yspan: &YSpan) -> Flow {
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

    // ----- scalars ---------------------------------------------------------------------------

    fn scalar(
        &mut self,
        value: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        yspan: &YSpan,
    ) {
        let slot = self.slot();
        let mut span = self.span(yspan);
        if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
            // The parser's span runs to the next line; keep the text itself.
            let bytes = self.text.as_bytes();
            while span.end() > span.start()
                && matches!(
                    bytes.get(span.end() - 1),
                    Some(b'\n' | b'\r' | b' ' | b'\t')
                )
            {
                span = Span::new(span.start(), span.end() - 1);
            }
        }
        if slot.depth > self.max_depth {
            self.too_deep(&slot, span);
            return;
        }
        let plain = style == ScalarStyle::Plain;
        let resolved = match tag {
            None if plain => {
                let v = self.resolve_plain(value, span, &slot.ptr);
                if !slot.is_key {
                    self.check_hazard(value, &v, span, &slot.ptr);
                }
                v
            }
            None => Value::String(value.into()),
            Some(tag) => self.tagged(value, plain, tag, yspan, span, &slot.ptr),
        };
        let key_text = if plain && span.is_empty() && tag.is_none() {
            String::new()
        } else {
            value.to_owned()
        };
        let node = Node::new(resolved, span);
        if anchor != 0 {
            self.anchors.insert(
                anchor,
                Anchored {
                    node: node.clone(),
                    count: 1,
                    height: 1,
                },
            );
        }
        self.attach(Built {
            node,
            count: 1,
            height: 1,
            key_text: Some(key_text),
            merge: plain && tag.is_none() && value == "<<",
        });
    }

    fn tag_text(&self, tag: &Tag, yspan: &YSpan) -> String {
        match yspan.tag_span().map(|t| self.span(&t)) {
            Some(s) if !s.is_empty() => self.slice(s).to_owned(),
            _ => tag.original(),
        }
    }

    /// Reports a tag outside the core schema.
    fn foreign_tag(&mut self, tag: &Tag, yspan: &YSpan, node_span: Span, ptr: &str) {
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

    fn tagged(
        &mut self,
        value: &str,
        plain: bool,
        tag: &Tag,
        yspan: &YSpan,
        span: Span,
        ptr: &str,
    ) -> Value {
        let expected = match tag.core_suffix() {
            Some("str") => return Value::String(value.into()),
            Some("null") => return Value::Null,
            Some("bool") => match value.to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" => return Value::Bool(true),
                "false" | "no" | "off" => return Value::Bool(false),
                _ => "a boolean",
            },
            Some("int") => match self.int(value, span, ptr) {
                Some(n) => return Value::Number(n),
                None => "an integer",
            },
            Some("float") => match self.float(value, span, ptr) {
                Some(n) => return Value::Number(n),
                None => "a number",
            },
            Some(other) => {
                let t = self.tag_text(tag, yspan);
                let ts = self.tag_span(yspan, span);
                let what = if other == "map" {
                    "a mapping"
                } else {
                    "a sequence"
                };
                self.problem(
                    SyntaxKind::Invalid,
                    format!("the tag `{t}` needs {what}, not a scalar"),
                    ts,
                    ptr,
                    Some("remove the tag".to_owned()),
                );
                return Value::String(value.into());
            }
            None => {
                if tag.handle().is_empty() && tag.suffix() == "!" {
                    // The non-specific tag `!`: a string.
                    return Value::String(value.into());
                }
                self.foreign_tag(tag, yspan, span, ptr);
                return if plain {
                    self.resolve_plain(value, span, ptr)
                } else {
                    Value::String(value.into())
                };
            }
        };
        let t = self.tag_text(tag, yspan);
        self.problem(
            SyntaxKind::Invalid,
            format!("`{value}` is not {expected}, as its tag `{t}` says"),
            span,
            ptr,
            None,
        );
        Value::String(value.into())
    }

    /// YAML 1.2 core schema resolution of a plain scalar.
    fn resolve_plain(&mut self, text: &str, span: Span, ptr: &str) -> Value {
        match core_kind(text) {
            Core::Null => Value::Null,
            Core::Bool(b) => Value::Bool(b),
            Core::Int => match self.int(text, span, ptr) {
                Some(n) => Value::Number(n),
                None => Value::String(text.into()),
            },
            Core::Float => match self.float(text, span, ptr) {
                Some(n) => Value::Number(n),
                None => Value::String(text.into()),
            },
            Core::Str => Value::String(text.into()),
        }
    }

    /// A YAML 1.2 integer (decimal, `0o`, `0x`); beyond 64 bits a float and a problem.
    fn int(&mut self, text: &str, span: Span, ptr: &str) -> Option<Number> {
        let (digits, radix) = if let Some(d) = text.strip_prefix("0x") {
            (d, 16)
        } else if let Some(d) = text.strip_prefix("0o") {
            (d, 8)
        } else {
            (text, 10)
        };
        if digits.is_empty() || !is_match(&INT_ANY, text) {
            return None;
        }
        if radix == 10 {
            if let Ok(i) = text.parse::<i64>() {
                return Some(Number::Int(i));
            }
            if let Ok(u) = text.trim_start_matches('+').parse::<u64>() {
                return Some(Number::UInt(u));
            }
        } else if let Ok(u) = u64::from_str_radix(digits, radix) {
            return Some(match i64::try_from(u) {
                Ok(i) => Number::Int(i),
                Err(_) => Number::UInt(u),
            });
        }
        let approx = if radix == 10 {
            text.parse::<f64>().unwrap_or(f64::INFINITY)
        } else {
            digits.chars().fold(0.0_f64, |acc, c| {
                acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
            })
        };
        self.problem(
            SyntaxKind::NumberRange,
            format!("the integer `{text}` does not fit in 64 bits"),
            span,
            ptr,
            None,
        );
        Some(Number::Float(approx))
    }

    /// A YAML 1.2 float (or integer read as a float, for `!!float`).
    fn float(&mut self, text: &str, span: Span, ptr: &str) -> Option<Number> {
        if is_match(&INF, text) {
            return Some(Number::Float(if text.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }));
        }
        if is_match(&NAN, text) {
            return Some(Number::Float(f64::NAN));
        }
        if !is_match(&FLOAT12, text) {
            return match core_kind(text) {
                Core::Int => self.int(text, span, ptr).map(|n| Number::Float(n.as_f64())),
                _ => None,
            };
        }
        let f = text.parse::<f64>().ok()?;
        if !f.is_finite() {
            self.problem(
                SyntaxKind::NumberRange,
                format!("the number `{text}` is beyond the range of a 64-bit float"),
                span,
                ptr,
                Some("write a finite number, or `.inf` if infinity is meant".to_owned()),
            );
        }
        Some(Number::Float(f))
    }

    fn check_hazard(&mut self, text: &str, v12: &Value, span: Span, ptr: &str) {
        let y11 = yaml11_kind(text);
        let (c12, w12) = match v12 {
            Value::Null => (Cat::Null, "null"),
            Value::Bool(_) => (Cat::Bool, "a boolean"),
            Value::Number(n) if n.is_integer() => (Cat::Int, "an integer"),
            Value::Number(_) if core_kind(text) == Core::Int => (Cat::Int, "an integer"),
            Value::Number(_) => (Cat::Float, "a float"),
            _ => (Cat::Str, "a string"),
        };
        let (yaml12, yaml11) = match y11 {
            Y11::Octal if c12 == Cat::Int => {
                if text.bytes().any(|b| (b'1'..=b'7').contains(&b)) {
                    ("a decimal integer", "an octal integer")
                } else {
                    return;
                }
            }
            _ if y11.cat() == c12 => return,
            _ => (w12, y11.words()),
        };
        self.hazards.push(Yaml11Hazard {
            pointer: ptr.to_owned(),
            span,
            text: text.to_owned(),
            yaml12,
            yaml11,
        });
    }
}

fn duplicate(key: &str, span: Span, map_ptr: &str) -> SyntaxProblem {
    SyntaxProblem {
        kind: SyntaxKind::DuplicateKey,
        message: format!("duplicate key `{key}`: it already appears in this mapping"),
        span,
        pointer: pointer::push(map_ptr, key),
        help: Some("remove one of the two; PyYAML silently keeps the last".to_owned()),
    }
}

fn add_merged(merged: &mut Vec<Member>, seen: &mut HashSet<CompactString>, members: Box<[Member]>) {
    for m in members.into_vec() {
        if seen.insert(m.key.clone()) {
            merged.push(m);
        }
    }
}

/// The text of a scalar used as a mapping key.
fn scalar_text(v: &Value) -> Option<String> {
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

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

// ----- scalar resolution -------------------------------------------------------------------------
//
// Each resolver is a hand-written scanner over the scalar's bytes, equivalent to the regular
// expression written above it (`yaml/resolve_tests.rs` checks them against the expressions on
// random scalars). Compiling the expressions cost more than the rest of a small file's check.

/// Whether a plain scalar's bytes are of one resolved form.
type Matcher = fn(&[u8]) -> bool;

fn is_match(m: &Matcher, text: &str) -> bool {
    m(text.as_bytes())
}

/// A cursor over a scalar's bytes.
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scan<'a> {
    fn new(b: &'a [u8]) -> Scan<'a> {
        Scan { b, i: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn at_end(&self) -> bool {
        self.i >= self.b.len()
    }

    /// Consumes one byte of the class, if the next is one.
    fn one(&mut self, class: fn(u8) -> bool) -> bool {
        match self.peek() {
            Some(c) if class(c) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    /// Consumes this byte, if it is next.
    fn byte(&mut self, c: u8) -> bool {
        self.one_of(&[c])
    }

    fn one_of(&mut self, set: &[u8]) -> bool {
        match self.peek() {
            Some(c) if set.contains(&c) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    /// Consumes bytes of the class while there are; how many.
    fn many(&mut self, class: fn(u8) -> bool) -> usize {
        let start = self.i;
        while self.one(class) {}
        self.i - start
    }

    /// `[-+]?`
    fn sign(&mut self) {
        self.one_of(b"-+");
    }

    /// `(?:inf|Inf|INF)` or `(?:nan|NaN|NAN)`: the rest of the scalar is one of the words.
    fn rest_is(&self, words: &[&[u8]]) -> bool {
        let rest = self.b.get(self.i..).unwrap_or_default();
        words.contains(&rest)
    }
}

fn digit(c: u8) -> bool {
    c.is_ascii_digit()
}

fn digit_(c: u8) -> bool {
    c.is_ascii_digit() || c == b'_'
}

/// `(?::[0-5]?[0-9])+`: at least one `:` and one or two digits (two only when the first is
/// 0-5; one digit followed by a digit cannot go on, so taking two when possible is the match).
fn sexagesimal_tail(s: &mut Scan) -> bool {
    let mut groups = 0;
    while s.byte(b':') {
        let two = matches!(s.peek(), Some(b'0'..=b'5'))
            && s.b.get(s.i + 1).is_some_and(u8::is_ascii_digit);
        if two {
            s.i += 2;
        } else if !s.one(digit) {
            return false;
        }
        groups += 1;
    }
    groups > 0
}

/// `(?:[eE][-+][0-9]+)?` (YAML 1.1: the sign is required) or, with `sign_optional`,
/// `(?:[eE][-+]?[0-9]+)?`, then the end.
fn exponent_then_end(s: &mut Scan, sign_optional: bool) -> bool {
    if s.one_of(b"eE") {
        if !s.one_of(b"-+") && !sign_optional {
            return false;
        }
        if s.many(digit) == 0 {
            return false;
        }
    }
    s.at_end()
}

// YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).

/// `\A(?:~|null|Null|NULL|)\z`
const NULL: Matcher = |b| matches!(b, b"~" | b"null" | b"Null" | b"NULL" | b"");
/// `\A(?:true|True|TRUE|false|False|FALSE)\z`
const BOOL12: Matcher = |b| {
    matches!(
        b,
        b"true" | b"True" | b"TRUE" | b"false" | b"False" | b"FALSE"
    )
};
/// `\A(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\z`
const INT_ANY: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    if s.many(digit) > 0 && s.at_end() {
        return true;
    }
    if let Some(rest) = b.strip_prefix(b"0o") {
        return !rest.is_empty() && rest.iter().all(|c| (b'0'..=b'7').contains(c));
    }
    if let Some(rest) = b.strip_prefix(b"0x") {
        return !rest.is_empty() && rest.iter().all(u8::is_ascii_hexdigit);
    }
    false
};
/// `\A[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\z`
const FLOAT12: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    if s.byte(b'.') {
        if s.many(digit) == 0 {
            return false;
        }
    } else {
        if s.many(digit) == 0 {
            return false;
        }
        if s.byte(b'.') {
            s.many(digit);
        }
    }
    exponent_then_end(&mut s, true)
};
/// `\A[-+]?\.(?:inf|Inf|INF)\z`
const INF: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'.') && s.rest_is(&[b"inf".as_slice(), b"Inf", b"INF"])
};
/// `\A\.(?:nan|NaN|NAN)\z`
const NAN: Matcher = |b| matches!(b, b".nan" | b".NaN" | b".NAN");

// PyYAML 6 (YAML 1.1) implicit resolvers, from yaml/resolver.py, tried in this order.

/// `\A(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\z`
const BOOL11: Matcher = |b| {
    matches!(
        b,
        b"yes"
            | b"Yes"
            | b"YES"
            | b"no"
            | b"No"
            | b"NO"
            | b"true"
            | b"True"
            | b"TRUE"
            | b"false"
            | b"False"
            | b"FALSE"
            | b"on"
            | b"On"
            | b"ON"
            | b"off"
            | b"Off"
            | b"OFF"
    )
};
/// `\A(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?`
/// `|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z`
const FLOAT11: Matcher = |b| {
    let digits_point = {
        let mut s = Scan::new(b);
        s.sign();
        s.one(digit) && {
            s.many(digit_);
            s.byte(b'.') && {
                s.many(digit_);
                exponent_then_end(&mut s, false)
            }
        }
    };
    let point_digits = || {
        let mut s = Scan::new(b);
        s.byte(b'.') && s.one(digit) && {
            s.many(digit_);
            exponent_then_end(&mut s, false)
        }
    };
    digits_point || point_digits() || INF(b) || NAN(b)
};
/// `\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*\z`
const SEXFLOAT11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.one(digit) && {
        s.many(digit_);
        sexagesimal_tail(&mut s) && s.byte(b'.') && {
            s.many(digit_);
            s.at_end()
        }
    }
};
/// `\A[-+]?0b[0-1_]+\z`
const BIN11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'0') && s.byte(b'b') && s.many(|c| matches!(c, b'0' | b'1' | b'_')) > 0 && s.at_end()
};
/// `\A[-+]?0[0-7_]+\z`
const OCT11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'0') && s.many(|c| matches!(c, b'0'..=b'7' | b'_')) > 0 && s.at_end()
};
/// `\A[-+]?(?:0|[1-9][0-9_]*)\z`
const DEC11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    if s.byte(b'0') {
        return s.at_end();
    }
    s.one(|c| matches!(c, b'1'..=b'9')) && {
        s.many(digit_);
        s.at_end()
    }
};
/// `\A[-+]?0x[0-9a-fA-F_]+\z`
const HEX11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'0') && s.byte(b'x') && s.many(|c| c.is_ascii_hexdigit() || c == b'_') > 0 && s.at_end()
};
/// `\A[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+\z`
const SEXINT11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.one(|c| matches!(c, b'1'..=b'9')) && {
        s.many(digit_);
        sexagesimal_tail(&mut s) && s.at_end()
    }
};
/// `\A(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]`
/// `|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?`
/// `(?:[Tt]|[ \t]+)[0-9][0-9]?`
/// `:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?`
/// `(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\z`
const TIMESTAMP11: Matcher = |b| {
    fn exactly(s: &mut Scan, n: usize) -> bool {
        (0..n).all(|_| s.one(digit))
    }
    /// `[0-9][0-9]?`
    fn one_or_two(s: &mut Scan) -> bool {
        s.one(digit) && {
            s.one(digit);
            true
        }
    }
    let date_only = {
        let mut s = Scan::new(b);
        exactly(&mut s, 4)
            && s.byte(b'-')
            && exactly(&mut s, 2)
            && s.byte(b'-')
            && exactly(&mut s, 2)
            && s.at_end()
    };
    if date_only {
        return true;
    }
    let blank = |c: u8| c == b' ' || c == b'\t';
    let mut s = Scan::new(b);
    let date = exactly(&mut s, 4)
        && s.byte(b'-')
        && one_or_two(&mut s)
        && s.byte(b'-')
        && one_or_two(&mut s);
    let separated = date && (s.one_of(b"Tt") || s.many(blank) > 0);
    let time = separated
        && one_or_two(&mut s)
        && s.byte(b':')
        && exactly(&mut s, 2)
        && s.byte(b':')
        && exactly(&mut s, 2);
    if !time {
        return false;
    }
    if s.byte(b'.') {
        s.many(digit);
    }
    if s.at_end() {
        return true;
    }
    s.many(blank);
    if s.byte(b'Z') {
        return s.at_end();
    }
    s.one_of(b"-+") && one_or_two(&mut s) && {
        if s.byte(b':') && !exactly(&mut s, 2) {
            return false;
        }
        s.at_end()
    }
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Core {
    Null,
    Bool(bool),
    Int,
    Float,
    Str,
}

/// How the YAML 1.2 core schema resolves a plain scalar.
fn core_kind(text: &str) -> Core {
    if is_match(&NULL, text) {
        Core::Null
    } else if is_match(&BOOL12, text) {
        Core::Bool(text.starts_with(['t', 'T']))
    } else if is_match(&INT_ANY, text) {
        Core::Int
    } else if is_match(&FLOAT12, text) || is_match(&INF, text) || is_match(&NAN, text) {
        Core::Float
    } else {
        Core::Str
    }
}

/// Broad type categories, to compare the two resolutions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Null,
    Bool,
    Int,
    Float,
    Str,
    Other,
}

/// How PyYAML (YAML 1.1) resolves a plain scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Y11 {
    Null,
    Bool,
    Float,
    SexFloat,
    Binary,
    Octal,
    Int,
    Hex,
    SexInt,
    Timestamp,
    /// `<<` or `=` as a value: PyYAML's safe loader has no constructor for them.
    Unloadable,
    Str,
}

impl Y11 {
    fn cat(self) -> Cat {
        match self {
            Y11::Null => Cat::Null,
            Y11::Bool => Cat::Bool,
            Y11::Float | Y11::SexFloat => Cat::Float,
            Y11::Binary | Y11::Octal | Y11::Int | Y11::Hex | Y11::SexInt => Cat::Int,
            Y11::Timestamp | Y11::Unloadable => Cat::Other,
            Y11::Str => Cat::Str,
        }
    }

    fn words(self) -> &'static str {
        match self {
            Y11::Null => "null",
            Y11::Bool => "a boolean",
            Y11::Float => "a float",
            Y11::SexFloat | Y11::SexInt => "a sexagesimal number",
            Y11::Binary => "a binary integer",
            Y11::Octal => "an octal integer",
            Y11::Int | Y11::Hex => "an integer",
            Y11::Timestamp => "a timestamp",
            Y11::Unloadable => "an error (PyYAML's safe loader cannot construct it)",
            Y11::Str => "a string",
        }
    }
}

fn yaml11_kind(text: &str) -> Y11 {
    if is_match(&BOOL11, text) {
        Y11::Bool
    } else if is_match(&FLOAT11, text) {
        Y11::Float
    } else if is_match(&SEXFLOAT11, text) {
        Y11::SexFloat
    } else if is_match(&BIN11, text) {
        Y11::Binary
    } else if is_match(&OCT11, text) {
        Y11::Octal
    } else if is_match(&DEC11, text) {
        Y11::Int
    } else if is_match(&HEX11, text) {
        Y11::Hex
    } else if is_match(&SEXINT11, text) {
        Y11::SexInt
    } else if text == "<<" || text == "=" {
        Y11::Unloadable
    } else if is_match(&NULL, text) {
        Y11::Null
    } else if is_match(&TIMESTAMP11, text) {
        Y11::Timestamp
    } else {
        Y11::Str
    }
}

#[cfg(test)]
mod resolve_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn read(t: &str) -> Parsed {
        parse(t, &Limits::default())
    }

    fn at(t: &str, s: Span) -> &str {
        t.get(s.range()).unwrap_or("<bad span>")
    }

    fn kinds(p: &Parsed) -> Vec<SyntaxKind> {
        p.problems.iter().map(|p| p.kind).collect()
    }

    #[test]
    fn spans_of_scalars_keys_and_collections() {
        let t = "name: 'exp 1'\nquoted: \"ü\"\nlist:\n  - 1\n  - two\nflow: {a: [1, 2], b: ~}\nblock: |\n  line1\n  line2\n\n# end\n";
        let p = read(t);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        let root = p.root.expect("root");
        assert_eq!(root.span.start(), 0);
        let name = root.member("name").expect("name");
        assert_eq!(at(t, name.key_span), "name");
        assert_eq!(at(t, name.value.span), "'exp 1'");
        assert_eq!(name.value.as_str(), Some("exp 1"));
        assert_eq!(at(t, root.get("quoted").expect("q").span), "\"ü\"");
        let list = root.get("list").expect("list");
        assert_eq!(at(t, list.span), "- 1\n  - two");
        let items = list.as_array().expect("array");
        assert_eq!(items[0].value, Value::Number(Number::Int(1)));
        assert_eq!(at(t, items[1].span), "two");
        let flow = root.get("flow").expect("flow");
        assert_eq!(at(t, flow.span), "{a: [1, 2], b: ~}");
        assert_eq!(at(t, flow.get("a").expect("a").span), "[1, 2]");
        assert_eq!(flow.get("b").expect("b").value, Value::Null);
        let block = root.get("block").expect("block");
        assert_eq!(block.as_str(), Some("line1\nline2\n"));
        assert_eq!(at(t, block.span), "line1\n  line2");
        assert_eq!(at(t, root.span), t.trim_end_matches("\n\n# end\n"));
    }

    #[test]
    fn core_schema_resolution() {
        let t = "a: ~\nb: null\nc:\nd: True\ne: FALSE\nf: -12\ng: 0x1F\nh: 0o17\ni: 1.5\nj: 1e-7\nk: .inf\nl: -.Inf\nm: .nan\nn: yes\no: '1'\np: !!str 1\nq: !!int '7'\nr: !!float 2\ns: !!bool yes\nt: !!null x\nu: 9223372036854775808\nv: 1.\n";
        let p = read(t);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        let r = p.root.expect("root");
        let v = |k: &str| r.get(k).expect(k).value.clone();
        assert_eq!(v("a"), Value::Null);
        assert_eq!(v("b"), Value::Null);
        assert_eq!(v("c"), Value::Null);
        assert_eq!(v("d"), Value::Bool(true));
        assert_eq!(v("e"), Value::Bool(false));
        assert_eq!(v("f"), Value::Number(Number::Int(-12)));
        assert_eq!(v("g"), Value::Number(Number::Int(31)));
        assert_eq!(v("h"), Value::Number(Number::Int(15)));
        assert_eq!(v("i"), Value::Number(Number::Float(1.5)));
        assert_eq!(v("j"), Value::Number(Number::Float(1e-7)));
        assert_eq!(v("k"), Value::Number(Number::Float(f64::INFINITY)));
        assert_eq!(v("l"), Value::Number(Number::Float(f64::NEG_INFINITY)));
        assert!(matches!(v("m"), Value::Number(Number::Float(f)) if f.is_nan()));
        assert_eq!(v("n"), Value::String("yes".into()));
        assert_eq!(v("o"), Value::String("1".into()));
        assert_eq!(v("p"), Value::String("1".into()));
        assert_eq!(v("q"), Value::Number(Number::Int(7)));
        assert_eq!(v("r"), Value::Number(Number::Float(2.0)));
        assert_eq!(v("s"), Value::Bool(true));
        assert_eq!(v("t"), Value::Null);
        assert_eq!(v("u"), Value::Number(Number::UInt(9223372036854775808)));
        assert_eq!(v("v"), Value::Number(Number::Float(1.0)));
    }

    #[test]
    fn numbers_out_of_range() {
        let t = "a: 123456789012345678901234567890\nb: -99999999999999999999\nc: 0xFFFFFFFFFFFFFFFFFF\nd: 1e400\n";
        let p = read(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::NumberRange; 4]);
        assert_eq!(at(t, p.problems[0].span), "123456789012345678901234567890");
        assert_eq!(p.problems[0].pointer, "/a");
        let r = p.root.expect("root");
        assert!(
            matches!(r.get("a").expect("a").value, Value::Number(Number::Float(f)) if f > 1e29)
        );
        assert!(
            matches!(r.get("c").expect("c").value, Value::Number(Number::Float(f)) if f > 1e21)
        );
    }

    #[test]
    fn bad_core_tags() {
        let t = "a: !!int x\nb: !!map 1\nc: !!str [1]\n";
        let p = read(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid; 3]);
        assert_eq!(p.problems[0].pointer, "/a");
        assert!(p.problems[0].message.contains("not an integer"));
        let r = p.root.expect("root");
        assert_eq!(r.get("a").expect("a").as_str(), Some("x"));
        assert!(r.get("c").expect("c").as_array().is_some());
    }

    #[test]
    fn duplicate_keys_keep_the_first() {
        let t = "a: 1\nb: 2\na: 3\n";
        let p = read(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::DuplicateKey]);
        assert_eq!(p.problems[0].span, Span::new(10, 11));
        assert_eq!(p.problems[0].pointer, "/a");
        assert!(p.problems[0].message.contains("`a`"));
        let r = p.root.expect("root");
        assert_eq!(r.as_object().map(|m| m.len()), Some(2));
        assert_eq!(r.get("a").expect("a").value, Value::Number(Number::Int(1)));
    }

    #[test]
    fn non_string_keys() {
        let t = "1: one\ntrue: yes\n? [1, 2]\n: complex\n~: n\n'x': q\n";
        let p = read(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
        assert!(
            p.problems[0]
                .message
                .contains("an array is used as a mapping key")
        );
        assert_eq!(at(t, p.problems[0].span), "[1, 2]");
        let r = p.root.expect("root");
        let keys: Vec<&str> = r
            .as_object()
            .expect("object")
            .iter()
            .map(|m| m.key.as_str())
            .collect();
        assert_eq!(keys, vec!["1", "true", "~", "x"]);
        assert_eq!(at(t, r.member("x").expect("x").key_span), "'x'");
    }

    #[test]
    fn aliases_expand_with_the_alias_span() {
        let t = "base: &b {x: 1, y: [2]}\nuse: *b\nscalar: &s hi\nagain: *s\n";
        let p = read(t);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        let r = p.root.expect("root");
        let u = r.get("use").expect("use");
        assert_eq!(at(t, u.span), "*b");
        assert_eq!(u.get("x").expect("x").value, Value::Number(Number::Int(1)));
        assert_eq!(at(t, u.get("y").expect("y").span), "[2]");
        assert_eq!(r.get("again").expect("again").as_str(), Some("hi"));
    }

    #[test]
    fn unknown_and_recursive_aliases() {
        let p = read("a: *nope\nb: 1\n");
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
        assert!(p.problems[0].message.contains("`*nope`"));
        assert_eq!(p.problems[0].pointer, "/a");
        let r = p.root.expect("root");
        assert_eq!(r.get("a").expect("a").value, Value::Null);
        assert!(r.get("b").is_some());
        let p = read("a: &x [1, *x]\n");
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
        assert_eq!(p.problems[0].pointer, "/a/1");
    }

    #[test]
    fn merge_keys_like_pyyaml() {
        let t = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2, w: 2}\nc:\n  <<: [*a, *b]\n  w: 3\n  v: 4\nd:\n  k: 0\n  <<: *a\n";
        let p = read(t);
        assert!(p.problems.is_empty(), "{:?}", p.problems);
        let r = p.root.expect("root");
        let c = r.get("c").expect("c");
        let num = |n: &Node, k: &str| n.get(k).map(|v| v.value.clone());
        assert_eq!(num(c, "x"), Some(Value::Number(Number::Int(1))));
        assert_eq!(num(c, "y"), Some(Value::Number(Number::Int(1)))); // earlier source wins
        assert_eq!(num(c, "z"), Some(Value::Number(Number::Int(2))));
        assert_eq!(num(c, "w"), Some(Value::Number(Number::Int(3)))); // explicit wins
        assert!(c.get("<<").is_none());
        let keys: Vec<&str> = c
            .as_object()
            .expect("obj")
            .iter()
            .map(|m| m.key.as_str())
            .collect();
        assert_eq!(keys, vec!["x", "y", "z", "w", "v"]);
        // merged members keep the span of the text they come from
        assert_eq!(at(t, c.member("x").expect("x").key_span), "x");
        assert_eq!(c.member("x").expect("x").key_span.start(), 7);
        let d = r.get("d").expect("d");
        assert_eq!(d.as_object().map(|m| m.len()), Some(3));
        let bad = read("a:\n  <<: 1\n  <<: {x: 1}\n'<<': q\n");
        assert_eq!(
            kinds(&bad),
            vec![SyntaxKind::Invalid, SyntaxKind::DuplicateKey]
        );
        let r = bad.root.expect("root");
        assert_eq!(r.get("<<").and_then(Node::as_str), Some("q"));
    }

    #[test]
    fn billion_laughs_is_bounded_and_fast() {
        let mut t = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for w in names.windows(2) {
            let (prev, next) = (w[0], w[1]);
            t.push_str(&format!(
                "{next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
            ));
        }
        let start = Instant::now();
        let p = read(&t);
        assert!(start.elapsed() < Duration::from_secs(2));
        assert!(p.root.is_none());
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
        assert!(p.problems[0].message.contains("100000"));
        // a small budget stops a small expansion
        let small = parse(
            "a: &a [1, 2]\nb: [*a, *a]\n",
            &Limits {
                max_depth: 10,
                max_alias_expansion: 5,
            },
        );
        assert_eq!(kinds(&small), vec![SyntaxKind::Unsupported]);
    }

    #[test]
    fn deep_nesting_never_overflows() {
        let deep = "[".repeat(1_000_000);
        let p = read(&deep);
        assert!(p.root.is_none());
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
        assert!(p.problems[0].message.contains("128"));

        let dashes = "- ".repeat(1_000_000) + "x\n";
        let p = read(&dashes);
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);

        let mut block = String::new();
        for i in 0..2000 {
            block.push_str(&" ".repeat(i));
            block.push_str("a:\n");
        }
        let p = read(&block);
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);

        // exactly one level too deep: dropped, the rest kept
        let limits = Limits {
            max_depth: 2,
            max_alias_expansion: 100,
        };
        let p = parse("a: [[1]]\nb: 2\n", &limits);
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
        let r = p.root.expect("root");
        assert_eq!(
            r.get("a").and_then(Node::as_array).map(<[Node]>::len),
            Some(1)
        );
        assert!(r.get("b").is_some());
        // an alias that would expand too deep
        let p = parse(
            "x: &x [[1]]\ny: [*x]\n",
            &Limits {
                max_depth: 3,
                max_alias_expansion: 100,
            },
        );
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
    }

    #[test]
    fn documents() {
        let p = read("");
        assert!(p.problems.is_empty());
        assert_eq!(p.root, Some(Node::new(Value::Null, Span::at(0))));
        let p = read("# only a comment\n\n");
        assert_eq!(p.root.map(|r| r.value), Some(Value::Null));
        let t = "a: 1\n---\nb: 2\n";
        let p = read(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
        assert_eq!(at(t, p.problems[0].span), "---");
        let r = p.root.expect("root");
        assert!(r.get("a").is_some() && r.get("b").is_none());
        let p = read("---\na: 1\n...\n");
        assert!(p.problems.is_empty());
    }

    #[test]
    fn foreign_tags() {
        let t =
            "cmd: !!python/object/apply:os.system [\"rm -rf /\"]\nx: !custom 5\nd: !!binary aGk=\n";
        let p = read(t);
        assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported; 3]);
        assert_eq!(at(t, p.problems[0].span), "!!python/object/apply:os.system");
        assert!(p.problems[0].message.contains("safe loader"));
        assert_eq!(p.problems[1].pointer, "/x");
        assert!(p.problems[2].message.contains("not supported"));
        let r = p.root.expect("root");
        assert_eq!(r.get("x").expect("x").value, Value::Number(Number::Int(5)));
        assert!(r.get("cmd").and_then(Node::as_array).is_some());
    }

    #[test]
    fn syntax_errors_are_located() {
        let t = "a: [1, 2\nb: 3\n";
        let p = read(t);
        assert!(p.root.is_none());
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
        assert!(p.problems[0].message.starts_with("invalid YAML: "));
        let p = read("a: b: c\n");
        assert_eq!(p.problems[0].span.start(), 4);
        let p = read("a:\n\t- b\n");
        assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
    }

    #[test]
    fn crlf_and_multibyte() {
        let t = "é: ü\r\nlist:\r\n  - 1\r\n  - \"ß\"\r\n";
        let p = read(t);
        assert!(p.problems.is_empty());
        let r = p.root.expect("root");
        let m = r.member("é").expect("é");
        assert_eq!(at(t, m.key_span), "é");
        assert_eq!(at(t, m.value.span), "ü");
        assert_eq!(at(t, r.get("list").expect("list").span), "- 1\r\n  - \"ß\"");
    }

    fn hazard(text: &str) -> Option<(&'static str, &'static str)> {
        let doc = format!("v: {text}\n");
        let p = read(&doc);
        assert!(p.hazards.len() <= 1);
        p.hazards.first().map(|h| {
            assert_eq!(h.pointer, "/v");
            assert_eq!(h.text, text);
            assert_eq!(at(&doc, h.span), text);
            (h.yaml12, h.yaml11)
        })
    }

    #[test]
    fn yaml11_hazards() {
        assert_eq!(hazard("1e-7"), Some(("a float", "a string")));
        assert_eq!(hazard("1E5"), Some(("a float", "a string")));
        assert_eq!(hazard("1.0e5"), Some(("a float", "a string")));
        assert_eq!(hazard("-.5"), Some(("a float", "a string")));
        for b in ["yes", "No", "ON", "off", "Yes", "NO"] {
            assert_eq!(hazard(b), Some(("a string", "a boolean")), "{b}");
        }
        assert_eq!(
            hazard("0777"),
            Some(("a decimal integer", "an octal integer"))
        );
        assert_eq!(hazard("0o17"), Some(("an integer", "a string")));
        assert_eq!(hazard("1_000"), Some(("a string", "an integer")));
        assert_eq!(hazard("1_000.5"), Some(("a string", "a float")));
        assert_eq!(hazard("12:30"), Some(("a string", "a sexagesimal number")));
        assert_eq!(
            hazard("1:30:00"),
            Some(("a string", "a sexagesimal number"))
        );
        assert_eq!(hazard("0b1010"), Some(("a string", "a binary integer")));
        assert_eq!(hazard("+0x1F"), Some(("a string", "an integer")));
        assert_eq!(hazard("09"), Some(("an integer", "a string")));
        assert_eq!(hazard("2024-01-31"), Some(("a string", "a timestamp")));
        assert_eq!(
            hazard("="),
            Some((
                "a string",
                "an error (PyYAML's safe loader cannot construct it)"
            ))
        );
        // the same in both
        for same in [
            "1.0e-7", "1.5", ".5", "1.", "10", "-3", "0", "00", "0x1F", "true", "False", "~",
            "null", "y", "n", "abc", ".inf", "-.inf", ".NaN", "0:30", "1.0E+5",
        ] {
            assert_eq!(hazard(same), None, "{same}");
        }
        // quoted, tagged, keys: never
        let p = read("'yes': \"1e-7\"\nb: !!str yes\nc: [no, 'no']\n");
        assert_eq!(p.hazards.len(), 1);
        assert_eq!(p.hazards[0].pointer, "/c/0");
    }

    /// What PyYAML 6.0.3 `safe_load` returns for `v: TEXT` (checked with Python).
    #[test]
    fn yaml11_kinds_match_pyyaml() {
        let table: &[(&str, Cat)] = &[
            ("1e-7", Cat::Str),
            ("1E5", Cat::Str),
            ("1.0e5", Cat::Str),
            ("1.0e+5", Cat::Float),
            ("1.0E-7", Cat::Float),
            ("-.5", Cat::Str),
            ("+.5", Cat::Str),
            (".5", Cat::Float),
            ("1.", Cat::Float),
            ("yes", Cat::Bool),
            ("No", Cat::Bool),
            ("ON", Cat::Bool),
            ("off", Cat::Bool),
            ("y", Cat::Str),
            ("n", Cat::Str),
            ("0777", Cat::Int),
            ("00", Cat::Int),
            ("0o17", Cat::Str),
            ("1_000", Cat::Int),
            ("1_000.5", Cat::Float),
            ("12:30", Cat::Int),
            ("1:30:00", Cat::Int),
            ("1:30.5", Cat::Float),
            ("0:30", Cat::Str),
            ("0b1010", Cat::Int),
            ("+0x1F", Cat::Int),
            ("0x1F", Cat::Int),
            ("0x_1F", Cat::Int),
            ("09", Cat::Str),
            ("08", Cat::Str),
            ("2024-01-31", Cat::Other),
            ("2001-12-14t21:59:43.10-05:00", Cat::Other),
            ("=", Cat::Other),
            ("~", Cat::Null),
            ("null", Cat::Null),
            ("", Cat::Null),
            (".inf", Cat::Float),
            ("-.Inf", Cat::Float),
            ("+.inf", Cat::Float),
            (".NaN", Cat::Float),
            ("true", Cat::Bool),
            ("False", Cat::Bool),
            ("-0", Cat::Int),
            ("+12", Cat::Int),
            ("0_", Cat::Int),
            ("1__0", Cat::Int),
            ("abc", Cat::Str),
            ("1.5_", Cat::Float),
            ("-0777", Cat::Int),
        ];
        for (text, cat) in table {
            assert_eq!(yaml11_kind(text).cat(), *cat, "{text:?}");
        }
    }
}
