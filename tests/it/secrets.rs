//! Secrets are never printed (SPEC.md §4), whatever else is wrong with the document.
//!
//! A proptest plants random secrets (printable strings of 6 to 30 characters, and numbers) in
//! every secret field of every kind, in documents that also have an error near the secret (the
//! secret of the wrong type, under an unknown key, twice under one key, on a line with a syntax
//! error), and searches every output for them: `Debug` of the results, the JSON report, the
//! model parse errors and the command line's stdout and stderr in every `--format` it lists.

use std::path::{Path, PathBuf};
use std::process::Command;

use hpoconf::Kind;
use proptest::prelude::*;

/// What else is wrong with the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trouble {
    /// Nothing: a well-formed secret.
    None,
    /// The secret written as a number (`password: 12345`): a type error at the secret.
    Number,
    /// The secret under a misspelled key: an unknown-key error at the secret's line.
    UnknownKey,
    /// The key twice, with two secrets.
    Duplicate,
    /// A syntax error on the secret's line.
    Syntax,
}

const TROUBLES: [Trouble; 5] = [
    Trouble::None,
    Trouble::Number,
    Trouble::UnknownKey,
    Trouble::Duplicate,
    Trouble::Syntax,
];

/// A secret field of a kind, as a template of a whole document.
#[derive(Debug, Clone, Copy)]
struct Field {
    kind: Kind,
    name: &'static str,
    /// The file name.
    file: &'static str,
    /// The document before the secret's line (YAML/INI), or before the secret's member (JSON).
    before: &'static str,
    /// The key.
    key: &'static str,
    /// A misspelling of the key.
    typo: &'static str,
    /// The document after.
    after: &'static str,
    /// Indentation of the secret's line (YAML).
    indent: &'static str,
}

const EXP_REMOTE: &str = "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python3 t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService:\n  platform: remote\n  machineList:\n    - host: 10.0.0.1\n      user: u\n";
const EXP_DLC: &str = "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python3 t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService:\n  platform: dlc\n  type: Worker\n  image: img\n  jobType: PyTorchJob\n  podCount: 1\n  ecsSpec: ecs.c6.large\n  region: cn-hangzhou\n  workspaceId: '1'\n  nasDataSourceId: d\n  containerStorageMountPoint: /mnt/data\n  localStorageMountPoint: /mnt/nas\n  accessKeyId: id\n";
const EXP_OPENPAI: &str = "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python3 t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService:\n  platform: openpai\n  trialGpuNumber: 0\n  host: https://pai\n  username: u\n  trialCpuNumber: 1\n  trialMemorySize: 1gb\n  storageConfigName: s\n  dockerImage: img\n  virtualCluster: default\n  containerStorageMountPoint: /mnt/data\n  localStorageMountPoint: .\n";
const INI_HEAD: &str = "[platform_config]\nname = Local\ncmd1 = python -m easy_rec\n[metric_config]\nmetric_type = summary\nmetric_source = oss://b/p\n";

