//! The hand-written scalar resolvers of the YAML reader agree with the regular expressions they
//! replace (YAML 1.2 core schema and PyYAML's YAML 1.1 resolvers), on edge cases and on random
//! scalars drawn from the characters the expressions look at.

use super::resolve::*;
use super::yaml11::*;
use proptest::prelude::*;
use regex::Regex;
use std::sync::LazyLock;

/// The resolvers and their expressions, compiled once.
static PAIRS: LazyLock<Vec<(&str, Matcher, Regex)>> = LazyLock::new(pairs);

/// Each resolver with the expression it stands for.
fn pairs() -> Vec<(&'static str, Matcher, Regex)> {
    let table: [(&str, Matcher, &str); 15] = [
        ("NULL", NULL, r"\A(?:~|null|Null|NULL|)\z"),
        (
            "BOOL12",
            BOOL12,
            r"\A(?:true|True|TRUE|false|False|FALSE)\z",
        ),
        (
            "INT_ANY",
            INT_ANY,
            r"\A(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\z",
        ),
        (
            "FLOAT12",
            FLOAT12,
            r"\A[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\z",
        ),
        ("INF", INF, r"\A[-+]?\.(?:inf|Inf|INF)\z"),
        ("NAN", NAN, r"\A\.(?:nan|NaN|NAN)\z"),
        (
            "BOOL11",
            BOOL11,
            r"\A(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)\z",
        ),
        (
            "FLOAT11",
            FLOAT11,
            concat!(
                r"\A(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?",
                r"|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?",
                r"|[-+]?\.(?:inf|Inf|INF)",
                r"|\.(?:nan|NaN|NAN))\z"
            ),
        ),
        (
            "SEXFLOAT11",
            SEXFLOAT11,
            r"\A[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*\z",
        ),
        ("BIN11", BIN11, r"\A[-+]?0b[0-1_]+\z"),
        ("OCT11", OCT11, r"\A[-+]?0[0-7_]+\z"),
        ("DEC11", DEC11, r"\A[-+]?(?:0|[1-9][0-9_]*)\z"),
        ("HEX11", HEX11, r"\A[-+]?0x[0-9a-fA-F_]+\z"),
        (
            "SEXINT11",
            SEXINT11,
            r"\A[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+\z",
        ),
        (
            "TIMESTAMP11",
            TIMESTAMP11,
            concat!(
                r"\A(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
                r"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?",
                r"(?:[Tt]|[ \t]+)[0-9][0-9]?",
                r":[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?",
                r"(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)\z"
            ),
        ),
    ];
    table
        .into_iter()
        .map(|(name, m, re)| (name, m, Regex::new(re).unwrap()))
        .collect()
}

fn assert_agree(pairs: &[(&str, Matcher, Regex)], text: &str) {
    for (name, m, re) in pairs {
        assert_eq!(
            is_match(m, text),
            re.is_match(text),
            "{name} on {text:?}: the scanner and the expression disagree"
        );
    }
}

#[test]
fn edge_cases() {
    let pairs = &*PAIRS;
    for text in [
        "",
        "~",
        "null",
        "NULL",
        "nULL",
        "true",
        "tRUE",
        "yes",
        "Off",
        "0",
        "-0",
        "+0",
        "00",
        "07",
        "08",
        "0_7",
        "0o17",
        "0o",
        "-0o7",
        "0x1F",
        "0x",
        "-0x1f",
        "0x_",
        "0b101",
        "0b",
        "+0b1_0",
        "1_000",
        "_1",
        "1.",
        ".5",
        ".",
        "-.",
        "1e5",
        "1e+5",
        "1.e-5",
        "1.5E+10",
        ".5e1",
        "1.5e",
        ".inf",
        "-.Inf",
        "+.INF",
        ".iNf",
        ".nan",
        "-.nan",
        ".NaN",
        "190:20:30",
        "1:20",
        "1:2:3",
        "1:60",
        "1:59",
        "1:5",
        "1:005",
        "0:30",
        "1:20.5",
        "1:20.",
        "-1:20:30.5",
        "2001-12-14",
        "2001-1-4",
        "2001-12-14t21:59:43.10-05:00",
        "2001-12-14 21:59:43.10 -5",
        "2001-12-14 21:59:43.10 Z",
        "2001-12-14\t\t21:59:43",
        "2001-12-14 21:59:43 ",
        "2001-12-14 21:59:43.",
        "2001-12-14 21:59:43+05:0",
        "2001-12-14 21:59:43+123",
        "2001-12-14T1:59:43Z",
        "2001-12-14T21:5:43",
        "12:30",
        "٣",
        "1\n",
        "１",
    ] {
        assert_agree(pairs, text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Numbers, sexagesimals, specials and words.
    #[test]
    fn numbers_agree(text in "[-+0-9_.:eEoxbabcfAFinfINFaNnul~]{0,12}") {
        assert_agree(&PAIRS, &text);
    }

    /// Timestamps and near misses.
    #[test]
    fn timestamps_agree(text in "[0-9]{4}-[0-9]{1,3}-[0-9]{1,3}([Tt]| |\t|  |x)?[0-9]{0,3}(:[0-9]{0,3}){0,3}(\\.[0-9]{0,3})?[ \t]{0,2}(Z|[-+][0-9]{0,3}(:[0-9]{0,3})?)?[ Z]?") {
        assert_agree(&PAIRS, &text);
    }

    /// Any short text, non-ASCII included.
    #[test]
    fn any_text_agrees(text in "\\PC{0,8}") {
        assert_agree(&PAIRS, &text);
    }
}
