//! What the validator looks up in a schema: `$ref` targets, compiled `pattern`s, and where each
//! property name is defined (for "belongs under" hints).

use super::keys;
use crate::schema::compiled::Value;
use crate::source::path::NodePath;
use regex::{Regex, RegexBuilder};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// Most compiled patterns kept (schemas are few and static; this only bounds pathological use).
const MAX_CACHED_PATTERNS: usize = 4096;

/// Most schema nodes visited while building the property index.
const MAX_INDEXED: usize = 20_000;

/// Most places named in one hint.
const MAX_PLACES: usize = 3;

/// The target of a local `$ref` (`#`, `#/definitions/Name`, `#/$defs/Name`, any `#/pointer`).
/// Remote references are not followed.
pub(crate) fn lookup<'s>(root: &'s Value, reference: &str) -> Option<&'s Value> {
    let fragment = reference.strip_prefix('#')?;
    if fragment.is_empty() {
        Some(root)
    } else if fragment.starts_with('/') {
        root.pointer(fragment)
    } else {
        None
    }
}

/// The compiled `pattern`, or `None` when it does not compile with the `regex` crate (such a
/// pattern is skipped, not reported). Compiled once per process.
pub(crate) fn regex(pattern: &str) -> Option<Arc<Regex>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<Arc<Regex>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut guard = cache.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = guard.get(pattern) {
        return found.clone();
    }
    let compiled = RegexBuilder::new(pattern)
        .size_limit(1 << 22)
        .build()
        .ok()
        .map(Arc::new);
    if guard.len() < MAX_CACHED_PATTERNS {
        guard.insert(pattern.to_owned(), compiled.clone());
    }
    compiled
}

/// The property index of `root`, built once per schema and cached. The cache is keyed by the
/// schema's address plus a fingerprint of its top-level and definition names, so a schema that
/// is dropped and replaced at the same address by another is not confused with it.
pub(crate) fn owners(root: &Value) -> Arc<Owners> {
    type Cache = Mutex<HashMap<(usize, u64), Arc<Owners>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let key = (root as *const Value as usize, fingerprint(root));
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&key)
    {
        return Arc::clone(found);
    }
    let built = Arc::new(Owners::build(root));
    let mut guard = cache.lock().unwrap_or_else(PoisonError::into_inner);
    if guard.len() >= MAX_CACHED_SCHEMAS {
        guard.clear();
    }
    guard.insert(key, Arc::clone(&built));
    built
}

/// Most schemas whose property index is kept.
const MAX_CACHED_SCHEMAS: usize = 64;

fn fingerprint(root: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    if let Some(obj) = root.as_object() {
        for (k, v) in obj {
            k.hash(&mut h);
            if let Some(defs) = v
                .as_object()
                .filter(|_| k == "definitions" || k == "$defs" || k == "properties")
            {
                defs.len().hash(&mut h);
                for name in defs.keys() {
                    name.hash(&mut h);
                }
            }
        }
    }
    h.finish()
}

/// One place where a property is defined.
#[derive(Debug, Clone)]
struct Place {
    /// The property name, as the schema spells it.
    property: String,
    /// The data path of the object (`trainingService.machineList[]`; empty for the root).
    path: String,
    /// The tags of the union branches that define it there (`platform`, `local`).
    tags: Vec<(String, String)>,
}

impl Place {
    /// `` under `trainingService` (platform local or remote) ``, `at the top level`.
    fn describe(&self) -> String {
        let mut text = if self.path.is_empty() {
            "at the top level".to_owned()
        } else {
            format!("under `{}`", self.path)
        };
        if let Some((tag, _)) = self.tags.first() {
            let values: Vec<&str> = self.tags.iter().map(|(_, v)| v.as_str()).collect();
            let values = match values.as_slice() {
                [init @ .., last] if !init.is_empty() => format!("{} or {last}", init.join(", ")),
                _ => values.join(""),
            };
            text.push_str(&format!(" ({tag} {values})"));
        }
        text
    }
}

/// Every property name of a schema and where it is defined.
#[derive(Debug, Default)]
pub(crate) struct Owners {
    /// Folded property name -> places.
    places: HashMap<String, Vec<Place>>,
    /// The property names, indexed for did-you-mean (built on first use, once per schema).
    names: OnceLock<crate::finding::Suggester>,
}

/// A schema to visit: the schema, the data path, the tag of the union branch it is in.
type Visit<'s> = (&'s Value, String, Option<(String, String)>);

