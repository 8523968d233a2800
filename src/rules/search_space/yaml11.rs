//! A YAML search space read by PyYAML (YAML 1.1), as NNI reads it: a plain scalar such as
//! `1e-7` is a *string* there, so NNI rejects the domain (`must have float values`).

use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;
use crate::source::yaml::portable_number;
use crate::source::{Node, Yaml11Hazard};

/// HPO222: a number that PyYAML reads as a string, in a YAML search space.
pub static YAML11_STRING_NUMBER: Rule = Rule {
    code: "HPO222",
    name: "yaml11-string-number",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: &[Kind::SearchSpace],
    summary: "a number in a YAML search space that PyYAML (YAML 1.1) reads as a string",
    description: "NNI loads YAML search spaces with PyYAML, which follows YAML 1.1: a float needs a \
dot and a signed exponent (`1.0e-7`), so `1e-7` is the *string* \"1e-7\" and NNI fails with `must \
have float values` (NNI's own `ss_yaml12.yaml` test). hpoconf reads YAML 1.2, where it is a float, \
and reports the difference at the scalar. In a `choice` the option silently becomes a string: a \
warning there.",
    bad: &[ExampleFile {
        name: "search_space.yml",
        text: "lr:\n  _type: loguniform\n  _value: [1e-7, 0.1]\n",
    }],
    good: &[ExampleFile {
        name: "search_space.yml",
        text: "lr:\n  _type: loguniform\n  _value: [1.0e-7, 0.1]\n",
    }],
};

/// Reports each hazard of a YAML search space that lies in a domain's `_value`.
pub fn check(root: &Node, hazards: &[Yaml11Hazard], out: &mut Vec<Finding>) {
    for h in hazards {
        if h.yaml11 != "a string"
            || !h.yaml12.contains("number")
                && !h.yaml12.contains("float")
                && !h.yaml12.contains("integer")
        {
            continue;
        }
        // `.../<param>/_value/<i>`: find the domain and its type.
        let segs = h.pointer.segs();
        let Some(pos) = segs.iter().rposition(|s| s.key_text() == "_value") else {
            continue;
        };
        let domain_path: NodePath = segs.iter().take(pos).cloned().collect();
        let Some(domain) = domain_path.resolve(root) else {
            continue;
        };
        let Some(ty) = domain.get("_type").and_then(Node::as_str) else {
            continue;
        };
        let (severity, consequence) = if ty == "choice" {
            (
                Severity::Warning,
                "this choice option becomes a string".to_owned(),
            )
        } else {
            (
                Severity::Error,
                format!("NNI rejects this `{ty}` domain (`must have float values`)"),
            )
        };
        out.push(
            Finding::new(
                &YAML11_STRING_NUMBER,
                h.pointer.clone(),
                format!(
                    "PyYAML (YAML 1.1, as NNI reads it) reads `{}` as a string, so {consequence}",
                    h.text
                ),
            )
            .span(h.span)
            .severity(severity)
            .help(portable_number(&h.text).map_or_else(
                || "write the number so that YAML 1.1 reads it as one".to_owned(),
                |f| format!("write `{f}`"),
            ))
            .fix_opt(portable_number(&h.text).map(|f| {
                crate::fix::Fix::safe(
                    format!("write `{f}`"),
                    vec![crate::fix::Edit::replace(h.span, f)],
                )
            })),
        );
    }
}
