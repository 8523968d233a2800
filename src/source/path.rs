//! Typed paths into the [`Node`] tree: how a finding names the node it is about.
//!
//! A [`NodePath`] is a list of segments ([`Seg`]): the key of an object member or the index of
//! an array item. Checks build paths from segments as they walk a tree
//! (`NodePath::root().key("tuner").key("name")`, or [`NodePath::push_key`] and
//! [`NodePath::pop`] on one buffer), the document walks the segments to locate a finding
//! ([`NodePath::locate_exact_with`]), and only the output writes a path as an RFC 6901 JSON
//! Pointer ([`NodePath::to_pointer`], its `Display`). [`NodePath::parse`] reads a pointer that
//! comes from outside (a test, a configuration), never one a check wrote.
//!
//! Two segments are equal when they are written as the same pointer token (`Key("0")` equals
//! `Index(0)`): a path means what its pointer means, whatever segments built it.

use std::fmt;

use super::{CompactString, Member, Node, Span, Value};

/// One step of a [`NodePath`].
#[derive(Debug, Clone, Eq)]
pub enum Seg {
    /// The member of an object with this key.
    Key(CompactString),
    /// The item of an array at this position.
    Index(usize),
}

impl Seg {
    /// The key this segment names in an object (an index names the key of its digits), unescaped.
    pub fn key_text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Seg::Key(k) => std::borrow::Cow::Borrowed(k.as_str()),
            Seg::Index(i) => std::borrow::Cow::Owned(i.to_string()),
        }
    }

    /// The position this segment names in an array (a key of decimal digits names its item,
    /// as in a pointer).
    fn index(&self) -> Option<usize> {
        match self {
            Seg::Index(i) => Some(*i),
            Seg::Key(k) => k.parse::<usize>().ok(),
        }
    }

    /// The child of `node` this segment names (the first member of that key, the item at
    /// that position), if it has one.
    pub(crate) fn child<'a>(&self, node: &'a Node) -> Option<&'a Node> {
        step(node, self, &mut |members, key| {
            members.iter().position(|m| m.key == key)
        })
        .map(|(_, n)| n)
    }
}

impl PartialEq for Seg {
    fn eq(&self, other: &Seg) -> bool {
        match (self, other) {
            (Seg::Key(a), Seg::Key(b)) => a == b,
            (Seg::Index(a), Seg::Index(b)) => a == b,
            (Seg::Key(k), Seg::Index(i)) | (Seg::Index(i), Seg::Key(k)) => {
                *k == i.to_string().as_str()
            }
        }
    }
}

impl std::hash::Hash for Seg {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key_text().hash(state);
    }
}

impl fmt::Display for Seg {
    /// The segment as one escaped reference token (`~` -> `~0`, `/` -> `~1`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Seg::Index(i) => write!(f, "{i}"),
            Seg::Key(k) if !k.contains(['~', '/']) => f.write_str(k),
            Seg::Key(k) => {
                for c in k.chars() {
                    match c {
                        '~' => f.write_str("~0")?,
                        '/' => f.write_str("~1")?,
                        c => fmt::Write::write_char(f, c)?,
                    }
                }
                Ok(())
            }
        }
    }
}

/// A path from a document's root to one of its nodes, segment by segment (the root is the
/// empty path). Written as a JSON Pointer by `Display` and [`NodePath::to_pointer`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct NodePath(Vec<Seg>);

impl NodePath {
    /// The root (the whole document; the pointer `""`).
    pub fn root() -> NodePath {
        NodePath(Vec::new())
    }

    /// This path, then the member `key`.
    pub fn key(&self, key: &str) -> NodePath {
        let mut segs = Vec::with_capacity(self.0.len() + 1);
        segs.extend(self.0.iter().cloned());
        segs.push(Seg::Key(CompactString::from(key)));
        NodePath(segs)
    }

    /// This path, then the item `index`.
    pub fn index(&self, index: usize) -> NodePath {
        let mut segs = Vec::with_capacity(self.0.len() + 1);
        segs.extend(self.0.iter().cloned());
        segs.push(Seg::Index(index));
        NodePath(segs)
    }

    /// This path, then every segment of `rest`.
    pub(crate) fn join(&self, rest: &NodePath) -> NodePath {
        let mut segs = Vec::with_capacity(self.0.len() + rest.0.len());
        segs.extend(self.0.iter().cloned());
        segs.extend(rest.0.iter().cloned());
        NodePath(segs)
    }

    /// Appends the member `key` (for walks that extend and truncate one buffer).
    pub fn push_key(&mut self, key: &str) {
        self.0.push(Seg::Key(CompactString::from(key)));
    }

    /// Appends the item `index`.
    pub fn push_index(&mut self, index: usize) {
        self.0.push(Seg::Index(index));
    }

    /// Appends a segment.
    pub(crate) fn push(&mut self, seg: Seg) {
        self.0.push(seg);
    }

    /// Removes the last segment (nothing at the root).
    pub fn pop(&mut self) -> Option<Seg> {
        self.0.pop()
    }

