//! The Markdown documentation of a rule: what `hpoconf explain` prints, SARIF `help.markdown`,
//! and the sections of docs/rules.md.

use crate::rules::Rule;

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
