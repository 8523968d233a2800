//! The source layer: a file's text, its line index, and a span-aware tree of its data.
//!
//! Every format (YAML, JSON, INI) is parsed once, by a position-aware parser, into the same
//! [`Node`] tree. Each node and each mapping key carries its [`Span`] (byte offsets into the
//! document text), so any JSON Pointer into the data resolves to a line and column. Problems of
//! syntax (including duplicate keys) are found here and returned as [`SyntaxProblem`]s.

pub mod embedded;
pub mod ini;
pub mod json;
pub mod keys;
pub mod lines;
pub mod pointer;
pub mod shorten;
pub(crate) mod unclosed;
pub mod yaml;

pub use lines::LineIndex;

pub use compact_str::CompactString;

/// The largest document the readers accept: offsets are 32-bit, so that the tree of a large
/// document stays small (see docs/performance.md). A longer text is one located problem.
pub const MAX_DOCUMENT_BYTES: usize = u32::MAX as usize;

/// A half-open byte range `[start, end)` into a document's text. Offsets are 32-bit (a
/// document is at most [`MAX_DOCUMENT_BYTES`] long); [`Span::start`], [`Span::end`] and
/// [`Span::range`] give them as `usize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    lo: u32,
    hi: u32,
}

/// `offset` as a 32-bit offset (saturating; the readers refuse texts beyond 4 GiB).
fn offset32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Span {
        let (lo, hi) = if end < start {
            (end, start)
        } else {
            (start, end)
        };
        Span {
            lo: offset32(lo),
            hi: offset32(hi),
        }
    }

    /// An empty span at `offset`.
    pub fn at(offset: usize) -> Span {
        Span::new(offset, offset)
    }

    /// Offset of the first byte.
    pub fn start(self) -> usize {
        self.lo as usize
    }

    /// Offset just past the last byte.
    pub fn end(self) -> usize {
        self.hi as usize
    }

    /// The byte range, for slicing the text (`text.get(span.range())`).
    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.lo == self.hi
    }
}

/// A number as written in the source, before any conversion loses information.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// An integer that fits `i64`.
    Int(i64),
    /// A non-negative integer above `i64::MAX` that fits `u64`.
    UInt(u64),
    /// Any other number (fraction, exponent, or an integer beyond `u64`). May be non-finite in
    /// YAML (`.inf`, `.nan`); the JSON reader reports non-finite values as syntax problems.
    Float(f64),
}

impl Number {
    /// The value as `f64` (integers beyond 2^53 lose precision).
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Int(i) => i as f64,
            Number::UInt(u) => u as f64,
            Number::Float(f) => f,
        }
    }

    /// The value as `i64`, if it is an integer that fits.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Number::Int(i) => Some(i),
            _ => None,
        }
    }

    /// Whether the number was written as an integer.
    pub fn is_integer(self) -> bool {
        matches!(self, Number::Int(_) | Number::UInt(_))
    }

    /// The number as a JSON value (`null` for NaN and infinities, which JSON cannot hold).
    pub fn to_json(self) -> serde_json::Value {
        match self {
            Number::Int(i) => serde_json::Value::from(i),
            Number::UInt(u) => serde_json::Value::from(u),
            Number::Float(f) => serde_json::Number::from_f64(f)
                .map(serde_json::Value::Number)
                .unwrap_or(serde_json::Value::Null),
        }
    }
}

/// The data of a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`, `~`, an empty YAML value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number.
    Number(Number),
    /// A string (INI values are always strings). Strings of up to 24 bytes are stored inline.
    String(CompactString),
    /// A sequence.
    Array(Box<[Node]>),
    /// A mapping, in source order, duplicates removed (the first occurrence is kept and the
    /// duplicate is reported as a [`SyntaxProblem`]).
    Object(Box<[Member]>),
}

/// A node of the span-aware tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The node's data.
    pub value: Value,
    /// Where the node's text is (for a string, including its quotes).
    pub span: Span,
}

/// A mapping entry. Its `Debug` shows `***` for the value of a secret key, and for the
/// `key: value` secrets of a string that holds a document (SPEC.md §4).
#[derive(Clone, PartialEq)]
pub struct Member {
    /// The key, as a string (YAML keys that are not strings are converted to their text).
    /// Keys of up to 24 bytes are stored inline.
    pub key: CompactString,
    /// Where the key's text is.
    pub key_span: Span,
    /// The value.
    pub value: Node,
}

