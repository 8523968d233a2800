//! exp.yml rules (SPEC.md §3), on the typed [`crate::model::exp_yml::ExperimentConfig`].
//!
//! The shape checker has already reported types, required members, unknown keys, enums, ranges
//! and patterns; these rules check what a schema cannot say (fields that depend on each other,
//! algorithm names and their `classArgs`, the file system, YAML 1.1 portability).
//!
//! Values and positions: a rule reads its values from the typed model and reports at the
//! canonical JSON Pointer of the member it read (the model's own path, e.g.
//! `/trainingService/1/machineList/0/gpuIndices`), which [`Exp::ptr`] spells as the file does
//! (v1 names, snake_case keys). The model's leaves carry no spans: the typed lists line up with
//! the file's by index, by construction (the shape check keeps every array item in place, and a
//! list with a failed item is not typed at all: [`Exp::services`]), so no rule counts to align
//! them. Rules that need the tree itself (a key's spelling, a YAML 1.1 scalar) read
//! `ctx.root`. The pointer becomes a span once, in the pipeline; `tests/it/locations.rs` fails
//! when a reported pointer names nothing or its span is elsewhere (every fixture and the corpus).

/// A minimal exp.yml for rule examples (search space, trial command, concurrency), followed by
/// the given lines.
macro_rules! example {
    ($($extra:expr),* $(,)?) => {
        concat!(
            "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\n",
            "trialCommand: python3 train.py\n",
            "trialConcurrency: 1\n",
            $($extra,)*
        )
    };
}

/// [`example!`] with a TPE tuner and a local training service.
macro_rules! local_example {
    ($($extra:expr),* $(,)?) => {
        example!("tuner:\n  name: TPE\ntrainingService:\n  platform: local\n", $($extra,)*)
    };
}

pub mod algorithms;
pub(crate) mod class_args;
pub(crate) mod fields;
pub(crate) mod pai;
pub(crate) mod portability;
pub(crate) mod training_service;
pub(crate) mod v1;

use std::path::{Path, PathBuf};

use crate::model::exp_yml::{ExperimentConfig, TrainingService, TrainingServiceConfig};
use crate::rules::dispatch::Ctx;
use crate::rules::{Finding, Rule};
use crate::source::de::{KeyDe, TreeDe};
use crate::source::path::NodePath;

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &fields::NAS_OUT_OF_SCOPE,
    &fields::SEARCH_SPACE_TWICE,
    &fields::MISSING_SEARCH_SPACE,
    &fields::ANNOTATION_WITH_SEARCH_SPACE,
    &fields::MISSING_TRIAL_COMMAND,
    &fields::NOT_A_DIRECTORY,
    &fields::ZERO_DURATION,
    &fields::DUPLICATE_GPU_INDICES,
    &fields::MISSING_TUNER,
    &fields::TUNER_AND_ADVISOR,
    &fields::DEPRECATED_ADVISOR,
    &class_args::UNKNOWN_ALGORITHM,
    &class_args::WRONG_ALGORITHM_KIND,
    &class_args::BUILTIN_AND_CUSTOM,
    &class_args::INCOMPLETE_ALGORITHM,
    &class_args::UNKNOWN_CLASS_ARG,
    &class_args::INVALID_CLASS_ARG,
    &class_args::MISSING_CLASS_ARG,
    &pai::PAI_UNSUPPORTED_TUNER,
    &pai::PAI_NON_PAI_ASSESSOR,
    &training_service::HYBRID_WITHOUT_NNI_MANAGER_IP,
    &training_service::GPU_WITHOUT_USE_ACTIVE_GPU,
    &training_service::TRIALS_PER_GPU_WITHOUT_GPU,
    &training_service::PASSWORD_IN_FILE,
    &training_service::OPENPAI_MISSING_GPU_NUMBER,
    &training_service::OPENPAI_CONFIG_TWICE,
    &training_service::HOST_WITHOUT_SCHEME,
    &portability::YAML11_DIFFERENCE,
    &v1::V1_NOT_CONVERTIBLE,
    &v1::V1_KEY_DROPPED,
];

/// What the exp.yml rules share: the context, the typed config and where its training
/// services are.
pub(crate) struct Exp<'c, 'a> {
    /// The rule context.
    pub ctx: &'c Ctx<'a>,
    /// The typed config (members that failed the shape check are absent).
    pub config: ExperimentConfig,
    /// The keys the file spells otherwise, indexed for [`Exp::ptr`].
    pub(crate) renames: crate::shape::Renames<'c>,
}

impl Exp<'_, '_> {
    /// The written path of a canonical path.
    pub fn ptr(&self, canonical: &NodePath) -> NodePath {
        self.renames.source_path(canonical)
    }

    /// The written path of the top-level member `key` (canonical spelling).
    pub fn top(&self, key: &str) -> NodePath {
        self.ptr(&NodePath::root().key(key))
    }

    /// The training services with their canonical pointers. The typed list lines up with the
    /// file's by index: the shape check's clean value keeps every item of an array in place
    /// (a failed item too), and a list with a failed item does not become a typed list at all
    /// ([`typed`] drops the member), so item `i` of the typed list is item `i` of the file.
    pub fn services(&self) -> Vec<(&TrainingService, NodePath)> {
        match &self.config.training_service {
            Some(TrainingServiceConfig::One(ts)) => {
                vec![(ts.as_ref(), NodePath::root().key("trainingService"))]
            }
            Some(TrainingServiceConfig::Many(list)) => list
                .iter()
                .enumerate()
                .map(|(i, ts)| (ts, NodePath::root().key("trainingService").index(i)))
                .collect(),
            None => Vec::new(),
        }
    }

