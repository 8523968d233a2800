//! `hpoconf server`: the Language Server Protocol over stdio (`server` feature), on
//! `lsp-server` and `lsp-types` (docs/dependencies.md says why).
//!
//! The open documents are the editor's unsaved text; every check runs the pipeline on all of
//! them together, with the files they name (and the exp.yml beside an open search space or
//! trial.ini) read from disk, so that an edit to one file of an experiment republishes the
//! diagnostics of the others at once. Checks are debounced: a change waits for a quiet
//! moment (`initializationOptions.debounceMs`, default 15 ms) and requests see the latest
//! text and diagnostics.
//!
//! - [`state`]: documents, the filesystem host, the experiment of a document;
//! - [`diagnostics`]: hpoconf's diagnostics as LSP's;
//! - [`hover`], [`completion`], [`actions`], [`navigation`]: the features;
//! - [`context`], [`schema_nav`]: where the cursor is, and what the schema says there.

pub(crate) mod actions;
pub(crate) mod completion;
pub(crate) mod context;
pub(crate) mod diagnostics;
pub(crate) mod hover;
pub(crate) mod navigation;
pub(crate) mod schema_nav;
pub(crate) mod state;
pub(crate) mod text;

use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    CompletionParams, GotoDefinitionParams, GotoDefinitionResponse, HoverParams,
    HoverProviderCapability, InitializeParams, OneOf, PublishDiagnosticsParams, ReferenceParams,
    SaveOptions, ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use serde_json::Value;

use state::{Doc, State};

/// The default quiet time before a check.
const DEBOUNCE: Duration = Duration::from_millis(15);

/// Stack of the thread that checks (checking recurses with a document's nesting depth).
const STACK: usize = 64 * 1024 * 1024;

/// Runs the server on stdin and stdout until the client says `exit`; the exit status (0 after
/// `shutdown`, 1 otherwise, as the protocol has it; 2 when the connection fails).
pub fn run() -> u8 {
    let (connection, io) = Connection::stdio();
    let worker = std::thread::Builder::new()
        .name("hpoconf-server".to_owned())
        .stack_size(STACK)
        .spawn(move || serve(connection));
    let status = match worker.map(|w| w.join()) {
        Ok(Ok(Ok(clean))) => u8::from(!clean),
        Ok(Ok(Err(e))) => {
            eprintln!("hpoconf server: {e}");
            2
        }
        _ => 2,
    };
    drop(io);
    status
}

/// Serves one connection: the initialize handshake, then messages until `exit`. Returns
/// whether `shutdown` came before `exit`.
pub fn serve(connection: Connection) -> Result<bool, String> {
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(["{", "$", ":", "\"", " ", "["].map(str::to_owned).to_vec()),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    };
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let init: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let debounce = init
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("debounceMs"))
        .and_then(Value::as_u64)
        .map_or(DEBOUNCE, Duration::from_millis);
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": ServerInfo {
            name: "hpoconf".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection: &connection,
        state: State::default(),
        due: None,
        debounce,
    };
    server.main_loop()
}

struct Server<'a> {
    connection: &'a Connection,
    state: State,
    /// When the pending check is due (`None`: nothing changed since the last).
    due: Option<Instant>,
    debounce: Duration,
}

