//! The structure of a space: an object of parameters, each a domain object with `_type` and
//! `_value`, and `_value` an array.

use super::types::DomainType;
use super::{Param, SPACE_KINDS};
use crate::diagnostic::Severity;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::path::NodePath;
use crate::source::{Node, Value};

const SS: &str = "search_space.json";

/// HPO201: the top level of a space is not an object.
pub static SEARCH_SPACE_NOT_OBJECT: Rule = Rule {
    code: "HPO201",
    name: "search-space-not-object",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "the search space is not an object of parameters",
    description: "A search space maps each parameter name to its domain. NNI rejects anything else \
(`search space is a list, expect a dict`) when the experiment starts.",
    bad: &[ExampleFile {
        name: SS,
        text: "[{\"_type\": \"uniform\", \"_value\": [0, 1]}]\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n",
    }],
};

/// HPO202: a parameter whose value is not a domain object.
pub static PARAMETER_NOT_DOMAIN: Rule = Rule {
    code: "HPO202",
    name: "parameter-not-domain",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a parameter whose value is not a domain object `{\"_type\": ..., \"_value\": [...]}`",
    description: "Every member of a search space is a parameter, and its value is a domain object. \
NNI rejects `{\"x\": [1, 2, 3]}` (`search space \"x\" is a list, expect a dict`); custom tuners that \
read bare lists cannot run on PAI. In a nested sub-space, every member other than `_name` is a \
parameter too, so a constant there is reported (NNI checks only the first option of a nested \
choice and would pass it to the tuner, which cannot sample a constant).",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${batch_size}\": [16, 32, 64]}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${batch_size}\": {\"_type\": \"choice\", \"_value\": [16, 32, 64]}}\n",
    }],
};

/// HPO203: a domain object without `_type` or `_value`.
pub static MISSING_DOMAIN_KEY: Rule = Rule {
    code: "HPO203",
    name: "missing-domain-key",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SPACE_KINDS,
    summary: "a domain object without `_type` or without `_value`",
    description: "NNI rejects it (`search space \"x\" does not have \"_type\" or \"_value\"`). The keys \
start with an underscore: `{\"type\": ..., \"value\": ...}` is a common slip, and the help says so. \
Reported at the parameter's name, once for each missing key.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"type\": \"uniform\", \"_value\": [0, 1]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n",
    }],
};

/// HPO204: a key other than `_type` and `_value` in a domain object.
pub static UNKNOWN_DOMAIN_KEY: Rule = Rule {
    code: "HPO204",
    name: "unknown-domain-key",
    severity: Severity::Warning,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a key other than `_type` and `_value` in a domain object",
    description: "NNI ignores such keys, so the space runs; but a key there is almost always a \
misspelling or a setting the author expects to matter (`_default`, `_step`), and no tuner reads \
it. A warning, not an error, because NNI accepts the file. A key that stands for a missing \
`_type` or `_value` (`type`, `_vaule`) is reported once, by `missing-domain-key`.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1], \"_default\": 0.5}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n",
    }],
};

/// HPO207: `_value` is not an array.
pub static DOMAIN_VALUE_NOT_ARRAY: Rule = Rule {
    code: "HPO207",
    name: "domain-value-not-array",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "`_value` is not an array",
    description: "NNI rejects it (`search space \"x\"'s value is not a list`). A string is not a list \
of its characters: `\"_value\": \"ab\"` is not `[\"a\", \"b\"]`.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${opt}\": {\"_type\": \"choice\", \"_value\": \"adam\"}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${opt}\": {\"_type\": \"choice\", \"_value\": [\"adam\"]}}\n",
    }],
};

/// Reports a space whose top level is not an object.
pub(crate) fn not_object(root: &Node, base: &NodePath, out: &mut Vec<Finding>) {
    let help = match &root.value {
        Value::Array(_) => {
            "write an object that names each parameter: {\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}"
        }
        _ => "write an object of parameters: {\"${name}\": {\"_type\": ..., \"_value\": [...]}}",
    };
    out.push(
        Finding::new(
            &SEARCH_SPACE_NOT_OBJECT,
            base,
            format!(
                "the search space is {}, expected an object of parameters",
                root.type_name()
            ),
        )
        .help(help),
    );
}

