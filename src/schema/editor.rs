//! What the editor schemas ([`super::schema_for`]) add to the generated schemas, and the
//! validation schemas ([`super::validation_schema`]) do not: the shape checker leaves these
//! checks to the rules, which word their own messages, while an editor needs them in the schema.
//!
//! - closed sets that hpoconf rejects as errors become `enum`s: `optimize_mode` in `classArgs`,
//!   `metric_type`, `final_mode`, `source_list_final_mode`, `day`, `protocol`, `yml_config`'s
//!   `log_level`; the platform `name` (case-insensitive) a pattern;
//! - formats become `pattern`s: `role_arn` (`acs:ram::<digits>:role/<name>`), `start_time` and
//!   `end_time` (`HH:MM`);
//! - `classArgs` lists the arguments of every built-in algorithm;
//! - the tags of tagged unions (`_type`, `platform`, `storageType`) get descriptions;
//! - `cmd` of `platform_config` needs at least one command.
//!
//! Every change is made where the *shape* of the object matches (the properties it has), so the
//! same code serves trial.ini, the HpoExperimentConfiguration and its copy inside a
//! GetHpoExperiment response, whether schemars inlined the object or put it in the definitions.

use serde_json::{Map, Value, json};

/// The `HH:MM` pattern of `start_time` and `end_time`.
pub const HH_MM_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
/// The pattern of a RAM role ARN.
pub const ROLE_ARN_PATTERN: &str = "^acs:ram::[0-9]+:role/.+$";

use crate::model::trial_ini::table::{
    self, PLATFORMS, dlc_config, metric_config, platform_config, schedule_config,
};
use crate::model::trial_ini::{KeyPattern, MetricSourceKeys};

/// The key pattern of `metric_config`'s sources in the models.
const METRIC_SOURCE_PATTERN: &str = MetricSourceKeys::PATTERN;

/// The arguments of the built-in algorithms (SPEC.md §3), for the `classArgs` description.
const CLASS_ARGS: &str = "Arguments of the built-in algorithms: \
TPE, Random: optimize_mode, seed, tpe_args (TPE). \
Anneal: optimize_mode, parallel_optimize, constant_liar_type. \
GridSearch, Batch: none. \
Evolution: optimize_mode (required), population_size. \
SMAC: optimize_mode (required), config_dedup. \
Metis: optimize_mode, no_resampling, no_candidates, selection_num_starting_points, cold_start_num. \
GP: optimize_mode, utility (ei, ucb, poi), kappa, xi, nu, alpha, cold_start_num, selection_num_warm_up, selection_num_starting_points. \
PBT: optimize_mode (required), all_checkpoint_dir, population_size, factor, resample_probability, fraction. \
DNGO: optimize_mode, sample_size, trials_per_update, num_epochs_per_training. \
Hyperband: optimize_mode (required), R, eta, exec_mode (serial, parallelism). \
BOHB: optimize_mode (required), min_budget, max_budget, eta, top_n_percent, num_samples, random_fraction, bandwidth_factor, min_bandwidth, config_space. \
Medianstop: optimize_mode, start_step. \
Curvefitting: epoch_num (required), start_step, threshold, gap. \
PAIAssessor: optimize_mode, start_step, moving_avg, proportion, patience, earlystop, platform.";

/// Applies the editor additions to a generated schema (any kind, any draft).
pub fn enhance(schema: &mut Value) {
    walk(schema);
}

fn walk(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            for (key, child) in obj.iter_mut() {
                if key == "examples" || key == "default" || key == "const" || key == "enum" {
                    continue;
                }
                walk(child);
            }
            if let Some(Value::Object(props)) = obj.get_mut("properties") {
                enhance_object(props);
            }
            // `^metric_source(_.+)?$` also matches the property `metric_source` (harmless, but
            // Ajv's strict mode rejects it): editors get the pattern of the extra sources only.
            if let Some(Value::Object(patterns)) = obj.get_mut("patternProperties")
                && let Some(sub) = patterns.remove(METRIC_SOURCE_PATTERN)
            {
                patterns.insert(r"^metric_source_.+$".to_owned(), sub);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(walk),
        _ => {}
    }
}

