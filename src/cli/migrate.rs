//! `hpoconf migrate FILE... [--write | --diff]`: NNI v1 exp.yml files rewritten as v2.
//!
//! Exit status: 0 when every file was converted (or is already v2), 1 when a file has errors
//! that block its conversion (reported on stderr as `check` reports them), 2 when the tool
//! failed (a file that cannot be read or written).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK};
use crate::migrate::{MigrateError, Migration, migrate};
use crate::report;

/// The arguments of `migrate`.
#[derive(clap::Args, Debug)]
pub(super) struct MigrateArgs {
    /// NNI v1 exp.yml files.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Replace each file with its v2 version (atomically: a temporary file beside it, renamed
    /// over it).
    #[arg(long, conflicts_with = "diff")]
    write: bool,
    /// Print a unified diff from each file to its v2 version.
    #[arg(long)]
    diff: bool,
}

pub(super) fn run(args: MigrateArgs) -> u8 {
    if !args.write && !args.diff && args.files.len() > 1 {
        eprintln!("hpoconf: error: migrate prints one file; with several, pass --write or --diff");
        return EXIT_FAILURE;
    }
    let mut status = EXIT_OK;
    let stdout = std::io::stdout();
    for path in &args.files {
        let display = path.to_string_lossy().replace('\\', "/");
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    eprintln!("hpoconf: error: {display}: not UTF-8 text");
                    status = status.max(EXIT_FINDINGS);
                    continue;
                }
            },
            Err(e) => {
                eprintln!("hpoconf: error: {display}: cannot be read: {e}");
                status = EXIT_FAILURE;
                continue;
            }
        };
        let v2 = match migrate(&display, &text) {
            Ok(Migration::Converted(v2)) => v2,
            Ok(Migration::AlreadyV2) => {
                eprintln!("hpoconf: {display}: not an NNI v1 config; left as it is");
                if !args.write && !args.diff {
                    let _ = stdout.lock().write_all(text.as_bytes());
                }
                continue;
            }
            Err(MigrateError::Blocked(report)) => {
                let rendered = report::human::render(
                    std::slice::from_ref(&report),
                    &[Some(text.as_str())],
                    false,
                );
                eprint!("{rendered}");
                status = status.max(EXIT_FINDINGS);
                continue;
            }
        };
        if args.write {
            if let Err(e) = write_atomically(path, &v2) {
                eprintln!("hpoconf: error: {display}: cannot be written: {e}");
                status = EXIT_FAILURE;
            }
        } else if args.diff {
            let d = unified_diff(&display, &text, &v2);
            let _ = stdout.lock().write_all(d.as_bytes());
        } else {
            let _ = stdout.lock().write_all(v2.as_bytes());
        }
    }
    status
}

/// Replaces `path` with `text`: a temporary file beside the real file (a symbolic link is
/// followed to the file it names, and the link is left as it is), then a rename over it, so
/// that a reader sees the old file or the new one, never a part. The permissions are kept.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let real = std::fs::canonicalize(path)?;
    let dir = real.parent().unwrap_or(Path::new("."));
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.hpoconf-migrate-{}.tmp",
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        if let Ok(meta) = std::fs::metadata(&real) {
            std::fs::set_permissions(&tmp, meta.permissions())?;
        }
        std::fs::rename(&tmp, &real)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A unified diff (3 lines of context) from `old` to `new`.
pub(crate) fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // LCS table (configs are small)
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let v = if a.get(i) == b.get(j) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
            lcs[i][j] = v;
        }
    }
    // edit script: (' ' | '-' | '+', line, old index, new index)
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a.get(i) == b.get(j) {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    if ops.iter().all(|(k, _)| *k == ' ') {
        return String::new();
    }
    let mut out = format!("--- {name}\n+++ {name} (v2)\n");
    let changed: Vec<usize> = (0..ops.len()).filter(|k| ops[*k].0 != ' ').collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(3);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 6 {
            end = changed[k];
            k += 1;
        }
        let end = (end + 4).min(ops.len());
        let old_start = ops[..start].iter().filter(|(c, _)| *c != '+').count();
        let new_start = ops[..start].iter().filter(|(c, _)| *c != '-').count();
        let old_len = ops[start..end].iter().filter(|(c, _)| *c != '+').count();
        let new_len = ops[start..end].iter().filter(|(c, _)| *c != '-').count();
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            old_start + usize::from(old_len > 0),
            old_len,
            new_start + usize::from(new_len > 0),
            new_len
        ));
        for (c, line) in &ops[start..end] {
            out.push(*c);
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unified_diff;

    #[test]
    fn diff_of_one_changed_line() {
        let d = unified_diff("f", "a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(d, "--- f\n+++ f (v2)\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
        assert_eq!(unified_diff("f", "a\n", "a\n"), "");
    }
}
