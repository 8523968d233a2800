//! `hpoconf check` options of issue 18: stdin, `--quiet`, `--statistics`, `--select`/`--ignore`
//! (and their hpoconf.toml keys), `--output`/`--output-format`, quoted globs, normalized paths;
//! `schema --out` writing atomically; `hpoconf rules` showing the severities reported.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::cli_support;

use cli_support::{DUPLICATE, Run, Scratch, TRAILING_COMMA, VALID, assert_snapshot};

fn project() -> Scratch {
    let s = Scratch::new("options");
    s.write("a/search_space.json", TRAILING_COMMA);
    s.write("b/search_space.json", DUPLICATE);
    s.write("ok/search_space.json", VALID);
    s
}

/// Runs `hpoconf ARGS` in `dir` with `input` on stdin.
fn run_stdin(s: &Scratch, args: &[&str], input: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
        .args(args)
        .current_dir(&s.dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run hpoconf");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    Run::from(child.wait_with_output().expect("wait"))
}

#[test]
fn stdin_with_a_file_name() {
    let p = project();
    for dash in ["-", "/dev/stdin"] {
        let r = run_stdin(
            &p,
            &[
                "check",
                "--format",
                "json",
                dash,
                "--stdin-filename",
                "exp/./search_space.json",
            ],
            DUPLICATE,
        );
        assert_eq!(r.code, 1, "{dash}: {r:?}");
        assert_eq!(r.codes(&[]), ["exp/search_space.json 2:2 HPO003 error"]);
    }
    // human output shows the snippet from stdin's text
    let r = run_stdin(
        &p,
        &[
            "check",
            "--color",
            "never",
            "-",
            "--stdin-filename",
            "x/search_space.json",
        ],
        DUPLICATE,
    );
    assert_snapshot("stdin-human.txt", &r.stdout);
    // clean input: exit 0
    let r = run_stdin(
        &p,
        &["check", "-", "--stdin-filename", "search_space.json"],
        VALID,
    );
    assert_eq!(r.code, 0, "{r:?}");
    // no name: kind by content; reported as `-`
    let r = run_stdin(&p, &["check", "--format", "json", "-"], DUPLICATE);
    assert_eq!(r.codes(&["HPO003"]), ["- 2:2 HPO003 error"]);
    // no name and no kind to tell: a tool failure
    let r = run_stdin(&p, &["check", "-"], "just text\n");
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--stdin-filename"), "{}", r.stderr);
    // --kind forces it
    let r = run_stdin(
        &p,
        &["check", "--format", "json", "--kind", "search-space", "-"],
        "{\"${lr}\": {\"_type\": \"choise\", \"_value\": [1]}}",
    );
    assert_eq!(r.code, 1, "{r:?}");
    // stdin together with paths: one sorted report
    let r = run_stdin(
        &p,
        &[
            "check",
            "--format",
            "json",
            "a",
            "-",
            "--stdin-filename",
            "b2/search_space.json",
        ],
        DUPLICATE,
    );
    assert_eq!(
        r.codes(&[]),
        [
            "a/search_space.json 1:48 HPO001 error",
            "b2/search_space.json 2:2 HPO003 error"
        ]
    );
}

#[test]
fn stdin_honours_configuration_by_its_name() {
    let p = project();
    p.write(
        "cfg/hpoconf.toml",
        "[rules]\nduplicate-key = \"warning\"\n[files]\nexclude = [\"skip/\"]\n",
    );
    let r = run_stdin(
        &p,
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "cfg/search_space.json",
        ],
        DUPLICATE,
    );
    assert_eq!(r.codes(&[]), ["cfg/search_space.json 2:2 HPO003 warning"]);
    assert_eq!(r.code, 0);
    let r = run_stdin(
        &p,
        &[
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "cfg/skip/search_space.json",
        ],
        DUPLICATE,
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["files"].as_array().map(Vec::len), Some(0));
}

