//! The exported JSON Schemas (`schemas/`, `hpoconf schema`):
//! - `schemas/` holds exactly what `hpoconf schema --out schemas` writes (`UPDATE_SCHEMAS=1`
//!   rewrites it);
//! - both drafts are valid against their metaschemas, and the 2020-12 output is 2020-12;
//! - the schemas help a person: every property has a description, enums, patterns, ranges;
//! - agreement with hpoconf, with the `jsonschema` crate and both drafts: every valid fixture and
//!   every corpus file hpoconf accepts validates; documents with a shape error that a schema can
//!   express (unknown key, wrong type, enum, range, pattern) fail.

use crate::common;

use std::path::{Path, PathBuf};

use hpoconf::schema::{self, Draft};
use hpoconf::source::Limits;
use hpoconf::workspace::{self, Options};
use hpoconf::{Kind, Severity};
use serde_json::{Value, json};

const DRAFTS: [Draft; 2] = [Draft::Draft07, Draft::Draft2020_12];

fn schema_path(kind: Kind) -> PathBuf {
    common::root()
        .join("schemas")
        .join(format!("{}.schema.json", kind.id()))
}

fn validator(kind: Kind, draft: Draft) -> jsonschema::Validator {
    let s = schema::schema_for(kind, draft);
    let built = match draft {
        Draft::Draft07 => jsonschema::draft7::new(&s),
        Draft::Draft2020_12 => jsonschema::draft202012::new(&s),
    };
    built.unwrap_or_else(|e| panic!("{kind} {draft:?}: the schema does not compile: {e}"))
}

/// The errors of `value` against the kind's editor schema, one line each.
fn schema_errors(kind: Kind, draft: Draft, value: &Value) -> Vec<String> {
    validator(kind, draft)
        .iter_errors(value)
        .map(|e| format!("{} at `{}`", e, e.instance_path()))
        .collect()
}

/// A document's data as JSON, read as hpoconf reads it (YAML and INI through hpoconf's readers).
fn data_of(kind: Kind, path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let yaml = path.extension().is_some_and(|e| e == "yml" || e == "yaml");
    let kind = if yaml { Kind::ExpYml } else { kind }; // NNI also loads YAML search spaces
    data_of_text(kind, &text).unwrap_or_else(|| panic!("{}: not readable", path.display()))
}

/// The data of a document as JSON: YAML (exp.yml) and INI (trial.ini) through hpoconf's readers.
fn data_of_text(kind: Kind, text: &str) -> Option<Value> {
    match kind {
        Kind::ExpYml => hpoconf::source::yaml::parse(text, &Limits::default())
            .root
            .map(|r| r.to_json()),
        Kind::TrialIni => hpoconf::source::ini::parse(text).root.map(|r| r.to_json()),
        // JSON through hpoconf's reader too: it accepts what hpoconf only warns about
        // (trailing commas), which is a syntax matter, not the schema's.
        _ => hpoconf::source::json::parse(text, &Limits::default())
            .root
            .or_else(|| hpoconf::source::json::parse_allowing_trailing_commas(text)?.root)
            .map(|r| r.to_json()),
    }
}

#[test]
fn schemas_folder_is_what_the_command_writes() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let dir = common::root().join("schemas");
    let mut stale = Vec::new();
    for kind in Kind::ALL {
        let path = schema_path(kind);
        let expected = schema::to_pretty_string(&schema::schema_for(kind, Draft::Draft07));
        if update {
            std::fs::create_dir_all(&dir).expect("create schemas/");
            std::fs::write(&path, &expected).expect("write schema");
            continue;
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            stale.push(path.display().to_string());
        }
    }
    let extra: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| {
                    !Kind::ALL
                        .iter()
                        .any(|k| *name == format!("{}.schema.json", k.id()))
                })
                .collect()
        })
        .unwrap_or_default();
    assert!(
        extra.is_empty(),
        "files in schemas/ that `hpoconf schema --out schemas` does not write: {extra:?}"
    );
    assert!(
        stale.is_empty(),
        "out of date (run `cargo run -- schema --out schemas`, or this test with UPDATE_SCHEMAS=1): {stale:?}"
    );
}