impl Owners {
    /// Walks `root` breadth-first, so each definition is named by its shortest data path.
    pub(crate) fn build(root: &Value) -> Owners {
        let mut owners = Owners::default();
        let mut seen: HashSet<*const Value> = HashSet::new();
        let mut queue: VecDeque<Visit<'_>> = VecDeque::new();
        queue.push_back((root, String::new(), None));
        while let Some((schema, path, context)) = queue.pop_front() {
            if seen.len() >= MAX_INDEXED || !seen.insert(schema as *const Value) {
                continue;
            }
            let Some(obj) = schema.as_object() else {
                continue;
            };
            if let Some(target) = obj
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| lookup(root, r))
            {
                queue.push_back((target, path.clone(), context.clone()));
            }
            for sub in obj
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                queue.push_back((sub, path.clone(), context.clone()));
            }
            for word in ["oneOf", "anyOf"] {
                for branch in obj
                    .get(word)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    let ctx = tag_of(root, branch).or_else(|| context.clone());
                    queue.push_back((branch, path.clone(), ctx));
                }
            }
            if let Some(props) = obj.get("properties").and_then(Value::as_object) {
                for (name, sub) in props {
                    owners.add(name, &path, context.as_ref());
                    queue.push_back((sub, join(&path, name), context.clone()));
                }
            }
            if let Some(sub) = obj.get("additionalProperties").filter(|v| v.is_object()) {
                queue.push_back((sub, join(&path, "<name>"), context.clone()));
            }
            for sub in obj
                .get("patternProperties")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|m| m.values())
            {
                queue.push_back((sub, join(&path, "<name>"), context.clone()));
            }
            match obj.get("items") {
                Some(Value::Array(items)) => {
                    for sub in items.iter() {
                        queue.push_back((sub, format!("{path}[]"), context.clone()));
                    }
                }
                Some(sub @ Value::Object(_)) => {
                    queue.push_back((sub, format!("{path}[]"), context.clone()));
                }
                _ => {}
            }
        }
        owners
    }

    /// "`useActiveGpu` belongs under `trainingService` (platform local)", when `key` is a
    /// property somewhere in the schema (`nni`: matched as NNI matches keys).
    pub(crate) fn hint(&self, key: &str, nni: bool) -> Option<String> {
        let places = self.places.get(&keys::fold(key))?;
        let mut matching = places.iter().filter(|p| {
            if nni {
                keys::nni_equal(key, &p.property)
            } else {
                p.property == key
            }
        });
        let first = matching.next()?;
        let mut text = format!("`{}` belongs {}", first.property, first.describe());
        let rest: Vec<&Place> = matching.take(MAX_PLACES - 1).collect();
        for (i, place) in rest.iter().enumerate() {
            text.push_str(if i + 1 == rest.len() { " or " } else { ", " });
            text.push_str(&place.describe());
        }
        Some(text)
    }

    /// The one place where `key` (spelled exactly so) is defined in an object reached by names
    /// only (no list, no free map), if there is one: its data path relative to the schema's
    /// root, and the tags of its union branch.
    pub(crate) fn only_place(&self, key: &str) -> Option<(NodePath, Vec<(String, String)>)> {
        let places = self.places.get(&keys::fold(key))?;
        // places in lists or free maps are no destination (which item?); of the others, there
        // must be one (its union tags are checked against the destination when it is moved)
        let mut exact = places
            .iter()
            .filter(|p| p.property == key && !p.path.contains("[]") && !p.path.contains('<'));
        let place = exact.next()?;
        if exact.next().is_some() {
            return None;
        }
        let mut path = NodePath::root();
        if !place.path.is_empty() {
            for t in place.path.split('.') {
                path.push_key(t);
            }
        }
        Some((path, place.tags.clone()))
    }

    /// "did you mean `trialConcurrency`? it belongs at the top level", for a typo of a
    /// property defined elsewhere.
    pub(crate) fn near(&self, key: &str) -> Option<String> {
        let index = self.names.get_or_init(|| {
            let mut names: Vec<&str> = self
                .places
                .values()
                .flat_map(|places| places.first())
                .map(|p| p.property.as_str())
                .collect();
            names.sort_unstable();
            crate::finding::Suggester::new(names)
        });
        let name = index.best(key)?;
        let place = self.places.get(&keys::fold(name))?.first()?;
        Some(format!(
            "did you mean `{name}`? it belongs {}",
            place.describe()
        ))
    }

    fn add(&mut self, name: &str, path: &str, tag: Option<&(String, String)>) {
        let entry = self.places.entry(keys::fold(name)).or_default();
        if let Some(place) = entry
            .iter_mut()
            .find(|p| p.property == name && p.path == path)
        {
            if let Some(tag) = tag
                && !place.tags.is_empty()
                && !place.tags.contains(tag)
                && place.tags.len() < 8
            {
                place.tags.push(tag.clone());
            }
        } else if entry.len() < 8 {
            entry.push(Place {
                property: name.to_owned(),
                path: path.to_owned(),
                tags: tag.into_iter().cloned().collect(),
            });
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// `(platform, local)` for a branch whose `platform` property is a constant.
fn tag_of(root: &Value, branch: &Value) -> Option<(String, String)> {
    let mut schema = branch;
    for _ in 0..8 {
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, sub) in props {
                if let Some(Value::String(v)) = constant(root, sub) {
                    return Some((name.to_string(), v.to_string()));
                }
            }
        }
        schema = lookup(root, schema.get("$ref")?.as_str()?)?;
    }
    None
}

/// The one value a schema allows (`const`, or an `enum` of one value), following `$ref`s.
pub(crate) fn constant<'s>(root: &'s Value, schema: &'s Value) -> Option<&'s Value> {
    let mut schema = schema;
    for _ in 0..8 {
        if let Some(c) = schema.get("const") {
            return Some(c);
        }
        if let Some([one]) = schema.get("enum").and_then(Value::as_array) {
            return Some(one);
        }
        schema = lookup(root, schema.get("$ref")?.as_str()?)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn refs_and_patterns() {
        let root = Value::from_json(
            &json!({"definitions": {"A": {"type": "string"}}, "$defs": {"B": {}}}),
        );
        assert!(lookup(&root, "#/definitions/A").is_some());
        assert!(lookup(&root, "#/$defs/B").is_some());
        assert!(lookup(&root, "#").is_some());
        assert!(lookup(&root, "other.json#/A").is_none());
        assert!(regex("^a+$").is_some());
        assert!(regex("(?<=a)b").is_none());
        assert!(regex("(unclosed").is_none());
    }
}
