//! The tuner compatibility table of SPEC.md §2: which domains each built-in tuner can sample.

use crate::source::path::NodePath;
use crate::source::{Member, Node};

/// The built-in tuners, by what they can sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tuner {
    /// TPE, Random, Anneal, Evolution, TPE_legacy: every type and nested choices.
    Any,
    /// GridSearch: every type and nested choices; takes no classArgs.
    GridSearch,
    /// Batch: `choice` only; takes no classArgs.
    Batch,
    /// SMAC: choice, randint, uniform, quniform, loguniform.
    Smac,
    /// Metis: choice, randint, uniform, quniform.
    Metis,
    /// GP and DNGO: numeric domains only (no string options).
    Numeric(&'static str),
    /// Hyperband, BOHB, PBT: every type, no nested sub-space.
    NoNested(&'static str),
}

/// Normalizes an algorithm name the way NNI's aliases work: case-insensitive, `_` ignored, and
/// an optional `Tuner`/`Advisor` suffix (`GPTuner` = `GP`, `BatchTuner` = `Batch`).
pub fn normalize(name: &str) -> String {
    let n = name.to_lowercase().replace(['_', '-'], "");
    let n = n.strip_suffix("tuner").unwrap_or(&n);
    let n = n.strip_suffix("advisor").unwrap_or(n);
    n.to_owned()
}

impl Tuner {
    /// The built-in tuner of this name, if any.
    pub fn from_name(name: &str) -> Option<Tuner> {
        Some(match normalize(name).as_str() {
            "tpe" | "random" | "randomsearch" | "anneal" | "evolution" | "tpelegacy" => Tuner::Any,
            "gridsearch" => Tuner::GridSearch,
            "batch" => Tuner::Batch,
            "smac" => Tuner::Smac,
            "metis" => Tuner::Metis,
            "gp" => Tuner::Numeric("GP"),
            "dngo" => Tuner::Numeric("DNGO"),
            "hyperband" => Tuner::NoNested("Hyperband"),
            "bohb" => Tuner::NoNested("BOHB"),
            "pbt" => Tuner::NoNested("PBT"),
            _ => return None,
        })
    }

    /// The domain types the tuner samples, when it is restricted to a list.
    fn allowed(self) -> Option<&'static [&'static str]> {
        match self {
            Tuner::Batch => Some(&["choice"]),
            Tuner::Smac => Some(&["choice", "randint", "uniform", "quniform", "loguniform"]),
            Tuner::Metis => Some(&["choice", "randint", "uniform", "quniform"]),
            _ => None,
        }
    }
}

/// A domain a tuner cannot sample: the pointer of its `_type` (relative to the space) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsampleable {
    /// Pointer of the domain's `_type`, relative to the space root.
    pub pointer: NodePath,
    /// What the tuner cannot do, as a sentence fragment.
    pub reason: String,
    /// The fix.
    pub help: String,
}

/// The domains of the space at `root` that `tuner` (written `written`) cannot sample.
pub fn unsampleable(tuner: Tuner, written: &str, root: &Node) -> Vec<Unsampleable> {
    let mut out = Vec::new();
    if let Some(members) = root.as_object() {
        walk(tuner, written, members, &NodePath::root(), false, &mut out);
    }
    out
}

fn walk(
    tuner: Tuner,
    written: &str,
    members: &[Member],
    base: &NodePath,
    nested: bool,
    out: &mut Vec<Unsampleable>,
) {
    for m in members {
        if nested && m.key == "_name" {
            continue;
        }
        let ptr = base.key(&m.key);
        let Some(ty) = m.value.get("_type").and_then(Node::as_str) else {
            continue;
        };
        let type_ptr = ptr.key("_type");
        let options = m
            .value
            .get("_value")
            .and_then(Node::as_array)
            .unwrap_or(&[]);
        let has_nested = ty == "choice" && options.iter().any(|o| o.as_object().is_some());
        if let Some(allowed) = tuner.allowed()
            && !allowed.contains(&ty)
        {
            {
                out.push(Unsampleable {
                    pointer: type_ptr,
                    reason: format!(
                        "the {written} tuner cannot sample `{ty}` (parameter `{}`); it samples only {}",
                        m.key,
                        allowed
                            .iter()
                            .map(|t| format!("`{t}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    help: "change the parameter's type, or use a tuner that samples every type (TPE, Random, Anneal, Evolution)".to_owned(),
                });
                continue;
            }
        }
        match tuner {
            Tuner::Numeric(name) if ty == "choice" => {
                if let Some(bad) = options
                    .iter()
                    // a boolean is a number to Python (`bool` is an `int`), as the tuner reads it
                    .find(|o| {
                        !matches!(
                            o.value,
                            crate::source::Value::Number(_) | crate::source::Value::Bool(_)
                        )
                    })
                {
                    let what = if bad.as_object().is_some() {
                        "a nested sub-space"
                    } else {
                        "a non-numeric option"
                    };
                    out.push(Unsampleable {
                        pointer: type_ptr,
                        reason: format!(
                            "the {name} tuner samples only numbers, but choice `{}` has {what}",
                            m.key
                        ),
                        help: "use numeric options (e.g. indices), or a tuner that samples strings (TPE, Random, Anneal, Evolution)".to_owned(),
                    });
                    continue;
                }
            }
            Tuner::NoNested(name) if has_nested => {
                out.push(Unsampleable {
                    pointer: type_ptr,
                    reason: format!(
                        "the {name} tuner cannot sample nested sub-spaces, but choice `{}` has one",
                        m.key
                    ),
                    help: "flatten the nested choice into top-level parameters, or use TPE, Random, Anneal or Evolution".to_owned(),
                });
                continue;
            }
            _ => {}
        }
        if has_nested {
            let value_ptr = ptr.key("_value");
            for (i, opt) in options.iter().enumerate() {
                if let Some(sub) = opt.as_object() {
                    walk(tuner, written, sub, &value_ptr.index(i), true, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(Tuner::from_name("GPTuner"), Some(Tuner::Numeric("GP")));
        assert_eq!(Tuner::from_name("BatchTuner"), Some(Tuner::Batch));
        assert_eq!(Tuner::from_name("grid_search"), Some(Tuner::GridSearch));
        assert_eq!(Tuner::from_name("TPE"), Some(Tuner::Any));
        assert_eq!(Tuner::from_name("MyTuner"), None);
    }
}
