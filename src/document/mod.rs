//! Documents: a file's text and line index ([`FileText`]), one parsed document of it
//! ([`Document`]: a whole file, or a document embedded in a string of another), how a finding in
//! it is located ([`Document::resolve`]), and the result of checking a file ([`FileReport`]).
//!
//! This module sits between the readers ([`crate::source`]) and the rules: it knows trees,
//! spans and findings, never which rules run (that is [`crate::pipeline`]'s).

pub mod syntax;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::diagnostic::{Diagnostic, Severity};
use crate::finding::{Finding, Rule};
use crate::fix::{FileEdit, FileFix, Fix, Target as FixTarget};
use crate::kind::{self, Kind};
use crate::source::embedded::OffsetMap;
use crate::source::path::NodePath;
use crate::source::pointer::Target;
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
    /// Path of the embedding string member in the file (the root for a whole file).
    pub prefix: NodePath,
    /// The parse.
    pub parsed: source::Parsed,
    /// The documents embedded in this one's strings (a GetHpoExperiment's `ConfigYml`,
    /// `ConfigIni`, `SearchSpace`), read with it.
    pub inner: Vec<Document>,
    /// Indexes of the large objects of the tree, built when a pointer is first located in them.
    members: MemberIndex,
    /// For an NNI v1 exp.yml: its conversion to v2 (what the rules check; see [`crate::convert`]).
    pub v1: Option<Box<crate::convert::Converted>>,
}

