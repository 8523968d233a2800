//! Which checks run on which kind of document.

use crate::check::Document;
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
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
        Kind::SearchSpace => {}
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
