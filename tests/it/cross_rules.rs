//! Cross-field and cross-file rules (SPEC.md §7), end to end: experiment directories through
//! `workspace::check_paths` on a temporary folder, single documents through `check_str`.

use std::path::PathBuf;

use hpoconf::check_str;
use hpoconf::workspace::{self, Options};

/// `(file, code, pointer, line, column)` of every diagnostic with a code in `codes`.
type Hit = (String, String, String, usize, usize);

fn dir_hits(name: &str, files: &[(&str, &str)], prefixes: &[&str]) -> Vec<Hit> {
    let dir = std::env::temp_dir().join(format!("hpoconf-cross-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (n, t) in files {
        std::fs::write(dir.join(n), t).expect("write");
    }
    let outcome = workspace::check_paths(std::slice::from_ref(&dir), &Options::default());
    let _ = std::fs::remove_dir_all(&dir);
    let strip: PathBuf = dir.clone();
    let strip = strip.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for r in &outcome.reports {
        let file = r
            .path
            .strip_prefix(strip.as_str())
            .unwrap_or(&r.path)
            .trim_start_matches(['/', '\\'])
            .to_owned();
        for d in &r.diagnostics {
            if prefixes.iter().any(|p| d.code.starts_with(p)) {
                out.push((
                    file.clone(),
                    d.code.clone(),
                    d.pointer.clone(),
                    d.line,
                    d.column,
                ));
            }
        }
    }
    out
}

fn hit(file: &str, code: &str, ptr: &str, line: usize, column: usize) -> Hit {
    (
        file.to_owned(),
        code.to_owned(),
        ptr.to_owned(),
        line,
        column,
    )
}

fn str_hits(name: &str, text: &str, prefix: &str) -> Vec<(String, String, usize, usize)> {
    check_str(name, text, None)
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with(prefix))
        .map(|d| (d.code, d.pointer, d.line, d.column))
        .collect()
}

const EXP_INI: &str = "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";

#[test]
fn placeholder_inside_a_multi_line_ini_command() {
    let ini = "[platform_config]\nname=MaxCompute\ncmd1=PAI -name=easy_rec_ext\n    # a comment line ${nope}\n    -Dlr=${lr} -Dbad=${learnin_rate}\n    -Dmodel_dir=oss://b/${exp_id}_${trial_id} -Dj={{ ${jinja} }}\n\n[metric_config]\nmetric_type=summary\nmetric_source=oss://b/${EXP_ID}/eval\nfinal_mode=final\nmetric_dict={'auc': 1}\n";
    let space = "{\n  \"${lr}\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.2]},\n  \"${depth}\": {\"_type\": \"choice\", \"_value\": [1, 2]}\n}\n";
    let hits = dir_hits(
        "ini",
        &[
            ("exp.yml", EXP_INI),
            ("search_space.json", space),
            ("trial.ini", ini),
        ],
        &["HPO70"],
    );
    assert_eq!(
        hits,
        vec![
            hit("search_space.json", "HPO703", "/${depth}", 3, 3),
            hit("trial.ini", "HPO702", "/platform_config/cmd1", 5, 22),
            hit(
                "trial.ini",
                "HPO702",
                "/metric_config/metric_source",
                10,
                23
            ),
        ]
    );
}

#[test]
fn no_ini_means_no_placeholder_rules() {
    let exp = "searchSpaceFile: search_space.json\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
    let space = "{\"lr\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.2]}}\n";
    assert!(
        dir_hits(
            "noini",
            &[("exp.yml", exp), ("search_space.json", space)],
            &["HPO7"]
        )
        .is_empty()
    );
}

#[test]
fn all_parameters_at_once_and_params_files_silence_unused() {
    let space = "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.2]}}\n";
    let ini = "[platform_config]\nname=Local\ncmd1=python t.py ${tuner_params_json}\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=final\nmetric_dict={'auc': 1}\n";
    assert!(
        dir_hits(
            "all",
            &[
                ("exp.yml", EXP_INI),
                ("search_space.json", space),
                ("trial.ini", ini)
            ],
            &["HPO70"]
        )
        .is_empty()
    );
    let ini = "[platform_config]\nname=Local\ncmd1=python t.py\n[params_config]\nparams_src_dst_filepath1=a.json,b.json\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=final\nmetric_dict={'auc': 1}\n";
    assert!(
        dir_hits(
            "pc",
            &[
                ("exp.yml", EXP_INI),
                ("search_space.json", space),
                ("trial.ini", ini)
            ],
            &["HPO70"]
        )
        .is_empty()
    );
}

