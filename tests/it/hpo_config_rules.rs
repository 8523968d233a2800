//! HpoExperimentConfiguration rules (SPEC.md §5), end to end through `hpoconf::check_str`:
//! exact codes, pointers, lines and columns, standalone and inside a GetHpoExperiment response.

use hpoconf::{Diagnostic, Kind, check_str};

type Found = Vec<(String, String, usize, usize)>;

fn diags(name: &str, text: &str) -> Vec<Diagnostic> {
    check_str(name, text, None).diagnostics
}

/// `(code, pointer, line, column)` of the HPO4xx/HPO5xx diagnostics of a hpo_config.json.
fn found(text: &str) -> Found {
    let report = check_str("hpo_config.json", text, None);
    assert_eq!(report.kind, Some(Kind::HpoConfig));
    report
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with("HPO4") || d.code.starts_with("HPO5"))
        .map(|d| (d.code, d.pointer, d.line, d.column))
        .collect()
}

fn f(code: &str, ptr: &str, line: usize, column: usize) -> (String, String, usize, usize) {
    (code.to_owned(), ptr.to_owned(), line, column)
}

/// A configuration: line 1 `{`, line 2 platform_config, line 3 metric_config, then `rest`
/// (each member on its own line, starting with `,`), then `}`.
fn conf(platform: &str, metric: &str, rest: &str) -> String {
    format!("{{\n\"platform_config\": {platform},\n\"metric_config\": {metric}{rest}\n}}\n")
}

const P: &str = r#"{"name": "Local", "cmd": ["python train.py"]}"#;
const M: &str =
    r#"{"metric_type": "summary", "metric_source": ["/tmp/s"], "metric_dict": {"auc": 1}}"#;

#[test]
fn a_good_configuration_has_no_finding() {
    let t = conf(P, M, "");
    assert_eq!(diags("hpo_config.json", &t), vec![]);
}