/// Objects of at most this many members are searched for other spellings of a key a fix
/// renames to.
const FOLD_CHECKED: usize = 1024;

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
        let v1 = convert_v1(kind, &parsed);
        let mut doc = Document {
            kind,
            file,
            embedded: None,
            prefix: NodePath::root(),
            parsed,
            inner: Vec::new(),
            members: MemberIndex::default(),
            v1,
        };
        doc.inner = embedded_documents(&doc);
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
        prefix: NodePath,
        text: String,
        map: OffsetMap,
    ) -> Document {
        let parsed = source::parse(kind.format(), &text);
        let v1 = convert_v1(kind, &parsed);
        Document {
            kind,
            file,
            embedded: Some((text, map)),
            prefix,
            parsed,
            inner: Vec::new(),
            members: MemberIndex::default(),
            v1,
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

    /// The tree the rules check: the data, or for an NNI v1 exp.yml its conversion to v2
    /// (`None` when NNI 3.0 cannot convert it). Its spans are in the document's text.
    pub fn checked_root(&self) -> Option<&Node> {
        match &self.v1 {
            Some(c) => c.root.as_ref(),
            None => self.root(),
        }
    }

    /// Turns a span of the document's text into a span of the file's text.
    pub fn file_span(&self, span: Span) -> Span {
        match &self.embedded {
            Some((_, map)) => map.map_span(span),
            None => span,
        }
    }

    /// `path` (within the document) as the JSON Pointer of the file: the embedding member's
    /// path, then `path`. Pointer strings are made here, for output only.
    pub fn file_pointer(&self, path: &NodePath) -> String {
        if self.prefix.is_empty() {
            path.to_pointer()
        } else {
            format!("{}{path}", self.prefix)
        }
    }

    /// The span of the node at `path` (within the document) in the document's text (of the
    /// deepest node that exists when the path goes further than the tree).
    pub fn locate(&self, path: &NodePath, target: Target) -> Span {
        match self.root() {
            Some(root) => path
                .locate_exact_with(root, target, &mut |members, key| {
                    self.members.find(members, key)
                })
                .unwrap_or_else(|deepest| deepest),
            None => Span::at(0),
        }
    }

    /// [`Document::locate`] of a finding's path: one that names nothing is counted
    /// ([`crate::work::Counter::InexactLocations`]; a test failure) and located at the deepest
    /// node that exists.
    fn locate_finding(
        root: Option<&Node>,
        path: &NodePath,
        target: Target,
        doc: &Document,
    ) -> Span {
        let Some(root) = root else {
            return Span::at(0);
        };
        path.locate_exact_with(root, target, &mut |members, key| {
            doc.members.find(members, key)
        })
        .unwrap_or_else(|deepest| {
            crate::work::add(crate::work::Counter::InexactLocations, 1);
            deepest
        })
    }

    /// Builds a located diagnostic, its path (within the document) written as the JSON
    /// Pointer of the file (after the embedding member's, for an embedded document).
    pub fn diagnostic(
        &self,
        rule: &Rule,
        severity: Severity,
        path: &NodePath,
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
            pointer: self.file_pointer(path),
            line,
            column,
            end_line,
            end_column,
            help: help.map(|h| shorten_quoted(&h)),
            fix: None,
            byte_start: fspan.start(),
            byte_end: fspan.end(),
            path: self.file.path.clone(),
            follows: None,
        }
    }

    /// Resolves a rule finding to a diagnostic. In an NNI v1 exp.yml, a finding of a v2 rule
    /// (a pointer into the converted tree) is reported at the v1 key or value it came from, in
    /// the v1 file's words.
    pub fn resolve(&self, f: Finding) -> Diagnostic {
        if let Some(c) = &self.v1 {
            let span = f.span.unwrap_or_else(|| match &c.root {
                Some(r) => f
                    .path
                    .locate_exact_with(r, f.target, &mut |m, key| {
                        m.iter().position(|m| m.key == key)
                    })
                    .unwrap_or_else(|deepest| {
                        crate::work::add(crate::work::Counter::InexactLocations, 1);
                        deepest
                    }),
                None => Self::locate_finding(self.root(), &f.path, f.target, self),
            });
            let severity = f.severity.unwrap_or(f.rule.severity);
            let help = f.help.map(|h| c.in_v1_words(&h));
            return self.diagnostic(
                f.rule,
                severity,
                &c.v1_path(&f.path),
                span,
                c.in_v1_words(&f.message),
                help,
            );
        }
        let span = f
            .span
            .unwrap_or_else(|| Self::locate_finding(self.root(), &f.path, f.target, self));
        let severity = f.severity.unwrap_or(f.rule.severity);
        let follows = f
            .follows
            .map(|(c, p)| (c.to_owned(), self.file_pointer(&p)));
        let fix = f.fix.as_ref().and_then(|fix| self.file_fix(fix));
        let mut d = self.diagnostic(f.rule, severity, &f.path, span, f.message, f.help);
        d.follows = follows;
        // a fix that would write a secret is dropped (it cannot be masked)
        d.fix = fix.filter(|f| !self.file.secrets().fix_leaks(f));
        d
    }

    /// A fix in the file's coordinates: each edit's target found in the document (a key or a
    /// value keeps its quoting), mapped into the file and, inside an embedded document,
    /// escaped as JSON string content. `None` when an edit cannot be made exactly (its target
    /// is not there, is not a simple scalar, or falls inside an escape sequence).
    pub fn file_fix(&self, fix: &Fix) -> Option<FileFix> {
        let text = self.text();
        let mut spans: Vec<(Span, String)> = Vec::with_capacity(fix.edits.len());
        for e in &fix.edits {
            if let FixTarget::Move { from, to, when } = &e.target {
                spans.extend(self.move_member(from, to, when)?);
                continue;
            }
            let (span, content) = match &e.target {
                FixTarget::Move { .. } => return None,
                FixTarget::Scalar(ptr) => {
                    let node = ptr.resolve(self.root()?)?;
                    let raw = text.get(node.span.range())?;
                    let source::Value::String(s) = &node.value else {
                        return None;
                    };
                    // a one-line quoted string holding exactly what it shows
                    let quoted = raw.len() >= 2
                        && (raw.starts_with('"') && raw.ends_with('"')
                            || raw.starts_with('\'') && raw.ends_with('\''));
                    if !quoted || raw.get(1..raw.len() - 1)? != s.as_str() || raw.contains('\\') {
                        return None;
                    }
                    (node.span, e.content.clone())
                }
                FixTarget::Span(span) => (*span, e.content.clone()),
                FixTarget::Key(ptr) => {
                    let key = ptr.last()?.key_text();
                    let members = ptr.parent()?.resolve(self.root()?)?.as_object()?;
                    // indexed lookups: one fix per member of an object of 50,000 members
                    let m = match self.members.find(members, &key) {
                        Some(i) => members.get(i)?,
                        None => members.iter().find(|m| m.key.eq_ignore_ascii_case(&key))?,
                    };
                    // never a rename onto a key the object has (in any spelling NNI equates,
                    // looked for in objects of a sane size; a duplicate is a syntax problem
                    // the engine drops anyway)
                    if self.members.find(members, &e.content).is_some() {
                        return None;
                    }
                    let fold = |k: &str| k.to_lowercase().replace('_', "");
                    let folded = fold(&e.content);
                    if members.len() <= FOLD_CHECKED
                        && members
                            .iter()
                            .any(|o| !std::ptr::eq(o, m) && fold(&o.key) == folded)
                    {
                        return None;
                    }
                    let raw = text.get(m.key_span.range())?;
                    let (at, len, content) = crate::fix::requote(raw, &key, &e.content)
                        .or_else(|| crate::fix::requote(raw, raw, &e.content))?;
                    let start = m.key_span.start() + at;
                    (Span::new(start, start + len), content)
                }
                FixTarget::Value(ptr) => {
                    let node = ptr.resolve(self.root()?)?;
                    let raw = text.get(node.span.range())?;
                    let old = match &node.value {
                        source::Value::String(s) => s.to_string(),
                        source::Value::Number(_) | source::Value::Bool(_) | source::Value::Null => {
                            raw.to_owned()
                        }
                        _ => return None,
                    };
                    let (at, len, content) = crate::fix::requote(raw, &old, &e.content)?;
                    let start = node.span.start() + at;
                    (Span::new(start, start + len), content)
                }
            };
            if !text.is_char_boundary(span.start()) || !text.is_char_boundary(span.end()) {
                return None;
            }
            spans.push((span, content));
        }
        spans.sort_by_key(|(s, _)| (s.start(), s.end()));
        let mut edits = Vec::with_capacity(spans.len());
        let mut last_end = 0;
        for (span, content) in spans {
            if span.start() < last_end {
                return None;
            }
            last_end = span.end();
            let (fspan, content) = match &self.embedded {
                Some((_, map)) => {
                    let fspan = map.map_span(span);
                    // an edit must not cut an escape sequence: its ends map back to the
                    // starts of characters of the string
                    if fspan.is_empty() != span.is_empty() {
                        return None;
                    }
                    (fspan, crate::fix::escape_json_content(&content))
                }
                None => (span, content),
            };
            let ftext = &self.file.text;
            let (line, column) = self.file.lines.position(ftext, fspan.start());
            let (end_line, end_column) = self.file.lines.position(ftext, fspan.end());
            edits.push(FileEdit {
                line,
                column,
                end_line,
                end_column,
                content,
                byte_start: fspan.start(),
                byte_end: fspan.end(),
            });
        }
        Some(FileFix {
            applicability: fix.applicability,
            message: shorten_quoted(&fix.message),
            edits,
        })
    }

    /// The two edits that move a `key: scalar` line of a YAML block mapping to the end of
    /// another block mapping (see [`FixTarget::Move`]), or `None` when the move is not plain.
    fn move_member(
        &self,
        from: &NodePath,
        to: &NodePath,
        when: &[(String, String)],
    ) -> Option<[(Span, String); 2]> {
        if self.kind != Kind::ExpYml {
            return None;
        }
        // the moved line would be printed in the fix (JSON, SARIF): never a secret's
        if from
            .last()
            .is_some_and(|k| crate::secrets::is_secret_key(&k.key_text()))
        {
            return None;
        }
        let text = self.text();
        let root = self.root()?;
        let key = from.last()?.key_text();
        let m = from
            .parent()?
            .resolve(root)?
            .as_object()?
            .iter()
            .find(|m| m.key == key)?;
        if matches!(
            m.value.value,
            source::Value::Object(_) | source::Value::Array(_)
        ) {
            return None;
        }
        let dest = to.resolve(root)?;
        let members = dest.as_object()?;
        let (first, last_member) = (members.first()?, members.last()?);
        if text.get(dest.span.range())?.starts_with('{') || members.iter().any(|o| o.key == key) {
            return None;
        }
        for (tag, _) in when {
            let found = members
                .iter()
                .find(|o| o.key == *tag)
                .and_then(|o| o.value.as_str())?;
            if !when
                .iter()
                .any(|(t, v)| t == tag && v.eq_ignore_ascii_case(found))
            {
                return None;
            }
        }
        let line_start = |at: usize| {
            text.get(..at)
                .and_then(|t| t.rfind('\n'))
                .map_or(0, |i| i + 1)
        };
        let line_end = |at: usize| {
            text.get(at..)
                .and_then(|t| t.find('\n'))
                .map_or(text.len(), |i| at + i + 1)
        };
        // the member is one whole line: only spaces before its key, a comment at most after it
        let start = line_start(m.key_span.start());
        let end = line_end(m.value.span.end().max(m.key_span.end()));
        let before = text.get(start..m.key_span.start())?;
        let after = text.get(m.value.span.end()..end)?.trim();
        if !before.chars().all(|c| c == ' ') || !(after.is_empty() || after.starts_with('#')) {
            return None;
        }
        let line = text.get(m.key_span.start()..end)?;
        let eol = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
        let body = line.trim_end_matches(['\r', '\n']);
        // the destination's indentation, and the end of its last member's lines
        let first_start = line_start(first.key_span.start());
        let indent = text.get(first_start..first.key_span.start())?;
        if !indent.chars().all(|c| c == ' ') || indent.is_empty() && !to.is_empty() {
            return None;
        }
        let last_end = last_member.value.span.end().max(last_member.key_span.end());
        let at = if text.get(..last_end)?.ends_with('\n') {
            last_end
        } else {
            line_end(last_end)
        };
        let lead = if at == text.len() && !text.ends_with('\n') {
            eol
        } else {
            ""
        };
        if (start..end).contains(&at) && at != start && at != end {
            return None;
        }
        Some([
            (Span::new(start, end), String::new()),
            (Span::at(at), format!("{lead}{indent}{body}{eol}")),
        ])
    }

    /// Resolves a syntax problem to a diagnostic.
    pub fn syntax(&self, p: SyntaxProblem) -> Diagnostic {
        let rule = syntax::rule_for(p.kind);
        // the one syntax problem with a certain fix: a trailing comma, removed
        let fix = (p.kind == source::SyntaxKind::TrailingComma
            && self.text().get(p.span.range()) == Some(","))
        .then(|| Fix::safe("remove the comma", vec![crate::fix::Edit::delete(p.span)]))
        .and_then(|f| self.file_fix(&f));
        let mut d = self.diagnostic(rule, rule.severity, &p.pointer, p.span, p.message, p.help);
        d.fix = fix.filter(|f| !self.file.secrets().fix_leaks(f));
        d
    }
}

