//! Typed serde models of the five document kinds, with parse and serialize functions.
//!
//! | kind | model | parse | serialize |
//! | --- | --- | --- | --- |
//! | `exp-yml` | [`ExperimentConfig`] | [`ExperimentConfig::from_yaml`] | [`ExperimentConfig::to_yaml`] |
//! | `search-space` | [`SearchSpace`] / [`Domain`] | [`SearchSpace::from_json`] | [`SearchSpace::to_json`] |
//! | `trial-ini` | [`TrialIni`] | [`TrialIni::from_ini`] | [`TrialIni::to_ini`] |
//! | `hpo-config` | [`HpoExperimentConfiguration`] | [`HpoExperimentConfiguration::from_json`] | [`HpoExperimentConfiguration::to_json`] |
//! | `get-hpo-experiment` | [`GetHpoExperimentResponse`] | [`GetHpoExperimentResponse::from_json`] | [`GetHpoExperimentResponse::to_json`] |
//!
//! Design decisions that rule writers rely on:
//!
//! - **Presence is checked by the schema, not by the model.** Every member that the platform
//!   requires (`trialConcurrency`, `trainingService`, a remote machine's `host`, ...) is an
//!   `Option` in the model and `required` in the JSON Schema ([`crate::schema`]). A document
//!   missing a required member still builds a model, so the semantic rules still run; the
//!   shape checker reports the missing member. The only members the model itself requires are
//!   the tags that select a variant (`platform`, `storageType`, `_type`/`_value`).
//! - **Types are checked by both**: the validation schema accepts exactly what the model
//!   accepts, so the shape checker's cleaned value (failing members removed) always builds a
//!   model.
//! - **Inline search spaces are kept raw** ([`RawSearchSpace`]: a JSON object) in exp.yml
//!   (`searchSpace`) and in the HpoExperimentConfiguration (`search_space`), so that a typo in
//!   one domain does not stop the whole config from building. [`RawSearchSpace::parse`] gives
//!   the typed [`SearchSpace`]. The editor schemas describe them fully; the validation schemas
//!   only require an object (the search-space rules check the content).
//! - **Numbers are kept as written** ([`serde_json::Number`]) wherever a document may hold
//!   either an integer or a float, so `5` stays `5` and `5.0` stays `5.0`.
//! - **Lenient scalars** of the PAI API are untagged enums that keep what was read:
//!   [`IntOrString`], [`BoolOrString`], [`NumberOrString`], [`Scalar`].
//! - **Unknown members** of HpoExperimentConfiguration and GetHpoExperiment objects are kept in
//!   an `extra` map (so a round trip is lossless); exp.yml and trial.ini objects reject them.

pub mod exp_yml;
pub mod exp_yml_v1;
pub mod get_hpo;
pub mod hpo_config;
pub mod search_space;
pub mod trial_ini;

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use exp_yml::{
    Algorithm, AmlConfig, DlcConfig, Duration, ExperimentConfig, ExperimentType,
    FrameworkAttemptCompletionPolicy, FrameworkControllerConfig, FrameworkControllerTaskRole,
    GpuIndices, K8sAzureStorage, K8sNfsStorage, K8sStorage, KubeflowConfig, KubeflowRole,
    LocalConfig, LocalMounted, LogLevel, OpenpaiConfig, RemoteConfig, RemoteMachine, SharedStorage,
    SharedStorageAzureBlob, SharedStorageNfs, Shortcuts, Size, TrainingService,
    TrainingServiceConfig,
};
pub use get_hpo::{AccessDeniedDetail, GetHpoExperimentResponse, SearchSpaceField, Tag};
pub use hpo_config::HpoExperimentConfiguration;
pub use search_space::{ChoiceOption, Domain, NestedSpace, RawSearchSpace, SearchSpace};
pub use trial_ini::TrialIni;

/// A document that could not be read into its model.
///
/// `line` and `column` are 1-based (columns count Unicode characters for YAML and bytes for
/// JSON, as the underlying parsers do); `0` means the position is unknown (e.g. a type error
/// found after an INI file was read into a tree).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
pub struct Error {
    /// What went wrong, in one sentence.
    pub message: String,
    /// 1-based line, or 0 when unknown.
    pub line: usize,
    /// 1-based column, or 0 when unknown.
    pub column: usize,
}

