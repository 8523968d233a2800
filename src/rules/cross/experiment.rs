//! Rules on the experiment settings (SPEC.md §7), shared by an exp.yml, an
//! HpoExperimentConfiguration's `yml_config` and a response's `ConfigYml`: concurrency vs max
//! trials, tuner vs assessor, and the tuner vs its search space.
//!
//! Keys are matched the way NNI matches them (ignoring case and `_`), so `maxTrialNumber`,
//! `max_trial_number` and `yml_config`'s snake_case all work; pointers are the keys as written.

use super::tuner::{Tuner, normalize, unsampleable};
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::search_space::facts::{GridSize, grid_size};
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;
use crate::source::{Member, Node, Value};

const EXP: &str = "exp.yml";
const KINDS: &[Kind] = &[Kind::ExpYml, Kind::HpoConfig, Kind::GetHpoExperiment];

/// HPO704: trialConcurrency > maxTrialNumber.
pub static CONCURRENCY_ABOVE_MAX_TRIALS: Rule = Rule {
    code: "HPO704",
    name: "concurrency-above-max-trials",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "trialConcurrency is greater than maxTrialNumber",
    description: "No more than maxTrialNumber trials ever run, so the extra concurrency slots never \
fill (Katib rejects this; NNI accepts it). Reported at trialConcurrency (`trial_concurrency` in \
`yml_config`).",
    bad: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 8\nmaxTrialNumber: 4\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 4\nmaxTrialNumber: 4\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO705: the assessor optimizes the other way.
pub static OPTIMIZE_MODE_MISMATCH: Rule = Rule {
    code: "HPO705",
    name: "optimize-mode-mismatch",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Unsafe),
    kinds: KINDS,
    summary: "the assessor's optimize_mode differs from the tuner's",
    description: "The assessor stops the trials whose metric goes the wrong way for it: with the \
modes crossed, it kills exactly the trials the tuner is looking for. Compared only when both set \
optimize_mode (the defaults differ between algorithms). Reported at the assessor's optimize_mode.",
    bad: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\nassessor:\n  name: Medianstop\n  classArgs:\n    optimize_mode: minimize\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\nassessor:\n  name: Medianstop\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO706: GridSearch asked for more trials than the grid has.
pub static GRID_SMALLER_THAN_MAX_TRIALS: Rule = Rule {
    code: "HPO706",
    name: "grid-smaller-than-max-trials",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "GridSearch with maxTrialNumber greater than the grid size",
    description: "Grid search runs each configuration once and then stops: maxTrialNumber above \
the grid size is never reached (Katib rejects it). The grid size is the product of the numbers of \
values of the parameters (a continuous domain makes it infinite, and the rule silent). Reported at \
maxTrialNumber.",
    bad: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  depth: {_type: choice, _value: [2, 4, 8]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\nmaxTrialNumber: 10\ntuner:\n  name: GridSearch\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  depth: {_type: choice, _value: [2, 4, 8]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\nmaxTrialNumber: 3\ntuner:\n  name: GridSearch\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO707: classArgs for a tuner that takes none.
pub static CLASS_ARGS_NOT_ACCEPTED: Rule = Rule {
    code: "HPO707",
    name: "class-args-not-accepted",
    severity: Severity::Error,
    fix: None,
    kinds: KINDS,
    summary: "GridSearch or Batch with classArgs",
    description: "The GridSearch and Batch tuners take no arguments (SPEC.md §3); NNI fails when it \
constructs the tuner. An empty `classArgs: {}` is accepted. Reported at the classArgs key.",
    bad: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  depth: {_type: choice, _value: [2, 4, 8]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: Batch\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  depth: {_type: choice, _value: [2, 4, 8]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: Batch\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO708: the tuner cannot sample a domain of the space.
pub static TUNER_CANNOT_SAMPLE: Rule = Rule {
    code: "HPO708",
    name: "tuner-cannot-sample",
    severity: Severity::Error,
    fix: None,
    kinds: &[
        Kind::SearchSpace,
        Kind::ExpYml,
        Kind::HpoConfig,
        Kind::GetHpoExperiment,
    ],
    summary: "the configured tuner cannot sample a domain of the search space",
    description: "From NNI's tuner documentation: TPE, Random, GridSearch, Anneal and Evolution \
sample every type and nested choices; SMAC samples choice, randint, uniform, quniform and \
loguniform; Metis choice, randint, uniform and quniform; Batch only choice; GP and DNGO only \
numbers (no string options); Hyperband, BOHB and PBT every type but no nested sub-space. The tuner \
fails on its first trial. Reported at the domain's `_type`, in the search space file when the \
exp.yml names one (the file that must change), in the inline space otherwise.",
    bad: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  optimizer: {_type: choice, _value: [adam, sgd]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: GP\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  optimizer: {_type: choice, _value: [adam, sgd]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO709: Hyperband/BOHB with an assessor.
pub static ASSESSOR_IGNORED: Rule = Rule {
    code: "HPO709",
    name: "assessor-ignored",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "an assessor configured with Hyperband or BOHB",
    description: "Hyperband and BOHB are advisors: they stop trials themselves, and NNI ignores the \
assessor. Reported at the assessor.",
    bad: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\nadvisor:\n  name: Hyperband\n  classArgs:\n    optimize_mode: maximize\nassessor:\n  name: Medianstop\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: EXP,
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\nadvisor:\n  name: Hyperband\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n",
    }],
};

/// The member of `node` whose key matches `key` ignoring case and `_` (as NNI matches keys:
/// [`crate::source::keys::member`]).
pub fn member<'a>(node: &'a Node, key: &str) -> Option<&'a Member> {
    crate::source::keys::member(node, key)
}

/// A tuner, assessor or advisor.
#[derive(Debug, Clone)]
pub struct Algo<'a> {
    /// Pointer of the algorithm object.
    pub pointer: NodePath,
    /// Its built-in name, if a string.
    pub name: Option<&'a str>,
    /// The classArgs member, if any.
    pub class_args: Option<&'a Member>,
}

impl<'a> Algo<'a> {
    fn read(m: &'a Member, base: &NodePath) -> Algo<'a> {
        Algo {
            pointer: base.key(&m.key),
            name: member(&m.value, "name").and_then(|n| n.value.as_str()),
            class_args: member(&m.value, "classArgs"),
        }
    }

    fn class_args_pointer(&self) -> Option<NodePath> {
        self.class_args.map(|c| self.pointer.key(&c.key))
    }

    /// optimize_mode, with its pointer.
    fn optimize_mode(&self) -> Option<(&'a str, NodePath)> {
        let ca = self.class_args?;
        let m = member(&ca.value, "optimize_mode")?;
        let mode = m.value.as_str()?;
        Some((mode, self.pointer.key(&ca.key).key(&m.key)))
    }
}

/// The settings the rules look at, read from an exp.yml-like object.
#[derive(Debug, Clone)]
pub struct Settings<'a> {
    /// The tuner (or advisor).
    pub tuner: Option<Algo<'a>>,
    /// The assessor.
    pub assessor: Option<Algo<'a>>,
    /// trialConcurrency, its written key, and its pointer.
    pub concurrency: Option<(i64, &'a str, NodePath)>,
    /// maxTrialNumber, its written key, and its pointer.
    pub max_trials: Option<(i64, &'a str, NodePath)>,
}

fn int_member<'a>(node: &'a Node, key: &str, base: &NodePath) -> Option<(i64, &'a str, NodePath)> {
    let m = member(node, key)?;
    match m.value.value {
        Value::Number(n) => Some((n.as_i64()?, m.key.as_str(), base.key(&m.key))),
        _ => None,
    }
}

/// Reads the settings of the object `node` at `base`.
pub fn settings<'a>(node: &'a Node, base: &NodePath) -> Settings<'a> {
    Settings {
        tuner: member(node, "tuner")
            .or_else(|| member(node, "advisor"))
            .filter(|m| m.value.as_object().is_some())
            .map(|m| Algo::read(m, base)),
        assessor: member(node, "assessor")
            .filter(|m| m.value.as_object().is_some())
            .map(|m| Algo::read(m, base)),
        concurrency: int_member(node, "trialConcurrency", base),
        max_trials: int_member(node, "maxTrialNumber", base),
    }
}

/// The rules that need only the settings: HPO704, HPO705, HPO707, HPO709.
pub fn check_settings(s: &Settings<'_>, findings: &mut Vec<Finding>) {
    if let (Some((c, ck, cp)), Some((m, mk, _))) = (&s.concurrency, &s.max_trials)
        && c > m
        && *m > 0
    {
        findings.push(
            Finding::new(
                &CONCURRENCY_ABOVE_MAX_TRIALS,
                cp.clone(),
                format!(
                    "{ck} {c} is greater than {mk} {m}, so {} slots never fill",
                    c - m
                ),
            )
            .help(format!("lower {ck} to at most {m}")),
        );
    }
    if let (Some(t), Some(a)) = (&s.tuner, &s.assessor)
        && let (Some((tm, _)), Some((am, ap))) = (t.optimize_mode(), a.optimize_mode())
        && !tm.eq_ignore_ascii_case(am)
    {
        findings.push(
            Finding::new(
                &OPTIMIZE_MODE_MISMATCH,
                ap.clone(),
                format!(
                    "the assessor's optimize_mode `{am}` differs from the tuner's `{tm}`, so it stops the trials the tuner wants"
                ),
            )
            .help(format!("set the assessor's optimize_mode to `{tm}`"))
            .fix(
                crate::fix::Fix::set_value(ap.clone(), tm)
                    .with_applicability(crate::fix::Applicability::Unsafe),
            ),
        );
    }
    if let Some(t) = &s.tuner
        && let Some(name) = t.name
        && let Some(Tuner::GridSearch | Tuner::Batch) = Tuner::from_name(name)
        && let Some(ca) = t.class_args
        && let Some(ptr) = t.class_args_pointer()
        && !matches!(&ca.value.value, Value::Null)
        && ca.value.as_object().is_none_or(|o| !o.is_empty())
    {
        findings.push(
            Finding::new(
                &CLASS_ARGS_NOT_ACCEPTED,
                ptr,
                format!("the `{name}` tuner accepts no classArgs"),
            )
            .at_key()
            .help("remove classArgs"),
        );
    }
    if let Some(t) = &s.tuner
        && let Some(name) = t.name
        && matches!(normalize(name).as_str(), "hyperband" | "bohb")
        && let Some(a) = &s.assessor
    {
        findings.push(
            Finding::new(
                &ASSESSOR_IGNORED,
                a.pointer.clone(),
                format!("the assessor is ignored: `{name}` stops trials itself"),
            )
            .at_key()
            .help("remove the assessor"),
        );
    }
}

/// The rules that need the space: HPO706 (findings in the settings' document, `settings_out`)
/// and HPO708 (findings in the space's document, `space_out`, with pointers under `space_base`).
pub fn check_space(
    s: &Settings<'_>,
    space: &Node,
    space_base: &NodePath,
    settings_out: &mut Vec<Finding>,
    space_out: &mut Vec<Finding>,
) {
    let Some(t) = &s.tuner else { return };
    let Some(name) = t.name else { return };
    let Some(tuner) = Tuner::from_name(name) else {
        return;
    };
    if space.as_object().is_none() {
        return;
    }
    if tuner == Tuner::GridSearch
        && let Some((m, mk, mp)) = &s.max_trials
        && let GridSize::Finite(g) = grid_size(space)
        && u128::try_from(*m).is_ok_and(|m| m > g)
    {
        settings_out.push(
            Finding::new(
                &GRID_SMALLER_THAN_MAX_TRIALS,
                mp.clone(),
                format!("{mk} {m} is greater than the grid size {g}, so GridSearch stops after {g} trials"),
            )
            .help(format!("lower {mk} to {g}")),
        );
    }
    for u in unsampleable(tuner, name, space) {
        space_out.push(
            Finding::new(&TUNER_CANNOT_SAMPLE, space_base.join(&u.pointer), u.reason).help(u.help),
        );
    }
}