#[test]
fn shared_rules_in_json() {
    let t = conf(r#"{"name": "Locale", "cmd": []}"#, M, "");
    assert_eq!(
        found(&t),
        vec![
            f("HPO402", "/platform_config", 2, 1),
            f("HPO401", "/platform_config/name", 2, 29),
        ]
    );
    let t = conf(
        P,
        r#"{"metric_type": "stdout", "metric_source": ["cmd2"], "metric_dict": {"auc": 1, "(x": 2}}"#,
        "",
    );
    assert_eq!(
        found(&t),
        vec![
            f("HPO410", "/metric_config/metric_source/0", 3, 63),
            f("HPO411", "/metric_config/metric_dict/auc", 3, 87),
            f("HPO411", "/metric_config/metric_dict/(x", 3, 97),
        ]
    );
    let t = conf(
        P,
        r#"{"metric_type": "table", "metric_source": ["/tmp/x"], "metric_dict": {}}"#,
        "",
    );
    assert_eq!(
        found(&t),
        vec![
            f("HPO409", "/metric_config/metric_source/0", 3, 61),
            f("HPO408", "/metric_config/metric_dict", 3, 87),
        ]
    );
}

#[test]
fn metric_dict_weights() {
    let t = conf(
        P,
        r#"{"metric_type": "summary", "metric_dict": {"auc": "high", "f1": "0.5"}}"#,
        "",
    );
    assert_eq!(
        found(&t),
        vec![
            f("HPO407", "/metric_config/metric_dict/auc", 3, 68),
            f("HPO501", "/metric_config/metric_dict/f1", 3, 82),
        ]
    );
}

#[test]
fn loose_scalars() {
    let t = conf(
        r#"{"name": "Local", "cmd": ["a"], "resume": "1"}"#,
        M,
        ",\n\"yml_config\": {\"trial_concurrency\": \"2\", \"max_trial_number\": \"ten\", \"debug\": \"true\"},\n\"monitor_config\": {\"is_at_all\": \"nope\"}",
    );
    assert_eq!(
        found(&t),
        vec![
            f("HPO501", "/platform_config/resume", 2, 62),
            f("HPO501", "/yml_config/trial_concurrency", 4, 37),
            f("HPO502", "/yml_config/max_trial_number", 4, 62),
            f("HPO501", "/yml_config/debug", 4, 78),
            f("HPO502", "/monitor_config/is_at_all", 5, 33),
        ]
    );
    let t = conf(r#"{"name": "Local", "cmd": ["a"], "resume": "yes"}"#, M, "");
    assert_eq!(
        found(&t),
        vec![f("HPO404", "/platform_config/resume", 2, 62)]
    );
}

#[test]
fn yml_config() {
    let t = conf(
        P,
        M,
        ",\n\"yml_config\": {\"trial_concurrency\": 0, \"max_trial_number\": \"0\", \"log_level\": \"verbose\",\n \"tuner\": {\"name\": \"TEP\"}, \"assessor\": {\"name\": \"PAIAssessor\"}}",
    );
    let d = diags("hpo_config.json", &t);
    assert_eq!(
        found(&t),
        vec![
            f("HPO503", "/yml_config/trial_concurrency", 4, 37),
            f("HPO501", "/yml_config/max_trial_number", 4, 60),
            f("HPO503", "/yml_config/max_trial_number", 4, 60),
            f("HPO503", "/yml_config/log_level", 4, 78),
            f("HPO504", "/yml_config/tuner/name", 5, 20),
        ]
    );
    let tuner = d.iter().find(|d| d.code == "HPO504").unwrap();
    assert_eq!(tuner.help.as_deref(), Some("did you mean `TPE`?"));
}

#[test]
fn sections_and_secrets() {
    let t = conf(
        r#"{"name": "DLC", "cmd": ["dlc submit"]}"#,
        M,
        ",\n\"output_config\": {\"model_path\": \"oss://b/m\"},\n\"odps_config\": {\"access_key\": \"s3cr3t\", \"role_arn\": \"arn\"},\n\"oss_config\": {\"accessKeySecret\": \"${secret}\"}",
    );
    let d = diags("hpo_config.json", &t);
    assert_eq!(
        found(&t),
        vec![
            f("HPO416", "/platform_config/name", 2, 29),
            f("HPO412", "/output_config/model_path", 4, 33),
            f("HPO419", "/odps_config/access_key", 5, 17),
            f("HPO415", "/odps_config/role_arn", 5, 53),
        ]
    );
    assert!(d.iter().all(|d| !d.message.contains("s3cr3t")));
}

#[test]
fn inside_a_response_the_config_ini_provides_sections() {
    let inner = conf(r#"{"name": "DLC", "cmd": ["x"]}"#, M, "");
    let with_ini = format!(
        "{{\"ConfigIni\": \"[dlc_config]\\nendpoint=e\",\n\"HpoExperimentConfiguration\": {inner}}}"
    );
    let mine: Vec<_> = diags("get_hpo_experiment.json", &with_ini)
        .into_iter()
        .filter(|d| d.code.starts_with("HPO4") || d.code.starts_with("HPO5"))
        .collect();
    assert_eq!(mine, vec![]);
    let without = format!("{{\"HpoExperimentConfiguration\": {inner}}}");
    let mine: Vec<_> = diags("get_hpo_experiment.json", &without)
        .into_iter()
        .filter(|d| d.code.starts_with("HPO4") || d.code.starts_with("HPO5"))
        .map(|d| (d.code, d.pointer, d.line, d.column))
        .collect();
    assert_eq!(
        mine,
        vec![f(
            "HPO416",
            "/HpoExperimentConfiguration/platform_config/name",
            2,
            29
        )]
    );
}

#[test]
fn reference_configuration_has_no_finding() {
    let path = format!(
        "{}/fixtures/reference/hpo_config.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(found(&text), vec![]);
}
