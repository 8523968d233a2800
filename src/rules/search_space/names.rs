//! Parameter names: `${name}` placeholders (PAI) or bare names (NNI), one style per space.
//!
//! Only the top-level names are concerned: they are what `hpo_tools` substitutes into commands.
//! Names inside nested sub-spaces are keys of the chosen option's dict, never substituted.
//! Unicode names are allowed (NNI's tests use `学习率`).

use super::{SPACE_KINDS, SpaceContext};
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::Member;
use crate::source::path::NodePath;

/// HPO220: `${name}` and bare names in one space.
pub static MIXED_PARAMETER_NAMES: Rule = Rule {
    code: "HPO220",
    name: "mixed-parameter-names",
    severity: Severity::Warning,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "`${name}` placeholders and bare names mixed in one search space",
    description: "On PAI, `hpo_tools` substitutes each `${name}` key into the commands and the \
trial.ini; a bare name is never substituted (NNI passes it to the trial as is). A space that mixes \
the two styles is almost always half-converted. Reported at each name of the less common style \
(bare names, on a tie). In a PAI space, bare names are reported by `bare-parameter-name` instead.",
    bad: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]},\n \"batch_size\": {\"_type\": \"choice\", \"_value\": [16, 32]}}\n",
    }],
    good: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]},\n \"${batch_size}\": {\"_type\": \"choice\", \"_value\": [16, 32]}}\n",
    }],
};

/// HPO221: a bare name in a PAI space.
pub static BARE_PARAMETER_NAME: Rule = Rule {
    code: "HPO221",
    name: "bare-parameter-name",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Unsafe),
    kinds: &[Kind::HpoConfig, Kind::GetHpoExperiment],
    summary: "a parameter of a PAI search space (HpoExperimentConfiguration, GetHpoExperiment) whose \
name is not a `${name}` placeholder",
    description: "PAI's `hpo_tools` substitutes the keys of the space, `${name}`, into the commands \
and the trial.ini; a key `lr` is never substituted, so the trials all run with the same settings. \
Only in PAI spaces: a `search_space.json` of an NNI experiment uses bare names.",
    bad: &[ExampleFile {
        name: "get_hpo_experiment.json",
        text: "{\"RequestId\": \"1\", \"ExperimentId\": \"exp-1\", \"SearchSpace\": \"{\\\"lr\\\": {\\\"_type\\\": \\\"uniform\\\", \\\"_value\\\": [0, 1]}}\"}\n",
    }],
    good: &[ExampleFile {
        name: "get_hpo_experiment.json",
        text: "{\"RequestId\": \"1\", \"ExperimentId\": \"exp-1\", \"SearchSpace\": \"{\\\"${lr}\\\": {\\\"_type\\\": \\\"uniform\\\", \\\"_value\\\": [0, 1]}}\"}\n",
    }],
};

/// Whether `name` is a placeholder `${...}` (something non-empty between the braces, without
/// `$`, `{` or `}`).
pub fn is_placeholder(name: &str) -> bool {
    name.strip_prefix("${")
        .and_then(|rest| rest.strip_suffix('}'))
        .is_some_and(|inner| !inner.is_empty() && !inner.contains(['$', '{', '}']))
}

/// The placeholder spelling of a bare name.
fn as_placeholder(name: &str) -> String {
    let inner = name.trim_start_matches('$').trim_start_matches('{');
    let inner = inner.trim_end_matches('}');
    format!("${{{inner}}}")
}

/// Checks the top-level names of a space.
pub(crate) fn check(
    members: &[Member],
    base: &NodePath,
    ctx: &SpaceContext,
    out: &mut Vec<Finding>,
) {
    let placeholders = members.iter().filter(|m| is_placeholder(&m.key)).count();
    let bare = members.len() - placeholders;
    if ctx.pai {
        for m in members.iter().filter(|m| !is_placeholder(&m.key)) {
            out.push(
                Finding::new(
                    &BARE_PARAMETER_NAME,
                    base.key(&m.key),
                    format!(
                        "search space parameter `{}` is not a `${{name}}` placeholder: hpo_tools substitutes only `${{name}}` keys into commands",
                        m.key
                    ),
                )
                .at_key()
                .help(format!("rename it `{}`", as_placeholder(&m.key)))
                .fix(
                    crate::fix::Fix::rename_key(base.key(&m.key), &as_placeholder(&m.key))
                        .with_applicability(crate::fix::Applicability::Unsafe),
                ),
            );
        }
        return;
    }
    if placeholders == 0 || bare == 0 {
        return;
    }
    let report_bare = bare <= placeholders;
    for m in members
        .iter()
        .filter(|m| is_placeholder(&m.key) != report_bare)
    {
        let (message, help) = if report_bare {
            (
                format!(
                    "search space parameter `{}` is a bare name, while {placeholders} other parameter(s) of this space are `${{name}}` placeholders",
                    m.key
                ),
                format!("rename it `{}`", as_placeholder(&m.key)),
            )
        } else {
            let inner = m
                .key
                .strip_prefix("${")
                .and_then(|r| r.strip_suffix('}'))
                .unwrap_or(&m.key);
            (
                format!(
                    "search space parameter `{}` is a `${{name}}` placeholder, while {bare} other parameter(s) of this space are bare names",
                    m.key
                ),
                format!("rename it `{inner}`"),
            )
        };
        out.push(
            Finding::new(&MIXED_PARAMETER_NAMES, base.key(&m.key), message)
                .at_key()
                .help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        assert!(is_placeholder("${lr}"));
        assert!(is_placeholder("${学习率}"));
        assert!(!is_placeholder("lr"));
        assert!(!is_placeholder("${}"));
        assert!(!is_placeholder("${lr"));
        assert!(!is_placeholder("$lr"));
        assert_eq!(as_placeholder("lr"), "${lr}");
        assert_eq!(as_placeholder("$lr"), "${lr}");
    }
}
