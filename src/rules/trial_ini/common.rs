//! What the trial.ini and HpoExperimentConfiguration rules share: one [`View`] of the settings
//! that both kinds build from their typed model (an INI's `cmd1` keys and a JSON `cmd` list
//! become the same list of commands), and the small parsers the rules need: Python dict
//! literals (`metric_dict`), `HH:MM` times, role ARNs.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::rules::dispatch::Ctx;
use crate::source::offsets::{self, OffsetMap};
use crate::source::path::NodePath;
use crate::source::{Member, Node, Span, Value};

/// A string setting and where it is. The value is borrowed from the configuration's model (or
/// its cleaned JSON) where it can be.
#[derive(Debug, Clone, PartialEq)]
pub struct Text<'a> {
    /// Its JSON Pointer in the document.
    pub ptr: NodePath,
    /// Its value.
    pub value: Cow<'a, str>,
}

impl<'a> Text<'a> {
    /// A setting at `ptr`.
    pub fn new(ptr: impl Into<NodePath>, value: impl Into<Cow<'a, str>>) -> Text<'a> {
        Text {
            ptr: ptr.into(),
            value: value.into(),
        }
    }
}

/// One weight of a JSON `metric_dict`.
#[derive(Debug, Clone, PartialEq)]
pub struct DictEntry {
    /// The metric name (a regular expression for `stdout`).
    pub key: String,
    /// The member's pointer.
    pub ptr: NodePath,
    /// The weight as a number, `None` when it is a string that is not one.
    pub weight: Option<f64>,
    /// Whether the weight was written as a string (`"0.5"`).
    pub quoted: bool,
}

/// `metric_dict`: a Python dict literal (trial.ini) or a JSON object (hpo-config).
#[derive(Debug, Clone, PartialEq)]
pub enum MetricDict<'a> {
    /// The INI value, a Python dict literal.
    Literal(Text<'a>),
    /// The JSON object's members.
    Entries {
        /// The object's pointer.
        ptr: NodePath,
        /// Its members.
        entries: Vec<DictEntry>,
    },
}

/// The commands of `platform_config`: `cmdN` keys (INI) or the items of a `cmd` list (JSON).
/// Their pointers are made only for findings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Commands<'a> {
    /// The pointer of the section (INI) or of the list (JSON).
    pub ptr: NodePath,
    /// Whether the commands are the items of a list rather than keys of the section.
    pub list: bool,
    /// `(cmdN, command)`, in document order (a list's items are named `cmd1`, `cmd2`, ...).
    pub entries: Vec<(Cow<'a, str>, Cow<'a, str>)>,
}

impl Commands<'_> {
    /// The pointer of the `i`th command.
    pub fn ptr_of(&self, i: usize) -> NodePath {
        if self.list {
            self.ptr.index(i)
        } else {
            let key = self.entries.get(i).map_or("", |(k, _)| k.as_ref());
            self.ptr.key(key)
        }
    }
}

/// A part of the configuration whose string values the rules read (a section, or a member of
/// the HpoExperimentConfiguration): walked by [`View::each_string`] without copying them.
#[derive(Debug, Clone)]
pub struct StringRoot<'a> {
    /// Its pointer in the document.
    pub ptr: NodePath,
    /// Its key (the key of its string values when it is one, or a list of them).
    pub key: &'a str,
    /// The value, without the members that failed the shape check.
    pub value: Strings<'a>,
}

/// Where the string values of a [`StringRoot`] are.
#[derive(Debug, Clone, Copy)]
pub enum Strings<'a> {
    /// In the shape check's cleaned JSON (members that failed are not in it).
    Json(&'a serde_json::Value),
    /// In the document's tree, less the members the shape check left out (a trial.ini, whose
    /// cleaned value is not built).
    Tree(&'a Node, &'a Removed),
}

