//! Top-level fields of exp.yml that depend on each other or on the file system.

use std::path::Path;

use super::Exp;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::model::exp_yml::{
    Duration, ExperimentType, GpuIndices, LocalMounted, SharedStorage, TrainingService,
};
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::path::NodePath;
use crate::source::{Member, Node, Value};

const EXP: &[Kind] = &[Kind::ExpYml];

/// HPO301: `experimentType: nas`.
pub static NAS_OUT_OF_SCOPE: Rule = Rule {
    code: "HPO301",
    name: "nas-out-of-scope",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`experimentType: nas` (neural architecture search) is out of hpoconf's scope",
    description: "hpoconf and PAI HPO check hyperparameter-optimization experiments. A NAS \
experiment is configured from Python (NNI's Retiarii), not by this file's HPO fields, so none of \
the other rules would mean anything for it.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("experimentType: nas\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("experimentType: hpo\n"),
    }],
};

/// HPO302: both `searchSpace` and `searchSpaceFile`.
pub static SEARCH_SPACE_TWICE: Rule = Rule {
    code: "HPO302",
    name: "search-space-twice",
    severity: Severity::Warning,
    fix: None,
    kinds: EXP,
    summary: "both `searchSpace` and `searchSpaceFile` are set (NNI silently uses the file)",
    description: "NNI loads `searchSpaceFile` and ignores the inline `searchSpace` without a word, \
so edits to the inline space have no effect. Keep one of them.",
    bad: &[
        ExampleFile {
            name: "exp.yml",
            text: local_example!("searchSpaceFile: search_space.json\n"),
        },
        ExampleFile {
            name: "search_space.json",
            text: "{\"lr\": {\"_type\": \"uniform\", \"_value\": [0.1, 0.2]}}\n",
        },
    ],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!(),
    }],
};

/// HPO303: no search space and no annotations.
pub static MISSING_SEARCH_SPACE: Rule = Rule {
    code: "HPO303",
    name: "missing-search-space",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "neither `searchSpace` nor `searchSpaceFile` is set (and `useAnnotation` is not true)",
    description: "NNI refuses to start: `search_space and search_space_file must be set one` \
(unless the space is written as annotations in the trial code, `useAnnotation: true`).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!(),
    }],
};

/// HPO304: `useAnnotation: true` with a search space.
pub static ANNOTATION_WITH_SEARCH_SPACE: Rule = Rule {
    code: "HPO304",
    name: "annotation-with-search-space",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`useAnnotation: true` together with `searchSpace` or `searchSpaceFile`",
    description: "With annotations NNI generates the search space from the trial code; NNI \
rejects a config that also gives one.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("useAnnotation: true\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("useAnnotation: false\n"),
    }],
};

/// HPO305: no trial command (or an empty one).
pub static MISSING_TRIAL_COMMAND: Rule = Rule {
    code: "HPO305",
    name: "missing-trial-command",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`trialCommand` is missing (at the top level and in the training service) or empty",
    description: "`trialCommand` may stand at the top level or in each training service (NNI \
copies the top-level value into a training service that lacks it), so a schema cannot require \
it. Without one, NNI fails with `trial_command is not set`; an empty command runs nothing.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "searchSpace:\n  lr: {_type: uniform, _value: [0.1, 0.2]}\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n  trialCommand: python3 train.py\n",
    }],
};

/// HPO306: a path that must be a directory is not one.
pub static NOT_A_DIRECTORY: Rule = Rule {
    code: "HPO306",
    name: "not-a-directory",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`trialCodeDirectory`, an algorithm's `codeDirectory` or a local mount point is not a directory",
    description: "Relative paths resolve against the folder of the exp.yml, as NNI resolves them. \
NNI refuses to start: `trial_code_directory \"...\" is not a directory`. This is an environment \
check: it is made on the machine that runs hpoconf, and never for an exp.yml embedded in a \
GetHpoExperiment response.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("trialCodeDirectory: no_such_folder\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("trialCodeDirectory: .\n"),
    }],
};

/// HPO307: a duration of zero.
pub static ZERO_DURATION: Rule = Rule {
    code: "HPO307",
    name: "zero-duration",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`maxExperimentDuration` or `maxTrialDuration` is zero (`0h`)",
    description: "A limit of zero stops the experiment (or kills every trial) at once. NNI \
accepts it; it is never what was meant. Remove the key for no limit.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("maxExperimentDuration: 0h\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("maxExperimentDuration: 2h\n"),
    }],
};

