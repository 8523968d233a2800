//! Search-space rules (SPEC.md §2), end to end through `hpoconf::check_str`, plus NNI's own
//! validation cases, the NNI corpus, the derived facts, and a property test.

use hpoconf::kind::Format;
use hpoconf::rules::Finding;
use hpoconf::rules::search_space::{
    self, GridSize, SpaceContext, domain_types, grid_size, placeholders,
};
use hpoconf::source::path::NodePath;
use hpoconf::source::{self, Node, Number, Value, pointer};
use hpoconf::{Diagnostic, Severity, check_str};

/// `(code, pointer, line, column)` of every diagnostic of a search_space.json, in order.
fn found(text: &str) -> Vec<(String, String, usize, usize)> {
    diags(text)
        .into_iter()
        .map(|d| (d.code, d.pointer, d.line, d.column))
        .collect()
}

fn diags(text: &str) -> Vec<Diagnostic> {
    let report = check_str("search_space.json", text, None);
    assert_eq!(report.kind, Some(hpoconf::Kind::SearchSpace));
    report.diagnostics
}

fn one(code: &str, ptr: &str, line: usize, column: usize) -> Vec<(String, String, usize, usize)> {
    vec![(code.to_owned(), ptr.to_owned(), line, column)]
}

fn codes(text: &str) -> Vec<String> {
    diags(text).into_iter().map(|d| d.code).collect()
}

fn help_of(text: &str, code: &str) -> String {
    diags(text)
        .into_iter()
        .find(|d| d.code == code)
        .and_then(|d| d.help)
        .unwrap_or_default()
}

fn parse_json(text: &str) -> Node {
    source::parse(Format::Json, text)
        .root
        .unwrap_or_else(|| panic!("test JSON does not parse: {text}"))
}

// ---------------------------------------------------------------------------------------------
// Each rule: exact codes, pointers, lines and columns.

#[test]
fn hpo201_search_space_not_object() {
    assert_eq!(found("[1, 2]\n"), one("HPO201", "", 1, 1));
    assert_eq!(found("\"x\"\n"), one("HPO201", "", 1, 1));
}

#[test]
fn hpo202_parameter_not_domain() {
    let text = "{\n  \"${bs}\": [16, 32]\n}\n";
    assert_eq!(found(text), one("HPO202", "/${bs}", 2, 12));
    assert!(help_of(text, "HPO202").contains("choice"));
}

#[test]
fn hpo203_missing_domain_key_without_underscore() {
    let text = "{\n  \"${lr}\": {\"type\": \"uniform\", \"_value\": [0, 1]}\n}\n";
    // One finding, at the parameter's name; the `type` key is not also reported as unknown.
    assert_eq!(found(text), one("HPO203", "/${lr}", 2, 3));
    assert!(help_of(text, "HPO203").contains("underscore"));
    let d = &diags(text)[0];
    assert_eq!(d.message, "search space parameter `${lr}` has no `_type`");
}

#[test]
fn hpo203_missing_value_reported_per_key() {
    let text = "{\"x\": {}}";
    assert_eq!(
        found(text),
        vec![
            ("HPO203".to_owned(), "/x".to_owned(), 1, 2),
            ("HPO203".to_owned(), "/x".to_owned(), 1, 2),
        ]
    );
    let msgs: Vec<String> = diags(text).into_iter().map(|d| d.message).collect();
    assert!(msgs.contains(&"search space parameter `x` has no `_value`".to_owned()));
}

#[test]
fn hpo204_unknown_domain_key_is_a_warning() {
    let text =
        "{\n  \"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1], \"_default\": 0.5}\n}\n";
    assert_eq!(found(text), one("HPO204", "/${lr}/_default", 2, 51));
    assert_eq!(diags(text)[0].severity, Severity::Warning);
}

#[test]
fn hpo205_unknown_domain_type_with_suggestion() {
    let text = "{\"${opt}\": {\"_type\": \"choise\", \"_value\": [\"a\"]}}";
    assert_eq!(found(text), one("HPO205", "/${opt}/_type", 1, 22));
    assert!(help_of(text, "HPO205").contains("`choice`"));
    let text = "{\"${lr}\": {\"_type\": \"Uniform\", \"_value\": [0, 1]}}";
    assert_eq!(codes(text), ["HPO205"]);
    assert!(help_of(text, "HPO205").contains("`uniform`"));
    let text = "{\"${lr}\": {\"_type\": 3, \"_value\": [0, 1]}}";
    assert_eq!(codes(text), ["HPO205"]);
}

