//! `hpoconf explain` and `hpoconf rules`, from the rule descriptors.

use std::io::Write;

use crate::report::markdown::rule_markdown;
use crate::rules;

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
    // the severity column is what the rule reports: both severities for the rules whose
    // severity depends on the case (`hpoconf explain CODE` says when)
    let mut out = String::new();
    let mut varying = false;
    for r in rules::all() {
        varying |= r.case_severity().is_some();
        out.push_str(&format!(
            "{:<7} {:<34} {:<13} {}\n",
            r.code,
            r.name,
            r.severity_range(),
            r.summary
        ));
    }
    if varying {
        out.push_str(
            "\nA rule shown with two severities (`info/warning`) reports one or the other depending on the \
case: `hpoconf explain CODE` gives its default and when the other applies. `--severity RULE=LEVEL` sets \
one level for every case.\n",
        );
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    super::EXIT_OK
}
