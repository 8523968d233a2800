//! `metric_config` rules (trial.ini and HpoExperimentConfiguration).

use super::SETTINGS_KINDS;
use super::common::{
    MetricDict, SubSpans, Text, View, is_jinja, is_path_source, is_templated, named_command,
    parse_py_dict, sub_span,
};
use crate::diagnostic::Severity;
use crate::rules::dispatch::Ctx;
use crate::rules::{ExampleFile, Finding, Rule, did_you_mean};
use crate::source::path::NodePath;

/// How `hpo_tools` reads a metric.
pub const METRIC_TYPES: &[&str] = crate::model::trial_ini::table::METRIC_TYPES;
/// How values are reduced.
pub const FINAL_MODES: &[&str] = crate::model::trial_ini::table::FINAL_MODES;

/// HPO405: an unknown metric type.
pub static INVALID_METRIC_TYPE: Rule = Rule {
    code: "HPO405",
    name: "invalid-metric-type",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SETTINGS_KINDS,
    summary: "`metric_type` is not one of summary, table, api, json, stdout",
    description: "The metric type says where `hpo_tools` reads each trial's metric: TensorFlow \
summaries (`summary`), an SQL query (`table`), an API (`api`), a JSON file (`json`) or a \
command's output (`stdout`). Values are lowercase.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summaries\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO406: an unknown final mode.
pub static INVALID_FINAL_MODE: Rule = Rule {
    code: "HPO406",
    name: "invalid-final-mode",
    severity: Severity::Error,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: SETTINGS_KINDS,
    summary: "`final_mode` or `source_list_final_mode` is not one of final, best, avg",
    description: "`final_mode` reduces a trial's successive metric values, `source_list_final_mode` \
the values of several sources: keep the last (`final`), the best (`best`) or the mean (`avg`).",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nfinal_mode=Best\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nfinal_mode=best\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO407: a metric_dict that is not name -> number.
pub static INVALID_METRIC_DICT: Rule = Rule {
    code: "HPO407",
    name: "invalid-metric-dict",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "`metric_dict` is not a dict of metric name -> numeric weight (a Python dict literal in trial.ini)",
    description: "The trial's metric is the weighted sum of the named metrics: `{'auc': 1}`, \
`{'auc': 0.5, 'loss': -0.5}` (weights may be negative and need not sum to 1). In trial.ini the \
value is a Python dict literal (quoted names, numbers, an optional trailing comma, any line \
breaks); the error points inside the value. A weight that is a string which is not a number \
(`\"high\"`) is an error; a number in quotes (`\"0.5\"`) is accepted with a warning in JSON \
(`string-scalar`).",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={auc: 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO408: an empty metric_dict.
pub static EMPTY_METRIC_DICT: Rule = Rule {
    code: "HPO408",
    name: "empty-metric-dict",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "`metric_dict` names no metric",
    description: "With no metric the weighted sum is always 0 and the tuner learns nothing.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=summary\nmetric_source=/tmp/summary\nmetric_dict={'auc': 1}\n",
    }],
};

/// HPO409: a metric source of the wrong form for the metric type.
pub static METRIC_SOURCE_MISMATCH: Rule = Rule {
    code: "HPO409",
    name: "metric-source-mismatch",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "a metric source of the wrong form for `metric_type` (table: an SQL query; stdout: a command or a log file; summary/json: a path)",
    description: "`table` sources are SQL queries (`select ...`) run on MaxCompute; `stdout` sources \
name the command whose output is read (`cmd1`; `cmd` or `cmd,worker` for the first command's job, \
all its logs or only its workers'), or the path of a log file (`oss://.../stdout_${exp_id}_${trial_id}`), \
the forms EasyRec's hpo_config.md lists; `summary` and `json` sources are paths (`oss://`, \
`hdfs://`, or local), not queries or commands.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=train log\nmetric_dict={'auc=([0-9.]+)': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=([0-9.]+)': 1}\n",
    }],
};

