//! The floor of checking many files in one process: reads each file named on the command line
//! and parses it, YAML with serde-saphyr and JSON with serde_json, into a `serde_json::Value`,
//! and does nothing else. `scripts/bench-startup.sh` compares `hpoconf check` of the NNI
//! corpus's v2 configs and search spaces with this program on the same files (issue 17).
//!
//! ```sh
//! cargo run --release --example parse_only -- FILE...
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut parsed = 0usize;
    let mut failed = 0usize;
    for path in std::env::args_os().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            failed += 1;
            continue;
        };
        let is_json = path
            .to_string_lossy()
            .to_ascii_lowercase()
            .ends_with(".json");
        let ok = if is_json {
            serde_json::from_str::<serde_json::Value>(&text).is_ok()
        } else {
            serde_saphyr::from_str::<serde_json::Value>(&text).is_ok()
        };
        if ok {
            parsed += 1;
        } else {
            failed += 1;
        }
    }
    println!("{parsed} parsed, {failed} not");
    ExitCode::SUCCESS
}
