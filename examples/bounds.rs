//! The size bounds of docs/robustness.md, measured at two sizes each: the cost of a check must
//! grow linearly (twice the input, about twice the time). Prints one line per case.
//!
//! ```text
//! cargo run --release --example bounds           # metric_dict 200k/400k, unknown keys 1M/2M
//! cargo run --release --example bounds -- quick  # a tenth of the sizes
//! ```
//!
//! Timing is here, never in a test: the tests count the work instead (`tests/it/bounds.rs`).

use std::time::Instant;

/// A trial.ini whose `metric_dict` has `n` entries.
fn metric_dict(n: usize) -> String {
    let mut s = String::from(
        "[platform_config]\nname = Local\ncmd1 = python t.py\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\nmetric_dict = {\n",
    );
    for i in 0..n {
        s.push_str(&format!("    'm{i}=([0-9.]+)': 1,\n"));
    }
    s.push_str("    }\n");
    s
}

/// An exp.yml with `n` unknown keys (each one a did-you-mean search).
fn unknown_keys(n: usize) -> String {
    let mut s = String::from(
        "experimentName: e\ntrialConcurrency: 1\ntrialCommand: python t.py\nsearchSpace: {}\ntuner: {name: TPE}\ntrainingService: {platform: local}\n",
    );
    for i in 0..n {
        s.push_str(&format!("trialConcurency{i:07}: 1\n"));
    }
    s
}

/// Seconds to check `text` as `name`, and its diagnostics.
fn time(name: &str, text: &str) -> (f64, usize) {
    let t = Instant::now();
    let r = hpoconf::check_str(name, text, None);
    (t.elapsed().as_secs_f64(), r.diagnostics.len())
}

fn main() {
    let quick = std::env::args().any(|a| a == "quick");
    let scale = if quick { 10 } else { 1 };
    type Case = (&'static str, &'static str, fn(usize) -> String, usize);
    let cases: [Case; 2] = [
        (
            "metric_dict entries",
            "trial.ini",
            metric_dict,
            200_000 / scale,
        ),
        ("unknown keys", "exp.yml", unknown_keys, 1_000_000 / scale),
    ];
    for (label, name, make, n) in cases {
        let small = make(n);
        let large = make(2 * n);
        let (ts, ds) = time(name, &small);
        let (tl, dl) = time(name, &large);
        println!(
            "{label}: {n} -> {:.2} s ({ds} diagnostics); {} -> {:.2} s ({dl} diagnostics); ratio x{:.2} for x2 of input",
            ts,
            2 * n,
            tl,
            tl / ts
        );
    }
}
