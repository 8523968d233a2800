//! The full check of a `exp.yml` (kind forced): never panics, every diagnostic located.
#![no_main]

use hpoconf::Kind;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let report = hpoconf::check::check_bytes("exp.yml", data, Some(Kind::ExpYml));
    let (text, _) = hpoconf::source::decode(data);
    common::check_report(&text, &report);
});
