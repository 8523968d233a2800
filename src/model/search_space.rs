//! `search_space.json`: parameter name -> domain (SPEC.md §2).

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Number;

use super::Error;

/// An NNI search space: each parameter name (on PAI, a `${name}` placeholder substituted into
/// the trial commands) mapped to the domain its values are sampled from. Parameters keep the
/// order of the document.
// Deserialize is written by hand (below): serde's `flatten` would buffer the parameters and
// report every error at the end of the object instead of at the faulty parameter.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[schemars(
    title = "NNI search space",
    example = serde_json::json!({
        "${learning_rate}": {"_type": "loguniform", "_value": [0.0001, 0.1]},
        "${num_leaves}": {"_type": "choice", "_value": [31, 63, 127]}
    })
)]
pub struct SearchSpace {
    /// The URI of the JSON Schema that editors validate this file against. For editors only:
    /// NNI reads every top-level key as a parameter, so a file given to NNI must not have it.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The parameters, in document order.
    #[serde(flatten)]
    pub params: IndexMap<String, Domain>,
}

/// The domain a parameter is sampled from: `{"_type": TYPE, "_value": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "_type", content = "_value", rename_all = "lowercase")]
pub enum Domain {
    /// One of the options: numbers, strings, or nested sub-spaces (`{"_name": ..., param:
    /// domain, ...}`) whose parameters are only sampled when that option is chosen.
    Choice(#[schemars(length(min = 1))] Vec<ChoiceOption>),
    /// An integer in `[lower, upper)`: the upper bound is exclusive. Both bounds are integers
    /// and `lower < upper`.
    Randint([i64; 2]),
    /// A float uniformly distributed in `[low, high]` (`low < high`).
    Uniform([Number; 2]),
    /// `clip(round(uniform(low, high) / q) * q, low, high)`: `[low, high, q]`, `q > 0`.
    Quniform([Number; 3]),
    /// `exp(uniform(log(low), log(high)))`: `[low, high]`, `0 < low < high`.
    Loguniform([Number; 2]),
    /// `clip(round(loguniform(low, high) / q) * q, low, high)`: `[low, high, q]`,
    /// `0 < low < high`, `q > 0`.
    Qloguniform([Number; 3]),
    /// A normally distributed float: `[mu, sigma]`, `sigma > 0`.
    Normal([Number; 2]),
    /// `round(normal(mu, sigma) / q) * q`: `[mu, sigma, q]`, `sigma > 0`, `q > 0`.
    Qnormal([Number; 3]),
    /// `exp(normal(mu, sigma))`: `[mu, sigma]`, `sigma > 0`.
    Lognormal([Number; 2]),
    /// `round(exp(normal(mu, sigma)) / q) * q`: `[mu, sigma, q]`, `sigma > 0`, `q > 0`.
    Qlognormal([Number; 3]),
}

impl Domain {
    /// The `_type` of the domain (`choice`, `randint`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            Domain::Choice(_) => "choice",
            Domain::Randint(_) => "randint",
            Domain::Uniform(_) => "uniform",
            Domain::Quniform(_) => "quniform",
            Domain::Loguniform(_) => "loguniform",
            Domain::Qloguniform(_) => "qloguniform",
            Domain::Normal(_) => "normal",
            Domain::Qnormal(_) => "qnormal",
            Domain::Lognormal(_) => "lognormal",
            Domain::Qlognormal(_) => "qlognormal",
        }
    }

    /// The ten `_type` names, in the order of SPEC.md §2.
    pub const TYPES: [&'static str; 10] = [
        "choice",
        "randint",
        "uniform",
        "quniform",
        "loguniform",
        "qloguniform",
        "normal",
        "qnormal",
        "lognormal",
        "qlognormal",
    ];
}

/// One option of a `choice`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ChoiceOption {
    /// A number, kept exactly as written (`5` stays an integer, `5.0` a float).
    Number(Number),
    /// A boolean (a real option: NNI's tuners return `True`/`False`, SPEC.md §2 rule 7).
    Bool(bool),
    /// A string.
    String(String),
    /// A nested sub-space, chosen as a whole.
    Nested(NestedSpace),
}

