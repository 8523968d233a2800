//! hpoconf's diagnostics as LSP diagnostics: range, severity, code and its documentation link.

use std::str::FromStr;

use lsp_types::{CodeDescription, DiagnosticSeverity, NumberOrString, Uri};
use serde_json::json;

use crate::diagnostic::{Diagnostic, Severity};

use super::text::Lines;

/// The LSP diagnostic of one of hpoconf's, in a document of `text`. `data` carries the rule's
/// name and the help text, for code actions.
pub fn to_lsp(d: &Diagnostic, text: &str, lines: &Lines) -> lsp_types::Diagnostic {
    let severity = match d.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    };
    let code_description = crate::rules::find(&d.code)
        .and_then(|r| Uri::from_str(&r.help_uri()).ok())
        .map(|href| CodeDescription { href });
    let message = match &d.help {
        Some(h) => format!("{}\nhelp: {h}", d.message),
        None => d.message.clone(),
    };
    lsp_types::Diagnostic {
        range: lines.range(text, d.byte_start, d.byte_end),
        severity: Some(severity),
        code: Some(NumberOrString::String(d.code.clone())),
        code_description,
        source: Some("hpoconf".to_owned()),
        message,
        related_information: None,
        tags: None,
        data: Some(json!({ "name": d.name, "help": d.help })),
    }
}
