//! Walking the editor schemas ([`crate::schema::schema_for`]) along a path of keys: the keys
//! valid in an object, the values of a member, the documentation of a key.

use std::sync::OnceLock;

use serde_json::Value;

use crate::kind::Kind;
use crate::schema::{self, Draft};

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A member of an object.
    Key(String),
    /// An item of an array.
    Item,
}

/// The editor schema of a kind (built once).
pub fn schema(kind: Kind) -> &'static Value {
    static SCHEMAS: [OnceLock<Value>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    SCHEMAS.get(i).map_or(&Value::Null, |s| {
        s.get_or_init(|| schema::schema_for(kind, Draft::Draft07))
    })
}

/// How deep `$ref` and `anyOf` chains are followed.
const MAX_DEPTH: usize = 16;

/// The schemas a value at `path` may match (`$ref`s followed, `anyOf`/`oneOf`/`allOf`
/// expanded), each with the outer schema's description where the inner one has none.
pub fn at<'a>(root: &'a Value, path: &[Step]) -> Vec<&'a Value> {
    let mut current = expand(root, root);
    for step in path {
        let mut next = Vec::new();
        for s in &current {
            for child in child(s, step) {
                next.extend(expand(root, child));
            }
        }
        if next.is_empty() {
            return next;
        }
        current = next;
    }
    current
}

/// The property schemas (not expanded) of `key` in the objects at `path`: where its
/// documentation is.
pub fn property<'a>(root: &'a Value, path: &[Step], key: &str) -> Vec<&'a Value> {
    let step = Step::Key(key.to_owned());
    at(root, path)
        .into_iter()
        .flat_map(|s| child(s, &step))
        .collect()
}

fn child<'a>(s: &'a Value, step: &Step) -> Vec<&'a Value> {
    match step {
        Step::Key(k) => {
            if let Some(p) = s.get("properties").and_then(|p| p.get(k)) {
                return vec![p];
            }
            if let Some(Value::Object(patterns)) = s.get("patternProperties") {
                let matched: Vec<&Value> = patterns
                    .iter()
                    .filter(|(re, _)| regex::Regex::new(re).is_ok_and(|r| r.is_match(k)))
                    .map(|(_, v)| v)
                    .collect();
                if !matched.is_empty() {
                    return matched;
                }
            }
            match s.get("additionalProperties") {
                Some(v @ Value::Object(_)) => vec![v],
                _ => Vec::new(),
            }
        }
        Step::Item => match s.get("items") {
            Some(v @ Value::Object(_)) => vec![v],
            Some(Value::Array(items)) => items.iter().collect(),
            _ => Vec::new(),
        },
    }
}

/// `s` with its `$ref` followed and its alternatives listed.
fn expand<'a>(root: &'a Value, s: &'a Value) -> Vec<&'a Value> {
    let mut out = Vec::new();
    expand_into(root, s, 0, &mut out);
    out
}

fn expand_into<'a>(root: &'a Value, s: &'a Value, depth: usize, out: &mut Vec<&'a Value>) {
    if depth > MAX_DEPTH {
        return;
    }
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        if let Some(target) = r.strip_prefix('#').and_then(|p| root.pointer(p)) {
            expand_into(root, target, depth + 1, out);
        }
        return;
    }
    let mut alternatives = false;
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(items)) = s.get(key) {
            alternatives = true;
            for i in items {
                expand_into(root, i, depth + 1, out);
            }
        }
    }
    if !alternatives || s.get("properties").is_some() {
        out.push(s);
    }
}

/// The keys to offer in the objects `schemas`: their properties, without the snake_case
/// aliases of camelCase keys and those marked `doNotSuggest`, each with its schema.
pub fn keys<'a>(schemas: &[&'a Value]) -> Vec<(&'a str, &'a Value)> {
    let mut out: Vec<(&str, &Value)> = Vec::new();
    for s in schemas {
        let Some(Value::Object(props)) = s.get("properties") else {
            continue;
        };
        for (name, sub) in props {
            if name == "$schema" || out.iter().any(|(n, _)| *n == name) {
                continue;
            }
            if sub.get("doNotSuggest") == Some(&Value::Bool(true)) {
                continue;
            }
            let alias = name.contains('_')
                && props
                    .keys()
                    .any(|other| other != name && schema::snake_case(other) == *name);
            if !alias {
                out.push((name.as_str(), sub));
            }
        }
    }
    out
}

/// The values to offer for a member whose schemas are `schemas`: enums, consts, and the
/// examples of a pattern; each with its description.
pub fn values(root: &Value, schemas: &[&Value]) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut push = |v: &Value, doc: Option<String>| {
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Null => return,
            other => other.to_string(),
        };
        if !out.iter().any(|(t, _)| *t == text) {
            out.push((text, doc));
        }
    };
    for s in schemas {
        for e in expand(root, s) {
            if let Some(c) = e.get("const") {
                push(c, description(e));
            }
            if let Some(Value::Array(items)) = e.get("enum") {
                let docs = e
                    .get("markdownEnumDescriptions")
                    .or(e.get("enumDescriptions"));
                for (i, v) in items.iter().enumerate() {
                    let doc = docs
                        .and_then(|d| d.get(i))
                        .and_then(Value::as_str)
                        .map(str::to_owned);
                    push(v, doc);
                }
            }
            if e.get("pattern").is_some()
                && let Some(Value::Array(examples)) = e.get("examples")
            {
                for v in examples {
                    push(v, None);
                }
            }
            if e.get("type") == Some(&Value::String("boolean".into())) {
                push(&Value::Bool(true), None);
                push(&Value::Bool(false), None);
            }
        }
    }
    out
}

/// The documentation of a schema: its Markdown description, or its description.
pub fn description(s: &Value) -> Option<String> {
    s.get("markdownDescription")
        .or_else(|| s.get("description"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// The documentation of the first of `schemas` (or of what they expand to) that has one.
pub fn first_description(root: &Value, schemas: &[&Value]) -> Option<String> {
    schemas.iter().find_map(|s| description(s)).or_else(|| {
        schemas
            .iter()
            .flat_map(|s| expand(root, s))
            .find_map(description)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_yml_keys_are_camel_case() {
        let root = schema(Kind::ExpYml);
        let top = keys(&at(root, &[]));
        let names: Vec<&str> = top.iter().map(|(n, _)| *n).collect();
        assert!(names.contains(&"trialConcurrency"));
        assert!(!names.contains(&"trial_concurrency"));
        let tuner = keys(&at(root, &[Step::Key("tuner".into())]));
        assert!(tuner.iter().any(|(n, _)| *n == "classArgs"));
        let platform = values(
            root,
            &at(
                root,
                &[
                    Step::Key("trainingService".into()),
                    Step::Key("platform".into()),
                ],
            ),
        );
        assert!(platform.iter().any(|(v, _)| v == "local"), "{platform:?}");
    }

    #[test]
    fn search_space_types() {
        let root = schema(Kind::SearchSpace);
        let types = values(
            root,
            &at(
                root,
                &[Step::Key("${lr}".into()), Step::Key("_type".into())],
            ),
        );
        assert!(types.iter().any(|(v, _)| v == "loguniform"), "{types:?}");
    }
}
