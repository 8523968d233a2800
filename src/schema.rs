//! JSON Schema export, generated with schemars from the typed models ([`crate::model`]).
//!
//! Two schemas per kind:
//! - [`schema_for`]: the editor schema (`hpoconf schema`), with descriptions from the models'
//!   doc comments, enums, ranges, patterns, defaults and examples. JSON kinds accept a
//!   top-level `"$schema"` member; exp.yml schemas accept every camelCase key also in
//!   snake_case (as NNI does; marked `doNotSuggest`, so editors offer the camelCase one), and
//!   `hints` adds what editors show only: Markdown descriptions, the tuner and assessor names as
//!   separate enums, messages that name the duration and size formats.
//! - [`validation_schema`]: what the shape checker ([`crate::shape`]) validates against:
//!   draft-07, canonical (camelCase) exp.yml keys only (the checker matches other spellings
//!   itself), inline search spaces reduced to "an object" (the search-space rules check them),
//!   and, for the HpoExperimentConfiguration and GetHpoExperiment kinds, every object with known
//!   members closed with `additionalProperties: false` so that the checker can tell unknown
//!   members (which it reports as warnings for those kinds).

use std::sync::OnceLock;

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

pub(crate) mod compiled;
mod editor;
mod hints;

use crate::kind::Kind;
use crate::model::{
    ExperimentConfig, GetHpoExperimentResponse, HpoExperimentConfiguration, SearchSpace, TrialIni,
};

/// The JSON Schema draft to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Draft {
    /// Draft-07 (default: VS Code's JSON service validates it fully).
    #[default]
    Draft07,
    /// Draft 2020-12.
    Draft2020_12,
}

/// The `$id` of a kind's schema.
pub fn schema_id(kind: Kind) -> String {
    format!("https://hpoconf.dev/schemas/{}.schema.json", kind.id())
}

/// The editor schema of a kind.
pub fn schema_for(kind: Kind, draft: Draft) -> Value {
    let mut schema = generate(kind, draft);
    editor::enhance(&mut schema);
    if kind == Kind::ExpYml {
        add_snake_case_aliases(&mut schema);
    }
    hints::apply(&mut schema, kind == Kind::ExpYml);
    schema
}

/// The schema the shape checker validates against (draft-07, canonical key spellings).
///
/// It is [`generate_validation_schema`]'s output, committed as data in
/// `src/schema/validation/<kind>.json` (a test keeps the files current) and parsed on first use,
/// once per kind and process: generating it with schemars at run time cost most of a one-file
/// `hpoconf check`.
pub fn validation_schema(kind: Kind) -> &'static Value {
    static SCHEMAS: PerKind<Value> = PerKind::new();
    SCHEMAS.get(kind, || {
        serde_json::from_str(committed_validation_schema(kind))
            .unwrap_or_else(|_| generate_validation_schema(kind))
    })
}

/// [`validation_schema`] in the form the shape checker walks ([`compiled::Value`]: `static`
/// data generated from the committed text, `src/schema/compiled/generated.rs`, which a test
/// keeps current): nothing is read at a start (reading it was a quarter of the instructions of
/// a one-file `hpoconf check`).
pub(crate) fn compiled_validation_schema(kind: Kind) -> &'static compiled::Value {
    compiled::committed(kind)
}

/// Whether `value` is a kind's [`compiled_validation_schema`] (a `static`: the address of every
/// subschema in it stays that subschema's).
pub(crate) fn is_compiled_validation_schema(value: &compiled::Value) -> bool {
    Kind::ALL
        .iter()
        .any(|k| std::ptr::eq(compiled::committed(*k), value))
}

/// One value per kind, made on first use.
struct PerKind<T>([OnceLock<T>; Kind::ALL.len()]);

impl<T> PerKind<T> {
    const fn new() -> PerKind<T> {
        PerKind([const { OnceLock::new() }; Kind::ALL.len()])
    }

    fn get(&self, kind: Kind, make: impl FnOnce() -> T) -> &T {
        let index = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        let [first, ..] = &self.0;
        self.0.get(index).unwrap_or(first).get_or_init(make)
    }
}

/// The committed text of a kind's validation schema (`src/schema/validation/<kind>.json`).
pub fn committed_validation_schema(kind: Kind) -> &'static str {
    match kind {
        Kind::ExpYml => include_str!("schema/validation/exp-yml.json"),
        Kind::SearchSpace => include_str!("schema/validation/search-space.json"),
        Kind::TrialIni => include_str!("schema/validation/trial-ini.json"),
        Kind::HpoConfig => include_str!("schema/validation/hpo-config.json"),
        Kind::GetHpoExperiment => include_str!("schema/validation/get-hpo-experiment.json"),
    }
}

/// Generates a kind's validation schema from the typed models with schemars: what
/// [`committed_validation_schema`] holds (written as [`to_compact_string`]).
pub fn generate_validation_schema(kind: Kind) -> Value {
    let mut schema = generate(kind, Draft::Draft07);
    if kind != Kind::SearchSpace {
        make_inline_search_spaces_permissive(&mut schema);
    }
    if matches!(kind, Kind::HpoConfig | Kind::GetHpoExperiment) {
        close_known_objects(&mut schema);
    }
    name_formats(&mut schema);
    drop_unread_annotations(&mut schema);
    schema
}

