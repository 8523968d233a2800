//! The one table of the sections and keys of a trial.ini that `hpo_tools` reads (SPEC.md §4):
//! their names, which section a key is in, what its value is, and whether it is required or a
//! secret.
//!
//! Who reads it:
//! - the model ([`super::TrialIni`]): which keys a section reads ([`section`], [`Section::reads`]),
//!   for `builds`; the typed structs, and so the JSON Schemas schemars generates from them (the
//!   shape check's validation schema, `hpoconf schema`), must list the same names, which the
//!   tests below check both ways (an added key that one of them lacks fails them);
//! - the editor schema (`schema::editor`): the values of a key that takes one of a few words
//!   ([`Value::OneOf`]);
//! - the rules (`rules::trial_ini`, and `rules::hpo_config`, whose JSON has the same sections):
//!   the names, through the constants of the per-section modules ([`platform_config::SECTION`],
//!   [`metric_config::METRIC_TYPE`], ...), the platform a section is needed by, the allowed words.
//!
//! Keys are lowercase, as configparser reads them (`accessKeyID` is [`oss_config::ACCESS_KEY_ID`],
//! `accesskeyid`).

use super::{CmdKeys, KeyPattern, MetricSourceKeys, ParamsFileKeys};

/// What a key's value is: what the rules (and the editor schema) check it for. Every value is
/// a string in an INI file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    /// Free text (an endpoint, a name, an id).
    Text,
    /// One of these words (compared as the rules say: platform names ignoring case).
    OneOf(&'static [&'static str]),
    /// `0` or `1`.
    Flag,
    /// `True` or `False`.
    Bool,
    /// A time `HH:MM`, 00:00 to 23:59.
    Time,
    /// Where a metric is read: a path, an SQL query or a command name.
    MetricSource,
    /// A Python dict literal of metric name -> weight.
    PyDict,
    /// A path each trial writes; should hold `${trial_id}`.
    OutputPath,
    /// A RAM role ARN `acs:ram::<digits>:role/<name>`.
    RoleArn,
    /// A URL.
    Url,
}

/// A key of a section, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    /// The name, lowercase.
    pub(crate) name: &'static str,
    /// What its value is.
    pub(crate) value: Value,
    /// Whether the section needs it.
    pub(crate) required: bool,
    /// Whether its value is a secret (never printed; a plaintext one is a warning).
    pub(crate) secret: bool,
}

/// The keys of a section that match a pattern rather than a name (`cmd1`, `cmd2`, ...).
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeySet {
    /// The JSON Schema regex of the keys ([`KeyPattern::PATTERN`]; the tests hold the model's
    /// schema to it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) pattern: &'static str,
    /// Whether a key is one of them ([`KeyPattern::matches`]).
    pub(crate) matches: fn(&str) -> bool,
}

/// A section.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Section {
    /// Its name (`platform_config`).
    pub(crate) name: &'static str,
    /// Whether a trial.ini needs it (the tests hold the model's schema to it).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) required: bool,
    /// The platform (`platform_config.name`) that needs it, if one does.
    pub(crate) needed_by: Option<&'static str>,
    /// Its named keys, in the model's order.
    pub(crate) keys: &'static [Key],
    /// Its keys that match a pattern, if it has such.
    pub(crate) more: Option<KeySet>,
}

impl Section {
    /// The named key `name`.
    pub(crate) fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// Whether the section reads the key `name`: a named key or one of its pattern.
    pub(crate) fn reads(&self, name: &str) -> bool {
        self.key(name).is_some() || self.more.is_some_and(|m| (m.matches)(name))
    }
}

/// The section named `name`, if trial.ini has one.
pub(crate) fn section(name: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.name == name)
}

/// `role_arn`: a RAM role to assume instead of AccessKeys (in `odps_config` and `oss_config`;
/// checked wherever it is).
pub(crate) const ROLE_ARN: &str = "role_arn";

/// The platforms `hpo_tools` runs trials on (`platform_config.name`, compared ignoring case).
pub(crate) const PLATFORMS: &[&str] = &[
    "DLC",
    "MaxCompute",
    "DataScience",
    "Local",
    "PAI",
    "PAIFLOW",
];

/// How the metric is read (`metric_config.metric_type`).
pub(crate) const METRIC_TYPES: &[&str] = &["summary", "table", "api", "json", "stdout"];

