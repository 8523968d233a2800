//! The values of numeric domains: their count, their types, and their ranges.

use super::types::DomainType;
use super::{Param, SPACE_KINDS, show_f64, show_node, show_number};
use crate::diagnostic::Severity;
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;
use crate::source::{Node, Number, Value};

const SS: &str = "search_space.json";

/// HPO208: `_value` has the wrong number of values for its type.
pub static DOMAIN_VALUE_COUNT: Rule = Rule {
    code: "HPO208",
    name: "domain-value-count",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a numeric domain with the wrong number of values (q-types take 3, the others 2)",
    description: "`quniform`, `qloguniform`, `qnormal` and `qlognormal` take `[low, high, q]` (or \
`[mu, sigma, q]`); `randint`, `uniform`, `loguniform`, `normal` and `lognormal` take two values. \
NNI rejects any other count (`must have 3 values`). The range checks are skipped for such a \
domain, since it is not clear which value is which.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${epochs}\": {\"_type\": \"quniform\", \"_value\": [1, 10]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${epochs}\": {\"_type\": \"quniform\", \"_value\": [1, 10, 1]}}\n",
    }],
};

/// HPO209: a value of a numeric domain that is not a number (or not an integer for randint).
pub static DOMAIN_VALUE_TYPE: Rule = Rule {
    code: "HPO209",
    name: "domain-value-type",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a numeric domain value that is a string, a boolean or null, or a randint value that \
is not an integer",
    description: "NNI rejects strings (`must have float values`): `\"0.1\"` is not 0.1, even though \
it looks like one (remove the quotes). `randint` takes integers, and `1.0` is not one (`must have \
int values`). Booleans are rejected too: NNI lets `true` through as the integer 1 (Python's bool is \
an int), which is never what was meant; hpoconf is stricter here.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [\"0.1\", 0.2]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.2]}}\n",
    }],
};

/// HPO210: low >= high.
pub static EMPTY_RANGE: Rule = Rule {
    code: "HPO210",
    name: "empty-range",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a `randint`, `uniform`, `quniform`, `loguniform` or `qloguniform` domain whose low is \
not below its high",
    description: "NNI rejects it (`must have high > low`). `randint`'s upper bound is exclusive, so \
`[5, 5]` holds no integer at all (write `[5, 6]` for the constant 5), and `uniform [1, 1]` is a \
constant, not a search. The normal types take `[mu, sigma]` and are not concerned.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${depth}\": {\"_type\": \"randint\", \"_value\": [5, 5]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${depth}\": {\"_type\": \"randint\", \"_value\": [5, 6]}}\n",
    }],
};

/// HPO211: a log-uniform domain whose low is not positive.
pub static NON_POSITIVE_LOG_BOUND: Rule = Rule {
    code: "HPO211",
    name: "non-positive-log-bound",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a `loguniform` or `qloguniform` domain whose low is not positive",
    description: "The tuner samples `exp(uniform(log low, log high))`, and the logarithm of 0 or of a \
negative number does not exist. NNI rejects it (`must have low > 0`).",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0, 0.1]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${lr}\": {\"_type\": \"loguniform\", \"_value\": [0.0001, 0.1]}}\n",
    }],
};

/// HPO212: a normal domain whose sigma is not positive.
pub static NON_POSITIVE_SIGMA: Rule = Rule {
    code: "HPO212",
    name: "non-positive-sigma",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a `normal`, `qnormal`, `lognormal` or `qlognormal` domain whose sigma is not positive",
    description: "The values are `[mu, sigma]`, and a normal distribution needs a positive standard \
deviation. NNI rejects it (`must have sigma > 0`).",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${dropout}\": {\"_type\": \"normal\", \"_value\": [0.5, 0]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${dropout}\": {\"_type\": \"normal\", \"_value\": [0.5, 0.1]}}\n",
    }],
};

