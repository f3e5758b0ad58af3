// On Windows the app is a GUI program, so double-clicking it opens no
// console window; the command line attaches to the console it was started
// from (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

/// A GUI-subsystem program has no console; when started from one (`cmd`,
/// PowerShell), attach to it so `analyze` and `--help` print there.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and has no pointer arguments;
    // it fails harmlessly when there is no parent console.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

fn main() -> ExitCode {
    wxbw_doctor::tune_allocator();
    #[cfg(windows)]
    attach_console();
    let cli = wxbw_doctor::cli::Cli::parse();
    match wxbw_doctor::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("wxbw-doctor: {e:#}");
            ExitCode::FAILURE
        }
    }
}
