//! JSON, read strictly (no comments, no trailing commas), with a span for every node and key,
//! through jsonc-parser's AST. Duplicate keys are reported (Python's json keeps the last one
//! silently); numbers are kept exactly (integers beyond 64 bits and `1e400` are reported).
//!
//! A well-formed document is read in one pass over jsonc-parser's token scanner, straight into
//! the span tree: building jsonc-parser's AST first kept two trees alive at the peak (24.7x the
//! size of a 10 MB search space). Anything that pass does not accept (a syntax error, nesting
//! beyond the depth limit) is read again through the AST, which gives the same tree and the
//! same problems as before, so the messages of errors stay jsonc-parser's.

use crate::source::path::NodePath;
use std::collections::HashSet;

use jsonc_parser::ast;
use jsonc_parser::tokens::Token;
use jsonc_parser::{CollectOptions, ParseOptions};
use jsonc_parser::{Scanner, ScannerOptions};

use super::{
    CompactString, Limits, Member, Node, Number, Parsed, Span, SyntaxKind, SyntaxProblem, Value,
};

fn strict() -> ParseOptions {
    ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        ..ParseOptions::default()
    }
}

/// Reads `text` as JSON.
pub fn parse(text: &str, limits: &Limits) -> Parsed {
    if let Some(parsed) = parse_tokens(text, limits) {
        return parsed;
    }
    parse_ast(text, limits)
}

/// The one-pass reader: `None` when the text is not strict JSON or nests deeper than the limit
/// (the AST reader then says why).
fn parse_tokens(text: &str, limits: &Limits) -> Option<Parsed> {
    let opts = strict();
    let mut scanner = Scanner::new(
        text,
        &ScannerOptions {
            allow_single_quoted_strings: opts.allow_single_quoted_strings,
            allow_hexadecimal_numbers: opts.allow_hexadecimal_numbers,
            allow_unary_plus_numbers: opts.allow_unary_plus_numbers,
            allow_bare_decimal_point_numbers: opts.allow_bare_decimal_point_numbers,
            allow_non_finite_numbers: opts.allow_non_finite_numbers,
            allow_extended_string_escapes: opts.allow_extended_string_escapes,
        },
    );
    let mut parsed = Parsed::default();
    let first = scanner.scan().ok()??;
    let mut control = Vec::new();
    let root = {
        let mut b = Builder {
            problems: &mut parsed.problems,
            limits,
        };
        let mut r = TokenReader {
            scanner: &mut scanner,
            b: &mut b,
            members: Vec::new(),
            items: Vec::new(),
            keys: KeySet::default(),
            text,
            control: &mut control,
        };
        r.value(first, &Path::Root, 0)?
    };
    if scanner.scan().ok()?.is_some() {
        return None;
    }
    parsed.root = Some(root);
    parsed.problems.append(&mut control);
    parsed.problems.sort_by_key(|p| p.span.start());
    Some(parsed)
}

/// Builds the span tree from the scanner's tokens, accepting exactly strict JSON (what
/// jsonc-parser accepts with [`strict`] options, below its nesting limit of 512): `None` on
/// anything else. Recursion is bounded by `limits.max_depth` (deeper input returns `None`).
///
/// The members and items of the open objects and arrays wait on two shared stacks and are moved
/// into one exactly sized slice when their object or array closes: no `Vec` per node grows,
/// shrinks or keeps spare capacity (docs/performance.md, peak memory).
struct TokenReader<'s, 'a, 'b, 'p, 'l> {
    scanner: &'s mut Scanner<'a>,
    b: &'b mut Builder<'p, 'l>,
    members: Vec<Member>,
    items: Vec<Node>,
    keys: KeySet,
    text: &'a str,
    /// Raw control characters in strings, kept apart from the builder's problems (those of a
    /// duplicate key's value are dropped; these are not, as [`raw_control_characters`] finds
    /// them all).
    control: &'b mut Vec<SyntaxProblem>,
}

