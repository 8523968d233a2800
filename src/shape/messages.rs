//! Wording of shape findings: how values, types and subjects are named in messages.

use crate::source::{Node, Number, Value};

/// The longest value (in characters) quoted in a message; longer ones are cut with `…`.
const MAX_SHOWN: usize = 40;

/// The most enumeration values listed in one message.
const MAX_LISTED: usize = 16;

/// A set of JSON types, as the `type` keyword names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Types(pub(crate) u8);

impl Types {
    pub(crate) const NULL: Types = Types(1);
    pub(crate) const BOOL: Types = Types(2);
    /// A number written as an integer.
    pub(crate) const INT: Types = Types(4);
    /// A number written with a fraction or an exponent.
    pub(crate) const FRACTION: Types = Types(8);
    pub(crate) const STRING: Types = Types(16);
    pub(crate) const ARRAY: Types = Types(32);
    pub(crate) const OBJECT: Types = Types(64);
    pub(crate) const NONE: Types = Types(0);
    pub(crate) const ANY: Types = Types(127);

    /// The set named by one `type` keyword word (`number` includes integers).
    pub(crate) fn from_name(name: &str) -> Types {
        match name {
            "null" => Types::NULL,
            "boolean" => Types::BOOL,
            "integer" => Types::INT,
            "number" => Types(Types::INT.0 | Types::FRACTION.0),
            "string" => Types::STRING,
            "array" => Types::ARRAY,
            "object" => Types::OBJECT,
            _ => Types::ANY,
        }
    }

    /// The type of a node (a float with an integer value, `2.0`, is not an integer).
    pub(crate) fn of(node: &Node) -> Types {
        match &node.value {
            Value::Null => Types::NULL,
            Value::Bool(_) => Types::BOOL,
            Value::Number(n) if n.is_integer() => Types::INT,
            Value::Number(_) => Types::FRACTION,
            Value::String(_) => Types::STRING,
            Value::Array(_) => Types::ARRAY,
            Value::Object(_) => Types::OBJECT,
        }
    }

    pub(crate) fn union(self, other: Types) -> Types {
        Types(self.0 | other.0)
    }

    pub(crate) fn intersect(self, other: Types) -> Types {
        Types(self.0 & other.0)
    }

    pub(crate) fn contains(self, other: Types) -> bool {
        other.0 != 0 && self.0 & other.0 == other.0
    }

    /// `a string or an integer`, `a number, a boolean or null`.
    pub(crate) fn phrase(self) -> String {
        let mut words: Vec<&str> = Vec::new();
        if self.contains(Types::STRING) {
            words.push("a string");
        }
        if self.contains(Types::FRACTION) {
            words.push("a number");
        } else if self.contains(Types::INT) {
            words.push("an integer");
        }
        if self.contains(Types::BOOL) {
            words.push("a boolean");
        }
        if self.contains(Types::ARRAY) {
            words.push("an array");
        }
        if self.contains(Types::OBJECT) {
            words.push("an object");
        }
        if self.contains(Types::NULL) {
            words.push("null");
        }
        join_or(&words)
    }
}

