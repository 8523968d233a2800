//! Inline suppressions in YAML and INI files:
//!
//! ```yaml
//! # hpoconf: disable-next-line HPO103, key-spelling
//! trialConcurency: 2
//! maxTrialNumber: 10  # hpoconf: disable-line
//! # hpoconf: disable-file unknown-member -- our fork adds fields
//! ```
//!
//! A rule is named by code or name; none means every rule. Text after ` -- ` is a free reason.
//! `disable-next-line` covers diagnostics that start on the next line, `disable-line` those that
//! start on the comment's own line, `disable-file` the whole file. A suppression that matches
//! nothing is reported (`unused-suppression`), and so is an unknown rule or directive
//! (`invalid-suppression`).
//!
//! Comments are found by a line scanner, not by the YAML parser: in YAML a `#` at the start of
//! a line or after whitespace, outside a one-line `'...'` or `"..."` scalar. Its limits: a `#`
//! inside a block scalar (`|`, `>`) or a quoted scalar spanning lines is taken for a comment too.
//! INI (configparser) has only whole-line comments (`#` or `;`): `disable-line` cannot be written
//! there, and is reported as invalid. JSON has no comments: use the configuration file.

use crate::diagnostic::Diagnostic;
use crate::document::{FileReport, FileText};
use crate::finding::Rule;
use crate::kind::Format;
use crate::rules;
use crate::source::Span;

pub use crate::rules::suppress::{INVALID_SUPPRESSION, RULES, UNUSED_SUPPRESSION};

/// Where a suppression applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The line after the comment.
    NextLine,
    /// The comment's own line.
    Line,
    /// The whole file.
    File,
}

impl Scope {
    fn word(self) -> &'static str {
        match self {
            Scope::NextLine => "disable-next-line",
            Scope::Line => "disable-line",
            Scope::File => "disable-file",
        }
    }
}

/// A rule named in a suppression.
#[derive(Debug, Clone)]
pub struct RuleRef {
    /// The rule's code.
    pub code: &'static str,
    /// Where it is written (bytes of the file text).
    pub span: Span,
}

/// One suppression comment.
#[derive(Debug, Clone)]
pub struct Directive {
    /// What it covers.
    pub scope: Scope,
    /// 1-based line of the comment.
    pub line: usize,
    /// The rules named (empty: every rule).
    pub rules: Vec<RuleRef>,
    /// The comment's span.
    pub span: Span,
}

/// A suppression comment that cannot be read, with the reason.
#[derive(Debug, Clone)]
pub struct Invalid {
    /// Where.
    pub span: Span,
    /// Why, as a diagnostic message.
    pub message: String,
    /// The fix.
    pub help: Option<String>,
}

/// The suppressions of a file.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    /// The readable ones.
    pub directives: Vec<Directive>,
    /// The unreadable ones.
    pub invalid: Vec<Invalid>,
}

/// Finds the suppression comments of a YAML or INI text (none for JSON).
pub fn scan(text: &str, format: Format) -> Suppressions {
    let mut out = Suppressions::default();
    // every directive starts with `hpoconf:`: a text without one has none (most texts; the
    // search is one pass, the line scan below a character at a time)
    if format == Format::Json || memchr::memmem::find(text.as_bytes(), b"hpoconf:").is_none() {
        return out;
    }
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        let comment = match format {
            Format::Yaml => yaml_comment(line),
            _ => ini_comment(line),
        };
        if let Some(start) = comment {
            parse_comment(line, start, offset, i + 1, format, &mut out);
        }
        offset += raw.len();
    }
    out
}

/// Byte offset of the `#` that starts a YAML comment in `line`, if any.
fn yaml_comment(line: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut prev: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => {
                let boundary =
                    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '[' | '{' | ','));
                if c == '#' && prev.is_none_or(char::is_whitespace) {
                    return Some(i);
                }
                if (c == '\'' || c == '"') && boundary {
                    quote = Some(c);
                }
            }
        }
        prev = Some(c);
    }
    None
}

/// Byte offset of the `#` or `;` of an INI comment line.
fn ini_comment(line: &str) -> Option<usize> {
    let start = line.len() - line.trim_start().len();
    line.get(start..)
        .filter(|rest| rest.starts_with(['#', ';']))
        .map(|_| start)
}