/// HPO308: a GPU index listed twice.
pub static DUPLICATE_GPU_INDICES: Rule = Rule {
    code: "HPO308",
    name: "duplicate-gpu-indices",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "`tunerGpuIndices` or `gpuIndices` names a GPU twice (also in the `\"0,1\"` form)",
    description: "NNI counts each listed GPU as a slot, so a repeated index schedules two trials on \
one GPU while believing they have one each. Negative indices are reported by the shape check.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("tunerGpuIndices: \"0,1,0\"\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!("tunerGpuIndices: \"0,1\"\n"),
    }],
};

/// HPO309: no tuner.
pub static MISSING_TUNER: Rule = Rule {
    code: "HPO309",
    name: "missing-tuner",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "neither `tuner` nor (the deprecated) `advisor` is set",
    description: "Without a tuner NNI has nothing to generate hyperparameters with and refuses to \
start.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!("trainingService:\n  platform: local\n"),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!(),
    }],
};

/// HPO310: both `tuner` and `advisor`.
pub static TUNER_AND_ADVISOR: Rule = Rule {
    code: "HPO310",
    name: "tuner-and-advisor",
    severity: Severity::Error,
    fix: None,
    kinds: EXP,
    summary: "both `tuner` and `advisor` are set",
    description: "`advisor` is the old name of `tuner` (for Hyperband and BOHB); NNI cannot run \
two tuners. Keep `tuner`.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: local_example!(
            "advisor:\n  name: Hyperband\n  classArgs:\n    optimize_mode: maximize\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: local_example!(),
    }],
};

/// HPO311: `advisor` instead of `tuner`.
pub static DEPRECATED_ADVISOR: Rule = Rule {
    code: "HPO311",
    name: "deprecated-advisor",
    severity: Severity::Info,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: EXP,
    summary: "`advisor` is a deprecated alias of `tuner`",
    description: "Since NNI 2.x Hyperband and BOHB are tuners; `advisor` still works. Rename the \
key to `tuner`.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "advisor:\n  name: Hyperband\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: example!(
            "tuner:\n  name: Hyperband\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n"
        ),
    }],
};

/// The top-level member whose key is `canonical` in NNI's matching (case and `_` ignored).
pub(crate) fn member<'n>(root: &'n Node, canonical: &str) -> Option<&'n Member> {
    crate::source::keys::member(root, canonical)
}

/// Whether the top level sets `canonical` to something other than `null`.
fn is_set(root: &Node, canonical: &str) -> bool {
    member(root, canonical).is_some_and(|m| m.value.value != Value::Null)
}

pub(super) fn check(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    let c = &exp.config;
    let root = exp.ctx.root;

    if c.experiment_type == Some(ExperimentType::Nas) {
        out.push(
            Finding::new(
                &NAS_OUT_OF_SCOPE,
                exp.top("experimentType"),
                "`experimentType: nas` is neural architecture search, which hpoconf and PAI HPO do not check",
            )
            .help("configure NAS experiments from Python (NNI Retiarii); use `hpo` here"),
        );
    }

    search_space(exp, root, out);
    trial_command(exp, out);
    directories(exp, out);

    for (field, d) in [
        ("maxExperimentDuration", &c.max_experiment_duration),
        ("maxTrialDuration", &c.max_trial_duration),
    ] {
        if let Some(Duration::Text(t)) = d
            && d.as_ref().and_then(Duration::seconds) == Some(0.0)
        {
            out.push(
                Finding::new(
                    &ZERO_DURATION,
                    exp.top(field),
                    format!(
                        "`{}` is `{}`, a duration of zero; expected more than zero",
                        field,
                        t.trim()
                    ),
                )
                .help("remove the key for no limit, or give a positive duration such as `1h`"),
            );
        }
    }

    gpu_indices(
        exp,
        &NodePath::root().key("tunerGpuIndices"),
        c.tuner_gpu_indices.as_ref(),
        out,
    );
    for (ts, base) in exp.services() {
        match ts {
            TrainingService::Local(l) => {
                gpu_indices(exp, &base.key("gpuIndices"), l.gpu_indices.as_ref(), out);
            }
            TrainingService::Remote(r) => {
                // (the typed list lines up with the file's by index: [`Exp::services`])
                let machines = r.machine_list.as_deref().unwrap_or_default();
                for (i, m) in machines.iter().enumerate() {
                    let p = base.key("machineList").index(i).key("gpuIndices");
                    gpu_indices(exp, &p, m.gpu_indices.as_ref(), out);
                }
            }
            _ => {}
        }
    }

    let tuner = is_set(root, "tuner");
    let advisor = is_set(root, "advisor");
    if !tuner && !advisor {
        out.push(
            Finding::new(
                &MISSING_TUNER,
                NodePath::root(),
                "the experiment has no `tuner`; expected one, e.g. `tuner: {name: TPE}`",
            )
            .help("add `tuner:` with a built-in `name` (TPE, Random, GridSearch, Evolution, GP, PBT, ...)"),
        );
    } else if tuner && advisor {
        out.push(
            Finding::new(
                &TUNER_AND_ADVISOR,
                exp.top("advisor"),
                "both `tuner` and `advisor` are set; an experiment has one tuner",
            )
            .at_key()
            .help("remove `advisor` (the old name of `tuner`)"),
        );
    } else if advisor {
        out.push(
            Finding::new(
                &DEPRECATED_ADVISOR,
                exp.top("advisor"),
                "`advisor` is the deprecated name of `tuner`",
            )
            .at_key()
            .help("rename the key to `tuner`")
            .fix(crate::fix::Fix::rename_key(exp.top("advisor"), "tuner")),
        );
    }
}

