//! Inline suppressions end to end. The diagnostics used are independent of the YAML and INI
//! readers (invalid UTF-8 is found while decoding), and only the codes concerned are compared.

use crate::cli_support;

use cli_support::Scratch;

const CODES: &[&str] = &["HPO002", "HPO901", "HPO902"];

#[test]
fn ini_next_line_suppresses_and_unused_is_reported() {
    let s = Scratch::new("suppress-ini");
    s.write(
        "a/trial.ini",
        b"[platform_config]\n; hpoconf: disable-next-line invalid-encoding\ncmd1=echo \xe9\n"
            .as_slice(),
    );
    s.write(
        "b/trial.ini",
        b"[platform_config]\ncmd1=echo \xe9\n# hpoconf: disable-next-line HPO002\nname=Local\n"
            .as_slice(),
    );
    s.write(
        "c/trial.ini",
        b"# hpoconf: disable-file HPO02\n[platform_config]\ncmd1=echo \xe9\n".as_slice(),
    );
    let r = s.run(&["check", "--format", "json", "."]);
    assert_eq!(
        r.codes(CODES),
        [
            "b/trial.ini 2:11 HPO002 error",
            "b/trial.ini 3:30 HPO901 warning",
            "c/trial.ini 1:25 HPO902 warning",
            "c/trial.ini 3:11 HPO002 error",
        ]
    );
    let r = s.run(&[
        "check",
        "--format",
        "json",
        "--severity",
        "unused-suppression=off",
        ".",
    ]);
    assert_eq!(r.codes(&["HPO901"]), Vec::<String>::new());
}

#[test]
fn yaml_disable_file_and_line() {
    let s = Scratch::new("suppress-yaml");
    s.write(
        "exp.yml",
        b"# hpoconf: disable-file invalid-encoding -- legacy file\ntrialCommand: echo \xe9\ntrialConcurrency: 1\nsearchSpace:\n  lr: {_type: uniform, _value: [0.1, 1]}\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n"
            .as_slice(),
    );
    s.write(
        "x/exp.yml",
        b"trialCommand: echo \xe9  # hpoconf: disable-line\nmaxTrialNumber: 3 # hpoconf: disable-line HPO002\ntrialConcurrency: 1\nsearchSpace:\n  lr: {_type: uniform, _value: [0.1, 1]}\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n".as_slice(),
    );
    let r = s.run(&["check", "--format", "json", "."]);
    assert_eq!(r.codes(CODES), ["x/exp.yml 2:43 HPO901 warning"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(s.run(&["check", "--fail-on", "warning", "."]).code, 1);
}

/// One mistake, one finding (issue 11 §3): a misspelled required key is one HPO103; its
/// consequence (HPO102 "missing") goes with it when the cause is suppressed inline or turned
/// off with --severity.
#[test]
fn a_consequence_goes_with_its_cause() {
    const CAUSES: &[&str] = &["HPO102", "HPO103"];
    let s = Scratch::new("suppress-consequence");
    let exp = "searchSpace: {a: {_type: choice, _value: [1]}}\ntrialCommand: python t.py\ntuner: {name: TPE}\ntrainingService: {platform: local}\n";
    s.write("a/exp.yml", format!("trialConcurency: 2\n{exp}").as_bytes());
    s.write(
        "b/exp.yml",
        format!("trialConcurency: 2 # hpoconf: disable-line HPO103\n{exp}").as_bytes(),
    );
    let r = s.run(&["check", "--format", "json", "."]);
    assert_eq!(r.codes(CAUSES), ["a/exp.yml 1:1 HPO103 error"]);
    let r = s.run(&["check", "--format", "json", "--severity", "HPO103=off", "."]);
    assert_eq!(r.codes(CAUSES), Vec::<String>::new());
}