/// A nested sub-space: an option of a `choice` that carries its own parameters.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct NestedSpace {
    /// The option's name, passed to the trial as the chosen value's `_name`. Required: NNI
    /// fails at run time without it.
    #[serde(rename = "_name")]
    pub name: String,
    /// The sub-space's parameters, in document order.
    #[serde(flatten)]
    pub params: IndexMap<String, Domain>,
}

/// A search space kept as a raw JSON object, as it appears inline in an exp.yml
/// (`searchSpace`) or an HpoExperimentConfiguration (`search_space`). The editor schema
/// describes it as a [`SearchSpace`]; [`RawSearchSpace::parse`] gives the typed space.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RawSearchSpace(pub serde_json::Map<String, serde_json::Value>);

impl RawSearchSpace {
    /// The typed search space, or the first problem that keeps it from being one (the
    /// search-space rules report every problem, located).
    pub fn parse(&self) -> Result<SearchSpace, Error> {
        serde_json::from_value(serde_json::Value::Object(self.0.clone())).map_err(Error::from_json)
    }

    /// The parameter names, in document order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl JsonSchema for RawSearchSpace {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        super::schema_name("RawSearchSpace")
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        generator.subschema_for::<SearchSpace>()
    }
}

impl SearchSpace {
    /// Reads a search space from JSON text.
    pub fn from_json(text: &str) -> Result<SearchSpace, Error> {
        super::json_from_str(text)
    }

    /// Reads a search space from a JSON value.
    pub fn from_value(value: serde_json::Value) -> Result<SearchSpace, Error> {
        super::from_json_value(value)
    }

    /// Writes the search space as pretty JSON.
    pub fn to_json(&self) -> String {
        super::json_to_string(self)
    }

    /// The domain of a parameter.
    pub fn get(&self, name: &str) -> Option<&Domain> {
        self.params.get(name)
    }

    /// The number of parameters.
    pub fn len(&self) -> usize {
        self.params.len()
    }

    /// Whether the space has no parameter.
    pub fn is_empty(&self) -> bool {
        self.params.is_empty()
    }

    /// The parameters, in document order.
    pub fn iter(&self) -> indexmap::map::Iter<'_, String, Domain> {
        self.params.iter()
    }
}

/// The parameters of a space, in document order.
type Params = IndexMap<String, Domain>;

/// Reads a space's members: `special` (`$schema` or `_name`) as a string, every other member
/// as a [`Domain`], each read in place so an error points at its own parameter.
fn read_space<'de, A: MapAccess<'de>>(
    mut map: A,
    special: &'static str,
) -> Result<(Option<String>, Params), A::Error> {
    let mut special_value = None;
    let mut params = IndexMap::new();
    while let Some(key) = map.next_key::<String>()? {
        if key == special {
            special_value = Some(map.next_value::<String>()?);
        } else {
            let domain = map.next_value::<Domain>()?;
            params.insert(key, domain);
        }
    }
    Ok((special_value, params))
}

struct SpaceVisitor;

impl<'de> Visitor<'de> for SpaceVisitor {
    type Value = SearchSpace;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a search space (an object of parameter name -> domain)")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<SearchSpace, A::Error> {
        let (schema, params) = read_space(map, "$schema")?;
        Ok(SearchSpace { schema, params })
    }
}

impl<'de> Deserialize<'de> for SearchSpace {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(SpaceVisitor)
    }
}

struct NestedVisitor;

impl<'de> Visitor<'de> for NestedVisitor {
    type Value = NestedSpace;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a nested search space (`_name` and parameters)")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<NestedSpace, A::Error> {
        let (name, params) = read_space(map, "_name")?;
        let name = name.ok_or_else(|| A::Error::missing_field("_name"))?;
        Ok(NestedSpace { name, params })
    }
}

impl<'de> Deserialize<'de> for NestedSpace {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(NestedVisitor)
    }
}
