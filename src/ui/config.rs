//! `<config dir>/parallax/config.toml`: key bindings and theme.
//!
//! ```toml
//! theme = "light"            # dark, light, sixteen, mono
//! [keys]
//! down = ["j", "down", "e"]  # an action gets exactly the keys listed
//! quit = ["ctrl-c", "Q"]
//! ```

use super::keys::{Action, Keymap};
use super::theme::{Palette, Theme};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<Palette>,
    #[serde(default)]
    keys: BTreeMap<Action, Vec<String>>,
}

/// Settings in force, and what was wrong with the file (shown, never fatal).
pub struct Config {
    pub keys: Keymap,
    pub theme: Theme,
    pub problems: Vec<String>,
}

pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "parallax").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config file if there is one; the environment's palette otherwise.
pub fn load(path: Option<&Path>) -> Config {
    let mut problems = Vec::new();
    let file: File = match path.map(std::fs::read_to_string) {
        Some(Ok(text)) => toml::from_str(&text).unwrap_or_else(|e| {
            problems.push(format!(
                "{}: {}",
                path.map(|p| p.display().to_string()).unwrap_or_default(),
                e.message()
            ));
            File::default()
        }),
        _ => File::default(),
    };
    let (keys, key_problems) = Keymap::with_overrides(&file.keys);
    problems.extend(key_problems);
    // NO_COLOR wins over any configured palette.
    let palette = match (Theme::detect(), file.theme) {
        (Palette::Mono, _) => Palette::Mono,
        (_, Some(p)) => p,
        (detected, None) => detected,
    };
    Config {
        keys,
        theme: Theme::new(palette),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_and_theme_and_reports_problems() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "theme = \"light\"\n[keys]\ndown = [\"e\"]\n").expect("write");
        let c = load(Some(&path));
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.keys.keys_for(Action::Down), vec!["e".to_string()]);
        std::fs::write(&path, "theme = \"neon\"\n").expect("write");
        let c = load(Some(&path));
        assert_eq!(c.problems.len(), 1);
        assert!(
            load(Some(&dir.path().join("missing.toml")))
                .problems
                .is_empty()
        );
    }
}
