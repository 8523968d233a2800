//! The filesystem, as the pipeline sees it (one batch of files at a time), and where a file that
//! an exp.yml names is: the answer the pipeline gets, and the one the batch plan groups by.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::{Options, read_file};
use crate::config;
use crate::pipeline::{self, Resolved, Source};

/// Where a file that a document names is.
pub(super) enum Place<T> {
    /// One of the files of the run (by its canonical path).
    Held(T),
    /// Another file, to be read at this path.
    File(PathBuf),
    /// It does not exist.
    Missing,
}

/// Where `written`, named by the file at `fs_path` (canonically `canon`), is; `held` finds a
/// file of the run by its canonical path.
pub(super) fn locate<T>(
    fs_path: &Path,
    canon: Option<&Path>,
    written: &str,
    held: impl Fn(&Path) -> Option<T>,
) -> Place<T> {
    let dir = fs_path.parent().map(Path::to_path_buf).unwrap_or_default();
    let path = dir.join(written);
    // A loaded file's canonical path that equals the exp.yml's canonical folder joined
    // with the reference is the reference's canonical path (a canonical path has no
    // `..` and no link): no `canonicalize` for the usual `search_space.json` beside it.
    if let Some(found) = canon
        .and_then(Path::parent)
        .and_then(|d| held(&d.join(written)))
    {
        return Place::Held(found);
    }
    let Ok(c) = std::fs::canonicalize(&path) else {
        return Place::Missing;
    };
    match held(&c) {
        Some(found) => Place::Held(found),
        None => Place::File(path),
    }
}

/// The filesystem for one batch: referenced files are read from disk (once, and matched by
/// canonical path with the files of the batch), each file gets the settings of its
/// configuration file.
pub(super) struct FsHost<'a> {
    pub options: &'a Options,
    pub resolver: &'a config::Resolver,
    pub jobs: usize,
    /// Displayed path -> (path to read, canonical path).
    pub files: HashMap<String, (PathBuf, Option<PathBuf>)>,
    /// Canonical path -> displayed path, of the files read.
    pub by_canon: HashMap<PathBuf, String>,
}

impl FsHost<'_> {
    fn fs_path(&self, path: &str) -> PathBuf {
        self.files
            .get(path)
            .map_or_else(|| PathBuf::from(path), |(p, _)| p.clone())
    }
}

impl pipeline::Host for FsHost<'_> {
    fn resolve(&self, from: &str, written: &str, joined: &str) -> Resolved {
        let Some((fs_path, canon)) = self.files.get(from) else {
            return Resolved::Unknown;
        };
        // shown as the pipeline normalized it (`sup/trial.ini`, not `sup/./trial.ini`)
        let display = joined.to_owned();
        match locate(fs_path, canon.as_deref(), written, |c| {
            self.by_canon.get(c).cloned()
        }) {
            Place::Held(held) => Resolved::Held(held),
            Place::Missing => Resolved::Missing(display),
            Place::File(path) => match read_file(&path, self.options.max_file_size) {
                Ok(bytes) => Resolved::Read(Source::owned(display, bytes)),
                Err(_) => Resolved::Missing(display),
            },
        }
    }

    fn levels(&self, path: &str) -> BTreeMap<&'static str, config::Level> {
        let fs = self.fs_path(path);
        self.resolver.levels(&self.resolver.normalize(&fs))
    }

    fn fixes(&self, path: &str) -> BTreeMap<&'static str, config::FixSetting> {
        let fs = self.fs_path(path);
        self.resolver.fixes(&config::normalize(&fs))
    }

    fn report_referenced(&self, path: &str) -> bool {
        let fs = self.fs_path(path);
        !self.resolver.excluded(&self.resolver.normalize(&fs), false)
    }

    fn jobs(&self) -> usize {
        self.jobs
    }
}
