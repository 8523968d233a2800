//! `hpoconf server` at the protocol level: the built binary spoken to in JSON-RPC over its
//! stdin and stdout, as an editor does. No wall-clock assertion: each wait is a hang guard of
//! minutes.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use proptest::prelude::*;
use serde_json::{Value, json};

use crate::cli_support::Scratch;

/// How long any one answer may take before the test fails as hung.
const HANG_GUARD: Duration = Duration::from_secs(180);

pub struct Client {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    stderr: Receiver<String>,
    next_id: i64,
    /// Notifications received and not yet looked at.
    notes: Vec<Value>,
}

fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// Starts `hpoconf server` and initializes it (with `options` as initializationOptions).
    pub fn start(options: Value) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
            .arg("server")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start hpoconf server");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut stderr_pipe = child.stderr.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(m) = read_message(&mut r) {
                if tx.send(m).is_err() {
                    break;
                }
            }
        });
        let (etx, stderr) = channel();
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = stderr_pipe.read_to_string(&mut s);
            let _ = etx.send(s);
        });
        let mut c = Client {
            child,
            stdin,
            rx,
            stderr,
            next_id: 0,
            notes: Vec::new(),
        };
        let init = c.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": options}),
        );
        assert!(
            init["capabilities"]["hoverProvider"]
                .as_bool()
                .unwrap_or(false),
            "{init}"
        );
        c.notify("initialized", json!({}));
        c
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.stdin.flush().expect("flush");
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn recv(&mut self) -> Value {
        self.rx
            .recv_timeout(HANG_GUARD)
            .expect("the server neither answered nor notified (hang guard)")
    }

    /// Sends a request and returns its result (panics on an error response).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let r = self.request_raw(method, params);
        assert!(r.get("error").is_none(), "{method}: {r}");
        r["result"].clone()
    }

    pub fn request_raw(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.recv();
            if m.get("id") == Some(&json!(id)) && m.get("method").is_none() {
                return m;
            }
            self.notes.push(m);
        }
    }

    /// Waits for a publishDiagnostics of `uri` whose diagnostics satisfy `pred`; returns them.
    pub fn diagnostics(&mut self, uri: &str, pred: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        loop {
            let found = self.notes.iter().position(|n| {
                n["method"] == "textDocument/publishDiagnostics"
                    && n["params"]["uri"] == uri
                    && pred(
                        n["params"]["diagnostics"]
                            .as_array()
                            .map_or(&[], |v| v.as_slice()),
                    )
            });
            if let Some(i) = found {
                let n = self.notes.remove(i);
                // drop the older publications of this file
                self.notes.retain(|m| {
                    !(m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
                });
                return n["params"]["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
            }
            let m = self.recv();
            self.notes.push(m);
        }
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "", "version": 1, "text": text}}),
        );
    }

    pub fn change_all(&mut self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    pub fn at(&mut self, method: &str, uri: &str, line: u32, character: u32) -> Value {
        self.request(method, params(method, uri, line, character))
    }

    /// shutdown and exit; the exit status and stderr.
    pub fn stop(mut self) -> (i32, String) {
        let r = self.request("shutdown", Value::Null);
        assert!(r.is_null(), "{r}");
        self.notify("exit", Value::Null);
        let status = wait(&mut self.child);
        let stderr = self.stderr.recv_timeout(HANG_GUARD).unwrap_or_default();
        (status, stderr)
    }
}

/// The parameters of a request at a position.
fn params(method: &str, uri: &str, line: u32, character: u32) -> Value {
    let mut p =
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
    if method == "textDocument/references" {
        p["context"] = json!({"includeDeclaration": true});
    }
    p
}

