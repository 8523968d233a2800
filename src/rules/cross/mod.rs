//! Cross-file rules (SPEC.md §7): an exp.yml checked together with the files it names.

pub mod experiment;
pub mod fields;
pub mod files;
pub mod placeholders;
pub mod tuner;

use crate::document::Document;
use crate::rules::{Finding, Rule};
use crate::source::path::NodePath;
use crate::source::{Node, Span};

/// A reference from an exp.yml to another file.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The pointer, in the exp.yml, of the member that names the file.
    pub pointer: NodePath,
    /// The exact span of the path in the exp.yml's text, when finer than the member (the
    /// `--config=` argument inside `trialCommand`).
    pub span: Option<Span>,
    /// The path as written.
    pub written: String,
}

/// What a reference leads to.
#[derive(Debug)]
pub enum Target<'a> {
    /// The exp.yml names no such file.
    Absent,
    /// The file does not exist; `resolved` is the path it was looked for at.
    Missing(Reference, String),
    /// The file, read and parsed.
    Found(&'a Document),
}

/// An experiment directory: an exp.yml and the files it names.
#[derive(Debug)]
pub struct Experiment<'a> {
    /// The exp.yml.
    pub exp: &'a Document,
    /// `searchSpaceFile`.
    pub space: Target<'a>,
    /// The ini given by `--config=` in `trialCommand`.
    pub ini: Target<'a>,
}

/// Where an exp.yml names its search space file: `(pointer, path)`.
pub fn search_space_file(exp_root: &Node) -> Option<Reference> {
    let member = exp_root.member_nni("searchSpaceFile")?;
    let written = member.value.as_str()?.to_owned();
    Some(Reference {
        pointer: NodePath::root().key(&member.key),
        span: None,
        written,
    })
}

/// Where an exp.yml names its trial.ini: the `--config=PATH` (or `--config PATH`) argument of
/// `trialCommand`, at the top level or in the training service.
pub fn config_ini(exp: &Document, exp_root: &Node) -> Option<Reference> {
    let candidates = [
        exp_root
            .member_nni("trialCommand")
            .map(|m| (NodePath::root().key(&m.key), &m.value)),
        exp_root.member_nni("trainingService").and_then(|ts| {
            let tm = ts.value.member_nni("trialCommand")?;
            Some((NodePath::root().key(&ts.key).key(&tm.key), &tm.value))
        }),
    ];
    for (ptr, node) in candidates.into_iter().flatten() {
        let Some(cmd) = node.as_str() else { continue };
        if let Some((start, path)) = find_config_arg(cmd) {
            // The exact span when the scalar's text is the command verbatim (plain or simple
            // quoted YAML); otherwise the whole member.
            let text = exp.text();
            let span = text
                .get(node.span.start()..node.span.end())
                .and_then(|raw| {
                    let inner_start = raw.find(cmd)?;
                    let s = node.span.start() + inner_start + start;
                    Some(Span::new(s, s + path.len()))
                });
            return Some(Reference {
                pointer: ptr,
                span,
                written: path.to_owned(),
            });
        }
    }
    None
}

/// Finds `--config=PATH` or `--config PATH` in a command: the byte offset of PATH and PATH.
pub fn find_config_arg(cmd: &str) -> Option<(usize, &str)> {
    let at = cmd.find("--config")?;
    let after = at + "--config".len();
    let rest = cmd.get(after..)?;
    let skip = if rest.starts_with('=') {
        1
    } else if rest.starts_with([' ', '\t']) {
        rest.len() - rest.trim_start().len()
    } else {
        return None;
    };
    let start = after + skip;
    let tail = cmd.get(start..)?;
    let tail_trim = tail.trim_start_matches(['"', '\'']);
    let start = start + (tail.len() - tail_trim.len());
    let end = tail_trim
        .find(|c: char| c.is_whitespace() || c == '"' || c == '\'')
        .unwrap_or(tail_trim.len());
    let path = tail_trim.get(..end)?;
    if path.is_empty() {
        None
    } else {
        Some((start, path))
    }
}

/// Runs every cross-file rule on an experiment; each finding comes with the document it is in.
pub fn check<'a>(exp: &Experiment<'a>, out: &mut Vec<(&'a Document, Finding)>) {
    files::check(exp, out);
    let Some(exp_root) = exp.exp.checked_root() else {
        return;
    };
    let settings = experiment::settings(exp_root, &NodePath::root());
    // The space NNI uses: the file (which wins), else the inline one (whose tuner rules run in
    // `fields::check_exp_yml`).
    let space: Option<(&'a Document, &Node, NodePath)> = match &exp.space {
        Target::Found(doc) => doc.root().map(|r| (*doc, r, NodePath::root())),
        Target::Missing(..) => None,
        Target::Absent => fields::inline_space(exp_root)
            .map(|m| (exp.exp, &m.value, NodePath::root().key(&m.key))),
    };
    if let (Target::Found(space_doc), Some((_, space_root, _))) = (&exp.space, &space) {
        let mut in_exp = Vec::new();
        let mut in_space = Vec::new();
        experiment::check_space(
            &settings,
            space_root,
            &NodePath::root(),
            &mut in_exp,
            &mut in_space,
        );
        out.extend(in_exp.into_iter().map(|f| (exp.exp, f)));
        out.extend(in_space.into_iter().map(|f| (*space_doc, f)));
    }
    // Placeholders: the ini's values against the space's keys.
    if let (Target::Found(ini), Some((space_doc, space_root, base))) = (&exp.ini, space)
        && let Some(ini_root) = ini.root()
    {
        let mut uses = Vec::new();
        placeholders::uses_under(ini, ini_root, &NodePath::root(), &[], &mut uses);
        let keys = placeholders::keys(space_root, &base);
        let names: Vec<String> = keys.iter().map(|(k, _)| k.clone()).collect();
        out.extend(
            placeholders::undefined(&uses, &names)
                .into_iter()
                .map(|f| (*ini, f)),
        );
        out.extend(
            placeholders::unused(&keys, &uses, placeholders::has_params_files(ini_root))
                .into_iter()
                .map(|f| (space_doc, f)),
        );
    }
}

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &files::MISSING_FILE,
    &placeholders::UNDEFINED_PLACEHOLDER,
    &placeholders::UNUSED_PARAMETER,
    &experiment::CONCURRENCY_ABOVE_MAX_TRIALS,
    &experiment::OPTIMIZE_MODE_MISMATCH,
    &experiment::GRID_SMALLER_THAN_MAX_TRIALS,
    &experiment::CLASS_ARGS_NOT_ACCEPTED,
    &experiment::TUNER_CANNOT_SAMPLE,
    &experiment::ASSESSOR_IGNORED,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_argument() {
        assert_eq!(
            find_config_arg("python3 -m hpo_tools.core.utils.run --config=./config.ini"),
            Some((45, "./config.ini"))
        );
        assert_eq!(find_config_arg("run --config  'a b.ini'"), Some((15, "a")));
        assert_eq!(
            find_config_arg("run --config=\"x.ini\" --y"),
            Some((14, "x.ini"))
        );
        assert_eq!(find_config_arg("run --configure=x"), None);
        assert_eq!(find_config_arg("run --config="), None);
    }
}
