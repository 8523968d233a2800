//! Where a document's secrets are (SPEC.md §4), found once when the document is read: a sorted
//! list of byte spans of its text ([`super::Parsed::secrets`]). A secret is a position, not a
//! value:
//! - the value of a key whose name says so (`access_key`, `accessKeySecret`, `password`,
//!   `token`, `private_key`, `credentials`, any key containing `secret`, `password`, `token`
//!   or `private`, and misspellings of these), with every scalar nested under it (but not the
//!   value of a `_type`: so the options of a search-space parameter named `password` or
//!   `${token}` are secrets, its type is not);
//! - the userinfo of a URL in any string (`oss://id:secret@bucket`);
//! - the value of a secret flag or assignment on a command line in any string
//!   (`--access_key=…`, `--ak …`, `-Daccess_key=…`, `ACCESS_KEY=…`, `--password …`).
//!
//! A `${placeholder}` (and a Jinja `{{ … }}`) is never a secret, and a key's name never is.
//! Where the text could not be read into a tree, and on the lines of syntax problems (a
//! duplicate key's value is not in the tree), the lines are read as `key: value`,
//! `key = value`, `key value` and JSON `"key": value`.
//!
//! This module knows the source layer only; `crate::secrets` masks what it finds.

use super::{Node, Parsed, Span, SyntaxKind, Value};

/// Keys whose values are secrets (and, with one edit, their misspellings), compared ignoring
/// case and `_`/`-`.
const SECRET_KEYS: &[&str] = &[
    "password",
    "passwd",
    "accesskey",
    "accesskeysecret",
    "accesssecret",
    "secret",
    "secretkey",
    "secretaccesskey",
    "token",
    "sshpassphrase",
    "passphrase",
    "apikey",
    "accountkey",
    "keyvaultkey",
    "privatekey",
    "credentials",
    "credential",
];

/// Parts that make any key containing them a secret key.
const SECRET_PARTS: &[&[u8]] = &[
    b"password",
    b"passwd",
    b"secret",
    b"token",
    b"private",
    b"credential",
    b"passphrase",
];

/// Short names that are secret as command-line flags and assignments (`--ak`, `--sk`).
const SECRET_FLAGS: &[&str] = &["ak", "sk", "pwd"];

/// Whether a key names a secret (`access_key`, `accessKeySecret`, `password`, `token`,
/// `${access_key}`, ...).
pub fn is_secret_key(key: &str) -> bool {
    // The same keys come again and again (`_type` and `_value` of every parameter, the keys of
    // every exp.yml of a repository): each short key's answer is kept, per thread, up to
    // `MEMO_KEYS` of them (a lookup is a fifth of working it out: 2,181 keys of the NNI corpus,
    // 1.5 M instructions).
    const MEMO_KEYS: usize = 4096;
    thread_local! {
        static MEMO: std::cell::RefCell<crate::hashing::Map<Box<str>, bool>> =
            std::cell::RefCell::new(crate::hashing::Map::default());
    }
    if key.len() > 32 {
        return secret_key_uncached(key);
    }
    MEMO.with(|memo| {
        let Ok(mut memo) = memo.try_borrow_mut() else {
            return secret_key_uncached(key);
        };
        if let Some(&known) = memo.get(key) {
            return known;
        }
        let answer = secret_key_uncached(key);
        if memo.len() >= MEMO_KEYS {
            memo.clear();
        }
        memo.insert(key.into(), answer);
        answer
    })
}

/// [`is_secret_key`], worked out.
fn secret_key_uncached(key: &str) -> bool {
    let key = strip_placeholder(key);
    // ASCII keys up to 64 bytes (nearly all) are normalized on the stack: this runs for every
    // key of every document.
    let mut buf = [0u8; 64];
    if let Some(len) = normalize_ascii(key, &mut buf) {
        return buf.get(..len).is_some_and(is_secret_norm);
    }
    let norm: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    is_secret_norm(norm.as_bytes())
}

/// `${name}` -> `name` (a search-space key names its parameter so).
fn strip_placeholder(key: &str) -> &str {
    key.strip_prefix("${")
        .and_then(|k| k.strip_suffix('}'))
        .unwrap_or(key)
}

/// Whether a command-line flag or assignment name is a secret's (`access_key`, `ak`, `SK`).
fn is_secret_flag(name: &str) -> bool {
    let mut buf = [0u8; 64];
    match normalize_ascii(name, &mut buf) {
        Some(len) => {
            let norm = buf.get(..len).unwrap_or(&[]);
            SECRET_FLAGS.iter().any(|f| f.as_bytes() == norm) || is_secret_norm(norm)
        }
        None => is_secret_key(name),
    }
}

