//! Prints the performance ratios of docs/performance.md in about a minute, without criterion:
//! for each scaled document (benches/common/mod.rs), the time of the raw parse, the span
//! tree and the full check, the ratio check / raw, how time grows with size, and the peak memory
//! of checking a 10 MB search space.
//!
//! ```text
//! cargo run --release --example perf_ratios            # everything
//! cargo run --release --example perf_ratios -- rss     # peak memory only, every kind at 10 MB
//! cargo run --release --example perf_ratios -- rss exp_yml  # one kind
//! cargo run --release --example perf_ratios -- quick   # fewer repetitions
//! cargo run --release --example perf_ratios -- full exp_yml  # only documents whose label has `exp_yml`
//! ```
//!
//! The stages of one document are sampled in turn (raw, tree, typed, check, raw, tree, ...), so
//! that a load on the machine falls on all of them alike, and each time is the fastest of its
//! samples (each sample at least 2 to 5 ms of work): other processes only ever add time, so the
//! minimum is the estimate of the cost that they disturb least. The median is printed beside it.

use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "../benches/common/mod.rs"]
mod common;

/// How many calls of `f` last at least `min_sample`.
fn calibrate(min_sample: Duration, f: &mut dyn FnMut() -> usize) -> usize {
    let mut calls = 1usize;
    loop {
        let t = Instant::now();
        for _ in 0..calls {
            black_box(f());
        }
        if t.elapsed() >= min_sample || calls >= 1 << 20 {
            return calls;
        }
        calls *= 2;
    }
}

/// Seconds per call of each stage, as (fastest, median) of `samples` samples; the stages are
/// sampled in turn.
fn measure(
    samples: usize,
    min_sample: Duration,
    stages: &mut [&mut dyn FnMut() -> usize],
) -> Vec<(f64, f64)> {
    let calls: Vec<usize> = stages
        .iter_mut()
        .map(|f| calibrate(min_sample, &mut **f))
        .collect();
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(samples); stages.len()];
    for _ in 0..samples {
        for ((f, &n), t) in stages.iter_mut().zip(&calls).zip(&mut times) {
            let start = Instant::now();
            for _ in 0..n {
                black_box(f());
            }
            t.push(start.elapsed().as_secs_f64() / n as f64);
        }
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort_by(f64::total_cmp);
            let min = t.first().copied().unwrap_or(0.0);
            let median = t.get(t.len() / 2).copied().unwrap_or(0.0);
            (min, median)
        })
        .collect()
}

fn show(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{secs:.2} s")
    } else if secs >= 1e-3 {
        format!("{:.2} ms", secs * 1e3)
    } else {
        format!("{:.1} µs", secs * 1e6)
    }
}

fn status_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A generated document of about 10 MB of the kind `label` names, and its file name.
fn ten_mb(label: &str) -> Option<(&'static str, String)> {
    const SIZE: usize = 10 * 1024 * 1024;
    // grow a generator's count until its text reaches 10 MB (it is linear: one step from a
    // sample's size, then a few percent more if short)
    fn sized(make: fn(usize) -> String, sample: usize) -> String {
        let per = make(sample).len().max(1) as f64 / sample as f64;
        let mut n = (SIZE as f64 / per) as usize + 1;
        loop {
            let t = make(n);
            if t.len() >= SIZE {
                return t;
            }
            n += n / 20 + 1;
        }
    }
    Some(match label {
        "search_space" => ("search_space.json", common::search_space_of_size(SIZE)),
        // JSON is YAML: the same space, read by the YAML reader (flow style)
        "search_space_yaml" => ("search_space.yml", common::search_space_of_size(SIZE)),
        "exp_yml" => ("exp.yml", sized(common::exp_yml, 1_000)),
        // the same machines with an SSH key instead of a password: no diagnostic per machine
        // (what checking needs, without the report's own size)
        "exp_yml_quiet" => (
            "exp.yml",
            sized(common::exp_yml, 1_000)
                .replace("      sshKeyFile: ~/.ssh/id_ed25519\n", "")
                .replace("password: s3cret-", "sshKeyFile: ~/.ssh/k"),
        ),
        "trial_ini" => ("trial.ini", sized(common::trial_ini, 1_000)),
        "get_hpo" => (
            "get_hpo_experiment.json",
            sized(common::get_hpo_experiment, 4_300),
        ),
        _ => return None,
    })
}

