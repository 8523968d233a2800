//! `--format gitlab` and `--format junit`: snapshots, exit codes, and validation (GitLab's
//! documented required fields as a JSON Schema; JUnit against the rules of the Jenkins
//! `junit-10.xsd`, see tests/data/README.md). Also SARIF's rule links (`--docs-url`,
//! `docs-url`) and fingerprints that do not move with the line.

use crate::cli_support;

use cli_support::{DUPLICATE, Scratch, TRAILING_COMMA, VALID, assert_snapshot};

fn project() -> Scratch {
    let s = Scratch::new("reports");
    s.write("a/search_space.json", TRAILING_COMMA);
    s.write("odd dir, v2/search_space.json", DUPLICATE);
    s.write("ok/search_space.json", VALID);
    s
}

fn gitlab_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/gitlab-codequality.schema.json"),
    )
    .expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn gitlab() {
    let p = project();
    let r = p.run(&["check", "--format", "gitlab", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_snapshot("gitlab.json", &r.stdout);
    let v = r.json();
    let errors: Vec<String> = gitlab_validator()
        .iter_errors(&v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // fingerprints: unique
    let prints: std::collections::BTreeSet<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|i| i["fingerprint"].as_str().expect("fingerprint"))
        .collect();
    assert_eq!(prints.len(), 2);
    // clean: an empty array, exit 0
    let r = p.run(&["check", "--format", "gitlab", "ok"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout, "[]\n");
}

#[test]
fn fingerprints_do_not_move_with_the_line() {
    let p = Scratch::new("prints");
    p.write("search_space.json", DUPLICATE);
    let before = p.run(&["check", "--format", "gitlab", "."]).json();
    let sarif_before = p.run(&["check", "--format", "sarif", "."]).json();
    p.write("search_space.json", format!("\n\n{DUPLICATE}"));
    let after = p.run(&["check", "--format", "gitlab", "."]).json();
    let sarif_after = p.run(&["check", "--format", "sarif", "."]).json();
    assert_ne!(
        before[0]["location"]["lines"]["begin"],
        after[0]["location"]["lines"]["begin"]
    );
    assert_eq!(before[0]["fingerprint"], after[0]["fingerprint"]);
    let fp = |v: &serde_json::Value| v["runs"][0]["results"][0]["partialFingerprints"].clone();
    assert_eq!(fp(&sarif_before), fp(&sarif_after));
    assert!(fp(&sarif_before)["hpoconf/v1"].is_string());
}

/// A start tag, an end tag, or a self-closing tag, with its attributes.
#[derive(Debug)]
enum Tag {
    Open(String, Vec<(String, String)>, bool),
    Close,
}

/// A small XML reader: the tags of `xml` (declaration and text skipped), or an error for what is
/// not well-formed (unbalanced tags, a raw `<` or `&` that is no entity in text or attributes).
fn tags(xml: &str) -> Result<Vec<Tag>, String> {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .ok_or("no XML declaration")?;
    let mut out = Vec::new();
    let mut rest = body;
    let mut stack: Vec<String> = Vec::new();
    let entity_ok = |s: &str| {
        s.split('&').skip(1).all(|e| {
            ["amp;", "lt;", "gt;", "quot;", "apos;"]
                .iter()
                .any(|x| e.starts_with(x))
        })
    };
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        if !entity_ok(text) || text.contains('>') {
            return Err(format!("bad text {text:?}"));
        }
        let end = rest[start..].find('>').ok_or("unclosed tag")? + start;
        let inner = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = inner.strip_prefix('/') {
            if stack.pop().as_deref() != Some(name) {
                return Err(format!("unbalanced </{name}>"));
            }
            out.push(Tag::Close);
            continue;
        }
        let (inner, selfclose) = match inner.strip_suffix('/') {
            Some(i) => (i, true),
            None => (inner, false),
        };
        let (name, mut attrs_text) = inner.split_once(' ').unwrap_or((inner, ""));
        let mut attrs = Vec::new();
        while !attrs_text.trim().is_empty() {
            let t = attrs_text.trim_start();
            let (key, after) = t
                .split_once("=\"")
                .ok_or(format!("bad attribute in {inner}"))?;
            let close = after.find('"').ok_or("unclosed attribute")?;
            let value = &after[..close];
            if value.contains('<') || !entity_ok(value) {
                return Err(format!("bad attribute value {value:?}"));
            }
            attrs.push((key.to_owned(), value.to_owned()));
            attrs_text = &after[close + 1..];
        }
        if !selfclose {
            stack.push(name.to_owned());
        }
        out.push(Tag::Open(name.to_owned(), attrs, selfclose));
    }
    if !stack.is_empty() || !rest.trim().is_empty() {
        return Err(format!("unclosed {stack:?}"));
    }
    Ok(out)
}

/// Checks the tags against junit-10.xsd: `testsuites` (optional name/time/tests/failures/errors)
/// holds `testsuite` (required name, tests, failures, errors), which holds `testcase` (required
/// name), which holds `failure`/`error` (optional type, message).
fn junit_errors(xml: &str) -> Vec<String> {
    let tags = match tags(xml) {
        Ok(t) => t,
        Err(e) => return vec![e],
    };
    let allowed: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "testsuites",
            "",
            &[],
            &["name", "time", "tests", "failures", "errors"],
        ),
        (
            "testsuite",
            "testsuites",
            &["name", "tests", "failures", "errors"],
            &[
                "group",
                "time",
                "skipped",
                "timestamp",
                "hostname",
                "id",
                "package",
                "file",
                "log",
                "url",
            ],
        ),
        (
            "testcase",
            "testsuite",
            &["name"],
            &["time", "classname", "group"],
        ),
        ("failure", "testcase", &[], &["type", "message"]),
        ("error", "testcase", &[], &["type", "message"]),
    ];
    let mut errors = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    for t in &tags {
        match t {
            Tag::Close => {
                stack.pop();
            }
            Tag::Open(name, attrs, selfclose) => {
                let parent = stack.last().map_or("", String::as_str);
                match allowed.iter().find(|(n, _, _, _)| n == name) {
                    None => errors.push(format!("element <{name}> not in the schema")),
                    Some((_, p, required, optional)) => {
                        if p != &parent {
                            errors.push(format!("<{name}> inside <{parent}>"));
                        }
                        for r in *required {
                            if !attrs.iter().any(|(k, _)| k == r) {
                                errors.push(format!("<{name}> without `{r}`"));
                            }
                        }
                        for (k, _) in attrs {
                            if !required.contains(&k.as_str()) && !optional.contains(&k.as_str()) {
                                errors.push(format!("<{name}> has no attribute `{k}`"));
                            }
                        }
                    }
                }
                if !selfclose {
                    stack.push(name.clone());
                }
            }
        }
    }
    errors
}

