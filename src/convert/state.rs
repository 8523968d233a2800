//! The state of one conversion: a v1 mapping being taken apart ([`Src`], as `to_v2` pops keys
//! off its dict), a v2 mapping being built ([`Dst`]), and what the conversion found and where
//! each v2 member came from ([`Conv`]). Both sides are held as typed paths ([`NodePath`]),
//! built key by key from the root.

use super::{Note, NoteKind};
use crate::source::path::NodePath;
use crate::source::pointer::Target;
use crate::source::{CompactString, Member, Node, Span, Value};

/// A v1 mapping being taken apart, as `to_v2` pops keys off its dict.
pub(crate) struct Src<'n> {
    /// Its v1 path.
    pub path: NodePath,
    /// Its v1 words (`trial`, `localConfig`), for messages; empty at the top.
    pub words: String,
    /// The node.
    pub node: &'n Node,
    members: &'n [Member],
    taken: Vec<bool>,
}

impl<'n> Src<'n> {
    pub fn new(node: &'n Node, path: NodePath, words: String) -> Src<'n> {
        let members = node.as_object().unwrap_or(&[]);
        Src {
            path,
            words,
            node,
            members,
            taken: vec![false; members.len()],
        }
    }

    /// Pops a key: the member, if present and not taken yet.
    pub fn pop(&mut self, key: &str) -> Option<&'n Member> {
        let i = self.members.iter().position(|m| m.key == key)?;
        let slot = self.taken.get_mut(i)?;
        if *slot {
            return None;
        }
        *slot = true;
        self.members.get(i)
    }

    /// Whether the key is there (not taken yet).
    pub fn has(&self, key: &str) -> bool {
        self.members
            .iter()
            .zip(&self.taken)
            .any(|(m, t)| !t && m.key == key)
    }

    /// The members not taken.
    pub fn rest(&self) -> Vec<&'n Member> {
        self.members
            .iter()
            .zip(&self.taken)
            .filter(|(_, t)| !**t)
            .map(|(m, _)| m)
            .collect()
    }

    /// The v1 path of a key of this mapping.
    pub fn key_path(&self, key: &str) -> NodePath {
        self.path.key(key)
    }

    /// The v1 words of a key of this mapping.
    pub fn key_words(&self, key: &str) -> String {
        if self.words.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.words)
        }
    }
}

/// A v2 mapping being built.
#[derive(Debug, Default)]
pub(crate) struct Dst {
    /// Its v2 path.
    pub path: NodePath,
    /// Members in insertion order.
    pub members: Vec<Member>,
}

impl Dst {
    pub fn new(path: NodePath) -> Dst {
        Dst {
            path,
            members: Vec::new(),
        }
    }

    /// Sets a key (a Python dict assignment: an existing key keeps its place).
    pub fn set(&mut self, key: &str, key_span: Span, value: Node) {
        if let Some(m) = self.members.iter_mut().find(|m| m.key == key) {
            m.value = value;
            return;
        }
        self.members.push(Member {
            key: CompactString::from(key),
            key_span,
            value,
        });
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        self.members.iter().find(|m| m.key == key).map(|m| &m.value)
    }

    /// The v2 path of a key.
    pub fn key_path(&self, key: &str) -> NodePath {
        self.path.key(key)
    }

    /// The object node, its members in the order of the v1 keys they came from (so that a
    /// written v2 file keeps the v1 file's order).
    pub fn into_node(mut self, span: Span) -> Node {
        self.members.sort_by_key(|m| m.key_span.start());
        Node::new(Value::Object(self.members.into_boxed_slice()), span)
    }
}

/// The state of one conversion.
pub(crate) struct Conv<'t> {
    /// The v1 text (for locating).
    pub root: &'t Node,
    pub notes: Vec<Note>,
    /// `(v2 path, v1 path)`, one entry for each v2 path.
    pub map: Vec<(NodePath, NodePath)>,
    pub words: Vec<(String, String)>,
    pub covered: Vec<NodePath>,
    /// Set when `to_v2` would raise: the conversion goes on to find more, but yields no tree.
    pub failed: bool,
}

