//! The check pipeline: text -> source tree -> shape -> rules -> located diagnostics.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::diagnostic::{Diagnostic, Severity};
use crate::kind::{self, Kind};
use crate::rules::{self, Finding, Rule};
use crate::source::embedded::OffsetMap;
use crate::source::pointer::{self, Target};
use crate::source::{self, LineIndex, Node, Span, SyntaxProblem};

/// The text of one file and its line index, shared by every document found in it. Its `Debug`
/// shows the text's length, not the text (which may hold secrets, SPEC.md §4).
pub struct FileText {
    /// The file's name or path, as reported.
    pub path: String,
    /// The decoded text (BOM removed).
    pub text: String,
    /// Line index of `text`.
    pub lines: LineIndex,
    /// Where the file's secrets are (SPEC.md §4), set when the file is read as a document
    /// ([`Document::whole`], its embedded documents included).
    secrets: std::sync::OnceLock<crate::secrets::FileSecrets>,
}

impl std::fmt::Debug for FileText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileText")
            .field("path", &self.path)
            .field("text", &format_args!("<{} bytes>", self.text.len()))
            .field("lines", &self.lines.line_count())
            .finish()
    }
}

impl FileText {
    /// Wraps a file's decoded text.
    pub fn new(path: impl Into<String>, text: String) -> Arc<FileText> {
        let lines = LineIndex::new(&text);
        Arc::new(FileText {
            path: path.into(),
            text,
            lines,
            secrets: std::sync::OnceLock::new(),
        })
    }

    /// The file's secrets: where they are and their values (none before the file is read as a
    /// document).
    pub fn secrets(&self) -> &crate::secrets::FileSecrets {
        static NONE: std::sync::LazyLock<crate::secrets::FileSecrets> =
            std::sync::LazyLock::new(crate::secrets::FileSecrets::default);
        self.secrets.get().unwrap_or(&NONE)
    }

    /// The text as a snippet may show it: every secret span replaced by `*`s of the same
    /// length.
    pub fn masked_text(&self) -> std::borrow::Cow<'_, str> {
        self.secrets().mask_text(&self.text)
    }
}

/// One document: a whole file, or a document embedded in a string of another (a
/// GetHpoExperiment's `ConfigYml`, `ConfigIni` or `SearchSpace`). Its `Debug` leaves out the
/// texts (secrets, SPEC.md §4); the tree's `Debug` masks secret values.
pub struct Document {
    /// Its kind.
    pub kind: Kind,
    /// The file it lives in.
    pub file: Arc<FileText>,
    /// For an embedded document: its own (unescaped) text and the map from its offsets to the
    /// file's. `None` for a whole file (the document's text is the file's).
    pub embedded: Option<(String, OffsetMap)>,
    /// Pointer of the embedding string member in the file (`""` for a whole file).
    pub prefix: String,
    /// The parse.
    pub parsed: source::Parsed,
    /// The documents embedded in this one's strings (a GetHpoExperiment's `ConfigYml`,
    /// `ConfigIni`, `SearchSpace`), read with it.
    pub inner: Vec<Document>,
    /// Indexes of the large objects of the tree, built when a pointer is first located in them.
    members: MemberIndex,
}

/// Objects with more members than this are indexed for [`Document::locate`].
const INDEXED_OBJECT: usize = 32;

/// Key -> member position of the large objects of a document, by the address of their member
/// list (stable: the tree is not modified once parsed). Without it, locating one diagnostic per
/// member of an object of n members took n² key comparisons (minutes for 50,000 unknown keys).
/// Each index is the member positions sorted by key, 4 bytes a member (a map of copied keys was
/// the peak memory of checking a 10 MB search space).
#[derive(Debug, Default)]
struct MemberIndex(Mutex<HashMap<usize, Vec<u32>>>);

impl MemberIndex {
    fn find(&self, members: &[source::Member], key: &str) -> Option<usize> {
        if members.len() <= INDEXED_OBJECT {
            return members.iter().position(|m| m.key == key);
        }
        let key_at = |i: u32| members.get(i as usize).map_or("", |m| m.key.as_str());
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let index = cache.entry(members.as_ptr() as usize).or_insert_with(|| {
            let mut index: Vec<u32> = (0..members.len())
                .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
                .collect();
            // stable: of equal keys, the first member comes first
            index.sort_by(|&a, &b| key_at(a).cmp(key_at(b)));
            index
        });
        let at = index.partition_point(|&i| key_at(i) < key);
        index
            .get(at)
            .filter(|&&i| key_at(i) == key)
            .map(|&i| i as usize)
    }
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("kind", &self.kind)
            .field("file", &self.file)
            .field("embedded", &self.embedded.as_ref().map(|(t, _)| t.len()))
            .field("prefix", &self.prefix)
            .field("parsed", &DebugParsed(self))
            .finish()
    }
}

/// A document's parse, its `Debug` masking the file's secret spans (for a whole file: its
/// embedded documents' too).
struct DebugParsed<'a>(&'a Document);

