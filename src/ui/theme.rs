//! The styles that carry meaning, in one place. Four palettes: dark and light
//! terminals, plain 16-colour terminals, and monochrome for NO_COLOR, where
//! emphasis is bold, underline and reverse so that differences stay visible.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Palette {
    #[default]
    Dark,
    Light,
    Sixteen,
    Mono,
}

#[derive(Clone, Debug)]
pub struct Theme {
    pub palette: Palette,
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub border: Style,
    pub focus_border: Style,
    pub selected: Style,
    /// Words another outlet words differently.
    pub changed: Style,
    /// Words only this outlet has, inside a shared fact.
    pub only: Style,
    /// A sentence no other outlet states.
    pub unique: Style,
    /// Markers of details that contradict each other.
    pub disagree: Style,
    /// Markers of details that differ without contradicting.
    pub differ: Style,
    pub agree: Style,
    pub status: Style,
    pub key: Style,
    pub demo: Style,
}

impl Theme {
    pub fn new(palette: Palette) -> Self {
        let bold = Modifier::BOLD;
        match palette {
            Palette::Mono => Theme {
                palette,
                text: Style::new(),
                dim: Style::new().add_modifier(Modifier::DIM),
                title: Style::new().add_modifier(bold),
                border: Style::new(),
                focus_border: Style::new().add_modifier(bold),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                changed: Style::new().add_modifier(bold | Modifier::UNDERLINED),
                only: Style::new().add_modifier(Modifier::UNDERLINED),
                unique: Style::new().add_modifier(Modifier::ITALIC),
                disagree: Style::new().add_modifier(bold | Modifier::REVERSED),
                differ: Style::new().add_modifier(bold),
                agree: Style::new(),
                status: Style::new().add_modifier(Modifier::REVERSED),
                key: Style::new().add_modifier(bold),
                demo: Style::new().add_modifier(bold),
            },
            Palette::Sixteen => Theme {
                palette,
                text: Style::new(),
                dim: Style::new().fg(Color::DarkGray),
                title: Style::new().fg(Color::Cyan).add_modifier(bold),
                border: Style::new().fg(Color::DarkGray),
                focus_border: Style::new().fg(Color::Cyan),
                selected: Style::new().bg(Color::Blue).fg(Color::White),
                changed: Style::new().fg(Color::Yellow).add_modifier(bold),
                only: Style::new().fg(Color::Green).add_modifier(bold),
                unique: Style::new().fg(Color::Magenta),
                disagree: Style::new().fg(Color::Red).add_modifier(bold),
                differ: Style::new().fg(Color::Yellow),
                agree: Style::new().fg(Color::Green),
                status: Style::new().bg(Color::Blue).fg(Color::White),
                key: Style::new().fg(Color::Yellow).add_modifier(bold),
                demo: Style::new().fg(Color::Magenta).add_modifier(bold),
            },
            Palette::Dark => Theme {
                palette,
                text: Style::new().fg(Color::Rgb(220, 220, 220)),
                dim: Style::new().fg(Color::Rgb(120, 120, 130)),
                title: Style::new()
                    .fg(Color::Rgb(130, 190, 255))
                    .add_modifier(bold),
                border: Style::new().fg(Color::Rgb(80, 80, 90)),
                focus_border: Style::new().fg(Color::Rgb(130, 190, 255)),
                selected: Style::new().bg(Color::Rgb(45, 50, 70)),
                changed: Style::new().fg(Color::Rgb(255, 205, 90)).add_modifier(bold),
                only: Style::new()
                    .fg(Color::Rgb(120, 220, 150))
                    .add_modifier(bold),
                unique: Style::new().fg(Color::Rgb(200, 160, 255)),
                disagree: Style::new()
                    .fg(Color::Rgb(255, 110, 110))
                    .add_modifier(bold),
                differ: Style::new().fg(Color::Rgb(255, 205, 90)),
                agree: Style::new().fg(Color::Rgb(120, 220, 150)),
                status: Style::new()
                    .bg(Color::Rgb(40, 44, 60))
                    .fg(Color::Rgb(220, 220, 220)),
                key: Style::new().fg(Color::Rgb(255, 205, 90)).add_modifier(bold),
                demo: Style::new()
                    .fg(Color::Rgb(200, 160, 255))
                    .add_modifier(bold),
            },
            Palette::Light => Theme {
                palette,
                text: Style::new().fg(Color::Rgb(30, 30, 30)),
                dim: Style::new().fg(Color::Rgb(110, 110, 110)),
                title: Style::new().fg(Color::Rgb(20, 80, 160)).add_modifier(bold),
                border: Style::new().fg(Color::Rgb(170, 170, 170)),
                focus_border: Style::new().fg(Color::Rgb(20, 80, 160)),
                selected: Style::new().bg(Color::Rgb(215, 225, 245)),
                changed: Style::new().fg(Color::Rgb(150, 80, 0)).add_modifier(bold),
                only: Style::new().fg(Color::Rgb(0, 120, 50)).add_modifier(bold),
                unique: Style::new().fg(Color::Rgb(110, 50, 160)),
                disagree: Style::new().fg(Color::Rgb(190, 20, 20)).add_modifier(bold),
                differ: Style::new().fg(Color::Rgb(150, 80, 0)),
                agree: Style::new().fg(Color::Rgb(0, 120, 50)),
                status: Style::new()
                    .bg(Color::Rgb(215, 225, 245))
                    .fg(Color::Rgb(30, 30, 30)),
                key: Style::new().fg(Color::Rgb(150, 80, 0)).add_modifier(bold),
                demo: Style::new().fg(Color::Rgb(110, 50, 160)).add_modifier(bold),
            },
        }
    }

    /// The palette the environment asks for: monochrome under NO_COLOR, 16
    /// colours where the terminal does not announce true colour.
    pub fn detect() -> Palette {
        if crate::compare::look::no_color() {
            return Palette::Mono;
        }
        let truecolor = std::env::var("COLORTERM")
            .is_ok_and(|v| v.contains("truecolor") || v.contains("24bit"));
        if truecolor {
            Palette::Dark
        } else {
            Palette::Sixteen
        }
    }
}
