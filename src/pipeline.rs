//! The pipeline: the one owner of every stage of a check, from an in-memory experiment to the
//! final diagnostics of each file.
//!
//! ```text
//!  Source (path, text or bytes, kind?)          <- check_str, the CLI's walk, Experiment,
//!    |                                             the language server, the Python package
//!    | 1. read     decode, detect the kind, parse into a span tree          (document, source)
//!    | 2. link     each exp.yml's searchSpaceFile and --config= ini, found
//!    |             among the sources or asked of the Host (the filesystem)
//!    | 3. check    per document: syntax, shape, the kind's rules, the
//!    |             documents embedded in it                                 (rules, shape)
//!    | 4. cross    the cross-file rules of each experiment directory        (rules::cross)
//!    | 5. mask     no secret in any message                                 (secrets)
//!    | 6. suppress inline `# hpoconf: disable...` comments                  (suppress)
//!    | 7. levels   configured severities, rules turned off, fix settings    (config)
//!    v 8. finish   sorted by position, exact duplicates removed
//!  FileReport per file
//! ```
//!
//! The stages run in this order and only here. What differs between callers is the [`Host`]:
//! where a file that a document names comes from when the sources do not hold it (the CLI reads
//! the filesystem; an [`Experiment`] holds everything it knows), which severities are configured
//! for a file, and how many threads check.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::config::Level;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, FileReport, FileText};
use crate::finding::Finding;
use crate::kind::{self, Kind};
use crate::rules::cross;
use crate::source::{self, SyntaxProblem};
use crate::suppress;

/// One file handed to the pipeline: its path (as reported), its decoded text, a problem met
/// while decoding it, and its kind when it is forced.
#[derive(Clone)]
pub struct Source {
    file: Arc<FileText>,
    encoding: Option<SyntaxProblem>,
    kind: Option<Kind>,
}

/// Leaves out the text (it may hold secrets, SPEC.md §4).
impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("file", &self.file)
            .field("kind", &self.kind)
            .finish()
    }
}

impl Source {
    /// A file given as text (a leading BOM is removed).
    pub fn text(path: impl Into<String>, text: impl Into<String>) -> Source {
        let mut text: String = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        Source::decoded(path.into(), text, None)
    }

    /// A file given as bytes: invalid UTF-8 is a located finding, the rest is still read.
    pub fn bytes(path: impl Into<String>, bytes: &[u8]) -> Source {
        let (text, problem) = source::decode(bytes);
        Source::decoded(path.into(), text, problem)
    }

    /// A file given as owned bytes, decoded in place (no copy of the buffer).
    pub fn owned(path: impl Into<String>, bytes: Vec<u8>) -> Source {
        let (text, problem) = source::decode_owned(bytes);
        Source::decoded(path.into(), text, problem)
    }

    fn decoded(path: String, text: String, encoding: Option<SyntaxProblem>) -> Source {
        Source {
            file: FileText::new(path, text),
            encoding,
            kind: None,
        }
    }

    /// Forces the kind (`None`: detect it from the path and the text).
    pub fn with_kind(mut self, kind: Option<Kind>) -> Source {
        self.kind = kind;
        self
    }

    /// The path, as reported.
    pub fn path(&self) -> &str {
        &self.file.path
    }

    /// The decoded text.
    pub fn content(&self) -> &str {
        &self.file.text
    }

    /// The forced kind, if any.
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }
}

/// What a [`Host`] finds for a file that a document names and the sources do not hold.
#[derive(Debug)]
pub enum Resolved {
    /// Nothing is known of it: the cross-file rules that need it do not run.
    Unknown,
    /// It is one of the sources after all, under this path (another spelling of it, a link).
    Held(String),
    /// It was read now; it is checked and, if the host wants, reported.
    Read(Source),
    /// It does not exist, or cannot be read: an error at the reference, naming this path.
    Missing(String),
}

/// What the pipeline asks of its caller.
pub trait Host: Sync {
    /// A file that the document at `from` names (`written`, as written), which the sources do
    /// not hold at `joined` (the document's folder joined with `written`, normalized).
    fn resolve(&self, from: &str, written: &str, joined: &str) -> Resolved {
        let _ = (from, written, joined);
        Resolved::Unknown
    }

    /// The configured rule levels of the file at `path`.
    fn levels(&self, path: &str) -> BTreeMap<&'static str, Level> {
        let _ = path;
        BTreeMap::new()
    }

    /// The configured fix settings of the file at `path`.
    fn fixes(&self, path: &str) -> BTreeMap<&'static str, crate::config::FixSetting> {
        let _ = path;
        BTreeMap::new()
    }

    /// Whether a file read only because a document names it is reported too (the CLI does not
    /// report files that its configuration excludes).
    fn report_referenced(&self, path: &str) -> bool {
        let _ = path;
        true
    }

    /// Threads that check documents (1: the calling thread only).
    fn jobs(&self) -> usize {
        1
    }
}