/// The members the shape check left out of a tree (its `Outcome::removed` pointers), by the
/// object holding them: what is left is the cleaned value of a document whose objects have
/// distinct keys (an INI).
#[derive(Debug, Clone, Default)]
pub struct Removed {
    /// The path of an object -> the keys of its left-out members.
    by_parent: HashMap<NodePath, HashSet<String>>,
}

impl Removed {
    /// The left-out members, from their paths.
    pub fn new(paths: &[NodePath]) -> Removed {
        let mut by_parent: HashMap<NodePath, HashSet<String>> = HashMap::new();
        for p in paths {
            let (Some(parent), Some(last)) = (p.parent(), p.last()) else {
                continue;
            };
            by_parent
                .entry(parent)
                .or_default()
                .insert(last.key_text().into_owned());
        }
        Removed { by_parent }
    }

    /// The members of the object at `ptr` that were not left out, in document order.
    pub fn kept<'n>(
        &'n self,
        ptr: &NodePath,
        members: &'n [Member],
    ) -> impl Iterator<Item = &'n Member> + use<'n> {
        let gone = self.by_parent.get(ptr);
        members
            .iter()
            .filter(move |m| gone.is_none_or(|g| !g.contains(m.key.as_str())))
    }
}

/// The settings both kinds have, with their pointers; absent settings are `None`.
#[derive(Debug, Clone, Default)]
pub struct View<'a> {
    /// A trial.ini (INI spelling of keys in messages: `[section] key`).
    pub ini: bool,
    /// An embedded ConfigIni, which may hold only some sections.
    pub partial: bool,
    /// Pointer of the configuration in its document (`""` or `/HpoExperimentConfiguration`).
    pub base: NodePath,
    /// `platform_config.name`.
    pub name: Option<Text<'a>>,
    /// Pointer of `platform_config`, when present.
    pub platform_ptr: Option<NodePath>,
    /// The commands, in document order; `None` when not given (or of the wrong type: the
    /// shape check reports it).
    pub commands: Option<Commands<'a>>,
    /// `platform_config.resume`, as text.
    pub resume: Option<Text<'a>>,
    /// `metric_config.metric_type`.
    pub metric_type: Option<Text<'a>>,
    /// Every metric source, in document order.
    pub sources: Vec<Text<'a>>,
    /// `final_mode` and `source_list_final_mode`.
    pub final_modes: Vec<Text<'a>>,
    /// `metric_config.metric_dict`.
    pub metric_dict: Option<MetricDict<'a>>,
    /// `output_config.model_path` and `summary_path`.
    pub outputs: Vec<Text<'a>>,
    /// `schedule_config.day`.
    pub day: Option<Text<'a>>,
    /// `schedule_config.start_time` and `end_time`.
    pub times: Vec<Text<'a>>,
    /// `params_config.params_src_dst_filepath*`.
    pub params: Vec<Text<'a>>,
    /// The sections present (`odps_config`, ...).
    pub sections: Vec<String>,
    /// `odps_config`'s keys that have a non-empty value.
    pub odps_keys: Vec<String>,
    /// Sections that another part of the same experiment provides (a response's ConfigIni).
    pub provided_elsewhere: Vec<String>,
    /// Where the string values of the configuration outside `search_space` and `yml_config`
    /// are, in document order (see [`View::each_string`]).
    pub string_roots: Vec<StringRoot<'a>>,
}

