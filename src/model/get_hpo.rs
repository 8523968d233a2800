//! A saved GetHpoExperiment response (SPEC.md §6).
//!
//! Lenient and lossless: the documented sample contradicts the documented types, and real
//! responses do the same, so every member whose type varies is an untagged enum that keeps
//! what was read, numbers stay as written, and unknown members are kept in `extra`:
//! serializing what was read gives back the same JSON value.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Error, HpoExperimentConfiguration, NumberOrString, RawSearchSpace, Scalar};

/// The response of `GET /api/automl/v1/hpo/experiment/{ExperimentId}`.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
#[schemars(title = "PAI AutoML GetHpoExperiment response")]
pub struct GetHpoExperimentResponse {
    /// The ID of the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(example = "3F190916-B3E5-5D1E-AD0C-35C0DF105F51")]
    pub request_id: Option<String>,
    /// The internal error code, when the call failed (`INVALID_INPUT_PARAMS`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The error message, when the call failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Why access was denied, when it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_denied_detail: Option<AccessDeniedDetail>,
    /// The ID of the experiment (`sX5O9Q8`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub experiment_id: Option<String>,
    /// The ID of the user who created the experiment: a string or a number, kept as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<NumberOrString>,
    /// The search space (search_space.json): a JSON string, or an object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search_space: Option<SearchSpaceField>,
    /// The name of the experiment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the experiment (an open set: `SUCCESS`, `RUNNING`, `FINISHED`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = [
        "CREATED", "RUNNING", "FINISHED", "FAILED", "EARLY_STOPPED", "USER_CANCELED",
        "SYS_CANCELED", "WAITING", "NO_MORE_TRIAL", "UNKNOWN", "SUCCESS",
        "INVALID_USER_OR_EXP", "EXECUTION_FAILURE"
    ]))]
    pub status: Option<String>,
    /// The type of the experiment: `1` (or `"1"`) for HPO.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_type: Option<NumberOrString>,
    /// The trial.ini, as text (may hold only some sections).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_ini: Option<String>,
    /// The exp.yml, as text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config_yml: Option<String>,
    /// When the experiment was created (`2024-01-01 08:30:11` or ISO `2023-03-31T10:29:30Z`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gmt_create_time: Option<String>,
    /// When the experiment was last updated (same formats as `GmtCreateTime`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gmt_modified_time: Option<String>,
    /// The workspace ID: a string or a number, kept as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<NumberOrString>,
    /// Who can see the experiment: `PRIVATE` (you and the workspace administrators) or
    /// `PUBLIC` (the whole workspace). Other values are kept as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("examples" = ["PRIVATE", "PUBLIC"]))]
    pub accessibility: Option<String>,
    /// The description of the experiment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// How many trials the experiment has generated: a number or a string, kept as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial_count: Option<NumberOrString>,
    /// Trial state (`RUNNING`, `FINISHED`, ...) -> how many trials are in it. Counts are
    /// numbers or strings, kept as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial_status: Option<IndexMap<String, NumberOrString>>,
    /// The configuration of the experiment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hpo_experiment_configuration: Option<HpoExperimentConfiguration>,
    /// Whether the experiment is deleted: a boolean, or `0`/`1` as a number or a string, kept
    /// as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Scalar>,
    /// The user-defined tags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// Members hpoconf does not know, kept as read (the linter warns about them).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `SearchSpace`: the search space as a JSON string (kept verbatim), or as an object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum SearchSpaceField {
    /// The search space as JSON text, kept verbatim (checked as an embedded document).
    Text(String),
    /// The search space as an object.
    Object(RawSearchSpace),
}

impl SearchSpaceField {
    /// The search space as a JSON object, if it is one or the text parses as one.
    pub fn to_raw(&self) -> Result<RawSearchSpace, Error> {
        match self {
            SearchSpaceField::Object(o) => Ok(o.clone()),
            SearchSpaceField::Text(t) => super::json_from_str(t),
        }
    }
}

/// `AccessDeniedDetail`: why access was denied.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct AccessDeniedDetail {
    /// The kind of principal (`sub`: a RAM user).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_principal_type: Option<String>,
    /// The kind of policy that denied access (`AccountLevelIdentityBasedPolicy`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<String>,
    /// Why there is no permission (`NoPermission`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_permission_type: Option<String>,
    /// Members hpoconf does not know, kept as read.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A user-defined tag.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// The tag's key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The tag's value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members hpoconf does not know, kept as read.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl GetHpoExperimentResponse {
    /// Reads a response from JSON text.
    pub fn from_json(text: &str) -> Result<GetHpoExperimentResponse, Error> {
        super::json_from_str(text)
    }

    /// Reads a response from a JSON value.
    pub fn from_value(value: Value) -> Result<GetHpoExperimentResponse, Error> {
        super::from_json_value(value)
    }

    /// Writes the response as pretty JSON.
    pub fn to_json(&self) -> String {
        super::json_to_string(self)
    }
}

/// `Debug` without secrets (SPEC.md §4): secret members are masked, and so are the secrets in
/// the embedded `ConfigIni` and `ConfigYml` texts.
impl std::fmt::Debug for GetHpoExperimentResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut json = serde_json::to_value(self).unwrap_or(Value::Null);
        crate::secrets::mask_json(&mut json);
        if let Value::Object(map) = &mut json {
            for (key, format) in [
                ("ConfigIni", crate::kind::Format::Ini),
                ("ConfigYml", crate::kind::Format::Yaml),
            ] {
                if let Some(Value::String(text)) = map.get_mut(key) {
                    // the embedded document's own secret positions
                    let parsed = crate::source::parse(format, text);
                    *text = crate::source::secrets::mask_spans(text, &parsed.secrets).into_owned();
                }
            }
        }
        write!(f, "GetHpoExperimentResponse {json}")
    }
}
