//! Shape checking: a [`Node`] tree validated against a kind's JSON Schema (draft-07, as schemars
//! writes it), reporting every problem, not only the first, each at its pointer.
//!
//! The validator understands `$ref` (`#`, `#/definitions/..`, `#/$defs/..`; siblings of `$ref`
//! apply too), `allOf`, `oneOf`/`anyOf` (with discriminators, see below), `type` (a word or a
//! list), `enum`, `const`, `properties`, `required`, `additionalProperties` (`false` or a
//! schema), `patternProperties`, `items` (a schema or a draft-07 tuple, with `additionalItems`),
//! `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`, `minLength`,
//! `maxLength`, `minItems`, `maxItems` and `pattern`. Other keywords (`format`, `not`,
//! `if`/`then`/`else`, ...) are ignored.
//!
//! Conventions a schema can use so that messages read well:
//! - `x-format-name` on a schema with a `pattern`: a noun phrase naming the form, used as
//!   "`maxTrialDuration` must be {x-format-name}, found `1 hour`" (e.g. "a duration: a number
//!   and a unit in d, h, m, s"). Without it, a description starting with "A"/"An" is used, else
//!   the pattern itself. `examples` become the help ("for example `1h`, `1.5h`").
//! - `writeOnly: true` or `x-secret: true` on a property: its value is never printed (`***`).
//!   Keys that name secrets (`password`, `*secret*`, `*token*`, `access_key`, `*passphrase*`)
//!   are masked without a mark.
//! - `oneOf`/`anyOf` of objects that each give one property a `const` (or a one-value `enum`) is
//!   a tagged union: the node's value of that property chooses the branch.
//! - `oneOf` of constants (schemars' output for enums whose variants have docs) is one enum.
//! - `x-nni-keys: false` on an object schema: its keys are matched exactly even under
//!   [`Options::nni_keys`] (for objects NNI reads as plain dicts). Properties whose name starts
//!   with `_` (`_type`, `_value`, `_name`) are always matched exactly.
//!
//! `Outcome::clean` drops members that failed (unknown keys, wrong values) so the typed model
//! can be deserialized from it; a member whose value lacks a required member, or has a failed
//! required member, is dropped in turn from its parent (up to the root, which is kept).

#![forbid(unsafe_code)]

mod combinators;
mod index;
mod key_pattern;
mod keys;
mod messages;
pub mod rules;
mod validator;
mod value_pattern;
mod values;

use crate::finding::Finding;
use crate::source::Node;
use crate::source::path::NodePath;

/// How keys are matched and unknown keys reported.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// exp.yml: match keys as NNI does (ignoring case and underscores); camelCase and snake_case
    /// are accepted, other spellings are `key-spelling` warnings, two spellings of one key are
    /// `conflicting-key-spellings` errors. Applies to objects whose schema has `properties`
    /// (config objects), not to free maps such as `classArgs`.
    pub nni_keys: bool,
    /// Report unknown keys as `unknown-member` warnings instead of `unknown-key` errors
    /// (HpoExperimentConfiguration, GetHpoExperiment).
    pub unknown_is_warning: bool,
    /// Do not build [`Outcome::clean`] (it is `null`): list in [`Outcome::removed`] the members
    /// it would have left out instead (with [`Options::nni_keys`], also the earlier spellings
    /// of a key written twice, which a later spelling replaces). The findings are the same.
    /// The tree without the removed members, keys renamed as [`Outcome::renamed`] says, is
    /// the cleaned value: [`Outcome::plan`] reads it so.
    pub skip_clean: bool,
}

/// A member whose key was written in another spelling than its property name (NNI matching).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The path of the object holding the member, as written in the document.
    pub parent: NodePath,
    /// The key as written (`trial_concurrency`).
    pub written: String,
    /// The property name it stands for (`trialConcurrency`), the key in [`Outcome::clean`].
    pub canonical: String,
}

/// The result of a shape check.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Every shape problem, in document order within each object.
    pub findings: Vec<Finding>,
    /// The data as JSON, with keys in their canonical spelling and every member that failed the
    /// check removed, ready for the typed model.
    pub clean: serde_json::Value,
    /// Keys that [`Outcome::clean`] spells differently from the document (only with
    /// [`Options::nni_keys`]). Use [`Outcome::source_path`] to locate findings made on the
    /// typed model.
    pub renamed: Vec<Renamed>,
    /// With [`Options::skip_clean`]: the paths (including the `base`) of the members that
    /// [`Outcome::clean`] would have left out (unknown keys, members that failed, members
    /// lacking a required member), in the order the check left them out; a path may lie
    /// under another one. Empty without it.
    pub removed: Vec<NodePath>,
}

