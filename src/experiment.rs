//! The in-memory experiment: the documents of one experiment by path, as an embedding program
//! holds them (an editor's unsaved buffers, a Python dict of texts). Replace one document's text
//! and check again; every cross-file rule runs between the documents it holds.
//!
//! ```
//! use hpoconf::experiment::Experiment;
//!
//! let mut exp = Experiment::new();
//! exp.insert("exp.yml", "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n");
//! exp.insert("search_space.json", r#"{"${lr}": {"_type": "uniform", "_value": [0.1, 0.5]}}"#);
//! exp.insert("trial.ini", "[platform_config]\nname = Local\ncmd1 = python train.py --lr=${lr} --bs=${bs}\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\n");
//! let reports = exp.check();
//! let ini = reports.iter().find(|r| r.path == "trial.ini").unwrap();
//! // `${bs}` is not a parameter of the search space
//! assert!(ini.diagnostics.iter().any(|d| d.message.contains("${bs}")));
//! ```

mod view;

use std::collections::BTreeMap;

pub use view::{ExperimentView, Place, Reference};

use crate::config::Level;
use crate::document::FileReport;
use crate::kind::Kind;
use crate::pipeline::{self, InMemory, Source};

/// The documents of one experiment, by path. A document that another names
/// (`searchSpaceFile`, `--config=`) is found by its path relative to the naming document's
/// folder; one the experiment does not hold is not checked against (no "missing file" finding:
/// the experiment does not know the filesystem).
#[derive(Debug, Clone, Default)]
pub struct Experiment {
    sources: BTreeMap<String, Source>,
    levels: BTreeMap<&'static str, Level>,
}

impl Experiment {
    /// An empty experiment.
    pub fn new() -> Experiment {
        Experiment::default()
    }

    /// Adds a document, or replaces the text of the one at `path`; its kind is detected from
    /// the path and the text.
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.insert_source(Source::text(path, text));
    }

    /// Adds or replaces a document of a forced kind.
    pub fn insert_kind(&mut self, path: impl Into<String>, text: impl Into<String>, kind: Kind) {
        self.insert_source(Source::text(path, text).with_kind(Some(kind)));
    }

    /// Adds or replaces a document given as a [`Source`] (bytes, a forced kind).
    pub fn insert_source(&mut self, source: Source) {
        self.sources.insert(source.path().to_owned(), source);
    }

    /// Removes the document at `path`; whether there was one.
    pub fn remove(&mut self, path: &str) -> bool {
        self.sources.remove(path).is_some()
    }

    /// The text of the document at `path`.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.sources.get(path).map(Source::content)
    }

    /// The paths of the documents, sorted.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }

    /// Sets the level of a rule (by code) for every document, as `--severity` does.
    pub fn set_level(&mut self, code: &'static str, level: Level) {
        self.levels.insert(code, level);
    }

    /// Checks every document: one report per document whose kind is known, in path order.
    pub fn check(&self) -> Vec<FileReport> {
        let host = InMemory {
            levels: self.levels.clone(),
            fixes: BTreeMap::new(),
        };
        pipeline::run(self.sources.values().cloned().collect(), &host)
            .checked
            .into_iter()
            .map(|c| c.report)
            .collect()
    }

    /// The typed view of each exp.yml and the documents it names (see [`ExperimentView`]).
    pub fn view(&self) -> Vec<ExperimentView> {
        let linked = pipeline::link_only(
            self.sources.values().cloned().collect(),
            &InMemory::default(),
        );
        let doc = |i: Option<usize>| i.and_then(|i| linked.documents.get(i));
        linked
            .directories
            .iter()
            .filter_map(|&(exp, space, ini)| {
                Some(view::directory(doc(Some(exp))?, doc(space), doc(ini)))
            })
            .collect()
    }
}
