//! The NNI v1 experiment config (NNI 1.x/2.x `config.yml`: `authorName`,
//! `trainingServicePlatform`, `trial:`), every key NNI 2.x documented, per platform.
//!
//! hpoconf does not check a v1 file against this model directly: it converts the file to v2 as
//! NNI 3.0 does ([`crate::convert`]) and checks the result. The model gives the typed view of a
//! v1 file to library users, and the key lists give the conversion its "did you mean"
//! suggestions and tell a v1 key NNI 3.0 drops from a key v1 never had.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// A v1 experiment config. Unknown keys are refused (as NNI 2.x's schema did).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExperimentConfigV1 {
    /// Author (dropped by the conversion).
    pub author_name: Option<String>,
    /// Experiment name.
    pub experiment_name: Option<String>,
    /// Description (dropped).
    pub description: Option<String>,
    /// Trials run at once.
    pub trial_concurrency: Option<i64>,
    /// Duration, `[digit]{s,m,h,d}` (-> maxExperimentDuration).
    pub max_exec_duration: Option<Json>,
    /// Trial duration (NNI 2.x only; not converted).
    pub max_trial_duration: Option<Json>,
    /// Trials (-> maxTrialNumber).
    pub max_trial_num: Option<i64>,
    /// local, remote, pai, paiYarn, kubeflow, frameworkcontroller, aml, adl, dlts, hybrid.
    pub training_service_platform: Option<String>,
    /// Search space file (-> searchSpaceFile).
    pub search_space_path: Option<String>,
    /// NNI annotations instead of a search space.
    pub use_annotation: Option<bool>,
    /// Multi-phase trials (refused by NNI 3.0 when true).
    pub multi_phase: Option<bool>,
    /// Multi-thread dispatcher (dropped).
    pub multi_thread: Option<bool>,
    /// IP of the NNI manager.
    pub nni_manager_ip: Option<String>,
    /// Log folder (-> experimentWorkingDirectory).
    pub log_dir: Option<String>,
    /// trace, debug, info, warning, error, fatal.
    pub log_level: Option<String>,
    /// http or none (dropped).
    pub log_collection: Option<String>,
    /// Debug mode.
    pub debug: Option<bool>,
    /// Version check (dropped).
    pub version_check: Option<bool>,
    /// The tuner.
    pub tuner: Option<AlgorithmV1>,
    /// The assessor.
    pub assessor: Option<AlgorithmV1>,
    /// The advisor.
    pub advisor: Option<AlgorithmV1>,
    /// The trial (keys depend on the platform).
    pub trial: Option<IndexMap<String, Json>>,
    /// local: GPUs.
    pub local_config: Option<LocalConfigV1>,
    /// remote: reuse mode.
    pub remote_config: Option<IndexMap<String, Json>>,
    /// remote: the machines.
    pub machine_list: Option<Vec<MachineV1>>,
    /// pai: the cluster.
    pub pai_config: Option<IndexMap<String, Json>>,
    /// paiYarn: the cluster (not converted).
    pub pai_yarn_config: Option<IndexMap<String, Json>>,
    /// kubeflow: the cluster.
    pub kubeflow_config: Option<IndexMap<String, Json>>,
    /// frameworkcontroller: the cluster.
    pub frameworkcontroller_config: Option<IndexMap<String, Json>>,
    /// aml: the workspace.
    pub aml_config: Option<IndexMap<String, Json>>,
    /// dlts: the cluster (not converted).
    pub dlts_config: Option<IndexMap<String, Json>>,
    /// adl (not converted).
    pub adl_config: Option<IndexMap<String, Json>>,
    /// hybrid: the platforms (not converted).
    pub hybrid_config: Option<IndexMap<String, Json>>,
    /// Shared storage (NFS or AzureBlob).
    pub shared_storage: Option<IndexMap<String, Json>>,
}

impl ExperimentConfigV1 {
    /// Reads a v1 config from YAML text (strict: unknown keys are errors).
    pub fn from_yaml(text: &str) -> Result<ExperimentConfigV1, super::Error> {
        let options = serde_saphyr::options! { with_snippet: false };
        let value: serde_json::Value = serde_saphyr::from_str_with_options(text, options)
            .map_err(super::Error::from_yaml)
            .map_err(|e| e.hiding_secrets_of_text(crate::kind::Format::Yaml, text))?;
        super::from_json_value(value)
    }
}