#[test]
fn junit() {
    let p = project();
    let r = p.run(&["check", "--format", "junit", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_snapshot("junit.xml", &r.stdout);
    assert_eq!(junit_errors(&r.stdout), Vec::<String>::new());
    // one test case per file, a failure per finding
    assert_eq!(r.stdout.matches("<testcase ").count(), 3);
    assert_eq!(r.stdout.matches("<failure ").count(), 2);
    // a tool failure is an <error>, and the status is 2
    let r = p.run(&["check", "--format", "junit", ".", "missing.json"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(junit_errors(&r.stdout), Vec::<String>::new());
    assert!(
        r.stdout
            .contains("<error type=\"tool-failure\" message=\"no such file or folder\"/>"),
        "{}",
        r.stdout
    );
    // clean
    let r = p.run(&["check", "--format", "junit", "ok"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(junit_errors(&r.stdout), Vec::<String>::new());
}

#[test]
fn junit_escapes_what_xml_cannot_hold() {
    let p = Scratch::new("junit-escape");
    // a key with markup and a control character: quoted in the unknown-key message
    p.write(
        "exp.yml",
        "trialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\nsearchSpaceFile: s.json\n\"<a & \\\"b\\\"\\u0001>\": 1\n",
    );
    p.write("s.json", VALID);
    let r = p.run(&["check", "--format", "junit", "exp.yml"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        junit_errors(&r.stdout),
        Vec::<String>::new(),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("&lt;a &amp; &quot;b&quot;\\u{1}&gt;"),
        "{}",
        r.stdout
    );
}

#[test]
fn sarif_rule_links_follow_docs_url() {
    let p = project();
    let help_uri = |r: &cli_support::Run| {
        r.json()["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };
    let r = p.run(&["check", "--format", "sarif", "ok"]);
    let default = help_uri(&r);
    assert!(
        default.starts_with(hpoconf::rules::default_docs_url())
            && default.ends_with("#hpo001-invalid-syntax"),
        "{default}"
    );
    assert_eq!(
        r.json()["runs"][0]["tool"]["driver"]["informationUri"],
        env!("CARGO_PKG_REPOSITORY")
    );
    let r = p.run(&[
        "check",
        "--format",
        "sarif",
        "--docs-url",
        "https://git.example.org/fork/hpoconf/-/blob/main/docs/rules.md",
        "ok",
    ]);
    assert_eq!(
        help_uri(&r),
        "https://git.example.org/fork/hpoconf/-/blob/main/docs/rules.md#hpo001-invalid-syntax"
    );
    p.write(
        "hpoconf.toml",
        "docs-url = \"https://docs.example.org/rules.md\"\n",
    );
    let r = p.run(&["check", "--format", "sarif", "ok"]);
    assert_eq!(
        help_uri(&r),
        "https://docs.example.org/rules.md#hpo001-invalid-syntax"
    );
    // the flag wins over the file
    let r = p.run(&[
        "check",
        "--format",
        "sarif",
        "--docs-url",
        "https://flag.example.org/r.md",
        "ok",
    ]);
    assert_eq!(
        help_uri(&r),
        "https://flag.example.org/r.md#hpo001-invalid-syntax"
    );
}
