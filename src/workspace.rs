//! The IO edge: reading files and folders, grouping experiment directories, and checking them.
//!
//! The core ([`crate::check`]) works on strings; this module finds the files, reads them, and
//! keeps one bad file from stopping the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::check::{self, Document, FileReport, FileText};
use crate::kind::{self, Kind};

/// Options of a run over paths.
#[derive(Debug, Clone)]
pub struct Options {
    /// Forces the kind of every file named on the command line (not of files found in folders).
    pub kind: Option<Kind>,
    /// Files larger than this are not read; a `file-too-large` failure is reported instead.
    pub max_file_size: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kind: None,
            max_file_size: 64 * 1024 * 1024,
        }
    }
}

/// Something that kept the tool from checking a path (exit status 2).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct Failure {
    /// The path concerned, as displayed.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// The result of a run.
#[derive(Debug, Default)]
pub struct Outcome {
    /// One report per checked file, in path order.
    pub reports: Vec<FileReport>,
    /// Paths that could not be checked.
    pub failures: Vec<Failure>,
    /// The text of each checked file, by displayed path (for renderers that show snippets).
    pub texts: BTreeMap<String, std::sync::Arc<FileText>>,
}

/// A file found on the command line or in a folder.
#[derive(Debug, Clone)]
struct Candidate {
    path: PathBuf,
    display: String,
    forced: Option<Kind>,
    named: bool,
}

/// Folders a walk never enters.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    "target",
    "node_modules",
    ".hg",
    ".svn",
    "__pycache__",
];

/// Checks files and folders (recursively), with cross-file checks of experiment directories.
pub fn check_paths(paths: &[PathBuf], options: &Options) -> Outcome {
    let mut outcome = Outcome::default();
    let mut candidates = Vec::new();
    for p in paths {
        collect(p, options, &mut candidates, &mut outcome.failures);
    }
    // one report per file, even if named twice
    let mut seen = std::collections::HashSet::new();
    candidates.retain(|c| seen.insert(c.path.clone()));

    let mut loaded: Vec<Loaded> = Vec::new();
    for c in &candidates {
        match read_file(&c.path, options.max_file_size) {
            Ok(bytes) => {
                if let Some(l) = load(&c.display, &bytes, c.forced, c.path.clone()) {
                    loaded.push(l);
                } else if c.named {
                    outcome.failures.push(Failure {
                        path: c.display.clone(),
                        message: "cannot tell what kind of file this is; pass --kind".to_owned(),
                    });
                }
            }
            Err(message) => outcome.failures.push(Failure {
                path: c.display.clone(),
                message,
            }),
        }
    }

    let mut by_file: BTreeMap<String, FileReport> = BTreeMap::new();
    for l in &loaded {
        let mut diagnostics = l.encoding.clone();
        check::check_document(&l.doc, &mut diagnostics);
        by_file.insert(
            l.doc.file.path.clone(),
            check::finish(&l.doc.file.path, Some(l.doc.kind), diagnostics),
        );
        outcome
            .texts
            .insert(l.doc.file.path.clone(), l.doc.file.clone());
    }
    outcome.reports = by_file.into_values().collect();
    outcome
}

/// A read and parsed file.
struct Loaded {
    doc: Document,
    encoding: Vec<crate::diagnostic::Diagnostic>,
    #[allow(dead_code)]
    path: PathBuf,
}

fn load(display: &str, bytes: &[u8], forced: Option<Kind>, path: PathBuf) -> Option<Loaded> {
    let (text, problem) = crate::source::decode(bytes);
    let kind = forced.or_else(|| kind::detect(display, &text))?;
    let doc = Document::whole(kind, FileText::new(display, text));
    let encoding = problem.map(|p| doc.syntax(p)).into_iter().collect();
    Some(Loaded {
        doc,
        encoding,
        path,
    })
}

fn read_file(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| describe_io(&e))?;
    if meta.is_dir() {
        return Err("is a folder where a file was expected".to_owned());
    }
    if !meta.is_file() {
        return Err("is not a regular file (a FIFO, socket or device is not read)".to_owned());
    }
    if meta.len() > max {
        return Err(format!(
            "the file is {} bytes, more than the limit of {} bytes (raise it with --max-file-size)",
            meta.len(),
            max
        ));
    }
    std::fs::read(path).map_err(|e| describe_io(&e))
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read: {e}"),
    }
}

fn display_of(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

fn collect(path: &Path, options: &Options, out: &mut Vec<Candidate>, failures: &mut Vec<Failure>) {
    match std::fs::metadata(path) {
        Err(e) => failures.push(Failure {
            path: display_of(path),
            message: describe_io(&e),
        }),
        Ok(meta) if meta.is_dir() => {
            let mut stack = vec![path.to_path_buf()];
            let mut visited = std::collections::HashSet::new();
            while let Some(dir) = stack.pop() {
                if let Ok(canon) = std::fs::canonicalize(&dir) {
                    if !visited.insert(canon) {
                        continue; // a symlink loop
                    }
                }
                let entries = match std::fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(e) => {
                        failures.push(Failure {
                            path: display_of(&dir),
                            message: describe_io(&e),
                        });
                        continue;
                    }
                };
                let mut names: Vec<PathBuf> =
                    entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                names.sort();
                let mut subdirs = Vec::new();
                for p in names {
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    match std::fs::metadata(&p) {
                        Ok(m) if m.is_dir() => {
                            if !SKIPPED_DIRS.contains(&name.as_str()) {
                                subdirs.push(p);
                            }
                        }
                        Ok(m) if m.is_file() => {
                            if has_candidate_extension(&name) {
                                out.push(Candidate {
                                    display: display_of(&p),
                                    path: p,
                                    forced: None,
                                    named: false,
                                });
                            }
                        }
                        Ok(_) => {}
                        Err(e) => {
                            if std::fs::symlink_metadata(&p).is_ok()
                                && has_candidate_extension(&name)
                            {
                                failures.push(Failure {
                                    path: display_of(&p),
                                    message: format!(
                                        "dangling symbolic link ({})",
                                        describe_io(&e)
                                    ),
                                });
                            }
                        }
                    }
                }
                // depth-first in name order: push in reverse so the first name is walked first
                stack.extend(subdirs.into_iter().rev());
            }
        }
        Ok(_) => out.push(Candidate {
            display: display_of(path),
            path: path.to_path_buf(),
            forced: options.kind,
            named: true,
        }),
    }
}

fn has_candidate_extension(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".yml", ".yaml", ".json", ".ini"]
        .iter()
        .any(|e| lower.ends_with(e))
}
