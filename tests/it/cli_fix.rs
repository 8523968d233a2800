//! `hpoconf check --fix`, `--unsafe-fixes` and `--diff`: diffs (snapshots), files written
//! byte for byte (CRLF, comments, quoting), fixes inside a GetHpoExperiment's embedded
//! documents, a second `--fix` that changes nothing, configured fix settings, symbolic links.

use crate::cli_support::{Scratch, assert_snapshot};

/// An exp.yml with CRLF line ends, a comment, a quoted value, and three safe fixes.
const EXP_CRLF: &str = "searchSpaceFile: search_space.json\r\ntrialCommand: python3 train.py\r\ntrialConcurency: 2   # two at once\r\nmaxTrialNum: 10\r\n\r\ntuner:\r\n  name: TPE\r\n  classArgs:\r\n    optimize_mode: 'maximise'\r\ntrainingService:\r\n  platform: local\r\n";
const EXP_CRLF_FIXED: &str = "searchSpaceFile: search_space.json\r\ntrialCommand: python3 train.py\r\ntrialConcurrency: 2   # two at once\r\nmaxTrialNumber: 10\r\n\r\ntuner:\r\n  name: TPE\r\n  classArgs:\r\n    optimize_mode: 'maximize'\r\ntrainingService:\r\n  platform: local\r\n";
/// A search space with a safe fix (`choise`) and an unsafe one (`typ` -> `_type`).
const SPACE: &str = "{\n  \"lr\": {\"_type\": \"choise\", \"_value\": [0.1, 0.01]},\n  \"x\": {\"typ\": \"uniform\", \"_value\": [0, 1]}\n}\n";
const SPACE_SAFE: &str = "{\n  \"lr\": {\"_type\": \"choice\", \"_value\": [0.1, 0.01]},\n  \"x\": {\"typ\": \"uniform\", \"_value\": [0, 1]}\n}\n";
const SPACE_ALL: &str = "{\n  \"lr\": {\"_type\": \"choice\", \"_value\": [0.1, 0.01]},\n  \"x\": {\"_type\": \"uniform\", \"_value\": [0, 1]}\n}\n";

