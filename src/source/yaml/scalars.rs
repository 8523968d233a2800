//! Scalars: their spans, tags (`!!int`, `!!str`, ...), YAML 1.2 core resolution into values
//! (integers beyond 64 bits, floats beyond range), and the YAML 1.1 hazard of each plain value.

use crate::source::path::NodePath;
use serde_saphyr::granit_parser::{ScalarStyle, Span as YSpan, Tag};

use super::builder::{Anchored, Builder, Built};
use super::resolve::{Core, FLOAT12, INF, INT_ANY, NAN, core_kind, is_match};
use super::yaml11::{Cat, Y11, yaml11_kind};
use crate::source::{Node, Number, Span, SyntaxKind, Value, Yaml11Hazard};

impl<'t> Builder<'t> {
    pub(super) fn scalar(
        &mut self,
        value: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        yspan: &YSpan,
    ) {
        let slot = self.slot();
        let mut span = self.span(yspan);
        if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
            // The parser's span runs to the next line; keep the text itself.
            let bytes = self.text.as_bytes();
            while span.end() > span.start()
                && matches!(
                    bytes.get(span.end() - 1),
                    Some(b'\n' | b'\r' | b' ' | b'\t')
                )
            {
                span = Span::new(span.start(), span.end() - 1);
            }
        }
        if slot.depth > self.max_depth {
            self.too_deep(&slot, span);
            return;
        }
        let plain = style == ScalarStyle::Plain;
        let resolved = match tag {
            None if plain => {
                let v = self.resolve_plain(value, span, &slot.ptr);
                if !slot.is_key {
                    self.check_hazard(value, &v, span, &slot.ptr);
                }
                v
            }
            None => Value::String(value.into()),
            Some(tag) => self.tagged(value, plain, tag, yspan, span, &slot.ptr),
        };
        let key_text = if plain && span.is_empty() && tag.is_none() {
            String::new()
        } else {
            value.to_owned()
        };
        let node = Node::new(resolved, span);
        if anchor != 0 {
            self.anchors.insert(
                anchor,
                Anchored {
                    node: node.clone(),
                    count: 1,
                    height: 1,
                },
            );
        }
        self.attach(Built {
            node,
            count: 1,
            height: 1,
            key_text: Some(key_text),
            merge: plain && tag.is_none() && value == "<<",
        });
    }

    pub(super) fn tagged(
        &mut self,
        value: &str,
        plain: bool,
        tag: &Tag,
        yspan: &YSpan,
        span: Span,
        ptr: &NodePath,
    ) -> Value {
        let expected = match tag.core_suffix() {
            Some("str") => return Value::String(value.into()),
            Some("null") => return Value::Null,
            Some("bool") => match value.to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" => return Value::Bool(true),
                "false" | "no" | "off" => return Value::Bool(false),
                _ => "a boolean",
            },
            Some("int") => match self.int(value, span, ptr) {
                Some(n) => return Value::Number(n),
                None => "an integer",
            },
            Some("float") => match self.float(value, span, ptr) {
                Some(n) => return Value::Number(n),
                None => "a number",
            },
            Some(other) => {
                let t = self.tag_text(tag, yspan);
                let ts = self.tag_span(yspan, span);
                let what = if other == "map" {
                    "a mapping"
                } else {
                    "a sequence"
                };
                self.problem(
                    SyntaxKind::Invalid,
                    format!("the tag `{t}` needs {what}, not a scalar"),
                    ts,
                    ptr,
                    Some("remove the tag".to_owned()),
                );
                return Value::String(value.into());
            }
            None => {
                if tag.handle().is_empty() && tag.suffix() == "!" {
                    // The non-specific tag `!`: a string.
                    return Value::String(value.into());
                }
                self.foreign_tag(tag, yspan, span, ptr);
                return if plain {
                    self.resolve_plain(value, span, ptr)
                } else {
                    Value::String(value.into())
                };
            }
        };
        let t = self.tag_text(tag, yspan);
        self.problem(
            SyntaxKind::Invalid,
            format!("`{value}` is not {expected}, as its tag `{t}` says"),
            span,
            ptr,
            None,
        );
        Value::String(value.into())
    }

    /// YAML 1.2 core schema resolution of a plain scalar.
    pub(super) fn resolve_plain(&mut self, text: &str, span: Span, ptr: &NodePath) -> Value {
        match core_kind(text) {
            Core::Null => Value::Null,
            Core::Bool(b) => Value::Bool(b),
            Core::Int => match self.int(text, span, ptr) {
                Some(n) => Value::Number(n),
                None => Value::String(text.into()),
            },
            Core::Float => match self.float(text, span, ptr) {
                Some(n) => Value::Number(n),
                None => Value::String(text.into()),
            },
            Core::Str => Value::String(text.into()),
        }
    }

    /// A YAML 1.2 integer (decimal, `0o`, `0x`); beyond 64 bits a float and a problem.
    pub(super) fn int(&mut self, text: &str, span: Span, ptr: &NodePath) -> Option<Number> {
        let (digits, radix) = if let Some(d) = text.strip_prefix("0x") {
            (d, 16)
        } else if let Some(d) = text.strip_prefix("0o") {
            (d, 8)
        } else {
            (text, 10)
        };
        if digits.is_empty() || !is_match(&INT_ANY, text) {
            return None;
        }
        if radix == 10 {
            if let Ok(i) = text.parse::<i64>() {
                return Some(Number::Int(i));
            }
            if let Ok(u) = text.trim_start_matches('+').parse::<u64>() {
                return Some(Number::UInt(u));
            }
        } else if let Ok(u) = u64::from_str_radix(digits, radix) {
            return Some(match i64::try_from(u) {
                Ok(i) => Number::Int(i),
                Err(_) => Number::UInt(u),
            });
        }
        let approx = if radix == 10 {
            text.parse::<f64>().unwrap_or(f64::INFINITY)
        } else {
            digits.chars().fold(0.0_f64, |acc, c| {
                acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
            })
        };
        self.problem(
            SyntaxKind::NumberRange,
            format!("the integer `{text}` does not fit in 64 bits"),
            span,
            ptr,
            None,
        );
        Some(Number::Float(approx))
    }

    /// A YAML 1.2 float (or integer read as a float, for `!!float`).
    pub(super) fn float(&mut self, text: &str, span: Span, ptr: &NodePath) -> Option<Number> {
        if is_match(&INF, text) {
            return Some(Number::Float(if text.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }));
        }
        if is_match(&NAN, text) {
            return Some(Number::Float(f64::NAN));
        }
        if !is_match(&FLOAT12, text) {
            return match core_kind(text) {
                Core::Int => self.int(text, span, ptr).map(|n| Number::Float(n.as_f64())),
                _ => None,
            };
        }
        let f = text.parse::<f64>().ok()?;
        if !f.is_finite() {
            self.problem(
                SyntaxKind::NumberRange,
                format!("the number `{text}` is beyond the range of a 64-bit float"),
                span,
                ptr,
                Some("write a finite number, or `.inf` if infinity is meant".to_owned()),
            );
        }
        Some(Number::Float(f))
    }

    pub(super) fn check_hazard(&mut self, text: &str, v12: &Value, span: Span, ptr: &NodePath) {
        let y11 = yaml11_kind(text);
        let (c12, w12) = match v12 {
            Value::Null => (Cat::Null, "null"),
            Value::Bool(_) => (Cat::Bool, "a boolean"),
            Value::Number(n) if n.is_integer() => (Cat::Int, "an integer"),
            Value::Number(_) if core_kind(text) == Core::Int => (Cat::Int, "an integer"),
            Value::Number(_) => (Cat::Float, "a float"),
            _ => (Cat::Str, "a string"),
        };
        let (yaml12, yaml11) = match y11 {
            Y11::Octal if c12 == Cat::Int => {
                if text.bytes().any(|b| (b'1'..=b'7').contains(&b)) {
                    ("a decimal integer", "an octal integer")
                } else {
                    return;
                }
            }
            _ if y11.cat() == c12 => return,
            _ => (w12, y11.words()),
        };
        self.hazards.push(Yaml11Hazard {
            pointer: ptr.clone(),
            span,
            text: text.to_owned(),
            yaml12,
            yaml11,
        });
    }
}
