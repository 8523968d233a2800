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
        })
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
            .field("parsed", &self.parsed)
            .finish()
    }
}

impl Document {
    /// Parses a whole file as `kind`.
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
        Document {
            kind,
            file,
            embedded: None,
            prefix: String::new(),
            parsed,
            members: MemberIndex::default(),
        }
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
            follows: None,
        }
    }

    /// Resolves a rule finding to a diagnostic.
    pub fn resolve(&self, f: Finding) -> Diagnostic {
        let span = f.span.unwrap_or_else(|| self.locate(&f.pointer, f.target));
        let severity = f.severity.unwrap_or(f.rule.severity);
        let follows = f
            .follows
            .map(|(c, p)| (c.to_owned(), format!("{}{p}", self.prefix)));
        let mut d = self.diagnostic(f.rule, severity, &f.pointer, span, f.message, f.help);
        d.follows = follows;
        d
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
            out.push_str(&source::shorten::shorten(part, MAX_QUOTED_CHARS + 1));
        } else if part.chars().count() > MAX_QUOTED_CHARS * 8 {
            out.push_str(&source::shorten::shorten(part, MAX_QUOTED_CHARS * 8 + 1));
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
    crate::diagnostic::drop_consequences(&mut diagnostics);
    diagnostics.sort_by(|a, b| {
        (a.line, a.column, &a.code, &a.pointer, &a.message)
            .cmp(&(b.line, b.column, &b.code, &b.pointer, &b.message))
    });
    diagnostics.dedup();
    FileReport {
        path: path.to_owned(),
        kind,
        diagnostics,
    }
}

/// Runs everything that applies to one document (syntax, shape, the kind's rules, and the
/// documents embedded in it) and appends the diagnostics.
pub fn check_document(doc: &Document, out: &mut Vec<Diagnostic>) {
    let first = out.len();
    for p in doc.parsed.problems.iter().cloned() {
        out.push(doc.syntax(p));
    }
    if let Some(root) = doc.root() {
        let mut findings = Vec::new();
        crate::rules::check_kind(doc, root, &mut findings, out);
        out.extend(findings.into_iter().map(|f| doc.resolve(f)));
    }
    let Some(new) = out.get_mut(first..).filter(|new| !new.is_empty()) else {
        // no diagnostic: nothing to scrub, so no walk over the tree and the text for secrets
        return;
    };
    // Never print a secret, whatever rule wrote the message (SPEC.md §4), also when the text
    // could not be read into a tree or the secret's entry was dropped from it (a syntax error
    // on its line, a duplicate key): the text's `key: value` lines give those.
    let mut secrets = doc.root().map(crate::secrets::collect).unwrap_or_default();
    secrets.extend(crate::secrets::collect_from_text(doc.text()));
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    secrets.dedup();
    scrub(new, &secrets);
}

/// `secrets::scrub`, giving each diagnostic only the secrets that can change it: those that
/// occur in its message or help, and those containing `*` (which a replacement by `***` could
/// make appear), in the order given, so the result is the same. `scrub` alone tries every secret
/// on every text: with one password per remote machine and one diagnostic per machine, that was
/// quadratic (70% of the check of an exp.yml with 1,000 machines). Here each text is scanned
/// once per distinct secret length.
fn scrub(diagnostics: &mut [Diagnostic], secrets: &[String]) {
    if secrets.len() <= 16 {
        crate::secrets::scrub(diagnostics, secrets);
        return;
    }
    let starred: Vec<usize> = (0..secrets.len())
        .filter(|i| secrets.get(*i).is_some_and(|s| s.contains('*')))
        .collect();
    let mut wanted: std::collections::HashMap<&[u8], usize> =
        std::collections::HashMap::with_capacity(secrets.len());
    for (i, s) in secrets.iter().enumerate() {
        wanted.entry(s.as_bytes()).or_insert(i);
    }
    let mut lengths: Vec<usize> = secrets.iter().map(String::len).filter(|l| *l > 0).collect();
    lengths.sort_unstable();
    lengths.dedup();
    for d in diagnostics.iter_mut() {
        let mut found = starred.clone();
        for text in std::iter::once(d.message.as_str()).chain(d.help.as_deref()) {
            let bytes = text.as_bytes();
            for &len in lengths.iter().take_while(|l| **l <= bytes.len()) {
                found.extend(bytes.windows(len).filter_map(|w| wanted.get(w).copied()));
            }
        }
        if found.is_empty() {
            continue;
        }
        found.sort_unstable();
        found.dedup();
        let subset: Vec<String> = found
            .iter()
            .filter_map(|i| secrets.get(*i).cloned())
            .collect();
        crate::secrets::scrub(std::slice::from_mut(d), &subset);
    }
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
