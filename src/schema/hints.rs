//! What the editor schemas carry for editors' completion, hover and messages only (no change to
//! what validates):
//!
//! - `markdownDescription` beside every `description` (VS Code and yaml-language-server render
//!   it as Markdown; a plain `description` comes back with its backticks escaped);
//! - the tuner and the assessor of an exp.yml as separate definitions, each `name` an `enum` of
//!   the built-ins of its kind with a description per name (`markdownEnumDescriptions`), and
//!   any other string (another case, an alias, an algorithm registered with `nnictl`) through a
//!   second branch marked `doNotSuggest`, so that completion offers the built-ins of the right
//!   kind and no `null`;
//! - `errorMessage` (yaml-language-server) and `patternErrorMessage` (VS Code) on durations
//!   and sizes, which name the format instead of "Expected integer | null".
//!
//! The names are listed here because the schema sits below the rules (which hold the
//! algorithm table, `rules::exp_yml::algorithms`); `tests/it/server.rs` checks that the two
//! agree.

use serde_json::{Map, Value, json};

/// The built-in tuners: name, other accepted names, description.
pub const TUNERS: &[(&str, &[&str], &str)] = &[
    (
        "TPE",
        &[],
        "Tree-structured Parzen Estimator, a Bayesian tuner: a good default. `classArgs`: `optimize_mode`, `seed`, `tpe_args`.",
    ),
    (
        "Random",
        &["RandomSearch"],
        "Random search: samples every parameter independently; a baseline. `classArgs`: `optimize_mode`, `seed`.",
    ),
    (
        "Anneal",
        &[],
        "Simulated annealing, starting from random samples. `classArgs`: `optimize_mode`, `parallel_optimize`, `constant_liar_type`.",
    ),
    (
        "TPE_legacy",
        &[],
        "The hyperopt-based TPE of earlier NNI releases. `classArgs`: `optimize_mode`, `parallel_optimize`, `constant_liar_type`.",
    ),
    (
        "GridSearch",
        &["GridSearchTuner"],
        "Tries every combination of the search space (`choice`, `quniform`, `randint`). No `classArgs`.",
    ),
    (
        "Batch",
        &["BatchTuner"],
        "Runs the configurations listed in the search space's `choice`, one after the other. No `classArgs`.",
    ),
    (
        "Evolution",
        &["EvolutionTuner"],
        "Evolutionary search: mutates the best of a population. `classArgs`: `optimize_mode` (required), `population_size`.",
    ),
    (
        "SMAC",
        &["SMACTuner"],
        "Sequential Model-based Algorithm Configuration (random forests). `classArgs`: `optimize_mode` (required), `config_dedup`.",
    ),
    (
        "Metis",
        &["MetisTuner"],
        "Gaussian-process tuner that also proposes re-running noisy trials. `classArgs`: `optimize_mode`, `no_resampling`, `no_candidates`, ...",
    ),
    (
        "GP",
        &["GPTuner"],
        "Gaussian-process Bayesian optimization. `classArgs`: `optimize_mode`, `utility`, `kappa`, `xi`, `nu`, `alpha`, ...",
    ),
    (
        "PBT",
        &["PBTTuner"],
        "Population Based Training: trains a population and copies the best checkpoints. `classArgs`: `optimize_mode` (required), `all_checkpoint_dir`, `population_size`, ...",
    ),
    (
        "DNGO",
        &["DNGOTuner"],
        "Bayesian optimization with a neural-network surrogate. `classArgs`: `optimize_mode`, `sample_size`, `trials_per_update`, `num_epochs_per_training`.",
    ),
    (
        "Hyperband",
        &[],
        "Successive halving over budgets; also accepted as an `advisor`. `classArgs`: `optimize_mode` (required), `R`, `eta`, `exec_mode`.",
    ),
    (
        "BOHB",
        &[],
        "Bayesian optimization with Hyperband; also accepted as an `advisor`. `classArgs`: `optimize_mode` (required), `min_budget`, `max_budget`, `eta`, ...",
    ),
    (
        "NetworkMorphism",
        &["NetworkMorphismTuner"],
        "Network morphism, for neural architecture search.",
    ),
    (
        "PPOTuner",
        &["PPO"],
        "Proximal Policy Optimization, for neural architecture search.",
    ),
    (
        "RegularizedEvolutionTuner",
        &["RegularizedEvolution"],
        "Regularized (aging) evolution, for neural architecture search.",
    ),
];

