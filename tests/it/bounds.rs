//! Every size bounded (issue 12), proven by counting the work (never by a clock: the timings
//! are in `examples/bounds.rs`), and the smaller items: Python `re` compatibility of stdout
//! patterns, UTF-16 files, paths that are not UTF-8.

use hpoconf::work::{self, Counter};
use hpoconf::{Kind, check_str};

fn metric_dict(n: usize) -> String {
    let mut s = String::from(
        "[platform_config]\nname = Local\ncmd1 = python t.py\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\nmetric_dict = {\n",
    );
    for i in 0..n {
        s.push_str(&format!("    'm{i}=([0-9.]+)': 1,\n"));
    }
    s.push_str("    'bad': 1,\n    }\n");
    s
}

fn unknown_keys(n: usize) -> String {
    let mut s = String::from(
        "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService: {platform: local}\n",
    );
    for i in 0..n {
        // (keys of one length: the work per key is the same at every size)
        s.push_str(&format!("trialConcurency{i:07}: 1\n"));
    }
    s
}

/// The work a check does, by a counter, for a document of each size.
fn work_at(counter: Counter, make: fn(usize) -> String, name: &str, sizes: [usize; 2]) -> [u64; 2] {
    sizes.map(|n| {
        let text = make(n);
        work::reset();
        let report = check_str(name, &text, None);
        assert!(!report.diagnostics.is_empty());
        work::get(counter)
    })
}

/// Mapping the keys of a multi-line `metric_dict` to their spans was quadratic (each key
/// matched the value's lines again): now each line is matched once, and each key one lookup.
#[test]
fn metric_dict_spans_are_linear() {
    let [a, b] = work_at(
        Counter::MetricDictSteps,
        metric_dict,
        "trial.ini",
        [2_000, 4_000],
    );
    assert!(a >= 2 * 2_000, "the counter counts: {a}");
    // twice the entries, twice the work (quadratic was four times)
    assert!(b <= 2 * a + 16, "{a} -> {b}");
    // the bad key is still located at its own line
    let r = check_str("trial.ini", &metric_dict(3), None);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "HPO411")
        .expect("HPO411");
    assert_eq!(d.line, 11, "{d:?}");
}

/// Each unknown key's did-you-mean search looks at a bounded number of candidates (the
/// schema's names of nearby length, indexed once) and computes few edit distances.
#[test]
fn did_you_mean_is_linear_with_a_small_constant() {
    let sizes = [500, 1_000];
    let [a, b] = work_at(Counter::SuggestCandidates, unknown_keys, "exp.yml", sizes);
    assert!(a > 0);
    assert!(b <= 2 * a + 64, "{a} -> {b}");
    let [da, db] = work_at(Counter::SuggestDistances, unknown_keys, "exp.yml", sizes);
    assert!(db <= 2 * da + 64, "{da} -> {db}");
    // few edit distances per key: the histogram bound rules most candidates out
    assert!(db <= 40 * 1_000, "{db} edit distances for 1,000 keys");
    // the suggestion is still made
    let r = check_str("exp.yml", "trialConcurency: 1\n", Some(Kind::ExpYml));
    assert!(
        r.diagnostics.iter().any(|d| d
            .help
            .as_deref()
            .is_some_and(|h| h.contains("trialConcurrency"))),
        "{:?}",
        r.diagnostics
    );
}

