//! Shell integration generated from the same clap definitions as the commands
//! themselves: `parallax completions SHELL` (bash, zsh, fish, powershell, elvish)
//! and `parallax man` (a roff manual page). Nothing here is written by hand, so
//! a new flag or subcommand reaches the completions and the manual by itself.

use super::{Cli, CliError, Outcome};
use clap::CommandFactory;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

pub use clap_complete::Shell;

/// Writes the completion script for `shell` to `out`.
pub fn write_completions(shell: Shell, out: &mut dyn Write) {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "parallax", out);
}

/// The manual pages: `parallax.1`, then `parallax-SUB.1` for every subcommand,
/// each as (file name, roff text).
pub fn manual_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let command = Cli::command();
    let mut pages = Vec::new();
    let mut main = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut main)?;
    pages.push(("parallax.1".to_string(), main));
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("parallax-{}", sub.get_name());
        let mut page = Vec::new();
        let sub = sub
            .clone()
            .display_name(name.clone())
            .bin_name(format!("parallax {}", sub.get_name()));
        clap_mangen::Man::new(sub).render(&mut page)?;
        pages.push((format!("{name}.1"), page));
    }
    Ok(pages)
}

/// `parallax completions SHELL`.
pub fn completions(shell: Shell) -> Outcome {
    let mut buffer = Vec::new();
    write_completions(shell, &mut buffer);
    emit(&buffer)
}

/// `parallax man [--dir DIR]`: the main page on standard output, or every page
/// written into DIR.
pub fn manual(dir: Option<&Path>) -> Outcome {
    let pages = manual_pages().map_err(CliError::Manual)?;
    let Some(dir) = dir else {
        return emit(&pages[0].1);
    };
    let cannot = |path: &Path| {
        let path = path.to_path_buf();
        |source| CliError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(cannot(dir))?;
    for (name, page) in &pages {
        let path = dir.join(name);
        std::fs::write(&path, page).map_err(cannot(&path))?;
    }
    eprintln!(
        "parallax: wrote {} manual pages to {}",
        pages.len(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn emit(bytes: &[u8]) -> Outcome {
    super::emit_bytes(bytes)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_gets_a_script_naming_every_subcommand() {
        let subcommands: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
            let mut buffer = Vec::new();
            write_completions(shell, &mut buffer);
            let script = String::from_utf8(buffer).expect("completion scripts are UTF-8");
            for name in &subcommands {
                assert!(script.contains(name.as_str()), "{shell:?} lacks {name}");
            }
            assert!(script.contains("library"), "{shell:?} lacks --library");
        }
    }

    #[test]
    fn manual_has_a_roff_page_per_subcommand() {
        let pages = manual_pages().expect("rendering to memory cannot fail");
        let subcommands = Cli::command().get_subcommands().count();
        assert_eq!(pages.len(), 1 + subcommands);
        let main = String::from_utf8(pages[0].1.clone()).expect("the manual is UTF-8");
        assert!(main.contains(".TH parallax"), "{main:.300}");
        assert!(
            main.contains("library"),
            "the global --library option is documented"
        );
        for (name, page) in &pages[1..] {
            let page = String::from_utf8_lossy(page);
            let title = name.trim_end_matches(".1");
            assert!(
                page.contains(&format!(".TH {title}")),
                "{name}: {page:.200}"
            );
        }
    }
}
