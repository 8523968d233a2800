//! The tree as a serde [`Deserializer`]: a typed model read straight from a [`Node`], without
//! the copy of the document as a `serde_json::Value` in between (issue 17: that copy was the
//! peak memory of checking a big exp.yml, six times the file).
//!
//! A [`Plan`] says what to read of the tree: the members a shape check left out (by the
//! address of their value node) and the keys it reads in another spelling. The values are
//! given to the visitor as a `serde_json::Value` deserializer gives them (non-negative integers
//! as `u64`, negative as `i64`, a non-finite float as null, strings borrowed), so that a model
//! reads the tree as it read the shape check's cleaned value.

use serde::de::value::Error;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::path::NodePath;
use super::{Member, Node, Number, Value};

/// What to read of a tree: members left out, keys renamed. Both are keyed by the address of a
/// member's value node (the tree is not modified while it is read).
#[derive(Debug, Default)]
pub struct Plan<'a> {
    omitted: crate::hashing::Set<usize>,
    renamed: crate::hashing::Map<usize, &'a str>,
}

fn address(node: &Node) -> usize {
    std::ptr::from_ref(node) as usize
}

impl<'a> Plan<'a> {
    /// Leaves out the member at `path` of `root` (nothing when the path names none).
    pub fn omit(&mut self, root: &Node, path: &NodePath) {
        if let Some(node) = path.resolve(root) {
            self.omitted.insert(address(node));
        }
    }

    /// Reads the member `written` of the object at `parent` as `canonical`.
    pub fn rename(&mut self, root: &Node, parent: &NodePath, written: &str, canonical: &'a str) {
        if let Some(node) = parent.resolve(root).and_then(|p| p.get(written)) {
            self.renamed.insert(address(node), canonical);
        }
    }

    /// Whether the member whose value is `node` is left out.
    pub fn omitted(&self, node: &Node) -> bool {
        self.omitted.contains(&address(node))
    }

    fn kept<'t>(&self, m: &'t Member) -> Option<(&'t str, &'t Node)>
    where
        'a: 't,
    {
        if !self.omitted.is_empty() && self.omitted.contains(&address(&m.value)) {
            return None;
        }
        let key = match self.renamed.get(&address(&m.value)) {
            Some(k) => *k,
            None => m.key.as_str(),
        };
        Some((key, &m.value))
    }
}

/// A deserializer of one node of a tree, read as its [`Plan`] says. `skip`: a key of the
/// node's own members (when it is an object) not to read (a tag read by the caller).
#[derive(Debug, Clone, Copy)]
pub struct TreeDe<'t, 'a> {
    /// The node.
    pub node: &'t Node,
    /// What to read of it.
    pub plan: &'t Plan<'a>,
    /// A key of its members to leave out, if any.
    pub skip: Option<&'t str>,
}

impl<'t, 'a> TreeDe<'t, 'a> {
    /// A deserializer of `node`.
    pub fn new(node: &'t Node, plan: &'t Plan<'a>) -> TreeDe<'t, 'a> {
        TreeDe {
            node,
            plan,
            skip: None,
        }
    }

    /// The members read of this node (none when it is not an object), less `skip`.
    pub fn members(self) -> impl Iterator<Item = (&'t str, &'t Node)> {
        let skip = self.skip;
        self.node
            .as_object()
            .unwrap_or(&[])
            .iter()
            .filter_map(|m| self.plan.kept(m))
            .filter(move |(k, _)| Some(*k) != skip)
    }

    /// The member read as `key`, if there is one.
    pub fn get(self, key: &str) -> Option<TreeDe<'t, 'a>> {
        let plan = self.plan;
        self.members()
            .find(|(k, _)| *k == key)
            .map(|(_, n)| TreeDe::new(n, plan))
    }

    /// The same node, its member `key` left out.
    pub fn without(self, key: &'t str) -> TreeDe<'t, 'a> {
        TreeDe {
            skip: Some(key),
            ..self
        }
    }

    /// Whether the node reads as null (a non-finite float does, as in a JSON value).
    pub fn is_null(&self) -> bool {
        match &self.node.value {
            Value::Null => true,
            Value::Number(Number::Float(f)) => !f.is_finite(),
            _ => false,
        }
    }
}

