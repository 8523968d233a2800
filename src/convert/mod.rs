//! NNI v1 experiment configs, converted to v2 as NNI 3.0 does (`nnictl create` with
//! `nni/experiment/config/convert.py`, `to_v2`), key by key and platform by platform.
//!
//! The conversion works on the span tree: every node of the v2 tree it builds carries the
//! span of the v1 key or value it came from, so a rule that runs on the v2 tree points into the
//! v1 file; [`Converted::v1_pointer`] maps each v2 pointer to the v1 pointer it came from.
//! What `to_v2` refuses (an exception that stops `nnictl create`) is a [`Note`] of kind
//! [`NoteKind::Refused`]; what it drops (a key it logs and ignores) is [`NoteKind::Dropped`].
//!
//! `to_v2` in NNI 3.0 differs from the older one on NNI's main branch (which refused any key
//! it did not convert): in 3.0, an unknown key is logged and ignored, `pai` is accepted for
//! `openpai`, `frameworkcontroller` is converted, and sizes (`memoryMB`) are moved as they are.

mod algorithms;
pub mod emit;
mod platforms;

use crate::model::exp_yml_v1 as v1;
use crate::source::path::NodePath;
use crate::source::pointer::{self, Target};
use crate::source::{CompactString, Member, Node, Span, Value};

/// What a [`Note`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// `to_v2` fails here (an assertion, a missing key, a value of the wrong type):
    /// `nnictl create` stops with "You are using legacy config format with incorrect fields".
    Refused,
    /// `to_v2` leaves this out of the v2 config (it logs that and goes on).
    Dropped,
    /// `to_v2` goes through, but what it makes of this key is refused when NNI 3.0 loads the
    /// v2 config (a v1 remote machine's `passphrase`, which it keeps under that name).
    Invalid,
}

/// A finding of the conversion, located in the v1 tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Refused or dropped.
    pub kind: NoteKind,
    /// The path of the v1 member.
    pub pointer: NodePath,
    /// The span in the v1 text (the key or the value of `pointer`).
    pub span: Span,
    /// One sentence.
    pub message: String,
    /// The fix, if any.
    pub help: Option<String>,
}

/// The result of converting a v1 config.
#[derive(Debug, Clone, Default)]
pub struct Converted {
    /// The v2 tree (spans into the v1 text); `None` when `to_v2` refuses the file.
    pub root: Option<Node>,
    /// `(v2 pointer, v1 pointer)` of every member moved, sorted by v2 pointer.
    map: Vec<(String, String)>,
    /// Refusals and dropped keys, in the order `to_v2` meets them.
    pub notes: Vec<Note>,
    /// `(v2 key, v1 words)` for keys whose v1 name differs (`trialGpuNumber`, `trial.gpuNum`).
    pub words: Vec<(String, String)>,
    /// v1 pointers where a note of kind [`NoteKind::Invalid`] says what a v2 rule would (the
    /// v2 rules' findings there are left out: one mistake, one finding).
    pub covered: Vec<String>,
}

impl Converted {
    /// Whether `to_v2` refuses the file.
    pub fn refused(&self) -> bool {
        self.root.is_none()
    }

    /// The v1 pointer a v2 pointer came from (the longest mapped prefix, with the rest of the
    /// pointer appended); the pointer itself when nothing maps it.
    pub fn v1_pointer(&self, v2: &str) -> String {
        let mut best: Option<(&str, &str)> = None;
        for (from, to) in &self.map {
            let matches = v2 == from
                || (v2.starts_with(from.as_str()) && v2.as_bytes().get(from.len()) == Some(&b'/'));
            if matches && best.is_none_or(|(b, _)| from.len() > b.len()) {
                best = Some((from, to));
            }
        }
        match best {
            Some((from, to)) => format!("{to}{}", v2.get(from.len()..).unwrap_or("")),
            None => v2.to_owned(),
        }
    }

    /// [`Converted::v1_pointer`] of a typed path (the conversion maps pointers: its map is
    /// written as it reads NNI's `to_v2`).
    pub fn v1_path(&self, v2: &NodePath) -> NodePath {
        NodePath::parse(&self.v1_pointer(&v2.to_pointer())).unwrap_or_default()
    }

    /// `text` with every v2 key name that the v1 file spells otherwise replaced by the v1
    /// spelling (in backticks or as a word).
    pub fn in_v1_words(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for (v2, v1) in &self.words {
            out = replace_word(&out, v2, v1);
        }
        out
    }
}

