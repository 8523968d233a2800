//! Secrets by position (SPEC.md §4): a proptest plants random secrets in every position the
//! spec names (key names and their misspellings, nesting under a secret key, URL userinfo,
//! command-line flags and assignments, the options of a search-space parameter named as a
//! secret) in every kind, also in documents embedded in a GetHpoExperiment response, and
//! searches every output format for them (the report renderers, `Debug`, and the built binary).
//! A second test asserts that nothing else is masked: key names, `_type`, duplicate keys,
//! `${placeholder}`s, a finding's caret target and a rule's words are shown as written.

use std::path::PathBuf;
use std::process::Command;

use hpoconf::Kind;
use proptest::prelude::*;

/// The documents of one plant: every position of every kind, holding the secrets `s[0..]`
/// (each used once). Each has findings on the secrets' lines (an undefined placeholder, an
/// unknown key, a bad option) so that snippets and messages have something to show.
fn documents(s: &[String; 12]) -> Vec<(&'static str, Kind, String)> {
    let exp = format!(
        "experimentName: e\ntrialConcurrency: 1\nmaxTrialNumber: 2\n\
         trialCommand: python3 -m hpo_tools --config=trial.ini --ak {} --access_key={} -Daccess_key={} ${{nope}}\n\
         trialCodeDirectory: .\nsearchSpaceFile: search_space.json\ntuner: {{name: TPE}}\n\
         trainingService:\n  platform: local\n  secret_access_key: {}\n  credentials:\n    user: {}\n    list: [{}]\n",
        s[0], s[1], s[2], s[3], s[4], s[5]
    );
    let ini = format!(
        "[platform_config]\nname = Local\ncmd1 = ACCESS_KEY={} python -m easy_rec --password {} --x ${{nope}}\n\
         [metric_config]\nmetric_type = summary\nmetric_source = oss://id:{}@bucket/p\n\
         [oss_config]\nprivate_key = {}\nunknown_secretkey = {}\n",
        s[6], s[7], s[8], s[9], s[10]
    );
    let space = format!(
        "{{\n  \"${{access_key}}\": {{\"_type\": \"uniform\", \"_value\": [\"{}\", 1]}},\n  \"password\": {{\"_type\": \"choice\", \"_value\": [\"{}\", 2, 2]}},\n  \"${{token}}\": {{\"_type\": \"choise\", \"_value\": [\"{}\"]}}\n}}\n",
        s[11], s[0], s[1]
    );
    let hpo = format!(
        "{{\n  \"platform_config\": {{\"name\": \"Local\", \"cmd\": [\"python t.py --sk {} ${{nope}}\"]}},\n  \"metric_config\": {{\"metric_type\": \"summary\", \"metric_source\": [\"oss://id:{}@b/p\"], \"metric_dict\": {{\"auc\": 1}}}},\n  \"odps_config\": {{\"credentials\": {{\"k\": [\"{}\"]}}, \"bogus\": 1}},\n  \"search_space\": {{\"${{password}}\": {{\"_type\": \"uniform\", \"_value\": [\"{}\", 1]}}}}\n}}\n",
        s[2], s[3], s[4], s[5]
    );
    let quoted = |t: &str| serde_json::to_string(t).unwrap_or_default();
    let response = format!(
        "{{\n  \"RequestId\": \"r\",\n  \"ExperimentId\": \"e\",\n  \"Name\": \"n\",\n  \"Status\": \"CREATED\",\n  \"ConfigYml\": {},\n  \"ConfigIni\": {},\n  \"SearchSpace\": {},\n  \"HpoExperimentConfiguration\": {}\n}}\n",
        quoted(&exp),
        quoted(&ini),
        quoted(&space),
        hpo
    );
    vec![
        ("exp.yml", Kind::ExpYml, exp),
        ("trial.ini", Kind::TrialIni, ini),
        ("search_space.json", Kind::SearchSpace, space),
        ("hpo_config.json", Kind::HpoConfig, hpo),
        ("get_hpo_experiment.json", Kind::GetHpoExperiment, response),
    ]
}

/// Letters and digits (so that a command line, a YAML plain scalar and an INI value hold them
/// as written), starting with a letter, 8 to 24 long: never a word of a message.
fn secret() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9]{7,23}".prop_map(|s| format!("Q{s}"))
}

