//! NNI v1 configs: hpoconf's conversion against NNI 3.0's own `to_v2` (the expected outputs in
//! tests/data/nni-v2, made by scripts/nni_to_v2.py with real NNI 3.0), and `hpoconf migrate`.

use crate::cli_support::Scratch;
use crate::common;

use hpoconf::Severity;
use hpoconf::kind::Format;
use hpoconf::migrate::{MigrateError, Migration, migrate};

fn v1_paths() -> Vec<String> {
    let index = std::fs::read_to_string(common::corpus().join("INDEX.tsv")).expect("INDEX.tsv");
    index
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols.get(1) == Some(&"exp-v1")).then(|| cols[0].to_owned())
        })
        .collect()
}

/// Compares hpoconf's conversion of `text` with NNI's (`expected`: `{"v2": ..}` or
/// `{"error": ..}`); a description of the difference, if any.
fn compare(name: &str, text: &str, expected: &serde_json::Value) -> Option<String> {
    let parsed = hpoconf::source::parse(Format::Yaml, text);
    let root = parsed.root.expect("parses");
    assert!(hpoconf::convert::is_v1(&root), "{name}");
    let conv = hpoconf::convert::convert(&root);
    // the written YAML reads back as the same data
    if let Some(v2) = &conv.root {
        let yaml = hpoconf::convert::emit::to_yaml(text, v2);
        let back = hpoconf::source::parse(Format::Yaml, &yaml);
        assert!(
            back.problems.is_empty(),
            "{name}: {:?}\n{yaml}",
            back.problems
        );
        assert_eq!(
            back.root.map(|r| r.to_json()),
            Some(v2.to_json()),
            "{name}\n{yaml}"
        );
    }
    match (&conv.root, expected.get("v2")) {
        (Some(got), Some(want)) if &got.to_json() == want => None,
        (None, None) => {
            // a refusal is a located error
            let refusal = conv
                .notes
                .iter()
                .find(|n| n.kind == hpoconf::convert::NoteKind::Refused);
            refusal
                .is_none()
                .then(|| format!("{name}: refused with no note"))
        }
        (got, want) => Some(format!(
            "{name}\n  hpoconf: {:?}\n  nni:     {want:?} {:?}",
            got.as_ref().map(|g| g.to_json()),
            expected.get("error")
        )),
    }
}

fn expected(rel: &str) -> serde_json::Value {
    let path = common::root()
        .join("tests/data/nni-v2")
        .join(format!("{rel}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} (scripts/nni_to_v2.py)", path.display()));
    serde_json::from_str(&text).expect("json")
}

