//! `hpoconf check --format ...`: one snapshot per format, and SARIF validated against the
//! SARIF 2.1.0 JSON Schema. Inputs have syntax problems only, so rules added later do not
//! change the snapshots.

use crate::cli_support;

use cli_support::{DUPLICATE, Scratch, TRAILING_COMMA, assert_snapshot};

fn project() -> Scratch {
    let s = Scratch::new("format");
    s.write("a/search_space.json", TRAILING_COMMA);
    s.write("odd dir, v2/search_space.json", DUPLICATE);
    s
}

#[test]
fn human_plain() {
    let r = project().run(&["check", "--color", "never", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(!r.stdout.contains('\u{1b}'));
    assert_snapshot("human-never.txt", &r.stdout);
}

#[test]
fn human_ansi() {
    let r = project().run(&["check", "--color", "always", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.contains("\u{1b}["),
        "no ANSI escape:\n{}",
        r.stdout
    );
    assert_snapshot("human-always.txt", &r.stdout);
}

#[test]
fn human_color_auto_is_off_when_piped_and_no_color_is_respected() {
    let p = project();
    let auto = p.run(&["check", "."]);
    assert!(!auto.stdout.contains('\u{1b}'), "{}", auto.stdout);
    let no_color = p.run_env(&["check", "--color", "auto", "."], &[("NO_COLOR", "1")]);
    assert!(!no_color.stdout.contains('\u{1b}'));
    // an explicit --color always wins over NO_COLOR
    let forced = p.run_env(&["check", "--color", "always", "."], &[("NO_COLOR", "1")]);
    assert!(forced.stdout.contains('\u{1b}'));
    // one summary line, last
    assert_eq!(
        auto.stdout.lines().last(),
        Some("2 files checked: 2 errors, 0 warnings")
    );
}

#[test]
fn json() {
    let r = project().run(&["check", "--format", "json", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.json()["version"], 1);
    assert_snapshot("json.json", &r.stdout);
}

#[test]
fn github() {
    let r = project().run(&["check", "--format", "github", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_snapshot("github.txt", &r.stdout);
}

#[test]
fn github_is_the_default_on_github_actions() {
    let p = project();
    let r = p.run_env(&["check", "."], &[("GITHUB_ACTIONS", "true")]);
    assert!(
        r.stdout.starts_with("::error file=a/search_space.json,"),
        "{}",
        r.stdout
    );
    let r = p.run_env(
        &["check", "--format", "json", "."],
        &[("GITHUB_ACTIONS", "true")],
    );
    assert_eq!(r.json()["version"], 1);
    let r = p.run_env(
        &["check", "--color", "never", "."],
        &[("GITHUB_ACTIONS", "false")],
    );
    assert!(r.stdout.starts_with("error[HPO001]"), "{}", r.stdout);
}

#[test]
fn github_severities() {
    let r = project().run(&[
        "check",
        "--format",
        "github",
        "--severity",
        "invalid-syntax=info",
        "--severity",
        "HPO003=warning",
        ".",
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.contains("::notice file=a/search_space.json"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("::warning file=odd dir%2C v2/search_space.json"),
        "{}",
        r.stdout
    );
}

#[test]
fn sarif() {
    let r = project().run(&["check", "--format", "sarif", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    let log = r.json();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    let uris: Vec<&str> = results
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap_or("")
        })
        .collect();
    assert_eq!(
        uris,
        ["a/search_space.json", "odd%20dir%2C%20v2/search_space.json"]
    );
    // ruleIndex points at the rule's descriptor
    for res in results {
        let i = res["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(run["tool"]["driver"]["rules"][i]["id"], res["ruleId"]);
    }
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), hpoconf::rules::all().len());
    // the snapshot keeps the results and one rule; the whole rule list is the descriptors'
    let mut small = log.clone();
    small["runs"][0]["tool"]["driver"]["rules"] = serde_json::Value::Array(
        rules
            .iter()
            .filter(|r| r["id"] == "HPO003")
            .cloned()
            .collect(),
    );
    small["runs"][0]["tool"]["driver"]["version"] = "VERSION".into();
    // the scratch folder's URI changes with every run
    let base = &run["originalUriBaseIds"]["%SRCROOT%"]["uri"];
    assert!(
        base.as_str()
            .is_some_and(|u| u.starts_with("file:///") && u.ends_with('/')),
        "{base}"
    );
    small["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] = "file:///SCRATCH/".into();
    // partialFingerprints: one per result, distinct, and independent of the line
    let prints: std::collections::BTreeSet<&str> = results
        .iter()
        .map(|r| {
            r["partialFingerprints"]["hpoconf/v1"]
                .as_str()
                .expect("fingerprint")
        })
        .collect();
    assert_eq!(prints.len(), results.len());
    for res in results {
        assert_eq!(
            res["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"],
            "%SRCROOT%"
        );
    }
    for res in small["runs"][0]["results"].as_array_mut().expect("results") {
        res["ruleIndex"] = "INDEX".into();
    }
    let text = serde_json::to_string_pretty(&small).expect("json") + "\n";
    assert_snapshot("sarif.json", &text);
}

#[test]
fn sarif_is_valid_against_the_schema() {
    let schema_text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-2.1.0.schema.json"),
    )
    .expect("schema");
    let mut schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema JSON");
    // The official text has `]` unescaped outside a class in the `language` patterns: legal in
    // ECMA-262, rejected by the Rust regex engines. Escaping it keeps the same meaning.
    let fixed = cli_support::escape_language_patterns(&mut schema);
    assert_eq!(fixed, 2);
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let p = project();
    // findings, and a tool failure (a notification)
    for args in [
        vec!["check", "--format", "sarif", "."],
        vec!["check", "--format", "sarif", ".", "missing.json"],
        vec!["check", "--format", "sarif", "a/search_space.json"],
    ] {
        let r = p.run(&args);
        let log = r.json();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
    let r = p.run(&["check", "--format", "sarif", ".", "missing.json"]);
    assert_eq!(r.code, 2);
    let inv = &r.json()["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    assert_eq!(
        inv["toolExecutionNotifications"][0]["message"]["text"],
        "no such file or folder"
    );
}
