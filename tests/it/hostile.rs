//! Hostile inputs (issue 7): each is checked in bounded time and gives a clear, located
//! diagnostic with the exact code and position. Positions are 1-based lines and columns in
//! Unicode characters; `end_*` is the position just past the span.
//!
//! No test here reads the clock (a busy machine makes any limit flaky): the sizes prove that
//! nothing is exponential, and `benches/` with `examples/perf_ratios.rs` measure linear growth.

use hpoconf::check::check_bytes;
use hpoconf::{Diagnostic, FileReport, Kind, Severity, check_str};

/// The size of the "ten megabyte" cases: 10 MB in release builds (`cargo test --release`), 1 MB
/// in debug builds, where one 10 MB case took 35 s (the cost is linear: benches/ measure it).
const BIG: usize = if cfg!(debug_assertions) {
    1_000_000
} else {
    10_000_000
};

fn check(name: &str, text: &str) -> FileReport {
    check_str(name, text, None)
}

fn check_kind(name: &str, text: &str, kind: Kind) -> FileReport {
    check_str(name, text, Some(kind))
}

/// The only diagnostic with `code` (fails if there is none or several).
fn one<'r>(report: &'r FileReport, code: &str) -> &'r Diagnostic {
    let found: Vec<&Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one {code} expected in {:#?}",
        report.diagnostics
    );
    found[0]
}

/// Asserts the start and end of a diagnostic.
#[track_caller]
fn at(d: &Diagnostic, start: (usize, usize), end: (usize, usize)) {
    assert_eq!(
        ((d.line, d.column), (d.end_line, d.end_column)),
        (start, end),
        "position of {d:#?}"
    );
}

/// The diagnostic with `code` at `pointer`.
fn by_ptr<'r>(report: &'r FileReport, code: &str, pointer: &str) -> &'r Diagnostic {
    let found = report
        .diagnostics
        .iter()
        .find(|d| d.code == code && d.pointer == pointer);
    match found {
        Some(d) => d,
        None => panic!("no {code} at {pointer} in {:#?}", report.diagnostics),
    }
}

fn codes(report: &FileReport) -> Vec<&str> {
    report.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// YAML aliases

#[test]
fn yaml_billion_laughs_is_stopped_by_the_alias_budget() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let refs = vec![format!("*{prev}"); 9].join(", ");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    assert_eq!(d.name, "unsupported-yaml");
    assert!(
        d.message
            .contains("aliases expand to more than 100000 nodes"),
        "{d:?}"
    );
    // 9 + 81 + 729 + 6561 + 59049 nodes fit; the budget trips in `f`'s second alias
    at(d, (6, 8), (6, 10));
    assert_eq!(d.pointer, "/f/0");
    // the tree is not used: no shape diagnostic follows
    assert_eq!(codes(&r), ["HPO005"]);
}

#[test]
fn yaml_alias_of_a_large_mapping_repeated_is_stopped() {
    let keys: Vec<String> = (0..1000).map(|i| format!("k{i}: {i}")).collect();
    let text = format!(
        "a: &a {{{}}}\nb: [{}]\n",
        keys.join(", "),
        vec!["*a"; 200].join(", ")
    );
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    assert_eq!(d.line, 2);
    assert_eq!(d.pointer, "/b/49");
}

#[test]
fn yaml_merge_key_bomb_is_stopped() {
    let keys: Vec<String> = (0..1000).map(|i| format!("k{i}: {i}")).collect();
    let mut text = format!("a: &a {{{}}}\n", keys.join(", "));
    for i in 0..2000 {
        text.push_str(&format!("m{i}: {{<<: *a}}\n"));
    }
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    at(d, (51, 11), (51, 13));
    assert_eq!(d.pointer, "/m49/<<");
}

#[test]
fn yaml_long_alias_chain_hits_depth_then_budget() {
    // a1 = [a0], a2 = [a1], ...: each alias nests one level deeper than the last
    let mut text = String::from("a0: &a0 x\n");
    for i in 1..5000 {
        text.push_str(&format!("a{i}: &a{i} [*a{}]\n", i - 1));
    }
    let r = check("exp.yml", &text);
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "HPO005")
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].message, "nesting deeper than 128 levels");
    at(found[0], (129, 14), (129, 19));
    assert_eq!(found[0].pointer, "/a128/0");
    assert!(found[1].message.contains("aliases expand"));
    at(found[1], (1607, 16), (1607, 22));
}

