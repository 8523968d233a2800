//! NNI v1 configs: reported once, naming the v2 keys, instead of a cascade of unknown keys.

use crate::rules::Finding;
use crate::rules::shape::NNI_V1_CONFIG;
use crate::source::{Node, pointer};

/// v1 key (top level, or under `trial`/`tuner`) -> its v2 spelling.
const V1_TO_V2: &[(&str, &str)] = &[
    ("authorName", "(removed; delete it)"),
    ("trainingServicePlatform", "trainingService.platform"),
    ("maxTrialNum", "maxTrialNumber"),
    ("searchSpacePath", "searchSpaceFile"),
    ("maxExecDuration", "maxExperimentDuration"),
    ("logDir", "experimentWorkingDirectory"),
    ("trial", "trialCommand, trialCodeDirectory, trialGpuNumber"),
    ("builtinTunerName", "name"),
    ("builtinAssessorName", "name"),
    ("builtinAdvisorName", "name"),
    (
        "codeDir",
        "trialCodeDirectory (trial.codeDir) or codeDirectory (custom algorithms)",
    ),
    ("command", "trialCommand"),
    ("gpuNum", "trialGpuNumber"),
    ("localConfig", "trainingService"),
    ("remoteConfig", "trainingService"),
    ("machineList", "trainingService.machineList"),
];

/// v1 keys that a v2 file may still hold, renamed one to one: (parent pointer, v1 key, v2 key).
const V1_RENAMES: &[(&str, &str, &str)] = &[
    ("", "maxTrialNum", "maxTrialNumber"),
    ("", "searchSpacePath", "searchSpaceFile"),
    ("", "maxExecDuration", "maxExperimentDuration"),
    ("", "logDir", "experimentWorkingDirectory"),
    ("/tuner", "builtinTunerName", "name"),
    ("/assessor", "builtinAssessorName", "name"),
    ("/advisor", "builtinAdvisorName", "name"),
];

/// A shape finding of an unknown key that is a v1 key of a v2 file: says so, with the rename
/// as its fix. Other findings are returned as they are.
pub fn v2_rename(mut f: Finding) -> Finding {
    if !std::ptr::eq(f.rule, &crate::rules::shape::UNKNOWN_KEY) {
        return f;
    }
    let Some((parent, last)) = f.pointer.rsplit_once('/') else {
        return f;
    };
    let key = pointer::unescape(last);
    if let Some((_, v1, v2)) = V1_RENAMES
        .iter()
        .find(|(p, k, _)| *p == parent && *k == key)
    {
        f.help = Some(format!("`{v1}` is the NNI v1 name of `{v2}`: rename it"));
        f.fix = Some(crate::fix::Fix::rename_key(f.pointer.clone(), v2));
    }
    f
}

/// Keys that only a v1 config has at its top level.
const V1_MARKERS: &[&str] = &["authorName", "trainingServicePlatform", "trial"];

/// If `root` is an NNI v1 config, the single finding that says so.
pub fn check(root: &Node) -> Option<Finding> {
    let members = root.as_object()?;
    let marker = members
        .iter()
        .find(|m| V1_MARKERS.contains(&m.key.as_str()))?;
    let mut present: Vec<String> = Vec::new();
    let mut visit = |key: &str| {
        if let Some((v1, v2)) = V1_TO_V2.iter().find(|(k, _)| *k == key) {
            let line = format!("`{v1}` -> `{v2}`");
            if !present.contains(&line) {
                present.push(line);
            }
        }
    };
    for m in members {
        visit(&m.key);
        if let Some(inner) = m.value.as_object() {
            for im in inner {
                visit(&im.key);
            }
        }
    }
    Some(
        Finding::new(
            &NNI_V1_CONFIG,
            pointer::push("", &marker.key),
            format!(
                "this is an NNI v1 experiment config (`{}`); NNI v2 and PAI read the v2 format",
                marker.key
            ),
        )
        .at_key()
        .help(format!("convert it to v2: {}", present.join(", "))),
    )
}
