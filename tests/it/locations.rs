//! Every location exact: each diagnostic's pointer resolves to a node of its file, and the span it
//! reports lies on that node (its key or its value), over every fixture and the NNI corpus. A
//! pointer that does not resolve is a failure here, never a plausible wrong position.

use std::path::PathBuf;

use hpoconf::config::Choice;
use hpoconf::kind::{self, Kind};
use hpoconf::source::embedded::unescape_json_string;
use hpoconf::source::{self, Node, Span, Value};
use hpoconf::workspace::{self, Options};

use crate::common;

/// The node at `pointer` and the span of the key that names it (`None` for the root and array
/// items), or `None` when the pointer names nothing.
fn resolve<'a>(root: &'a Node, pointer: &str) -> Option<(Option<Span>, &'a Node)> {
    let mut node = root;
    let mut key = None;
    for token in hpoconf::source::pointer::tokens(pointer) {
        match &node.value {
            Value::Object(members) => {
                let m = members.iter().find(|m| m.key == token)?;
                key = Some(m.key_span);
                node = &m.value;
            }
            Value::Array(items) => {
                node = items.get(token.parse::<usize>().ok()?)?;
                key = None;
            }
            _ => return None,
        }
    }
    Some((key, node))
}

fn within(inner: (usize, usize), outer: Span) -> bool {
    outer.start() <= inner.0 && inner.1 <= outer.end()
}

/// Codes whose pointer names a place that is not a node by design: syntax problems (the tree
/// could not be read there, or the duplicate the tree dropped), missing members (reported at
/// the parent that lacks them), suppressions (comments) and v1 keys (the whole file).
fn exempt(code: &str) -> bool {
    code.starts_with("HPO0") || code.starts_with("HPO9")
}

