//! Writes [`super::generated`] from the committed validation schemas, and checks that the file
//! is current (`UPDATE_SCHEMAS=1 cargo test --lib schema::compiled` rewrites it).

use std::fmt::Write;

use super::{Num, Value};
use crate::kind::Kind;

/// The name of a kind's static (`exp-yml` -> `EXP_YML`).
fn static_name(kind: Kind) -> String {
    kind.id().replace('-', "_").to_ascii_uppercase()
}

/// The Rust expression of a schema value, one member or item a line.
fn emit(v: &serde_json::Value, indent: usize, out: &mut String) {
    let pad = "    ".repeat(indent + 1);
    match v {
        serde_json::Value::Null => out.push_str("Value::Null"),
        serde_json::Value::Bool(b) => {
            let _ = write!(out, "Value::Bool({b})");
        }
        serde_json::Value::Number(n) => {
            let _ = match Num::from_json(n) {
                Num::PosInt(u) => write!(out, "Value::Number(Num::PosInt({u}))"),
                Num::NegInt(i) => write!(out, "Value::Number(Num::NegInt({i}))"),
                Num::Float(f) => write!(out, "Value::Number(Num::Float({f:?}))"),
            };
        }
        serde_json::Value::String(s) => {
            let _ = write!(out, "Value::String(Str(Cow::Borrowed({s:?})))");
        }
        serde_json::Value::Array(items) => {
            out.push_str("Value::Array(Cow::Borrowed(&[\n");
            for item in items {
                out.push_str(&pad);
                emit(item, indent + 1, out);
                out.push_str(",\n");
            }
            out.push_str(&"    ".repeat(indent));
            out.push_str("]))");
        }
        serde_json::Value::Object(map) => {
            out.push_str("Value::Object(Map(Cow::Borrowed(&[\n");
            for (k, item) in map {
                out.push_str(&pad);
                let _ = write!(out, "(Str(Cow::Borrowed({k:?})), ");
                emit(item, indent + 1, out);
                out.push_str("),\n");
            }
            out.push_str(&"    ".repeat(indent));
            out.push_str("])))");
        }
    }
}

/// The text of `generated.rs`.
fn source() -> String {
    let mut out = String::from(
        "//! The committed validation schemas (`src/schema/validation/<kind>.json`) as `static`\n\
         //! values, so that a check reads no schema at all (issue 17). Generated from them: do not\n\
         //! edit; `UPDATE_SCHEMAS=1 cargo test --lib schema::compiled` rewrites this file, and that\n\
         //! test fails while it is not current.\n\n\
         use std::borrow::Cow;\n\n\
         use super::{Map, Num, Str, Value};\n",
    );
    for kind in Kind::ALL {
        let text = crate::schema::committed_validation_schema(kind);
        let json: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        let _ = write!(
            out,
            "\n/// `src/schema/validation/{}.json`.\npub(crate) static {}: Value = ",
            kind.id(),
            static_name(kind)
        );
        emit(&json, 0, &mut out);
        out.push_str(";\n");
    }
    out
}

#[test]
fn the_generated_statics_are_the_committed_schemas() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/schema/compiled/generated.rs");
    let expected = source();
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &expected).expect("write generated.rs");
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == expected,
        "src/schema/compiled/generated.rs is out of date: run `UPDATE_SCHEMAS=1 cargo test --lib schema::compiled`"
    );
    // and each static is its committed schema, value for value
    for kind in Kind::ALL {
        let json: serde_json::Value =
            serde_json::from_str(crate::schema::committed_validation_schema(kind)).expect("json");
        let value: &Value = super::committed(kind);
        assert_eq!(value.to_json(), json, "{kind:?}");
        assert!(*value == json, "{kind:?}");
        assert_eq!(&Value::from_json(&json), value, "{kind:?}");
    }
}
