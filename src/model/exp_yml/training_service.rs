//! exp.yml training services (`trainingService`), their storage, and `sharedStorage`.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, de::Error as _};

use super::{GpuIndices, Size};

/// `trainingService`: one training service, or a list of them (hybrid mode).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum TrainingServiceConfig {
    /// One training service.
    One(Box<TrainingService>),
    /// Several training services (hybrid mode; needs a top-level `nniManagerIp`).
    Many(Vec<TrainingService>),
}

impl TrainingServiceConfig {
    /// Reads a `trainingService` value it takes, as the derived `Deserialize` does but without
    /// serde's buffering of untagged and internally tagged enums (which copies every string of
    /// a machine list twice before the model holds it): the value's strings move into the model.
    pub fn from_value(
        value: serde_json::Value,
    ) -> Result<TrainingServiceConfig, serde_json::Error> {
        use serde_json::Value;
        // Only the forms a config is written in take the direct way (an object with a known
        // `platform` string, or a list of them); any other (a numeric `platform`, a tag as an
        // array's first item, which serde's buffered enums also accept) the derived reader.
        let direct = |v: &Value| {
            v.as_object()
                .and_then(|m| m.get("platform"))
                .and_then(Value::as_str)
                .is_some_and(|p| TrainingService::PLATFORMS.contains(&p))
        };
        let fits = match &value {
            Value::Array(items) => items.iter().all(direct),
            other => direct(other),
        };
        if !fits {
            return serde_json::from_value(value);
        }
        match value {
            serde_json::Value::Array(items) => items
                .into_iter()
                .map(TrainingService::from_value)
                .collect::<Result<Vec<_>, _>>()
                .map(TrainingServiceConfig::Many),
            other => {
                TrainingService::from_value(other).map(|s| TrainingServiceConfig::One(Box::new(s)))
            }
        }
    }

    /// [`TrainingServiceConfig::from_value`] of a tree, as a plan reads it
    /// ([`crate::source::de`]): the direct way reads each service by its `platform`, without
    /// serde's buffering of the enums.
    pub(crate) fn from_tree(
        de: crate::source::de::TreeDe<'_, '_>,
    ) -> Result<TrainingServiceConfig, serde::de::value::Error> {
        let direct = |d: crate::source::de::TreeDe<'_, '_>| {
            d.get("platform")
                .and_then(|p| p.node.as_str())
                .is_some_and(|p| TrainingService::PLATFORMS.contains(&p))
        };
        let plan = de.plan;
        match de.node.as_array() {
            Some(items) => {
                let items = || {
                    items
                        .iter()
                        .map(|n| crate::source::de::TreeDe::new(n, plan))
                };
                if !items().all(direct) {
                    return TrainingServiceConfig::deserialize(de);
                }
                items()
                    .map(TrainingService::from_tree)
                    .collect::<Result<Vec<_>, _>>()
                    .map(TrainingServiceConfig::Many)
            }
            None if direct(de) => {
                TrainingService::from_tree(de).map(|s| TrainingServiceConfig::One(Box::new(s)))
            }
            None => TrainingServiceConfig::deserialize(de),
        }
    }
}

/// Where trials run, selected by `platform` (case-sensitive).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "platform", rename_all = "lowercase")]
// One per document: the size difference costs nothing, and boxing would show in every match.
#[allow(clippy::large_enum_variant)]
pub enum TrainingService {
    /// Trials run on this machine.
    Local(LocalConfig),
    /// Trials run on remote machines over SSH.
    Remote(RemoteConfig),
    /// Trials run on an OpenPAI cluster.
    Openpai(OpenpaiConfig),
    /// Trials run on Azure Machine Learning.
    Aml(AmlConfig),
    /// Trials run as Alibaba Cloud PAI-DLC jobs.
    Dlc(DlcConfig),
    /// Trials run as Kubeflow jobs on Kubernetes.
    Kubeflow(KubeflowConfig),
    /// Trials run as FrameworkController jobs on Kubernetes.
    Frameworkcontroller(FrameworkControllerConfig),
}

/// The shortcut fields of a training service: the values it sets itself (the top-level
/// values apply where these are `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortcuts<'a> {
    /// `trialCommand`.
    pub trial_command: &'a Option<String>,
    /// `trialCodeDirectory`.
    pub trial_code_directory: &'a Option<String>,
    /// `trialGpuNumber`.
    pub trial_gpu_number: &'a Option<i64>,
    /// `nniManagerIp`.
    pub nni_manager_ip: &'a Option<String>,
    /// `debug`.
    pub debug: &'a Option<bool>,
}