/// A v1 tuner, assessor or advisor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AlgorithmV1 {
    /// A built-in tuner (-> name).
    pub builtin_tuner_name: Option<String>,
    /// A built-in assessor (-> name).
    pub builtin_assessor_name: Option<String>,
    /// A built-in advisor (-> name).
    pub builtin_advisor_name: Option<String>,
    /// Arguments.
    pub class_args: Option<IndexMap<String, Json>>,
    /// Custom algorithm: its folder (-> codeDirectory).
    pub code_dir: Option<String>,
    /// Custom algorithm: its file (with className -> className `file.Class`).
    pub class_file_name: Option<String>,
    /// Custom algorithm: its class.
    pub class_name: Option<String>,
    /// GPUs of the tuner (-> tunerGpuIndices).
    pub gpu_indices: Option<Json>,
    /// Assessor input (dropped).
    pub include_intermediate_results: Option<bool>,
    /// NNI 1.x tuner GPU number (not converted).
    pub gpu_num: Option<i64>,
}

/// `localConfig`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LocalConfigV1 {
    /// GPUs (`0,1` or an integer).
    pub gpu_indices: Option<Json>,
    /// Trials per GPU (-> maxTrialNumberPerGpu).
    pub max_trial_num_per_gpu: Option<i64>,
    /// Use GPUs other processes use.
    pub use_active_gpu: Option<bool>,
}

/// A `machineList` entry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MachineV1 {
    /// Host (-> host).
    pub ip: Option<String>,
    /// SSH port.
    pub port: Option<i64>,
    /// User (-> user).
    pub username: Option<String>,
    /// Password (-> password).
    pub passwd: Option<Json>,
    /// SSH key (-> sshKeyFile).
    pub ssh_key_path: Option<String>,
    /// SSH key passphrase (-> sshPassphrase).
    pub passphrase: Option<String>,
    /// GPUs.
    pub gpu_indices: Option<Json>,
    /// Trials per GPU.
    pub max_trial_num_per_gpu: Option<i64>,
    /// Use busy GPUs.
    pub use_active_gpu: Option<bool>,
    /// Python on the machine.
    pub python_path: Option<String>,
}

/// Top-level keys of a v1 config.
pub const TOP_KEYS: &[&str] = &[
    "authorName",
    "experimentName",
    "description",
    "trialConcurrency",
    "maxExecDuration",
    "maxTrialDuration",
    "maxTrialNum",
    "trainingServicePlatform",
    "searchSpacePath",
    "useAnnotation",
    "multiPhase",
    "multiThread",
    "nniManagerIp",
    "logDir",
    "logLevel",
    "logCollection",
    "debug",
    "versionCheck",
    "tuner",
    "assessor",
    "advisor",
    "trial",
    "localConfig",
    "remoteConfig",
    "machineList",
    "paiConfig",
    "paiYarnConfig",
    "kubeflowConfig",
    "frameworkcontrollerConfig",
    "amlConfig",
    "dltsConfig",
    "adlConfig",
    "hybridConfig",
    "sharedStorage",
];

/// Keys of a tuner, assessor or advisor.
pub const ALGORITHM_KEYS: &[&str] = &[
    "builtinTunerName",
    "builtinAssessorName",
    "builtinAdvisorName",
    "classArgs",
    "codeDir",
    "classFileName",
    "className",
    "gpuIndices",
    "includeIntermediateResults",
    "gpuNum",
];

/// A few built-in names, for messages.
pub const BUILTIN_HINT: &str = "TPE, Random, Anneal, Evolution, GridSearch, SMAC, BOHB, ...";

