//! A typed view of an experiment: for each exp.yml, its model, its search space and trial.ini
//! models, and which search-space parameter each `${x}` of a command refers to, with both
//! positions (what an editor's go-to-definition and a program's report need).

use crate::document::Document;
use crate::model::exp_yml::ExperimentConfig;
use crate::model::search_space::SearchSpace;
use crate::model::trial_ini::TrialIni;
use crate::rules::cross::placeholders::{self, Use};
use crate::source::path::NodePath;
use crate::source::{Node, Span};

/// A place in a file: its path and a span as 1-based line and column (columns in characters),
/// the end exclusive, as diagnostics give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The file's path, as reported.
    pub path: String,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column just past the end.
    pub end_column: usize,
}

impl Place {
    fn of(doc: &Document, span: Span) -> Place {
        let file = &doc.file;
        let span = doc.file_span(span);
        let (line, column) = file.lines.position(&file.text, span.start());
        let (end_line, end_column) = file.lines.position(&file.text, span.end());
        Place {
            path: file.path.clone(),
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// One `${x}` in a command or setting, and the parameter it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The placeholder as written (`${lr}`).
    pub name: String,
    /// Where it is used.
    pub used: Place,
    /// The search-space key that defines it (its key's place), or `None` for a built-in
    /// (`${trial_id}`, ...) or an undefined name.
    pub defined: Option<Place>,
}

/// One experiment directory, typed. A model is `None` when its document is absent or does not
/// read into the model (check's diagnostics say why).
#[derive(Debug, Clone)]
pub struct ExperimentView {
    /// The exp.yml's path.
    pub path: String,
    /// The experiment config.
    pub config: Option<ExperimentConfig>,
    /// The search space (the file `searchSpaceFile` names, else the inline `searchSpace`).
    pub space: Option<SearchSpace>,
    /// The path of the search space file, when it is one.
    pub space_path: Option<String>,
    /// The trial.ini that `--config=` names.
    pub trial: Option<TrialIni>,
    /// The path of the trial.ini.
    pub trial_path: Option<String>,
    /// Every `${x}` of the trial.ini and of the exp.yml's commands, in document order.
    pub references: Vec<Reference>,
}

/// Builds the view of one directory.
pub(super) fn directory(
    exp: &Document,
    space: Option<&Document>,
    ini: Option<&Document>,
) -> ExperimentView {
    let exp_root = exp.root();
    let config = exp_root.and_then(|r| ExperimentConfig::from_value(r.to_json()).ok());
    // the parameters' keys: the file's, else the inline space's
    let inline = exp_root.and_then(crate::rules::cross::fields::inline_space);
    let (space_doc, space_root): (Option<&Document>, Option<&Node>) = match space {
        Some(d) => (Some(d), d.root()),
        None => (inline.map(|_| exp), inline.map(|m| &m.value)),
    };
    let parsed_space = space_root.and_then(|r| SearchSpace::from_value(r.to_json()).ok());
    let trial = ini
        .and_then(Document::root)
        .and_then(|r| TrialIni::from_value(r.to_json()).ok());

    let mut uses: Vec<(&Document, Use)> = Vec::new();
    for doc in [Some(exp), ini].into_iter().flatten() {
        if let Some(root) = doc.root() {
            let mut found = Vec::new();
            // the inline search space defines parameters; it uses none
            placeholders::uses_under(
                doc,
                root,
                &NodePath::root(),
                &["searchSpace", "search_space"],
                &mut found,
            );
            uses.extend(found.into_iter().map(|u| (doc, u)));
        }
    }
    let references = uses
        .into_iter()
        .map(|(doc, u)| {
            let defined = space_doc
                .zip(space_root)
                .and_then(|(sd, sr)| sr.member(&u.name).map(|m| Place::of(sd, m.key_span)));
            Reference {
                used: Place::of(doc, u.span),
                name: u.name,
                defined,
            }
        })
        .collect();
    ExperimentView {
        path: exp.file.path.clone(),
        config,
        space: parsed_space,
        space_path: space.map(|d| d.file.path.clone()),
        trial,
        trial_path: ini.map(|d| d.file.path.clone()),
        references,
    }
}
