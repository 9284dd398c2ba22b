//! Refreshing feeds from the interface, against a real HTTP server on 127.0.0.1:
//! the refresh runs in the background while keys are answered, its progress and
//! summary (with the first failure) show in the status line, the new articles
//! appear in the library view marked new without a restart, and a second
//! refresh adds nothing.

// The server serves more than this test asks of it.
#[allow(dead_code)]
#[path = "support/web_server.rs"]
mod web_server;

use parallax::store::Library;
use parallax::ui::app::{App, Screen};
use parallax::ui::data::{Source, StoryKey};
use parallax::ui::keys::Keymap;
use parallax::ui::theme::{Palette, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

fn press(app: &mut App, code: KeyCode) {
    parallax::ui::handle(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn screen(app: &mut App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).expect("terminal");
    terminal
        .draw(|frame| parallax::ui::frame(app, frame))
        .expect("draw");
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Polls until the refresh is over; the status line's message then.
fn finish(app: &mut App) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    while app.refresh.is_some() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        app.poll(false);
    }
    assert!(app.refresh.is_none(), "the refresh did not end");
    app.message.clone().unwrap_or_default()
}

#[test]
fn a_refresh_adds_the_feeds_articles_to_the_open_library_view() {
    let server = web_server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("lib.db");
    let mut lib = Library::open(&path).expect("library");
    lib.add_feed(&format!("{}/feed.xml", server.base), None)
        .expect("feed");
    let mut app = App::new(
        Source::Library(lib),
        Keymap::default(),
        Theme::new(Palette::Mono),
    )
    .expect("app");
    assert!(app.library.is_demo());

    press(&mut app, KeyCode::Char('r'));
    assert!(app.refresh.is_some());
    let shown = screen(&mut app);
    assert!(shown.contains("refreshing 1 feed…"), "{shown}");
    // Keys are answered meanwhile.
    press(&mut app, KeyCode::Enter);
    app.poll(true);
    assert_eq!(app.screen, Screen::Story);
    press(&mut app, KeyCode::Esc);

    let summary = finish(&mut app);
    assert!(
        summary.starts_with("refreshed 1 feed: 2 new articles, 1 entry failed — ")
            && summary.contains("/dead.html"),
        "{summary}"
    );
    assert!(!app.library.is_demo());
    let new: usize = app
        .library
        .entries
        .iter()
        .map(|e| app.library.new_articles(e))
        .sum();
    assert_eq!(new, 2);
    assert!(
        app.library
            .entries
            .iter()
            .all(|e| matches!(e.key, StoryKey::Library(_)))
    );
    let shown = screen(&mut app);
    assert!(
        shown.contains("+1 new") || shown.contains("+2 new"),
        "{shown}"
    );
    assert!(shown.contains("with new articles"), "{shown}");
    assert!(shown.contains("refreshed 1 feed"), "{shown}");

    // A second refresh finds the feed unchanged and adds nothing.
    press(&mut app, KeyCode::Char('r'));
    let summary = finish(&mut app);
    assert!(
        summary.starts_with("refreshed 1 feed: 0 new articles"),
        "{summary}"
    );
    assert_eq!(app.library.entries.len(), app.library.shown_len());
}

#[test]
fn refreshing_files_given_on_the_command_line_is_explained() {
    let article = parallax::ingest::Article {
        source: "a.txt".into(),
        title: Some("A".into()),
        ..parallax::ingest::Article::default()
    };
    let mut app = App::new(
        Source::Files(vec![article]),
        Keymap::default(),
        Theme::new(Palette::Mono),
    )
    .expect("app");
    press(&mut app, KeyCode::Char('r'));
    assert!(app.refresh.is_none());
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("open parallax without files")),
        "{:?}",
        app.message
    );
}
