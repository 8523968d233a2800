//! `HpoExperimentConfiguration`: the JSON body of Create/Update/GetHpoExperiment (SPEC.md §5).
//!
//! Keys are snake_case (the OSS section's are camelCase, as on the wire). The API is loose about
//! scalar types, so the members it is loose about are lenient types that keep what was read
//! ([`IntOrString`], [`BoolOrString`], [`NumberOrString`]). Unknown members are kept in each
//! object's `extra` map, so a round trip is lossless (the linter warns about them).

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{BoolOrString, Error, IntOrString, NumberOrString, RawSearchSpace};

/// Defines an object of the configuration: its fields (each optional, skipped when `None`),
/// then `extra`, the members hpoconf does not know, kept as read.
macro_rules! hpo_object {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[$fattr:meta])*
                pub $field:ident : $ty:ty,
            )*
        }
    ) => {
        #[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
        $(#[$attr])*
        pub struct $name {
            $(
                $(#[$fattr])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
            /// Members hpoconf does not know, kept as read (the linter warns about them).
            #[serde(flatten)]
            pub extra: Map<String, Value>,
        }
        super::masked_debug!($name);
    };
}

hpo_object! {
    /// The configuration of a PAI AutoML HPO experiment: the trial.ini sections as JSON objects,
    /// plus the search space and the exp.yml settings.
    #[schemars(
        title = "PAI AutoML HpoExperimentConfiguration",
        example = serde_json::json!({
            "platform_config": {"name": "MaxCompute", "cmd": ["PAI -name ps_smart -project foo -DlearningRate=${learning_rate}"]},
            "metric_config": {"metric_type": "table", "metric_source": ["select * from my_metrics where pt='${exp_id}_${trial_id}';"], "metric_dict": {"auc": 1}, "final_mode": "best"},
            "search_space": {"${learning_rate}": {"_type": "loguniform", "_value": [0.001, 0.1]}},
            "yml_config": {"trial_concurrency": 2, "max_trial_number": 10, "tuner": {"name": "TPE", "class_args": {"optimize_mode": "maximize"}}}
        })
    )]
    pub struct HpoExperimentConfiguration {
        /// Where and how each trial runs. Required.
        #[schemars(with = "PlatformConfig", required)]
        pub platform_config: PlatformConfig,
        /// Where each trial's metric is read and how it is reduced. Required.
        #[schemars(with = "MetricConfig", required)]
        pub metric_config: MetricConfig,
        /// Where trials write their model and summaries.
        pub output_config: OutputConfig,
        /// When the experiment may run.
        pub schedule_config: ScheduleConfig,
        /// Files into which the sampled parameters are substituted.
        pub params_config: ParamsConfig,
        /// MaxCompute (ODPS) access; needed when the platform is MaxCompute.
        pub odps_config: OdpsConfig,
        /// PAI-DLC access; needed when the platform is DLC.
        pub dlc_config: DlcConfig,
        /// OSS access, for `oss://` paths.
        pub oss_config: OssConfig,
        /// Tablestore access.
        pub ts_config: TsConfig,
        /// PAIFlow access; needed when the platform is PAIFLOW.
        pub paiflow_config: PaiflowConfig,
        /// DingTalk notifications.
        pub monitor_config: MonitorConfig,
        /// Resources of the NNI container on Kubernetes.
        pub k8s_config: K8sConfig,
        /// The search space: `${name}` -> `{_type, _value}`. The service writes it to
        /// `search_space.json`.
        pub search_space: RawSearchSpace,
        /// The exp.yml settings, in snake_case. The service adds `searchSpaceFile`,
        /// `trainingService` and the `hpo_tools` trial command.
        pub yml_config: YmlConfig,
    }
}

hpo_object! {
    /// `platform_config`: where and how each trial runs.
    pub struct PlatformConfig {
        /// Where trials run: `DLC`, `MaxCompute`, `DataScience`, `Local`, `PAI` or `PAIFLOW`
        /// (case-insensitive). Required.
        #[schemars(with = "String", required, extend("examples" = ["MaxCompute", "DLC", "PAIFLOW", "Local", "PAI", "DataScience"]))]
        pub name: String,
        /// The commands of a trial, run in order; `${name}` placeholders are replaced by the
        /// sampled parameters. Required, at least one.
        #[schemars(with = "Vec<String>", required)]
        pub cmd: Vec<String>,
        /// `1` to resume a stopped experiment, `0` (default) to start over. The API also
        /// accepts the string `"1"`.
        #[schemars(extend("default" = 0))]
        pub resume: IntOrString,
    }
}

