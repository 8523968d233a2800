//! The validation schemas in the form the shape checker walks: a JSON value whose strings borrow
//! from the committed text and whose objects are member lists, read in one pass.
//!
//! Parsing the committed schemas into `serde_json::Value` (an `IndexMap` with a SipHash table
//! and an owned `String` per member) was 40% of the instructions of a one-file `hpoconf check`,
//! and every keyword lookup of the walk hashed its key again. This form allocates once per
//! array or object (no table, no key copies: the committed text has no escaped key) and looks
//! members up by a scan: a schema object has a handful of keywords, and `properties` a few
//! dozen names of different lengths, so the scan compares lengths almost everywhere.

use std::borrow::Cow;
use std::fmt;

use crate::kind::Kind;

#[rustfmt::skip]
#[allow(clippy::all)]
mod generated;
#[cfg(test)]
mod generate_tests;

/// A kind's committed validation schema, as a `static` ([`generated`]).
pub(crate) fn committed(kind: Kind) -> &'static Value {
    match kind {
        Kind::ExpYml => &generated::EXP_YML,
        Kind::SearchSpace => &generated::SEARCH_SPACE,
        Kind::TrialIni => &generated::TRIAL_INI,
        Kind::HpoConfig => &generated::HPO_CONFIG,
        Kind::GetHpoExperiment => &generated::GET_HPO_EXPERIMENT,
    }
}

/// A string of a schema: borrowed from the committed text unless it had an escape.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Str(Cow<'static, str>);

impl Str {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Str {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A schema value (the shape of `serde_json::Value`, so that the walk reads the same). The
/// committed schemas are `static` values of this type ([`generated`]): no reading at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Num),
    /// A string.
    String(Str),
    /// An array.
    Array(Cow<'static, [Value]>),
    /// An object, its members in written order.
    Object(Map),
}

/// A number, as `serde_json::Number` holds it (one that fits a `u64`, a negative one that fits
/// an `i64`, or a float), built in a `static`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    /// A non-negative integer.
    PosInt(u64),
    /// A negative integer.
    NegInt(i64),
    /// Any other number.
    Float(f64),
}

impl Num {
    /// The same number as serde_json holds it.
    pub fn from_json(n: &serde_json::Number) -> Num {
        match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Num::PosInt(u),
            (None, Some(i)) => Num::NegInt(i),
            _ => Num::Float(n.as_f64().unwrap_or(0.0)),
        }
    }

    /// This number as a `serde_json::Number`.
    pub fn to_json(self) -> serde_json::Number {
        match self {
            Num::PosInt(u) => u.into(),
            Num::NegInt(i) => i.into(),
            Num::Float(f) => serde_json::Number::from_f64(f).unwrap_or_else(|| 0.into()),
        }
    }

    /// The number, if it is a non-negative integer.
    pub fn as_u64(self) -> Option<u64> {
        match self {
            Num::PosInt(u) => Some(u),
            _ => None,
        }
    }

    /// The number, if it is an integer that fits an `i64`.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Num::PosInt(u) => i64::try_from(u).ok(),
            Num::NegInt(i) => Some(i),
            Num::Float(_) => None,
        }
    }

    /// The number as a float.
    pub fn as_f64(self) -> Option<f64> {
        Some(match self {
            Num::PosInt(u) => u as f64,
            Num::NegInt(i) => i as f64,
            Num::Float(f) => f,
        })
    }
}

/// The members of a schema object, in written order; looked up by a scan.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map(Cow<'static, [(Str, Value)]>);

impl Map {
    /// The value of the member `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.get_key_value(key).map(|(_, v)| v)
    }

    /// The member `key`, key and value.
    pub fn get_key_value(&self, key: &str) -> Option<(&Str, &Value)> {
        self.0
            .iter()
            .find(|(k, _)| k.len() == key.len() && k.as_str() == key)
            .map(|(k, v)| (k, v))
    }

    /// Whether the object has a member `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&Str, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The member names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &Str> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The member values, in order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.0.iter().map(|(_, v)| v)
    }

    /// How many members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no member.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a Str, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Str, Value)>,
        fn(&'a (Str, Value)) -> (&'a Str, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The items of an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members of an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// The value of a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A non-negative integer.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// An integer.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// A number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    /// Whether it is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// The value at an RFC 6901 pointer (`""` is the value itself).
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        let mut at = self;
        for token in rest.split('/') {
            let token: Cow<'_, str> = if token.contains('~') {
                Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(token)
            };
            at = match at {
                Value::Object(map) => map.get(&token)?,
                Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(at)
    }

    /// The same value as a `serde_json::Value` (for messages and comparisons with data).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::Value::Number(n.to_json()),
            Value::String(s) => serde_json::Value::String(s.as_str().to_owned()),
            Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(Value::to_json).collect())
            }
            Value::Object(map) => serde_json::Value::Object(
                map.iter()
                    .map(|(k, v)| (k.as_str().to_owned(), v.to_json()))
                    .collect(),
            ),
        }
    }

    /// The same value, read from a `serde_json::Value` (a schema given at run time).
    pub fn from_json(value: &serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(Num::from_json(n)),
            serde_json::Value::String(s) => Value::String(Str(Cow::Owned(s.clone()))),
            serde_json::Value::Array(items) => Value::Array(
                items
                    .iter()
                    .map(Value::from_json)
                    .collect::<Vec<_>>()
                    .into(),
            ),
            serde_json::Value::Object(map) => Value::Object(Map(map
                .iter()
                .map(|(k, v)| (Str(Cow::Owned(k.clone())), Value::from_json(v)))
                .collect::<Vec<_>>()
                .into())),
        }
    }
}

impl PartialEq<serde_json::Value> for Value {
    fn eq(&self, other: &serde_json::Value) -> bool {
        match (self, other) {
            (Value::Null, serde_json::Value::Null) => true,
            (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
            (Value::Number(a), serde_json::Value::Number(b)) => a.to_json() == *b,
            (Value::String(a), serde_json::Value::String(b)) => a.as_str() == b,
            (Value::Array(a), serde_json::Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
            }
            (Value::Object(a), serde_json::Value::Object(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.get(k.as_str()).is_some_and(|w| v == w))
            }
            _ => false,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.to_json(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::Value;
    use crate::kind::Kind;

    #[test]
    fn pointers_and_lookups_agree_with_serde_json() {
        let text = crate::schema::committed_validation_schema(Kind::ExpYml);
        let compiled = super::committed(Kind::ExpYml);
        let json: serde_json::Value = serde_json::from_str(text).expect("json");
        for p in [
            "",
            "/definitions",
            "/definitions/TrainingService",
            "/properties/tuner",
            "/nope",
            "/required/0",
            "/required/x",
        ] {
            assert_eq!(
                compiled.pointer(p).map(Value::to_json),
                json.pointer(p).cloned(),
                "{p}"
            );
        }
        let escaped: serde_json::Value =
            serde_json::from_str("{\"a/b\":1,\"x\\ny\":\"\\u0041\",\"n\":[-2,0.5]}").expect("json");
        let value = Value::from_json(&escaped);
        assert_eq!(value.to_json(), escaped);
        assert_eq!(value.pointer("/a~1b").map(Value::to_json), Some(1.into()));
        assert_eq!(value.pointer("/n/0").and_then(Value::as_i64), Some(-2));
        assert_eq!(value.pointer("/n/1").and_then(Value::as_f64), Some(0.5));
    }
}