/// Whether a property schema allows `null` (`"type": [..., "null"]`).
fn nullable(prop: &Map<String, Value>) -> bool {
    match prop.get("type") {
        Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
        Some(Value::String(t)) => t == "null",
        _ => false,
    }
}

/// Whether a property schema is a plain string (possibly nullable), with no enum or `$ref`.
fn is_plain_string(prop: &Map<String, Value>) -> bool {
    let string = match prop.get("type") {
        Some(Value::Array(types)) => types.iter().any(|t| t == "string"),
        Some(Value::String(t)) => t == "string",
        _ => false,
    };
    string && !prop.contains_key("enum") && !prop.contains_key("$ref")
}

/// Makes a plain string property an enum of `values` (plus `null` when it allowed null).
fn set_enum(props: &mut Map<String, Value>, name: &str, values: &[&str]) {
    let Some(Value::Object(prop)) = props.get_mut(name) else {
        return;
    };
    if !is_plain_string(prop) {
        return;
    }
    let mut list: Vec<Value> = values.iter().map(|v| json!(v)).collect();
    if nullable(prop) {
        list.push(Value::Null);
    }
    prop.insert("enum".to_owned(), Value::Array(list));
    prop.remove("examples");
}

/// Gives a plain string property a pattern (and examples).
fn set_pattern(props: &mut Map<String, Value>, name: &str, pattern: &str, examples: &[&str]) {
    let Some(Value::Object(prop)) = props.get_mut(name) else {
        return;
    };
    if !is_plain_string(prop) {
        return;
    }
    prop.insert("pattern".to_owned(), json!(pattern));
    if !examples.is_empty() {
        prop.insert("examples".to_owned(), json!(examples));
    }
}

/// A regex that matches one of `words`, ignoring ASCII case (ECMA-262 has no inline `(?i)`).
fn case_insensitive_alternatives(words: &[&str]) -> String {
    let alternatives: Vec<String> = words
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| {
                    if c.is_ascii_alphabetic() {
                        format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase())
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        })
        .collect();
    format!("^({})$", alternatives.join("|"))
}

/// The editor additions for one object schema, chosen by the properties it has.
fn enhance_object(props: &mut Map<String, Value>) {
    fn has(props: &Map<String, Value>, names: &[&str]) -> bool {
        names.iter().all(|n| props.contains_key(*n))
    }

    // Tags of tagged unions: `{"_type": {"const": "choice"}}` and the like.
    describe_tags(props);

    // platform_config (trial.ini and JSON): `name`, `resume`, and commands.
    if has(props, &[platform_config::NAME, platform_config::RESUME]) {
        set_pattern(
            props,
            platform_config::NAME,
            &case_insensitive_alternatives(PLATFORMS),
            PLATFORMS,
        );
        if let Some(Value::Object(cmd)) = props.get_mut("cmd")
            && cmd.get("type") == Some(&json!("array"))
        {
            cmd.insert("minItems".to_owned(), json!(1));
        }
    }
    // metric_config.
    if has(props, &[metric_config::METRIC_TYPE]) {
        for key in [
            metric_config::METRIC_TYPE,
            metric_config::FINAL_MODE,
            metric_config::SOURCE_LIST_FINAL_MODE,
        ] {
            set_enum(props, key, table::one_of(metric_config::SECTION, key));
        }
    }
    // schedule_config.
    if has(
        props,
        &[
            schedule_config::DAY,
            schedule_config::START_TIME,
            schedule_config::END_TIME,
        ],
    ) {
        set_enum(
            props,
            schedule_config::DAY,
            table::one_of(schedule_config::SECTION, schedule_config::DAY),
        );
        set_pattern(
            props,
            schedule_config::START_TIME,
            HH_MM_PATTERN,
            &["00:00", "22:30"],
        );
        set_pattern(
            props,
            schedule_config::END_TIME,
            HH_MM_PATTERN,
            &["06:00", "23:59"],
        );
    }
    // dlc_config.
    if has(props, &[dlc_config::PROTOCOL, dlc_config::ENDPOINT]) {
        set_enum(
            props,
            dlc_config::PROTOCOL,
            table::one_of(dlc_config::SECTION, dlc_config::PROTOCOL),
        );
    }
    // odps_config, oss_config.
    if has(props, &[table::ROLE_ARN]) {
        set_pattern(
            props,
            table::ROLE_ARN,
            ROLE_ARN_PATTERN,
            &["acs:ram::123456789012:role/aliyunodpspaidefaultrole"],
        );
    }
    // yml_config.
    if has(props, &["log_level", "trial_concurrency"]) {
        set_enum(
            props,
            "log_level",
            &["fatal", "error", "warning", "info", "debug", "trace"],
        );
    }
    // classArgs of exp.yml algorithms and class_args of yml_config algorithms.
    for name in ["classArgs", "class_args"] {
        if let Some(Value::Object(args)) = props.get_mut(name) {
            describe_class_args(args);
        }
    }
}