impl TrainingService {
    /// The `platform` of each variant, as the derived `Deserialize` reads it.
    const PLATFORMS: [&'static str; 7] = [
        "local",
        "remote",
        "openpai",
        "aml",
        "dlc",
        "kubeflow",
        "frameworkcontroller",
    ];

    /// Reads one training service from a JSON value it takes, by its `platform`, moving the
    /// value into the platform's config (see [`TrainingServiceConfig::from_value`]). A value
    /// without a known platform gets the derived `Deserialize`'s error.
    pub fn from_value(value: serde_json::Value) -> Result<TrainingService, serde_json::Error> {
        use serde_json::Value;
        let Value::Object(mut map) = value else {
            return serde_json::from_value(value);
        };
        let platform = match map.get("platform") {
            Some(Value::String(p)) => p.clone(),
            _ => return serde_json::from_value(Value::Object(map)),
        };
        if !TrainingService::PLATFORMS.contains(&platform.as_str()) {
            return serde_json::from_value(Value::Object(map));
        }
        map.remove("platform");
        let rest = Value::Object(map);
        Ok(match platform.as_str() {
            "local" => TrainingService::Local(serde_json::from_value(rest)?),
            "remote" => TrainingService::Remote(serde_json::from_value(rest)?),
            "openpai" => TrainingService::Openpai(serde_json::from_value(rest)?),
            "aml" => TrainingService::Aml(serde_json::from_value(rest)?),
            "dlc" => TrainingService::Dlc(serde_json::from_value(rest)?),
            "kubeflow" => TrainingService::Kubeflow(serde_json::from_value(rest)?),
            _ => TrainingService::Frameworkcontroller(serde_json::from_value(rest)?),
        })
    }

    /// [`TrainingService::from_value`] of a tree whose `platform` is one of
    /// [`TrainingService::PLATFORMS`] (see [`TrainingServiceConfig::from_tree`]).
    fn from_tree(
        de: crate::source::de::TreeDe<'_, '_>,
    ) -> Result<TrainingService, serde::de::value::Error> {
        let platform = de.get("platform").and_then(|p| p.node.as_str());
        let rest = de.without("platform");
        Ok(match platform {
            Some("local") => TrainingService::Local(Deserialize::deserialize(rest)?),
            Some("remote") => TrainingService::Remote(Deserialize::deserialize(rest)?),
            Some("openpai") => TrainingService::Openpai(Deserialize::deserialize(rest)?),
            Some("aml") => TrainingService::Aml(Deserialize::deserialize(rest)?),
            Some("dlc") => TrainingService::Dlc(Deserialize::deserialize(rest)?),
            Some("kubeflow") => TrainingService::Kubeflow(Deserialize::deserialize(rest)?),
            Some("frameworkcontroller") => {
                TrainingService::Frameworkcontroller(Deserialize::deserialize(rest)?)
            }
            _ => TrainingService::deserialize(de)?,
        })
    }

    /// The `platform` value.
    pub fn platform(&self) -> &'static str {
        match self {
            TrainingService::Local(_) => "local",
            TrainingService::Remote(_) => "remote",
            TrainingService::Openpai(_) => "openpai",
            TrainingService::Aml(_) => "aml",
            TrainingService::Dlc(_) => "dlc",
            TrainingService::Kubeflow(_) => "kubeflow",
            TrainingService::Frameworkcontroller(_) => "frameworkcontroller",
        }
    }

    /// The shortcut fields set in this training service.
    pub fn shortcuts(&self) -> Shortcuts<'_> {
        macro_rules! shortcuts {
            ($c:expr) => {
                Shortcuts {
                    trial_command: &$c.trial_command,
                    trial_code_directory: &$c.trial_code_directory,
                    trial_gpu_number: &$c.trial_gpu_number,
                    nni_manager_ip: &$c.nni_manager_ip,
                    debug: &$c.debug,
                }
            };
        }
        match self {
            TrainingService::Local(c) => shortcuts!(c),
            TrainingService::Remote(c) => shortcuts!(c),
            TrainingService::Openpai(c) => shortcuts!(c),
            TrainingService::Aml(c) => shortcuts!(c),
            TrainingService::Dlc(c) => shortcuts!(c),
            TrainingService::Kubeflow(c) => shortcuts!(c),
            TrainingService::Frameworkcontroller(c) => shortcuts!(c),
        }
    }

    /// The JSON (camelCase) names of the platform's own fields, then of the shortcut fields.
    pub fn field_names(platform: &str) -> Option<&'static [&'static str]> {
        Some(match platform {
            "local" => LocalConfig::FIELDS,
            "remote" => RemoteConfig::FIELDS,
            "openpai" => OpenpaiConfig::FIELDS,
            "aml" => AmlConfig::FIELDS,
            "dlc" => DlcConfig::FIELDS,
            "kubeflow" => KubeflowConfig::FIELDS,
            "frameworkcontroller" => FrameworkControllerConfig::FIELDS,
            _ => return None,
        })
    }
}