impl std::fmt::Debug for DebugParsed<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        match d.embedded {
            None if !d.file.secrets().spans().is_empty() => {
                d.parsed.debug_masking(d.file.secrets().spans(), f)
            }
            _ => d.parsed.fmt(f),
        }
    }
}

impl Document {
    /// Parses a whole file as `kind`, with the documents embedded in it, and finds the file's
    /// secrets (kept with the file: [`FileText::secrets`]).
    pub fn whole(kind: Kind, file: Arc<FileText>) -> Document {
        let format = kind::format_of(kind, &file.path);
        let mut parsed = source::parse(format, &file.text);
        if kind == Kind::SearchSpace
            && parsed.root.is_none()
            && format == kind::Format::Json
            && !file.text.contains('\t')
        {
            // NNI reads a search space that is not strict JSON through its YAML loader, so
            // trailing commas work there: accept them, with a warning. (With a tab in the
            // file the YAML loader fails too, and so does NNI: then it stays an error.)
            if let Some(lenient) = source::json::parse_allowing_trailing_commas(&file.text) {
                parsed = lenient;
            }
        }
        let mut doc = Document {
            kind,
            file,
            embedded: None,
            prefix: String::new(),
            parsed,
            inner: Vec::new(),
            members: MemberIndex::default(),
        };
        if kind == Kind::GetHpoExperiment {
            doc.inner = rules::get_hpo::embedded::read(&doc);
        }
        // The file's secrets, once: this document's spans and its embedded documents' (in file
        // coordinates), and the values as the embedded documents read them (unescaped).
        let mut spans = doc.parsed.secrets.clone();
        let mut extra = Vec::new();
        for d in &doc.inner {
            spans.extend(d.parsed.secrets.iter().map(|s| d.file_span(*s)));
            extra.extend(source::secrets::values(d.text(), &d.parsed.secrets));
        }
        let secrets = crate::secrets::FileSecrets::new(&doc.file.text, spans, extra);
        // (a file read twice as a document keeps its first secrets: the same)
        let _ = doc.file.secrets.set(secrets);
        doc
    }

    /// Parses `text`, embedded at `prefix` in `file` through `map`, as `kind`.
    pub fn embedded(
        kind: Kind,
        file: Arc<FileText>,
        prefix: String,
        text: String,
        map: OffsetMap,
    ) -> Document {
        let parsed = source::parse(kind.format(), &text);
        Document {
            kind,
            file,
            embedded: Some((text, map)),
            prefix,
            parsed,
            inner: Vec::new(),
            members: MemberIndex::default(),
        }
    }

    /// The document's own text.
    pub fn text(&self) -> &str {
        match &self.embedded {
            Some((t, _)) => t,
            None => &self.file.text,
        }
    }

    /// The root of the data, if the text could be read.
    pub fn root(&self) -> Option<&Node> {
        self.parsed.root.as_ref()
    }

    /// Turns a span of the document's text into a span of the file's text.
    pub fn file_span(&self, span: Span) -> Span {
        match &self.embedded {
            Some((_, map)) => map.map_span(span),
            None => span,
        }
    }

    /// The span of `pointer` (within the document) in the document's text.
    pub fn locate(&self, pointer: &str, target: Target) -> Span {
        match self.root() {
            Some(root) => pointer::locate_with(root, pointer, target, &mut |members, key| {
                self.members.find(members, key)
            }),
            None => Span::at(0),
        }
    }

    /// Builds a located diagnostic.
    pub fn diagnostic(
        &self,
        rule: &Rule,
        severity: Severity,
        pointer: &str,
        span: Span,
        message: String,
        help: Option<String>,
    ) -> Diagnostic {
        // Never print a secret, whatever rule wrote the message (SPEC.md §4): the file's secret
        // values are masked before quoted values are shortened (a cut secret is still masked).
        let secrets = self.file.secrets();
        let message = secrets.mask(&message);
        let help = help.map(|h| secrets.mask(&h));
        let fspan = self.file_span(span);
        let text = &self.file.text;
        let (line, column) = self.file.lines.position(text, fspan.start());
        let (end_line, end_column) = self.file.lines.position(text, fspan.end());
        Diagnostic {
            code: rule.code.to_owned(),
            name: rule.name.to_owned(),
            severity,
            message: shorten_quoted(&message),
            pointer: format!("{}{}", self.prefix, pointer),
            line,
            column,
            end_line,
            end_column,
            help: help.map(|h| shorten_quoted(&h)),
            byte_start: fspan.start(),
            byte_end: fspan.end(),
        }
    }

    /// Resolves a rule finding to a diagnostic.
    pub fn resolve(&self, f: Finding) -> Diagnostic {
        let span = f.span.unwrap_or_else(|| self.locate(&f.pointer, f.target));
        let severity = f.severity.unwrap_or(f.rule.severity);
        self.diagnostic(f.rule, severity, &f.pointer, span, f.message, f.help)
    }