#[test]
fn quiet() {
    let p = project();
    let r = p.run(&["check", "--quiet", "--color", "never", "a"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.starts_with("error[HPO001]"), "{}", r.stdout);
    assert!(!r.stdout.contains("checked"), "{}", r.stdout);
    let r = p.run(&["check", "-q", "ok"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    let r = p.run(&["check", "-q", "--format", "github", "ok"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn statistics() {
    let p = project();
    p.write("c/search_space.json", DUPLICATE);
    let r = p.run(&["check", "--statistics", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        r.stdout,
        "2  HPO003  duplicate-key\n1  HPO001  invalid-syntax\n4 files checked: 3 errors, 0 warnings\n"
    );
    let r = p.run(&["check", "--statistics", "--format", "json", "."]);
    assert_eq!(
        r.json(),
        serde_json::json!([
            {"code": "HPO003", "name": "duplicate-key", "count": 2},
            {"code": "HPO001", "name": "invalid-syntax", "count": 1}
        ])
    );
    let r = p.run(&["check", "--statistics", "-q", "ok"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
}

#[test]
fn select_and_ignore() {
    let p = project();
    let all = [
        "a/search_space.json 1:48 HPO001 error",
        "b/search_space.json 2:2 HPO003 error",
    ];
    let codes = |args: &[&str]| {
        let mut a = vec!["check", "--format", "json"];
        a.extend_from_slice(args);
        a.push(".");
        p.run(&a).codes(&[])
    };
    assert_eq!(codes(&[]), all);
    assert_eq!(codes(&["--select", "HPO003"]), all[1..]);
    assert_eq!(codes(&["--select", "duplicate-key,invalid-syntax"]), all);
    assert_eq!(codes(&["--select", "HPO0"]), all);
    assert_eq!(codes(&["--select", "HPO2"]), Vec::<String>::new());
    assert_eq!(codes(&["--ignore", "HPO00"]), Vec::<String>::new());
    assert_eq!(codes(&["--ignore", "invalid-syntax"]), all[1..]);
    assert_eq!(codes(&["--select", "HPO0", "--ignore", "HPO003"]), all[..1]);
    // --severity names a rule: it wins over --ignore
    assert_eq!(
        codes(&["--ignore", "HPO0", "--severity", "HPO003=warning"]),
        ["b/search_space.json 2:2 HPO003 warning"]
    );
    // exit status follows what is reported
    assert_eq!(p.run(&["check", "--ignore", "HPO0", "."]).code, 0);
    // unknown selector: exit 2 with a suggestion
    let r = p.run(&["check", "--select", "duplicate-kye", "."]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `duplicate-key`"),
        "{}",
        r.stderr
    );
    let r = p.run(&["check", "--ignore", "HPO8", "."]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no rule `HPO8`"), "{}", r.stderr);
    // the same in hpoconf.toml
    p.write(
        "hpoconf.toml",
        "select = [\"HPO0\"]\nignore = [\"invalid-syntax\"]\n",
    );
    assert_eq!(codes(&[]), all[1..]);
    p.write("hpoconf.toml", "ignore = [\"HPO9x\"]\n");
    let r = p.run(&["check", "."]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("hpoconf.toml:1:11: no rule `HPO9x`"),
        "{}",
        r.stderr
    );
}

#[test]
fn output_file() {
    let p = project();
    // --output alone: the --format report goes to the file, nothing to stdout
    let r = p.run(&[
        "check",
        "--format",
        "sarif",
        "--output",
        "out/hpoconf.sarif",
        ".",
    ]);
    assert!(r.stderr.contains("cannot write out/hpoconf.sarif"), "{r:?}");
    assert_eq!(r.code, 2);
    std::fs::create_dir_all(p.dir.join("out")).expect("mkdir");
    let r = p.run(&[
        "check",
        "--format",
        "sarif",
        "--output",
        "out/hpoconf.sarif",
        ".",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (1, ""), "{r:?}");
    let sarif: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(p.dir.join("out/hpoconf.sarif")).expect("written"),
    )
    .expect("SARIF JSON");
    assert_eq!(
        sarif["runs"][0]["results"].as_array().map(Vec::len),
        Some(2)
    );
    // --output-format: human on stdout and JSON in the file, from one run
    let r = p.run(&[
        "check",
        "--color",
        "never",
        "--output-format",
        "json",
        "-o",
        "out/report.json",
        ".",
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .ends_with("3 files checked: 2 errors, 0 warnings\n"),
        "{}",
        r.stdout
    );
    let json = std::fs::read_to_string(p.dir.join("out/report.json")).expect("written");
    let direct = p.run(&["check", "--format", "json", "."]);
    assert_eq!(json, direct.stdout);
    // the file is replaced atomically: no temporary file left beside it
    let names: Vec<String> = std::fs::read_dir(p.dir.join("out"))
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // every format can go to a file
    for f in ["human", "json", "sarif", "github", "gitlab", "junit"] {
        let r = p.run(&["check", "--format", f, "-o", "out/x", "."]);
        assert_eq!((r.code, r.stdout.as_str()), (1, ""), "{f}");
        let written = std::fs::read_to_string(p.dir.join("out/x")).expect("written");
        assert_eq!(
            written,
            p.run(&["check", "--color", "never", "--format", f, "."])
                .stdout,
            "{f}"
        );
    }
    // --output-format needs --output
    assert_eq!(p.run(&["check", "--output-format", "json", "."]).code, 2);
}

#[cfg(unix)]
#[test]
fn output_never_follows_a_symlink() {
    let p = project();
    p.write("victim.txt", "keep");
    std::os::unix::fs::symlink(p.dir.join("victim.txt"), p.dir.join("report.json")).expect("link");
    let r = p.run(&["check", "--format", "json", "-o", "report.json", "ok"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        std::fs::read_to_string(p.dir.join("victim.txt")).expect("read"),
        "keep"
    );
    let meta = std::fs::symlink_metadata(p.dir.join("report.json")).expect("meta");
    assert!(meta.is_file());
}

#[cfg(unix)]
#[test]
fn schema_out_is_atomic_and_never_follows_a_symlink() {
    let p = Scratch::new("schema-out");
    p.write("victim.txt", "keep");
    std::fs::create_dir_all(p.dir.join("schemas")).expect("mkdir");
    std::os::unix::fs::symlink(
        p.dir.join("victim.txt"),
        p.dir.join("schemas/exp-yml.schema.json"),
    )
    .expect("link");
    let r = p.run(&["schema", "--out", "schemas"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        std::fs::read_to_string(p.dir.join("victim.txt")).expect("read"),
        "keep"
    );
    let written = std::fs::read_to_string(p.dir.join("schemas/exp-yml.schema.json")).expect("read");
    assert!(written.starts_with('{'));
    let names = std::fs::read_dir(p.dir.join("schemas"))
        .expect("list")
        .count();
    assert_eq!(names, hpoconf::Kind::ALL.len());
    // a write that cannot finish (the file-size limit: SIGXFSZ kills the process mid-write)
    // leaves the old file whole
    let old = written.clone();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -f 1; exec '{}' schema --out schemas",
            env!("CARGO_BIN_EXE_hpoconf")
        ))
        .current_dir(&p.dir)
        .stderr(Stdio::null())
        .status()
        .expect("sh");
    assert!(!status.success());
    let after = std::fs::read_to_string(p.dir.join("schemas/exp-yml.schema.json")).expect("read");
    assert_eq!(after, old);
}

#[test]
fn quoted_globs_are_expanded() {
    let p = project();
    p.write("experiments/x/exp.yml", "trialCommand: python3 train.py\ntrialConcurrency: 0\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\nsearchSpaceFile: ../../ok/search_space.json\n");
    p.write("experiments/y/exp.yml", "trialCommand: python3 train.py\ntrialConcurrency: 0\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\nsearchSpaceFile: ../../ok/search_space.json\n");
    let files = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["check", "--format", "json"];
        a.extend_from_slice(args);
        let v = p.run(&a).json();
        v["files"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| f["path"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(
        files(&["*/search_space.json"]),
        [
            "a/search_space.json",
            "b/search_space.json",
            "ok/search_space.json"
        ]
    );
    assert_eq!(
        files(&["./[ab]/*.json"]),
        ["a/search_space.json", "b/search_space.json"]
    );
    assert_eq!(
        files(&["experiments/*/exp.yml"]),
        // the space that experiments/x/exp.yml names, by its normalized path
        [
            "experiments/x/exp.yml",
            "experiments/y/exp.yml",
            "ok/search_space.json"
        ]
    );
    assert_eq!(files(&["**/exp.yml"]).len(), 3);
    // a glob that matches nothing: exit 2
    let r = p.run(&["check", "nothing/*.yml"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("nothing/*.yml: no file or folder matches this glob"),
        "{}",
        r.stderr
    );
}

#[test]
fn paths_are_normalized_and_each_file_is_checked_once() {
    let p = Scratch::new("normalized");
    p.write("sup/exp.yml", "trialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\nsearchSpaceFile: ./search_space.json\n");
    p.write("sup/search_space.json", DUPLICATE);
    for args in [
        vec!["sup/exp.yml"],
        vec![
            "./sup/exp.yml",
            "sup/search_space.json",
            "./sup/./search_space.json",
        ],
        vec!["sup//exp.yml", "sup"],
    ] {
        for format in ["json", "github", "sarif", "human", "gitlab", "junit"] {
            let mut a = vec!["check", "--color", "never", "--format", format];
            a.extend_from_slice(&args);
            let r = p.run(&a);
            // (messages quote the exp.yml's `./trial.ini` as written: only paths are normalized)
            assert!(
                !r.stdout.contains("sup/./"),
                "{args:?} {format}:\n{}",
                r.stdout
            );
            assert!(
                !r.stdout.contains("sup//"),
                "{args:?} {format}:\n{}",
                r.stdout
            );
            assert!(
                !r.stdout.contains("\"./sup"),
                "{args:?} {format}:\n{}",
                r.stdout
            );
            if format == "json" {
                assert_eq!(
                    r.codes(&["HPO003"]),
                    ["sup/search_space.json 2:2 HPO003 error"],
                    "{args:?}"
                );
            }
        }
    }
}

#[test]
fn rules_show_the_severity_reported() {
    let p = Scratch::new("rules");
    p.write(
        "exp.yml",
        "trialCommand: python3 train.py\ntrialConcurrency: 1\nsearchSpaceFile: s.json\ntuner:\n  name: TPE\n  classArgs:\n    seed: 1e-7\ntrainingService:\n  platform: local\n",
    );
    p.write("s.json", VALID);
    let r = p.run(&["check", "--format", "json", "exp.yml"]);
    let got = r.codes(&["HPO328"]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("warning"), "{got:?}");
    let r = p.run(&["rules"]);
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("HPO328"))
        .expect("HPO328 listed");
    assert!(line.contains(" info/warning "), "{line}");
    assert!(r.stdout.contains("depending on the case"), "{}", r.stdout);
    let r = p.run(&["explain", "HPO328"]);
    assert!(r.stdout.contains("**Default severity:** info (warning in some cases: a warning where the value is used as a number"), "{}", r.stdout);
    // every rule's documented failing example reports the severities `rules` shows
    for rule in hpoconf::rules::all() {
        let allowed: Vec<hpoconf::Severity> = std::iter::once(rule.severity)
            .chain(rule.case_severity().map(|(s, _)| s))
            .collect();
        for f in rule.bad {
            let report = hpoconf::check_str(f.name, f.text, None);
            for d in report.diagnostics.iter().filter(|d| d.code == rule.code) {
                assert!(
                    allowed.contains(&d.severity),
                    "{} reports {} ({:?})",
                    rule.code,
                    d.severity,
                    allowed
                );
            }
        }
    }
}

/// Stdin's report goes into the path order of a run checked in several batches (more files
/// than one batch holds), in place of the file of the same name.
#[test]
fn stdin_is_merged_into_a_run_of_several_batches() {
    let s = Scratch::new("stdin-batches");
    for i in 0..1_300 {
        s.write(&format!("f/x{i:04}.json"), DUPLICATE);
    }
    for (name, files) in [("f/x0700.json", 1_300), ("f/x0700b.json", 1_301)] {
        let r = run_stdin(
            &s,
            &[
                "check",
                "--format",
                "json",
                "--no-config",
                "f",
                "-",
                "--stdin-filename",
                name,
            ],
            VALID,
        );
        assert_eq!(r.code, 1, "{r:?}");
        let json = r.json();
        let reports = json["files"].as_array().cloned().unwrap_or_default();
        assert_eq!(reports.len(), files, "{name}");
        let paths: Vec<&str> = reports.iter().filter_map(|f| f["path"].as_str()).collect();
        assert!(
            paths.windows(2).all(|w| w[0] < w[1]),
            "{name}: not in path order"
        );
        let clean: Vec<&str> = reports
            .iter()
            .filter(|f| f["diagnostics"].as_array().is_some_and(Vec::is_empty))
            .filter_map(|f| f["path"].as_str())
            .collect();
        assert_eq!(clean, [name]);
    }
}
