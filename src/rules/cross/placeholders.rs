//! `${x}` placeholders (SPEC.md §7): hpo_tools substitutes search-space keys and a few built-ins
//! into every command and every trial.ini value.
//!
//! Decisions:
//! - A `${x}` is defined when the space has the key `${x}`, or the bare key `x` (lenient: the
//!   search-space rules already warn about bare names in a PAI space).
//! - Only `${x}`-style keys can be reported as unused: bare keys are NNI-style and reach the
//!   trial through `nni.get_next_parameter()`, which no file shows. Nothing is unused when a
//!   command passes every parameter at once (`${params}`, `${tuner_params_*}`), or when a
//!   `params_config` section names files that hpo_tools substitutes into.
//! - `{{ ... }}` and `{% ... %}` are Jinja, skipped.
//! - Without a trial.ini (or hpo-config commands) nothing is checked: an NNI experiment passes
//!   parameters through the NNI API, not through placeholders.

use std::collections::HashSet;

use crate::diagnostic::Severity;
use crate::document::Document;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::path::NodePath;
use crate::source::{Node, Span, Value};

/// HPO702: a `${x}` that is neither a search-space key nor a built-in.
pub static UNDEFINED_PLACEHOLDER: Rule = Rule {
    code: "HPO702",
    name: "undefined-placeholder",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: &[Kind::TrialIni, Kind::HpoConfig, Kind::GetHpoExperiment],
    summary: "a `${x}` in a command or trial.ini value is neither a search-space key nor a built-in placeholder",
    description: "hpo_tools replaces each search-space key (`${lr}`) and the built-ins `${exp_id}`, \
`${trial_id}` (lowercase), `${NNI_OUTPUT_DIR}`, `${tuner_params_list}`, `${tuner_params_dict}`, \
`${tuner_params_json}` and `${params}` in every command and trial.ini value; any other `${x}` is \
left as it is, and the command runs with a literal `${x}`. Reported at the `${x}` itself, in the \
trial.ini (experiment directory), in `platform_config.cmd` (HpoExperimentConfiguration) or inside \
the `ConfigIni` string (GetHpoExperiment). In a response, the keys of both `SearchSpace` and \
`HpoExperimentConfiguration.search_space` count as defined. Jinja (`{{ x }}`, `{% ... %}`) is not a \
placeholder. A whole credential written as a placeholder (`access_key=${SK}`, `accessKeyID=${AK}`, \
as EasyRec's pai_nni_hpo.md writes them) stands for the user's own key and is not reported.",
    bad: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "search_space.json",
            text: "{\"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.001, 0.1]}}\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[platform_config]\nname=Local\ncmd1=python train.py --lr=${lrr} --out=${trial_id}\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=final\nmetric_dict={'auc': 1}\n",
        },
    ],
    good: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "search_space.json",
            text: "{\"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.001, 0.1]}}\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[platform_config]\nname=Local\ncmd1=python train.py --lr=${lr} --out=${trial_id}\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=final\nmetric_dict={'auc': 1}\n",
        },
    ],
};

/// HPO703: a search-space key used by no command.
pub static UNUSED_PARAMETER: Rule = Rule {
    code: "HPO703",
    name: "unused-parameter",
    severity: Severity::Warning,
    fix: None,
    kinds: &[
        Kind::SearchSpace,
        Kind::ExpYml,
        Kind::HpoConfig,
        Kind::GetHpoExperiment,
    ],
    summary: "a `${x}` search-space parameter that no command or trial.ini value uses",
    description: "The tuner samples the parameter, but no command receives it: trials differ in a \
value that changes nothing, and the tuner learns noise. Reported at the key in the search space \
(search_space.json, an inline `searchSpace`, `search_space` or `SearchSpace`). A warning, not an \
error: the parameter may be used in a file that `params_config` substitutes (hpoconf does not read \
it, and says nothing when the ini has a `params_config` section), and nothing is reported when a \
command passes every parameter at once (`${params}`, `${tuner_params_json}`, ...). Only `${x}` \
keys are checked: bare NNI names reach the trial through the NNI API.",
    bad: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "search_space.json",
            text: "{\"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.001, 0.1]},\n \"${depth}\": {\"_type\": \"choice\", \"_value\": [2, 4]}}\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[platform_config]\nname=Local\ncmd1=python train.py --lr=${lr}\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=final\nmetric_dict={'auc': 1}\n",
        },
    ],
    good: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "search_space.json",
            text: "{\"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.001, 0.1]},\n \"${depth}\": {\"_type\": \"choice\", \"_value\": [2, 4]}}\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[platform_config]\nname=Local\ncmd1=python train.py --lr=${lr} --depth=${depth}\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=final\nmetric_dict={'auc': 1}\n",
        },
    ],
};