/// How metric values are reduced (`final_mode`, `source_list_final_mode`).
pub(crate) const FINAL_MODES: &[&str] = &["final", "best", "avg"];

/// The days of `schedule_config.day`.
pub(crate) const DAYS: &[&str] = &["everyday", "weekend"];

/// The protocols of `dlc_config.protocol`.
pub(crate) const PROTOCOLS: &[&str] = &["http", "https"];

/// `[platform_config]`.
pub(crate) mod platform_config {
    /// The section.
    pub(crate) const SECTION: &str = "platform_config";
    /// Where trials run, one of [`super::PLATFORMS`].
    pub(crate) const NAME: &str = "name";
    /// `1` to resume a stopped experiment.
    pub(crate) const RESUME: &str = "resume";
}

/// `[metric_config]`.
pub(crate) mod metric_config {
    /// The section.
    pub(crate) const SECTION: &str = "metric_config";
    /// How the metric is read, one of [`super::METRIC_TYPES`].
    pub(crate) const METRIC_TYPE: &str = "metric_type";
    /// Where the metric is read.
    pub(crate) const METRIC_SOURCE: &str = "metric_source";
    /// How a trial's values are reduced.
    pub(crate) const FINAL_MODE: &str = "final_mode";
    /// How the values of several sources are reduced.
    pub(crate) const SOURCE_LIST_FINAL_MODE: &str = "source_list_final_mode";
    /// The metric as a weighted sum.
    pub(crate) const METRIC_DICT: &str = "metric_dict";
    /// The direction of the metric.
    pub(crate) const OPTIMIZE_MODE: &str = "optimize_mode";
}

/// `[output_config]`.
pub(crate) mod output_config {
    /// The section.
    pub(crate) const SECTION: &str = "output_config";
    /// Where each trial saves its model.
    pub(crate) const MODEL_PATH: &str = "model_path";
    /// Where each trial writes its summaries.
    pub(crate) const SUMMARY_PATH: &str = "summary_path";
}

/// `[schedule_config]`.
pub(crate) mod schedule_config {
    /// The section.
    pub(crate) const SECTION: &str = "schedule_config";
    /// On which days the experiment runs.
    pub(crate) const DAY: &str = "day";
    /// When the daily window starts.
    pub(crate) const START_TIME: &str = "start_time";
    /// When the daily window ends.
    pub(crate) const END_TIME: &str = "end_time";
}

/// `[params_config]` (only `params_src_dst_filepath*` keys).
pub(crate) mod params_config {
    /// The section.
    pub(crate) const SECTION: &str = "params_config";
}

/// `[odps_config]`.
pub(crate) mod odps_config {
    /// The section.
    pub(crate) const SECTION: &str = "odps_config";
    /// The AccessKey ID.
    pub(crate) const ACCESS_ID: &str = "access_id";
    /// The AccessKey secret.
    pub(crate) const ACCESS_KEY: &str = "access_key";
    /// The MaxCompute project.
    pub(crate) const PROJECT_NAME: &str = "project_name";
    /// The MaxCompute endpoint.
    pub(crate) const END_POINT: &str = "end_point";
    /// The Logview host.
    pub(crate) const LOG_VIEW_HOST: &str = "log_view_host";
    /// The region.
    pub(crate) const REGION: &str = "region";
    /// A RAM role.
    pub(crate) const ROLE_ARN: &str = super::ROLE_ARN;
}

/// `[dlc_config]`.
pub(crate) mod dlc_config {
    /// The section.
    pub(crate) const SECTION: &str = "dlc_config";
    /// The AccessKey ID.
    pub(crate) const ACCESS_ID: &str = "access_id";
    /// The AccessKey secret.
    pub(crate) const ACCESS_KEY: &str = "access_key";
    /// The DLC endpoint.
    pub(crate) const ENDPOINT: &str = "endpoint";
    /// The region.
    pub(crate) const REGION: &str = "region";
    /// `http` or `https`.
    pub(crate) const PROTOCOL: &str = "protocol";
}

/// `[oss_config]` (camelCase keys in files, read lowercased).
pub(crate) mod oss_config {
    /// The section.
    pub(crate) const SECTION: &str = "oss_config";
    /// The OSS endpoint.
    pub(crate) const ENDPOINT: &str = "endpoint";
    /// `accessKeyID`.
    pub(crate) const ACCESS_KEY_ID: &str = "accesskeyid";
    /// `accessKeySecret`.
    pub(crate) const ACCESS_KEY_SECRET: &str = "accesskeysecret";
    /// A RAM role.
    pub(crate) const ROLE_ARN: &str = super::ROLE_ARN;
}

