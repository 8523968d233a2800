//! NNI v1 configs: converted to v2 as NNI 3.0 does ([`crate::convert`]) and checked as v2.
//! Here: the note that the file is v1 (HPO107, info), what the conversion refuses (HPO390) and
//! what it drops (HPO391). The v2 rules then run on the converted tree.

use crate::convert::{self, Converted, NoteKind};
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::shape::NNI_V1_CONFIG;
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::Node;

/// HPO390: NNI 3.0 cannot convert the v1 config.
pub static V1_NOT_CONVERTIBLE: Rule = Rule {
    code: "HPO390",
    name: "v1-not-convertible",
    severity: Severity::Error,
    fix: None,
    kinds: &[Kind::ExpYml],
    summary: "an NNI v1 config that NNI 3.0's conversion to v2 refuses",
    description: "`nnictl create` of NNI 3.0 converts a v1 config with `to_v2` \
(`nni/experiment/config/convert.py`) and stops, with only \"You are using legacy config format \
with incorrect fields or values\", when that raises: a platform it does not convert (`adl`, \
`dlts`, `hybrid`, `paiYarn`, a typo), `multiPhase: true`, a section that is not a mapping, a key \
it reads without a default (`machineList` for remote, `paiConfig`, `kubeflowConfig`, \
`frameworkcontrollerConfig`, `nfs.server`, a custom tuner's `codeDir`/`classFileName`/\
`className`, a kubeflow role without `trial.codeDir`, a frameworkcontroller task role without \
`frameworkAttemptCompletionPolicy`), a `classFileName` not ending in `.py`. hpoconf reports each \
at the v1 key, and checks nothing else of the file (the conversion has no result). Also reported \
here: what the conversion makes of a key in a way NNI 3.0 then refuses (a remote machine's \
`passphrase`, kept under its v1 name, which v2 does not know).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "authorName: me\ntrialConcurrency: 1\ntrainingServicePlatform: remote\nsearchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 train.py\n  codeDir: .\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "authorName: me\ntrialConcurrency: 1\ntrainingServicePlatform: remote\nsearchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 train.py\n  codeDir: .\nmachineList:\n  - ip: 10.0.0.2\n    username: me\n    sshKeyPath: ~/.ssh/id_rsa\n",
    }],
};

/// HPO391: a v1 key the conversion drops.
pub static V1_KEY_DROPPED: Rule = Rule {
    code: "HPO391",
    name: "v1-key-dropped",
    severity: Severity::Warning,
    fix: None,
    kinds: &[Kind::ExpYml],
    summary: "a key of an NNI v1 config that NNI 3.0's conversion ignores",
    description: "NNI 3.0's `to_v2` drops some v1 keys with a log line (`authorName`, \
`description`, `multiThread`, `versionCheck`, `logCollection`, `includeIntermediateResults`, \
`nasMode`, `paiConfig.password`, ...) and ignores, with \"not fully converted\", every key it \
does not know, misspelled ones included: the experiment runs without them. Also reported: a \
kubeflow or frameworkcontroller config with `reuse: false`, which `nnictl create` does not \
convert but starts with its legacy launcher. Reported at the key, with a suggestion for a \
misspelling.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialConcurrency: 1\ntrainingServicePlatform: local\nsearchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 train.py\n  codeDir: .\n  gpuNumber: 0\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialConcurrency: 1\ntrainingServicePlatform: local\nsearchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 train.py\n  codeDir: .\n  gpuNum: 0\n",
    }],
};
/// v1 keys that a v2 file may still hold, renamed one to one: (parent pointer, v1 key, v2 key).
const V1_RENAMES: &[(&[&str], &str, &str)] = &[
    (&[], "maxTrialNum", "maxTrialNumber"),
    (&[], "searchSpacePath", "searchSpaceFile"),
    (&[], "maxExecDuration", "maxExperimentDuration"),
    (&[], "logDir", "experimentWorkingDirectory"),
    (&["tuner"], "builtinTunerName", "name"),
    (&["assessor"], "builtinAssessorName", "name"),
    (&["advisor"], "builtinAdvisorName", "name"),
];

/// A shape finding of an unknown key that is a v1 key of a v2 file: says so, with the rename
/// as its fix. Other findings are returned as they are.
pub fn v2_rename(mut f: Finding) -> Finding {
    if !std::ptr::eq(f.rule, &crate::rules::shape::UNKNOWN_KEY) {
        return f;
    }
    let (Some(parent), Some(key)) = (f.path.parent(), f.path.last_key()) else {
        return f;
    };
    if let Some((_, v1, v2)) = V1_RENAMES
        .iter()
        .find(|(p, k, _)| parent.is_keys(p) && *k == key)
    {
        f.help = Some(format!("`{v1}` is the NNI v1 name of `{v2}`: rename it"));
        f.fix = Some(crate::fix::Fix::rename_key(f.path.clone(), v2));
    }
    f
}

/// The findings of the conversion of a v1 config: the info that it is v1, then each
/// refusal (error) and dropped key (warning).
pub fn check(root: &Node, conv: &Converted, out: &mut Vec<Finding>) {
    if let Some((ptr, span)) = convert::marker(root) {
        let message = if conv.refused() {
            "this is an NNI v1 experiment config, which NNI 3.0 converts to v2 when it starts it; \
             the conversion fails here (see the errors)"
        } else {
            "this is an NNI v1 experiment config (deprecated): NNI 3.0 converts it to v2 when it \
             starts it, and hpoconf checks the conversion"
        };
        let help = if conv.refused() {
            "fix the errors, then `hpoconf migrate FILE --write` writes the v2 file"
        } else {
            "`hpoconf migrate FILE --write` writes the v2 file"
        };
        out.push(
            Finding::new(&NNI_V1_CONFIG, ptr, message)
                .at_key()
                .span(span)
                .help(help),
        );
    }
    for n in &conv.notes {
        let rule = match n.kind {
            NoteKind::Refused | NoteKind::Invalid => &V1_NOT_CONVERTIBLE,
            NoteKind::Dropped => &V1_KEY_DROPPED,
        };
        out.push(
            Finding::new(rule, &n.pointer, n.message.clone())
                .span(n.span)
                .help_opt(n.help.clone()),
        );
    }
}