/// `key` without `_` and `-`, lowercased, into `buf`: its length, or `None` when `key` is not
/// ASCII or does not fit (the caller then normalizes it the general way).
pub(crate) fn normalize_ascii(key: &str, buf: &mut [u8]) -> Option<usize> {
    if !key.is_ascii() {
        return None;
    }
    let mut len = 0;
    for b in key.bytes().filter(|b| *b != b'_' && *b != b'-') {
        *buf.get_mut(len)? = b.to_ascii_lowercase();
        len += 1;
    }
    Some(len)
}

/// The bytes of [`SECRET_KEYS`]: a key that is one of them, or one edit from one, has at most
/// one byte outside them.
static SECRET_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < SECRET_KEYS.len() {
        let k = SECRET_KEYS[i].as_bytes();
        let mut j = 0;
        while j < k.len() {
            table[k[j] as usize] = true;
            j += 1;
        }
        i += 1;
    }
    table
};

/// Whether a normalized key contains one of [`SECRET_PARTS`]: one pass over its bytes, the parts
/// tried only where one can start (this runs for every key of every document).
fn has_secret_part(norm: &[u8]) -> bool {
    norm.iter().enumerate().any(|(i, b)| {
        PART_STARTS.get(usize::from(*b)).copied().unwrap_or(false)
            && norm.get(i..).is_some_and(|tail| {
                // (the first byte first: a comparison of the whole part calls `memcmp`)
                SECRET_PARTS
                    .iter()
                    .any(|p| p.first() == Some(b) && tail.starts_with(p))
            })
    })
}

/// The first bytes of [`SECRET_PARTS`].
static PART_STARTS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < SECRET_PARTS.len() {
        table[SECRET_PARTS[i][0] as usize] = true;
        i += 1;
    }
    table
};

/// [`is_secret_key`] of a normalized key.
fn is_secret_norm(norm: &[u8]) -> bool {
    if has_secret_part(norm) {
        return true;
    }
    // Most keys (`cmd12`, `endpoint`) are neither a secret key nor one edit from one: two bytes
    // that no secret key has, or a length no secret key is within one of, rule them out
    // before the comparisons below.
    if norm.len() < 4 || norm.len() > 17 {
        return false;
    }
    let foreign = norm
        .iter()
        .filter(|b| !SECRET_BYTES.get(usize::from(**b)).copied().unwrap_or(false))
        .count();
    if foreign > 1 {
        return false;
    }
    // One edit changes the set of bytes a key has by at most two (a substitution takes one
    // away and adds one): a key whose set differs from a secret key's by more is not it, nor
    // one edit from it. The sets are compared as masks, before the bytes.
    let mask = byte_mask(norm);
    SECRET_KEYS.iter().zip(SECRET_MASKS.iter()).any(|(k, m)| {
        let k = k.as_bytes();
        k.len().abs_diff(norm.len()) <= 1
            && at_most_two_bits(mask ^ m)
            && (k == norm
                // a misspelled secret key (`pasword`, `acess_key`) still holds a secret
                || (k.len() >= 5 && one_edit_apart(norm, k)))
    })
}

/// Whether `x` has at most two bits set (without a population count, which this target
/// computes with a dozen instructions).
fn at_most_two_bits(x: u32) -> bool {
    let y = x & x.wrapping_sub(1);
    y & y.wrapping_sub(1) == 0
}

/// The set of bytes of a normalized key, one bit for each lowercase letter and one for all else
/// (merging bytes only makes two sets closer: the mask test never rules out a key that is one
/// edit from a secret key).
const fn byte_mask(key: &[u8]) -> u32 {
    let mut mask = 0u32;
    let mut i = 0;
    while i < key.len() {
        let b = key[i];
        mask |= if b.is_ascii_lowercase() {
            1 << (b - b'a')
        } else {
            1 << 31
        };
        i += 1;
    }
    mask
}

/// [`byte_mask`] of each of [`SECRET_KEYS`], in order.
static SECRET_MASKS: [u32; SECRET_KEYS.len()] = {
    let mut masks = [0u32; SECRET_KEYS.len()];
    let mut i = 0;
    while i < SECRET_KEYS.len() {
        masks[i] = byte_mask(SECRET_KEYS[i].as_bytes());
        i += 1;
    }
    masks
};

