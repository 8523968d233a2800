//! Decoding bytes (BOM, invalid UTF-8) and detecting the kind from a name and the text.
#![no_main]

use hpoconf::kind;
use hpoconf::source;
use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "exp.yml",
    "config.yaml",
    "search_space.json",
    "search_space.yml",
    "trial.ini",
    "hpo.json",
    "response.json",
    "x.txt",
    "",
];

fuzz_target!(|data: &[u8]| {
    let (text, problem) = source::decode(data);
    if let Some(p) = &problem {
        assert!(p.span.start() <= p.span.end());
        assert!(p.span.start() <= text.len(), "encoding problem past the text");
    }
    let name = NAMES[data.first().map_or(0, |b| *b as usize % NAMES.len())];
    let _ = kind::detect(name, &text);
    let report = hpoconf::check::check_bytes(name, data, None);
    for d in &report.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        assert!(
            d.byte_start <= d.byte_end && d.byte_end <= text.len(),
            "{d:?}"
        );
    }
});
