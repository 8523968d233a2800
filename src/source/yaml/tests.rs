//! The reader's behaviour: spans, resolution, problems, budgets, hazards.

use super::parse;
use super::yaml11::{Cat, yaml11_kind};
use crate::source::{Limits, Node, Number, Parsed, Span, SyntaxKind, Value};
use std::time::{Duration, Instant};

fn read(t: &str) -> Parsed {
    parse(t, &Limits::default())
}

fn at(t: &str, s: Span) -> &str {
    t.get(s.range()).unwrap_or("<bad span>")
}

fn kinds(p: &Parsed) -> Vec<SyntaxKind> {
    p.problems.iter().map(|p| p.kind).collect()
}

#[test]
fn spans_of_scalars_keys_and_collections() {
    let t = "name: 'exp 1'\nquoted: \"ü\"\nlist:\n  - 1\n  - two\nflow: {a: [1, 2], b: ~}\nblock: |\n  line1\n  line2\n\n# end\n";
    let p = read(t);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let root = p.root.expect("root");
    assert_eq!(root.span.start(), 0);
    let name = root.member("name").expect("name");
    assert_eq!(at(t, name.key_span), "name");
    assert_eq!(at(t, name.value.span), "'exp 1'");
    assert_eq!(name.value.as_str(), Some("exp 1"));
    assert_eq!(at(t, root.get("quoted").expect("q").span), "\"ü\"");
    let list = root.get("list").expect("list");
    assert_eq!(at(t, list.span), "- 1\n  - two");
    let items = list.as_array().expect("array");
    assert_eq!(items[0].value, Value::Number(Number::Int(1)));
    assert_eq!(at(t, items[1].span), "two");
    let flow = root.get("flow").expect("flow");
    assert_eq!(at(t, flow.span), "{a: [1, 2], b: ~}");
    assert_eq!(at(t, flow.get("a").expect("a").span), "[1, 2]");
    assert_eq!(flow.get("b").expect("b").value, Value::Null);
    let block = root.get("block").expect("block");
    assert_eq!(block.as_str(), Some("line1\nline2\n"));
    assert_eq!(at(t, block.span), "line1\n  line2");
    assert_eq!(at(t, root.span), t.trim_end_matches("\n\n# end\n"));
}

#[test]
fn core_schema_resolution() {
    let t = "a: ~\nb: null\nc:\nd: True\ne: FALSE\nf: -12\ng: 0x1F\nh: 0o17\ni: 1.5\nj: 1e-7\nk: .inf\nl: -.Inf\nm: .nan\nn: yes\no: '1'\np: !!str 1\nq: !!int '7'\nr: !!float 2\ns: !!bool yes\nt: !!null x\nu: 9223372036854775808\nv: 1.\n";
    let p = read(t);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let r = p.root.expect("root");
    let v = |k: &str| r.get(k).expect(k).value.clone();
    assert_eq!(v("a"), Value::Null);
    assert_eq!(v("b"), Value::Null);
    assert_eq!(v("c"), Value::Null);
    assert_eq!(v("d"), Value::Bool(true));
    assert_eq!(v("e"), Value::Bool(false));
    assert_eq!(v("f"), Value::Number(Number::Int(-12)));
    assert_eq!(v("g"), Value::Number(Number::Int(31)));
    assert_eq!(v("h"), Value::Number(Number::Int(15)));
    assert_eq!(v("i"), Value::Number(Number::Float(1.5)));
    assert_eq!(v("j"), Value::Number(Number::Float(1e-7)));
    assert_eq!(v("k"), Value::Number(Number::Float(f64::INFINITY)));
    assert_eq!(v("l"), Value::Number(Number::Float(f64::NEG_INFINITY)));
    assert!(matches!(v("m"), Value::Number(Number::Float(f)) if f.is_nan()));
    assert_eq!(v("n"), Value::String("yes".into()));
    assert_eq!(v("o"), Value::String("1".into()));
    assert_eq!(v("p"), Value::String("1".into()));
    assert_eq!(v("q"), Value::Number(Number::Int(7)));
    assert_eq!(v("r"), Value::Number(Number::Float(2.0)));
    assert_eq!(v("s"), Value::Bool(true));
    assert_eq!(v("t"), Value::Null);
    assert_eq!(v("u"), Value::Number(Number::UInt(9223372036854775808)));
    assert_eq!(v("v"), Value::Number(Number::Float(1.0)));
}

#[test]
fn numbers_out_of_range() {
    let t = "a: 123456789012345678901234567890\nb: -99999999999999999999\nc: 0xFFFFFFFFFFFFFFFFFF\nd: 1e400\n";
    let p = read(t);
    assert_eq!(kinds(&p), vec![SyntaxKind::NumberRange; 4]);
    assert_eq!(at(t, p.problems[0].span), "123456789012345678901234567890");
    assert_eq!(p.problems[0].pointer.to_pointer(), "/a");
    let r = p.root.expect("root");
    assert!(matches!(r.get("a").expect("a").value, Value::Number(Number::Float(f)) if f > 1e29));
    assert!(matches!(r.get("c").expect("c").value, Value::Number(Number::Float(f)) if f > 1e21));
}