#[test]
fn every_pointer_resolves_to_the_span_it_reports() {
    let root = common::root();
    let paths: Vec<PathBuf> = vec![
        root.join("fixtures"),
        root.join("tests/fixtures"),
        root.join("../shared/corpus/nni"),
    ];
    let options = Options {
        config: Choice::Nothing,
        ..Options::default()
    };
    let outcome = workspace::check_paths(&paths, &options);
    let mut checked = 0;
    let mut embedded = 0;
    let mut wrong = Vec::new();
    for report in &outcome.reports {
        let Some(file) = outcome.texts.get(&report.path) else {
            continue;
        };
        let Some(kind) = report.kind else { continue };
        let format = kind::format_of(kind, &report.path);
        let parsed = source::parse(format, &file.text);
        let Some(tree) = parsed.root.as_ref() else {
            continue;
        };
        for d in &report.diagnostics {
            if exempt(&d.code) {
                continue;
            }
            // a pointer into a document embedded in a string: resolve inside that document
            let mut node_root = tree;
            let mut pointer = d.pointer.as_str();
            let inner;
            let mut map = None;
            if kind == Kind::GetHpoExperiment {
                for (member, inner_kind) in hpoconf::document::EMBEDDED {
                    let prefix = format!("/{member}");
                    let Some(rest) = pointer.strip_prefix(&prefix) else {
                        continue;
                    };
                    let Some(m) = tree.get(member).filter(|n| n.as_str().is_some()) else {
                        continue;
                    };
                    if rest.is_empty() {
                        break; // the string member itself
                    }
                    if !rest.starts_with('/') {
                        continue; // another member with this prefix
                    }
                    let raw = &file.text[m.span.start()..m.span.end()];
                    let (text, offsets) =
                        unescape_json_string(raw, m.span.start()).expect("embedded string");
                    inner = source::parse(inner_kind.format(), &text);
                    if let Some(r) = inner.root.as_ref() {
                        node_root = r;
                        pointer = rest;
                        map = Some(offsets);
                        embedded += 1;
                    }
                    break;
                }
            }
            checked += 1;
            let Some((key, node)) = resolve(node_root, pointer) else {
                wrong.push(format!(
                    "{}:{}:{} {} pointer {} names nothing",
                    report.path, d.line, d.column, d.code, d.pointer
                ));
                continue;
            };
            let to_file = |s: Span| match &map {
                Some(m) => m.map_span(s),
                None => s,
            };
            let span = (d.byte_start, d.byte_end);
            let on_value = within(span, to_file(node.span));
            let on_key = key.is_some_and(|k| within(span, to_file(k)));
            // a finding about a block of sibling members (a platform's keys at the top level)
            // starts at the first of them and spans the block
            let starts_block = key.is_some_and(|k| to_file(k).start() == span.0);
            if !on_value && !on_key && !starts_block {
                wrong.push(format!(
                    "{}:{}:{} {} pointer {} is at {:?}, the span {:?} is elsewhere",
                    report.path,
                    d.line,
                    d.column,
                    d.code,
                    d.pointer,
                    to_file(node.span).range(),
                    span
                ));
            }
        }
    }
    assert!(checked > 300, "only {checked} diagnostics checked");
    assert!(
        embedded > 5,
        "only {embedded} diagnostics inside embedded documents"
    );
    assert!(
        wrong.is_empty(),
        "{} of {checked} diagnostics are not where their pointer is:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Every file of the fixtures and the corpus, its name and its text.
fn every_file() -> Vec<(PathBuf, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(PathBuf, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_none_or(|e| e != "snap")
                && let Ok(text) = std::fs::read_to_string(&p)
            {
                out.push((p, text));
            }
        }
    }
    let root = common::root();
    let mut out = Vec::new();
    for d in ["fixtures", "tests/fixtures", "../shared/corpus/nni"] {
        walk(&root.join(d), &mut out);
    }
    out
}

/// No finding's pointer falls back to the deepest node that exists: the pipeline counts each
/// one that names nothing in its document ([`Counter::InexactLocations`]), over every fixture
/// and corpus file checked alone (the property tests assert the same on random documents).
#[test]
fn no_finding_falls_back_to_a_parent() {
    use hpoconf::work::{self, Counter};
    let mut inexact = Vec::new();
    let mut files = 0;
    for (path, text) in every_file() {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        work::reset();
        let report = hpoconf::check_str(name, &text, None);
        files += 1;
        let n = work::get(Counter::InexactLocations);
        if n > 0 {
            let codes: Vec<String> = report
                .diagnostics
                .iter()
                .map(|d| format!("{} {}", d.code, d.pointer))
                .collect();
            inexact.push(format!("{}: {n}: {codes:?}", path.display()));
        }
    }
    assert!(files > 200, "only {files} files");
    assert!(inexact.is_empty(), "{}", inexact.join("\n"));
}

/// Locating by a typed path (what a finding holds: `Index` segments for items, keys with `~`
/// and `/` as they are) gives the span that locating by its JSON Pointer gives (the pointer
/// tokenised as before, by [`resolve`] above), for every node of every fixture and corpus
/// file, keys and values; a path one member too deep falls back to the same place as its
/// pointer does.
#[test]
fn typed_paths_locate_where_their_pointers_do() {
    use hpoconf::source::path::NodePath;
    use hpoconf::source::pointer::{self, Target};
    fn walk(root: &Node, node: &Node, path: &mut NodePath, checked: &mut usize) {
        let pointer = path.to_pointer();
        let (key, at) = resolve(root, &pointer).expect("the pointer of a node names it");
        let find = &mut |m: &[hpoconf::source::Member], k: &str| m.iter().position(|m| m.key == k);
        assert_eq!(
            path.locate_exact_with(root, Target::Value, find),
            Ok(at.span)
        );
        assert_eq!(
            path.locate_exact_with(root, Target::Key, find),
            Ok(key.unwrap_or(at.span)),
            "{pointer}"
        );
        assert!(std::ptr::eq(path.resolve(root).expect("resolves"), node));
        // a member that does not exist: the typed path and its pointer fall back alike
        let missing = path.key("\u{0}missing");
        assert_eq!(
            missing.locate_exact_with(root, Target::Key, find),
            pointer::locate_exact_with(root, &missing.to_pointer(), Target::Key, find)
        );
        *checked += 1;
        match &node.value {
            Value::Object(members) => {
                for m in members.iter() {
                    path.push_key(&m.key);
                    walk(root, &m.value, path, checked);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push_index(i);
                    walk(root, item, path, checked);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut checked = 0;
    for (path, text) in every_file() {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some(kind) = kind::detect(name, &text) else {
            continue;
        };
        let parsed = source::parse(kind::format_of(kind, name), &text);
        let Some(root) = parsed.root.as_ref() else {
            continue;
        };
        // (duplicate keys: the tree keeps one member of a name, so first-match is exact)
        walk(root, root, &mut NodePath::root(), &mut checked);
    }
    assert!(checked > 3_000, "only {checked} nodes located");
}