/// Defines a training-service config struct: its own fields, then the shortcut fields
/// (`trialCommand`, `trialCodeDirectory`, `trialGpuNumber`, `nniManagerIp`, `debug`), which may
/// stand in the training service or at the top level (the training service's value wins).
macro_rules! training_service_config {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[$fattr:meta])*
                pub $field:ident : $ty:ty => $json:literal,
            )*
        }
    ) => {
        #[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
        $(#[$attr])*
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$fattr])*
                pub $field: $ty,
            )*
            /// Shortcut: the command that runs one trial, for this training service (overrides
            /// the top-level `trialCommand`).
            #[serde(skip_serializing_if = "Option::is_none", alias = "trial_command")]
            pub trial_command: Option<String>,
            /// Shortcut: the folder of the trial code, for this training service (overrides the
            /// top-level `trialCodeDirectory`). Default: `.`.
            #[serde(
                skip_serializing_if = "Option::is_none",
                alias = "trial_code_directory"
            )]
            pub trial_code_directory: Option<String>,
            /// Shortcut: GPUs per trial, for this training service (overrides the top-level
            /// `trialGpuNumber`). At least 0.
            #[serde(
                skip_serializing_if = "Option::is_none",
                alias = "trial_gpu_number"
            )]
            #[schemars(range(min = 0))]
            pub trial_gpu_number: Option<i64>,
            /// Shortcut: the IP address of the NNI manager as trial machines reach it, for this
            /// training service (overrides the top-level `nniManagerIp`).
            #[serde(skip_serializing_if = "Option::is_none", alias = "nni_manager_ip")]
            pub nni_manager_ip: Option<String>,
            /// Shortcut: debug mode for this training service (overrides the top-level
            /// `debug`). Default: `false`.
            #[serde(skip_serializing_if = "Option::is_none")]
            pub debug: Option<bool>,
        }

        impl $name {
            /// The JSON (camelCase) names of the fields, the shortcut fields last.
            pub const FIELDS: &'static [&'static str] = &[
                $($json,)*
                "trialCommand",
                "trialCodeDirectory",
                "trialGpuNumber",
                "nniManagerIp",
                "debug",
            ];
        }

        crate::model::masked_debug!($name);
    };
}

training_service_config! {
    /// `platform: local`: trials run on the machine that runs NNI.
    pub struct LocalConfig {
        /// Whether trials may use GPUs that other processes are using. Required (true) for a
        /// positive `trialGpuNumber` on a desktop with a display. Default: `false`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "use_active_gpu")]
        #[schemars(extend("default" = false))]
        pub use_active_gpu: Option<bool> => "useActiveGpu",
        /// How many trials may share one GPU. Default: 1; other values need GPUs.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "max_trial_number_per_gpu"
        )]
        #[schemars(range(min = 1), extend("default" = 1))]
        pub max_trial_number_per_gpu: Option<i64> => "maxTrialNumberPerGpu",
        /// The GPUs trials may use: a list of indices, one index, or `"0,1"`. Default: all.
        #[serde(skip_serializing_if = "Option::is_none", alias = "gpu_indices")]
        pub gpu_indices: Option<GpuIndices> => "gpuIndices",
        /// Whether to reuse the trial environment between trials. Default: `false`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "reuse_mode")]
        #[schemars(extend("default" = false))]
        pub reuse_mode: Option<bool> => "reuseMode",
    }
}

training_service_config! {
    /// `platform: remote`: trials run on remote machines over SSH.
    pub struct RemoteConfig {
        /// The machines trials run on. Required, at least one.
        #[serde(skip_serializing_if = "Option::is_none", alias = "machine_list")]
        #[schemars(with = "Vec<RemoteMachine>", required, length(min = 1))]
        pub machine_list: Option<Vec<RemoteMachine>> => "machineList",
        /// Whether to reuse the trial environment between trials. Default: `true`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "reuse_mode")]
        #[schemars(extend("default" = true))]
        pub reuse_mode: Option<bool> => "reuseMode",
    }
}

