//! What Python's `re` makes of a stdout metric pattern (hpo_tools compiles them with `re`): the
//! patterns it rejects that Rust's `regex` accepts (`a{1000}{1000}`: "multiple repeat"), and
//! those whose nested repetition makes its backtracking engine take exponential time on a line
//! that almost matches (`(a+)+$`).
//!
//! A small scanner of `re`'s syntax (escapes, classes, groups, quantifiers); it decides only what
//! it is sure of, and leaves the rest to the `regex` parser.

/// What the scan found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// Why Python's `re` rejects the pattern (`re.error`'s words), if it does.
    pub error: Option<String>,
    /// Whether an unbounded repetition applies to a group that can match one text in many ways
    /// (only repeated items, one of them unbounded): catastrophic backtracking under `re`.
    pub catastrophic: bool,
}

/// A group being read.
#[derive(Debug, Default)]
struct Frame {
    /// An item of the group has an unbounded repetition (`*`, `+`, `{m,}`).
    unbounded: bool,
    /// An item of the group is not repeated (must match once): the group's matches are then
    /// anchored by it.
    mandatory: bool,
}

/// What came just before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// The start, `(` or `|`: nothing to repeat.
    Start,
    /// An atom; `group` when it is a group whose items are all repeated and one unbounded.
    Atom { group: bool },
    /// A quantifier; `modified` once its `?` (lazy) or `+` (possessive) was read.
    Quantifier { modified: bool },
}

/// Scans `pattern` as Python's `re` parses it.
pub fn scan(pattern: &str) -> Scan {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = Scan::default();
    let mut frames: Vec<Frame> = vec![Frame::default()];
    let mut prev = Prev::Start;
    // an atom not (yet) repeated; `flexible`: a group of repeated items, which anchors nothing
    let mut pending = false;
    let mut flexible = false;
    let mut i = 0;
    let settle = |frames: &mut Vec<Frame>, pending: &mut bool, flexible: &mut bool| {
        if *pending
            && !*flexible
            && let Some(f) = frames.last_mut()
        {
            f.mandatory = true;
        }
        *pending = false;
        *flexible = false;
    };
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => {
                settle(&mut frames, &mut pending, &mut flexible);
                i += 2;
                prev = Prev::Atom { group: false };
                pending = true;
                continue;
            }
            '[' => {
                settle(&mut frames, &mut pending, &mut flexible);
                i += 1;
                if chars.get(i) == Some(&'^') {
                    i += 1;
                }
                // a `]` first is a literal
                if chars.get(i) == Some(&']') {
                    i += 1;
                }
                while let Some(&k) = chars.get(i) {
                    match k {
                        '\\' => i += 2,
                        ']' => break,
                        _ => i += 1,
                    }
                }
                if i >= chars.len() {
                    out.error = Some("unterminated character set".to_owned());
                    return out;
                }
                i += 1;
                prev = Prev::Atom { group: false };
                pending = true;
                continue;
            }
            '(' => {
                settle(&mut frames, &mut pending, &mut flexible);
                i += 1;
                if chars.get(i) == Some(&'?') {
                    // `(?#...)` comments and `(?aiLmsux)` flags are no group; `(?P=name)` is a
                    // backreference (an atom)
                    let close = chars
                        .get(i..)
                        .and_then(|r| r.iter().position(|k| *k == ')'));
                    let next = chars.get(i + 1).copied();
                    let flags_only = chars.get(i + 1..i + close.unwrap_or(0)).is_some_and(|f| {
                        !f.is_empty() && f.iter().all(|k| "aiLmsux-".contains(*k))
                    });
                    if next == Some('#') || flags_only {
                        i += close.map_or(chars.len(), |c| c + 1);
                        continue;
                    }
                    if next == Some('P') && chars.get(i + 2) == Some(&'=') {
                        i += close.map_or(chars.len(), |c| c + 1);
                        prev = Prev::Atom { group: false };
                        pending = true;
                        continue;
                    }
                }
                frames.push(Frame::default());
                prev = Prev::Start;
                // the rest of a `(?...` opener is read as atoms of the group: harmless for what
                // is decided here, except a quantifier-looking `?`
                if chars.get(i) == Some(&'?') {
                    while let Some(&k) = chars.get(i) {
                        i += 1;
                        if matches!(k, ':' | '>' | '=' | '!') {
                            break;
                        }
                    }
                    // `(?<=`, `(?<!`: the `<` then `=`/`!`
                }
                continue;
            }
            ')' => {
                settle(&mut frames, &mut pending, &mut flexible);
                if frames.len() <= 1 {
                    out.error = Some("unbalanced parenthesis".to_owned());
                    return out;
                }
                let f = frames.pop().unwrap_or_default();
                if let Some(parent) = frames.last_mut() {
                    parent.unbounded |= f.unbounded;
                }
                prev = Prev::Atom {
                    group: f.unbounded && !f.mandatory,
                };
                pending = true;
                flexible = f.unbounded && !f.mandatory;
                i += 1;
                continue;
            }
            '|' => {
                settle(&mut frames, &mut pending, &mut flexible);
                prev = Prev::Start;
                i += 1;
                continue;
            }
            _ => {}
        }
        let quantifier = match c {
            '*' | '+' => Some((1, true)),
            '?' => Some((1, false)),
            '{' => brace(&chars, i),
            _ => None,
        };
        match quantifier {
            Some((len, unbounded)) => {
                match prev {
                    Prev::Start => {
                        out.error = Some("nothing to repeat".to_owned());
                        return out;
                    }
                    Prev::Quantifier { modified: false } if len == 1 && c != '*' => {
                        // `*?` lazy, `*+` possessive (Python 3.11)
                        prev = Prev::Quantifier { modified: true };
                        i += 1;
                        continue;
                    }
                    Prev::Quantifier { .. } => {
                        out.error = Some("multiple repeat".to_owned());
                        return out;
                    }
                    Prev::Atom { group } => {
                        if group && unbounded {
                            out.catastrophic = true;
                        }
                        if let Some(f) = frames.last_mut() {
                            f.unbounded |= unbounded;
                            // `+` and `{m,}` with m > 0 still need one: anchored enough only
                            // when nothing is unbounded, which the flag above says
                        }
                        pending = false;
                        flexible = false;
                    }
                }
                prev = Prev::Quantifier { modified: false };
                i += len;
            }
            None => {
                settle(&mut frames, &mut pending, &mut flexible);
                // `^` and `$` match no character: they anchor nothing inside a group
                if c != '^' && c != '$' {
                    pending = true;
                }
                prev = Prev::Atom { group: false };
                i += 1;
            }
        }
    }
    if frames.len() > 1 {
        out.error = Some("missing ), unterminated subpattern".to_owned());
    }
    out
}

