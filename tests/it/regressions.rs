//! Regressions found in review, and NNI conformance cases that span several rule groups.

use hpoconf::{Severity, check_str};

fn errors(name: &str, text: &str) -> Vec<String> {
    check_str(name, text, None)
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {} {}", d.code, d.pointer, d.message))
        .collect()
}

/// SPEC §3: openpai `virtualCluster` must be present and may be `null` (the default cluster).
#[test]
fn openpai_virtual_cluster_may_be_null() {
    let text = "trialCommand: python3 train.py\ntrialConcurrency: 1\ntrialGpuNumber: 0\nsearchSpace:\n  lr: {_type: uniform, _value: [0.1, 1]}\ntuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: me\n  token: t0k3n\n  trialCpuNumber: 1\n  trialMemorySize: 1gb\n  storageConfigName: confignfs\n  virtualCluster: null\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n";
    assert_eq!(errors("exp.yml", text), Vec::<String>::new());
    let missing = text.replace("  virtualCluster: null\n", "");
    let e = errors("exp.yml", &missing);
    assert!(
        e.iter().any(|e| e.starts_with("HPO102 /trainingService")),
        "{e:?}"
    );
}

/// nni-unit-tests.md, nnictl `invalid/searchspace-path.yml` rewritten as v2: the search space
/// file does not exist (missing-file, reported in exp.yml at `searchSpaceFile`).
#[test]
fn nnictl_searchspace_path_v2() {
    let dir = std::env::temp_dir().join(format!("hpoconf-ss-path-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("exp.yml"),
        "searchSpaceFile: wrong_search_space.json\ntrialCommand: python3 mnist.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n",
    )
    .expect("write");
    let outcome = hpoconf::workspace::check_paths(std::slice::from_ref(&dir), &Default::default());
    let _ = std::fs::remove_dir_all(&dir);
    let d: Vec<_> = outcome
        .reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .collect();
    let missing = d.iter().find(|d| d.code == "HPO701").expect("missing-file");
    assert_eq!(
        (missing.pointer.as_str(), missing.line, missing.column),
        ("/searchSpaceFile", 1, 18)
    );
}

/// SPEC §3: `null` means "not set" in exp.yml; an optional key set to null is no error (NNI's
/// own mnist-tfv2/config_hybrid.yml writes `null` for unused kubeflow fields).
#[test]
fn null_is_not_set_in_exp_yml() {
    let text = "trialCommand: python3 train.py\ntrialConcurrency: 1\nmaxTrialNumber: null\nmaxExperimentDuration: null\nsearchSpace:\n  lr: {_type: uniform, _value: [0.1, 1]}\ntuner:\n  name: TPE\n  classArgs: null\ntrainingService:\n  platform: local\n  gpuIndices: null\n";
    assert_eq!(errors("exp.yml", text), Vec::<String>::new());
    let required = text.replace("trialConcurrency: 1", "trialConcurrency: null");
    let e = errors("exp.yml", &required);
    assert_eq!(
        e,
        ["HPO102 /trialConcurrency `trialConcurrency` is null, which NNI reads as not set"]
    );
}

/// `check_owned` (the CLI's path: the file's buffer becomes the text, no copy) reports exactly
/// what `check_bytes` reports, with a BOM, with invalid UTF-8, and for a clean file.
#[test]
fn check_owned_matches_check_bytes() {
    let cases: [(&str, &[u8]); 5] = [
        // two BOMs and invalid UTF-8: one BOM is stripped, as `check_bytes` does
        (
            "search_space_x.json",
            b"\xEF\xBB\xBF\xEF\xBB\xBF{\"a\": \"\xFF\"}",
        ),
        (
            "search_space.json",
            b"\xEF\xBB\xBF{\"lr\": {\"_type\": \"uniform\", \"_value\": [1, 0]}}",
        ),
        ("search_space.json", b"{\"a\xff\": {\"_type\": \"choice\"}}"),
        ("exp.yml", b"trialConcurrency: 0\n\xEF\xBB\xBF\n"),
        ("trial.ini", b"[platform]\nplatform = dlc\n"),
    ];
    for (name, bytes) in cases {
        let by_ref = hpoconf::check_bytes(name, bytes, None);
        let owned = hpoconf::check_owned(name, bytes.to_vec(), None);
        assert_eq!(
            serde_json::to_string(&owned.diagnostics).ok(),
            serde_json::to_string(&by_ref.diagnostics).ok(),
            "{name}"
        );
        assert_eq!(owned.kind, by_ref.kind);
        assert!(
            !by_ref.diagnostics.is_empty(),
            "{name}: a case with findings"
        );
    }
}