/// The string members of a GetHpoExperiment response that hold documents, and their kinds.
pub const EMBEDDED: &[(&str, Kind)] = &[
    ("ConfigYml", Kind::ExpYml),
    ("ConfigIni", Kind::TrialIni),
    ("SearchSpace", Kind::SearchSpace),
];

/// The documents a GetHpoExperiment response carries in strings (`ConfigYml`, `ConfigIni`,
/// `SearchSpace`), parsed as their own kinds, each with the map from its text to the file's
/// (their findings are reported at their true positions, inside the strings). Other kinds
/// embed nothing.
pub fn embedded_documents(doc: &Document) -> Vec<Document> {
    let mut docs = Vec::new();
    let Some(root) = doc.root().filter(|_| doc.kind == Kind::GetHpoExperiment) else {
        return docs;
    };
    for (member, kind) in EMBEDDED {
        let Some(node) = root.get(member) else {
            continue;
        };
        if node.as_str().is_none() {
            continue;
        }
        let Some(raw) = doc.text().get(node.span.start()..node.span.end()) else {
            continue;
        };
        let Some((text, map)) = source::embedded::unescape_json_string(raw, node.span.start())
        else {
            continue;
        };
        // `map` goes from the string to the response's text; when the response is itself
        // embedded (never today), compose through its own map.
        docs.push(Document::embedded(
            *kind,
            doc.file.clone(),
            doc.prefix.key(member),
            text,
            map,
        ));
    }
    docs
}

/// The conversion of an NNI v1 exp.yml (`None` for anything else).
fn convert_v1(kind: Kind, parsed: &source::Parsed) -> Option<Box<crate::convert::Converted>> {
    let root = parsed.root.as_ref()?;
    (kind == Kind::ExpYml && crate::convert::is_v1(root))
        .then(|| Box::new(crate::convert::convert(root)))
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
