//! `_type`: one of the ten HPO domain types, case-sensitive.

use super::{Param, SPACE_KINDS};
use crate::diagnostic::Severity;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::Node;

const SS: &str = "search_space.json";

/// HPO205: a `_type` that is not one of the ten.
pub static UNKNOWN_DOMAIN_TYPE: Rule = Rule {
    code: "HPO205",
    name: "unknown-domain-type",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SPACE_KINDS,
    summary: "a `_type` that is not one of the ten search space types (with a did-you-mean suggestion)",
    description: "The types are `choice`, `randint`, `uniform`, `quniform`, `loguniform`, \
`qloguniform`, `normal`, `qnormal`, `lognormal` and `qlognormal`, compared case-sensitively as NNI \
does (`search space \"x\" has unsupported type \"Uniform\"`). hpoconf suggests the nearest one \
(`choise` -> `choice`, `Uniform` -> `uniform`).",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${opt}\": {\"_type\": \"choise\", \"_value\": [\"adam\", \"sgd\"]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${opt}\": {\"_type\": \"choice\", \"_value\": [\"adam\", \"sgd\"]}}\n",
    }],
};

/// HPO206: a domain type of classic NAS or of a custom tuner, not an HPO type.
pub static NON_HPO_DOMAIN_TYPE: Rule = Rule {
    code: "HPO206",
    name: "non-hpo-domain-type",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a classic-NAS (`layer_choice`, `input_choice`, `mutable_layer`) or custom-tuner \
(`factor`, `discrete`) type in an HPO search space",
    description: "These types appear in NNI's examples, but they are not HPO domains: classic NAS \
types are sampled by NAS tuners (PPO, the classic NAS mode), and `factor`/`discrete` only by the \
custom tuner of NNI's opevo example. NNI's HPO validation rejects them (`has unsupported type \
\"factor\"`) and no tuner PAI HPO runs can sample them. Reported separately from \
`unknown-domain-type` so that the message says what they are instead of suggesting a near name.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${conv}\": {\"_type\": \"layer_choice\", \"_value\": [\"conv3x3\", \"conv5x5\"]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${conv}\": {\"_type\": \"choice\", \"_value\": [\"conv3x3\", \"conv5x5\"]}}\n",
    }],
};

/// The ten HPO domain types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DomainType {
    /// `choice`: one of the options.
    Choice,
    /// `randint`: an integer in `[lower, upper)`.
    Randint,
    /// `uniform`: a float in `[low, high]`.
    Uniform,
    /// `quniform`: `clip(round(uniform(low, high) / q) * q, low, high)`.
    Quniform,
    /// `loguniform`: `exp(uniform(log low, log high))`.
    Loguniform,
    /// `qloguniform`: `loguniform`, quantized by `q`.
    Qloguniform,
    /// `normal`: `normal(mu, sigma)`.
    Normal,
    /// `qnormal`: `round(normal(mu, sigma) / q) * q`.
    Qnormal,
    /// `lognormal`: `exp(normal(mu, sigma))`.
    Lognormal,
    /// `qlognormal`: `lognormal`, quantized by `q`.
    Qlognormal,
}

impl DomainType {
    /// The ten types, in SPEC.md's order.
    pub const ALL: [DomainType; 10] = [
        DomainType::Choice,
        DomainType::Randint,
        DomainType::Uniform,
        DomainType::Quniform,
        DomainType::Loguniform,
        DomainType::Qloguniform,
        DomainType::Normal,
        DomainType::Qnormal,
        DomainType::Lognormal,
        DomainType::Qlognormal,
    ];