/// Checks that a parameter's value is a domain object with `_type` and `_value`, and reports
/// unknown keys. Returns the `_type` and `_value` nodes when both are there.
pub(crate) fn domain<'a>(p: &Param<'a>, out: &mut Vec<Finding>) -> Option<(&'a Node, &'a Node)> {
    let Some(members) = p.node.as_object() else {
        let help = match &p.node.value {
            Value::Array(_) => {
                "to choose one of these values, write {\"_type\": \"choice\", \"_value\": [...]}"
            }
            _ => {
                "every member of a search space is a parameter: write {\"_type\": ..., \"_value\": [...]}, or remove it"
            }
        };
        out.push(
            Finding::new(
                &PARAMETER_NOT_DOMAIN,
                &p.pointer,
                format!(
                    "search space parameter {} is {}, expected a domain object with `_type` and `_value`",
                    p.label,
                    p.node.type_name()
                ),
            )
            .help(help),
        );
        return None;
    };
    let ty = p.node.get("_type");
    let value = p.node.get("_value");
    let unknown: Vec<&str> = members
        .iter()
        .map(|m| m.key.as_str())
        .filter(|k| *k != "_type" && *k != "_value")
        .collect();
    let mut claimed: Vec<&str> = Vec::new();
    for (key, present) in [("_type", ty.is_some()), ("_value", value.is_some())] {
        if present {
            continue;
        }
        let stand_in = did_you_mean(
            key,
            unknown.iter().copied().filter(|k| !claimed.contains(k)),
        );
        let help = match stand_in {
            Some(s) if key.strip_prefix('_') == Some(s) => format!(
                "write `{key}` instead of `{s}`: the keys of a domain start with an underscore"
            ),
            Some(s) => format!("`{s}` looks like a misspelling of `{key}`"),
            None if key == "_type" => {
                "add \"_type\": one of choice, randint, uniform, quniform, loguniform, qloguniform, normal, qnormal, lognormal, qlognormal".to_owned()
            }
            None => "add \"_value\": [...]".to_owned(),
        };
        let fix = stand_in.map(|s| {
            let f = crate::fix::Fix::rename_key(p.pointer.key(s), key);
            if key.strip_prefix('_') == Some(s) {
                f
            } else {
                f.with_applicability(crate::fix::Applicability::Unsafe)
            }
        });
        if let Some(s) = stand_in {
            claimed.push(s);
        }
        out.push(
            Finding::new(
                &MISSING_DOMAIN_KEY,
                &p.pointer,
                format!("search space parameter {} has no `{key}`", p.label),
            )
            .at_key()
            .help(help)
            .fix_opt(fix),
        );
    }
    for key in unknown.iter().filter(|k| !claimed.contains(k)) {
        let help = match did_you_mean(key, ["_type", "_value"]) {
            Some(s) => format!("did you mean `{s}`? NNI ignores this key: remove it"),
            None => "NNI and the tuners ignore it: remove it".to_owned(),
        };
        out.push(
            Finding::new(
                &UNKNOWN_DOMAIN_KEY,
                p.pointer.key(key),
                format!(
                    "unknown key `{key}` in the domain of search space parameter {}: only `_type` and `_value` are read",
                    p.label
                ),
            )
            .at_key()
            .help(help),
        );
    }
    Some((ty?, value?))
}

/// Checks that `_value` is an array; returns its items.
pub(crate) fn value_array<'a>(
    p: &Param<'_>,
    ty: DomainType,
    node: &'a Node,
    value_ptr: &NodePath,
    out: &mut Vec<Finding>,
) -> Option<&'a [Node]> {
    if let Some(items) = node.as_array() {
        return Some(items);
    }
    let help = match (&node.value, ty) {
        (Value::String(s), DomainType::Choice) => {
            format!(
                "write the options as an array: [{}]",
                serde_json::Value::String(s.as_str().to_owned())
            )
        }
        _ => format!("write `\"_value\": {}`", ty.value_shape()),
    };
    out.push(
        Finding::new(
            &DOMAIN_VALUE_NOT_ARRAY,
            value_ptr,
            format!(
                "`_value` of search space parameter {} ({}) is {}, expected an array",
                p.label,
                ty.name(),
                node.type_name()
            ),
        )
        .help(help),
    );
    None
}
