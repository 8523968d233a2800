//! The documents a GetHpoExperiment response carries in strings (`ConfigYml`, `ConfigIni`,
//! `SearchSpace`) are checked as their own kinds, at their true positions in the file.

use crate::check::{Document, check_document};
use crate::diagnostic::Diagnostic;
use crate::kind::Kind;
use crate::source::embedded::unescape_json_string;
use crate::source::pointer;

/// The string members of a response that hold documents, and their kinds.
pub const EMBEDDED: &[(&str, Kind)] = &[
    ("ConfigYml", Kind::ExpYml),
    ("ConfigIni", Kind::TrialIni),
    ("SearchSpace", Kind::SearchSpace),
];

/// Reads each embedded document given as a string (when the response is read:
/// [`Document::whole`], so that their secrets are the file's).
pub fn read(doc: &Document) -> Vec<Document> {
    let mut docs = Vec::new();
    let Some(root) = doc.root() else {
        return docs;
    };
    for (member, kind) in EMBEDDED {
        let Some(node) = root.get(member) else {
            continue;
        };
        if node.as_str().is_none() {
            continue;
        }
        let Some(raw) = doc.text().get(node.span.start()..node.span.end()) else {
            continue;
        };
        let Some((text, map)) = unescape_json_string(raw, node.span.start()) else {
            continue;
        };
        // `map` goes from the string to the response's text; when the response is itself
        // embedded (never today), compose through its own map.
        docs.push(Document::embedded(
            *kind,
            doc.file.clone(),
            pointer::push(&doc.prefix, member),
            text,
            map,
        ));
    }
    docs
}

/// Checks each embedded document ([`Document::inner`]); the diagnostics go to `out`. Returns
/// the documents, for cross-document rules.
pub fn check<'d>(doc: &'d Document, out: &mut Vec<Diagnostic>) -> &'d [Document] {
    for inner in &doc.inner {
        check_document(inner, out);
    }
    &doc.inner
}
