//! The descriptors of the suppression rules (HPO9xx); the suppressions themselves are read and
//! applied by `crate::suppress`, a pipeline stage after the rules.

use crate::diagnostic::Severity;
use crate::finding::{ExampleFile, Rule};
use crate::kind::Kind;

const KINDS: &[Kind] = &[Kind::ExpYml, Kind::TrialIni, Kind::SearchSpace];

/// HPO901: a suppression comment that suppresses nothing.
pub static UNUSED_SUPPRESSION: Rule = Rule {
    code: "HPO901",
    name: "unused-suppression",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "a suppression comment matches no diagnostic",
    description: "A `# hpoconf: disable-...` comment whose rule is not reported where it points \
(the next line, its own line, or the file) hides nothing today, and would hide a new problem \
tomorrow. Remove it, or the rule that no longer fires from its list. Suppressions are written in \
YAML and INI comments: `# hpoconf: disable-next-line RULE[, RULE...]`, `# hpoconf: disable-line \
RULE` (a trailing comment, YAML only), `# hpoconf: disable-file RULE`; no rule means all rules.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\n# hpoconf: disable-next-line invalid-syntax\nname=Local\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\n",
    }],
};

/// HPO902: a suppression comment hpoconf cannot read.
pub static INVALID_SUPPRESSION: Rule = Rule {
    code: "HPO902",
    name: "invalid-suppression",
    severity: Severity::Warning,
    fix: None,
    kinds: KINDS,
    summary: "a suppression comment names an unknown rule or directive",
    description: "A suppression with a misspelt rule or directive suppresses nothing, so the \
problem it was meant to hide is still reported. The directives are `disable-next-line`, \
`disable-line` and `disable-file`; rules are named by code (`HPO003`) or name (`duplicate-key`). \
INI files have no trailing comments (configparser reads `key = v # ...` as the value), so \
`disable-line` is invalid there: use `disable-next-line` on the line above.",
    bad: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\n# hpoconf: disable-next-line duplicate-kye\nname=Local\n",
    }],
    good: &[ExampleFile {
        name: "trial.ini",
        text: "[platform_config]\nname=Local\n",
    }],
};

/// The suppression rules, for [`crate::rules::all`].
pub static RULES: &[&Rule] = &[&UNUSED_SUPPRESSION, &INVALID_SUPPRESSION];
