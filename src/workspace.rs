//! The IO edge: reading files and folders, grouping experiment directories, and checking them.
//!
//! The core ([`crate::check`]) works on strings; this module finds the files, reads them, and
//! keeps one bad file from stopping the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::check::{self, Document, FileReport, FileText};
use crate::kind::{self, Kind};
use crate::rules::cross;

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

    // Experiment directories: load the files each exp.yml names (once), then cross-check.
    let links = link_experiments(&mut loaded, options);

    let mut diagnostics: Vec<Vec<crate::diagnostic::Diagnostic>> = Vec::with_capacity(loaded.len());
    for l in &loaded {
        let mut d = l.encoding.clone();
        check::check_document(&l.doc, &mut d);
        diagnostics.push(d);
    }
    for link in &links {
        let exp = &loaded[link.exp];
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
        by_file.insert(
            l.doc.file.path.clone(),
            check::finish(&l.doc.file.path, Some(l.doc.kind), d),
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
    path: PathBuf,
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
    let exps: Vec<usize> = (0..loaded.len())
        .filter(|i| loaded.get(*i).is_some_and(|l| l.doc.kind == Kind::ExpYml))
        .collect();
    for i in exps {
        let Some(l) = loaded.get(i) else { continue };
        let Some(root) = l.doc.root() else { continue };
        let dir = l.path.parent().map(Path::to_path_buf).unwrap_or_default();
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
            let canon = std::fs::canonicalize(&path).ok();
            let existing = canon.as_ref().and_then(|c| {
                loaded
                    .iter()
                    .position(|o| std::fs::canonicalize(&o.path).ok().as_ref() == Some(c))
            });
            match (existing, canon) {
                (Some(j), _) => targets.push(LinkTarget::Found(r, j)),
                (None, Some(_)) => match read_file(&path, options.max_file_size) {
                    Ok(bytes) => match load(&display, &bytes, Some(kind), path.clone()) {
                        Some(new) => {
                            loaded.push(new);
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
                if let Ok(canon) = std::fs::canonicalize(&dir)
                    && !visited.insert(canon)
                {
                    continue; // a symlink loop
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
