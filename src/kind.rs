//! The five document kinds (SPEC.md §1) and their detection from a file name and its content.

use serde::{Deserialize, Serialize};

pub use crate::source::Format;

/// A document kind, identified on the command line and in reports by its kebab-case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// An NNI v2 experiment config (`exp.yml`).
    ExpYml,
    /// A search space (`search_space.json`).
    SearchSpace,
    /// The `hpo_tools` settings (`trial.ini`).
    TrialIni,
    /// The `HpoExperimentConfiguration` JSON body.
    HpoConfig,
    /// A saved GetHpoExperiment response.
    GetHpoExperiment,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: [Kind; 5] = [
        Kind::ExpYml,
        Kind::SearchSpace,
        Kind::TrialIni,
        Kind::HpoConfig,
        Kind::GetHpoExperiment,
    ];

    /// The kind's id as used in reports and on the command line (`exp-yml`, ...).
    pub fn id(self) -> &'static str {
        match self {
            Kind::ExpYml => "exp-yml",
            Kind::SearchSpace => "search-space",
            Kind::TrialIni => "trial-ini",
            Kind::HpoConfig => "hpo-config",
            Kind::GetHpoExperiment => "get-hpo-experiment",
        }
    }

    /// The kind with this id, if any.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The text format of documents of this kind.
    pub fn format(self) -> Format {
        match self {
            Kind::ExpYml => Format::Yaml,
            Kind::TrialIni => Format::Ini,
            Kind::SearchSpace | Kind::HpoConfig | Kind::GetHpoExperiment => Format::Json,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// The format of a file of `kind` named `file_name`: a search space may be YAML (NNI loads
/// `.yml`/`.yaml` search spaces), every other kind has one format.
pub fn format_of(kind: Kind, file_name: &str) -> Format {
    let lower = file_name.to_ascii_lowercase();
    if kind == Kind::SearchSpace && (lower.ends_with(".yml") || lower.ends_with(".yaml")) {
        Format::Yaml
    } else {
        kind.format()
    }
}

/// Guesses the kind of a file from its name and its text.
///
/// Returns `None` for a file that is none of the five kinds (a folder walk skips it).
pub fn detect(file_name: &str, text: &str) -> Option<Kind> {
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .to_ascii_lowercase();
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "yml" | "yaml" => {
            if name.starts_with("search_space") || name.starts_with("search-space") {
                // NNI also loads YAML search spaces; we check them as search spaces.
                return Some(Kind::SearchSpace);
            }
            if name == "exp.yml" || name == "exp.yaml" || looks_like_experiment_yaml(text) {
                Some(Kind::ExpYml)
            } else if looks_like_yaml_search_space(text) {
                Some(Kind::SearchSpace)
            } else {
                None
            }
        }
        "ini" => {
            if name == "trial.ini" || looks_like_trial_ini(text) {
                Some(Kind::TrialIni)
            } else {
                None
            }
        }
        "json" => detect_json(&name, text),
        _ => None,
    }
}

/// Whether [`detect`] may tell an exp.yml by this file name (with some text): a YAML file not
/// named as a search space. Without a forced kind, no other file is an exp.yml.
pub(crate) fn may_be_exp_yml(file_name: &str) -> bool {
    let name = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .to_ascii_lowercase();
    let yaml = name.ends_with(".yml") || name.ends_with(".yaml");
    yaml && !(name.starts_with("search_space") || name.starts_with("search-space"))
}

fn detect_json(name: &str, text: &str) -> Option<Kind> {
    // the first 4,096 characters, borrowed
    let end = if text.len() <= 4096 {
        text.len() // no more characters than bytes
    } else {
        text.char_indices().nth(4096).map_or(text.len(), |(i, _)| i)
    };
    let head = text.get(..end).unwrap_or(text);
    // one pass over the quotes of the head (was one substring search per marker)
    const GET_HPO: u8 = 1;
    const HPO_CONFIG: u8 = 2;
    const TYPE: u8 = 4;
    const VALUE: u8 = 8;
    let bytes = head.as_bytes();
    let mut found = 0u8;
    for (q, _) in bytes.iter().enumerate().filter(|(_, b)| **b == b'"') {
        let rest = bytes.get(q + 1..).unwrap_or_default();
        let candidates: &[(&[u8], u8)] = match rest.first() {
            Some(b'R') => &[(b"RequestId\"", GET_HPO)],
            Some(b'E') => &[(b"ExperimentId\"", GET_HPO)],
            Some(b'H') => &[(b"HpoExperimentConfiguration\"", GET_HPO)],
            Some(b'C') => &[(b"ConfigYml\"", GET_HPO)],
            Some(b'p') => &[(b"platform_config\"", HPO_CONFIG)],
            Some(b'm') => &[(b"metric_config\"", HPO_CONFIG)],
            Some(b'y') => &[(b"yml_config\"", HPO_CONFIG)],
            Some(b'_') => &[(b"_type\"", TYPE), (b"_value\"", VALUE)],
            _ => &[],
        };
        for (marker, flag) in candidates {
            if rest.starts_with(marker) {
                found |= flag;
            }
        }
    }
    if found & GET_HPO != 0 {
        return Some(Kind::GetHpoExperiment);
    }
    if found & HPO_CONFIG != 0 {
        return Some(Kind::HpoConfig);
    }
    if name.starts_with("search_space") || name.starts_with("search-space") {
        return Some(Kind::SearchSpace);
    }
    if found & (TYPE | VALUE) == TYPE | VALUE {
        return Some(Kind::SearchSpace);
    }
    None
}

/// Top-level keys that mark a YAML file as an NNI experiment config (v2 or v1), in any
/// spelling NNI reads as them (`TrialCommand`, `trial_command`: [`crate::source::keys`]).
const EXPERIMENT_KEYS: &[&str] = &[
    "trialCommand",
    "trialConcurrency",
    "trainingService",
    "searchSpaceFile",
    "tuner",
    "advisor",
    "authorName",
    "trainingServicePlatform",
    "maxTrialNumber",
    "maxTrialNum",
];

/// The key of a top-level `key:` line (not indented, not a comment), if the line is one.
fn top_level_key(line: &str) -> Option<&str> {
    let line = line.trim_start_matches('\u{feff}');
    if line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let (key, _) = line.split_once(':')?;
    let key = key.trim_end().trim_matches(['"', '\'']);
    (!key.is_empty()).then_some(key)
}

fn looks_like_experiment_yaml(text: &str) -> bool {
    text.lines().filter_map(top_level_key).any(|key| {
        EXPERIMENT_KEYS
            .iter()
            .any(|k| crate::source::keys::nni_equal(key, k))
    })
}

/// A YAML mapping of parameters to `_type`/`_value` domains (NNI loads YAML search spaces):
/// a `_type:` and a `_value:` key, indented under a parameter (block or flow style).
fn looks_like_yaml_search_space(text: &str) -> bool {
    let mut ty = false;
    let mut value = false;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with('#') {
            continue;
        }
        ty |= t.starts_with("_type:") || line.contains("{_type:") || line.contains(" _type:");
        value |=
            t.starts_with("_value:") || line.contains(", _value:") || line.contains(" _value:");
        if ty && value {
            return true;
        }
    }
    false
}