#[test]
fn bad_core_tags() {
    let t = "a: !!int x\nb: !!map 1\nc: !!str [1]\n";
    let p = read(t);
    assert_eq!(kinds(&p), vec![SyntaxKind::Invalid; 3]);
    assert_eq!(p.problems[0].pointer.to_pointer(), "/a");
    assert!(p.problems[0].message.contains("not an integer"));
    let r = p.root.expect("root");
    assert_eq!(r.get("a").expect("a").as_str(), Some("x"));
    assert!(r.get("c").expect("c").as_array().is_some());
}

#[test]
fn duplicate_keys_keep_the_first() {
    let t = "a: 1\nb: 2\na: 3\n";
    let p = read(t);
    assert_eq!(kinds(&p), vec![SyntaxKind::DuplicateKey]);
    assert_eq!(p.problems[0].span, Span::new(10, 11));
    assert_eq!(p.problems[0].pointer.to_pointer(), "/a");
    assert!(p.problems[0].message.contains("`a`"));
    let r = p.root.expect("root");
    assert_eq!(r.as_object().map(|m| m.len()), Some(2));
    assert_eq!(r.get("a").expect("a").value, Value::Number(Number::Int(1)));
}

#[test]
fn non_string_keys() {
    let t = "1: one\ntrue: yes\n? [1, 2]\n: complex\n~: n\n'x': q\n";
    let p = read(t);
    assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
    assert!(
        p.problems[0]
            .message
            .contains("an array is used as a mapping key")
    );
    assert_eq!(at(t, p.problems[0].span), "[1, 2]");
    let r = p.root.expect("root");
    let keys: Vec<&str> = r
        .as_object()
        .expect("object")
        .iter()
        .map(|m| m.key.as_str())
        .collect();
    assert_eq!(keys, vec!["1", "true", "~", "x"]);
    assert_eq!(at(t, r.member("x").expect("x").key_span), "'x'");
}

#[test]
fn aliases_expand_with_the_alias_span() {
    let t = "base: &b {x: 1, y: [2]}\nuse: *b\nscalar: &s hi\nagain: *s\n";
    let p = read(t);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let r = p.root.expect("root");
    let u = r.get("use").expect("use");
    assert_eq!(at(t, u.span), "*b");
    assert_eq!(u.get("x").expect("x").value, Value::Number(Number::Int(1)));
    assert_eq!(at(t, u.get("y").expect("y").span), "[2]");
    assert_eq!(r.get("again").expect("again").as_str(), Some("hi"));
}

#[test]
fn unknown_and_recursive_aliases() {
    let p = read("a: *nope\nb: 1\n");
    assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
    assert!(p.problems[0].message.contains("`*nope`"));
    assert_eq!(p.problems[0].pointer.to_pointer(), "/a");
    let r = p.root.expect("root");
    assert_eq!(r.get("a").expect("a").value, Value::Null);
    assert!(r.get("b").is_some());
    let p = read("a: &x [1, *x]\n");
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
    assert_eq!(p.problems[0].pointer.to_pointer(), "/a/1");
}

#[test]
fn merge_keys_like_pyyaml() {
    let t = "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2, w: 2}\nc:\n  <<: [*a, *b]\n  w: 3\n  v: 4\nd:\n  k: 0\n  <<: *a\n";
    let p = read(t);
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    let r = p.root.expect("root");
    let c = r.get("c").expect("c");
    let num = |n: &Node, k: &str| n.get(k).map(|v| v.value.clone());
    assert_eq!(num(c, "x"), Some(Value::Number(Number::Int(1))));
    assert_eq!(num(c, "y"), Some(Value::Number(Number::Int(1)))); // earlier source wins
    assert_eq!(num(c, "z"), Some(Value::Number(Number::Int(2))));
    assert_eq!(num(c, "w"), Some(Value::Number(Number::Int(3)))); // explicit wins
    assert!(c.get("<<").is_none());
    let keys: Vec<&str> = c
        .as_object()
        .expect("obj")
        .iter()
        .map(|m| m.key.as_str())
        .collect();
    assert_eq!(keys, vec!["x", "y", "z", "w", "v"]);
    // merged members keep the span of the text they come from
    assert_eq!(at(t, c.member("x").expect("x").key_span), "x");
    assert_eq!(c.member("x").expect("x").key_span.start(), 7);
    let d = r.get("d").expect("d");
    assert_eq!(d.as_object().map(|m| m.len()), Some(3));
    let bad = read("a:\n  <<: 1\n  <<: {x: 1}\n'<<': q\n");
    assert_eq!(
        kinds(&bad),
        vec![SyntaxKind::Invalid, SyntaxKind::DuplicateKey]
    );
    let r = bad.root.expect("root");
    assert_eq!(r.get("<<").and_then(Node::as_str), Some("q"));
}

