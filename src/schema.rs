//! JSON Schema export, generated with schemars from the typed models. (Stub: filled in by the
//! models work.)

use crate::kind::Kind;

/// The JSON Schema draft to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Draft {
    /// Draft-07 (default: VS Code's JSON service validates it fully).
    #[default]
    Draft07,
    /// Draft 2020-12.
    Draft2020_12,
}

/// The editor schema of a kind.
pub fn schema_for(_kind: Kind, _draft: Draft) -> serde_json::Value {
    serde_json::json!({})
}

/// The schema the shape checker validates against (draft-07, canonical key spellings).
pub fn validation_schema(_kind: Kind) -> &'static serde_json::Value {
    static EMPTY: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    EMPTY.get_or_init(|| serde_json::json!({}))
}

/// A schema as pretty JSON with a final newline (what `hpoconf schema` writes).
pub fn to_pretty_string(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".to_owned());
    s.push('\n');
    s
}
