//! One spelling of a number that both readers agree on: YAML 1.2's core schema (hpoconf) and
//! PyYAML's YAML 1.1 resolvers and constructors (NNI, hpo_tools).
//!
//! Used by the rules that report a YAML 1.1 hazard (exp.yml's `yaml11-difference`, a YAML search
//! space's `yaml11-string-number`), so that they suggest the same rewrite.

use super::resolve::{Core, core_kind};
use super::yaml11::{Y11, yaml11_kind};

/// A spelling of the number a plain scalar stands for that YAML 1.2 and PyYAML (YAML 1.1) both
/// read as that number, when exactly one of the two reads the scalar as a number.
///
/// The number is the reading of the reader that sees one: `1e-7` (a float in 1.2, a string in
/// 1.1) becomes `1.0e-7`; `-.5` becomes `-0.5`; `0o17` (15 in 1.2) becomes `15`; `09` (9 in 1.2,
/// a string in 1.1) becomes `9`; `1_000` (1000 in 1.1 only) becomes `1000`; `0b101` becomes `5`;
/// `0_10` (PyYAML's octal 8) becomes `8`; `1:30` (PyYAML's sexagesimal 90) becomes `90`.
///
/// A rewrite of the text keeps its digits and sign, so the value is the same to the last bit; a
/// radix or sexagesimal integer is written in decimal. `None` when both readers read a number
/// (the same, or different ones, as `0777`), when neither does, when PyYAML's constructor
/// fails on the scalar (`0b_`, `0x_`), or when the number does not fit in 128 bits.
pub(crate) fn portable_number(text: &str) -> Option<String> {
    let y11 = yaml11_kind(text);
    let numeric11 = matches!(
        y11,
        Y11::Float | Y11::SexFloat | Y11::Binary | Y11::Octal | Y11::Int | Y11::Hex | Y11::SexInt
    );
    match core_kind(text) {
        Core::Int | Core::Float if numeric11 => None,
        Core::Int => int12(text),
        Core::Float => float12(text),
        Core::Null | Core::Bool(_) | Core::Str => match y11 {
            Y11::Float | Y11::Int => Some(text.replace('_', "")),
            Y11::SexFloat => sexagesimal_float(text),
            Y11::Binary | Y11::Octal | Y11::Hex | Y11::SexInt => int11(text),
            _ => None,
        },
    }
}

/// A YAML 1.2 integer in decimal: `0o17` -> `15`, `0x1F` -> `31`, `-09` -> `-9`.
fn int12(text: &str) -> Option<String> {
    let (radix, digits) = if let Some(d) = text.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = text.strip_prefix("0o") {
        (8, d)
    } else {
        let (sign, digits) = split_sign(text);
        let digits = digits.trim_start_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        return Some(format!("{sign}{digits}"));
    };
    u128::from_str_radix(digits, radix)
        .ok()
        .map(|n| n.to_string())
}

/// A YAML 1.2 float with a dot in the mantissa and a signed exponent, as PyYAML needs:
/// `1e-7` -> `1.0e-7`, `1E5` -> `1.0e+5`, `.5e3` -> `0.5e+3`, `+.5` -> `+0.5`, `1.e5` -> `1.0e+5`.
fn float12(text: &str) -> Option<String> {
    let (sign, rest) = split_sign(text);
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let int = if int.is_empty() { "0" } else { int };
    let frac = if frac.is_empty() { "0" } else { frac };
    let mut out = format!("{sign}{int}.{frac}");
    if let Some(e) = exponent {
        let (esign, edigits) = split_sign(e);
        out.push('e');
        out.push_str(if esign.is_empty() { "+" } else { esign });
        out.push_str(edigits);
    }
    Some(out)
}

/// PyYAML's `construct_yaml_int` for the radix and sexagesimal forms, written in decimal.
fn int11(text: &str) -> Option<String> {
    let cleaned = text.replace('_', "");
    let (sign, value) = split_sign(&cleaned);
    let n: u128 = if value == "0" {
        0
    } else if let Some(d) = value.strip_prefix("0b") {
        u128::from_str_radix(d, 2).ok()?
    } else if let Some(d) = value.strip_prefix("0x") {
        u128::from_str_radix(d, 16).ok()?
    } else if value.starts_with('0') {
        u128::from_str_radix(value, 8).ok()?
    } else if value.contains(':') {
        let mut n: u128 = 0;
        for part in value.split(':') {
            n = n.checked_mul(60)?.checked_add(part.parse::<u128>().ok()?)?;
        }
        n
    } else {
        value.parse().ok()?
    };
    Some(if sign == "-" && n != 0 {
        format!("-{n}")
    } else {
        n.to_string()
    })
}

/// PyYAML's `construct_yaml_float` for a sexagesimal float (`1:30.5` -> `90.5`): the parts as
/// floats, summed from the last with weights 1, 60, 3600, ..., in the same order as Python.
fn sexagesimal_float(text: &str) -> Option<String> {
    let cleaned = text.replace('_', "");
    let (sign, value) = split_sign(&cleaned);
    let mut sum = 0.0_f64;
    let mut base = 1.0_f64;
    for part in value.rsplit(':') {
        sum += part.parse::<f64>().ok()? * base;
        base *= 60.0;
    }
    if !sum.is_finite() {
        return None;
    }
    let sign = if sign == "-" { "-" } else { "" };
    // `Display` of an f64 is the shortest text that reads back as it, with no exponent.
    let digits = sum.to_string();
    let dot = if digits.contains('.') { "" } else { ".0" };
    Some(format!("{sign}{digits}{dot}"))
}