impl View<'_> {
    /// The pointer of a section.
    pub fn section_ptr(&self, section: &str) -> NodePath {
        self.base.key(section)
    }

    /// How a key is named in messages: `[section] key` in an INI, `section.key` in JSON.
    pub fn show(&self, ptr: &NodePath) -> String {
        let rel = ptr
            .segs()
            .strip_prefix(self.base.segs())
            .unwrap_or(ptr.segs());
        let tokens: Vec<std::borrow::Cow<'_, str>> = rel.iter().map(|s| s.key_text()).collect();
        if self.ini {
            match tokens.as_slice() {
                [section, key] => format!("[{section}] {key}"),
                [section] => format!("[{section}]"),
                _ => tokens.join("."),
            }
        } else {
            tokens.join(".")
        }
    }

    /// Whether the section is present, or provided by another part of the experiment.
    pub fn has_section(&self, section: &str) -> bool {
        self.sections.iter().any(|s| s == section)
            || self.provided_elsewhere.iter().any(|s| s == section)
    }

    /// Calls `f(key, pointer, value)` for every string leaf of [`View::string_roots`], in
    /// document order: the key of an object member, the key of the list for a list item
    /// (whose pointer ends with its index). Nothing is copied: the pointer is a buffer that the
    /// walk extends and truncates.
    pub fn each_string(&self, mut f: impl FnMut(&str, &NodePath, &str)) {
        for root in &self.string_roots {
            let mut path = root.ptr.clone();
            match root.value {
                Strings::Json(value) => walk_strings(value, &mut path, root.key, &mut f),
                Strings::Tree(node, removed) => {
                    walk_tree(node, removed, &mut path, root.key, &mut f);
                }
            }
        }
    }
}

/// [`View::each_string`] under `node`, whose pointer is `path`.
fn walk_strings(
    node: &serde_json::Value,
    path: &mut NodePath,
    key: &str,
    f: &mut impl FnMut(&str, &NodePath, &str),
) {
    match node {
        serde_json::Value::String(s) => f(key, path, s),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push_index(i);
                walk_strings(item, path, key, f);
                path.pop();
            }
        }
        serde_json::Value::Object(members) => {
            for (k, v) in members {
                path.push_key(k);
                walk_strings(v, path, k, f);
                path.pop();
            }
        }
        _ => {}
    }
}