/// Whether `a` becomes `b` by one insertion, deletion, substitution or transposition of
/// adjacent bytes (no allocation: this runs for every key of every document).
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (
        a.get(prefix..).unwrap_or(&[]),
        b.get(prefix..).unwrap_or(&[]),
    );
    match ra.len().cmp(&rb.len()) {
        // substitution, or transposition of the first two differing bytes
        std::cmp::Ordering::Equal => {
            ra.get(1..) == rb.get(1..)
                || (ra.len() >= 2
                    && ra.first() == rb.get(1)
                    && ra.get(1) == rb.first()
                    && ra.get(2..) == rb.get(2..))
        }
        std::cmp::Ordering::Greater => ra.get(1..) == Some(rb),
        std::cmp::Ordering::Less => rb.get(1..) == Some(ra),
    }
}

/// The secret spans of a read document (sorted, disjoint, none empty): what
/// [`super::parse`] stores in [`Parsed::secrets`].
pub fn find(text: &str, parsed: &Parsed) -> Vec<Span> {
    let mut out = Vec::new();
    match &parsed.root {
        Some(root) => {
            walk(text, root, false, &mut out);
            // what the tree does not hold: a duplicate's value, a line that was not read
            let mut at: Vec<usize> = parsed
                .problems
                .iter()
                .filter(|p| {
                    matches!(
                        p.kind,
                        SyntaxKind::DuplicateKey | SyntaxKind::Invalid | SyntaxKind::Unsupported
                    )
                })
                .map(|p| p.span.start().min(text.len()))
                .collect();
            at.sort_unstable();
            // the start of each one's line, in one pass (50,000 duplicates on one line looked
            // back over the line each)
            let mut lines: Vec<usize> = Vec::new();
            let mut prev: Option<(usize, usize)> = None;
            for a in at {
                let start = match prev {
                    Some((p, start))
                        if memchr::memchr2(
                            b'\n',
                            b'\r',
                            text.as_bytes().get(p..a).unwrap_or(&[]),
                        )
                        .is_none() =>
                    {
                        start
                    }
                    _ => line_start(text, a),
                };
                prev = Some((a, start));
                if lines.last() != Some(&start) {
                    lines.push(start);
                }
            }
            for start in lines {
                let end = text
                    .get(start..)
                    .and_then(|r| r.find(['\n', '\r']))
                    .map_or(text.len(), |i| start + i);
                scan_lines(text, start, end, &mut out);
            }
        }
        None => scan_lines(text, 0, text.len(), &mut out),
    }
    normalize(&mut out);
    out
}

/// Sorts spans and merges the overlapping and adjacent ones; drops empty ones.
pub fn normalize(spans: &mut Vec<Span>) {
    spans.retain(|s| !s.is_empty());
    spans.sort_by_key(|s| (s.start(), s.end()));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match merged.last_mut() {
            Some(last) if s.start() <= last.end() => {
                *last = Span::new(last.start(), last.end().max(s.end()));
            }
            _ => merged.push(s),
        }
    }
    *spans = merged;
}

fn line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()
        .get(..at)
        .and_then(|b| b.iter().rposition(|c| *c == b'\n' || *c == b'\r'))
        .map_or(0, |i| i + 1)
}