#[test]
fn hpo206_non_hpo_domain_type() {
    for ty in [
        "layer_choice",
        "input_choice",
        "mutable_layer",
        "factor",
        "discrete",
    ] {
        let text = format!("{{\"x\": {{\"_type\": \"{ty}\", \"_value\": [1, 2]}}}}");
        assert_eq!(found(&text), one("HPO206", "/x/_type", 1, 17), "{ty}");
        assert!(
            diags(&text)[0]
                .message
                .contains("not a hyperparameter domain")
        );
    }
}

#[test]
fn hpo207_value_not_array() {
    let text = "{\"x\": {\"_type\": \"choice\", \"_value\": \"ab\"}}";
    assert_eq!(found(text), one("HPO207", "/x/_value", 1, 37));
    assert!(help_of(text, "HPO207").contains("[\"ab\"]"));
}

#[test]
fn hpo208_value_count() {
    let text = "{\"x\": {\"_type\": \"randint\", \"_value\": [1, 2, 3]}}";
    assert_eq!(found(text), one("HPO208", "/x/_value", 1, 38));
    let text = "{\"x\": {\"_type\": \"quniform\", \"_value\": [0]}}";
    assert_eq!(codes(text), ["HPO208"]);
    let text = "{\"x\": {\"_type\": \"quniform\", \"_value\": [1, 10]}}";
    assert!(help_of(text, "HPO208").contains("add q"));
}

#[test]
fn hpo209_value_type() {
    // Both strings are reported (NNI stops at the first).
    let text = "{\"x\": {\"_type\": \"uniform\", \"_value\": [\"0.1\", \"0.2\"]}}";
    assert_eq!(
        found(text),
        vec![
            ("HPO209".to_owned(), "/x/_value/0".to_owned(), 1, 39),
            ("HPO209".to_owned(), "/x/_value/1".to_owned(), 1, 46),
        ]
    );
    assert!(help_of(text, "HPO209").contains("remove the quotes"));
    let text = "{\"x\": {\"_type\": \"randint\", \"_value\": [1.0, 2]}}";
    assert_eq!(found(text), one("HPO209", "/x/_value/0", 1, 39));
    assert!(diags(text)[0].message.contains("`1.0`"));
    // Stricter than NNI: a boolean is not the integer 1.
    let text = "{\"x\": {\"_type\": \"randint\", \"_value\": [true, 5]}}";
    assert_eq!(codes(text), ["HPO209"]);
}

#[test]
fn hpo210_empty_range() {
    let text = "{\"x\": {\"_type\": \"randint\", \"_value\": [5, 5]}}";
    assert_eq!(found(text), one("HPO210", "/x/_value", 1, 38));
    assert!(help_of(text, "HPO210").contains("[5, 6]"));
    let text = "{\"x\": {\"_type\": \"uniform\", \"_value\": [1, 1]}}";
    assert_eq!(codes(text), ["HPO210"]);
    let text = "{\"x\": {\"_type\": \"uniform\", \"_value\": [2, 1]}}";
    assert!(help_of(text, "HPO210").contains("swap"));
    // Normal types take [mu, sigma]: mu > sigma is fine.
    assert!(codes("{\"x\": {\"_type\": \"normal\", \"_value\": [5, 1]}}").is_empty());
}

#[test]
fn hpo211_log_bound() {
    let text = "{\"x\": {\"_type\": \"loguniform\", \"_value\": [0, 1]}}";
    assert_eq!(found(text), one("HPO211", "/x/_value/0", 1, 42));
    // lognormal's mu may be anything.
    assert!(codes("{\"x\": {\"_type\": \"lognormal\", \"_value\": [-1, 1]}}").is_empty());
}

#[test]
fn hpo212_sigma() {
    let text = "{\"x\": {\"_type\": \"normal\", \"_value\": [0, 0]}}";
    assert_eq!(found(text), one("HPO212", "/x/_value/1", 1, 41));
}

#[test]
fn hpo213_q() {
    // Stricter than NNI (accepted there; the tuner divides by q).
    let text = "{\"x\": {\"_type\": \"qnormal\", \"_value\": [0, 1, 0]}}";
    assert_eq!(found(text), one("HPO213", "/x/_value/2", 1, 45));
    assert!(help_of(text, "HPO213").contains("`normal`"));
}