hpo_object! {
    /// `metric_config`: where each trial's metric is read and how it is reduced.
    pub struct MetricConfig {
        /// How the metric is read: `summary`, `table`, `api`, `json` or `stdout`. Required.
        #[schemars(with = "String", required, extend("examples" = ["summary", "table", "api", "json", "stdout"]))]
        pub metric_type: String,
        /// Where the metric is read: paths (summary, json), SQL queries (table), or command
        /// names `cmdN` (stdout, api).
        pub metric_source: Vec<String>,
        /// How a trial's successive metric values are reduced: `final`, `best` or `avg`.
        #[schemars(extend("examples" = ["final", "best", "avg"]))]
        pub final_mode: String,
        /// How the values of several sources are reduced: `final`, `best` or `avg`.
        #[schemars(extend("examples" = ["final", "best", "avg"]))]
        pub source_list_final_mode: String,
        /// The metric as a weighted sum: metric name -> weight (weights may be negative and
        /// need not sum to 1).
        #[schemars(example = serde_json::json!({"auc": 0.5, "precision": 0.5}))]
        pub metric_dict: IndexMap<String, NumberOrString>,
    }
}

hpo_object! {
    /// `output_config`: where trials write their output.
    pub struct OutputConfig {
        /// Where each trial saves its model; include `${trial_id}` so trials do not overwrite
        /// each other.
        pub model_path: String,
        /// Where each trial writes its summaries; include `${trial_id}`.
        pub summary_path: String,
    }
}

hpo_object! {
    /// `schedule_config`: when the experiment may run.
    pub struct ScheduleConfig {
        /// On which days: `everyday` or `weekend`.
        #[schemars(extend("examples" = ["everyday", "weekend"]))]
        pub day: String,
        /// When the daily window starts, `HH:MM` (00:00 to 23:59).
        pub start_time: String,
        /// When the daily window ends, `HH:MM` (00:00 to 23:59).
        pub end_time: String,
    }
}

/// `params_config`: `params_src_dst_filepath* -> "src,dst"`: the file `src` with the sampled
/// parameters substituted is written to `dst`. Every member is kept as read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(extend("patternProperties" = {
    "^params_src_dst_filepath.*$": {"type": "string", "description": "`src,dst`: the file `src` with the sampled parameters substituted is written to `dst`."}
}))]
pub struct ParamsConfig {
    /// The members, in document order (the known ones are `params_src_dst_filepath*`).
    #[serde(flatten)]
    pub entries: Map<String, Value>,
}

impl ParamsConfig {
    /// The `params_src_dst_filepath*` members, in document order.
    pub fn files(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.entries
            .iter()
            .filter(|(k, _)| k.starts_with("params_src_dst_filepath"))
            .map(|(k, v)| (k.as_str(), v))
    }
}

hpo_object! {
    /// `odps_config`: MaxCompute access.
    pub struct OdpsConfig {
        /// The AccessKey ID (prefer `role_arn`).
        pub access_id: String,
        /// The AccessKey secret (a secret: prefer `role_arn`).
        pub access_key: String,
        /// The MaxCompute project.
        pub project_name: String,
        /// The MaxCompute endpoint.
        pub end_point: String,
        /// The Logview host.
        pub log_view_host: String,
        /// The region (`cn-shanghai`).
        pub region: String,
        /// A RAM role to assume instead of AccessKeys: `acs:ram::<account>:role/<name>`.
        #[schemars(example = "acs:ram::123456789:role/aliyunserviceroleforfoo")]
        pub role_arn: String,
    }
}

hpo_object! {
    /// `dlc_config`: PAI-DLC access.
    pub struct DlcConfig {
        /// The AccessKey ID.
        pub access_id: String,
        /// The AccessKey secret (a secret).
        pub access_key: String,
        /// The DLC endpoint.
        pub endpoint: String,
        /// The region (`cn-shanghai`).
        pub region: String,
        /// `http` or `https`.
        #[schemars(extend("examples" = ["https", "http"]))]
        pub protocol: String,
    }
}

super::masked_debug!(OssConfig);