/// Walks the tree: secret scalars (under a secret key), and the secrets inside strings.
fn walk(text: &str, node: &Node, inside: bool, out: &mut Vec<Span>) {
    match &node.value {
        Value::Object(members) => {
            for m in members.iter() {
                if inside && m.key == "_type" {
                    continue;
                }
                // `access_key LTAI:x` read as a key (an INI line whose secret holds a `:`):
                // the words after a secret key's first word are its value
                let raw_key = text.get(m.key_span.range()).unwrap_or("");
                if let Some(ws) = raw_key.find(char::is_whitespace)
                    && raw_key.get(..ws).is_some_and(is_secret_key)
                {
                    push_value(text, m.key_span.start() + ws, m.key_span.end(), out);
                    walk(text, &m.value, true, out);
                    continue;
                }
                walk(text, &m.value, inside || is_secret_key(&m.key), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|n| walk(text, n, inside, out)),
        Value::Null => {}
        _ if inside => {
            if let Some(raw) = text.get(node.span.range()) {
                let (lo, hi) = unquoted(raw);
                push_value(text, node.span.start() + lo, node.span.start() + hi, out);
            }
        }
        Value::String(s) => {
            in_node_string(text, node.span, s, out);
            if s.contains('\n') {
                in_embedded(text, node.span, out);
            }
        }
        _ => {}
    }
}

/// The secrets of a document held in a JSON string of several lines (a response's
/// `ConfigYml`, `ConfigIni`, `SearchSpace`), read as JSON, INI or YAML by its first line, as
/// spans of `text` (through the string's escapes).
fn in_embedded(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(raw) = text.get(span.range()).filter(|r| r.starts_with('"')) else {
        return;
    };
    let Some((inner, map)) = super::embedded::unescape_json_string(raw, span.start()) else {
        return;
    };
    let t = inner.trim_start();
    let first = t.lines().next().unwrap_or("").trim_end();
    let format = if t.starts_with('{') {
        crate::source::Format::Json
    } else if first.starts_with('[') && first.ends_with(']') {
        crate::source::Format::Ini
    } else {
        crate::source::Format::Yaml
    };
    let parsed = super::parse(format, &inner);
    out.extend(parsed.secrets.iter().map(|s| map.map_span(*s)));
}

/// The range of `raw` without its quotes (a quoted scalar), else all of it.
fn unquoted(raw: &str) -> (usize, usize) {
    for q in ['"', '\''] {
        if raw.len() >= 2 && raw.starts_with(q) && raw.ends_with(q) {
            return (1, raw.len() - 1);
        }
    }
    (0, raw.len())
}

/// Secrets inside the string `s` read from `span` of `text`, as spans of `text`: URL userinfo
/// and secret flags, and, in a string of several lines (a document in a string: a response's
/// `ConfigIni`), its `key = value` and `key: value` lines with a secret key.
fn in_node_string(text: &str, span: Span, s: &str, out: &mut Vec<Span>) {
    let mut found: Vec<Span> = Vec::new();
    if may_hold_secret(s) {
        let mut ranges = Vec::new();
        in_string(s, &mut ranges);
        found.extend(ranges.into_iter().map(|r| Span::new(r.start, r.end)));
    }
    if s.contains('\n') {
        scan_lines(s, 0, s.len(), &mut found);
    }
    if found.is_empty() {
        return;
    }
    let raw = text.get(span.range()).unwrap_or("");
    let (lo, hi) = unquoted(raw);
    let content = raw.get(lo..hi).unwrap_or("");
    let base = span.start() + lo;
    // escapes between the string and its text: map through them (a JSON string)
    let map = (content != s && raw.starts_with('"'))
        .then(|| super::embedded::unescape_json_string(raw, span.start()))
        .flatten()
        .filter(|(t, _)| t == s)
        .map(|(_, m)| m);
    for r in found {
        let piece = s.get(r.range()).unwrap_or("");
        if content == s {
            out.push(Span::new(base + r.start(), base + r.end()));
        } else if let Some(m) = &map {
            out.push(m.map_span(r));
        } else if let Some(at) = content.find(piece).filter(|_| !piece.is_empty()) {
            // escapes or folding before it: the first place the text has it
            out.push(Span::new(base + at, base + at + piece.len()));
        } else {
            // an escape inside the secret itself: the whole value
            out.push(Span::new(base, base + content.len()));
        }
    }
}

/// A cheap filter: whether a string may hold a URL's userinfo or a secret flag.
fn may_hold_secret(s: &str) -> bool {
    memchr::memchr2(b'@', b'=', s.as_bytes()).is_some()
        || memchr::memchr(b'-', s.as_bytes()).is_some()
}

/// The secrets inside a string (a command line, a URL): URL userinfo and the values of secret
/// flags and assignments, as byte ranges of `s` (placeholders left out).
pub fn in_string(s: &str, out: &mut Vec<std::ops::Range<usize>>) {
    let mut spans = Vec::new();
    urls(s, &mut spans);
    flags(s, &mut spans);
    out.extend(spans.into_iter().map(|sp: Span| sp.range()));
}

/// The userinfo of every `scheme://user:pass@host` in `s`.
fn urls(s: &str, out: &mut Vec<Span>) {
    for at in scheme_ends(s.as_bytes()) {
        let start = at + 3;
        let rest = s.get(start..).unwrap_or("");
        let stop = rest
            .find(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '/' | '?'
                            | '#'
                            | '@'
                            | '"'
                            | '\''
                            | '\\'
                            | ','
                            | ';'
                            | '<'
                            | '>'
                            | '('
                            | ')'
                    )
            })
            .unwrap_or(rest.len());
        if rest.get(stop..).is_some_and(|r| r.starts_with('@')) && stop > 0 {
            push_value(s, start, start + stop, out);
        }
    }
}

