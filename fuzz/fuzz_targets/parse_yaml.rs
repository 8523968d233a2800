//! The YAML reader on arbitrary text: never panics, every span inside the text.
#![no_main]

use hpoconf::source::{Limits, yaml};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let parsed = yaml::parse(text, &Limits::default());
        common::check_parsed(text, &parsed);
    }
});
