//! Keywords on a node's own value: `enum`, `const`, numeric bounds, string lengths and
//! `pattern`, array lengths.

use super::index;
use super::messages as msg;
use super::validator::{Ctx, Validator, node_eq};
use super::value_pattern;
use crate::finding::{Finding, did_you_mean};
use crate::schema::compiled::{Map, Value};
use crate::shape::rules as rule;
use crate::source::{Node, Number, Value as V};

/// The keywords [`Validator::value_check`] reads.
fn is_value_keyword(key: &str) -> bool {
    matches!(
        key,
        "enum"
            | "const"
            | "minimum"
            | "maximum"
            | "exclusiveMinimum"
            | "exclusiveMaximum"
            | "multipleOf"
            | "minLength"
            | "maxLength"
            | "pattern"
            | "minItems"
            | "maxItems"
    )
}

impl<'s> Validator<'s> {
    /// The first failed value keyword of one part (enum, const, bounds, lengths, pattern).
    pub(crate) fn value_check(
        &self,
        part: &'s Value,
        node: &Node,
        ctx: Ctx<'_>,
    ) -> Option<Finding> {
        let obj = part.as_object()?;
        // most parts have no value keyword (`{"type": "string"}`): a scan of a few keys is
        // cheaper than the dozen hash lookups below
        if obj.len() <= 8 && !obj.keys().any(|k| is_value_keyword(k)) {
            return None;
        }
        if let Some(values) = obj.get("enum").and_then(Value::as_array) {
            let values: Vec<&Value> = values.iter().collect();
            if !values.iter().any(|v| node_eq(node, v)) {
                return Some(self.enum_finding(node, &values, ctx));
            }
        }
        if let Some(c) = obj.get("const")
            && !node_eq(node, c)
        {
            return Some(self.enum_finding(node, &[c], ctx));
        }
        match &node.value {
            V::Number(n) => self.number_check(obj, *n, ctx),
            V::String(s) => self.string_check(obj, s, node, ctx),
            V::Array(items) => {
                let len = items.len() as u64;
                let min = obj.get("minItems").and_then(Value::as_u64);
                let max = obj.get("maxItems").and_then(Value::as_u64);
                let (phrase, n) = match (min, max) {
                    (Some(min), _) if len < min => ("at least", min),
                    (_, Some(max)) if len > max => ("at most", max),
                    _ => return None,
                };
                let phrase = if min == max { "exactly" } else { phrase };
                Some(self.here(
                    &rule::OUT_OF_RANGE,
                    format!(
                        "{} must have {phrase} {}, found {len}",
                        ctx.subject.name(),
                        msg::count(n, "item")
                    ),
                ))
            }
            _ => None,
        }
    }

    fn number_check(&self, obj: &Map, n: Number, ctx: Ctx<'_>) -> Option<Finding> {
        let x = n.as_f64();
        let found = if ctx.is_secret() {
            "`***`".to_owned()
        } else {
            format!("`{}`", msg::number_text(n))
        };
        let bound = |word: &str| obj.get(word).and_then(|b| b.as_f64().map(|f| (b, f)));
        let fails: [(&str, &str, bool); 4] = [
            (
                "minimum",
                "at least",
                bound("minimum").is_some_and(|(_, b)| x < b),
            ),
            (
                "maximum",
                "at most",
                bound("maximum").is_some_and(|(_, b)| x > b),
            ),
            (
                "exclusiveMinimum",
                "greater than",
                bound("exclusiveMinimum").is_some_and(|(_, b)| x <= b),
            ),
            (
                "exclusiveMaximum",
                "less than",
                bound("exclusiveMaximum").is_some_and(|(_, b)| x >= b),
            ),
        ];
        if let Some((word, phrase, _)) = fails.iter().find(|(_, _, failed)| *failed) {
            let shown = bound(word)
                .map(|(b, _)| msg::schema_value(b))
                .unwrap_or_default();
            return Some(self.here(
                &rule::OUT_OF_RANGE,
                format!(
                    "{} must be {phrase} {shown}, found {found}",
                    ctx.subject.name()
                ),
            ));
        }
        let (m, step) = bound("multipleOf").filter(|(_, m)| *m > 0.0)?;
        let q = x / step;
        if q.is_finite() && (q - q.round()).abs() > 1e-9 {
            return Some(self.here(
                &rule::OUT_OF_RANGE,
                format!(
                    "{} must be a multiple of {}, found {found}",
                    ctx.subject.name(),
                    msg::schema_value(m)
                ),
            ));
        }
        None
    }