#[test]
fn yaml_many_aliases_of_a_scalar_are_cheap() {
    // 50,000 aliases of one scalar: within the budget, linear
    let text = format!(
        "experimentName: &n x\ntrialConcurrency: 1\ntrainingService: {{platform: local}}\ntrialCommand: x\nsearchSpace: {{}}\ntags: [{}]\n",
        vec!["*n"; 50_000].join(", ")
    );
    let r = check("exp.yml", &text);
    assert!(!codes(&r).contains(&"HPO005"), "{:#?}", r.diagnostics);
}

// ---------------------------------------------------------------------------------------------
// Deep nesting

#[test]
fn json_million_deep_arrays() {
    let text = "[".repeat(1_000_000);
    let r = check("search_space.json", &text);
    let d = one(&r, "HPO001");
    assert_eq!(d.message, "invalid JSON: maximum nesting depth exceeded");
    at(d, (1, 513), (1, 515));
    let balanced = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    let r = check_kind("hpo.json", &balanced, Kind::HpoConfig);
    at(one(&r, "HPO001"), (1, 513), (1, 515));
}

#[test]
fn json_million_deep_objects() {
    let text = "{\"a\":".repeat(1_000_000);
    let r = check("search_space.json", &text);
    let d = one(&r, "HPO001");
    assert_eq!(d.message, "invalid JSON: maximum nesting depth exceeded");
    at(d, (1, 1282), (1, 1287));
}

#[test]
fn json_deep_but_parseable_nesting_is_cut_at_the_limit() {
    // 300 levels: below the parser's cap, above hpoconf's 128
    let text = format!("{{\"${{a}}\": {}{}}}", "[".repeat(300), "]".repeat(300));
    let r = check("search_space.json", &text);
    let d = one(&r, "HPO005");
    assert_eq!(d.message, "nesting deeper than 128 levels");
    assert_eq!(d.line, 1);
    // the root object is level 0, the array of `${a}` level 1: the first dropped `[` is level 129
    assert_eq!(d.column, 9 + 129);
}

#[test]
fn yaml_million_deep_flow_sequences() {
    let text = "[".repeat(1_000_000);
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    assert_eq!(d.message, "nesting deeper than 128 levels");
    at(d, (1, 131), (1, 132));
    let balanced = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    at(
        one(&check("exp.yml", &balanced), "HPO005"),
        (1, 131),
        (1, 132),
    );
}

#[test]
fn yaml_million_deep_flow_mappings() {
    let text = "{a: ".repeat(1_000_000);
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    assert_eq!(d.message, "nesting deeper than 128 levels");
    assert_eq!(d.line, 1);
}

#[test]
fn yaml_million_deep_block_sequences() {
    let text = "- ".repeat(1_000_000) + "x\n";
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    assert_eq!(d.message, "nesting deeper than 128 levels");
    at(d, (1, 259), (1, 259));
}

#[test]
fn yaml_deep_block_mappings() {
    // indentation makes the text quadratic in the depth: 3,000 levels is 4.5 MB
    let mut text = String::new();
    for i in 0..3000 {
        text.push_str(&" ".repeat(i));
        text.push_str("a:\n");
    }
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO005");
    at(d, (129, 129), (129, 130));
}

#[test]
fn get_hpo_embedded_documents_deeply_nested() {
    let text = format!("{{\"SearchSpace\": \"{}\"}}", "[".repeat(100_000));
    let r = check_kind("r.json", &text, Kind::GetHpoExperiment);
    let d = one(&r, "HPO001");
    assert_eq!(d.pointer, "/SearchSpace");
    at(d, (1, 530), (1, 532));
    let text = format!("{{\"ConfigYml\": \"{}\"}}", "[".repeat(100_000));
    let r = check_kind("r.json", &text, Kind::GetHpoExperiment);
    let d = one(&r, "HPO005");
    assert_eq!(d.pointer, "/ConfigYml");
    at(d, (1, 146), (1, 147));
}