/// A machine of a `remote` training service.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemoteMachine {
    /// The machine's host name or IP address. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub host: Option<String>,
    /// The SSH port, 1 to 65535. Default: 22.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 65535), extend("default" = 22))]
    pub port: Option<i64>,
    /// The SSH user. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub user: Option<String>,
    /// The SSH password (a secret: NNI shows it in its web UI; prefer `sshKeyFile`). Quote
    /// it: `password: 12345` is an integer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The SSH private key file. Default: `~/.ssh/id_rsa` of the machine that runs NNI.
    #[serde(skip_serializing_if = "Option::is_none", alias = "ssh_key_file")]
    #[schemars(extend("default" = "~/.ssh/id_rsa"))]
    pub ssh_key_file: Option<String>,
    /// The passphrase of the SSH key (a secret).
    #[serde(skip_serializing_if = "Option::is_none", alias = "ssh_passphrase")]
    pub ssh_passphrase: Option<String>,
    /// Whether trials may use GPUs that other processes are using. Default: `false`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "use_active_gpu")]
    #[schemars(extend("default" = false))]
    pub use_active_gpu: Option<bool>,
    /// How many trials may share one GPU, at least 1. Default: 1.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "max_trial_number_per_gpu"
    )]
    #[schemars(range(min = 1), extend("default" = 1))]
    pub max_trial_number_per_gpu: Option<i64>,
    /// The GPUs trials may use on this machine: a list, one index, or `"0,1"`. Default: all.
    #[serde(skip_serializing_if = "Option::is_none", alias = "gpu_indices")]
    pub gpu_indices: Option<GpuIndices>,
    /// The folder of the Python interpreter to use on this machine (prepended to `PATH`).
    #[serde(skip_serializing_if = "Option::is_none", alias = "python_path")]
    pub python_path: Option<String>,
}

crate::model::masked_debug!(RemoteMachine);

training_service_config! {
    /// `platform: openpai`: trials run on an OpenPAI cluster.
    pub struct OpenpaiConfig {
        /// The OpenPAI host (`https://` is added when no scheme is given). Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", required)]
        pub host: Option<String> => "host",
        /// The OpenPAI user name. Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", required)]
        pub username: Option<String> => "username",
        /// The OpenPAI access token (a secret). Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", required)]
        pub token: Option<String> => "token",
        /// CPUs per trial. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "trial_cpu_number")]
        #[schemars(with = "i64", required, range(min = 1))]
        pub trial_cpu_number: Option<i64> => "trialCpuNumber",
        /// Memory per trial (`8gb`). Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "trial_memory_size")]
        #[schemars(with = "Size", required)]
        pub trial_memory_size: Option<Size> => "trialMemorySize",
        /// The name of the OpenPAI storage config to use. Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "storage_config_name"
        )]
        #[schemars(with = "String", required)]
        pub storage_config_name: Option<String> => "storageConfigName",
        /// The Docker image of trials. Default: `msranni/nni:latest`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "docker_image")]
        #[schemars(extend("default" = "msranni/nni:latest"))]
        pub docker_image: Option<String> => "dockerImage",
        /// The OpenPAI virtual cluster. The key is required; `null` selects the default
        /// cluster. Always written (as `null` when not set).
        #[serde(alias = "virtual_cluster")]
        #[schemars(required, extend("type" = ["string", "null"]))]
        pub virtual_cluster: Option<String> => "virtualCluster",
        /// The local folder where the storage is mounted (must be a directory). Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "local_storage_mount_point"
        )]
        #[schemars(with = "String", required)]
        pub local_storage_mount_point: Option<String> => "localStorageMountPoint",
        /// Where the storage is mounted inside trial containers. Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "container_storage_mount_point"
        )]
        #[schemars(with = "String", required)]
        pub container_storage_mount_point: Option<String> => "containerStorageMountPoint",
        /// Whether to reuse the trial environment between trials. Default: `true`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "reuse_mode")]
        #[schemars(extend("default" = true))]
        pub reuse_mode: Option<bool> => "reuseMode",
        /// Extra OpenPAI job config, inline (not with `openpaiConfigFile`).
        #[serde(skip_serializing_if = "Option::is_none", alias = "openpai_config")]
        pub openpai_config: Option<serde_json::Map<String, serde_json::Value>> => "openpaiConfig",
        /// Extra OpenPAI job config, from a file (not with `openpaiConfig`).
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "openpai_config_file"
        )]
        pub openpai_config_file: Option<String> => "openpaiConfigFile",
    }
}