impl<'de, 't: 'de, 'a: 't> de::Deserializer<'de> for TreeDe<'t, 'a> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match &self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(Number::Int(i)) => match u64::try_from(*i) {
                Ok(u) => visitor.visit_u64(u),
                Err(_) => visitor.visit_i64(*i),
            },
            Value::Number(Number::UInt(u)) => visitor.visit_u64(*u),
            Value::Number(Number::Float(f)) if f.is_finite() => visitor.visit_f64(*f),
            Value::Number(Number::Float(_)) => visitor.visit_unit(),
            Value::String(s) => visitor.visit_borrowed_str(s.as_str()),
            Value::Array(items) => {
                let plan = self.plan;
                let mut seq = de::value::SeqDeserializer::new(
                    items.iter().map(move |n| TreeDe::new(n, plan)),
                );
                let v = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(v)
            }
            Value::Object(_) => {
                let plan = self.plan;
                let mut map = de::value::MapDeserializer::new(
                    self.members()
                        .map(move |(k, n)| (KeyDe(k), TreeDe::new(n, plan))),
                );
                let v = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(v)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // as a `serde_json::Value`: a string names a unit variant, an object of one member a
        // variant with content
        match &self.node.value {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            Value::Object(_) => {
                let mut members = self.members();
                match (members.next(), members.next()) {
                    (Some((k, n)), None) => visitor.visit_enum(EnumDe {
                        variant: k,
                        value: TreeDe::new(n, self.plan),
                    }),
                    _ => Err(de::Error::invalid_value(
                        de::Unexpected::Map,
                        &"a map of one key",
                    )),
                }
            }
            _ => Err(de::Error::invalid_type(
                self.unexpected(),
                &"a string or a map",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

impl TreeDe<'_, '_> {
    fn unexpected(&self) -> de::Unexpected<'_> {
        match &self.node.value {
            Value::Null => de::Unexpected::Unit,
            Value::Bool(b) => de::Unexpected::Bool(*b),
            Value::Number(Number::Int(i)) => de::Unexpected::Signed(*i),
            Value::Number(Number::UInt(u)) => de::Unexpected::Unsigned(*u),
            Value::Number(Number::Float(f)) => de::Unexpected::Float(*f),
            Value::String(s) => de::Unexpected::Str(s),
            Value::Array(_) => de::Unexpected::Seq,
            Value::Object(_) => de::Unexpected::Map,
        }
    }
}

impl<'de, 't: 'de, 'a: 't> IntoDeserializer<'de, Error> for TreeDe<'t, 'a> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// A key, given borrowed.
#[derive(Debug, Clone, Copy)]
pub struct KeyDe<'t>(pub &'t str);

impl<'de, 't: 'de> IntoDeserializer<'de, Error> for KeyDe<'t> {
    type Deserializer = de::value::BorrowedStrDeserializer<'de, Error>;

    fn into_deserializer(self) -> Self::Deserializer {
        de::value::BorrowedStrDeserializer::new(self.0)
    }
}

struct EnumDe<'t, 'a> {
    variant: &'t str,
    value: TreeDe<'t, 'a>,
}

impl<'de, 't: 'de, 'a: 't> de::EnumAccess<'de> for EnumDe<'t, 'a> {
    type Error = Error;
    type Variant = TreeDe<'t, 'a>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, TreeDe<'t, 'a>), Error> {
        let v = seed.deserialize(de::value::BorrowedStrDeserializer::<Error>::new(
            self.variant,
        ))?;
        Ok((v, self.value))
    }
}

impl<'de, 't: 'de, 'a: 't> de::VariantAccess<'de> for TreeDe<'t, 'a> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::{Plan, TreeDe};
    use crate::source::path::NodePath;
    use serde::Deserialize;

    fn tree(yaml: &str) -> crate::source::Node {
        crate::source::parse(crate::source::Format::Yaml, yaml)
            .root
            .unwrap_or_else(|| panic!("no tree"))
    }

    #[test]
    fn a_tree_reads_as_its_json_value_does() {
        let root = tree("a: 1\nb: -2\nc: 1.5\nd: [x, true, null]\ne: {f: .inf}\n");
        let plan = Plan::default();
        let read = serde_json::Value::deserialize(TreeDe::new(&root, &plan));
        assert_eq!(read.ok(), Some(root.to_json()));
    }

    #[test]
    fn omitted_members_are_not_read_and_renamed_ones_are_read_by_their_new_key() {
        let root = tree("a: 1\nb_c: 2\nd: {e: 3, f: 4}\n");
        let mut plan = Plan::default();
        plan.omit(&root, &NodePath::root().key("d").key("e"));
        plan.rename(&root, &NodePath::root(), "b_c", "bC");
        let read = serde_json::Value::deserialize(TreeDe::new(&root, &plan));
        assert_eq!(
            read.ok(),
            Some(serde_json::json!({"a": 1, "bC": 2, "d": {"f": 4}}))
        );
        let top = TreeDe::new(&root, &plan).without("a");
        assert_eq!(
            top.members().map(|(k, _)| k).collect::<Vec<_>>(),
            ["bC", "d"]
        );
    }
}
