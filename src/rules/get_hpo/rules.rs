//! The descriptors of the GetHpoExperiment response rules (HPO6xx).

use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Rule};

const R: &str = "response.json";
const KINDS: &[Kind] = &[Kind::GetHpoExperiment];

macro_rules! example {
    ($body:expr) => {
        &[ExampleFile {
            name: R,
            text: concat!(
                "{\"RequestId\": \"3F19\", \"ExperimentId\": \"sX5O9Q8\", ",
                $body,
                "}\n"
            ),
        }]
    };
}

/// HPO601: Accessibility other than PRIVATE or PUBLIC.
pub static INVALID_ACCESSIBILITY: Rule = Rule {
    code: "HPO601",
    name: "invalid-accessibility",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: KINDS,
    summary: "Accessibility is not `PRIVATE` or `PUBLIC`",
    description: "The API documents two values, upper case. A response carrying another value was \
edited by hand or comes from another API version; sent back in an Update request, the service \
rejects it.",
    bad: example!("\"Accessibility\": \"private\""),
    good: example!("\"Accessibility\": \"PRIVATE\""),
};

/// HPO602: Status outside the documented values.
pub static UNKNOWN_STATUS: Rule = Rule {
    code: "HPO602",
    name: "unknown-status",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: KINDS,
    summary: "Status is none of the documented experiment states",
    description: "Status is an open set: GetHpoExperiment documents INVALID_USER_OR_EXP, SUCCESS and \
EXECUTION_FAILURE, the list APIs CREATED, RUNNING, FINISHED, FAILED, EARLY_STOPPED, USER_CANCELED, \
SYS_CANCELED, WAITING, NO_MORE_TRIAL and UNKNOWN. Another value is a warning (a program that \
switches on the status misses it), with the nearest known value when it looks like a typo.",
    bad: example!("\"Status\": \"RUNING\""),
    good: example!("\"Status\": \"RUNNING\""),
};

/// HPO603: a TrialStatus key that is not a trial state.
pub static UNKNOWN_TRIAL_STATE: Rule = Rule {
    code: "HPO603",
    name: "unknown-trial-state",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: KINDS,
    summary: "a TrialStatus key is not a trial state",
    description: "Trial states are UNKNOWN, RUNNING, WAITING, EARLY_STOPPED, SUCCEEDED, FINISHED, \
FAILED, USER_CANCELED and SYS_CANCELED.",
    bad: example!("\"TrialStatus\": {\"FINISHD\": 1}"),
    good: example!("\"TrialStatus\": {\"FINISHED\": 1}"),
};

/// HPO604: a time that is neither `2024-01-01 08:30:11` nor ISO 8601.
pub static INVALID_TIMESTAMP: Rule = Rule {
    code: "HPO604",
    name: "invalid-timestamp",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "GmtCreateTime or GmtModifiedTime is not a valid time",
    description: "The service writes `2024-01-01 08:30:11` (the documentation) or ISO 8601 \
`2023-03-31T10:29:30Z` (real responses, with optional fraction and offset). Another text, or an \
impossible date (`2024-02-30`), is a warning: the response is read, not sent back, but a program \
that parses the time fails.",
    bad: example!("\"GmtCreateTime\": \"2024-13-01 08:30:11\""),
    good: example!("\"GmtCreateTime\": \"2024-12-01 08:30:11\""),
};

/// HPO605: a TrialStatus value that is not a count.
pub static TRIAL_STATUS_NOT_A_COUNT: Rule = Rule {
    code: "HPO605",
    name: "trial-status-not-a-count",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "a TrialStatus value is not a count of trials",
    description: "TrialStatus maps a trial state to a number of trials (a number, or a string of \
digits). The documented sample has `{\"key\": \"{‘FINISHED':1, 'RUNNING':2}\"}`, a dict written \
into a string; the model keeps such a value as it was read.",
    bad: example!("\"TrialStatus\": {\"FINISHED\": \"one\"}"),
    good: example!("\"TrialStatus\": {\"FINISHED\": \"1\"}"),
};

/// HPO606: TrialStatus counts sum to more than TrialCount.
pub static TRIAL_STATUS_EXCEEDS_COUNT: Rule = Rule {
    code: "HPO606",
    name: "trial-status-exceeds-count",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "the TrialStatus counts add up to more than TrialCount",
    description: "Every trial is in one state, so the counts cannot add up to more than the number \
of trials. Less is possible (states the response leaves out).",
    bad: example!("\"TrialCount\": 3, \"TrialStatus\": {\"FINISHED\": 2, \"RUNNING\": 2}"),
    good: example!("\"TrialCount\": 4, \"TrialStatus\": {\"FINISHED\": 2, \"RUNNING\": 2}"),
};