#[test]
fn billion_laughs_is_bounded_and_fast() {
    let mut t = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for w in names.windows(2) {
        let (prev, next) = (w[0], w[1]);
        t.push_str(&format!(
            "{next}: &{next} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    let start = Instant::now();
    let p = read(&t);
    assert!(start.elapsed() < Duration::from_secs(2));
    assert!(p.root.is_none());
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
    assert!(p.problems[0].message.contains("100000"));
    // a small budget stops a small expansion
    let small = parse(
        "a: &a [1, 2]\nb: [*a, *a]\n",
        &Limits {
            max_depth: 10,
            max_alias_expansion: 5,
        },
    );
    assert_eq!(kinds(&small), vec![SyntaxKind::Unsupported]);
}

#[test]
fn deep_nesting_never_overflows() {
    let deep = "[".repeat(1_000_000);
    let p = read(&deep);
    assert!(p.root.is_none());
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
    assert!(p.problems[0].message.contains("128"));

    let dashes = "- ".repeat(1_000_000) + "x\n";
    let p = read(&dashes);
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);

    let mut block = String::new();
    for i in 0..2000 {
        block.push_str(&" ".repeat(i));
        block.push_str("a:\n");
    }
    let p = read(&block);
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);

    // exactly one level too deep: dropped, the rest kept
    let limits = Limits {
        max_depth: 2,
        max_alias_expansion: 100,
    };
    let p = parse("a: [[1]]\nb: 2\n", &limits);
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
    let r = p.root.expect("root");
    assert_eq!(
        r.get("a").and_then(Node::as_array).map(<[Node]>::len),
        Some(1)
    );
    assert!(r.get("b").is_some());
    // an alias that would expand too deep
    let p = parse(
        "x: &x [[1]]\ny: [*x]\n",
        &Limits {
            max_depth: 3,
            max_alias_expansion: 100,
        },
    );
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
}

#[test]
fn documents() {
    let p = read("");
    assert!(p.problems.is_empty());
    assert_eq!(p.root, Some(Node::new(Value::Null, Span::at(0))));
    let p = read("# only a comment\n\n");
    assert_eq!(p.root.map(|r| r.value), Some(Value::Null));
    let t = "a: 1\n---\nb: 2\n";
    let p = read(t);
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported]);
    assert_eq!(at(t, p.problems[0].span), "---");
    let r = p.root.expect("root");
    assert!(r.get("a").is_some() && r.get("b").is_none());
    let p = read("---\na: 1\n...\n");
    assert!(p.problems.is_empty());
}

#[test]
fn foreign_tags() {
    let t = "cmd: !!python/object/apply:os.system [\"rm -rf /\"]\nx: !custom 5\nd: !!binary aGk=\n";
    let p = read(t);
    assert_eq!(kinds(&p), vec![SyntaxKind::Unsupported; 3]);
    assert_eq!(at(t, p.problems[0].span), "!!python/object/apply:os.system");
    assert!(p.problems[0].message.contains("safe loader"));
    assert_eq!(p.problems[1].pointer.to_pointer(), "/x");
    assert!(p.problems[2].message.contains("not supported"));
    let r = p.root.expect("root");
    assert_eq!(r.get("x").expect("x").value, Value::Number(Number::Int(5)));
    assert!(r.get("cmd").and_then(Node::as_array).is_some());
}

#[test]
fn syntax_errors_are_located() {
    let t = "a: [1, 2\nb: 3\n";
    let p = read(t);
    assert!(p.root.is_none());
    assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
    assert!(p.problems[0].message.starts_with("invalid YAML: "));
    let p = read("a: b: c\n");
    assert_eq!(p.problems[0].span.start(), 4);
    let p = read("a:\n\t- b\n");
    assert_eq!(kinds(&p), vec![SyntaxKind::Invalid]);
}

#[test]
fn crlf_and_multibyte() {
    let t = "é: ü\r\nlist:\r\n  - 1\r\n  - \"ß\"\r\n";
    let p = read(t);
    assert!(p.problems.is_empty());
    let r = p.root.expect("root");
    let m = r.member("é").expect("é");
    assert_eq!(at(t, m.key_span), "é");
    assert_eq!(at(t, m.value.span), "ü");
    assert_eq!(at(t, r.get("list").expect("list").span), "- 1\r\n  - \"ß\"");
}

