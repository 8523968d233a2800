//! Rule descriptors: the static data every rule is (code, name, severity, docs, examples), read
//! by `hpoconf explain`, `hpoconf rules`, SARIF `rules[]` and docs/rules.md.

use crate::diagnostic::Severity;
use crate::fix::Applicability;
use crate::kind::Kind;

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
