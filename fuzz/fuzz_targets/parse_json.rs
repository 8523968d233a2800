//! The JSON reader (strict, then lenient) on arbitrary text: never panics, every span inside the text.
#![no_main]

use hpoconf::source::{Limits, json};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let parsed = json::parse(text, &Limits::default());
        common::check_parsed(text, &parsed);
        if let Some(lenient) = json::parse_allowing_trailing_commas(text) {
            common::check_parsed(text, &lenient);
        }
    }
});
