//! The one pipeline: the library's entry points, the in-memory experiment and the CLI's walk
//! give the same diagnostics for the same texts and settings.

use std::path::{Path, PathBuf};

use hpoconf::config::{Choice, Level};
use hpoconf::experiment::Experiment;
use hpoconf::workspace::{self, Options};
use hpoconf::{FileReport, check_str};

use crate::common;

/// Every file under `dir` (recursively), by path relative to `dir` with `/` separators.
fn files_under(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_none_or(|x| x != "snap") {
                let rel = p.strip_prefix(dir).expect("under dir");
                out.push((rel.to_string_lossy().replace('\\', "/"), p));
            }
        }
    }
    out.sort();
    out
}

/// The CLI's walk of `dir`, without any configuration file, with paths relative to `dir`.
fn walked(dir: &Path) -> Vec<FileReport> {
    let options = Options {
        config: Choice::Nothing,
        jobs: 1,
        ..Options::default()
    };
    let outcome = workspace::check_paths(&[dir.to_path_buf()], &options);
    assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    let prefix = format!("{}/", dir.to_string_lossy().replace('\\', "/"));
    outcome
        .reports
        .into_iter()
        .map(|mut r| {
            r.path = r.path.strip_prefix(&prefix).unwrap_or(&r.path).to_owned();
            for d in &mut r.diagnostics {
                d.path = r.path.clone();
                // messages may name the resolved path of a missing file
                d.message = d.message.replace(&prefix, "");
            }
            r
        })
        .collect()
}

/// The same files as an in-memory experiment.
fn in_memory(dir: &Path) -> Vec<FileReport> {
    let mut exp = Experiment::new();
    for (rel, path) in files_under(dir) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // not UTF-8: the byte entry points are tested elsewhere
        };
        exp.insert(rel, text);
    }
    exp.check()
}

#[test]
fn experiment_and_walk_agree_on_every_fixture_folder() {
    let root = common::root();
    let mut folders = vec![];
    for base in ["fixtures", "tests/fixtures/invalid"] {
        for e in std::fs::read_dir(root.join(base))
            .expect("read_dir")
            .flatten()
        {
            if e.path().is_dir() {
                folders.push(e.path());
            }
        }
    }
    folders.sort();
    assert!(folders.len() >= 7, "{folders:?}");
    let mut compared = 0;
    for dir in folders {
        let walked = walked(&dir);
        let memory = in_memory(&dir);
        // the walk reports missing referenced files that the experiment does not know of:
        // compare where both know the same files
        let missing_file = |r: &FileReport| r.diagnostics.iter().any(|d| d.code == "HPO701");
        if walked.iter().any(missing_file) {
            continue;
        }
        assert_eq!(walked, memory, "{}", dir.display());
        compared += 1;
    }
    assert!(compared >= 6, "only {compared} folders compared");
}