impl<'a> TokenReader<'_, 'a, '_, '_, '_> {
    fn next(&mut self) -> Option<Token<'a>> {
        self.scanner.scan().ok()?
    }

    fn span(&self) -> Span {
        Span::new(self.scanner.token_start(), self.scanner.token_end())
    }

    /// Reports the first raw control character of the string token just scanned, as
    /// [`raw_control_characters`] does for the whole text (each string is looked at once,
    /// here, instead of the whole text again).
    fn check_string_token(&mut self) {
        let start = self.scanner.token_start();
        let raw = self
            .text
            .as_bytes()
            .get(start..self.scanner.token_end())
            .unwrap_or_default();
        if raw.iter().all(|&b| b >= 0x20) {
            return;
        }
        let mut escaped = false;
        // skip the opening quote
        for (i, &b) in raw.iter().enumerate().skip(1) {
            if escaped {
                escaped = false;
                continue;
            }
            match b {
                b'\\' => escaped = true,
                0..=0x1f => {
                    self.control.push(control_character(start + i, b));
                    return;
                }
                _ => {}
            }
        }
    }

    /// The value that starts with `token` (already scanned).
    fn value(&mut self, token: Token<'a>, ptr: &Path<'_>, depth: usize) -> Option<Node> {
        if depth > self.b.limits.max_depth {
            return None;
        }
        let span = self.span();
        let value = match token {
            Token::String(s) => {
                self.check_string_token();
                Value::String(CompactString::from(s))
            }
            Token::Number(n) => Value::Number(self.b.number(n, span, ptr)),
            Token::Boolean(b) => Value::Bool(b),
            Token::Null => Value::Null,
            Token::OpenBracket => return self.array(span.start(), ptr, depth),
            Token::OpenBrace => return self.object(span.start(), ptr, depth),
            _ => return None,
        };
        Some(Node { value, span })
    }

    fn array(&mut self, start: usize, ptr: &Path<'_>, depth: usize) -> Option<Node> {
        let base = self.items.len();
        let mut token = self.next()?;
        if token != Token::CloseBracket {
            loop {
                let index = self.items.len() - base;
                let item = self.value(token, &Path::Index(ptr, index), depth + 1)?;
                self.items.push(item);
                match self.next()? {
                    Token::Comma => token = self.next()?,
                    Token::CloseBracket => break,
                    _ => return None,
                }
            }
        }
        let items: Box<[Node]> = if depth == 0 {
            // the outermost array: its stack is handed over (no copy of a large root)
            std::mem::take(&mut self.items).into_boxed_slice()
        } else {
            self.items.drain(base..).collect()
        };
        Some(Node {
            value: Value::Array(items),
            span: Span::new(start, self.scanner.token_end()),
        })
    }

    fn object(&mut self, start: usize, ptr: &Path<'_>, depth: usize) -> Option<Node> {
        let base = self.members.len();
        // the key set of a large object (a linear search made 50,000 members take seconds)
        let mut keys: Option<KeySet> = None;
        let mut token = self.next()?;
        if token != Token::CloseBrace {
            loop {
                let Token::String(name) = token else {
                    return None;
                };
                self.check_string_token();
                let key_span = self.span();
                if self.next()? != Token::Colon {
                    return None;
                }
                let value_token = self.next()?;
                let child_ptr = Path::Key(ptr, &name);
                let mine = self.members.get(base..).unwrap_or_default();
                let seen = match &mut keys {
                    Some(set) => set.contains(&name, mine),
                    None if mine.len() < LINEAR_KEYS => mine.iter().any(|m| m.key == *name),
                    None => {
                        let mut set = std::mem::take(&mut self.keys);
                        set.clear();
                        for m in mine {
                            set.insert(&m.key);
                        }
                        let seen = set.contains(&name, mine);
                        keys = Some(set);
                        seen
                    }
                };
                if seen {
                    // Parsed for its syntax, but neither kept nor checked (as the AST reader).
                    let before = self.b.problems.len();
                    self.value(value_token, &child_ptr, depth + 1)?;
                    self.b.problems.truncate(before);
                    self.b.problems.push(duplicate(&name, key_span, &child_ptr));
                } else {
                    let value = self.value(value_token, &child_ptr, depth + 1)?;
                    if let Some(set) = &mut keys {
                        set.insert(&name);
                    }
                    self.members.push(Member {
                        key: CompactString::from(name),
                        key_span,
                        value,
                    });
                }
                match self.next()? {
                    Token::Comma => token = self.next()?,
                    Token::CloseBrace => break,
                    _ => return None,
                }
            }
        }
        if let Some(set) = keys {
            // kept for the next large object: one allocation for the whole document
            self.keys = set;
        }
        let members: Box<[Member]> = if depth == 0 {
            // the outermost object (a search space's parameters): its stack is handed over
            std::mem::take(&mut self.members).into_boxed_slice()
        } else {
            self.members.drain(base..).collect()
        };
        Some(Node {
            value: Value::Object(members),
            span: Span::new(start, self.scanner.token_end()),
        })
    }
}

