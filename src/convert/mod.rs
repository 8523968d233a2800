//! NNI v1 experiment configs, converted to v2 as NNI 3.0 does (`nnictl create` with
//! `nni/experiment/config/convert.py`, `to_v2`), key by key and platform by platform.
//!
//! The conversion works on the span tree: every node of the v2 tree it builds carries the
//! span of the v1 key or value it came from, so a rule that runs on the v2 tree points into the
//! v1 file. Both sides are named by typed paths ([`NodePath`]), built key by key as `to_v2`
//! reads and writes its dicts (the state of a conversion, in `state`): [`Converted::v1_path`]
//! maps each v2 path to the v1 path it came from, and a note holds the path of its v1 member.
//! A pointer string is written only for output ([`Converted::v1_pointer`] is the pointer form
//! of the map, for tools and tests).
//! What `to_v2` refuses (an exception that stops `nnictl create`) is a [`Note`] of kind
//! [`NoteKind::Refused`]; what it drops (a key it logs and ignores) is [`NoteKind::Dropped`].
//!
//! `to_v2` in NNI 3.0 differs from the older one on NNI's main branch (which refused any key
//! it did not convert): in 3.0, an unknown key is logged and ignored, `pai` is accepted for
//! `openpai`, `frameworkcontroller` is converted, and sizes (`memoryMB`) are moved as they are.

mod algorithms;
pub mod emit;
mod platforms;
mod state;

use crate::model::exp_yml_v1 as v1;
use crate::source::path::NodePath;
use crate::source::{Node, Span, Value};
use state::{Conv, Dst, Src, falsy};

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
    /// `(v2 path, v1 path)` of every member moved, one entry for each v2 path.
    map: Vec<(NodePath, NodePath)>,
    /// Refusals and dropped keys, in the order `to_v2` meets them.
    pub notes: Vec<Note>,
    /// `(v2 key, v1 words)` for keys whose v1 name differs (`trialGpuNumber`, `trial.gpuNum`).
    pub words: Vec<(String, String)>,
    /// v1 paths where a note of kind [`NoteKind::Invalid`] says what a v2 rule would (the
    /// v2 rules' findings there are left out: one mistake, one finding).
    pub(crate) covered: Vec<NodePath>,
}

impl Converted {
    /// Whether `to_v2` refuses the file.
    pub fn refused(&self) -> bool {
        self.root.is_none()
    }

    /// The v1 path a v2 path came from (the longest mapped prefix, with the rest of the path
    /// appended); the path itself when nothing maps it.
    pub fn v1_path(&self, v2: &NodePath) -> NodePath {
        match self.mapped(v2) {
            Some((from, to)) => NodePath::from_iter(
                to.segs()
                    .iter()
                    .chain(v2.segs().iter().skip(from.len()))
                    .cloned(),
            ),
            None => v2.clone(),
        }
    }

    /// [`Converted::v1_path`] of a pointer (the rest of the pointer after the mapped prefix is
    /// kept as written); the pointer itself when nothing maps it.
    pub fn v1_pointer(&self, v2: &str) -> String {
        let Some((from, to)) = NodePath::parse(v2).and_then(|p| self.mapped(&p)) else {
            return v2.to_owned();
        };
        let rest = v2
            .match_indices('/')
            .nth(from.len())
            .and_then(|(at, _)| v2.get(at..))
            .unwrap_or("");
        format!("{to}{rest}")
    }

    /// Whether the v2 rules' findings at this v2 path are left out (a note says it).
    pub(crate) fn covers(&self, v2: &NodePath) -> bool {
        !self.covered.is_empty() && self.covered.contains(&self.v1_path(v2))
    }

    /// The longest mapped prefix of a v2 path, and the v1 path it maps to.
    fn mapped(&self, v2: &NodePath) -> Option<(&NodePath, &NodePath)> {
        self.map
            .iter()
            .filter(|(from, _)| v2.segs().starts_with(from.segs()))
            .max_by_key(|(from, _)| from.len())
            .map(|(from, to)| (from, to))
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
    Converted {
        root: if c.failed { None } else { out },
        map: c.map,
        notes: c.notes,
        words: c.words,
        covered: c.covered,
    }
}

fn convert_root(c: &mut Conv<'_>, root: &Node) -> Option<Node> {
    if root.as_object().is_none() {
        c.refuse(
            NodePath::root(),
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
    let mut top = Src::new(root, NodePath::root(), String::new());
    let mut v2 = Dst::new(NodePath::root());
    let Some(platform_member) = top.pop("trainingServicePlatform") else {
        c.refuse(
            NodePath::root(),
            Span::at(root.span.start()),
            "this NNI v1 config has no `trainingServicePlatform`: NNI 3.0 reads it as a v2 config, \
             where its v1 keys are unknown"
                .to_owned(),
            Some("add `trainingServicePlatform: local` (or the platform meant), or write the v2 config".to_owned()),
        );
        return None;
    };
    let platform = platforms::platform(c, platform_member)?;
    if let Some((path, span)) = platforms::legacy_launcher(root) {
        c.note(
            NoteKind::Dropped,
            path,
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
            top.key_path("multiPhase"),
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
        None => Src::new(&empty, top.key_path("trial"), "trial".to_owned()),
    };
    c.move_field(&mut trial, &mut v2, "command", "trialCommand");
    c.move_field(&mut trial, &mut v2, "codeDir", "trialCodeDirectory");
    c.move_field(&mut trial, &mut v2, "gpuNum", "trialGpuNumber");

    for kind in ["tuner", "assessor", "advisor"] {
        algorithms::convert(c, &mut top, &mut v2, kind);
    }

    let ts_span = platform_member.key_span;
    let mut ts = Dst::new(v2.key_path("trainingService"));
    ts.set("platform", platform_member.key_span, platform.node.clone());
    let platform_path = top.key_path("trainingServicePlatform");
    c.map_to(ts.path.clone(), platform_path.clone());
    c.map_to(ts.key_path("platform"), platform_path);
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
    fn paths_map_typed_and_as_pointers() {
        let c = conv(
            "trialConcurrency: 1\ntrainingServicePlatform: remote\ntuner:\n  builtinTunerName: TPE\ntrial:\n  command: x\n  codeDir: .\nmachineList:\n  - ip: 10.0.0.2\n    passphrase: p\n",
        );
        let machine = NodePath::root()
            .key("trainingService")
            .key("machineList")
            .index(0);
        let v1 = NodePath::root().key("machineList").index(0);
        assert_eq!(c.v1_path(&machine.key("host")), v1.key("ip"));
        assert_eq!(c.v1_path(&machine.key("x").index(2)), v1.key("x").index(2));
        assert_eq!(
            c.v1_pointer("/trainingService/machineList/0/host"),
            "/machineList/0/ip"
        );
        // the rest of a pointer is kept as written, and an unmapped one is left alone
        assert_eq!(
            c.v1_pointer("/trainingService/machineList/0/a~2"),
            "/machineList/0/a~2"
        );
        assert_eq!(c.v1_pointer("/a~2"), "/a~2");
        assert_eq!(c.v1_pointer("x"), "x");
        assert!(c.covers(&machine.key("passphrase")));
        assert!(!c.covers(&machine.key("host")));
    }

    #[test]
    fn unknown_platform_is_refused() {
        let c = conv("trainingServicePlatform: adl\ntrial:\n  command: x\n");
        assert!(c.refused());
        assert_eq!(c.notes[0].pointer.to_pointer(), "/trainingServicePlatform");
    }
}