/// The offsets of every `://` in `b` (a `memchr` for each `:`; `str::match_indices` set up a
/// two-way searcher for every string of every document).
fn scheme_ends(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b':', b).filter(|&at| b.get(at + 1..at + 3) == Some(b"//"))
}

/// How [`Words`] reads a byte: part of a word, a break between words, a quote, or `=`.
static WORD_CLASS: [u8; 256] = {
    let mut table = [ORDINARY; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_whitespace() || matches!(b, b';' | b'&' | b'|' | b'`' | b'(' | b')') {
            table[c] = BREAK;
        } else if b == b'"' || b == b'\'' {
            table[c] = QUOTE;
        } else if b == b'=' {
            table[c] = EQUALS;
        }
        c += 1;
    }
    table
};
const ORDINARY: u8 = 0;
const BREAK: u8 = 1;
const QUOTE: u8 = 2;
const EQUALS: u8 = 3;

/// Shell-like words of a string: ranges split at unquoted blanks and `;`, `&`, `|`, each with
/// the offset of its first `=` (quoted or not), read one at a time (this runs over every
/// command line of every document: a class table, and `memchr` through quotes).
#[derive(Clone, Copy)]
struct Words<'s> {
    b: &'s [u8],
    i: usize,
}

impl Iterator for Words<'_> {
    /// (start, end, first `=`)
    type Item = (usize, usize, Option<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        let class = |c: u8| WORD_CLASS.get(usize::from(c)).copied().unwrap_or(ORDINARY);
        let b = self.b;
        let mut i = self.i;
        while b.get(i).is_some_and(|c| class(*c) == BREAK) {
            i += 1;
        }
        if i >= b.len() {
            self.i = i;
            return None;
        }
        let start = i;
        let mut eq = None;
        while let Some(&c) = b.get(i) {
            match class(c) {
                BREAK => break,
                QUOTE => {
                    // to the closing quote (a `=` inside counts), or the end
                    let rest = b.get(i + 1..).unwrap_or(&[]);
                    let close = memchr::memchr(c, rest).map_or(b.len(), |j| i + 1 + j + 1);
                    if eq.is_none() {
                        let quoted = b.get(i + 1..close).unwrap_or(&[]);
                        eq = memchr::memchr(b'=', quoted).map(|j| i + 1 + j);
                    }
                    i = close;
                }
                EQUALS => {
                    eq.get_or_insert(i);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        self.i = i;
        Some((start, i, eq))
    }
}

/// Whether `name` may be a flag or variable name (`access_key`, `ak`, `a.b-c`).
fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

/// The values of secret flags (`--ak X`, `--access_key=X`, `-Daccess_key=X`) and assignments
/// (`ACCESS_KEY=X`) of a command line.
fn flags(s: &str, out: &mut Vec<Span>) {
    let mut ws = Words {
        b: s.as_bytes(),
        i: 0,
    };
    while let Some((start, end, eq)) = ws.next() {
        let word = s.get(start..end).unwrap_or("");
        let dashes = word.bytes().take_while(|c| *c == b'-').count().min(2);
        // a word with neither dashes nor `=` is no flag and no assignment (`python`, `train.py`):
        // most words of a command line, so no name test for them
        if dashes == 0 && eq.is_none() {
            continue;
        }
        let (name, value) = match eq {
            Some(eq) => (s.get(start + dashes..eq).unwrap_or(""), Some(eq + 1)),
            None => (word.get(dashes..).unwrap_or(""), None),
        };
        // `"--password=x"` quoted whole
        let name = name.trim_start_matches(['"', '\'']);
        if !is_name(name) {
            continue;
        }
        let secret = is_secret_flag(name)
            || (dashes == 1
                && name.len() > 1
                && name.starts_with('D')
                && name.get(1..).is_some_and(is_secret_flag));
        if !secret {
            continue;
        }
        match value {
            Some(v) => {
                let (lo, hi) = unquoted(s.get(v..end).unwrap_or(""));
                push_value(s, v + lo, v + hi, out);
            }
            None if dashes > 0 => {
                let mut peek = ws;
                if let Some((ns, ne, _)) = peek.next() {
                    let next = s.get(ns..ne).unwrap_or("");
                    if !next.starts_with('-') {
                        let (lo, hi) = unquoted(next);
                        push_value(s, ns + lo, ns + hi, out);
                    }
                }
            }
            None => {}
        }
    }
}

/// Pushes `start..end` of `text` as secret spans, less its placeholders (`${x}`, `{{ x }}`)
/// and the blanks at its ends.
fn push_value(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(value) = text.get(start..end) else {
        return;
    };
    let mut at = 0;
    let piece = |lo: usize, hi: usize, out: &mut Vec<Span>| {
        let p = value.get(lo..hi).unwrap_or("");
        let lead = p.len() - p.trim_start().len();
        let trimmed = p.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(
                start + lo + lead,
                start + lo + lead + trimmed.len(),
            ));
        }
    };
    while at < value.len() {
        let rest = value.get(at..).unwrap_or("");
        let next = [
            rest.find("${").map(|i| (i, "}")),
            rest.find("{{").map(|i| (i, "}}")),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|(i, _)| *i);
        let Some((open, close)) = next else {
            piece(at, value.len(), out);
            return;
        };
        let Some(len) = rest.get(open..).and_then(|r| r.find(close)) else {
            piece(at, value.len(), out);
            return;
        };
        piece(at, at + open, out);
        at += open + len + close.len();
    }
}