/// A host that knows nothing beyond the sources, with one set of settings for every file.
#[derive(Debug, Clone, Default)]
pub struct InMemory {
    /// Rule levels applied to every file.
    pub levels: BTreeMap<&'static str, Level>,
    /// Fix settings applied to every file.
    pub fixes: BTreeMap<&'static str, crate::config::FixSetting>,
}

impl Host for InMemory {
    fn levels(&self, _path: &str) -> BTreeMap<&'static str, Level> {
        self.levels.clone()
    }

    fn fixes(&self, _path: &str) -> BTreeMap<&'static str, crate::config::FixSetting> {
        self.fixes.clone()
    }
}

/// One checked file.
#[derive(Debug)]
pub struct Checked {
    /// Its diagnostics, final.
    pub report: FileReport,
    /// Its text (renderers show snippets of it).
    pub file: Arc<FileText>,
    /// Read only because a document names it.
    pub referenced: bool,
}

/// The result of a run.
#[derive(Debug, Default)]
pub struct Outcome {
    /// One entry per checked file, in path order.
    pub checked: Vec<Checked>,
    /// The paths of the sources whose kind could not be told (not checked).
    pub unknown: Vec<String>,
}

/// A document of the run, and why it is there.
struct Loaded {
    doc: Document,
    encoding: Option<SyntaxProblem>,
    referenced: bool,
}

/// Runs every stage on `sources` (see the module docs). A path given twice is checked once
/// (the later source wins).
pub fn run(sources: Vec<Source>, host: &dyn Host) -> Outcome {
    let mut unique: BTreeMap<String, Source> = BTreeMap::new();
    for s in sources {
        unique.insert(s.file.path.clone(), s);
    }
    let sources: Vec<Source> = unique.into_values().collect();
    // a few small files: the calling thread does it all (issue 17)
    let bytes: usize = sources.iter().map(|s| s.file.text.len()).sum();
    // (the host is asked only then: finding the machine's cores reads the cgroup files)
    let jobs = if bytes < SMALL_INPUT {
        1
    } else {
        host.jobs().max(1)
    };

    // 1. read
    let parsed = par_map(&sources, jobs, |s| load(s, None, false));
    let mut outcome = Outcome::default();
    let mut loaded = Vec::with_capacity(parsed.len());
    for (s, l) in sources.iter().zip(parsed) {
        match l {
            Some(l) => loaded.push(l),
            None => outcome.unknown.push(s.file.path.clone()),
        }
    }

    // 2. link
    let links = link(&mut loaded, host);

    // 3. check
    let mut diagnostics: Vec<Vec<Diagnostic>> = par_map(&loaded, jobs, |l| {
        let mut d: Vec<Diagnostic> = l.encoding.iter().map(|p| l.doc.syntax(p.clone())).collect();
        check_document(&l.doc, &mut d);
        d
    });

    // 4. cross
    for link in &links {
        cross_check(link, &loaded, &mut diagnostics);
    }

    // 5.-8.
    for (l, d) in loaded.into_iter().zip(diagnostics) {
        let path = l.doc.file.path.clone();
        if l.referenced && !host.report_referenced(&path) {
            continue;
        }
        let mut report = finish(&path, Some(l.doc.kind), d);
        if suppress::apply(&mut report, &l.doc.file) {
            // messages about suppressions quote the comment: never let them print a secret
            for d in &mut report.diagnostics {
                l.doc.file.secrets().mask_diagnostic(d);
            }
        }
        crate::config::apply(&mut report, &host.levels(&path));
        crate::config::apply_fixes(&mut report, &host.fixes(&path));
        let report = finish(&report.path, report.kind, report.diagnostics);
        outcome.checked.push(Checked {
            report,
            file: l.doc.file.clone(),
            referenced: l.referenced,
        });
    }
    outcome
        .checked
        .sort_by(|a, b| a.report.path.cmp(&b.report.path));
    outcome
}

/// The documents of `sources`, read and linked as [`run`] links them (stages 1 and 2, nothing
/// checked): for each exp.yml, the documents it names.
pub fn link_only(sources: Vec<Source>, host: &dyn Host) -> Linked {
    let mut loaded: Vec<Loaded> = sources
        .iter()
        .filter_map(|s| load(s, None, false))
        .collect();
    let links = link(&mut loaded, host);
    let index = |t: &LinkTarget| match t {
        LinkTarget::Found(i) => Some(*i),
        _ => None,
    };
    Linked {
        directories: links
            .iter()
            .map(|l| (l.exp, index(&l.space), index(&l.ini)))
            .collect(),
        documents: loaded.into_iter().map(|l| l.doc).collect(),
    }
}

