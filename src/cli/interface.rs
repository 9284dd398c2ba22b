//! Starting the terminal interface from the command line: on the library (the
//! bundled demo story when it is empty), or on files given to `parallax compare`.

use super::{CliError, Outcome, finish, library::open, parse::read_comparable};
use crate::ui::app::Screen;
use crate::ui::data::Source;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn need_terminal() -> Result<(), CliError> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(CliError::NoTerminal)
    }
}

/// The exit code after a signal stopped the interface: 128 + the signal.
fn signalled(signal: i32) -> ExitCode {
    ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX))
}

pub fn library(path: Option<&Path>) -> Outcome {
    need_terminal()?;
    let lib = open(path)?;
    let stopped = crate::ui::run(Source::Library(lib), None, None).map_err(CliError::Interface)?;
    if let Some(signal) = stopped {
        return Ok(signalled(signal));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn compare(files: &[PathBuf]) -> Outcome {
    need_terminal()?;
    let (articles, errors) = read_comparable(files)?;
    // The files that could not be read are named inside the interface too, not
    // only once it closes.
    let note = match errors.as_slice() {
        [] => None,
        [one] => Some(format!("not compared: {one}")),
        [first, rest @ ..] => Some(format!(
            "not compared: {first} (and {} more, listed on exit)",
            rest.len()
        )),
    };
    let signal = crate::ui::run(Source::Files(articles), Some(Screen::Compare), note)
        .map_err(CliError::Interface)?;
    let code = finish(&errors);
    Ok(signal.map_or(code, signalled))
}