/// HPO410: a metric source naming a command that does not exist.
pub static UNKNOWN_METRIC_COMMAND: Rule = Rule {
    code: "HPO410",
    name: "unknown-metric-command",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "a `stdout`/`api` metric source names a command `cmdN` that `platform_config` does not have",
    description: "In JSON, `cmdN` is the N-th entry of `platform_config.cmd` (1-based).",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd2\nmetric_dict={'auc=([0-9.]+)': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=([0-9.]+)': 1}\n",
    }],
};

/// HPO411: a stdout metric pattern that does not compile or captures nothing.
pub static INVALID_STDOUT_PATTERN: Rule = Rule {
    code: "HPO411",
    name: "invalid-stdout-pattern",
    severity: Severity::Error,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "with `metric_type = stdout`, a `metric_dict` key that is not a regular expression with a capture group",
    description: "For `stdout`, each `metric_dict` key is a regular expression searched in the \
command's output; its first capture group is the metric's value (`auc=([0-9.]+)`). A key that \
does not compile, or has no group, never yields a value. Patterns are compiled with Rust's \
`regex`; features it lacks but Python's `re` has (look-around, backreferences) are not reported.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=([0-9.]+)': 1}\n",
    }],
};

/// HPO420: a stdout metric pattern with catastrophic backtracking under Python's `re`.
pub static BACKTRACKING_STDOUT_PATTERN: Rule = Rule {
    code: "HPO420",
    name: "backtracking-stdout-pattern",
    severity: Severity::Warning,
    fix: None,
    kinds: SETTINGS_KINDS,
    summary: "with `metric_type = stdout`, a `metric_dict` key whose nested repetition makes Python's `re` backtrack exponentially",
    description: "hpo_tools searches each line of the command's output with Python's `re`, a \
backtracking engine. A group of repeated items that is itself repeated without bound (`(a+)+`, \
`(x*y*)*`) can match one text in exponentially many ways: on a line that almost matches, the \
search runs for minutes and the trial's metric is never read. Anchor the group with a literal \
(`(a+,)+`) or drop the outer repetition.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=(([0-9.])+)+$': 1}\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\ncmd1=python train.py\n\n[metric_config]\nmetric_type=stdout\nmetric_source=cmd1\nmetric_dict={'auc=([0-9.]+)$': 1}\n",
    }],
};

/// One metric name of the dict: the name, its pointer, and its span in the document if finer
/// than the pointer.
struct Key<'a> {
    name: String,
    ptr: &'a NodePath,
    at_key: bool,
    span: Option<crate::source::Span>,
}

/// Runs the metric rules.
pub fn check(ctx: &Ctx<'_>, view: &View<'_>, findings: &mut Vec<Finding>) {
    let metric_type = view.metric_type.as_ref().and_then(|t| {
        let v = t.value.trim();
        if is_templated(v) {
            return None;
        }
        if METRIC_TYPES.contains(&v) {
            return Some(v);
        }
        findings.push(
            Finding::new(
                &INVALID_METRIC_TYPE,
                &t.ptr,
                format!(
                    "metric type `{v}` is not one of {}",
                    METRIC_TYPES.join(", ")
                ),
            )
            .help_opt(
                did_you_mean(v, METRIC_TYPES.iter().copied())
                    .map(|s| format!("did you mean `{s}`?")),
            )
            .fix_opt(crate::rules::enum_fix(&t.ptr, v, METRIC_TYPES)),
        );
        None
    });
    for mode in &view.final_modes {
        let v = mode.value.trim();
        if !is_templated(v) && !FINAL_MODES.contains(&v) {
            let key = mode.ptr.last_key().unwrap_or_default();
            findings.push(
                Finding::new(
                    &INVALID_FINAL_MODE,
                    &mode.ptr,
                    format!("`{key}` is `{v}`; expected final, best or avg"),
                )
                .help_opt(
                    did_you_mean(v, FINAL_MODES.iter().copied())
                        .map(|s| format!("did you mean `{s}`?")),
                )
                .fix_opt(crate::rules::enum_fix(&mode.ptr, v, FINAL_MODES)),
            );
        }
    }
    let keys = metric_dict(ctx, view, findings);
    if let Some(mt) = metric_type {
        sources(ctx, view, mt, findings);
        if mt == "stdout" {
            for key in &keys {
                stdout_pattern(key, findings);
            }
        }
    }
}

