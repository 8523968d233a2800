//! Which checks run on which kind of document.

use crate::check::Document;
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::rules::Finding;
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
    let _ = out;
    let options = match doc.kind {
        Kind::ExpYml => shape::Options {
            nni_keys: true,
            unknown_is_warning: false,
        },
        Kind::HpoConfig | Kind::GetHpoExperiment => shape::Options {
            nni_keys: false,
            unknown_is_warning: true,
        },
        Kind::SearchSpace | Kind::TrialIni => shape::Options::default(),
    };
    if doc.kind == Kind::SearchSpace {
        // A space embedded in a GetHpoExperiment response (`SearchSpace`) is a PAI space.
        let ctx = crate::rules::search_space::SpaceContext {
            pai: !doc.prefix.is_empty(),
        };
        crate::rules::search_space::check_parsed(root, "", &ctx, &doc.parsed.problems, findings);
        return;
    }
    let outcome = shape::check(root, schema::validation_schema(doc.kind), "", options);
    findings.extend(outcome.findings);
}