/// The built-in placeholders (case-sensitive).
pub const BUILTINS: &[&str] = &[
    "${exp_id}",
    "${trial_id}",
    "${NNI_OUTPUT_DIR}",
    "${tuner_params_list}",
    "${tuner_params_dict}",
    "${tuner_params_json}",
    "${params}",
];

/// Built-ins that pass every parameter at once.
const ALL_PARAMS: &[&str] = &[
    "${tuner_params_list}",
    "${tuner_params_dict}",
    "${tuner_params_json}",
    "${params}",
];

/// The byte ranges of the `${name}` placeholders in `s`, skipping Jinja (`{{ }}`, `{% %}`).
/// A name is non-empty and holds no whitespace, `{`, `}` or `$`.
pub fn scan(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if rest.starts_with(b"{{") || rest.starts_with(b"{%") {
            let close: &[u8] = if rest.starts_with(b"{{") {
                b"}}"
            } else {
                b"%}"
            };
            i = match find(bytes, i + 2, close) {
                Some(j) => j + 2,
                None => bytes.len(),
            };
            continue;
        }
        if rest.starts_with(b"${")
            && let Some(j) = find(bytes, i + 2, b"}")
        {
            {
                let name = &bytes[i + 2..j];
                if !name.is_empty()
                    && !name
                        .iter()
                        .any(|b| b.is_ascii_whitespace() || matches!(b, b'{' | b'$'))
                {
                    out.push((i, j + 1));
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// One `${x}` found in a document: the placeholder as written, the pointer of the string that
/// holds it, and its span in the document's text.
#[derive(Debug, Clone)]
pub struct Use {
    /// `${x}`.
    pub name: String,
    /// Pointer of the string member.
    pub pointer: NodePath,
    /// Exact span in the document text.
    pub span: Span,
}

/// The placeholders in the string `node` (at `ptr`) of `doc`, with exact spans: INI values are
/// scanned in the raw text (over continuation lines, skipping comment lines), JSON strings
/// through their escapes.
pub fn uses_in(doc: &Document, node: &Node, ptr: &NodePath, out: &mut Vec<Use>) {
    let Some(value) = node.as_str() else { return };
    if !value.contains("${") {
        return;
    }
    let text = doc.text();
    let mut push = |name: &str, span: Span| {
        out.push(Use {
            name: name.to_owned(),
            pointer: ptr.clone(),
            span,
        })
    };
    // INI values through their lines, JSON strings through their escapes
    if doc.kind.format() != crate::kind::Format::Yaml
        && let Some(map) = crate::source::offsets::string_value(text, node.span, value)
    {
        for (a, b) in scan(value) {
            push(value.get(a..b).unwrap_or(""), map.map_span(Span::new(a, b)));
        }
        return;
    }
    // YAML or anything else: the whole string.
    for (a, b) in scan(value) {
        push(value.get(a..b).unwrap_or(""), node.span);
    }
}

/// Collects the placeholders of every string under `node` (at `ptr`), skipping members named in
/// `skip` at the top level.
pub fn uses_under(doc: &Document, node: &Node, ptr: &NodePath, skip: &[&str], out: &mut Vec<Use>) {
    match &node.value {
        Value::String(_) => uses_in(doc, node, ptr, out),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                uses_under(doc, item, &ptr.index(i), &[], out);
            }
        }
        Value::Object(members) => {
            for m in members {
                if skip.contains(&m.key.as_str()) {
                    continue;
                }
                uses_under(doc, &m.value, &ptr.key(&m.key), &[], out);
            }
        }
        _ => {}
    }
}

/// The keys of a space, with the pointer of each (`base/key`).
pub fn keys(space: &Node, base: &NodePath) -> Vec<(String, NodePath)> {
    space
        .as_object()
        .map(|ms| {
            ms.iter()
                .map(|m| (m.key.as_str().to_owned(), base.key(&m.key)))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `${x}` is defined by the keys.
fn defined(name: &str, keys: &HashSet<&str>) -> bool {
    if BUILTINS.contains(&name) || keys.contains(name) {
        return true;
    }
    let bare = name
        .strip_prefix("${")
        .and_then(|n| n.strip_suffix('}'))
        .unwrap_or(name);
    keys.contains(bare)
}

/// Whether the value at `ptr` is a credential (a secret key, or an AccessKey id such as
/// `access_id` / `accessKeyID`): a placeholder there stands for the user's own key.
fn is_credential(ptr: &NodePath) -> bool {
    let Some(key) = ptr.last().map(|s| s.key_text()) else {
        return false;
    };
    let norm: String = key
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    crate::secrets::is_secret_key(&key)
        || matches!(
            norm.as_str(),
            "accessid" | "accesskeyid" | "ak" | "sk" | "akid"
        )
}

/// The nearest placeholder to `name`, compared by the names inside `${...}` (the braces
/// would make any two short names look alike: `${SK}` is not a typo of `${lr}`).
fn suggest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    fn inner(s: &str) -> &str {
        s.strip_prefix("${")
            .and_then(|n| n.strip_suffix('}'))
            .unwrap_or(s)
    }
    let found = did_you_mean(inner(name), candidates.iter().map(|c| inner(c)))?;
    candidates.iter().copied().find(|c| inner(c) == found)
}

/// The error for each use that is neither a key of `space_keys` nor a built-in.
pub fn undefined(uses: &[Use], space_keys: &[String]) -> Vec<Finding> {
    let keys: HashSet<&str> = space_keys.iter().map(String::as_str).collect();
    let candidates: Vec<&str> = space_keys
        .iter()
        .map(String::as_str)
        .filter(|k| k.starts_with("${"))
        .chain(BUILTINS.iter().copied())
        .collect();
    // one suggestion per distinct name: n commands naming one undefined placeholder in a space
    // of m parameters were n x m edit distances
    let mut helps: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    uses.iter()
        .filter(|u| !defined(&u.name, &keys) && !is_credential(&u.pointer))
        .map(|u| {
            let help = helps
                .entry(u.name.as_str())
                .or_insert_with(|| match suggest(&u.name, &candidates) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!(
                        "add `{}` to the search space, or use a built-in placeholder (`${{exp_id}}`, `${{trial_id}}`, ...)",
                        u.name
                    ),
                })
                .clone();
            Finding::new(
                &UNDEFINED_PLACEHOLDER,
                u.pointer.clone(),
                format!(
                    "placeholder `{}` is not a search-space parameter nor a built-in placeholder, so the command would run with a literal `{}`",
                    u.name, u.name
                ),
            )
            .help(help)
            .span(u.span)
            .fix_opt(
                crate::rules::clearly_closest(&u.name, candidates.iter().copied())
                    .filter(|_| u.span.end() - u.span.start() == u.name.len())
                    .map(|s| {
                        crate::fix::Fix::safe(
                            format!("write `{s}`"),
                            vec![crate::fix::Edit::replace(u.span, s)],
                        )
                    }),
            )
        })
        .collect()
}

/// The warning for each `${x}` key of `keys` (name, pointer) that no use names. `everything`:
/// the commands pass every parameter at once or a params_config file may use them.
pub fn unused(keys: &[(String, NodePath)], uses: &[Use], everything: bool) -> Vec<Finding> {
    unused_of(keys, &[uses], everything).collect()
}

/// [`unused`] of the uses in several lists, the warnings made one at a time (a big response
/// has a warning for each of thousands of parameters: no list of them, and no list of all the
/// uses, is built beside the findings; issue 17).
pub(crate) fn unused_of<'a>(
    keys: &'a [(String, NodePath)],
    uses: &[&'a [Use]],
    everything: bool,
) -> impl Iterator<Item = Finding> + 'a {
    let all = || uses.iter().flat_map(|list| list.iter());
    let none = everything || all().any(|u| ALL_PARAMS.contains(&u.name.as_str()));
    let used: HashSet<&'a str> = if none {
        HashSet::new()
    } else {
        all().map(|u| u.name.as_str()).collect()
    };
    keys.iter()
        .filter(move |(k, _)| {
            !none && k.starts_with("${") && k.ends_with('}') && !used.contains(k.as_str())
        })
        .map(|(k, ptr)| {
            Finding::new(
                &UNUSED_PARAMETER,
                ptr.clone(),
                format!("search-space parameter `{k}` is used by no command or trial.ini value"),
            )
            .at_key()
            .help(format!(
                "use `{k}` in a command, or remove it from the search space"
            ))
        })
}

/// Whether an ini or hpo-config root has a non-empty `params_config` (files hpo_tools
/// substitutes into, which hpoconf does not read).
pub fn has_params_files(root: &Node) -> bool {
    root.get(crate::model::trial_ini::table::params_config::SECTION)
        .and_then(Node::as_object)
        .is_some_and(|m| !m.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanning() {
        let s = "a ${x} {{ ${y} }} {% ${z} %} ${ w} ${} $${v}} ${学习率}";
        let got: Vec<&str> = scan(s)
            .into_iter()
            .filter_map(|(a, b)| s.get(a..b))
            .collect();
        assert_eq!(got, vec!["${x}", "${v}", "${学习率}"]);
    }
}