// ---------------------------------------------------------------------------------------------
// Size: long lines, many lines, many keys

#[test]
fn ten_megabyte_single_line_json() {
    let text = format!("{{\"${{x}}\": \"{}\"}}", "a".repeat(BIG));
    let r = check("search_space.json", &text);
    let d = one(&r, "HPO202");
    at(d, (1, 10), (1, BIG + 12));
    // the message does not repeat the 10 MB value
    assert!(d.message.len() < 200, "{}", d.message.len());
}

#[test]
fn ten_megabyte_single_line_yaml_and_ini() {
    let text = format!("experimentName: {}\ntrialConcurency: 1\n", "a".repeat(BIG));
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO103");
    at(d, (2, 1), (2, 16));
    let text = format!("[platform_config]\nname = {}\n", "a".repeat(BIG));
    let r = check("trial.ini", &text);
    for d in &r.diagnostics {
        assert!(
            d.message.len() < 500,
            "{} bytes: {}",
            d.message.len(),
            d.code
        );
    }
}

#[test]
fn ten_megabyte_line_of_wide_characters() {
    // columns count characters, not bytes: 1,000,000 emoji of 4 bytes each
    let text = format!("a: {}\na: 1\n", "\u{1F600}".repeat(BIG / 10));
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO003");
    at(d, (2, 1), (2, 2));
    let text = format!("a: 1\nb: {}x: [\n", "\u{1F600}".repeat(BIG / 10));
    let r = check("exp.yml", &text);
    let d = one(&r, "HPO001");
    assert_eq!(d.line, 2);
    assert!(d.column > BIG / 10, "{d:?}");
}

#[test]
fn five_million_lines() {
    let text = "\n".repeat(5_000_000) + "trialConcurency: 1\n";
    let r = check("exp.yml", &text);
    at(one(&r, "HPO103"), (5_000_001, 1), (5_000_001, 16));
    let r = check("trial.ini", &"\r".repeat(5_000_000));
    assert_eq!(r.kind, Some(Kind::TrialIni));
}

#[test]
fn json_object_with_fifty_thousand_members() {
    // found a quadratic duplicate-key search in the JSON reader (minutes at this size)
    let members: Vec<String> = (0..50_000)
        .map(|i| format!("\"${{p{i}}}\": {{\"_type\": \"choice\", \"_value\": [1]}}"))
        .collect();
    let text = format!("{{{}}}", members.join(","));
    let r = check("search_space.json", &text);
    assert_eq!(codes(&r), Vec::<&str>::new());
}

#[test]
fn one_diagnostic_per_member_of_a_wide_object() {
    // found: locating each diagnostic searched its object linearly (n² for n diagnostics)
    let members: Vec<String> = (0..20_000)
        .map(|i| format!("\"${{p{i}}}\": {{\"_type\": \"choice\", \"_value\": 1}}"))
        .collect();
    let text = format!("{{{}}}", members.join(",\n"));
    let r = check("search_space.json", &text);
    assert_eq!(r.diagnostics.len(), 20_000);
    let last = r
        .diagnostics
        .last()
        .map(|d| (d.code.as_str(), d.line, d.column));
    assert_eq!(last, Some(("HPO207", 20_000, 44)));
}

#[test]
fn fifty_thousand_duplicate_keys() {
    let text = "k: 1\n".repeat(50_000);
    let r = check("exp.yml", &text);
    assert_eq!(
        r.diagnostics.iter().filter(|d| d.code == "HPO003").count(),
        49_999
    );
    let text = format!("{{{}}}", vec!["\"a\": 1"; 50_000].join(","));
    let r = check_kind("hpo.json", &text, Kind::HpoConfig);
    assert_eq!(
        r.diagnostics.iter().filter(|d| d.code == "HPO003").count(),
        49_999
    );
}

// ---------------------------------------------------------------------------------------------
// Encoding: invalid UTF-8, NUL, BOM