    fn string_check(&self, obj: &Map, s: &str, node: &Node, ctx: Ctx<'_>) -> Option<Finding> {
        // the name and the length only when a bound is there to check (this runs for every
        // string of every document)
        let subject = || ctx.subject.name();
        let min = obj.get("minLength").and_then(Value::as_u64);
        let max = obj.get("maxLength").and_then(Value::as_u64);
        let len = if min.is_some() || max.is_some() {
            s.chars().count() as u64
        } else {
            0
        };
        if let Some(min) = min
            && len < min
        {
            let subject = subject();
            let message = if min == 1 {
                format!("{subject} must not be empty")
            } else {
                format!(
                    "{subject} must be at least {} long, found {len}",
                    msg::count(min, "character")
                )
            };
            return Some(self.here(&rule::OUT_OF_RANGE, message));
        }
        if let Some(max) = max
            && len > max
        {
            return Some(self.here(
                &rule::OUT_OF_RANGE,
                format!(
                    "{} must be at most {} long, found {len}",
                    subject(),
                    msg::count(max, "character")
                ),
            ));
        }
        let pattern = obj.get("pattern").and_then(Value::as_str)?;
        let matched = match value_pattern::known_match(pattern, s) {
            Some(m) => m,
            None => index::regex(pattern)?.is_match(s),
        };
        if matched {
            return None;
        }
        Some(self.format_finding(obj, pattern, node, ctx))
    }

    fn format_finding(&self, obj: &Map, pattern: &str, node: &Node, ctx: Ctx<'_>) -> Finding {
        let description = obj
            .get("description")
            .and_then(Value::as_str)
            .and_then(msg::first_sentence);
        let named = obj
            .get("x-format-name")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let from_description = description.as_deref().and_then(|d| {
            (d.starts_with("A ") || d.starts_with("An ")).then(|| {
                let mut c = d.chars();
                c.next()
                    .map(|f| f.to_lowercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
        });
        let (form, described) = match (named, from_description) {
            (Some(n), _) => (n, false),
            (None, Some(d)) => (d, true),
            (None, None) => (
                format!("a string matching `{}`", msg::truncate(pattern)),
                false,
            ),
        };
        let examples: Vec<String> = obj
            .get("examples")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .take(3)
            .map(|v| format!("`{}`", msg::schema_value(v)))
            .collect();
        let help = if !examples.is_empty() {
            Some(format!("for example {}", examples.join(", ")))
        } else if !described {
            description
        } else {
            None
        };
        self.here(
            &rule::INVALID_FORMAT,
            format!(
                "{} must be {form}, found {}",
                ctx.subject.name(),
                msg::bare_value(node, ctx.is_secret())
            ),
        )
        .help_opt(help)
    }

    /// "`verbose` is not one of fatal, error, ..." with a did-you-mean.
    pub(crate) fn enum_finding(&self, node: &Node, values: &[&Value], ctx: Ctx<'_>) -> Finding {
        let shown = msg::bare_value(node, ctx.is_secret());
        let message = match values {
            [one] => format!("expected `{}`, found {shown}", msg::schema_value(one)),
            _ => format!("{shown} is not one of {}", msg::list_values(values)),
        };
        let mut fix = None;
        let help = match (&node.value, ctx.is_secret()) {
            (V::String(s), false) => {
                let strings = values.iter().filter_map(|v| v.as_str());
                if let Some(c) = strings.clone().find(|c| c.eq_ignore_ascii_case(s)) {
                    fix = Some(crate::fix::Fix::set_value(self.path.clone(), c));
                    Some(format!("did you mean `{c}`? values are case-sensitive"))
                } else {
                    fix = crate::finding::clearly_closest(s, strings.clone())
                        .map(|c| crate::fix::Fix::set_value(self.path.clone(), c));
                    did_you_mean(s, strings).map(|c| format!("did you mean `{c}`?"))
                }
            }
            _ => None,
        };
        self.here(&rule::INVALID_ENUM_VALUE, message)
            .help_opt(help)
            .fix_opt(fix)
    }
}
