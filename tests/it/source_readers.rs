//! Property tests of the YAML and INI readers: no input makes them panic, and every span they
//! return lies within the text, on character boundaries.

use hpoconf::source::{Limits, Node, Parsed, Span, Value, ini, yaml};
use proptest::prelude::*;

fn span_ok(text: &str, s: Span) -> bool {
    s.start() <= s.end()
        && s.end() <= text.len()
        && text.is_char_boundary(s.start())
        && text.is_char_boundary(s.end())
}

fn check_node(text: &str, root: &Node) -> Result<(), TestCaseError> {
    let mut todo = vec![root];
    while let Some(n) = todo.pop() {
        prop_assert!(span_ok(text, n.span), "node span {:?}", n.span);
        match &n.value {
            Value::Array(items) => todo.extend(items.iter()),
            Value::Object(members) => {
                for m in members {
                    prop_assert!(span_ok(text, m.key_span), "key span {:?}", m.key_span);
                    todo.push(&m.value);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check(text: &str, p: &Parsed) -> Result<(), TestCaseError> {
    if let Some(root) = &p.root {
        check_node(text, root)?;
    }
    for problem in &p.problems {
        prop_assert!(span_ok(text, problem.span), "problem span {:?}", problem);
        prop_assert!(!problem.message.is_empty());
    }
    for h in &p.hazards {
        prop_assert!(span_ok(text, h.span), "hazard span {:?}", h);
    }
    Ok(())
}

const YAML_BITS: &[&str] = &[
    ":",
    ": ",
    "-",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "<<: ",
    "!!str ",
    "!!int ",
    "!!python/object:x ",
    "!x ",
    "! ",
    "\"",
    "'",
    "|",
    ">",
    "|-\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "#",
    "? ",
    "---\n",
    "...\n",
    "a",
    "b",
    "1",
    "1e-7",
    "yes",
    "0777",
    "12:30",
    "~",
    "é",
    "ß",
    "\u{feff}",
    "%YAML 1.2\n",
    "\\",
    "\0",
    "=",
];

const INI_BITS: &[&str] = &[
    "[",
    "]",
    "[s]\n",
    "[DEFAULT]\n",
    "=",
    ":",
    " = ",
    "#",
    ";",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "  ",
    "key",
    "KEY",
    "value",
    "C:\\path",
    "{{ x }}",
    "{% if a %}",
    "{#",
    "%}",
    "é",
    "\0",
    "\u{2028}",
    "\u{1c}",
    "\u{3000}",
];

fn fragments(bits: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(bits), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn yaml_arbitrary_strings(text in any::<String>()) {
        let p = yaml::parse(&text, &Limits::default());
        check(&text, &p)?;
    }

    #[test]
    fn yaml_fragments(text in fragments(YAML_BITS)) {
        let p = yaml::parse(&text, &Limits { max_depth: 8, max_alias_expansion: 50 });
        check(&text, &p)?;
        let p = yaml::parse(&text, &Limits::default());
        check(&text, &p)?;
    }

    #[test]
    fn ini_arbitrary_strings(text in any::<String>()) {
        let p = ini::parse(&text);
        prop_assert!(p.root.is_some());
        check(&text, &p)?;
    }

    #[test]
    fn ini_fragments(text in fragments(INI_BITS)) {
        let p = ini::parse(&text);
        prop_assert!(p.root.is_some());
        check(&text, &p)?;
    }
}

#[test]
fn yaml_reads_an_nni_experiment() {
    let text = "\
experimentName: mnist
searchSpaceFile: search_space.json
trialCommand: python3 mnist.py
trialConcurrency: 2
maxTrialNumber: 10
tuner:
  name: TPE
  classArgs:
    optimize_mode: maximize
trainingService:
  platform: local
  useActiveGpu: no
learningRate: 1e-3
";
    let p = yaml::parse(text, &Limits::default());
    assert!(p.problems.is_empty());
    let root = p.root.expect("root");
    assert_eq!(
        hpoconf::source::pointer::resolve(&root, "/tuner/classArgs/optimize_mode")
            .and_then(Node::as_str),
        Some("maximize")
    );
    let pointers: Vec<String> = p.hazards.iter().map(|h| h.pointer.to_pointer()).collect();
    assert_eq!(
        pointers,
        vec!["/trainingService/useActiveGpu", "/learningRate"]
    );
}
