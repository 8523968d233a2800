//! exp.yml rules (SPEC.md §3): each rule's code, pointer, line and column, through
//! `hpoconf::check_str`; and v2 rewrites of NNI's own invalid nnictl configs
//! (test/ut/tools/nnictl/config_files/invalid), which must fail for the same reason.

use hpoconf::Severity;
use hpoconf::check::FileReport;
use hpoconf::diagnostic::Diagnostic;

const SPACE: &str = "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\n";
const BASE: &str = "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\n";
const LOCAL: &str = "trainingService:\n  platform: local\n";

fn check(text: &str) -> FileReport {
    hpoconf::check_str("exp.yml", text, None)
}

fn with_code<'a>(r: &'a FileReport, code: &str) -> Vec<&'a Diagnostic> {
    r.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// Exactly one diagnostic of `code`, at `pointer`, `line`:`column`, with `severity`.
#[track_caller]
fn one(
    text: &str,
    code: &str,
    pointer: &str,
    line: usize,
    column: usize,
    severity: Severity,
) -> Diagnostic {
    let r = check(text);
    let found = with_code(&r, code);
    assert_eq!(found.len(), 1, "{code}: {:#?}", r.diagnostics);
    let d = found[0].clone();
    assert_eq!(
        (d.pointer.as_str(), d.line, d.column, d.severity),
        (pointer, line, column, severity),
        "{d:#?}"
    );
    d
}

#[track_caller]
fn none(text: &str, code: &str) {
    let r = check(text);
    assert!(
        with_code(&r, code).is_empty(),
        "{code}: {:#?}",
        r.diagnostics
    );
}

