//! Tuners, assessors and advisors: built-in names, custom classes, and `classArgs`.

use super::algorithms::{self, AlgoKind, ArgType, Builtin};
use super::{Exp, fields};
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::model::exp_yml::Algorithm;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::path::NodePath;

const EXP: &[Kind] = &[Kind::ExpYml];

/// HPO312: an algorithm name that is not a built-in.
pub static UNKNOWN_ALGORITHM: Rule = Rule {
    code: "HPO312",
    name: "unknown-algorithm",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: EXP,
    summary: "a tuner or assessor `name` that is not a built-in (error when it is a typo of one)",
    description: "Names match case-insensitively, as in NNI, including the class-name forms NNI \
registers (`MetisTuner`, `BatchTuner`, `GPTuner`, `PBTTuner`). A name one edit away from a \
built-in (`TPEE`, `Evolutoin`) is an error with the suggestion; a name far from every built-in \
is a warning, since it may be an algorithm registered with `nnictl algo register`. NNI finds out \
only when the experiment starts its dispatcher.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!("tuner:\n  name: TPEE\ntrainingService:\n  platform: local\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!(),
    }],
};

/// HPO313: a tuner used as assessor, or an assessor as tuner.
pub static WRONG_ALGORITHM_KIND: Rule = Rule {
    code: "HPO313",
    name: "wrong-algorithm-kind",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "a built-in tuner given as `assessor`, or a built-in assessor as `tuner`/`advisor`",
    description: "NNI looks tuners and assessors up in separate tables, so `assessor: {name: TPE}` \
fails when the experiment starts.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("assessor:\n  name: TPE\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("assessor:\n  name: Medianstop\n"),
    }],
};

/// HPO314: a built-in `name` together with `className`/`codeDirectory`.
pub static BUILTIN_AND_CUSTOM: Rule = Rule {
    code: "HPO314",
    name: "builtin-and-custom-algorithm",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "an algorithm with both a built-in `name` and a custom `className` or `codeDirectory`",
    description: "An algorithm is either built-in (`name`, optional `classArgs`) or custom \
(`className`, `codeDirectory`, optional `classArgs`). NNI rejects a mix with a bare \
`AssertionError`.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\n  className: my_tuner.MyTuner\n  codeDirectory: .\ntrainingService:\n  platform: local\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  className: my_tuner.MyTuner\n  codeDirectory: .\ntrainingService:\n  platform: local\n"
        ),
    }],
};

/// HPO315: neither `name` nor `className`, or `className` without `codeDirectory`.
pub static INCOMPLETE_ALGORITHM: Rule = Rule {
    code: "HPO315",
    name: "incomplete-algorithm",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "an algorithm with neither `name` nor `className`, or a `className` without `codeDirectory`",
    description: "NNI reads a built-in by `name` and a custom algorithm by `className` found in \
`codeDirectory`. With neither it fails with a bare `AssertionError`; NNI 3.0 reads a \
`className` without `codeDirectory` as the path `None` and crashes (`TypeError`), so hpoconf \
asks for `codeDirectory: .` explicitly.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  codeDirectory: .\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  className: my_tuner.MyTuner\n  codeDirectory: .\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
};

/// HPO316: a `classArgs` key the built-in does not take.
pub static UNKNOWN_CLASS_ARG: Rule = Rule {
    code: "HPO316",
    name: "unknown-class-arg",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: EXP,
    summary: "a `classArgs` key that the built-in algorithm does not take",
    description: "NNI passes `classArgs` to the algorithm's constructor, which fails with \
`unexpected keyword argument` only when the experiment starts. hpoconf knows the arguments of \
each built-in (SPEC.md §3) and suggests the nearest.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\n  classArgs:\n    optimise_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
};

/// HPO317: a `classArgs` value of the wrong type or out of range.
pub static INVALID_CLASS_ARG: Rule = Rule {
    code: "HPO317",
    name: "invalid-class-arg",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: EXP,
    summary: "a `classArgs` value of the wrong type, out of its range, or not one of its values",
    description: "For example `optimize_mode` must be `maximize` or `minimize`, \
`population_size` an integer up to 99999, PAIAssessor's `proportion` a number in (0, 1]. NNI \
checks none of this before the experiment starts.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximise\ntrainingService:\n  platform: local\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
};