/// `oss_config`: OSS access (camelCase keys, as on the wire).
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct OssConfig {
    /// The OSS endpoint (`oss-cn-shanghai.aliyuncs.com`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The AccessKey ID.
    #[serde(skip_serializing_if = "Option::is_none", rename = "accessKeyID")]
    pub access_key_id: Option<String>,
    /// The AccessKey secret (a secret: prefer `role_arn`).
    #[serde(skip_serializing_if = "Option::is_none", rename = "accessKeySecret")]
    pub access_key_secret: Option<String>,
    /// A RAM role to assume instead of AccessKeys: `acs:ram::<account>:role/<name>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    /// Members hpoconf does not know, kept as read (the linter warns about them).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

hpo_object! {
    /// `ts_config`: Tablestore access.
    pub struct TsConfig {
        /// The AccessKey ID.
        pub access_key_id: String,
        /// The AccessKey secret (a secret).
        pub access_key_secret: String,
        /// The region (`cn-shanghai`).
        pub region_id: String,
        /// The Tablestore endpoint.
        pub endpoint: String,
    }
}

hpo_object! {
    /// `paiflow_config`: PAIFlow access.
    pub struct PaiflowConfig {
        /// The AccessKey ID.
        pub access_key_id: String,
        /// The AccessKey secret (a secret).
        pub access_key_secret: String,
        /// The region (`cn-shanghai`).
        pub region_id: String,
        /// The PAI workspace ID.
        pub workspace_id: String,
    }
}

/// A string, or a list of strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum StringOrList {
    /// A list of strings.
    List(Vec<String>),
    /// One string (comma-separated values, as in trial.ini).
    String(String),
}

hpo_object! {
    /// `monitor_config`: DingTalk notifications.
    pub struct MonitorConfig {
        /// The DingTalk robot webhook URL.
        pub url: String,
        /// A keyword the robot requires in messages.
        pub keyword: String,
        /// Mobile numbers to @-mention: a list, or one comma-separated string.
        pub at_mobiles: StringOrList,
        /// User IDs to @-mention: a list, or one comma-separated string.
        pub at_user_ids: StringOrList,
        /// Whether to @-mention everyone. The API also accepts strings (`"False"`).
        pub is_at_all: BoolOrString,
    }
}

hpo_object! {
    /// `k8s_config`: resources of the NNI container on Kubernetes.
    pub struct K8sConfig {
        /// Memory requested by the NNI container (`2Gi`).
        pub nni_container_requested_memory: NumberOrString,
        /// CPU requested by the NNI container (`1`).
        pub nni_container_requested_cpu: NumberOrString,
        /// Memory limit of the NNI container.
        pub nni_container_memory_limit: NumberOrString,
        /// CPU limit of the NNI container.
        pub nni_container_cpu_limit: NumberOrString,
    }
}

hpo_object! {
    /// `yml_config`: the exp.yml settings, in snake_case (`class_args` is exp.yml's
    /// `classArgs`).
    pub struct YmlConfig {
        /// The experiment's name (exp.yml `experimentName`).
        pub experiment_name: String,
        /// How many trials run at the same time, at least 1 (exp.yml `trialConcurrency`). The
        /// API also accepts a string.
        pub trial_concurrency: IntOrString,
        /// Stop after this many trials, at least 1 (exp.yml `maxTrialNumber`). The API also
        /// accepts a string.
        pub max_trial_number: IntOrString,
        /// The tuner (exp.yml `tuner`).
        pub tuner: YmlAlgorithm,
        /// The assessor (exp.yml `assessor`); on PAI, `PAIAssessor`.
        pub assessor: YmlAlgorithm,
        /// Debug mode (exp.yml `debug`). The API also accepts a string.
        pub debug: BoolOrString,
        /// How much NNI logs: fatal, error, warning, info, debug or trace (exp.yml `logLevel`).
        #[schemars(extend("examples" = ["info", "debug", "warning", "error", "fatal", "trace"]))]
        pub log_level: String,
    }
}

hpo_object! {
    /// A tuner or assessor of `yml_config`.
    pub struct YmlAlgorithm {
        /// The built-in algorithm's name (`TPE`, `PAIAssessor`, ...).
        #[schemars(extend("examples" = ["TPE", "Random", "GridSearch", "Evolution", "GP", "PBT", "PAIAssessor"]))]
        pub name: String,
        /// Arguments of the algorithm (exp.yml `classArgs`), e.g. `optimize_mode`.
        pub class_args: Map<String, Value>,
    }
}

impl HpoExperimentConfiguration {
    /// Reads a configuration from JSON text.
    pub fn from_json(text: &str) -> Result<HpoExperimentConfiguration, Error> {
        super::json_from_str(text)
    }

    /// Reads a configuration from a JSON value.
    pub fn from_value(value: Value) -> Result<HpoExperimentConfiguration, Error> {
        super::from_json_value(value)
    }

    /// Writes the configuration as pretty JSON.
    pub fn to_json(&self) -> String {
        super::json_to_string(self)
    }
}
