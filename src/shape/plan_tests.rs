//! [`Outcome::plan`] reads the tree as [`Outcome::clean`] is: the same value, for every exp.yml
//! and response the repository and the NNI corpus hold, and for the cases that make the two
//! differ if the plan is wrong (a key written twice in two spellings, null, failed members).

use serde::Deserialize;

use super::{Options, check_compiled};
use crate::kind::{Format, Kind};
use crate::source::de::TreeDe;
use crate::source::path::NodePath;

/// Whether the plan of a `skip_clean` check reads the tree of `text` as the cleaned value of
/// the same check without it; `None` when the text has no tree.
fn same(kind: Kind, format: Format, text: &str) -> Option<Result<(), String>> {
    let parsed = crate::source::parse(format, text);
    let root = parsed.root?;
    let options = |skip_clean| Options {
        nni_keys: kind == Kind::ExpYml,
        unknown_is_warning: kind == Kind::GetHpoExperiment,
        skip_clean,
    };
    let schema = crate::schema::compiled_validation_schema(kind);
    let full = check_compiled(&root, schema, &NodePath::root(), options(false));
    let skipped = check_compiled(&root, schema, &NodePath::root(), options(true));
    if full.findings.len() != skipped.findings.len() {
        return Some(Err("the findings differ".into()));
    }
    let plan = skipped.plan(&root);
    let read = serde_json::Value::deserialize(TreeDe::new(&root, &plan));
    Some(match read {
        Ok(v) if v == full.clean => Ok(()),
        Ok(v) => Err(format!("read {v}\ncleaned {}", full.clean)),
        Err(e) => Err(format!("not read: {e}")),
    })
}

#[test]
fn the_plan_reads_what_the_cleaned_value_holds_in_the_cases_that_tell_them_apart() {
    let cases = [
        // a key in two spellings: the later one replaces the earlier one
        "trialConcurrency: 2\ntrial_concurrency: 3\ntrialCommand: python t.py\n",
        // ... or, when it fails, leaves the key out
        "trialConcurrency: 2\ntrial_concurrency: x\ntrialCommand: python t.py\n",
        // ... and null leaves it out too
        "trialConcurrency: 2\ntrial_concurrency: null\n",
        // three spellings
        "trial_concurrency: 1\ntrialConcurrency: 2\nTRIAL_CONCURRENCY: 3\n",
        // an unknown key, a snake_case key, a failed nested member, a failed list item
        "bogus: 1\nmax_trial_number: 5\ntuner: {name: TPE, classArgs: {optimize_mode: maximize}}\n\
         trainingService:\n  platform: remote\n  machineList:\n    - {host: a, user: u, port: x}\n    - {host: b, user: u}\n",
        // a missing required member inside a list item
        "trainingService:\n  platform: remote\n  machine_list:\n    - {user: u}\n",
        // a hybrid list, a failed service, a search space
        "trainingService:\n  - platform: local\n  - platform: nope\nsearchSpace: {lr: {_type: uniform, _value: [0, 1]}}\n",
        "- not an object\n",
    ];
    for case in cases {
        match same(Kind::ExpYml, Format::Yaml, case) {
            Some(Ok(())) => {}
            Some(Err(e)) => panic!("{case}\n{e}"),
            None => panic!("no tree: {case}"),
        }
    }
    let response = r#"{"ExperimentId": "x", "Bogus": 1, "ConfigYml": "a: 1",
        "HpoExperimentConfiguration": {"platform_config": {"name": "DLC", "cmd1": 3}, "x": 1}}"#;
    assert_eq!(
        same(Kind::GetHpoExperiment, Format::Json, response),
        Some(Ok(()))
    );
}

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn the_plan_reads_what_the_cleaned_value_holds_for_every_real_config() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["fixtures", "tests/fixtures", "../shared/corpus/nni"] {
        files(&root.join(dir), &mut all);
    }
    let mut checked = 0;
    for path in all {
        let name = path.to_string_lossy();
        let (kind, format) = if name.ends_with(".yml") || name.ends_with(".yaml") {
            (Kind::ExpYml, Format::Yaml)
        } else if name.contains("get_hpo") && name.ends_with(".json") {
            (Kind::GetHpoExperiment, Format::Json)
        } else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if let Some(outcome) = same(kind, format, &text) {
            if let Err(e) = outcome {
                panic!("{name}: {e}");
            }
            checked += 1;
        }
    }
    // the repository's own fixtures alone hold dozens of them
    assert!(checked >= 20, "only {checked} documents checked");
}