#[test]
fn every_corpus_v1_file_converts_as_nni_does() {
    let paths = v1_paths();
    assert_eq!(paths.len(), 39);
    let bad: Vec<String> = paths
        .iter()
        .filter_map(|rel| {
            let text = std::fs::read_to_string(common::corpus().join(rel)).expect("corpus file");
            compare(rel, &text, &expected(rel))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "conversions that differ from NNI 3.0's:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_branch_of_to_v2_converts_as_nni_does() {
    let dir = common::root().join("tests/data/v1-cases");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/data/v1-cases")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yml"))
        .collect();
    names.sort();
    assert!(names.len() >= 16, "{names:?}");
    let bad: Vec<String> = names
        .iter()
        .filter_map(|n| {
            let text = std::fs::read_to_string(dir.join(n)).expect("case");
            compare(n, &text, &expected(&format!("cases/{n}")))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "conversions that differ from NNI 3.0's:\n{}",
        bad.join("\n")
    );
}

const V1: &str = "# my experiment\nauthorName: me\nexperimentName: mnist\ntrialConcurrency: 2\nmaxExecDuration: 1h\nmaxTrialNum: 10\n# where trials run\ntrainingServicePlatform: local\nsearchSpacePath: search_space.json\nuseAnnotation: false\ntuner:\n  builtinTunerName: TPE  # the tuner\n  classArgs:\n    optimize_mode: maximize\ntrial:\n  command: python3 mnist.py\n  codeDir: .\n  gpuNum: 0\n";

const V2: &str = "# my experiment\nexperimentName: mnist\ntrialConcurrency: 2\nmaxExperimentDuration: 1h\nmaxTrialNumber: 10\n# where trials run\ntrainingService:\n  platform: local\nsearchSpaceFile: search_space.json\nuseAnnotation: false\ntuner:\n  name: TPE  # the tuner\n  classArgs:\n    optimize_mode: maximize\ntrialCommand: python3 mnist.py\ntrialCodeDirectory: .\ntrialGpuNumber: 0\n";

const SPACE: &str = r#"{"lr": {"_type": "uniform", "_value": [0.1, 0.2]}}"#;

#[test]
fn migrate_writes_v2_as_a_person_would() {
    assert_eq!(
        migrate("config.yml", V1),
        Ok(Migration::Converted(V2.to_owned()))
    );
    assert_eq!(migrate("config.yml", V2), Ok(Migration::AlreadyV2));
    let refused = "trainingServicePlatform: adl\ntrial:\n  command: x\n  codeDir: .\n";
    match migrate("config.yml", refused) {
        Err(MigrateError::Blocked(r)) => {
            assert!(
                r.diagnostics
                    .iter()
                    .any(|d| d.code == "HPO390" && d.line == 1),
                "{r:?}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_correct_v1_file_gets_one_info_and_its_migration_checks_clean() {
    let s = Scratch::new("v1-clean");
    s.write("config.yml", V1).write("search_space.json", SPACE);
    let r = s.run(&["check", "--format", "json", "config.yml"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.codes(&[]),
        vec!["config.yml 8:1 HPO107 info".to_owned()],
        "{r:?}"
    );
    let r = s.run(&["migrate", "--write", "config.yml"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    assert_eq!(
        std::fs::read_to_string(s.dir.join("config.yml")).unwrap(),
        V2
    );
    let r = s.run(&["check", "--format", "json", "config.yml"]);
    assert_eq!((r.code, r.codes(&[])), (0, vec![]), "{r:?}");
    // no temporary file left beside it
    let names: Vec<String> = std::fs::read_dir(&s.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn v2_findings_are_reported_at_the_v1_keys_in_v1_words() {
    let s = Scratch::new("v1-findings");
    let text = V1
        .replace("  gpuNum: 0\n", "  gpuNum: 1\n")
        .replace("search_space.json", "nothere.json");
    s.write("config.yml", &text);
    let r = s.run(&["check", "--format", "json", "config.yml"]);
    assert_eq!(r.code, 1, "{r:?}");
    let v = r.json();
    let diags = v["files"][0]["diagnostics"].as_array().unwrap().clone();
    let gpu = diags
        .iter()
        .find(|d| d["code"] == "HPO322")
        .unwrap_or_else(|| panic!("{diags:?}"));
    // at the training service, which the v1 file names in `trainingServicePlatform`
    assert_eq!(gpu["pointer"], "/trainingServicePlatform");
    assert_eq!(gpu["line"], 8);
    let text = format!("{} {}", gpu["message"], gpu["help"]);
    assert!(!text.contains("trialGpuNumber"), "{text}");
    let missing = diags
        .iter()
        .find(|d| d["code"] == "HPO701")
        .unwrap_or_else(|| panic!("{diags:?}"));
    assert_eq!(missing["pointer"], "/searchSpacePath");
    assert_eq!(missing["line"], 9);
}

#[test]
fn refusals_and_dropped_keys_are_located() {
    let s = Scratch::new("v1-refused");
    s.write("search_space.json", SPACE);
    s.write(
        "config.yml",
        "trialConcurrency: 1\ntrainingServicePlatform: remote\nsearchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 t.py\n  codeDir: .\n  gpuNumber: 0\n",
    );
    let r = s.run(&["check", "--format", "json", "config.yml"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.codes(&["HPO390", "HPO391"]),
        vec![
            "config.yml 1:1 HPO390 error".to_owned(),
            "config.yml 9:3 HPO391 warning".to_owned()
        ],
        "{r:?}"
    );
    let r = s.run(&["migrate", "config.yml"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.is_empty() && r.stderr.contains("HPO390"), "{r:?}");
}

#[test]
fn migrate_diff_and_exit_codes() {
    let s = Scratch::new("v1-diff");
    s.write("config.yml", V1);
    let r = s.run(&["migrate", "--diff", "config.yml"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .starts_with("--- config.yml\n+++ config.yml (v2)\n@@ -1,"),
        "{r:?}"
    );
    assert!(r.stdout.contains("\n-authorName: me\n"), "{r:?}");
    assert!(
        r.stdout.contains("\n+trialCommand: python3 mnist.py\n"),
        "{r:?}"
    );
    // the file is unchanged
    assert_eq!(
        std::fs::read_to_string(s.dir.join("config.yml")).unwrap(),
        V1
    );
    let r = s.run(&["migrate", "config.yml"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, V2), "{r:?}");
    let r = s.run(&["migrate", "missing.yml"]);
    assert_eq!(r.code, 2, "{r:?}");
    let r = s.run(&["migrate", "config.yml", "config.yml"]);
    assert_eq!(r.code, 2, "{r:?}");
}

#[cfg(unix)]
#[test]
fn migrate_write_never_writes_through_a_link() {
    // as every file hpoconf writes (DESIGN.md): the link is replaced by the new file, and the
    // file it pointed to is left as it was
    let s = Scratch::new("v1-link");
    s.write("real/config.yml", V1);
    std::os::unix::fs::symlink("real/config.yml", s.dir.join("link.yml")).unwrap();
    let r = s.run(&["migrate", "--write", "link.yml"]);
    assert_eq!(r.code, 0, "{r:?}");
    let meta = std::fs::symlink_metadata(s.dir.join("link.yml")).unwrap();
    assert!(meta.file_type().is_file(), "{meta:?}");
    assert_eq!(std::fs::read_to_string(s.dir.join("link.yml")).unwrap(), V2);
    assert_eq!(
        std::fs::read_to_string(s.dir.join("real/config.yml")).unwrap(),
        V1
    );
}

#[test]
fn severity_of_the_v1_note_is_info() {
    let r = hpoconf::check_str("config.yml", V1, None);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "HPO107")
        .expect("HPO107");
    assert_eq!(d.severity, Severity::Info);
}

#[test]
fn migrated_corpus_files_nni_runs_check_clean() {
    let index = std::fs::read_to_string(common::corpus().join("INDEX.tsv")).expect("INDEX.tsv");
    let mut n = 0;
    let mut bad = Vec::new();
    for line in index.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.get(1) != Some(&"exp-v1") || cols.get(2) != Some(&"PASS") {
            continue;
        }
        // NNI checks no classArgs (hpoconf does, SPEC.md §3)
        if cols[0].ends_with("wrong-class-args.yml") {
            continue;
        }
        let path = common::corpus().join(cols[0]);
        let text = std::fs::read_to_string(&path).expect("corpus file");
        let name = path.to_string_lossy().into_owned();
        let Ok(Migration::Converted(v2)) = migrate(&name, &text) else {
            panic!("{name} does not migrate");
        };
        // checked under the original name, so that its relative paths resolve as they did
        let report = hpoconf::check_str(&name, &v2, Some(hpoconf::Kind::ExpYml));
        let errors: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{}:{} {} {}", d.line, d.column, d.code, d.message))
            .collect();
        if !errors.is_empty() {
            bad.push(format!("{name}\n{}\n{v2}", errors.join("\n")));
        }
        n += 1;
    }
    assert_eq!(n, 18);
    assert!(bad.is_empty(), "{}", bad.join("\n\n"));
}

#[test]
fn a_passphrase_is_one_located_error_and_migrates_to_ssh_passphrase() {
    let text =
        std::fs::read_to_string(common::root().join("tests/data/v1-cases/remote.yml")).unwrap();
    let r = hpoconf::check_str("remote.yml", &text, None);
    let at: Vec<(&str, &str)> = r
        .diagnostics
        .iter()
        .filter(|d| d.pointer == "/machineList/0/passphrase")
        .map(|d| (d.code.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(at.len(), 1, "{at:?}");
    assert_eq!(at[0].0, "HPO390");
    assert!(
        !r.diagnostics
            .iter()
            .any(|d| d.message.contains("secret-phrase"))
    );
    let Ok(Migration::Converted(v2)) = migrate("remote.yml", &text) else {
        panic!("converts")
    };
    assert!(
        v2.contains("\n      sshPassphrase: secret-phrase\n"),
        "{v2}"
    );
    assert!(!v2.contains(" passphrase:"), "{v2}");
}