fn describe_class_args(args: &mut Map<String, Value>) {
    let described = args
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or("Arguments of the algorithm.")
        .to_owned();
    if !described.contains("built-in algorithms") {
        args.insert(
            "description".to_owned(),
            json!(format!("{described}\n\n{CLASS_ARGS}")),
        );
    }
    let mut properties = match args.remove("properties") {
        Some(Value::Object(p)) => p,
        _ => Map::new(),
    };
    properties.insert(
        "optimize_mode".to_owned(),
        json!({
            "description": "Whether the tuner maximizes or minimizes the metric that trials report. The assessor's must be the tuner's.",
            "type": "string",
            "enum": ["maximize", "minimize"],
            "default": "minimize"
        }),
    );
    args.insert("properties".to_owned(), Value::Object(properties));
}

/// Adds descriptions to the tags of tagged unions (`_type`, `_value`, `platform`,
/// `storageType`), which schemars leaves bare.
fn describe_tags(props: &mut Map<String, Value>) {
    let tag = props
        .get("_type")
        .and_then(|t| t.get("const"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(t) = &tag
        && let Some(Value::Object(value)) = props.get_mut("_value")
        && !value.contains_key("description")
    {
        let arity = match (value.get("minItems"), value.get("maxItems")) {
            (Some(min), Some(max)) if min == max => format!("exactly {min} values"),
            (Some(min), _) => format!("at least {min} value(s)"),
            _ => "values".to_owned(),
        };
        value.insert(
            "description".to_owned(),
            json!(format!(
                "The parameters of the `{t}` distribution: {arity}."
            )),
        );
    }
    for (name, prop) in props.iter_mut() {
        let Value::Object(prop) = prop else { continue };
        if prop.contains_key("description") {
            continue;
        }
        let Some(value) = prop.get("const").and_then(Value::as_str) else {
            continue;
        };
        let text = match name.as_str() {
            "_type" => format!("The domain's type: `{value}` selects this distribution."),
            "platform" => format!("The training service: `{value}`."),
            _ => format!("`{name}: {value}` selects this variant."),
        };
        prop.insert("description".to_owned(), json!(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_insensitive_pattern() {
        let re = regex::Regex::new(&case_insensitive_alternatives(PLATFORMS)).unwrap();
        for ok in ["MaxCompute", "maxcompute", "DLC", "dlc", "PaiFlow"] {
            assert!(re.is_match(ok), "{ok}");
        }
        for bad in ["MaxComputer", "", "DLC "] {
            assert!(!re.is_match(bad), "{bad}");
        }
    }

    #[test]
    fn patterns_compile_and_match() {
        let hh = regex::Regex::new(HH_MM_PATTERN).unwrap();
        assert!(hh.is_match("00:00") && hh.is_match("23:59"));
        assert!(!hh.is_match("24:00") && !hh.is_match("7:30"));
        let arn = regex::Regex::new(ROLE_ARN_PATTERN).unwrap();
        assert!(arn.is_match("acs:ram::1234:role/x"));
        assert!(!arn.is_match("acs:ram:1234:role/x"));
    }
}
