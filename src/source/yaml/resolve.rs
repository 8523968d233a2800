//! Scalar resolution, YAML 1.2 core schema (what hpoconf reads), and the byte scanner that
//! every resolver (here and in [`super::yaml11`]) is written with.
//!
//! Each resolver is a hand-written scanner over the scalar's bytes, equivalent to the regular
//! expression written above it (`yaml/resolve_tests.rs` checks them against the expressions on
//! random scalars). Compiling the expressions cost more than the rest of a small file's check.

/// Whether a plain scalar's bytes are of one resolved form.
pub(super) type Matcher = fn(&[u8]) -> bool;

pub(super) fn is_match(m: &Matcher, text: &str) -> bool {
    m(text.as_bytes())
}

/// A cursor over a scalar's bytes.
pub(super) struct Scan<'a> {
    pub(super) b: &'a [u8],
    pub(super) i: usize,
}

impl<'a> Scan<'a> {
    pub(super) fn new(b: &'a [u8]) -> Scan<'a> {
        Scan { b, i: 0 }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    pub(super) fn at_end(&self) -> bool {
        self.i >= self.b.len()
    }

    /// Consumes one byte of the class, if the next is one.
    pub(super) fn one(&mut self, class: fn(u8) -> bool) -> bool {
        match self.peek() {
            Some(c) if class(c) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    /// Consumes this byte, if it is next.
    pub(super) fn byte(&mut self, c: u8) -> bool {
        self.one_of(&[c])
    }

    pub(super) fn one_of(&mut self, set: &[u8]) -> bool {
        match self.peek() {
            Some(c) if set.contains(&c) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    /// Consumes bytes of the class while there are; how many.
    pub(super) fn many(&mut self, class: fn(u8) -> bool) -> usize {
        let start = self.i;
        while self.one(class) {}
        self.i - start
    }

    /// `[-+]?`
    pub(super) fn sign(&mut self) {
        self.one_of(b"-+");
    }

    /// `(?:inf|Inf|INF)` or `(?:nan|NaN|NAN)`: the rest of the scalar is one of the words.
    pub(super) fn rest_is(&self, words: &[&[u8]]) -> bool {
        let rest = self.b.get(self.i..).unwrap_or_default();
        words.contains(&rest)
    }
}

pub(super) fn digit(c: u8) -> bool {
    c.is_ascii_digit()
}

pub(super) fn digit_(c: u8) -> bool {
    c.is_ascii_digit() || c == b'_'
}

/// `(?::[0-5]?[0-9])+`: at least one `:` and one or two digits (two only when the first is
/// 0-5; one digit followed by a digit cannot go on, so taking two when possible is the match).
pub(super) fn sexagesimal_tail(s: &mut Scan) -> bool {
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
pub(super) fn exponent_then_end(s: &mut Scan, sign_optional: bool) -> bool {
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
pub(super) const NULL: Matcher = |b| matches!(b, b"~" | b"null" | b"Null" | b"NULL" | b"");
/// `\A(?:true|True|TRUE|false|False|FALSE)\z`
pub(super) const BOOL12: Matcher = |b| {
    matches!(
        b,
        b"true" | b"True" | b"TRUE" | b"false" | b"False" | b"FALSE"
    )
};
/// `\A(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\z`
pub(super) const INT_ANY: Matcher = |b| {
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
pub(super) const FLOAT12: Matcher = |b| {
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
pub(super) const INF: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'.') && s.rest_is(&[b"inf".as_slice(), b"Inf", b"INF"])
};
/// `\A\.(?:nan|NaN|NAN)\z`
pub(super) const NAN: Matcher = |b| matches!(b, b".nan" | b".NaN" | b".NAN");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Core {
    Null,
    Bool(bool),
    Int,
    Float,
    Str,
}

/// How the YAML 1.2 core schema resolves a plain scalar.
pub(super) fn core_kind(text: &str) -> Core {
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
