//! trial.ini rules (SPEC.md §4), end to end through `hpoconf::check_str`: exact codes,
//! pointers, lines and columns.

use hpoconf::{Diagnostic, Kind, check_str};

type Found = Vec<(String, String, usize, usize)>;

fn diags(text: &str) -> Vec<Diagnostic> {
    let report = check_str("trial.ini", text, None);
    assert_eq!(report.kind, Some(Kind::TrialIni));
    report.diagnostics
}

/// `(code, pointer, line, column)` of the HPO4xx diagnostics.
fn found(text: &str) -> Found {
    diags(text)
        .into_iter()
        .filter(|d| d.code.starts_with("HPO4"))
        .map(|d| (d.code, d.pointer, d.line, d.column))
        .collect()
}

fn f(code: &str, ptr: &str, line: usize, column: usize) -> (String, String, usize, usize) {
    (code.to_owned(), ptr.to_owned(), line, column)
}

const HEAD: &str = "[platform_config]\nname=Local\ncmd1=python train.py\n\n";
const METRIC: &str =
    "[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n";

fn with(extra: &str) -> String {
    format!("{HEAD}{METRIC}{extra}")
}

#[test]
fn a_good_file_has_no_finding() {
    assert_eq!(found(&with("")), vec![]);
    let all = diags(&with(""));
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn platform_name() {
    let t = format!("[platform_config]\nname=MaxCompte\ncmd1=x\n\n{METRIC}");
    let d = diags(&t);
    assert_eq!(found(&t), vec![f("HPO401", "/platform_config/name", 2, 6)]);
    assert_eq!(d[0].help.as_deref(), Some("did you mean `MaxCompute`?"));
    // Case-insensitive.
    let t = format!("[platform_config]\nname=local\ncmd1=x\n\n{METRIC}");
    assert_eq!(found(&t), vec![]);
    // Jinja is never an error.
    let t = format!("[platform_config]\nname={{{{ platform }}}}\ncmd1=x\n\n{METRIC}");
    assert_eq!(found(&t), vec![]);
}

#[test]
fn missing_command() {
    let t = format!("[platform_config]\nname=Local\n\n{METRIC}");
    assert_eq!(found(&t), vec![f("HPO402", "/platform_config", 1, 1)]);
    let t = format!("[platform_config]\nname=Local\ncmd1=\n\n{METRIC}");
    assert_eq!(found(&t), vec![f("HPO402", "/platform_config", 1, 1)]);
}

#[test]
fn command_order() {
    let t = format!("[platform_config]\nname=Local\ncmd1=a\ncmd3=b\n\n{METRIC}");
    let d = diags(&t);
    assert_eq!(found(&t), vec![f("HPO403", "/platform_config/cmd3", 4, 1)]);
    assert!(
        d[0].message.contains("`cmd2` is missing"),
        "{}",
        d[0].message
    );
    let t = format!("[platform_config]\nname=Local\ncmd2=a\ncmd1=b\n\n{METRIC}");
    assert_eq!(found(&t), vec![f("HPO403", "/platform_config/cmd1", 4, 1)]);
    let t = format!("[platform_config]\nname=Local\ncmd1=a\ncmd2=b\ncmd10=c\n\n{METRIC}");
    assert_eq!(
        found(&t),
        vec![f("HPO403", "/platform_config/cmd10", 5, 1)],
        "cmd3 to cmd9 are missing"
    );
}

#[test]
fn resume() {
    let t = format!("[platform_config]\nname=Local\ncmd1=a\nresume=true\n\n{METRIC}");
    assert_eq!(
        found(&t),
        vec![f("HPO404", "/platform_config/resume", 4, 8)]
    );
    let t = format!("[platform_config]\nname=Local\ncmd1=a\nresume=0\n\n{METRIC}");
    assert_eq!(found(&t), vec![]);
}

#[test]
fn metric_type_and_modes() {
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=tabel\nmetric_source=select 1\nfinal_mode=last\nsource_list_final_mode=avg\nmetric_dict={{'auc': 1}}\n"
    );
    let d = diags(&t);
    assert_eq!(
        found(&t),
        vec![
            f("HPO405", "/metric_config/metric_type", 6, 13),
            f("HPO406", "/metric_config/final_mode", 8, 12),
        ]
    );
    assert_eq!(d[0].help.as_deref(), Some("did you mean `table`?"));
}

