//! Every rule with a fix: its failing example, fixed by the engine (the rule's own fixes,
//! unsafe ones included), is its documented fixed example, byte for byte.

use hpoconf::fix::{self, Applicability};
use hpoconf::pipeline::{self, InMemory, Source};
use hpoconf::rules::{self, ExampleFile};

/// The texts of `files` after fixing every finding of `code` until nothing changes.
pub fn fix_files(files: &[ExampleFile], code: Option<&str>, app: Applicability) -> Vec<String> {
    let mut texts: Vec<String> = files.iter().map(|f| f.text.to_owned()).collect();
    for _ in 0..fix::MAX_PASSES {
        let sources: Vec<Source> = files
            .iter()
            .zip(&texts)
            .map(|(f, t)| Source::text(f.name, t.clone()))
            .collect();
        let outcome = pipeline::run(sources, &InMemory::default());
        let mut changed = false;
        for c in &outcome.checked {
            let Some(i) = files.iter().position(|f| f.name == c.report.path) else {
                continue;
            };
            let diags: Vec<_> = c
                .report
                .diagnostics
                .iter()
                .filter(|d| code.is_none_or(|code| d.code == code))
                .cloned()
                .collect();
            let new = fix::apply(&texts[i], &diags, app);
            if new != texts[i] {
                texts[i] = new;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    texts
}

#[test]
fn fixed_examples_are_the_documented_fixes() {
    let mut problems = Vec::new();
    let mut with_fix = 0;
    for rule in rules::all() {
        let Some(app) = rule.fix else { continue };
        with_fix += 1;
        let fixed = fix_files(rule.bad, Some(rule.code), app);
        if rule.bad.len() != rule.good.len() {
            problems.push(format!(
                "{}: bad and good examples have different files",
                rule.code
            ));
            continue;
        }
        for ((b, g), t) in rule.bad.iter().zip(rule.good).zip(&fixed) {
            if b.name != g.name || *t != g.text {
                problems.push(format!(
                    "{} {} ({app}): {} fixed is\n{t}\n--- but the documented fix is\n{}",
                    rule.code, rule.name, b.name, g.text
                ));
            }
        }
    }
    assert!(with_fix >= 10, "{with_fix} rules with a fix");
    assert!(problems.is_empty(), "{}", problems.join("\n=====\n"));
}