/// A finding whose span is a huge value prints a bounded snippet (the release binary's 50 MB
/// case is measured in docs/robustness.md).
#[test]
fn huge_values_give_bounded_output() {
    let big = if cfg!(debug_assertions) {
        2_000_000
    } else {
        20_000_000
    };
    let docs = |n: usize| {
        (
            format!(
                "[platform_config]\nname = Local\ncmd1 = python ${{undefined}} {}\n[metric_config]\nmetric_type = summary\nmetric_source = /tmp/x\nmetric_dict = {{'auc': 1}}\n[output_config]\nmodel_path = {}\n",
                "x".repeat(n),
                "y".repeat(n)
            ),
            format!("experimentName: {}\ntrialConcurrency: x\n", "z".repeat(n)),
        )
    };
    let dir = std::env::temp_dir().join(format!("hpoconf-bounds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let output = |n: usize, format: &str| {
        let (ini, yaml) = docs(n);
        std::fs::write(dir.join("trial.ini"), &ini).expect("write");
        std::fs::write(dir.join("exp.yml"), &yaml).expect("write");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_hpoconf"))
            .args(["check", "--format", format, "trial.ini", "exp.yml"])
            .current_dir(&dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("run");
        assert!(out.status.code() == Some(1), "{format}: {:?}", out.status);
        out.stdout.len() + out.stderr.len()
    };
    for format in ["human", "json", "sarif", "github"] {
        // the same findings on values of 10 bytes and of megabytes: the output barely grows
        let small = output(10, format);
        let large = output(big, format);
        assert!(
            large < small + 40_000,
            "{format}: {small} -> {large} bytes of output"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Python's `re` (hpo_tools) rejects `multiple repeat`: an error; nested unbounded repetition
/// is a warning.
#[test]
fn stdout_patterns_are_read_as_python_reads_them() {
    let ini = |pattern: &str| {
        format!(
            "[platform_config]\nname = Local\ncmd1 = python t.py\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\nmetric_dict = {{'{pattern}': 1}}\n"
        )
    };
    let codes = |p: &str| -> Vec<String> {
        check_str("trial.ini", &ini(p), None)
            .diagnostics
            .iter()
            .map(|d| format!("{} {}", d.code, d.message))
            .collect()
    };
    let c = codes("x=(a{1000}{1000})");
    assert!(
        c.iter()
            .any(|c| c.starts_with("HPO411") && c.contains("multiple repeat")),
        "{c:?}"
    );
    let c = codes("(a+)+$");
    assert!(c.iter().any(|c| c.starts_with("HPO420")), "{c:?}");
    assert!(!c.iter().any(|c| c.starts_with("HPO411")), "{c:?}");
    for fine in [
        "auc=([0-9.]+)",
        "loss=(\\\\d+\\\\.\\\\d+)",
        "(?P<v>[0-9.]+)",
    ] {
        assert_eq!(codes(fine), Vec::<String>::new(), "{fine}");
    }
}

/// UTF-16 files, with or without a BOM, are named as UTF-16 (HPO002), and read.
#[test]
fn utf16_files_are_named() {
    let text = "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0.1, 1]}}\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let cases = [
        (
            [&[0xFF, 0xFE][..], &le].concat(),
            "little-endian, with a byte order mark",
        ),
        (
            [&[0xFE, 0xFF][..], &be].concat(),
            "big-endian, with a byte order mark",
        ),
        (le.clone(), "little-endian, without a byte order mark"),
        (be.clone(), "big-endian, without a byte order mark"),
    ];
    for (bytes, words) in cases {
        let r = hpoconf::check_bytes("search_space.json", &bytes, Some(Kind::SearchSpace));
        let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["HPO002"], "{words}: {:?}", r.diagnostics);
        let m = &r.diagnostics[0].message;
        assert!(m.contains("UTF-16") && m.contains(words), "{m}");
    }
    // UTF-8 text is never taken for UTF-16
    let r = hpoconf::check_bytes("search_space.json", text.as_bytes(), None);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

/// A path that is not valid UTF-8 is given losslessly in JSON (`path_bytes`).
#[cfg(unix)]
#[test]
fn non_utf8_paths_are_reported_losslessly() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir().join(format!("hpoconf-paths-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let name = std::ffi::OsStr::from_bytes(b"bad-\xff\xfe.yml");
    std::fs::write(dir.join(name), "trialConcurrency: x\n").expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hpoconf"))
        .args(["check", "--format", "json", "--kind", "exp-yml"])
        .arg(name)
        .current_dir(&dir)
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let file = &json["files"][0];
    let bytes: Vec<u8> = file["path_bytes"]
        .as_array()
        .expect("path_bytes")
        .iter()
        .filter_map(|b| b.as_u64().map(|b| b as u8))
        .collect();
    assert_eq!(bytes, b"bad-\xff\xfe.yml");
    assert!(
        file["path"]
            .as_str()
            .is_some_and(|p| p.contains('\u{FFFD}'))
    );
    // a UTF-8 path has no `path_bytes`
    std::fs::write(dir.join("good.yml"), "trialConcurrency: x\n").expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hpoconf"))
        .args(["check", "--format", "json", "--kind", "exp-yml", "good.yml"])
        .current_dir(&dir)
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(json["files"][0].get("path_bytes").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A GetHpoExperiment response on one line (as the API returns it) whose `ConfigYml` has `n`
/// remote machines with a password each: the embedded text's lines are `\n` escapes.
fn one_line_get_hpo(n: usize) -> String {
    let mut yml = String::from(
        "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService:\n  platform: remote\n  machineList:\n",
    );
    for i in 0..n {
        yml.push_str(&format!(
            "    - host: 10.0.{}.{}\n      user: u\n      password: p{i:07}\n",
            i / 250,
            i % 250
        ));
    }
    let yml = serde_json::to_string(&yml).expect("string");
    format!(
        "{{\"RequestId\": \"r\", \"ExperimentId\": \"e\", \"Name\": \"n\", \"Status\": \"SUCCESS\", \"ConfigYml\": {yml}}}"
    )
}

/// Scanning the lines of an embedded document for secrets searched the rest of the text for
/// the next line end at every line (a 10 MB response took 150 s): each byte is now searched
/// about once per kind of line end.
#[test]
fn secret_scan_of_a_one_line_response_is_linear() {
    let [a, b] = work_at(
        Counter::SecretScanBytes,
        one_line_get_hpo,
        "get_hpo_experiment.json",
        [1_000, 2_000],
    );
    let bytes = one_line_get_hpo(2_000).len() as u64;
    assert!(a > 0, "the counter counts");
    assert!(b <= 2 * a + 1_024, "{a} -> {b}");
    // a few passes over the text, not one per line
    assert!(
        b <= 8 * bytes,
        "{b} bytes searched in a {bytes}-byte response"
    );
    // every password is still masked
    let r = check_str("get_hpo_experiment.json", &one_line_get_hpo(3), None);
    let human = format!("{:?}", r.diagnostics);
    assert!(!human.contains("p0000001"), "{human}");
}

fn snake_case_machines(n: usize) -> String {
    let mut s = String::from(
        "trialCommand: python t.py\ntrialConcurrency: 1\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService:\n  platform: remote\n  machineList:\n",
    );
    for i in 0..n {
        // snake_case keys (each one renamed) and a finding on each machine
        s.push_str(&format!(
            "    - host: h{i:06}\n      user: u\n      ssh_key_file: ~/.ssh/k\n      gpu_indices: [0, 0]\n"
        ));
    }
    s
}

/// The typed exp.yml's findings are reported at the file's spelling of their path: each path
/// was translated by a scan of every renamed key of the file (a 2 MB config of 20,000 machines
/// written in snake_case took 25 s). Now the renamed keys are looked up by their object.
#[test]
fn paths_in_the_files_spelling_are_found_without_a_scan_of_every_renamed_key() {
    let sizes = [1_000, 2_000];
    let [a, b] = work_at(
        Counter::RenameLookups,
        snake_case_machines,
        "exp.yml",
        sizes,
    );
    assert!(a >= 1_000, "the counter counts: {a}");
    // twice the machines, twice the work (the scan was four times)
    assert!(b <= 2 * a + 64, "{a} -> {b}");
    // and the finding is at the key as written
    let r = check_str("exp.yml", &snake_case_machines(2), None);
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.pointer == "/trainingService/machineList/1/gpu_indices"),
        "{:?}",
        r.diagnostics
    );
}