fn fields() -> Vec<Field> {
    let y = |name, before, key, typo, indent| Field {
        kind: Kind::ExpYml,
        name,
        file: "exp.yml",
        before,
        key,
        typo,
        after: "",
        indent,
    };
    let ini = |name, before, key, typo| Field {
        kind: Kind::TrialIni,
        name,
        file: "trial.ini",
        before,
        key,
        typo,
        after: "",
        indent: "",
    };
    let json = |kind, name, file, before, key, typo, after| Field {
        kind,
        name,
        file,
        before,
        key,
        typo,
        after,
        indent: "",
    };
    const HPO_HEAD: &str = "{\n  \"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python -m easy_rec\"]},\n  \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"oss://b/p\"]},\n";
    vec![
        y("exp.yml remote password", EXP_REMOTE, "password", "pasword", "      "),
        y(
            "exp.yml remote sshPassphrase",
            "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python3 t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService:\n  platform: remote\n  machineList:\n    - host: 10.0.0.1\n      user: u\n      sshKeyFile: ~/.ssh/id_rsa\n",
            "sshPassphrase",
            "sshPasphrase",
            "      ",
        ),
        y("exp.yml dlc accessKeySecret", EXP_DLC, "accessKeySecret", "accesKeySecret", "  "),
        y("exp.yml openpai token", EXP_OPENPAI, "token", "tokn", "  "),
        ini("trial.ini odps access_key", "[odps_config]\n", "access_key", "acess_key"),
        ini("trial.ini dlc access_key", "[dlc_config]\n", "access_key", "acess_key"),
        ini("trial.ini oss accesskeysecret", "[oss_config]\n", "accessKeySecret", "accesKeySecret"),
        ini("trial.ini ts access_key_secret", "[ts_config]\n", "access_key_secret", "acess_key_secret"),
        ini(
            "trial.ini paiflow access_key_secret",
            "[paiflow_config]\n",
            "access_key_secret",
            "acess_key_secret",
        ),
        json(
            Kind::HpoConfig,
            "hpo-config odps_config.access_key",
            "hpo_config.json",
            "  \"odps_config\": {\"access_id\": \"id\",\n    ",
            "access_key",
            "acess_key",
            "\n  }\n}\n",
        ),
        json(
            Kind::HpoConfig,
            "hpo-config dlc_config.access_key",
            "hpo_config.json",
            "  \"dlc_config\": {\"access_id\": \"id\",\n    ",
            "access_key",
            "acess_key",
            "\n  }\n}\n",
        ),
        json(
            Kind::HpoConfig,
            "hpo-config oss_config.accessKeySecret",
            "hpo_config.json",
            "  \"oss_config\": {\"accessKeyID\": \"id\",\n    ",
            "accessKeySecret",
            "accesKeySecret",
            "\n  }\n}\n",
        ),
        json(
            Kind::HpoConfig,
            "hpo-config ts_config.access_key_secret",
            "hpo_config.json",
            "  \"ts_config\": {\"access_key_id\": \"id\",\n    ",
            "access_key_secret",
            "acess_key_secret",
            "\n  }\n}\n",
        ),
        json(
            Kind::HpoConfig,
            "hpo-config paiflow_config.access_key_secret",
            "hpo_config.json",
            "  \"paiflow_config\": {\"access_key_id\": \"id\",\n    ",
            "access_key_secret",
            "acess_key_secret",
            "\n  }\n}\n",
        ),
    ]
    .into_iter()
    .map(|f: Field| Field {
        before: if f.kind == Kind::HpoConfig {
            leak(format!("{HPO_HEAD}{}", f.before))
        } else if f.kind == Kind::TrialIni {
            leak(format!("{INI_HEAD}{}", f.before))
        } else {
            f.before
        },
        ..f
    })
    .collect()
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// A JSON string literal (also a valid YAML double-quoted scalar).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The document of `field` with `secrets` (two, used by [`Trouble::Duplicate`]) and `trouble`.
fn document(field: &Field, secrets: &[String; 2], trouble: Trouble) -> String {
    let [a, b] = secrets;
    let (key, ind) = (field.key, field.indent);
    let mut text = String::from(field.before);
    match field.kind {
        Kind::ExpYml => {
            let line = |k: &str, v: &str| format!("{ind}{k}: {v}\n");
            text.push_str(&match trouble {
                Trouble::None => line(key, &quoted(a)),
                Trouble::Number => line(key, a),
                Trouble::UnknownKey => line(field.typo, &quoted(a)),
                Trouble::Duplicate => line(key, &quoted(a)) + &line(key, &quoted(b)),
                // an unclosed quote, then more text
                Trouble::Syntax => format!("{ind}{key}: \"{}\n{ind}x: [\n", &quoted(a)[1..]),
            });
        }
        Kind::TrialIni => {
            let line = |k: &str, v: &str| format!("{k} = {v}\n");
            text.push_str(&match trouble {
                Trouble::None | Trouble::Number => line(key, a),
                Trouble::UnknownKey => line(field.typo, a),
                Trouble::Duplicate => line(key, a) + &line(key, b),
                // no delimiter: configparser's ParsingError
                Trouble::Syntax => format!("{key} {a}\n"),
            });
            text.push_str(field.after);
        }
        _ => {
            let member = |k: &str, v: &str| format!("\"{k}\": {v}");
            text.push_str(&match trouble {
                Trouble::None => member(key, &quoted(a)),
                Trouble::Number => member(key, a),
                Trouble::UnknownKey => member(field.typo, &quoted(a)),
                Trouble::Duplicate => {
                    member(key, &quoted(a)) + ",\n    " + &member(key, &quoted(b))
                }
                // the secret unquoted: an invalid token
                Trouble::Syntax => member(key, &format!("{a}x")),
            });
            text.push_str(field.after);
        }
    }
    text
}

/// The same secret in a GetHpoExperiment response: in its `ConfigIni` string, and in its
/// `HpoExperimentConfiguration`.
fn response(ini: &str, hpo: &str) -> String {
    format!(
        "{{\n  \"RequestId\": \"r\",\n  \"ExperimentId\": \"e\",\n  \"Name\": \"n\",\n  \"Status\": \"CREATED\",\n  \"ConfigIni\": {},\n  \"HpoExperimentConfiguration\": {}\n}}\n",
        quoted(ini),
        hpo
    )
}

/// The forms in which a secret could appear in an output: as is, JSON-escaped, and (for the
/// response) JSON-escaped twice.
fn forms(secret: &str) -> Vec<String> {
    let once = quoted(secret);
    let once = once.trim_matches('"').to_owned();
    let twice = quoted(&once);
    let twice = twice.trim_matches('"').to_owned();
    let mut v = vec![secret.to_owned(), once, twice];
    v.sort();
    v.dedup();
    v
}

#[track_caller]
fn assert_hidden(output: &str, secrets: &[String], what: &str, doc: &str) {
    for s in secrets {
        for form in forms(s) {
            assert!(
                !output.contains(&form),
                "{what} shows the secret {form:?}\n--- document:\n{doc}\n--- output:\n{output}"
            );
        }
    }
}

/// Printable ASCII secrets, without blanks (INI strips them) and starting with a letter (so a
/// YAML plain scalar or an INI value reads them as written), and numbers.
fn secret() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][!-~]{5,29}",
        "[1-9][0-9]{5,29}",
        "[A-Za-z0-9]{6,30}",
    ]
}

