//! `exp.yml`: the NNI v2 experiment config (SPEC.md §3).
//!
//! Keys are camelCase on the wire; every camelCase key is also accepted in snake_case (NNI
//! matches keys ignoring case and underscores; the shape checker handles the other spellings).
//! Serialization writes camelCase.

pub mod training_service;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Error, RawSearchSpace};

pub use training_service::{
    AmlConfig, DlcConfig, FrameworkAttemptCompletionPolicy, FrameworkControllerConfig,
    FrameworkControllerTaskRole, K8sAzureStorage, K8sNfsStorage, K8sStorage, KubeflowConfig,
    KubeflowRole, LocalConfig, LocalMounted, OpenpaiConfig, RemoteConfig, RemoteMachine,
    SharedStorage, SharedStorageAzureBlob, SharedStorageNfs, Shortcuts, TrainingService,
    TrainingServiceConfig,
};

/// An NNI v2 experiment configuration (`exp.yml`), as `nnictl create --config` reads it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "NNI experiment config (exp.yml)",
    example = serde_json::json!({
        "experimentName": "gbdt",
        "searchSpaceFile": "search_space.json",
        "trialCommand": "python3 -m hpo_tools.core.utils.run --config=./trial.ini",
        "trialConcurrency": 2,
        "maxTrialNumber": 10,
        "tuner": {"name": "TPE", "classArgs": {"optimize_mode": "maximize"}},
        "assessor": {"name": "PAIAssessor", "classArgs": {"optimize_mode": "maximize", "start_step": 1}},
        "trainingService": {"platform": "local"}
    })
)]
pub struct ExperimentConfig {
    /// A name for the experiment, shown in the web UI. No default.
    #[serde(skip_serializing_if = "Option::is_none", alias = "experiment_name")]
    pub experiment_name: Option<String>,

    /// The kind of experiment. Only `hpo` (hyperparameter optimization) is in scope; `nas` is
    /// reported as out of scope. Default: `hpo`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "experiment_type")]
    #[schemars(extend("default" = "hpo"))]
    pub experiment_type: Option<ExperimentType>,

    /// Path of the search space file (JSON, or YAML), relative to this file's folder. Set
    /// exactly one of `searchSpaceFile` and `searchSpace`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "search_space_file")]
    #[schemars(example = "search_space.json")]
    pub search_space_file: Option<String>,

    /// The search space, inline (parameter name -> `{_type, _value}`). Set exactly one of
    /// `searchSpaceFile` and `searchSpace`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "search_space")]
    pub search_space: Option<RawSearchSpace>,

    /// The command that runs one trial (a shell command, run in `trialCodeDirectory`).
    /// Required, here or in the training service. On PAI:
    /// `python3 -m hpo_tools.core.utils.run --config=./trial.ini`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "trial_command")]
    #[schemars(example = "python3 -m hpo_tools.core.utils.run --config=./trial.ini")]
    pub trial_command: Option<String>,