/// Replaces whole-word occurrences of `word` (not inside a longer identifier).
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before = rest.get(..at).unwrap_or("");
        let after = rest.get(at + word.len()..).unwrap_or("");
        let bounded = !before.chars().next_back().is_some_and(ident)
            && !after.chars().next().is_some_and(ident)
            && !before.ends_with('/')
            && !before.ends_with('.');
        out.push_str(before);
        out.push_str(if bounded { with } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Whether a parsed exp.yml is an NNI v1 config: it has `authorName`, `trainingServicePlatform`
/// or a `trial` mapping at its top level.
pub fn is_v1(root: &Node) -> bool {
    let Some(members) = root.as_object() else {
        return false;
    };
    members.iter().any(|m| {
        m.key == "authorName"
            || m.key == "trainingServicePlatform"
            || (m.key == "trial" && matches!(m.value.value, Value::Object(_) | Value::Null))
    })
}

/// The member that marks a v1 config (for the "this is v1" note).
pub fn marker(root: &Node) -> Option<(NodePath, Span)> {
    let members = root.as_object()?;
    let m = ["trainingServicePlatform", "authorName", "trial"]
        .iter()
        .find_map(|k| members.iter().find(|m| m.key == *k))?;
    Some((NodePath::root().key(&m.key), m.key_span))
}

/// A v1 mapping being taken apart, as `to_v2` pops keys off its dict.
pub(crate) struct Src<'n> {
    /// Its v1 pointer.
    pub ptr: String,
    /// Its v1 words (`trial`, `localConfig`), for messages; empty at the top.
    pub words: String,
    /// The node.
    pub node: &'n Node,
    members: &'n [Member],
    taken: Vec<bool>,
}

impl<'n> Src<'n> {
    pub fn new(node: &'n Node, ptr: String, words: String) -> Src<'n> {
        let members = node.as_object().unwrap_or(&[]);
        Src {
            ptr,
            words,
            node,
            members,
            taken: vec![false; members.len()],
        }
    }

    /// Pops a key: the member, if present and not taken yet.
    pub fn pop(&mut self, key: &str) -> Option<&'n Member> {
        let i = self.members.iter().position(|m| m.key == key)?;
        let slot = self.taken.get_mut(i)?;
        if *slot {
            return None;
        }
        *slot = true;
        self.members.get(i)
    }

    /// Whether the key is there (not taken yet).
    pub fn has(&self, key: &str) -> bool {
        self.members
            .iter()
            .zip(&self.taken)
            .any(|(m, t)| !t && m.key == key)
    }

    /// The members not taken.
    pub fn rest(&self) -> Vec<&'n Member> {
        self.members
            .iter()
            .zip(&self.taken)
            .filter(|(_, t)| !**t)
            .map(|(m, _)| m)
            .collect()
    }

    /// The v1 pointer of a key of this mapping.
    pub fn key_ptr(&self, key: &str) -> String {
        pointer::push(&self.ptr, key)
    }

    /// The v1 words of a key of this mapping.
    pub fn key_words(&self, key: &str) -> String {
        if self.words.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.words)
        }
    }
}

/// A v2 mapping being built.
#[derive(Debug, Default)]
pub(crate) struct Dst {
    /// Its v2 pointer.
    pub ptr: String,
    /// Members in insertion order.
    pub members: Vec<Member>,
}

impl Dst {
    pub fn new(ptr: impl Into<String>) -> Dst {
        Dst {
            ptr: ptr.into(),
            members: Vec::new(),
        }
    }

    /// Sets a key (a Python dict assignment: an existing key keeps its place).
    pub fn set(&mut self, key: &str, key_span: Span, value: Node) {
        if let Some(m) = self.members.iter_mut().find(|m| m.key == key) {
            m.value = value;
            return;
        }
        self.members.push(Member {
            key: CompactString::from(key),
            key_span,
            value,
        });
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        self.members.iter().find(|m| m.key == key).map(|m| &m.value)
    }

    /// The v2 pointer of a key.
    pub fn key_ptr(&self, key: &str) -> String {
        pointer::push(&self.ptr, key)
    }

    /// The object node, its members in the order of the v1 keys they came from (so that a
    /// written v2 file keeps the v1 file's order).
    pub fn into_node(mut self, span: Span) -> Node {
        self.members.sort_by_key(|m| m.key_span.start());
        Node::new(Value::Object(self.members.into_boxed_slice()), span)
    }
}

/// The state of one conversion.
pub(crate) struct Conv<'t> {
    /// The v1 text (for locating).
    pub root: &'t Node,
    pub notes: Vec<Note>,
    pub map: Vec<(String, String)>,
    pub words: Vec<(String, String)>,
    pub covered: Vec<String>,
    /// Set when `to_v2` would raise: the conversion goes on to find more, but yields no tree.
    pub failed: bool,
}

