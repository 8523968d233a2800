//! Training services: hybrid mode, local GPUs, remote passwords, OpenPAI.

use super::Exp;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::model::exp_yml::{TrainingService, TrainingServiceConfig};
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;
use crate::source::{Node, Value};

const EXP: &[Kind] = &[Kind::ExpYml];

/// HPO321: hybrid mode without a top-level `nniManagerIp`.
pub static HYBRID_WITHOUT_NNI_MANAGER_IP: Rule = Rule {
    code: "HPO321",
    name: "hybrid-without-nni-manager-ip",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "a list of training services (hybrid mode) without a top-level `nniManagerIp`",
    description: "NNI 3.0 crashes on such a config with `AttributeError: 'list' object has no \
attribute 'platform'` while it looks for the manager's IP.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  - platform: local\n  - platform: local\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "nniManagerIp: 10.0.0.1\ntuner:\n  name: TPE\ntrainingService:\n  - platform: local\n  - platform: local\n"
        ),
    }],
};

/// HPO322: local GPUs without `useActiveGpu`.
pub static GPU_WITHOUT_USE_ACTIVE_GPU: Rule = Rule {
    code: "HPO322",
    name: "gpu-without-use-active-gpu",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`platform: local` with a positive `trialGpuNumber` but no `useActiveGpu`",
    description: "NNI 3.0 refuses to start: `LocalConfig: please set use_active_gpu to True if \
your system has GUI, or set it to False if the computer runs multiple experiments`. (A desktop's \
display keeps its GPU \"active\", so NNI would otherwise wait for it forever.)",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("trialGpuNumber: 1\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "trialGpuNumber: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n  useActiveGpu: false\n"
        ),
    }],
};

/// HPO323: several trials per GPU without GPUs.
pub static TRIALS_PER_GPU_WITHOUT_GPU: Rule = Rule {
    code: "HPO323",
    name: "trials-per-gpu-without-gpu",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`maxTrialNumberPerGpu` other than 1 while trials use no GPU",
    description: "`maxTrialNumberPerGpu` shares GPUs between trials; without `trialGpuNumber` (or \
with 0) trials get no GPU, so the setting has no effect and the config does not say what was \
meant. hpoconf is stricter than NNI here (SPEC.md §3).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: local\n  maxTrialNumberPerGpu: 2\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "trialGpuNumber: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n  useActiveGpu: false\n  maxTrialNumberPerGpu: 2\n"
        ),
    }],
};

/// HPO324: a remote machine's password in the file.
pub static PASSWORD_IN_FILE: Rule = Rule {
    code: "HPO324",
    name: "password-in-file",
    severity: Severity::Warning,
    fix: None,
    kinds: EXP,
    summary: "a remote machine's SSH `password` is written in the file",
    description: "NNI shows the whole config, password included, in its web UI, and the file ends \
up in version control. Use `sshKeyFile` instead. (With neither, NNI uses `~/.ssh/id_rsa` of the \
machine that runs it, which hpoconf cannot see: no finding.) The value is never printed.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: remote\n  machineList:\n    - host: 10.0.0.2\n      user: bob\n      password: \"hunter2\"\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: remote\n  machineList:\n    - host: 10.0.0.2\n      user: bob\n      sshKeyFile: ~/.ssh/id_rsa\n"
        ),
    }],
};

/// HPO325: OpenPAI without `trialGpuNumber`.
pub static OPENPAI_MISSING_GPU_NUMBER: Rule = Rule {
    code: "HPO325",
    name: "openpai-missing-gpu-number",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`platform: openpai` without `trialGpuNumber` (at the top level or in the training service)",
    description: "OpenPAI jobs must declare their GPUs; NNI refuses to start: `trial_gpu_number is \
not set`. Write `trialGpuNumber: 0` for CPU-only trials.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: bob\n  token: abc\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: confignfs\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: bob\n  token: abc\n  trialGpuNumber: 0\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: confignfs\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n"
        ),
    }],
};

/// HPO326: both `openpaiConfig` and `openpaiConfigFile`.
pub static OPENPAI_CONFIG_TWICE: Rule = Rule {
    code: "HPO326",
    name: "openpai-config-twice",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`openpaiConfig` and `openpaiConfigFile` are both set",
    description: "NNI refuses a config with both (`openpai_config and openpai_config_file can only \
be set one`). Keep one of them.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: bob\n  token: abc\n  trialGpuNumber: 0\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: confignfs\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n  openpaiConfig: {}\n  openpaiConfigFile: pai.yml\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: bob\n  token: abc\n  trialGpuNumber: 0\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: confignfs\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n  openpaiConfig: {}\n"
        ),
    }],
};

/// HPO327: an OpenPAI host without a scheme.
pub static HOST_WITHOUT_SCHEME: Rule = Rule {
    code: "HPO327",
    name: "host-without-scheme",
    severity: Severity::Info,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: EXP,
    summary: "the OpenPAI `host` has no scheme; NNI adds `https://`",
    description: "NNI connects to `https://<host>`. Write the scheme so that the file says which \
URL is used (and `http://` where the cluster has no TLS).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: pai.example.com\n  username: bob\n  token: abc\n  trialGpuNumber: 0\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: confignfs\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: TPE\ntrainingService:\n  platform: openpai\n  host: https://pai.example.com\n  username: bob\n  token: abc\n  trialGpuNumber: 0\n  trialCpuNumber: 1\n  trialMemorySize: 8gb\n  storageConfigName: confignfs\n  virtualCluster: default\n  localStorageMountPoint: .\n  containerStorageMountPoint: /mnt\n"
        ),
    }],
};