    /// The `_type` string.
    pub fn name(self) -> &'static str {
        match self {
            DomainType::Choice => "choice",
            DomainType::Randint => "randint",
            DomainType::Uniform => "uniform",
            DomainType::Quniform => "quniform",
            DomainType::Loguniform => "loguniform",
            DomainType::Qloguniform => "qloguniform",
            DomainType::Normal => "normal",
            DomainType::Qnormal => "qnormal",
            DomainType::Lognormal => "lognormal",
            DomainType::Qlognormal => "qlognormal",
        }
    }

    /// The type with this exact (case-sensitive) name.
    pub fn from_name(name: &str) -> Option<DomainType> {
        DomainType::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Whether the type takes a third value `q`.
    pub fn is_quantized(self) -> bool {
        self.name().starts_with('q')
    }

    /// Whether the values are `[mu, sigma(, q)]` rather than `[low, high(, q)]`.
    pub fn is_normal(self) -> bool {
        matches!(
            self,
            DomainType::Normal
                | DomainType::Qnormal
                | DomainType::Lognormal
                | DomainType::Qlognormal
        )
    }

    /// Whether `low` must be positive (`loguniform`, `qloguniform`).
    pub fn needs_positive_low(self) -> bool {
        matches!(self, DomainType::Loguniform | DomainType::Qloguniform)
    }

    /// The number of values `_value` takes (`None` for `choice`: any number of options).
    pub fn arity(self) -> Option<usize> {
        match self {
            DomainType::Choice => None,
            t if t.is_quantized() => Some(3),
            _ => Some(2),
        }
    }

    /// The form of `_value`, for messages (`[low, high, q]`).
    pub fn value_shape(self) -> &'static str {
        match self {
            DomainType::Choice => "[option, ...]",
            DomainType::Randint => "[lower, upper]",
            t if t.is_normal() && t.is_quantized() => "[mu, sigma, q]",
            t if t.is_normal() => "[mu, sigma]",
            t if t.is_quantized() => "[low, high, q]",
            _ => "[low, high]",
        }
    }
}

/// Types seen in NNI's examples that are not HPO domains, with what they are and how to fix.
const NON_HPO: &[(&str, &str, &str)] = &[
    (
        "layer_choice",
        "a classic NAS type",
        "HPO tuners cannot sample it: for a hyperparameter, use `choice`",
    ),
    (
        "input_choice",
        "a classic NAS type",
        "HPO tuners cannot sample it: for a hyperparameter, use `choice`",
    ),
    (
        "mutable_layer",
        "a classic NAS type",
        "HPO tuners cannot sample it: for a hyperparameter, use `choice`",
    ),
    (
        "factor",
        "a custom-tuner type (NNI's opevo example)",
        "only opevo's own tuner samples it: list the values with `choice`",
    ),
    (
        "discrete",
        "a custom-tuner type (NNI's opevo example)",
        "write `choice` with the same values",
    ),
];

/// Reads `_type`; reports a type that is not a string, not HPO, or unknown.
pub(crate) fn domain_type(
    p: &Param<'_>,
    node: &Node,
    out: &mut Vec<Finding>,
) -> Option<DomainType> {
    // the pointer is built only for a finding
    let ptr = || p.pointer.key("_type");
    let all = || {
        DomainType::ALL
            .iter()
            .map(|t| t.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(name) = node.as_str() else {
        out.push(
            Finding::new(
                &UNKNOWN_DOMAIN_TYPE,
                ptr(),
                format!(
                    "`_type` of search space parameter {} is {}, expected a string",
                    p.label,
                    node.type_name()
                ),
            )
            .help(format!("one of {}", all())),
        );
        return None;
    };
    if let Some(t) = DomainType::from_name(name) {
        return Some(t);
    }
    if let Some((_, what, help)) = NON_HPO.iter().find(|(n, _, _)| *n == name) {
        out.push(
            Finding::new(
                &NON_HPO_DOMAIN_TYPE,
                ptr(),
                format!(
                    "search space parameter {} has type `{name}`, {what}, not a hyperparameter domain",
                    p.label
                ),
            )
            .help(*help),
        );
        return None;
    }
    let help = match did_you_mean(name, DomainType::ALL.iter().map(|t| t.name())) {
        Some(s) => format!("did you mean `{s}`? (types are case-sensitive)"),
        None => format!("one of {}", all()),
    };
    let fix = crate::rules::clearly_closest(name, DomainType::ALL.iter().map(|t| t.name()))
        .map(|s| crate::fix::Fix::set_value(ptr(), s));
    out.push(
        Finding::new(
            &UNKNOWN_DOMAIN_TYPE,
            ptr(),
            format!(
                "search space parameter {} has unknown type `{name}`",
                p.label
            ),
        )
        .help(help)
        .fix_opt(fix),
    );
    None
}
