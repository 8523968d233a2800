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