    /// The trial GPU number in effect for a training service (its own, else the top level).
    pub fn gpu_number(&self, ts: &TrainingService) -> Option<i64> {
        ts.shortcuts()
            .trial_gpu_number
            .or(self.config.trial_gpu_number)
    }

    /// Whether any trial command runs `hpo_tools` (a PAI experiment).
    pub fn is_pai(&self) -> bool {
        let services = self.config.training_services();
        if services.is_empty() {
            return self
                .config
                .trial_command
                .as_deref()
                .is_some_and(runs_hpo_tools);
        }
        services.iter().any(|ts| {
            self.config
                .effective_trial_command(ts)
                .is_some_and(runs_hpo_tools)
        })
    }

    /// The folder relative paths resolve against, or `None` when the file system must not be
    /// consulted (an embedded document).
    pub fn base_dir(&self) -> Option<PathBuf> {
        if self.ctx.doc.embedded.is_some() {
            return None;
        }
        let parent = Path::new(&self.ctx.doc.file.path)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        Some(parent)
    }
}

fn runs_hpo_tools(cmd: &str) -> bool {
    cmd.contains("hpo_tools")
}

/// The typed config of a tree as the shape check's plan reads it (the tree less the members
/// that failed, keys canonical: [`crate::shape::Outcome::plan`]). A member that does not fit
/// the model (which the shape check should already have reported) is left out instead of
/// losing them all.
pub(crate) fn typed(de: TreeDe<'_, '_>) -> ExperimentConfig {
    use serde::Deserialize;
    if let Ok(c) = ExperimentConfig::from_tree(de) {
        return c;
    }
    if let Ok(c) = ExperimentConfig::deserialize(de) {
        return c;
    }
    if de.node.as_object().is_none() {
        return ExperimentConfig::default();
    }
    let members: Vec<(KeyDe<'_>, TreeDe<'_, '_>)> = de
        .members()
        .map(|(key, n)| (KeyDe(key), TreeDe::new(n, de.plan)))
        .collect();
    member_by_member::<_, _, serde::de::value::Error>(&members)
}

/// The config of the members of a top-level object that fit the model, each tried alone.
fn member_by_member<'de, K, V, E>(members: &[(K, V)]) -> ExperimentConfig
where
    K: serde::de::IntoDeserializer<'de, E> + Copy,
    V: serde::de::IntoDeserializer<'de, E> + Copy,
    E: serde::de::Error,
{
    use serde::Deserialize;
    let fits = |keep: &dyn Fn(usize) -> bool| {
        let kept = members
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .map(|(_, kv)| *kv);
        ExperimentConfig::deserialize(serde::de::value::MapDeserializer::<_, E>::new(kept))
    };
    let keep: Vec<bool> = (0..members.len())
        .map(|i| fits(&|j| j == i).is_ok())
        .collect();
    fits(&|j| keep.get(j).copied().unwrap_or(false)).unwrap_or_default()
}

/// Runs the exp.yml rules: the typed config read from the shape check's cleaned value, or from
/// the tree as its plan says when the check ran without one ([`crate::shape::Options::skip_clean`],
/// as the pipeline runs it).
pub fn check(ctx: &Ctx<'_>, findings: &mut Vec<Finding>) {
    let config = if ctx.shape.clean.is_null() {
        let plan = ctx.shape.plan(ctx.root);
        typed(TreeDe::new(ctx.root, &plan))
    } else {
        typed_value(&ctx.shape.clean)
    };
    check_typed(ctx, config, findings);
}

/// [`typed`] of a cleaned JSON value.
fn typed_value(clean: &serde_json::Value) -> ExperimentConfig {
    use serde::Deserialize;
    if let Ok(c) = ExperimentConfig::deserialize(clean) {
        return c;
    }
    let Some(map) = clean.as_object() else {
        return ExperimentConfig::default();
    };
    let members: Vec<(&str, &serde_json::Value)> =
        map.iter().map(|(k, v)| (k.as_str(), v)).collect();
    member_by_member::<_, _, serde_json::Error>(&members)
}

/// Runs the exp.yml rules on the typed config ([`typed`]).
pub(crate) fn check_typed(ctx: &Ctx<'_>, config: ExperimentConfig, findings: &mut Vec<Finding>) {
    let exp = Exp {
        ctx,
        config,
        renames: ctx.shape.renames(),
    };
    fields::check(&exp, findings);
    class_args::check(&exp, findings);
    pai::check(&exp, findings);
    training_service::check(&exp, findings);
    portability::check(&exp, findings);
}

#[cfg(test)]
mod tests {
    use super::typed;
    use crate::source::de::{Plan, TreeDe};

    #[test]
    fn a_tree_that_fits_is_read_whole_and_one_that_does_not_member_by_member() {
        let read = |yaml: &str| {
            let root = crate::source::parse(crate::source::Format::Yaml, yaml)
                .root
                .unwrap_or_else(|| panic!("no tree"));
            typed(TreeDe::new(&root, &Plan::default()))
        };
        let c = read("trialConcurrency: 2\ntrialCommand: python t.py\n");
        assert_eq!(c.trial_concurrency, Some(2));
        assert_eq!(c.trial_command.as_deref(), Some("python t.py"));
        // `maxTrialNumber` does not fit the model: the rest is still read
        let c = read("trialConcurrency: 2\nmaxTrialNumber: {x: 1}\n");
        assert_eq!(c.trial_concurrency, Some(2));
        assert_eq!(c.max_trial_number, None);
        // a remote machine list, read the direct way
        let c = read(
            "trainingService:\n  platform: remote\n  machineList:\n    - {host: h, user: u}\n",
        );
        assert_eq!(c.training_services().len(), 1);
    }
}
