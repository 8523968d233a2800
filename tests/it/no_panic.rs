//! No input panics: arbitrary strings and bytes, and strings built from each format's
//! punctuation, given to every reader and to `check` as every kind.

use hpoconf::Kind;
use hpoconf::check::check_bytes;
use hpoconf::kind::Format;
use hpoconf::source;
use proptest::prelude::*;

const NAMES: [&str; 5] = [
    "exp.yml",
    "search_space.json",
    "trial.ini",
    "hpo_config.json",
    "response.json",
];

/// Strings made of the pieces that matter to the readers and rules.
fn fragments() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just(":"),
        Just(","),
        Just("\""),
        Just("'"),
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("  "),
        Just("\t"),
        Just("- "),
        Just("#"),
        Just(";"),
        Just("="),
        Just("&a "),
        Just("*a"),
        Just("<<: "),
        Just("!!python/object "),
        Just("---\n"),
        Just("\\"),
        Just("\\u00e9"),
        Just("${lr}"),
        Just("{{ x }}"),
        Just("_type"),
        Just("_value"),
        Just("choice"),
        Just("uniform"),
        Just("1e400"),
        Just("-0"),
        Just("99999999999999999999"),
        Just("[platform_config]"),
        Just("[metric_config]"),
        Just("cmd1"),
        Just("metric_dict={'a': 1}"),
        Just("trialCommand"),
        Just("trainingService"),
        Just("platform: remote"),
        Just("machineList"),
        Just("password"),
        Just("tuner"),
        Just("name: TPE"),
        Just("classArgs"),
        Just("searchSpace"),
        Just("ConfigYml"),
        Just("ConfigIni"),
        Just("SearchSpace"),
        Just("HpoExperimentConfiguration"),
        Just("RequestId"),
        Just("search_space"),
        Just("yml_config"),
        Just("é"),
        Just("\u{0}"),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn all_kinds(bytes: &[u8]) {
    use hpoconf::work::{self, Counter};
    for (kind, name) in Kind::ALL.into_iter().zip(NAMES) {
        work::reset();
        let r = check_bytes(name, bytes, Some(kind));
        for d in &r.diagnostics {
            assert!(d.line >= 1 && d.column >= 1, "{d:?}");
            assert!((d.end_line, d.end_column) >= (d.line, d.column), "{d:?}");
        }
        // every finding's pointer names a node of its document (no fallback to a parent)
        assert_eq!(
            work::get(Counter::InexactLocations),
            0,
            "{kind:?}: {:?}",
            r.diagnostics
        );
    }
    // detection too
    let _ = check_bytes("exp.yml", bytes, None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in ".{0,200}") {
        for format in [Format::Yaml, Format::Json, Format::Ini] {
            let _ = source::parse(format, &s);
        }
        all_kinds(s.as_bytes());
    }

    #[test]
    fn arbitrary_bytes(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        let (text, _) = source::decode(&b);
        for format in [Format::Yaml, Format::Json, Format::Ini] {
            let _ = source::parse(format, &text);
        }
        all_kinds(&b);
    }

    #[test]
    fn format_fragments(s in fragments()) {
        for format in [Format::Yaml, Format::Json, Format::Ini] {
            let _ = source::parse(format, &s);
        }
        all_kinds(s.as_bytes());
    }
}
