//! `oneOf` / `anyOf`: choosing the branch a node is checked against.
//!
//! 1. Branches whose type cannot hold the node are dropped; if none is left, one `invalid-type`
//!    names the types of all branches.
//! 2. Branches that are all constants (`const`, `enum`: a string enum whose variants have docs)
//!    act as one enumeration.
//! 3. Object branches discriminated by a property that is a constant in each (`platform`,
//!    `_type`, `storageType`) are chosen by the node's value of that property.
//! 4. Otherwise the first branch without errors, else the one with the fewest errors, is chosen,
//!    and its problems are the ones reported.

use super::index;
use super::keys;
use super::messages::{self as msg, Types};
use super::validator::{Ctx, Validator, node_eq};
use crate::schema::compiled::{Map, Value};
use crate::shape::rules as rule;
use crate::source::{Node, Value as V};

/// Most nested speculative evaluations at one node (a branch that refers back to its union).
const MAX_SPECULATION_DEPTH: usize = 8;

impl<'s> Validator<'s> {
    /// The branch `node` is to be checked against, or `None` after reporting why none fits.
    pub(crate) fn choose(
        &mut self,
        branches: &'s [Value],
        node: &Node,
        ctx: Ctx<'_>,
    ) -> Option<&'s Value> {
        let found = Types::of(node);
        let mut all = Types::NONE;
        let mut fitting: Vec<&'s Value> = Vec::new();
        for b in branches {
            let t = self.types_of(b, 0);
            all = all.union(t);
            if t.contains(found) {
                fitting.push(b);
            }
        }
        match fitting.as_slice() {
            [] => {
                let f = self
                    .here(
                        &rule::INVALID_TYPE,
                        format!(
                            "expected {}, found {}",
                            all.phrase(),
                            msg::found(node, ctx.is_secret())
                        ),
                    )
                    .help_opt(msg::type_help(node, all, ctx.is_secret()));
                let f = self.type_finding(node, f);
                self.push(f);
                return None;
            }
            [one] => return Some(one),
            _ => {}
        }
        if let Some(values) = self.constants(&fitting) {
            if let Some(&(_, b)) = values.iter().find(|(v, _)| node_eq(node, v)) {
                return Some(b);
            }
            let values: Vec<&Value> = values.iter().map(|(v, _)| *v).collect();
            let f = self.enum_finding(node, &values, ctx);
            self.push(f);
            return None;
        }
        if let V::Object(members) = &node.value
            && let Some((tag, tagged)) = self.discriminator(&fitting)
        {
            return self.by_tag(tag, &tagged, members, ctx);
        }
        self.best(&fitting, node, ctx)
    }

    /// The values of branches that are all constants, each with its branch.
    fn constants(&self, branches: &[&'s Value]) -> Option<Vec<(&'s Value, &'s Value)>> {
        let mut out = Vec::new();
        for b in branches {
            let parts = self.parts(b);
            if parts.iter().any(|p| {
                p.get("properties").is_some()
                    || p.get("oneOf").is_some()
                    || p.get("anyOf").is_some()
            }) {
                return None;
            }
            let values = parts.iter().find_map(|p| {
                p.get("const")
                    .map(std::slice::from_ref)
                    .or_else(|| p.get("enum").and_then(Value::as_array))
            })?;
            out.extend(values.iter().map(|v| (v, *b)));
        }
        Some(out)
    }

    /// A property that is a distinct constant in every branch, with each branch's value.
    fn discriminator(
        &self,
        branches: &[&'s Value],
    ) -> Option<(&'s str, Vec<(&'s Value, &'s Value)>)> {
        let props: Vec<Vec<&'s Map>> = branches
            .iter()
            .map(|b| {
                self.parts(b)
                    .into_iter()
                    .filter_map(|p| p.get("properties").and_then(Value::as_object))
                    .collect()
            })
            .collect();
        let first = props.first()?;
        for name in first.iter().flat_map(|m| m.keys()) {
            let mut tagged = Vec::with_capacity(branches.len());
            for (maps, b) in props.iter().zip(branches) {
                let Some(c) = maps
                    .iter()
                    .find_map(|m| m.get(name))
                    .and_then(|s| index::constant(self.root, s))
                else {
                    break;
                };
                if tagged.iter().any(|(v, _)| *v == c) {
                    break;
                }
                tagged.push((c, *b));
            }
            if tagged.len() == branches.len() {
                return Some((name.as_str(), tagged));
            }
        }
        None
    }

    fn by_tag(
        &mut self,
        tag: &'s str,
        tagged: &[(&'s Value, &'s Value)],
        members: &[crate::source::Member],
        ctx: Ctx<'_>,
    ) -> Option<&'s Value> {
        let nni = self.options.nni_keys && !tag.starts_with('_');
        let member = members
            .iter()
            .find(|m| m.key == tag)
            .or_else(|| members.iter().find(|m| nni && keys::nni_equal(&m.key, tag)));
        let values: Vec<&Value> = tagged.iter().map(|(v, _)| *v).collect();
        let Some(member) = member else {
            let near = crate::finding::did_you_mean(tag, members.iter().map(|m| m.key.as_str()));
            let help = match near {
                Some(k) => format!("rename `{}` to `{tag}`", msg::truncate(k)),
                None => format!("add `{tag}`, one of {}", msg::list_values(&values)),
            };
            let f = self
                .here(
                    &rule::MISSING_REQUIRED,
                    format!("missing required key `{tag}`"),
                )
                .at_key()
                .help(help);
            self.push(f);
            return None;
        };
        if let Some(&(_, b)) = tagged.iter().find(|(v, _)| node_eq(&member.value, v)) {
            return Some(b);
        }
        let before = self.path.len();
        self.path.push_key(&member.key);
        let inner = Ctx {
            subject: msg::Subject::Key(&member.key),
            secret: ctx.is_secret(),
            key_secret: false,
            depth: ctx.depth + 1,
            hops: 0,
        };
        let f = match &member.value.value {
            V::Array(_) | V::Object(_) => self.here(
                &rule::INVALID_TYPE,
                format!(
                    "expected one of {}, found {}",
                    msg::list_values(&values),
                    msg::found(&member.value, ctx.is_secret())
                ),
            ),
            _ => self.enum_finding(&member.value, &values, inner),
        };
        self.path.truncate(before);
        self.push(f);
        None
    }

    /// The first branch without errors, else the one with the fewest.
    fn best(&mut self, branches: &[&'s Value], node: &Node, ctx: Ctx<'_>) -> Option<&'s Value> {
        let mut best: Option<(&'s Value, (usize, usize))> = None;
        let inner = Ctx {
            hops: ctx.hops + 1,
            ..ctx
        };
        for b in branches {
            if self.budget == 0 || inner.hops > MAX_SPECULATION_DEPTH {
                break;
            }
            self.budget -= 1;
            let marks = (self.findings.len(), self.renamed.len(), self.removed.len());
            let _ = self.validate(b, node, inner);
            let score = Validator::score(self.findings.get(marks.0..).unwrap_or_default());
            self.findings.truncate(marks.0);
            self.renamed.truncate(marks.1);
            self.removed.truncate(marks.2);
            if score.0 == 0 {
                return Some(b);
            }
            if best.is_none_or(|(_, s)| score < s) {
                best = Some((b, score));
            }
        }
        best.map(|(b, _)| b).or_else(|| branches.first().copied())
    }
}
