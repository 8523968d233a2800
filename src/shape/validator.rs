//! The walk: one node against the schema parts that apply to it (the schema, its `$ref` chain
//! and its `allOf`, plus the chosen `oneOf`/`anyOf` branches), reporting every problem.

use super::index::{self, Owners};
use super::key_pattern::KeyPattern;
use super::keys::{self, Spelling};
use super::messages::{self as msg, Subject, Types};
use super::{Options, Renamed};
use crate::diagnostic::Severity;
use crate::finding::{Finding, did_you_mean};
use crate::schema::compiled::{Map, Value};
use crate::shape::rules as rule;
use crate::source::path::NodePath;
use crate::source::{Member, Node, Value as V};

/// Most `$ref` hops (and `allOf` expansions) followed for one node without consuming data.
const MAX_HOPS: usize = 64;
/// Most schema parts applied to one node.
const MAX_PARTS: usize = 64;
/// Deepest data nesting checked (the readers stop at 256).
const MAX_DEPTH: usize = 512;
/// Most speculative `oneOf`/`anyOf` branch evaluations per document.
const SPECULATION_BUDGET: usize = 10_000;

/// Where the walk is, for messages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx<'n> {
    /// What the node is called in messages.
    pub(crate) subject: Subject<'n>,
    /// The node is inside a secret, or its schema marks it as one: never print its value.
    /// Read [`Ctx::is_secret`], which also asks about the node's own key when `key_secret`.
    pub(crate) secret: bool,
    /// Whether the node's key (its subject) names a secret counts too: decided only when a
    /// message needs it or the walk enters the node's members (an `is_secret_key` per member
    /// of every object otherwise).
    pub(crate) key_secret: bool,
    /// Data depth.
    pub(crate) depth: usize,
    /// Branches entered at this node without consuming data (guards `oneOf: [{$ref: self}]`).
    pub(crate) hops: usize,
}

impl<'n> Ctx<'n> {
    pub(crate) fn root() -> Ctx<'n> {
        Ctx {
            subject: Subject::Root,
            secret: false,
            key_secret: false,
            depth: 0,
            hops: 0,
        }
    }

    /// Whether the node is (inside) a secret: never print its value.
    pub(crate) fn is_secret(&self) -> bool {
        self.secret
            || (self.key_secret
                && matches!(self.subject, Subject::Key(k) if keys::is_secret_key(k)))
    }

    fn nearest_key(self) -> Option<&'n str> {
        match self.subject {
            Subject::Root => None,
            Subject::Key(k) => Some(k),
            Subject::Item(k, _) => k,
        }
    }
}

/// The checked data of one node.
#[derive(Debug)]
pub(crate) struct Clean {
    /// The data, keys canonical, failed optional members removed (`Null` with
    /// [`Options::skip_clean`]).
    pub(crate) value: serde_json::Value,
    /// Whether the data can be deserialized (no error at the node itself, no required member
    /// missing or removed, no failed array item).
    pub(crate) ok: bool,
}

/// The state of one check.
pub(crate) struct Validator<'s> {
    pub(crate) root: &'s Value,
    pub(crate) options: Options,
    pub(crate) findings: Vec<Finding>,
    pub(crate) renamed: Vec<Renamed>,
    /// With [`Options::skip_clean`]: the pointers of the members left out of the cleaned
    /// value (each where the walk leaves one out; pointers under a left-out member may be
    /// there too).
    pub(crate) removed: Vec<NodePath>,
    /// The path of the current node (the document's `base` + the path inside), extended and
    /// truncated as the walk goes.
    pub(crate) path: NodePath,
    pub(crate) budget: usize,
    owners: Option<std::sync::Arc<Owners>>,
    /// Emptied parts lists, reused by [`Validator::validate`] (one allocation per nesting
    /// level, not one per node).
    pool: Vec<Vec<&'s Value>>,
    /// The path of the checked node in its document.
    base: NodePath,
    /// Whether `root` is a committed schema, held for the process's life: then
    /// [`Validator::types_of`] keeps what it works out, by subschema address, for every later
    /// document (a thousand calls for the NNI corpus's 64 configs, 860 instructions each).
    lasting: bool,
}

