//! PAI experiments (the trial command runs `hpo_tools`): the algorithms PAI supports.

use super::Exp;
use super::algorithms::{self, AlgoKind, PAI_TUNERS};
use super::class_args::slots;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Finding, Rule};

const EXP: &[Kind] = &[Kind::ExpYml];

/// HPO319: a tuner PAI does not document.
pub static PAI_UNSUPPORTED_TUNER: Rule = Rule {
    code: "HPO319",
    name: "pai-unsupported-tuner",
    severity: Severity::Warning,
    fix: None,
    kinds: EXP,
    summary: "a PAI experiment (trials run `hpo_tools`) uses a tuner PAI does not document",
    description: "PAI AutoML documents six tuners: TPE, GridSearch, Random, Evolution, GP and PBT. \
Others may run under NNI but are not supported on PAI.",
    bad: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: Anneal\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[metric_config]\nmetric_source=stdout\n",
        },
    ],
    good: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[metric_config]\nmetric_source=stdout\n",
        },
    ],
};

/// HPO320: an assessor other than PAIAssessor in a PAI experiment.
pub static PAI_NON_PAI_ASSESSOR: Rule = Rule {
    code: "HPO320",
    name: "pai-non-pai-assessor",
    severity: Severity::Warning,
    fix: None,
    kinds: EXP,
    summary: "a PAI experiment (trials run `hpo_tools`) uses an assessor other than PAIAssessor",
    description: "When an assessor stops a trial on PAI, the trial's PAI job (DLC, MaxCompute, ...) \
must be killed too; only `PAIAssessor` does that. Another assessor stops the NNI trial and \
leaves the job running (and billing).",
    bad: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\nassessor:\n  name: Medianstop\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[metric_config]\nmetric_source=stdout\n",
        },
    ],
    good: &[
        ExampleFile {
            name: "exp.yml",
            text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\nassessor:\n  name: PAIAssessor\ntrainingService:\n  platform: local\n",
        },
        ExampleFile {
            name: "trial.ini",
            text: "[metric_config]\nmetric_source=stdout\n",
        },
    ],
};

pub(super) fn check(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    if !exp.is_pai() {
        return;
    }
    for (at, kind, a) in slots(exp) {
        let (p, shown) = match (&a.name, &a.class_name) {
            (Some(n), _) => (at.key("name"), n.trim().to_owned()),
            (None, Some(c)) => (at.key("className"), c.clone()),
            (None, None) => continue,
        };
        let builtin = a.name.as_deref().and_then(algorithms::lookup);
        match kind {
            AlgoKind::Tuner => {
                if builtin.is_some_and(|b| PAI_TUNERS.contains(&b.name)) {
                    continue;
                }
                // A name that is no built-in is reported by `unknown-algorithm` already.
                if a.name.is_some() && builtin.is_none() {
                    continue;
                }
                out.push(
                    Finding::new(
                        &PAI_UNSUPPORTED_TUNER,
                        exp.ptr(&p),
                        format!("PAI does not support the tuner `{shown}`; it documents TPE, GridSearch, Random, Evolution, GP and PBT"),
                    )
                    .help("use one of the six tuners PAI documents"),
                );
            }
            AlgoKind::Assessor => {
                if builtin.is_some_and(|b| b.name == "PAIAssessor") {
                    continue;
                }
                out.push(
                    Finding::new(
                        &PAI_NON_PAI_ASSESSOR,
                        exp.ptr(&p),
                        format!("the assessor `{shown}` cannot stop a trial's PAI job; expected `PAIAssessor`"),
                    )
                    .help("use `assessor: {name: PAIAssessor}` so that a stopped trial's job is killed too"),
                );
            }
        }
    }
}