fn norm(s: &str) -> String {
    s.replace('_', "").to_ascii_lowercase()
}

/// The member of `node` whose key matches `canonical` as NNI matches keys.
fn child<'n>(node: &'n Node, canonical: &str) -> Option<&'n crate::source::Member> {
    let want = norm(canonical);
    node.as_object()?.iter().find(|m| norm(&m.key) == want)
}

pub(super) fn check(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    let c = &exp.config;
    if matches!(c.training_service, Some(TrainingServiceConfig::Many(_)))
        && c.nni_manager_ip.is_none()
    {
        out.push(
            Finding::new(
                &HYBRID_WITHOUT_NNI_MANAGER_IP,
                exp.top("trainingService"),
                "`trainingService` is a list (hybrid mode) but there is no top-level `nniManagerIp`; NNI crashes without one",
            )
            .at_key()
            .help("add `nniManagerIp: <the IP address of this machine, as the trial machines reach it>`"),
        );
    }
    for (ts, base) in exp.services() {
        let gpus = exp.gpu_number(ts);
        match ts {
            TrainingService::Local(l) => {
                if gpus.is_some_and(|g| g > 0) && l.use_active_gpu.is_none() {
                    out.push(
                        Finding::new(
                            &GPU_WITHOUT_USE_ACTIVE_GPU,
                            exp.ptr(&base),
                            format!(
                                "trials use {} GPU(s) on `platform: local`, but `useActiveGpu` is not set; NNI refuses to start",
                                gpus.unwrap_or_default()
                            ),
                        )
                        .at_key()
                        .help("add `useActiveGpu: true` if this machine has a desktop (GUI), else `useActiveGpu: false`"),
                    );
                }
                if let Some(n) = l.max_trial_number_per_gpu
                    && n != 1
                    && gpus.is_none_or(|g| g == 0)
                {
                    out.push(
                        Finding::new(
                            &TRIALS_PER_GPU_WITHOUT_GPU,
                            exp.ptr(&base.key("maxTrialNumberPerGpu")),
                            format!(
                                "`maxTrialNumberPerGpu` is {n}, but trials use no GPU (`trialGpuNumber` is {})",
                                gpus.map_or("not set".to_owned(), |g| g.to_string())
                            ),
                        )
                        .help("set `trialGpuNumber` to the GPUs each trial uses, or remove `maxTrialNumberPerGpu`"),
                    );
                }
            }
            TrainingService::Remote(_) => passwords(exp, &base, out),
            TrainingService::Openpai(o) => {
                if gpus.is_none() {
                    out.push(
                        Finding::new(
                            &OPENPAI_MISSING_GPU_NUMBER,
                            exp.ptr(&base),
                            "`platform: openpai` needs `trialGpuNumber`, which is set neither here nor at the top level",
                        )
                        .at_key()
                        .help("add `trialGpuNumber: 0` for CPU-only trials, or the GPUs each trial uses"),
                    );
                }
                if o.openpai_config.is_some() && o.openpai_config_file.is_some() {
                    out.push(
                        Finding::new(
                            &OPENPAI_CONFIG_TWICE,
                            exp.ptr(&base.key("openpaiConfigFile")),
                            "`openpaiConfig` and `openpaiConfigFile` are both set; expected one of them",
                        )
                        .at_key()
                        .help("keep either the inline `openpaiConfig` or the file"),
                    );
                }
                if let Some(h) = &o.host
                    && !h.contains("://")
                    && !h.trim().is_empty()
                {
                    out.push(
                        Finding::new(
                            &HOST_WITHOUT_SCHEME,
                            exp.ptr(&base.key("host")),
                            format!("the OpenPAI host `{h}` has no scheme; NNI connects to `https://{h}`"),
                        )
                        .help(format!("write `host: https://{h}` (or `http://` if that is meant)"))
                        .fix(crate::fix::Fix::set_value(
                            exp.ptr(&base.key("host")),
                            &format!("https://{}", h.trim()),
                        )),
                    );
                }
            }
            _ => {}
        }
    }
}

/// Passwords of remote machines, found in the tree (a machine that failed the shape check is
/// not in the typed model, but its password is still in the file).
fn passwords(exp: &Exp<'_, '_>, base: &NodePath, out: &mut Vec<Finding>) {
    let Some(ts) = exp.ptr(base).resolve(exp.ctx.root) else {
        return;
    };
    let Some(list) = child(ts, "machineList") else {
        return;
    };
    let Some(machines) = list.value.as_array() else {
        return;
    };
    let list_ptr = exp.ptr(base).key(&list.key);
    for (i, m) in machines.iter().enumerate() {
        let Some(pw) = child(m, "password") else {
            continue;
        };
        if !matches!(&pw.value.value, Value::String(s) if !s.is_empty()) {
            continue;
        }
        out.push(
            Finding::new(
                &PASSWORD_IN_FILE,
                list_ptr.index(i).key(&pw.key),
                "the SSH password of this machine is written in the file; NNI shows it in its web UI",
            )
            .at_key()
            .help("use `sshKeyFile` (an SSH key) instead of `password`"),
        );
    }
}
