use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = wxbw_doctor::cli::Cli::parse();
    match wxbw_doctor::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("wxbw-doctor: {e:#}");
            ExitCode::FAILURE
        }
    }
}
