//! Walking folders: ignore files, skipped folders, symbolic links, unreadable files, parallel
//! checking with a deterministic order.

use crate::cli_support;

use cli_support::{Scratch, TRAILING_COMMA, VALID};

fn files(r: &cli_support::Run) -> Vec<String> {
    r.json()["files"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| f["path"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn ignore_files_hidden_and_build_folders_are_skipped() {
    let s = Scratch::new("walk-ignore");
    s.write("exp/search_space.json", VALID);
    s.write(".gitignore", "generated/\n");
    s.write("generated/search_space.json", TRAILING_COMMA);
    s.write("sub/.ignore", "scratch_*.json\n");
    s.write("sub/scratch_1.json", TRAILING_COMMA);
    s.write("sub/search_space.json", VALID);
    s.write(".hidden/search_space.json", TRAILING_COMMA);
    s.write("target/search_space.json", TRAILING_COMMA);
    s.write("node_modules/x/search_space.json", TRAILING_COMMA);
    s.write("deep/.git/search_space.json", TRAILING_COMMA);
    s.write("README.md", "not checked");
    s.write("package.json", "{\"name\": \"not a kind\"}");
    let r = s.run(&["check", "--format", "json", "."]);
    assert_eq!(
        files(&r),
        ["exp/search_space.json", "sub/search_space.json"]
    );
    // a hidden folder named on the command line is walked
    let r = s.run(&["check", "--format", "json", ".hidden"]);
    assert_eq!(files(&r), [".hidden/search_space.json"]);
}

#[test]
fn each_file_is_reported_once() {
    let s = Scratch::new("walk-once");
    s.write("a/search_space.json", TRAILING_COMMA);
    let r = s.run(&[
        "check",
        "--format",
        "json",
        ".",
        "a",
        "./a/search_space.json",
    ]);
    assert_eq!(files(&r), ["a/search_space.json"]);
}

#[test]
fn order_does_not_depend_on_threads() {
    let s = Scratch::new("walk-order");
    for i in 0..40 {
        let text = if i % 3 == 0 { TRAILING_COMMA } else { VALID };
        s.write(&format!("d{}/e{i}/search_space.json", i % 7), text);
    }
    let one = s.run(&["check", "--color", "never", "-j", "1", "."]);
    for jobs in ["2", "8", "0"] {
        let many = s.run(&["check", "--color", "never", "-j", jobs, "."]);
        assert_eq!(one.stdout, many.stdout, "-j {jobs}");
        assert_eq!(one.code, many.code);
    }
    let mut sorted = files(&s.run(&["check", "--format", "json", "."]));
    let got = sorted.clone();
    sorted.sort();
    assert_eq!(got, sorted);
}

#[test]
fn too_large_files_are_failures_and_the_rest_is_checked() {
    let s = Scratch::new("walk-large");
    s.write("a/search_space.json", TRAILING_COMMA);
    s.write(
        "b/search_space.json",
        format!("{}{}", VALID, " ".repeat(100)),
    );
    let r = s.run(&["check", "--color", "never", "--max-file-size", "80", "."]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("b/search_space.json: the file is 150 bytes"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("error[HPO001]"), "{}", r.stdout);
}

#[cfg(unix)]
#[test]
fn symbolic_links() {
    use std::os::unix::fs::symlink;
    let s = Scratch::new("walk-links");
    s.write("real/search_space.json", TRAILING_COMMA);
    s.write("other/search_space.json", VALID);
    // a link to a folder outside the walked tree is followed
    symlink(s.dir.join("other"), s.dir.join("real/linked")).expect("symlink");
    // a loop: a warning, the run goes on and its exit status is unchanged
    symlink(s.dir.join("real"), s.dir.join("real/loop")).expect("symlink");
    let r = s.run(&["check", "--format", "json", "real"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        files(&r),
        ["real/linked/search_space.json", "real/search_space.json"]
    );
    assert!(
        r.stderr
            .starts_with("hpoconf: warning: real/loop: symbolic link loop to real"),
        "{}",
        r.stderr
    );
    // a dangling link that looks like a config file: a failure (exit 2), the rest is checked
    symlink(
        s.dir.join("nowhere.json"),
        s.dir.join("real/search_space_2.json"),
    )
    .expect("symlink");
    // a dangling link to anything else is no concern of ours
    symlink(s.dir.join("nowhere.txt"), s.dir.join("real/notes.txt")).expect("symlink");
    let r = s.run(&["check", "--format", "json", "real"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("hpoconf: error: real/search_space_2.json: dangling symbolic link"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("notes.txt"), "{}", r.stderr);
    assert_eq!(files(&r).len(), 2);
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_failures_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new("walk-unreadable");
    s.write("a/search_space.json", TRAILING_COMMA);
    s.write("b/search_space.json", VALID);
    let locked = s.dir.join("b/search_space.json");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        return; // running as root: permissions do not stop reading
    }
    let r = s.run(&["check", "--format", "json", "."]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("b/search_space.json: permission denied"),
        "{}",
        r.stderr
    );
    assert_eq!(files(&r), ["a/search_space.json"]);
}

/// A file is one file however it is reached: named twice, through a link to it, a hard link,
/// a `..` path, and as the search space an exp.yml names through a linked folder (the run
/// tells files apart by device and inode, not by canonical path: issue 17).
#[cfg(unix)]
#[test]
fn a_file_reached_several_ways_is_reported_once() {
    use std::os::unix::fs::symlink;
    let s = Scratch::new("walk-identity");
    s.write("exp/search_space.json", TRAILING_COMMA);
    s.write(
        "exp/exp.yml",
        "searchSpaceFile: ../linked/search_space.json\ntrialCommand: python3 t.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    );
    symlink(s.dir.join("exp"), s.dir.join("linked")).expect("symlink");
    symlink(
        s.dir.join("exp/search_space.json"),
        s.dir.join("alias.json"),
    )
    .expect("symlink");
    std::fs::hard_link(
        s.dir.join("exp/search_space.json"),
        s.dir.join("hard_search_space.json"),
    )
    .expect("hard link");
    let r = s.run(&[
        "check",
        "--format",
        "json",
        "exp/search_space.json",
        "exp/../exp/search_space.json",
        "alias.json",
        "hard_search_space.json",
        "exp/exp.yml",
    ]);
    assert_eq!(r.code, 1, "{r:?}");
    // the search space once, under the first path that names it
    assert_eq!(
        files(&r),
        ["exp/exp.yml", "exp/search_space.json"],
        "{}",
        r.stdout
    );
    // two different files with the same text are two files
    s.write("copy/search_space.json", TRAILING_COMMA);
    let r = s.run(&[
        "check",
        "--format",
        "json",
        "exp/search_space.json",
        "copy/search_space.json",
    ]);
    assert_eq!(
        files(&r),
        ["copy/search_space.json", "exp/search_space.json"]
    );
}