training_service_config! {
    /// `platform: aml`: trials run on Azure Machine Learning.
    pub struct AmlConfig {
        /// The Azure subscription ID. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "subscription_id")]
        #[schemars(with = "String", required)]
        pub subscription_id: Option<String> => "subscriptionId",
        /// The Azure resource group. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "resource_group")]
        #[schemars(with = "String", required)]
        pub resource_group: Option<String> => "resourceGroup",
        /// The AML workspace name. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "workspace_name")]
        #[schemars(with = "String", required)]
        pub workspace_name: Option<String> => "workspaceName",
        /// The AML compute target. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "compute_target")]
        #[schemars(with = "String", required)]
        pub compute_target: Option<String> => "computeTarget",
        /// The Docker image of trials. Default: `msranni/nni:latest`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "docker_image")]
        #[schemars(extend("default" = "msranni/nni:latest"))]
        pub docker_image: Option<String> => "dockerImage",
        /// How many trials may share one GPU, at least 1. Default: 1.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "max_trial_number_per_gpu"
        )]
        #[schemars(range(min = 1), extend("default" = 1))]
        pub max_trial_number_per_gpu: Option<i64> => "maxTrialNumberPerGpu",
    }
}

training_service_config! {
    /// `platform: dlc`: trials run as Alibaba Cloud PAI-DLC jobs.
    pub struct DlcConfig {
        /// The DLC role of the pods. Default: `Worker`.
        #[serde(skip_serializing_if = "Option::is_none", rename = "type")]
        #[schemars(extend("default" = "Worker"))]
        pub r#type: Option<String> => "type",
        /// The Docker image of trials. Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", required)]
        pub image: Option<String> => "image",
        /// The DLC job type. Default: `TFJob`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "job_type")]
        #[schemars(extend("default" = "TFJob"))]
        pub job_type: Option<String> => "jobType",
        /// Pods per trial. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "pod_count")]
        #[schemars(with = "i64", required, range(min = 1))]
        pub pod_count: Option<i64> => "podCount",
        /// The ECS instance type of the pods (`ecs.c6.large`). Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "ecs_spec")]
        #[schemars(with = "String", required)]
        pub ecs_spec: Option<String> => "ecsSpec",
        /// The Alibaba Cloud region (`cn-hangzhou`). Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", required)]
        pub region: Option<String> => "region",
        /// The PAI workspace ID. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "workspace_id")]
        #[schemars(with = "String", required)]
        pub workspace_id: Option<String> => "workspaceId",
        /// The NAS data source ID. Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "nas_data_source_id"
        )]
        #[schemars(with = "String", required)]
        pub nas_data_source_id: Option<String> => "nasDataSourceId",
        /// The OSS data source ID. Optional.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "oss_data_source_id"
        )]
        pub oss_data_source_id: Option<String> => "ossDataSourceId",
        /// The AccessKey ID. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "access_key_id")]
        #[schemars(with = "String", required)]
        pub access_key_id: Option<String> => "accessKeyId",
        /// The AccessKey secret (a secret). Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "access_key_secret"
        )]
        #[schemars(with = "String", required)]
        pub access_key_secret: Option<String> => "accessKeySecret",
        /// The local folder where the NAS storage is mounted. Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "local_storage_mount_point"
        )]
        #[schemars(with = "String", required)]
        pub local_storage_mount_point: Option<String> => "localStorageMountPoint",
        /// Where the NAS storage is mounted inside trial containers. Required.
        #[serde(
            skip_serializing_if = "Option::is_none",
            alias = "container_storage_mount_point"
        )]
        #[schemars(with = "String", required)]
        pub container_storage_mount_point: Option<String> => "containerStorageMountPoint",
    }
}

