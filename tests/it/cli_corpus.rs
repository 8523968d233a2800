//! The CI formats on the NNI corpus: `hpoconf check --format sarif ../shared/corpus/nni`
//! validates against the SARIF 2.1.0 schema, and `--format github` annotations point at the
//! lines of the JSON report.

use crate::cli_support;

use std::process::Command;

fn run(format: &str) -> (i32, String) {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/nni");
    let out = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
        .args(["check", "--no-config", "--format", format])
        .arg(&corpus)
        .env_remove("GITHUB_ACTIONS")
        .output()
        .expect("run hpoconf");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn sarif_of_the_corpus_is_valid() {
    let (code, out) = run("sarif");
    assert_eq!(code, 1, "the corpus has files NNI rejects");
    let log: serde_json::Value = serde_json::from_str(&out).expect("SARIF is JSON");
    let validator = cli_support::sarif_validator();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert!(results.len() > 20, "only {} results", results.len());
    for r in results {
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().is_some_and(|l| l >= 1), "{r}");
        assert!(
            region["startColumn"].as_u64().is_some_and(|c| c >= 1),
            "{r}"
        );
    }
}

#[test]
fn github_annotations_match_the_json_report() {
    let (_, json) = run("json");
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON report");
    let mut expected = Vec::new();
    for f in report["files"].as_array().expect("files") {
        for d in f["diagnostics"].as_array().expect("diagnostics") {
            expected.push(format!(
                "file={},line={},",
                f["path"].as_str().unwrap_or(""),
                d["line"]
            ));
        }
    }
    let (_, gh) = run("github");
    let lines: Vec<&str> = gh.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(lines.len(), expected.len());
    for (line, want) in lines.iter().zip(&expected) {
        // GitHub escapes `:` and `,` in properties; the paths here have neither.
        assert!(
            line.contains(want.as_str()),
            "{line} does not contain {want}"
        );
    }
}
