//! The rules: every check hpoconf makes, each a static [`Rule`] descriptor (stable code,
//! kebab-case name, default severity, documentation with a failing example and its fix) plus
//! the function that finds it. `hpoconf explain`, `hpoconf rules`, SARIF `rules[]` and
//! `docs/rules.md` are all generated from [`all()`].
//!
//! Code ranges: `HPO0xx` syntax, `HPO1xx` shape, `HPO2xx` search space, `HPO3xx` exp.yml,
//! `HPO4xx` trial.ini, `HPO5xx` HpoExperimentConfiguration, `HPO6xx` GetHpoExperiment,
//! `HPO7xx` cross-field and cross-file.

pub mod cross;
pub mod dispatch;
pub mod exp_yml;
pub mod get_hpo;
pub mod hpo_config;
pub mod search_space;
pub mod shape;
pub mod suggest;
pub mod syntax;
pub mod trial_ini;

pub use dispatch::check_kind;
pub use suggest::{Suggester, did_you_mean};

use crate::diagnostic::Severity;
use crate::fix::{Applicability, Fix};
use crate::kind::Kind;
use crate::source::Span;
use crate::source::pointer::Target;

/// One file of a rule's documented example.
#[derive(Debug, Clone, Copy)]
pub struct ExampleFile {
    /// The file's name (its kind is detected from it, as `check` does).
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// A rule descriptor.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, never reused (`HPO203`).
    pub code: &'static str,
    /// Stable kebab-case name (`unknown-key`).
    pub name: &'static str,
    /// Severity unless configured otherwise.
    pub severity: Severity,
    /// Whether the rule's findings can carry a fix, and how sure the surest of them is (a
    /// rule may attach a fix to some findings only, e.g. when one candidate is clearly
    /// closest).
    pub fix: Option<Applicability>,
    /// The kinds of document the rule applies to.
    pub kinds: &'static [Kind],
    /// One line: what the rule finds.
    pub summary: &'static str,
    /// Why it matters, and what hpoconf does differently from NNI/PAI if anything (Markdown).
    pub description: &'static str,
    /// Files that trigger the rule.
    pub bad: &'static [ExampleFile],
    /// The same files, fixed: the rule does not fire on them.
    pub good: &'static [ExampleFile],
}

impl Rule {
    /// The URL of the rule's documentation at [`default_docs_url`] (docs/rules.md, anchored on
    /// its heading `## CODE name`).
    pub fn help_uri(&self) -> String {
        self.help_uri_at(default_docs_url())
    }

    /// The URL of the rule's documentation in the docs/rules.md found at `docs_url` (a fork's,
    /// or a mirror's): `DOCS_URL#hpo103-unknown-key`.
    pub fn help_uri_at(&self, docs_url: &str) -> String {
        format!(
            "{}#{}-{}",
            docs_url.trim_end_matches('#'),
            self.code.to_ascii_lowercase(),
            self.name
        )
    }
}

/// The rules that report another severity than their default in some cases: the code, that
/// severity, and when. `hpoconf rules`, `hpoconf explain` and docs/rules.md show both (a test
/// checks that every rule overriding its severity in a finding is listed here).
const CASE_SEVERITIES: &[(&str, Severity, &str)] = &[
    (
        "HPO222",
        Severity::Warning,
        "a warning for a `choice` option (it becomes a string), an error for a numeric domain (NNI rejects it)",
    ),
    (
        "HPO312",
        Severity::Warning,
        "an error when the name is a typo of a built-in, a warning when it is far from every built-in (it may be registered with `nnictl algo register`)",
    ),
    (
        "HPO328",
        Severity::Warning,
        "a warning where the value is used as a number (a number field such as `seed`, a `classArgs` value, a search-space `_value`) or where the field's type makes the YAML 1.1 reading the valid one; info elsewhere",
    ),
];

impl Rule {
    /// The other severity this rule reports in some cases, and when (see `hpoconf explain`).
    pub fn case_severity(&self) -> Option<(Severity, &'static str)> {
        CASE_SEVERITIES
            .iter()
            .find(|(code, _, _)| *code == self.code)
            .map(|(_, s, when)| (*s, *when))
    }

    /// The severities it reports, lowest first: `info/warning` for HPO328.
    pub fn severity_range(&self) -> String {
        match self.case_severity() {
            Some((other, _)) => {
                let (lo, hi) = if other < self.severity {
                    (other, self.severity)
                } else {
                    (self.severity, other)
                };
                format!("{lo}/{hi}")
            }
            None => self.severity.to_string(),
        }
    }
}

/// The path of the rules' documentation in the repository.
const RULES_DOC: &str = "/blob/main/docs/rules.md";

/// Where docs/rules.md is published: the URL given by `HPOCONF_DOCS_URL` when hpoconf was
/// built, else the `repository` of Cargo.toml followed by `/blob/main/docs/rules.md` (GitHub's
/// and GitLab's URL of a file on the main branch). A fork sets its own `repository` (or the
/// variable) and its binaries link to its own documentation; at run time `--docs-url` and
/// `hpoconf.toml`'s `[report] docs-url` override it.
pub fn default_docs_url() -> &'static str {
    match option_env!("HPOCONF_DOCS_URL") {
        Some(url) if !url.is_empty() => url,
        _ => concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules.md"),
    }
}

/// The project's home page for a documentation URL: the repository when `docs_url` is
/// `REPOSITORY/blob/main/docs/rules.md`, else `docs_url` itself.
pub fn information_uri(docs_url: &str) -> String {
    docs_url
        .strip_suffix(RULES_DOC)
        .unwrap_or(docs_url)
        .to_owned()
}