/// [`Validator::types_of`] of the subschemas of the committed schemas, by address.
static TYPES: std::sync::OnceLock<std::sync::Mutex<crate::hashing::Map<usize, Types>>> =
    std::sync::OnceLock::new();

impl<'s> Validator<'s> {
    pub(crate) fn new(root: &'s Value, options: Options, base: &NodePath) -> Validator<'s> {
        Validator {
            root,
            options,
            findings: Vec::new(),
            renamed: Vec::new(),
            removed: Vec::new(),
            path: base.clone(),
            base: base.clone(),
            budget: SPECULATION_BUDGET,
            owners: None,
            pool: Vec::new(),
            lasting: crate::schema::is_compiled_validation_schema(root),
        }
    }

    /// Adds `schema`, its `$ref` targets and its `allOf` members to `parts` (each once).
    pub(crate) fn collect(&self, schema: &'s Value, parts: &mut Vec<&'s Value>, hops: &mut usize) {
        if parts.len() >= MAX_PARTS || parts.iter().any(|p| std::ptr::eq(*p, schema)) {
            return;
        }
        parts.push(schema);
        let Some(obj) = schema.as_object() else {
            return;
        };
        if let Some(target) = map_kw(obj, "$ref")
            .and_then(Value::as_str)
            .and_then(|r| index::lookup(self.root, r))
        {
            *hops += 1;
            if *hops <= MAX_HOPS {
                self.collect(target, parts, hops);
            }
        }
        for sub in map_kw(obj, "allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            *hops += 1;
            if *hops <= MAX_HOPS {
                self.collect(sub, parts, hops);
            }
        }
    }

    /// The parts of `schema` (itself, `$ref` targets, `allOf` members).
    pub(crate) fn parts(&self, schema: &'s Value) -> Vec<&'s Value> {
        let mut parts = Vec::new();
        self.collect(schema, &mut parts, &mut 0);
        parts
    }

    /// The cleaned value of `node` kept as it is (`Null` with [`Options::skip_clean`]).
    fn json(&self, node: &Node) -> serde_json::Value {
        if self.options.skip_clean {
            serde_json::Value::Null
        } else {
            node.to_json()
        }
    }

    /// A node that failed at itself: kept as it is, not deserializable.
    fn failed(&self, node: &Node) -> Clean {
        Clean {
            value: self.json(node),
            ok: false,
        }
    }

    /// Notes that the member at the current path is left out of the cleaned value.
    fn leave_out(&mut self) {
        if self.options.skip_clean {
            self.removed.push(self.path.clone());
        }
    }

    pub(crate) fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// A type finding about `node`, which follows from the number-out-of-range problem of the
    /// reader when the node is a number too large for a float (`1e400` read as infinity): that
    /// problem alone is reported.
    pub(crate) fn type_finding(&self, node: &Node, f: Finding) -> Finding {
        match &node.value {
            V::Number(crate::source::Number::Float(x)) if !x.is_finite() => f.follows(
                &crate::document::syntax::NUMBER_OUT_OF_RANGE,
                self.path.clone(),
            ),
            _ => f,
        }
    }

    /// A finding at the current node's value.
    pub(crate) fn here(&self, rule: &'static crate::finding::Rule, message: String) -> Finding {
        Finding::new(rule, self.path.clone(), message)
    }

    /// Checks `node` against `schema`.
    pub(crate) fn validate(&mut self, schema: &'s Value, node: &Node, ctx: Ctx<'_>) -> Clean {
        if ctx.depth > MAX_DEPTH {
            return Clean {
                value: self.json(node),
                ok: true,
            };
        }
        if let V::String(s) = &node.value
            && is_plain_string_schema(schema)
        {
            // `{"type": "string"}` and a string (every `cmdN` of a trial.ini): nothing to check
            let value = if self.options.skip_clean {
                serde_json::Value::Null
            } else {
                serde_json::Value::String(s.as_str().to_owned())
            };
            return Clean { value, ok: true };
        }
        let mut parts = self.pool.pop().unwrap_or_default();
        self.collect(schema, &mut parts, &mut 0);
        let clean = self.validate_parts(&mut parts, node, ctx);
        parts.clear();
        self.pool.push(parts);
        clean
    }

    /// [`Validator::validate`] with the parts of the schema collected.
    fn validate_parts(&mut self, parts: &mut Vec<&'s Value>, node: &Node, ctx: Ctx<'_>) -> Clean {
        // Choose the `oneOf`/`anyOf` branches; the chosen ones join the parts.
        let mut i = 0;
        while let Some(&part) = parts.get(i) {
            for word in ["oneOf", "anyOf"] {
                if let Some(branches) = kw(part, word).and_then(Value::as_array) {
                    match self.choose(branches, node, ctx) {
                        Some(branch) => self.collect(branch, parts, &mut 0),
                        None => return self.failed(node),
                    }
                }
            }
            i += 1;
        }
        if parts.contains(&&Value::Bool(false)) {
            let f = self.here(
                &rule::INVALID_TYPE,
                format!("{} is not allowed here", ctx.subject.name()),
            );
            self.push(f);
            return self.failed(node);
        }
        let found = Types::of(node);
        let allowed = parts
            .iter()
            .filter_map(|p| kw(p, "type"))
            .fold(Types::ANY, |acc, t| acc.intersect(type_keyword(t)));
        if !allowed.contains(found) {
            let expected = if allowed == Types::NONE {
                parts
                    .iter()
                    .filter_map(|p| kw(p, "type"))
                    .map(type_keyword)
                    .find(|t| !t.contains(found))
                    .unwrap_or(Types::NONE)
            } else {
                allowed
            };
            let f = self
                .here(
                    &rule::INVALID_TYPE,
                    format!(
                        "expected {}, found {}",
                        expected.phrase(),
                        msg::found(node, ctx.is_secret())
                    ),
                )
                .help_opt(msg::type_help(node, expected, ctx.is_secret()));
            let f = self.type_finding(node, f);
            self.push(f);
            return self.failed(node);
        }
        let mut ok = true;
        if let Some(f) = parts.iter().find_map(|p| self.value_check(p, node, ctx)) {
            self.push(f);
            ok = false;
        }
        // Arrays and objects are walked even when their own value is wrong (a list too long),
        // so that the problems inside are reported too.
        let mut clean = match &node.value {
            V::Array(items) => self.array(parts, items, ctx),
            V::Object(members) => self.object(parts, members, ctx),
            _ => Clean {
                value: self.json(node),
                ok: true,
            },
        };
        clean.ok &= ok;
        clean
    }

    fn array(&mut self, parts: &[&'s Value], items: &[Node], ctx: Ctx<'_>) -> Clean {
        let schema = parts.iter().find_map(|p| kw(p, "items"));
        let extra = parts.iter().find_map(|p| kw(p, "additionalItems"));
        let key = ctx.nearest_key();
        let secret = ctx.is_secret();
        let skip = self.options.skip_clean;
        let mut out = Vec::with_capacity(if skip { 0 } else { items.len() });
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let sub = match schema {
                Some(Value::Array(tuple)) => tuple.get(i).or(extra),
                other => other,
            };
            let Some(sub) = sub else {
                if !skip {
                    out.push(item.to_json());
                }
                continue;
            };
            let before = self.path.len();
            self.path.push_index(i);
            let c = self.validate(
                sub,
                item,
                Ctx {
                    subject: Subject::Item(key, i),
                    secret,
                    key_secret: false,
                    depth: ctx.depth + 1,
                    hops: 0,
                },
            );
            self.path.truncate(before);
            ok &= c.ok;
            if !skip {
                out.push(c.value);
            }
        }
        Clean {
            value: if skip {
                serde_json::Value::Null
            } else {
                serde_json::Value::Array(out)
            },
            ok,
        }
    }

    fn object(&mut self, parts: &[&'s Value], members: &[Member], ctx: Ctx<'_>) -> Clean {
        let mut props: Vec<&'s Map> = Vec::new();
        let mut patterns: Vec<(&'s str, &'s Value)> = Vec::new();
        let mut closed = false;
        let mut additional: Option<&'s Value> = None;
        let mut required: Vec<&'s str> = Vec::new();
        for p in parts {
            if let Some(m) = kw(p, "properties").and_then(Value::as_object) {
                props.push(m);
            }
            if let Some(m) = kw(p, "patternProperties").and_then(Value::as_object) {
                patterns.extend(m.iter().map(|(k, v)| (k.as_str(), v)));
            }
            match kw(p, "additionalProperties") {
                Some(Value::Bool(false)) => closed = true,
                Some(s @ Value::Object(_)) if additional.is_none() => additional = Some(s),
                _ => {}
            }
            for r in kw(p, "required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(r) = r.as_str().filter(|r| !required.contains(r)) {
                    required.push(r);
                }
            }
        }
        // NNI's key matching applies to config objects (with `properties`), unless the schema
        // opts out with `x-nni-keys: false` (e.g. search-space domains, which NNI reads as dicts).
        let nni = self.options.nni_keys
            && !props.is_empty()
            && !parts
                .iter()
                .any(|p| kw(p, "x-nni-keys") == Some(&Value::Bool(false)));
        // the `patternProperties` regexes, looked up once per object (on the first key that
        // is not a property), not once per key
        let mut compiled: Option<Vec<Option<KeyPattern>>> = None;
        let inside_secret = ctx.is_secret();
        let skip = self.options.skip_clean;
        let mut clean = serde_json::Map::with_capacity(if skip { 0 } else { members.len() });
        let mut seen: Vec<&'s str> = Vec::new();
        // (with `skip_clean`: the canonical name of each member read so far, by position)
        let mut names: Vec<(usize, &'s str)> = Vec::new();
        let mut ok = true;
        for (at, m) in members.iter().enumerate() {
            let before = self.path.len();
            self.path.push_key(&m.key);
            let sub_ctx = |secret: bool| Ctx {
                subject: Subject::Key(&m.key),
                secret: inside_secret || secret,
                key_secret: true,
                depth: ctx.depth + 1,
                hops: 0,
            };
            if let Some((name, sub, spelling)) = find_property(&props, &m.key, nni) {
                if spelling == Spelling::Other {
                    let f = self
                        .here(
                            &rule::KEY_SPELLING,
                            format!(
                                "`{}` is read by NNI as `{name}`; write `{name}`",
                                msg::truncate(&m.key)
                            ),
                        )
                        .at_key()
                        .help(format!("rename it to `{name}`"))
                        .fix(crate::fix::Fix::rename_key(self.path.clone(), name));
                    self.push(f);
                }
                if seen.contains(&name) {
                    // a later spelling of a key replaces the earlier one in the cleaned value
                    // (or, when it fails, leaves the key out): the earlier ones are left out
                    if skip {
                        let parent = self.path.parent().unwrap_or_default();
                        for (i, _) in names.iter().filter(|(_, n)| *n == name) {
                            if let Some(earlier) = members.get(*i) {
                                self.removed.push(parent.key(&earlier.key));
                            }
                        }
                    }
                    let f = self
                        .here(
                            &rule::CONFLICTING_SPELLINGS,
                            format!(
                                "`{}` is the same key as an earlier `{name}` to NNI",
                                msg::truncate(&m.key)
                            ),
                        )
                        .at_key()
                        .help("NNI keeps the later one silently; remove one of them");
                    self.push(f);
                } else {
                    seen.push(name);
                }
                if skip {
                    names.push((at, name));
                }
                if name != m.key {
                    let parent = self.path.parent().unwrap_or_default();
                    self.renamed.push(Renamed {
                        parent,
                        written: m.key.as_str().to_owned(),
                        canonical: name.to_owned(),
                    });
                }
                if self.options.nni_keys
                    && matches!(m.value.value, V::Null)
                    && !self.types_of(sub, 0).contains(Types::NULL)
                {
                    // NNI reads `null` as "not set" (SPEC §3): not a type error, but a
                    // required key set to null is missing.
                    clean.remove(name);
                    self.leave_out();
                    if required.contains(&name) {
                        let f = self
                            .here(
                                &rule::MISSING_REQUIRED,
                                format!("`{name}` is null, which NNI reads as not set"),
                            )
                            .help(format!("give `{name}` a value"));
                        self.push(f);
                        ok = false;
                    }
                    self.path.truncate(before);
                    continue;
                }
                let c = self.validate(sub, &m.value, sub_ctx(is_secret_schema(sub)));
                if c.ok {
                    if !skip {
                        clean.insert(name.to_owned(), c.value);
                    }
                } else {
                    clean.remove(name);
                    self.leave_out();
                    ok &= !required.contains(&name);
                }
            } else if let Some(sub) = pattern_property(&patterns, &mut compiled, &m.key) {
                let c = self.validate(sub, &m.value, sub_ctx(is_secret_schema(sub)));
                if c.ok {
                    if !skip {
                        clean.insert(m.key.as_str().to_owned(), c.value);
                    }
                } else {
                    self.leave_out();
                    ok &= !required.contains(&m.key.as_str());
                }
            } else if closed {
                // a key made by a Jinja template (`{{ name }}=...`, `metric_{{ n }}`) is
                // known only once hpo_tools renders it (SPEC.md §4): never an unknown key
                if !(m.key.contains("{{") || m.key.contains("{%")) {
                    let f = self.unknown(&m.key, &props, &patterns, nni);
                    self.push(f);
                }
                self.leave_out();
            } else if let Some(sub) = additional {
                let c = self.validate(sub, &m.value, sub_ctx(is_secret_schema(sub)));
                if c.ok {
                    if !skip {
                        clean.insert(m.key.as_str().to_owned(), c.value);
                    }
                } else {
                    self.leave_out();
                    ok &= !required.contains(&m.key.as_str());
                }
            } else if !skip {
                clean.insert(m.key.as_str().to_owned(), m.value.to_json());
            }
            self.path.truncate(before);
        }
        for r in required {
            if seen.contains(&r) || members.iter().any(|m| m.key == r) {
                continue;
            }
            let expected = props
                .iter()
                .find_map(|m| m.get(r))
                .map(|s| self.types_of(s, 0))
                .filter(|t| *t != Types::ANY);
            let help = match expected {
                Some(t) => format!("add `{r}` ({})", t.phrase()),
                None => format!("add `{r}`"),
            };
            let mut f = self
                .here(
                    &rule::MISSING_REQUIRED,
                    format!("missing required key `{r}`"),
                )
                .at_key()
                .help(help);
            // a key the unknown-key finding suggests `r` for is `r` misspelled: that one
            // finding, with its fix, says it (one mistake, one finding)
            if closed {
                let all = || props.iter().flat_map(|m| m.keys().map(|k| k.as_str()));
                if let Some(m) = members.iter().find(|m| {
                    !all().any(|k| k == m.key)
                        && pattern_property(&patterns, &mut compiled, &m.key).is_none()
                        && did_you_mean(&m.key, all()) == Some(r)
                }) {
                    let unknown = if self.options.unknown_is_warning {
                        &rule::UNKNOWN_MEMBER
                    } else {
                        &rule::UNKNOWN_KEY
                    };
                    f = f.follows(unknown, self.path.key(&m.key));
                }
            }
            self.push(f);
            ok = false;
        }
        Clean {
            value: if skip {
                serde_json::Value::Null
            } else {
                serde_json::Value::Object(clean)
            },
            ok,
        }
    }

    fn unknown(
        &mut self,
        key: &str,
        props: &[&'s Map],
        patterns: &[(&'s str, &'s Value)],
        nni: bool,
    ) -> Finding {
        let rule = if self.options.unknown_is_warning {
            &rule::UNKNOWN_MEMBER
        } else {
            &rule::UNKNOWN_KEY
        };
        let suggestion = did_you_mean(key, props.iter().flat_map(|m| m.keys().map(|k| k.as_str())));
        let root = self.root;
        let owners = self.owners.get_or_insert_with(|| index::owners(root));
        let hint = owners
            .hint(key, nni || self.options.nni_keys)
            .or_else(|| suggestion.is_none().then(|| owners.near(key)).flatten());
        let help = match (suggestion, hint) {
            (Some(s), Some(h)) if !h.starts_with(&format!("`{s}`")) => {
                Some(format!("did you mean `{s}`? ({h})"))
            }
            (Some(s), _) => Some(format!("did you mean `{s}`?")),
            (None, Some(h)) => Some(h),
            (None, None) => patterns
                .first()
                .map(|(p, _)| format!("keys here must match `{}`", msg::truncate(p))),
        };
        let fix = suggestion
            .filter(|s| {
                crate::finding::suggest::is_clearly_closest(
                    key,
                    s,
                    props.iter().flat_map(|m| m.keys().map(|k| k.as_str())),
                )
            })
            .map(|s| crate::fix::Fix::rename_key(self.path.clone(), s))
            .or_else(|| {
                // a key with one right place: moved there (unsafe: it moves a line)
                let (dest, tags) = owners.only_place(key)?;
                let to = self.base.join(&dest);
                let from = self.path.clone();
                (from.parent().unwrap_or_default() != to).then(|| {
                    crate::fix::Fix::unsafe_edit(
                        format!("move it to `{to}`"),
                        vec![crate::fix::Edit {
                            target: crate::fix::Target::Move {
                                from,
                                to,
                                when: tags,
                            },
                            content: String::new(),
                        }],
                    )
                })
            });
        self.here(rule, format!("unknown key `{}`", msg::truncate(key)))
            .at_key()
            .help_opt(help)
            .fix_opt(fix)
    }

    /// The types a schema admits (following `$ref`, `allOf`, `oneOf`, `anyOf`).
    pub(crate) fn types_of(&self, schema: &'s Value, hops: usize) -> Types {
        if hops == 0 && self.lasting {
            let cache = TYPES.get_or_init(Default::default);
            let key = std::ptr::from_ref(schema) as usize;
            let lock = |c: &'static std::sync::Mutex<_>| {
                c.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
            };
            if let Some(t) = lock(cache).get(&key) {
                return *t;
            }
            let t = self.types_from(schema, 0);
            lock(cache).insert(key, t);
            return t;
        }
        self.types_from(schema, hops)
    }

    /// [`Validator::types_of`], worked out.
    fn types_from(&self, schema: &'s Value, hops: usize) -> Types {
        if hops > 16 {
            return Types::ANY;
        }
        let mut types = Types::ANY;
        for part in self.parts(schema) {
            match part {
                Value::Bool(false) => return Types::NONE,
                Value::Object(obj) => {
                    if let Some(t) = obj.get("type") {
                        types = types.intersect(type_keyword(t));
                    }
                    for word in ["oneOf", "anyOf"] {
                        if let Some(branches) = obj.get(word).and_then(Value::as_array) {
                            let union = branches
                                .iter()
                                .fold(Types::NONE, |acc, b| acc.union(self.types_of(b, hops + 1)));
                            types = types.intersect(union);
                        }
                    }
                }
                _ => {}
            }
        }
        types
    }

    /// Whether a finding counts against a branch, and how much.
    pub(crate) fn score(findings: &[Finding]) -> (usize, usize) {
        findings.iter().fold((0, 0), |(e, w), f| {
            if f.severity.unwrap_or(f.rule.severity) == Severity::Error {
                (e + 1, w)
            } else {
                (e, w + 1)
            }
        })
    }
}

/// `map[key]` (a scan: see [`crate::schema::compiled`]).
pub(crate) fn map_kw<'a>(map: &'a Map, key: &str) -> Option<&'a Value> {
    map_kv(map, key).map(|(_, v)| v)
}

/// [`map_kw`] with the map's own key.
fn map_kv<'a>(map: &'a Map, key: &str) -> Option<(&'a str, &'a Value)> {
    map.get_key_value(key).map(|(k, v)| (k.as_str(), v))
}