/// The built-in assessors: name, other accepted names, description.
pub const ASSESSORS: &[(&str, &[&str], &str)] = &[
    (
        "Medianstop",
        &["MedianstopAssessor"],
        "Stops a trial whose best result is worse than the median of the other trials at the same step. `classArgs`: `optimize_mode`, `start_step`.",
    ),
    (
        "Curvefitting",
        &["CurvefittingAssessor"],
        "Stops a trial whose extrapolated learning curve will not beat the best result. `classArgs`: `epoch_num` (required), `start_step`, `threshold`, `gap`.",
    ),
    (
        "PAIAssessor",
        &[],
        "PAI's early-stopping assessor. `classArgs`: `optimize_mode`, `start_step`, `moving_avg`, `proportion`, `patience`, `earlystop`.",
    ),
];

/// The message of a duration that does not match.
const DURATION_MESSAGE: &str = "Expected a duration: a number and a unit d, h, m or s (`1.5h`, `30m`, `2d`), or an integer number of seconds.";
/// The message of a size that does not match.
const SIZE_MESSAGE: &str =
    "Expected a size: a number and a unit tb, gb, mb, kb or b (`4gb`, `512mb`).";

/// Applies the hints to an editor schema of any kind.
pub fn apply(schema: &mut Value, exp_yml: bool) {
    if exp_yml {
        split_algorithms(schema);
    }
    name_formats(schema);
    markdown(schema);
}

/// The schema of an algorithm's `name` for one kind.
fn name_schema(kind: &str, table: &[(&str, &[&str], &str)]) -> Value {
    let names: Vec<&str> = table.iter().map(|(n, _, _)| *n).collect();
    let docs: Vec<String> = table
        .iter()
        .map(|(_, aliases, d)| {
            if aliases.is_empty() {
                (*d).to_owned()
            } else {
                format!("{d} Also written {}.", aliases.join(", "))
            }
        })
        .collect();
    let mut accepted: Vec<&str> = names.clone();
    accepted.extend(table.iter().flat_map(|(_, a, _)| a.iter().copied()));
    json!({
        "description": format!(
            "The name of a built-in {kind} (matched case-insensitively): {}. A custom {kind} gives `className` and `codeDirectory` instead.",
            names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
        ),
        "anyOf": [
            {
                "type": "string",
                "enum": names,
                "enumDescriptions": docs,
                "markdownEnumDescriptions": docs
            },
            {
                "description": format!("Another spelling NNI accepts ({}, in any case), or an algorithm registered with `nnictl algo register` (not checked by hpoconf).", accepted.join(", ")),
                "type": "string",
                "doNotSuggest": true
            }
        ]
    })
}

/// Gives `tuner`/`advisor` and `assessor` their own definitions (copies of `Algorithm`) whose
/// `name` is the enum of their kind.
fn split_algorithms(schema: &mut Value) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    let defs_key = if obj.contains_key("definitions") {
        "definitions"
    } else {
        "$defs"
    };
    let Some(Value::Object(defs)) = obj.get_mut(defs_key) else {
        return;
    };
    let Some(algorithm) = defs.get("Algorithm").cloned() else {
        return;
    };
    for (def, kind, table) in [
        ("TunerAlgorithm", "tuner", TUNERS),
        ("AssessorAlgorithm", "assessor", ASSESSORS),
    ] {
        let mut copy = algorithm.clone();
        if let Some(Value::Object(props)) = copy.get_mut("properties") {
            props.insert("name".to_owned(), name_schema(kind, table));
        }
        defs.insert(def.to_owned(), copy);
    }
    let old = format!("#/{defs_key}/Algorithm");
    if let Some(Value::Object(props)) = obj.get_mut("properties") {
        for (name, def) in [
            ("tuner", "TunerAlgorithm"),
            ("advisor", "TunerAlgorithm"),
            ("assessor", "AssessorAlgorithm"),
        ] {
            if let Some(p) = props.get_mut(name) {
                retarget(p, &old, &format!("#/{defs_key}/{def}"));
            }
        }
    }
}

/// Replaces the `$ref`s to `old` under `v` with `new`.
fn retarget(v: &mut Value, old: &str, new: &str) {
    match v {
        Value::Object(map) => {
            if map.get("$ref").and_then(Value::as_str) == Some(old) {
                map.insert("$ref".to_owned(), json!(new));
            }
            map.values_mut().for_each(|c| retarget(c, old, new));
        }
        Value::Array(items) => items.iter_mut().for_each(|c| retarget(c, old, new)),
        _ => {}
    }
}