/// One planted document: the field, the trouble, two secrets.
fn planted() -> impl Strategy<Value = (usize, usize, [String; 2])> {
    (0..fields().len(), 0..TROUBLES.len(), [secret(), secret()])
}

/// Documents for a field and trouble, with the kind to check them as: the field's own, and
/// (for trial.ini and hpo-config fields) a GetHpoExperiment response that embeds it.
fn documents(
    field: &Field,
    trouble: Trouble,
    secrets: &[String; 2],
) -> Vec<(Kind, String, String)> {
    let text = document(field, secrets, trouble);
    let mut docs = vec![(field.kind, field.file.to_owned(), text.clone())];
    match field.kind {
        Kind::TrialIni => docs.push((
            Kind::GetHpoExperiment,
            "get_hpo_experiment.json".to_owned(),
            response(&text, "{}"),
        )),
        Kind::HpoConfig => docs.push((
            Kind::GetHpoExperiment,
            "get_hpo_experiment.json".to_owned(),
            response("[odps_config]\naccess_id = id\n", &text),
        )),
        _ => {}
    }
    docs
}

fn secrets_of(trouble: Trouble, secrets: &[String; 2]) -> Vec<String> {
    match trouble {
        Trouble::Duplicate => secrets.to_vec(),
        _ => vec![secrets[0].clone()],
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// `check_str`: Debug of the report and of each diagnostic, and the JSON report.
    #[test]
    fn library_outputs_never_show_a_secret((f, t, secrets) in planted()) {
        let field = fields()[f];
        let trouble = TROUBLES[t];
        let hidden = secrets_of(trouble, &secrets);
        for (kind, name, text) in documents(&field, trouble, &secrets) {
            let report = hpoconf::check_str(&name, &text, Some(kind));
            let ctx = format!("{} ({trouble:?})", field.name);
            assert_hidden(&format!("{report:?}"), &hidden, &format!("Debug of FileReport, {ctx}"), &text);
            assert_hidden(&format!("{report:#?}"), &hidden, &format!("Debug of FileReport, {ctx}"), &text);
            for d in &report.diagnostics {
                assert_hidden(&format!("{d:?}"), &hidden, &format!("Debug of Diagnostic, {ctx}"), &text);
            }
            let json = hpoconf::report::json::render(std::slice::from_ref(&report));
            assert_hidden(&json, &hidden, &format!("JSON report, {ctx}"), &text);
            // a detected kind gives the same
            let detected = hpoconf::check_str(&name, &text, None);
            assert_hidden(&format!("{detected:?}"), &hidden, &format!("Debug of FileReport (detected), {ctx}"), &text);
        }
    }

    /// `check_paths`: Debug of the outcome (reports and failures) of an experiment directory.
    #[test]
    fn workspace_outcome_never_shows_a_secret((f, t, secrets) in planted()) {
        let field = fields()[f];
        let trouble = TROUBLES[t];
        let hidden = secrets_of(trouble, &secrets);
        let dir = TempDir::new("ws");
        for (_, name, text) in documents(&field, trouble, &secrets) {
            std::fs::write(dir.0.join(name), text).expect("write");
        }
        let outcome = hpoconf::workspace::check_paths(std::slice::from_ref(&dir.0), &Default::default());
        let shown = format!("{outcome:?}");
        let failures: Vec<String> = outcome.failures.iter().map(|f| f.to_string()).collect();
        assert_hidden(&shown, &hidden, field.name, &format!("{trouble:?}"));
        assert_hidden(&failures.join("\n"), &hidden, field.name, &format!("{trouble:?}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// The span-aware tree and the checked document: their `Debug` masks secret values and
    /// leaves out the texts.
    #[test]
    fn trees_and_documents_never_show_a_secret((f, t, secrets) in planted()) {
        let field = fields()[f];
        let trouble = TROUBLES[t];
        if trouble == Trouble::Syntax || trouble == Trouble::UnknownKey {
            // a line that is not read, or a key that is not a secret key, is not masked in the
            // tree (it is in every diagnostic)
            return Ok(());
        }
        let hidden = secrets_of(trouble, &secrets);
        for (kind, name, text) in documents(&field, trouble, &secrets) {
            let parsed = hpoconf::source::parse(kind.format(), &text);
            let ctx = format!("{} ({trouble:?})", field.name);
            assert_hidden(&format!("{parsed:?}"), &hidden, &format!("Debug of Parsed, {ctx}"), &text);
            let doc = hpoconf::check::Document::whole(kind, hpoconf::check::FileText::new(name, text.clone()));
            assert_hidden(&format!("{doc:?}"), &hidden, &format!("Debug of Document, {ctx}"), &text);
        }
    }

    /// The typed models' parse errors (`from_yaml`, `from_ini`, `from_json`): Display and Debug.
    #[test]
    fn model_errors_never_show_a_secret((f, t, secrets) in planted()) {
        let field = fields()[f];
        let trouble = TROUBLES[t];
        let hidden = secrets_of(trouble, &secrets);
        for (kind, _, text) in documents(&field, trouble, &secrets) {
            let err = model_error(kind, &text);
            if let Some(e) = err {
                let ctx = format!("model error of {} ({trouble:?})", field.name);
                assert_hidden(&e, &hidden, &ctx, &text);
            }
        }
    }

    /// The typed models themselves: Debug of a parsed model.
    #[test]
    fn model_debug_never_shows_a_secret((f, secrets) in (0..fields().len(), [secret(), secret()])) {
        let field = fields()[f];
        let hidden = secrets_of(Trouble::None, &secrets);
        for (kind, _, text) in documents(&field, Trouble::None, &secrets) {
            if let Some(debug) = model_debug(kind, &text) {
                assert_hidden(&debug, &hidden, &format!("Debug of the model of {}", field.name), &text);
            }
        }
    }
}

fn model_error(kind: Kind, text: &str) -> Option<String> {
    use hpoconf::model::*;
    let err = match kind {
        Kind::ExpYml => ExperimentConfig::from_yaml(text).err(),
        Kind::TrialIni => TrialIni::from_ini(text).err(),
        Kind::HpoConfig => HpoExperimentConfiguration::from_json(text).err(),
        Kind::GetHpoExperiment => GetHpoExperimentResponse::from_json(text).err(),
        Kind::SearchSpace => SearchSpace::from_json(text).err(),
    };
    err.map(|e| format!("{e}\n{e:?}"))
}

fn model_debug(kind: Kind, text: &str) -> Option<String> {
    use hpoconf::model::*;
    match kind {
        Kind::ExpYml => ExperimentConfig::from_yaml(text)
            .ok()
            .map(|m| format!("{m:?}")),
        Kind::TrialIni => TrialIni::from_ini(text).ok().map(|m| format!("{m:?}")),
        Kind::HpoConfig => HpoExperimentConfiguration::from_json(text)
            .ok()
            .map(|m| format!("{m:?}")),
        Kind::GetHpoExperiment => GetHpoExperimentResponse::from_json(text)
            .ok()
            .map(|m| format!("{m:?}")),
        Kind::SearchSpace => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The command line

/// A fresh folder under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "hpoconf-secrets-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The values of `--format` that `hpoconf check --help` lists.
fn formats() -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
        .args(["check", "--help"])
        .output()
        .expect("run hpoconf");
    let help = String::from_utf8_lossy(&out.stdout);
    let line = help
        .lines()
        .find(|l| l.trim_start().starts_with("--format"))
        .expect("--format in help");
    let values = line
        .split("[possible values: ")
        .nth(1)
        .and_then(|s| s.split(']').next())
        .expect("possible values");
    values.split(',').map(|v| v.trim().to_owned()).collect()
}

/// Runs `hpoconf check --format FORMAT` over a folder, and also on each file with `--kind`.
fn cli_outputs(dir: &Path, files: &[(Kind, String)], format: &str) -> Vec<String> {
    let mut outputs = Vec::new();
    let mut run = |args: Vec<String>| {
        let out = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
            .current_dir(dir)
            .args(&args)
            .env("NO_COLOR", "1")
            .env_remove("GITHUB_ACTIONS")
            .output()
            .expect("run hpoconf");
        let code = out.status.code();
        assert!(matches!(code, Some(0..=2)), "{args:?}: exit {code:?}");
        outputs.push(format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    };
    run(vec![
        "check".into(),
        "--format".into(),
        format.into(),
        ".".into(),
    ]);
    for (kind, name) in files {
        run(vec![
            "check".into(),
            "--format".into(),
            format.into(),
            "--kind".into(),
            kind.id().into(),
            name.clone(),
        ]);
    }
    outputs
}

fn cli_case(field: &Field, trouble: Trouble, secrets: &[String; 2], only: Option<&str>) {
    let hidden = secrets_of(trouble, secrets);
    let dir = TempDir::new("cli");
    let mut files = Vec::new();
    for (kind, name, text) in documents(field, trouble, secrets) {
        std::fs::write(dir.0.join(&name), &text).expect("write");
        files.push((kind, name));
    }
    for format in formats() {
        if only.is_some_and(|o| o != format) {
            continue;
        }
        for out in cli_outputs(&dir.0, &files, &format) {
            let ctx = format!(
                "hpoconf check --format {format}, {} ({trouble:?})",
                field.name
            );
            assert_hidden(&out, &hidden, &ctx, &document(field, secrets, trouble));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// The machine-readable formats (every one but human).
    #[test]
    fn cli_never_shows_a_secret_in_machine_formats((f, t, secrets) in planted()) {
        let field = fields()[f];
        for format in formats().into_iter().filter(|f| f != "human") {
            cli_case(&field, TROUBLES[t], &secrets, Some(&format));
        }
    }

    /// The human format shows the source line of each finding.
    #[test]
    fn cli_never_shows_a_secret_in_human_format((f, t, secrets) in planted()) {
        cli_case(&fields()[f], TROUBLES[t], &secrets, Some("human"));
    }
}

/// Every field and every trouble once, with fixed secrets (a quick, deterministic sweep).
#[test]
fn every_field_and_trouble_once() {
    let secrets = ["Xq7#pL9z!Kw2\"e\\v".to_owned(), "8675309123456".to_owned()];
    for field in fields() {
        for trouble in TROUBLES {
            let plant = match trouble {
                Trouble::Number => [secrets[1].clone(), "9988776655443322".to_owned()],
                _ => secrets.clone(),
            };
            let hidden = secrets_of(trouble, &plant);
            for (kind, name, text) in documents(&field, trouble, &plant) {
                let report = hpoconf::check_str(&name, &text, Some(kind));
                let ctx = format!("{} ({trouble:?})", field.name);
                assert_hidden(&format!("{report:?}"), &hidden, &ctx, &text);
                let json = hpoconf::report::json::render(std::slice::from_ref(&report));
                assert_hidden(&json, &hidden, &ctx, &text);
            }
        }
    }
}

/// The documents the sweep plants are what they claim: each trouble gives its diagnostic.
#[test]
fn planted_documents_have_their_trouble() {
    let secrets = ["Xq7pL9zKw2ev".to_owned(), "867530912345".to_owned()];
    for field in fields() {
        let check = |t: Trouble, s: &[String; 2]| {
            let text = document(&field, s, t);
            let r = hpoconf::check_str(field.file, &text, Some(field.kind));
            (text, r)
        };
        let (text, r) = check(Trouble::None, &secrets);
        assert!(
            r.diagnostics
                .iter()
                .all(|d| d.severity != hpoconf::Severity::Error),
            "{}: errors in the clean document\n{text}\n{:#?}",
            field.name,
            r.diagnostics
        );
        let (text, r) = check(Trouble::Duplicate, &secrets);
        assert!(
            r.diagnostics.iter().any(|d| d.code == "HPO003"),
            "{}: no duplicate-key\n{text}",
            field.name
        );
        let (text, r) = check(Trouble::Syntax, &secrets);
        assert!(
            r.diagnostics.iter().any(|d| d.code == "HPO001"),
            "{}: no syntax error\n{text}\n{:#?}",
            field.name,
            r.diagnostics
        );
        let nums = [secrets[1].clone(), secrets[1].clone()];
        if field.kind != Kind::TrialIni {
            let (text, r) = check(Trouble::Number, &nums);
            assert!(
                r.diagnostics.iter().any(|d| d.code == "HPO101"),
                "{}: no invalid-type\n{text}\n{:#?}",
                field.name,
                r.diagnostics
            );
        }
        let (text, r) = check(Trouble::UnknownKey, &secrets);
        assert!(
            r.diagnostics
                .iter()
                .any(|d| d.code == "HPO103" || d.code == "HPO110"),
            "{}: no unknown key\n{text}\n{:#?}",
            field.name,
            r.diagnostics
        );
    }
}