#[test]
fn schemas_are_valid_against_their_metaschemas() {
    for kind in Kind::ALL {
        for draft in DRAFTS {
            let s = schema::schema_for(kind, draft);
            if let Err(e) = jsonschema::meta::validate(&s) {
                panic!("{kind} {draft:?}: not a valid schema: {e}");
            }
            validator(kind, draft);
        }
    }
}

/// Every `$ref` and every definitions section of the 2020-12 output is 2020-12 (`$defs`), and
/// the draft-07 output uses `definitions`.
#[test]
fn draft_2020_12_output_uses_defs_and_its_metaschema() {
    fn walk(v: &Value, refs: &mut Vec<String>, keys: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, child) in o {
                    if k == "$ref"
                        && let Some(s) = child.as_str()
                    {
                        refs.push(s.to_owned());
                    }
                    if k == "examples" || k == "default" || k == "const" || k == "enum" {
                        continue;
                    }
                    keys.push(k.clone());
                    walk(child, refs, keys);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, refs, keys)),
            _ => {}
        }
    }
    for kind in Kind::ALL {
        let s = schema::schema_for(kind, Draft::Draft2020_12);
        assert_eq!(
            s["$schema"],
            json!("https://json-schema.org/draft/2020-12/schema"),
            "{kind}"
        );
        let (mut refs, mut keys) = (Vec::new(), Vec::new());
        walk(&s, &mut refs, &mut keys);
        assert!(!keys.iter().any(|k| k == "definitions"), "{kind}");
        assert!(
            refs.iter().all(|r| r == "#" || r.starts_with("#/$defs/")),
            "{kind}: {refs:?}"
        );
        let s = schema::schema_for(kind, Draft::Draft07);
        assert_eq!(
            s["$schema"],
            json!("http://json-schema.org/draft-07/schema#"),
            "{kind}"
        );
        let (mut refs, mut keys) = (Vec::new(), Vec::new());
        walk(&s, &mut refs, &mut keys);
        assert!(!keys.iter().any(|k| k == "$defs"), "{kind}");
        assert!(
            refs.iter()
                .all(|r| r == "#" || r.starts_with("#/definitions/")),
            "{kind}: {refs:?}"
        );
    }
}