/// Durations and sizes as one schema each, with `errorMessage` (yaml-language-server) and
/// `patternErrorMessage` (VS Code). `{"anyOf": [{"type": "integer", "minimum": m}, {"type":
/// "string", "pattern": P}]}` becomes `{"type": ["integer", "string"], "minimum": m, "pattern":
/// P}` (the same values: `minimum` applies to numbers only, `pattern` to strings only), and a
/// nullable reference to one, `{"anyOf": [{"$ref": D}, {"type": "null"}]}`, is inlined with
/// `"null"` added to its types. With alternatives, editors merged the failures of the branches
/// into "Expected integer | null" and dropped the message.
fn name_formats(schema: &mut Value) {
    flatten(schema);
    let defs = schema
        .get("definitions")
        .or_else(|| schema.get("$defs"))
        .cloned()
        .unwrap_or(Value::Null);
    inline_nullable(schema, &defs);
}

fn flatten(v: &mut Value) {
    use crate::model::exp_yml::{DURATION_PATTERN, SIZE_PATTERN};
    match v {
        Value::Object(map) => {
            for (k, c) in map.iter_mut() {
                if k != "examples" && k != "default" && k != "enum" && k != "const" {
                    flatten(c);
                }
            }
            let Some(Value::Array(branches)) = map.get("anyOf") else {
                return;
            };
            let [int, string] = branches.as_slice() else {
                return;
            };
            let pattern = string.get("pattern").and_then(Value::as_str);
            let message = match pattern {
                Some(p) if p == DURATION_PATTERN => DURATION_MESSAGE,
                Some(p) if p == SIZE_PATTERN => SIZE_MESSAGE,
                _ => return,
            };
            if int.get("type") != Some(&json!("integer"))
                || string.get("type") != Some(&json!("string"))
            {
                return;
            }
            let minimum = int.get("minimum").cloned();
            let pattern = json!(pattern);
            map.remove("anyOf");
            map.insert("type".to_owned(), json!(["integer", "string"]));
            if let Some(m) = minimum {
                map.insert("minimum".to_owned(), m);
            }
            map.insert("pattern".to_owned(), pattern);
            map.insert("errorMessage".to_owned(), json!(message));
            map.insert("patternErrorMessage".to_owned(), json!(message));
        }
        Value::Array(items) => items.iter_mut().for_each(flatten),
        _ => {}
    }
}

fn inline_nullable(v: &mut Value, defs: &Value) {
    match v {
        Value::Object(map) => {
            for (k, c) in map.iter_mut() {
                if k != "examples" && k != "default" && k != "enum" && k != "const" {
                    inline_nullable(c, defs);
                }
            }
            let target = match map.get("anyOf") {
                Some(Value::Array(b)) => match b.as_slice() {
                    [r, null] if null == &json!({"type": "null"}) => r
                        .get("$ref")
                        .and_then(Value::as_str)
                        .and_then(|r| r.rsplit('/').next())
                        .and_then(|name| defs.get(name))
                        .filter(|d| d.get("errorMessage").is_some())
                        .cloned(),
                    _ => None,
                },
                _ => None,
            };
            let Some(Value::Object(def)) = target else {
                return;
            };
            map.remove("anyOf");
            for (k, d) in def {
                if k == "description" || k == "markdownDescription" {
                    continue;
                }
                let d = if k == "type" {
                    let mut types = d.as_array().cloned().unwrap_or_default();
                    types.push(json!("null"));
                    Value::Array(types)
                } else {
                    d
                };
                map.entry(k).or_insert(d);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|c| inline_nullable(c, defs)),
        _ => {}
    }
}

/// `markdownDescription` beside every string `description`.
fn markdown(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, c) in map.iter_mut() {
                if k != "examples" && k != "default" && k != "enum" && k != "const" {
                    markdown(c);
                }
            }
            if let Some(Value::String(d)) = map.get("description")
                && !map.contains_key("markdownDescription")
            {
                let d = d.clone();
                insert_after(map, "description", "markdownDescription", Value::String(d));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(markdown),
        _ => {}
    }
}

/// Inserts `key` right after `after` (the map keeps insertion order).
fn insert_after(map: &mut Map<String, Value>, after: &str, key: &str, value: Value) {
    let old = std::mem::take(map);
    for (k, v) in old {
        let here = k == after;
        map.insert(k, v);
        if here {
            map.insert(key.to_owned(), value.clone());
        }
    }
}