impl Error {
    /// An error without a known position.
    pub fn unlocated(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            line: 0,
            column: 0,
        }
    }

    /// From a serde_json error (position of the error when reading text; unknown for
    /// `from_value`).
    pub fn from_json(e: serde_json::Error) -> Error {
        let line = e.line();
        let column = if line == 0 { 0 } else { e.column().max(1) };
        let mut message = e.to_string();
        // serde_json appends " at line L column C"; the position is in the fields.
        if let Some(i) = message.rfind(" at line ") {
            message.truncate(i);
        }
        Error {
            message,
            line,
            column,
        }
    }

    /// From a serde-saphyr deserialization error.
    pub fn from_yaml(e: serde_saphyr::Error) -> Error {
        let (line, column) = e
            .location()
            .map(|l| {
                (
                    usize::try_from(l.line()).unwrap_or(usize::MAX),
                    usize::try_from(l.column()).unwrap_or(usize::MAX),
                )
            })
            .unwrap_or((0, 0));
        Error {
            message: e.to_string(),
            line,
            column,
        }
    }
}

impl Error {
    /// The error with every secret of `text` read as `format` (SPEC.md §4: the positions the
    /// source layer finds) replaced by `***`: serde quotes the values it rejects
    /// (`invalid type: integer `12345``).
    pub(crate) fn hiding_secrets_of_text(self, format: crate::kind::Format, text: &str) -> Error {
        self.hiding_secrets(&crate::secrets::values_of_text(format, text))
    }

    /// The error with every secret of `secrets` replaced by `***`, and every quoted value that
    /// is part of one (serde quotes `311555` of a malformed `311555x`).
    pub(crate) fn hiding_secrets(mut self, secrets: &crate::secrets::Values) -> Error {
        if secrets.is_empty() {
            return self;
        }
        let scrubbed = secrets.mask(&self.message);
        let all = secrets.as_slice();
        self.message = scrubbed
            .split('`')
            .enumerate()
            .map(|(i, part)| {
                let inside = i % 2 == 1;
                if inside && part.chars().count() >= 4 && all.iter().any(|s| s.contains(part)) {
                    crate::secrets::MASK
                } else {
                    part
                }
            })
            .collect::<Vec<_>>()
            .join("`");
        self
    }
}

/// Reads `value` into `T`, with secrets kept out of the error.
pub(crate) fn from_json_value<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> Result<T, Error> {
    let secrets = crate::secrets::values_of_json(&value);
    serde_json::from_value(value).map_err(|e| Error::from_json(e).hiding_secrets(&secrets))
}

/// Writes `value`'s `Debug` as its JSON with every secret member (SPEC.md §4) shown as `***`:
/// the `Debug` of the models that hold secrets.
pub(crate) fn write_masked_debug<T: Serialize>(
    name: &str,
    value: &T,
    f: &mut std::fmt::Formatter<'_>,
) -> std::fmt::Result {
    let mut json = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    crate::secrets::mask_json(&mut json);
    write!(f, "{name} {json}")
}

/// Implements `Debug` through [`write_masked_debug`].
macro_rules! masked_debug {
    ($name:ident) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                $crate::model::write_masked_debug(stringify!($name), self, f)
            }
        }
    };
}
pub(crate) use masked_debug;

/// Parses JSON text into `T`. The text is read first by the span-aware reader that `check`
/// uses, so a model refuses what check reports as a syntax error (a duplicate key, which
/// serde_json would silently resolve to the last value), at the same position.
pub(crate) fn json_from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Error> {
    syntax_errors(crate::kind::Format::Json, text)
        .map_err(|e| e.hiding_secrets_of_text(crate::kind::Format::Json, text))?;
    serde_json::from_str(text)
        .map_err(|e| Error::from_json(e).hiding_secrets_of_text(crate::kind::Format::Json, text))
}

/// The first syntax problem of `text` as `format` (the readers of [`crate::source`], as
/// `check` reads it), as a located error.
pub(crate) fn syntax_errors(format: crate::kind::Format, text: &str) -> Result<(), Error> {
    let parsed = crate::source::parse(format, text);
    match parsed.problems.first() {
        Some(p) => {
            let lines = crate::source::LineIndex::new(text);
            let (line, column) = lines.position(text, p.span.start());
            Err(Error {
                message: p.message.clone(),
                line,
                column,
            })
        }
        None => Ok(()),
    }
}

