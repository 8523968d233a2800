//! The IO edge: reading files and folders, grouping experiment directories, and checking them.
//!
//! The core ([`crate::check`]) works on strings; this module finds the files, reads them, and
//! keeps one bad file from stopping the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::check::{self, Document, FileReport, FileText};
use crate::kind::{self, Kind};
use crate::rules::cross;
use crate::{config, suppress};

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
}

/// Checks files and folders (recursively), with cross-file checks of experiment directories,
/// inline suppressions and the configured severities. Files are read and checked on
/// `options.jobs` threads; the outcome does not depend on their number.
///
/// A configuration file that cannot be used stops the run before any file is checked: the
/// outcome then holds only failures.
pub fn check_paths(paths: &[PathBuf], options: &Options) -> Outcome {
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
    let read = par_map(&candidates, jobs, |c| {
        read_file(&c.path, options.max_file_size)
            .map(|bytes| load(&c.display, bytes, c.forced, c.path.clone()))
    });
    let mut loaded: Vec<Loaded> = Vec::new();
    for ((c, r), canon) in candidates.iter().zip(read).zip(canons) {
        match r {
            Ok(Some(mut l)) => {
                l.canon = canon;
                loaded.push(l);
            }
            Ok(None) if c.named => outcome.failures.push(Failure {
                path: c.display.clone(),
                message: "cannot tell what kind of file this is; pass --kind".to_owned(),
            }),
            Ok(None) => {}
            Err(message) => outcome.failures.push(Failure {
                path: c.display.clone(),
                message,
            }),
        }
    }

    // Experiment directories: load the files each exp.yml names (once), then cross-check.
    let links = link_experiments(&mut loaded, options);

    let mut diagnostics: Vec<Vec<crate::diagnostic::Diagnostic>> = par_map(&loaded, jobs, |l| {
        let mut d = l.encoding.clone();
        check::check_document(&l.doc, &mut d);
        d
    });
    for link in &links {
        let Some(exp) = loaded.get(link.exp) else {
            continue;
        };
        let target = |t: &LinkTarget| match t {
            LinkTarget::Absent => cross::Target::Absent,
            LinkTarget::Missing(r, resolved) => cross::Target::Missing(r.clone(), resolved.clone()),
            LinkTarget::Found(r, i) => match loaded.get(*i) {
                Some(l) => cross::Target::Found(r.clone(), &l.doc),
                None => cross::Target::Absent,
            },
        };
        let experiment = cross::Experiment {
            exp: &exp.doc,
            space: target(&link.space),
            ini: target(&link.ini),
        };
        let mut found = Vec::new();
        cross::check(&experiment, &mut found);
        for (doc, finding) in found {
            if let Some(i) = loaded.iter().position(|l| std::ptr::eq(&l.doc, doc)) {
                let secrets = doc.root().map(crate::secrets::collect).unwrap_or_default();
                let mut d = vec![doc.resolve(finding)];
                crate::secrets::scrub(&mut d, &secrets);
                if let Some(slot) = diagnostics.get_mut(i) {
                    slot.extend(d);
                }
            }
        }
    }

    let mut by_file: BTreeMap<String, FileReport> = BTreeMap::new();
    for (l, d) in loaded.iter().zip(diagnostics) {
        let abs = config::normalize(&l.path);
        if l.referenced && resolver.excluded(&abs, false) {
            continue; // loaded for an experiment's cross-checks only
        }
        let mut report = check::finish(&l.doc.file.path, Some(l.doc.kind), d);
        if suppress::apply(&mut report, &l.doc.file) {
            // messages about suppressions quote the comment: never let them print a secret
            let secrets = l
                .doc
                .root()
                .map(crate::secrets::collect)
                .unwrap_or_default();
            crate::secrets::scrub(&mut report.diagnostics, &secrets);
        }
        config::apply(&mut report, &resolver.levels(&abs));
        let report = check::finish(&report.path, report.kind, report.diagnostics);
        by_file.insert(l.doc.file.path.clone(), report);
        outcome
            .texts
            .insert(l.doc.file.path.clone(), l.doc.file.clone());
    }
    outcome.reports = by_file.into_values().collect();
    outcome.failures.sort_by(|a, b| a.path.cmp(&b.path));
    outcome.warnings.sort_by(|a, b| a.path.cmp(&b.path));
    outcome
}

fn config_failure(e: config::ConfigError) -> Failure {
    Failure {
        path: format!("{}:{}:{}", e.path, e.line, e.column),
        message: e.message,
    }
}

