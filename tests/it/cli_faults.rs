//! File-system faults through the command line: unreadable paths, dangling and looping symbolic
//! links, FIFOs, files that disappear during the walk, a folder where a file is expected.
//!
//! The contract (DESIGN.md): exit 2 when a path cannot be read (a tool failure, with a message on
//! stderr naming the path), exit 1 for findings; one bad path never stops the others from being
//! checked; never a panic, never blocked.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A fresh folder under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "hpoconf-faults-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(p, text).expect("write");
    }

    fn symlink(&self, target: &str, rel: &str) {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::os::unix::fs::symlink(target, p).expect("symlink");
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What a run printed.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The paths of the files in the JSON report.
    fn reported(&self) -> Vec<String> {
        let json: serde_json::Value = serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout));
        json["files"]
            .as_array()
            .map(|files| {
                files
                    .iter()
                    .filter_map(|f| f["path"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[track_caller]
    fn no_panic(&self) {
        assert!(
            !self.stderr.contains("panicked"),
            "the tool panicked:\n{}",
            self.stderr
        );
    }
}

/// Runs `hpoconf ARGS` in `dir`, killing it (and failing) if it runs longer than `limit`: the
/// tool must never block (on a FIFO, a device, a symlink loop).
/// How long a run may take before it counts as blocked: minutes, never a speed limit (a busy
/// two-core machine is slow, and a flaky test rejects good work).
const HANG_GUARD: Duration = Duration::from_secs(300);

fn hpoconf_within(dir: &Path, args: &[&str], limit: Duration) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_ACTIONS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn hpoconf");
    // read the pipes on threads so a full pipe cannot block the child
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hpoconf {args:?} still running after {limit:?}: it blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
    }
}

fn hpoconf(dir: &Path, args: &[&str]) -> Run {
    hpoconf_within(dir, args, HANG_GUARD)
}

const BAD_EXP: &str = "trialConcurency: 1\n";

#[test]
fn unreadable_file_is_a_tool_failure_and_the_others_are_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("perm");
    dir.write("secret/exp.yml", BAD_EXP);
    dir.write("ok/exp.yml", BAD_EXP);
    let locked = dir.path("secret/exp.yml");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read(&locked).is_ok() {
        // root (as in CI containers) reads whatever the mode says
        eprintln!("skipped: this user can read a chmod 000 file (running as root?)");
        return;
    }
    let r = hpoconf(
        &dir.0,
        &["check", "--format", "json", "secret/exp.yml", "ok"],
    );
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("hpoconf: error: secret/exp.yml: permission denied"),
        "{}",
        r.stderr
    );
    assert_eq!(r.reported(), ["ok/exp.yml"]);
}

#[test]
fn path_through_a_file_is_a_tool_failure() {
    // `exp.yml/x.yml`: not a directory; unreadable for root too
    let dir = TempDir::new("notdir");
    dir.write("exp.yml", BAD_EXP);
    dir.write("ok/exp.yml", BAD_EXP);
    let r = hpoconf(
        &dir.0,
        &["check", "--format", "json", "exp.yml/x.yml", "ok"],
    );
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("exp.yml/x.yml: "), "{}", r.stderr);
    assert_eq!(r.reported(), ["ok/exp.yml"]);
}

#[test]
fn missing_path_is_a_tool_failure() {
    let dir = TempDir::new("missing");
    dir.write("exp.yml", BAD_EXP);
    let r = hpoconf(
        &dir.0,
        &["check", "--format", "json", "nope.yml", "exp.yml"],
    );
    assert_eq!(r.code, Some(2));
    assert!(
        r.stderr
            .contains("hpoconf: error: nope.yml: no such file or folder"),
        "{}",
        r.stderr
    );
    assert_eq!(r.reported(), ["exp.yml"]);
}

