//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use hpoconf::check::FileReport;

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The NNI corpus beside the checkout (`../shared/corpus/nni`).
pub fn corpus() -> PathBuf {
    root().join("../shared/corpus/nni")
}

/// One line per diagnostic: `path:line:col-end_line:end_col severity CODE name pointer: message [help: ...]`.
pub fn snapshot_lines(reports: &[FileReport], strip: &Path) -> String {
    let strip = strip.to_string_lossy().replace('\\', "/");
    let mut out = String::new();
    for r in reports {
        let path = r
            .path
            .strip_prefix(strip.as_str())
            .unwrap_or(&r.path)
            .trim_start_matches('/');
        let kind = r.kind.map(|k| k.id()).unwrap_or("unknown");
        out.push_str(&format!("# {path} ({kind})\n"));
        for d in &r.diagnostics {
            // Messages may name resolved paths: keep snapshots independent of the checkout's place.
            let message = d.message.replace(&format!("{strip}/"), "");
            out.push_str(&format!(
                "{}:{}-{}:{} {} {} {} `{}`: {}",
                d.line,
                d.column,
                d.end_line,
                d.end_column,
                d.severity,
                d.code,
                d.name,
                d.pointer,
                message
            ));
            if let Some(h) = &d.help {
                out.push_str(&format!(" [help: {h}]"));
            }
            out.push('\n');
        }
    }
    out
}

/// Compares `actual` with the snapshot file; with `UPDATE_SNAPSHOTS=1` rewrites it instead.
/// Returns a description of the difference, if any.
pub fn compare_snapshot(path: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, actual).expect("write snapshot");
        return None;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        None
    } else {
        Some(format!(
            "snapshot {} differs (rerun with UPDATE_SNAPSHOTS=1 to accept, then review the diff)\n--- expected\n{expected}--- actual\n{actual}",
            path.display()
        ))
    }
}
