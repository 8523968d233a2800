//! The shape validator against hand-written schemas in the form schemars 1.x writes (draft-07).

use hpoconf::shape::{self, Options, Outcome};
use hpoconf::source::path::NodePath;
use hpoconf::source::pointer::{self, Target};
use hpoconf::source::{Limits, Node, json};
use serde_json::{Value, json};
use std::sync::OnceLock;

fn exp_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::from_str(include_str!("shape_data/exp_schema.json")).expect("schema parses")
    })
}

const NNI: Options = Options {
    nni_keys: true,
    unknown_is_warning: false,
    skip_clean: false,
};

fn tree(text: &str) -> Node {
    let parsed = json::parse(text, &Limits::default());
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    parsed.root.expect("a tree")
}

/// One finding as the tests compare it: code, pointer, message, help, and the text under its span.
#[derive(Debug, PartialEq)]
struct Seen {
    code: &'static str,
    pointer: String,
    message: String,
    help: Option<String>,
    text: String,
}

/// A path from a pointer written in a test.
fn path(pointer: &str) -> NodePath {
    NodePath::parse(pointer).expect("a JSON Pointer")
}

fn run(schema: &Value, text: &str, options: Options) -> (Outcome, Vec<Seen>) {
    let root = tree(text);
    let outcome = shape::check(&root, schema, &NodePath::root(), options);
    let seen = outcome
        .findings
        .iter()
        .map(|f| {
            let span = f
                .span
                .unwrap_or_else(|| pointer::locate(&root, &f.path.to_pointer(), f.target));
            Seen {
                code: f.rule.code,
                pointer: f.path.to_pointer(),
                message: f.message.clone(),
                help: f.help.clone(),
                text: text[span.range()].to_owned(),
            }
        })
        .collect();
    (outcome, seen)
}

fn seen_(code: &'static str, pointer: &str, message: &str, help: Option<&str>, text: &str) -> Seen {
    Seen {
        code,
        pointer: pointer.to_owned(),
        message: message.to_owned(),
        help: help.map(str::to_owned),
        text: text.to_owned(),
    }
}

const BASE: &str = r#""trialCommand": "python3 train.py", "tuner": {"name": "TPE"}, "trainingService": {"platform": "local"}"#;

fn doc(extra: &str) -> String {
    if extra.is_empty() {
        format!("{{{BASE}}}")
    } else {
        format!("{{{BASE}, {extra}}}")
    }
}

#[test]
fn a_valid_document_has_no_findings_and_is_its_own_clean_value() {
    let text = doc(
        r#""trialConcurrency": 2, "maxTrialNumber": 10, "learningRate": 0.5, "logLevel": "debug",
        "maxExperimentDuration": "1.5h", "tunerGpuIndices": "0,1", "env": {"PATH": "/bin"},
        "version": [1, "a"], "experimentName": null, "nested": null,
        "searchSpace": {"lr": {"_type": "uniform", "_value": [0.1, 1]},
                        "x": {"_type": "choice", "_value": [1, "a", {"_name": "n", "y": {"_type": "randint", "_value": [1, 3]}}]}}"#,
    );
    let (outcome, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(seen, vec![]);
    assert_eq!(outcome.clean, serde_json::from_str::<Value>(&text).unwrap());
    assert!(outcome.renamed.is_empty());
}

#[test]
fn three_unknown_keys_and_a_type_error_are_four_findings() {
    let text =
        doc(r#""trialConcurency": 2, "trialConcurrency": "2", "useActiveGpu": true, "fooBar": 1"#);
    let (outcome, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO103",
                "/trialConcurency",
                "unknown key `trialConcurency`",
                Some("did you mean `trialConcurrency`?"),
                r#""trialConcurency""#,
            ),
            seen_(
                "HPO101",
                "/trialConcurrency",
                r#"expected an integer, found a string `"2"`"#,
                Some("remove the quotes"),
                r#""2""#,
            ),
            seen_(
                "HPO103",
                "/useActiveGpu",
                "unknown key `useActiveGpu`",
                Some(
                    "`useActiveGpu` belongs under `trainingService` (platform local) or under \
                     `trainingService.machineList[]` (platform remote)"
                ),
                r#""useActiveGpu""#,
            ),
            seen_(
                "HPO103",
                "/fooBar",
                "unknown key `fooBar`",
                None,
                r#""fooBar""#
            ),
        ]
    );
    // The wrong required member is removed too; the unknown ones always are.
    assert_eq!(
        outcome.clean,
        json!({"trialCommand": "python3 train.py", "tuner": {"name": "TPE"},
               "trainingService": {"platform": "local"}})
    );
}

