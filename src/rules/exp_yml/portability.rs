//! YAML 1.1 portability: plain scalars that PyYAML (NNI, hpo_tools) reads differently.

use super::Exp;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::rules::{ExampleFile, Finding, Rule};
use crate::source::Yaml11Hazard;
use crate::source::yaml::portable_number;

/// HPO328: a scalar that YAML 1.1 reads differently from YAML 1.2.
pub static YAML11_DIFFERENCE: Rule = Rule {
    code: "HPO328",
    name: "yaml11-difference",
    severity: Severity::Info,
    fix: Some(crate::fix::Applicability::Safe),
    kinds: &[Kind::ExpYml],
    summary: "a plain scalar that PyYAML (YAML 1.1, used by NNI) reads differently from YAML 1.2",
    description: "hpoconf reads YAML 1.2; NNI and hpo_tools read YAML 1.1 with PyYAML. `1e-7` is a \
float in 1.2 but a *string* in 1.1 (NNI issues #4080, #4450: a learning rate that arrives as \
text), `1_000` an integer only in 1.1, `0777` octal in 1.1, `yes`/`no`/`on`/`off` booleans in \
1.1, `12:30` a sexagesimal number in 1.1. A **warning** where the value is used as a number \
(a number field, a `classArgs` value, a search-space `_value`) or where the field's type makes \
the 1.1 reading the valid one; **info** elsewhere.",
    bad: &[ExampleFile {
        name: "exp.yml",
        text: "searchSpace:\n  lr: {_type: loguniform, _value: [1e-7, 0.1]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
    good: &[ExampleFile {
        name: "exp.yml",
        text: "searchSpace:\n  lr: {_type: loguniform, _value: [1.0e-7, 0.1]}\ntrialCommand: python3 train.py\ntrialConcurrency: 1\ntuner:\n  name: TPE\ntrainingService:\n  platform: local\n",
    }],
};

fn numeric(words: &str) -> bool {
    words.contains("integer") || words.contains("float") || words.contains("number")
}

pub(super) fn check(exp: &Exp<'_, '_>, out: &mut Vec<Finding>) {
    for h in &exp.ctx.doc.parsed.hazards {
        out.push(finding(exp, h));
    }
}

fn finding(exp: &Exp<'_, '_>, h: &Yaml11Hazard) -> Finding {
    // Did the shape check reject the value as read by YAML 1.2 (so the field expected another
    // type, perhaps the one PyYAML gives)?
    let rejected = exp
        .ctx
        .shape
        .findings
        .iter()
        .any(|f| match &exp.ctx.doc.v1 {
            // an NNI v1 file: the hazard is at a v1 pointer, the shape check's at v2 ones
            Some(conv) => conv.v1_path(&f.path) == h.pointer,
            None => f.path == h.pointer,
        });
    let warning = if numeric(h.yaml12) {
        // The file relies on the number; PyYAML reads something else.
        !rejected
    } else {
        // hpoconf reads a string the field rejects; PyYAML reads the type the field wants.
        rejected && numeric(h.yaml11)
    };
    let mut fix = None;
    let help = if numeric(h.yaml12) && !numeric(h.yaml11) {
        match portable_number(&h.text) {
            Some(p) => {
                fix = Some(crate::fix::Fix::safe(
                    format!("write `{p}`"),
                    vec![crate::fix::Edit::replace(h.span, p.clone())],
                ));
                format!("write `{p}`, which both read as the same number")
            }
            None => "write the number so that both readers agree, or quote it if a string is meant"
                .to_owned(),
        }
    } else if numeric(h.yaml11) && !numeric(h.yaml12) {
        match portable_number(&h.text) {
            Some(p) if !h.text.contains(':') => {
                format!("write `{p}` if a number is meant, or quote it if a string is meant")
            }
            _ => format!("quote it (`\"{}\"`) if a string is meant", h.text),
        }
    } else {
        format!(
            "quote it (`\"{}\"`) if a string is meant, or write it so that both readers agree",
            h.text
        )
    };
    let mut f = Finding::new(
        &YAML11_DIFFERENCE,
        h.pointer.clone(),
        format!(
            "`{}` is {} in YAML 1.2 but {} in YAML 1.1 (PyYAML, which NNI uses)",
            h.text, h.yaml12, h.yaml11
        ),
    )
    .span(h.span)
    .help(help)
    .fix_opt(fix);
    if warning {
        f = f.severity(Severity::Warning);
    }
    f
}
