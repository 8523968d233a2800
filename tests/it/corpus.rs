//! Conformance: the NNI corpus (../shared/corpus/nni, 156 real files with NNI 3.0's verdicts).
//!
//! - no file NNI accepts gets an error (files where hpoconf is deliberately stricter are listed
//!   in `STRICTER`, each with its reason);
//! - every v1 config gets the verdict NNI 3.0 gives it after its conversion to v2: one
//!   `nni-v1-config` info and no error when NNI runs it, an error naming the reason otherwise;
//! - files NNI rejects for a real reason of shape get a located error.

use crate::common;

use hpoconf::check::FileReport;
use hpoconf::workspace::{self, Options};
use hpoconf::{Kind, Severity};

struct Row {
    path: String,
    kind: String,
    verdict: String,
}

fn rows() -> Vec<Row> {
    let index = std::fs::read_to_string(common::corpus().join("INDEX.tsv")).expect("INDEX.tsv");
    index
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Row {
                path: cols[0].to_owned(),
                kind: cols[1].to_owned(),
                verdict: cols[2].to_owned(),
            }
        })
        .collect()
}

/// Files NNI accepts on which hpoconf reports an error on purpose (SPEC.md §8), with the reason.
const STRICTER: &[(&str, &str)] = &[(
    "test/ut/tools/nnictl/config_files/invalid/wrong-class-args.yml",
    "Medianstop `optimize_mode: aaaaaa`: NNI checks no classArgs before the experiment starts (SPEC.md §3)",
)];

fn check(row: &Row) -> FileReport {
    let kind = match row.kind.as_str() {
        "search-space" => Kind::SearchSpace,
        _ => Kind::ExpYml,
    };
    let path = common::corpus().join(&row.path);
    let outcome = workspace::check_paths(
        std::slice::from_ref(&path),
        &Options {
            kind: Some(kind),
            ..Options::default()
        },
    );
    assert!(
        outcome.failures.is_empty(),
        "{}: {:?}",
        row.path,
        outcome.failures
    );
    // the file's own report (a file it names may sort before it: `../space.json`)
    let shown = path.to_string_lossy().replace('\\', "/");
    let mut reports = outcome.reports;
    let at = reports.iter().position(|r| r.path == shown).unwrap_or(0);
    reports.swap_remove(at)
}