/// The kinds [`rss`] measures, by [`ten_mb`] label.
const RSS_KINDS: [&str; 6] = [
    "search_space",
    "search_space_yaml",
    "exp_yml",
    "exp_yml_quiet",
    "trial_ini",
    "get_hpo",
];

/// In a child process: checks the 10 MB document of the kind `label` names, written by the
/// parent to `file`, and prints its peak memory. The file is read as `hpoconf check` reads it
/// (so that the allocator starts as the command's does, with no generator's garbage).
/// `borrowed`: through `check_str`, the caller keeping its text (the library copies it),
/// instead of `check_owned` with the bytes handed over as `hpoconf check` does.
fn rss_child(label: &str, file: &str, borrowed: bool) {
    let name = std::path::Path::new(file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(file)
        .to_owned();
    let before = status_kb("VmRSS:").unwrap_or(0);
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => return println!("rss: {file}: {e}"),
    };
    let size = bytes.len();
    let size_kb = (size / 1024).max(1) as u64;
    let with_text = status_kb("VmRSS:").unwrap_or(0);
    let (report, how) = if borrowed {
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let r = hpoconf::check_str(&name, black_box(&text), None);
        (r, "check_str, the caller keeping its text")
    } else {
        // the file's bytes handed over, as `hpoconf check` does (no second copy of the text)
        let r = hpoconf::check_owned(&name, black_box(bytes), None);
        (r, "check_owned, as hpoconf check")
    };
    let hwm = status_kb("VmHWM:").unwrap_or(0);
    println!(
        "10 MB {label} ({name}, {how}): {} bytes, {} diagnostics\n  RSS before reading: {before} kB; with the text: {with_text} kB; peak (VmHWM) after check: {hwm} kB\n  peak - baseline = {} kB = {:.2}x the file size (target < 8x)\n  peak - (baseline + text) = {} kB = {:.2}x the file size (what checking adds)",
        size,
        report.diagnostics.len(),
        hwm.saturating_sub(before),
        hwm.saturating_sub(before) as f64 / size_kb as f64,
        hwm.saturating_sub(with_text),
        hwm.saturating_sub(with_text) as f64 / size_kb as f64,
    );
}

