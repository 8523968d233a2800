//! The source layer: a file's text, its line index, and a span-aware tree of its data.
//!
//! Every format (YAML, JSON, INI) is parsed once, by a position-aware parser, into the same
//! [`Node`] tree. Each node and each mapping key carries its [`Span`] (byte offsets into the
//! document text), so any path into the data ([`path::NodePath`], written as a JSON Pointer only
//! for output) resolves to a line and column. Problems of syntax (including duplicate keys) are
//! found here and returned as [`SyntaxProblem`]s, located by path.

pub(crate) mod de;
pub mod embedded;
pub mod ini;
pub mod json;
pub(crate) mod json_members;
pub(crate) mod keys;
pub(crate) mod lines;
pub(crate) mod offsets;
pub mod path;
pub mod pointer;
pub(crate) mod secrets;
pub(crate) mod shorten;
pub(crate) mod unclosed;
pub mod yaml;

pub use lines::LineIndex;
use path::NodePath;

/// The syntax a document is written in (re-exported as `kind::Format`: a kind has a format).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// YAML (read as YAML 1.2 core schema; YAML 1.1 differences are reported).
    Yaml,
    /// Strict JSON (no comments, no trailing commas).
    Json,
    /// INI as Python's configparser reads it.
    Ini,
}

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

/// Gives back the unused capacity of a big list that grew by doubling and is kept for a
/// document's life (line starts, offset-map runs); small lists are left alone (a realloc each).
fn trim_capacity<T>(list: &mut Vec<T>) {
    if list.capacity() - list.len() > 1024 {
        list.shrink_to_fit();
    }
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
        // Without the document's secret spans (the `Debug` of [`Parsed`] has them), the member
        // alone masks what its own position tells: the value of a secret key (every scalar
        // under it), and the secrets inside a string.
        let mut d = f.debug_struct("Member");
        d.field("key", &self.key).field("key_span", &self.key_span);
        if secrets::is_secret_key(&self.key) {
            d.field("value", &Masked(&self.value, MaskBy::All));
        } else {
            d.field("value", &Masked(&self.value, MaskBy::Strings));
        }
        d.finish()
    }
}

/// How [`Masked`] hides a node's secrets.
#[derive(Clone, Copy)]
enum MaskBy<'a> {
    /// Every scalar (the node is under a secret key).
    All,
    /// The secrets inside strings, and the values of secret keys below.
    Strings,
    /// The document's secret spans.
    Spans(&'a [Span]),
}

/// A node's `Debug` with its secrets shown as `***`.
struct Masked<'a>(&'a Node, MaskBy<'a>);

impl std::fmt::Debug for Masked<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Masked(node, by) = *self;
        let scalar_secret = match by {
            MaskBy::All => !matches!(node.value, Value::Null),
            MaskBy::Strings => false,
            MaskBy::Spans(spans) => secrets::overlaps(spans, node.span),
        };
        let value: &dyn std::fmt::Debug = match &node.value {
            Value::Object(members) => &MaskedMembers(members, by),
            Value::Array(items) => &MaskedItems(items, by),
            _ if scalar_secret => &secrets::MASK,
            Value::String(s) if matches!(by, MaskBy::Strings) => {
                let mut found = Vec::new();
                secrets::in_string(s, &mut found);
                if found.is_empty() {
                    &node.value
                } else {
                    return f
                        .debug_struct("Node")
                        .field("value", &secrets::MASK)
                        .field("span", &node.span)
                        .finish();
                }
            }
            _ => &node.value,
        };
        f.debug_struct("Node")
            .field("value", value)
            .field("span", &node.span)
            .finish()
    }
}

struct MaskedMembers<'a>(&'a [Member], MaskBy<'a>);

impl std::fmt::Debug for MaskedMembers<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut l = f.debug_list();
        for m in self.0 {
            let by = match self.1 {
                MaskBy::Strings if secrets::is_secret_key(&m.key) => MaskBy::All,
                MaskBy::All if m.key == "_type" => MaskBy::Strings,
                by => by,
            };
            l.entry(&MaskedMember(m, by));
        }
        l.finish()
    }
}

struct MaskedMember<'a>(&'a Member, MaskBy<'a>);

impl std::fmt::Debug for MaskedMember<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Member")
            .field("key", &self.0.key)
            .field("key_span", &self.0.key_span)
            .field("value", &Masked(&self.0.value, self.1))
            .finish()
    }
}

struct MaskedItems<'a>(&'a [Node], MaskBy<'a>);

impl std::fmt::Debug for MaskedItems<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|n| Masked(n, self.1)))
            .finish()
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
    /// The path of the node concerned, when known (the root otherwise).
    pub pointer: NodePath,
    /// An optional fix.
    pub help: Option<String>,
}

/// A YAML plain scalar that YAML 1.1 (PyYAML, which NNI uses) reads differently from YAML 1.2.
/// Its `Debug` shows `***` for the text of a scalar under a secret key.
#[derive(Clone, PartialEq)]
pub struct Yaml11Hazard {
    /// The path of the scalar.
    pub pointer: NodePath,
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
        let secret = self
            .pointer
            .last()
            .is_some_and(|k| secrets::is_secret_key(&k.key_text()));
        f.debug_struct("Yaml11Hazard")
            .field("pointer", &self.pointer.to_pointer())
            .field("span", &self.span)
            .field(
                "text",
                &if secret {
                    secrets::MASK
                } else {
                    self.text.as_str()
                },
            )
            .field("yaml12", &self.yaml12)
            .field("yaml11", &self.yaml11)
            .finish()
    }
}

