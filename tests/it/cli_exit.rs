//! Exit statuses (DESIGN.md): 0 when no diagnostic reaches --fail-on, 1 when one does, 2 when
//! the tool could not do its job.

use crate::cli_support;

use cli_support::{DUPLICATE, Scratch, TRAILING_COMMA, VALID, assert_snapshot};

fn run(files: &[(&str, &str)], args: &[&str]) -> cli_support::Run {
    let s = Scratch::new("exit");
    for (p, t) in files {
        s.write(p, t);
    }
    s.run(args)
}

#[test]
fn zero_when_nothing_is_found() {
    let r = run(&[], &["check", "--color", "never"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout, "0 files checked: 0 errors, 0 warnings\n");
    let r = run(
        &[("search_space.json", VALID)],
        &["check", "--format", "json"],
    );
    assert_eq!(r.code, 0, "{r:?}");
}

#[test]
fn one_on_an_error() {
    let r = run(&[("search_space.json", TRAILING_COMMA)], &["check"]);
    assert_eq!(r.code, 1, "{r:?}");
}

#[test]
fn fail_on_and_exit_zero() {
    let files = [("search_space.json", DUPLICATE)];
    let warn = ["--severity", "duplicate-key=warning"];
    let with = |extra: &[&str]| {
        let mut a = vec!["check", "--format", "json"];
        a.extend_from_slice(&warn);
        a.extend_from_slice(extra);
        run(&files, &a).code
    };
    assert_eq!(with(&[]), 0, "a warning does not reach --fail-on error");
    assert_eq!(with(&["--fail-on", "warning"]), 1);
    assert_eq!(with(&["--fail-on", "never"]), 0);
    assert_eq!(with(&["--fail-on", "warning", "--exit-zero"]), 0);
    let info = [
        "check",
        "--severity",
        "duplicate-key=info",
        "--fail-on",
        "warning",
    ];
    assert_eq!(run(&files, &info).code, 0, "info never fails");
    assert_eq!(run(&files, &["check", "--fail-on", "never"]).code, 0);
    assert_eq!(run(&files, &["check", "--exit-zero"]).code, 0);
}

#[test]
fn two_on_a_missing_path_and_the_rest_is_still_checked() {
    let r = run(
        &[("search_space.json", TRAILING_COMMA)],
        &[
            "check",
            "--color",
            "never",
            "missing.json",
            "search_space.json",
        ],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "hpoconf: error: missing.json: no such file or folder\n"
    );
    assert!(r.stdout.contains("error[HPO001]"), "{}", r.stdout);
    // --exit-zero does not hide a tool failure
    let r = run(&[], &["check", "--exit-zero", "missing.json"]);
    assert_eq!(r.code, 2);
}

#[test]
fn two_on_bad_arguments() {
    let r = run(&[], &["check", "--format", "xml"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid value 'xml'"), "{}", r.stderr);
    let r = run(&[], &["check", "--no-such-flag"]);
    assert_eq!(r.code, 2);
    let r = run(&[], &["frobnicate"]);
    assert_eq!(r.code, 2);
    let r = run(&[], &["check", "--config", "a.toml", "--no-config"]);
    assert_eq!(r.code, 2, "{r:?}");
}

#[test]
fn two_on_an_unknown_kind() {
    let r = run(
        &[("x.json", VALID)],
        &["check", "--kind", "exp-yaml", "x.json"],
    );
    assert_eq!(r.code, 2);
    assert_snapshot("unknown-kind.stderr.txt", &r.stderr);
}

#[test]
fn two_on_an_unknown_rule_or_level_in_a_flag() {
    let r = run(&[], &["check", "--severity", "duplicate-kye=off"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("unknown rule `duplicate-kye`; did you mean `duplicate-key`?"),
        "{}",
        r.stderr
    );
    let r = run(&[], &["check", "--severity", "HPO003=warn"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("did you mean `warning`?"), "{}", r.stderr);
}

#[test]
fn two_on_a_bad_config_file() {
    let r = run(
        &[
            (
                "hpoconf.toml",
                "[rules]\nHPO001 = \"error\"\nduplicate-keys = \"off\"\n",
            ),
            ("search_space.json", TRAILING_COMMA),
        ],
        &["check"],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stdout, "0 files checked: 0 errors, 0 warnings\n");
    assert_snapshot("bad-config.stderr.txt", &r.stderr);
}

#[test]
fn help_and_version_exit_zero() {
    assert_eq!(run(&[], &["--help"]).code, 0);
    assert_eq!(run(&[], &["--version"]).code, 0);
    assert_eq!(run(&[], &["check", "--help"]).code, 0);
}
