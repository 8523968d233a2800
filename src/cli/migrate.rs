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
                // the snippets show the text with its secret spans masked (SPEC.md §4)
                let file = crate::document::FileText::new(display.clone(), text.clone());
                let _ = crate::document::Document::whole(crate::Kind::ExpYml, file.clone());
                let masked = file.masked_text();
                let rendered =
                    report::human::render(std::slice::from_ref(&report), &[Some(&masked)], false);
                eprint!("{rendered}");
                status = status.max(EXIT_FINDINGS);
                continue;
            }
        };
        let errors = errors_in(path);
        if errors > 0 {
            eprintln!(
                "hpoconf: note: {display}: converted, but `hpoconf check` reports {errors} error(s) in it (NNI 3.0 would refuse the result too)"
            );
        }
        if args.write {
            if let Err(e) = super::write::atomic_bytes(path, v2.as_bytes()) {
                eprintln!("hpoconf: error: {display}: cannot be written: {}", e.source);
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

/// The errors `hpoconf check` reports in a file (with the files it names).
fn errors_in(path: &Path) -> usize {
    let options = crate::workspace::Options {
        kind: Some(crate::kind::Kind::ExpYml),
        ..crate::workspace::Options::default()
    };
    let outcome = crate::workspace::check_paths(&[path.to_path_buf()], &options);
    let shown = path.to_string_lossy().replace('\\', "/");
    outcome
        .reports
        .iter()
        .filter(|r| r.path == shown || outcome.reports.len() == 1)
        .map(|r| r.count(crate::diagnostic::Severity::Error))
        .sum()
}

/// Largest LCS table of a diff (lines of the old file times lines of the new one); beyond it the
/// diff is one hunk that replaces the whole file.
const MAX_DIFF_CELLS: usize = 4_000_000;

/// The edit script from `a` to `b`: `(' ' | '-' | '+', line)`, deletions before insertions.
fn edit_script<'t>(a: &[&'t str], b: &[&'t str]) -> Vec<(char, &'t str)> {
    let (n, m) = (a.len(), b.len());
    if n.saturating_mul(m) > MAX_DIFF_CELLS {
        let mut ops: Vec<(char, &str)> = a.iter().map(|l| ('-', *l)).collect();
        ops.extend(b.iter().map(|l| ('+', *l)));
        return ops;
    }
    // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i..] and b[j..]
    let w = m + 1;
    let mut lcs = vec![0u32; (n + 1) * w];
    let at = |t: &[u32], i: usize, j: usize| t.get(i * w + j).copied().unwrap_or(0);
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let v = if a.get(i) == b.get(j) {
                at(&lcs, i + 1, j + 1) + 1
            } else {
                at(&lcs, i + 1, j).max(at(&lcs, i, j + 1))
            };
            if let Some(cell) = lcs.get_mut(i * w + j) {
                *cell = v;
            }
        }
    }
    let mut ops = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                ops.push((' ', *x));
                i += 1;
                j += 1;
            }
            (Some(x), y) if y.is_none() || at(&lcs, i + 1, j) >= at(&lcs, i, j + 1) => {
                ops.push(('-', *x));
                i += 1;
            }
            (_, Some(y)) => {
                ops.push(('+', *y));
                j += 1;
            }
            (_, None) => break,
        }
    }
    ops
}

/// A unified diff (3 lines of context) from `old` to `new`; empty when they are the same.
pub(crate) fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let ops = edit_script(&a, &b);
    let changed: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, (c, _))| *c != ' ')
        .map(|(k, _)| k)
        .collect();
    if changed.is_empty() {
        return String::new();
    }
    let mut out = format!("--- {name}\n+++ {name} (v2)\n");
    let mut k = 0;
    while let Some(&first) = changed.get(k) {
        let start = first.saturating_sub(3);
        let mut last = first;
        while let Some(&c) = changed.get(k) {
            if c > last + 6 {
                break;
            }
            last = c;
            k += 1;
        }
        let end = (last + 4).min(ops.len());
        let before = ops.get(..start).unwrap_or(&[]);
        let hunk = ops.get(start..end).unwrap_or(&[]);
        let count =
            |ops: &[(char, &str)], skip: char| ops.iter().filter(|(c, _)| *c != skip).count();
        let (old_len, new_len) = (count(hunk, '+'), count(hunk, '-'));
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            count(before, '+') + usize::from(old_len > 0),
            old_len,
            count(before, '-') + usize::from(new_len > 0),
            new_len
        ));
        for (c, line) in hunk {
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
    fn diff_of_large_files_is_bounded() {
        let old: String = (0..3000).map(|i| format!("a{i}\n")).collect();
        let new: String = (0..3000).map(|i| format!("b{i}\n")).collect();
        let d = unified_diff("f", &old, &new);
        assert!(d.starts_with("--- f\n+++ f (v2)\n@@ -1,3000 +1,3000 @@\n-a0\n"));
    }

    #[test]
    fn diff_of_one_changed_line() {
        let d = unified_diff("f", "a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(d, "--- f\n+++ f (v2)\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
        assert_eq!(unified_diff("f", "a\n", "a\n"), "");
    }
}