/// The result of reading one document's text. Its `Debug` shows `***` for every node at a
/// secret span.
#[derive(Clone, Default)]
pub struct Parsed {
    /// The data, when the text could be read (possibly with problems, e.g. duplicate keys).
    pub root: Option<Node>,
    /// Syntax problems, in source order (their messages quote no secret).
    pub problems: Vec<SyntaxProblem>,
    /// YAML 1.1 portability hazards (YAML only).
    pub hazards: Vec<Yaml11Hazard>,
    /// Where the secrets of the text are (SPEC.md §4): sorted, disjoint byte spans, found by
    /// [`parse`] ([`secrets::find`]); empty when a reader was called on its own.
    pub secrets: Vec<Span>,
}

impl std::fmt::Debug for Parsed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.debug_masking(&self.secrets, f)
    }
}

impl Parsed {
    /// The `Debug` of the parse with every node at one of `spans` shown as `***` (a file's
    /// secret spans, those of its embedded documents included).
    pub fn debug_masking(
        &self,
        spans: &[Span],
        f: &mut std::fmt::Formatter<'_>,
    ) -> std::fmt::Result {
        let hazards: Vec<Yaml11Hazard> = self
            .hazards
            .iter()
            .map(|h| {
                let mut h = h.clone();
                if secrets::overlaps(spans, h.span) {
                    h.text = secrets::MASK.to_owned();
                }
                h
            })
            .collect();
        f.debug_struct("Parsed")
            .field(
                "root",
                &self.root.as_ref().map(|r| Masked(r, MaskBy::Spans(spans))),
            )
            .field("problems", &self.problems)
            .field("hazards", &hazards)
            .field("secrets", &self.secrets)
            .finish()
    }
}

impl Parsed {
    /// Finds the secret spans of `text` (read into `self`) and masks the secret values in the
    /// problems' messages: what [`parse`] does after reading.
    pub fn find_secrets(&mut self, text: &str) {
        self.secrets = secrets::find(text, self);
        if self.secrets.is_empty() || self.problems.is_empty() {
            return;
        }
        let values = secrets::Values::new(secrets::values(text, &self.secrets));
        for p in &mut self.problems {
            p.message = values.mask(&p.message);
            if let Some(h) = &p.help {
                p.help = Some(values.mask(h));
            }
        }
    }
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
pub fn parse(format: crate::source::Format, text: &str) -> Parsed {
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
                pointer: NodePath::root(),
                help: Some("split the document".to_owned()),
            }],
            hazards: Vec::new(),
            secrets: Vec::new(),
        };
    }
    let limits = Limits::default();
    let mut parsed = match format {
        crate::source::Format::Yaml => yaml::parse(text, &limits),
        crate::source::Format::Json => json::parse(text, &limits),
        crate::source::Format::Ini => ini::parse(text),
    };
    parsed.find_secrets(text);
    parsed
}

/// Decodes a file's bytes as [`decode`] does, reusing their buffer for the text when they are
/// valid UTF-8 (no copy of a large file).
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, Option<SyntaxProblem>) {
    if let Some(decoded) = decode_utf16(&bytes) {
        return decoded;
    }
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
    if let Some(decoded) = decode_utf16(bytes) {
        return decoded;
    }
    decode_stripped(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
}

/// The byte order of a UTF-16 text, and whether it starts with a byte order mark: by its BOM,
/// or (without one) by its NUL bytes, which UTF-8 text never has and UTF-16 text of mostly
/// ASCII characters has in every other byte.
fn utf16_order(bytes: &[u8]) -> Option<(bool, bool)> {
    if bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFF\xFE\0\0") {
        return Some((true, true));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some((false, true));
    }
    let sample = bytes.get(..bytes.len().min(1024) & !1).unwrap_or(&[]);
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut le, mut be) = (0, 0);
    for p in sample.chunks_exact(2) {
        match p {
            [a, 0] if *a != 0 => le += 1,
            [0, b] if *b != 0 => be += 1,
            _ => {}
        }
    }
    if le * 10 >= pairs * 9 {
        Some((true, false))
    } else if be * 10 >= pairs * 9 {
        Some((false, false))
    } else {
        None
    }
}

/// A UTF-16 file (SPEC: hpoconf reads UTF-8): decoded, so that the rest can still be read, with
/// the problem that names it.
fn decode_utf16(bytes: &[u8]) -> Option<(String, Option<SyntaxProblem>)> {
    let (little, bom) = utf16_order(bytes)?;
    let body = if bom {
        bytes.get(2..).unwrap_or(&[])
    } else {
        bytes
    };
    let units = body.chunks(2).map(|p| match (p, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    let text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    let problem = SyntaxProblem {
        kind: SyntaxKind::Encoding,
        message: format!(
            "the file is UTF-16 ({}-endian, {}); hpoconf, NNI and hpo_tools read UTF-8",
            if little { "little" } else { "big" },
            if bom {
                "with a byte order mark"
            } else {
                "without a byte order mark"
            }
        ),
        span: Span::at(0),
        pointer: NodePath::root(),
        help: Some("save the file as UTF-8".to_owned()),
    };
    Some((text, Some(problem)))
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
                pointer: NodePath::root(),
                help: Some("save the file as UTF-8".to_owned()),
            };
            (String::from_utf8_lossy(bytes).into_owned(), Some(problem))
        }
    }
}