    /// Keeps the first `len` segments.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.0.truncate(len);
    }

    /// The segments, from the root.
    pub fn segs(&self) -> &[Seg] {
        &self.0
    }

    /// How many segments.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether this is the root.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The last segment (`None` at the root).
    pub fn last(&self) -> Option<&Seg> {
        self.0.last()
    }

    /// The last segment when it is a key (the name of the member this path ends at).
    pub fn last_key(&self) -> Option<&str> {
        match self.0.last()? {
            Seg::Key(k) => Some(k),
            Seg::Index(_) => None,
        }
    }

    /// The path without its last segment (`None` at the root).
    pub fn parent(&self) -> Option<NodePath> {
        let (_, init) = self.0.split_last()?;
        Some(NodePath(init.to_vec()))
    }

    /// Whether this path is the members `keys`, from the root.
    pub(crate) fn is_keys(&self, keys: &[&str]) -> bool {
        self.0.len() == keys.len() && self.0.iter().zip(keys).all(|(s, k)| s.key_text() == *k)
    }

    /// The rest of this path after `prefix`, when `prefix` begins it.
    pub(crate) fn strip_prefix(&self, prefix: &NodePath) -> Option<NodePath> {
        self.0
            .strip_prefix(prefix.0.as_slice())
            .map(|r| NodePath(r.to_vec()))
    }

    /// The path as an RFC 6901 JSON Pointer (`""` for the root, `/a~1b/0` for key `a/b`,
    /// item 0): for output only.
    pub fn to_pointer(&self) -> String {
        self.to_string()
    }

    /// Reads an RFC 6901 JSON Pointer that comes from outside the checks (a test, a
    /// configuration): every token is a key (a key of digits names an array item too).
    /// `None` when it is neither `""` nor starts with `/`.
    pub fn parse(pointer: &str) -> Option<NodePath> {
        if pointer.is_empty() {
            return Some(NodePath::root());
        }
        let rest = pointer.strip_prefix('/')?;
        Some(NodePath(
            rest.split('/')
                .map(|t| Seg::Key(CompactString::from(unescape(t))))
                .collect(),
        ))
    }

    /// The node this path names, if it exists.
    pub fn resolve<'a>(&self, root: &'a Node) -> Option<&'a Node> {
        let mut node = root;
        for seg in &self.0 {
            node = seg.child(node)?;
        }
        Some(node)
    }

    /// The span of the node (or its key, for [`super::pointer::Target::Key`]) this path names:
    /// `Ok` when it exists, else `Err` with the span of the deepest node that does (its key
    /// when it has one, so a missing member is shown where its parent is named). `find`
    /// returns the position of a member of an object (callers index large objects).
    pub fn locate_exact_with(
        &self,
        root: &Node,
        target: super::pointer::Target,
        find: &mut dyn FnMut(&[Member], &str) -> Option<usize>,
    ) -> Result<Span, Span> {
        let mut node = root;
        let mut key_span = None;
        for seg in &self.0 {
            match step(node, seg, find) {
                Some((k, n)) => {
                    key_span = Some(k);
                    node = n;
                }
                None => return Err(key_span.unwrap_or(node.span)),
            }
        }
        Ok(match target {
            super::pointer::Target::Key => key_span.unwrap_or(node.span),
            super::pointer::Target::Value => node.span,
        })
    }
}

/// One step down from `node` by `seg`: the span that names the child (a member's key, an
/// item's own span) and the child.
fn step<'a>(
    node: &'a Node,
    seg: &Seg,
    find: &mut dyn FnMut(&[Member], &str) -> Option<usize>,
) -> Option<(Span, &'a Node)> {
    match &node.value {
        Value::Object(members) => find(members, &seg.key_text())
            .and_then(|i| members.get(i))
            .map(|m| (m.key_span, &m.value)),
        Value::Array(items) => seg.index().and_then(|i| items.get(i)).map(|n| (n.span, n)),
        _ => None,
    }
}

/// Unescapes one reference token (`~1` -> `/`, then `~0` -> `~`).
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

impl fmt::Display for NodePath {
    /// The RFC 6901 JSON Pointer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for seg in &self.0 {
            write!(f, "/{seg}")?;
        }
        Ok(())
    }
}

impl FromIterator<Seg> for NodePath {
    fn from_iter<I: IntoIterator<Item = Seg>>(iter: I) -> NodePath {
        NodePath(iter.into_iter().collect())
    }
}

impl From<&NodePath> for NodePath {
    fn from(p: &NodePath) -> NodePath {
        p.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    #[test]
    fn writes_and_reads_pointers() {
        let p = NodePath::root().key("a/b").key("c~d").index(3);
        assert_eq!(p.to_pointer(), "/a~1b/c~0d/3");
        assert_eq!(NodePath::parse("/a~1b/c~0d/3"), Some(p.clone()));
        assert_eq!(NodePath::root().to_pointer(), "");
        assert_eq!(NodePath::parse(""), Some(NodePath::root()));
        assert_eq!(NodePath::parse("x"), None);
        assert_eq!(NodePath::root().key("").to_pointer(), "/");
        assert_eq!(
            p.parent().map(|p| p.to_pointer()),
            Some("/a~1b/c~0d".into())
        );
        assert_eq!(p.last(), Some(&Seg::Key("3".into())));
    }

    proptest::proptest! {
        /// A path written as a pointer reads back, by the tokeniser of pointers that come
        /// from outside, as its keys (indexes as their digits), whatever `~` and `/` they hold;
        /// and parsing gives the path back.
        #[test]
        fn pointers_round_trip(
            segs in proptest::collection::vec(
                proptest::prop_oneof![
                    "[a~/0-9_]{0,6}".prop_map(|k| Seg::Key(CompactString::from(k))),
                    (0usize..1000).prop_map(Seg::Index),
                ],
                0..6,
            )
        ) {
            let path: NodePath = segs.iter().cloned().collect();
            let pointer = path.to_pointer();
            let tokens = super::super::pointer::tokens(&pointer);
            let keys: Vec<String> = segs.iter().map(|s| s.key_text().into_owned()).collect();
            proptest::prop_assert_eq!(tokens, keys);
            proptest::prop_assert_eq!(NodePath::parse(&pointer), Some(path));
        }
    }
}
