//! The API's loose scalars: strings where a number or a boolean is meant (`resume: "1"`,
//! `trial_concurrency: "2"`, `is_at_all: "False"`, a weight `"0.5"`).

use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::model::hpo_config::HpoExperimentConfiguration;
use crate::model::trial_ini::table::{metric_config, monitor_config, platform_config};
use crate::model::{BoolOrString, IntOrString, NumberOrString};
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;

const KINDS: &[Kind] = &[Kind::HpoConfig, Kind::GetHpoExperiment];

/// HPO501: a number or boolean written as a string.
pub static STRING_SCALAR: Rule = Rule {
    code: "HPO501",
    name: "string-scalar",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: KINDS,
    summary: "a number or boolean written as a string (`\"1\"`, `\"true\"`) where the API accepts both",
    description: "The PAI API is loose about scalar types and accepts `resume: \"1\"`, \
`trial_concurrency: \"2\"`, `is_at_all: \"False\"` or a weight `\"0.5\"`; the typed value is \
clearly meant, and other tools (and the exp.yml the service writes) expect it. Strings that are \
not numbers or booleans are errors (`invalid-scalar-string`, `invalid-metric-dict`).",
    bad: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"], \"resume\": \"1\"},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}}}\n",
    }],
    good: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"], \"resume\": 1},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}}}\n",
    }],
};

/// HPO502: a string that is not the number or boolean meant.
pub static INVALID_SCALAR_STRING: Rule = Rule {
    code: "HPO502",
    name: "invalid-scalar-string",
    severity: Severity::Error,
    fix: None,
    kinds: KINDS,
    summary: "a string that is not a number (or not a boolean) where the API expects one (`trial_concurrency: \"two\"`)",
    description: "The API accepts numbers and booleans as strings, but converts them when the \
experiment starts, and fails on a string that is not one.",
    bad: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"]},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}},\n \"yml_config\": {\"trial_concurrency\": \"two\"}}\n",
    }],
    good: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"]},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}},\n \"yml_config\": {\"trial_concurrency\": 2}}\n",
    }],
};

/// The value of a string the API reads as a boolean.
pub fn bool_string(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// The value of an integer that may be written as a string.
pub fn int_value(v: &IntOrString) -> Option<i64> {
    match v {
        IntOrString::Int(i) => Some(*i),
        IntOrString::String(s) => s.trim().parse().ok(),
    }
}

fn loose(ptr: NodePath, name: &str, found: &str, typed: &str, findings: &mut Vec<Finding>) {
    let ptr_copy = ptr.clone();
    findings.push(
        Finding::new(
            &STRING_SCALAR,
            ptr,
            format!("`{name}` is the string `\"{found}\"` where {typed} is meant"),
        )
        .help(format!("write `{}` without quotes", found.trim()))
        .fix(crate::fix::Fix::unquote(ptr_copy, found.trim())),
    );
}

fn int_field(ptr: NodePath, name: &str, v: &Option<IntOrString>, findings: &mut Vec<Finding>) {
    if let Some(IntOrString::String(s)) = v {
        if s.trim().parse::<i64>().is_ok() {
            loose(ptr, name, s, "an integer", findings);
        } else {
            findings.push(
                Finding::new(
                    &INVALID_SCALAR_STRING,
                    ptr,
                    format!("`{name}` is `\"{s}\"`; expected an integer"),
                )
                .help("write a whole number without quotes, e.g. `2`"),
            );
        }
    }
}

fn bool_field(ptr: NodePath, name: &str, v: &Option<BoolOrString>, findings: &mut Vec<Finding>) {
    if let Some(BoolOrString::String(s)) = v {
        match bool_string(s) {
            Some(b) => findings.push(
                Finding::new(
                    &STRING_SCALAR,
                    ptr.clone(),
                    format!("`{name}` is the string `\"{s}\"` where a boolean is meant"),
                )
                .help(format!("write `{b}` without quotes"))
                .fix(crate::fix::Fix::unquote(ptr.clone(), &b.to_string())),
            ),
            None => findings.push(
                Finding::new(
                    &INVALID_SCALAR_STRING,
                    ptr,
                    format!("`{name}` is `\"{s}\"`; expected a boolean"),
                )
                .help("write `true` or `false`"),
            ),
        }
    }
}

/// Runs the scalar rules on the configuration at `base`.
pub fn check(base: &NodePath, conf: &HpoExperimentConfiguration, findings: &mut Vec<Finding>) {
    let ptr = |s: &str, k: &str| base.key(s).key(k);
    if let Some(p) = &conf.platform_config
        && let Some(IntOrString::String(s)) = &p.resume
        && matches!(s.trim(), "0" | "1")
    {
        // Other strings are `invalid-resume`.
        loose(
            ptr(platform_config::SECTION, platform_config::RESUME),
            platform_config::RESUME,
            s,
            "an integer",
            findings,
        );
    }
    if let Some(m) = &conf.metric_config
        && let Some(dict) = &m.metric_dict
    {
        let dptr = ptr(metric_config::SECTION, metric_config::METRIC_DICT);
        for (k, w) in dict {
            if let NumberOrString::String(s) = w
                && w.as_f64().is_some_and(f64::is_finite)
            {
                // Strings that are not numbers are `invalid-metric-dict`.
                loose(
                    dptr.key(k),
                    &format!("metric_dict.{k}"),
                    s,
                    "a number",
                    findings,
                );
            }
        }
    }
    if let Some(y) = &conf.yml_config {
        int_field(
            ptr("yml_config", "trial_concurrency"),
            "trial_concurrency",
            &y.trial_concurrency,
            findings,
        );
        int_field(
            ptr("yml_config", "max_trial_number"),
            "max_trial_number",
            &y.max_trial_number,
            findings,
        );
        bool_field(ptr("yml_config", "debug"), "debug", &y.debug, findings);
    }
    if let Some(m) = &conf.monitor_config {
        bool_field(
            ptr(monitor_config::SECTION, monitor_config::IS_AT_ALL),
            monitor_config::IS_AT_ALL,
            &m.is_at_all,
            findings,
        );
    }
}