/// The secret ranges of `s`, a value that is a secret as a whole: all of it less its
/// placeholders and blanks.
pub fn value_ranges(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    push_value(s, 0, s.len(), &mut out);
    out.into_iter().map(Span::range).collect()
}

/// Whether a line may hold a secret key: a cheap filter, so that the regex only runs on the
/// few lines that can matter (a 10 MB line or five million lines stay fast).
/// A hand-written scanner, not a regex: compiling one cost half the instructions of checking a
/// small trial.ini (issue 17). Text with a non-ASCII byte always may (Unicode case folding,
/// as `is_secret_key` does it, is left to the full scan).
fn may_name_a_secret(line: &str) -> bool {
    /// The pieces, lowercase (`password`, `key`, `secret`, `token`, `private`, `credential`,
    /// a URL, `ak`/`sk`, `pwd`).
    const PARTS: [&[u8]; 10] = [
        b"ass",
        b"ey",
        b"ecret",
        b"oken",
        b"rivate",
        b"redential",
        b"://",
        b"ak",
        b"sk",
        b"pwd",
    ];
    let bytes = line.as_bytes();
    if !bytes.is_ascii() {
        return true;
    }
    (0..bytes.len()).any(|i| {
        let rest = bytes.get(i..).unwrap_or(&[]);
        // (the first bytes of the pieces: most positions stop here)
        let first = rest.first().map(u8::to_ascii_lowercase);
        if !matches!(first, Some(b'a' | b'e' | b'o' | b'r' | b':' | b's' | b'p')) {
            return false;
        }
        PARTS.iter().any(|part| {
            rest.len() >= part.len()
                && rest
                    .iter()
                    .zip(part.iter())
                    .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
    })
}

/// Reads the lines of `start..end` of `text` (also the `\n` escapes of a JSON string) for
/// secrets, where no tree tells: `key: value`, `- key: value`, `key = value`, `key value`,
/// `"key": value`, and the secrets inside strings.
fn scan_lines(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(region) = text.get(start..end) else {
        return;
    };
    if !may_name_a_secret(region) {
        return;
    }
    // The next line break and the next `\n` escape, each found once and kept until the scan
    // passes it: linear in the region (a one-line JSON file with a 10 MB embedded YAML).
    let bytes = region.as_bytes();
    let searched = |from: usize, found: Option<usize>| {
        let end = found.map_or(bytes.len(), |i| from + i);
        crate::work::add(
            crate::work::Counter::SecretScanBytes,
            end.saturating_sub(from) as u64,
        );
        end
    };
    let next_break = |from: usize| {
        searched(
            from,
            memchr::memchr2(b'\n', b'\r', bytes.get(from..).unwrap_or(&[])),
        )
    };
    let next_escape = |from: usize| {
        searched(
            from,
            memchr::memmem::find(bytes.get(from..).unwrap_or(&[]), b"\\n"),
        )
    };
    let (mut brk, mut esc) = (next_break(0), next_escape(0));
    let mut at = 0;
    while at <= region.len() {
        if brk < at {
            brk = next_break(at);
        }
        if esc < at {
            esc = next_escape(at);
        }
        let rest = region.get(at..).unwrap_or("");
        let len = brk.min(esc) - at;
        let line = rest.get(..len).unwrap_or("");
        scan_line(text, start + at, line, out);
        let sep = if rest.get(len..).is_some_and(|r| r.starts_with("\\n")) {
            2
        } else {
            1
        };
        at += len + sep;
    }
}

/// [`scan_lines`] of one line at offset `base` of `text`.
fn scan_line(text: &str, base: usize, line: &str, out: &mut Vec<Span>) {
    if line.is_empty() || !may_name_a_secret(line) {
        return;
    }
    for m in super::json_members::members(line) {
        let (Some(key), Some(raw)) = (line.get(m.key.clone()), line.get(m.value.clone())) else {
            continue;
        };
        if is_secret_key(key) {
            let lo = usize::from(raw.starts_with('"'));
            let hi = if raw.len() > 1 && raw.ends_with('"') && !raw.ends_with("\\\"") {
                raw.len() - 1
            } else {
                raw.len()
            };
            push_value(
                text,
                base + m.value.start + lo,
                base + m.value.start + hi.max(lo),
                out,
            );
        }
    }
    let mut found = Vec::new();
    in_string(line, &mut found);
    out.extend(
        found
            .into_iter()
            .map(|r| Span::new(base + r.start, base + r.end)),
    );
    // `key: value` at the start of the line
    let lead = line.len() - line.trim_start().len();
    let t = line.get(lead..).unwrap_or("");
    let (t, lead) = match t.strip_prefix("- ") {
        Some(r) => (r.trim_start(), lead + (t.len() - r.trim_start().len())),
        None => (t, lead),
    };
    let key_end = t
        .find(|c: char| c == ':' || c == '=' || c.is_whitespace())
        .unwrap_or(t.len());
    let key = t.get(..key_end).unwrap_or("").trim_matches(['"', '\'']);
    if key.is_empty() || !is_secret_key(key) {
        return;
    }
    let rest = t.get(key_end..).unwrap_or("");
    let mut v = key_end + (rest.len() - rest.trim_start().len());
    if t.get(v..).is_some_and(|r| r.starts_with([':', '='])) {
        v += 1;
        let r = t.get(v..).unwrap_or("");
        v += r.len() - r.trim_start().len();
    }
    let value = t.get(v..).unwrap_or("");
    if value.starts_with(['{', '[']) {
        return;
    }
    let (lo, hi) = match value.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let inner = value.get(1..).unwrap_or("");
            let mut escaped = false;
            let close = inner.char_indices().find(|(_, c)| {
                let end = *c == q && !escaped;
                escaped = q == '"' && *c == '\\' && !escaped;
                end
            });
            (1, 1 + close.map_or(inner.len(), |(i, _)| i))
        }
        _ => {
            // up to a ` #` comment
            let hi = value.find(" #").unwrap_or(value.len());
            let hi = value
                .get(..hi)
                .map_or(hi, |v| v.trim_end().trim_end_matches(',').len());
            (0, hi)
        }
    };
    let at = base + lead + v;
    push_value(text, at + lo, at + hi, out);
}

