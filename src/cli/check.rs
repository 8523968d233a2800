//! `hpoconf check`: the arguments, the run, and the exit status.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ValueEnum;

use super::output::{self, Format, Outputs};
use super::{EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, inputs, parse_kind};
use crate::check::{FileReport, FileText};
use crate::config;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::workspace;

#[derive(clap::Args, Debug)]
pub(super) struct CheckArgs {
    /// Files or folders to check; `-` (or /dev/stdin) reads standard input; quoted globs
    /// (`'experiments/*/exp.yml'`, `**` for any depth) are expanded by hpoconf.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format on stdout (default: human, or github when GITHUB_ACTIONS=true).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write the report to FILE (atomically) instead of stdout; with --output-format, stdout
    /// keeps the --format report too.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// The format of the --output file (default: --format's).
    #[arg(long, value_enum, value_name = "FORMAT", requires = "output")]
    output_format: Option<Format>,
    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Force the kind of every file named on the command line (and of stdin).
    #[arg(long, value_parser = parse_kind)]
    kind: Option<Kind>,
    /// The name of the file read from stdin: it gives the kind, the configuration that applies,
    /// and the path in the report.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Colors in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Exit 0 even when diagnostics reach --fail-on (tool failures still exit 2).
    #[arg(long)]
    exit_zero: bool,
    /// Findings only: no summary line, and no warnings on stderr; nothing at all when clean.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Print how many findings each rule has (most first) instead of the findings.
    #[arg(long)]
    statistics: bool,
    /// Report only these rules: comma-separated codes, names, or code prefixes (HPO2); repeatable.
    #[arg(long, value_name = "RULES")]
    select: Vec<String>,
    /// Never report these rules: codes, names, or code prefixes; repeatable.
    #[arg(long, value_name = "RULES")]
    ignore: Vec<String>,
    /// Largest file read, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    max_file_size: u64,
    /// Set a rule's severity: RULE=error|warning|info|off (code or name; repeatable; overrides
    /// the configuration file).
    #[arg(long = "severity", value_name = "RULE=LEVEL", value_parser = config::parse_override)]
    severities: Vec<(&'static str, config::Level)>,
    /// Skip paths matching a glob (.gitignore syntax, relative to the current folder; repeatable).
    #[arg(long = "exclude", value_name = "GLOB")]
    excludes: Vec<String>,
    /// Use this configuration file instead of the nearest hpoconf.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long)]
    no_config: bool,
    /// Where SARIF rule links point: the URL of docs/rules.md (a fork's); default from the
    /// build, or `docs-url` in hpoconf.toml.
    #[arg(long, value_name = "URL")]
    docs_url: Option<String>,
    /// Threads that read and check files (default: one per core).
    #[arg(
        long,
        short = 'j',
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    jobs: usize,
    /// Apply the safe fixes in place (each file written atomically), then report what is left.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff: the unsafe fixes too (implies --fix without --diff).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print a unified diff of what --fix would change, write nothing (exit 1 when there is
    /// a change).
    #[arg(long)]
    diff: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn fail(message: &str) -> u8 {
    eprintln!("hpoconf: error: {message}");
    EXIT_FAILURE
}

pub(super) fn run(args: CheckArgs) -> u8 {
    let cwd = config::normalize(std::path::Path::new("."));
    let mut flags = match config::from_flags(&args.severities, &args.excludes, &cwd) {
        Ok(f) => f,
        Err(e) => return fail(&e.message),
    };
    let select = config::split_selectors(&args.select);
    let ignore = config::split_selectors(&args.ignore);
    match config::selection((!args.select.is_empty()).then_some(&select[..]), &ignore) {
        Ok(mut levels) => {
            // --severity names a rule: more specific than --select/--ignore, so it wins
            levels.extend(std::mem::take(&mut flags.levels));
            flags.levels = levels;
        }
        Err((_, m)) => return fail(&format!("--select/--ignore: {m}")),
    }
    let choice = match (args.no_config, &args.config) {
        (true, _) => config::Choice::Nothing,
        (false, Some(f)) => config::Choice::File(f.clone()),
        (false, None) => config::Choice::Discover,
    };
    let options = workspace::Options {
        kind: args.kind,
        max_file_size: args.max_file_size,
        config: choice.clone(),
        flags: flags.clone(),
        jobs: args.jobs,
        batch_files: 0,
    };

    let expanded = inputs::expand(&args.paths);
    if let Some(kind) = args.kind {
        for p in expanded.paths.iter().filter(|p| p.is_dir()) {
            eprintln!(
                "hpoconf: warning: {}: --kind {kind} applies to files named on the command line, not to folders; the files in it are recognised by name and content",
                p.display()
            );
        }
    }
    let stdin = if expanded.stdin {
        Some(inputs::read_stdin(
            args.stdin_filename.as_deref(),
            &options,
            &cwd,
        ))
    } else {
        if args.stdin_filename.is_some() {
            eprintln!("hpoconf: warning: --stdin-filename is used only with `-` (stdin)");
        }
        None
    };
    let applicability = if args.unsafe_fixes {
        crate::fix::Applicability::Unsafe
    } else {
        crate::fix::Applicability::Safe
    };
    if args.diff {
        return super::fix::run_diff(&expanded.paths, &options, applicability);
    }
    let only_stdin = expanded.paths.is_empty() && (expanded.stdin || !expanded.failures.is_empty());
    // --fix checks every file again after fixing: its reports are all at hand
    let fixed = (!only_stdin && (args.fix || args.unsafe_fixes))
        .then(|| super::fix::run_fix(&expanded.paths, &options, applicability));

    let format = args.format.unwrap_or_else(|| {
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            Format::Github
        } else {
            Format::Human
        }
    });
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    // only SARIF links the rules' docs: no configuration is looked up for it otherwise (the
    // run looks up its own)
    let sarif = args.format == Some(Format::Sarif) || args.output_format == Some(Format::Sarif);
    let docs_url = args
        .docs_url
        .clone()
        .or_else(|| {
            sarif.then_some(())?;
            config::Resolver::new(choice, config::Settings::default())
                .ok()
                .and_then(|r| r.dir_file_settings(&cwd))
                .and_then(|s| s.docs_url.clone())
        })
        .unwrap_or_else(|| crate::rules::default_docs_url().to_owned());
    let outputs = Outputs {
        stdout: match (&args.output, args.output_format) {
            (Some(_), None) => None,
            _ => Some(format),
        },
        file: args
            .output
            .clone()
            .map(|p| (p, args.output_format.unwrap_or(format))),
        color,
        quiet: args.quiet,
        statistics: args.statistics,
        cwd: cwd.clone(),
        docs_url,
    };
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let mut failed = false;
    let mut warnings = Vec::new();
    let mut stdin = stdin;
    let written = output::write(&outputs, |out| {
        let mut emit = |r: &FileReport, file: Option<&FileText>| {
            failed |= threshold.is_some_and(|t| r.diagnostics.iter().any(|d| d.severity >= t));
            // the text as snippets may show it: every secret span masked (SPEC.md §4)
            let masked = file.map(FileText::masked_text);
            out(r, masked.as_deref());
        };
        let mut merged = |r: &FileReport, file: Option<&FileText>| match stdin.as_mut() {
            Some(s) => s.merge(r, file, &mut emit),
            None => emit(r, file),
        };
        let mut outcome = if only_stdin {
            workspace::Outcome::default()
        } else if let Some(mut fixed) = fixed {
            for r in std::mem::take(&mut fixed.reports) {
                merged(&r, fixed.texts.get(&r.path).map(|t| &**t));
            }
            fixed
        } else {
            // each file's report is written as soon as the files before it are checked
            workspace::check_paths_each(&expanded.paths, &options, &HashMap::new(), |r, t| {
                merged(&r, Some(&t));
            })
        };
        outcome.failures.extend(expanded.failures);
        if let Some(s) = stdin.take() {
            s.finish(&mut outcome.failures, &mut emit);
        }
        outcome.failures.sort_by(|a, b| a.path.cmp(&b.path));
        warnings = outcome.warnings;
        outcome.failures
    });
    let failures = match written {
        Ok(f) => f,
        Err(m) => return fail(&m),
    };
    if !args.quiet {
        for w in &warnings {
            eprintln!("hpoconf: warning: {w}");
        }
    }
    for f in &failures {
        if format == Format::Github {
            eprintln!("{}", crate::report::github::failure(f));
        } else {
            eprintln!("hpoconf: error: {f}");
        }
    }
    if !failures.is_empty() {
        return EXIT_FAILURE;
    }
    if failed && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
