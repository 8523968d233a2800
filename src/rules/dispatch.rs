//! Which checks run on which kind of document.

use crate::check::Document;
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::rules::search_space::{self, SpaceContext};
use crate::rules::{Finding, exp_yml, get_hpo};
use crate::schema;
use crate::shape;
use crate::source::Node;

/// Runs the shape check and the kind's rules on one document. Findings are located in `doc`;
/// diagnostics of embedded documents (which live in other [`Document`]s) go straight to `out`.
pub fn check_kind(
    doc: &Document,
    root: &Node,
    findings: &mut Vec<Finding>,
    out: &mut Vec<Diagnostic>,
) {
    match doc.kind {
        Kind::SearchSpace => {
            // A space embedded in a GetHpoExperiment response (`SearchSpace`) is a PAI space.
            let ctx = SpaceContext {
                pai: !doc.prefix.is_empty(),
            };
            search_space::check_parsed(root, "", &ctx, &doc.parsed.problems, findings);
        }
        Kind::ExpYml => {
            if let Some(v1) = exp_yml::v1::check(root) {
                findings.push(v1);
                return;
            }
            let outcome = shape::check(
                root,
                schema::validation_schema(doc.kind),
                "",
                shape_options(doc.kind),
            );
            findings.extend(outcome.findings);
        }
        Kind::TrialIni => {
            let outcome = shape::check(
                root,
                schema::validation_schema(doc.kind),
                "",
                shape_options(doc.kind),
            );
            let partial = doc.embedded.is_some();
            // An embedded ConfigIni may hold only some sections (SPEC §6): the response's
            // HpoExperimentConfiguration carries the rest.
            findings.extend(outcome.findings.into_iter().filter(|f| {
                !(partial
                    && f.pointer.is_empty()
                    && std::ptr::eq(f.rule, &crate::rules::shape::MISSING_REQUIRED))
            }));
        }
        Kind::HpoConfig => {
            let outcome = shape::check(
                root,
                schema::validation_schema(doc.kind),
                "",
                shape_options(doc.kind),
            );
            findings.extend(outcome.findings);
        }
        Kind::GetHpoExperiment => {
            let outcome = shape::check(
                root,
                schema::validation_schema(doc.kind),
                "",
                shape_options(doc.kind),
            );
            findings.extend(outcome.findings);
            let _embedded = get_hpo::embedded::check(doc, root, out);
            embedded_space(doc, root, &["SearchSpace"], true, findings);
            if let Some(conf) = root.member("HpoExperimentConfiguration") {
                let base = crate::source::pointer::push("", &conf.key);
                if let Some(space) = conf.value.member("search_space") {
                    if space.value.as_object().is_some() {
                        let ptr = crate::source::pointer::push(&base, &space.key);
                        search_space::check_parsed(
                            &space.value,
                            &ptr,
                            &SpaceContext { pai: true },
                            &doc.parsed.problems,
                            findings,
                        );
                    }
                }
            }
        }
    }
}

fn shape_options(kind: Kind) -> shape::Options {
    match kind {
        Kind::ExpYml => shape::Options {
            nni_keys: true,
            unknown_is_warning: false,
        },
        Kind::HpoConfig | Kind::GetHpoExperiment => shape::Options {
            nni_keys: false,
            unknown_is_warning: true,
        },
        Kind::SearchSpace | Kind::TrialIni => shape::Options::default(),
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
        if let Some(m) = root.member(key) {
            if m.value.as_object().is_some() {
                let ptr = crate::source::pointer::push("", &m.key);
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
}
