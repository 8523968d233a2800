//! The INI reader on arbitrary text: never panics, every span inside the text.
#![no_main]

use hpoconf::source::ini;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let parsed = ini::parse(text);
        common::check_parsed(text, &parsed);
    }
});