/// Removes the annotations the shape checker does not read (`description`, `title`, `default`,
/// `examples`) from every subschema without a `pattern` (beside a pattern they make the
/// message): the schema is parsed at every start, and they were most of its bytes. Walks
/// subschema positions only, so a property named `description` stays.
fn drop_unread_annotations(schema: &mut Value) {
    let Value::Object(obj) = schema else {
        return;
    };
    if !obj.contains_key("pattern") {
        for key in ["description", "title", "default", "examples"] {
            obj.shift_remove(key);
        }
    }
    for (key, child) in obj.iter_mut() {
        match (key.as_str(), child) {
            (
                "properties" | "patternProperties" | "definitions" | "$defs" | "dependencies",
                Value::Object(named),
            ) => named.values_mut().for_each(drop_unread_annotations),
            ("allOf" | "anyOf" | "oneOf" | "items", Value::Array(list)) => {
                list.iter_mut().for_each(drop_unread_annotations);
            }
            (
                "additionalProperties"
                | "items"
                | "additionalItems"
                | "not"
                | "if"
                | "then"
                | "else"
                | "contains"
                | "propertyNames",
                sub,
            ) => drop_unread_annotations(sub),
            _ => {}
        }
    }
}

/// Gives the shape checker words for the patterns of the models (`x-format-name`, `examples`),
/// so a mismatch reads "must be a duration ..." rather than quoting the regular expression.
/// (Only in the validation schema: Ajv's strict mode refuses unknown `x-` keywords.)
fn name_formats(schema: &mut Value) {
    use crate::model::exp_yml::{DURATION_PATTERN, GPU_INDICES_PATTERN, SIZE_PATTERN};
    const NAMES: &[(&str, &str, &[&str])] = &[
        (
            DURATION_PATTERN,
            "a duration: a number and a unit in d, h, m or s, or an integer of seconds",
            &["1.5h", "30m", "3600"],
        ),
        (
            SIZE_PATTERN,
            "a size: a number and a unit in tb, gb, mb, kb or b",
            &["4gb", "512mb"],
        ),
        (
            GPU_INDICES_PATTERN,
            "GPU indices separated by commas",
            &["0,1"],
        ),
    ];
    match schema {
        Value::Object(map) => {
            if let Some(Value::String(p)) = map.get("pattern")
                && let Some((_, name, examples)) = NAMES.iter().find(|(q, _, _)| q == p)
            {
                map.entry("x-format-name")
                    .or_insert_with(|| Value::from(*name));
                map.entry("examples")
                    .or_insert_with(|| Value::from(examples.to_vec()));
            }
            for v in map.values_mut() {
                name_formats(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(name_formats),
        _ => {}
    }
}

/// Generates the schema of a kind, with `$id`, and the `"$schema"` member for JSON kinds.
fn generate(kind: Kind, draft: Draft) -> Value {
    let settings = match draft {
        Draft::Draft07 => SchemaSettings::draft07(),
        Draft::Draft2020_12 => SchemaSettings::draft2020_12(),
    };
    let root = match kind {
        Kind::ExpYml => root_for::<ExperimentConfig>(settings),
        Kind::SearchSpace => root_for::<SearchSpace>(settings),
        Kind::TrialIni => root_for::<TrialIni>(settings),
        Kind::HpoConfig => root_for::<HpoExperimentConfiguration>(settings),
        Kind::GetHpoExperiment => root_for::<GetHpoExperimentResponse>(settings),
    };
    let mut schema = match root {
        Value::Object(map) => map,
        _ => Map::new(),
    };
    // `$id` right after `$schema`, as is customary.
    unwrap_descriptions(&mut schema);
    let mut out = Map::new();
    if let Some(meta) = schema.remove("$schema") {
        out.insert("$schema".to_owned(), meta);
    }
    out.insert("$id".to_owned(), Value::String(schema_id(kind)));
    out.extend(schema);
    if kind.format() == crate::kind::Format::Json
        && let Some(Value::Object(props)) = out.get_mut("properties")
    {
        props.entry("$schema").or_insert_with(|| {
                json!({
                    "description": "The URI of the JSON Schema that editors validate this file against.",
                    "type": "string"
                })
            });
    }
    Value::Object(out)
}

/// Joins the lines of wrapped doc comments (`a\nb` -> `a b`), keeping paragraph breaks.
fn unwrap_descriptions(obj: &mut Map<String, Value>) {
    for (key, value) in obj.iter_mut() {
        match value {
            Value::String(text) if key == "description" => {
                let paragraphs: Vec<String> = text
                    .split("\n\n")
                    .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
                    .collect();
                *text = paragraphs.join("\n\n");
            }
            Value::Object(child) => unwrap_descriptions(child),
            Value::Array(items) => {
                for item in items {
                    if let Value::Object(child) = item {
                        unwrap_descriptions(child);
                    }
                }
            }
            _ => {}
        }
    }
}

fn root_for<T: JsonSchema>(settings: SchemaSettings) -> Value {
    settings
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// The name of the definitions section used by the schema (`definitions` or `$defs`).
fn definitions_mut(schema: &mut Value) -> Option<&mut Map<String, Value>> {
    let obj = schema.as_object_mut()?;
    let key = if obj.contains_key("definitions") {
        "definitions"
    } else {
        "$defs"
    };
    obj.get_mut(key)?.as_object_mut()
}

/// Replaces the search-space definitions with "an object" (the search-space rules check
/// inline spaces, with their own messages), and drops the definitions only they used.
fn make_inline_search_spaces_permissive(schema: &mut Value) {
    let Some(defs) = definitions_mut(schema) else {
        return;
    };
    if let Some(space) = defs.get_mut("SearchSpace") {
        *space = json!({
            "description": "A search space: parameter name -> {\"_type\": ..., \"_value\": [...]} (checked by the search-space rules).",
            "type": "object"
        });
        for name in ["Domain", "ChoiceOption", "NestedSpace"] {
            defs.remove(name);
        }
    }
}

/// Sets `additionalProperties: false` on every object schema that lists `properties` (or
/// `patternProperties`) and
/// allows other members (absent or `true`), so the checker knows the known member set.
fn close_known_objects(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            if obj.contains_key("properties") || obj.contains_key("patternProperties") {
                let open = match obj.get("additionalProperties") {
                    None => true,
                    Some(Value::Bool(b)) => *b,
                    Some(_) => false,
                };
                if open {
                    obj.insert("additionalProperties".to_owned(), Value::Bool(false));
                }
                if obj.get("unevaluatedProperties") == Some(&Value::Bool(true)) {
                    obj.remove("unevaluatedProperties");
                }
            }
            for (key, child) in obj.iter_mut() {
                // Free maps (`class_args`, `metric_dict`, ...) and examples stay as they are.
                if key == "examples" || key == "default" || key == "const" || key == "enum" {
                    continue;
                }
                close_known_objects(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(close_known_objects),
        _ => {}
    }
}

/// `trialConcurrency` -> `trial_concurrency`.
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// For every object schema with camelCase properties, adds the snake_case spelling of each as
/// a property with the same subschema, and lets either spelling satisfy `required`.
fn add_snake_case_aliases(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            for (key, child) in obj.iter_mut() {
                if key == "examples" || key == "default" || key == "const" || key == "enum" {
                    continue;
                }
                add_snake_case_aliases(child);
            }
            let Some(Value::Object(props)) = obj.get_mut("properties") else {
                return;
            };
            let aliases: Vec<(String, String, Value)> = props
                .iter()
                .filter(|(name, _)| name.chars().any(|c| c.is_ascii_uppercase()))
                .map(|(name, sub)| (name.clone(), snake_case(name), sub.clone()))
                .filter(|(_, snake, _)| !props.contains_key(snake))
                .collect();
            if aliases.is_empty() {
                return;
            }
            for (_, snake, sub) in &aliases {
                // accepted, not offered: completion lists the camelCase spelling only
                let mut sub = sub.clone();
                if let Value::Object(m) = &mut sub {
                    m.insert("doNotSuggest".to_owned(), Value::Bool(true));
                }
                props.insert(snake.clone(), sub);
            }
            let Some(Value::Array(required)) = obj.remove("required") else {
                return;
            };
            let mut plain = Vec::new();
            let mut either = Vec::new();
            for name in required {
                let alias = name
                    .as_str()
                    .and_then(|n| aliases.iter().find(|(camel, _, _)| camel == n));
                match alias {
                    Some((camel, snake, _)) => either.push(json!({
                        "anyOf": [{"required": [camel]}, {"required": [snake]}]
                    })),
                    None => plain.push(name),
                }
            }
            if !plain.is_empty() {
                obj.insert("required".to_owned(), Value::Array(plain));
            }
            if !either.is_empty() {
                match obj.get_mut("allOf") {
                    Some(Value::Array(all)) => all.extend(either),
                    _ => {
                        obj.insert("allOf".to_owned(), Value::Array(either));
                    }
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(add_snake_case_aliases),
        _ => {}
    }
}

/// A schema as one line of JSON with a final newline (the committed validation schemas:
/// parsed at every start, so without indentation).
pub fn to_compact_string(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}

/// A schema as pretty JSON with a final newline (what `hpoconf schema` writes).
pub fn to_pretty_string(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_of_camel_case() {
        assert_eq!(snake_case("trialConcurrency"), "trial_concurrency");
        assert_eq!(snake_case("platform"), "platform");
    }

    #[test]
    fn every_kind_has_an_id_and_a_title() {
        for kind in Kind::ALL {
            for draft in [Draft::Draft07, Draft::Draft2020_12] {
                let s = schema_for(kind, draft);
                assert_eq!(s["$id"], json!(schema_id(kind)));
                assert!(s["title"].is_string(), "{kind}");
            }
        }
    }
}
