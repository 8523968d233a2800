//! GetHpoExperiment response rules (SPEC.md §6, §7), end to end through `check_str`.

use crate::common;

use hpoconf::{Severity, check_str};

fn hits(text: &str) -> Vec<(String, String, usize, usize)> {
    let r = check_str("response.json", text, None);
    assert_eq!(r.kind, Some(hpoconf::Kind::GetHpoExperiment));
    r.diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with("HPO6") || d.code.starts_with("HPO70"))
        .map(|d| (d.code, d.pointer, d.line, d.column))
        .collect()
}

fn h(code: &str, ptr: &str, line: usize, column: usize) -> (String, String, usize, usize) {
    (code.to_owned(), ptr.to_owned(), line, column)
}

#[test]
fn documented_sample_has_warnings_only() {
    let text =
        std::fs::read_to_string(common::root().join("fixtures/reference/get_hpo_experiment.json"))
            .expect("sample");
    let r = check_str("get_hpo_experiment.json", &text, None);
    let errors: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    for c in ["HPO602", "HPO603", "HPO605", "HPO608", "HPO609", "HPO703"] {
        assert!(codes.contains(&c), "{c} missing from {codes:?}");
    }
    let max = r
        .diagnostics
        .iter()
        .find(|d| d.pointer == "/ConfigYml/maxTrialNumber")
        .expect("maxTrialNumber disagreement");
    assert_eq!(
        (max.code.as_str(), max.line, max.column),
        ("HPO608", 35, 239)
    );
}

#[test]
fn enums_times_and_trial_status() {
    let t = "{\"RequestId\": \"r\",\n\"Accessibility\": \"private\",\n\"Status\": \"RUNING\",\n\"GmtCreateTime\": \"2024-01-02T08:30:11Z\",\n\"GmtModifiedTime\": \"2024-01-01T08:30:11Z\",\n\"TrialCount\": 2,\n\"TrialStatus\": {\"FINISHD\": \"2\", \"RUNNING\": 1}}\n";
    assert_eq!(
        hits(t),
        vec![
            h("HPO601", "/Accessibility", 2, 18),
            h("HPO602", "/Status", 3, 11),
            h("HPO607", "/GmtModifiedTime", 5, 20),
            h("HPO606", "/TrialStatus", 7, 1),
            h("HPO603", "/TrialStatus/FINISHD", 7, 17),
        ]
    );
    let bad_time = "{\"RequestId\": \"r\", \"GmtCreateTime\": \"2024-02-30 08:30:11\"}";
    assert_eq!(hits(bad_time), vec![h("HPO604", "/GmtCreateTime", 1, 37)]);
}

#[test]
fn placeholder_inside_config_ini_string() {
    let t = "{\"RequestId\": \"r\",\n\"SearchSpace\": \"{\\\"${lr}\\\": {\\\"_type\\\": \\\"uniform\\\", \\\"_value\\\": [0.1, 0.2]}}\",\n\"ConfigIni\": \"[platform_config]\\nname=Local\\ncmd1=python t.py \\\"${lr}\\\"\\n    --x=${lrr}\\n\"}\n";
    assert_eq!(
        hits(t),
        vec![h("HPO702", "/ConfigIni/platform_config/cmd1", 3, 82)]
    );
}

#[test]
fn config_yml_tuner_against_search_space_string() {
    let t = "{\"RequestId\": \"r\",\n\"SearchSpace\": \"{\\\"${opt}\\\": {\\\"_type\\\": \\\"choice\\\", \\\"_value\\\": [\\\"a\\\", \\\"b\\\"]}}\",\n\"ConfigYml\": \"searchSpaceFile: search_space.json\\ntuner:\\n  name: GP\\n\"}\n";
    assert_eq!(
        hits(t),
        vec![h("HPO708", "/SearchSpace/${opt}/_type", 2, 42)]
    );
}

#[test]
fn config_yml_names_missing_documents() {
    let t = "{\"RequestId\": \"r\",\n\"ConfigYml\": \"searchSpaceFile: ss.json\\ntrialCommand: run --config=./c.ini\\n\"}\n";
    assert_eq!(
        hits(t),
        vec![
            h("HPO610", "/ConfigYml/searchSpaceFile", 2, 32),
            h("HPO610", "/ConfigYml/trialCommand", 2, 68),
        ]
    );
}