    /// The folder of the trial code, relative to this file's folder. Default: `.`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "trial_code_directory"
    )]
    #[schemars(extend("default" = "."))]
    pub trial_code_directory: Option<String>,

    /// How many trials run at the same time. Required, at least 1.
    #[serde(skip_serializing_if = "Option::is_none", alias = "trial_concurrency")]
    #[schemars(with = "i64", required, range(min = 1), example = 2)]
    pub trial_concurrency: Option<i64>,

    /// How many GPUs each trial uses. At least 0. No default (some training services
    /// require it).
    #[serde(skip_serializing_if = "Option::is_none", alias = "trial_gpu_number")]
    #[schemars(range(min = 0))]
    pub trial_gpu_number: Option<i64>,

    /// Stop the experiment after this long: a number and a unit `d`, `h`, `m` or `s` (`1.5h`,
    /// `30m`), or an integer number of seconds. No default (no limit).
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "max_experiment_duration"
    )]
    pub max_experiment_duration: Option<Duration>,

    /// Stop the experiment after this many trials. At least 1. No default (no limit).
    #[serde(skip_serializing_if = "Option::is_none", alias = "max_trial_number")]
    #[schemars(range(min = 1), example = 10)]
    pub max_trial_number: Option<i64>,

    /// Kill a trial that runs longer than this: a number and a unit `d`, `h`, `m` or `s`, or
    /// an integer number of seconds. No default (no limit).
    #[serde(skip_serializing_if = "Option::is_none", alias = "max_trial_duration")]
    pub max_trial_duration: Option<Duration>,

    /// The IP address of the machine that runs NNI, as the trial machines reach it. Required
    /// for a list of training services (hybrid mode).
    #[serde(skip_serializing_if = "Option::is_none", alias = "nni_manager_ip")]
    pub nni_manager_ip: Option<String>,

    /// Whether the search space is given as annotations in the trial code. When true, no
    /// search space may be set. Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "use_annotation")]
    #[schemars(extend("default" = false))]
    pub use_annotation: Option<bool>,

    /// Debug mode: more logging, and `logLevel` defaults to `debug`. Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub debug: Option<bool>,

    /// How much NNI logs. Default: `info` (`debug` when `debug` is true).
    #[serde(skip_serializing_if = "Option::is_none", alias = "log_level")]
    #[schemars(extend("default" = "info"))]
    pub log_level: Option<LogLevel>,

    /// Where NNI keeps experiment data and logs. Default: `~/nni-experiments`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "experiment_working_directory"
    )]
    #[schemars(extend("default" = "~/nni-experiments"))]
    pub experiment_working_directory: Option<String>,

    /// The GPUs the tuner may use: a list of indices, one index, or a comma-separated string
    /// (`"0,1"`). No duplicates, no negative indices. No default.
    #[serde(skip_serializing_if = "Option::is_none", alias = "tuner_gpu_indices")]
    pub tuner_gpu_indices: Option<GpuIndices>,

    /// The tuner: the algorithm that picks the next hyperparameters. Required (or the
    /// deprecated `advisor`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tuner: Option<Algorithm>,

    /// The assessor: the algorithm that stops unpromising trials early. Optional. On PAI,
    /// use `PAIAssessor` (stopping a trial must kill its PAI job).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor: Option<Algorithm>,

    /// Deprecated: the old name of `tuner` (for Hyperband and BOHB). Never set both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advisor: Option<Algorithm>,

    /// Where trials run: one training service, or a list of them (hybrid mode, which needs a
    /// top-level `nniManagerIp`). Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "training_service")]
    #[schemars(with = "TrainingServiceConfig", required)]
    pub training_service: Option<TrainingServiceConfig>,

    /// Storage shared by NNI and the trial machines (NFS or Azure Blob). Optional.
    #[serde(skip_serializing_if = "Option::is_none", alias = "shared_storage")]
    pub shared_storage: Option<SharedStorage>,
}

impl ExperimentConfig {
    /// Reads an experiment config from YAML text (camelCase or snake_case keys).
    ///
    /// Scalars are typed by how they are written, as NNI's YAML reader types them: a quoted
    /// `"2"` is a string, never an integer (the YAML is read into a JSON value first, then into
    /// the model). Syntax errors and most type errors carry their line and column.
    pub fn from_yaml(text: &str) -> Result<ExperimentConfig, Error> {
        Self::read_yaml(text).map_err(|e| e.hiding_secrets_of_text(crate::kind::Format::Yaml, text))
    }

    fn read_yaml(text: &str) -> Result<ExperimentConfig, Error> {
        // syntax as `check` reads it (a duplicate key is located there, in its words)
        super::syntax_errors(crate::kind::Format::Yaml, text)?;
        let options = serde_saphyr::options! { with_snippet: false };
        let value: serde_json::Value =
            serde_saphyr::from_str_with_options(text, options.clone()).map_err(Error::from_yaml)?;
        match serde_json::from_value(value) {
            Ok(config) => Ok(config),
            // The typed reader locates the problem, unless the problem is one it lets through
            // (it reads `"2"` as an integer): then the error has no position.
            Err(e) => {
                match serde_saphyr::from_str_with_options::<ExperimentConfig>(text, options) {
                    Err(located) => Err(Error::from_yaml(located)),
                    Ok(_) => Err(Error::from_json(e)),
                }
            }
        }
    }