training_service_config! {
    /// `platform: kubeflow`: trials run as Kubeflow jobs on Kubernetes.
    pub struct KubeflowConfig {
        /// The Kubeflow operator: `tf-operator` or `pytorch-operator`. Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", required, extend("enum" = ["tf-operator", "pytorch-operator"]))]
        pub operator: Option<String> => "operator",
        /// The Kubeflow API version (`v1`). Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "api_version")]
        #[schemars(with = "String", required)]
        pub api_version: Option<String> => "apiVersion",
        /// Where trial code and output are stored. Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "K8sStorage", required)]
        pub storage: Option<K8sStorage> => "storage",
        /// The worker role.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub worker: Option<KubeflowRole> => "worker",
        /// The parameter-server role (TensorFlow).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ps: Option<KubeflowRole> => "ps",
        /// The master role (PyTorch).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub master: Option<KubeflowRole> => "master",
        /// Whether to reuse the trial environment between trials. Default: `true`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "reuse_mode")]
        #[schemars(extend("default" = true))]
        pub reuse_mode: Option<bool> => "reuseMode",
        /// The Kubernetes namespace. Default: `default`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(extend("default" = "default"))]
        pub namespace: Option<String> => "namespace",
    }
}

/// A role (worker, ps, master) of a Kubeflow job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KubeflowRole {
    /// How many pods of this role. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "i64", required, range(min = 0))]
    pub replicas: Option<i64>,
    /// The command the pods run. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub command: Option<String>,
    /// GPUs per pod. Default: 0.
    #[serde(skip_serializing_if = "Option::is_none", alias = "gpu_number")]
    #[schemars(range(min = 0), extend("default" = 0))]
    pub gpu_number: Option<i64>,
    /// CPUs per pod. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "cpu_number")]
    #[schemars(with = "i64", required, range(min = 1))]
    pub cpu_number: Option<i64>,
    /// Memory per pod (`8gb`). Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "memory_size")]
    #[schemars(with = "Size", required)]
    pub memory_size: Option<Size>,
    /// The Docker image of the pods. Default: `msranni/nni:latest`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "docker_image")]
    #[schemars(extend("default" = "msranni/nni:latest"))]
    pub docker_image: Option<String>,
    /// The folder of the code the pods run. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "code_directory")]
    #[schemars(with = "String", required)]
    pub code_directory: Option<String>,
}

training_service_config! {
    /// `platform: frameworkcontroller`: trials run as FrameworkController jobs on Kubernetes.
    pub struct FrameworkControllerConfig {
        /// Where trial code and output are stored. Required.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(with = "K8sStorage", required)]
        pub storage: Option<K8sStorage> => "storage",
        /// The Kubernetes service account of the jobs. The key is required; `null` uses the
        /// default account. Always written (as `null` when not set).
        #[serde(alias = "service_account_name")]
        #[schemars(required, extend("type" = ["string", "null"]))]
        pub service_account_name: Option<String> => "serviceAccountName",
        /// The task roles of a trial job. Required.
        #[serde(skip_serializing_if = "Option::is_none", alias = "task_roles")]
        #[schemars(with = "Vec<FrameworkControllerTaskRole>", required)]
        pub task_roles: Option<Vec<FrameworkControllerTaskRole>> => "taskRoles",
        /// Whether to reuse the trial environment between trials. Default: `true`.
        #[serde(skip_serializing_if = "Option::is_none", alias = "reuse_mode")]
        #[schemars(extend("default" = true))]
        pub reuse_mode: Option<bool> => "reuseMode",
        /// The Kubernetes namespace. Default: `default`.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[schemars(extend("default" = "default"))]
        pub namespace: Option<String> => "namespace",
    }
}

/// A task role of a FrameworkController job.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FrameworkControllerTaskRole {
    /// The role's name. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub name: Option<String>,
    /// The Docker image of the role's tasks. Default: `msranni/nni:latest`.
    #[serde(skip_serializing_if = "Option::is_none", alias = "docker_image")]
    #[schemars(extend("default" = "msranni/nni:latest"))]
    pub docker_image: Option<String>,
    /// How many tasks of this role. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "task_number")]
    #[schemars(with = "i64", required, range(min = 0))]
    pub task_number: Option<i64>,
    /// The command the tasks run. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub command: Option<String>,
    /// GPUs per task. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "gpu_number")]
    #[schemars(with = "i64", required, range(min = 0))]
    pub gpu_number: Option<i64>,
    /// CPUs per task. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "cpu_number")]
    #[schemars(with = "i64", required, range(min = 1))]
    pub cpu_number: Option<i64>,
    /// Memory per task (`8gb`). Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "memory_size")]
    #[schemars(with = "Size", required)]
    pub memory_size: Option<Size>,
    /// When a job attempt completes. Required.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "framework_attempt_completion_policy"
    )]
    #[schemars(with = "FrameworkAttemptCompletionPolicy", required)]
    pub framework_attempt_completion_policy: Option<FrameworkAttemptCompletionPolicy>,
}