/// Objects with fewer members than this are searched linearly for a duplicate key.
const LINEAR_KEYS: usize = 12;

/// The keys of one large object, as 64-bit hashes (8 bytes a key instead of a copy of each): a
/// hash that is already there is confirmed against the members themselves.
#[derive(Default)]
struct KeySet {
    hashes: HashSet<u64, std::hash::BuildHasherDefault<IdentityHasher>>,
    state: std::collections::hash_map::RandomState,
}

impl KeySet {
    fn hash(&self, key: &str) -> u64 {
        use std::hash::BuildHasher;
        self.state.hash_one(key)
    }

    fn clear(&mut self) {
        self.hashes.clear();
    }

    fn insert(&mut self, key: &str) {
        let h = self.hash(key);
        self.hashes.insert(h);
    }

    fn contains(&self, key: &str, members: &[Member]) -> bool {
        self.hashes.contains(&self.hash(key)) && members.iter().any(|m| m.key == *key)
    }
}

/// The hasher of [`KeySet`]: its values are already hashes (of a randomly keyed SipHash, so a
/// hostile document cannot make them collide).
#[derive(Default)]
struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

fn duplicate(key: &str, key_span: Span, ptr: &Path<'_>) -> SyntaxProblem {
    SyntaxProblem {
        kind: SyntaxKind::DuplicateKey,
        message: format!("duplicate key `{key}`: it already appears in this object"),
        span: key_span,
        pointer: ptr.pointer(),
        help: Some("remove one of the two; Python's json silently keeps the last".to_owned()),
    }
}

/// The AST reader: jsonc-parser's AST, then the span tree from it.
fn parse_ast(text: &str, limits: &Limits) -> Parsed {
    let mut parsed = Parsed::default();
    match jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &strict()) {
        Ok(result) => match result.value {
            Some(v) => {
                let mut b = Builder {
                    problems: &mut parsed.problems,
                    limits,
                };
                parsed.root = b.node(&v, &Path::Root, 0);
                parsed.problems.extend(raw_control_characters(text));
                parsed.problems.sort_by_key(|p| p.span.start());
            }
            None => parsed.problems.push(SyntaxProblem {
                kind: SyntaxKind::Invalid,
                message: "the file is empty: expected a JSON object".to_owned(),
                span: Span::at(0),
                pointer: NodePath::root(),
                help: None,
            }),
        },
        Err(e) => {
            let range = e.range();
            let msg = e.kind().to_string();
            if msg.to_ascii_lowercase().contains("unterminated") {
                let open = super::unclosed::open_at_end(text, false);
                if let Some(p) = super::unclosed::problem(text, &open, "JSON") {
                    parsed.problems.push(p);
                    return parsed;
                }
            }
            let help = if msg.contains("Comments") {
                Some("JSON has no comments: remove them".to_owned())
            } else if msg.contains("railing comma") {
                Some("remove the comma after the last element".to_owned())
            } else {
                None
            };
            parsed.problems.push(SyntaxProblem {
                kind: SyntaxKind::Invalid,
                message: format!("invalid JSON: {}", lowercase_first(&msg)),
                span: Span::new(range.start, range.end.max(range.start)),
                pointer: NodePath::root(),
                help,
            });
        }
    }
    parsed
}