#[test]
fn metric_dict_errors_point_inside_the_value() {
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=/tmp/s\nmetric_dict={{'auc': 'high'}}\n"
    );
    // `metric_dict=` is 12 characters: the value starts at column 13, `'high'` at 21.
    assert_eq!(
        found(&t),
        vec![f("HPO407", "/metric_config/metric_dict", 8, 21)]
    );
    let d = diags(&t);
    assert_eq!((d[0].end_line, d[0].end_column), (8, 27));
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=/tmp/s\nmetric_dict={{auc: 1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO407", "/metric_config/metric_dict", 8, 14)]
    );
    // Over continuation lines: the error is on the second line of the value.
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=/tmp/s\nmetric_dict={{'auc': 1,\n    'loss' -1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO407", "/metric_config/metric_dict", 9, 12)]
    );
    // A multi-line literal with a trailing comma, negative weights and double quotes is fine.
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=/tmp/s\nmetric_dict={{\n    \"auc\": 0.5,\n    'loss': -0.5,\n    }}\n"
    );
    assert_eq!(found(&t), vec![]);
    // Jinja: not parsed.
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=/tmp/s\nmetric_dict={{{{ metrics }}}}\n"
    );
    assert_eq!(found(&t), vec![]);
}

#[test]
fn empty_metric_dict() {
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=/tmp/s\nmetric_dict={{ }}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO408", "/metric_config/metric_dict", 8, 13)]
    );
}