    /// Reads an experiment config from a JSON value (e.g. the shape checker's cleaned value).
    pub fn from_value(value: serde_json::Value) -> Result<ExperimentConfig, Error> {
        // `trainingService` on its own (TrainingServiceConfig::from_value): its strings are
        // moved, not buffered by serde's untagged and tagged enums (a machine list is most of a
        // big config)
        let serde_json::Value::Object(mut map) = value else {
            return super::from_json_value(value);
        };
        let service = if map.contains_key("training_service") {
            None
        } else {
            map.remove("trainingService")
        };
        let mut config: ExperimentConfig = super::from_json_value(serde_json::Value::Object(map))?;
        if let Some(service) = service.filter(|s| !s.is_null()) {
            let secrets = crate::secrets::values_of_json(&service);
            config.training_service = Some(
                TrainingServiceConfig::from_value(service)
                    .map_err(|e| Error::from_json(e).hiding_secrets(&secrets))?,
            );
        }
        Ok(config)
    }

    /// [`ExperimentConfig::from_value`] of a tree, as a plan reads it (the shape check's
    /// cleaned value without the copy: [`crate::source::de`]). The error is only "does not
    /// fit": the shape check has reported why.
    pub(crate) fn from_tree(
        de: crate::source::de::TreeDe<'_, '_>,
    ) -> Result<ExperimentConfig, serde::de::value::Error> {
        // `trainingService` on its own, as `from_value` reads it
        let split = de.node.as_object().is_some() && de.get("training_service").is_none();
        let service = if split {
            de.get("trainingService")
        } else {
            None
        };
        let top = if split {
            de.without("trainingService")
        } else {
            de
        };
        let mut config = ExperimentConfig::deserialize(top)?;
        if let Some(service) = service.filter(|s| !s.is_null()) {
            config.training_service = Some(TrainingServiceConfig::from_tree(service)?);
        }
        Ok(config)
    }

    /// Writes the config as YAML, with camelCase keys.
    pub fn to_yaml(&self) -> Result<String, Error> {
        serde_saphyr::to_string(self).map_err(|e| Error::unlocated(e.to_string()))
    }

    /// The training services, whether one or a list was given.
    pub fn training_services(&self) -> &[TrainingService] {
        match &self.training_service {
            Some(TrainingServiceConfig::One(ts)) => std::slice::from_ref(ts.as_ref()),
            Some(TrainingServiceConfig::Many(list)) => list,
            None => &[],
        }
    }

    /// The trial command in effect for a training service: its own, else the top-level one
    /// (NNI copies shortcut fields into the training service when missing there).
    pub fn effective_trial_command<'a>(&'a self, ts: &'a TrainingService) -> Option<&'a str> {
        ts.shortcuts()
            .trial_command
            .as_deref()
            .or(self.trial_command.as_deref())
    }
}

/// `experimentType`: the kind of experiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExperimentType {
    /// Hyperparameter optimization.
    Hpo,
    /// Neural architecture search (out of scope for hpoconf: reported as an error).
    Nas,
}

/// `logLevel`: how much NNI logs (case-sensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    /// Only fatal errors.
    Fatal,
    /// Errors.
    Error,
    /// Warnings and errors.
    Warning,
    /// Informational messages (the default).
    Info,
    /// Debug messages (the default when `debug` is true).
    Debug,
    /// Everything.
    Trace,
}

/// A tuner, assessor or advisor: a built-in `name` with optional `classArgs`, or a custom
/// `className` with its `codeDirectory` (never both).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Algorithm {
    /// The name of a built-in algorithm (matched case-insensitively): tuners `TPE`, `Random`,
    /// `Anneal`, `Evolution`, `GridSearch`, `Batch`, `SMAC`, `Metis`, `GP`, `PBT`, `DNGO`,
    /// `Hyperband`, `BOHB`; assessors `Medianstop`, `Curvefitting`, `PAIAssessor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = ["TPE", "Random", "GridSearch", "Evolution", "GP", "PBT", "PAIAssessor", "Medianstop"]))]
    pub name: Option<String>,

    /// A custom algorithm's class, as `module.ClassName`, found in `codeDirectory`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "class_name")]
    pub class_name: Option<String>,

    /// The folder holding a custom algorithm's code (relative to this file's folder).
    #[serde(skip_serializing_if = "Option::is_none", alias = "code_directory")]
    pub code_directory: Option<String>,

    /// Arguments passed to the algorithm's constructor (keys in snake_case, e.g.
    /// `optimize_mode: maximize`). Which keys are allowed depends on the algorithm.
    #[serde(skip_serializing_if = "Option::is_none", alias = "class_args")]
    #[schemars(example = serde_json::json!({"optimize_mode": "maximize"}))]
    pub class_args: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A duration: a number and a unit `d`, `h`, `m` or `s` (case-insensitive, decimals allowed:
/// `1.5h`), or an integer number of seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Duration {
    /// A number of seconds.
    Seconds(i64),
    /// A number and a unit, as written (`1.5h`).
    Text(String),
}