fn parse_comment(
    line: &str,
    start: usize,
    line_offset: usize,
    line_no: usize,
    format: Format,
    out: &mut Suppressions,
) {
    let Some(comment) = line.get(start..) else {
        return;
    };
    let body = comment.trim_start_matches(['#', ';']).trim_start();
    let Some(rest) = body.strip_prefix("hpoconf:") else {
        return;
    };
    let comment_span = Span::new(line_offset + start, line_offset + line.len());
    // offset of `rest` in the file
    let rest_offset = line_offset + line.len() - rest.len();
    let rest = match rest.find(" -- ") {
        Some(i) => rest.get(..i).unwrap_or(rest),
        None => rest,
    };
    let mut words = tokens(rest, rest_offset);
    let Some((action, action_span)) = words.next() else {
        out.invalid.push(Invalid {
            span: comment_span,
            message: "empty `hpoconf:` comment".to_owned(),
            help: Some("write `hpoconf: disable-next-line RULE`".to_owned()),
        });
        return;
    };
    let scope = match action {
        "disable-next-line" => Scope::NextLine,
        "disable-line" => Scope::Line,
        "disable-file" => Scope::File,
        other => {
            let hint =
                rules::did_you_mean(other, ["disable-next-line", "disable-line", "disable-file"]);
            out.invalid.push(Invalid {
                span: action_span,
                message: format!("unknown suppression directive `{other}`"),
                help: Some(match hint {
                    Some(h) => format!("did you mean `{h}`?"),
                    None => "use disable-next-line, disable-line or disable-file".to_owned(),
                }),
            });
            return;
        }
    };
    if scope == Scope::Line && format == Format::Ini {
        out.invalid.push(Invalid {
            span: action_span,
            message: "`disable-line` cannot be used in an INI file: configparser has no trailing comments".to_owned(),
            help: Some("put `# hpoconf: disable-next-line RULE` on the line above".to_owned()),
        });
        return;
    }
    let mut refs = Vec::new();
    let mut named = false;
    for (word, span) in words {
        named = true;
        match rules::find(word) {
            Some(r) => refs.push(RuleRef { code: r.code, span }),
            None => {
                let all = rules::all();
                let hint = rules::did_you_mean(word, all.iter().flat_map(|r| [r.code, r.name]));
                out.invalid.push(Invalid {
                    span,
                    message: format!("unknown rule `{word}` in a suppression"),
                    help: Some(match hint {
                        Some(h) => format!("did you mean `{h}`?"),
                        None => "`hpoconf rules` lists the rules".to_owned(),
                    }),
                });
            }
        }
    }
    if named && refs.is_empty() {
        return; // only unknown rules: suppress nothing (not everything)
    }
    out.directives.push(Directive {
        scope,
        line: line_no,
        rules: refs,
        span: comment_span,
    });
}

/// The words of `s` (separated by whitespace and commas) with their spans in the file.
fn tokens(s: &str, offset: usize) -> std::vec::IntoIter<(&str, Span)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let sep = |c: char| c.is_whitespace() || c == ',';
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (start, sep(c)) {
            (None, false) => start = Some(i),
            (Some(b), true) => {
                if let Some(w) = s.get(b..i) {
                    out.push((w, Span::new(offset + b, offset + i)));
                }
                start = None;
            }
            _ => {}
        }
    }
    out.into_iter()
}

/// Removes the diagnostics of `report` that the suppressions in `file` cover, and adds
/// diagnostics for unused and invalid suppressions. Does nothing for JSON files. Returns whether
/// the file has any suppression comment.
pub fn apply(report: &mut FileReport, file: &FileText) -> bool {
    let Some(kind) = report.kind else {
        return false;
    };
    let found = scan(&file.text, kind.format());
    if found.directives.is_empty() && found.invalid.is_empty() {
        return false;
    }
    // used[d][0] for an all-rules directive, used[d][i] for its i-th rule
    let mut used: Vec<Vec<bool>> = found
        .directives
        .iter()
        .map(|d| vec![false; d.rules.len().max(1)])
        .collect();
    report.diagnostics.retain(|diag| {
        let mut keep = true;
        for (d, flags) in found.directives.iter().zip(used.iter_mut()) {
            let here = match d.scope {
                Scope::File => true,
                Scope::Line => diag.line == d.line,
                Scope::NextLine => diag.line == d.line + 1,
            };
            if !here {
                continue;
            }
            if d.rules.is_empty() {
                flags.iter_mut().for_each(|f| *f = true);
                keep = false;
            } else {
                for (r, f) in d.rules.iter().zip(flags.iter_mut()) {
                    if r.code == diag.code {
                        *f = true;
                        keep = false;
                    }
                }
            }
        }
        keep
    });
    let mut added = Vec::new();
    for (d, flags) in found.directives.iter().zip(&used) {
        if d.rules.is_empty() {
            if flags.first() == Some(&false) {
                added.push(diagnostic(
                    file,
                    &UNUSED_SUPPRESSION,
                    d.span,
                    format!("`{}` suppresses no diagnostic", d.scope.word()),
                    Some("remove the comment".to_owned()),
                ));
            }
            continue;
        }
        for (r, f) in d.rules.iter().zip(flags) {
            if !f {
                added.push(diagnostic(
                    file,
                    &UNUSED_SUPPRESSION,
                    r.span,
                    format!(
                        "`{}` of `{}` suppresses no diagnostic",
                        r.code,
                        d.scope.word()
                    ),
                    Some("remove the rule from the comment".to_owned()),
                ));
            }
        }
    }
    for inv in found.invalid {
        added.push(diagnostic(
            file,
            &INVALID_SUPPRESSION,
            inv.span,
            inv.message,
            inv.help,
        ));
    }
    report.diagnostics.extend(added);
    true
}

