//! Finding the files to check: paths named on the command line, and folders walked with the
//! `ignore` crate (`.gitignore`, `.ignore` and hidden files honoured, symbolic links followed
//! with loop detection), minus the excluded paths of the configuration.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::WalkBuilder;

use super::{Failure, Options, describe_io, display_of};
use crate::config::Resolver;
use crate::kind::Kind;

/// A path as every format reports it: `/`-separated, without `.` components (`sup/./trial.ini`
/// is `sup/trial.ini`, `./a.json` is `a.json`) or doubled separators. `..` is kept: removing it
/// lexically would name another file when the folder before it is a symbolic link.
pub fn display_path(path: &Path) -> String {
    let lossy = path.to_string_lossy();
    if is_display_form(&lossy) {
        return lossy.into_owned();
    }
    display_slow(&lossy)
}

/// [`display_path`] of any text: its components again, without the empty and `.` ones.
fn display_slow(lossy: &str) -> String {
    let s = lossy.replace('\\', "/");
    let absolute = s.starts_with('/');
    let parts: Vec<&str> = s
        .split(crate::config::is_slash)
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    match (absolute, parts.is_empty()) {
        (true, _) => format!("/{}", parts.join("/")),
        (false, true) => ".".to_owned(),
        (false, false) => parts.join("/"),
    }
}

/// Whether [`display_path`] gives `s` back unchanged (most paths): no `\\`, no empty or `.`
/// component.
fn is_display_form(s: &str) -> bool {
    // (a byte at a time: a split searches for each `/` anew, 2,800 instructions for a path of
    // the NNI corpus)
    let body = s.strip_prefix('/').unwrap_or(s).as_bytes();
    let mut component = 0; // bytes of the component so far
    let mut dot = false; // the component so far is `.`
    for &b in body {
        match b {
            b'\\' => return false,
            b'/' if component == 0 || dot => return false,
            b'/' => component = 0,
            _ => {
                dot = component == 0 && b == b'.';
                component += 1;
            }
        }
    }
    component > 0 && !dot
}

/// Folders a walk never enters, even when no ignore file names them.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    "target",
    "node_modules",
    ".hg",
    ".svn",
    "__pycache__",
];

/// A file found on the command line or in a folder.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub path: PathBuf,
    pub display: String,
    pub forced: Option<Kind>,
    pub named: bool,
    /// `path` made absolute and normalized ([`Resolver::normalize`]): what the settings of
    /// the file are looked up by, worked out once.
    pub abs: PathBuf,
    /// The file's metadata (links followed), as the walk read it: the run takes the file's
    /// identity and its read the file's size from it, with no `stat` of their own.
    pub meta: Option<std::fs::Metadata>,
}

/// What the walks found, and what went wrong on the way.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub candidates: Vec<Candidate>,
    /// Paths that could not be read: exit status 2.
    pub failures: Vec<Failure>,
    /// Problems that left nothing unchecked (a symbolic link loop, a bad `.gitignore` line).
    pub warnings: Vec<Failure>,
}

/// Collects the files to check under `paths`.
pub(super) fn collect(paths: &[PathBuf], options: &Options, resolver: &Arc<Resolver>) -> Found {
    let mut found = Found::default();
    for path in paths {
        match std::fs::metadata(path) {
            Err(e) => found.failures.push(Failure {
                path: display_of(path),
                message: describe_io(&e),
            }),
            Ok(meta) if meta.is_dir() => walk(path, resolver, &mut found),
            Ok(meta) => {
                let abs = resolver.normalize(path);
                if !resolver.excluded(&abs, false) {
                    found.candidates.push(Candidate {
                        display: display_of(path),
                        path: path.clone(),
                        forced: options.kind,
                        named: true,
                        abs,
                        meta: Some(meta),
                    });
                }
            }
        }
    }
    found
}

fn walk(root: &Path, resolver: &Arc<Resolver>, found: &mut Found) {
    let filter = Arc::clone(resolver);
    let walker = WalkBuilder::new(root)
        .follow_links(true)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |e| {
            if e.depth() == 0 {
                return true;
            }
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            let name = e.file_name().to_string_lossy();
            if is_dir && SKIPPED_DIRS.contains(&name.as_ref()) {
                return false;
            }
            !filter.excluded(&filter.normalize(e.path()), is_dir)
        })
        .build();
    for result in walker {
        match result {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                let name = entry.file_name().to_string_lossy();
                if is_file && has_candidate_extension(&name) {
                    found.candidates.push(Candidate {
                        display: display_of(entry.path()),
                        path: entry.path().to_path_buf(),
                        forced: None,
                        named: false,
                        abs: resolver.normalize(entry.path()),
                        meta: entry.metadata().ok(),
                    });
                }
            }
            Err(e) => walk_error(&e, None, resolver, found),
        }
    }
}

/// Sorts a walk error into a failure (something was not checked) or a warning.
fn walk_error(e: &ignore::Error, path: Option<&Path>, resolver: &Resolver, found: &mut Found) {
    match e {
        ignore::Error::Partial(errors) => {
            for inner in errors {
                walk_error(inner, path, resolver, found);
            }
        }
        ignore::Error::WithPath { path, err } => walk_error(err, Some(path), resolver, found),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err, path, resolver, found)
        }
        ignore::Error::Loop { ancestor, child } => found.warnings.push(Failure {
            path: display_of(child),
            message: format!(
                "symbolic link loop to {} (not followed: its files are checked once, under their own path)",
                display_of(ancestor)
            ),
        }),
        ignore::Error::Io(io) => {
            let Some(path) = path else {
                found.failures.push(Failure {
                    path: String::new(),
                    message: describe_io(io),
                });
                return;
            };
            let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if is_link && std::fs::metadata(path).is_err() {
                // a dangling link: only one that looks like a configuration file matters
                if has_candidate_extension(&name) && !resolver.excluded(&resolver.normalize(path), false) {
                    found.failures.push(Failure {
                        path: display_of(path),
                        message: format!("dangling symbolic link ({})", describe_io(io)),
                    });
                }
            } else {
                found.failures.push(Failure {
                    path: display_of(path),
                    message: describe_io(io),
                });
            }
        }
        // errors in ignore files (a bad glob in a .gitignore): the walk goes on without it
        other => found.warnings.push(Failure {
            path: path.map(display_of).unwrap_or_default(),
            message: other.to_string(),
        }),
    }
}

fn has_candidate_extension(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".yml", ".yaml", ".json", ".ini"]
        .iter()
        .any(|e| lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths() {
        assert_eq!(display_path(Path::new("sup/./trial.ini")), "sup/trial.ini");
        assert_eq!(display_path(Path::new("./a.json")), "a.json");
        assert_eq!(display_path(Path::new("././a//b/")), "a/b");
        assert_eq!(display_path(Path::new("a/../b.ini")), "a/../b.ini");
        assert_eq!(display_path(Path::new("/x/./y")), "/x/y");
        assert_eq!(display_path(Path::new(".")), ".");
    }

    proptest::proptest! {
        /// The paths given back unchanged are those the components would give again.
        #[test]
        fn the_display_form_is_what_the_components_give(path in "[a./\\\\]{0,10}") {
            proptest::prop_assert_eq!(display_path(Path::new(&path)), display_slow(&path));
        }
    }
}
