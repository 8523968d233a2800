//! Helpers for the CLI tests: scratch folders, running the built binary, snapshots.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A scratch folder, removed when dropped.
pub struct Scratch {
    pub dir: PathBuf,
}

impl Scratch {
    /// A new empty folder, unique to this process and call.
    pub fn new(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "hpoconf-cli-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch folder");
        Scratch { dir }
    }

    /// Writes a file (creating its folders).
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> &Scratch {
        let p = self.dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&p, content).expect("write file");
        self
    }

    /// Runs `hpoconf ARGS` in the scratch folder, with a clean environment for the variables
    /// that change the output.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    /// Runs with extra environment variables.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hpoconf"));
        cmd.args(args)
            .current_dir(&self.dir)
            .env_remove("GITHUB_ACTIONS")
            .env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        Run::from(cmd.output().expect("run hpoconf"))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The result of a run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// The stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// `path line:col code` for every diagnostic of the JSON report whose code is in `codes`
    /// (all when empty): robust to diagnostics that other rules may add.
    pub fn codes(&self, codes: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        let v = self.json();
        for f in v["files"].as_array().into_iter().flatten() {
            for d in f["diagnostics"].as_array().into_iter().flatten() {
                let code = d["code"].as_str().unwrap_or("");
                if codes.is_empty() || codes.contains(&code) {
                    out.push(format!(
                        "{} {}:{} {} {}",
                        f["path"].as_str().unwrap_or(""),
                        d["line"],
                        d["column"],
                        code,
                        d["severity"].as_str().unwrap_or("")
                    ));
                }
            }
        }
        out
    }
}

/// The snapshot folder of the CLI tests.
pub fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/cli")
}

/// Asserts `actual` equals the snapshot `name` (UPDATE_SNAPSHOTS=1 rewrites it).
pub fn assert_snapshot(name: &str, actual: &str) {
    let path = snapshot_dir().join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshot_dir()).expect("create snapshot folder");
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "snapshot {} differs (rerun with UPDATE_SNAPSHOTS=1 to accept, then review the diff)\n--- expected\n{expected}--- actual\n{actual}",
        path.display()
    );
}

/// A search space with a trailing comma: one syntax error, which stops the file's checking.
// A tab keeps a trailing comma an error in a search space (NNI's YAML fallback fails on tabs;
// without one it is only a `trailing-comma` warning).
pub const TRAILING_COMMA: &str = "{\"${lr}\":\t{\"_type\": \"uniform\", \"_value\": [0, 1],}}\n";

/// A search space with a duplicate key (HPO003's documented bad example).
pub const DUPLICATE: &str = "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]},\n \"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 2]}}\n";

/// A valid search space (HPO001's documented good example).
pub const VALID: &str = "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n";

/// Escapes the two `language` patterns of the official SARIF 2.1.0 schema that Rust's regex
/// engines reject (`]` outside a class); returns how many were fixed.
pub fn escape_language_patterns(v: &mut serde_json::Value) -> usize {
    const BAD: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match v {
        serde_json::Value::Object(map) => {
            let mut n = 0;
            for (k, child) in map.iter_mut() {
                if k == "pattern" && child == BAD {
                    *child = r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$".into();
                    n += 1;
                } else {
                    n += escape_language_patterns(child);
                }
            }
            n
        }
        serde_json::Value::Array(items) => items.iter_mut().map(escape_language_patterns).sum(),
        _ => 0,
    }
}

/// A validator of the SARIF 2.1.0 schema (tests/data/sarif-2.1.0.schema.json).
pub fn sarif_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-2.1.0.schema.json"),
    )
    .expect("schema");
    let mut schema: serde_json::Value = serde_json::from_str(&text).expect("schema JSON");
    escape_language_patterns(&mut schema);
    jsonschema::validator_for(&schema).expect("schema compiles")
}
