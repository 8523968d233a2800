//! `trial.ini`: the settings `hpo_tools` reads (SPEC.md §4).
//!
//! Every value is a string (INI has no other type; the rules check the content). Keys are
//! lowercase, as Python's configparser (which `hpo_tools` uses) lowercases them when reading:
//! `accessKeyID` in a file is `accesskeyid` here. Section names are case-sensitive. Values may
//! hold Jinja (`{{ bizdate }}`) and `${name}` placeholders, kept as written.

use std::borrow::Cow;
use std::marker::PhantomData;

use indexmap::IndexMap;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, de::Error as _};

use super::Error;

pub(crate) mod table;

/// The settings of `hpo_tools` (`trial.ini`): one optional struct per section.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "hpo_tools settings (trial.ini)",
    example = serde_json::json!({
        "platform_config": {"name": "MaxCompute", "cmd1": "PAI -name ps_smart -project foo -DlearningRate=${learning_rate}"},
        "metric_config": {"metric_type": "table", "metric_source": "select * from my_metrics where pt='${exp_id}_${trial_id}';", "metric_dict": "{'auc': 1}", "final_mode": "best"}
    })
)]
pub struct TrialIni {
    /// `[platform_config]`: where and how each trial runs. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "IniPlatformConfig", required)]
    pub platform_config: Option<IniPlatformConfig>,
    /// `[metric_config]`: where each trial's metric is read and how it is reduced. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "IniMetricConfig", required)]
    pub metric_config: Option<IniMetricConfig>,
    /// `[output_config]`: where trials write their model and summaries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_config: Option<IniOutputConfig>,
    /// `[schedule_config]`: when the experiment may run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_config: Option<IniScheduleConfig>,
    /// `[params_config]`: files into which the sampled parameters are substituted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params_config: Option<IniParamsConfig>,
    /// `[odps_config]`: MaxCompute (ODPS) access; needed when the platform is MaxCompute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub odps_config: Option<IniOdpsConfig>,
    /// `[dlc_config]`: PAI-DLC access; needed when the platform is DLC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dlc_config: Option<IniDlcConfig>,
    /// `[oss_config]`: OSS access, for `oss://` paths.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oss_config: Option<IniOssConfig>,
    /// `[ts_config]`: Tablestore access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ts_config: Option<IniTsConfig>,
    /// `[paiflow_config]`: PAIFlow access; needed when the platform is PAIFLOW.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paiflow_config: Option<IniPaiflowConfig>,
    /// `[monitor_config]`: DingTalk notifications.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitor_config: Option<IniMonitorConfig>,
    /// `[k8s_config]`: resources of the NNI container on Kubernetes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub k8s_config: Option<IniK8sConfig>,
}

/// A pattern that the keys of a dynamic key set must match.
pub trait KeyPattern {
    /// The JSON Schema regex of the keys.
    const PATTERN: &'static str;
    /// What the keys are, for descriptions and errors.
    const WHAT: &'static str;
    /// Whether `key` matches [`KeyPattern::PATTERN`].
    fn matches(key: &str) -> bool;
}

/// Command keys: every key that starts with `cmd` (`cmd1`, `cmd2`, ..., and the `cmd` and
/// `cmd1_{{bizdate}}` of EasyRec's hpo_res.md and finetune_config.md: hpo_config.md says
/// "cmdxx: keys starting with cmd").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CmdKeys;

impl KeyPattern for CmdKeys {
    const PATTERN: &'static str = "^cmd";
    const WHAT: &'static str = "a command to run, in key order (`cmd1`, `cmd2`, ...)";
    fn matches(key: &str) -> bool {
        key.starts_with("cmd")
    }
}

/// Keys `metric_source_*` (the schema pattern `^metric_source(_.+)?$` also covers the plain
/// `metric_source`, a field of its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MetricSourceKeys;

impl KeyPattern for MetricSourceKeys {
    const PATTERN: &'static str = "^metric_source(_.+)?$";
    const WHAT: &'static str = "one more metric source (`metric_source_1`, ...)";
    fn matches(key: &str) -> bool {
        key.strip_prefix("metric_source_")
            .is_some_and(|rest| !rest.is_empty())
    }
}