#[test]
fn types_numbers_and_ranges() {
    let text = doc(
        r#""trialConcurrency": 0, "maxTrialNumber": 2.0, "trialGpuNumber": true, "learningRate": 0, "debug": "true""#,
    );
    let (outcome, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO105",
                "/trialConcurrency",
                "`trialConcurrency` must be at least 1, found `0`",
                None,
                "0",
            ),
            seen_(
                "HPO101",
                "/maxTrialNumber",
                "expected an integer or null, found a number `2.0`",
                Some("write `2` (an integer has no decimal point)"),
                "2.0",
            ),
            seen_(
                "HPO101",
                "/trialGpuNumber",
                "expected an integer or null, found a boolean `true`",
                Some("booleans are not numbers; write `1`"),
                "true",
            ),
            seen_(
                "HPO105",
                "/learningRate",
                "`learningRate` must be greater than 0.0, found `0`",
                None,
                "0",
            ),
            seen_(
                "HPO101",
                "/debug",
                r#"expected a boolean, found a string `"true"`"#,
                Some("remove the quotes"),
                r#""true""#,
            ),
        ]
    );
    let clean = outcome.clean.as_object().unwrap();
    for key in [
        "trialConcurrency",
        "maxTrialNumber",
        "trialGpuNumber",
        "learningRate",
        "debug",
    ] {
        assert!(!clean.contains_key(key), "{key}");
    }
}

#[test]
fn enums_formats_and_untagged_unions() {
    let text = doc(
        r#""trialConcurrency": 1, "logLevel": "verbose", "maxExperimentDuration": "1 hour", "tunerGpuIndices": 1.5"#,
    );
    let (_, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO104",
                "/logLevel",
                "`verbose` is not one of fatal, error, warning, info, debug, trace",
                None,
                r#""verbose""#,
            ),
            seen_(
                "HPO106",
                "/maxExperimentDuration",
                "`maxExperimentDuration` must be a duration such as `1.5h` (a number and a unit \
                 in d, h, m, s), found `1 hour`",
                Some("for example `1h`, `1.5h`, `30m`"),
                r#""1 hour""#,
            ),
            seen_(
                "HPO101",
                "/tunerGpuIndices",
                "expected a string, an integer or null, found a number `1.5`",
                None,
                "1.5",
            ),
        ]
    );
    let (_, seen) = run(
        exp_schema(),
        &doc(r#""trialConcurrency": 1, "logLevel": "DEBUG""#),
        NNI,
    );
    assert_eq!(
        seen,
        vec![seen_(
            "HPO104",
            "/logLevel",
            "`DEBUG` is not one of fatal, error, warning, info, debug, trace",
            Some("did you mean `debug`? values are case-sensitive"),
            r#""DEBUG""#,
        )]
    );
}

#[test]
fn maps_pattern_properties_tuples_and_lists() {
    let text = doc(
        r#""trialConcurrency": 1, "env": {"PATH": "x", "lower": "y", "N": 3}, "version": [1, 2], "tags": ["a", "waytoolongtag", 3, "b"]"#,
    );
    let (outcome, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO103",
                "/env/lower",
                "unknown key `lower`",
                Some("keys here must match `^[A-Z_][A-Z0-9_]*$`"),
                r#""lower""#,
            ),
            seen_(
                "HPO101",
                "/env/N",
                "expected a string, found an integer `3`",
                Some(r#"quote it: `"3"`"#),
                "3",
            ),
            seen_(
                "HPO101",
                "/version/1",
                "expected a string, found an integer `2`",
                Some(r#"quote it: `"2"`"#),
                "2",
            ),
            seen_(
                "HPO105",
                "/tags",
                "`tags` must have at most 3 items, found 4",
                None,
                r#"["a", "waytoolongtag", 3, "b"]"#,
            ),
            seen_(
                "HPO105",
                "/tags/1",
                "`tags[1]` must be at most 8 characters long, found 13",
                None,
                r#""waytoolongtag""#,
            ),
            seen_(
                "HPO101",
                "/tags/2",
                "expected a string, found an integer `3`",
                Some(r#"quote it: `"3"`"#),
                "3",
            ),
        ]
    );
    // A failed map entry is dropped; a failed item fails its whole list.
    assert_eq!(outcome.clean["env"], json!({"PATH": "x"}));
    assert!(outcome.clean.get("version").is_none());
    assert!(outcome.clean.get("tags").is_none());
}

#[test]
fn discriminated_union_with_an_unknown_platform() {
    let text = r#"{"trialCommand": "", "trialConcurrency": 1, "tuner": {},
        "trainingService": {"platform": "locl", "useActiveGpu": true}}"#;
    let (outcome, seen) = run(exp_schema(), text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO105",
                "/trialCommand",
                "`trialCommand` must not be empty",
                None,
                r#""""#,
            ),
            seen_(
                "HPO104",
                "/trainingService/platform",
                "`locl` is not one of local, remote, openpai",
                Some("did you mean `local`?"),
                r#""locl""#,
            ),
        ]
    );
    assert_eq!(outcome.clean, json!({"trialConcurrency": 1, "tuner": {}}));
}