/// HPO213: q is not positive.
pub static NON_POSITIVE_Q: Rule = Rule {
    code: "HPO213",
    name: "non-positive-q",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a quantized domain whose q is not positive",
    description: "Stricter than NNI, which accepts it: the tuners compute `round(x / q) * q`, so \
`q = 0` divides by zero (NaN or a crash in the tuner, after the experiment has started) and a \
negative q only flips signs. q is the step between values; for no step, use the type without `q`.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${units}\": {\"_type\": \"quniform\", \"_value\": [32, 512, 0]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${units}\": {\"_type\": \"quniform\", \"_value\": [32, 512, 32]}}\n",
    }],
};

/// HPO214: NaN or an infinity in a search space.
pub static NON_FINITE_VALUE: Rule = Rule {
    code: "HPO214",
    name: "non-finite-value",
    severity: Severity::Error,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "NaN or an infinity as a domain value or a choice option",
    description: "Stricter than NNI, which accepts YAML's `.inf` and `.nan` (and Python's json \
accepts `NaN` and `Infinity`): no tuner can sample `uniform [0, .inf]`, comparisons with NaN are \
always false, and the value cannot even be written back as JSON for the trial. In JSON files, \
such numbers (`1e400`) are reported once, by `number-out-of-range`.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\nsearchSpace:\n  lr:\n    _type: uniform\n    _value: [0, .inf]\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\nsearchSpace:\n  lr:\n    _type: uniform\n    _value: [0, 1]\n",
    }],
};

/// HPO219: a quniform range that q does not divide.
pub static Q_DOES_NOT_DIVIDE_RANGE: Rule = Rule {
    code: "HPO219",
    name: "q-does-not-divide-range",
    severity: Severity::Warning,
    fix: None,
    kinds: SPACE_KINDS,
    summary: "a `quniform` domain whose range high - low is not a multiple of q",
    description: "Stricter than NNI, which accepts it; Optuna warns about the same thing. The values \
are `clip(round(x / q) * q, low, high)`: when q does not divide `high - low`, the values are not \
evenly spaced from low to high, an end is reached only by clipping (and sampled more or less \
often than the others) or never, and grid search does not see the values you expect. With q \
larger than the range (NNI's own `[0.5, 0.9, 2]`), every sample is 0.5. Compared with a relative \
tolerance of 1e-9, so `[1, 10, 0.1]` is fine.",
    bad: &[ExampleFile {
        name: SS,
        text: "{\"${dropout}\": {\"_type\": \"quniform\", \"_value\": [0, 1, 0.3]}}\n",
    }],
    good: &[ExampleFile {
        name: SS,
        text: "{\"${dropout}\": {\"_type\": \"quniform\", \"_value\": [0, 0.9, 0.3]}}\n",
    }],
};

/// Reports a NaN or infinite number at `ptr`.
pub(crate) fn non_finite(label: &impl std::fmt::Display, n: f64, ptr: NodePath) -> Finding {
    Finding::new(
        &NON_FINITE_VALUE,
        ptr,
        format!("search space parameter {label} has the non-finite value `{n}`"),
    )
    .help("write a finite number")
}

/// Whether `q` divides `span` (both positive and finite), within a relative tolerance of 1e-9.
pub(crate) fn divides(span: f64, q: f64) -> bool {
    let r = span / q;
    if !r.is_finite() {
        return false;
    }
    (r - r.round()).abs() <= 1e-9 * r.abs().max(1.0)
}