/// Checks the dict; returns its keys (when it could be read).
fn metric_dict<'a>(ctx: &Ctx<'_>, view: &'a View<'_>, findings: &mut Vec<Finding>) -> Vec<Key<'a>> {
    let mut keys = Vec::new();
    match &view.metric_dict {
        None => {}
        Some(MetricDict::Literal(text)) => {
            if is_jinja(&text.value) {
                return keys;
            }
            match parse_py_dict(&text.value) {
                Err(e) => {
                    let mut f = Finding::new(
                        &INVALID_METRIC_DICT,
                        &text.ptr,
                        format!("`metric_dict` is not a Python dict of metric name -> weight: {}", e.message),
                    )
                    .help("write it as a Python dict literal, e.g. `{'auc': 1}` or `{'auc': 0.5, 'loss': -0.5}`");
                    if let Some(span) = sub_span(ctx, &text.ptr, &text.value, e.span.0, e.span.1) {
                        f = f.span(span);
                    }
                    findings.push(f);
                }
                Ok(entries) if entries.is_empty() => {
                    findings.push(empty(&text.ptr));
                }
                Ok(entries) => {
                    // (the value's lines are matched once for all the keys: linear)
                    let map = SubSpans::new(ctx, &text.ptr, &text.value);
                    for e in entries {
                        keys.push(Key {
                            span: map
                                .as_ref()
                                .and_then(|m| m.span(e.key_span.0, e.key_span.1)),
                            name: e.key,
                            ptr: &text.ptr,
                            at_key: false,
                        });
                    }
                }
            }
        }
        Some(MetricDict::Entries { ptr, entries }) => {
            if entries.is_empty() {
                findings.push(empty(ptr));
            }
            for e in entries {
                if e.weight.is_none() {
                    findings.push(
                        Finding::new(
                            &INVALID_METRIC_DICT,
                            &e.ptr,
                            format!("the weight of metric `{}` is not a number", e.key),
                        )
                        .help("write the weight as a number, e.g. `1` or `0.5`"),
                    );
                }
                keys.push(Key {
                    name: e.key.clone(),
                    ptr: &e.ptr,
                    at_key: true,
                    span: None,
                });
            }
        }
    }
    keys
}

fn empty(ptr: &NodePath) -> Finding {
    Finding::new(
        &EMPTY_METRIC_DICT,
        ptr,
        "`metric_dict` is empty: expected at least one metric name and its weight",
    )
    .help("name the metric to optimize, e.g. `{'auc': 1}`")
}

fn is_sql(source: &str) -> bool {
    let first: String = source
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    first == "select" || first == "with"
}

fn sources(ctx: &Ctx<'_>, view: &View<'_>, metric_type: &str, findings: &mut Vec<Finding>) {
    let names: Option<Vec<&str>> = view
        .commands
        .as_ref()
        .map(|c| c.entries.iter().map(|(k, _)| k.as_ref()).collect());
    for src in &view.sources {
        let v = src.value.trim();
        if v.is_empty() || is_jinja(v) {
            continue;
        }
        match metric_type {
            "table" if !is_sql(v) => findings.push(mismatch(
                src,
                "is not an SQL query, which `metric_type` `table` needs",
                "write the query that reads the trial's metric, e.g. `select * from metrics where pt='${exp_id}_${trial_id}'`",
            )),
            "stdout" | "api" => {
                let cmd = named_command(v);
                match (cmd, &names) {
                    (None, _) if metric_type == "stdout" && !is_path_source(v) => findings.push(mismatch(
                        src,
                        "does not name a command, which `metric_type` `stdout` needs",
                        "name the command whose output holds the metric, e.g. `cmd1`",
                    )),
                    (Some(c), Some(names)) if c != "cmd" && !names.contains(&c) => {
                        let lead = src.value.len() - src.value.trim_start().len();
                        let mut f = Finding::new(
                            &UNKNOWN_METRIC_COMMAND,
                            &src.ptr,
                            format!("metric source names `{c}`, which `platform_config` does not have"),
                        )
                        .help(if names.is_empty() {
                            "add the command to `platform_config`".to_owned()
                        } else {
                            format!("the commands are {}", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", "))
                        });
                        if let Some(span) = sub_span(ctx, &src.ptr, &src.value, lead, lead + c.len()) {
                            f = f.span(span);
                        }
                        findings.push(f);
                    }
                    _ => {}
                }
            }
            "summary" | "json" => {
                if is_sql(v) && v.contains(char::is_whitespace) {
                    findings.push(mismatch(
                        src,
                        &format!("is an SQL query, but `metric_type` `{metric_type}` reads a path"),
                        "use `metric_type = table` for a query, or give the path of the metric files",
                    ));
                } else if named_command(v) == Some(v) {
                    findings.push(mismatch(
                        src,
                        &format!("names a command, but `metric_type` `{metric_type}` reads a path"),
                        "use `metric_type = stdout` to read a command's output, or give the path of the metric files",
                    ));
                }
            }
            _ => {}
        }
    }
}

