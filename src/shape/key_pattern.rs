//! `patternProperties` patterns, matched without the regex engine when they have one of the
//! simple forms of the models (`^cmd[0-9]+$`, `^params_src_dst_filepath.*$`,
//! `^metric_source(_.+)?$`): a regex search per key was the largest single cost of the shape
//! check of a trial.ini with many commands. Any other pattern runs as a regex.

use std::sync::Arc;

use regex::Regex;

/// A compiled `patternProperties` pattern.
#[derive(Debug, Clone)]
pub(crate) enum KeyPattern {
    /// `^LIT[0-9]+$`
    Digits(String),
    /// `^LIT.*$`
    Prefix(String),
    /// `^LIT(_.+)?$`
    OptionalSuffix(String),
    /// Anything else.
    Regex(Arc<Regex>),
}

impl KeyPattern {
    /// The pattern, or `None` when it does not compile with the `regex` crate (such a pattern is
    /// skipped, not reported).
    pub(crate) fn new(pattern: &str) -> Option<KeyPattern> {
        let literal = |s: &str| {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
                .then(|| s.to_owned())
        };
        let body = pattern.strip_prefix('^').and_then(|p| p.strip_suffix('$'));
        if let Some(body) = body {
            if let Some(lit) = body.strip_suffix("[0-9]+").and_then(literal) {
                return Some(KeyPattern::Digits(lit));
            }
            if let Some(lit) = body.strip_suffix(".*").and_then(literal) {
                return Some(KeyPattern::Prefix(lit));
            }
            if let Some(lit) = body.strip_suffix("(_.+)?").and_then(literal) {
                return Some(KeyPattern::OptionalSuffix(lit));
            }
        }
        super::index::regex(pattern).map(KeyPattern::Regex)
    }

    /// Whether `key` matches (as the regex would: `.` is any character but `\n`, `$` the end).
    pub(crate) fn is_match(&self, key: &str) -> bool {
        match self {
            KeyPattern::Digits(lit) => key
                .strip_prefix(lit.as_str())
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())),
            KeyPattern::Prefix(lit) => key
                .strip_prefix(lit.as_str())
                .is_some_and(|rest| !rest.contains('\n')),
            KeyPattern::OptionalSuffix(lit) => key.strip_prefix(lit.as_str()).is_some_and(|rest| {
                rest.is_empty()
                    || rest
                        .strip_prefix('_')
                        .is_some_and(|s| !s.is_empty() && !s.contains('\n'))
            }),
            KeyPattern::Regex(re) => re.is_match(key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The simple forms agree with the regex on keys around their edges.
    #[test]
    fn simple_forms_agree_with_the_regex() {
        let keys = [
            "",
            "cmd",
            "cmd1",
            "cmd01",
            "cmd1a",
            "cmdx",
            "Cmd1",
            "cmd١",
            "cmd1\n",
            "xcmd1",
            "params_src_dst_filepath",
            "params_src_dst_filepath1",
            "params_src_dst_filepath\n",
            "params_src_dst_filepath_é",
            "metric_source",
            "metric_source_",
            "metric_source_1",
            "metric_source_\n",
            "metric_source_a\nb",
            "metric_sourcex",
            "metric_source__",
        ];
        let patterns = [
            "^cmd[0-9]+$",
            "^params_src_dst_filepath.*$",
            "^metric_source(_.+)?$",
        ];
        for p in patterns {
            let fast = KeyPattern::new(p).expect("compiles");
            assert!(
                !matches!(fast, KeyPattern::Regex(_)),
                "{p} is a simple form"
            );
            let re = Regex::new(p).expect("a regex");
            for k in keys {
                assert_eq!(fast.is_match(k), re.is_match(k), "{p} on {k:?}");
            }
        }
        // other patterns stay regexes; an invalid one is none
        assert!(matches!(
            KeyPattern::new("^a|b$"),
            Some(KeyPattern::Regex(_))
        ));
        assert!(matches!(
            KeyPattern::new("^cm-d[0-9]+$"),
            Some(KeyPattern::Regex(_))
        ));
        assert!(KeyPattern::new("(").is_none());
    }
}