#[test]
fn invalid_utf8_in_every_format() {
    let r = check_bytes(
        "exp.yml",
        b"experimentName: a\xff\xfeb\ntrialConcurrency: 1\n",
        None,
    );
    let d = one(&r, "HPO002");
    assert_eq!(d.name, "invalid-encoding");
    assert_eq!(
        d.message,
        "the file is not valid UTF-8 (invalid byte at offset 17)"
    );
    at(d, (1, 18), (1, 19));
    let r = check_bytes("trial.ini", b"[platform_config]\nname = a\xffb\n", None);
    at(one(&r, "HPO002"), (2, 9), (2, 10));
    let r = check_bytes(
        "search_space.json",
        b"{\"${a}\": {\"_type\": \"choice\", \"_value\": [\"\xff\"]}}",
        None,
    );
    at(one(&r, "HPO002"), (1, 42), (1, 43));
    // a truncated multi-byte sequence at the very end
    let r = check_bytes("exp.yml", b"trialConcurrency: 1\nx: \xe5\xad", None);
    at(one(&r, "HPO002"), (2, 4), (2, 5));
}

#[test]
fn invalid_utf8_after_a_bom() {
    // the offset in the message counts the file's bytes after the BOM; the position is right
    let r = check_bytes(
        "trial.ini",
        b"\xEF\xBB\xBF[platform_config]\nname = \xc0\n",
        None,
    );
    at(one(&r, "HPO002"), (2, 8), (2, 9));
}

#[test]
fn nul_bytes() {
    let r = check("exp.yml", "experimentName: a\0b\ntrialConcurrency: 1\n");
    let d = one(&r, "HPO001");
    assert_eq!(d.message, "invalid YAML: unexpected character: `\\u{0}'");
    at(d, (1, 18), (1, 19));
    // JSON forbids raw control characters in strings (Python's json refuses them); the AST
    // parser let them through: fixed in the JSON reader
    let r = check(
        "search_space.json",
        "{\n  \"a\0\": {\"_type\": \"choice\", \"_value\": [1]}\n}",
    );
    let d = one(&r, "HPO001");
    assert_eq!(
        d.message,
        "invalid JSON: a raw control character (U+0000) in a string"
    );
    assert_eq!(d.help.as_deref(), Some("write it escaped, as `\\u0000`"));
    at(d, (2, 5), (2, 6));
    let r = check_kind(
        "hpo.json",
        "{\"platform_config\": {\"name\": \"DLC\tx\"}}",
        Kind::HpoConfig,
    );
    let d = one(&r, "HPO001");
    assert_eq!(d.help.as_deref(), Some("write it escaped, as `\\t`"));
    at(d, (1, 34), (1, 35));
    // escaped control characters are fine
    let r = check(
        "search_space.json",
        "{\"${a}\": {\"_type\": \"choice\", \"_value\": [\"\\u0000\\t\"]}}",
    );
    assert!(!codes(&r).contains(&"HPO001"), "{:#?}", r.diagnostics);
    // INI has no escapes: a NUL is text (configparser keeps it)
    let r = check("trial.ini", "[platform_config]\nname = a\0b\ncmd1 = x\n");
    assert!(!codes(&r).contains(&"HPO001"));
}