/// HPO318: a required `classArgs` key is missing.
pub static MISSING_CLASS_ARG: Rule = Rule {
    code: "HPO318",
    name: "missing-class-arg",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "a built-in algorithm lacks a required `classArgs` key (`optimize_mode`, `epoch_num`)",
    description: "Evolution, PBT, Hyperband and BOHB need `optimize_mode` (SMAC does not: NNI documents \
`default = maximize` and runs SMAC configs without it, so hpoconf does too); Curvefitting needs \
`epoch_num`. Their constructors fail without them when the experiment starts.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!("tuner:\n  name: Evolution\ntrainingService:\n  platform: local\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: Evolution\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
};

/// The algorithm members of the config: pointer, kind expected, value.
pub(super) fn slots<'c>(exp: &'c Exp<'_, '_>) -> Vec<(NodePath, AlgoKind, &'c Algorithm)> {
    let c = &exp.config;
    let mut v = Vec::new();
    if let Some(a) = &c.tuner {
        v.push((NodePath::root().key("tuner"), AlgoKind::Tuner, a));
    }
    if let Some(a) = &c.advisor {
        v.push((NodePath::root().key("advisor"), AlgoKind::Tuner, a));
    }
    if let Some(a) = &c.assessor {
        v.push((NodePath::root().key("assessor"), AlgoKind::Assessor, a));
    }
    v
}

pub(super) fn check(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    for (at, kind, a) in slots(exp) {
        algorithm(exp, &at, kind, a, out);
    }
}

fn algorithm(
    exp: &Exp<'_, '_>,
    at: &NodePath,
    kind: AlgoKind,
    a: &Algorithm,
    out: &mut Vec<Finding>,
) {
    let slot = at.last_key().unwrap_or_default();
    let name = a.name.as_deref().map(str::trim);
    match (name, &a.class_name) {
        (Some(n), Some(cls)) => {
            out.push(
                Finding::new(
                    &BUILTIN_AND_CUSTOM,
                    exp.ptr(&at.key("className")),
                    format!(
                        "the {slot} has both a built-in `name` (`{n}`) and a custom `className` (`{cls}`); expected one of them"
                    ),
                )
                .at_key()
                .help("keep `name` for a built-in, or `className` and `codeDirectory` for your own class"),
            );
            return;
        }
        (Some(n), None) if a.code_directory.is_some() => {
            out.push(
                Finding::new(
                    &BUILTIN_AND_CUSTOM,
                    exp.ptr(&at.key("codeDirectory")),
                    format!(
                        "the built-in {slot} `{n}` has a `codeDirectory`, which only custom algorithms (`className`) take"
                    ),
                )
                .at_key()
                .help("remove `codeDirectory`, or replace `name` by your own `className`"),
            );
        }
        (None, None) | (Some(""), None) => {
            let (p, msg) = if name == Some("") {
                (
                    at.key("name"),
                    format!("the {slot} `name` is empty; expected a built-in name such as `TPE`"),
                )
            } else {
                (
                    at.clone(),
                    format!(
                        "the {slot} has neither a built-in `name` nor a custom `className`; expected one of them"
                    ),
                )
            };
            out.push(
                Finding::new(&INCOMPLETE_ALGORITHM, exp.ptr(&p), msg)
                    .at_key()
                    .help("add `name: TPE` (a built-in), or `className: module.Class` with `codeDirectory`"),
            );
            return;
        }
        (None, Some(cls)) => {
            match &a.code_directory {
                None => out.push(
                    Finding::new(
                        &INCOMPLETE_ALGORITHM,
                        exp.ptr(&at.key("className")),
                        format!(
                            "the custom {slot} `{cls}` has no `codeDirectory`; NNI 3.0 crashes without one"
                        ),
                    )
                    .at_key()
                    .help("add `codeDirectory: .` (the folder that holds the module)"),
                ),
                Some(d) => fields::directory(
                    exp,
                    &at.key("codeDirectory"),
                    "codeDirectory",
                    d,
                    out,
                ),
            }
            return;
        }
        (Some(_), None) => {}
    }
    let Some(name) = name else { return };
    let Some(builtin) = algorithms::lookup(name) else {
        unknown(exp, at, kind, name, out);
        return;
    };
    if builtin.kind != kind {
        out.push(
            Finding::new(
                &WRONG_ALGORITHM_KIND,
                exp.ptr(&at.key("name")),
                format!(
                    "`{name}` is a built-in {}, not {}",
                    builtin.kind.word(),
                    match kind {
                        AlgoKind::Tuner => "a tuner",
                        AlgoKind::Assessor => "an assessor",
                    }
                ),
            )
            .help(match kind {
                AlgoKind::Tuner => {
                    "use a tuner here (TPE, Random, GridSearch, Evolution, GP, PBT, ...)"
                }
                AlgoKind::Assessor => {
                    "use an assessor here (Medianstop, Curvefitting, PAIAssessor)"
                }
            }),
        );
        return;
    }
    class_args(exp, at, name, builtin, a, out);
}

