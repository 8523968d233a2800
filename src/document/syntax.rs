//! Rules of the source layer: text that cannot be read as its format.

use crate::diagnostic::Severity;
use crate::finding::{ExampleFile, Rule};
use crate::kind::Kind;
use crate::source::SyntaxKind;

const ALL_KINDS: &[Kind] = &Kind::ALL;

/// HPO001: the text is not valid YAML, JSON or INI.
pub static INVALID_SYNTAX: Rule = Rule {
    code: "HPO001",
    name: "invalid-syntax",
    severity: Severity::Error,
    fix: None,
    kinds: ALL_KINDS,
    summary: "the file is not valid YAML, JSON or INI",
    description: "hpoconf reads YAML as YAML 1.2, JSON strictly (no comments, no trailing commas, no \
NaN), and INI as Python's configparser does. A file that cannot be read cannot be submitted: the \
platform rejects it, often hours later.",
    bad: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}\n",
    }],
    good: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n",
    }],
};

/// HPO002: the file is not UTF-8.
pub static INVALID_ENCODING: Rule = Rule {
    code: "HPO002",
    name: "invalid-encoding",
    severity: Severity::Error,
    fix: None,
    kinds: ALL_KINDS,
    summary: "the file is not valid UTF-8",
    description: "NNI and hpo_tools read configuration files as UTF-8. hpoconf reports the first invalid \
byte and reads the rest with replacement characters. (The bad example here is a Latin-1 byte, which \
cannot be shown as text: see the `invalid-encoding` fixture.)",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=echo \u{FFFD}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=echo é\n",
    }],
};

/// HPO003: a key appears twice in one mapping.
pub static DUPLICATE_KEY: Rule = Rule {
    code: "HPO003",
    name: "duplicate-key",
    severity: Severity::Error,
    fix: None,
    kinds: ALL_KINDS,
    summary: "a key appears twice in one mapping, section or file",
    description: "Python's json keeps the last of two equal keys silently, PyYAML likewise, and \
configparser raises an error. Either way one of the two values is lost. Reported at the second \
occurrence.",
    bad: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]},\n \"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 2]}}\n",
    }],
    good: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 2]}}\n",
    }],
};

/// HPO004: a number that no reader can represent.
pub static NUMBER_OUT_OF_RANGE: Rule = Rule {
    code: "HPO004",
    name: "number-out-of-range",
    severity: Severity::Error,
    fix: None,
    kinds: ALL_KINDS,
    summary: "a number beyond 64-bit floating point, or NaN/Infinity",
    description: "`1e400` becomes infinity, and NaN or infinities break every tuner. Write a finite number.",
    bad: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1e400]}}\n",
    }],
    good: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1e300]}}\n",
    }],
};

/// HPO005: YAML that hpoconf refuses to expand.
pub static UNSUPPORTED_YAML: Rule = Rule {
    code: "HPO005",
    name: "unsupported-yaml",
    severity: Severity::Error,
    fix: None,
    kinds: &[Kind::ExpYml, Kind::SearchSpace],
    summary: "YAML that expands too far, nests too deep, holds several documents or uses a language tag",
    description: "Alias bombs (`billion laughs`), very deep nesting, several documents in one file and \
tags such as `!!python/object` are refused: NNI loads exp.yml with PyYAML's safe loader, which rejects \
Python tags, and reads only one document.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: !!python/object:os.system ls\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "trialCommand: python3 train.py\n",
    }],
};

/// HPO006: a trailing comma in a JSON search space.
pub static TRAILING_COMMA: Rule = Rule {
    code: "HPO006",
    name: "trailing-comma",
    severity: Severity::Warning,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: &[Kind::SearchSpace],
    summary: "a trailing comma in a JSON search space",
    description: "NNI loads a search space that is not valid JSON through its YAML loader, which \
accepts trailing commas, so the experiment runs (NNI's own `ss_comma.json` test). Strict JSON \
readers (PAI's API, editors, `json.loads`) reject it, and with a tab in the file NNI fails too. In \
other JSON documents a trailing comma is an `invalid-syntax` error.",
    bad: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1],},}\n",
    }],
    good: &[ExampleFile {
        name: "search_space.json",
        text: "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}\n",
    }],
};

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &TRAILING_COMMA,
    &INVALID_SYNTAX,
    &INVALID_ENCODING,
    &DUPLICATE_KEY,
    &NUMBER_OUT_OF_RANGE,
    &UNSUPPORTED_YAML,
];

/// The rule for a kind of syntax problem.
pub fn rule_for(kind: SyntaxKind) -> &'static Rule {
    match kind {
        SyntaxKind::Invalid => &INVALID_SYNTAX,
        SyntaxKind::Encoding => &INVALID_ENCODING,
        SyntaxKind::DuplicateKey => &DUPLICATE_KEY,
        SyntaxKind::NumberRange => &NUMBER_OUT_OF_RANGE,
        SyntaxKind::Unsupported => &UNSUPPORTED_YAML,
        SyntaxKind::TrailingComma => &TRAILING_COMMA,
    }
}
