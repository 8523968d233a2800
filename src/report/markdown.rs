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

/// Rules of SPEC.md that hpoconf decided not to implement, with the reason (listed at the end of
/// docs/rules.md).
pub const DECIDED_AGAINST: &[(&str, &str)] = &[
    (
        "remote machine without password or sshKeyFile",
        "NNI then uses `~/.ssh/id_rsa` of the machine that runs it; hpoconf cannot know whether that key exists there (SPEC.md §3).",
    ),
    (
        "metric_dict weights that do not sum to 1",
        "hpo_tools uses the weights as given; negative weights and any sum are legitimate (SPEC.md §4).",
    ),
];

/// The whole of docs/rules.md: an index of every rule, then each rule's documentation, then the
/// rules decided against. A test keeps docs/rules.md equal to this.
pub fn rules_document() -> String {
    let rules = crate::rules::all();
    let mut s = String::from(
        "# hpoconf rules\n\n<!-- Generated from the rule descriptors (src/rules); do not edit. \
Regenerate with `UPDATE_DOCS=1 cargo test --test docs`. -->\n\n\
Every diagnostic names a rule by a stable code and a kebab-case name. `hpoconf explain CODE` prints \
the same text as this page; `hpoconf.toml` (`[rules]`) and `--severity RULE=LEVEL` change a rule's \
severity or turn it off.\n\n| code | name | default | summary |\n| --- | --- | --- | --- |\n",
    );
    for r in &rules {
        s.push_str(&format!(
            "| [{code}](#{anchor}) | `{name}` | {sev} | {summary} |\n",
            code = r.code,
            anchor = format!("{}-{}", r.code, r.name).to_ascii_lowercase(),
            name = r.name,
            sev = r.severity,
            summary = r.summary.replace('|', "\\|"),
        ));
    }
    s.push('\n');
    for r in &rules {
        s.push_str(&rule_markdown(r));
    }
    s.push_str("## Rules decided against\n\n");
    for (what, why) in DECIDED_AGAINST {
        s.push_str(&format!("- **{what}**: {why}\n"));
    }
    s
}