fn describe(r: &FileReport) -> String {
    r.diagnostics
        .iter()
        .map(|d| {
            format!(
                "  {}:{} {} {} {} {}",
                d.line, d.column, d.severity, d.code, d.pointer, d.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn corpus_has_156_files() {
    assert_eq!(rows().len(), 156);
}

#[test]
fn files_nni_accepts_get_no_error() {
    let mut bad = Vec::new();
    for row in rows()
        .iter()
        .filter(|r| r.verdict == "PASS" && r.kind != "exp-v1")
    {
        if STRICTER.iter().any(|(p, _)| *p == row.path) {
            continue;
        }
        let report = check(row);
        if report
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
        {
            bad.push(format!("{}\n{}", row.path, describe(&report)));
        }
    }
    assert!(
        bad.is_empty(),
        "errors on files NNI accepts:\n{}",
        bad.join("\n")
    );
}

/// Why NNI 3.0 refuses each failing v1 file, as the code of the error hpoconf gives.
const V1_REASONS: &[(&str, &str)] = &[
    ("examples/nas/legacy/classic_nas/config_ppo.yml", "HPO701"),
    ("examples/trials/cifar10_pytorch/config_adl.yml", "HPO390"),
    (
        "examples/trials/mnist-distributed-pytorch/config_kubeflow.yml",
        "HPO101",
    ),
    ("examples/trials/mnist-keras/config_pai.yml", "HPO101"),
    (
        "examples/trials/mnist-pytorch/config_frameworkcontroller.yml",
        "HPO102",
    ),
    (
        "examples/trials/mnist-pytorch/config_frameworkcontroller_custom.yml",
        "HPO102",
    ),
    ("examples/trials/mnist-tfv1/config_dlts.yml", "HPO390"),
    ("examples/trials/mnist-tfv1/config_hybrid.yml", "HPO390"),
    (
        "examples/trials/systems_auto_tuning/opevo/src/experiments/mm/N512K1024M1024/config_opevo.yml",
        "HPO306",
    ),
    (
        "examples/trials/weight_sharing/ga_squad/config_remote.yml",
        "HPO303",
    ),
    ("test/training_service/config/tuners/anneal.yml", "HPO306"),
    (
        "test/training_service/config/tuners/evolution.yml",
        "HPO306",
    ),
    ("test/training_service/config/tuners/random.yml", "HPO306"),
    ("test/training_service/config/tuners/smac.yml", "HPO306"),
    ("test/training_service/config/tuners/tpe.yml", "HPO306"),
    (
        "test/ut/tools/nnictl/config_files/invalid/custom-tuner-1.yml",
        "HPO390",
    ),
    (
        "test/ut/tools/nnictl/config_files/invalid/no-tuner.yml",
        "HPO309",
    ),
    (
        "test/ut/tools/nnictl/config_files/invalid/searchspace-path.yml",
        "HPO701",
    ),
    (
        "test/ut/tools/nnictl/config_files/invalid/tuner-wrong-key.yml",
        "HPO390",
    ),
    (
        "test/ut/tools/nnictl/config_files/invalid/wrong-training-service.yml",
        "HPO390",
    ),
];

#[test]
fn v1_configs_get_nni_s_verdict() {
    let mut bad = Vec::new();
    let mut agree = 0;
    let rows: Vec<Row> = rows().into_iter().filter(|r| r.kind == "exp-v1").collect();
    for row in &rows {
        let report = check(row);
        let infos = report
            .diagnostics
            .iter()
            .filter(|d| d.name == "nni-v1-config")
            .count();
        let errors: Vec<&str> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.code.as_str())
            .collect();
        let ok = infos == 1
            && match row.verdict.as_str() {
                "PASS" => errors.is_empty() || STRICTER.iter().any(|(p, _)| *p == row.path),
                _ => V1_REASONS
                    .iter()
                    .find(|(p, _)| *p == row.path)
                    .is_some_and(|(_, code)| errors.contains(code)),
            };
        if ok {
            agree += 1;
        } else {
            bad.push(format!(
                "{} (NNI: {})\n{}",
                row.path,
                row.verdict,
                describe(&report)
            ));
        }
    }
    assert_eq!(rows.len(), 39);
    assert!(
        bad.is_empty(),
        "{agree} of {} v1 configs get NNI 3.0's verdict; the others:\n{}",
        rows.len(),
        bad.join("\n")
    );
}

#[test]
fn integer_password_is_a_located_type_error() {
    let row = Row {
        path: "examples/trials/mnist-tfv2/config_remote.yml".into(),
        kind: "exp-v2".into(),
        verdict: "FAIL".into(),
    };
    let report = check(&row);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.pointer == "/trainingService/machineList/1/password")
        .unwrap_or_else(|| panic!("no diagnostic at the password\n{}", describe(&report)));
    assert_eq!((d.code.as_str(), d.severity), ("HPO101", Severity::Error));
    assert_eq!(d.line, 20);
    assert!(
        !d.message.contains("12345"),
        "a secret was printed: {}",
        d.message
    );
}

/// The agreement with NNI 3.0 over the whole corpus (files whose verdict is NNI's: no error on
/// a PASS, an error on a FAIL), printed; v1 configs are counted with today's verdict (their
/// conversion is issue 11 §1). Asserted: at least every v2 config and space NNI accepts agrees
/// (the tests above), so the number only moves up.
#[test]
fn agreement_with_nni_is_reported() {
    let rows = rows();
    let mut agree = 0;
    let mut v2_and_spaces = (0, 0);
    for row in &rows {
        let report = check(row);
        let has_error = report
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        let ok = (row.verdict == "PASS") != has_error;
        agree += usize::from(ok);
        if row.kind != "exp-v1" {
            v2_and_spaces.1 += 1;
            v2_and_spaces.0 += usize::from(ok);
        }
    }
    eprintln!(
        "NNI corpus agreement: {agree}/{} files; v2 configs and spaces {}/{}",
        rows.len(),
        v2_and_spaces.0,
        v2_and_spaces.1
    );
    assert!(agree * 2 > rows.len());
}
