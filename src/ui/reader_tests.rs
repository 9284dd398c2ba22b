//! The reader on articles far longer than a screen: the first frame comes at
//! once (the layout is made on a worker), keys are answered meanwhile, and the
//! last line is reachable however many lines there are.

use super::app::{App, Screen, StoryState};
use super::data::{OpenStory, Source, StoryEntry, StoryKey};
use super::keys::Keymap;
use super::lists::Cursor;
use super::tests::{draw, press, text};
use super::theme::{Palette, Theme};
use crate::ingest::{Article, Sentence};
use ratatui::crossterm::event::KeyCode;
use std::sync::Arc;

/// The app in the reader of an article of `paragraphs` one-sentence
/// paragraphs (not aligned: the reader needs none).
fn reader_app(paragraphs: usize) -> App {
    let article = Article {
        source: "huge.txt".into(),
        title: Some("A very long article".into()),
        sentences: (0..paragraphs)
            .map(|i| Sentence {
                text: format!("Paragraph {i} tells the story of the day."),
                paragraph: i,
                heading: false,
            })
            .collect(),
        ..Article::default()
    };
    let entry = StoryEntry {
        key: StoryKey::Files,
        title: "long".into(),
        articles: 1,
        outlets: 1,
        first: None,
        last: None,
        agreement: None,
    };
    let story = OpenStory::build(entry, vec![article]);
    let mut app = App::new(
        Source::Files(Vec::new()),
        Keymap::default(),
        Theme::new(Palette::Mono),
    )
    .expect("app");
    app.story = Some(StoryState {
        story: Arc::new(story),
        cursor: Cursor::default(),
        marked: vec![false],
    });
    app.screen = Screen::Story;
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Reader);
    app
}

/// Draws until the layout is made.
fn settle(app: &mut App, width: u16, height: u16) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let screen = text(&draw(app, width, height));
        if !app.reader.busy() || std::time::Instant::now() > deadline {
            return screen;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_long_article_is_laid_out_off_the_input_thread() {
    let mut app = reader_app(200_000);
    let screen = text(&draw(&mut app, 80, 24));
    assert!(screen.contains("Laying out 200000 sentences"), "{screen}");
    assert!(app.busy());
    // Keys are answered while the layout is under way.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Story);
}

#[test]
fn the_end_of_an_article_longer_than_u16_lines_is_reachable() {
    // 40,000 paragraphs of two lines and a gap: 120,000 lines.
    let mut app = reader_app(40_000);
    settle(&mut app, 40, 20);
    press(&mut app, KeyCode::Char('G'));
    let screen = settle(&mut app, 40, 20);
    assert!(screen.contains("Paragraph 39999"), "{screen}");
    assert!(screen.contains("120003/120003"), "{screen}");
    press(&mut app, KeyCode::Char('k'));
    let screen = settle(&mut app, 40, 20);
    assert!(screen.contains("120002/120003"), "{screen}");
    press(&mut app, KeyCode::Char('g'));
    let screen = settle(&mut app, 40, 20);
    assert!(screen.contains("A very long article"), "{screen}");
}
