//! The compare view as a reader meets it when panes are hidden or zoomed, or
//! when one outlet wrote two of a story's articles: what the header and the
//! detail line say must stay true of the story, not only of the panes shown.

use super::data::Source;
use super::keys::Keymap;
use super::tests::{demo_app, draw, open_compare, press, text};
use super::theme::{Palette, Theme};
use ratatui::crossterm::event::KeyCode;

#[test]
fn a_hidden_outlet_still_counts_as_stating_the_fact() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    let screen = text(&draw(&mut app, 200, 50));
    assert!(screen.contains("Stated by 2 of 5 outlets"), "{screen}");
    // Hide [3], the other outlet that states the first row.
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Esc);
    let screen = text(&draw(&mut app, 200, 50));
    assert!(
        screen.contains("Stated by 2 of 5 outlets") && screen.contains("1 more hidden"),
        "{screen}"
    );
}

#[test]
fn zoomed_the_header_names_the_pane_and_left_right_move() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('z'));
    let screen = text(&draw(&mut app, 200, 50));
    assert!(screen.contains("pane 3 of 5"), "{screen}");
    assert!(!screen.contains("panes 1–1"), "{screen}");
    press(&mut app, KeyCode::Char('l'));
    let screen = text(&draw(&mut app, 200, 50));
    assert!(screen.contains("pane 4 of 5"), "{screen}");
    assert!(
        screen.contains("[4] "),
        "the fourth article is shown: {screen}"
    );
    press(&mut app, KeyCode::Char('h'));
    press(&mut app, KeyCode::Char('h'));
    let screen = text(&draw(&mut app, 200, 50));
    assert!(screen.contains("pane 2 of 5"), "{screen}");
}

#[test]
fn two_articles_of_one_outlet_are_counted_as_one_outlet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lib = crate::store::Library::open(&dir.path().join("lib.db")).expect("library");
    for (k, mut article) in crate::demo::articles().into_iter().enumerate() {
        article.outlet = Some(if k < 3 { "Wire" } else { "Gazette" }.to_string());
        lib.add(&article).expect("adds");
    }
    let mut app = super::app::App::new(
        Source::Library(lib),
        Keymap::default(),
        Theme::new(Palette::Dark),
    )
    .expect("app");
    open_compare(&mut app);
    let screen = text(&draw(&mut app, 200, 50));
    assert!(
        screen.contains("of 5 articles (") && screen.contains(" of 2 outlets)"),
        "{screen}"
    );
    assert!(!screen.contains("of 5 outlets"), "{screen}");
}
