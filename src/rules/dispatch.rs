//! Which checks run on which kind of document: the shape check against the kind's schema, then
//! the kind's rules, then the documents embedded in it.

use crate::document::Document;
use crate::kind::Kind;
use crate::rules::search_space::{self, SpaceContext};
use crate::rules::{Finding, cross, exp_yml, get_hpo, hpo_config, trial_ini};
use crate::schema;
use crate::shape;
use crate::source::Node;
use crate::source::path::NodePath;

/// What a kind's rules get: the document, its tree, and the outcome of its shape check (whose
/// `clean` value deserializes into the typed model; for a trial.ini, `clean` is not built and
/// `removed` lists what it would have left out of the tree).
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The document (its text, kind, and whether it is embedded in a response).
    pub doc: &'a Document,
    /// The root of its tree.
    pub root: &'a Node,
    /// The shape check's outcome: canonical keys, invalid members removed.
    pub shape: &'a shape::Outcome,
}

impl Ctx<'_> {
    /// The path in the file of a canonical path (exp.yml keys may be written in snake_case in
    /// the file; the typed model sees camelCase).
    pub fn source_path(&self, canonical: &NodePath) -> NodePath {
        self.shape.source_path(canonical)
    }
}

/// Runs the shape check and the kind's rules on one document. `embedded` are the documents it
/// carries in strings (a GetHpoExperiment's), parsed and checked by the pipeline. Findings are
/// located in `doc`, or in the embedded document they name ([`Finding::embedded`]).
pub fn check_kind(doc: &Document, root: &Node, embedded: &[Document], findings: &mut Vec<Finding>) {
    if doc.kind == Kind::SearchSpace {
        // A space embedded in a GetHpoExperiment response (`SearchSpace`) is a PAI space.
        let ctx = SpaceContext {
            pai: !doc.prefix.is_empty(),
        };
        search_space::check_parsed(
            root,
            &NodePath::root(),
            &ctx,
            &doc.parsed.problems,
            findings,
        );
        search_space::yaml11::check(root, &doc.parsed.hazards, findings);
        return;
    }
    // An NNI v1 exp.yml: the conversion's findings, then the v2 rules on the converted tree
    // (none when NNI 3.0 cannot convert it), less those the conversion's own error says.
    if let Some(conv) = &doc.v1 {
        exp_yml::v1::check(root, conv, findings);
        let Some(converted) = &conv.root else {
            return;
        };
        let mut v2 = Vec::new();
        check_tree(doc, converted, embedded, &mut v2);
        findings.extend(v2.into_iter().filter(|f| !conv.covers(&f.path)));
        return;
    }
    check_tree(doc, root, embedded, findings);
}

/// [`check_kind`] of an exp.yml, trial.ini, HpoExperimentConfiguration or GetHpoExperiment
/// tree (for an NNI v1 exp.yml, its conversion).
fn check_tree(doc: &Document, root: &Node, embedded: &[Document], findings: &mut Vec<Finding>) {
    let outcome = shape::check_compiled(
        root,
        schema::compiled_validation_schema(doc.kind),
        &NodePath::root(),
        shape_options(doc.kind),
    );
    // An exp.yml's rules read the typed model, read from the tree as the shape check's plan
    // says (no cleaned copy of the document: issue 17, peak memory).
    let config = (doc.kind == Kind::ExpYml).then(|| {
        let plan = outcome.plan(root);
        exp_yml::typed(crate::source::de::TreeDe::new(root, &plan))
    });
    let ctx = Ctx {
        doc,
        root,
        shape: &outcome,
    };
    match doc.kind {
        Kind::SearchSpace => {}
        Kind::ExpYml => {
            findings.extend(outcome.findings.iter().cloned().map(exp_yml::v1::v2_rename));
            embedded_space(doc, root, &["searchSpace", "search_space"], false, findings);
            exp_yml::check_typed(&ctx, config.unwrap_or_default(), findings);
            cross::fields::check_exp_yml(&ctx, findings);
        }
        Kind::TrialIni => {
            // An embedded ConfigIni may hold only some sections (SPEC §6): the response's
            // HpoExperimentConfiguration carries the rest.
            let partial = doc.embedded.is_some();
            findings.extend(
                outcome
                    .findings
                    .iter()
                    .filter(|f| {
                        !(partial
                            && f.path.is_empty()
                            && std::ptr::eq(f.rule, &crate::rules::shape::MISSING_REQUIRED))
                    })
                    .cloned(),
            );
            trial_ini::check(&ctx, findings);
        }
        Kind::HpoConfig => {
            findings.extend(outcome.findings.iter().cloned());
            embedded_space(doc, root, &["search_space"], true, findings);
            hpo_config::check(&ctx, &NodePath::root(), findings);
            cross::fields::check_hpo_config(&ctx, &NodePath::root(), findings);
        }
        Kind::GetHpoExperiment => {
            findings.extend(outcome.findings.iter().cloned());
            embedded_space(doc, root, &["SearchSpace"], true, findings);
            if let Some(conf) = root.member("HpoExperimentConfiguration") {
                let base = NodePath::root().key(&conf.key);
                if let Some(space) = conf.value.member("search_space")
                    && space.value.as_object().is_some()
                {
                    let ptr = base.key(&space.key);
                    search_space::check_parsed(
                        &space.value,
                        &ptr,
                        &SpaceContext { pai: true },
                        &doc.parsed.problems,
                        findings,
                    );
                }
                hpo_config::check(&ctx, &base, findings);
                cross::fields::check_hpo_config(&ctx, &base, findings);
            }
            get_hpo::check(&ctx, embedded, findings);
        }
    }
}

fn shape_options(kind: Kind) -> shape::Options {
    match kind {
        // The exp.yml rules read the tree as the check's plan says: no cleaned copy.
        Kind::ExpYml => shape::Options {
            nni_keys: true,
            skip_clean: true,
            ..shape::Options::default()
        },
        Kind::HpoConfig => shape::Options {
            unknown_is_warning: true,
            ..shape::Options::default()
        },
        // A response's rules read the cleaned value of its HpoExperimentConfiguration only,
        // read from the tree when needed: no cleaned copy of the whole response, whose
        // strings hold the documents (issue 17: peak memory).
        Kind::GetHpoExperiment => shape::Options {
            unknown_is_warning: true,
            skip_clean: true,
            ..shape::Options::default()
        },
        Kind::SearchSpace => shape::Options::default(),
        // The trial.ini rules read the tree without the members the check leaves out (an INI
        // has distinct keys and only strings): no copy of the document.
        Kind::TrialIni => shape::Options {
            skip_clean: true,
            ..shape::Options::default()
        },
    }
}

/// Checks a search space given as an object member of `root` (inline in exp.yml, in an
/// HpoExperimentConfiguration, or as an object `SearchSpace` in a response).
fn embedded_space(
    doc: &Document,
    root: &Node,
    keys: &[&str],
    pai: bool,
    findings: &mut Vec<Finding>,
) {
    for key in keys {
        if let Some(m) = root.member(key)
            && m.value.as_object().is_some()
        {
            let ptr = NodePath::root().key(&m.key);
            search_space::check_parsed(
                &m.value,
                &ptr,
                &SpaceContext { pai },
                &doc.parsed.problems,
                findings,
            );
        }
    }
}
