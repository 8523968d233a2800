//! Rules of search spaces (SPEC.md §2), checked on the span tree so that every problem is
//! reported with its own pointer.
//!
//! A search space is a whole `search_space.json`, or a subtree of another document (an exp.yml's
//! `/searchSpace`, an HpoExperimentConfiguration's `/search_space`, a GetHpoExperiment's
//! `/SearchSpace`): [`check`] takes the pointer of the subtree (`base`) and reports every finding
//! with a pointer into the enclosing document.
//!
//! The walk: the top level must be an object ([`structure`]); each member is a parameter whose
//! value is a domain `{"_type": T, "_value": [...]}` ([`structure`]); `_type` is one of the ten
//! HPO types ([`types`]); the values of numeric domains are checked by [`ranges`], the options of
//! a `choice` by [`choice`] (which walks nested sub-spaces recursively, as parameters of their
//! own); the top-level names by [`names`]. Derived facts (grid size, placeholders, domain types)
//! are in [`facts`].
//!
//! Severity follows SPEC.md: error = NNI/PAI rejects the space or a tuner cannot sample it as
//! written; warning = it runs, but almost certainly not as meant.

pub(crate) mod choice;
pub mod facts;
pub(crate) mod names;
pub(crate) mod ranges;
pub(crate) mod structure;
pub(crate) mod types;
pub(crate) mod yaml11;

pub use facts::{GridSize, domain_types, grid_size, placeholders};

use super::{Finding, Rule};
use crate::kind::Kind;
use crate::source::path::NodePath;
use crate::source::{Member, Node, SyntaxKind, SyntaxProblem};

/// The kinds a search space lives in: its own file, and embedded in the three others.
pub(crate) const SPACE_KINDS: &[Kind] = &[
    Kind::SearchSpace,
    Kind::ExpYml,
    Kind::HpoConfig,
    Kind::GetHpoExperiment,
];

/// Where a search space is used, for the rules that depend on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpaceContext {
    /// The space is a PAI space (the `search_space` of an HpoExperimentConfiguration, the
    /// `SearchSpace` of a GetHpoExperiment response), whose names are `${name}` placeholders
    /// that `hpo_tools` substitutes into commands. Enables `bare-parameter-name`.
    pub pai: bool,
}

/// Every search-space rule, in code order.
pub static RULES: &[&Rule] = &[
    &structure::SEARCH_SPACE_NOT_OBJECT,
    &structure::PARAMETER_NOT_DOMAIN,
    &structure::MISSING_DOMAIN_KEY,
    &structure::UNKNOWN_DOMAIN_KEY,
    &types::UNKNOWN_DOMAIN_TYPE,
    &types::NON_HPO_DOMAIN_TYPE,
    &structure::DOMAIN_VALUE_NOT_ARRAY,
    &ranges::DOMAIN_VALUE_COUNT,
    &ranges::DOMAIN_VALUE_TYPE,
    &ranges::EMPTY_RANGE,
    &ranges::NON_POSITIVE_LOG_BOUND,
    &ranges::NON_POSITIVE_SIGMA,
    &ranges::NON_POSITIVE_Q,
    &ranges::NON_FINITE_VALUE,
    &choice::INVALID_CHOICE_OPTION,
    &choice::EMPTY_CHOICE,
    &choice::DUPLICATE_CHOICE_OPTION,
    &choice::NESTED_SPACE_WITHOUT_NAME,
    &ranges::Q_DOES_NOT_DIVIDE_RANGE,
    &names::MIXED_PARAMETER_NAMES,
    &names::BARE_PARAMETER_NAME,
    &yaml11::YAML11_STRING_NUMBER,
];

/// Checks the search space at `root` (the node at pointer `base` of its document) and appends
/// the findings, with pointers into the document (`base` followed by the path in the space).
///
/// Never panics, whatever the tree. Non-finite numbers are reported by `non-finite-value`; when
/// the document's reader has already reported them (the JSON reader reports `1e400` as
/// `number-out-of-range`), use [`check_parsed`] instead, which drops the repeats.
pub fn check(root: &Node, base: &NodePath, ctx: &SpaceContext, out: &mut Vec<Finding>) {
    let Some(members) = root.as_object() else {
        structure::not_object(root, base, out);
        return;
    };
    names::check(members, base, ctx, out);
    check_params(members, base, None, out);
}