/// [`View::each_string`] under `node` of a tree, whose pointer is `path`, skipping the members
/// in `removed`.
fn walk_tree(
    node: &Node,
    removed: &Removed,
    path: &mut NodePath,
    key: &str,
    f: &mut impl FnMut(&str, &NodePath, &str),
) {
    match &node.value {
        Value::String(s) => f(key, path, s.as_str()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push_index(i);
                walk_tree(item, removed, path, key, f);
                path.pop();
            }
        }
        Value::Object(members) => {
            let gone = removed.by_parent.get(&*path);
            for m in members {
                if gone.is_some_and(|g| g.contains(m.key.as_str())) {
                    continue;
                }
                path.push_key(&m.key);
                walk_tree(&m.value, removed, path, &m.key, f);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Whether a value is rendered before use: Jinja (`{{ x }}`, `{% if %}`) or a `${x}`
/// placeholder. Such values are not checked for form.
pub fn is_templated(value: &str) -> bool {
    value.contains("{{") || value.contains("{%") || value.contains("${")
}

/// Whether a value is Jinja (`{{ x }}`, `{% ... %}`).
pub fn is_jinja(value: &str) -> bool {
    value.contains("{{") || value.contains("{%")
}

/// The span in the document of bytes `start..end` of `value`, the value (as read) of the
/// string at `ptr` (for one span; [`SubSpans`] maps many of one value).
pub fn sub_span(
    ctx: &Ctx<'_>,
    ptr: &NodePath,
    value: &str,
    start: usize,
    end: usize,
) -> Option<Span> {
    SubSpans::new(ctx, ptr, value)?.span(start, end)
}

/// Maps offsets of a value as read (a JSON string's escapes processed; an INI value's
/// continuation lines joined by `\n`, indentation removed) to spans of the document, for many
/// offsets of one value: the map ([`OffsetMap`], the one the embedded documents use too) is
/// built once, each offset is then a binary search (one [`sub_span`] per entry of a
/// 200,000-entry `metric_dict` matched the lines again each time: quadratic).
pub struct SubSpans {
    map: OffsetMap,
}

impl SubSpans {
    /// The map of the string at `ptr`, whose value is `value`.
    pub fn new(ctx: &Ctx<'_>, ptr: &NodePath, value: &str) -> Option<SubSpans> {
        let node = ptr.resolve(ctx.root)?;
        let Value::String(_) = &node.value else {
            return None;
        };
        let map = offsets::string_value(ctx.doc.text(), node.span, value)?;
        // building the map is a step per line of the value
        let lines = memchr::memchr_iter(b'\n', value.as_bytes()).count() + 1;
        crate::work::add(crate::work::Counter::MetricDictSteps, lines as u64);
        Some(SubSpans { map })
    }

    /// The document span of bytes `start..end` of the value.
    pub fn span(&self, start: usize, end: usize) -> Option<Span> {
        crate::work::add(crate::work::Counter::MetricDictSteps, 1);
        (start <= end && end <= self.map.len()).then(|| self.map.map_span(Span::new(start, end)))
    }
}

// ---------------------------------------------------------------------------------------------
// Python dict literals.

/// One `'name': weight` entry of a Python dict literal.
#[derive(Debug, Clone, PartialEq)]
pub struct PyEntry {
    /// The key, escapes processed as Python does.
    pub key: String,
    /// Byte range of the key (with its quotes) in the literal.
    pub key_span: (usize, usize),
    /// The weight.
    pub weight: f64,
}

/// Why a text is not a Python dict literal of name -> number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyError {
    /// What was expected, one sentence fragment.
    pub message: String,
    /// Byte range of the offending text in the literal.
    pub span: (usize, usize),
}

/// Parses a Python dict literal of string keys and int/float weights (`{'auc': 1, "loss":
/// -0.5,}`), as `ast.literal_eval` reads it: single or double quotes (and `r`/`u` prefixes),
/// Python escapes, signs, exponents, `_` in numbers, a trailing comma, any whitespace. Never
/// panics.
pub fn parse_py_dict(text: &str) -> Result<Vec<PyEntry>, PyError> {
    let mut p = PyParser { s: text, pos: 0 };
    p.ws();
    if !p.eat('{') {
        return Err(p.error_here("expected a dict literal starting with `{`"));
    }
    let mut entries = Vec::new();
    loop {
        p.ws();
        if p.eat('}') {
            break;
        }
        let start = p.pos;
        let key = match p.peek() {
            Some('\'' | '"' | 'r' | 'R' | 'u' | 'U') => p.string()?,
            Some(c) if c.is_ascii_digit() || c == '-' || c == '+' => {
                return Err(p.error_token("metric names must be quoted strings"));
            }
            None => return Err(p.error_here("the dict is not closed with `}`")),
            _ => return Err(p.error_token("expected a quoted metric name or `}`")),
        };
        let key_span = (start, p.pos);
        p.ws();
        if !p.eat(':') {
            return Err(p.error_token("expected `:` after the metric name"));
        }
        p.ws();
        let weight = p.number()?;
        entries.push(PyEntry {
            key,
            key_span,
            weight,
        });
        p.ws();
        if p.eat(',') {
            continue;
        }
        if p.eat('}') {
            break;
        }
        if p.peek().is_none() {
            return Err(p.error_here("the dict is not closed with `}`"));
        }
        return Err(p.error_token("expected `,` or `}`"));
    }
    p.ws();
    if p.pos < text.len() {
        return Err(PyError {
            message: "unexpected text after the dict".to_owned(),
            span: (p.pos, text.len()),
        });
    }
    Ok(entries)
}

struct PyParser<'a> {
    s: &'a str,
    pos: usize,
}

impl PyParser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.pos..).and_then(|r| r.chars().next())
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.pos += c.len_utf8();
            } else if c == '#' {
                // A comment runs to the end of the line.
                while let Some(c) = self.peek() {
                    if c == '\n' {
                        break;
                    }
                    self.pos += c.len_utf8();
                }
            } else {
                break;
            }
        }
    }

    fn error_here(&self, message: &str) -> PyError {
        let end = self.peek().map_or(self.pos, |c| self.pos + c.len_utf8());
        PyError {
            message: message.to_owned(),
            span: (self.pos, end),
        }
    }

    /// An error covering the token at the position (up to whitespace or punctuation).
    fn error_token(&self, message: &str) -> PyError {
        let rest = self.s.get(self.pos..).unwrap_or_default();
        let len = rest
            .char_indices()
            .find(|(i, c)| *i > 0 && (c.is_whitespace() || matches!(c, ',' | ':' | '}' | '{')))
            .map_or(rest.len(), |(i, _)| i);
        let len = if len == 0 {
            rest.chars().next().map_or(0, char::len_utf8)
        } else {
            len
        };
        PyError {
            message: message.to_owned(),
            span: (self.pos, self.pos + len),
        }
    }

    fn string(&mut self) -> Result<String, PyError> {
        let start = self.pos;
        let mut raw = false;
        while let Some(c @ ('r' | 'R' | 'u' | 'U')) = self.peek() {
            raw |= matches!(c, 'r' | 'R');
            self.pos += 1;
        }
        let Some(quote @ ('\'' | '"')) = self.peek() else {
            self.pos = start;
            return Err(self.error_token("expected a quoted metric name or `}`"));
        };
        self.pos += 1;
        let mut out = String::new();
        loop {
            match self.bump() {
                None | Some('\n') => {
                    return Err(PyError {
                        message: "the string is not closed".to_owned(),
                        span: (start, self.pos),
                    });
                }
                Some(c) if c == quote => return Ok(out),
                Some('\\') => {
                    let Some(e) = self.bump() else {
                        return Err(PyError {
                            message: "the string is not closed".to_owned(),
                            span: (start, self.pos),
                        });
                    };
                    if raw {
                        out.push('\\');
                        out.push(e);
                        continue;
                    }
                    match e {
                        '\n' => {}
                        '\\' | '\'' | '"' => out.push(e),
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'a' => out.push('\u{7}'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'v' => out.push('\u{b}'),
                        // Python keeps unknown escapes (`\.`, `\d`) as written.
                        _ => {
                            out.push('\\');
                            out.push(e);
                        }
                    }
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn number(&mut self) -> Result<f64, PyError> {
        let start = self.pos;
        if matches!(self.peek(), Some('\'' | '"')) {
            let _ = self.string();
            return Err(PyError {
                message: "the weight is a string, not a number".to_owned(),
                span: (start, self.pos.max(start + 1)),
            });
        }
        let mut digits = String::new();
        while let Some(c) = self.peek() {
            if c == '+' || c == '-' || c.is_whitespace() {
                // Signs (unary, possibly repeated, as Python allows) may be followed by spaces.
                if c == '-' {
                    digits.push('-');
                }
                self.pos += 1;
            } else {
                break;
            }
        }
        let negative = digits.matches('-').count() % 2 == 1;
        let body_start = self.pos;
        let mut body = String::new();
        let mut prev = None;
        while let Some(c) = self.peek() {
            let ok = c.is_ascii_digit()
                || c == '.'
                || c == '_'
                || c == 'e'
                || c == 'E'
                || ((c == '+' || c == '-') && matches!(prev, Some('e' | 'E')));
            if !ok {
                break;
            }
            if c != '_' {
                body.push(c);
            }
            prev = Some(c);
            self.pos += 1;
        }
        let parsed = if body
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
        {
            body.parse::<f64>().ok().filter(|f| f.is_finite())
        } else {
            None
        };
        match parsed {
            Some(f) => Ok(if negative { -f } else { f }),
            None => {
                self.pos = body_start;
                let mut e = self.error_token("the weight must be a number (an int or a float)");
                e.span.0 = start;
                Err(e)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Small forms.

/// Whether `value` is a time `HH:MM` (or `H:MM`) from 00:00 to 23:59.
pub fn is_hh_mm(value: &str) -> bool {
    let Some((h, m)) = value.split_once(':') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return false;
    }
    matches!((h.parse::<u32>(), m.parse::<u32>()), (Ok(h), Ok(m)) if h < 24 && m < 60)
}

/// Whether `value` is a role ARN `acs:ram::<digits>:role/<name>`.
pub fn is_role_arn(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("acs:ram::") else {
        return false;
    };
    let Some((account, name)) = rest.split_once(":role/") else {
        return false;
    };
    !account.is_empty()
        && account.bytes().all(|b| b.is_ascii_digit())
        && !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'@'))
}

/// The command a metric source names (`cmd2` in `cmd2` or `cmd2:...`), if it names one.
pub fn named_command(source: &str) -> Option<&str> {
    let s = source.trim();
    let rest = s.strip_prefix("cmd")?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.as_bytes().get(n);
    if after.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') {
        return None;
    }
    // `cmd` alone (or `cmd,worker`) is the first command's job (EasyRec's hpo_config.md)
    if n == 0 && after.is_some_and(|b| *b != b',') {
        return None;
    }
    s.get(..3 + n)
}

/// Whether a metric source is a path or URL (`oss://...`, `hdfs://...`, `/abs`, `./rel`):
/// hpo_tools reads a `stdout` metric from such a file too (EasyRec's hpo_config.md).
pub fn is_path_source(source: &str) -> bool {
    let s = source.trim();
    s.contains("://") || s.starts_with(['/', '.', '~']) || s.starts_with("${")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_dicts() {
        let d = parse_py_dict("{'auc': 1, \"loss\": -0.5,}").unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].key, "loss");
        assert_eq!(d[1].weight, -0.5);
        assert_eq!(d[0].key_span, (1, 6));
        let d = parse_py_dict(" {\n 'loss=([0-9\\.]+)' : 1e-1 ,\n }\n").unwrap();
        assert_eq!(d[0].key, "loss=([0-9\\.]+)");
        assert_eq!(d[0].weight, 0.1);
        assert_eq!(parse_py_dict("{}").unwrap(), vec![]);
        assert_eq!(parse_py_dict("{'a': - 2}").unwrap()[0].weight, -2.0);
        let e = parse_py_dict("{'auc': 'high'}").unwrap_err();
        assert_eq!(e.span, (8, 14));
        let e = parse_py_dict("{'auc' 1}").unwrap_err();
        assert_eq!(e.span, (7, 8));
        let e = parse_py_dict("{auc: 1}").unwrap_err();
        assert_eq!(e.span, (1, 4));
        assert!(parse_py_dict("{'auc': 1").is_err());
        assert!(parse_py_dict("{'auc: 1}").is_err());
        assert!(parse_py_dict("auc").is_err());
        assert!(parse_py_dict("{'a': 1} x").is_err());
        assert!(parse_py_dict("{'a': .}").is_err());
        assert!(parse_py_dict("{'é': 1, 'ü': ü}").is_err());
        for s in [
            "{",
            "{'",
            "{'\\",
            "{'a':",
            "{'a': -",
            "{'a': 1,",
            "\u{e9}",
            "{'a': 1e}",
        ] {
            let _ = parse_py_dict(s);
        }
    }

    #[test]
    fn forms() {
        assert!(is_hh_mm("00:00") && is_hh_mm("23:59") && is_hh_mm("9:30"));
        assert!(!is_hh_mm("24:00") && !is_hh_mm("12:60") && !is_hh_mm("12") && !is_hh_mm("1:2"));
        assert!(is_role_arn(
            "acs:ram::123456789:role/aliyunserviceroleforfoo"
        ));
        assert!(!is_role_arn("acs:ram::abc:role/x") && !is_role_arn("acs:ram::1:role/"));
        assert_eq!(named_command("cmd2"), Some("cmd2"));
        assert_eq!(named_command("cmd1:auc=(.*)"), Some("cmd1"));
        assert_eq!(named_command("cmdx"), None);
        assert_eq!(named_command("cmd1x"), None);
    }
}