#[track_caller]
fn no_errors(text: &str) {
    let r = check(text);
    let errors: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn local(extra: &str) -> String {
    format!("{BASE}tuner:\n  name: TPE\n{LOCAL}{extra}")
}

#[test]
fn a_minimal_config_is_clean() {
    let r = check(&local(""));
    assert!(r.diagnostics.is_empty(), "{:#?}", r.diagnostics);
}

#[test]
fn nas_is_out_of_scope() {
    let d = one(
        &local("experimentType: nas\n"),
        "HPO301",
        "/experimentType",
        9,
        17,
        Severity::Error,
    );
    assert!(d.message.contains("nas"));
    none(&local("experimentType: hpo\n"), "HPO301");
}

#[test]
fn search_space_presence() {
    let text = format!("searchSpaceFile: s.json\n{}", local(""));
    one(&text, "HPO302", "/searchSpace", 2, 1, Severity::Warning);
    let text = "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
    one(text, "HPO303", "", 1, 1, Severity::Error);
    // With annotations, no space is needed ...
    none(&format!("useAnnotation: true\n{text}"), "HPO303");
    // ... and none may be given.
    one(
        &format!("useAnnotation: true\n{}", local("")),
        "HPO304",
        "/searchSpace",
        2,
        1,
        Severity::Error,
    );
    one(
        &format!("use_annotation: true\nsearch_space_file: s.json\n{text}"),
        "HPO304",
        "/search_space_file",
        2,
        1,
        Severity::Error,
    );
}

#[test]
fn trial_command_in_one_of_two_places() {
    let no_cmd = format!("{SPACE}trialConcurrency: 1\ntuner:\n  name: TPE\n");
    one(
        &format!("{no_cmd}{LOCAL}"),
        "HPO305",
        "",
        1,
        1,
        Severity::Error,
    );
    none(
        &format!("{no_cmd}{LOCAL}  trialCommand: python3 train.py\n"),
        "HPO305",
    );
    // Empty at the top level.
    one(
        &format!("{SPACE}trialCommand: \"  \"\ntrialConcurrency: 1\ntuner:\n  name: TPE\n{LOCAL}"),
        "HPO305",
        "/trialCommand",
        3,
        15,
        Severity::Error,
    );
    // Hybrid: the second service lacks it.
    let hybrid = format!(
        "{no_cmd}nniManagerIp: 10.0.0.1\ntrainingService:\n  - platform: local\n    trialCommand: python3 a.py\n  - platform: local\n"
    );
    one(
        &hybrid,
        "HPO305",
        "/trainingService/1",
        10,
        5,
        Severity::Error,
    );
}

#[test]
fn trial_code_directory_must_be_a_directory() {
    one(
        &local("trialCodeDirectory: no_such_folder_hpoconf\n"),
        "HPO306",
        "/trialCodeDirectory",
        9,
        21,
        Severity::Error,
    );
    // Relative to the exp.yml's folder: here the current directory, the crate root.
    none(&local("trialCodeDirectory: src\n"), "HPO306");
    // A file is not a directory.
    one(
        &local("trialCodeDirectory: Cargo.toml\n"),
        "HPO306",
        "/trialCodeDirectory",
        9,
        21,
        Severity::Error,
    );
    // In the training service too.
    one(
        &format!(
            "{BASE}tuner:\n  name: TPE\n{LOCAL}  trialCodeDirectory: no_such_folder_hpoconf\n"
        ),
        "HPO306",
        "/trainingService/trialCodeDirectory",
        9,
        23,
        Severity::Error,
    );
}

#[test]
fn code_directory_is_never_looked_up_in_an_embedded_document() {
    let yml = local("trialCodeDirectory: no_such_folder_hpoconf\n");
    let response = serde_json::json!({
        "RequestId": "1",
        "ConfigYml": yml,
    });
    let r = hpoconf::check_str(
        "response.json",
        &response.to_string(),
        Some(hpoconf::Kind::GetHpoExperiment),
    );
    assert!(
        r.diagnostics.iter().all(|d| d.code != "HPO306"),
        "{:#?}",
        r.diagnostics
    );
}

#[test]
fn durations_of_zero() {
    one(
        &local("maxExperimentDuration: 0h\n"),
        "HPO307",
        "/maxExperimentDuration",
        9,
        24,
        Severity::Error,
    );
    one(
        &local("max_trial_duration: 0.0s\n"),
        "HPO307",
        "/max_trial_duration",
        9,
        21,
        Severity::Error,
    );
    none(&local("maxTrialDuration: 0.5h\n"), "HPO307");
}

#[test]
fn gpu_indices() {
    one(
        &local("tunerGpuIndices: \"1, 1\"\n"),
        "HPO308",
        "/tunerGpuIndices",
        9,
        18,
        Severity::Error,
    );
    one(
        &local("tunerGpuIndices: [0, 1, 0]\n"),
        "HPO308",
        "/tunerGpuIndices",
        9,
        18,
        Severity::Error,
    );
    none(&local("tunerGpuIndices: \"0,1\"\n"), "HPO308");
    none(&local("tunerGpuIndices: 0\n"), "HPO308");
    let remote = format!(
        "{BASE}tuner:\n  name: TPE\ntrainingService:\n  platform: remote\n  machineList:\n    - host: h\n      user: u\n      gpuIndices: 3,3\n"
    );
    one(
        &remote,
        "HPO308",
        "/trainingService/machineList/0/gpuIndices",
        12,
        19,
        Severity::Error,
    );
}

#[test]
fn tuner_and_advisor() {
    one(
        &format!("{BASE}{LOCAL}"),
        "HPO309",
        "",
        1,
        1,
        Severity::Error,
    );
    let both = local("advisor:\n  name: BOHB\n  classArgs: {optimize_mode: maximize}\n");
    one(&both, "HPO310", "/advisor", 9, 1, Severity::Error);
    none(&both, "HPO311");
    let advisor = format!(
        "{BASE}advisor:\n  name: Hyperband\n  classArgs: {{optimize_mode: maximize}}\n{LOCAL}"
    );
    one(&advisor, "HPO311", "/advisor", 5, 1, Severity::Info);
    none(&advisor, "HPO309");
    no_errors(&advisor);
}

fn tuner(body: &str) -> String {
    format!("{BASE}tuner:\n{body}{LOCAL}")
}

fn assessor(body: &str) -> String {
    format!("{BASE}tuner:\n  name: TPE\nassessor:\n{body}{LOCAL}")
}

#[test]
fn algorithm_names() {
    let d = one(
        &tuner("  name: TPEE\n"),
        "HPO312",
        "/tuner/name",
        6,
        9,
        Severity::Error,
    );
    assert_eq!(d.help.as_deref(), Some("did you mean `TPE`?"));
    let d = one(
        &tuner("  name: Evolutoin\n  classArgs: {optimize_mode: maximize}\n"),
        "HPO312",
        "/tuner/name",
        6,
        9,
        Severity::Error,
    );
    assert_eq!(d.help.as_deref(), Some("did you mean `Evolution`?"));
    // Far from every built-in: may be registered with `nnictl algo register`.
    one(
        &tuner("  name: demotuner\n"),
        "HPO312",
        "/tuner/name",
        6,
        9,
        Severity::Warning,
    );
    // Case-insensitive, and NNI's class-name forms.
    for name in [
        "tpe",
        "MetisTuner",
        "BatchTuner",
        "GPTuner",
        "PBTTuner",
        "gridsearch",
        "NetworkMorphism",
    ] {
        let args = if name == "PBTTuner" {
            "  classArgs: {optimize_mode: maximize}\n"
        } else {
            ""
        };
        let text = tuner(&format!("  name: {name}\n{args}"));
        none(&text, "HPO312");
        if name != "BatchTuner" {
            // Batch samples only `choice`: the space here has a `uniform` (tuner-cannot-sample).
            no_errors(&text);
        }
    }
    one(
        &tuner("  name: Curvefitting\n"),
        "HPO313",
        "/tuner/name",
        6,
        9,
        Severity::Error,
    );
    one(
        &assessor("  name: GP\n"),
        "HPO313",
        "/assessor/name",
        8,
        9,
        Severity::Error,
    );
    none(&assessor("  name: medianstop\n"), "HPO313");
}

#[test]
fn builtin_or_custom() {
    one(
        &tuner("  name: TPE\n  className: a.B\n  codeDirectory: .\n"),
        "HPO314",
        "/tuner/className",
        7,
        3,
        Severity::Error,
    );
    one(
        &tuner("  name: TPE\n  codeDirectory: .\n"),
        "HPO314",
        "/tuner/codeDirectory",
        7,
        3,
        Severity::Error,
    );
    one(
        &tuner("  className: a.B\n"),
        "HPO315",
        "/tuner/className",
        6,
        3,
        Severity::Error,
    );
    one(
        &tuner("  classArgs: {x: 1}\n"),
        "HPO315",
        "/tuner",
        5,
        1,
        Severity::Error,
    );
    no_errors(&tuner(
        "  className: a.B\n  codeDirectory: .\n  classArgs: {anything: 1}\n",
    ));
    one(
        &tuner("  className: a.B\n  codeDirectory: no_such_folder_hpoconf\n"),
        "HPO306",
        "/tuner/codeDirectory",
        7,
        18,
        Severity::Error,
    );
}

#[test]
fn class_args_of_builtins() {
    let d = one(
        &tuner("  name: TPE\n  classArgs:\n    optimise_mode: maximize\n"),
        "HPO316",
        "/tuner/classArgs/optimise_mode",
        8,
        5,
        Severity::Error,
    );
    assert_eq!(d.help.as_deref(), Some("did you mean `optimize_mode`?"));
    let d = one(
        &tuner("  name: TPE\n  classArgs:\n    optimize_mode: maximise\n"),
        "HPO317",
        "/tuner/classArgs/optimize_mode",
        8,
        20,
        Severity::Error,
    );
    assert!(d.message.contains("maximise"));
    one(
        &tuner(
            "  name: Evolution\n  classArgs:\n    optimize_mode: maximize\n    population_size: 100000\n",
        ),
        "HPO317",
        "/tuner/classArgs/population_size",
        9,
        22,
        Severity::Error,
    );
    one(
        &tuner(
            "  name: SMAC\n  classArgs:\n    optimize_mode: minimize\n    config_dedup: \"true\"\n",
        ),
        "HPO317",
        "/tuner/classArgs/config_dedup",
        9,
        19,
        Severity::Error,
    );
    one(
        &assessor("  name: PAIAssessor\n  classArgs:\n    proportion: 1.5\n"),
        "HPO317",
        "/assessor/classArgs/proportion",
        10,
        17,
        Severity::Error,
    );
    no_errors(&assessor(
        "  name: PAIAssessor\n  classArgs:\n    optimize_mode: maximize\n    start_step: 0\n    moving_avg: true\n    proportion: 1\n    patience: 3\n    earlystop: false\n",
    ));
    one(
        &tuner("  name: Hyperband\n"),
        "HPO318",
        "/tuner/name",
        6,
        9,
        Severity::Error,
    );
    one(
        &assessor("  name: Curvefitting\n  classArgs:\n    gap: 2\n"),
        "HPO318",
        "/assessor/classArgs",
        9,
        3,
        Severity::Error,
    );
    // GridSearch with classArgs belongs to the cross-field rules, not to unknown-class-arg.
    none(
        &tuner("  name: GridSearch\n  classArgs: {optimize_mode: maximize}\n"),
        "HPO316",
    );
}

const PAI_CMD: &str = "python3 -m hpo_tools.core.utils.run --config=./trial.ini";

#[test]
fn pai_algorithms() {
    let pai = |algos: &str| {
        format!("{SPACE}trialCommand: {PAI_CMD}\ntrialConcurrency: 1\n{algos}{LOCAL}")
    };
    one(
        &pai("tuner:\n  name: Anneal\n"),
        "HPO319",
        "/tuner/name",
        6,
        9,
        Severity::Warning,
    );
    for t in ["TPE", "GridSearch", "Random", "GPTuner"] {
        none(&pai(&format!("tuner:\n  name: {t}\n")), "HPO319");
    }
    one(
        &pai("tuner:\n  name: TPE\nassessor:\n  name: Medianstop\n"),
        "HPO320",
        "/assessor/name",
        8,
        9,
        Severity::Warning,
    );
    none(
        &pai("tuner:\n  name: TPE\nassessor:\n  name: PAIAssessor\n"),
        "HPO320",
    );
    // Not a PAI experiment: no PAI rule.
    none(&local("assessor:\n  name: Medianstop\n"), "HPO320");
    // The command in the training service counts.
    let in_ts = format!(
        "{SPACE}trialConcurrency: 1\ntuner:\n  name: Anneal\n{LOCAL}  trialCommand: {PAI_CMD}\n"
    );
    one(&in_ts, "HPO319", "/tuner/name", 5, 9, Severity::Warning);
}

#[test]
fn training_services() {
    let hybrid = format!("{BASE}tuner:\n  name: TPE\ntrainingService:\n  - platform: local\n");
    one(&hybrid, "HPO321", "/trainingService", 7, 1, Severity::Error);
    none(&format!("nniManagerIp: 1.2.3.4\n{hybrid}"), "HPO321");

    one(
        &local("trialGpuNumber: 1\n"),
        "HPO322",
        "/trainingService",
        7,
        1,
        Severity::Error,
    );
    none(
        &format!("{}  useActiveGpu: false\ntrialGpuNumber: 1\n", local("")),
        "HPO322",
    );
    none(&local("trialGpuNumber: 0\n"), "HPO322");
    // The training service's own value wins.
    one(
        &format!("{}  trialGpuNumber: 2\n", local("")),
        "HPO322",
        "/trainingService",
        7,
        1,
        Severity::Error,
    );

    one(
        &format!("{}  maxTrialNumberPerGpu: 2\n", local("")),
        "HPO323",
        "/trainingService/maxTrialNumberPerGpu",
        9,
        25,
        Severity::Error,
    );
    none(
        &format!(
            "{}  maxTrialNumberPerGpu: 2\n  useActiveGpu: true\ntrialGpuNumber: 1\n",
            local("")
        ),
        "HPO323",
    );

    let remote = |m: &str| {
        format!(
            "{BASE}tuner:\n  name: TPE\ntrainingService:\n  platform: remote\n  machineList:\n    - host: h\n      user: u\n{m}"
        )
    };
    let r = check(&remote("      password: \"pw-123456\"\n"));
    let d = with_code(&r, "HPO324");
    assert_eq!(d.len(), 1, "{:#?}", r.diagnostics);
    assert_eq!(
        (d[0].pointer.as_str(), d[0].line, d[0].column),
        ("/trainingService/machineList/0/password", 12, 7)
    );
    assert!(
        r.diagnostics
            .iter()
            .all(|d| !d.message.contains("pw-123456")
                && !d.help.as_deref().unwrap_or("").contains("pw-123456"))
    );
    // Neither password nor key: NNI uses ~/.ssh/id_rsa (no finding).
    no_errors(&remote(""));
    none(&remote(""), "HPO324");
}

fn openpai(extra_ts: &str, top: &str) -> String {
    format!(
        "{BASE}{top}tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: bob\n  token: tok\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: s\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n{extra_ts}"
    )
}

#[test]
fn openpai_rules() {
    one(
        &openpai("", ""),
        "HPO325",
        "/trainingService",
        7,
        1,
        Severity::Error,
    );
    no_errors(&openpai("", "trialGpuNumber: 0\n"));
    no_errors(&openpai("  trialGpuNumber: 1\n", ""));
    one(
        &openpai(
            "  trialGpuNumber: 0\n  openpaiConfig: {}\n  openpaiConfigFile: x.yml\n",
            "",
        ),
        "HPO326",
        "/trainingService/openpaiConfigFile",
        20,
        3,
        Severity::Error,
    );
    let no_scheme = openpai("  trialGpuNumber: 0\n", "").replace("https://pai", "pai");
    one(
        &no_scheme,
        "HPO327",
        "/trainingService/host",
        9,
        9,
        Severity::Info,
    );
}

#[test]
fn yaml11_portability() {
    let text = format!(
        "searchSpace:\n  lr: {{_type: loguniform, _value: [1e-7, 0.1]}}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\n{LOCAL}"
    );
    let d = one(
        &text,
        "HPO328",
        "/searchSpace/lr/_value/0",
        2,
        36,
        Severity::Warning,
    );
    assert_eq!((d.end_line, d.end_column), (2, 40));
    assert!(d.help.as_deref().is_some_and(|h| h.contains("1.0e-7")));
    none(&text.replace("1e-7", "1.0e-7"), "HPO328");
    // A number field that only PyYAML reads as a number: the shape check rejects it, and the
    // hazard explains why NNI would not.
    one(
        &local("maxTrialNumber: 1_000\n"),
        "HPO328",
        "/maxTrialNumber",
        9,
        17,
        Severity::Warning,
    );
    // A string where both readings are fine for the field: info.
    one(
        &local("experimentName: yes\n"),
        "HPO328",
        "/experimentName",
        9,
        17,
        Severity::Info,
    );
    one(
        &tuner("  name: GP\n  classArgs:\n    alpha: 1e-6\n"),
        "HPO328",
        "/tuner/classArgs/alpha",
        8,
        12,
        Severity::Warning,
    );
}

#[test]
fn snake_case_keys_are_located_as_written() {
    let text = format!(
        "{SPACE}trial_command: python3 train.py\ntrial_concurrency: 1\ntuner:\n  name: TPE\n  class_args:\n    optimize_mode: maximise\ntraining_service:\n  platform: local\n  max_trial_number_per_gpu: 2\n"
    );
    one(
        &text,
        "HPO317",
        "/tuner/class_args/optimize_mode",
        8,
        20,
        Severity::Error,
    );
    one(
        &text,
        "HPO323",
        "/training_service/max_trial_number_per_gpu",
        11,
        29,
        Severity::Error,
    );
}

// --- NNI's canonical configs (test_exp_config.py, test_ts_remote.py) ---------------------------

#[test]
fn nni_canonical_local_config_has_no_error() {
    // test/ut/experiment/assets/config.yaml, with paths that exist here.
    let text = "experimentName: test case\nsearchSpace:\n  a: {_type: choice, _value: [1, 2]}\ntrialCommand: python main.py\ntrialCodeDirectory: .\ntrialConcurrency: 2\ntrialGpuNumber: 1\nmaxExperimentDuration: 1.5h\nmaxTrialNumber: 10\nmaxTrialDuration: 60\nnniManagerIp: 1.2.3.4\ndebug: true\nlogLevel: warning\ntunerGpuIndices: 0\nassessor:\n    name: assess\ntuner:\n    className: Tuner\n    codeDirectory: .\n    classArgs: {random_seed: 0}\ntrainingService:\n    platform: local\n    useActiveGpu: false\n    maxTrialNumberPerGpu: 2\n    gpuIndices: 1,2\n    reuseMode: true\nsharedStorage:\n    storageType: NFS\n    localMountPoint: .\n    remoteMountPoint: /tmp\n    localMounted: usermount\n    nfsServer: nfs.test.case\n    exportedDirectory: root\n";
    no_errors(text);
    // `assess` may be a registered assessor: a warning, not an error.
    one(text, "HPO312", "/assessor/name", 16, 11, Severity::Warning);
}

#[test]
fn nni_canonical_remote_config_has_no_error() {
    let text = "searchSpace:\n  a: {_type: choice, _value: [1, 2]}\ntrialCommand: python main.py\ntrialConcurrency: 1\ntuner:\n  name: random\ntrainingService:\n  platform: remote\n  machineList:\n    - host: 1.2.3.4\n      user: test_user\n      sshKeyFile: ~/.ssh/id_rsa\n    - host: 1.2.3.5\n      port: 2222\n      user: test_user\n      useActiveGpu: true\n      maxTrialNumberPerGpu: 2\n      gpuIndices: 0,1\n";
    no_errors(text);
}

// --- v2 rewrites of nnictl's invalid configs (config_files/invalid/*.yml) ------------------

#[test]
fn nnictl_invalid_custom_tuner_1_no_class_name() {
    one(
        &tuner("  codeDirectory: .\n  classArgs:\n    optimize_mode: maximize\n"),
        "HPO315",
        "/tuner",
        5,
        1,
        Severity::Error,
    );
}

#[test]
fn nnictl_invalid_custom_tuner_2_builtin_and_custom_keys() {
    one(
        &tuner(
            "  name: TPE\n  codeDirectory: .\n  className: tuner.CustomTuner\n  classArgs:\n    optimize_mode: maximize\n",
        ),
        "HPO314",
        "/tuner/className",
        8,
        3,
        Severity::Error,
    );
}

#[test]
fn nnictl_invalid_no_tuner() {
    one(
        &format!("{BASE}{LOCAL}"),
        "HPO309",
        "",
        1,
        1,
        Severity::Error,
    );
}

#[test]
fn nnictl_invalid_tuner_wrong_key() {
    // v1 `builtinTunerName` under tuner: an unknown key of the algorithm (shape), so no name.
    let r = check(&tuner(
        "  builtinTunerName: TPE\n  classArgs:\n    optimize_mode: maximize\n",
    ));
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == "HPO103" && d.pointer == "/tuner/builtinTunerName"),
        "{:#?}",
        r.diagnostics
    );
    assert!(with_code(&r, "HPO315").len() == 1, "{:#?}", r.diagnostics);
}

#[test]
fn nnictl_invalid_wrong_class_args() {
    let d = one(
        &assessor("  name: Medianstop\n  classArgs:\n    optimize_mode: aaaaaa\n"),
        "HPO317",
        "/assessor/classArgs/optimize_mode",
        10,
        20,
        Severity::Error,
    );
    assert!(d.message.contains("aaaaaa") && d.message.contains("maximize"));
}

#[test]
fn nnictl_invalid_wrong_training_service() {
    let r = check(&format!(
        "{BASE}tuner:\n  name: TPE\ntrainingService:\n  platform: local222\n"
    ));
    let d: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(
        (d[0].code.as_str(), d[0].pointer.as_str()),
        ("HPO104", "/trainingService/platform")
    );
}
