//! A run over many files checks them a batch at a time (`workspace::check_paths_each`): the
//! files held at once stay bounded, and the reports are those of one run over all the files,
//! byte for byte, whatever the batches.

use std::path::{Path, PathBuf};

use hpoconf::config::Choice;
use hpoconf::report;
use hpoconf::work::{self, Counter};
use hpoconf::workspace::{self, Options};

/// A fresh temporary folder (removed when dropped).
struct Temp(PathBuf);

impl Temp {
    fn new(name: &str) -> Temp {
        let dir =
            std::env::temp_dir().join(format!("hpoconf-batches-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Temp(dir)
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.0.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("folder");
        }
        std::fs::write(path, text).expect("write");
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn options(batch_files: usize) -> Options {
    Options {
        config: Choice::Nothing,
        batch_files,
        ..Options::default()
    }
}

const INI: &str = "[platform_config]\nname=DLC\ncmd1=dlc submit pytorchjob --name=r_${exp_id}_${trial_id} --command=\"python train.py --lr=${lr} --dropout=${dropout}\"\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=best\nmetric_dict={'loss=([0-9\\.]+)': 1}\n";

const SPACE: &str = "{\"${lr}\": {\"_type\": \"choice\", \"_value\": [0.1, 0.01]},\n \"${momentum}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n";

const BAD_SPACE: &str = "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [1, 0]},\n \"${lr}\": {\"_type\": \"choise\", \"_value\": [0, 2]}}\n";

fn exp_yml(space: &str, extra: &str) -> String {
    format!(
        "experimentName: e\nsearchSpaceFile: {space}\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 2\nmaxTrialNumber: 4\n{extra}tuner:\n  name: TPE\n  classArgs:\n    optimize_mode: minimize\ntrainingService:\n  platform: local\n"
    )
}

/// About 2,000 files: experiment folders with cross-file findings, some naming a search space
/// far away in path order (before and after them), one named by two experiments, one named by
/// three, one that is not a file a walk finds (`space.txt`), one that is missing; loose files.
fn tree(t: &Temp) -> usize {
    let mut files = 0;
    let mut put = |rel: &str, text: &str| {
        t.write(rel, text);
        files += 1;
    };
    put("a_early/space.json", SPACE);
    for k in 0..20 {
        put(&format!("shared/space_{k:02}.json"), BAD_SPACE);
    }
    for i in 0..400 {
        let d = format!("d{i:04}");
        let space = match i {
            _ if i % 10 == 3 => format!("../shared/space_{:02}.json", (i / 10) % 20),
            _ if i % 17 == 5 => "../a_early/space.json".to_owned(),
            _ if i % 13 == 7 => "space.txt".to_owned(),
            _ if i % 19 == 11 => "nope.json".to_owned(),
            _ => "search_space.json".to_owned(),
        };
        if space == "space.txt" {
            t.write(&format!("{d}/space.txt"), SPACE); // read only because it is named
        }
        let extra = if i % 3 == 0 { "maxTrialNumbr: 3\n" } else { "" };
        put(&format!("{d}/exp.yml"), &exp_yml(&space, extra));
        put(&format!("{d}/search_space.json"), SPACE);
        put(&format!("{d}/trial.ini"), INI);
        put(&format!("{d}/extra.json"), BAD_SPACE);
    }
    for i in 0..380 {
        put(&format!("loose/f{i:03}.json"), BAD_SPACE);
    }
    files
}

/// The reports of a run in four formats, and the failures.
fn rendered(dir: &Path, batch_files: usize) -> [String; 5] {
    let outcome = workspace::check_paths(&[dir.to_path_buf()], &options(batch_files));
    let masked: Vec<Option<String>> = outcome
        .reports
        .iter()
        .map(|r| {
            outcome
                .texts
                .get(&r.path)
                .map(|t| t.masked_text().into_owned())
        })
        .collect();
    let sources: Vec<Option<&str>> = masked.iter().map(Option::as_deref).collect();
    [
        report::json::render(&outcome.reports),
        report::sarif::render(&outcome.reports, &outcome.failures, None),
        report::human::render(&outcome.reports, &sources, false),
        report::github::render(&outcome.reports),
        format!("{:?} {:?}", outcome.failures, outcome.warnings),
    ]
}

#[test]
fn batched_runs_give_the_reports_of_one_run() {
    let t = Temp::new("same");
    let files = tree(&t);
    assert!(files > 1_900, "{files}");
    work::reset();
    let one = rendered(&t.0, usize::MAX);
    let held_by_one = work::get(Counter::FilesHeld);
    // what the tree is for: cross-file findings, the far, shared and unwalked files
    let json = one.first().expect("json");
    for needle in [
        "HPO701",
        "HPO702",
        "HPO703",
        "shared/space_00.json",
        "a_early/space.json",
        "/space.txt",
    ] {
        assert!(json.contains(needle), "{needle} not in the report");
    }
    for batch_files in [0, 1, 7, 100, 1_000] {
        work::reset();
        let batched = rendered(&t.0, batch_files);
        for (format, (a, b)) in ["json", "sarif", "human", "github", "failures"]
            .iter()
            .zip(one.iter().zip(&batched))
        {
            assert!(a == b, "batch_files {batch_files}: {format} differs");
        }
        let held = work::get(Counter::FilesHeld);
        if batch_files > 0 && batch_files < 1_000 {
            assert!(
                held < held_by_one / 2,
                "batch_files {batch_files}: {held} held"
            );
        }
    }
    // streamed: the same reports, in the same order
    let mut streamed = Vec::new();
    let outcome = workspace::check_paths_each(
        std::slice::from_ref(&t.0),
        &options(0),
        &Default::default(),
        |r, f| {
            assert_eq!(r.path, f.path);
            streamed.push(r);
        },
    );
    assert!(outcome.reports.is_empty() && outcome.texts.is_empty());
    let collected = workspace::check_paths(std::slice::from_ref(&t.0), &options(0));
    assert_eq!(streamed, collected.reports);
    assert_eq!(outcome.failures, collected.failures);
}

#[test]
fn files_held_at_once_are_bounded() {
    let t = Temp::new("held");
    for i in 0..1_250 {
        let d = format!("g{:02}/e{i:04}", i / 100);
        t.write(&format!("{d}/exp.yml"), &exp_yml("search_space.json", ""));
        t.write(&format!("{d}/search_space.json"), SPACE);
        t.write(&format!("{d}/trial.ini"), INI);
        t.write(&format!("{d}/extra.json"), BAD_SPACE);
    }
    work::reset();
    let mut paths: Vec<String> = Vec::new();
    let outcome = workspace::check_paths_each(
        std::slice::from_ref(&t.0),
        &options(0),
        &Default::default(),
        |r, _| {
            paths.push(r.path);
        },
    );
    assert!(outcome.failures.is_empty(), "{:?}", outcome.failures);
    assert_eq!(paths.len(), 5_000);
    assert!(paths.windows(2).all(|w| w[0] < w[1]), "not in path order");
    let held = work::get(Counter::FilesHeld);
    assert!(held > 0 && held <= 1_100, "{held} files held at once");
}
