//! The filesystem, as the pipeline sees it (one batch of files at a time), and where a file that
//! an exp.yml names is: the answer the pipeline gets, and the one the batch plan groups by.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::identity::{self, FileId};
use super::{Options, read_file};
use crate::config;
use crate::pipeline::{self, Resolved, Source};

/// Where a file that a document names is.
pub(super) enum Place<T> {
    /// One of the files of the run (by its identity).
    Held(T),
    /// Another file, to be read at this path (its metadata as the look-up read it).
    File(PathBuf, std::fs::Metadata),
    /// It does not exist.
    Missing,
}

/// Where `written`, named by the file at `fs_path`, is; `held` finds a file of the run by its
/// identity. One `stat` of the joined path (links followed, as NNI opens it).
pub(super) fn locate<T>(
    fs_path: &Path,
    written: &str,
    held: impl Fn(&FileId) -> Option<T>,
) -> Place<T> {
    let dir = fs_path.parent().map(Path::to_path_buf).unwrap_or_default();
    let path = dir.join(written);
    let Ok(meta) = std::fs::metadata(&path) else {
        return Place::Missing;
    };
    match identity::of_metadata(&meta, &path).and_then(|id| held(&id)) {
        Some(found) => Place::Held(found),
        None => Place::File(path, meta),
    }
}

/// The filesystem for one batch: referenced files are read from disk (once, and matched by
/// identity with the files of the batch), each file gets the settings of its
/// configuration file.
pub(super) struct FsHost<'a> {
    pub options: &'a Options,
    pub resolver: &'a config::Resolver,
    pub jobs: super::Jobs,
    /// Displayed path -> the file of the run there.
    pub files: crate::hashing::Map<String, Held>,
    /// Identity -> displayed path, of the files read.
    pub by_id: crate::hashing::Map<FileId, String>,
}

/// A file of the batch, where it is.
pub(super) struct Held {
    /// The path it is read from.
    pub path: PathBuf,
    /// Its path made absolute and normalized, as its settings are looked up.
    pub abs: PathBuf,
}

impl FsHost<'_> {
    /// The absolute, normalized path of the file displayed as `path`, as the resolver takes it.
    fn abs_path(&self, path: &str) -> std::borrow::Cow<'_, Path> {
        match self.files.get(path) {
            Some(held) => std::borrow::Cow::Borrowed(held.abs.as_path()),
            None => std::borrow::Cow::Owned(self.resolver.normalize(Path::new(path))),
        }
    }
}

impl pipeline::Host for FsHost<'_> {
    fn resolve(&self, from: &str, written: &str, joined: &str) -> Resolved {
        let Some(Held { path: fs_path, .. }) = self.files.get(from) else {
            return Resolved::Unknown;
        };
        // shown as the pipeline normalized it (`sup/trial.ini`, not `sup/./trial.ini`)
        let display = joined.to_owned();
        match locate(fs_path, written, |id| self.by_id.get(id).cloned()) {
            Place::Held(held) => Resolved::Held(held),
            Place::Missing => Resolved::Missing(display),
            Place::File(path, meta) => {
                match read_file(&path, self.options.max_file_size, Some(&meta)) {
                    Ok(bytes) => Resolved::Read(Source::owned(display, bytes)),
                    Err(_) => Resolved::Missing(display),
                }
            }
        }
    }

    fn levels(&self, path: &str) -> BTreeMap<&'static str, config::Level> {
        self.resolver.levels(&self.abs_path(path))
    }

    fn fixes(&self, path: &str) -> BTreeMap<&'static str, config::FixSetting> {
        self.resolver.fixes(&self.abs_path(path))
    }

    fn report_referenced(&self, path: &str) -> bool {
        !self.resolver.excluded(&self.abs_path(path), false)
    }

    fn jobs(&self) -> usize {
        self.jobs.get()
    }
}
