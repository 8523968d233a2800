//! The dependencies between the crate's modules run one way: every top-level module of `src/`
//! imports (by a `crate::` path, outside comments and test code) only modules of the layers
//! below it, in the order of [`LAYERS`]. A new module must be placed in the list, and an import
//! that goes up (a cycle in the making) fails here with the file and line that makes it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The top-level modules, lowest first (docs/architecture.md draws the same order).
const LAYERS: &[&str] = &[
    // facts about text: parsing, positions, key spelling, formats
    "work",
    "hashing",
    "source",
    "kind",
    // findings and their fixes, before they are located
    "fix",
    "diagnostic",
    "finding",
    "secrets",
    // typed models, their schemas and the v1 conversion
    "model",
    "schema",
    "convert",
    // a read document; the checks on it
    "document",
    "shape",
    "rules",
    "suppress",
    "config",
    // the owner of the run, and who calls it
    "pipeline",
    "check",
    "experiment",
    "workspace",
    "report",
    "migrate",
    "server",
    "cli",
];

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`None` for lib.rs and main.rs).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "lib" && name != "main").then_some(name)
}

/// The code of a file without its comments and its `#[cfg(test)]` module (the tests at the end
/// of a file may use anything), line by line with their numbers.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let end = text.find("#[cfg(test)]\nmod ").unwrap_or(text.len());
    text[..end]
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.split(" // ").next().unwrap_or(l).to_owned()))
        .collect()
}

/// The modules a line names with `crate::NAME` or inside `use crate::{A, B::...}`.
fn named(line: &str, known: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let group = rest.strip_prefix('{');
        let names: Vec<&str> = match group {
            Some(g) => g
                .split('}')
                .next()
                .unwrap_or("")
                .split(',')
                .map(|n| n.trim().split("::").next().unwrap_or("").trim())
                .collect(),
            None => vec![
                rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or(""),
            ],
        };
        for n in names {
            if known.contains(&n) {
                out.push(n.to_owned());
            }
        }
    }
    out
}

/// The files that are a `#[cfg(test)]` module of another (`#[cfg(test)] #[path = "x_tests.rs"]`):
/// test code, which may check that a layer agrees with the ones above it.
fn test_files(all: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for file in all {
        let text = std::fs::read_to_string(file).unwrap();
        let mut after_cfg_test = false;
        for line in text.lines().map(str::trim) {
            if let Some(name) = line
                .strip_prefix("#[path = \"")
                .and_then(|r| r.strip_suffix("\"]"))
                && after_cfg_test
            {
                out.push(file.parent().unwrap().join(name));
            }
            after_cfg_test = line == "#[cfg(test)]";
        }
    }
    out
}

#[test]
fn modules_depend_only_on_the_layers_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut modules: Vec<String> = all.iter().filter_map(|f| module_of(&src, f)).collect();
    modules.sort();
    modules.dedup();
    for m in &modules {
        assert!(
            LAYERS.contains(&m.as_str()),
            "src/{m}: a new top-level module: place it in LAYERS (tests/it/architecture.rs) \
             and in docs/architecture.md"
        );
    }
    let rank: BTreeMap<&str, usize> = LAYERS.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let tests = test_files(&all);
    let mut upward = Vec::new();
    let mut edges = 0;
    for file in &all {
        let Some(module) = module_of(&src, file) else {
            continue;
        };
        if tests.contains(file) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for (line, code) in code_lines(&text) {
            for used in named(&code, LAYERS) {
                if used == module {
                    continue;
                }
                edges += 1;
                if rank[used.as_str()] > rank[module.as_str()] {
                    upward.push(format!(
                        "{}:{line}: `{module}` imports `{used}`, a higher layer",
                        file.strip_prefix(&src).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(
        edges > 100,
        "the scan found only {edges} imports: is it still reading src/?"
    );
    assert!(upward.is_empty(), "{}", upward.join("\n"));
}

#[test]
fn the_scan_sees_imports_and_skips_comments() {
    let known = ["rules", "source", "kind"];
    assert_eq!(named("use crate::rules::Finding;", &known), ["rules"]);
    assert_eq!(
        named("use crate::{kind::Kind, source::Span};", &known),
        ["kind", "source"]
    );
    assert_eq!(
        named("let x = crate::source::parse(f, t);", &known),
        ["source"]
    );
    let lines = code_lines(
        "//! crate::rules\nuse crate::kind;\n#[cfg(test)]\nmod tests {\n use crate::rules;\n}\n",
    );
    assert_eq!(lines, [(2, "use crate::kind;".to_owned())]);
}