/// [`check`], then drops the `non-finite-value` findings at numbers that the document's reader
/// already reported as syntax problems (`problems`: the document's, with pointers relative to
/// the same document as `base`).
pub fn check_parsed(
    root: &Node,
    base: &NodePath,
    ctx: &SpaceContext,
    problems: &[SyntaxProblem],
    out: &mut Vec<Finding>,
) {
    let mut found = Vec::new();
    check(root, base, ctx, &mut found);
    out.extend(found.into_iter().filter(|f| {
        !(std::ptr::eq(f.rule, &ranges::NON_FINITE_VALUE)
            && problems
                .iter()
                .any(|p| p.kind == SyntaxKind::NumberRange && p.pointer == f.path))
    }));
}

/// One parameter of a space (top-level, or inside a nested sub-space), as the rules see it.
#[derive(Debug)]
pub(crate) struct Param<'a> {
    /// The name as written (the member's key).
    pub key: &'a str,
    /// How messages name it: `` `${lr}` ``, or `` `a_1` (in option `a` of `${x}`) ``.
    pub label: Label<'a>,
    /// Pointer of the member (into the enclosing document).
    pub pointer: NodePath,
    /// The domain node (the member's value).
    pub node: &'a Node,
}

/// How messages name a parameter, formatted only when a message is written (most parameters
/// have none).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Label<'a> {
    key: &'a str,
    parent: Option<Parent<'a>>,
}

impl std::fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.parent {
            None => write!(f, "`{}`", self.key),
            Some(p) => write!(
                f,
                "`{}` (in option `{}` of `{}`)",
                self.key, p.option, p.key
            ),
        }
    }
}

/// Where a list of parameters sits: at the top level, or in an option of a choice.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parent<'a> {
    /// The key of the choice parameter.
    pub key: &'a str,
    /// The `_name` of the option (or its index, as text, when it has none).
    pub option: &'a str,
}

/// Checks each parameter of a space or sub-space (`_name` of a sub-space is not a parameter).
pub(crate) fn check_params(
    members: &[Member],
    base: &NodePath,
    parent: Option<Parent<'_>>,
    out: &mut Vec<Finding>,
) {
    for m in members {
        if parent.is_some() && m.key == "_name" {
            continue;
        }
        let label = Label {
            key: &m.key,
            parent,
        };
        let param = Param {
            key: &m.key,
            label,
            pointer: base.key(&m.key),
            node: &m.value,
        };
        check_param(&param, out);
    }
}

/// Checks one parameter: its domain object, its `_type`, then its `_value` by type.
fn check_param(p: &Param<'_>, out: &mut Vec<Finding>) {
    let Some((type_node, value_node)) = structure::domain(p, out) else {
        return;
    };
    let Some(ty) = types::domain_type(p, type_node, out) else {
        return;
    };
    let value_ptr = p.pointer.key("_value");
    let Some(values) = structure::value_array(p, ty, value_node, &value_ptr, out) else {
        return;
    };
    match ty {
        types::DomainType::Choice => choice::check(p, values, &value_ptr, out),
        numeric => ranges::check(p, numeric, values, &value_ptr, out),
    }
}

/// Formats a number for messages: integers as written, floats with Rust's shortest
/// round-tripping form (`1.0`, `1e-5`, `0.1`).
pub(crate) fn show_number(n: crate::source::Number) -> String {
    use crate::source::Number;
    match n {
        Number::Int(i) => i.to_string(),
        Number::UInt(u) => u.to_string(),
        Number::Float(f) => format!("{f:?}"),
    }
}

/// Formats a computed float for messages and help, rounded to 12 significant digits so that
/// `0.30000000000000004` shows as `0.3`.
pub(crate) fn show_f64(f: f64) -> String {
    if !f.is_finite() {
        return format!("{f}");
    }
    if f == 0.0 {
        return "0".to_owned();
    }
    let s = format!("{f:.12e}");
    match s.parse::<f64>() {
        Ok(r) => {
            let shown = format!("{r:?}");
            shown.strip_suffix(".0").map(str::to_owned).unwrap_or(shown)
        }
        Err(_) => s,
    }
}

/// A short rendering of a scalar node for messages (`"0.1"`, `true`, `null`, `[...]`, `{...}`).
pub(crate) fn show_node(node: &Node) -> String {
    use crate::source::Value;
    match &node.value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => show_number(*n),
        Value::String(s) => {
            format!("\"{}\"", crate::source::shorten::shorten(s, 40))
        }
        Value::Array(_) => "[...]".to_owned(),
        Value::Object(_) => "{...}".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_numbers() {
        assert_eq!(show_f64(0.1 + 0.2), "0.3");
        assert_eq!(show_f64(1.0), "1");
        assert_eq!(show_f64(1e-7), "1e-7");
        assert_eq!(show_number(crate::source::Number::Float(1.0)), "1.0");
    }
}