fn search_space(exp: &Exp<'_, '_>, root: &Node, out: &mut Vec<Finding>) {
    let inline = is_set(root, "searchSpace");
    let file = is_set(root, "searchSpaceFile");
    let annotation = exp.config.use_annotation == Some(true);
    if annotation {
        for (set, field) in [(inline, "searchSpace"), (file, "searchSpaceFile")] {
            if set {
                out.push(
                    Finding::new(
                        &ANNOTATION_WITH_SEARCH_SPACE,
                        exp.top(field),
                        format!(
                            "`{}` is set although `useAnnotation` is true; annotations define the search space",
                            field
                        ),
                    )
                    .at_key()
                    .help(format!("remove `{}`, or set `useAnnotation: false`", field)),
                );
            }
        }
    } else if inline && file {
        out.push(
            Finding::new(
                &SEARCH_SPACE_TWICE,
                exp.top("searchSpace"),
                "both `searchSpace` and `searchSpaceFile` are set; NNI uses the file and ignores this inline space",
            )
            .at_key()
            .help("keep one of them"),
        );
    } else if !inline && !file {
        out.push(
            Finding::new(
                &MISSING_SEARCH_SPACE,
                NodePath::root(),
                "the experiment has no search space; expected `searchSpaceFile` or `searchSpace`",
            )
            .help("add `searchSpaceFile: search_space.json` (or `useAnnotation: true` if the trial code is annotated)"),
        );
    }
}

fn trial_command(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    let c = &exp.config;
    if c.trial_command.is_none() && is_set(exp.ctx.root, "trialCommand") {
        // Written, but of the wrong type: the shape check reports it; it is not missing.
        return;
    }
    let empty = |s: &str| s.trim().is_empty();
    if let Some(cmd) = &c.trial_command
        && empty(cmd)
    {
        out.push(
            Finding::new(
                &MISSING_TRIAL_COMMAND,
                exp.top("trialCommand"),
                "`trialCommand` is empty; expected the command that runs one trial",
            )
            .help("e.g. `python3 -m hpo_tools.core.utils.run --config=./trial.ini`"),
        );
    }
    let services = exp.services();
    if services.is_empty() {
        // No training service (the shape check reports it): only the top level counts.
        if c.trial_command.is_none() && !is_set(exp.ctx.root, "trainingService") {
            out.push(missing_command(&NodePath::root()));
        }
        return;
    }
    for (ts, base) in services {
        let own = ts.shortcuts().trial_command;
        if let Some(cmd) = own
            && empty(cmd)
        {
            out.push(
                Finding::new(
                    &MISSING_TRIAL_COMMAND,
                    exp.ptr(&base.key("trialCommand")),
                    "`trialCommand` is empty; expected the command that runs one trial",
                )
                .help("e.g. `python3 -m hpo_tools.core.utils.run --config=./trial.ini`"),
            );
        }
        // Kubeflow and FrameworkController run the roles' own commands: NNI 3.0 sets an
        // empty trial command for them (training_services/kubeflow.py).
        let role_commands = matches!(
            ts,
            crate::model::exp_yml::TrainingService::Kubeflow(_)
                | crate::model::exp_yml::TrainingService::Frameworkcontroller(_)
        );
        if c.effective_trial_command(ts).is_none() && !role_commands {
            let at = match (&c.training_service, base) {
                (Some(crate::model::exp_yml::TrainingServiceConfig::Many(_)), b) => b,
                _ => NodePath::root(),
            };
            out.push(missing_command(&exp.ptr(&at)));
        }
    }
}