/// Serializes `value` as pretty JSON (two-space indent). The models hold only strings, finite
/// numbers, booleans, maps and lists, so this cannot fail; an impossible failure gives `null`.
pub(crate) fn json_to_string<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".to_owned())
}

/// An integer, or a string the PAI API accepts in its place (`resume: "1"`). Kept as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum IntOrString {
    /// An integer.
    Int(i64),
    /// A string (the API's loose form of the integer, e.g. `"1"`).
    String(String),
}

/// A boolean, or a string the PAI API accepts in its place (`is_at_all: "False"`). Kept as
/// read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum BoolOrString {
    /// A boolean.
    Bool(bool),
    /// A string (the API's loose form, e.g. `"true"`, `"False"`, `"1"`).
    String(String),
}

/// A number (integer or float, kept as written), or a string in its place. Kept as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum NumberOrString {
    /// A number, exactly as written (`123456789` stays an integer).
    Number(serde_json::Number),
    /// A string.
    String(String),
}

impl NumberOrString {
    /// The value as `f64`: the number, or the string parsed as a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            NumberOrString::Number(n) => n.as_f64(),
            NumberOrString::String(s) => s.trim().parse().ok(),
        }
    }
}

/// A boolean, a number or a string (e.g. `Deleted`: `true`, `0` or `"1"`). Kept as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Scalar {
    /// A boolean.
    Bool(bool),
    /// A number, exactly as written.
    Number(serde_json::Number),
    /// A string.
    String(String),
}

/// The name of a schema for a type, for manual `JsonSchema` implementations.
pub(crate) fn schema_name(name: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_are_located_and_1_based() {
        let e = SearchSpace::from_json("{\n  \"x\": 1\n}").unwrap_err();
        assert_eq!((e.line, e.column > 0), (2, true), "{e}");
        assert!(!e.message.contains(" at line "), "{e}");
        let e = SearchSpace::from_value(serde_json::json!({"x": 1})).unwrap_err();
        assert_eq!((e.line, e.column), (0, 0));
    }

    #[test]
    fn yaml_errors_are_located() {
        let e = ExperimentConfig::from_yaml("tuner:\n  name: TPE\n  nmae: x\n").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        let e = ExperimentConfig::from_yaml("a: [1\n").unwrap_err();
        assert!(e.line >= 1, "{e}");
    }

    #[test]
    fn durations_and_gpu_indices() {
        assert_eq!(Duration::Text("1.5h".into()).seconds(), Some(5400.0));
        assert_eq!(Duration::Text(" 2 D ".into()).seconds(), Some(172_800.0));
        assert_eq!(Duration::Text("1w".into()).seconds(), None);
        assert_eq!(Duration::Text("h".into()).seconds(), None);
        assert_eq!(Duration::Seconds(90).seconds(), Some(90.0));
        assert_eq!(GpuIndices::Text("0, 2".into()).indices(), Some(vec![0, 2]));
        assert_eq!(GpuIndices::Text("0;2".into()).indices(), None);
        assert_eq!(GpuIndices::One(3).indices(), Some(vec![3]));
    }

    #[test]
    fn raw_search_space_parses_into_the_typed_space() {
        let config = ExperimentConfig::from_yaml(
            "searchSpace:\n  lr:\n    _type: loguniform\n    _value: [0.001, 0.1]\n  bad:\n    _type: choise\n    _value: [1]\n",
        )
        .unwrap();
        let raw = config.search_space.as_ref().unwrap();
        assert_eq!(raw.names().collect::<Vec<_>>(), ["lr", "bad"]);
        assert!(raw.parse().is_err());
    }

    #[test]
    fn lenient_numbers() {
        assert_eq!(NumberOrString::String(" -0.5".into()).as_f64(), Some(-0.5));
        let n: NumberOrString = serde_json::from_str("123456789").unwrap();
        assert_eq!(serde_json::to_string(&n).unwrap(), "123456789");
        let n: NumberOrString = serde_json::from_str("5.0").unwrap();
        assert_eq!(serde_json::to_string(&n).unwrap(), "5.0");
    }
}
