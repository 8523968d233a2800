//! The server's documents: the editor's open buffers (unsaved text), checked together as one
//! in-memory experiment, with the files they name read from disk.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crate::config;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, FileText};
use crate::kind::{self, Kind};
use crate::pipeline::{self, Resolved, Source};
use crate::rules::cross;
use crate::source::Node;

use super::text::{self, Lines};

/// Files larger than this are not read from disk for a reference.
const MAX_READ: u64 = 64 * 1024 * 1024;

/// One open document.
#[derive(Debug)]
pub struct Doc {
    /// Its URI, as the client sent it.
    pub uri: String,
    /// Its path: the filesystem path of a `file://` URI, else the URI.
    pub path: String,
    /// The editor's text (unsaved).
    pub text: String,
    /// The editor's version of it.
    pub version: i32,
    /// Line starts of `text`.
    pub lines: Lines,
}

impl Doc {
    /// An open document.
    pub fn new(uri: String, text: String, version: i32) -> Doc {
        let path = text::uri_to_path(&uri).unwrap_or_else(|| uri.clone());
        let lines = Lines::new(&text);
        Doc {
            uri,
            path,
            text,
            version,
            lines,
        }
    }

    /// Its kind, detected from its path and text.
    pub fn kind(&self) -> Option<Kind> {
        kind::detect(&self.path, &self.text)
    }
}

/// A file of an experiment: its path and text (open in the editor, or read from disk).
#[derive(Debug, Clone)]
pub struct FileRef {
    /// The path (filesystem path, or the URI of an unsaved buffer).
    pub path: String,
    /// The text.
    pub text: String,
}

impl FileRef {
    /// Parses the file as `kind`.
    pub fn parse(&self, kind: Kind) -> Document {
        Document::whole(kind, FileText::new(self.path.clone(), self.text.clone()))
    }
}

/// The files of the experiment a document belongs to, as far as they are found.
#[derive(Debug, Default)]
pub struct ExperimentFiles {
    /// The exp.yml.
    pub exp: Option<FileRef>,
    /// The search space (`searchSpaceFile`, or `search_space.json` beside the document).
    pub space: Option<FileRef>,
    /// The trial.ini (`--config=` of `trialCommand`).
    pub ini: Option<FileRef>,
}

/// The open documents, the last diagnostics published for each, and what a check needs.
#[derive(Debug, Default)]
pub struct State {
    /// Open documents by URI.
    pub docs: BTreeMap<String, Doc>,
    /// The diagnostics of the last check, by URI.
    pub diagnostics: HashMap<String, Vec<Diagnostic>>,
    /// What was last published, by URI (not sent again when unchanged).
    pub published: HashMap<String, Vec<lsp_types::Diagnostic>>,
}

impl State {
    /// The open document at `uri`.
    pub fn doc(&self, uri: &str) -> Option<&Doc> {
        self.docs.get(uri)
    }

    /// The text of the file at `path`: the open buffer if one is open, else the disk's.
    pub fn read(&self, path: &str) -> Option<FileRef> {
        if let Some(d) = self.docs.values().find(|d| d.path == path) {
            return Some(FileRef {
                path: d.path.clone(),
                text: d.text.clone(),
            });
        }
        let bytes = read_file(Path::new(path))?;
        Some(FileRef {
            path: path.to_owned(),
            text: crate::source::decode(&bytes).0,
        })
    }

    /// Checks every open document, with the files they name and the exp.yml beside each, and
    /// returns the diagnostics of each open document by URI.
    pub fn check(&mut self) -> Vec<(String, Option<i32>, Vec<Diagnostic>)> {
        let mut sources: Vec<Source> = Vec::with_capacity(self.docs.len() + 1);
        let mut held: BTreeSet<String> = BTreeSet::new();
        for d in self.docs.values() {
            held.insert(d.path.clone());
            sources.push(Source::text(d.path.clone(), d.text.clone()));
        }
        // the exp.yml beside an open search space or trial.ini, so that the cross-file rules
        // run when only those are open
        let mut extra = Vec::new();
        for d in self.docs.values() {
            if !matches!(d.kind(), Some(Kind::SearchSpace | Kind::TrialIni)) {
                continue;
            }
            if let Some(exp) = self.sibling_exp(&d.path)
                && !held.contains(&exp.path)
                && held.insert(exp.path.clone())
            {
                extra.push(Source::text(exp.path, exp.text));
            }
        }
        sources.extend(extra);
        let host = ServerHost::new();
        let outcome = pipeline::run(sources, &host);
        let mut by_path: HashMap<String, Vec<Diagnostic>> = outcome
            .checked
            .into_iter()
            .map(|c| (c.report.path, c.report.diagnostics))
            .collect();
        let mut out = Vec::with_capacity(self.docs.len());
        for d in self.docs.values() {
            let diags = by_path.remove(d.path.as_str()).unwrap_or_default();
            out.push((d.uri.clone(), Some(d.version), diags));
        }
        self.diagnostics = out.iter().map(|(u, _, d)| (u.clone(), d.clone())).collect();
        out
    }