#[test]
fn bom_is_skipped_and_positions_ignore_it() {
    let r = check_bytes("exp.yml", b"\xEF\xBB\xBFtrialConcurency: 1\n", None);
    at(one(&r, "HPO103"), (1, 1), (1, 16));
    let r = check_bytes(
        "search_space.json",
        b"\xEF\xBB\xBF{\"${a}\": 1, \"${a}\": 2}",
        None,
    );
    at(one(&r, "HPO003"), (1, 13), (1, 19));
    let r = check_bytes(
        "trial.ini",
        b"\xEF\xBB\xBF[platform_config]\nname = DLC\nname = PAI\n",
        None,
    );
    at(one(&r, "HPO003"), (3, 1), (3, 5));
    // a BOM in the middle is a character like any other
    let r = check_bytes(
        "exp.yml",
        "trialConcurrency: 1\n\u{feff}x: 1\n".as_bytes(),
        None,
    );
    assert!(!r.diagnostics.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Line ends

#[test]
fn crlf_positions() {
    let r = check("exp.yml", "a: 1\r\nb: 2\r\ntrialConcurency: 1\r\n");
    at(by_ptr(&r, "HPO103", "/trialConcurency"), (3, 1), (3, 16));
    let r = check(
        "search_space.json",
        "{\r\n  \"${a}\": 1,\r\n  \"${a}\": 2\r\n}\r\n",
    );
    at(one(&r, "HPO003"), (3, 3), (3, 9));
    let r = check(
        "trial.ini",
        "[platform_config]\r\nname = DLC\r\nName = PAI\r\n",
    );
    at(one(&r, "HPO003"), (3, 1), (3, 5));
}

#[test]
fn cr_only_positions() {
    let r = check("exp.yml", "a: 1\rb: 2\rtrialConcurency: 1\r");
    at(by_ptr(&r, "HPO103", "/trialConcurency"), (3, 1), (3, 16));
    let r = check("search_space.json", "{\r  \"${a}\": 1,\r  \"${a}\": 2\r}\r");
    at(one(&r, "HPO003"), (3, 3), (3, 9));
    let r = check("trial.ini", "[platform_config]\rname = DLC\rName = PAI\r");
    at(one(&r, "HPO003"), (3, 1), (3, 5));
}

#[test]
fn mixed_line_ends_in_an_embedded_document() {
    // a ConfigYml string with an escaped CRLF: positions are in the response file, inside the string
    let r = check_kind(
        "r.json",
        "{\n  \"ConfigYml\": \"a: 1\\r\\na: 2\\n\"\n}",
        Kind::GetHpoExperiment,
    );
    let d = one(&r, "HPO003");
    assert_eq!(d.pointer, "/ConfigYml/a");
    at(d, (2, 25), (2, 26));
}

// ---------------------------------------------------------------------------------------------
// Numbers

#[test]
fn integers_beyond_64_bits_and_floats_beyond_f64() {
    let r = check(
        "exp.yml",
        "trialConcurrency: 99999999999999999999999\nmaxTrialNumber: 1e400\n",
    );
    let big: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "HPO004")
        .collect();
    assert_eq!(big.len(), 2, "{:#?}", r.diagnostics);
    assert_eq!(
        big[0].message,
        "the integer `99999999999999999999999` does not fit in 64 bits"
    );
    at(big[0], (1, 19), (1, 42));
    assert_eq!(
        big[1].message,
        "the number `1e400` is beyond the range of a 64-bit float"
    );
    at(big[1], (2, 17), (2, 22));

    let r = check(
        "search_space.json",
        "{\"${a}\": {\"_type\": \"uniform\", \"_value\": [0, 1e400]},\n \"${b}\": {\"_type\": \"randint\", \"_value\": [0, 99999999999999999999999]}}",
    );
    let big: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "HPO004")
        .collect();
    assert_eq!(big.len(), 2, "{:#?}", r.diagnostics);
    assert_eq!(big[0].pointer, "/${a}/_value/1");
    at(big[0], (1, 45), (1, 50));
    assert_eq!(big[1].pointer, "/${b}/_value/1");
    at(big[1], (2, 45), (2, 68));
    // u64 is fine, one above is not
    let r = check_kind(
        "h.json",
        "{\"x\": 18446744073709551615, \"y\": 18446744073709551616}",
        Kind::HpoConfig,
    );
    let d = one(&r, "HPO004");
    assert_eq!(d.pointer, "/y");
    let r = check_kind(
        "h.json",
        "{\"x\": -9223372036854775808, \"y\": -9223372036854775809}",
        Kind::HpoConfig,
    );
    assert_eq!(one(&r, "HPO004").pointer, "/y");
}

#[test]
fn negative_zero_is_zero() {
    let r = check(
        "search_space.json",
        "{\"${a}\": {\"_type\": \"uniform\", \"_value\": [-0, 1]},\"${b}\": {\"_type\": \"uniform\", \"_value\": [-0.0, 1]}}",
    );
    assert_eq!(codes(&r), Vec::<&str>::new());
    let r = check(
        "exp.yml",
        "trialConcurrency: -0\ntrainingService: {platform: local}\ntrialCommand: x\nsearchSpace: {}\n",
    );
    let d = one(&r, "HPO105");
    assert_eq!(d.pointer, "/trialConcurrency");
    at(d, (1, 19), (1, 21));
}

