//! How long `hpoconf server` takes from a change to the diagnostics it causes, and whether its
//! memory stays flat over many edits (docs/editors.md quotes the numbers).
//!
//! ```text
//! cargo run --release --example server_latency [EDITS]
//! ```
//!
//! The server runs in this process on an in-memory connection. An experiment of three files
//! (exp.yml, search_space.json, trial.ini) is opened; then each edit replaces the unsaved
//! search space, alternately defining and dropping the `${bs}` that trial.ini uses, and the
//! time until trial.ini's diagnostics are republished is measured: with the default debounce
//! (15 ms) and with none. The resident memory (Linux) is printed every tenth of the run.

use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

const EXP: &str = "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
const SPACE: &str = r#"{"${lr}": {"_type": "loguniform", "_value": [0.0001, 0.1]}}"#;
const SPACE_BS: &str = r#"{"${lr}": {"_type": "loguniform", "_value": [0.0001, 0.1]}, "${bs}": {"_type": "choice", "_value": [16, 32]}}"#;
const INI: &str = "[platform_config]\nname = Local\ncmd1 = python train.py --lr=${lr} --bs=${bs}\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\n";

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn notify(c: &Connection, method: &str, params: Value) {
    c.sender
        .send(Message::Notification(Notification::new(
            method.to_owned(),
            params,
        )))
        .expect("send");
}

/// Waits for trial.ini's diagnostics, with or without HPO702.
fn wait_ini(c: &Connection, ini: &str, undefined: bool) {
    loop {
        let m = c
            .receiver
            .recv_timeout(Duration::from_secs(60))
            .expect("no diagnostics within a minute");
        if let Message::Notification(n) = m
            && n.method == "textDocument/publishDiagnostics"
            && n.params["uri"] == ini
        {
            let has = n.params["diagnostics"]
                .as_array()
                .is_some_and(|d| d.iter().any(|x| x["code"] == "HPO702"));
            if has == undefined {
                return;
            }
        }
    }
}

fn run(debounce_ms: u64, edits: usize, dir: &std::path::Path) -> Vec<Duration> {
    let (server, client) = Connection::memory();
    let worker = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || hpoconf::server::serve(server))
        .expect("start the server thread");
    client
        .sender
        .send(Message::Request(Request::new(
            RequestId::from(1),
            "initialize".to_owned(),
            json!({"capabilities": {}, "initializationOptions": {"debounceMs": debounce_ms}}),
        )))
        .expect("send");
    let _ = client.receiver.recv();
    notify(&client, "initialized", json!({}));
    let uri = |n: &str| format!("file://{}/{n}", dir.display());
    let (exp, space, ini) = (uri("exp.yml"), uri("search_space.json"), uri("trial.ini"));
    for (u, t) in [(&exp, EXP), (&space, SPACE), (&ini, INI)] {
        notify(
            &client,
            "textDocument/didOpen",
            json!({"textDocument": {"uri": u, "languageId": "", "version": 1, "text": t}}),
        );
    }
    wait_ini(&client, &ini, true);
    let mut times = Vec::with_capacity(edits);
    let start_rss = rss_kib();
    for i in 0..edits {
        let define = i % 2 == 0;
        let t0 = Instant::now();
        notify(
            &client,
            "textDocument/didChange",
            json!({"textDocument": {"uri": space, "version": i + 2},
                   "contentChanges": [{"text": if define { SPACE_BS } else { SPACE }}]}),
        );
        wait_ini(&client, &ini, !define);
        times.push(t0.elapsed());
        if debounce_ms == 0 && (i + 1) % (edits / 10).max(1) == 0 {
            println!(
                "  after {:>5} edits: resident memory {} KiB (at the start {} KiB)",
                i + 1,
                rss_kib().map_or("?".to_owned(), |r| r.to_string()),
                start_rss.map_or("?".to_owned(), |r| r.to_string()),
            );
        }
    }
    client
        .sender
        .send(Message::Request(Request::new(
            RequestId::from(2),
            "shutdown".to_owned(),
            Value::Null,
        )))
        .expect("send");
    let _ = client.receiver.recv();
    notify(&client, "exit", Value::Null);
    let _ = worker.join();
    times
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |q: f64| {
        times
            .get(((times.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "{label}: {} edits, change -> diagnostics of the other file: median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        times.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
    );
}

fn main() {
    let edits: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let dir = std::env::temp_dir().join(format!("hpoconf-server-latency-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    for (n, t) in [
        ("exp.yml", EXP),
        ("search_space.json", SPACE),
        ("trial.ini", INI),
    ] {
        std::fs::write(dir.join(n), t).expect("write");
    }
    println!("no debounce (initializationOptions.debounceMs = 0):");
    let none = run(0, edits, &dir);
    report("  no debounce", none);
    println!("default debounce (15 ms):");
    let default = run(15, edits.min(200), &dir);
    report("  15 ms debounce", default);
    let _ = std::fs::remove_dir_all(&dir);
}