/// Reads `text` allowing trailing commas (what NNI's YAML fallback accepts in a search space).
/// Returns `None` unless the text is strict JSON but for trailing commas; each trailing comma
/// is reported as a [`SyntaxKind::TrailingComma`] problem.
pub fn parse_allowing_trailing_commas(text: &str) -> Option<Parsed> {
    let options = ParseOptions {
        allow_trailing_commas: true,
        ..strict()
    };
    let collect = CollectOptions {
        tokens: true,
        ..CollectOptions::default()
    };
    let result = jsonc_parser::parse_to_ast(text, &collect, &options).ok()?;
    let value = result.value?;
    let mut parsed = Parsed::default();
    let tokens = result.tokens.unwrap_or_default();
    for (i, t) in tokens.iter().enumerate() {
        if t.token == jsonc_parser::tokens::Token::Comma {
            let next = tokens.get(i + 1).map(|n| &n.token);
            if matches!(
                next,
                Some(
                    jsonc_parser::tokens::Token::CloseBrace
                        | jsonc_parser::tokens::Token::CloseBracket
                )
            ) {
                parsed.problems.push(SyntaxProblem {
                    kind: SyntaxKind::TrailingComma,
                    message: "a trailing comma: NNI reads this search space only through its YAML fallback, and strict JSON readers (PAI's API, editors) reject it".to_owned(),
                    span: Span::new(t.range.start, t.range.end),
                    pointer: NodePath::root(),
                    help: Some("remove the comma after the last element".to_owned()),
                });
            }
        }
    }
    let limits = Limits::default();
    let mut b = Builder {
        problems: &mut parsed.problems,
        limits: &limits,
    };
    parsed.root = b.node(&value, &Path::Root, 0);
    parsed.problems.extend(raw_control_characters(text));
    parsed.problems.sort_by_key(|p| p.span.start());
    parsed.find_secrets(text);
    Some(parsed)
}

/// The raw control characters (U+0000 to U+001F: a NUL, a tab, a line end) inside the strings of
/// a text that parsed as JSON: JSON requires them escaped, and Python's `json` (which PAI and NNI
/// use) refuses them, but the AST parser lets them through. One problem per string, at the first.
fn raw_control_characters(text: &str) -> Vec<SyntaxProblem> {
    let mut problems = Vec::new();
    let mut in_string = false;
    let mut reported = false;
    let mut bytes = text.bytes().enumerate();
    while let Some((i, b)) = bytes.next() {
        if !in_string {
            if b == b'"' {
                in_string = true;
                reported = false;
            }
            continue;
        }
        match b {
            b'\\' => {
                bytes.next();
            }
            b'"' => in_string = false,
            0..=0x1f if !reported => {
                reported = true;
                problems.push(control_character(i, b));
            }
            _ => {}
        }
    }
    problems
}