fn read(s: &Scratch, rel: &str) -> String {
    std::fs::read_to_string(s.dir.join(rel)).expect("read")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/invalid")
            .join(name),
    )
    .expect("fixture")
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let s = Scratch::new("fix-diff");
    s.write("exp/exp.yml", EXP_CRLF)
        .write("exp/search_space.json", SPACE)
        .write("get_hpo.json", fixture("get_hpo_embedded_errors.json"));
    let r = s.run(&["check", "--diff", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_snapshot("fix-diff.txt", &r.stdout);
    assert!(r.stderr.contains("--fix would apply"), "{}", r.stderr);
    assert_eq!(read(&s, "exp/exp.yml"), EXP_CRLF);
    assert_eq!(read(&s, "exp/search_space.json"), SPACE);
    let r = s.run(&["check", "--diff", "--unsafe-fixes", "exp/search_space.json"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_snapshot("fix-diff-unsafe.txt", &r.stdout);
}

#[test]
fn fix_writes_byte_for_byte_and_a_second_fix_changes_nothing() {
    let s = Scratch::new("fix-write");
    s.write("exp.yml", EXP_CRLF)
        .write("search_space.json", SPACE);
    let r = s.run(&["check", "--fix", "--format", "json", "."]);
    // what is left: the unsafe fix of the search space (an error)
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(read(&s, "exp.yml"), EXP_CRLF_FIXED);
    assert_eq!(read(&s, "search_space.json"), SPACE_SAFE);
    assert_eq!(r.codes(&[]), vec!["search_space.json 3:3 HPO203 error"]);
    let v = r.json();
    let fix = &v["files"][1]["diagnostics"][0]["fix"];
    assert_eq!(fix["applicability"], "unsafe", "{v}");
    assert_eq!(
        fix["edits"],
        serde_json::json!([{"line": 3, "column": 10, "end_line": 3, "end_column": 13, "content": "_type"}])
    );
    assert!(
        r.stderr.contains("applied 4 fixes in 2 files"),
        "{}",
        r.stderr
    );
    // a second --fix finds nothing more to do
    let r = s.run(&["check", "--fix", "."]);
    assert_eq!(read(&s, "exp.yml"), EXP_CRLF_FIXED);
    assert_eq!(read(&s, "search_space.json"), SPACE_SAFE);
    assert!(!r.stderr.contains("applied"), "{}", r.stderr);
    assert!(
        r.stdout
            .contains("1 fixable with `hpoconf check --unsafe-fixes`"),
        "{}",
        r.stdout
    );
    let r = s.run(&["check", "--unsafe-fixes", "."]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(read(&s, "search_space.json"), SPACE_ALL);
    let r = s.run(&["check", "--diff", "--unsafe-fixes", "."]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
}

#[test]
fn human_report_marks_fixable_findings() {
    let s = Scratch::new("fix-human");
    s.write("exp.yml", EXP_CRLF)
        .write("search_space.json", SPACE);
    let r = s.run(&["check", "--color", "never", "."]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("error[HPO103]: [*] unknown key `trialConcurency`"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("[*] 4 fixable with `hpoconf check --fix` (1 more with `--unsafe-fixes`)"),
        "{}",
        r.stdout
    );
}

#[test]
fn fixes_inside_embedded_documents_are_json_escaped() {
    let s = Scratch::new("fix-embedded");
    let text = fixture("get_hpo_embedded_errors.json");
    s.write("get_hpo.json", &text);
    let r = s.run(&["check", "--fix", "get_hpo.json"]);
    assert_ne!(r.code, 2, "{r:?}");
    let fixed = read(&s, "get_hpo.json");
    assert_eq!(
        fixed,
        text.replace(r#"\"_type\": \"choise\""#, r#"\"_type\": \"choice\""#)
    );
    // still valid JSON, and the embedded search space is fixed
    let v: serde_json::Value = serde_json::from_str(&fixed).expect("JSON");
    assert!(v["SearchSpace"].as_str().unwrap().contains("\"choice\""));
}

#[test]
fn configured_fix_settings() {
    let s = Scratch::new("fix-config");
    s.write("exp.yml", EXP_CRLF)
        .write("search_space.json", SPACE)
        .write(
            "hpoconf.toml",
            "[fixes]\nunknown-key = \"off\"\nHPO203 = \"safe\"\nHPO317 = \"unsafe\"\n",
        );
    let r = s.run(&["check", "--fix", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    // unknown keys are not fixed, the class arg waits for --unsafe-fixes, `typ` is fixed
    assert_eq!(read(&s, "exp.yml"), EXP_CRLF);
    assert_eq!(read(&s, "search_space.json"), SPACE_ALL);
    let r = s.run(&["check", "--unsafe-fixes", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(read(&s, "exp.yml").contains("'maximize'"));
    assert!(read(&s, "exp.yml").contains("trialConcurency"));
    let bad = Scratch::new("fix-config-bad");
    bad.write("exp.yml", EXP_CRLF)
        .write("hpoconf.toml", "[fixes]\nunknown-key = \"unsaf\"\n");
    let r = bad.run(&["check", "--fix", "."]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("did you mean `unsafe`"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_not_written_through() {
    let s = Scratch::new("fix-link");
    s.write("real/search_space.json", SPACE);
    std::fs::create_dir_all(s.dir.join("exp")).unwrap();
    std::os::unix::fs::symlink(
        s.dir.join("real/search_space.json"),
        s.dir.join("exp/search_space.json"),
    )
    .unwrap();
    let r = s.run(&["check", "--fix", "exp/search_space.json"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
    assert_eq!(read(&s, "real/search_space.json"), SPACE);
}

#[test]
fn a_key_with_one_right_place_is_moved_by_unsafe_fixes_only() {
    let s = Scratch::new("fix-move");
    let exp = "trialCommand: python3 train.py\ntrialConcurrency: 1\nsearchSpace:\n  lr: {_type: uniform, _value: [0, 1]}\nuseActiveGpu: true   # a desktop\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n  gpuIndices: [0]\nmaxTrialNumber: 3\n";
    let moved = "trialCommand: python3 train.py\ntrialConcurrency: 1\nsearchSpace:\n  lr: {_type: uniform, _value: [0, 1]}\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n  gpuIndices: [0]\n  useActiveGpu: true   # a desktop\nmaxTrialNumber: 3\n";
    s.write("exp.yml", exp);
    let r = s.run(&["check", "--diff", "exp.yml"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    let r = s.run(&["check", "--unsafe-fixes", "exp.yml"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(read(&s, "exp.yml"), moved);
    // on a remote training service the key has no place: nothing is moved
    let remote = "trialCommand: python3 train.py\ntrialConcurrency: 1\nsearchSpace:\n  lr: {_type: uniform, _value: [0, 1]}\nuseActiveGpu: true\ntuner:\n  name: TPE\ntrainingService:\n  platform: remote\n  machineList:\n    - host: a\n";
    s.write("exp.yml", remote);
    let r = s.run(&["check", "--diff", "--unsafe-fixes", "exp.yml"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
}

#[test]
fn sarif_fixes_are_valid_sarif() {
    let s = Scratch::new("fix-sarif");
    s.write("exp.yml", EXP_CRLF)
        .write("search_space.json", SPACE);
    let r = s.run(&["check", "--format", "sarif", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    let v = r.json();
    let results = v["runs"][0]["results"].as_array().expect("results");
    let with_fix: Vec<_> = results
        .iter()
        .filter(|r| r.get("fixes").is_some())
        .collect();
    assert_eq!(with_fix.len(), 5, "{v}");
    let rename = with_fix
        .iter()
        .find(|r| {
            r["message"]["text"]
                .as_str()
                .unwrap()
                .contains("trialConcurency")
        })
        .expect("the rename");
    assert_eq!(
        rename["fixes"][0]["artifactChanges"][0]["replacements"][0],
        serde_json::json!({
            "deletedRegion": {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 16},
            "insertedContent": {"text": "trialConcurrency"}
        })
    );
    let validator = crate::cli_support::sarif_validator();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}