impl Conv<'_> {
    /// `_move_field(src, dst, v1_key, v2_key)`: moves a non-null value.
    pub fn move_field(&mut self, src: &mut Src<'_>, dst: &mut Dst, v1_key: &str, v2_key: &str) {
        let Some(m) = src.pop(v1_key) else { return };
        if matches!(m.value.value, Value::Null) {
            return;
        }
        self.record(src, v1_key, dst, v2_key);
        dst.set(v2_key, m.key_span, m.value.clone());
    }

    /// Records where a v2 member came from.
    pub fn record(&mut self, src: &Src<'_>, v1_key: &str, dst: &Dst, v2_key: &str) {
        let v2 = dst.key_path(v2_key);
        let v1p = src.key_path(v1_key);
        // a top-level v2 key in the v1 file's dotted words (`trial.gpuNum`), a nested one by
        // its v1 name (the place is in the finding's position)
        let v1w = if dst.path.is_empty() {
            src.key_words(v1_key)
        } else {
            v1_key.to_owned()
        };
        if v1w != v2_key && !self.words.iter().any(|(k, _)| k == v2_key) && distinctive(v2_key) {
            self.words.push((v2_key.to_owned(), v1w));
        }
        self.map.retain(|(k, _)| *k != v2);
        self.map.push((v2, v1p));
    }

    /// Maps a v2 path to the v1 path it came from, unless it is mapped already (the first
    /// mapping stays: `trialCommand` keeps `trial.command` over a task role's `command`).
    pub fn map_to(&mut self, v2: NodePath, v1: NodePath) {
        if !self.map.iter().any(|(k, _)| *k == v2) {
            self.map.push((v2, v1));
        }
    }

    /// `_drop_field` for a key whose loss changes nothing (`authorName`): no note.
    pub fn drop_quietly(&mut self, src: &mut Src<'_>, key: &str) {
        src.pop(key);
    }

    /// `_drop_field` / `_deprecate`: the key is logged and ignored.
    pub fn drop_field(&mut self, src: &mut Src<'_>, key: &str, why: &str) {
        if let Some(m) = src.pop(key) {
            let span = m.key_span;
            self.note(
                NoteKind::Dropped,
                src.key_path(key),
                span,
                format!(
                    "NNI 3.0 ignores `{}` when it converts a v1 config: {why}",
                    src.key_words(key)
                ),
                Some("delete it".to_owned()),
            );
        }
    }

    /// The keys `to_v2` left in a mapping: logged ("not fully converted") and ignored.
    pub fn leftovers(&mut self, src: &Src<'_>, known: &[&str]) {
        for m in src.rest() {
            let p = src.key_path(&m.key);
            let words = src.key_words(&m.key);
            let (message, help) = if known.contains(&m.key.as_str()) {
                (
                    format!(
                        "NNI 3.0 does not convert `{words}` here and ignores it (\"not fully converted\")"
                    ),
                    "delete it, or write the v2 config (`hpoconf migrate`) and set what it meant there"
                        .to_owned(),
                )
            } else {
                let help = match crate::finding::did_you_mean(&m.key, known.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("keys NNI converts here: {}", known.join(", ")),
                };
                (
                    format!(
                        "`{words}` is not a key of an NNI v1 config; NNI 3.0 ignores it (\"not fully converted\")"
                    ),
                    help,
                )
            };
            self.note(NoteKind::Dropped, p, m.key_span, message, Some(help));
        }
    }

    /// A refusal: `to_v2` raises here.
    pub fn refuse(&mut self, path: NodePath, span: Span, message: String, help: Option<String>) {
        self.failed = true;
        self.note(NoteKind::Refused, path, span, message, help);
    }

    /// A refusal at the node of a v1 path (its key or value).
    fn refuse_at(&mut self, path: NodePath, target: Target, message: String, help: Option<String>) {
        let span = path
            .locate_exact_with(self.root, target, &mut |members, key| {
                members.iter().position(|m| m.key == key)
            })
            .unwrap_or_else(|deepest| deepest);
        self.refuse(path, span, message, help);
    }

    pub fn note(
        &mut self,
        kind: NoteKind,
        path: NodePath,
        span: Span,
        message: String,
        help: Option<String>,
    ) {
        self.notes.push(Note {
            kind,
            pointer: path,
            span,
            message,
            help,
        });
    }

    /// A required key of a mapping (`dict[key]` or `dict.pop(key)` without default): the
    /// member, or a refusal at the mapping naming the key.
    pub fn require<'n>(&mut self, src: &mut Src<'n>, key: &str, why: &str) -> Option<&'n Member> {
        if let Some(m) = src.pop(key) {
            return Some(m);
        }
        let target = if src.path.is_empty() {
            Target::Value
        } else {
            Target::Key
        };
        let place = if src.words.is_empty() {
            "the config".to_owned()
        } else {
            format!("`{}`", src.words)
        };
        self.refuse_at(
            src.path.clone(),
            target,
            format!(
                "{place} has no `{key}`, which NNI 3.0 needs to convert this v1 config ({why})"
            ),
            Some(format!("add `{}`", src.key_words(key))),
        );
        None
    }

    /// A mapping where `to_v2` treats the value as a dict: `Some` when it is one; a refusal
    /// otherwise (`None` and other falsy values are allowed where `allow_empty`).
    pub fn mapping<'n>(
        &mut self,
        src: &Src<'n>,
        m: &'n Member,
        allow_empty: bool,
    ) -> Option<Src<'n>> {
        let words = src.key_words(&m.key);
        let path = src.key_path(&m.key);
        if m.value.as_object().is_some() {
            return Some(Src::new(&m.value, path, words));
        }
        if allow_empty && falsy(&m.value) {
            return None;
        }
        self.refuse(
            path,
            m.value.span,
            format!(
                "`{words}` is {}, where NNI 3.0's conversion expects a mapping",
                m.value.type_name()
            ),
            None,
        );
        None
    }
}

/// Python truthiness of a value.
pub(crate) fn falsy(n: &Node) -> bool {
    match &n.value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(x) => x.as_f64() == 0.0,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
    }
}

/// v2 key names worth rewriting in messages (not `name`, `host`, `port`: too common a word).
fn distinctive(key: &str) -> bool {
    // (the completion policy's v2 name is what the conversion's own message must say)
    key.len() > 6
        && key.chars().any(|c| c.is_ascii_uppercase())
        && key != "frameworkAttemptCompletionPolicy"
}
