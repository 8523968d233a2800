//! Facts derived from a search space, for reports and for the cross-file rules (SPEC.md §2, §7):
//! its grid size, the names it defines, and the types of its domains.
//!
//! These work on any tree, valid or not, and never panic: a domain that the rules report as
//! invalid counts as one value in the grid size, so the size of the rest of the space is still
//! meaningful, and is listed by [`domain_types`] only when its `_type` is a string.

use super::ranges::divides;
use super::types::DomainType;
use crate::source::path::NodePath;
use crate::source::{Member, Node, Number, Value};

/// The number of distinct configurations of a space (what grid search would run).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GridSize {
    /// Finitely many (saturating at `u128::MAX`).
    Finite(u128),
    /// Infinitely many: the space has a domain with infinitely many values (`uniform`,
    /// `loguniform`, `normal`, `qnormal`, `lognormal`, `qlognormal`).
    Infinite,
}

impl GridSize {
    fn mul(self, other: GridSize) -> GridSize {
        match (self, other) {
            (GridSize::Finite(a), GridSize::Finite(b)) => GridSize::Finite(a.saturating_mul(b)),
            _ => GridSize::Infinite,
        }
    }

    fn add(self, other: GridSize) -> GridSize {
        match (self, other) {
            (GridSize::Finite(a), GridSize::Finite(b)) => GridSize::Finite(a.saturating_add(b)),
            _ => GridSize::Infinite,
        }
    }
}

impl std::fmt::Display for GridSize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GridSize::Finite(n) => write!(f, "{n}"),
            GridSize::Infinite => f.write_str("infinite"),
        }
    }
}

/// The grid size of the space at `root`: the product over its parameters of their numbers of
/// values.
///
/// - `choice`: the sum over its options of 1 for a number or a string and, for a nested
///   sub-space, of the sub-space's own grid size (so `[{_name: a}, {_name: b, x: choice[1, 2]}]`
///   counts 1 + 2 = 3);
/// - `randint [lower, upper]`: `upper - lower` (upper is exclusive);
/// - `quniform`/`qloguniform [low, high, q]`: `floor((high - low) / q) + 1` (with a relative
///   tolerance of 1e-9 on the division). This is exact for `quniform` when low and high are
///   multiples of q, and an estimate otherwise (NNI's values are the multiples of q clipped to
///   the range, and `qloguniform`'s are not evenly spread);
/// - any other type: [`GridSize::Infinite`], which wins over everything (even an empty choice).
///
/// An empty space has one configuration; a root that is not an object has none
/// (`Finite(0)`). Invalid domains count as one value. The arithmetic saturates.
pub fn grid_size(root: &Node) -> GridSize {
    match root.as_object() {
        Some(members) => space_size(members, false),
        None => GridSize::Finite(0),
    }
}

fn space_size(members: &[Member], nested: bool) -> GridSize {
    let mut total = GridSize::Finite(1);
    let mut infinite = false;
    for m in members {
        if nested && m.key == "_name" {
            continue;
        }
        let size = domain_size(&m.value);
        infinite |= size == GridSize::Infinite;
        total = total.mul(size);
    }
    if infinite { GridSize::Infinite } else { total }
}

fn number(node: Option<&Node>) -> Option<Number> {
    match node.map(|n| &n.value) {
        Some(Value::Number(n)) => Some(*n),
        _ => None,
    }
}

fn domain_size(node: &Node) -> GridSize {
    let one = GridSize::Finite(1);
    let Some(ty) = node
        .get("_type")
        .and_then(Node::as_str)
        .and_then(DomainType::from_name)
    else {
        return one;
    };
    let Some(values) = node.get("_value").and_then(Node::as_array) else {
        return one;
    };
    match ty {
        DomainType::Choice => {
            let mut sum = GridSize::Finite(0);
            let mut infinite = false;
            for opt in values {
                let size = match opt.as_object() {
                    Some(members) => space_size(members, true),
                    None => one,
                };
                infinite |= size == GridSize::Infinite;
                sum = sum.add(size);
            }
            if infinite { GridSize::Infinite } else { sum }
        }
        DomainType::Randint => {
            let bound = |n: Option<Number>| match n {
                Some(Number::Int(i)) => Some(i128::from(i)),
                Some(Number::UInt(u)) => Some(i128::from(u)),
                _ => None,
            };
            match (bound(number(values.first())), bound(number(values.get(1)))) {
                (Some(lo), Some(hi)) if hi > lo => {
                    GridSize::Finite(u128::try_from(hi - lo).unwrap_or(u128::MAX))
                }
                _ => one,
            }
        }
        DomainType::Quniform | DomainType::Qloguniform => {
            let (Some(lo), Some(hi), Some(q)) = (
                number(values.first()),
                number(values.get(1)),
                number(values.get(2)),
            ) else {
                return one;
            };
            let (lo, hi, q) = (lo.as_f64(), hi.as_f64(), q.as_f64());
            let span = hi - lo;
            if !(span.is_finite() && q.is_finite()) || span < 0.0 || q <= 0.0 {
                return one;
            }
            let r = span / q;
            let steps = if divides(span, q) {
                r.round()
            } else {
                r.floor()
            };
            // `as` saturates for large values and maps NaN to 0.
            GridSize::Finite((steps as u128).saturating_add(1))
        }
        _ => GridSize::Infinite,
    }
}

/// The top-level names of the space, as written and in source order (`${lr}` for a PAI space,
/// `lr` for an NNI one). Only the top-level names are returned: they are what `hpo_tools`
/// substitutes into commands (`${lr}` is replaced by the sampled value); the names inside
/// nested sub-spaces are keys of the chosen option's dict and are never substituted. A root that
/// is not an object has none.
pub fn placeholders(root: &Node) -> Vec<String> {
    root.as_object()
        .map(|members| members.iter().map(|m| m.key.as_str().to_owned()).collect())
        .unwrap_or_default()
}

/// Every domain of the space, in source order, as `(pointer, _type, nested)`: the JSON Pointer
/// of the domain object relative to `root` (`/${x}`, `/${x}/_value/1/a_1`), its `_type` as
/// written (also when it is not one of the ten types), and whether it is inside a nested
/// sub-space of a choice. Used for tuner compatibility (a tuner that cannot sample nested
/// spaces looks for `nested == true`). Parameters whose `_type` is not a string are left out.
pub fn domain_types(root: &Node) -> Vec<(NodePath, String, bool)> {
    let mut out = Vec::new();
    if let Some(members) = root.as_object() {
        collect(members, &NodePath::root(), false, &mut out);
    }
    out
}

fn collect(
    members: &[Member],
    base: &NodePath,
    nested: bool,
    out: &mut Vec<(NodePath, String, bool)>,
) {
    for m in members {
        if nested && m.key == "_name" {
            continue;
        }
        let ptr = base.key(&m.key);
        let Some(ty) = m.value.get("_type").and_then(Node::as_str) else {
            continue;
        };
        out.push((ptr.clone(), ty.to_owned(), nested));
        if ty != "choice" {
            continue;
        }
        let Some(options) = m.value.get("_value").and_then(Node::as_array) else {
            continue;
        };
        let value_ptr = ptr.key("_value");
        for (i, opt) in options.iter().enumerate() {
            if let Some(sub) = opt.as_object() {
                collect(sub, &value_ptr.index(i), true, out);
            }
        }
    }
}