#[track_caller]
fn assert_hidden(output: &str, secrets: &[String], what: &str) {
    for s in secrets {
        assert!(
            !output.contains(s.as_str()),
            "{what} shows the secret {s:?}\n--- output:\n{output}"
        );
    }
}

/// Every output of the library for a folder of documents: every format of the report
/// renderers, the human one with its snippets, and `Debug` of the outcome.
fn library_outputs(dir: &std::path::Path) -> Vec<(String, String)> {
    let outcome = hpoconf::workspace::check_paths(
        &[dir.to_path_buf()],
        &hpoconf::workspace::Options::default(),
    );
    let masked: Vec<Option<std::borrow::Cow<'_, str>>> = outcome
        .reports
        .iter()
        .map(|r| outcome.texts.get(&r.path).map(|t| t.masked_text()))
        .collect();
    let sources: Vec<Option<&str>> = masked.iter().map(|t| t.as_deref()).collect();
    vec![
        (
            "json".to_owned(),
            hpoconf::report::json::render(&outcome.reports),
        ),
        (
            "sarif".to_owned(),
            hpoconf::report::sarif::render(&outcome.reports, &outcome.failures, None),
        ),
        (
            "github".to_owned(),
            hpoconf::report::github::render(&outcome.reports),
        ),
        (
            "human".to_owned(),
            hpoconf::report::human::render(&outcome.reports, &sources, false),
        ),
        ("Debug".to_owned(), format!("{outcome:?}")),
    ]
}

/// A fresh folder under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "hpoconf-positions-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn write(&self, docs: &[(&str, Kind, String)]) {
        for (name, _, text) in docs {
            std::fs::write(self.0.join(name), text).expect("write");
        }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `hpoconf check --format F .` and `--kind K file` for every file, in every format.