/// Keys `params_src_dst_filepath*` (`^params_src_dst_filepath.*$`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParamsFileKeys;

impl KeyPattern for ParamsFileKeys {
    const PATTERN: &'static str = "^params_src_dst_filepath.*$";
    const WHAT: &'static str =
        "`src,dst`: the file `src` with the sampled parameters substituted is written to `dst`";
    fn matches(key: &str) -> bool {
        key.starts_with("params_src_dst_filepath")
    }
}

/// The keys of a section that match a pattern (`cmd1`, `cmd2`, ...), in document order.
/// Reading rejects any other key, so a section struct that flattens one of these maps has no
/// unknown keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMap<P> {
    /// The entries, in document order.
    pub entries: IndexMap<String, String>,
    _pattern: PhantomData<P>,
}

impl<P> Default for PatternMap<P> {
    fn default() -> Self {
        PatternMap {
            entries: IndexMap::new(),
            _pattern: PhantomData,
        }
    }
}

impl<P> PatternMap<P> {
    /// A map of these entries (keys are not checked).
    pub fn new(entries: IndexMap<String, String>) -> Self {
        PatternMap {
            entries,
            _pattern: PhantomData,
        }
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<P> Serialize for PatternMap<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.entries.serialize(serializer)
    }
}

impl<'de, P: KeyPattern> Deserialize<'de> for PatternMap<P> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = IndexMap::<String, String>::deserialize(deserializer)?;
        if let Some(key) = entries.keys().find(|k| !P::matches(k)) {
            return Err(D::Error::custom(format_args!("unknown key `{key}`")));
        }
        Ok(PatternMap::new(entries))
    }
}

impl<P: KeyPattern> JsonSchema for PatternMap<P> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("PatternMap_{}", P::PATTERN))
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "patternProperties": {
                P::PATTERN: {"type": "string", "description": P::WHAT}
            },
            "additionalProperties": false
        })
    }
}

/// `[platform_config]`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
pub struct IniPlatformConfig {
    /// Where trials run: `DLC`, `MaxCompute`, `DataScience`, `Local`, `PAI` or `PAIFLOW`
    /// (case-insensitive). Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    #[schemars(extend("examples" = ["MaxCompute", "DLC", "PAIFLOW", "Local", "PAI", "DataScience"]))]
    pub name: Option<String>,
    /// `1` to resume a stopped experiment, `0` (default) to start over.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = ["0", "1"]))]
    pub resume: Option<String>,
    /// The commands of a trial, `cmd1`, `cmd2`, ..., run in key order. At least one.
    #[serde(flatten)]
    pub commands: PatternMap<CmdKeys>,
}

/// `[metric_config]`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
pub struct IniMetricConfig {
    /// How the metric is read: `summary`, `table`, `api`, `json` or `stdout`. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    #[schemars(extend("examples" = ["summary", "table", "api", "json", "stdout"]))]
    pub metric_type: Option<String>,
    /// Where the metric is read: a path (summary, json), an SQL query (table), or a command
    /// name `cmdN` (stdout, api). More sources go in `metric_source_*`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric_source: Option<String>,
    /// How a trial's successive metric values are reduced: `final`, `best` or `avg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = ["final", "best", "avg"]))]
    pub final_mode: Option<String>,
    /// How the values of several sources are reduced: `final`, `best` or `avg`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = ["final", "best", "avg"]))]
    pub source_list_final_mode: Option<String>,
    /// The metric as a weighted sum, a Python dict literal of name -> weight:
    /// `{'auc': 1, 'loss': -0.5}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(example = "{'auc': 1}")]
    pub metric_dict: Option<String>,
    /// The direction of the metric, `maximize` or `minimize` (EasyRec's hpo_config.md stdout
    /// example sets it; the tuner's own `optimize_mode` decides).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = ["maximize", "minimize"]))]
    pub optimize_mode: Option<String>,
    /// More metric sources: `metric_source_1`, `metric_source_2`, ...
    #[serde(flatten)]
    pub more_sources: PatternMap<MetricSourceKeys>,
}