/// Maps `f` over `items` on `jobs` threads (a shared work index), results in input order. A
/// panic in `f` is passed on, as it would be without threads.
fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let jobs = jobs.min(items.len());
    if jobs <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let work = || {
            let mut mine = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                mine.push((i, f(item)));
            }
            mine
        };
        // Workers get a large stack: checking a document recurses with its nesting depth (the
        // readers bound it), and a thread's default 2 MiB is tight for debug builds.
        let workers: Vec<_> = (0..jobs)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(s, work)
                    .ok()
            })
            .collect();
        let mut all = Vec::with_capacity(items.len());
        // If no worker could be started, do the work here.
        if workers.is_empty() {
            all.extend(work());
        }
        for w in workers {
            match w.join() {
                Ok(mine) => all.extend(mine),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Stack size of a checking thread.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// A read and parsed file.
struct Loaded {
    doc: Document,
    encoding: Vec<crate::diagnostic::Diagnostic>,
    path: PathBuf,
    /// Its canonical path, when it has one.
    canon: Option<PathBuf>,
    /// Loaded because an exp.yml names it, not found by the walk.
    referenced: bool,
}

/// What an exp.yml's reference leads to, by index into the loaded files.
enum LinkTarget {
    Absent,
    Missing(cross::Reference, String),
    Found(cross::Reference, usize),
}

/// An exp.yml (by index) and the files it names.
struct Link {
    exp: usize,
    space: LinkTarget,
    ini: LinkTarget,
}

/// Resolves the references of every exp.yml, loading referenced files not loaded yet.
fn link_experiments(loaded: &mut Vec<Loaded>, options: &Options) -> Vec<Link> {
    let mut links = Vec::new();
    // canonical path -> index, built once (not one canonicalize per file per reference)
    let mut by_canon: std::collections::HashMap<PathBuf, usize> = loaded
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.canon.clone().map(|c| (c, i)))
        .collect();
    let exps: Vec<usize> = (0..loaded.len())
        .filter(|i| loaded.get(*i).is_some_and(|l| l.doc.kind == Kind::ExpYml))
        .collect();
    for i in exps {
        let Some(l) = loaded.get(i) else { continue };
        let Some(root) = l.doc.root() else { continue };
        let dir = l.path.parent().map(Path::to_path_buf).unwrap_or_default();
        let canon_dir = l
            .canon
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let display_dir = Path::new(&l.doc.file.path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let refs = [
            (cross::search_space_file(root), Kind::SearchSpace),
            (cross::config_ini(&l.doc, root), Kind::TrialIni),
        ];
        let mut targets = Vec::new();
        for (r, kind) in refs {
            let Some(r) = r else {
                targets.push(LinkTarget::Absent);
                continue;
            };
            let path = dir.join(&r.written);
            let display = display_of(&display_dir.join(&r.written));
            // A loaded file's canonical path that equals the exp.yml's canonical folder joined
            // with the reference is the reference's canonical path (a canonical path has no
            // `..` and no link): no `canonicalize` for the usual `search_space.json` beside it.
            let beside = canon_dir
                .as_ref()
                .and_then(|d| by_canon.get(&d.join(&r.written)).copied());
            let canon = match beside {
                Some(_) => None,
                None => std::fs::canonicalize(&path).ok(),
            };
            let existing = beside.or_else(|| canon.as_ref().and_then(|c| by_canon.get(c).copied()));
            match (existing, canon) {
                (Some(j), _) => targets.push(LinkTarget::Found(r, j)),
                (None, Some(c)) => match read_file(&path, options.max_file_size) {
                    Ok(bytes) => match load(&display, bytes, Some(kind), path.clone()) {
                        Some(mut new) => {
                            new.referenced = true;
                            new.canon = Some(c.clone());
                            loaded.push(new);
                            by_canon.insert(c, loaded.len() - 1);
                            targets.push(LinkTarget::Found(r, loaded.len() - 1));
                        }
                        None => targets.push(LinkTarget::Absent),
                    },
                    Err(_) => targets.push(LinkTarget::Missing(r, display)),
                },
                (None, None) => targets.push(LinkTarget::Missing(r, display)),
            }
        }
        let mut t = targets.into_iter();
        let space = t.next().unwrap_or(LinkTarget::Absent);
        let ini = t.next().unwrap_or(LinkTarget::Absent);
        links.push(Link { exp: i, space, ini });
    }
    links
}

fn load(display: &str, bytes: Vec<u8>, forced: Option<Kind>, path: PathBuf) -> Option<Loaded> {
    let (text, problem) = crate::source::decode_owned(bytes);
    let kind = forced.or_else(|| kind::detect(display, &text))?;
    let doc = Document::whole(kind, FileText::new(display, text));
    let encoding = problem.map(|p| doc.syntax(p)).into_iter().collect();
    Some(Loaded {
        doc,
        encoding,
        path,
        canon: None,
        referenced: false,
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

fn display_of(path: &Path) -> String {
    display_path(path)
}