impl std::fmt::Debug for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Member");
        d.field("key", &self.key).field("key_span", &self.key_span);
        if crate::secrets::is_secret_key(&self.key)
            && !matches!(self.value.value, Value::Object(_) | Value::Array(_))
        {
            d.field("value", &crate::secrets::MASK);
        } else if let Value::String(text) = &self.value.value
            && let found = crate::secrets::collect_from_text(text)
            && !found.is_empty()
        {
            // an embedded document (a GetHpoExperiment `ConfigIni`) with `key = secret` lines
            let masked = Node::new(
                Value::String(crate::secrets::scrub_text(text, &found).into()),
                self.value.span,
            );
            d.field("value", &masked);
        } else {
            d.field("value", &self.value);
        }
        d.finish()
    }
}

// The span tree is most of a check's peak memory (docs/performance.md): keep it compact.
const _: () = assert!(std::mem::size_of::<Node>() <= 32);
const _: () = assert!(std::mem::size_of::<Member>() <= 64);

impl Node {
    /// A node with this value and span.
    pub fn new(value: Value, span: Span) -> Node {
        Node { value, span }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&[Member]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The member with this exact key, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.member(key).map(|m| &m.value)
    }

    /// The mapping entry with this exact key.
    pub fn member(&self, key: &str) -> Option<&Member> {
        self.as_object()?.iter().find(|m| m.key == key)
    }

    /// The mapping entry NNI reads as `canonical` (any case, `_` ignored: [`keys::member`]).
    pub fn member_nni(&self, canonical: &str) -> Option<&Member> {
        keys::member(self, canonical)
    }

    /// The value NNI reads as `canonical` ([`keys::member`]).
    pub fn get_nni(&self, canonical: &str) -> Option<&Node> {
        keys::member(self, canonical).map(|m| &m.value)
    }

    /// A short name of the node's type, for messages (`a string`, `an integer`, ...).
    pub fn type_name(&self) -> &'static str {
        match &self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(n) if n.is_integer() => "an integer",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// Converts the tree to a `serde_json::Value` (non-finite numbers become `null`).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(n) => n.to_json(),
            Value::String(s) => J::String(s.as_str().to_owned()),
            Value::Array(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Object(members) => J::Object(
                members
                    .iter()
                    .map(|m| (m.key.as_str().to_owned(), m.value.to_json()))
                    .collect(),
            ),
        }
    }
}

/// What kind of syntax problem was found; each maps to one rule of [`crate::rules`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    /// The text is not valid in its format (YAML, JSON, INI).
    Invalid,
    /// The file is not valid UTF-8.
    Encoding,
    /// A key appears twice in one mapping (INI: a key twice in a section, or a section twice).
    DuplicateKey,
    /// A number that cannot be represented (beyond f64, NaN, an integer beyond 64 bits).
    NumberRange,
    /// A trailing comma in JSON that NNI accepts in a search space (its YAML fallback).
    TrailingComma,
    /// A YAML feature hpoconf refuses to expand (alias budget exceeded, nesting too deep,
    /// multiple documents, an unknown tag).
    Unsupported,
}

/// A problem found while reading the text, before any model is involved.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxProblem {
    /// What went wrong.
    pub kind: SyntaxKind,
    /// One sentence for the user.
    pub message: String,
    /// Where (byte offsets in the document text).
    pub span: Span,
    /// The JSON Pointer of the node concerned, when known (`""` otherwise).
    pub pointer: String,
    /// An optional fix.
    pub help: Option<String>,
}

/// A YAML plain scalar that YAML 1.1 (PyYAML, which NNI uses) reads differently from YAML 1.2.
/// Its `Debug` shows `***` for the text of a scalar under a secret key.
#[derive(Clone, PartialEq)]
pub struct Yaml11Hazard {
    /// The pointer of the scalar.
    pub pointer: String,
    /// Where the scalar is.
    pub span: Span,
    /// The scalar's text.
    pub text: String,
    /// How YAML 1.2 (hpoconf) reads it, e.g. `a float`.
    pub yaml12: &'static str,
    /// How YAML 1.1 (PyYAML) reads it, e.g. `a string`.
    pub yaml11: &'static str,
}