/// `[params_config]`: `params_src_dst_filepath* = src,dst`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(extend("additionalProperties" = false))]
pub struct IniParamsConfig {
    /// The files to substitute: `params_src_dst_filepath1 = src,dst`, ...
    #[serde(flatten)]
    pub files: PatternMap<ParamsFileKeys>,
}

/// Defines a section of plain string keys.
macro_rules! ini_section {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[$fattr:meta])*
                pub $field:ident,
            )*
        }
    ) => {
        #[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
        $(#[$attr])*
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$fattr])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<String>,
            )*
        }
        super::masked_debug!($name);
    };
}

ini_section! {
    /// `[output_config]`.
    pub struct IniOutputConfig {
        /// Where each trial saves its model; include `${trial_id}` so trials do not overwrite
        /// each other.
        pub model_path,
        /// Where each trial writes its summaries; include `${trial_id}`.
        pub summary_path,
    }
}

ini_section! {
    /// `[schedule_config]`.
    pub struct IniScheduleConfig {
        /// On which days the experiment runs: `everyday` or `weekend`.
        pub day,
        /// When the daily window starts, `HH:MM` (00:00 to 23:59).
        pub start_time,
        /// When the daily window ends, `HH:MM` (00:00 to 23:59).
        pub end_time,
    }
}

ini_section! {
    /// `[odps_config]`: MaxCompute access.
    pub struct IniOdpsConfig {
        /// The AccessKey ID (prefer `role_arn`).
        pub access_id,
        /// The AccessKey secret (a secret: prefer `role_arn`).
        pub access_key,
        /// The MaxCompute project.
        pub project_name,
        /// The MaxCompute endpoint (`http://service.cn-shanghai.maxcompute.aliyun.com/api`).
        pub end_point,
        /// The Logview host (`http://logview.odps.aliyun.com`).
        pub log_view_host,
        /// The region (`cn-shanghai`).
        pub region,
        /// A RAM role to assume instead of AccessKeys: `acs:ram::<account>:role/<name>`.
        pub role_arn,
    }
}

ini_section! {
    /// `[dlc_config]`: PAI-DLC access.
    pub struct IniDlcConfig {
        /// The AccessKey ID.
        pub access_id,
        /// The AccessKey secret (a secret).
        pub access_key,
        /// The DLC endpoint (the guide also writes `end_point`, which is not read).
        pub endpoint,
        /// The region (`cn-shanghai`).
        pub region,
        /// `http` or `https`.
        pub protocol,
    }
}

ini_section! {
    /// `[oss_config]`: OSS access. The keys are camelCase in files (`accessKeyID`,
    /// `accessKeySecret`) and read lowercased.
    pub struct IniOssConfig {
        /// The OSS endpoint (`oss-cn-shanghai.aliyuncs.com`).
        pub endpoint,
        /// `accessKeyID`: the AccessKey ID.
        pub accesskeyid,
        /// `accessKeySecret`: the AccessKey secret (a secret: prefer `role_arn`).
        pub accesskeysecret,
        /// A RAM role to assume instead of AccessKeys: `acs:ram::<account>:role/<name>`.
        pub role_arn,
    }
}

ini_section! {
    /// `[ts_config]`: Tablestore access.
    pub struct IniTsConfig {
        /// The AccessKey ID.
        pub access_key_id,
        /// The AccessKey secret (a secret).
        pub access_key_secret,
        /// The region (`cn-shanghai`).
        pub region_id,
        /// The Tablestore endpoint.
        pub endpoint,
    }
}

ini_section! {
    /// `[paiflow_config]`: PAIFlow access.
    pub struct IniPaiflowConfig {
        /// The AccessKey ID.
        pub access_key_id,
        /// The AccessKey secret (a secret).
        pub access_key_secret,
        /// The region (`cn-shanghai`).
        pub region_id,
        /// The PAI workspace ID.
        pub workspace_id,
    }
}

ini_section! {
    /// `[monitor_config]`: DingTalk notifications.
    pub struct IniMonitorConfig {
        /// The DingTalk robot webhook URL.
        pub url,
        /// A keyword the robot requires in messages.
        pub keyword,
        /// Mobile numbers to @-mention, comma-separated.
        pub at_mobiles,
        /// User IDs to @-mention, comma-separated.
        pub at_user_ids,
        /// Whether to @-mention everyone (`True`/`False`).
        pub is_at_all,
    }
}