/// `a`, `a or b`, `a, b or c`.
fn join_or(words: &[&str]) -> String {
    match words {
        [] => "nothing".to_owned(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Cuts `text` to [`MAX_SHOWN`] characters.
pub(crate) fn truncate(text: &str) -> String {
    crate::source::shorten::shorten(text, MAX_SHOWN)
}

/// A number as written (`2`, `2.0`, `1e-7`).
pub(crate) fn number_text(n: Number) -> String {
    match n {
        Number::Int(i) => i.to_string(),
        Number::UInt(u) => u.to_string(),
        Number::Float(f) => format!("{f:?}"),
    }
}

/// The node's value for a message, in backticks, as source text (strings quoted); `None` for
/// arrays and objects, which are never printed. Secrets show as `***`.
pub(crate) fn quoted_value(node: &Node, secret: bool) -> Option<String> {
    if secret {
        return Some("`***`".to_owned());
    }
    match &node.value {
        Value::Null => None,
        Value::Bool(b) => Some(format!("`{b}`")),
        Value::Number(n) => Some(format!("`{}`", number_text(*n))),
        Value::String(s) => Some(format!("`{}`", truncate(&json_quote(s)))),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// The node's value without string quotes, in backticks (for enum and range messages).
pub(crate) fn bare_value(node: &Node, secret: bool) -> String {
    if secret {
        return "`***`".to_owned();
    }
    match &node.value {
        Value::Null => "`null`".to_owned(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("`{}`", number_text(*n)),
        Value::String(s) => format!("`{}`", truncate(s)),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// `a string `"2"``, `an integer `3``, `null`, `an array`.
pub(crate) fn found(node: &Node, secret: bool) -> String {
    match quoted_value(node, secret) {
        Some(v) => format!("{} {v}", node.type_name()),
        None => node.type_name().to_owned(),
    }
}

fn json_quote(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

/// A schema value (enum member, const, bound) for a message, without string quotes.
pub(crate) fn schema_value(v: &crate::schema::compiled::Value) -> String {
    match v {
        crate::schema::compiled::Value::String(s) => truncate(s),
        other => truncate(&other.to_string()),
    }
}

/// `fatal, error, warning` (cut after [`MAX_LISTED`] values).
pub(crate) fn list_values(values: &[&crate::schema::compiled::Value]) -> String {
    let mut shown: Vec<String> = values
        .iter()
        .take(MAX_LISTED)
        .map(|v| schema_value(v))
        .collect();
    if values.len() > MAX_LISTED {
        shown.push(format!("… ({} in all)", values.len()));
    }
    shown.join(", ")
}

/// What a node is called in a message.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Subject<'a> {
    /// The document itself.
    Root,
    /// A member's value.
    Key(&'a str),
    /// An item of an array, with the key of the nearest member above it.
    Item(Option<&'a str>, usize),
}

impl Subject<'_> {
    /// `` `trialConcurrency` ``, `` `cmd[2]` ``, `item 2`, `the document`.
    pub(crate) fn name(self) -> String {
        match self {
            Subject::Root => "the document".to_owned(),
            Subject::Key(k) => format!("`{}`", truncate(k)),
            Subject::Item(Some(k), i) => format!("`{}[{i}]`", truncate(k)),
            Subject::Item(None, i) => format!("item {i}"),
        }
    }
}

/// The help for a value of the wrong type, when there is an obvious fix.
pub(crate) fn type_help(node: &Node, expected: Types, secret: bool) -> Option<String> {
    let numeric = expected.contains(Types::INT) || expected.contains(Types::FRACTION);
    match &node.value {
        Value::String(s) => {
            let t = s.trim();
            if numeric && t.parse::<f64>().is_ok_and(f64::is_finite) {
                let int_ok = expected.contains(Types::FRACTION) || t.parse::<i64>().is_ok();
                if int_ok {
                    return Some("remove the quotes".to_owned());
                }
            }
            if expected.contains(Types::BOOL) {
                return match t.to_ascii_lowercase().as_str() {
                    "true" | "false" => Some("remove the quotes".to_owned()),
                    "yes" | "on" | "y" => Some("write `true`".to_owned()),
                    "no" | "off" | "n" => Some("write `false`".to_owned()),
                    _ => None,
                };
            }
            None
        }
        Value::Number(Number::Float(f)) if expected.contains(Types::INT) => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 9.0e15 {
                Some(format!(
                    "write `{}` (an integer has no decimal point)",
                    *f as i64
                ))
            } else {
                None
            }
        }
        Value::Bool(b) if numeric && !expected.contains(Types::STRING) => Some(format!(
            "booleans are not numbers; write `{}`",
            if *b { 1 } else { 0 }
        )),
        Value::Number(_) | Value::Bool(_) if expected.contains(Types::STRING) => {
            if secret {
                Some("quote it".to_owned())
            } else {
                let text = match &node.value {
                    Value::Number(n) => number_text(*n),
                    Value::Bool(b) => b.to_string(),
                    _ => String::new(),
                };
                Some(format!("quote it: `\"{}\"`", truncate(&text)))
            }
        }
        Value::Null if !expected.contains(Types::NULL) => {
            Some(format!("give it {}", expected.phrase()))
        }
        _ => None,
    }
}

/// `1 item`, `3 items`.
pub(crate) fn count(n: u64, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// The first sentence of a description, when it is short enough to stand in a message.
pub(crate) fn first_sentence(text: &str) -> Option<String> {
    let line = text.lines().next()?.trim();
    let sentence = match line.find(". ") {
        Some(i) => line.get(..i)?,
        None => line.trim_end_matches('.'),
    };
    if sentence.is_empty() || sentence.chars().count() > 100 {
        None
    } else {
        Some(sentence.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases() {
        assert_eq!(Types::from_name("integer").phrase(), "an integer");
        assert_eq!(Types::from_name("number").phrase(), "a number");
        assert_eq!(
            Types::STRING.union(Types::INT).phrase(),
            "a string or an integer"
        );
        assert_eq!(
            Types::STRING.union(Types::INT).union(Types::NULL).phrase(),
            "a string, an integer or null"
        );
        assert_eq!(truncate(&"x".repeat(50)).chars().count(), 40);
    }
}