/// HPO607: modified before created.
pub static MODIFIED_BEFORE_CREATED: Rule = Rule {
    code: "HPO607",
    name: "modified-before-created",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "GmtModifiedTime is earlier than GmtCreateTime",
    description: "An experiment cannot change before it exists. Compared only when both times are \
in the same notation (the documentation's form carries no time zone).",
    bad: example!(
        "\"GmtCreateTime\": \"2024-01-02 08:30:11\", \"GmtModifiedTime\": \"2024-01-01 08:30:11\""
    ),
    good: example!(
        "\"GmtCreateTime\": \"2024-01-01 08:30:11\", \"GmtModifiedTime\": \"2024-01-02 08:30:11\""
    ),
};

/// HPO608: ConfigYml and yml_config disagree.
pub static CONFIG_YML_DISAGREES: Rule = Rule {
    code: "HPO608",
    name: "config-yml-disagrees",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "ConfigYml and HpoExperimentConfiguration.yml_config give a setting different values",
    description: "Both describe the same experiment (`yml_config` maps one to one onto exp.yml, \
`class_args` to `classArgs`), so which one ran is unclear. One warning per differing setting, at the \
setting inside the ConfigYml string; a setting of yml_config that ConfigYml lacks is reported at \
yml_config. Settings only ConfigYml has (searchSpaceFile, trainingService, trialCommand: the service \
adds them) are not compared. The documented sample differs (maxTrialNumber 10 vs 5).",
    bad: example!(
        "\"ConfigYml\": \"maxTrialNumber: 10\\ntrialConcurrency: 2\", \"HpoExperimentConfiguration\": {\"yml_config\": {\"max_trial_number\": 5}}"
    ),
    good: example!(
        "\"ConfigYml\": \"maxTrialNumber: 5\\ntrialConcurrency: 2\", \"HpoExperimentConfiguration\": {\"yml_config\": {\"max_trial_number\": 5}}"
    ),
};

/// HPO609: SearchSpace and search_space disagree.
pub static SEARCH_SPACE_DISAGREES: Rule = Rule {
    code: "HPO609",
    name: "search-space-disagrees",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "SearchSpace and HpoExperimentConfiguration.search_space define different parameters",
    description: "Both are the experiment's search space. Different parameter names are one \
warning at SearchSpace; a parameter in both with a different domain is a warning at that parameter \
in SearchSpace. The documented sample differs (`${centerCount}`, `${distanceType}` vs \
`${max_depth}`, `${tree_count}`).",
    bad: example!(
        "\"SearchSpace\": \"{\\\"${a}\\\": {\\\"_type\\\": \\\"choice\\\", \\\"_value\\\": [1, 2]}}\", \"HpoExperimentConfiguration\": {\"search_space\": {\"${b}\": {\"_type\": \"choice\", \"_value\": [1, 2]}}}"
    ),
    good: example!(
        "\"SearchSpace\": \"{\\\"${a}\\\": {\\\"_type\\\": \\\"choice\\\", \\\"_value\\\": [1, 2]}}\", \"HpoExperimentConfiguration\": {\"search_space\": {\"${a}\": {\"_type\": \"choice\", \"_value\": [1, 2]}}}"
    ),
};

/// HPO610: ConfigYml names a file the response does not carry.
pub static EMBEDDED_FILE_MISSING: Rule = Rule {
    code: "HPO610",
    name: "embedded-file-missing",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "ConfigYml names a search space or trial.ini that the response does not carry",
    description: "In a response, ConfigYml's `searchSpaceFile` is the response's `SearchSpace` (or \
`HpoExperimentConfiguration.search_space`), and `--config=` in its trialCommand is `ConfigIni` (or \
the HpoExperimentConfiguration's sections): hpoconf never looks for them on disk. When neither is \
there, the response does not describe the whole experiment.",
    bad: example!("\"ConfigYml\": \"searchSpaceFile: search_space.json\\ntrialConcurrency: 1\""),
    good: example!(
        "\"ConfigYml\": \"searchSpaceFile: search_space.json\\ntrialConcurrency: 1\", \"SearchSpace\": {\"${a}\": {\"_type\": \"choice\", \"_value\": [1, 2]}}"
    ),
};

/// The rules of the response module.
pub static RULES: &[&Rule] = &[
    &INVALID_ACCESSIBILITY,
    &UNKNOWN_STATUS,
    &UNKNOWN_TRIAL_STATE,
    &INVALID_TIMESTAMP,
    &TRIAL_STATUS_NOT_A_COUNT,
    &TRIAL_STATUS_EXCEEDS_COUNT,
    &MODIFIED_BEFORE_CREATED,
    &CONFIG_YML_DISAGREES,
    &SEARCH_SPACE_DISAGREES,
    &EMBEDDED_FILE_MISSING,
];