#[test]
fn yaml_special_floats_are_not_number_range_errors() {
    let r = check("exp.yml", "a: .inf\nb: -.inf\nc: .nan\n");
    assert!(!codes(&r).contains(&"HPO004"), "{:#?}", r.diagnostics);
}

// ---------------------------------------------------------------------------------------------
// Duplicate keys, in every format

#[test]
fn duplicate_keys_in_every_format() {
    let r = check("exp.yml", "trialConcurrency: 1\ntrialConcurrency: 2\n");
    let d = one(&r, "HPO003");
    assert_eq!(d.name, "duplicate-key");
    assert_eq!(
        d.message,
        "duplicate key `trialConcurrency`: it already appears in this mapping"
    );
    at(d, (2, 1), (2, 17));
    // flow mapping, nested
    let r = check("exp.yml", "tuner: {name: TPE, name: Random}\n");
    let d = one(&r, "HPO003");
    assert_eq!(d.pointer, "/tuner/name");
    at(d, (1, 20), (1, 24));
    // JSON, every JSON kind
    for kind in [Kind::SearchSpace, Kind::HpoConfig, Kind::GetHpoExperiment] {
        let r = check_kind("x.json", "{\n  \"a\": 1,\n  \"a\": 2\n}", kind);
        let d = one(&r, "HPO003");
        assert_eq!(d.pointer, "/a");
        at(d, (3, 3), (3, 6));
    }
    // JSON with a Unicode key: columns count characters
    let r = check("search_space.json", "{\"学习率\": 1, \"学习率\": 2}");
    at(one(&r, "HPO003"), (1, 12), (1, 17));
    // INI: a key twice (case-insensitively) and a section twice
    let r = check(
        "trial.ini",
        "[platform_config]\nname = DLC\nName = PAI\n[platform_config]\nx=1\n",
    );
    let dups: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "HPO003")
        .collect();
    assert_eq!(dups.len(), 2);
    assert_eq!(dups[0].pointer, "/platform_config/name");
    at(dups[0], (3, 1), (3, 5));
    assert_eq!(dups[1].pointer, "/platform_config");
    at(dups[1], (4, 1), (4, 18));
    // in an embedded ConfigIni: at the real position inside the string
    let r = check_kind(
        "r.json",
        "{\n  \"ConfigIni\": \"[odps_config]\\naccess_id = x\\naccess_id = y\\n\"\n}",
        Kind::GetHpoExperiment,
    );
    let d = one(&r, "HPO003");
    assert_eq!(d.pointer, "/ConfigIni/odps_config/access_id");
    at(d, (2, 47), (2, 56));
    // in an inline YAML search space
    let r = check(
        "exp.yml",
        "searchSpace:\n  lr: {_type: choice, _value: [1]}\n  lr: {_type: choice, _value: [2]}\n",
    );
    let d = one(&r, "HPO003");
    assert_eq!(d.pointer, "/searchSpace/lr");
    at(d, (3, 3), (3, 5));
}

// ---------------------------------------------------------------------------------------------
// JSON extensions that strict JSON refuses

#[test]
fn json_comments() {
    let r = check_kind(
        "hpo.json",
        "{\n  // line\n  \"platform_config\": {}\n}",
        Kind::HpoConfig,
    );
    let d = one(&r, "HPO001");
    assert_eq!(d.message, "invalid JSON: comments are not allowed");
    assert_eq!(d.help.as_deref(), Some("JSON has no comments: remove them"));
    at(d, (2, 3), (2, 10));
    let r = check_kind(
        "hpo.json",
        "{\n  /* c */ \"platform_config\": {}\n}",
        Kind::HpoConfig,
    );
    at(one(&r, "HPO001"), (2, 3), (2, 10));
    let r = check("search_space.json", "{\n  \"${a}\": 1 # hash\n}");
    assert_eq!(one(&r, "HPO001").line, 2);
}