fn unknown(exp: &Exp<'_, '_>, at: &NodePath, kind: AlgoKind, name: &str, out: &mut Vec<Finding>) {
    let p = exp.ptr(&at.key("name"));
    if let Some(b) = algorithms::typo_of(name) {
        out.push(
            Finding::new(
                &UNKNOWN_ALGORITHM,
                p,
                format!(
                    "`{name}` is not a built-in {}; it looks like a typo",
                    kind.word()
                ),
            )
            .help(format!("did you mean `{}`?", b.name))
            .fix(crate::fix::Fix::set_value(exp.ptr(&at.key("name")), b.name)),
        );
    } else {
        out.push(
            Finding::new(
                &UNKNOWN_ALGORITHM,
                p,
                format!(
                    "`{name}` is not a built-in {}; NNI finds it only if it was registered with `nnictl algo register`",
                    kind.word()
                ),
            )
            .severity(Severity::Warning)
            .help("use a built-in name, or a custom `className` with its `codeDirectory`"),
        );
    }
}

fn class_args(
    exp: &Exp<'_, '_>,
    at: &NodePath,
    name: &str,
    builtin: &Builtin,
    a: &Algorithm,
    out: &mut Vec<Finding>,
) {
    let Some(spec) = builtin.args else { return };
    let args_ptr = at.key("classArgs");
    let empty = serde_json::Map::new();
    let given = a.class_args.as_ref().unwrap_or(&empty);
    for (key, value) in given {
        let p = exp.ptr(&args_ptr.key(key));
        let Some(arg) = spec.iter().find(|s| s.key == key) else {
            let suggestion = did_you_mean(key, spec.iter().map(|s| s.key));
            let known: Vec<String> = spec.iter().map(|s| format!("`{}`", s.key)).collect();
            let fix = crate::rules::clearly_closest(key, spec.iter().map(|s| s.key))
                .map(|s| crate::fix::Fix::rename_key(p.clone(), s));
            out.push(
                Finding::new(
                    &UNKNOWN_CLASS_ARG,
                    p,
                    format!(
                        "`{}` does not take the class argument `{key}`",
                        builtin.name
                    ),
                )
                .at_key()
                .help(match suggestion {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("{} takes {}", builtin.name, known.join(", ")),
                })
                .fix_opt(fix),
            );
            continue;
        };
        if value.is_null() {
            continue;
        }
        if let Some((expected, help)) = invalid(arg.ty, value) {
            let fix = match (arg.ty, value.as_str()) {
                (ArgType::Int(..), Some(v)) if v.trim().parse::<i64>().is_ok() => {
                    Some(crate::fix::Fix::unquote(p.clone(), v.trim()))
                }
                (ArgType::Enum(values), Some(v)) => values
                    .iter()
                    .find(|c| c.eq_ignore_ascii_case(v))
                    .copied()
                    .or_else(|| crate::rules::clearly_closest(v, values.iter().copied()))
                    .map(|c| crate::fix::Fix::set_value(p.clone(), c)),
                _ => None,
            };
            out.push(
                Finding::new(
                    &INVALID_CLASS_ARG,
                    p,
                    format!(
                        "the {} argument `{key}` is {}; expected {expected}",
                        builtin.name,
                        show(value)
                    ),
                )
                .help_opt(help)
                .fix_opt(fix),
            );
        }
    }
    for arg in spec.iter().filter(|s| s.required) {
        if given.get(arg.key).is_none_or(serde_json::Value::is_null) {
            let (p, at_key) = if a.class_args.is_some() {
                (args_ptr.clone(), true)
            } else {
                (at.key("name"), false)
            };
            let example = match arg.ty {
                ArgType::Enum(v) => v.first().copied().unwrap_or("..."),
                _ => "10",
            };
            let mut f = Finding::new(
                &MISSING_CLASS_ARG,
                exp.ptr(&p),
                format!("`{name}` needs the class argument `{}`", arg.key),
            )
            .help(if at_key {
                format!("add `{}: {example}` to `classArgs`", arg.key)
            } else {
                format!("add `classArgs: {{{}: {example}}}`", arg.key)
            });
            if at_key {
                f = f.at_key();
            }
            out.push(f);
        }
    }
}

