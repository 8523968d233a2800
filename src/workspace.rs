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
use crate::pipeline;
use batch::{Batcher, read_source};

mod batch;
mod host;
mod identity;
mod plan;
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
    /// Files read and checked together, at least (an experiment's files are in one batch
    /// whatever it is); 0 = 1,024. Memory grows with it; the reports do not depend on it.
    pub batch_files: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kind: None,
            max_file_size: 64 * 1024 * 1024,
            config: config::Choice::Discover,
            flags: config::Settings::default(),
            jobs: 0,
            batch_files: 0,
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
    let mut reports = Vec::new();
    let mut texts = BTreeMap::new();
    run(
        paths,
        options,
        overrides,
        &mut outcome,
        true,
        &mut |r, t| {
            texts.insert(r.path.clone(), t);
            reports.push(r);
        },
    );
    outcome.reports = reports;
    outcome.texts = texts;
    outcome
}

/// [`check_paths_with`], handing each file's report and text to `on_file` as soon as the files
/// before it in path order are done, in the order of [`Outcome::reports`]: the files are read
/// and checked in batches of about [`Options::batch_files`] (each experiment's files in one),
/// so that memory does not grow with the number of files. The outcome returned holds the
/// failures and warnings only (no reports, texts or paths).
pub fn check_paths_each(
    paths: &[PathBuf],
    options: &Options,
    overrides: &HashMap<String, String>,
    mut on_file: impl FnMut(FileReport, Arc<FileText>),
) -> Outcome {
    let mut outcome = Outcome::default();
    run(paths, options, overrides, &mut outcome, false, &mut on_file);
    outcome
}

/// The threads a run may use: `--jobs`, or with 0 the machine's cores, found on first use.
#[derive(Debug, Clone, Copy)]
struct Jobs(usize);

impl Jobs {
    fn get(self) -> usize {
        static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        match self.0 {
            0 => *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
            n => n,
        }
    }
}

/// Files checked together when [`Options::batch_files`] is 0.
const BATCH_FILES: usize = 1024;

/// The run behind [`check_paths_each`]; `keep_paths` fills [`Outcome::paths`].
fn run(
    paths: &[PathBuf],
    options: &Options,
    overrides: &HashMap<String, String>,
    outcome: &mut Outcome,
    keep_paths: bool,
    on_file: &mut dyn FnMut(FileReport, Arc<FileText>),
) {
    let resolver = match config::Resolver::new(options.config.clone(), options.flags.clone()) {
        Ok(r) => Arc::new(r),
        Err(e) => {
            outcome.failures.push(config_failure(e));
            return;
        }
    };
    let found = walk::collect(paths, options, &resolver);
    let config_errors = resolver.errors();
    if !config_errors.is_empty() {
        outcome.failures = config_errors.into_iter().map(config_failure).collect();
        return;
    }
    outcome.failures = found.failures;
    outcome.warnings = found.warnings;
    let mut candidates = found.candidates;
    // one report per file, even if named twice or reached through a link (each file's
    // identity looked up once); a path that names no file is kept once, by its bytes (hashing
    // a `Path` walks its components, four times the cost)
    let mut seen: crate::hashing::Set<identity::FileId> =
        crate::hashing::Set::with_capacity_and_hasher(candidates.len(), Default::default());
    let mut seen_paths: crate::hashing::Set<Vec<u8>> = crate::hashing::Set::default();
    let mut ids: Vec<Option<identity::FileId>> = Vec::with_capacity(candidates.len());
    candidates.retain(|c| {
        let id = match &c.meta {
            Some(meta) => identity::of_metadata(meta, &c.path),
            None => identity::of(&c.path),
        };
        let fresh = match &id {
            Some(id) => seen.insert(id.clone()),
            None => seen_paths.insert(c.path.as_os_str().as_encoded_bytes().to_vec()),
        };
        if fresh {
            ids.push(id);
        }
        fresh
    });
    drop((seen, seen_paths));

    // the threads to use, worked out when first needed (finding the machine's cores reads the
    // cgroup files: 15 system calls, more than checking a small file)
    let jobs = Jobs(options.jobs);
    let batches = plan_batches(&candidates, &ids, options, overrides, jobs);
    let mut batch = Batcher {
        candidates: &candidates,
        ids: &ids,
        options,
        overrides,
        resolver: &resolver,
        jobs,
        read_failures: Vec::new(),
        unknown: Vec::new(),
    };
    // reports checked but not handed on yet: a later path than the next batch's start
    let mut held: BTreeMap<String, (FileReport, Arc<FileText>)> = BTreeMap::new();
    let mut rest = batches.iter().peekable();
    while let Some(b) = rest.next() {
        for c in batch.check(&b.files, keep_paths.then_some(&mut outcome.paths)) {
            held.insert(c.report.path.clone(), (c.report, c.file));
        }
        crate::work::raise(crate::work::Counter::FilesHeld, held.len() as u64);
        let ready = match rest.peek() {
            Some(next) => {
                let later = held.split_off(next.start.as_str());
                std::mem::replace(&mut held, later)
            }
            None => std::mem::take(&mut held),
        };
        for (report, file) in ready.into_values() {
            on_file(report, file);
        }
    }
    // as one run gives them: the read failures in candidate order, then the unknown kinds
    batch.read_failures.sort_by_key(|(i, _)| *i);
    let read_failures = std::mem::take(&mut batch.read_failures);
    outcome
        .failures
        .extend(read_failures.into_iter().map(|(_, f)| f));
    outcome.failures.append(&mut batch.unknown);
    outcome.failures.sort_by(|a, b| a.path.cmp(&b.path));
    outcome.warnings.sort_by(|a, b| a.path.cmp(&b.path));
}

/// The batches of the candidates ([`plan`]), after a read of the exp.yml files among them for
/// the files they name (their text is read again when their batch is checked).
fn plan_batches(
    candidates: &[walk::Candidate],
    ids: &[Option<identity::FileId>],
    options: &Options,
    overrides: &HashMap<String, String>,
    jobs: Jobs,
) -> Vec<plan::Batch> {
    let size = match options.batch_files {
        0 => BATCH_FILES,
        n => n,
    };
    let exps: Vec<usize> = (0..candidates.len())
        .filter(|&i| {
            candidates.get(i).is_some_and(|c| match c.forced {
                Some(k) => k == Kind::ExpYml,
                None => crate::kind::may_be_exp_yml(&c.display),
            })
        })
        .collect();
    // when every file fits in one batch, no grouping is needed (nor the read)
    let named = if candidates.len() <= size {
        Vec::new()
    } else {
        pipeline::par_map(&exps, if exps.len() <= 4 { 1 } else { jobs.get() }, |&i| {
            let source = candidates
                .get(i)
                .and_then(|c| read_source(c, options, overrides).ok());
            (
                i,
                source.map_or_else(Vec::new, |s| pipeline::named_files(&s)),
            )
        })
    };
    plan::batches(candidates, ids, &named, size)
}

fn config_failure(e: config::ConfigError) -> Failure {
    Failure {
        path: format!("{}:{}:{}", e.path, e.line, e.column),
        message: e.message,
    }
}

/// The bytes of the file at `path`, at most `max` of them; its metadata when it is at hand
/// (`known`: no `stat` again).
fn read_file(path: &Path, max: u64, known: Option<&std::fs::Metadata>) -> Result<Vec<u8>, String> {
    let meta = match known {
        Some(meta) => meta.clone(),
        None => std::fs::metadata(path).map_err(|e| describe_io(&e))?,
    };
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