impl std::fmt::Debug for Yaml11Hazard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let secret = pointer::tokens(&self.pointer)
            .last()
            .is_some_and(|k| crate::secrets::is_secret_key(k));
        f.debug_struct("Yaml11Hazard")
            .field("pointer", &self.pointer)
            .field("span", &self.span)
            .field(
                "text",
                &if secret {
                    crate::secrets::MASK
                } else {
                    self.text.as_str()
                },
            )
            .field("yaml12", &self.yaml12)
            .field("yaml11", &self.yaml11)
            .finish()
    }
}

/// The result of reading one document's text.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The data, when the text could be read (possibly with problems, e.g. duplicate keys).
    pub root: Option<Node>,
    /// Syntax problems, in source order.
    pub problems: Vec<SyntaxProblem>,
    /// YAML 1.1 portability hazards (YAML only).
    pub hazards: Vec<Yaml11Hazard>,
}

/// Limits that keep hostile input from exhausting time or memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Deepest nesting of arrays and objects accepted.
    pub max_depth: usize,
    /// Most nodes a YAML document may expand to through aliases.
    pub max_alias_expansion: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 128,
            max_alias_expansion: 100_000,
        }
    }
}

/// Reads `text` in `format` into a [`Parsed`] tree.
pub fn parse(format: crate::kind::Format, text: &str) -> Parsed {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Parsed {
            root: None,
            problems: vec![SyntaxProblem {
                kind: SyntaxKind::Invalid,
                message: format!(
                    "the document is {} bytes long; hpoconf reads documents of up to 4 GiB",
                    text.len()
                ),
                span: Span::at(0),
                pointer: String::new(),
                help: Some("split the document".to_owned()),
            }],
            hazards: Vec::new(),
        };
    }
    let limits = Limits::default();
    let mut parsed = match format {
        crate::kind::Format::Yaml => yaml::parse(text, &limits),
        crate::kind::Format::Json => json::parse(text, &limits),
        crate::kind::Format::Ini => ini::parse(text),
    };
    mask_secret_problems(text, &mut parsed);
    parsed
}

/// Masks, in the problems about the value of a secret key (a number out of range, a tag), the
/// value as written (the text of the problem's span), so that the problems themselves never
/// hold a secret (SPEC.md §4).
pub fn mask_secret_problems(text: &str, parsed: &mut Parsed) {
    for p in &mut parsed.problems {
        let secret = pointer::tokens(&p.pointer)
            .last()
            .is_some_and(|k| crate::secrets::is_secret_key(k));
        if !secret {
            continue;
        }
        let Some(written) = text.get(p.span.range()) else {
            continue;
        };
        let written = written.trim();
        if written.is_empty() {
            continue;
        }
        let values = [
            written.to_owned(),
            written.trim_matches(['"', '\'']).to_owned(),
        ];
        p.message = crate::secrets::scrub_text(&p.message, &values);
        if let Some(h) = &p.help {
            p.help = Some(crate::secrets::scrub_text(h, &values));
        }
    }
}

/// Decodes a file's bytes as [`decode`] does, reusing their buffer for the text when they are
/// valid UTF-8 (no copy of a large file).
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, Option<SyntaxProblem>) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        // (the BOM is stripped already: not a second one)
        Err(e) => decode_stripped(e.as_bytes()),
    }
}

/// Decodes a file's bytes: strips a UTF-8 BOM, and reports invalid UTF-8 as a located problem
/// (the text is then decoded lossily so the rest can still be read).
pub fn decode(bytes: &[u8]) -> (String, Option<SyntaxProblem>) {
    decode_stripped(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// [`decode`] of bytes whose BOM, if any, is stripped already.
fn decode_stripped(bytes: &[u8]) -> (String, Option<SyntaxProblem>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), None),
        Err(e) => {
            let at = e.valid_up_to();
            let problem = SyntaxProblem {
                kind: SyntaxKind::Encoding,
                message: format!("the file is not valid UTF-8 (invalid byte at offset {at})"),
                span: Span::new(at, at + char::REPLACEMENT_CHARACTER.len_utf8()),
                pointer: String::new(),
                help: Some("save the file as UTF-8".to_owned()),
            };
            (String::from_utf8_lossy(bytes).into_owned(), Some(problem))
        }
    }
}