#[test]
fn tuner_against_the_space_file() {
    let exp = "searchSpaceFile: search_space.json\ntrialCommand: python3 train.py\ntrialConcurrency: 1\nmaxTrialNumber: 10\ntuner:\n  name: GridSearch\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n";
    let space = "{\n  \"opt\": {\"_type\": \"choice\", \"_value\": [\"adam\", \"sgd\"]}\n}\n";
    assert_eq!(
        dir_hits(
            "grid",
            &[("exp.yml", exp), ("search_space.json", space)],
            &["HPO70"]
        ),
        vec![
            hit("exp.yml", "HPO706", "/maxTrialNumber", 4, 17),
            hit("exp.yml", "HPO707", "/tuner/classArgs", 7, 3),
        ]
    );
    let exp = exp
        .replace("GridSearch", "GPTuner")
        .replace("  classArgs:\n    optimize_mode: maximize\n", "");
    assert_eq!(
        dir_hits(
            "gp",
            &[("exp.yml", &exp), ("search_space.json", space)],
            &["HPO70"]
        ),
        vec![hit("search_space.json", "HPO708", "/opt/_type", 2, 20)]
    );
}

#[test]
fn tuner_compatibility_inline() {
    let base = "trialCommand: python3 train.py\ntrialConcurrency: 1\ntrainingService:\n  platform: local\n";
    let nested = "searchSpace:\n  m:\n    _type: choice\n    _value:\n      - {_name: a, x: {_type: uniform, _value: [0, 1]}}\n      - {_name: b}\n";
    let t = format!(
        "{nested}{base}advisor:\n  name: BOHB\n  classArgs:\n    optimize_mode: maximize\n"
    );
    assert_eq!(
        str_hits("exp.yml", &t, "HPO70"),
        vec![(
            "HPO708".to_owned(),
            "/searchSpace/m/_type".to_owned(),
            3,
            12
        )]
    );
    let t = format!("{nested}{base}tuner:\n  name: TPE\n");
    assert!(str_hits("exp.yml", &t, "HPO70").is_empty());
    let smac = format!(
        "searchSpace:\n  x: {{_type: normal, _value: [0, 1]}}\n{base}tuner:\n  name: SMAC\n  classArgs:\n    optimize_mode: maximize\n"
    );
    assert_eq!(
        str_hits("exp.yml", &smac, "HPO70"),
        vec![(
            "HPO708".to_owned(),
            "/searchSpace/x/_type".to_owned(),
            2,
            14
        )]
    );
    let batch = format!(
        "searchSpace:\n  x: {{_type: randint, _value: [0, 4]}}\n{base}tuner:\n  name: BatchTuner\n"
    );
    assert_eq!(
        str_hits("exp.yml", &batch, "HPO70"),
        vec![(
            "HPO708".to_owned(),
            "/searchSpace/x/_type".to_owned(),
            2,
            14
        )]
    );
}

#[test]
fn settings_rules_in_exp_yml() {
    let t = "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrial_concurrency: 8\nmax_trial_number: 4\nadvisor:\n  name: Hyperband\n  classArgs:\n    optimize_mode: maximize\nassessor:\n  name: Medianstop\n  classArgs:\n    optimize_mode: minimize\ntrainingService:\n  platform: local\n";
    assert_eq!(
        str_hits("exp.yml", t, "HPO70"),
        vec![
            ("HPO704".to_owned(), "/trial_concurrency".to_owned(), 4, 20),
            ("HPO709".to_owned(), "/assessor".to_owned(), 10, 1),
            (
                "HPO705".to_owned(),
                "/assessor/classArgs/optimize_mode".to_owned(),
                13,
                20
            ),
        ]
    );
}