/// `[ts_config]`.
pub(crate) mod ts_config {
    /// The section.
    pub(crate) const SECTION: &str = "ts_config";
    /// The AccessKey ID.
    pub(crate) const ACCESS_KEY_ID: &str = "access_key_id";
    /// The AccessKey secret.
    pub(crate) const ACCESS_KEY_SECRET: &str = "access_key_secret";
    /// The region.
    pub(crate) const REGION_ID: &str = "region_id";
    /// The Tablestore endpoint.
    pub(crate) const ENDPOINT: &str = "endpoint";
}

/// `[paiflow_config]`.
pub(crate) mod paiflow_config {
    /// The section.
    pub(crate) const SECTION: &str = "paiflow_config";
    /// The AccessKey ID.
    pub(crate) const ACCESS_KEY_ID: &str = "access_key_id";
    /// The AccessKey secret.
    pub(crate) const ACCESS_KEY_SECRET: &str = "access_key_secret";
    /// The region.
    pub(crate) const REGION_ID: &str = "region_id";
    /// The PAI workspace ID.
    pub(crate) const WORKSPACE_ID: &str = "workspace_id";
}

/// `[monitor_config]`.
pub(crate) mod monitor_config {
    /// The section.
    pub(crate) const SECTION: &str = "monitor_config";
    /// The DingTalk robot webhook URL.
    pub(crate) const URL: &str = "url";
    /// A keyword the robot requires.
    pub(crate) const KEYWORD: &str = "keyword";
    /// Mobile numbers to @-mention.
    pub(crate) const AT_MOBILES: &str = "at_mobiles";
    /// User IDs to @-mention.
    pub(crate) const AT_USER_IDS: &str = "at_user_ids";
    /// Whether to @-mention everyone.
    pub(crate) const IS_AT_ALL: &str = "is_at_all";
}

/// `[k8s_config]`.
pub(crate) mod k8s_config {
    /// The section.
    pub(crate) const SECTION: &str = "k8s_config";
    /// Memory requested by the NNI container.
    pub(crate) const REQUESTED_MEMORY: &str = "nni_container_requested_memory";
    /// CPU requested by the NNI container.
    pub(crate) const REQUESTED_CPU: &str = "nni_container_requested_cpu";
    /// Memory limit of the NNI container.
    pub(crate) const MEMORY_LIMIT: &str = "nni_container_memory_limit";
    /// CPU limit of the NNI container.
    pub(crate) const CPU_LIMIT: &str = "nni_container_cpu_limit";
}

/// A key that is neither required nor a secret.
const fn key(name: &'static str, value: Value) -> Key {
    Key {
        name,
        value,
        required: false,
        secret: false,
    }
}

/// A required key.
const fn required(name: &'static str, value: Value) -> Key {
    Key {
        required: true,
        ..key(name, value)
    }
}

/// A secret.
const fn secret(name: &'static str) -> Key {
    Key {
        secret: true,
        ..key(name, Value::Text)
    }
}

