//! The configuration file (hpoconf.toml, pyproject.toml's [tool.hpoconf]) and its flags.

use crate::cli_support;

use cli_support::{DUPLICATE, Scratch, TRAILING_COMMA};

const CODES: &[&str] = &["HPO001", "HPO003"];

fn project() -> Scratch {
    let s = Scratch::new("config");
    s.write("exp/a/search_space.json", TRAILING_COMMA);
    s.write("exp/old/search_space.json", DUPLICATE);
    s
}

#[test]
fn without_config() {
    let r = project().run(&["check", "--format", "json"]);
    assert_eq!(
        r.codes(CODES),
        [
            "exp/a/search_space.json 1:48 HPO001 error",
            "exp/old/search_space.json 2:2 HPO003 error"
        ]
    );
}

#[test]
fn severities_by_code_and_name_and_excludes() {
    let p = project();
    p.write(
        "hpoconf.toml",
        "[rules]\ninvalid-syntax = \"warning\"\nHPO003 = \"off\"\n",
    );
    let r = p.run(&["check", "--format", "json"]);
    assert_eq!(
        r.codes(CODES),
        ["exp/a/search_space.json 1:48 HPO001 warning"]
    );
    assert_eq!(r.code, 0);
    p.write("hpoconf.toml", "[files]\nexclude = [\"exp/old/**\"]\n");
    let r = p.run(&["check", "--format", "json"]);
    assert_eq!(
        r.codes(CODES),
        ["exp/a/search_space.json 1:48 HPO001 error"]
    );
    assert_eq!(r.json()["summary"]["files"], 1);
    // excludes apply to files named on the command line too (pre-commit passes file names)
    let r = p.run(&["check", "--format", "json", "exp/old/search_space.json"]);
    assert_eq!(r.json()["summary"]["files"], 0);
}

#[test]
fn found_by_walking_up_from_each_checked_file_the_nearest_wins() {
    let p = project();
    p.write("hpoconf.toml", "[rules]\nHPO001 = \"info\"\n");
    p.write("exp/old/hpoconf.toml", "[rules]\nHPO003 = \"warning\"\n");
    // run from inside a subfolder: the root config is still found above
    let r = p.run(&["check", "--format", "json", "exp"]);
    assert_eq!(
        r.codes(CODES),
        [
            "exp/a/search_space.json 1:48 HPO001 info",
            "exp/old/search_space.json 2:2 HPO003 warning"
        ]
    );
}

#[test]
fn flags_override_the_file_and_partial_overrides_merge() {
    let p = project();
    p.write(
        "hpoconf.toml",
        "[rules]\nHPO001 = \"info\"\nHPO003 = \"off\"\n",
    );
    let r = p.run(&["check", "--format", "json", "--severity", "HPO003=warning"]);
    assert_eq!(
        r.codes(CODES),
        [
            "exp/a/search_space.json 1:48 HPO001 info",
            "exp/old/search_space.json 2:2 HPO003 warning"
        ]
    );
    let r = p.run(&["check", "--format", "json", "--no-config"]);
    assert_eq!(r.codes(CODES).len(), 2);
    assert!(r.codes(CODES).iter().all(|c| c.ends_with("error")));
    let r = p.run(&["check", "--format", "json", "--exclude", "exp/a/"]);
    assert_eq!(r.json()["summary"]["files"], 1);
}

#[test]
fn explicit_config_file() {
    let p = project();
    p.write("hpoconf.toml", "[rules]\nHPO001 = \"off\"\n");
    p.write("ci/strict.toml", "[rules]\nHPO003 = \"info\"\n");
    let r = p.run(&["check", "--format", "json", "--config", "ci/strict.toml"]);
    assert_eq!(
        r.codes(CODES),
        [
            "exp/a/search_space.json 1:48 HPO001 error",
            "exp/old/search_space.json 2:2 HPO003 info"
        ]
    );
    let r = p.run(&["check", "--config", "nope.toml"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("hpoconf: error: nope.toml:1:1: cannot read"),
        "{}",
        r.stderr
    );
}

#[test]
fn pyproject_tool_table() {
    let p = project();
    p.write(
        "pyproject.toml",
        "[project]\nname = \"x\"\n\n[tool.hpoconf.rules]\nHPO001 = \"off\"\n",
    );
    let r = p.run(&["check", "--format", "json"]);
    assert_eq!(
        r.codes(CODES),
        ["exp/old/search_space.json 2:2 HPO003 error"]
    );
    // a pyproject.toml without the table is not a configuration
    p.write("exp/pyproject.toml", "[project]\nname = \"y\"\n");
    let r = p.run(&["check", "--format", "json"]);
    assert_eq!(
        r.codes(CODES),
        ["exp/old/search_space.json 2:2 HPO003 error"]
    );
    // hpoconf.toml wins over pyproject.toml in the same folder
    p.write("hpoconf.toml", "[rules]\n");
    let r = p.run(&["check", "--format", "json"]);
    assert_eq!(r.codes(CODES).len(), 2);
}

#[test]
fn bad_config_files_are_located() {
    let cases = [
        (
            "[rules]\nHPO001 = \"loud\"\n",
            "hpoconf.toml:2:10: unknown level `loud` for `HPO001`: expected error, warning, info or off",
        ),
        (
            "[rules]\ninvalid-sintax = \"off\"\n",
            "hpoconf.toml:2:1: unknown rule `invalid-sintax`; did you mean `invalid-syntax`?",
        ),
        (
            "[rule]\n",
            "hpoconf.toml:1:2: unknown field `rule`, expected one of `select`, `ignore`, `docs-url`, `rules`, `files`, `fixes`",
        ),
        (
            "[files]\nexclude = \"x\"\n",
            "hpoconf.toml:2:11: invalid type: string \"x\", expected a sequence",
        ),
        ("[rules\n", "hpoconf.toml:1:7: "),
        (
            "[rules]\nHPO003 = \"off\"\nduplicate-key = \"info\"\n",
            "hpoconf.toml:3:1: rule `HPO003` is set twice",
        ),
    ];
    for (text, expected) in cases {
        let p = project();
        p.write("hpoconf.toml", text);
        let r = p.run(&["check"]);
        assert_eq!(r.code, 2, "{text}");
        let got = r
            .stderr
            .strip_prefix("hpoconf: error: ")
            .unwrap_or(&r.stderr);
        assert!(
            got.starts_with(expected),
            "{text:?}\nexpected: {expected}\ngot:      {got}"
        );
    }
}

#[test]
fn the_examples_of_docs_ci_md_are_valid() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ci.md"),
    )
    .expect("docs/ci.md");
    let mut tomls = 0;
    for block in doc.split("```toml\n").skip(1) {
        let text = block.split("```").next().unwrap_or("");
        hpoconf::config::parse("docs/ci.md", text, std::path::Path::new("/repo"), false)
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        tomls += 1;
    }
    assert!(tomls > 0);
    // the suppression example names real rules
    for block in doc.split("```yaml\n").skip(1) {
        let text = block.split("```").next().unwrap_or("");
        if text.contains("# hpoconf:") {
            let found = hpoconf::suppress::scan(text, hpoconf::kind::Format::Yaml);
            assert!(found.invalid.is_empty(), "{:?}", found.invalid);
            assert_eq!(found.directives.len(), 3);
        }
    }
}