/// A finding of a rule, located by pointer in its document (resolved to line and column by
/// [`crate::document::Document::resolve`]).
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static Rule,
    /// The JSON Pointer of the offending member, within the document.
    pub pointer: String,
    /// Whether to point at the member's key or its value.
    pub target: Target,
    /// One sentence; never includes a secret value.
    pub message: String,
    /// The fix, if any.
    pub help: Option<String>,
    /// An exact span in the document's text, when finer than the node (e.g. a `${x}` inside a
    /// command string). Offsets in the document text.
    pub span: Option<Span>,
    /// Overrides the rule's default severity (for rules whose severity depends on the case,
    /// e.g. a tuner name close to a built-in is an error, one far from all is a warning).
    pub severity: Option<Severity>,
    /// The document the finding is in, when it is not the one checked: an index into the
    /// embedded documents the rules were given (a GetHpoExperiment's `ConfigYml`, ...).
    pub embedded: Option<usize>,
    /// The finding this one follows from (rule code, pointer within the document): when that
    /// finding is found too, this one is not reported (one mistake, one finding; see
    /// [`crate::diagnostic::drop_consequences`]).
    pub follows: Option<(&'static str, String)>,
    /// The fix it proposes, in the document's coordinates.
    pub fix: Option<Fix>,
}

impl Finding {
    /// A finding at the value of `pointer`.
    pub fn new(
        rule: &'static Rule,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            pointer: pointer.into(),
            target: Target::Value,
            message: message.into(),
            help: None,
            span: None,
            severity: None,
            embedded: None,
            follows: None,
            fix: None,
        }
    }

    /// Attaches a fix.
    pub fn fix(mut self, fix: Fix) -> Finding {
        self.fix = Some(fix);
        self
    }

    /// Attaches a fix, if any.
    pub fn fix_opt(mut self, fix: Option<Fix>) -> Finding {
        self.fix = fix;
        self
    }

    /// Names the finding this one follows from: the finding of `rule` at `pointer` (within
    /// the same document). Reported only when that one is not found.
    pub fn follows(mut self, rule: &'static Rule, pointer: impl Into<String>) -> Finding {
        self.follows = Some((rule.code, pointer.into()));
        self
    }

    /// Points at the member's key instead of its value.
    pub fn at_key(mut self) -> Finding {
        self.target = Target::Key;
        self
    }

    /// Adds the fix.
    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// Adds the fix, if any.
    pub fn help_opt(mut self, help: Option<String>) -> Finding {
        self.help = help;
        self
    }

    /// Points at an exact span of the document text.
    pub fn span(mut self, span: Span) -> Finding {
        self.span = Some(span);
        self
    }

    /// Overrides the severity.
    pub fn severity(mut self, severity: Severity) -> Finding {
        self.severity = Some(severity);
        self
    }

    /// Locates the finding in the `index`-th embedded document instead of the one checked.
    pub fn in_embedded(mut self, index: usize) -> Finding {
        self.embedded = Some(index);
        self
    }
}

/// Every rule, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = Vec::new();
    rules.extend_from_slice(syntax::RULES);
    rules.extend_from_slice(shape::RULES);
    rules.extend_from_slice(exp_yml::RULES);
    rules.extend_from_slice(get_hpo::RULES);
    rules.extend_from_slice(cross::RULES);
    rules.extend_from_slice(search_space::RULES);
    rules.extend_from_slice(trial_ini::RULES);
    rules.extend_from_slice(hpo_config::RULES);
    rules.extend_from_slice(crate::suppress::RULES);
    rules.sort_by_key(|r| r.code);
    rules
}

/// The rule with this code or name (case-insensitive).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    all().into_iter().find(|r| {
        r.code.eq_ignore_ascii_case(code_or_name) || r.name.eq_ignore_ascii_case(code_or_name)
    })
}

/// A safe fix replacing the string value at `pointer` by the candidate it spells in another
/// case, or by the clearly closest one (see [`clearly_closest`]).
pub fn enum_fix(pointer: &str, value: &str, candidates: &[&str]) -> Option<Fix> {
    candidates
        .iter()
        .find(|c| c.eq_ignore_ascii_case(value))
        .copied()
        .or_else(|| clearly_closest(value, candidates.iter().copied()))
        .map(|c| Fix::set_value(pointer, c))
}

/// The candidate closest to `word` when it is clearly the closest: [`did_you_mean`]'s answer,
/// unless another candidate is as close (then a fix would have to guess). Fixes use it.
pub fn clearly_closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let all: Vec<&'a str> = candidates.into_iter().collect();
    let best = did_you_mean(word, all.iter().copied())?;
    let norm = |s: &str| s.to_lowercase().replace(['_', '-'], "");
    let w = norm(word);
    let distance = |c: &str| strsim::damerau_levenshtein(&w, &norm(c));
    let d = distance(best);
    let tied = all
        .iter()
        .any(|c| *c != best && norm(c) != norm(best) && distance(c) <= d);
    (!tied).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let rules = all();
        let mut codes = std::collections::HashSet::new();
        let mut names = std::collections::HashSet::new();
        for r in &rules {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
            assert!(r.code.starts_with("HPO") && r.code.len() == 6, "{}", r.code);
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{}",
                r.name
            );
            assert!(
                !r.summary.is_empty() && !r.bad.is_empty() && !r.good.is_empty(),
                "{}",
                r.code
            );
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            did_you_mean("trialConcurency", ["trialConcurrency", "trialCommand"]),
            Some("trialConcurrency")
        );
        assert_eq!(
            did_you_mean("choise", ["choice", "uniform"]),
            Some("choice")
        );
        assert_eq!(did_you_mean("zzz", ["choice", "uniform"]), None);
        assert_eq!(
            clearly_closest("choise", ["choice", "uniform"]),
            Some("choice")
        );
        assert_eq!(clearly_closest("ab", ["ac", "ad"]), None);
    }
}
