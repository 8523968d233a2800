//! Fixtures: every valid fixture checks without error, and every invalid fixture gives exactly
//! the diagnostics of its snapshot file (`<fixture>.snap`, beside it).

use crate::common;

use std::path::PathBuf;

use hpoconf::workspace::{self, Options};
use hpoconf::{Kind, Severity};

#[test]
fn valid_fixtures_have_no_error_and_cover_every_kind() {
    let dir = common::root().join("fixtures");
    let outcome = workspace::check_paths(&[dir], &Options::default());
    assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    let errors: Vec<String> = outcome
        .reports
        .iter()
        .flat_map(|r| {
            r.diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(move |d| {
                    format!(
                        "{}:{}:{} {} {}",
                        r.path, d.line, d.column, d.code, d.message
                    )
                })
        })
        .collect();
    assert!(
        errors.is_empty(),
        "errors in valid fixtures:\n{}",
        errors.join("\n")
    );
    for kind in Kind::ALL {
        assert!(
            outcome.reports.iter().any(|r| r.kind == Some(kind)),
            "no fixture of kind {kind}"
        );
    }
    assert!(
        outcome.reports.len() >= 14,
        "only {} fixture files found",
        outcome.reports.len()
    );
}

#[test]
fn invalid_fixtures_match_their_snapshots() {
    let dir = common::root().join("tests/fixtures/invalid");
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/invalid")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_none_or(|e| e != "snap"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 10);
    let mut failures = Vec::new();
    for entry in entries {
        let outcome = workspace::check_paths(std::slice::from_ref(&entry), &Options::default());
        assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
        let found = outcome.reports.iter().flat_map(|r| &r.diagnostics).count();
        assert!(
            found > 0,
            "invalid fixture {} has no diagnostic",
            entry.display()
        );
        let actual = common::snapshot_lines(&outcome.reports, &dir);
        let mut snap = entry.clone().into_os_string();
        snap.push(".snap");
        if let Some(diff) = common::compare_snapshot(&PathBuf::from(snap), &actual) {
            failures.push(diff);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_rule_has_an_invalid_fixture() {
    let dir = common::root().join("tests/fixtures/invalid");
    let mut snapshots = String::new();
    for e in std::fs::read_dir(&dir)
        .expect("tests/fixtures/invalid")
        .flatten()
    {
        if e.path().extension().is_some_and(|x| x == "snap") {
            snapshots.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    let missing: Vec<&str> = hpoconf::rules::all()
        .iter()
        .map(|r| r.code)
        .filter(|code| !snapshots.contains(&format!(" {code} ")))
        .collect();
    assert!(
        missing.is_empty(),
        "rules with no invalid fixture: {missing:?}"
    );
}
