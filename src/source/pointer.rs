//! RFC 6901 JSON Pointers over the [`Node`] tree, for pointers that come from outside the
//! checks (tests, tools): the checks name nodes by [`NodePath`], which these functions parse
//! pointers into.

use super::path::NodePath;
use super::{Member, Node, Span};

/// Escapes one reference token (`~` -> `~0`, `/` -> `~1`).
pub fn escape(token: &str) -> String {
    if !token.contains(['~', '/']) {
        return token.to_owned();
    }
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends a token to a pointer.
pub fn push(pointer: &str, token: &str) -> String {
    let mut p = String::with_capacity(pointer.len() + token.len() + 1);
    p.push_str(pointer);
    push_onto(&mut p, token);
    p
}

/// Appends `/` and one escaped token to the pointer in `path` (for walks that extend and
/// truncate one buffer).
pub fn push_onto(path: &mut String, token: &str) {
    path.push('/');
    if !token.contains(['~', '/']) {
        // most keys need no escape: no intermediate strings
        path.push_str(token);
        return;
    }
    for c in token.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

/// Unescapes one reference token (`~1` -> `/`, then `~0` -> `~`).
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Appends an array index to a pointer.
pub fn push_index(pointer: &str, index: usize) -> String {
    format!("{pointer}/{index}")
}

/// Splits a pointer into unescaped tokens (`""` -> none).
pub fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(unescape).collect()
}

/// Which part of a mapping entry a location refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The key of the member the pointer names (falls back to the value for array items and the root).
    Key,
    /// The value the pointer names.
    Value,
}

/// The span of the node (or key) at `pointer`; when the pointer goes further than the tree, the
/// span of the deepest node that exists (so a missing member is reported at its parent).
pub fn locate(root: &Node, pointer: &str, target: Target) -> Span {
    locate_with(root, pointer, target, &mut |members, key| {
        members.iter().position(|m| m.key == key)
    })
}

/// [`locate`], finding a member of an object with `find` (which returns the member's index), so
/// that a caller locating many pointers can index large objects once instead of searching them
/// linearly for every pointer.
pub fn locate_with(
    root: &Node,
    pointer: &str,
    target: Target,
    find: &mut dyn FnMut(&[Member], &str) -> Option<usize>,
) -> Span {
    locate_exact_with(root, pointer, target, find).unwrap_or_else(|deepest| deepest)
}

/// [`locate_with`] that tells whether the pointer resolved: `Ok` with the span of the node (or
/// key) it names, `Err` with the span of the deepest node that exists when it goes further than
/// the tree (the pipeline counts those, so that a test fails on a finding that names nothing:
/// [`crate::work::Counter::InexactLocations`]).
pub fn locate_exact_with(
    root: &Node,
    pointer: &str,
    target: Target,
    find: &mut dyn FnMut(&[Member], &str) -> Option<usize>,
) -> Result<Span, Span> {
    NodePath::parse(pointer)
        .unwrap_or_default()
        .locate_exact_with(root, target, find)
}

/// The node at `pointer`, if it exists.
pub fn resolve<'a>(root: &'a Node, pointer: &str) -> Option<&'a Node> {
    NodePath::parse(pointer).unwrap_or_default().resolve(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        let p = push(&push("", "a/b"), "c~d");
        assert_eq!(p, "/a~1b/c~0d");
        assert_eq!(tokens(&p), vec!["a/b".to_owned(), "c~d".to_owned()]);
        assert!(tokens("").is_empty());
    }
}
