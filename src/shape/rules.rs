//! Rules of shape: a document checked against its kind's JSON Schema (see [`crate::shape`]).

use crate::diagnostic::Severity;
use crate::finding::{ExampleFile, Rule};
use crate::kind::Kind;

const SHAPED: &[Kind] = &[
    Kind::ExpYml,
    Kind::TrialIni,
    Kind::HpoConfig,
    Kind::GetHpoExperiment,
];

/// HPO101: a value of the wrong type.
pub static INVALID_TYPE: Rule = Rule {
    code: "HPO101",
    name: "invalid-type",
    severity: Severity::Error,
    fix: None,
    kinds: SHAPED,
    summary: "a value of the wrong type (a string where an integer is expected, ...)",
    description: "NNI checks types when the experiment starts and raises `ValueError: ... type of x is \
not int`. Strings are never numbers (`\"2\"` is not 2), and booleans are never integers (NNI lets \
`true` through as 1; hpoconf does not).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: \"2\"\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 2\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO102: a required member is missing.
pub static MISSING_REQUIRED: Rule = Rule {
    code: "HPO102",
    name: "missing-required",
    severity: Severity::Error,
    fix: None,
    kinds: SHAPED,
    summary: "a required member is missing",
    description: "Reported at the object that lacks it (its key, when it has one).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO103: a key that the object does not have.
pub static UNKNOWN_KEY: Rule = Rule {
    code: "HPO103",
    name: "unknown-key",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SHAPED,
    summary: "a key the object does not have (with a did-you-mean suggestion)",
    description: "NNI rejects unknown keys (`ExperimentConfig does not have field(s) foobar`) only when \
the experiment starts. hpoconf suggests the nearest known key, and says where a key belongs when it \
is known elsewhere. In an HpoExperimentConfiguration, unknown members are warnings \
(`unknown-member`) for forward compatibility.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurency: 2\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 2\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO104: a value outside its enumeration.
pub static INVALID_ENUM_VALUE: Rule = Rule {
    code: "HPO104",
    name: "invalid-enum-value",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SHAPED,
    summary: "a value that is not one of the allowed values",
    description: "For example `logLevel`, `platform`, `optimize_mode`, `metric_type`. Values are \
case-sensitive where the platform compares them so.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\nlogLevel: warn\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\nlogLevel: warning\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO105: a number out of its range.
pub static OUT_OF_RANGE: Rule = Rule {
    code: "HPO105",
    name: "out-of-range",
    severity: Severity::Error,
    fix: None,
    kinds: SHAPED,
    summary: "a number outside its allowed range (or a list of the wrong length)",
    description: "NNI raises a bare `AssertionError` for `trialConcurrency: 0`; hpoconf says which \
value and which range.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 0\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO106: a string that does not have the required form.
pub static INVALID_FORMAT: Rule = Rule {
    code: "HPO106",
    name: "invalid-format",
    severity: Severity::Error,
    fix: None,
    kinds: SHAPED,
    summary: "a string that does not have the required form (duration, size, time, role ARN, ...)",
    description: "Durations are a number and a unit in d, h, m, s (`1.5h`); sizes a number and a unit \
in tb, gb, mb, kb, b; times `HH:MM`; role ARNs `acs:ram::<digits>:role/<name>`.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\nmaxExperimentDuration: 1 hour\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\nmaxExperimentDuration: 1h\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO107: an NNI v1 config (info: it is checked through its conversion to v2).
pub static NNI_V1_CONFIG: Rule = Rule {
    code: "HPO107",
    name: "nni-v1-config",
    severity: Severity::Info,
    fix: None,
    kinds: &[Kind::ExpYml],
    summary: "an NNI v1 experiment config (authorName, trainingServicePlatform, trial:), checked through its conversion to v2",
    description: "NNI 3.0 still runs v1 files: `nnictl create` converts them to v2 (`to_v2` in \
`nni/experiment/config/convert.py`) and validates the result. hpoconf does the same: it converts \
the file key by key and platform by platform, runs every v2 rule on the result, and reports each \
finding at the v1 key or value it came from, in the v1 file's words (`trial.gpuNum`, not \
`trialGpuNumber`). What the conversion refuses is HPO390, what it drops HPO391. This info, once at \
the top, says the format is deprecated: `hpoconf migrate FILE` prints the v2 file, `--write` \
replaces it. (Until 0.1, this rule was an error that stopped the check of a v1 file.)",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "authorName: me\ntrialConcurrency: 1\ntrainingServicePlatform: local\nsearchSpacePath: search_space.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 train.py\n  codeDir: .\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialConcurrency: 1\nsearchSpaceFile: search_space.json\ntrainingService:\n  platform: local\ntuner:\n  name: TPE\ntrialCommand: python3 train.py\ntrialCodeDirectory: .\n",
    }],
};

/// HPO108: a key spelled neither camelCase nor snake_case.
pub static KEY_SPELLING: Rule = Rule {
    code: "HPO108",
    name: "key-spelling",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: &[Kind::ExpYml],
    summary: "an exp.yml key spelled neither in camelCase nor in snake_case",
    description: "NNI matches keys ignoring case and underscores, so `TrialConcurrency` works, but no \
documentation, editor schema or search finds it. Write `trialConcurrency` (or `trial_concurrency`).",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\nTrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO109: one key written in two spellings.
pub static CONFLICTING_SPELLINGS: Rule = Rule {
    code: "HPO109",
    name: "conflicting-key-spellings",
    severity: Severity::Error,
    fix: None,
    kinds: &[Kind::ExpYml],
    summary: "the same exp.yml key written twice in two spellings",
    description: "`trialConcurrency` and `trial_concurrency` are one key to NNI, which silently keeps \
the later one. Reported at the second.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 1\ntrial_concurrency: 4\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\ntrialConcurrency: 4\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

/// HPO110: an unknown member where unknown members are tolerated.
pub static UNKNOWN_MEMBER: Rule = Rule {
    code: "HPO110",
    name: "unknown-member",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: &[Kind::HpoConfig, Kind::GetHpoExperiment],
    summary: "a member the API does not document (tolerated for forward compatibility)",
    description: "The PAI API may add members; hpoconf warns, with a did-you-mean suggestion, rather \
than failing.",
    bad: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"echo 1\"]}, \"metric_config\": {\"metric_type\": \"stdout\", \"metric_source\": [\"cmd1:auc=(\\\\d+)\"], \"metric_dict\": {\"auc\": 1}}, \"ouput_config\": {}}\n",
    }],
    good: &[ExampleFile {
        name: "hpo_config.json",
        text: "{\"platform_config\": {\"name\": \"Local\", \"cmd\": [\"echo 1\"]}, \"metric_config\": {\"metric_type\": \"stdout\", \"metric_source\": [\"cmd1:auc=(\\\\d+)\"], \"metric_dict\": {\"auc\": 1}}, \"output_config\": {}}\n",
    }],
};

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &INVALID_TYPE,
    &MISSING_REQUIRED,
    &UNKNOWN_KEY,
    &INVALID_ENUM_VALUE,
    &OUT_OF_RANGE,
    &INVALID_FORMAT,
    &NNI_V1_CONFIG,
    &KEY_SPELLING,
    &CONFLICTING_SPELLINGS,
    &UNKNOWN_MEMBER,
];