/// `-12` -> (`-`, `12`), `+1` -> (`+`, `1`), `1` -> (``, `1`).
fn split_sign(text: &str) -> (&str, &str) {
    match text.as_bytes().first() {
        Some(b'-' | b'+') => text.split_at(1),
        _ => ("", text),
    }
}

#[cfg(test)]
mod tests {
    use super::portable_number;

    /// `(text, portable)`. Checked against PyYAML 6.0.4 (`yaml.safe_load`, by
    /// `scripts/pyyaml-portable.py`): where one reader reads `text` as a number, PyYAML reads
    /// `portable` as the same number, and hpoconf's YAML 1.2 reader does too.
    pub(super) const TABLE: &[(&str, Option<&str>)] = &[
        // YAML 1.2 floats that PyYAML reads as strings
        ("1e-7", Some("1.0e-7")),
        ("1E5", Some("1.0e+5")),
        ("1e5", Some("1.0e+5")),
        ("-1e-7", Some("-1.0e-7")),
        ("+1e5", Some("+1.0e+5")),
        ("2.5e3", Some("2.5e+3")),
        ("2.5E5", Some("2.5e+5")),
        ("1.0e5", Some("1.0e+5")),
        ("1.e5", Some("1.0e+5")),
        (".5e3", Some("0.5e+3")),
        ("-.5e3", Some("-0.5e+3")),
        ("-.5", Some("-0.5")),
        ("+.5", Some("+0.5")),
        ("-.5e-3", Some("-0.5e-3")),
        ("01e5", Some("01.0e+5")),
        ("1e+05", Some("1.0e+05")),
        // YAML 1.2 integers that PyYAML reads as strings
        ("0o17", Some("15")),
        ("0o0", Some("0")),
        ("09", Some("9")),
        ("08", Some("8")),
        ("-09", Some("-9")),
        ("+09", Some("+9")),
        ("000009", Some("9")),
        // PyYAML numbers that YAML 1.2 reads as strings
        ("1_000", Some("1000")),
        ("-1_000", Some("-1000")),
        ("1__0", Some("10")),
        ("1_000.5", Some("1000.5")),
        ("1.5_", Some("1.5")),
        ("1_0.5e+3", Some("10.5e+3")),
        ("0b1010", Some("10")),
        ("-0b1_1", Some("-3")),
        ("+0x1F", Some("31")),
        ("-0x1f", Some("-31")),
        ("0x_1F", Some("31")),
        ("0_7", Some("7")),
        ("0_10", Some("8")),
        ("-0_10", Some("-8")),
        ("0_", Some("0")),
        ("12:30", Some("750")),
        ("1:30:00", Some("5400")),
        ("-1:30", Some("-90")),
        ("1:30.5", Some("90.5")),
        ("1:30.", Some("90.0")),
        ("-1:00:00.25", Some("-3600.25")),
        // PyYAML's constructor fails: no number
        ("0b_", None),
        ("0x_", None),
        // both read a number (the same, or not): nothing to rewrite
        ("0777", None),
        ("1.5", None),
        ("1.0e+5", None),
        (".5", None),
        ("10", None),
        ("0x1F", None),
        (".inf", None),
        ("-.Inf", None),
        (".nan", None),
        // neither reads a number
        ("yes", None),
        ("abc", None),
        ("0:30", None),
        ("1e", None),
        ("", None),
        ("~", None),
        ("2024-01-31", None),
    ];

    #[test]
    fn one_spelling_for_both_readers() {
        for (text, want) in TABLE {
            assert_eq!(portable_number(text).as_deref(), *want, "{text:?}");
        }
    }

    /// Every spelling given is read as a number by both readers, and alike.
    #[test]
    fn the_spellings_are_portable() {
        use super::super::resolve::{Core, core_kind};
        use super::super::yaml11::{Cat, yaml11_kind};
        for (text, want) in TABLE {
            let Some(p) = want else { continue };
            let c12 = match core_kind(p) {
                Core::Int => Cat::Int,
                Core::Float => Cat::Float,
                _ => Cat::Str,
            };
            assert_eq!(c12, yaml11_kind(p).cat(), "{text:?} -> {p:?}");
            assert!(matches!(c12, Cat::Int | Cat::Float), "{text:?} -> {p:?}");
            assert_eq!(portable_number(p), None, "{p:?} is already portable");
        }
    }
}

/// For `scripts/pyyaml-portable.py`: the spelling of each line of the file named by
/// `PORTABLE_IN`, written as `text\tportable` lines (`-` for none) to `PORTABLE_OUT`.
#[cfg(test)]
#[test]
#[ignore = "run by scripts/pyyaml-portable.py"]
fn portable_from_file() {
    let (Ok(input), Ok(output)) = (std::env::var("PORTABLE_IN"), std::env::var("PORTABLE_OUT"))
    else {
        return;
    };
    let text = std::fs::read_to_string(input).expect("read PORTABLE_IN");
    let mut out = String::new();
    for line in text.lines() {
        let p = portable_number(line);
        out.push_str(&format!("{line}\t{}\n", p.as_deref().unwrap_or("-")));
    }
    std::fs::write(output, out).expect("write PORTABLE_OUT");
}
