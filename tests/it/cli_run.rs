//! `hpoconf::cli::run`: the command line as a function of its arguments (the Python package's
//! `hpoconf` command runs it in the Python process).

use hpoconf::cli::{EXIT_FAILURE, EXIT_OK, run};

#[test]
fn the_arguments_are_given_not_read_from_the_process() {
    // the test binary's own arguments would be rejected: these are the ones given
    assert_eq!(run(["hpoconf", "check", "--no-such-flag"]), EXIT_FAILURE);
    assert_eq!(run(["hpoconf", "explain", "no-such-rule"]), EXIT_FAILURE);
    assert_eq!(
        run(["hpoconf", "check", "tests/it/no/such/folder"]),
        EXIT_FAILURE
    );
}

#[test]
fn a_check_returns_its_exit_status() {
    let dir = std::env::temp_dir().join(format!("hpoconf-cli-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let exp = dir.join("search_space.json");
    std::fs::write(
        &exp,
        r#"{"${lr}": {"_type": "uniform", "_value": [0.1, 0.5]}}"#,
    )
    .unwrap();
    let path = exp.to_string_lossy().into_owned();
    let ok = run([
        "hpoconf",
        "check",
        "--no-config",
        "--format",
        "json",
        path.as_str(),
    ]);
    std::fs::write(
        &exp,
        r#"{"${lr}": {"_type": "uniform", "_value": [0.5, 0.1]}}"#,
    )
    .unwrap();
    let bad = run([
        "hpoconf",
        "check",
        "--no-config",
        "--format",
        "json",
        path.as_str(),
    ]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(ok, EXIT_OK);
    assert_eq!(bad, hpoconf::cli::EXIT_FINDINGS);
}