fn missing_command(at: &NodePath) -> Finding {
    Finding::new(
        &MISSING_TRIAL_COMMAND,
        at,
        if at.is_empty() {
            "`trialCommand` is not set, at the top level or in the training service".to_owned()
        } else {
            "this training service has no `trialCommand`, and there is none at the top level"
                .to_owned()
        },
    )
    .help("add `trialCommand: python3 train.py` (the command that runs one trial)")
}

/// Reports `path` (written at canonical pointer `at`) when it is not a directory.
pub(super) fn directory(
    exp: &Exp<'_, '_>,
    at: &NodePath,
    field: &str,
    path: &str,
    out: &mut Vec<Finding>,
) {
    let Some(base) = exp.base_dir() else { return };
    let t = path.trim();
    if t.is_empty() || t.starts_with('~') || t.contains("${") {
        return;
    }
    let resolved = base.join(Path::new(t));
    if resolved.is_dir() {
        return;
    }
    let what = if resolved.exists() {
        "is not a directory"
    } else {
        "does not exist"
    };
    out.push(
        Finding::new(
            &NOT_A_DIRECTORY,
            exp.ptr(at),
            format!(
                "`{field}` is `{t}`, which {what}{}; expected a directory",
                if Path::new(t).is_absolute() {
                    ""
                } else {
                    " (relative to the folder of the exp.yml)"
                }
            ),
        )
        .help("create the directory, or correct the path"),
    );
}

fn directories(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    let c = &exp.config;
    if let Some(d) = &c.trial_code_directory {
        directory(
            exp,
            &NodePath::root().key("trialCodeDirectory"),
            "trialCodeDirectory",
            d,
            out,
        );
    }
    for (ts, base) in exp.services() {
        if let Some(d) = ts.shortcuts().trial_code_directory {
            directory(
                exp,
                &base.key("trialCodeDirectory"),
                "trialCodeDirectory",
                d,
                out,
            );
        }
        if let TrainingService::Openpai(o) = ts
            && let Some(d) = &o.local_storage_mount_point
        {
            directory(
                exp,
                &base.key("localStorageMountPoint"),
                "localStorageMountPoint",
                d,
                out,
            );
        }
    }
    let usermount = match &c.shared_storage {
        Some(SharedStorage::Nfs(n)) if n.local_mounted == Some(LocalMounted::Usermount) => {
            n.local_mount_point.as_deref()
        }
        Some(SharedStorage::AzureBlob(a)) if a.local_mounted == Some(LocalMounted::Usermount) => {
            a.local_mount_point.as_deref()
        }
        _ => None,
    };
    if let Some(d) = usermount {
        directory(
            exp,
            &NodePath::root().key("sharedStorage").key("localMountPoint"),
            "localMountPoint",
            d,
            out,
        );
    }
}

fn gpu_indices(exp: &Exp<'_, '_>, at: &NodePath, g: Option<&GpuIndices>, out: &mut Vec<Finding>) {
    let Some(list) = g.and_then(GpuIndices::indices) else {
        return;
    };
    let field = at.last_key().unwrap_or_default();
    let mut seen = Vec::new();
    for i in list {
        if i < 0 {
            out.push(
                Finding::new(
                    &DUPLICATE_GPU_INDICES,
                    exp.ptr(at),
                    format!("`{field}` has the negative index {i}; expected GPU indices from 0"),
                )
                .help("list each GPU once, by its index (`nvidia-smi` shows them)"),
            );
            return;
        }
        if seen.contains(&i) {
            out.push(
                Finding::new(
                    &DUPLICATE_GPU_INDICES,
                    exp.ptr(at),
                    format!("`{field}` lists GPU {i} twice; expected each GPU once"),
                )
                .help(format!("remove the second `{i}`")),
            );
            return;
        }
        seen.push(i);
    }
}