/// Checks the values of a numeric domain (every type but `choice`).
pub(crate) fn check(
    p: &Param<'_>,
    ty: DomainType,
    values: &[Node],
    value_ptr: &NodePath,
    out: &mut Vec<Finding>,
) {
    let arity = ty.arity().unwrap_or(2);
    let count_ok = values.len() == arity;
    if !count_ok {
        let help = match (ty.is_quantized(), values.len()) {
            (true, 2) => format!("add q, the step between values: {}", ty.value_shape()),
            (false, 3) => format!(
                "{} takes {}; for a step q, use `q{}`",
                ty.name(),
                ty.value_shape(),
                ty.name()
            ),
            _ => format!("write {}", ty.value_shape()),
        };
        out.push(
            Finding::new(
                &DOMAIN_VALUE_COUNT,
                value_ptr,
                format!(
                    "search space parameter {} ({}) must have {arity} values {}, found {}",
                    p.label,
                    ty.name(),
                    ty.value_shape(),
                    values.len()
                ),
            )
            .help(help),
        );
    }
    let mut nums = Vec::with_capacity(values.len());
    let mut all_numbers = true;
    for (i, v) in values.iter().enumerate() {
        // the pointer is built only for a finding
        let ptr = || value_ptr.index(i);
        match value_number(p, ty, v, ptr, out) {
            Some(n) => nums.push(n),
            None => all_numbers = false,
        }
    }
    if !count_ok || !all_numbers {
        return;
    }
    let (Some(&a), Some(&b)) = (nums.first(), nums.get(1)) else {
        return;
    };
    check_range(p, ty, a, b, value_ptr, out);
    if let Some(&q) = nums.get(2) {
        check_q(p, ty, a, b, q, value_ptr, out);
    }
}

/// Checks one value: a finite number (an integer for randint). Returns it when it is usable.
fn value_number(
    p: &Param<'_>,
    ty: DomainType,
    v: &Node,
    ptr: impl Fn() -> NodePath,
    out: &mut Vec<Finding>,
) -> Option<Number> {
    let expected = if ty == DomainType::Randint {
        "integers"
    } else {
        "numbers"
    };
    let wrong = |found: String, help: String| {
        Finding::new(
            &DOMAIN_VALUE_TYPE,
            ptr(),
            format!(
                "search space parameter {} ({}) must have {expected} as values, found {found}",
                p.label,
                ty.name()
            ),
        )
        .help(help)
    };
    match &v.value {
        Value::Number(n) => {
            let f = n.as_f64();
            if !f.is_finite() {
                out.push(non_finite(&p.label, f, ptr()));
                return None;
            }
            if ty == DomainType::Randint && !n.is_integer() {
                let help = if f.fract() == 0.0 {
                    format!("write `{}` (without the decimal point)", show_f64(f))
                } else {
                    "randint takes integers; for fractional values use `uniform` or `quniform`"
                        .to_owned()
                };
                out.push(wrong(format!("`{}`", show_number(*n)), help));
                return None;
            }
            Some(*n)
        }
        Value::String(s) => {
            let parsed = s.trim().parse::<f64>().ok().filter(|f| f.is_finite());
            let help = match parsed {
                Some(f) if ty != DomainType::Randint || f.fract() == 0.0 => {
                    format!("remove the quotes: `{}`", s.trim())
                }
                _ => format!("write a number: {}", ty.value_shape()),
            };
            out.push(wrong(format!("the string `{}`", show_node(v)), help));
            None
        }
        Value::Bool(b) => {
            out.push(wrong(
                format!("the boolean `{b}`"),
                format!("write a number: {}", ty.value_shape()),
            ));
            None
        }
        _ => {
            out.push(wrong(
                v.type_name().to_owned(),
                format!("write a number: {}", ty.value_shape()),
            ));
            None
        }
    }
}

/// An exact integer view of a number written as an integer.
fn as_i128(n: Number) -> Option<i128> {
    match n {
        Number::Int(i) => Some(i128::from(i)),
        Number::UInt(u) => Some(i128::from(u)),
        Number::Float(_) => None,
    }
}