#[test]
fn check_str_and_the_walk_agree_on_every_single_fixture_file() {
    let dir = common::root().join("tests/fixtures/invalid");
    let mut compared = 0;
    for (rel, path) in files_under(&dir) {
        if rel.contains('/') {
            continue; // folders are experiments: compared above
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let options = Options {
            config: Choice::Nothing,
            jobs: 1,
            ..Options::default()
        };
        let outcome = workspace::check_paths(std::slice::from_ref(&path), &options);
        let Some(mut walked) = outcome.reports.into_iter().next() else {
            continue;
        };
        // a lone exp.yml that names files: the walk looks for them on disk
        if walked.diagnostics.iter().any(|d| d.code == "HPO701") {
            continue;
        }
        walked.path = rel.clone();
        for d in &mut walked.diagnostics {
            d.path = rel.clone();
        }
        let lib = check_str(&rel, &text, walked.kind);
        assert_eq!(lib, walked, "{rel}");
        compared += 1;
    }
    assert!(compared >= 50, "only {compared} files compared");
}

#[test]
fn check_str_honours_inline_suppressions() {
    let text = "# hpoconf: disable-next-line HPO103\ntrialConcurency: 1\ntrialConcurrency: 1\ntrialCommand: x\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
    let r = check_str("exp.yml", text, None);
    assert!(
        r.diagnostics.iter().all(|d| d.code != "HPO103"),
        "{:?}",
        r.diagnostics
    );
    let r = check_str(
        "exp.yml",
        &text.replacen("# hpoconf: disable-next-line HPO103\n", "", 1),
        None,
    );
    assert!(r.diagnostics.iter().any(|d| d.code == "HPO103"));
}

const EXP: &str = "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
const INI: &str = "[platform_config]\nname = Local\ncmd1 = python train.py --lr=${lr} --bs=${bs}\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\nmetric_dict = {'auc': 1}\n";

fn placeholder_findings(reports: &[FileReport]) -> Vec<String> {
    reports
        .iter()
        .filter(|r| r.path == "trial.ini")
        .flat_map(|r| r.diagnostics.iter())
        .filter(|d| d.message.contains("${"))
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn replacing_one_document_rechecks_the_others() {
    let mut exp = Experiment::new();
    exp.insert("exp.yml", EXP);
    exp.insert("trial.ini", INI);
    exp.insert(
        "search_space.json",
        r#"{"${lr}": {"_type": "uniform", "_value": [0.1, 0.5]}}"#,
    );
    let before = placeholder_findings(&exp.check());
    assert_eq!(before.len(), 1, "{before:?}");
    assert!(before[0].starts_with("trial.ini:3:"), "{before:?}");
    assert!(before[0].contains("${bs}"), "{before:?}");
    // the editor adds `${bs}` to the space: the ini's finding goes
    exp.insert(
        "search_space.json",
        r#"{"${lr}": {"_type": "uniform", "_value": [0.1, 0.5]}, "${bs}": {"_type": "choice", "_value": [16, 32]}}"#,
    );
    assert_eq!(placeholder_findings(&exp.check()), Vec::<String>::new());
    // and removing the space entirely leaves no cross-file finding about it
    assert!(exp.remove("search_space.json"));
    assert!(!exp.remove("search_space.json"));
    assert_eq!(exp.paths().collect::<Vec<_>>(), ["exp.yml", "trial.ini"]);
}

#[test]
fn configured_levels_apply_to_the_experiment() {
    let mut exp = Experiment::new();
    exp.insert("exp.yml", "trialConcurency: 1\n");
    let codes = |exp: &Experiment| -> Vec<String> {
        exp.check()
            .into_iter()
            .flat_map(|r| r.diagnostics)
            .map(|d| d.code)
            .collect()
    };
    assert!(codes(&exp).contains(&"HPO103".to_owned()));
    exp.set_level("HPO103", Level::Off);
    assert!(!codes(&exp).contains(&"HPO103".to_owned()));
}

#[test]
fn a_diagnostic_prints_in_one_line_and_is_an_error() {
    let r = check_str("exp/exp.yml", "trialConcurency: 1\n", None);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "HPO103")
        .expect("HPO103");
    assert_eq!(d.path, "exp/exp.yml");
    assert_eq!(
        d.to_string(),
        format!("exp/exp.yml:1:1: error[HPO103] {}", d.message)
    );
    let e: Box<dyn std::error::Error> = Box::new(d.clone());
    assert!(e.to_string().starts_with("exp/exp.yml:1:1: error[HPO103]"));
}

#[test]
fn references_are_joined_lexically() {
    use hpoconf::pipeline::join;
    assert_eq!(join("exp/exp.yml", "./trial.ini"), "exp/trial.ini");
    assert_eq!(join("exp/exp.yml", "../s.json"), "s.json");
    assert_eq!(join("exp.yml", "../s.json"), "../s.json");
    assert_eq!(join("a/b/exp.yml", "c/../d.json"), "a/b/d.json");
    assert_eq!(join("/x/exp.yml", "../../s.json"), "/s.json");
    assert_eq!(join("exp/exp.yml", "/abs/s.json"), "/abs/s.json");
    assert_eq!(join("exp/exp.yml", ".\\s.json"), "exp/s.json");
}

#[test]
fn the_typed_view_links_each_placeholder_to_its_parameter() {
    let mut exp = Experiment::new();
    exp.insert("exp/exp.yml", EXP);
    exp.insert("exp/trial.ini", INI);
    exp.insert(
        "exp/search_space.json",
        "{\n  \"${lr}\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.5]}\n}",
    );
    let views = exp.view();
    assert_eq!(views.len(), 1);
    let v = &views[0];
    assert_eq!(v.path, "exp/exp.yml");
    assert_eq!(v.space_path.as_deref(), Some("exp/search_space.json"));
    assert_eq!(v.trial_path.as_deref(), Some("exp/trial.ini"));
    let config = v.config.as_ref().expect("exp.yml model");
    assert_eq!(config.trial_concurrency, Some(1));
    assert_eq!(v.space.as_ref().map(|s| s.len()), Some(1));
    assert!(v.trial.is_some());
    type Row<'a> = (&'a str, usize, usize, Option<(usize, usize)>);
    let refs: Vec<Row> = v
        .references
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.used.line,
                r.used.column,
                r.defined.as_ref().map(|d| (d.line, d.column)),
            )
        })
        .collect();
    // cmd1 = python train.py --lr=${lr} --bs=${bs}: `${lr}` at 3:29, defined at 2:3
    assert_eq!(
        refs,
        [("${lr}", 3, 29, Some((2, 3))), ("${bs}", 3, 40, None)],
        "{:?}",
        v.references
    );
    let used = &v.references[0].used;
    assert_eq!((used.path.as_str(), used.end_column), ("exp/trial.ini", 34));
}