/// `localConfig` keys.
pub const LOCAL_KEYS: &[&str] = &["gpuIndices", "maxTrialNumPerGpu", "useActiveGpu"];
/// `remoteConfig` keys.
pub const REMOTE_CONFIG_KEYS: &[&str] = &["reuse"];
/// `machineList[]` keys.
pub const MACHINE_KEYS: &[&str] = &[
    "ip",
    "port",
    "username",
    "passwd",
    "sshKeyPath",
    "passphrase",
    "gpuIndices",
    "maxTrialNumPerGpu",
    "useActiveGpu",
    "pythonPath",
];
/// `paiConfig` keys.
pub const PAI_KEYS: &[&str] = &[
    "userName",
    "password",
    "token",
    "host",
    "reuse",
    "gpuNum",
    "cpuNum",
    "memoryMB",
    "maxTrialNumPerGpu",
    "useActiveGpu",
];
/// `amlConfig` keys.
pub const AML_KEYS: &[&str] = &[
    "subscriptionId",
    "resourceGroup",
    "workspaceName",
    "computeTarget",
    "maxTrialNumPerGpu",
    "useActiveGpu",
];
/// `kubeflowConfig` keys.
pub const KUBEFLOW_KEYS: &[&str] = &[
    "operator",
    "apiVersion",
    "storage",
    "nfs",
    "keyVault",
    "azureStorage",
    "uploadRetryCount",
    "reuse",
];
/// `frameworkcontrollerConfig` keys.
pub const FRAMEWORKCONTROLLER_KEYS: &[&str] = &[
    "serviceAccountName",
    "storage",
    "nfs",
    "keyVault",
    "azureStorage",
    "uploadRetryCount",
    "reuse",
];
/// Keys of a kubeflow role (`trial.worker`, `trial.ps`, `trial.master`).
pub const KUBEFLOW_ROLE_KEYS: &[&str] = &[
    "replicas",
    "command",
    "gpuNum",
    "cpuNum",
    "memoryMB",
    "image",
    "privateRegistryAuthPath",
];
/// Keys of a frameworkcontroller task role.
pub const TASK_ROLE_KEYS: &[&str] = &[
    "name",
    "taskNum",
    "command",
    "gpuNum",
    "cpuNum",
    "memoryMB",
    "image",
    "privateRegistryAuthPath",
    "frameworkControllerCompletionPolicy",
    "frameworkAttemptCompletionPolicy",
];
/// `sharedStorage` keys.
pub const SHARED_STORAGE_KEYS: &[&str] = &[
    "storageType",
    "nfsServer",
    "exportedDirectory",
    "localMountPoint",
    "remoteMountPoint",
    "localMounted",
    "storageAccountName",
    "storageAccountKey",
    "containerName",
];

/// Keys of `trial` for a platform (v2 name: `openpai` for v1's `pai`).
pub fn trial_keys(platform: &str) -> &'static [&'static str] {
    match platform {
        "openpai" => &[
            "command",
            "codeDir",
            "gpuNum",
            "cpuNum",
            "memoryMB",
            "image",
            "virtualCluster",
            "nniManagerNFSMountPath",
            "containerNFSMountPath",
            "paiStorageConfigName",
            "paiConfigPath",
            "authFile",
            "shmMB",
            "dataDir",
            "outputDir",
            "nasMode",
            "portList",
        ],
        "aml" => &["command", "codeDir", "gpuNum", "image"],
        "kubeflow" => &[
            "command", "codeDir", "gpuNum", "nasMode", "worker", "ps", "master",
        ],
        "frameworkcontroller" => &["command", "codeDir", "gpuNum", "nasMode", "taskRoles"],
        _ => &["command", "codeDir", "gpuNum", "nasMode"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_v1_file_reads_into_the_model() {
        let c = ExperimentConfigV1::from_yaml(
            "authorName: me\nexperimentName: x\ntrialConcurrency: 1\nmaxExecDuration: 1h\ntrainingServicePlatform: local\ntuner:\n  builtinTunerName: TPE\n  classArgs:\n    optimize_mode: maximize\ntrial:\n  command: python3 t.py\n  codeDir: .\n  gpuNum: 0\nlocalConfig:\n  useActiveGpu: false\n",
        )
        .expect("reads");
        assert_eq!(c.training_service_platform.as_deref(), Some("local"));
        assert_eq!(
            c.tuner.and_then(|t| t.builtin_tuner_name).as_deref(),
            Some("TPE")
        );
        assert!(ExperimentConfigV1::from_yaml("authorName: me\nfoo: 1\n").is_err());
    }

    #[test]
    fn key_lists_match_the_model() {
        let v = serde_json::to_value(ExperimentConfigV1::default()).expect("serializes");
        let keys: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
        for k in &keys {
            assert!(TOP_KEYS.contains(&k.as_str()), "{k}");
        }
        assert_eq!(keys.len(), TOP_KEYS.len());
        let v = serde_json::to_value(AlgorithmV1::default()).expect("serializes");
        assert_eq!(v.as_object().map(|o| o.len()), Some(ALGORITHM_KEYS.len()));
        let v = serde_json::to_value(MachineV1::default()).expect("serializes");
        assert_eq!(v.as_object().map(|o| o.len()), Some(MACHINE_KEYS.len()));
    }
}
