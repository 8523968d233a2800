//! What `hpoconf check` reads besides the paths as given: standard input (`-`, `/dev/stdin`,
//! with `--stdin-filename`) and quoted globs (`'experiments/*/exp.yml'`), which hpoconf expands
//! itself, as Windows shells and CI YAML do not.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::GlobBuilder;
use ignore::WalkBuilder;

use crate::check::{self, Document, FileReport, FileText};
use crate::config;
use crate::workspace::{self, Failure};

/// The paths of the command line, globs expanded.
#[derive(Debug, Default)]
pub(super) struct Expanded {
    /// Paths to check, in command-line order (a glob's matches sorted).
    pub paths: Vec<PathBuf>,
    /// Whether standard input is to be read (`-` or `/dev/stdin`).
    pub stdin: bool,
    /// Globs that matched nothing.
    pub failures: Vec<Failure>,
}

fn is_stdin(p: &Path) -> bool {
    p == Path::new("-") || p == Path::new("/dev/stdin")
}

fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '[', '{'])
}

/// Expands the globs among `paths` (a path that exists is taken as it is, even with `*` in its
/// name) and takes out stdin.
pub(super) fn expand(paths: &[PathBuf]) -> Expanded {
    let mut out = Expanded::default();
    for p in paths {
        if is_stdin(p) {
            out.stdin = true;
            continue;
        }
        let text = p.to_string_lossy();
        // (the glob test first: it asks nothing of the system)
        if is_glob(&text) && std::fs::symlink_metadata(p).is_err() {
            match glob(&text) {
                Ok(found) if !found.is_empty() => out.paths.extend(found),
                Ok(_) => out.failures.push(Failure {
                    path: text.into_owned(),
                    message: "no file or folder matches this glob".to_owned(),
                }),
                Err(message) => out.failures.push(Failure {
                    path: text.into_owned(),
                    message,
                }),
            }
        } else {
            out.paths.push(p.clone());
        }
    }
    out
}

/// The files and folders matching `pattern` (`*` and `?` within a path component, `**` across
/// them, `[...]`, `{a,b}`), found by walking from its literal leading folders as a folder walk
/// does (`.gitignore` and hidden files honoured). A folder that matches is taken whole, not
/// also its contents.
fn glob(pattern: &str) -> Result<Vec<PathBuf>, String> {
    let pattern = pattern.replace('\\', "/");
    let mut pat = pattern.as_str();
    while let Some(rest) = pat.strip_prefix("./") {
        pat = rest;
    }
    let parts: Vec<&str> = pat.split('/').collect();
    let literal = parts.iter().take_while(|c| !is_glob(c)).count();
    let base: PathBuf = match parts.get(..literal) {
        Some([]) | None => PathBuf::from("."),
        Some(lead) if pat.starts_with('/') && lead.len() == 1 => PathBuf::from("/"),
        Some(lead) => PathBuf::from(lead.join("/")),
    };
    let matcher = GlobBuilder::new(pat)
        .literal_separator(true)
        .build()
        .map_err(|e| format!("bad glob: {}", e.kind()))?
        .compile_matcher();
    let depth = (!pat.contains("**")).then(|| parts.len().saturating_sub(literal));
    let mut found: Vec<PathBuf> = Vec::new();
    let walker = WalkBuilder::new(&base)
        .follow_links(true)
        .require_git(false)
        .max_depth(depth)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker.flatten() {
        if entry.depth() == 0 {
            continue;
        }
        let path = entry.path();
        let shown = path.strip_prefix(".").unwrap_or(path);
        if found.last().is_some_and(|dir| shown.starts_with(dir)) {
            continue; // inside a folder already matched
        }
        if matcher.is_match(shown) {
            found.push(shown.to_path_buf());
        }
    }
    Ok(found)
}

/// Standard input, checked.
pub(super) struct Stdin {
    report: Option<(FileReport, Arc<FileText>)>,
    failures: Vec<Failure>,
}