fn wait(child: &mut Child) -> i32 {
    for _ in 0..(HANG_GUARD.as_millis() / 20) {
        if let Ok(Some(s)) = child.try_wait() {
            return s.code().unwrap_or(-1);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    panic!("the server did not exit (hang guard)");
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub const EXP: &str = "searchSpaceFile: search_space.json\ntrialCommand: python3 -m hpo_tools.core.utils.run --config=./trial.ini\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n";
pub const SPACE: &str = r#"{"${lr}": {"_type": "loguniform", "_value": [0.0001, 0.1]}}"#;
pub const INI: &str = "[platform_config]\nname = Local\ncmd1 = python train.py --lr=${lr} --bs=${bs}\n[metric_config]\nmetric_type = stdout\nmetric_source = cmd1\n";

fn uri(s: &Scratch, name: &str) -> String {
    format!("file://{}/{name}", s.dir.display())
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

fn has(code: &'static str) -> impl Fn(&[Value]) -> bool {
    move |d| d.iter().any(|x| x["code"] == code)
}

fn lacks(code: &'static str) -> impl Fn(&[Value]) -> bool {
    move |d| !d.iter().any(|x| x["code"] == code)
}

fn labels(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn unsaved_edit_of_the_search_space_rechecks_the_ini() {
    let s = Scratch::new("lsp-cross");
    s.write("exp.yml", EXP)
        .write("search_space.json", SPACE)
        .write("trial.ini", INI);
    let mut c = Client::start(json!({}));
    let (exp, space, ini) = (
        uri(&s, "exp.yml"),
        uri(&s, "search_space.json"),
        uri(&s, "trial.ini"),
    );
    c.open(&exp, EXP);
    c.open(&space, SPACE);
    c.open(&ini, INI);
    let d = c.diagnostics(&ini, has("HPO702"));
    let undefined = d.iter().find(|x| x["code"] == "HPO702").unwrap();
    assert_eq!(undefined["severity"], 1);
    assert_eq!(undefined["source"], "hpoconf");
    assert!(
        undefined["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with("docs/rules.md#hpo702-undefined-placeholder"),
        "{undefined}"
    );
    assert!(undefined["message"].as_str().unwrap().contains("${bs}"));
    // the range is the `${bs}` itself
    assert_eq!(
        undefined["range"]["start"],
        json!({"line": 2, "character": 39})
    );
    assert_eq!(
        undefined["range"]["end"],
        json!({"line": 2, "character": 44})
    );
    // define `${bs}` in the unsaved search space: the ini's diagnostic goes at once
    let space2 = r#"{"${lr}": {"_type": "loguniform", "_value": [0.0001, 0.1]}, "${bs}": {"_type": "choice", "_value": [16, 32]}}"#;
    c.change_all(&space, 2, space2);
    let d = c.diagnostics(&ini, lacks("HPO702"));
    assert!(!codes(&d).contains(&"HPO702".to_owned()), "{d:?}");
    // and back
    c.change_all(&space, 3, SPACE);
    c.diagnostics(&ini, has("HPO702"));
    let (status, stderr) = c.stop();
    assert_eq!(status, 0, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn files_that_are_not_open_are_read_from_disk() {
    let s = Scratch::new("lsp-disk");
    s.write("exp.yml", EXP).write("search_space.json", SPACE);
    let mut c = Client::start(json!({"debounceMs": 0}));
    // only the ini is open: its exp.yml and search space come from disk
    let ini = uri(&s, "trial.ini");
    c.open(&ini, INI);
    c.diagnostics(&ini, has("HPO702"));
    // an open exp.yml naming a file that does not exist: an error at the reference
    let exp = uri(&s, "exp.yml");
    c.open(&exp, &EXP.replace("search_space.json", "missing.json"));
    let d = c.diagnostics(&exp, |d| !d.is_empty());
    assert!(
        d.iter()
            .any(|x| x["message"].as_str().unwrap_or("").contains("missing.json")),
        "{d:?}"
    );
    c.stop();
}

#[test]
fn configuration_and_inline_suppressions_apply() {
    let s = Scratch::new("lsp-config");
    s.write("exp.yml", EXP)
        .write("search_space.json", SPACE)
        .write(
            "hpoconf.toml",
            "[rules]\nundefined-placeholder = \"info\"\n",
        );
    let mut c = Client::start(json!({"debounceMs": 0}));
    let ini = uri(&s, "trial.ini");
    c.open(&ini, INI);
    let d = c.diagnostics(&ini, has("HPO702"));
    let x = d.iter().find(|x| x["code"] == "HPO702").unwrap();
    assert_eq!(x["severity"], 3, "{x}");
    let suppressed = INI.replace(
        "cmd1 =",
        "# hpoconf: disable-next-line undefined-placeholder\ncmd1 =",
    );
    c.change_all(&ini, 2, &suppressed);
    c.diagnostics(&ini, lacks("HPO702"));
    c.stop();
}

#[test]
fn hover_explains_keys_rules_and_placeholders() {
    let s = Scratch::new("lsp-hover");
    s.write("exp.yml", EXP).write("search_space.json", SPACE);
    let mut c = Client::start(json!({"debounceMs": 0}));
    let (exp, ini) = (uri(&s, "exp.yml"), uri(&s, "trial.ini"));
    c.open(&exp, EXP);
    c.open(&ini, INI);
    c.diagnostics(&ini, has("HPO702"));
    // a key: its documentation from the model
    let h = c.at("textDocument/hover", &exp, 2, 3);
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("trialConcurrency"), "{text}");
    assert!(text.to_lowercase().contains("trials"), "{text}");
    // a placeholder: its domain
    let h = c.at("textDocument/hover", &ini, 2, 29);
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("loguniform"), "{text}");
    // a diagnostic: the rule's explanation
    let h = c.at("textDocument/hover", &ini, 2, 41);
    let text = h["contents"]["value"].as_str().unwrap();
    assert!(text.contains("HPO702 undefined-placeholder"), "{text}");
    c.stop();
}

#[test]
fn completion_offers_keys_values_placeholders_and_class_args() {
    let s = Scratch::new("lsp-complete");
    s.write("search_space.json", SPACE);
    let mut c = Client::start(json!({"debounceMs": 0}));
    let exp = uri(&s, "exp.yml");
    // top-level keys: camelCase only
    c.open(&exp, "trial");
    let l = labels(&c.at("textDocument/completion", &exp, 0, 5));
    assert!(l.contains(&"trialConcurrency".to_owned()), "{l:?}");
    assert!(!l.iter().any(|k| k.contains('_')), "{l:?}");
    // tuner names: every built-in tuner, no assessor
    let text = "tuner:\n  name: \n";
    c.change_all(&exp, 2, text);
    let l = labels(&c.at("textDocument/completion", &exp, 1, 8));
    assert!(
        l.contains(&"TPE".to_owned()) && l.contains(&"BOHB".to_owned()),
        "{l:?}"
    );
    assert!(l.len() >= 16, "{l:?}");
    assert!(!l.contains(&"Medianstop".to_owned()), "{l:?}");
    // assessor names
    c.change_all(&exp, 3, "assessor:\n  name: \n");
    let l = labels(&c.at("textDocument/completion", &exp, 1, 8));
    assert!(
        l.contains(&"Medianstop".to_owned()) && !l.contains(&"TPE".to_owned()),
        "{l:?}"
    );
    // classArgs of the chosen tuner
    c.change_all(
        &exp,
        4,
        "tuner:\n  name: Evolution\n  classArgs:\n    pop\n",
    );
    let l = labels(&c.at("textDocument/completion", &exp, 3, 7));
    assert!(
        l.contains(&"population_size".to_owned()) && l.contains(&"optimize_mode".to_owned()),
        "{l:?}"
    );
    assert!(!l.contains(&"seed".to_owned()), "{l:?}");
    // optimize modes
    c.change_all(
        &exp,
        5,
        "tuner:\n  name: TPE\n  classArgs:\n    optimize_mode: \n",
    );
    let l = labels(&c.at("textDocument/completion", &exp, 3, 19));
    assert_eq!(l, vec!["maximize", "minimize"]);
    // platforms
    c.change_all(&exp, 6, "trainingService:\n  platform: \n");
    let l = labels(&c.at("textDocument/completion", &exp, 1, 12));
    assert!(
        l.contains(&"local".to_owned()) && l.contains(&"remote".to_owned()),
        "{l:?}"
    );
    // `_type`s in a search space
    let space = uri(&s, "search_space.json");
    let text = r#"{"${lr}": {"_type": ""}}"#;
    c.open(&space, text);
    let l = labels(&c.at("textDocument/completion", &space, 0, 20));
    assert!(
        l.contains(&"loguniform".to_owned()) && l.contains(&"choice".to_owned()),
        "{l:?}"
    );
    // placeholders in a trial.ini command, from the search space
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": space}}),
    );
    let ini = uri(&s, "trial.ini");
    c.open(
        &ini,
        "[platform_config]\nname = Local\ncmd1 = python train.py --lr=${\n",
    );
    let items = c.at("textDocument/completion", &ini, 2, 30);
    let l = labels(&items);
    assert!(l.contains(&"${lr}".to_owned()), "{l:?}");
    let lr = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "${lr}")
        .unwrap();
    assert_eq!(
        lr["textEdit"]["range"]["start"],
        json!({"line": 2, "character": 28})
    );
    assert!(lr["detail"].as_str().unwrap().contains("loguniform"));
    c.stop();
}

/// Applies the text edits of a WorkspaceEdit for `uri` to `text` (edits on one line each).
fn apply(text: &str, edit: &Value, uri: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let mut edits = edit["changes"][uri].as_array().unwrap().clone();
    edits.sort_by_key(|e| {
        std::cmp::Reverse((
            e["range"]["start"]["line"].as_u64().unwrap(),
            e["range"]["start"]["character"].as_u64().unwrap(),
        ))
    });
    for e in edits {
        let line = e["range"]["start"]["line"].as_u64().unwrap() as usize;
        let (a, b) = (
            e["range"]["start"]["character"].as_u64().unwrap() as usize,
            e["range"]["end"]["character"].as_u64().unwrap() as usize,
        );
        assert_eq!(line, e["range"]["end"]["line"].as_u64().unwrap() as usize);
        let l = &lines[line];
        let new = format!("{}{}{}", &l[..a], e["newText"].as_str().unwrap(), &l[b..]);
        lines[line] = new;
    }
    lines.join("\n")
}

#[test]
fn code_actions_fix_and_suppress() {
    let s = Scratch::new("lsp-actions");
    s.write("search_space.json", SPACE);
    let mut c = Client::start(json!({"debounceMs": 0}));
    let exp = uri(&s, "exp.yml");
    let text = EXP.replace("name: TPE", "name: TPEE");
    c.open(&exp, &text);
    let d = c.diagnostics(&exp, has("HPO312"));
    let diag = d.iter().find(|x| x["code"] == "HPO312").unwrap().clone();
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": exp}, "range": diag["range"], "context": {"diagnostics": [diag]}}),
    );
    let actions = actions.as_array().unwrap();
    let fix = actions
        .iter()
        .find(|a| a["title"] == "Replace by `TPE`")
        .expect("quick fix");
    assert_eq!(fix["kind"], "quickfix");
    let fixed = apply(&text, &fix["edit"], &exp);
    assert_eq!(fixed, EXP);
    let suppress = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .starts_with("Suppress unknown-algorithm")
        })
        .expect("suppress action");
    let suppressed = apply(&text, &suppress["edit"], &exp);
    assert!(
        suppressed.contains("  # hpoconf: disable-next-line unknown-algorithm\n  name: TPEE"),
        "{suppressed}"
    );
    // the suppression works
    c.change_all(&exp, 2, &suppressed);
    c.diagnostics(&exp, lacks("HPO312"));
    c.stop();
}

#[test]
fn definition_and_references_of_placeholders() {
    let s = Scratch::new("lsp-nav");
    s.write("exp.yml", EXP).write("search_space.json", SPACE);
    let mut c = Client::start(json!({"debounceMs": 0}));
    let (ini, space) = (uri(&s, "trial.ini"), uri(&s, "search_space.json"));
    let text = INI.replace("--bs=${bs}", "--again=${lr}");
    c.open(&ini, &text);
    let def = c.at("textDocument/definition", &ini, 2, 30);
    assert_eq!(def["uri"], space, "{def}");
    assert_eq!(def["range"]["start"], json!({"line": 0, "character": 1}));
    // from the search-space key (open or not): the key and both uses
    let refs = c.at("textDocument/references", &ini, 2, 30);
    assert_eq!(refs.as_array().unwrap().len(), 3, "{refs}");
    c.open(&space, SPACE);
    let refs = c.at("textDocument/references", &space, 0, 3);
    let refs = refs.as_array().unwrap();
    assert_eq!(refs.len(), 3, "{refs:?}");
    assert_eq!(refs.iter().filter(|r| r["uri"] == ini).count(), 2);
    c.stop();
}

#[test]
fn unknown_methods_and_closed_documents() {
    let mut c = Client::start(json!({}));
    let r = c.request_raw("textDocument/formatting", json!({"textDocument": {"uri": "file:///nowhere/exp.yml"}, "options": {"tabSize": 2, "insertSpaces": true}}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // a document that is not open: no answer but null
    let h = c.at("textDocument/hover", "file:///nowhere/exp.yml", 0, 0);
    assert!(h.is_null());
    let (status, _) = c.stop();
    assert_eq!(status, 0);
}

/// One random edit: replace a range of the current text (by character index) with a piece.
#[derive(Debug, Clone)]
struct Edit {
    doc: usize,
    at: usize,
    len: usize,
    text: String,
}

fn edit() -> impl Strategy<Value = Edit> {
    let pieces = prop::sample::select(vec![
        "",
        "\n",
        "  ",
        "${",
        "}",
        "${lr}",
        "${bs",
        ":",
        ": ",
        "- ",
        "[",
        "]",
        "{",
        "\"",
        ",",
        "=",
        "tuner:\n  name: ",
        "classArgs:\n    ",
        "[platform_config]\n",
        "_type",
        "é",
        "\t",
        "#",
        "# hpoconf: disable-next-line\n",
        "searchSpaceFile: x.json\n",
    ]);
    (0..3usize, any::<prop::sample::Index>(), 0..12usize, pieces).prop_map(|(doc, at, len, p)| {
        Edit {
            doc,
            at: at.index(1 << 16),
            len,
            text: p.to_owned(),
        }
    })
}

/// A position (line, UTF-16 unit) of a char index of `text`.
fn position(text: &str, char_index: usize) -> (u32, u32) {
    let (mut line, mut col) = (0u32, 0u32);
    for c in text.chars().take(char_index) {
        if c == '\n' {
            line += 1;
            col = 0;
        } else {
            col += c.len_utf16() as u32;
        }
    }
    (line, col)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random edit sequences over the three files of an experiment: the server never panics,
    /// answers every request, and its last diagnostics are those of the final texts.
    #[test]
    fn random_edits_keep_the_server_responsive(edits in prop::collection::vec(edit(), 1..40)) {
        let s = Scratch::new("lsp-prop");
        let uris = [uri(&s, "exp.yml"), uri(&s, "search_space.json"), uri(&s, "trial.ini")];
        let mut texts = [EXP.to_owned(), SPACE.to_owned(), INI.to_owned()];
        let mut c = Client::start(json!({"debounceMs": 1}));
        for (u, t) in uris.iter().zip(&texts) {
            c.open(u, t);
        }
        for (n, e) in edits.iter().enumerate() {
            let t = &mut texts[e.doc];
            let chars: Vec<char> = t.chars().collect();
            // CR LF is one line break for both sides only when kept whole: edit by chars
            let at = e.at % (chars.len() + 1);
            let end = (at + e.len).min(chars.len());
            let (sl, sc) = position(t, at);
            let (el, ec) = position(t, end);
            let new: String = chars[..at].iter().chain(e.text.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
            c.notify("textDocument/didChange", json!({
                "textDocument": {"uri": uris[e.doc], "version": n + 2},
                "contentChanges": [{"range": {"start": {"line": sl, "character": sc}, "end": {"line": el, "character": ec}}, "text": e.text}],
            }));
            *t = new;
            if n % 5 == 0 {
                let line = (e.at % 4) as u32;
                for m in ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references"] {
                    let r = c.request_raw(m, params(m, &uris[e.doc], line, e.len as u32));
                    prop_assert!(r.get("error").is_none(), "{m}: {r}");
                }
                let r = c.request_raw("textDocument/codeAction", json!({"textDocument": {"uri": uris[e.doc]}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}, "context": {"diagnostics": []}}));
                prop_assert!(r.get("error").is_none(), "{r}");
            }
        }
        // the server's texts are the client's: a hover on each answers, and a check of the
        // final texts (one full replacement, same text) publishes nothing new unless needed
        for (u, t) in uris.iter().zip(&texts) {
            c.change_all(u, 1000, t);
        }
        let (status, stderr) = c.stop();
        prop_assert_eq!(status, 0);
        prop_assert!(!stderr.contains("panicked"), "{}", stderr);
    }
}

/// The editor schema's tuner and assessor enums (src/schema/hints.rs) are the algorithm table's
/// built-ins (src/rules/exp_yml/algorithms.rs), and the snake_case aliases are not offered.
#[test]
fn schema_algorithm_names_match_the_rules_table() {
    use hpoconf::rules::exp_yml::algorithms::{AlgoKind, BUILTINS};
    let schema =
        hpoconf::schema::schema_for(hpoconf::Kind::ExpYml, hpoconf::schema::Draft::Draft07);
    for (def, kind) in [
        ("TunerAlgorithm", AlgoKind::Tuner),
        ("AssessorAlgorithm", AlgoKind::Assessor),
    ] {
        let names: Vec<&str> = schema["definitions"][def]["properties"]["name"]["anyOf"][0]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let table: Vec<&str> = BUILTINS
            .iter()
            .filter(|b| b.kind == kind)
            .map(|b| b.name)
            .collect();
        assert_eq!(names, table, "{def}");
    }
    assert_eq!(
        schema["properties"]["tuner"]["anyOf"][0]["$ref"],
        "#/definitions/TunerAlgorithm"
    );
    assert_eq!(
        schema["properties"]["assessor"]["anyOf"][0]["$ref"],
        "#/definitions/AssessorAlgorithm"
    );
    assert_eq!(
        schema["properties"]["trial_concurrency"]["doNotSuggest"],
        true
    );
    assert!(
        schema["properties"]["trialConcurrency"]
            .get("doNotSuggest")
            .is_none()
    );
    assert!(schema["properties"]["trialConcurrency"]["markdownDescription"].is_string());
}