ini_section! {
    /// `[k8s_config]`: resources of the NNI container on Kubernetes.
    pub struct IniK8sConfig {
        /// Memory requested by the NNI container (`2Gi`).
        pub nni_container_requested_memory,
        /// CPU requested by the NNI container (`1`).
        pub nni_container_requested_cpu,
        /// Memory limit of the NNI container.
        pub nni_container_memory_limit,
        /// CPU limit of the NNI container.
        pub nni_container_cpu_limit,
    }
}

/// Whether [`TrialIni::from_value`] reads `value` (an object of sections, each an object of
/// strings under the keys its section reads), without reading it: the rules take their
/// settings from the value itself. (The trial.ini rules check the same on the tree less the
/// members the shape check left out; this form is the reference the tests compare the model
/// with.)
#[cfg(test)]
pub(crate) fn builds(value: &serde_json::Value) -> bool {
    let Some(sections) = value.as_object() else {
        return false;
    };
    sections.iter().all(|(name, section)| {
        let (Some(section), Some(keys)) = (table::section(name), section.as_object()) else {
            return false;
        };
        keys.iter().all(|(k, v)| v.is_string() && section.reads(k))
    })
}

impl IniPlatformConfig {
    /// The commands, sorted by their number (`cmd2` before `cmd10`).
    pub fn commands_in_order(&self) -> Vec<(&str, &str)> {
        let mut cmds: Vec<(u64, &str, &str)> = self
            .commands
            .entries
            .iter()
            .map(|(k, v)| {
                // the number after `cmd` (`cmd` alone is the first; `cmd1_x` is 1)
                let digits: String = k
                    .strip_prefix("cmd")
                    .unwrap_or("")
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let n = if k == "cmd" {
                    0
                } else {
                    digits.parse::<u64>().unwrap_or(u64::MAX)
                };
                (n, k.as_str(), v.as_str())
            })
            .collect();
        cmds.sort_by_key(|c| c.0);
        cmds.into_iter().map(|(_, k, v)| (k, v)).collect()
    }
}

impl TrialIni {
    /// Reads a trial.ini. Syntax problems give an error at the first of them.
    pub fn from_ini(text: &str) -> Result<TrialIni, Error> {
        Self::read_ini(text).map_err(|e| e.hiding_secrets_of_text(crate::kind::Format::Ini, text))
    }

    fn read_ini(text: &str) -> Result<TrialIni, Error> {
        let parsed = crate::source::ini::parse(text);
        if let Some(p) = parsed.problems.first() {
            let lines = crate::source::LineIndex::new(text);
            let (line, column) = lines.position(text, p.span.start());
            return Err(Error {
                message: p.message.clone(),
                line,
                column,
            });
        }
        let Some(root) = parsed.root else {
            return Err(Error::unlocated("the INI text could not be read"));
        };
        TrialIni::from_value(root.to_json())
    }

    /// Reads a trial.ini from a JSON value: section -> key -> string.
    pub fn from_value(value: serde_json::Value) -> Result<TrialIni, Error> {
        super::from_json_value(value)
    }

    /// Writes the trial.ini: sections in the order of SPEC.md §4, keys in model order, one
    /// `key = value` a line; a value's further lines are indented (configparser continuation
    /// lines).
    pub fn to_ini(&self) -> String {
        let mut out = String::new();
        let Ok(serde_json::Value::Object(sections)) = serde_json::to_value(self) else {
            return out;
        };
        for (section, keys) in &sections {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push('[');
            out.push_str(section);
            out.push_str("]\n");
            if let serde_json::Value::Object(keys) = keys {
                for (key, value) in keys {
                    let value = value.as_str().unwrap_or_default();
                    out.push_str(key);
                    out.push_str(" = ");
                    let mut lines = value.split('\n');
                    out.push_str(lines.next().unwrap_or_default());
                    out.push('\n');
                    for line in lines {
                        out.push_str("    ");
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
        }
        out
    }
}