fn looks_like_trial_ini(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim();
        l == "[platform_config]"
            || l == "[metric_config]"
            || l.ends_with("_config]") && l.starts_with('[')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_name_and_content() {
        assert_eq!(detect("a/exp.yml", ""), Some(Kind::ExpYml));
        assert_eq!(
            detect("config.yml", "tuner:\n  name: TPE\n"),
            Some(Kind::ExpYml)
        );
        assert_eq!(detect("other.yml", "foo: 1\n"), None);
        assert_eq!(
            detect("config.yml", "TrialCommand: python t.py\n"),
            Some(Kind::ExpYml)
        );
        assert_eq!(
            detect("space.yml", "lr:\n  _type: uniform\n  _value: [0.1, 1]\n"),
            Some(Kind::SearchSpace)
        );
        assert_eq!(
            detect("ss.yaml", "lr: {_type: uniform, _value: [0.1, 1]}\n"),
            Some(Kind::SearchSpace)
        );
        assert_eq!(detect("search-space.yml", "{}\n"), Some(Kind::SearchSpace));
        assert_eq!(detect("search_space.json", "{}"), Some(Kind::SearchSpace));
        assert_eq!(
            detect("x.json", r#"{"a": {"_type": "choice", "_value": [1]}}"#),
            Some(Kind::SearchSpace)
        );
        assert_eq!(detect("trial.ini", ""), Some(Kind::TrialIni));
        assert_eq!(
            detect("r.json", r#"{"RequestId": "x"}"#),
            Some(Kind::GetHpoExperiment)
        );
        assert_eq!(
            detect("c.json", r#"{"platform_config": {}}"#),
            Some(Kind::HpoConfig)
        );
        assert_eq!(detect("package.json", r#"{"name": "x"}"#), None);
        for k in Kind::ALL {
            assert_eq!(Kind::from_id(k.id()), Some(k));
        }
    }
}
