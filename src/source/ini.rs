//! INI (stub: filled in by the INI reader work).
use super::Parsed;

/// Reads `text` as INI.
pub fn parse(_text: &str) -> Parsed {
    Parsed::default()
}