/// Every section, in the order of SPEC.md §4 (the order [`super::TrialIni::to_ini`] writes).
pub(crate) const SECTIONS: &[Section] = &[
    Section {
        name: platform_config::SECTION,
        required: true,
        needed_by: None,
        keys: &[
            required(platform_config::NAME, Value::OneOf(PLATFORMS)),
            key(platform_config::RESUME, Value::Flag),
        ],
        more: Some(KeySet {
            pattern: CmdKeys::PATTERN,
            matches: CmdKeys::matches,
        }),
    },
    Section {
        name: metric_config::SECTION,
        required: true,
        needed_by: None,
        keys: &[
            required(metric_config::METRIC_TYPE, Value::OneOf(METRIC_TYPES)),
            key(metric_config::METRIC_SOURCE, Value::MetricSource),
            key(metric_config::FINAL_MODE, Value::OneOf(FINAL_MODES)),
            key(
                metric_config::SOURCE_LIST_FINAL_MODE,
                Value::OneOf(FINAL_MODES),
            ),
            key(metric_config::METRIC_DICT, Value::PyDict),
            key(
                metric_config::OPTIMIZE_MODE,
                Value::OneOf(&["maximize", "minimize"]),
            ),
        ],
        more: Some(KeySet {
            pattern: MetricSourceKeys::PATTERN,
            matches: MetricSourceKeys::matches,
        }),
    },
    Section {
        name: output_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[
            key(output_config::MODEL_PATH, Value::OutputPath),
            key(output_config::SUMMARY_PATH, Value::OutputPath),
        ],
        more: None,
    },
    Section {
        name: schedule_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[
            key(schedule_config::DAY, Value::OneOf(DAYS)),
            key(schedule_config::START_TIME, Value::Time),
            key(schedule_config::END_TIME, Value::Time),
        ],
        more: None,
    },
    Section {
        name: params_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[],
        more: Some(KeySet {
            pattern: ParamsFileKeys::PATTERN,
            matches: ParamsFileKeys::matches,
        }),
    },
    Section {
        name: odps_config::SECTION,
        required: false,
        needed_by: Some("MaxCompute"),
        keys: &[
            key(odps_config::ACCESS_ID, Value::Text),
            secret(odps_config::ACCESS_KEY),
            key(odps_config::PROJECT_NAME, Value::Text),
            key(odps_config::END_POINT, Value::Url),
            key(odps_config::LOG_VIEW_HOST, Value::Url),
            key(odps_config::REGION, Value::Text),
            key(odps_config::ROLE_ARN, Value::RoleArn),
        ],
        more: None,
    },
    Section {
        name: dlc_config::SECTION,
        required: false,
        needed_by: Some("DLC"),
        keys: &[
            key(dlc_config::ACCESS_ID, Value::Text),
            secret(dlc_config::ACCESS_KEY),
            key(dlc_config::ENDPOINT, Value::Url),
            key(dlc_config::REGION, Value::Text),
            key(dlc_config::PROTOCOL, Value::OneOf(PROTOCOLS)),
        ],
        more: None,
    },
    Section {
        name: oss_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[
            key(oss_config::ENDPOINT, Value::Url),
            key(oss_config::ACCESS_KEY_ID, Value::Text),
            secret(oss_config::ACCESS_KEY_SECRET),
            key(oss_config::ROLE_ARN, Value::RoleArn),
        ],
        more: None,
    },
    Section {
        name: ts_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[
            key(ts_config::ACCESS_KEY_ID, Value::Text),
            secret(ts_config::ACCESS_KEY_SECRET),
            key(ts_config::REGION_ID, Value::Text),
            key(ts_config::ENDPOINT, Value::Url),
        ],
        more: None,
    },
    Section {
        name: paiflow_config::SECTION,
        required: false,
        needed_by: Some("PAIFLOW"),
        keys: &[
            key(paiflow_config::ACCESS_KEY_ID, Value::Text),
            secret(paiflow_config::ACCESS_KEY_SECRET),
            key(paiflow_config::REGION_ID, Value::Text),
            key(paiflow_config::WORKSPACE_ID, Value::Text),
        ],
        more: None,
    },
    Section {
        name: monitor_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[
            key(monitor_config::URL, Value::Url),
            key(monitor_config::KEYWORD, Value::Text),
            key(monitor_config::AT_MOBILES, Value::Text),
            key(monitor_config::AT_USER_IDS, Value::Text),
            key(monitor_config::IS_AT_ALL, Value::Bool),
        ],
        more: None,
    },
    Section {
        name: k8s_config::SECTION,
        required: false,
        needed_by: None,
        keys: &[
            key(k8s_config::REQUESTED_MEMORY, Value::Text),
            key(k8s_config::REQUESTED_CPU, Value::Text),
            key(k8s_config::MEMORY_LIMIT, Value::Text),
            key(k8s_config::CPU_LIMIT, Value::Text),
        ],
        more: None,
    },
];

/// The section a platform needs (`odps_config` for MaxCompute), if it needs one.
pub(crate) fn needed_by(platform: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.needed_by == Some(platform))
}

/// The words a key of a section takes, when it takes one of a few ([`Value::OneOf`]).
pub(crate) fn one_of(section_name: &str, key_name: &str) -> &'static [&'static str] {
    match section(section_name).and_then(|s| s.key(key_name)) {
        Some(Key {
            value: Value::OneOf(words),
            ..
        }) => words,
        _ => &[],
    }
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