/// When a FrameworkController job attempt completes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FrameworkAttemptCompletionPolicy {
    /// The attempt fails when this many tasks have failed. Required.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "min_failed_task_count"
    )]
    #[schemars(with = "i64", required)]
    pub min_failed_task_count: Option<i64>,
    /// The attempt succeeds when this many tasks have succeeded. Required.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "min_succeed_task_count"
    )]
    #[schemars(with = "i64", required)]
    pub min_succeed_task_count: Option<i64>,
}

/// Kubernetes storage of a kubeflow or frameworkcontroller training service, selected by
/// `storageType`. The other kind's keys are not allowed.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "storageType")]
pub enum K8sStorage {
    /// An Azure file share.
    #[serde(rename = "azureStorage")]
    AzureStorage(K8sAzureStorage),
    /// An NFS export.
    #[serde(rename = "nfs")]
    Nfs(K8sNfsStorage),
}

/// `storageType: azureStorage`: an Azure file share.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct K8sAzureStorage {
    /// The Azure storage account. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "azure_account")]
    #[schemars(with = "String", required)]
    pub azure_account: Option<String>,
    /// The Azure file share. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "azure_share")]
    #[schemars(with = "String", required)]
    pub azure_share: Option<String>,
    /// The Azure Key Vault holding the storage key. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "key_vault_name")]
    #[schemars(with = "String", required)]
    pub key_vault_name: Option<String>,
    /// The name of the storage key's secret in the Key Vault. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "key_vault_key")]
    #[schemars(with = "String", required)]
    pub key_vault_key: Option<String>,
}

crate::model::masked_debug!(K8sAzureStorage);

/// `storageType: nfs`: an NFS export.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct K8sNfsStorage {
    /// The NFS server. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub server: Option<String>,
    /// The exported path. Required.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String", required)]
    pub path: Option<String>,
}

/// The flat form NNI reads Kubernetes storage in; the tag accepts `storageType` or
/// `storage_type` (serde's internal tags take no alias).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct K8sStorageFlat {
    #[serde(alias = "storage_type")]
    storage_type: String,
    #[serde(alias = "azure_account")]
    azure_account: Option<String>,
    #[serde(alias = "azure_share")]
    azure_share: Option<String>,
    #[serde(alias = "key_vault_name")]
    key_vault_name: Option<String>,
    #[serde(alias = "key_vault_key")]
    key_vault_key: Option<String>,
    server: Option<String>,
    path: Option<String>,
}

impl<'de> Deserialize<'de> for K8sStorage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = K8sStorageFlat::deserialize(deserializer)?;
        match f.storage_type.as_str() {
            "azureStorage" => {
                if f.server.is_some() || f.path.is_some() {
                    return Err(D::Error::custom(
                        "`server` and `path` belong to storageType `nfs`, not `azureStorage`",
                    ));
                }
                Ok(K8sStorage::AzureStorage(K8sAzureStorage {
                    azure_account: f.azure_account,
                    azure_share: f.azure_share,
                    key_vault_name: f.key_vault_name,
                    key_vault_key: f.key_vault_key,
                }))
            }
            "nfs" => {
                if f.azure_account.is_some()
                    || f.azure_share.is_some()
                    || f.key_vault_name.is_some()
                    || f.key_vault_key.is_some()
                {
                    return Err(D::Error::custom(
                        "Azure keys belong to storageType `azureStorage`, not `nfs`",
                    ));
                }
                Ok(K8sStorage::Nfs(K8sNfsStorage {
                    server: f.server,
                    path: f.path,
                }))
            }
            other => Err(D::Error::unknown_variant(other, &["azureStorage", "nfs"])),
        }
    }
}

/// `sharedStorage`: storage shared by NNI and the trial machines, selected by `storageType`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(tag = "storageType")]
pub enum SharedStorage {
    /// An NFS export.
    #[serde(rename = "NFS")]
    Nfs(SharedStorageNfs),
    /// An Azure Blob container.
    #[serde(rename = "AzureBlob")]
    AzureBlob(SharedStorageAzureBlob),
}

/// How the shared storage is mounted on the NNI machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LocalMounted {
    /// The user has mounted it at `localMountPoint`.
    Usermount,
    /// NNI mounts it.
    Nnimount,
    /// It is not mounted locally.
    Nomount,
}