/// Documents and the experiment directories among them, by index into `documents`.
#[derive(Debug)]
pub struct Linked {
    /// Every document read (the sources', then the referenced files').
    pub documents: Vec<Document>,
    /// `(exp.yml, its search space file, its trial.ini)`, each found or not.
    pub directories: Vec<(usize, Option<usize>, Option<usize>)>,
}

fn load(s: &Source, kind: Option<Kind>, referenced: bool) -> Option<Loaded> {
    let kind = kind
        .or(s.kind)
        .or_else(|| kind::detect(&s.file.path, &s.file.text))?;
    Some(Loaded {
        doc: Document::whole(kind, s.file.clone()),
        encoding: s.encoding.clone(),
        referenced,
    })
}

/// What an exp.yml's reference leads to, by index into the loaded documents.
enum LinkTarget {
    Absent,
    Missing(cross::Reference, String),
    Found(usize),
}

/// An exp.yml (by index) and the files it names.
struct Link {
    exp: usize,
    space: LinkTarget,
    ini: LinkTarget,
}

/// Resolves the references of every exp.yml, loading (once) the referenced files the sources
/// do not hold.
fn link(loaded: &mut Vec<Loaded>, host: &dyn Host) -> Vec<Link> {
    let mut by_path: crate::hashing::Map<String, usize> = loaded
        .iter()
        .enumerate()
        .map(|(i, l)| (l.doc.file.path.clone(), i))
        .collect();
    let exps: Vec<usize> = (0..loaded.len())
        .filter(|i| loaded.get(*i).is_some_and(|l| l.doc.kind == Kind::ExpYml))
        .collect();
    let mut links = Vec::new();
    for i in exps {
        let Some(l) = loaded.get(i) else { continue };
        let Some(refs) = references(&l.doc) else {
            continue;
        };
        let from = l.doc.file.path.clone();
        let mut targets = Vec::with_capacity(2);
        for (r, kind) in refs {
            let Some(r) = r else {
                targets.push(LinkTarget::Absent);
                continue;
            };
            let joined = join(&from, &r.written);
            if let Some(&j) = by_path.get(&joined) {
                targets.push(LinkTarget::Found(j));
                continue;
            }
            match host.resolve(&from, &r.written, &joined) {
                Resolved::Unknown => targets.push(LinkTarget::Absent),
                Resolved::Missing(shown) => targets.push(LinkTarget::Missing(r, shown)),
                Resolved::Held(p) => match by_path.get(&p) {
                    Some(&j) => targets.push(LinkTarget::Found(j)),
                    None => targets.push(LinkTarget::Absent),
                },
                Resolved::Read(source) => {
                    let path = source.file.path.clone();
                    match by_path.get(&path) {
                        Some(&j) => targets.push(LinkTarget::Found(j)),
                        None => match load(&source, Some(kind), true) {
                            Some(new) => {
                                loaded.push(new);
                                by_path.insert(path, loaded.len() - 1);
                                targets.push(LinkTarget::Found(loaded.len() - 1));
                            }
                            None => targets.push(LinkTarget::Absent),
                        },
                    }
                }
            }
        }
        let mut t = targets.into_iter();
        let space = t.next().unwrap_or(LinkTarget::Absent);
        let ini = t.next().unwrap_or(LinkTarget::Absent);
        links.push(Link { exp: i, space, ini });
    }
    links
}

/// The files an exp.yml names: its search space file and its `--config=` trial.ini, with the
/// kind each is read as (`None` when it has no tree to name them in).
fn references(doc: &Document) -> Option<[(Option<cross::Reference>, Kind); 2]> {
    // a v1 exp.yml names its files in its conversion to v2
    let root = doc.checked_root()?;
    Some([
        (cross::search_space_file(root), Kind::SearchSpace),
        (cross::config_ini(doc, root), Kind::TrialIni),
    ])
}

/// The paths, as written, of the files that `source` names if it is an exp.yml (stage 2's
/// references, nothing read): how a caller that checks files in batches keeps each
/// experiment's files in one [`run`]. Empty for any other file.
pub(crate) fn named_files(source: &Source) -> Vec<String> {
    let Some(l) = load(source, None, false) else {
        return Vec::new();
    };
    if l.doc.kind != Kind::ExpYml {
        return Vec::new();
    }
    references(&l.doc)
        .into_iter()
        .flatten()
        .filter_map(|(r, _)| r.map(|r| r.written))
        .collect()
}

