//! Starting the terminal interface from the command line: on the library (the
//! bundled demo story when it is empty), or on files given to `parallax compare`.

use super::{Outcome, finish, library::open, parse::read_comparable};
use crate::ui::app::Screen;
use crate::ui::data::Source;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn need_terminal() -> Result<(), String> {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(
            "the interface needs a terminal; for scripts use `parallax align`, `diff` or `stories`"
                .to_string(),
        )
    }
}

pub fn library(path: Option<&Path>) -> Outcome {
    need_terminal()?;
    let lib = open(path)?;
    crate::ui::run(Source::Library(lib), None)?;
    Ok(ExitCode::SUCCESS)
}

pub fn compare(files: &[PathBuf]) -> Outcome {
    need_terminal()?;
    let (articles, errors) = read_comparable(files)?;
    crate::ui::run(Source::Files(articles), Some(Screen::Compare))?;
    Ok(finish(&errors))
}
