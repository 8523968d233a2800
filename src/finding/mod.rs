//! What a check finds, before it is located: the rule descriptors ([`Rule`]), the finding of
//! a rule in a document ([`Finding`]), and the "did you mean" suggestions and fixes shared by
//! every check ([`suggest`]).
//!
//! This module sits below every check (the readers' syntax findings in `document`, the shape
//! check, the v1 conversion, the rules, the suppressions) so that each of them can report
//! findings without importing another: the dependencies run one way.

mod descriptor;
pub mod suggest;

pub use descriptor::{ExampleFile, Rule, default_docs_url, information_uri};
pub use suggest::{Suggester, clearly_closest, did_you_mean, enum_fix};

use crate::diagnostic::Severity;
use crate::fix::Fix;
use crate::source::Span;
use crate::source::path::NodePath;
use crate::source::pointer::Target;

/// A finding of a rule, located by the typed path of its node in its document (resolved to
/// line and column by [`crate::document::Document::resolve`], which walks the path's segments;
/// the path is written as a JSON Pointer only in the diagnostic).
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static Rule,
    /// The path of the offending member, within the document.
    pub path: NodePath,
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
    /// The finding this one follows from (rule code, path within the document): when that
    /// finding is found too, this one is not reported (one mistake, one finding; see
    /// [`crate::diagnostic::drop_consequences`]).
    pub follows: Option<(&'static str, NodePath)>,
    /// The fix it proposes, in the document's coordinates.
    pub fix: Option<Fix>,
}

impl Finding {
    /// A finding at the value of the node at `path`.
    pub fn new(
        rule: &'static Rule,
        path: impl Into<NodePath>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            path: path.into(),
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

    /// Names the finding this one follows from: the finding of `rule` at `path` (within
    /// the same document). Reported only when that one is not found.
    pub fn follows(mut self, rule: &'static Rule, path: impl Into<NodePath>) -> Finding {
        self.follows = Some((rule.code, path.into()));
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