/// Runs the cross-file rules of one experiment directory; each finding goes to the file that
/// must change.
fn cross_check(link: &Link, loaded: &[Loaded], diagnostics: &mut [Vec<Diagnostic>]) {
    let Some(exp) = loaded.get(link.exp) else {
        return;
    };
    let target = |t: &LinkTarget| match t {
        LinkTarget::Absent => cross::Target::Absent,
        LinkTarget::Missing(r, resolved) => cross::Target::Missing(r.clone(), resolved.clone()),
        LinkTarget::Found(i) => match loaded.get(*i) {
            Some(l) => cross::Target::Found(&l.doc),
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
        let Some(i) = loaded.iter().position(|l| std::ptr::eq(&l.doc, doc)) else {
            continue;
        };
        // (masked of its own file's secrets when built; a cross-file message may quote
        // another file of the experiment: masked of theirs too)
        let mut d = doc.resolve(finding);
        for other in experiment_files(&experiment) {
            other.secrets().mask_diagnostic(&mut d);
        }
        if let Some(slot) = diagnostics.get_mut(i) {
            slot.push(d);
        }
    }
}

/// The files of an experiment (exp.yml, and the search space and trial.ini found).
fn experiment_files<'a>(e: &cross::Experiment<'a>) -> Vec<&'a FileText> {
    let mut files = vec![e.exp.file.as_ref()];
    for t in [&e.space, &e.ini] {
        if let cross::Target::Found(d) = t {
            files.push(d.file.as_ref());
        }
    }
    files
}

/// `path`'s folder joined with `written`, with `.` and `..` removed lexically and `/` as the
/// separator (`exp/./trial.ini` -> `exp/trial.ini`, `exp/../s.json` -> `s.json`). An absolute
/// `written` stands alone.
pub fn join(path: &str, written: &str) -> String {
    let written = written.replace('\\', "/");
    let base = if written.starts_with('/') {
        ""
    } else {
        path.rsplit_once('/').map_or("", |(dir, _)| dir)
    };
    let absolute = base.starts_with('/') || written.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    // (split a character at a time: `config::is_slash`)
    let slash = crate::config::is_slash;
    for part in base.split(slash).chain(written.split(slash)) {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// Sorts diagnostics by position (then code) and removes exact duplicates.
pub fn finish(path: &str, kind: Option<Kind>, mut diagnostics: Vec<Diagnostic>) -> FileReport {
    crate::diagnostic::drop_consequences(&mut diagnostics);
    diagnostics.sort_by(|a, b| {
        (a.line, a.column, &a.code, &a.pointer, &a.message)
            .cmp(&(b.line, b.column, &b.code, &b.pointer, &b.message))
    });
    diagnostics.dedup();
    FileReport {
        path: path.to_owned(),
        kind,
        diagnostics,
        path_bytes: None,
    }
}

/// Stage 3 for one document: syntax, shape, the kind's rules, and the documents embedded in
/// it; appends the diagnostics, with secrets masked.
pub fn check_document(doc: &Document, out: &mut Vec<Diagnostic>) {
    for p in doc.parsed.problems.iter().cloned() {
        out.push(doc.syntax(p));
    }
    if let Some(root) = doc.root() {
        let embedded = &doc.inner;
        for inner in embedded {
            check_document(inner, out);
        }
        let mut findings = Vec::new();
        crate::rules::check_kind(doc, root, embedded, &mut findings);
        resolve_all(doc, findings, out);
    }
    // (every diagnostic is masked of the file's secrets when it is built:
    // `Document::diagnostic`)
}

/// Resolves `findings` (of `doc` or its embedded documents) into diagnostics appended to `out`,
/// in order, never holding both lists whole: the findings are taken from the end a chunk at a
/// time and their list shrinks as the diagnostics grow (issue 17: with a finding every few
/// lines, the two lists side by side were a third of the peak memory of checking a big file).
fn resolve_all(doc: &Document, mut findings: Vec<Finding>, out: &mut Vec<Diagnostic>) {
    const CHUNK: usize = 4096;
    let start = out.len();
    out.reserve(findings.len());
    while !findings.is_empty() {
        let from = findings.len().saturating_sub(CHUNK);
        out.extend(findings.drain(from..).rev().map(|f| {
            match f.embedded.and_then(|i| doc.inner.get(i)) {
                Some(inner) => inner.resolve(f),
                None => doc.resolve(f),
            }
        }));
        if findings.capacity() > 2 * CHUNK {
            findings.shrink_to_fit();
        }
    }
    if let Some(added) = out.get_mut(start..) {
        added.reverse();
    }
}

/// Maps `f` over `items` on `jobs` threads (a shared work index), results in input order. A
/// panic in `f` is passed on, as it would be without threads.
pub(crate) fn par_map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
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

/// Below this many bytes of text in all, [`run`] checks on the calling thread: starting the
/// worker threads (and their allocator arenas) cost more than checking a few small files.
pub(crate) const SMALL_INPUT: usize = 64 * 1024;

/// Stack size of a checking thread.
const WORKER_STACK: usize = 64 * 1024 * 1024;
