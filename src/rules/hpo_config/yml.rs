//! `yml_config`: the exp.yml settings of the configuration, in snake_case.

use super::scalars::int_value;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::model::hpo_config::HpoExperimentConfiguration;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::path::NodePath;

const KINDS: &[Kind] = &[Kind::HpoConfig, Kind::GetHpoExperiment];

/// NNI's built-in tuners (names and aliases).
pub const TUNERS: &[&str] = &[
    "TPE",
    "Random",
    "Anneal",
    "Evolution",
    "SMAC",
    "BatchTuner",
    "Batch",
    "GridSearch",
    "Hyperband",
    "BOHB",
    "MetisTuner",
    "Metis",
    "GPTuner",
    "GP",
    "PBTTuner",
    "PBT",
    "NetworkMorphism",
    "DNGOTuner",
    "DNGO",
    "PPOTuner",
    "PPO",
    "RegularizedEvolutionTuner",
];
/// The assessors: PAI's, and NNI's built-ins.
pub const ASSESSORS: &[&str] = &["PAIAssessor", "Medianstop", "Curvefitting"];
/// NNI's log levels.
pub const LOG_LEVELS: &[&str] = &["fatal", "error", "warning", "info", "debug", "trace"];

/// HPO503: a yml_config value out of its range or set.
pub static INVALID_YML_CONFIG: Rule = Rule {
    code: "HPO503",
    name: "invalid-yml-config",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: KINDS,
    summary: "a `yml_config` value NNI rejects: `trial_concurrency` or `max_trial_number` below 1, an unknown `log_level`",
    description: "`yml_config` becomes the experiment's exp.yml; NNI checks these values when the \
experiment starts (with a bare `AssertionError` for the counts).",
    bad: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"]},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}},\n \"yml_config\": {\"trial_concurrency\": 1, \"log_level\": \"warn\", \"tuner\": {\"name\": \"TPE\"}}}\n",
    }],
    good: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"]},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}},\n \"yml_config\": {\"trial_concurrency\": 1, \"log_level\": \"warning\", \"tuner\": {\"name\": \"TPE\"}}}\n",
    }],
};

/// HPO504: a tuner or assessor that is not built in.
pub static UNKNOWN_ALGORITHM: Rule = Rule {
    code: "HPO504",
    name: "unknown-yml-config-algorithm",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: KINDS,
    summary: "a `yml_config` tuner or assessor name that is not a built-in one",
    description: "`yml_config` has no `className`, so only built-in algorithms can be named: NNI's \
tuners (TPE, Random, Anneal, Evolution, SMAC, BatchTuner, GridSearch, Hyperband, BOHB, \
MetisTuner, GPTuner, PBTTuner, NetworkMorphism, DNGOTuner, PPOTuner, RegularizedEvolutionTuner \
and their short names) and the assessors PAIAssessor, Medianstop, Curvefitting. A warning, not \
an error: the service may register more.",
    bad: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"]},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}},\n \"yml_config\": {\"trial_concurrency\": 1, \"tuner\": {\"name\": \"TEP\"}}}\n",
    }],
    good: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"python train.py\"]},\n \"metric_config\": {\"metric_type\": \"summary\", \"metric_source\": [\"/tmp/summary\"], \"metric_dict\": {\"auc\": 1}},\n \"yml_config\": {\"trial_concurrency\": 1, \"tuner\": {\"name\": \"TPE\"}}}\n",
    }],
};

/// Runs the yml_config rules on the configuration at `base`.
pub fn check(base: &NodePath, conf: &HpoExperimentConfiguration, findings: &mut Vec<Finding>) {
    let Some(y) = &conf.yml_config else {
        return;
    };
    let yptr = base.key("yml_config");
    for (name, value) in [
        ("trial_concurrency", &y.trial_concurrency),
        ("max_trial_number", &y.max_trial_number),
    ] {
        if let Some(n) = value.as_ref().and_then(int_value)
            && n < 1
        {
            findings.push(
                Finding::new(
                    &INVALID_YML_CONFIG,
                    yptr.key(name),
                    format!("`{name}` is {n}; expected at least 1"),
                )
                .help(format!("set `{name}` to 1 or more")),
            );
        }
    }
    if let Some(level) = &y.log_level
        && !LOG_LEVELS.contains(&level.as_str())
    {
        findings.push(
            Finding::new(
                &INVALID_YML_CONFIG,
                yptr.key("log_level"),
                format!(
                    "`log_level` `{level}` is not one of {}",
                    LOG_LEVELS.join(", ")
                ),
            )
            .help_opt(
                did_you_mean(level, LOG_LEVELS.iter().copied())
                    .map(|s| format!("did you mean `{s}`?")),
            )
            .fix_opt(crate::rules::enum_fix(
                &yptr.key("log_level"),
                level,
                LOG_LEVELS,
            )),
        );
    }
    for (member, known) in [("tuner", TUNERS), ("assessor", ASSESSORS)] {
        let algo = if member == "tuner" {
            &y.tuner
        } else {
            &y.assessor
        };
        if let Some(name) = algo.as_ref().and_then(|a| a.name.as_ref())
            && !known.contains(&name.as_str())
        {
            let suggestion = did_you_mean(name, known.iter().copied());
            findings.push(
                Finding::new(
                    &UNKNOWN_ALGORITHM,
                    yptr.key(member).key("name"),
                    format!("{member} `{name}` is not a built-in {member}"),
                )
                .help(match suggestion {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("use one of {}", known.join(", ")),
                })
                .fix_opt(crate::rules::enum_fix(
                    &yptr.key(member).key("name"),
                    name,
                    known,
                )),
            );
        }
    }
}