#[test]
fn discriminated_union_without_its_tag() {
    let text = r#"{"trialCommand": "x", "trialConcurrency": 1, "tuner": {},
        "trainingService": {"useActiveGpu": true}}"#;
    let (_, seen) = run(exp_schema(), text, NNI);
    assert_eq!(
        seen,
        vec![seen_(
            "HPO102",
            "/trainingService",
            "missing required key `platform`",
            Some("add `platform`, one of local, remote, openpai"),
            r#""trainingService""#,
        )]
    );
    let text =
        doc(r#""trialConcurrency": 1, "searchSpace": {"t": {"type": "choice", "_value": [1]}}"#);
    let (_, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(
        seen,
        vec![seen_(
            "HPO102",
            "/searchSpace/t",
            "missing required key `_type`",
            Some("rename `type` to `_type`"),
            r#""t""#,
        )]
    );
}

#[test]
fn chosen_branch_is_checked_with_nested_items_and_secrets() {
    let text = r#"{"trialCommand": "x", "trialConcurrency": 1, "tuner": {},
        "trainingService": {"platform": "remote", "machineList": [
            {"host": "a", "port": 0, "password": 12345}, {"port": 22}]}}"#;
    let (_, seen) = run(exp_schema(), text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO105",
                "/trainingService/machineList/0/port",
                "`port` must be at least 1, found `0`",
                None,
                "0",
            ),
            seen_(
                "HPO101",
                "/trainingService/machineList/0/password",
                "expected a string or null, found an integer `***`",
                Some("quote it"),
                "12345",
            ),
            seen_(
                "HPO102",
                "/trainingService/machineList/1",
                "missing required key `host`",
                Some("add `host` (a string)"),
                r#"{"port": 22}"#,
            ),
        ]
    );
    assert!(seen.iter().all(|s| !s.message.contains("12345")));
}

#[test]
fn search_space_domains_nest() {
    let text = doc(
        r#""trialConcurrency": 1, "searchSpace": {"lr": {"_type": "uniform", "_value": [0.1]},
        "bs": {"_type": "choise", "_value": [1]},
        "x": {"_type": "choice", "_value": [1, "a", {"_name": "n", "y": {"_type": "randint", "_value": [1, 2.5]}}, {"z": 1}, true]}}"#,
    );
    let (outcome, seen) = run(exp_schema(), &text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO105",
                "/searchSpace/lr/_value",
                "`_value` must have exactly 2 items, found 1",
                None,
                "[0.1]",
            ),
            seen_(
                "HPO104",
                "/searchSpace/bs/_type",
                "`choise` is not one of choice, uniform, randint",
                Some("did you mean `choice`?"),
                r#""choise""#,
            ),
            seen_(
                "HPO101",
                "/searchSpace/x/_value/2/y/_value/1",
                "expected an integer, found a number `2.5`",
                None,
                "2.5",
            ),
            seen_(
                "HPO101",
                "/searchSpace/x/_value/3/z",
                "expected an object, found an integer `1`",
                None,
                "1",
            ),
            seen_(
                "HPO102",
                "/searchSpace/x/_value/3",
                "missing required key `_name`",
                Some("add `_name` (a string)"),
                r#"{"z": 1}"#,
            ),
            seen_(
                "HPO101",
                "/searchSpace/x/_value/4",
                "expected a string, a number or an object, found a boolean `true`",
                Some(r#"quote it: `"true"`"#),
                "true",
            ),
        ]
    );
    assert_eq!(outcome.clean["searchSpace"], json!({}));
}