fn cli_outputs(dir: &std::path::Path, docs: &[(&str, Kind, String)]) -> Vec<(String, String)> {
    let mut outs = Vec::new();
    for format in ["human", "json", "sarif", "github"] {
        let mut runs = vec![vec![
            "check".to_owned(),
            "--format".into(),
            format.into(),
            ".".into(),
        ]];
        for (name, kind, _) in docs {
            runs.push(vec![
                "check".into(),
                "--format".into(),
                format.into(),
                "--kind".into(),
                kind.id().into(),
                (*name).to_owned(),
            ]);
        }
        for args in runs {
            let out = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
                .current_dir(dir)
                .args(&args)
                .env("NO_COLOR", "1")
                .env_remove("GITHUB_ACTIONS")
                .output()
                .expect("run hpoconf");
            assert!(matches!(out.status.code(), Some(0..=2)), "{args:?}");
            outs.push((
                args.join(" "),
                format!(
                    "{}\n{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ),
            ));
        }
    }
    outs
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The library: every renderer, `Debug` of the outcome, of each document's tree and of
    /// each `Document`.
    #[test]
    fn no_output_shows_a_secret_at_any_position(s in proptest::array::uniform12(secret())) {
        let docs = documents(&s);
        let dir = TempDir::new("lib");
        dir.write(&docs);
        for (what, out) in library_outputs(&dir.0) {
            assert_hidden(&out, &s, &what);
        }
        for (name, kind, text) in &docs {
            let parsed = hpoconf::source::parse(kind.format(), text);
            assert_hidden(&format!("{parsed:?}"), &s, &format!("Debug of Parsed of {name}"));
            let file = hpoconf::check::FileText::new(*name, text.clone());
            let doc = hpoconf::check::Document::whole(*kind, file);
            assert_hidden(&format!("{doc:?}"), &s, &format!("Debug of Document of {name}"));
            let report = hpoconf::check_str(name, text, Some(*kind));
            assert_hidden(&format!("{report:?}"), &s, &format!("Debug of FileReport of {name}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// The built binary, every format, on the folder and on each file.
    #[test]
    fn the_binary_never_shows_a_secret_at_any_position(s in proptest::array::uniform12(secret())) {
        let docs = documents(&s);
        let dir = TempDir::new("cli");
        dir.write(&docs);
        for (what, out) in cli_outputs(&dir.0, &docs) {
            assert_hidden(&out, &s, &what);
        }
    }
}

/// The planted documents have findings on the secrets' lines (else the test proves little).
#[test]
fn planted_documents_have_findings_at_the_secrets() {
    let s: [String; 12] = std::array::from_fn(|i| format!("Qsecret{i:02}xyz"));
    let docs = documents(&s);
    let dir = TempDir::new("findings");
    dir.write(&docs);
    let outs = library_outputs(&dir.0);
    let human = &outs.iter().find(|(w, _)| w == "human").expect("human").1;
    // the snippets show the masked secrets' lines
    for line in [
        "--password *",
        "--sk *",
        "oss://*",
        "secret_access_key: *",
        "private_key = *",
        "user: *",
        "\"_value\": [\"*",
    ] {
        assert!(human.contains(line), "{line}\n{human}");
    }
    let json = &outs.iter().find(|(w, _)| w == "json").expect("json").1;
    for code in ["HPO702", "HPO209", "HPO217", "HPO103"] {
        assert!(json.contains(code), "{code} in\n{json}");
    }
}

/// Nothing but a secret is masked: key names (secret ones included), `_type`, a duplicate key's
/// name, `${placeholder}`s (HPO702 names them), a finding's caret target and a rule's words.
#[test]
fn nothing_else_is_masked() {
    let exp = "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python3 -m hpo_tools --config=trial.ini --ak ${SK} --password=${PW}\n\
               searchSpaceFile: search_space.json\ntuner: {name: TPE}\n\
               trainingService:\n  platform: local\n  access_key: ${AK}\n";
    let ini = "[platform_config]\nname = Local\ncmd1 = python t.py --sk ${SK} ACCESS_KEY=${AK}\n\
               [metric_config]\nmetric_type = summary\nmetric_source = oss://b/p\n\
               [odps_config]\naccess_key = ${AK}\naccess_key = ${AK2}\ntoken = {{ tok }}\n";
    let space = "{\"${password}\": {\"_type\": \"choise\", \"_value\": []}, \"${token}\": {\"_type\": \"choice\", \"_value\": []}}\n";
    let docs = vec![
        ("exp.yml", Kind::ExpYml, exp.to_owned()),
        ("trial.ini", Kind::TrialIni, ini.to_owned()),
        ("search_space.json", Kind::SearchSpace, space.to_owned()),
    ];
    let dir = TempDir::new("nothing");
    dir.write(&docs);
    for (what, out) in library_outputs(&dir.0) {
        if what == "Debug" {
            continue;
        }
        // no document has a `*`: none may appear (SARIF's rule docs have `**bold**`; the human
        // report marks a finding with a safe fix `[*]`)
        let out = out.replace("[*]", "");
        assert!(!out.contains("***"), "{what} masks something\n{out}");
        if what != "sarif" {
            assert!(!out.contains('*'), "{what} masks something\n{out}");
        }
        for shown in ["${SK}", "${AK}", "access_key", "choise", "${password}"] {
            assert!(out.contains(shown), "{what} lacks {shown}\n{out}");
        }
        if what != "github" {
            // (in a pointer, or a snippet)
            assert!(out.contains("_type"), "{what} lacks _type\n{out}");
        }
        if what == "human" {
            // the snippets: the duplicate's line, a caret under a secret key's name
            for shown in ["access_key = ${AK2}", "token = {{ tok }}", "--sk ${SK}"] {
                assert!(out.contains(shown), "{what} lacks {shown}\n{out}");
            }
        }
    }
    for (name, kind, text) in &docs {
        let parsed = hpoconf::source::parse(kind.format(), text);
        assert!(parsed.secrets.is_empty(), "{name}: {:?}", parsed.secrets);
    }
    // with secrets: the masked output has `*` only where the secrets are
    let planted = ini.replace("${AK2}", "QrealSecret1");
    let report = hpoconf::check_str("trial.ini", &planted, Some(Kind::TrialIni));
    let json = hpoconf::report::json::render(std::slice::from_ref(&report));
    assert!(!json.contains("QrealSecret1"));
    let unmasked = hpoconf::check_str("trial.ini", ini, Some(Kind::TrialIni));
    let plain = hpoconf::report::json::render(std::slice::from_ref(&unmasked));
    assert_eq!(
        json.replace("***", "${AK2}"),
        plain,
        "only the secret is masked"
    );
}