/// low < high (non-normal types), low > 0 (log types), sigma > 0 (normal types).
fn check_range(
    p: &Param<'_>,
    ty: DomainType,
    a: Number,
    b: Number,
    value_ptr: &NodePath,
    out: &mut Vec<Finding>,
) {
    if ty.is_normal() {
        let sigma = b.as_f64();
        if sigma <= 0.0 {
            out.push(
                Finding::new(
                    &NON_POSITIVE_SIGMA,
                    value_ptr.index(1),
                    format!(
                        "search space parameter {} ({}) must have sigma > 0, found {}",
                        p.label,
                        ty.name(),
                        show_number(b)
                    ),
                )
                .help(format!(
                    "the values are {}: sigma, the standard deviation, must be positive",
                    ty.value_shape()
                )),
            );
        }
        return;
    }
    let less = match (as_i128(a), as_i128(b)) {
        (Some(x), Some(y)) => x < y,
        _ => a.as_f64() < b.as_f64(),
    };
    if !less {
        let equal = match (as_i128(a), as_i128(b)) {
            (Some(x), Some(y)) => x == y,
            _ => a.as_f64() == b.as_f64(),
        };
        let (lo, hi) = if ty == DomainType::Randint {
            ("lower", "upper")
        } else {
            ("low", "high")
        };
        let help = if !equal {
            format!(
                "swap them: [{}, {}{}]",
                show_number(b),
                show_number(a),
                if ty.is_quantized() { ", q" } else { "" }
            )
        } else if ty == DomainType::Randint {
            let next = as_i128(a).and_then(|x| x.checked_add(1));
            match next {
                Some(n) => format!(
                    "randint's upper bound is exclusive: [{}, {n}] always gives {}",
                    show_number(a),
                    show_number(a)
                ),
                None => "randint's upper bound is exclusive: make it greater".to_owned(),
            }
        } else {
            format!(
                "a range of one value is not a search: make {hi} greater than {lo}, or use a constant"
            )
        };
        out.push(
            Finding::new(
                &EMPTY_RANGE,
                value_ptr,
                format!(
                    "search space parameter {} ({}) must have {lo} < {hi}, found {lo} {} and {hi} {}",
                    p.label,
                    ty.name(),
                    show_number(a),
                    show_number(b)
                ),
            )
            .help(help),
        );
    }
    if ty.needs_positive_low() && a.as_f64() <= 0.0 {
        out.push(
            Finding::new(
                &NON_POSITIVE_LOG_BOUND,
                value_ptr.index(0),
                format!(
                    "search space parameter {} ({}) must have low > 0, found {}",
                    p.label,
                    ty.name(),
                    show_number(a)
                ),
            )
            .help("the log of a non-positive number is undefined: choose a small positive low, e.g. 1e-5"),
        );
    }
}

/// q > 0 for every quantized type; q divides high - low for quniform.
fn check_q(
    p: &Param<'_>,
    ty: DomainType,
    a: Number,
    b: Number,
    q: Number,
    value_ptr: &NodePath,
    out: &mut Vec<Finding>,
) {
    let qf = q.as_f64();
    if qf <= 0.0 {
        let plain = ty.name().strip_prefix('q').unwrap_or(ty.name());
        out.push(
            Finding::new(
                &NON_POSITIVE_Q,
                value_ptr.index(2),
                format!(
                    "search space parameter {} ({}) must have q > 0, found {}",
                    p.label,
                    ty.name(),
                    show_number(q)
                ),
            )
            .help(format!(
                "q is the step between values; for no step use `{plain}`"
            )),
        );
        return;
    }
    if ty != DomainType::Quniform {
        return;
    }
    let (low, high) = (a.as_f64(), b.as_f64());
    let span = high - low;
    if !span.is_finite() || span <= 0.0 || divides(span, qf) {
        return;
    }
    let r = span / qf;
    let below = low + r.floor() * qf;
    let above = low + r.ceil() * qf;
    let help = if below > low {
        format!(
            "make high - low a multiple of q: high {} or {}",
            show_f64(below),
            show_f64(above)
        )
    } else {
        format!("make high - low a multiple of q: high {}", show_f64(above))
    };
    let message = if qf > span {
        format!(
            "search space parameter {} (quniform): q = {} is larger than the whole range high - low = {}, so most samples round to the same value",
            p.label,
            show_number(q),
            show_f64(span)
        )
    } else {
        format!(
            "search space parameter {} (quniform): q = {} does not divide high - low = {}, so the values are not evenly spaced from low to high",
            p.label,
            show_number(q),
            show_f64(span)
        )
    };
    out.push(Finding::new(&Q_DOES_NOT_DIVIDE_RANGE, value_ptr, message).help(help));
}