/// The values of `spans` in `text`, for masking the messages that quote them: each as written,
/// and unescaped when written as a JSON string; longest first, without duplicates.
pub fn values(text: &str, spans: &[Span]) -> Vec<String> {
    let mut out = Vec::new();
    for s in spans {
        let Some(raw) = text.get(s.range()) else {
            continue;
        };
        if raw.contains('\\')
            && let Ok(v) = serde_json::from_str::<String>(&format!("\"{raw}\""))
        {
            out.push(v);
        }
        out.push(raw.to_owned());
        // (an INI key is quoted lowercased)
        if raw.chars().any(char::is_uppercase) {
            out.push(raw.to_lowercase());
        }
    }
    out.retain(|v| !v.trim().is_empty());
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// What a secret is replaced with in a message.
pub const MASK: &str = "***";

/// A matcher of secret values, for messages: built once per file, on the first message it
/// masks (a file with no finding, or no secret, builds none).
#[derive(Default)]
pub struct Values {
    /// The values, longest first.
    values: Vec<String>,
    /// One search for all of them (leftmost-first over the values longest first), or `None`
    /// when it could not be built.
    matcher: std::sync::OnceLock<Option<Matcher>>,
}

/// How [`Values::mask`] finds the values: the patterns (a short value quoted) one after the
/// other when they are few, an automaton when they are many.
enum Matcher {
    /// At most [`FEW`] patterns, each searched for on its own (building an automaton cost
    /// 565,000 instructions for the 117 files of the NNI corpus, more than every search).
    Few(Vec<String>),
    /// One automaton for all of them.
    Many(aho_corasick::AhoCorasick),
}

/// Most patterns searched for one at a time.
const FEW: usize = 8;

impl Matcher {
    /// The matcher of `values` (longest first): [`Matcher::Few`] if `few`.
    fn build(values: &[String], few: bool) -> Option<Matcher> {
        let patterns = values.iter().map(|v| {
            if v.chars().count() >= MIN_ANYWHERE {
                v.clone()
            } else {
                format!("`{v}`")
            }
        });
        if few {
            return Some(Matcher::Few(patterns.collect()));
        }
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(patterns)
            .ok()
            .map(Matcher::Many)
    }

    /// The leftmost match at or after `from` (the first pattern's, of those starting there).
    fn find(&self, message: &str, from: usize) -> Option<(usize, usize)> {
        let rest = message.get(from..)?;
        match self {
            Matcher::Few(patterns) => patterns
                .iter()
                .filter_map(|p| {
                    rest.find(p.as_str())
                        .map(|i| (from + i, from + i + p.len()))
                })
                .min_by_key(|(start, _)| *start),
            Matcher::Many(ac) => ac.find(rest).map(|m| (from + m.start(), from + m.end())),
        }
    }
}

impl std::fmt::Debug for Values {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} secret values>", self.values.len())
    }
}