impl Conv<'_> {
    /// `_move_field(src, dst, v1_key, v2_key)`: moves a non-null value.
    pub fn move_field(&mut self, src: &mut Src<'_>, dst: &mut Dst, v1_key: &str, v2_key: &str) {
        let Some(m) = src.pop(v1_key) else { return };
        if matches!(m.value.value, Value::Null) {
            return;
        }
        self.record(src, v1_key, dst, v2_key);
        dst.set(v2_key, m.key_span, m.value.clone());
    }

    /// Records where a v2 member came from.
    pub fn record(&mut self, src: &Src<'_>, v1_key: &str, dst: &Dst, v2_key: &str) {
        let v2 = dst.key_ptr(v2_key);
        let v1p = src.key_ptr(v1_key);
        // a top-level v2 key in the v1 file's dotted words (`trial.gpuNum`), a nested one by
        // its v1 name (the place is in the finding's position)
        let v1w = if dst.ptr.is_empty() {
            src.key_words(v1_key)
        } else {
            v1_key.to_owned()
        };
        if v1w != v2_key && !self.words.iter().any(|(k, _)| k == v2_key) && distinctive(v2_key) {
            self.words.push((v2_key.to_owned(), v1w));
        }
        self.map.retain(|(k, _)| *k != v2);
        self.map.push((v2, v1p));
    }

    /// `_drop_field` for a key whose loss changes nothing (`authorName`): no note.
    pub fn drop_quietly(&mut self, src: &mut Src<'_>, key: &str) {
        src.pop(key);
    }

    /// `_drop_field` / `_deprecate`: the key is logged and ignored.
    pub fn drop_field(&mut self, src: &mut Src<'_>, key: &str, why: &str) {
        if let Some(m) = src.pop(key) {
            let span = m.key_span;
            self.note(
                NoteKind::Dropped,
                src.key_ptr(key),
                span,
                format!(
                    "NNI 3.0 ignores `{}` when it converts a v1 config: {why}",
                    src.key_words(key)
                ),
                Some("delete it".to_owned()),
            );
        }
    }

    /// The keys `to_v2` left in a mapping: logged ("not fully converted") and ignored.
    pub fn leftovers(&mut self, src: &Src<'_>, known: &[&str]) {
        for m in src.rest() {
            let p = src.key_ptr(&m.key);
            let words = src.key_words(&m.key);
            let (message, help) = if known.contains(&m.key.as_str()) {
                (
                    format!(
                        "NNI 3.0 does not convert `{words}` here and ignores it (\"not fully converted\")"
                    ),
                    "delete it, or write the v2 config (`hpoconf migrate`) and set what it meant there"
                        .to_owned(),
                )
            } else {
                let help = match crate::finding::did_you_mean(&m.key, known.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("keys NNI converts here: {}", known.join(", ")),
                };
                (
                    format!(
                        "`{words}` is not a key of an NNI v1 config; NNI 3.0 ignores it (\"not fully converted\")"
                    ),
                    help,
                )
            };
            self.note(NoteKind::Dropped, p, m.key_span, message, Some(help));
        }
    }

    /// A refusal: `to_v2` raises here.
    pub fn refuse(&mut self, ptr: String, span: Span, message: String, help: Option<String>) {
        self.failed = true;
        self.note(NoteKind::Refused, ptr, span, message, help);
    }

    /// A refusal at the value of a v1 pointer.
    pub fn refuse_at(&mut self, ptr: &str, target: Target, message: String, help: Option<String>) {
        let span = pointer::locate(self.root, ptr, target);
        self.refuse(ptr.to_owned(), span, message, help);
    }

    pub fn note(
        &mut self,
        kind: NoteKind,
        pointer: String,
        span: Span,
        message: String,
        help: Option<String>,
    ) {
        self.notes.push(Note {
            kind,
            // the conversion's own pointers (built from the root by `pointer::push`) always
            // parse; this is where they become the path a finding holds
            pointer: NodePath::parse(&pointer).unwrap_or_default(),
            span,
            message,
            help,
        });
    }

    /// A required key of a mapping (`dict[key]` or `dict.pop(key)` without default): the
    /// member, or a refusal at the mapping naming the key.
    pub fn require<'n>(&mut self, src: &mut Src<'n>, key: &str, why: &str) -> Option<&'n Member> {
        if let Some(m) = src.pop(key) {
            return Some(m);
        }
        let (target, ptr) = if src.ptr.is_empty() {
            (Target::Value, String::new())
        } else {
            (Target::Key, src.ptr.clone())
        };
        let place = if src.words.is_empty() {
            "the config".to_owned()
        } else {
            format!("`{}`", src.words)
        };
        self.refuse_at(
            &ptr,
            target,
            format!(
                "{place} has no `{key}`, which NNI 3.0 needs to convert this v1 config ({why})"
            ),
            Some(format!("add `{}`", src.key_words(key))),
        );
        None
    }

    /// A mapping where `to_v2` treats the value as a dict: `Some` when it is one; a refusal
    /// otherwise (`None` and other falsy values are allowed where `allow_empty`).
    pub fn mapping<'n>(
        &mut self,
        src: &Src<'n>,
        m: &'n Member,
        allow_empty: bool,
    ) -> Option<Src<'n>> {
        let words = src.key_words(&m.key);
        let ptr = src.key_ptr(&m.key);
        if m.value.as_object().is_some() {
            return Some(Src::new(&m.value, ptr, words));
        }
        if allow_empty && falsy(&m.value) {
            return None;
        }
        self.refuse(
            ptr,
            m.value.span,
            format!(
                "`{words}` is {}, where NNI 3.0's conversion expects a mapping",
                m.value.type_name()
            ),
            None,
        );
        None
    }
}