#[test]
fn dangling_symlink_named_on_the_command_line() {
    let dir = TempDir::new("dangling");
    dir.symlink("nowhere.yml", "exp.yml");
    dir.write("ok/exp.yml", BAD_EXP);
    let r = hpoconf(&dir.0, &["check", "--format", "json", "exp.yml", "ok"]);
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("hpoconf: error: exp.yml: no such file or folder"),
        "{}",
        r.stderr
    );
    assert_eq!(r.reported(), ["ok/exp.yml"]);
}

#[test]
fn dangling_symlink_in_a_walked_folder() {
    let dir = TempDir::new("dangling-walk");
    dir.symlink("nowhere.yml", "exps/a/exp.yml");
    dir.write("exps/b/exp.yml", BAD_EXP);
    let r = hpoconf(&dir.0, &["check", "--format", "json", "exps"]);
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr.contains("exps/a/exp.yml: dangling symbolic link"),
        "{}",
        r.stderr
    );
    assert_eq!(r.reported(), ["exps/b/exp.yml"]);
}

#[test]
fn looping_file_symlinks() {
    let dir = TempDir::new("loop");
    dir.symlink("b.yml", "exps/a.yml");
    dir.symlink("a.yml", "exps/b.yml");
    dir.write("exps/c/exp.yml", BAD_EXP);
    // named
    let r = hpoconf(
        &dir.0,
        &["check", "--format", "json", "exps/a.yml", "exps/c"],
    );
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("exps/a.yml: "), "{}", r.stderr);
    assert!(r.stderr.contains("symbolic links"), "{}", r.stderr);
    assert_eq!(r.reported(), ["exps/c/exp.yml"]);
    // walked
    let r = hpoconf(&dir.0, &["check", "--format", "json", "exps"]);
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("exps/a.yml"), "{}", r.stderr);
    assert!(r.stderr.contains("exps/b.yml"), "{}", r.stderr);
    assert_eq!(r.reported(), ["exps/c/exp.yml"]);
}

#[test]
fn looping_folder_symlinks_are_walked_once() {
    let dir = TempDir::new("dirloop");
    dir.write("exps/a/exp.yml", BAD_EXP);
    dir.symlink("..", "exps/a/up");
    dir.symlink("../a", "exps/a/self");
    let r = hpoconf_within(&dir.0, &["check", "--format", "json", "exps"], HANG_GUARD);
    r.no_panic();
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(r.reported(), ["exps/a/exp.yml"]);
}

