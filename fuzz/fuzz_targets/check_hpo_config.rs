//! The full check of a `hpo_config.json` (kind forced): never panics, every diagnostic located.
#![no_main]

use hpoconf::Kind;
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let report = hpoconf::check::check_bytes("hpo_config.json", data, Some(Kind::HpoConfig));
    let (text, _) = hpoconf::source::decode(data);
    common::check_report(&text, &report);
});