#[test]
fn json_trailing_commas() {
    // an error for the API kinds
    let r = check_kind(
        "hpo.json",
        "{\n  \"platform_config\": {\"name\": \"DLC\",},\n}",
        Kind::HpoConfig,
    );
    let d = one(&r, "HPO001");
    assert_eq!(d.message, "invalid JSON: trailing commas are not allowed");
    at(d, (2, 36), (2, 37));
    // a warning in a search space (NNI's YAML fallback reads it), and the rest is checked
    let r = check(
        "search_space.json",
        "{\n  \"${a}\": {\"_type\": \"choice\", \"_value\": [1],},\n  \"${a}\": 1,\n}",
    );
    let commas: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "HPO006")
        .collect();
    assert_eq!(commas.len(), 2);
    assert!(commas.iter().all(|d| d.severity == Severity::Warning));
    at(commas[0], (2, 44), (2, 45));
    at(commas[1], (3, 12), (3, 13));
    at(one(&r, "HPO003"), (3, 3), (3, 9));
}

// ---------------------------------------------------------------------------------------------
// YAML features

#[test]
fn yaml_python_tags_are_refused() {
    let r = check(
        "exp.yml",
        "trialConcurrency: 1\nx: !!python/object:os.system {}\n",
    );
    let d = one(&r, "HPO005");
    assert_eq!(
        d.message,
        "the tag `!!python/object:os.system` is not allowed: NNI reads YAML with PyYAML's safe loader"
    );
    assert_eq!(d.pointer, "/x");
    at(d, (2, 4), (2, 29));
    let r = check(
        "exp.yml",
        "trialCommand: !!python/object/apply:os.system [\"rm -rf /\"]\n",
    );
    let d = one(&r, "HPO005");
    assert_eq!(d.pointer, "/trialCommand");
    at(d, (1, 15), (1, 46));
    let r = check("exp.yml", "trialConcurrency: !custom 1\n");
    assert_eq!(one(&r, "HPO005").pointer, "/trialConcurrency");
}

#[test]
fn yaml_merge_keys_are_merged() {
    // `trialConcurrency` and `trialCommand` come from the merge; the explicit key wins
    let r = check(
        "exp.yml",
        "base: &b {trialConcurrency: 1, trialCommand: x}\n<<: *b\ntrialCommand: y\nsearchSpace: {lr: {_type: uniform, _value: [0.1, 1]}}\ntuner: {name: TPE}\ntrainingService: {platform: local}\n",
    );
    assert_eq!(codes(&r), ["HPO103"], "{:#?}", r.diagnostics);
    assert_eq!(one(&r, "HPO103").pointer, "/base");
    // a merged value of the wrong type is reported where it was written
    let r = check(
        "exp.yml",
        "base: &b\n  trialConcurrency: many\nexp:\n  <<: *b\n",
    );
    assert!(r.diagnostics.iter().all(|d| d.line >= 1));
    // merging a scalar is a problem, not a panic
    let r = check("exp.yml", "<<: 1\n");
    assert!(!r.diagnostics.is_empty());
}

#[test]
fn yaml_several_documents() {
    let r = check("exp.yml", "trialConcurrency: 1\n---\ntrialConcurrency: 2\n");
    let d = one(&r, "HPO005");
    assert_eq!(
        d.message,
        "several YAML documents in one file; NNI reads one"
    );
    at(d, (2, 1), (2, 4));
    // a single document with explicit markers is fine
    let r = check("exp.yml", "---\ntrialConcurrency: 1\n...\n");
    assert!(!codes(&r).contains(&"HPO005"));
    // a thousand documents: one problem
    let r = check("exp.yml", &"---\na: 1\n".repeat(1000));
    assert_eq!(one(&r, "HPO005").line, 3);
}

#[test]
fn recursive_alias_is_a_problem_not_a_hang() {
    let r = check("exp.yml", "a: &a [*a]\n");
    assert!(!r.diagnostics.is_empty());
    let r = check("exp.yml", "a: &a {b: *a}\n");
    assert!(!r.diagnostics.is_empty());
}

