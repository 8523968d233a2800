//! Properties of the fix engine: on any text (the documented examples, mutated), applying the
//! fixes never adds a syntax problem, and a second run changes nothing; fixes keep CRLF line
//! ends; the library's `apply` and `fix_str`.

use hpoconf::fix::{self, Applicability};
use hpoconf::rules;
use proptest::prelude::*;

fn syntax(name: &str, text: &str) -> usize {
    hpoconf::check_str(name, text, None)
        .diagnostics
        .iter()
        .filter(fix::engine::is_syntax)
        .count()
}

/// Every example file of every rule (bad and good).
fn examples() -> Vec<(&'static str, &'static str)> {
    rules::all()
        .into_iter()
        .flat_map(|r| r.bad.iter().chain(r.good))
        .map(|f| (f.name, f.text))
        .collect()
}

/// Edits that make typos, break syntax, and change line ends.
fn mutation() -> impl Strategy<Value = (usize, usize, &'static str)> {
    (
        any::<usize>(),
        0usize..4,
        prop_oneof![
            Just(""),
            Just("e"),
            Just("_"),
            Just("\""),
            Just("'"),
            Just(":"),
            Just(","),
            Just("\n"),
            Just("\r\n"),
            Just(" "),
            Just("Ma"),
            Just("#"),
            Just("{"),
        ],
    )
}

fn mutate(text: &str, muts: &[(usize, usize, &str)]) -> String {
    let mut t = text.to_owned();
    for (at, len, ins) in muts {
        if t.is_empty() {
            break;
        }
        let mut start = at % t.len();
        while !t.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + len).min(t.len());
        while !t.is_char_boundary(end) {
            end += 1;
        }
        t.replace_range(start..end, ins);
    }
    t
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn fixes_never_break_the_parse_and_a_second_run_changes_nothing(
        which in any::<usize>(),
        muts in proptest::collection::vec(mutation(), 0..4),
        crlf in any::<bool>(),
    ) {
        let all = examples();
        let (name, text) = all[which % all.len()];
        let mut text = mutate(text, &muts);
        if crlf {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        let before = syntax(name, &text);
        let first = hpoconf::check::fix_str(name, &text, None, Applicability::Unsafe);
        prop_assert!(syntax(name, &first.text) <= before, "{text:?} -> {:?}", first.text);
        if crlf {
            prop_assert_eq!(first.text.matches('\n').count(), first.text.matches("\r\n").count());
        }
        let second = hpoconf::check::fix_str(name, &first.text, None, Applicability::Unsafe);
        prop_assert_eq!(&second.text, &first.text);
        prop_assert_eq!(second.applied, 0);
    }
}

#[test]
fn apply_is_one_pass_of_the_library() {
    let text = "{\"lr\": {\"_type\": \"choise\", \"_value\": [0.1, 0.01]},\r\n \"x\": {\"typ\": \"uniform\", \"_value\": [0, 1]}}\r\n";
    let report = hpoconf::check_str("search_space.json", text, None);
    let safe = fix::apply(text, &report.diagnostics, Applicability::Safe);
    assert_eq!(safe, text.replace("choise", "choice"));
    let all = fix::apply(text, &report.diagnostics, Applicability::Unsafe);
    assert_eq!(
        all,
        text.replace("choise", "choice")
            .replace("\"typ\"", "\"_type\"")
    );
    let fixed = hpoconf::check::fix_str("search_space.json", text, None, Applicability::Unsafe);
    assert_eq!(fixed.text, all);
    assert_eq!(fixed.applied, 2);
    assert!(fixed.remaining.is_empty(), "{:?}", fixed.remaining);
}

#[test]
fn overlapping_fixes_wait_for_the_next_pass() {
    // two findings on one key cannot be fixed in one pass; the engine gets there in two
    let text = "trialCommand: python3 train.py\ntrialConcurrency: 1\nsearchSpace:\n  lr: {_type: choise, _value: [1e-7, 0.1]}\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
    let fixed = hpoconf::check::fix_str("exp.yml", text, None, Applicability::Safe);
    assert_eq!(
        fixed.text,
        text.replace("choise", "choice").replace("1e-7", "1.0e-7")
    );
}

#[test]
fn a_fix_that_breaks_the_parse_is_dropped() {
    // hand-made diagnostics: a fix that would leave an unclosed string
    let text = "{\"a\": 1}\n";
    let mut report = hpoconf::check_str("search_space.json", text, None);
    let d = hpoconf::Diagnostic {
        code: "HPO103".into(),
        name: "unknown-key".into(),
        severity: hpoconf::Severity::Error,
        message: "m".into(),
        pointer: "/a".into(),
        line: 1,
        column: 2,
        end_line: 1,
        end_column: 5,
        help: None,
        fix: Some(fix::FileFix {
            applicability: Applicability::Safe,
            message: "break it".into(),
            edits: vec![fix::FileEdit {
                line: 1,
                column: 2,
                end_line: 1,
                end_column: 5,
                content: "\"b".into(),
                byte_start: 1,
                byte_end: 4,
            }],
        }),
        byte_start: 1,
        byte_end: 4,
        path: "search_space.json".into(),
        follows: None,
    };
    report.diagnostics.push(d);
    let mut count = |t: &str| syntax("search_space.json", t);
    let (out, n) =
        fix::engine::apply_guarded(text, &report.diagnostics, Applicability::Safe, &mut count);
    assert_eq!((out.as_str(), n), (text, 0));
}

#[test]
fn many_fixes_in_one_wide_object() {
    // one fix per member of an object of 5,000 members: located and applied without a
    // quadratic search
    let members: Vec<String> = (0..5_000)
        .map(|i| format!("\"${{p{i}}}\": {{\"_type\": \"choise\", \"_value\": [1, 2]}}"))
        .collect();
    let text = format!("{{{}}}\n", members.join(",\n"));
    let fixed = hpoconf::check::fix_str("search_space.json", &text, None, Applicability::Safe);
    assert_eq!(fixed.applied, 5_000);
    assert_eq!(fixed.text, text.replace("choise", "choice"));
    assert!(fixed.remaining.is_empty());
}

#[test]
fn a_fix_that_would_write_a_secret_is_dropped() {
    let text = "{\"a\": 1}\n";
    let mut d = hpoconf::check_str("search_space.json", text, None).diagnostics;
    d.push(hpoconf::Diagnostic {
        code: "HPO103".into(),
        name: "unknown-key".into(),
        severity: hpoconf::Severity::Error,
        message: "m".into(),
        pointer: "/a".into(),
        line: 1,
        column: 2,
        end_line: 1,
        end_column: 5,
        help: None,
        fix: Some(fix::FileFix {
            applicability: Applicability::Unsafe,
            message: "move it".into(),
            edits: vec![fix::FileEdit {
                line: 1,
                column: 2,
                end_line: 1,
                end_column: 2,
                content: "password: hunter22\n".into(),
                byte_start: 1,
                byte_end: 1,
            }],
        }),
        byte_start: 1,
        byte_end: 4,
        path: "search_space.json".into(),
        follows: None,
    });
    let secrets = hpoconf::secrets::FileSecrets::new("", Vec::new(), vec!["hunter22".to_owned()]);
    for d in &mut d {
        secrets.mask_diagnostic(d);
    }
    assert!(d.iter().all(|d| d.fix.is_none()));
}
