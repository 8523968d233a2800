//! The IO edge: reading files and folders, grouping experiment directories, and checking them.
//!
//! The core ([`crate::pipeline`]) works on texts; this module finds the files, reads them into
//! it, answers its questions about the filesystem (files an exp.yml names, the configuration of
//! each file), and keeps one bad file from stopping the others.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config;
use crate::document::{FileReport, FileText};
use crate::kind::Kind;
use crate::pipeline::{self, Resolved, Source};

mod walk;

pub use walk::display_path;

/// Options of a run over paths.
#[derive(Debug, Clone)]
pub struct Options {
    /// Forces the kind of every file named on the command line (not of files found in folders).
    pub kind: Option<Kind>,
    /// Files larger than this are not read; a failure is reported instead.
    pub max_file_size: u64,
    /// Which configuration file applies.
    pub config: config::Choice,
    /// Settings from the command line, applied on top of the configuration file's.
    pub flags: config::Settings,
    /// Threads that read and check files; 0 = one per core.
    pub jobs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kind: None,
            max_file_size: 64 * 1024 * 1024,
            config: config::Choice::Discover,
            flags: config::Settings::default(),
            jobs: 0,
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
    /// Paths that could not be checked, and configuration files that could not be used (exit
    /// status 2), in path order.
    pub failures: Vec<Failure>,
    /// Problems that left nothing unchecked (a symbolic link loop): shown, exit status unchanged.
    pub warnings: Vec<Failure>,
    /// The text of each checked file, by displayed path (for renderers that show snippets).
    pub texts: BTreeMap<String, std::sync::Arc<FileText>>,
    /// The path each file named or found in a folder was read from, by displayed path (files
    /// read only because a document names them are not in it).
    pub paths: BTreeMap<String, PathBuf>,
}

/// Checks files and folders (recursively), with cross-file checks of experiment directories,
/// inline suppressions and the configured severities. Files are read and checked on
/// `options.jobs` threads; the outcome does not depend on their number.
///
/// A configuration file that cannot be used stops the run before any file is checked: the
/// outcome then holds only failures.
pub fn check_paths(paths: &[PathBuf], options: &Options) -> Outcome {
    check_paths_with(paths, options, &HashMap::new())
}

/// [`check_paths`], with the text of some files (by displayed path) given instead of read:
/// how `--fix` and `--diff` check the fixed texts before anything is written.
pub fn check_paths_with(
    paths: &[PathBuf],
    options: &Options,
    overrides: &HashMap<String, String>,
) -> Outcome {
    let mut outcome = Outcome::default();
    let resolver = match config::Resolver::new(options.config.clone(), options.flags.clone()) {
        Ok(r) => Arc::new(r),
        Err(e) => {
            outcome.failures.push(config_failure(e));
            return outcome;
        }
    };
    let found = walk::collect(paths, options, &resolver);
    let config_errors = resolver.errors();
    if !config_errors.is_empty() {
        outcome.failures = config_errors.into_iter().map(config_failure).collect();
        return outcome;
    }
    outcome.failures = found.failures;
    outcome.warnings = found.warnings;
    let mut candidates = found.candidates;
    // one report per file, even if named twice or reached through a link
    // (each canonical path is worked out once: `canonicalize` reads every link of the path)
    let mut seen = std::collections::HashSet::new();
    let mut canons: Vec<Option<PathBuf>> = Vec::with_capacity(candidates.len());
    candidates.retain(|c| {
        let canon = std::fs::canonicalize(&c.path).ok();
        let fresh = seen.insert(canon.clone().unwrap_or_else(|| c.path.clone()));
        if fresh {
            canons.push(canon);
        }
        fresh
    });

    let jobs = match options.jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    // reading a few files takes less than starting a thread to read them (issue 17)
    let read_jobs = if candidates.len() <= 4 { 1 } else { jobs };
    let read = pipeline::par_map(&candidates, read_jobs, |c| {
        match overrides.get(&c.display) {
            Some(text) => Ok(Source::text(c.display.clone(), text.clone()).with_kind(c.forced)),
            None => read_file(&c.path, options.max_file_size)
                .map(|bytes| Source::owned(c.display.clone(), bytes).with_kind(c.forced)),
        }
    });
    let mut sources = Vec::with_capacity(candidates.len());
    let mut host = FsHost {
        options,
        resolver: &resolver,
        jobs,
        files: HashMap::with_capacity(candidates.len()),
        by_canon: HashMap::with_capacity(candidates.len()),
    };
    let mut named = std::collections::HashSet::new();
    for ((c, r), canon) in candidates.iter().zip(read).zip(canons) {
        match r {
            Ok(source) => {
                outcome.paths.insert(c.display.clone(), c.path.clone());
                if let Some(canon) = &canon {
                    host.by_canon.insert(canon.clone(), c.display.clone());
                }
                host.files
                    .insert(c.display.clone(), (c.path.clone(), canon));
                if c.named {
                    named.insert(c.display.clone());
                }
                sources.push(source);
            }
            Err(message) => outcome.failures.push(Failure {
                path: c.display.clone(),
                message,
            }),
        }
    }

    let checked = pipeline::run(sources, &host);
    for path in checked.unknown {
        if named.contains(&path) {
            outcome.failures.push(Failure {
                path,
                message: "cannot tell what kind of file this is; pass --kind".to_owned(),
            });
        }
    }
    for mut c in checked.checked {
        c.report.path_bytes = host
            .files
            .get(&c.report.path)
            .and_then(|(fs_path, _)| display_bytes(fs_path));
        outcome.texts.insert(c.report.path.clone(), c.file);
        outcome.reports.push(c.report);
    }
    outcome.failures.sort_by(|a, b| a.path.cmp(&b.path));
    outcome.warnings.sort_by(|a, b| a.path.cmp(&b.path));
    outcome
}