/// The problem of the raw control character `b` at offset `at` of a string.
fn control_character(at: usize, b: u8) -> SyntaxProblem {
    let escape = match b {
        b'\t' => "\\t".to_owned(),
        b'\n' => "\\n".to_owned(),
        b'\r' => "\\r".to_owned(),
        _ => format!("\\u{b:04X}"),
    };
    SyntaxProblem {
        kind: SyntaxKind::Invalid,
        message: format!("invalid JSON: a raw control character (U+{b:04X}) in a string"),
        span: Span::new(at, at + 1),
        pointer: NodePath::root(),
        help: Some(format!("write it escaped, as `{escape}`")),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Where a node is, as a chain of references to its parents: its JSON Pointer is only built when
/// a problem is reported (formatting one per member and item was a fifth of a search space's
/// check).
#[derive(Debug, Clone, Copy)]
enum Path<'a> {
    /// The document's root.
    Root,
    /// The member `key` of the object at the path.
    Key(&'a Path<'a>, &'a str),
    /// The item `index` of the array at the path.
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn pointer(&self) -> NodePath {
        match self {
            Path::Root => NodePath::root(),
            Path::Key(parent, key) => parent.pointer().key(key),
            Path::Index(parent, index) => parent.pointer().index(*index),
        }
    }
}

struct Builder<'p, 'l> {
    problems: &'p mut Vec<SyntaxProblem>,
    limits: &'l Limits,
}

impl Builder<'_, '_> {
    fn node(&mut self, v: &ast::Value<'_>, ptr: &Path<'_>, depth: usize) -> Option<Node> {
        if depth > self.limits.max_depth {
            let r = range_of(v);
            self.problems.push(SyntaxProblem {
                kind: SyntaxKind::Unsupported,
                message: format!("nesting deeper than {} levels", self.limits.max_depth),
                span: r,
                pointer: ptr.pointer(),
                help: None,
            });
            return None;
        }
        let span = range_of(v);
        let value = match v {
            ast::Value::StringLit(s) => Value::String(CompactString::from(s.value.as_ref())),
            ast::Value::NumberLit(n) => Value::Number(self.number(n.value, span, ptr)),
            ast::Value::BooleanLit(b) => Value::Bool(b.value),
            ast::Value::NullKeyword(_) => Value::Null,
            ast::Value::Array(a) => {
                let mut items = Vec::with_capacity(a.elements.len());
                for (i, e) in a.elements.iter().enumerate() {
                    if let Some(n) = self.node(e, &Path::Index(ptr, i), depth + 1) {
                        items.push(n);
                    }
                }
                Value::Array(items.into_boxed_slice())
            }
            ast::Value::Object(o) => {
                let mut members: Vec<Member> = Vec::with_capacity(o.properties.len());
                // Keys seen so far: a linear search made a 50,000-member object take seconds.
                // (The keys are borrowed from the AST: no copy per member.)
                let mut seen: HashSet<&str> = HashSet::with_capacity(o.properties.len());
                for p in &o.properties {
                    let (name, key_span): (&str, Span) = match &p.name {
                        ast::ObjectPropName::String(s) => {
                            (&s.value, Span::new(s.range.start, s.range.end))
                        }
                        ast::ObjectPropName::Word(w) => {
                            (w.value, Span::new(w.range.start, w.range.end))
                        }
                    };
                    let key = CompactString::from(name);
                    let child_ptr = Path::Key(ptr, name);
                    if !seen.insert(name) {
                        self.problems.push(duplicate(&key, key_span, &child_ptr));
                        continue;
                    }
                    if let Some(value) = self.node(&p.value, &child_ptr, depth + 1) {
                        members.push(Member {
                            key,
                            key_span,
                            value,
                        });
                    }
                }
                Value::Object(members.into_boxed_slice())
            }
        };
        Some(Node { value, span })
    }

    fn number(&mut self, text: &str, span: Span, ptr: &Path<'_>) -> Number {
        let is_int = !text.contains(['.', 'e', 'E']);
        if is_int {
            if let Ok(i) = text.parse::<i64>() {
                return Number::Int(i);
            }
            if let Ok(u) = text.parse::<u64>() {
                return Number::UInt(u);
            }
        }
        let f = text.parse::<f64>().unwrap_or(f64::NAN);
        if !f.is_finite() {
            self.problems.push(SyntaxProblem {
                kind: SyntaxKind::NumberRange,
                message: format!("the number `{text}` is beyond the range of a 64-bit float"),
                span,
                pointer: ptr.pointer(),
                help: Some("write a finite number".to_owned()),
            });
        } else if is_int {
            self.problems.push(SyntaxProblem {
                kind: SyntaxKind::NumberRange,
                message: format!("the integer `{text}` does not fit in 64 bits"),
                span,
                pointer: ptr.pointer(),
                help: None,
            });
        }
        Number::Float(f)
    }
}

fn range_of(v: &ast::Value<'_>) -> Span {
    use jsonc_parser::common::Ranged;
    let r = v.range();
    Span::new(r.start, r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass reader gives what the AST reader gives, or declines.
    #[test]
    fn token_reader_matches_the_ast_reader() {
        let limits = Limits {
            max_depth: 3,
            ..Limits::default()
        };
        let texts = [
            "{}",
            "[]",
            " {\"a\": [1, -2.5e3, 18446744073709551615, 1e400, 99999999999999999999], \"b\": {}} ",
            "{\"a\": 1, \"a\": {\"x\": 1e400}, \"b\": [true, false, null, \"s\\u00e9\\n\"]}",
            "{\"a\": \"tab\there\", \"k\\\"\": \"\\x41\"}",
            "{\"\tk\": \"\nx\", \"q\": \"a\\\"\u{1}\\\\\u{2}\", \"q\": [\"\u{1f}\"]}",
            "[\"\u{0}\", \"ok\", \"\\\\\u{7}\"]",
            "{\"a\": NaN, \"b\": .5, \"c\": 5.}",
            "[[[[1]]]]",
            "[[[[]]]]",
            "{\"a\": {\"b\": {\"c\": {\"d\": 1}}}}",
            "{\"a\": 1, \"a\": [[[[[1]]]]]}",
            "\"s\"",
            "12",
        ];
        for t in texts {
            let fast = parse_tokens(t, &limits);
            let slow = parse_ast(t, &limits);
            // declines only what the AST reader rejects or finds nested too deep
            let declines = slow.root.is_none()
                || slow
                    .problems
                    .iter()
                    .any(|p| p.kind == SyntaxKind::Unsupported)
                || t.contains("[[[[[");
            assert!(fast.is_some() || declines, "{t}");
            assert!(fast.is_none() || slow.root.is_some(), "{t}");
            if let Some(fast) = fast {
                // (compared as text: NaN is not equal to itself)
                assert_eq!(
                    format!("{:?}", fast.root),
                    format!("{:?}", slow.root),
                    "{t}"
                );
                assert_eq!(fast.problems, slow.problems, "{t}");
            }
        }
        // raw control characters are read by both (and reported by both, compared above)
        for t in ["[\"\u{0}\"]", "{\"\tk\": 1, \"\tk\": \"\n\"}"] {
            let fast = parse_tokens(t, &limits).expect("read by the one-pass reader");
            assert!(fast.problems.iter().any(|p| p.message.contains("control")));
        }
        let dup = parse_tokens("{\"k\": 1, \"k\": \"\n\"}", &limits).expect("read");
        assert_eq!(dup.problems.len(), 2, "{:?}", dup.problems);
        for bad in [
            "",
            "{",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1,]",
            "[1 2]",
            "{a: 1}",
            "{'a': 1}",
            "[0x1F]",
            "[+1]",
            "{} {}",
            "[1] // c",
            "{\"a\": 1 \"b\": 2}",
            "[1:]",
            "[[[[[1]]]]]",
        ] {
            assert!(parse_tokens(bad, &limits).is_none(), "{bad}");
        }
    }

    /// Objects past [`LINEAR_KEYS`] find duplicates through the hash set, also when large
    /// objects nest (the set is lent from one to the next), and agree with the AST reader.
    #[test]
    fn duplicates_in_large_and_nested_objects() {
        let member = |k: &str| format!("\"{k}\": 1");
        let mut outer: Vec<String> = (0..40).map(|i| member(&format!("k{i}"))).collect();
        let inner: Vec<String> = (0..30)
            .map(|i| member(&format!("k{i}")))
            .chain([member("k3"), member("k29")])
            .collect();
        outer.insert(20, format!("\"big\": {{{}}}", inner.join(", ")));
        outer.push(member("k0"));
        outer.push(member("big"));
        outer.push(member("k\\u0041"));
        outer.push(member("kA"));
        let t = format!("{{{}}}", outer.join(", "));
        let fast = parse_tokens(&t, &Limits::default()).expect("strict JSON");
        let slow = parse_ast(&t, &Limits::default());
        assert_eq!(format!("{:?}", fast.root), format!("{:?}", slow.root));
        assert_eq!(fast.problems, slow.problems);
        let pointers: Vec<String> = fast
            .problems
            .iter()
            .map(|p| p.pointer.to_pointer())
            .collect();
        assert_eq!(pointers, ["/big/k3", "/big/k29", "/k0", "/big", "/kA"]);
        let root = fast.root.expect("root");
        assert_eq!(root.as_object().map(<[Member]>::len), Some(42));
        assert_eq!(
            root.get("big")
                .and_then(Node::as_object)
                .map(<[Member]>::len),
            Some(30)
        );
    }

    #[test]
    fn spans_duplicates_and_numbers() {
        let t = "{\"a\": [1, 2.5, 18446744073709551615], \"a\": 1, \"b\": 1e400}";
        let p = parse(t, &Limits::default());
        let root = p.root.expect("root");
        let a = root.get("a").expect("a");
        assert_eq!(
            &t[a.span.start()..a.span.end()],
            "[1, 2.5, 18446744073709551615]"
        );
        assert_eq!(p.problems.len(), 2);
        assert_eq!(p.problems[0].kind, SyntaxKind::DuplicateKey);
        assert_eq!(
            &t[p.problems[0].span.start()..p.problems[0].span.end()],
            "\"a\""
        );
        assert_eq!(p.problems[1].kind, SyntaxKind::NumberRange);
        let bad = parse("{\"a\": 1,}", &Limits::default());
        assert!(bad.root.is_none());
        assert_eq!(bad.problems.len(), 1);
        let comment = parse("{\"a\": 1 // x\n}", &Limits::default());
        assert_eq!(comment.problems.len(), 1);
    }
}
