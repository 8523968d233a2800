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
//!
//! Where it lives:
//!
//! | file | what |
//! | --- | --- |
//! | `mod.rs` | [`parse`]: the parser's options and the event loop |
//! | `builder.rs` | the builder's state (frames, pending keys, anchors), event dispatch, spans |
//! | `tree.rs` | slots and pointers, opening and closing collections, keys, merge keys |
//! | `limits.rs` | the depth limit and alias expansion (billion laughs, recursive aliases) |
//! | `scalars.rs` | scalars: tags, YAML 1.2 values, numbers out of range, YAML 1.1 hazards |
//! | `resolve.rs` | the byte scanner and the YAML 1.2 core schema resolvers |
//! | `yaml11.rs` | PyYAML's YAML 1.1 resolvers |
//! | `portable.rs` | [`portable_number`]: a number's spelling that both readers agree on |
//! | `diagnostics.rs` | problems and their messages (scan errors, duplicates, foreign tags) |
//! | `tests.rs`, `resolve_tests.rs` | unit tests; the resolvers against their regular expressions |

mod builder;
mod diagnostics;
mod limits;
mod portable;
mod resolve;
mod scalars;
mod tree;
mod yaml11;

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Options, Parser};

use super::{Limits, Node, Parsed, Span, Value};
use builder::Builder;
pub(crate) use portable::portable_number;

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
        keys: std::hash::RandomState::new(),
        member_pool: Vec::new(),
        item_pool: Vec::new(),
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

#[cfg(test)]
mod resolve_tests;
#[cfg(test)]
mod tests;
