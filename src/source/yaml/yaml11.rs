//! PyYAML's YAML 1.1 implicit resolvers (what NNI and hpo_tools read), and the categories used
//! to compare a scalar's two readings.

use super::resolve::{
    INF, Matcher, NAN, NULL, Scan, digit, digit_, exponent_then_end, is_match, sexagesimal_tail,
};

// PyYAML 6 (YAML 1.1) implicit resolvers, from yaml/resolver.py, tried in this order.

/// `\A(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\z`
pub(super) const BOOL11: Matcher = |b| {
    matches!(
        b,
        b"yes"
            | b"Yes"
            | b"YES"
            | b"no"
            | b"No"
            | b"NO"
            | b"true"
            | b"True"
            | b"TRUE"
            | b"false"
            | b"False"
            | b"FALSE"
            | b"on"
            | b"On"
            | b"ON"
            | b"off"
            | b"Off"
            | b"OFF"
    )
};
/// `\A(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?`
/// `|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z`
pub(super) const FLOAT11: Matcher = |b| {
    let digits_point = {
        let mut s = Scan::new(b);
        s.sign();
        s.one(digit) && {
            s.many(digit_);
            s.byte(b'.') && {
                s.many(digit_);
                exponent_then_end(&mut s, false)
            }
        }
    };
    let point_digits = || {
        let mut s = Scan::new(b);
        s.byte(b'.') && s.one(digit) && {
            s.many(digit_);
            exponent_then_end(&mut s, false)
        }
    };
    digits_point || point_digits() || INF(b) || NAN(b)
};
/// `\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*\z`
pub(super) const SEXFLOAT11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.one(digit) && {
        s.many(digit_);
        sexagesimal_tail(&mut s) && s.byte(b'.') && {
            s.many(digit_);
            s.at_end()
        }
    }
};
/// `\A[-+]?0b[0-1_]+\z`
pub(super) const BIN11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'0') && s.byte(b'b') && s.many(|c| matches!(c, b'0' | b'1' | b'_')) > 0 && s.at_end()
};
/// `\A[-+]?0[0-7_]+\z`
pub(super) const OCT11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'0') && s.many(|c| matches!(c, b'0'..=b'7' | b'_')) > 0 && s.at_end()
};
/// `\A[-+]?(?:0|[1-9][0-9_]*)\z`
pub(super) const DEC11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    if s.byte(b'0') {
        return s.at_end();
    }
    s.one(|c| matches!(c, b'1'..=b'9')) && {
        s.many(digit_);
        s.at_end()
    }
};
/// `\A[-+]?0x[0-9a-fA-F_]+\z`
pub(super) const HEX11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.byte(b'0') && s.byte(b'x') && s.many(|c| c.is_ascii_hexdigit() || c == b'_') > 0 && s.at_end()
};
/// `\A[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+\z`
pub(super) const SEXINT11: Matcher = |b| {
    let mut s = Scan::new(b);
    s.sign();
    s.one(|c| matches!(c, b'1'..=b'9')) && {
        s.many(digit_);
        sexagesimal_tail(&mut s) && s.at_end()
    }
};
/// `\A(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]`
/// `|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?`
/// `(?:[Tt]|[ \t]+)[0-9][0-9]?`
/// `:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?`
/// `(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\z`
pub(super) const TIMESTAMP11: Matcher = |b| {
    fn exactly(s: &mut Scan, n: usize) -> bool {
        (0..n).all(|_| s.one(digit))
    }
    /// `[0-9][0-9]?`
    fn one_or_two(s: &mut Scan) -> bool {
        s.one(digit) && {
            s.one(digit);
            true
        }
    }
    let date_only = {
        let mut s = Scan::new(b);
        exactly(&mut s, 4)
            && s.byte(b'-')
            && exactly(&mut s, 2)
            && s.byte(b'-')
            && exactly(&mut s, 2)
            && s.at_end()
    };
    if date_only {
        return true;
    }
    let blank = |c: u8| c == b' ' || c == b'\t';
    let mut s = Scan::new(b);
    let date = exactly(&mut s, 4)
        && s.byte(b'-')
        && one_or_two(&mut s)
        && s.byte(b'-')
        && one_or_two(&mut s);
    let separated = date && (s.one_of(b"Tt") || s.many(blank) > 0);
    let time = separated
        && one_or_two(&mut s)
        && s.byte(b':')
        && exactly(&mut s, 2)
        && s.byte(b':')
        && exactly(&mut s, 2);
    if !time {
        return false;
    }
    if s.byte(b'.') {
        s.many(digit);
    }
    if s.at_end() {
        return true;
    }
    s.many(blank);
    if s.byte(b'Z') {
        return s.at_end();
    }
    s.one_of(b"-+") && one_or_two(&mut s) && {
        if s.byte(b':') && !exactly(&mut s, 2) {
            return false;
        }
        s.at_end()
    }
};

/// Broad type categories, to compare the two resolutions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cat {
    Null,
    Bool,
    Int,
    Float,
    Str,
    Other,
}

/// How PyYAML (YAML 1.1) resolves a plain scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Y11 {
    Null,
    Bool,
    Float,
    SexFloat,
    Binary,
    Octal,
    Int,
    Hex,
    SexInt,
    Timestamp,
    /// `<<` or `=` as a value: PyYAML's safe loader has no constructor for them.
    Unloadable,
    Str,
}

impl Y11 {
    pub(super) fn cat(self) -> Cat {
        match self {
            Y11::Null => Cat::Null,
            Y11::Bool => Cat::Bool,
            Y11::Float | Y11::SexFloat => Cat::Float,
            Y11::Binary | Y11::Octal | Y11::Int | Y11::Hex | Y11::SexInt => Cat::Int,
            Y11::Timestamp | Y11::Unloadable => Cat::Other,
            Y11::Str => Cat::Str,
        }
    }

    pub(super) fn words(self) -> &'static str {
        match self {
            Y11::Null => "null",
            Y11::Bool => "a boolean",
            Y11::Float => "a float",
            Y11::SexFloat | Y11::SexInt => "a sexagesimal number",
            Y11::Binary => "a binary integer",
            Y11::Octal => "an octal integer",
            Y11::Int | Y11::Hex => "an integer",
            Y11::Timestamp => "a timestamp",
            Y11::Unloadable => "an error (PyYAML's safe loader cannot construct it)",
            Y11::Str => "a string",
        }
    }
}

pub(super) fn yaml11_kind(text: &str) -> Y11 {
    if is_match(&BOOL11, text) {
        Y11::Bool
    } else if is_match(&FLOAT11, text) {
        Y11::Float
    } else if is_match(&SEXFLOAT11, text) {
        Y11::SexFloat
    } else if is_match(&BIN11, text) {
        Y11::Binary
    } else if is_match(&OCT11, text) {
        Y11::Octal
    } else if is_match(&DEC11, text) {
        Y11::Int
    } else if is_match(&HEX11, text) {
        Y11::Hex
    } else if is_match(&SEXINT11, text) {
        Y11::SexInt
    } else if text == "<<" || text == "=" {
        Y11::Unloadable
    } else if is_match(&NULL, text) {
        Y11::Null
    } else if is_match(&TIMESTAMP11, text) {
        Y11::Timestamp
    } else {
        Y11::Str
    }
}