/// The filesystem, as the pipeline sees it: referenced files are read from disk (once, and
/// matched by canonical path with the files already read), each file gets the settings of its
/// configuration file.
struct FsHost<'a> {
    options: &'a Options,
    resolver: &'a config::Resolver,
    jobs: usize,
    /// Displayed path -> (path to read, canonical path).
    files: HashMap<String, (PathBuf, Option<PathBuf>)>,
    /// Canonical path -> displayed path, of the files read.
    by_canon: HashMap<PathBuf, String>,
}

impl pipeline::Host for FsHost<'_> {
    fn resolve(&self, from: &str, written: &str, joined: &str) -> Resolved {
        let Some((fs_path, canon)) = self.files.get(from) else {
            return Resolved::Unknown;
        };
        let dir = fs_path.parent().map(Path::to_path_buf).unwrap_or_default();
        let path = dir.join(written);
        // shown as the pipeline normalized it (`sup/trial.ini`, not `sup/./trial.ini`)
        let display = joined.to_owned();
        // A loaded file's canonical path that equals the exp.yml's canonical folder joined
        // with the reference is the reference's canonical path (a canonical path has no
        // `..` and no link): no `canonicalize` for the usual `search_space.json` beside it.
        if let Some(held) = canon
            .as_deref()
            .and_then(Path::parent)
            .and_then(|d| self.by_canon.get(&d.join(written)))
        {
            return Resolved::Held(held.clone());
        }
        let Ok(c) = std::fs::canonicalize(&path) else {
            return Resolved::Missing(display);
        };
        if let Some(held) = self.by_canon.get(&c) {
            return Resolved::Held(held.clone());
        }
        match read_file(&path, self.options.max_file_size) {
            Ok(bytes) => Resolved::Read(Source::owned(display, bytes)),
            Err(_) => Resolved::Missing(display),
        }
    }

    fn levels(&self, path: &str) -> BTreeMap<&'static str, config::Level> {
        let fs = self
            .files
            .get(path)
            .map_or_else(|| PathBuf::from(path), |(p, _)| p.clone());
        self.resolver.levels(&self.resolver.normalize(&fs))
    }

    fn fixes(&self, path: &str) -> BTreeMap<&'static str, config::FixSetting> {
        let fs = self
            .files
            .get(path)
            .map_or_else(|| PathBuf::from(path), |(p, _)| p.clone());
        self.resolver.fixes(&config::normalize(&fs))
    }

    fn report_referenced(&self, path: &str) -> bool {
        let fs = self
            .files
            .get(path)
            .map_or_else(|| PathBuf::from(path), |(p, _)| p.clone());
        !self.resolver.excluded(&self.resolver.normalize(&fs), false)
    }

    fn jobs(&self) -> usize {
        self.jobs
    }
}

fn config_failure(e: config::ConfigError) -> Failure {
    Failure {
        path: format!("{}:{}:{}", e.path, e.line, e.column),
        message: e.message,
    }
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
    // Read at most `max + 1` bytes: a file that grows after the size check is still bounded.
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| describe_io(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| describe_io(&e))?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "the file grew past the limit of {max} bytes while it was read (raise it with --max-file-size)"
        ));
    }
    Ok(bytes)
}

fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read: {e}"),
    }
}

/// The bytes of the displayed path (as [`display_of`] shows it), when they are not valid UTF-8.
fn display_bytes(path: &Path) -> Option<Vec<u8>> {
    if path.to_str().is_some() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = path.as_os_str().as_bytes();
        Some(bytes.strip_prefix(b"./").unwrap_or(bytes).to_vec())
    }
    #[cfg(not(unix))]
    {
        Some(path.to_string_lossy().as_bytes().to_vec())
    }
}

fn display_of(path: &Path) -> String {
    display_path(path)
}