#[test]
fn root_of_the_wrong_type_and_recursive_refs() {
    let (outcome, seen) = run(exp_schema(), "[1]", NNI);
    assert_eq!(
        seen,
        vec![seen_(
            "HPO101",
            "",
            "expected an object, found an array",
            None,
            "[1]"
        )]
    );
    assert_eq!(outcome.clean, json!([1]));
    let text = r#"{"trialCommand": "x", "trialConcurrency": 1, "tuner": {"name": "TPE"},
        "trainingService": {"platform": "local"}, "nested": {"trialCommand": 3}}"#;
    let (outcome, seen) = run(exp_schema(), text, NNI);
    let codes: Vec<(&str, &str, &str)> = seen
        .iter()
        .map(|s| (s.code, s.pointer.as_str(), s.message.as_str()))
        .collect();
    assert_eq!(
        codes,
        vec![
            (
                "HPO101",
                "/nested/trialCommand",
                "expected a string, found an integer `3`"
            ),
            (
                "HPO102",
                "/nested",
                "missing required key `trialConcurrency`"
            ),
            ("HPO102", "/nested", "missing required key `tuner`"),
            (
                "HPO102",
                "/nested",
                "missing required key `trainingService`"
            ),
        ]
    );
    assert!(seen.iter().skip(1).all(|s| s.text == r#""nested""#));
    // `nested` cannot be deserialized, and it is optional: it is dropped.
    assert!(outcome.clean.get("nested").is_none());
}

#[test]
fn nni_keys_camel_and_snake_case_are_accepted_and_canonicalised() {
    let text = r#"{"trial_command": "x", "trialConcurrency": 1, "tuner": {"class_name": "A",
        "code_directory": ".", "classArgs": {"optimize_mode": "maximize"}},
        "training_service": {"platform": "local", "use_active_gpu": true}}"#;
    let (outcome, seen) = run(exp_schema(), text, NNI);
    assert_eq!(seen, vec![]);
    assert_eq!(
        outcome.clean,
        json!({"trialCommand": "x", "trialConcurrency": 1,
               "tuner": {"className": "A", "codeDirectory": ".", "classArgs": {"optimize_mode": "maximize"}},
               "trainingService": {"platform": "local", "useActiveGpu": true}})
    );
    assert_eq!(
        outcome.source_path(&path("/trialCommand")).to_pointer(),
        "/trial_command"
    );
    assert_eq!(
        outcome
            .source_path(&path("/trainingService/useActiveGpu"))
            .to_pointer(),
        "/training_service/use_active_gpu"
    );
    assert_eq!(
        outcome.source_path(&path("/tuner/classArgs")).to_pointer(),
        "/tuner/classArgs"
    );
    // Without NNI matching, snake_case keys are unknown.
    let (_, seen) = run(exp_schema(), text, Options::default());
    assert_eq!(seen.first().map(|s| s.code), Some("HPO103"));
    assert_eq!(
        seen.first().and_then(|s| s.help.as_deref()),
        Some("did you mean `trialCommand`?")
    );
}

#[test]
fn nni_keys_other_spellings_warn_and_two_spellings_conflict() {
    let text = r#"{"trialCommand": "x", "trial_concurrency": 1, "TrialConcurrency": 2,
        "tuner": {"classArgs": {"Optimize_Mode": "x"}}, "trainingService": {"Platform": "local"}}"#;
    let (outcome, seen) = run(exp_schema(), text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO108",
                "/TrialConcurrency",
                "`TrialConcurrency` is read by NNI as `trialConcurrency`; write `trialConcurrency`",
                Some("rename it to `trialConcurrency`"),
                r#""TrialConcurrency""#,
            ),
            seen_(
                "HPO109",
                "/TrialConcurrency",
                "`TrialConcurrency` is the same key as an earlier `trialConcurrency` to NNI",
                Some("NNI keeps the later one silently; remove one of them"),
                r#""TrialConcurrency""#,
            ),
            seen_(
                "HPO108",
                "/trainingService/Platform",
                "`Platform` is read by NNI as `platform`; write `platform`",
                Some("rename it to `platform`"),
                r#""Platform""#,
            ),
        ]
    );
    // The later value wins, as in NNI; free maps (classArgs) keep their keys as written.
    assert_eq!(outcome.clean["trialConcurrency"], json!(2));
    assert_eq!(
        outcome.clean["tuner"]["classArgs"],
        json!({"Optimize_Mode": "x"})
    );
    assert_eq!(
        outcome.clean["trainingService"],
        json!({"platform": "local"})
    );
    assert_eq!(
        outcome.source_path(&path("/trialConcurrency")).to_pointer(),
        "/TrialConcurrency"
    );
    let warnings = outcome
        .findings
        .iter()
        .filter(|f| f.rule.code == "HPO108")
        .count();
    assert_eq!(warnings, 2);
}

