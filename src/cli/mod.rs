//! The command-line interface (`cli` feature): `check`, `schema`, `explain`, `rules`.

mod explain;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config;
use crate::diagnostic::Severity;
use crate::kind::Kind;
use crate::report;
use crate::workspace;

/// Exit status: no diagnostic reached `--fail-on`.
pub const EXIT_OK: u8 = 0;
/// Exit status: a diagnostic reached `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: the tool could not do its job.
pub const EXIT_FAILURE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "hpoconf",
    version,
    about = "Check the configuration files of HPO experiments on PAI AutoML and NNI",
    long_about = "Check exp.yml, search_space.json, trial.ini, HpoExperimentConfiguration and \
GetHpoExperiment files: every problem, at its line and column, with a fix."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check files and folders (folders are walked recursively).
    Check(CheckArgs),
    /// Print the JSON Schema of a kind, or write one file per kind into a folder.
    Schema(SchemaArgs),
    /// Explain a rule: what it checks, why, an example that fails and its fix.
    Explain {
        /// A rule code (HPO103) or name (unknown-key).
        rule: String,
    },
    /// List every rule with its code, name, default severity and summary.
    Rules,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files or folders to check.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format (default: human, or github when GITHUB_ACTIONS=true).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Force the kind of every file named on the command line.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<Kind>,
    /// Colors in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Exit 0 even when diagnostics reach --fail-on (tool failures still exit 2).
    #[arg(long)]
    exit_zero: bool,
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
    /// Threads that read and check files (default: one per core).
    #[arg(
        long,
        short = 'j',
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    jobs: usize,
}

#[derive(clap::Args, Debug)]
struct SchemaArgs {
    /// The kind (exp-yml, search-space, trial-ini, hpo-config, get-hpo-experiment); all when omitted.
    #[arg(value_parser = parse_kind)]
    kind: Option<Kind>,
    /// Write `<kind>.schema.json` files into this folder instead of printing.
    #[arg(long)]
    out: Option<PathBuf>,
    /// JSON Schema draft.
    #[arg(long, value_enum, default_value_t = DraftArg::D07)]
    draft: DraftArg,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum DraftArg {
    #[value(name = "07")]
    D07,
    #[value(name = "2020-12")]
    D2020,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
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

fn parse_kind(s: &str) -> Result<Kind, String> {
    Kind::from_id(s).ok_or_else(|| {
        let ids: Vec<&str> = Kind::ALL.iter().map(|k| k.id()).collect();
        format!("unknown kind `{s}`; expected one of {}", ids.join(", "))
    })
}

/// Runs the command line of this process and returns the exit status.
pub fn main() -> ExitCode {
    ExitCode::from(run(std::env::args_os()))
}

/// Runs a command line given as arguments (the first is the program's name, as in
/// `std::env::args_os()`) and returns the exit status ([`EXIT_OK`], [`EXIT_FINDINGS`] or
/// [`EXIT_FAILURE`]). Output goes to this process's stdout and stderr, flushed on return. The
/// Python package's `hpoconf` command runs this.
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let status = match Cli::try_parse_from(args) {
        Ok(cli) => match cli.command {
            Command::Check(args) => run_check(args),
            Command::Schema(args) => run_schema(args),
            Command::Explain { rule } => explain::run_explain(&rule),
            Command::Rules => explain::run_rules(),
        },
        Err(e) => {
            let _ = e.print();
            if e.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            }
        }
    };
    // a host process (Python) does not flush Rust's stdout at its exit
    let _ = std::io::stdout().lock().flush();
    status
}

fn run_check(args: CheckArgs) -> u8 {
    if let Some(kind) = args.kind {
        for p in args.paths.iter().filter(|p| p.is_dir()) {
            eprintln!(
                "hpoconf: warning: {}: --kind {kind} applies to files named on the command line, not to folders; the files in it are recognised by name and content",
                p.display()
            );
        }
    }
    let cwd = config::normalize(std::path::Path::new("."));
    let flags = match config::from_flags(&args.severities, &args.excludes, &cwd) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("hpoconf: error: {}", e.message);
            return EXIT_FAILURE;
        }
    };
    let options = workspace::Options {
        kind: args.kind,
        max_file_size: args.max_file_size,
        config: match (args.no_config, args.config) {
            (true, _) => config::Choice::Nothing,
            (false, Some(f)) => config::Choice::File(f),
            (false, None) => config::Choice::Discover,
        },
        flags,
        jobs: args.jobs,
    };
    let outcome = workspace::check_paths(&args.paths, &options);
    let format = args.format.unwrap_or_else(|| {
        if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
            Format::Github
        } else {
            Format::Human
        }
    });
    let stdout = std::io::stdout();
    let rendered = match format {
        Format::Json => report::json::render(&outcome.reports) + "\n",
        Format::Sarif => {
            report::sarif::render(&outcome.reports, &outcome.failures, Some(&cwd)) + "\n"
        }
        Format::Github => report::github::render(&outcome.reports),
        Format::Human => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    stdout.is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            let sources: Vec<Option<&str>> = outcome
                .reports
                .iter()
                .map(|r| outcome.texts.get(&r.path).map(|t| t.text.as_str()))
                .collect();
            report::human::render(&outcome.reports, &sources, color)
        }
    };
    let _ = stdout.lock().write_all(rendered.as_bytes());
    for w in &outcome.warnings {
        eprintln!("hpoconf: warning: {w}");
    }
    for f in &outcome.failures {
        if format == Format::Github {
            eprintln!("{}", report::github::failure(f));
        } else {
            eprintln!("hpoconf: error: {f}");
        }
    }
    if !outcome.failures.is_empty() {
        return EXIT_FAILURE;
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let failed = threshold.is_some_and(|t| {
        outcome
            .reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .any(|d| d.severity >= t)
    });
    if failed && !args.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

fn run_schema(args: SchemaArgs) -> u8 {
    let draft = match args.draft {
        DraftArg::D07 => crate::schema::Draft::Draft07,
        DraftArg::D2020 => crate::schema::Draft::Draft2020_12,
    };
    let kinds: Vec<Kind> = args
        .kind
        .map(|k| vec![k])
        .unwrap_or_else(|| Kind::ALL.to_vec());
    match args.out {
        Some(dir) => {
            if let Err(e) = std::fs::create_dir_all(&dir) {
                eprintln!("hpoconf: error: cannot create {}: {e}", dir.display());
                return EXIT_FAILURE;
            }
            for k in kinds {
                let path = dir.join(format!("{}.schema.json", k.id()));
                let text = crate::schema::to_pretty_string(&crate::schema::schema_for(k, draft));
                if let Err(e) = std::fs::write(&path, text) {
                    eprintln!("hpoconf: error: cannot write {}: {e}", path.display());
                    return EXIT_FAILURE;
                }
            }
            EXIT_OK
        }
        None => {
            let values: Vec<serde_json::Value> = kinds
                .iter()
                .map(|k| crate::schema::schema_for(*k, draft))
                .collect();
            let text = match values.as_slice() {
                [one] => crate::schema::to_pretty_string(one),
                many => crate::schema::to_pretty_string(&serde_json::Value::Array(many.to_vec())),
            };
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            EXIT_OK
        }
    }
}