/// Every property of every object schema has a description (directly, or through the `$ref`
/// it points to).
#[test]
fn every_property_has_a_description() {
    fn resolve<'a>(root: &'a Value, v: &'a Value) -> &'a Value {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with("#/") => r[2..]
                .split('/')
                .try_fold(root, |node, key| node.get(key))
                .unwrap_or(v),
            _ => v,
        }
    }
    fn walk(root: &Value, v: &Value, at: &str, missing: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for map in ["properties", "patternProperties"] {
                    if let Some(Value::Object(props)) = o.get(map) {
                        for (name, sub) in props {
                            let described = sub.get("description").is_some()
                                || resolve(root, sub).get("description").is_some();
                            if !described {
                                missing.push(format!("{at}/{map}/{name}"));
                            }
                        }
                    }
                }
                for (k, child) in o {
                    if k == "examples" || k == "default" || k == "const" || k == "enum" {
                        continue;
                    }
                    walk(root, child, &format!("{at}/{k}"), missing);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(root, item, &format!("{at}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    for kind in Kind::ALL {
        let s = schema::schema_for(kind, Draft::Draft07);
        assert!(
            s["title"].is_string() && s["description"].is_string(),
            "{kind}"
        );
        assert!(
            s["$id"]
                .as_str()
                .is_some_and(|id| id.starts_with("https://"))
        );
        let mut missing = Vec::new();
        walk(&s, &s, "", &mut missing);
        assert!(missing.is_empty(), "{kind}: no description: {missing:#?}");
    }
}

/// The document kinds of the valid fixtures, by file name.
fn fixture_kind(path: &Path) -> Option<Kind> {
    let name = path.file_name()?.to_str()?;
    Some(match name {
        "exp.yml" => Kind::ExpYml,
        "search_space.json" => Kind::SearchSpace,
        "trial.ini" | "config.ini" => Kind::TrialIni,
        "hpo_config.json" => Kind::HpoConfig,
        "get_hpo_experiment.json" => Kind::GetHpoExperiment,
        _ => return None,
    })
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn valid_fixtures_validate_against_their_schemas() {
    let files: Vec<(Kind, PathBuf)> = files_under(&common::root().join("fixtures"))
        .into_iter()
        .filter_map(|p| fixture_kind(&p).map(|k| (k, p)))
        .collect();
    for kind in Kind::ALL {
        assert!(
            files.iter().any(|(k, _)| *k == kind),
            "no fixture of {kind}"
        );
    }
    let mut failures = Vec::new();
    for (kind, path) in &files {
        let data = data_of(*kind, path);
        for draft in DRAFTS {
            for e in schema_errors(*kind, draft, &data) {
                failures.push(format!("{} ({draft:?}): {e}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corpus_files_hpoconf_accepts_validate_against_their_schemas() {
    let index = std::fs::read_to_string(common::corpus().join("INDEX.tsv")).expect("INDEX.tsv");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in index.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let kind = match cols.get(1) {
            Some(&"search-space") => Kind::SearchSpace,
            Some(&"exp-v2") => Kind::ExpYml,
            _ => continue, // NNI v1 configs are not exp.yml v2: no schema describes them
        };
        let path = common::corpus().join(cols[0]);
        let outcome = workspace::check_paths(
            std::slice::from_ref(&path),
            &Options {
                kind: Some(kind),
                ..Options::default()
            },
        );
        let accepted = outcome.failures.is_empty()
            && outcome.reports.iter().all(|r| {
                r.diagnostics.iter().all(|d| {
                    // Other spellings than camelCase and snake_case are warnings in hpoconf;
                    // the schema knows only the two.
                    d.severity != Severity::Error && d.name != "key-spelling"
                })
            });
        if !accepted {
            continue;
        }
        checked += 1;
        let data = data_of(kind, &path);
        for draft in DRAFTS {
            for e in schema_errors(kind, draft, &data) {
                failures.push(format!("{} ({draft:?}): {e}", cols[0]));
            }
        }
    }
    assert!(checked >= 40, "only {checked} corpus files checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Shape codes are HPO1xx.
fn shape_errors(name: &str, text: &str, kind: Kind) -> Vec<String> {
    let report = hpoconf::check_str(name, text, Some(kind));
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.code.starts_with("HPO1"))
        .map(|d| format!("{} {} {}", d.code, d.pointer, d.message))
        .collect()
}

#[test]
fn invalid_fixtures_with_shape_errors_fail_their_schemas() {
    let dir = common::root().join("tests/fixtures/invalid");
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in files_under(&dir) {
        if path.extension().is_some_and(|e| e == "snap") {
            continue;
        }
        let snap = std::fs::read_to_string(format!("{}.snap", path.display())).unwrap_or_default();
        // The file's kind is on the snapshot's first line: `# name (kind)`.
        let Some(kind) = snap
            .lines()
            .next()
            .and_then(|l| l.rsplit_once('('))
            .and_then(|(_, k)| Kind::from_id(k.trim_end_matches(')')))
        else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("x");
        let errors = shape_errors(name, &text, kind);
        // Only documents that parse, with a shape error a schema can express.
        let expressible = errors.iter().any(|e| {
            ["HPO101", "HPO102", "HPO103", "HPO104", "HPO105", "HPO106"]
                .iter()
                .any(|c| e.starts_with(c))
        });
        let Some(data) = data_of_text(kind, &text) else {
            continue;
        };
        if !expressible {
            continue;
        }
        checked += 1;
        for draft in DRAFTS {
            if schema_errors(kind, draft, &data).is_empty() {
                failures.push(format!(
                    "{} ({draft:?}) validates, but hpoconf reports {errors:?}",
                    path.display()
                ));
            }
        }
    }
    assert!(checked >= 3, "only {checked} invalid fixtures checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A minimal valid exp.yml, then variants of it.
const EXP: &str = "searchSpace:\n  lr:\n    _type: loguniform\n    _value: [0.001, 0.1]\ntrialCommand: python3 train.py\ntrialConcurrency: 2\ntuner:\n  name: TPE\n  classArgs:\n    optimize_mode: maximize\ntrainingService:\n  platform: local\n";

fn accepted_by_both(kind: Kind, name: &str, text: &str) {
    let errors: Vec<String> = hpoconf::check_str(name, text, Some(kind))
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{} {}", d.code, d.message))
        .collect();
    assert!(
        errors.is_empty(),
        "hpoconf rejects {name}: {errors:?}\n{text}"
    );
    let data = data_of_text(kind, text).expect("readable");
    for draft in DRAFTS {
        let e = schema_errors(kind, draft, &data);
        assert!(e.is_empty(), "{name} ({draft:?}): {e:?}\n{text}");
    }
}

fn rejected_by_both(kind: Kind, name: &str, text: &str) {
    let errors = shape_errors(name, text, kind);
    assert!(
        !errors.is_empty(),
        "hpoconf reports no shape error on {name}\n{text}"
    );
    let data = data_of_text(kind, text).expect("readable");
    for draft in DRAFTS {
        assert!(
            !schema_errors(kind, draft, &data).is_empty(),
            "{name} ({draft:?}) validates, but hpoconf reports {errors:?}\n{text}"
        );
    }
}

#[test]
fn exp_yml_camel_case_and_snake_case_keys_are_accepted() {
    accepted_by_both(Kind::ExpYml, "exp.yml", EXP);
    let snake = EXP
        .replace("searchSpace:", "search_space:")
        .replace("trialCommand", "trial_command")
        .replace("trialConcurrency", "trial_concurrency")
        .replace("classArgs", "class_args")
        .replace("trainingService", "training_service");
    accepted_by_both(Kind::ExpYml, "exp.yml", &snake);
    accepted_by_both(
        Kind::ExpYml,
        "exp.yml",
        &format!("{EXP}maxExperimentDuration: 1.5h\nmax_trial_duration: 30m\nlogLevel: debug\n"),
    );
}

#[test]
fn json_kinds_accept_a_schema_member() {
    let space = r#"{"$schema": "../schemas/search-space.schema.json", "${lr}": {"_type": "uniform", "_value": [0, 1]}}"#;
    let data: Value = serde_json::from_str(space).unwrap();
    for draft in DRAFTS {
        assert!(schema_errors(Kind::SearchSpace, draft, &data).is_empty());
    }
    for kind in [Kind::HpoConfig, Kind::GetHpoExperiment] {
        let s = schema::schema_for(kind, Draft::Draft07);
        assert_eq!(
            s["properties"]["$schema"]["type"],
            json!("string"),
            "{kind}"
        );
    }
}

#[test]
fn shape_errors_a_schema_can_express_are_rejected_by_both() {
    let exp = |extra: &str| format!("{EXP}{extra}\n");
    // unknown key, wrong type, enum, range, pattern
    rejected_by_both(Kind::ExpYml, "exp.yml", &exp("maxTrialNumbr: 3"));
    rejected_by_both(
        Kind::ExpYml,
        "exp.yml",
        &EXP.replace("trialConcurrency: 2", "trialConcurrency: \"2\""),
    );
    rejected_by_both(Kind::ExpYml, "exp.yml", &exp("logLevel: verbose"));
    rejected_by_both(
        Kind::ExpYml,
        "exp.yml",
        &EXP.replace("trialConcurrency: 2", "trialConcurrency: 0"),
    );
    rejected_by_both(Kind::ExpYml, "exp.yml", &exp("maxExperimentDuration: 1w"));
    rejected_by_both(
        Kind::ExpYml,
        "exp.yml",
        &EXP.replace("platform: local", "platform: locall"),
    );
    // search spaces: `_value` arity, `_type` enum, string where numbers go
    for space in [
        r#"{"x": {"_type": "uniform", "_value": [0, 1, 2]}}"#,
        r#"{"x": {"_type": "quniform", "_value": [0, 1]}}"#,
        r#"{"x": {"_type": "choise", "_value": [1, 2]}}"#,
        r#"{"x": {"_type": "loguniform", "_value": ["0.1", 1]}}"#,
        r#"{"x": {"_type": "randint", "_value": [1.5, 3]}}"#,
    ] {
        let data: Value = serde_json::from_str(space).unwrap();
        for draft in DRAFTS {
            assert!(
                !schema_errors(Kind::SearchSpace, draft, &data).is_empty(),
                "{space} ({draft:?})"
            );
        }
        let report = hpoconf::check_str("search_space.json", space, Some(Kind::SearchSpace));
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error),
            "hpoconf accepts {space}"
        );
    }
}

#[test]
fn editor_schemas_carry_enums_patterns_and_the_domain_union() {
    let exp = schema::schema_for(Kind::ExpYml, Draft::Draft07);
    let algorithm = &exp["definitions"]["Algorithm"]["properties"]["classArgs"];
    assert_eq!(
        algorithm["properties"]["optimize_mode"]["enum"],
        json!(["maximize", "minimize"])
    );
    assert!(
        algorithm["description"]
            .as_str()
            .is_some_and(|d| d.contains("PAIAssessor"))
    );
    let domain = &exp["definitions"]["Domain"]["oneOf"];
    let branches = domain.as_array().expect("Domain is a oneOf");
    assert_eq!(branches.len(), 10);
    for b in branches {
        let t = b["properties"]["_type"]["const"]
            .as_str()
            .expect("const _type");
        let arity = b["properties"]["_value"]["maxItems"].as_u64();
        let want = match t {
            "choice" => None,
            t if t.starts_with('q') => Some(3),
            _ => Some(2),
        };
        assert_eq!(arity, want, "{t}");
    }
    let ini = schema::schema_for(Kind::TrialIni, Draft::Draft07);
    let text = serde_json::to_string(&ini).unwrap();
    for needle in [
        r#""enum":["everyday","weekend",null]"#,
        r#""enum":["http","https",null]"#,
        r#""enum":["summary","table","api","json","stdout"]"#,
        "^([01][0-9]|2[0-3]):[0-5][0-9]$",
        "^acs:ram::[0-9]+:role/.+$",
    ] {
        assert!(text.contains(needle), "trial-ini schema lacks {needle}");
    }
    // What the editor schema adds never reaches the shape checker's schema.
    let validation = serde_json::to_string(schema::validation_schema(Kind::TrialIni)).unwrap();
    assert!(!validation.contains(r#""enum":["everyday","weekend""#));
}

/// The validation schemas the shape checker reads at run time are committed as data
/// (`src/schema/validation/<kind>.json`, issue 17): they must be what schemars generates from
/// the models now. `UPDATE_SCHEMAS=1` rewrites them.
#[test]
fn committed_validation_schemas_are_current() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let dir = common::root().join("src/schema/validation");
    let mut stale = Vec::new();
    for kind in Kind::ALL {
        let generated = schema::generate_validation_schema(kind);
        let expected = schema::to_compact_string(&generated);
        let path = dir.join(format!("{}.json", kind.id()));
        if update {
            std::fs::write(&path, &expected).expect("write validation schema");
            continue;
        }
        if schema::committed_validation_schema(kind) != expected {
            stale.push(path.display().to_string());
        }
        assert_eq!(schema::validation_schema(kind), &generated, "{kind}");
    }
    assert!(
        stale.is_empty(),
        "out of date (run this test with UPDATE_SCHEMAS=1): {stale:?}"
    );
}
