//! The `hpoconf` command.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    hpoconf::cli::main()
}