/// Python truthiness of a value.
pub(crate) fn falsy(n: &Node) -> bool {
    match &n.value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(x) => x.as_f64() == 0.0,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
    }
}

/// v2 key names worth rewriting in messages (not `name`, `host`, `port`: too common a word).
fn distinctive(key: &str) -> bool {
    // (the completion policy's v2 name is what the conversion's own message must say)
    key.len() > 6
        && key.chars().any(|c| c.is_ascii_uppercase())
        && key != "frameworkAttemptCompletionPolicy"
}

/// Converts a v1 config's tree. The result's tree is what `to_v2` returns, or `None` when it
/// raises; its notes say why, and what it dropped.
pub fn convert(root: &Node) -> Converted {
    let mut c = Conv {
        root,
        notes: Vec::new(),
        map: Vec::new(),
        words: Vec::new(),
        covered: Vec::new(),
        failed: false,
    };
    let out = convert_root(&mut c, root);
    let mut map = c.map;
    map.sort();
    Converted {
        root: if c.failed { None } else { out },
        map,
        notes: c.notes,
        words: c.words,
        covered: c.covered,
    }
}

fn convert_root(c: &mut Conv<'_>, root: &Node) -> Option<Node> {
    if root.as_object().is_none() {
        c.refuse(
            String::new(),
            root.span,
            format!(
                "an NNI v1 config is a mapping; this is {}",
                root.type_name()
            ),
            None,
        );
        return None;
    }
    let empty = Node::new(Value::Null, Span::at(root.span.start()));
    let mut top = Src::new(root, String::new(), String::new());
    let mut v2 = Dst::new("");
    let Some(platform_member) = top.pop("trainingServicePlatform") else {
        c.refuse(
            String::new(),
            Span::at(root.span.start()),
            "this NNI v1 config has no `trainingServicePlatform`: NNI 3.0 reads it as a v2 config, \
             where its v1 keys are unknown"
                .to_owned(),
            Some("add `trainingServicePlatform: local` (or the platform meant), or write the v2 config".to_owned()),
        );
        return None;
    };
    let platform = platforms::platform(c, platform_member)?;
    if let Some((ptr, span)) = platforms::legacy_launcher(root) {
        c.note(
            NoteKind::Dropped,
            ptr,
            span,
            "with `reuse: false`, `nnictl create` of NNI 3.0 does not convert this file: it starts \
             it with its legacy launcher; hpoconf checks the conversion"
                .to_owned(),
            Some("delete `reuse: false` (v2 runs in reuse mode), or write the v2 config".to_owned()),
        );
    }

    c.drop_quietly(&mut top, "authorName");
    c.move_field(&mut top, &mut v2, "experimentName", "experimentName");
    c.drop_quietly(&mut top, "description");
    c.move_field(&mut top, &mut v2, "trialConcurrency", "trialConcurrency");
    c.move_field(
        &mut top,
        &mut v2,
        "maxExecDuration",
        "maxExperimentDuration",
    );
    c.move_field(&mut top, &mut v2, "maxTrialNum", "maxTrialNumber");
    c.move_field(&mut top, &mut v2, "searchSpacePath", "searchSpaceFile");
    if let Some(m) = top.pop("multiPhase")
        && !falsy(&m.value)
    {
        c.refuse(
            "/multiPhase".to_owned(),
            m.key_span,
            "multi-phase experiments are no longer supported (NNI 3.0: \"Multi-phase is no longer supported\")".to_owned(),
            Some("delete `multiPhase`".to_owned()),
        );
    }
    c.drop_quietly(&mut top, "multiThread");
    c.move_field(&mut top, &mut v2, "nniManagerIp", "nniManagerIp");
    c.move_field(&mut top, &mut v2, "logDir", "experimentWorkingDirectory");
    c.move_field(&mut top, &mut v2, "debug", "debug");
    c.drop_quietly(&mut top, "versionCheck");
    c.move_field(&mut top, &mut v2, "logLevel", "logLevel");
    c.drop_quietly(&mut top, "logCollection");
    c.move_field(&mut top, &mut v2, "useAnnotation", "useAnnotation");

    let mut trial = match top.pop("trial") {
        Some(m) => c.mapping(&top, m, false)?,
        None => Src::new(&empty, "/trial".to_owned(), "trial".to_owned()),
    };
    c.move_field(&mut trial, &mut v2, "command", "trialCommand");
    c.move_field(&mut trial, &mut v2, "codeDir", "trialCodeDirectory");
    c.move_field(&mut trial, &mut v2, "gpuNum", "trialGpuNumber");

    for kind in ["tuner", "assessor", "advisor"] {
        algorithms::convert(c, &mut top, &mut v2, kind);
    }

    let ts_span = platform_member.key_span;
    let mut ts = Dst::new("/trainingService");
    ts.set("platform", platform_member.key_span, platform.node.clone());
    c.map.push((
        "/trainingService".to_owned(),
        "/trainingServicePlatform".to_owned(),
    ));
    c.map.push((
        "/trainingService/platform".to_owned(),
        "/trainingServicePlatform".to_owned(),
    ));
    platforms::convert(c, &platform.name, &mut top, &mut trial, &mut v2, &mut ts);
    if platform.name == "local" {
        // what a v2 rule asks to add to the training service goes in `localConfig` here
        for (v2_key, v1_words) in [
            ("useActiveGpu", "localConfig.useActiveGpu"),
            ("maxTrialNumberPerGpu", "localConfig.maxTrialNumPerGpu"),
        ] {
            if !c.words.iter().any(|(k, _)| k == v2_key) {
                c.words.push((v2_key.to_owned(), v1_words.to_owned()));
            }
        }
    }
    v2.set(
        "trainingService",
        ts_span,
        ts.into_node(platform_member.value.span),
    );

    platforms::shared_storage(c, &mut top, &mut v2);

    c.leftovers(&trial, v1::trial_keys(&platform.name));
    c.leftovers(&top, v1::TOP_KEYS);
    Some(v2.into_node(root.span))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(text: &str) -> Converted {
        let parsed = crate::source::parse(crate::kind::Format::Yaml, text);
        convert(parsed.root.as_ref().expect("parses"))
    }

    #[test]
    fn words_are_replaced_whole() {
        assert_eq!(
            replace_word(
                "set `trialGpuNumber` or trialGpuNumberX",
                "trialGpuNumber",
                "trial.gpuNum"
            ),
            "set `trial.gpuNum` or trialGpuNumberX"
        );
    }

    #[test]
    fn local_config_converts() {
        let c = conv(
            "authorName: me\ntrialConcurrency: 1\ntrainingServicePlatform: local\nsearchSpacePath: s.json\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: python3 t.py\n  codeDir: .\n  gpuNum: 0\nlocalConfig:\n  useActiveGpu: true\n",
        );
        let root = c.root.as_ref().expect("converted");
        let json = root.to_json();
        assert_eq!(json["trainingService"]["platform"], "local");
        assert_eq!(json["trainingService"]["useActiveGpu"], true);
        assert_eq!(json["trialGpuNumber"], 0);
        assert_eq!(json["tuner"]["name"], "TPE");
        assert_eq!(c.v1_pointer("/trialGpuNumber"), "/trial/gpuNum");
        assert_eq!(
            c.v1_pointer("/trainingService/useActiveGpu"),
            "/localConfig/useActiveGpu"
        );
        assert_eq!(c.v1_pointer("/tuner/classArgs/x"), "/tuner/classArgs/x");
        assert!(c.notes.is_empty(), "{:?}", c.notes);
    }

    #[test]
    fn unknown_platform_is_refused() {
        let c = conv("trainingServicePlatform: adl\ntrial:\n  command: x\n");
        assert!(c.refused());
        assert_eq!(c.notes[0].pointer.to_pointer(), "/trainingServicePlatform");
    }
}