/// `storageType: NFS`: an NFS export shared by NNI and the trial machines.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SharedStorageNfs {
    /// Where the storage is mounted on the NNI machine. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "local_mount_point")]
    #[schemars(with = "String", required)]
    pub local_mount_point: Option<String>,
    /// Where the storage is mounted on the trial machines. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "remote_mount_point")]
    #[schemars(with = "String", required)]
    pub remote_mount_point: Option<String>,
    /// How the storage is mounted locally: `usermount`, `nnimount` or `nomount`. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "local_mounted")]
    #[schemars(with = "LocalMounted", required)]
    pub local_mounted: Option<LocalMounted>,
    /// The NFS server. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "nfs_server")]
    #[schemars(with = "String", required)]
    pub nfs_server: Option<String>,
    /// The exported directory. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "exported_directory")]
    #[schemars(with = "String", required)]
    pub exported_directory: Option<String>,
}

/// `storageType: AzureBlob`: an Azure Blob container shared by NNI and the trial machines.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SharedStorageAzureBlob {
    /// Where the storage is mounted on the NNI machine. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "local_mount_point")]
    #[schemars(with = "String", required)]
    pub local_mount_point: Option<String>,
    /// Where the storage is mounted on the trial machines. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "remote_mount_point")]
    #[schemars(with = "String", required)]
    pub remote_mount_point: Option<String>,
    /// How the storage is mounted locally: `usermount`, `nnimount` or `nomount`. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "local_mounted")]
    #[schemars(with = "LocalMounted", required)]
    pub local_mounted: Option<LocalMounted>,
    /// The Azure storage account. Required.
    #[serde(
        skip_serializing_if = "Option::is_none",
        alias = "storage_account_name"
    )]
    #[schemars(with = "String", required)]
    pub storage_account_name: Option<String>,
    /// The storage account key (a secret). Optional.
    #[serde(skip_serializing_if = "Option::is_none", alias = "storage_account_key")]
    pub storage_account_key: Option<String>,
    /// The Blob container. Required.
    #[serde(skip_serializing_if = "Option::is_none", alias = "container_name")]
    #[schemars(with = "String", required)]
    pub container_name: Option<String>,
}

/// The flat form of `sharedStorage`; the tag accepts `storageType` or `storage_type`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SharedStorageFlat {
    #[serde(alias = "storage_type")]
    storage_type: String,
    #[serde(alias = "local_mount_point")]
    local_mount_point: Option<String>,
    #[serde(alias = "remote_mount_point")]
    remote_mount_point: Option<String>,
    #[serde(alias = "local_mounted")]
    local_mounted: Option<LocalMounted>,
    #[serde(alias = "nfs_server")]
    nfs_server: Option<String>,
    #[serde(alias = "exported_directory")]
    exported_directory: Option<String>,
    #[serde(alias = "storage_account_name")]
    storage_account_name: Option<String>,
    #[serde(alias = "storage_account_key")]
    storage_account_key: Option<String>,
    #[serde(alias = "container_name")]
    container_name: Option<String>,
}

impl<'de> Deserialize<'de> for SharedStorage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let f = SharedStorageFlat::deserialize(deserializer)?;
        match f.storage_type.as_str() {
            "NFS" => {
                if f.storage_account_name.is_some()
                    || f.storage_account_key.is_some()
                    || f.container_name.is_some()
                {
                    return Err(D::Error::custom(
                        "Azure Blob keys belong to storageType `AzureBlob`, not `NFS`",
                    ));
                }
                Ok(SharedStorage::Nfs(SharedStorageNfs {
                    local_mount_point: f.local_mount_point,
                    remote_mount_point: f.remote_mount_point,
                    local_mounted: f.local_mounted,
                    nfs_server: f.nfs_server,
                    exported_directory: f.exported_directory,
                }))
            }
            "AzureBlob" => {
                if f.nfs_server.is_some() || f.exported_directory.is_some() {
                    return Err(D::Error::custom(
                        "`nfsServer` and `exportedDirectory` belong to storageType `NFS`, not `AzureBlob`",
                    ));
                }
                Ok(SharedStorage::AzureBlob(SharedStorageAzureBlob {
                    local_mount_point: f.local_mount_point,
                    remote_mount_point: f.remote_mount_point,
                    local_mounted: f.local_mounted,
                    storage_account_name: f.storage_account_name,
                    storage_account_key: f.storage_account_key,
                    container_name: f.container_name,
                }))
            }
            other => Err(D::Error::unknown_variant(other, &["NFS", "AzureBlob"])),
        }
    }
}