impl Server<'_> {
    fn main_loop(&mut self) -> Result<bool, String> {
        loop {
            let msg = match self.due {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(m) => Some(m),
                        Err(e) if e.is_timeout() => None,
                        Err(_) => return Ok(false),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(m) => Some(m),
                    Err(_) => return Ok(false),
                },
            };
            let Some(msg) = msg else {
                self.flush();
                continue;
            };
            match msg {
                Message::Request(r) => {
                    if self
                        .connection
                        .handle_shutdown(&r)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(true);
                    }
                    self.flush();
                    let id = r.id.clone();
                    let response = std::panic::catch_unwind(AssertUnwindSafe(|| self.request(r)))
                        .unwrap_or_else(|_| {
                            Response::new_err(
                                id,
                                ErrorCode::InternalError as i32,
                                "hpoconf server: internal error".to_owned(),
                            )
                        });
                    self.send(Message::Response(response));
                }
                Message::Notification(n) => {
                    if n.method == note::Exit::METHOD {
                        return Ok(false);
                    }
                    let _ = std::panic::catch_unwind(AssertUnwindSafe(|| self.notification(n)));
                }
                Message::Response(_) => {}
            }
        }
    }

    fn send(&self, msg: Message) {
        let _ = self.connection.sender.send(msg);
    }

    fn changed(&mut self) {
        if self.debounce.is_zero() {
            self.due = None;
            self.check_and_publish();
        } else {
            self.due = Some(Instant::now() + self.debounce);
        }
    }

    /// Runs the pending check, if any.
    fn flush(&mut self) {
        if self.due.take().is_some() {
            self.check_and_publish();
        }
    }

    fn check_and_publish(&mut self) {
        let checked = std::panic::catch_unwind(AssertUnwindSafe(|| self.state.check()));
        let Ok(checked) = checked else { return };
        for (uri, version, diags) in checked {
            let Some(doc) = self.state.doc(&uri) else {
                continue;
            };
            let lsp: Vec<lsp_types::Diagnostic> = diags
                .iter()
                .map(|d| diagnostics::to_lsp(d, &doc.text, &doc.lines))
                .collect();
            if self.state.published.get(&uri) == Some(&lsp) {
                continue;
            }
            self.publish(&uri, lsp.clone(), version);
            self.state.published.insert(uri, lsp);
        }
    }

    fn publish(&self, uri: &str, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let Ok(uri) = uri.parse::<Uri>() else { return };
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Message::Notification(Notification::new(
            note::PublishDiagnostics::METHOD.to_owned(),
            params,
        )));
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            note::DidOpenTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidOpenTextDocumentParams>(
                    note::DidOpenTextDocument::METHOD,
                ) else {
                    return;
                };
                let uri = p.text_document.uri.as_str().to_owned();
                self.state.published.remove(&uri);
                self.state.docs.insert(
                    uri.clone(),
                    Doc::new(uri, p.text_document.text, p.text_document.version),
                );
                self.changed();
            }
            note::DidChangeTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(
                    note::DidChangeTextDocument::METHOD,
                ) else {
                    return;
                };
                let uri = p.text_document.uri.as_str();
                let Some(doc) = self.state.docs.get_mut(uri) else {
                    return;
                };
                for c in p.content_changes {
                    text::apply_change(&mut doc.text, c.range, &c.text);
                }
                doc.lines = text::Lines::new(&doc.text);
                doc.version = p.text_document.version;
                self.changed();
            }
            note::DidCloseTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidCloseTextDocumentParams>(
                    note::DidCloseTextDocument::METHOD,
                ) else {
                    return;
                };
                let uri = p.text_document.uri.as_str();
                self.state.docs.remove(uri);
                self.state.diagnostics.remove(uri);
                if self.state.published.remove(uri).is_some() {
                    self.publish(uri, Vec::new(), None);
                }
                self.changed();
            }
            note::DidSaveTextDocument::METHOD | note::DidChangeWatchedFiles::METHOD => {
                // the disk changed: the files read from it may have
                self.changed();
            }
            _ => {}
        }
    }

    fn request(&mut self, r: Request) -> Response {
        let id = r.id.clone();
        let result = match r.method.as_str() {
            req::HoverRequest::METHOD => r
                .extract::<HoverParams>(req::HoverRequest::METHOD)
                .ok()
                .map(|(_, p)| {
                    let pos = p.text_document_position_params;
                    self.at(&pos.text_document.uri, pos.position, |s, d, o| {
                        serde_json::to_value(hover::hover(s, d, o))
                    })
                }),
            req::Completion::METHOD => r
                .extract::<CompletionParams>(req::Completion::METHOD)
                .ok()
                .map(|(_, p)| {
                    let pos = p.text_document_position;
                    self.at(&pos.text_document.uri, pos.position, |s, d, o| {
                        serde_json::to_value(completion::complete(s, d, o))
                    })
                }),
            req::CodeActionRequest::METHOD => {
                // only the document and the range are read: a client's context (the
                // diagnostics as it keeps them) is not needed, and not required to be exact
                let uri = r.params["textDocument"]["uri"].as_str().unwrap_or("");
                let range = serde_json::from_value::<lsp_types::Range>(r.params["range"].clone());
                Some(range.and_then(|range| {
                    let out = match (self.state.doc(uri), self.state.diagnostics.get(uri)) {
                        (Some(doc), Some(diags)) => actions::actions(doc, diags, range),
                        _ => Vec::new(),
                    };
                    serde_json::to_value(out)
                }))
            }
            req::GotoDefinition::METHOD => r
                .extract::<GotoDefinitionParams>(req::GotoDefinition::METHOD)
                .ok()
                .map(|(_, p)| {
                    let pos = p.text_document_position_params;
                    self.at(&pos.text_document.uri, pos.position, |s, d, o| {
                        serde_json::to_value(
                            navigation::definition(s, &d.path, &d.text, o)
                                .map(GotoDefinitionResponse::Scalar),
                        )
                    })
                }),
            req::References::METHOD => r
                .extract::<ReferenceParams>(req::References::METHOD)
                .ok()
                .map(|(_, p)| {
                    let decl = p.context.include_declaration;
                    let pos = p.text_document_position;
                    self.at(&pos.text_document.uri, pos.position, |s, d, o| {
                        serde_json::to_value(navigation::references(s, &d.path, &d.text, o, decl))
                    })
                }),
            _ => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("hpoconf server: no method {}", r.method),
                );
            }
        };
        match result {
            Some(Ok(v)) => Response::new_ok(id, v),
            _ => Response::new_err(
                id,
                ErrorCode::InvalidParams as i32,
                "hpoconf server: invalid parameters".to_owned(),
            ),
        }
    }

    /// Runs `f` on the open document at `uri` and the byte offset of `pos` (`null` when the
    /// document is not open).
    fn at(
        &self,
        uri: &Uri,
        pos: lsp_types::Position,
        f: impl FnOnce(&State, &Doc, usize) -> serde_json::Result<Value>,
    ) -> serde_json::Result<Value> {
        match self.state.doc(uri.as_str()) {
            Some(doc) => {
                let offset = doc.lines.offset(&doc.text, pos);
                f(&self.state, doc, offset)
            }
            None => Ok(Value::Null),
        }
    }
}