#[test]
fn unknown_members_can_be_warnings_and_base_prefixes_pointers() {
    let text = doc(r#""trialConcurrency": 1, "trialConcurency": 2"#);
    let root = tree(&text);
    let options = Options {
        nni_keys: false,
        unknown_is_warning: true,
        skip_clean: false,
    };
    let outcome = shape::check(&root, exp_schema(), &path("/ConfigYml"), options);
    assert_eq!(outcome.findings.len(), 1);
    let f = &outcome.findings[0];
    assert_eq!(
        (f.rule.code, f.path.to_pointer().as_str(), f.target),
        ("HPO110", "/ConfigYml/trialConcurency", Target::Key)
    );
    assert_eq!(f.help.as_deref(), Some("did you mean `trialConcurrency`?"));
    assert!(outcome.clean.get("trialConcurency").is_none());
}

#[test]
fn defs_refs_and_hostile_schemas_do_not_panic() {
    let defs = json!({
        "$ref": "#/$defs/Root",
        "$defs": {
            "Root": {"type": "object", "properties": {"a": {"$ref": "#/$defs/Loop"},
                     "b": {"type": "string", "pattern": "(unclosed"}, "c": {"$ref": "#/$defs/Missing"},
                     "d": {"allOf": [{"$ref": "#/$defs/Self"}]}},
                     "required": ["a"]},
            "Loop": {"$ref": "#/$defs/Loop2"},
            "Loop2": {"$ref": "#/$defs/Loop"},
            "Self": {"allOf": [{"$ref": "#/$defs/Self"}], "anyOf": [{"$ref": "#/$defs/Self"}, {"type": "integer"}]}
        }
    });
    let (_, seen) = run(&defs, r#"{"a": 1, "b": "x", "c": [], "d": 2}"#, NNI);
    assert_eq!(seen, vec![]);
    let (_, seen) = run(&defs, r#"{"b": 1}"#, NNI);
    let codes: Vec<&str> = seen.iter().map(|s| s.code).collect();
    assert_eq!(codes, vec!["HPO101", "HPO102"]);
    // A deep document against a recursive schema.
    let recursive = json!({"$ref": "#/definitions/N", "definitions": {"N": {"type": "object",
        "properties": {"n": {"anyOf": [{"$ref": "#/definitions/N"}, {"type": "null"}]}},
        "additionalProperties": false}}});
    let deep = format!("{}{{\"x\": 1}}{}", r#"{"n": "#.repeat(126), "}".repeat(126));
    let (_, seen) = run(&recursive, &deep, NNI);
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].code, "HPO103");
    assert_eq!(seen[0].pointer, "/n".repeat(126) + "/x");
}

#[test]
fn a_thousand_machines_validate_clean() {
    let machines: Vec<String> = (0..1000)
        .map(|i| {
            format!(
                r#"{{"host": "10.0.{}.{}", "port": 22, "user": "u", "useActiveGpu": true}}"#,
                i / 250,
                i % 250
            )
        })
        .collect();
    let text = format!(
        r#"{{"trialCommand": "x", "trialConcurrency": 8, "tuner": {{"name": "TPE"}}, "logLevel": "info",
        "trainingService": {{"platform": "remote", "machineList": [{}]}}}}"#,
        machines.join(",")
    );
    let root = tree(&text);
    // The cost is measured in benches/ (no wall-clock assertion here: it flakes on a busy machine).
    let outcome = shape::check(&root, exp_schema(), &NodePath::root(), NNI);
    assert!(outcome.findings.is_empty());
}

#[test]
fn hints_name_the_top_level_and_null_is_not_set() {
    // NNI reads `null` as "not set" (SPEC §3): a required key set to null is missing.
    let text = r#"{"trialCommand": "x", "trialConcurrency": null, "tuner": {},
        "trainingService": {"platform": "local", "trialConcurency": 1}}"#;
    let (_, seen) = run(exp_schema(), text, NNI);
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO102",
                "/trialConcurrency",
                "`trialConcurrency` is null, which NNI reads as not set",
                Some("give `trialConcurrency` a value"),
                "null",
            ),
            seen_(
                "HPO103",
                "/trainingService/trialConcurency",
                "unknown key `trialConcurency`",
                Some("did you mean `trialConcurrency`? it belongs at the top level"),
                r#""trialConcurency""#,
            ),
        ]
    );
}