fn hazard(text: &str) -> Option<(&'static str, &'static str)> {
    let doc = format!("v: {text}\n");
    let p = read(&doc);
    assert!(p.hazards.len() <= 1);
    p.hazards.first().map(|h| {
        assert_eq!(h.pointer.to_pointer(), "/v");
        assert_eq!(h.text, text);
        assert_eq!(at(&doc, h.span), text);
        (h.yaml12, h.yaml11)
    })
}

#[test]
fn yaml11_hazards() {
    assert_eq!(hazard("1e-7"), Some(("a float", "a string")));
    assert_eq!(hazard("1E5"), Some(("a float", "a string")));
    assert_eq!(hazard("1.0e5"), Some(("a float", "a string")));
    assert_eq!(hazard("-.5"), Some(("a float", "a string")));
    for b in ["yes", "No", "ON", "off", "Yes", "NO"] {
        assert_eq!(hazard(b), Some(("a string", "a boolean")), "{b}");
    }
    assert_eq!(
        hazard("0777"),
        Some(("a decimal integer", "an octal integer"))
    );
    assert_eq!(hazard("0o17"), Some(("an integer", "a string")));
    assert_eq!(hazard("1_000"), Some(("a string", "an integer")));
    assert_eq!(hazard("1_000.5"), Some(("a string", "a float")));
    assert_eq!(hazard("12:30"), Some(("a string", "a sexagesimal number")));
    assert_eq!(
        hazard("1:30:00"),
        Some(("a string", "a sexagesimal number"))
    );
    assert_eq!(hazard("0b1010"), Some(("a string", "a binary integer")));
    assert_eq!(hazard("+0x1F"), Some(("a string", "an integer")));
    assert_eq!(hazard("09"), Some(("an integer", "a string")));
    assert_eq!(hazard("2024-01-31"), Some(("a string", "a timestamp")));
    assert_eq!(
        hazard("="),
        Some((
            "a string",
            "an error (PyYAML's safe loader cannot construct it)"
        ))
    );
    // the same in both
    for same in [
        "1.0e-7", "1.5", ".5", "1.", "10", "-3", "0", "00", "0x1F", "true", "False", "~", "null",
        "y", "n", "abc", ".inf", "-.inf", ".NaN", "0:30", "1.0E+5",
    ] {
        assert_eq!(hazard(same), None, "{same}");
    }
    // quoted, tagged, keys: never
    let p = read("'yes': \"1e-7\"\nb: !!str yes\nc: [no, 'no']\n");
    assert_eq!(p.hazards.len(), 1);
    assert_eq!(p.hazards[0].pointer.to_pointer(), "/c/0");
}

/// What PyYAML 6.0.3 `safe_load` returns for `v: TEXT` (checked with Python).
#[test]
fn yaml11_kinds_match_pyyaml() {
    let table: &[(&str, Cat)] = &[
        ("1e-7", Cat::Str),
        ("1E5", Cat::Str),
        ("1.0e5", Cat::Str),
        ("1.0e+5", Cat::Float),
        ("1.0E-7", Cat::Float),
        ("-.5", Cat::Str),
        ("+.5", Cat::Str),
        (".5", Cat::Float),
        ("1.", Cat::Float),
        ("yes", Cat::Bool),
        ("No", Cat::Bool),
        ("ON", Cat::Bool),
        ("off", Cat::Bool),
        ("y", Cat::Str),
        ("n", Cat::Str),
        ("0777", Cat::Int),
        ("00", Cat::Int),
        ("0o17", Cat::Str),
        ("1_000", Cat::Int),
        ("1_000.5", Cat::Float),
        ("12:30", Cat::Int),
        ("1:30:00", Cat::Int),
        ("1:30.5", Cat::Float),
        ("0:30", Cat::Str),
        ("0b1010", Cat::Int),
        ("+0x1F", Cat::Int),
        ("0x1F", Cat::Int),
        ("0x_1F", Cat::Int),
        ("09", Cat::Str),
        ("08", Cat::Str),
        ("2024-01-31", Cat::Other),
        ("2001-12-14t21:59:43.10-05:00", Cat::Other),
        ("=", Cat::Other),
        ("~", Cat::Null),
        ("null", Cat::Null),
        ("", Cat::Null),
        (".inf", Cat::Float),
        ("-.Inf", Cat::Float),
        ("+.inf", Cat::Float),
        (".NaN", Cat::Float),
        ("true", Cat::Bool),
        ("False", Cat::Bool),
        ("-0", Cat::Int),
        ("+12", Cat::Int),
        ("0_", Cat::Int),
        ("1__0", Cat::Int),
        ("abc", Cat::Str),
        ("1.5_", Cat::Float),
        ("-0777", Cat::Int),
    ];
    for (text, cat) in table {
        assert_eq!(yaml11_kind(text).cat(), *cat, "{text:?}");
    }
}