/// Shortest value masked wherever a message has it; a shorter one (`1`, `ab`) is masked only
/// where a message quotes it whole (`` `ab` ``), so that it does not mask a rule's words.
const MIN_ANYWHERE: usize = 4;

impl Values {
    /// The matcher of `values` (as [`values`] gives them).
    pub fn new(mut values: Vec<String>) -> Values {
        values.retain(|v| !v.is_empty());
        values.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        values.dedup();
        Values {
            values,
            matcher: std::sync::OnceLock::new(),
        }
    }

    /// The one search for every value: an Aho-Corasick automaton of the literal values (a
    /// short one quoted), linear in their total length. Leftmost-first over the values longest
    /// first: at a position, the longest value wins, as in the regex alternation it replaced. (A regex alternation of 17,744 remote
    /// machines' passwords took 24 MB and most of the start-up of a 2 MB exp.yml.)
    fn matcher(&self) -> Option<&Matcher> {
        self.matcher
            .get_or_init(|| Matcher::build(&self.values, self.values.len() <= FEW))
            .as_ref()
    }

    /// Whether there is no value.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The values, longest first.
    pub fn as_slice(&self) -> &[String] {
        &self.values
    }

    /// `message` with every secret value in it replaced by `***`.
    pub fn mask(&self, message: &str) -> String {
        if self.values.is_empty() {
            return message.to_owned();
        }
        match self.matcher() {
            Some(matcher) => mask_with(matcher, message),
            None => {
                // (a matcher that could not be built: one value at a time)
                let mut t = message.to_owned();
                for v in &self.values {
                    t = t.replace(v.as_str(), MASK);
                }
                t
            }
        }
    }
}

/// `message` with every match of `matcher` replaced by `***`.
fn mask_with(matcher: &Matcher, message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut last = 0;
    while let Some((start, end)) = matcher.find(message, last) {
        let found = message.get(start..end).unwrap_or("");
        out.push_str(message.get(last..start).unwrap_or(""));
        if found.len() >= 2 && found.starts_with('`') && found.ends_with('`') {
            out.push('`');
            out.push_str(MASK);
            out.push('`');
        } else {
            out.push_str(MASK);
        }
        // (every pattern is at least one byte: `end` is past `last`)
        last = end;
    }
    out.push_str(message.get(last..).unwrap_or(""));
    out
}

/// `text` with every byte of `spans` (sorted, disjoint) replaced by `*`, line breaks kept: the same
/// length and lines, so every offset and line still points at the same place. Spans are whole
/// characters.
pub fn mask_spans<'t>(text: &'t str, spans: &[Span]) -> std::borrow::Cow<'t, str> {
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for s in spans {
        // line breaks stay (a multi-line secret keeps its lines: a line index of the masked
        // text is the text's)
        for b in bytes.iter_mut().take(s.end()).skip(s.start()) {
            if *b != b'\n' && *b != b'\r' {
                *b = b'*';
            }
        }
    }
    std::borrow::Cow::Owned(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// Whether `span` overlaps a span of the sorted `spans`.
pub fn overlaps(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end() <= span.start());
    spans
        .get(i)
        .is_some_and(|s| s.start() < span.end().max(span.start() + 1))
}

#[cfg(test)]
#[path = "secrets_tests.rs"]
mod tests;