/// Reads and checks standard input as the file `name` (`--stdin-filename`): its kind (unless
/// `--kind`), configuration and path in the report come from the name; without one it is
/// reported as `-` and its kind is told by content. Exclusion applies to the name, as for a file
/// named on the command line. No cross-file checks: an exp.yml's references are not read.
pub(super) fn read_stdin(name: Option<&str>, options: &workspace::Options, cwd: &Path) -> Stdin {
    let display = name.map_or_else(|| "-".to_owned(), display_path);
    let failure = |message: String| Stdin {
        report: None,
        failures: vec![Failure {
            path: display.clone(),
            message,
        }],
    };
    let mut bytes = Vec::new();
    let max = options.max_file_size;
    if let Err(e) = std::io::stdin()
        .lock()
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
    {
        return failure(format!("cannot read standard input: {e}"));
    }
    if bytes.len() as u64 > max {
        return failure(format!(
            "standard input is more than the limit of {max} bytes (raise it with --max-file-size)"
        ));
    }
    let resolver = match config::Resolver::new(options.config.clone(), options.flags.clone()) {
        Ok(r) => r,
        Err(e) => return failure(e.to_string()),
    };
    let abs = config::normalize(&cwd.join(name.unwrap_or("-")));
    if name.is_some() && resolver.excluded(&abs, false) {
        return Stdin {
            report: None,
            failures: Vec::new(),
        };
    }
    let (text, _) = crate::source::decode(&bytes);
    let Some(kind) = options.kind.or_else(|| match name {
        Some(_) => crate::kind::detect(&display, &text),
        // no name: by content alone, as a JSON, YAML or INI file would be recognised
        None => ["stdin.json", "stdin.yml", "stdin.ini"]
            .iter()
            .find_map(|n| crate::kind::detect(n, &text)),
    }) else {
        return failure(
            "cannot tell what kind of file standard input is; pass --stdin-filename NAME or --kind"
                .to_owned(),
        );
    };
    let mut report = check::check_owned(&display, bytes, Some(kind));
    let file = FileText::new(display.clone(), text);
    // read as a document: the file's secrets are found (the snippets mask them, SPEC.md §4)
    let _ = Document::whole(kind, Arc::clone(&file));
    if crate::suppress::apply(&mut report, &file) {
        // messages about suppressions quote the comment: never let them print a secret
        for d in &mut report.diagnostics {
            file.secrets().mask_diagnostic(d);
        }
    }
    config::apply(&mut report, &resolver.levels(&abs));
    let report = check::finish(&report.path, report.kind, report.diagnostics);
    let failures = resolver
        .errors()
        .into_iter()
        .map(|e| Failure {
            path: format!("{}:{}:{}", e.path, e.line, e.column),
            message: e.message,
        })
        .collect();
    Stdin {
        report: Some((report, file)),
        failures,
    }
}

impl Stdin {
    /// Hands on `report` of a run (`file` its text), and stdin's report before it when it sorts
    /// before it: stdin's report goes into the path order of the run's. A report of the same
    /// path as stdin's is replaced by it (the same name was also checked from disk: stdin's
    /// text is the one meant).
    pub(super) fn merge(
        &mut self,
        report: &FileReport,
        file: Option<&FileText>,
        emit: &mut dyn FnMut(&FileReport, Option<&FileText>),
    ) {
        if self
            .report
            .as_ref()
            .is_some_and(|(own, _)| own.path <= report.path)
            && let Some((own, own_file)) = self.report.take()
        {
            emit(&own, Some(&own_file));
            if own.path == report.path {
                return;
            }
        }
        emit(report, file);
    }

    /// Hands on stdin's report if it is still due (after the run's last), and adds stdin's
    /// failures to the run's (once each).
    pub(super) fn finish(
        self,
        failures: &mut Vec<Failure>,
        emit: &mut dyn FnMut(&FileReport, Option<&FileText>),
    ) {
        for f in self.failures {
            if !failures.contains(&f) {
                failures.push(f);
            }
        }
        if let Some((own, own_file)) = self.report {
            emit(&own, Some(&own_file));
        }
    }
}

/// A path as reported: `/`-separated, without `.` components or a leading `./`.
fn display_path(name: &str) -> String {
    workspace::display_path(Path::new(name))
}
