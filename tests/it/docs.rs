//! docs/rules.md is generated from the rule descriptors: this test keeps it in sync
//! (`UPDATE_DOCS=1 cargo test --test it docs::` rewrites it).

#[test]
fn rules_md_is_generated_from_the_descriptors() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let expected = hpoconf::report::markdown::rules_document();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).expect("write docs/rules.md");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test it docs::`"
    );
    for r in hpoconf::rules::all() {
        assert!(
            actual.contains(&format!("## {} {}", r.code, r.name)),
            "{} missing",
            r.code
        );
    }
}