#[test]
fn hpo_config_alone() {
    let t = "{\n  \"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python t.py --lr=${lr}\", \"echo \\\"${lrr}\\\" ${trial_id}\"]},\n  \"metric_config\": {\"metric_type\": \"stdout\", \"metric_source\": [\"cmd1\"], \"metric_dict\": {\"auc\": 1}},\n  \"search_space\": {\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.2]}, \"${opt}\": {\"_type\": \"choice\", \"_value\": [\"a\", \"b\"]}},\n  \"yml_config\": {\"trial_concurrency\": 3, \"max_trial_number\": 2, \"tuner\": {\"name\": \"GP\", \"class_args\": {\"optimize_mode\": \"maximize\"}}, \"assessor\": {\"name\": \"PAIAssessor\", \"class_args\": {\"optimize_mode\": \"minimize\"}}}\n}\n";
    let mut got = str_hits("hpo_config.json", t, "HPO70");
    got.sort();
    let mut want = vec![
        (
            "HPO702".to_owned(),
            "/platform_config/cmd/1".to_owned(),
            2,
            82,
        ),
        (
            "HPO703".to_owned(),
            "/search_space/${opt}".to_owned(),
            4,
            73,
        ),
        (
            "HPO704".to_owned(),
            "/yml_config/trial_concurrency".to_owned(),
            5,
            39,
        ),
        (
            "HPO705".to_owned(),
            "/yml_config/assessor/class_args/optimize_mode".to_owned(),
            5,
            203,
        ),
        (
            "HPO708".to_owned(),
            "/search_space/${opt}/_type".to_owned(),
            4,
            93,
        ),
    ];
    want.sort();
    assert_eq!(got, want);
}

/// Every spelling NNI accepts for a key (case ignored, `_` ignored: nni/experiment/config/utils)
/// keeps the cross-file checks: a missing search-space file, a missing trial.ini, and the
/// placeholders of the trial.ini that the command names.
#[test]
fn key_spellings_nni_accepts_keep_the_cross_file_checks() {
    for (space_key, command_key) in [
        ("searchSpaceFile", "trialCommand"),
        ("SearchSpaceFile", "TrialCommand"),
        ("search_space_file", "trial_command"),
        ("SEARCH_SPACE_FILE", "TRIAL_COMMAND"),
        ("Search_SpaceFile", "trial_Command"),
    ] {
        let name = space_key.to_lowercase();
        // the files are missing
        let exp = format!(
            "{space_key}: nothere.json\n{command_key}: python3 -m hpo_tools.core.utils.run --config=./missing.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n"
        );
        let hits = dir_hits(
            &format!("{name}-missing"),
            &[("exp.yml", &exp)],
            &["HPO701"],
        );
        assert_eq!(
            hits,
            vec![
                hit(
                    "exp.yml",
                    "HPO701",
                    &format!("/{space_key}"),
                    1,
                    space_key.len() + 3
                ),
                // at the value of `--config=`
                hit(
                    "exp.yml",
                    "HPO701",
                    &format!("/{command_key}"),
                    2,
                    command_key.len() + 48
                ),
            ],
            "{space_key} / {command_key}"
        );
        // the files exist: the trial.ini's placeholder that the space lacks is found
        let exp = format!(
            "{space_key}: space.json\n{command_key}: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n"
        );
        let ini = "[platform_config]\nname = Local\ncmd1 = python3 t.py --lr=${lr} --bs=${batch}\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\nmetric_dict = {'auc=([0-9.]+)': 1}\n";
        let space = r#"{"${lr}": {"_type": "uniform", "_value": [0.1, 0.2]}}"#;
        let hits = dir_hits(
            &format!("{name}-present"),
            &[("exp.yml", &exp), ("trial.ini", ini), ("space.json", space)],
            &["HPO7"],
        );
        assert!(
            hits.iter()
                .any(|h| h.0 == "trial.ini" && h.1 == "HPO702" && h.3 == 3),
            "{space_key} / {command_key}: {hits:?}"
        );
    }
}