fn show(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => format!("the string `{s}`"),
        serde_json::Value::Bool(b) => format!("the boolean `{b}`"),
        serde_json::Value::Number(n) => format!("`{n}`"),
        serde_json::Value::Array(_) => "a list".to_owned(),
        serde_json::Value::Object(_) => "an object".to_owned(),
        serde_json::Value::Null => "null".to_owned(),
    }
}

/// What was expected, if `v` does not fit `ty`, and a fix.
fn invalid(ty: ArgType, v: &serde_json::Value) -> Option<(String, Option<String>)> {
    use serde_json::Value as J;
    match ty {
        ArgType::Int(min, max) => {
            let Some(i) = v.as_i64() else {
                let help = match v {
                    J::String(s) if s.trim().parse::<i64>().is_ok() => {
                        Some(format!("remove the quotes: `{}`", s.trim()))
                    }
                    _ => None,
                };
                return Some(("an integer".to_owned(), help));
            };
            (i < min || i > max).then(|| (range_words(min, max), None))
        }
        ArgType::Float { min, max, open_min } => {
            let Some(f) = v.as_f64() else {
                let help = match v {
                    J::String(s) if s.trim().parse::<f64>().is_ok() => Some(
                        "remove the quotes (and write exponents as `1.0e-7`, which every YAML reader takes as a number)"
                            .to_owned(),
                    ),
                    _ => None,
                };
                return Some(("a number".to_owned(), help));
            };
            let below = if open_min { f <= min } else { f < min };
            (below || f > max).then(|| {
                let lo = if open_min { "(" } else { "[" };
                (format!("a number in {lo}{min}, {max}]"), None)
            })
        }
        ArgType::Bool => (!v.is_boolean()).then(|| ("`true` or `false`".to_owned(), None)),
        ArgType::Str => (!v.is_string()).then(|| ("a string".to_owned(), None)),
        ArgType::Object => (!v.is_object()).then(|| ("an object".to_owned(), None)),
        ArgType::Enum(values) => {
            let list = values
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(" or ");
            match v.as_str() {
                Some(s) if values.contains(&s) => None,
                Some(s) => Some((
                    list,
                    did_you_mean(s, values.iter().copied()).map(|m| format!("did you mean `{m}`?")),
                )),
                None => Some((list, None)),
            }
        }
    }
}

fn range_words(min: i64, max: i64) -> String {
    match (min, max) {
        (i64::MIN, i64::MAX) => "an integer".to_owned(),
        (lo, i64::MAX) => format!("an integer of at least {lo}"),
        (i64::MIN, hi) => format!("an integer of at most {hi}"),
        (lo, hi) => format!("an integer from {lo} to {hi}"),
    }
}
