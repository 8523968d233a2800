//! The command-line interface (`cli` feature): `check`, `schema`, `explain`, `rules`, `migrate`.

mod check;
mod diff;
mod explain;
mod fix;
mod inputs;
mod migrate;
mod output;
pub(crate) mod write;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::kind::Kind;

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
    /// Check files and folders (folders are walked recursively; `-` reads stdin).
    Check(Box<check::CheckArgs>),
    /// Print the JSON Schema of a kind, or write one file per kind into a folder.
    Schema(SchemaArgs),
    /// Explain a rule: what it checks, why, an example that fails and its fix.
    Explain {
        /// A rule code (HPO103) or name (unknown-key).
        rule: String,
    },
    /// List every rule with its code, name, default severity and summary.
    Rules,
    /// Rewrite NNI v1 exp.yml files as v2, as NNI 3.0 converts them (stdout, --write or --diff).
    Migrate(migrate::MigrateArgs),
    /// Run the language server (LSP over stdin and stdout; docs/editors.md).
    #[cfg(feature = "server")]
    Server,
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

pub(crate) fn parse_kind(s: &str) -> Result<Kind, String> {
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
            Command::Check(args) => check::run(*args),
            Command::Schema(args) => run_schema(args),
            Command::Explain { rule } => explain::run_explain(&rule),
            Command::Rules => explain::run_rules(),
            Command::Migrate(args) => migrate::run(args),
            #[cfg(feature = "server")]
            Command::Server => crate::server::run(),
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
                if let Err(e) = write::atomic_bytes(&path, text.as_bytes()) {
                    eprintln!("hpoconf: error: {e}");
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