#[test]
fn fifo_named_on_the_command_line_does_not_block() {
    let dir = TempDir::new("fifo");
    let made = Command::new("mkfifo")
        .arg(dir.path("exp.yml"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    dir.write("ok/exp.yml", BAD_EXP);
    for args in [
        &["check", "--format", "json", "exp.yml", "ok"][..],
        &[
            "check", "--format", "json", "--kind", "exp-yml", "exp.yml", "ok",
        ][..],
    ] {
        let r = hpoconf_within(&dir.0, args, HANG_GUARD);
        r.no_panic();
        assert_eq!(r.code, Some(2), "{args:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("exp.yml: is not a regular file (a FIFO, socket or device is not read)"),
            "{}",
            r.stderr
        );
        assert_eq!(r.reported(), ["ok/exp.yml"]);
    }
}

#[test]
fn fifo_in_a_walked_folder_does_not_block() {
    let dir = TempDir::new("fifo-walk");
    let made = Command::new("mkfifo")
        .arg(dir.path("exp.yml"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    dir.write("ok/exp.yml", BAD_EXP);
    let r = hpoconf_within(&dir.0, &["check", "--format", "json", "."], HANG_GUARD);
    r.no_panic();
    assert!(matches!(r.code, Some(1 | 2)), "{:?}: {}", r.code, r.stderr);
    assert_eq!(r.reported(), ["ok/exp.yml"]);
}

#[test]
fn devices_are_not_read() {
    let dir = TempDir::new("dev");
    dir.write("exp.yml", BAD_EXP);
    for dev in ["/dev/zero", "/dev/null", "/dev/urandom"] {
        if !Path::new(dev).exists() {
            continue;
        }
        let r = hpoconf_within(
            &dir.0,
            &[
                "check", "--format", "json", "--kind", "exp-yml", dev, "exp.yml",
            ],
            HANG_GUARD,
        );
        r.no_panic();
        assert_eq!(r.code, Some(2), "{dev}: {}", r.stderr);
        assert!(r.stderr.contains(&format!("{dev}: ")), "{}", r.stderr);
        assert_eq!(r.reported(), ["exp.yml"]);
    }
}

#[test]
fn files_disappearing_during_the_walk() {
    // a racing thread deletes files while a large folder is checked: never a panic; each file
    // is either checked or reported as a failure
    for round in 0..3 {
        let dir = TempDir::new("race");
        for i in 0..600 {
            dir.write(&format!("exps/e{i:03}/exp.yml"), BAD_EXP);
            dir.write(
                &format!("exps/e{i:03}/search_space.json"),
                "{\"${a}\": {\"_type\": \"choice\", \"_value\": [1, 1]}}",
            );
        }
        let root = dir.path("exps");
        let deleter = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(5 * round));
            for i in (0..600).rev() {
                let _ = std::fs::remove_dir_all(root.join(format!("e{i:03}")));
            }
        });
        let r = hpoconf(&dir.0, &["check", "--format", "json", "exps"]);
        let _ = deleter.join();
        r.no_panic();
        assert!(
            matches!(r.code, Some(0..=2)),
            "exit {:?}: {}",
            r.code,
            r.stderr
        );
        // the JSON report is complete even when files vanished
        let _ = r.reported();
    }
}

#[test]
fn a_file_deleted_after_the_walk_found_it() {
    // deterministic stand-in for the race: a file named twice, the second a dangling link
    let dir = TempDir::new("vanish");
    dir.write("a/exp.yml", BAD_EXP);
    dir.symlink("../gone/exp.yml", "b/exp.yml");
    let r = hpoconf(&dir.0, &["check", "--format", "json", "a", "b"]);
    r.no_panic();
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert_eq!(r.reported(), ["a/exp.yml"]);
}

#[test]
fn empty_and_unknown_files_named_on_the_command_line() {
    let dir = TempDir::new("unknown");
    dir.write("notes.txt", "hello\n");
    dir.write("exp.yml", BAD_EXP);
    let r = hpoconf(
        &dir.0,
        &["check", "--format", "json", "notes.txt", "exp.yml"],
    );
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("notes.txt: cannot tell what kind of file this is; pass --kind"),
        "{}",
        r.stderr
    );
    assert_eq!(r.reported(), ["exp.yml"]);
    // an empty exp.yml is a finding, not a failure
    dir.write("empty/exp.yml", "");
    let r = hpoconf(&dir.0, &["check", "--format", "json", "empty/exp.yml"]);
    assert_eq!(r.code, Some(1), "{}", r.stderr);
}

#[test]
fn folder_given_with_kind() {
    let dir = TempDir::new("kind-folder");
    dir.write("exps/a/exp.yml", BAD_EXP);
    dir.write("exp.yml", BAD_EXP);
    let r = hpoconf(
        &dir.0,
        &[
            "check", "--format", "json", "--kind", "exp-yml", "exps", "exp.yml",
        ],
    );
    r.no_panic();
    // a clear message naming the folder and --kind
    assert!(r.stderr.contains("exps"), "{}", r.stderr);
    assert!(r.stderr.contains("--kind"), "{}", r.stderr);
    // the other file is still checked; findings (exit 1), not a tool failure
    assert!(r.reported().contains(&"exp.yml".to_owned()));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
}

#[test]
fn failures_are_reported_once_per_file() {
    let dir = TempDir::new("once");
    dir.symlink("nowhere.yml", "exps/dangling.yml");
    dir.write("exps/sub/exp.yml", BAD_EXP);
    dir.symlink("..", "exps/sub/up");
    let r = hpoconf(&dir.0, &["check", "--format", "json", "exps"]);
    r.no_panic();
    assert_eq!(r.code, Some(2));
    assert_eq!(r.stderr.matches("dangling.yml").count(), 1, "{}", r.stderr);
}