fn mismatch(src: &Text<'_>, what: &str, help: &str) -> Finding {
    let shown = crate::source::shorten::shorten(src.value.trim(), 60);
    Finding::new(
        &METRIC_SOURCE_MISMATCH,
        &src.ptr,
        format!("metric source `{shown}` {what}"),
    )
    .help(help)
}

fn stdout_pattern(key: &Key<'_>, findings: &mut Vec<Finding>) {
    if is_templated(&key.name) {
        return;
    }
    // Python's `re` first: hpo_tools compiles the pattern with it.
    let py = super::pyre::scan(&key.name);
    if let Some(why) = &py.error {
        let mut f = Finding::new(
            &INVALID_STDOUT_PATTERN,
            key.ptr,
            format!(
                "metric pattern `{}` is rejected by Python's `re` (which hpo_tools compiles it with): {why}",
                key.name
            ),
        )
        .help("fix the pattern as Python's `re` reads it, e.g. `auc=([0-9.]+)`");
        if key.at_key {
            f = f.at_key();
        }
        if let Some(span) = key.span {
            f = f.span(span);
        }
        findings.push(f);
        return;
    }
    if py.catastrophic {
        let mut f = Finding::new(
            &BACKTRACKING_STDOUT_PATTERN,
            key.ptr,
            format!(
                "metric pattern `{}` repeats a group of repeated items: Python's `re` can take exponential time on a line that almost matches",
                key.name
            ),
        )
        .help("anchor the repeated group with a literal, or drop the outer repetition");
        if key.at_key {
            f = f.at_key();
        }
        if let Some(span) = key.span {
            f = f.span(span);
        }
        findings.push(f);
    }
    // Parse only (no compilation: this runs for every key of every file); the parser is the
    // one `regex` uses, so it accepts and rejects the same patterns.
    let problem = match regex_syntax::Parser::new().parse(&key.name) {
        Err(e) => {
            let text = e.to_string();
            if text.contains("not supported") {
                // look-around, backreferences: Python's `re` has them; not ours to judge
                None
            } else {
                let detail = text
                    .lines()
                    .rev()
                    .find(|l| l.starts_with("error:"))
                    .map(|l| l.trim_start_matches("error:").trim().to_owned())
                    .unwrap_or_else(|| "invalid syntax".to_owned());
                Some(format!(
                    "metric pattern `{}` is not a valid regular expression: {detail}",
                    key.name
                ))
            }
        }
        Ok(hir) if hir.properties().explicit_captures_len() == 0 => Some(format!(
            "metric pattern `{}` has no capture group, so it never yields a value",
            key.name
        )),
        Ok(_) => None,
    };
    if let Some(message) = problem {
        let mut f = Finding::new(&INVALID_STDOUT_PATTERN, key.ptr, message)
            .help("capture the number in a group, e.g. `auc=([0-9.]+)`");
        if key.at_key {
            f = f.at_key();
        }
        if let Some(span) = key.span {
            f = f.span(span);
        }
        findings.push(f);
    }
}
