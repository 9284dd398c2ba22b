//! Settling frames and writing hints without a terminal: the comparison's
//! panes and rows for a screen size, and every hint following the keymap.

use super::app::Screen;
use super::keys::{Action, Keymap};
use super::tests::{demo_app, draw, press, text};
use super::theme::Palette;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The demo story's comparison state, opened without an app or a terminal.
fn demo_compare() -> super::compare::CompareState {
    let articles = crate::demo::articles();
    let entry = super::data::StoryEntry {
        key: super::data::StoryKey::Demo,
        title: "demo".into(),
        articles: articles.len(),
        outlets: articles.len(),
        first: None,
        last: None,
        agreement: None,
    };
    let story = super::data::OpenStory::build(entry, articles);
    super::compare::CompareState::new(std::sync::Arc::new(story))
}

#[test]
fn compare_settles_panes_and_rows_without_a_terminal() {
    use ratatui::layout::Rect;
    let mut c = demo_compare();
    let area = Rect::new(0, 0, 80, 23);
    c.settle(area);
    // 78 columns hold two panes of at least 28.
    assert_eq!(
        (c.fit, c.layout.panes.len(), c.layout.pane_width),
        (2, 2, 39)
    );
    let body = c.layout.body;
    let rows = &c.layout.rows;
    assert_eq!(rows.first().map(|r| r.0), Some(c.selected));
    assert!(rows.windows(2).all(|w| w[0].1.bottom() == w[1].1.y));
    assert!(rows.last().is_some_and(|r| r.1.bottom() <= body.bottom()));
    // Walking down, the selection stays on screen and the top follows it.
    for _ in 0..12 {
        c.update(Action::Down, 1);
        c.settle(area);
        assert!(
            c.layout.rows.iter().any(|r| r.0 == c.selected),
            "{}",
            c.selected
        );
    }
    let top = c.top;
    assert!(top > 0);
    // One row up from the bottom of the screen keeps the top where it is.
    c.update(Action::Up, 1);
    c.settle(area);
    assert_eq!(c.top, top);
    // Wider, more panes fit; zoomed, one pane takes the width.
    c.settle(Rect::new(0, 0, 200, 49));
    assert_eq!(c.layout.panes.len(), 5);
    c.update(Action::Zoom, 1);
    c.settle(Rect::new(0, 0, 200, 49));
    assert_eq!((c.layout.panes.len(), c.layout.pane_width), (1, 198));
}

#[test]
fn rebinding_a_key_changes_every_hint() {
    let mut overrides = std::collections::BTreeMap::new();
    overrides.insert(Action::PaneRight, vec!["L".to_string()]);
    overrides.insert(Action::Open, vec!["ctrl-o".to_string()]);
    overrides.insert(Action::Back, vec!["Q".to_string(), "ctrl-g".to_string()]);
    overrides.insert(Action::NextDifference, vec!["f".to_string()]);
    let (keys, problems) = Keymap::with_overrides(&overrides);
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = demo_app(Palette::Mono);
    app.keys = keys;
    app.message = None;
    // The library's status bar, demo hint and filter hint.
    let screen = text(&draw(&mut app, 120, 30));
    assert!(screen.contains("Ctrl-o opens it"), "{screen}");
    assert!(screen.contains(" Ctrl-o open "), "{screen}");
    assert!(screen.contains(" Q quit "), "{screen}");
    app.update(Action::Filter);
    let screen = text(&draw(&mut app, 120, 30));
    assert!(
        screen.contains("type to filter · Ctrl-o keep · Ctrl-g clear"),
        "{screen}"
    );
    // The rebound key acts in the filter; the old one types.
    press(&mut app, KeyCode::Esc);
    assert!(app.library.filtering && app.library.filter.is_empty());
    super::handle(
        &mut app,
        Event::Key(KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL)),
    );
    assert!(!app.library.filtering);
    // The comparison's header and status bar, and the help.
    app.update(Action::Open);
    app.poll(true);
    app.update(Action::Compare);
    assert_eq!(app.screen, Screen::Compare);
    let screen = text(&draw(&mut app, 80, 24));
    assert!(screen.contains("(h/L scroll)"), "{screen}");
    assert!(screen.contains(" f next diff "), "{screen}");
    app.update(Action::Help);
    let screen = text(&draw(&mut app, 100, 40));
    assert!(screen.contains("Ctrl-o  open the story"), "{screen}");
    assert!(screen.contains("Q, Ctrl-g  go back"), "{screen}");
}

#[test]
fn a_click_selects_what_the_settled_frame_put_there() {
    let mut app = demo_app(Palette::Mono);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('c'));
    draw(&mut app, 200, 50);
    let (second, rect) = app
        .compare
        .as_ref()
        .map(|c| c.layout.rows[1])
        .expect("rows");
    // A click in the second row's text, in the third pane.
    let x = app
        .compare
        .as_ref()
        .map(|c| c.layout.panes[2].1 + 3)
        .expect("panes");
    app.click(x, rect.y);
    let c = app.compare.as_ref().expect("compare");
    assert_eq!((c.selected, c.focus), (second, 2));
}