fn diagnostic(
    file: &FileText,
    rule: &Rule,
    span: Span,
    message: String,
    help: Option<String>,
) -> Diagnostic {
    let (line, column) = file.lines.position(&file.text, span.start());
    let (end_line, end_column) = file.lines.position(&file.text, span.end());
    Diagnostic {
        code: rule.code.to_owned(),
        name: rule.name.to_owned(),
        severity: rule.severity,
        message,
        pointer: String::new(),
        line,
        column,
        end_line,
        end_column,
        help,
        fix: None,
        byte_start: span.start(),
        byte_end: span.end(),
        path: file.path.clone(),
        follows: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(code: &str, line: usize) -> Diagnostic {
        let rule = rules::find(code).expect("rule");
        Diagnostic {
            code: rule.code.to_owned(),
            name: rule.name.to_owned(),
            severity: rule.severity,
            message: "m".to_owned(),
            pointer: String::new(),
            line,
            column: 1,
            end_line: line,
            end_column: 2,
            help: None,
            fix: None,
            byte_start: 0,
            byte_end: 0,
            path: String::new(),
            follows: None,
        }
    }

    fn run(name: &str, text: &str, diags: Vec<Diagnostic>) -> Vec<String> {
        let kind = crate::kind::detect(name, text).or(Some(crate::kind::Kind::ExpYml));
        let mut report = FileReport {
            path: name.to_owned(),
            kind,
            diagnostics: diags,
            path_bytes: None,
        };
        apply(&mut report, &FileText::new(name, text.to_owned()));
        report
            .diagnostics
            .iter()
            .map(|d| format!("{}:{} {} {}", d.line, d.column, d.code, d.message))
            .collect()
    }

    #[test]
    fn yaml_comments() {
        assert_eq!(yaml_comment("# x"), Some(0));
        assert_eq!(yaml_comment("a: 1  # x"), Some(6));
        assert_eq!(yaml_comment("a: b#c"), None);
        assert_eq!(yaml_comment("a: 'b # c'"), None);
        assert_eq!(yaml_comment("a: \"b \\\" # c\" # d"), Some(14));
        assert_eq!(yaml_comment("a: it's # c"), Some(8));
        assert_eq!(yaml_comment("a: ['x', \"#\"] # c"), Some(14));
        assert_eq!(ini_comment("  ; x"), Some(2));
        assert_eq!(ini_comment("a = b # c"), None);
    }

    #[test]
    fn next_line_line_and_file() {
        let text = "# hpoconf: disable-next-line HPO003, invalid-syntax\na: 1\nb: 2 # hpoconf: disable-line\nc: 3\n# hpoconf: disable-file HPO004 -- reason, with words\n";
        let got = run(
            "exp.yml",
            text,
            vec![
                diag("HPO003", 2),
                diag("HPO003", 3),
                diag("HPO001", 3),
                diag("HPO003", 4),
                diag("HPO004", 1),
            ],
        );
        assert_eq!(
            got,
            [
                "4:1 HPO003 m",
                "1:38 HPO901 `HPO001` of `disable-next-line` suppresses no diagnostic"
            ]
        );
    }

    #[test]
    fn unused_and_invalid() {
        let text = "a: 1 # hpoconf: disable-line\n# hpoconf: disable-nextline\n# hpoconf: disable-file duplicate-kye\n#hpoconf:\n# not hpoconf: disable-file\n";
        let got = run("exp.yml", text, vec![diag("HPO003", 2)]);
        assert_eq!(
            got,
            [
                "2:1 HPO003 m",
                "1:6 HPO901 `disable-line` suppresses no diagnostic",
                "2:12 HPO902 unknown suppression directive `disable-nextline`",
                "3:25 HPO902 unknown rule `duplicate-kye` in a suppression",
                "4:1 HPO902 empty `hpoconf:` comment",
            ]
        );
    }

    #[test]
    fn ini_has_no_trailing_comments() {
        let text = "[s]\n; hpoconf: disable-next-line HPO002\nk = v # hpoconf: disable-line\n# hpoconf: disable-line\n";
        let got = run("trial.ini", text, vec![diag("HPO002", 3)]);
        assert_eq!(
            got,
            [
                "4:12 HPO902 `disable-line` cannot be used in an INI file: configparser has no trailing comments"
            ]
        );
    }

    #[test]
    fn json_is_untouched() {
        let text = "{\"a\": \"# hpoconf: disable-file\"}";
        assert_eq!(
            run("search_space.json", text, vec![diag("HPO003", 1)]),
            ["1:1 HPO003 m"]
        );
    }
}