/// A `{m}`, `{m,}`, `{,n}`, `{m,n}` quantifier at `i`: its length and whether it is unbounded.
/// Anything else is a literal `{` for `re`.
fn brace(chars: &[char], i: usize) -> Option<(usize, bool)> {
    // as `sre_parse`: digits, optionally `,` and digits, then `}`; `{}` is a literal
    let close = chars.get(i..)?.iter().position(|k| *k == '}')?;
    let inner: String = chars.get(i + 1..i + close)?.iter().collect();
    if inner.is_empty() {
        return None;
    }
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let unbounded = match inner.split_once(',') {
        Some((lo, hi)) if digits(lo) && digits(hi) => hi.is_empty(),
        None if digits(&inner) => false,
        _ => return None,
    };
    Some((close + 1, unbounded))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> Option<String> {
        scan(p).error
    }

    #[test]
    fn what_python_rejects() {
        assert_eq!(err("x=(a{1000}{1000})").as_deref(), Some("multiple repeat"));
        assert_eq!(err("a**").as_deref(), Some("multiple repeat"));
        assert_eq!(err("a{2}*").as_deref(), Some("multiple repeat"));
        assert_eq!(err("*a").as_deref(), Some("nothing to repeat"));
        assert_eq!(err("(|+)").as_deref(), Some("nothing to repeat"));
        assert_eq!(
            err("(a").as_deref(),
            Some("missing ), unterminated subpattern")
        );
        assert_eq!(err("[a").as_deref(), Some("unterminated character set"));
        for ok in [
            "auc=([0-9.]+)",
            "a*?",
            "a+?b??",
            "a{2,3}?",
            "a*+",
            "x{",
            "x{abc}",
            "[]a]+",
            r"\(\d+\)",
            "(?P<v>[0-9.]+)",
            "(?:a|b)+",
            "(?i)auc=(\\d+)",
            "(?#c)a(b)",
            "a{,3}(x)",
        ] {
            assert_eq!(err(ok), None, "{ok}");
        }
    }

    #[test]
    fn catastrophic_backtracking() {
        for bad in [
            "(a+)+$", "(a*)*", "(x*y*)+z", "((a+))+", "(?:a+)+b", "(a+){2,}",
        ] {
            assert!(scan(bad).catastrophic, "{bad}");
        }
        for fine in [
            "auc=([0-9.]+)",
            r"(\d+\.)+",
            "(a+b)+",
            "(a+)",
            "(a+){2}",
            "(ab)+",
        ] {
            assert!(!scan(fine).catastrophic, "{fine}");
        }
    }
}