/// `schema[key]` ([`map_kw`]) of an object schema; `None` for other values.
pub(crate) fn kw<'a>(schema: &'a Value, key: &str) -> Option<&'a Value> {
    map_kw(schema.as_object()?, key)
}

/// The types named by a `type` keyword (a word or an array of words).
fn type_keyword(t: &Value) -> Types {
    match t {
        Value::String(s) => Types::from_name(s),
        Value::Array(words) => words
            .iter()
            .filter_map(Value::as_str)
            .fold(Types::NONE, |acc, w| acc.union(Types::from_name(w))),
        _ => Types::ANY,
    }
}

/// Whether `schema` is `{"type": "string"}` with at most annotations beside it (no keyword
/// that could fail a string, no `$ref` or combinator to follow).
fn is_plain_string_schema(schema: &Value) -> bool {
    let Value::Object(m) = schema else {
        return false;
    };
    m.len() <= 4
        && map_kw(m, "type").and_then(Value::as_str) == Some("string")
        && m.keys()
            .all(|k| matches!(k.as_str(), "type" | "description" | "title" | "examples"))
}

/// The schema of the first pattern in `patterns` that `key` matches (`compiled`: their
/// regexes, filled on first use).
fn pattern_property<'s>(
    patterns: &[(&'s str, &'s Value)],
    compiled: &mut Option<Vec<Option<KeyPattern>>>,
    key: &str,
) -> Option<&'s Value> {
    if patterns.is_empty() {
        return None;
    }
    let regexes =
        compiled.get_or_insert_with(|| patterns.iter().map(|(p, _)| KeyPattern::new(p)).collect());
    patterns
        .iter()
        .zip(regexes.iter())
        .find(|(_, r)| r.as_ref().is_some_and(|r| r.is_match(key)))
        .map(|((_, s), _)| *s)
}