fn rss() {
    let Ok(exe) = std::env::current_exe() else {
        println!("rss: cannot find the current executable");
        return;
    };
    let only = std::env::args().nth(2);
    let dir = std::env::temp_dir().join(format!("hpoconf-rss-{}", std::process::id()));
    for label in RSS_KINDS {
        if only.as_deref().is_some_and(|o| o != label) {
            continue;
        }
        let Some((name, text)) = ten_mb(label) else {
            continue;
        };
        let file = dir.join(label).join(name);
        let written = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&file, &text));
        drop(text);
        if let Err(e) = written {
            println!("rss: {}: {e}", file.display());
            continue;
        }
        let modes: &[&str] = if label == "search_space" {
            &["rss-child", "rss-child-str"]
        } else {
            &["rss-child"]
        };
        for mode in modes {
            match std::process::Command::new(&exe)
                .arg(mode)
                .arg(label)
                .arg(&file)
                .status()
            {
                Ok(s) if s.success() => {}
                other => println!("rss: the child failed: {other:?}"),
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writes the scaled documents (and a 10 MB search space) to a folder, for profiling the CLI.
fn write() {
    let dir = std::path::PathBuf::from(
        std::env::args()
            .nth(2)
            .unwrap_or_else(|| "perf-docs".into()),
    );
    let mut docs: Vec<(String, String)> = common::scaled()
        .into_iter()
        .map(|d| (format!("{}/{}", d.label, d.name), d.text))
        .collect();
    // every kind at 10 MB, as `rss` measures it (`10MB/<label>/<name>`)
    for label in RSS_KINDS {
        if let Some((name, text)) = ten_mb(label) {
            docs.push((format!("10MB/{label}/{name}"), text));
        }
    }
    for (path, text) in docs {
        let p = dir.join(path);
        let written = p
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&p, &text));
        match written {
            Ok(()) => println!("{} ({} bytes)", p.display(), text.len()),
            Err(e) => println!("{}: {e}", p.display()),
        }
    }
}

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    match arg.as_str() {
        "rss-child" | "rss-child-str" => {
            let label = std::env::args().nth(2).unwrap_or_default();
            let file = std::env::args().nth(3).unwrap_or_default();
            return rss_child(&label, &file, arg == "rss-child-str");
        }
        "rss" => return rss(),
        "write" => return write(),
        _ => {}
    }
    let quick = arg == "quick";
    let samples = if quick { 5 } else { 11 };
    let min_sample = Duration::from_millis(if quick { 2 } else { 5 });

    println!(
        "{:<26} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "document", "bytes", "raw", "tree", "typed", "check", "tree/raw", "typed/raw", "check/raw"
    );
    let mut rows: Vec<(String, usize, f64)> = Vec::new();
    let mut medians: Vec<(String, f64)> = Vec::new();
    let mut worst = 0f64;
    // `perf_ratios quick search_space`: only the documents whose label contains the filter
    let filter = std::env::args().nth(2).unwrap_or_default();
    for doc in common::scaled() {
        if !doc.label.contains(&filter) {
            continue;
        }
        let mut raw_f = || common::raw_parse_deep(doc.kind, doc.format, black_box(&doc.text));
        let mut tree_f = || common::tree_parse(doc.format, black_box(&doc.text));
        let mut typed_f = || common::typed_parse(doc.kind, doc.format, black_box(&doc.text));
        let mut check_f = || common::full_check(doc.name, black_box(&doc.text));
        let t = measure(
            samples,
            min_sample,
            &mut [&mut raw_f, &mut tree_f, &mut typed_f, &mut check_f],
        );
        let at = |i: usize| t.get(i).copied().unwrap_or_default();
        let ((raw, raw_med), (tree, _), (typed, _), (check, check_med)) =
            (at(0), at(1), at(2), at(3));
        medians.push((doc.label.clone(), check_med / raw_med));
        worst = worst.max(check / raw);
        println!(
            "{:<26} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8.2}x {:>8.2}x {:>8.2}x",
            doc.label,
            doc.text.len(),
            show(raw),
            show(tree),
            show(typed),
            show(check),
            tree / raw,
            typed / raw,
            check / raw
        );
        if doc.kind == hpoconf::Kind::ExpYml {
            let schema = common::exp_schema();
            let mut shape_f = || common::shape_check(&schema, black_box(&doc.text));
            let shaped = measure(samples, min_sample, &mut [&mut shape_f])
                .first()
                .map_or(0.0, |t| t.0);
            println!(
                "{:<26} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>8.2}x",
                "  shape (test schema)",
                "",
                "",
                "",
                "",
                show(shaped),
                "",
                "",
                shaped / raw
            );
        }
        rows.push((doc.label.clone(), doc.text.len(), check));
    }
    println!("\nworst check/raw: {worst:.2}x (target <= 3x)");
    let medians: Vec<String> = medians
        .iter()
        .map(|(l, r)| format!("{l} {r:.2}x"))
        .collect();
    println!("check/raw of the medians: {}", medians.join(", "));

    println!("\nscaling of the full check (10x the input should cost <= 12x the time):");
    let mut worst_scale = 0f64;
    let mut worst_beyond = 0f64;
    for pair in rows.windows(2) {
        let [(la, sa, ta), (lb, sb, tb)] = pair else {
            continue;
        };
        let kind = |l: &str| l.split('/').next().unwrap_or("").to_owned();
        if kind(la) != kind(lb) || *sa < 10_000 {
            continue;
        }
        let size = *sb as f64 / *sa as f64;
        let time = tb / ta;
        // time growth normalised to a 10x step of the input
        let per10 = time.powf(10f64.ln() / size.ln());
        // issue 6 names 1,000 remote machines and 10,000 commands; the larger steps are ours
        let beyond =
            lb.as_str() == "exp_yml/10000_machines" || lb.as_str() == "trial_ini/100000_cmds";
        let note = if beyond {
            worst_beyond = worst_beyond.max(per10);
            " (beyond the sizes issue 6 names)"
        } else {
            worst_scale = worst_scale.max(per10);
            ""
        };
        println!(
            "  {la} -> {lb}: size x{size:.1}, time x{time:.1} (x{per10:.1} per 10x of input){note}"
        );
    }
    println!("worst: x{worst_scale:.1} per 10x (target <= x12)");
    println!("worst beyond the sizes issue 6 names: x{worst_beyond:.1} per 10x\n");
    if filter.is_empty() {
        rss();
    }
}