impl Outcome {
    /// What to read of the tree at `root` (the tree the check ran on) for the typed model,
    /// when the check ran with [`Options::skip_clean`]: the tree less [`Outcome::removed`],
    /// with the keys of [`Outcome::renamed`] in their canonical spelling, which is what
    /// [`Outcome::clean`] would have been.
    pub(crate) fn plan(&self, root: &Node) -> crate::source::de::Plan<'_> {
        let mut plan = crate::source::de::Plan::default();
        for path in &self.removed {
            plan.omit(root, path);
        }
        for r in &self.renamed {
            plan.rename(root, &r.parent, &r.written, &r.canonical);
        }
        plan
    }

    /// [`Outcome::renamed`], indexed for many [`Outcome::source_path`] calls.
    pub(crate) fn renames(&self) -> Renames<'_> {
        let mut index: std::collections::HashMap<&NodePath, Vec<&Renamed>> =
            std::collections::HashMap::new();
        for r in &self.renamed {
            index.entry(&r.parent).or_default().push(r);
        }
        Renames(index)
    }

    /// Translates a path in canonical spelling (as the typed model names members, including
    /// the document's `base`) into the path of the member as written in the document, so it
    /// can be located: `/trialConcurrency` -> `/trial_concurrency` when the file says so.
    pub fn source_path(&self, canonical: &NodePath) -> NodePath {
        self.renames().source_path(canonical)
    }
}

/// [`Outcome::renamed`] by the object each key is in: [`Outcome::source_path`] for many paths
/// (a finding for each machine of a big config written in snake_case) without a scan of every
/// renamed key for each (that was minutes for 92,000 machines).
#[derive(Debug, Default)]
pub(crate) struct Renames<'a>(std::collections::HashMap<&'a NodePath, Vec<&'a Renamed>>);

impl Renames<'_> {
    /// [`Outcome::source_path`].
    pub(crate) fn source_path(&self, canonical: &NodePath) -> NodePath {
        if self.0.is_empty() {
            return canonical.clone();
        }
        let mut out = NodePath::root();
        for seg in canonical.segs() {
            let key = seg.key_text();
            let list = self.0.get(&out).map_or(&[][..], Vec::as_slice);
            crate::work::add(crate::work::Counter::RenameLookups, list.len() as u64);
            let renamed = list.iter().rev().find(|r| r.canonical == *key);
            match renamed {
                Some(r) => out.push_key(&r.written),
                None => out.push(seg.clone()),
            }
        }
        out
    }
}

/// Where an unknown-key finding says its key belongs (`` `x` belongs under `owner` ... ``).
fn belongs_under(f: &Finding) -> Option<&str> {
    let help = f.help.as_deref()?;
    let rest = help.split_once("belongs under `")?.1;
    rest.split_once('`').map(|(owner, _)| owner)
}