#[test]
fn untagged_object_unions_report_the_closest_branch() {
    // An algorithm is either a built-in `name` or a custom `className` + `codeDirectory`.
    let schema = json!({
        "type": "object",
        "properties": {"tuner": {"$ref": "#/definitions/Algorithm"}},
        "definitions": {
            "Algorithm": {"anyOf": [
                {"type": "object", "properties": {"name": {"type": "string"},
                  "classArgs": {"type": ["object", "null"], "additionalProperties": true}},
                 "required": ["name"], "additionalProperties": false},
                {"type": "object", "properties": {"className": {"type": "string"},
                  "codeDirectory": {"type": "string"}},
                 "required": ["className", "codeDirectory"], "additionalProperties": false}
            ]}
        }
    });
    let (outcome, seen) = run(
        &schema,
        r#"{"tuner": {"className": "A", "codeDirectory": "."}}"#,
        NNI,
    );
    assert_eq!(seen, vec![]);
    assert_eq!(outcome.clean["tuner"]["className"], json!("A"));
    let (_, seen) = run(
        &schema,
        r#"{"tuner": {"className": "A", "codeDirectry": "."}}"#,
        NNI,
    );
    assert_eq!(
        seen,
        vec![
            seen_(
                "HPO103",
                "/tuner/codeDirectry",
                "unknown key `codeDirectry`",
                Some("did you mean `codeDirectory`?"),
                r#""codeDirectry""#,
            ),
            seen_(
                "HPO102",
                "/tuner",
                "missing required key `codeDirectory`",
                Some("add `codeDirectory` (a string)"),
                r#""tuner""#,
            ),
        ]
    );
    let (_, seen) = run(&schema, r#"{"tuner": "TPE"}"#, NNI);
    assert_eq!(
        seen,
        vec![seen_(
            "HPO101",
            "/tuner",
            r#"expected an object, found a string `"TPE"`"#,
            None,
            r#""TPE""#,
        )]
    );
}

/// `skip_clean` on an INI: the same findings, and the tree less the removed members is the
/// cleaned value (what the trial.ini rules read instead of it).
#[test]
fn skip_clean_lists_what_clean_leaves_out_of_an_ini() {
    fn prune(node: &Node, ptr: &NodePath, removed: &[NodePath]) -> Value {
        match node.as_object() {
            Some(members) => Value::Object(
                members
                    .iter()
                    .filter_map(|m| {
                        let p = ptr.key(&m.key);
                        (!removed.contains(&p))
                            .then(|| (m.key.to_string(), prune(&m.value, &p, removed)))
                    })
                    .collect(),
            ),
            None => node.to_json(),
        }
    }
    let schema = hpoconf::schema::validation_schema(hpoconf::kind::Kind::TrialIni);
    let texts = [
        "[platform_config]\nname=Local\ncmd1=python x.py\nxcmd=1\nresume=maybe\n\
         [metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nfinal_mode=worst\n\
         [unknown]\na=b\n",
        "[metric_config]\nmetric_source=cmd1\n[schedule_config]\nstart_time=25:00\nday=x\n",
        "[platform_config]\ncmd1=a\n[a/b~c]\nk/e~y=v\n[odps_config]\nrole_arn=x\nfoo=1\n",
        "[DEFAULT]\nx=1\n[params_config]\nparams_src_dst_filepath1=a,b\nother=2\n",
        "",
        "[output_config]\n",
    ];
    for text in texts {
        let parsed = hpoconf::source::ini::parse(text);
        let root = parsed.root.expect("a tree");
        let full = shape::check(&root, schema, &NodePath::root(), Options::default());
        let skip = Options {
            skip_clean: true,
            ..Options::default()
        };
        let tree = shape::check(&root, schema, &NodePath::root(), skip);
        assert_eq!(
            format!("{:?}", full.findings),
            format!("{:?}", tree.findings)
        );
        assert!(full.removed.is_empty() && tree.clean.is_null());
        assert_eq!(
            prune(&root, &NodePath::root(), &tree.removed),
            full.clean,
            "{text}"
        );
    }
}