    /// The exp.yml in the folder of `path`: an open one, or one on disk (`exp.yml`,
    /// `exp.yaml`).
    pub fn sibling_exp(&self, path: &str) -> Option<FileRef> {
        let dir = path.rsplit_once('/').map(|(d, _)| d)?;
        if let Some(d) = self.docs.values().find(|d| {
            d.path.rsplit_once('/').map(|(x, _)| x) == Some(dir) && d.kind() == Some(Kind::ExpYml)
        }) {
            return Some(FileRef {
                path: d.path.clone(),
                text: d.text.clone(),
            });
        }
        ["exp.yml", "exp.yaml"]
            .iter()
            .find_map(|name| self.read(&format!("{dir}/{name}")))
    }

    /// The experiment `path` belongs to: its exp.yml (the document itself, an open exp.yml
    /// naming it, or the one beside it) and the files that names.
    pub fn experiment_of(&self, path: &str) -> ExperimentFiles {
        let own = self.read(path);
        let own_kind = own.as_ref().and_then(|f| kind::detect(&f.path, &f.text));
        let exp = match own_kind {
            Some(Kind::ExpYml) => own.clone(),
            _ => self
                .docs
                .values()
                .filter(|d| d.kind() == Some(Kind::ExpYml))
                .find(|d| {
                    let (s, i) = references(&d.path, &d.text);
                    s.as_deref() == Some(path) || i.as_deref() == Some(path)
                })
                .map(|d| FileRef {
                    path: d.path.clone(),
                    text: d.text.clone(),
                })
                .or_else(|| self.sibling_exp(path)),
        };
        let mut files = ExperimentFiles::default();
        if let Some(exp) = &exp {
            let (space, ini) = references(&exp.path, &exp.text);
            files.space = space.and_then(|p| self.read(&p));
            files.ini = ini.and_then(|p| self.read(&p));
        }
        files.exp = exp;
        if files.space.is_none() {
            files.space = match own_kind {
                Some(Kind::SearchSpace) => own.clone(),
                _ => path
                    .rsplit_once('/')
                    .and_then(|(dir, _)| self.read(&format!("{dir}/search_space.json"))),
            };
        }
        if files.ini.is_none() && own_kind == Some(Kind::TrialIni) {
            files.ini = own;
        }
        files
    }
}

/// The paths (joined with the exp.yml's folder) of the search space and the trial.ini an exp.yml
/// names.
pub fn references(exp_path: &str, exp_text: &str) -> (Option<String>, Option<String>) {
    let doc = Document::whole(
        Kind::ExpYml,
        FileText::new(exp_path.to_owned(), exp_text.to_owned()),
    );
    let Some(root) = doc.root() else {
        return (None, None);
    };
    let space = cross::search_space_file(root).map(|r| pipeline::join(exp_path, &r.written));
    let ini = cross::config_ini(&doc, root).map(|r| pipeline::join(exp_path, &r.written));
    (space, ini)
}

/// The root of a search space's tree, parsed from its file.
pub fn space_root(space: &FileRef) -> Option<(Document, Node)> {
    let doc = space.parse(Kind::SearchSpace);
    let root = doc.root()?.clone();
    Some((doc, root))
}

/// The filesystem, for the pipeline: a file an open document names is read from disk (relative
/// to the document's path), and every file gets the levels of its `hpoconf.toml`.
struct ServerHost {
    resolver: Option<config::Resolver>,
}

impl ServerHost {
    fn new() -> ServerHost {
        // a new resolver for every check: an edited hpoconf.toml applies at once
        ServerHost {
            resolver: config::Resolver::new(config::Choice::Discover, config::Settings::default())
                .ok(),
        }
    }
}

impl pipeline::Host for ServerHost {
    fn resolve(&self, _from: &str, _written: &str, joined: &str) -> Resolved {
        if !Path::new(joined).is_absolute() {
            return Resolved::Unknown;
        }
        match read_file(Path::new(joined)) {
            Some(bytes) => Resolved::Read(Source::owned(joined.to_owned(), bytes)),
            None => Resolved::Missing(joined.to_owned()),
        }
    }

    fn levels(&self, path: &str) -> BTreeMap<&'static str, config::Level> {
        let p = Path::new(path);
        match &self.resolver {
            Some(r) if p.is_absolute() => r.levels(&config::normalize(p)),
            _ => BTreeMap::new(),
        }
    }

    fn report_referenced(&self, _path: &str) -> bool {
        // read for the cross-file rules only: an unopened file is not published
        true
    }
}

fn read_file(path: &Path) -> Option<Vec<u8>> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_READ {
        return None;
    }
    std::fs::read(path).ok()
}
