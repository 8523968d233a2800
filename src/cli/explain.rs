//! `hpoconf explain` and `hpoconf rules`, from the rule descriptors.

use std::io::Write;

use crate::rules::{self, Rule};

/// The Markdown documentation of one rule (shared by `explain` and docs/rules.md).
pub fn rule_markdown(r: &Rule) -> String {
    let mut s = format!(
        "## {code} {name}\n\n**Default severity:** {sev}. **Applies to:** {kinds}.\n\n{summary}.\n\n{desc}\n\n",
        code = r.code,
        name = r.name,
        sev = r.severity,
        kinds = r
            .kinds
            .iter()
            .map(|k| format!("`{}`", k.id()))
            .collect::<Vec<_>>()
            .join(", "),
        summary = capitalize(r.summary),
        desc = r.description,
    );
    s.push_str("### Fails\n\n");
    for f in r.bad {
        s.push_str(&format!(
            "`{}`:\n\n```{}\n{}\n```\n\n",
            f.name,
            lang(f.name),
            f.text.trim_end()
        ));
    }
    s.push_str("### Fixed\n\n");
    for f in r.good {
        s.push_str(&format!(
            "`{}`:\n\n```{}\n{}\n```\n\n",
            f.name,
            lang(f.name),
            f.text.trim_end()
        ));
    }
    s
}

fn lang(name: &str) -> &'static str {
    if name.ends_with(".json") {
        "json"
    } else if name.ends_with(".ini") {
        "ini"
    } else {
        "yaml"
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(super) fn run_explain(rule: &str) -> u8 {
    match rules::find(rule) {
        Some(r) => {
            let _ = std::io::stdout()
                .lock()
                .write_all(rule_markdown(r).as_bytes());
            super::EXIT_OK
        }
        None => {
            let all = rules::all();
            let names = all.iter().flat_map(|r| [r.code, r.name]);
            let hint = rules::did_you_mean(rule, names)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            eprintln!("hpoconf: error: no rule `{rule}`{hint} (`hpoconf rules` lists them)");
            super::EXIT_FAILURE
        }
    }
}

pub(super) fn run_rules() -> u8 {
    let mut out = String::new();
    for r in rules::all() {
        out.push_str(&format!(
            "{:<7} {:<34} {:<8} {}\n",
            r.code, r.name, r.severity, r.summary
        ));
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    super::EXIT_OK
}
