//! Every rule's documented example runs: the failing example gives that rule's diagnostic, and
//! the fixed example does not.

use hpoconf::rules::{self, ExampleFile};
use hpoconf::workspace::{self, Options};

fn run(code: &str, which: &str, files: &[ExampleFile]) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!(
        "hpoconf-example-{}-{code}-{which}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for f in files {
        std::fs::write(dir.join(f.name), f.text).expect("write example");
    }
    let outcome = workspace::check_paths(std::slice::from_ref(&dir), &Options::default());
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        outcome.failures.is_empty(),
        "{code} {which}: {:?}",
        outcome.failures
    );
    outcome
        .reports
        .iter()
        .flat_map(|r| r.diagnostics.iter().map(|d| d.code.clone()))
        .collect()
}

#[test]
fn documented_examples_fail_and_fixes_pass() {
    let mut problems = Vec::new();
    for rule in rules::all() {
        if rule.code == "HPO002" {
            continue; // invalid UTF-8 cannot be written in a &str example: see the trial-latin1 fixture
        }
        let bad = run(rule.code, "bad", rule.bad);
        if !bad.iter().any(|c| c == rule.code) {
            problems.push(format!(
                "{} {}: the failing example does not fire (got {:?})",
                rule.code, rule.name, bad
            ));
        }
        let good = run(rule.code, "good", rule.good);
        if good.iter().any(|c| c == rule.code) {
            problems.push(format!(
                "{} {}: the fixed example still fires",
                rule.code, rule.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
