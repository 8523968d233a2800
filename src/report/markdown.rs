//! The Markdown documentation of a rule: what `hpoconf explain` prints, SARIF `help.markdown`,
//! and the sections of docs/rules.md.

use crate::rules::Rule;

/// The Markdown documentation of one rule (shared by `explain` and docs/rules.md).
pub fn rule_markdown(r: &Rule) -> String {
    let mut s = format!(
        "## {code} {name}\n\n**Default severity:** {sev}. **Applies to:** {kinds}.{fix}\n\n{summary}.\n\n{desc}\n\n",
        code = r.code,
        name = r.name,
        sev = match r.case_severity() {
            Some((other, when)) => format!("{} ({other} in some cases: {when})", r.severity),
            None => r.severity.to_string(),
        },
        kinds = r
            .kinds
            .iter()
            .map(|k| format!("`{}`", k.id()))
            .collect::<Vec<_>>()
            .join(", "),
        summary = capitalize(r.summary),
        desc = r.description,
        fix = fix_words(r),
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

/// " **Fix:** safe (`--fix`)." for a rule with fixes, or nothing.
fn fix_words(r: &Rule) -> &'static str {
    match r.fix {
        Some(crate::fix::Applicability::Safe) => " **Fix:** safe (`hpoconf check --fix`).",
        Some(crate::fix::Applicability::Unsafe) => {
            " **Fix:** unsafe (`hpoconf check --unsafe-fixes`)."
        }
        None => "",
    }
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
    (
        "`[DEFAULT]` section semantics in trial.ini",
        "configparser copies `[DEFAULT]` keys into every section; hpoconf reads it as an ordinary section and does not check the copied keys against each section. No hpo_tools guide uses it.",
    ),
    (
        "`%` interpolation in trial.ini values",
        "configparser's default interpolation fails on a bare `%` only when hpo_tools reads the value with `get()`, which depends on how hpo_tools reads each key; not reported until that is known.",
    ),
    (
        "`dlc_config.end_point` (the guide's spelling)",
        "SPEC lists `endpoint`; `end_point` is reported as an unknown key with the suggestion `endpoint`, so a config that relies on it is caught rather than accepted silently.",
    ),
    (
        "classArgs of NetworkMorphism, PPOTuner and RegularizedEvolutionTuner",
        "accepted by NNI 3.0 but absent from SPEC's classArgs table; their names are accepted and their classArgs are not checked.",
    ),
    (
        "kubeflow and frameworkcontroller beyond their shape, remote `maxTrialNumberPerGpu` without GPUs, sharedStorage mount points under `nnimount`/`nomount`",
        "checked for shape (types, required keys, enums) only: the cross-field facts depend on the cluster, which hpoconf cannot see.",
    ),
    (
        "nested choices under SMAC and Metis",
        "SPEC's compatibility table lists their types but says nothing of nesting; only the types are enforced (`tuner-cannot-sample`).",
    ),
];

/// The whole of docs/rules.md: an index of every rule, then each rule's documentation, then the
/// rules decided against. A test keeps docs/rules.md equal to this.
pub fn rules_document() -> String {
    let rules = crate::rules::all();
    let mut s = String::from(
        "# hpoconf rules\n\n<!-- Generated from the rule descriptors (src/rules); do not edit. \
Regenerate with `UPDATE_DOCS=1 cargo test --test it docs::`. -->\n\n\
Every diagnostic names a rule by a stable code and a kebab-case name. `hpoconf explain CODE` prints \
the same text as this page; `hpoconf.toml` (`[rules]`) and `--severity RULE=LEVEL` change a rule's \
severity or turn it off. Rules marked with a fix propose one: `hpoconf check --fix` applies the safe \
fixes, `--unsafe-fixes` the unsafe ones too, and `[fixes]` in `hpoconf.toml` makes a rule's fix \
unsafe or turns it off.\n\n| code | name | default | fix | summary |\n| --- | --- | --- | --- | --- |\n",
    );
    for r in &rules {
        s.push_str(&format!(
            "| [{code}](#{anchor}) | `{name}` | {sev} | {fix} | {summary} |\n",
            code = r.code,
            anchor = format!("{}-{}", r.code, r.name).to_ascii_lowercase(),
            name = r.name,
            sev = match r.case_severity() {
                Some((other, when)) => format!("{} ({other} in some cases: {when})", r.severity),
                None => r.severity.to_string(),
            },
            summary = r.summary.replace('|', "\\|"),
            fix = r.fix.map_or("", |a| a.as_str()),
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
