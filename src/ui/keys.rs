//! Actions and the keys bound to them. Every action has a name (its serde name)
//! that `config.toml` binds keys to; the reverse map lets the help overlay and the
//! status bar show the live binding.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// What a person can ask for, independent of the key that asks.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Compare,
    Mark,
    Matrix,
    Filter,
    Sort,
    NextDifference,
    PrevDifference,
    NextDiscrepancy,
    PaneLeft,
    PaneRight,
    FocusNext,
    FocusPrev,
    Zoom,
    Swap,
    ChooseOutlets,
    Refresh,
    Help,
}

impl Action {
    /// What the help overlay says the action does.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit parallax",
            Action::Back => "go back (quit from the library)",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::Open => "open the story / read the article",
            Action::Compare => "compare the story's outlets (or the marked ones)",
            Action::Mark => "mark an article for comparison",
            Action::Matrix => "coverage matrix: facts × outlets",
            Action::Filter => "filter stories by title as you type",
            Action::Sort => "change the sort order",
            Action::NextDifference => "next row that differs",
            Action::PrevDifference => "previous row that differs",
            Action::NextDiscrepancy => "next discrepancy (number, date, name, quote, verb)",
            Action::PaneLeft => "scroll panes left",
            Action::PaneRight => "scroll panes right",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::Zoom => "zoom the focused pane",
            Action::Swap => "swap the focused pane with the next",
            Action::ChooseOutlets => "choose which outlets are shown",
            Action::Refresh => "refresh every followed feed in the background",
            Action::Help => "show or hide this help",
        }
    }
}

/// A key with its modifiers, written as in config files: `q`, `ctrl-c`, `pgdn`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    ctrl: bool,
}

impl Key {
    pub fn from_event(event: &KeyEvent) -> Self {
        // Shifted letters arrive as upper case, so SHIFT itself is not recorded.
        Self {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        let (ctrl, name) = match text.strip_prefix("ctrl-") {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let code = match name {
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            single if single.chars().count() == 1 => KeyCode::Char(single.chars().next()?),
            _ => return None,
        };
        Some(Self { code, ctrl })
    }

    /// True for a plain character, which a text field takes as typing.
    pub fn is_text(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && !self.ctrl
    }

    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            _ => "?".to_string(),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }
}

const DEFAULTS: &[(Action, &[&str])] = &[
    (Action::Quit, &["ctrl-c"]),
    (Action::Back, &["q", "esc"]),
    (Action::Up, &["k", "up"]),
    (Action::Down, &["j", "down"]),
    (Action::PageUp, &["pgup", "ctrl-u"]),
    (Action::PageDown, &["pgdn", "ctrl-d"]),
    (Action::Top, &["g", "home"]),
    (Action::Bottom, &["G", "end"]),
    (Action::Open, &["enter"]),
    (Action::Compare, &["c"]),
    (Action::Mark, &["space", "m"]),
    (Action::Matrix, &["v"]),
    (Action::Filter, &["/"]),
    (Action::Sort, &["s"]),
    (Action::NextDifference, &["n"]),
    (Action::PrevDifference, &["N"]),
    (Action::NextDiscrepancy, &["d"]),
    (Action::PaneLeft, &["h", "left"]),
    (Action::PaneRight, &["l", "right"]),
    (Action::FocusNext, &["tab"]),
    (Action::FocusPrev, &["backtab"]),
    (Action::Zoom, &["z"]),
    (Action::Swap, &["x"]),
    (Action::ChooseOutlets, &["o"]),
    (Action::Refresh, &["r"]),
    (Action::Help, &["?"]),
];

/// The live bindings.
#[derive(Clone, Debug)]
pub struct Keymap {
    by_key: HashMap<Key, Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Keymap {
            by_key: HashMap::new(),
        };
        for (action, keys) in DEFAULTS {
            for k in keys.iter().filter_map(|k| Key::parse(k)) {
                map.by_key.insert(k, *action);
            }
        }
        map
    }
}

impl Keymap {
    /// The defaults with the user's bindings on top: an action named in the file
    /// gets exactly the keys listed there. Unknown key names are reported.
    pub fn with_overrides(overrides: &BTreeMap<Action, Vec<String>>) -> (Self, Vec<String>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        for (action, keys) in overrides {
            map.by_key.retain(|_, a| a != action);
            for name in keys {
                match Key::parse(name) {
                    Some(k) => {
                        map.by_key.insert(k, *action);
                    }
                    None => problems.push(format!("unknown key {name:?} for {action:?}")),
                }
            }
        }
        (map, problems)
    }

    pub fn action(&self, event: &KeyEvent) -> Option<Action> {
        self.by_key.get(&Key::from_event(event)).copied()
    }

    /// The keys bound to an action, as the user would type them.
    pub fn keys_for(&self, action: Action) -> Vec<String> {
        self.labels(action, |_| true)
    }

    fn labels(&self, action: Action, keep: impl Fn(&Key) -> bool) -> Vec<String> {
        let mut keys: Vec<String> = self
            .by_key
            .iter()
            .filter(|(k, a)| **a == action && keep(k))
            .map(|(k, _)| k.label())
            .collect();
        // Single characters first (what people type), then named keys; stable order.
        keys.sort_by_key(|k| (k.chars().count() > 1, k.clone()));
        keys
    }

    /// The first key bound to an action, for hints.
    pub fn hint(&self, action: Action) -> String {
        self.keys_for(action)
            .into_iter()
            .next()
            .unwrap_or_else(|| "—".to_string())
    }

    /// The first key bound to an action that is not a plain character: the
    /// key that still acts while a text field takes characters as typing.
    pub fn command_hint(&self, action: Action) -> String {
        self.labels(action, |k| !k.is_text())
            .into_iter()
            .next()
            .unwrap_or_else(|| "—".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn defaults_and_overrides() {
        let map = Keymap::default();
        assert_eq!(map.action(&press(KeyCode::Char('j'))), Some(Action::Down));
        assert_eq!(
            map.action(&KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        let mut o = BTreeMap::new();
        o.insert(Action::Down, vec!["e".to_string(), "bogus-key".to_string()]);
        let (map, problems) = Keymap::with_overrides(&o);
        assert_eq!(map.action(&press(KeyCode::Char('e'))), Some(Action::Down));
        assert_eq!(map.action(&press(KeyCode::Char('j'))), None);
        assert_eq!(map.keys_for(Action::Down), vec!["e".to_string()]);
        assert_eq!(problems.len(), 1);
    }
}
