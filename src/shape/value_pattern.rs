//! The `pattern`s of the models' strings (a duration, a size, GPU indices), matched by hand on
//! ASCII text: compiling one of them with the regex engine cost a fifth of a one-file
//! `hpoconf check` (issue 17). Other patterns, and non-ASCII text (`\d` and `\s` are Unicode
//! classes), go to the regex engine. A test checks the scanners against the expressions.

/// `^\s*\d+(\.\d+)?\s*[dDhHmMsS]\s*$` (`model::exp_yml::DURATION_PATTERN`).
const DURATION: &str = r"^\s*\d+(\.\d+)?\s*[dDhHmMsS]\s*$";
/// `model::exp_yml::SIZE_PATTERN`.
const SIZE: &str = r"^\s*\d+(\.\d+)?\s*([tTgGmMkK]?[bB])\s*$";
/// `model::exp_yml::GPU_INDICES_PATTERN`.
const GPU_INDICES: &str = r"^\s*\d+\s*(,\s*\d+\s*)*$";

/// Whether `text` matches `pattern`, when the pattern is one of the known forms and the text is
/// ASCII; `None` otherwise (ask the regex engine).
pub(crate) fn known_match(pattern: &str, text: &str) -> Option<bool> {
    if !text.is_ascii() {
        return None;
    }
    let b = text.as_bytes();
    match pattern {
        DURATION => Some(number_unit(b, |s| s.one(b"dDhHmMsS"))),
        SIZE => Some(number_unit(b, |s| {
            s.one(b"tTgGmMkK");
            s.one(b"bB")
        })),
        GPU_INDICES => Some(gpu_indices(b)),
        _ => None,
    }
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    /// `\s*` (ASCII: space, `\t`, `\n`, `\x0B`, `\x0C`, `\r`).
    fn blanks(&mut self) {
        while matches!(
            self.b.get(self.i),
            Some(b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
        ) {
            self.i += 1;
        }
    }

    /// `\d+`
    fn digits(&mut self) -> bool {
        let start = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i > start
    }

    /// One byte of the set.
    fn one(&mut self, set: &[u8]) -> bool {
        match self.b.get(self.i) {
            Some(c) if set.contains(c) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    fn at_end(&self) -> bool {
        self.i >= self.b.len()
    }
}

/// `^\s*\d+(\.\d+)?\s*UNIT\s*$`
fn number_unit(b: &[u8], unit: impl Fn(&mut Scan) -> bool) -> bool {
    let mut s = Scan { b, i: 0 };
    s.blanks();
    if !s.digits() {
        return false;
    }
    if s.b.get(s.i) == Some(&b'.') {
        s.i += 1;
        if !s.digits() {
            return false;
        }
    }
    s.blanks();
    if !unit(&mut s) {
        return false;
    }
    s.blanks();
    s.at_end()
}

/// `^\s*\d+\s*(,\s*\d+\s*)*$`
fn gpu_indices(b: &[u8]) -> bool {
    let mut s = Scan { b, i: 0 };
    s.blanks();
    if !s.digits() {
        return false;
    }
    s.blanks();
    while s.one(b",") {
        s.blanks();
        if !s.digits() {
            return false;
        }
        s.blanks();
    }
    s.at_end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    fn agree(text: &str) {
        for p in [DURATION, SIZE, GPU_INDICES] {
            let re = Regex::new(p).unwrap();
            if let Some(fast) = known_match(p, text) {
                assert_eq!(fast, re.is_match(text), "{p} on {text:?}");
            } else {
                assert!(!text.is_ascii());
            }
        }
    }

    #[test]
    fn the_patterns_are_the_models() {
        use crate::model::exp_yml::{DURATION_PATTERN, GPU_INDICES_PATTERN, SIZE_PATTERN};
        assert_eq!(DURATION, DURATION_PATTERN);
        assert_eq!(SIZE, SIZE_PATTERN);
        assert_eq!(GPU_INDICES, GPU_INDICES_PATTERN);
        assert_eq!(known_match("^a$", "a"), None);
    }

    #[test]
    fn edge_cases() {
        for t in [
            "",
            "1h",
            " 1.5h ",
            "1.h",
            ".5h",
            "1 h",
            "1hh",
            "h",
            "10\n",
            "1h\n",
            "\x0B1h\x0C",
            "4gb",
            "4 GB",
            "4b",
            "4kkb",
            "4g",
            "512MB ",
            "0",
            "0,1",
            " 0 , 1 ",
            "0,",
            ",0",
            "0,,1",
            "1 2",
            "a",
            "1.5",
            "1,2\r\n",
        ] {
            agree(t);
        }
    }

    proptest! {
        #[test]
        fn scanners_agree_with_the_regexes(text in "[ \t\n\r\x0B\x0C0-9.,dhmsDHMSbBkKgGtTx]{0,10}") {
            agree(&text);
        }
    }
}