/// The schema pattern of a duration string.
pub const DURATION_PATTERN: &str = r"^\s*\d+(\.\d+)?\s*[dDhHmMsS]\s*$";
/// The schema pattern of a size string.
pub const SIZE_PATTERN: &str = r"^\s*\d+(\.\d+)?\s*([tTgGmMkK]?[bB])\s*$";
/// The schema pattern of a comma-separated GPU index string.
pub const GPU_INDICES_PATTERN: &str = r"^\s*\d+\s*(,\s*\d+\s*)*$";

impl Duration {
    /// The duration in seconds, if it is well formed.
    pub fn seconds(&self) -> Option<f64> {
        match self {
            Duration::Seconds(s) => Some(*s as f64),
            Duration::Text(t) => {
                let t = t.trim();
                let unit = t.chars().last()?.to_ascii_lowercase();
                let factor = match unit {
                    'd' => 86_400.0,
                    'h' => 3_600.0,
                    'm' => 60.0,
                    's' => 1.0,
                    _ => return None,
                };
                let number = t[..t.len() - 1].trim();
                if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == '.') {
                    return None;
                }
                number.parse::<f64>().ok().map(|n| n * factor)
            }
        }
    }
}

impl JsonSchema for Duration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        super::schema_name("Duration")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A duration: a number and a unit d, h, m or s (`1.5h`, `30m`), or an integer number of seconds.",
            "anyOf": [
                {"type": "integer", "minimum": 1},
                {"type": "string", "pattern": DURATION_PATTERN}
            ],
            "examples": ["1h", "30m", "2d"]
        })
    }
}

/// A memory size: a number and a unit `tb`, `gb`, `mb`, `kb` or `b` (case-insensitive,
/// `8gb`), or an integer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Size {
    /// An integer (NNI passes it on as is).
    Int(i64),
    /// A number and a unit, as written (`8gb`).
    Text(String),
}

impl JsonSchema for Size {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        super::schema_name("Size")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A memory size: a number and a unit tb, gb, mb, kb or b (`8gb`), or an integer.",
            "anyOf": [
                {"type": "integer", "minimum": 0},
                {"type": "string", "pattern": SIZE_PATTERN}
            ],
            "examples": ["8gb", "512mb"]
        })
    }
}

/// GPU indices: a list of indices, one index, or a comma-separated string (`"0,1"`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GpuIndices {
    /// A list of indices.
    List(Vec<i64>),
    /// One index.
    One(i64),
    /// A comma-separated list, as written (`"0,1"`).
    Text(String),
}

impl GpuIndices {
    /// The indices, if every one is an integer (a string is split at commas).
    pub fn indices(&self) -> Option<Vec<i64>> {
        match self {
            GpuIndices::List(l) => Some(l.clone()),
            GpuIndices::One(i) => Some(vec![*i]),
            GpuIndices::Text(t) => t.split(',').map(|p| p.trim().parse().ok()).collect(),
        }
    }
}

impl JsonSchema for GpuIndices {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        super::schema_name("GpuIndices")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "GPU indices: a list of indices, one index, or a comma-separated string (\"0,1\"). No duplicates, no negative index.",
            "anyOf": [
                {"type": "array", "items": {"type": "integer", "minimum": 0}},
                {"type": "integer", "minimum": 0},
                {"type": "string", "pattern": GPU_INDICES_PATTERN}
            ],
            "examples": [[0, 1], 0, "0,1"]
        })
    }
}