/// Unknown keys of one object that all belong under the same missing block (a platform's
/// fields written at the top level) are one finding, at the block they form: the first one's,
/// rewritten, spanning all of them; the others follow it. Returns (object path, owner,
/// path of that finding) for every such group, single keys included.
fn misplaced_blocks(
    root: &Node,
    base: &NodePath,
    findings: &mut [Finding],
) -> Vec<(NodePath, String, NodePath)> {
    let unknown = |f: &Finding| {
        std::ptr::eq(f.rule, &crate::shape::rules::UNKNOWN_KEY)
            || std::ptr::eq(f.rule, &crate::shape::rules::UNKNOWN_MEMBER)
    };
    // (object path, owner) -> finding indexes, in order
    let mut groups: Vec<((NodePath, String), Vec<usize>)> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if !unknown(f) {
            continue;
        }
        let Some(owner) = belongs_under(f) else {
            continue;
        };
        let Some(parent) = f.path.parent() else {
            continue;
        };
        let key = (parent, owner.to_owned());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(i),
            None => groups.push((key, vec![i])),
        }
    }
    let mut out = Vec::new();
    for ((parent, owner), list) in groups {
        let Some(&first) = list.first() else { continue };
        let first_ptr = findings
            .get(first)
            .map(|f| f.path.clone())
            .unwrap_or_default();
        if list.len() > 1 {
            let keys: Vec<String> = list
                .iter()
                .filter_map(|&i| findings.get(i))
                .filter_map(|f| f.path.last().map(|s| s.key_text().into_owned()))
                .collect();
            let object = parent
                .strip_prefix(base)
                .unwrap_or_else(|| parent.clone())
                .resolve(root);
            let span = object.and_then(|o| {
                let members = o.as_object()?;
                let at = |k: &str| members.iter().find(|m| m.key == k);
                let start = at(keys.first()?)?.key_span.start();
                let end = at(keys.last()?)?.value.span.end();
                Some(crate::source::Span::new(start, end))
            });
            let shown: Vec<String> = keys
                .iter()
                .map(|k| format!("`{}`", messages::truncate(k)))
                .collect();
            // the most specific of their hints (`(platform aml)` rather than every platform)
            let hint = list
                .iter()
                .filter_map(|&i| findings.get(i)?.help.as_deref())
                .min_by_key(|h| h.len())
                .and_then(|h| h.split_once("belongs under `"))
                .map(|(_, rest)| format!("move them under `{rest}"))
                .unwrap_or_else(|| format!("move them under `{owner}`"));
            if let Some(f) = findings.get_mut(first) {
                f.message = format!(
                    "{} keys written here belong under `{owner}`: {}",
                    keys.len(),
                    shown.join(", ")
                );
                f.help = Some(hint);
                if let Some(span) = span {
                    f.span = Some(span);
                }
            }
            for &i in list.iter().skip(1) {
                if let Some(f) = findings.get_mut(i) {
                    f.follows = Some((f.rule.code, first_ptr.clone()));
                }
            }
        }
        out.push((parent, owner, first_ptr));
    }
    out
}

/// The pointer of a member named `key` in an object that holds the object at `ptr` (that one
/// excluded), nearest first: a block written above where it belongs.
fn misplaced(root: &Node, path: &NodePath, key: &str) -> Option<NodePath> {
    let mut node = root;
    let mut at = NodePath::root();
    let mut found = None;
    for seg in path.segs() {
        if let Some(m) = node.member(key) {
            found = Some(at.key(&m.key));
        }
        match seg.child(node) {
            Some(next) => node = next,
            None if node.as_object().is_some() || node.as_array().is_some() => return None,
            None => return found,
        }
        at.push(seg.clone());
    }
    found
}

/// Checks `root` (whose path in its document is `base`) against `schema`, a JSON Schema whose
/// `$ref`s resolve within itself. Never panics; the work is bounded by the size of the data.
pub fn check(
    root: &Node,
    schema: &serde_json::Value,
    base: &NodePath,
    options: Options,
) -> Outcome {
    check_compiled(
        root,
        &crate::schema::compiled::Value::from_json(schema),
        base,
        options,
    )
}

/// [`check`] against a schema in the walked form (the committed validation schemas:
/// [`crate::schema::compiled_validation_schema`]).
pub(crate) fn check_compiled(
    root: &Node,
    schema: &crate::schema::compiled::Value,
    base: &NodePath,
    options: Options,
) -> Outcome {
    let mut v = validator::Validator::new(schema, options, base);
    let clean = v.validate(schema, root, validator::Ctx::root());
    let unknown = if options.unknown_is_warning {
        &crate::shape::rules::UNKNOWN_MEMBER
    } else {
        &crate::shape::rules::UNKNOWN_KEY
    };
    let blocks = misplaced_blocks(root, base, &mut v.findings);
    for f in &mut v.findings {
        if std::ptr::eq(f.rule, &crate::shape::rules::MISSING_REQUIRED) && f.follows.is_none() {
            let key = f
                .message
                .strip_prefix("missing required key `")
                .and_then(|k| k.strip_suffix('`'));
            let relative = f.path.strip_prefix(base).unwrap_or_else(|| f.path.clone());
            let block = blocks
                .iter()
                .find(|(parent, owner, _)| *parent == f.path && Some(owner.as_str()) == key);
            if let Some((_, _, first)) = block {
                // its members stand beside it: the finding at the block says where they belong
                f.follows = Some((unknown.code, first.clone()));
            } else if let Some(at) = key.and_then(|k| misplaced(root, &relative, k)) {
                // the block stands higher up (a platform's section at the top level): the
                // unknown-key finding there says where it belongs
                f.follows = Some((unknown.code, base.join(&at)));
            }
        }
    }
    Outcome {
        findings: v.findings,
        clean: clean.value,
        renamed: v.renamed,
        removed: v.removed,
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod plan_tests;