#[test]
fn metric_sources() {
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=table\nmetric_source=/tmp/s\nmetric_source_2=select auc from m\nmetric_dict={{'auc': 1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO409", "/metric_config/metric_source", 7, 15)]
    );
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=select auc from m\nmetric_dict={{'auc': 1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO409", "/metric_config/metric_source", 7, 15)]
    );
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=summary\nmetric_source=cmd1\nmetric_dict={{'auc': 1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO409", "/metric_config/metric_source", 7, 15)]
    );
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=stdout\nmetric_source=train.log\nmetric_dict={{'auc=(.*)': 1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO409", "/metric_config/metric_source", 7, 15)]
    );
}

#[test]
fn unknown_metric_command() {
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=stdout\nmetric_source=cmd2\nmetric_dict={{'auc=(.*)': 1}}\n"
    );
    let d = diags(&t);
    assert_eq!(
        found(&t),
        vec![f("HPO410", "/metric_config/metric_source", 7, 15)]
    );
    assert_eq!(d[0].help.as_deref(), Some("the commands are `cmd1`"));
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=api\nmetric_source=cmd3\nmetric_dict={{'auc': 1}}\n"
    );
    assert_eq!(
        found(&t),
        vec![f("HPO410", "/metric_config/metric_source", 7, 15)]
    );
}

#[test]
fn stdout_patterns_are_compiled_and_located_at_the_key() {
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={{'auc=([0-9.]+)': 1, 'loss=([0-9.]+': -1, 'f1': 1}}\n"
    );
    // `'loss=([0-9.]+'` starts at column 34; `'f1'` at 55.
    assert_eq!(
        found(&t),
        vec![
            f("HPO411", "/metric_config/metric_dict", 8, 34),
            f("HPO411", "/metric_config/metric_dict", 8, 55),
        ]
    );
    // Python-only features (look-ahead) are not reported; escapes as Python reads them.
    let t = format!(
        "{HEAD}[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={{'auc=(?=x)([0-9\\.]+)': 1}}\n"
    );
    assert_eq!(found(&t), vec![]);
}

#[test]
fn output_paths() {
    let t = with(
        "\n[output_config]\nmodel_path=oss://b/model\nsummary_path=/s/${trial_id}\n\n[oss_config]\nendpoint=e\nrole_arn=acs:ram::1:role/r\n",
    );
    assert_eq!(
        found(&t),
        vec![f("HPO412", "/output_config/model_path", 11, 12)]
    );
}

#[test]
fn schedule() {
    let t = with("\n[schedule_config]\nday=weekday\nstart_time=9:00\nend_time=25:00\n");
    assert_eq!(
        found(&t),
        vec![
            f("HPO413", "/schedule_config/day", 11, 5),
            f("HPO413", "/schedule_config/end_time", 13, 10),
        ]
    );
}

#[test]
fn params_files() {
    let t = with(
        "\n[params_config]\nparams_src_dst_filepath1=a,b\nparams_src_dst_filepath2=a,\nparams_src_dst_filepath3=a,b,c\n",
    );
    assert_eq!(
        found(&t),
        vec![
            f("HPO414", "/params_config/params_src_dst_filepath2", 12, 26),
            f("HPO414", "/params_config/params_src_dst_filepath3", 13, 26),
        ]
    );
}

#[test]
fn role_arn_in_any_section() {
    let t = with("\n[oss_config]\nendpoint=e\nrole_arn=acs:ram::12a:role/r\n");
    assert_eq!(found(&t), vec![f("HPO415", "/oss_config/role_arn", 12, 10)]);
}

#[test]
fn platform_sections() {
    let t = format!("[platform_config]\nname=PAIFLOW\ncmd1=x\n\n{METRIC}");
    assert_eq!(found(&t), vec![f("HPO416", "/platform_config/name", 2, 6)]);
    let t = format!(
        "[platform_config]\nname=maxcompute\ncmd1=x\n\n{METRIC}\n[odps_config]\nproject_name=p\naccess_id=a\n"
    );
    let d: Vec<_> = diags(&t)
        .into_iter()
        .filter(|d| d.code == "HPO417")
        .collect();
    assert_eq!(found(&t), vec![f("HPO417", "/odps_config", 10, 1)]);
    assert!(
        d[0].message.contains("`end_point`") && d[0].message.contains("credentials"),
        "{}",
        d[0].message
    );
}

#[test]
fn oss_paths() {
    let t = with(
        "\n[output_config]\nmodel_path=oss://b/${trial_id}\nsummary_path=oss://b/s/${trial_id}\n",
    );
    assert_eq!(
        found(&t),
        vec![f("HPO418", "/output_config/model_path", 11, 12)]
    );
}

#[test]
fn plaintext_secrets_are_reported_at_the_key_and_never_printed() {
    let t = with(
        "\n[oss_config]\nendpoint=e\naccessKeyID=id\naccessKeySecret=s3cr3tvalue\n\n[ts_config]\naccess_key_secret={{ ts_secret }}\n",
    );
    assert_eq!(
        found(&t),
        vec![f("HPO419", "/oss_config/accesskeysecret", 13, 1)]
    );
    for d in diags(&t) {
        assert!(
            !d.message.contains("s3cr3tvalue")
                && !d.help.unwrap_or_default().contains("s3cr3tvalue")
        );
    }
}

#[test]
fn embedded_partial_ini_skips_section_rules() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/reference/get_hpo_experiment.json"
    ))
    .unwrap();
    let report = check_str("get_hpo_experiment.json", &text, None);
    let mine: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("HPO4") || d.code.starts_with("HPO5"))
        .map(|d| (d.code.as_str(), d.pointer.as_str(), d.line))
        .collect();
    assert_eq!(
        mine,
        vec![("HPO419", "/ConfigIni/odps_config/access_key", 34)]
    );
}

#[test]
fn reference_samples_have_no_error() {
    for name in ["config.ini", "hpo_config.json", "get_hpo_experiment.json"] {
        let path = format!("{}/fixtures/reference/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let report = check_str(name, &text, None);
        let errors: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == hpoconf::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

/// Jinja blocks around sections and keys, templated keys and values (SPEC.md §4): hpo_tools
/// renders the template first, so none of it is a finding (no HPO003 duplicate in the other
/// branch, no HPO103 for `{{ key }}`, no HPO402 for a templated command). Not a fixture: the
/// editors' JSON Schemas cannot know the rendered values.
#[test]
fn jinja_templates_never_cascade() {
    let text = std::fs::read_to_string(crate::common::root().join("tests/data/jinja-trial.ini"))
        .expect("tests/data/jinja-trial.ini");
    let report = hpoconf::check_str("trial.ini", &text, None);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}