#[test]
fn every_kind_survives_garbage() {
    let garbage: &[&[u8]] = &[
        b"",
        b"\0\0\0",
        b"\xff\xfe\xfd",
        b"{{{{{{{{",
        b"]]]]",
        b"[[[a]]]\n= = =\n",
        b"- - - - -\n  - : :\n",
        b"\"\\u",
        b"\"\\ud800\"",
        b"{\"a\": \"\\ud800\"}",
        b"&a *a",
        b"!<tag:yaml.org,2002:python/object> x",
        b"%YAML 1.1\n---\na: 1\n",
        b"\t\ta:\tb\n",
        b"[section\nkey\n",
        b"{\"ConfigIni\": 1, \"ConfigYml\": [], \"SearchSpace\": \"{\\\"a\\\": \\u0000}\"}",
        b"{\"ConfigYml\": \"\\ud83d\\ude00: [\", \"ConfigIni\": \"\\ud83d\"}",
    ];
    for text in garbage {
        for kind in Kind::ALL {
            let r = check_bytes("x", text, Some(kind));
            for d in &r.diagnostics {
                assert!(d.line >= 1 && d.column >= 1, "{kind}: {d:?}");
                assert!(d.byte_start <= d.byte_end, "{kind}: {d:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A 100 MB file through the command line

mod cli {
    use std::path::PathBuf;
    use std::process::{Command, Output};

    /// A fresh folder under the system's temp dir, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> TempDir {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let dir = std::env::temp_dir().join(format!(
                "hpoconf-hostile-{tag}-{}-{nanos}",
                std::process::id()
            ));
            std::fs::create_dir_all(&dir).expect("create temp dir");
            TempDir(dir)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn hpoconf(dir: &TempDir, args: &[&str]) -> (Output, ()) {
        let out = Command::new(env!("CARGO_BIN_EXE_hpoconf"))
            .current_dir(&dir.0)
            .args(args)
            .output()
            .expect("run hpoconf");
        (out, ())
    }

    /// A 100,000,000-byte file (sparse: NUL bytes, written in no time).
    fn big_file(dir: &TempDir, name: &str) {
        let path = dir.0.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        let f = std::fs::File::create(&path).expect("create");
        f.set_len(100_000_000).expect("set_len");
    }

    #[test]
    fn hundred_megabyte_file_is_refused_with_a_clear_error() {
        let dir = TempDir::new("big");
        big_file(&dir, "big/exp.yml");
        std::fs::create_dir_all(dir.0.join("small")).expect("mkdir");
        std::fs::write(dir.0.join("small/exp.yml"), "trialConcurency: 1\n").expect("write");

        let (out, ()) = hpoconf(&dir, &["check", "--format", "json", "big", "small"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        // a path that cannot be read is a tool failure: exit 2, the message on stderr
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(
                "hpoconf: error: big/exp.yml: the file is 100000000 bytes, more than the limit of 67108864 bytes (raise it with --max-file-size)"
            ),
            "{stderr}"
        );
        // the other file is still checked and reported
        let json: serde_json::Value = serde_json::from_str(&stdout).expect("json on stdout");
        let paths: Vec<&str> = json["files"]
            .as_array()
            .expect("files")
            .iter()
            .filter_map(|f| f["path"].as_str())
            .collect();
        assert_eq!(paths, ["small/exp.yml"]);
    }

    #[test]
    fn max_file_size_is_configurable() {
        let dir = TempDir::new("limit");
        std::fs::write(dir.0.join("exp.yml"), "trialConcurrency: 1\n".repeat(100)).expect("write");
        // lowered: refused
        let (out, _) = hpoconf(&dir, &["check", "--max-file-size", "1000", "exp.yml"]);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("exp.yml: the file is 2000 bytes, more than the limit of 1000 bytes"),
            "{stderr}"
        );
        // raised: the 100 MB file is read and checked (a finding, exit 1, located)
        let dir = TempDir::new("raised");
        big_file(&dir, "exp.yml");
        let (out, ()) = hpoconf(
            &dir,
            &[
                "check",
                "--format",
                "json",
                "--max-file-size",
                "200000000",
                "exp.yml",
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let d = &json["files"][0]["diagnostics"][0];
        assert_eq!(d["code"], "HPO001");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(1), Some(1))
        );
        // a limit that is not a number is a usage error
        let (out, _) = hpoconf(&dir, &["check", "--max-file-size", "big", "exp.yml"]);
        assert_eq!(out.status.code(), Some(2));
    }
}