    /// Resolves a syntax problem to a diagnostic.
    pub fn syntax(&self, p: SyntaxProblem) -> Diagnostic {
        let rule = rules::syntax::rule_for(p.kind);
        self.diagnostic(rule, rule.severity, &p.pointer, p.span, p.message, p.help)
    }
}

/// Longest value quoted whole in a message; longer ones are cut (`aaaa…`).
const MAX_QUOTED_CHARS: usize = 100;

/// Messages quote values between backticks; a rule may quote whatever the file holds, so a
/// 10 MB value would make a 10 MB message. Every quoted value longer than
/// [`MAX_QUOTED_CHARS`] is cut here, whichever rule wrote the message.
fn shorten_quoted(message: &str) -> String {
    if message.len() <= MAX_QUOTED_CHARS * 4 {
        return message.to_owned();
    }
    let mut out = String::with_capacity(message.len().min(1024));
    for (i, part) in message.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        // odd parts are inside backticks
        if i % 2 == 1 && part.chars().count() > MAX_QUOTED_CHARS {
            out.extend(part.chars().take(MAX_QUOTED_CHARS));
            out.push('…');
        } else if part.chars().count() > MAX_QUOTED_CHARS * 8 {
            out.extend(part.chars().take(MAX_QUOTED_CHARS * 8));
            out.push('…');
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The result of checking one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The path as given (or relative to the folder given).
    pub path: String,
    /// The detected or forced kind; `None` when the kind could not be told.
    pub kind: Option<Kind>,
    /// Every finding, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// The path's bytes, when it is not valid UTF-8 (`path` is then its lossy form): the JSON
    /// report gives them as `path_bytes`.
    pub path_bytes: Option<Vec<u8>>,
}

impl FileReport {
    /// Number of diagnostics of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Checks one document given as text. `kind` forces the kind; otherwise it is detected from
/// `name` and the text (a file of no known kind gets no diagnostics and `kind: None`).
pub fn check_str(name: &str, text: &str, kind: Option<Kind>) -> FileReport {
    // already UTF-8: only the BOM to strip (as `source::decode` does)
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_decoded(name, text.to_owned(), None, kind)
}

/// Checks one document given as bytes (invalid UTF-8 is a located finding).
pub fn check_bytes(name: &str, bytes: &[u8], kind: Option<Kind>) -> FileReport {
    let (text, encoding_problem) = source::decode(bytes);
    check_decoded(name, text, encoding_problem, kind)
}

/// Checks one document given as owned bytes, as [`check_bytes`] does, without copying them:
/// the text is the same buffer (the check's peak memory is then the file once, not twice).
pub fn check_owned(name: &str, bytes: Vec<u8>, kind: Option<Kind>) -> FileReport {
    let (text, encoding_problem) = source::decode_owned(bytes);
    check_decoded(name, text, encoding_problem, kind)
}

fn check_decoded(
    name: &str,
    text: String,
    encoding_problem: Option<source::SyntaxProblem>,
    kind: Option<Kind>,
) -> FileReport {
    let Some(kind) = kind.or_else(|| kind::detect(name, &text)) else {
        return FileReport {
            path: name.to_owned(),
            kind: None,
            diagnostics: Vec::new(),
            path_bytes: None,
        };
    };
    let file = FileText::new(name, text);
    let doc = Document::whole(kind, file);
    let mut diagnostics = Vec::new();
    if let Some(p) = encoding_problem {
        diagnostics.push(doc.syntax(p));
    }
    check_document(&doc, &mut diagnostics);
    finish(name, Some(kind), diagnostics)
}

/// Sorts diagnostics by position (then code) and removes exact duplicates.
pub fn finish(path: &str, kind: Option<Kind>, mut diagnostics: Vec<Diagnostic>) -> FileReport {
    diagnostics.sort_by(|a, b| {
        (a.line, a.column, &a.code, &a.pointer, &a.message)
            .cmp(&(b.line, b.column, &b.code, &b.pointer, &b.message))
    });
    diagnostics.dedup();
    FileReport {
        path: path.to_owned(),
        kind,
        diagnostics,
        path_bytes: None,
    }
}

/// Runs everything that applies to one document (syntax, shape, the kind's rules, and the
/// documents embedded in it) and appends the diagnostics.
pub fn check_document(doc: &Document, out: &mut Vec<Diagnostic>) {
    for p in doc.parsed.problems.iter().cloned() {
        out.push(doc.syntax(p));
    }
    if let Some(root) = doc.root() {
        let mut findings = Vec::new();
        crate::rules::check_kind(doc, root, &mut findings, out);
        out.extend(findings.into_iter().map(|f| doc.resolve(f)));
    }
    // (every diagnostic is masked of the file's secrets when it is built:
    // `Document::diagnostic`)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_values_are_cut() {
        let long = "a".repeat(10_000);
        let m = shorten_quoted(&format!("platform `{long}` is not known; use `Local`"));
        assert!(m.len() < 200, "{m}");
        assert!(m.ends_with("is not known; use `Local`"), "{m}");
        assert_eq!(shorten_quoted("short `x`"), "short `x`");
    }
}