/// The property `key` names: exactly first, then (under NNI matching) by spelling.
pub(crate) fn find_property<'s>(
    props: &[&'s Map],
    key: &str,
    nni: bool,
) -> Option<(&'s str, &'s Value, Spelling)> {
    for m in props {
        if let Some((name, sub)) = map_kv(m, key) {
            return Some((name, sub, Spelling::Exact));
        }
    }
    if !nni {
        return None;
    }
    let mut other = None;
    for m in props {
        for (name, sub) in m.iter().filter(|(name, _)| !name.starts_with('_')) {
            match keys::spelling(key, name, true) {
                Some(Spelling::Snake) => return Some((name.as_str(), sub, Spelling::Snake)),
                Some(s) if other.is_none() => other = Some((name.as_str(), sub, s)),
                _ => {}
            }
        }
    }
    other
}

/// A property schema marked as a secret (`writeOnly: true` or `x-secret: true`).
fn is_secret_schema(schema: &Value) -> bool {
    ["writeOnly", "x-secret"]
        .iter()
        .any(|w| kw(schema, w) == Some(&Value::Bool(true)))
}

/// JSON equality of a node and a schema value (`1.0` equals `1`).
pub(crate) fn node_eq(node: &Node, v: &Value) -> bool {
    match (&node.value, v) {
        (V::Null, Value::Null) => true,
        (V::Bool(a), Value::Bool(b)) => a == b,
        (V::String(a), Value::String(b)) => a.as_str() == b.as_str(),
        (V::Number(n), Value::Number(m)) => match (n.as_i64(), m.as_i64()) {
            (Some(a), Some(b)) => a == b,
            _ => m.as_f64().is_some_and(|b| b == n.as_f64()),
        },
        (V::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| node_eq(x, y))
        }
        (V::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|m| b.get(m.key.as_str()).is_some_and(|y| node_eq(&m.value, y)))
        }
        _ => false,
    }
}