#[test]
fn hpo214_non_finite_from_a_tree() {
    // JSON cannot hold NaN/Infinity (they are syntax errors); YAML's `.inf` reaches the rules as
    // a non-finite float. The YAML reader is not ready yet, so build the tree by hand.
    let mut root = parse_json(
        "{\"x\": {\"_type\": \"uniform\", \"_value\": [0, 1]}, \"c\": {\"_type\": \"choice\", \"_value\": [1, 2]}}",
    );
    if let Value::Object(members) = &mut root.value {
        for m in members.iter_mut() {
            if let Value::Object(dm) = &mut m.value.value {
                for d in dm.iter_mut() {
                    if let Value::Array(items) = &mut d.value.value
                        && let Some(last) = items.last_mut()
                    {
                        last.value = Value::Number(Number::Float(f64::INFINITY));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    search_space::check(
        &root,
        &NodePath::root().key("searchSpace"),
        &SpaceContext::default(),
        &mut out,
    );
    let pointers: Vec<(&str, String)> = out
        .iter()
        .map(|f| (f.rule.code, f.path.to_pointer()))
        .collect();
    let got: Vec<(&str, &str)> = pointers.iter().map(|(c, p)| (*c, p.as_str())).collect();
    assert_eq!(
        got,
        [
            ("HPO214", "/searchSpace/x/_value/1"),
            ("HPO214", "/searchSpace/c/_value/1")
        ]
    );
}

#[test]
fn hpo214_not_repeated_for_json_out_of_range() {
    // `1e400` is reported once, by number-out-of-range (HPO004).
    let text = "{\"x\": {\"_type\": \"uniform\", \"_value\": [0, 1e400]}}";
    assert_eq!(found(text), one("HPO004", "/x/_value/1", 1, 42));
}

#[test]
fn hpo215_invalid_choice_option() {
    let text = "{\"x\": {\"_type\": \"choice\", \"_value\": [\"a\", null, true, [1]]}}";
    assert_eq!(
        found(text),
        vec![
            ("HPO215".to_owned(), "/x/_value/1".to_owned(), 1, 43),
            ("HPO215".to_owned(), "/x/_value/3".to_owned(), 1, 55),
        ]
    );
}

#[test]
fn booleans_are_real_choice_options() {
    // SPEC.md §2 rule 7: NNI 3.0 accepts them and its tuners return True/False.
    let text = "{\"x\": {\"_type\": \"choice\", \"_value\": [true, false]}}";
    assert_eq!(found(text), vec![]);
    // `true` and `1` are two options (the trial gets `True` or `1`); `true` twice is a repeat
    let text = "{\"x\": {\"_type\": \"choice\", \"_value\": [true, 1, false, true]}}";
    assert_eq!(
        found(text),
        vec![("HPO217".to_owned(), "/x/_value/3".to_owned(), 1, 54)]
    );
    // the numeric tuners read a boolean as a number, as Python does
    let report = hpoconf::check_str(
        "exp.yml",
        "searchSpace:\n  x:\n    _type: choice\n    _value: [true, false]\ntrialCommand: python t.py\ntrialConcurrency: 1\ntuner:\n  name: GP\ntrainingService:\n  platform: local\n",
        None,
    );
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

#[test]
fn hpo215_choice_of_plain_dicts() {
    // NNI's mnist-batch-tune-keras: NNI fails it too.
    let text = "{\"combine_params\": {\"_type\": \"choice\", \"_value\": [\n  {\"optimizer\": \"Adam\", \"learning_rate\": 1e-05},\n  {\"optimizer\": \"SGD\", \"learning_rate\": 0.01}\n]}}\n";
    assert_eq!(
        found(text),
        vec![
            (
                "HPO215".to_owned(),
                "/combine_params/_value/0".to_owned(),
                2,
                3
            ),
            (
                "HPO215".to_owned(),
                "/combine_params/_value/1".to_owned(),
                3,
                3
            ),
        ]
    );
    assert!(diags(text)[0].message.contains(
        "choice options must be numbers, strings, booleans or nested sub-spaces with `_name`"
    ));
}

#[test]
fn hpo216_empty_choice() {
    // Stricter than NNI (accepted there; every tuner fails when it samples it).
    let text = "{\"x\": {\"_type\": \"choice\", \"_value\": []}}";
    assert_eq!(found(text), one("HPO216", "/x/_value", 1, 37));
}

#[test]
fn hpo217_duplicate_choice_option() {
    let text = "{\"x\": {\"_type\": \"choice\", \"_value\": [16, 32, 32.0, \"a\", \"a\", \"16\"]}}";
    let d = diags(text);
    assert_eq!(
        found(text),
        vec![
            ("HPO217".to_owned(), "/x/_value/2".to_owned(), 1, 46),
            ("HPO217".to_owned(), "/x/_value/4".to_owned(), 1, 57),
        ]
    );
    assert!(d.iter().all(|d| d.severity == Severity::Warning));
    assert!(d[0].message.contains("repeats option 1"));
    // Sub-spaces are compared by `_name`.
    let text =
        "{\"x\": {\"_type\": \"choice\", \"_value\": [{\"_name\": \"a\"}, {\"_name\": \"a\"}]}}";
    assert_eq!(codes(text), ["HPO217"]);
}

#[test]
fn hpo218_nested_space_without_name_and_recursive_pointers() {
    let text = "{\"${x}\": {\"_type\": \"choice\", \"_value\": [\n  {\"_name\": \"empty\"},\n  {\"a_1\": {\"_type\": \"choice\", \"_value\": []}},\n  {\"_name\": 7}\n]}}\n";
    assert_eq!(
        found(text),
        vec![
            ("HPO218".to_owned(), "/${x}/_value/1".to_owned(), 3, 3),
            (
                "HPO216".to_owned(),
                "/${x}/_value/1/a_1/_value".to_owned(),
                3,
                41
            ),
            (
                "HPO218".to_owned(),
                "/${x}/_value/2/_name".to_owned(),
                4,
                13
            ),
        ]
    );
}

#[test]
fn nested_parameters_are_validated_with_their_own_pointers() {
    let text = "{\"${x}\": {\"_type\": \"choice\", \"_value\": [\n  {\"_name\": \"empty\"},\n  {\"_name\": \"a\", \"a_1\": {\"_type\": \"uniform\", \"_value\": [1, 0]}, \"k\": 3}\n]}}\n";
    assert_eq!(
        found(text),
        vec![
            (
                "HPO210".to_owned(),
                "/${x}/_value/1/a_1/_value".to_owned(),
                3,
                56
            ),
            ("HPO202".to_owned(), "/${x}/_value/1/k".to_owned(), 3, 70),
        ]
    );
    let d = diags(text);
    assert!(
        d[0].message.contains("`a_1` (in option `a` of `${x}`)"),
        "{}",
        d[0].message
    );
}

#[test]
fn hpo219_q_does_not_divide_range() {
    let text = "{\"x\": {\"_type\": \"quniform\", \"_value\": [0, 1, 0.3]}}";
    assert_eq!(found(text), one("HPO219", "/x/_value", 1, 39));
    assert_eq!(diags(text)[0].severity, Severity::Warning);
    assert!(help_of(text, "HPO219").contains("0.9"));
    // Float tolerance: 9 / 0.1 is 89.99999999999999 in binary.
    assert!(codes("{\"x\": {\"_type\": \"quniform\", \"_value\": [1, 10, 0.1]}}").is_empty());
    assert!(codes("{\"x\": {\"_type\": \"quniform\", \"_value\": [0.1, 0.7, 0.2]}}").is_empty());
    // Only quniform (qloguniform's values are not evenly spaced anyway).
    assert!(codes("{\"x\": {\"_type\": \"qloguniform\", \"_value\": [0.001, 100, 1]}}").is_empty());
}

#[test]
fn hpo220_mixed_parameter_names() {
    let text = "{\n  \"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]},\n  \"${wd}\": {\"_type\": \"uniform\", \"_value\": [0, 1]},\n  \"batch_size\": {\"_type\": \"choice\", \"_value\": [16, 32]}\n}\n";
    assert_eq!(found(text), one("HPO220", "/batch_size", 4, 3));
    assert!(help_of(text, "HPO220").contains("`${batch_size}`"));
    // The minority style is reported: here the placeholder.
    let text = "{\"a\": {\"_type\": \"choice\", \"_value\": [1]}, \"b\": {\"_type\": \"choice\", \"_value\": [1]}, \"${c}\": {\"_type\": \"choice\", \"_value\": [1]}}";
    assert_eq!(found(text), one("HPO220", "/${c}", 1, 84));
    // Unicode names are fine, in either style.
    assert!(codes("{\"学习率\": {\"_type\": \"loguniform\", \"_value\": [1e-7, 0.1]}}").is_empty());
}

#[test]
fn hpo221_bare_name_in_a_pai_space() {
    let root = parse_json(
        "{\"${lr}\": {\"_type\": \"uniform\", \"_value\": [0, 1]}, \"bs\": {\"_type\": \"choice\", \"_value\": [1]}}",
    );
    let mut out = Vec::new();
    search_space::check(
        &root,
        &NodePath::root().key("search_space"),
        &SpaceContext { pai: true },
        &mut out,
    );
    let pointers: Vec<(&str, String)> = out
        .iter()
        .map(|f| (f.rule.code, f.path.to_pointer()))
        .collect();
    let got: Vec<(&str, &str)> = pointers.iter().map(|(c, p)| (*c, p.as_str())).collect();
    // Reported once per bare name, and not also as mixed-parameter-names.
    assert_eq!(got, [("HPO221", "/search_space/bs")]);
    // Not in an NNI space: there, bare names are the norm.
    let mut out = Vec::new();
    let root = parse_json("{\"lr\": {\"_type\": \"uniform\", \"_value\": [0, 1]}}");
    search_space::check(
        &root,
        &NodePath::root(),
        &SpaceContext { pai: false },
        &mut out,
    );
    assert!(out.is_empty());
}

#[test]
fn every_problem_of_a_space_is_reported() {
    let text = "{\"a\": 1, \"b\": {\"_type\": \"choise\", \"_value\": [1]}, \"c\": {\"_type\": \"loguniform\", \"_value\": [0, 0]}}";
    assert_eq!(codes(text), ["HPO202", "HPO205", "HPO210", "HPO211"]);
}

// ---------------------------------------------------------------------------------------------
// Rule descriptors: the documented examples.

/// Findings of the search-space rules for one example file: end to end for a search_space.json;
/// for a space embedded in another kind (whose embedding is checked by that kind's rules), the
/// embedded space directly, with the context that kind gives. `None` when the file's format has
/// no reader yet (YAML).
fn example_codes(name: &str, text: &str) -> Option<Vec<String>> {
    if name.starts_with("search_space") {
        return Some(codes(text));
    }
    let (format, member, pai) = if name.ends_with(".yml") {
        (Format::Yaml, "/searchSpace", false)
    } else if name.starts_with("get_hpo") {
        (Format::Json, "/SearchSpace", true)
    } else {
        (Format::Json, "/search_space", true)
    };
    let root = source::parse(format, text).root?;
    let space = pointer::resolve(&root, member).expect("example embeds a space");
    // GetHpoExperiment carries the space as a JSON string.
    let space = match space.as_str() {
        Some(s) => parse_json(s),
        None => space.clone(),
    };
    let mut out: Vec<Finding> = Vec::new();
    let base = NodePath::parse(member).expect("a pointer");
    search_space::check(&space, &base, &SpaceContext { pai }, &mut out);
    Some(out.iter().map(|f| f.rule.code.to_owned()).collect())
}

#[test]
fn documented_examples_fire_exactly_their_rule() {
    assert_eq!(search_space::RULES.len(), 22);
    for rule in search_space::RULES {
        if rule.code == "HPO222" {
            continue; // a YAML search space: checked end to end by tests/rule_examples.rs
        }
        assert!(rule.code.starts_with("HPO2"), "{}", rule.code);
        for ex in rule.bad {
            match example_codes(ex.name, ex.text) {
                Some(mut c) => {
                    c.dedup();
                    assert_eq!(c, [rule.code], "bad example of {}", rule.code);
                }
                None => eprintln!("{}: {} not checked: no YAML reader yet", rule.code, ex.name),
            }
        }
        for ex in rule.good {
            if let Some(c) = example_codes(ex.name, ex.text) {
                assert!(c.is_empty(), "good example of {}: {c:?}", rule.code);
            }
        }
    }
}

#[test]
fn rules_are_registered() {
    for rule in search_space::RULES {
        let found = hpoconf::rules::find(rule.code).expect("registered in rules::all()");
        assert!(std::ptr::eq(found, *rule));
        assert!(!rule.description.is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// NNI 3.0's test/ut/sdk/test_hpo_validation.py, case by case.

const NNI_GOOD: &str = r#"{
  "choice": {"_type": "choice", "_value": ["a", "b"]},
  "randint": {"_type": "randint", "_value": [1, 10]},
  "uniform": {"_type": "uniform", "_value": [0, 1.0]},
  "quniform": {"_type": "quniform", "_value": [1, 10, 0.1]},
  "loguniform": {"_type": "loguniform", "_value": [0.001, 0.1]},
  "qloguniform": {"_type": "qloguniform", "_value": [0.001, 0.1, 0.001]},
  "normal": {"_type": "normal", "_value": [0, 0.1]},
  "qnormal": {"_type": "qnormal", "_value": [0.5, 0.1, 0.1]},
  "lognormal": {"_type": "lognormal", "_value": [0.0, 1]},
  "qlognormal": {"_type": "qlognormal", "_value": [-1, 1, 0.1]}
}"#;

#[test]
fn nni_good() {
    assert_eq!(diags(NNI_GOOD), []);
}

#[test]
fn nni_good_nested() {
    let text = r#"{"outer": {"_type": "choice", "_value": [
        {"_name": "empty"},
        {"_name": "a", "a_1": {"_type": "choice", "_value": ["a", "b"]}}]}}"#;
    assert_eq!(diags(text), []);
}

#[test]
fn nni_good_partial() {
    // NNI checks this space against a tuner limited to [choice, randint]; tuner compatibility
    // is a cross-file rule (SPEC.md §7). The space itself is valid.
    let text = r#"{"choice": {"_type": "choice", "_value": ["a", "b"]},
        "randint": {"_type": "randint", "_value": [1, 10]}}"#;
    assert_eq!(diags(text), []);
    let types: Vec<String> = domain_types(&parse_json(text))
        .into_iter()
        .map(|(_, t, _)| t)
        .collect();
    assert_eq!(types, ["choice", "randint"]);
}

#[test]
fn nni_invalid_type() {
    assert_eq!(codes("\"x\""), ["HPO201"]);
}

#[test]
fn nni_invalid_spec_type() {
    assert_eq!(found(r#"{"x": [1, 2, 3]}"#), one("HPO202", "/x", 1, 7));
}

#[test]
fn nni_invalid_fields() {
    let text = r#"{"x": {"type": "choice", "value": ["a", "b"]}}"#;
    assert_eq!(codes(text), ["HPO203", "HPO203"]);
    assert!(
        diags(text)
            .iter()
            .all(|d| d.help.as_deref().is_some_and(|h| h.contains("underscore")))
    );
}

#[test]
fn nni_invalid_choic() {
    let text = r#"{"x": {"_type": "choic", "_value": ["a"]}}"#;
    assert_eq!(found(text), one("HPO205", "/x/_type", 1, 17));
    assert!(help_of(text, "HPO205").contains("`choice`"));
}

#[test]
fn nni_invalid_value() {
    assert_eq!(
        codes(r#"{"x": {"_type": "choice", "_value": "ab"}}"#),
        ["HPO207"]
    );
}

#[test]
fn nni_invalid_choice_args() {
    // NNI uses `object()`, which JSON cannot hold; null is the JSON value NNI rejects the same way.
    assert_eq!(
        found(r#"{"x": {"_type": "choice", "_value": ["a", null]}}"#),
        one("HPO215", "/x/_value/1", 1, 43)
    );
}

#[test]
fn nni_invalid_2_args() {
    assert_eq!(
        codes(r#"{"x": {"_type": "randint", "_value": [1, 2, 3]}}"#),
        ["HPO208"]
    );
}

#[test]
fn nni_invalid_3_args() {
    assert_eq!(
        codes(r#"{"x": {"_type": "quniform", "_value": [0]}}"#),
        ["HPO208"]
    );
}

#[test]
fn nni_invalid_int_args() {
    // NNI stops at the first value; hpoconf reports both.
    assert_eq!(
        codes(r#"{"x": {"_type": "randint", "_value": [1.0, 2.0]}}"#),
        ["HPO209", "HPO209"]
    );
}

#[test]
fn nni_invalid_float_args() {
    assert_eq!(
        codes(r#"{"x": {"_type": "uniform", "_value": ["0.1", "0.2"]}}"#),
        ["HPO209", "HPO209"]
    );
}

#[test]
fn nni_invalid_low_high() {
    assert_eq!(
        found(r#"{"x": {"_type": "quniform", "_value": [2, 1, 0.1]}}"#),
        one("HPO210", "/x/_value", 1, 39)
    );
}

#[test]
fn nni_invalid_log() {
    assert_eq!(
        codes(r#"{"x": {"_type": "loguniform", "_value": [0, 1]}}"#),
        ["HPO211"]
    );
}

#[test]
fn nni_invalid_sigma() {
    assert_eq!(
        codes(r#"{"x": {"_type": "normal", "_value": [0, 0]}}"#),
        ["HPO212"]
    );
}

// ---------------------------------------------------------------------------------------------
// The NNI corpus.

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/nni");

fn read_corpus(path: &str) -> String {
    std::fs::read_to_string(format!("{CORPUS}/{path}"))
        .unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// The rule hpoconf reports for NNI's failure message.
fn expected_code(nni_message: &str) -> &'static str {
    if nni_message.contains("unsupported type") {
        "HPO206"
    } else if nni_message.contains("should only contain numbers or strings") {
        "HPO215"
    } else if nni_message.contains("expect a dict") {
        "HPO202"
    } else if nni_message.contains("must have float values") {
        "HPO222"
    } else if nni_message.contains("ScannerError") {
        "HPO001"
    } else {
        panic!("no expected rule for {nni_message}")
    }
}

#[test]
fn corpus_search_spaces() {
    let index = read_corpus("INDEX.tsv");
    let mut checked = 0;
    for line in index.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(path), Some(kind), Some(verdict)) = (cols.first(), cols.get(1), cols.get(2))
        else {
            continue;
        };
        if *kind != "search-space" {
            continue;
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        let report = check_str(name, &read_corpus(path), Some(hpoconf::Kind::SearchSpace));
        let errors: Vec<&Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        for d in &report.diagnostics {
            eprintln!(
                "{path}: {} {} {} {}",
                d.severity, d.code, d.pointer, d.message
            );
        }
        match *verdict {
            "PASS" if path.ends_with("ss_comma.json") => {
                // NNI loads JSON with trailing commas through its YAML fallback; hpoconf
                // accepts them in a search space with a `trailing-comma` warning (HPO006).
                assert!(errors.is_empty(), "{path}: {errors:?}");
                assert!(
                    report.diagnostics.iter().any(|d| d.code == "HPO006"),
                    "{path}"
                );
            }
            "PASS" => assert!(errors.is_empty(), "{path}: {errors:?}"),
            "FAIL" => {
                let expected = expected_code(cols.get(3).copied().unwrap_or(""));
                assert!(
                    errors.iter().any(|d| d.code == expected),
                    "{path}: expected {expected}, got {errors:?}"
                );
            }
            other => panic!("unknown verdict {other}"),
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} corpus spaces checked");
}

#[test]
fn corpus_builtin_tuner_assets() {
    // test/ut/sdk/assets/search_space.json: the `*fail*`, `*_equal` and `choice_mixed` entries
    // are errors; the `quniform_clip*` entries, whose q does not divide the range, warnings.
    let text = read_corpus("test/ut/sdk/assets/search_space.json");
    let got: Vec<(String, Severity, String)> = diags(&text)
        .into_iter()
        .map(|d| (d.code, d.severity, d.pointer))
        .collect();
    let e = |code: &str, ptr: &str| (code.to_owned(), Severity::Error, ptr.to_owned());
    let w = |code: &str, ptr: &str| (code.to_owned(), Severity::Warning, ptr.to_owned());
    assert_eq!(
        got,
        [
            e("HPO215", "/choice_mixed/_value/3"),
            e("HPO210", "/randint_fail_equal/_value"),
            e("HPO210", "/uniform_equal/_value"),
            w("HPO219", "/quniform_clip/_value"),
            w("HPO219", "/quniform_clip_2/_value"),
            e("HPO210", "/loguniform_equal/_value"),
            e("HPO210", "/qloguniform_equal/_value"),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Facts.

#[test]
fn facts_grid_size() {
    assert_eq!(grid_size(&parse_json(NNI_GOOD)), GridSize::Infinite);
    let space = parse_json(
        r#"{"a": {"_type": "choice", "_value": [1, 2, 3]},
            "b": {"_type": "randint", "_value": [0, 4]},
            "c": {"_type": "quniform", "_value": [1, 10, 0.1]},
            "d": {"_type": "quniform", "_value": [0, 1, 0.3]}}"#,
    );
    // 3 * 4 * 91 * 4 (0, 0.3, 0.6, 0.9)
    assert_eq!(grid_size(&space), GridSize::Finite(3 * 4 * 91 * 4));
    let nested = parse_json(
        r#"{"outer": {"_type": "choice", "_value": [
            {"_name": "empty"},
            {"_name": "a", "a_1": {"_type": "choice", "_value": ["a", "b"]},
                           "a_2": {"_type": "randint", "_value": [0, 3]}}]}}"#,
    );
    assert_eq!(grid_size(&nested), GridSize::Finite(1 + 2 * 3));
    let continuous_inside = parse_json(
        r#"{"o": {"_type": "choice", "_value": [{"_name": "a", "x": {"_type": "uniform", "_value": [0, 1]}}]}}"#,
    );
    assert_eq!(grid_size(&continuous_inside), GridSize::Infinite);
    let huge = parse_json(
        r#"{"a": {"_type": "randint", "_value": [-9223372036854775808, 18446744073709551615]},
            "b": {"_type": "randint", "_value": [-9223372036854775808, 18446744073709551615]},
            "c": {"_type": "randint", "_value": [-9223372036854775808, 18446744073709551615]}}"#,
    );
    assert_eq!(grid_size(&huge), GridSize::Finite(u128::MAX));
    assert_eq!(grid_size(&parse_json("{}")), GridSize::Finite(1));
    assert_eq!(grid_size(&parse_json("[]")), GridSize::Finite(0));
    assert_eq!(GridSize::Infinite.to_string(), "infinite");
}

#[test]
fn facts_placeholders_and_domain_types() {
    let space = parse_json(
        r#"{"${x}": {"_type": "choice", "_value": [{"_name": "empty"},
              {"_name": "a", "a_1": {"_type": "uniform", "_value": [0, 1]}}]},
            "${lr}": {"_type": "loguniform", "_value": [0.001, 0.1]},
            "bad": 1}"#,
    );
    assert_eq!(placeholders(&space), ["${x}", "${lr}", "bad"]);
    assert_eq!(
        domain_types(&space)
            .into_iter()
            .map(|(p, t, n)| (p.to_pointer(), t, n))
            .collect::<Vec<_>>(),
        [
            ("/${x}".to_owned(), "choice".to_owned(), false),
            ("/${x}/_value/1/a_1".to_owned(), "uniform".to_owned(), true),
            ("/${lr}".to_owned(), "loguniform".to_owned(), false),
        ]
    );
    assert!(placeholders(&parse_json("[1]")).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Property: arbitrary search-space-like trees never panic, and every finding's pointer resolves
// (or, for a missing member, its parent does).

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn scalar() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("null".to_owned()),
            Just("true".to_owned()),
            Just("0".to_owned()),
            Just("-1".to_owned()),
            Just("1.0".to_owned()),
            Just("0.3".to_owned()),
            Just("1e400".to_owned()),
            Just("18446744073709551615".to_owned()),
            Just("\"0.1\"".to_owned()),
            Just("\"a\"".to_owned()),
            (-5i64..20).prop_map(|i| i.to_string()),
        ]
    }

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("_type".to_owned()),
            Just("_value".to_owned()),
            Just("_name".to_owned()),
            Just("type".to_owned()),
            Just("${x}".to_owned()),
            Just("a/b~c".to_owned()),
            Just("学习率".to_owned()),
            "[a-z]{1,3}",
        ]
    }

    fn type_name() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("choice"),
            Just("randint"),
            Just("uniform"),
            Just("quniform"),
            Just("loguniform"),
            Just("qloguniform"),
            Just("normal"),
            Just("qnormal"),
            Just("lognormal"),
            Just("qlognormal"),
            Just("factor"),
            Just("Choise"),
        ]
        .prop_map(|s| format!("\"{s}\""))
    }

    fn value() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![scalar(), type_name()];
        leaf.prop_recursive(5, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5)
                    .prop_map(|v| format!("[{}]", v.join(", "))),
                prop::collection::vec((key(), inner.clone()), 0..4).prop_map(|v| {
                    let mut seen = std::collections::HashSet::new();
                    let members: Vec<String> = v
                        .into_iter()
                        .filter(|(k, _)| seen.insert(k.clone()))
                        .map(|(k, v)| format!("{}: {v}", serde_json::Value::String(k)))
                        .collect();
                    format!("{{{}}}", members.join(", "))
                }),
                (type_name(), inner.clone())
                    .prop_map(|(t, v)| format!("{{\"_type\": {t}, \"_value\": {v}}}")),
                (type_name(), prop::collection::vec(inner, 0..4)).prop_map(|(t, v)| format!(
                    "{{\"_type\": {t}, \"_value\": [{}]}}",
                    v.join(", ")
                )),
            ]
        })
    }

    fn space() -> impl Strategy<Value = String> {
        prop_oneof![
            1 => value(),
            4 => prop::collection::vec((key(), value()), 0..5).prop_map(|v| {
                let mut seen = std::collections::HashSet::new();
                let members: Vec<String> = v
                    .into_iter()
                    .filter(|(k, _)| seen.insert(k.clone()))
                    .map(|(k, v)| format!("{}: {v}", serde_json::Value::String(k)))
                    .collect();
                format!("{{{}}}", members.join(", "))
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn never_panics_and_pointers_resolve(text in space(), pai in any::<bool>()) {
            let Some(root) = source::parse(Format::Json, &text).root else {
                return Ok(());
            };
            let mut out = Vec::new();
            search_space::check(&root, &NodePath::root(), &SpaceContext { pai }, &mut out);
            for f in &out {
                let parent = f.path.parent().unwrap_or_default();
                prop_assert!(
                    f.path.resolve(&root).is_some() || parent.resolve(&root).is_some(),
                    "{} {} in {}", f.rule.code, f.path, text
                );
            }
            let _ = grid_size(&root);
            let _ = placeholders(&root);
            for (ptr, _, _) in domain_types(&root) {
                prop_assert!(ptr.resolve(&root).is_some(), "{ptr} in {text}");
            }
            // End to end as well (sorting, locating): every finding names a node, none falls
            // back to its parent.
            hpoconf::work::reset();
            let report = check_str("search_space.json", &text, None);
            prop_assert_eq!(
                hpoconf::work::get(hpoconf::work::Counter::InexactLocations),
                0,
                "{:?} in {}",
                report.diagnostics,
                text
            );
        }
    }
}
