//! What views show when there is little to show: a story from one outlet, a
//! comparison with no shared fact.

use super::app::App;
use super::data::Source;
use super::keys::Keymap;
use super::tests::{draw, find, open_compare, press, text};
use super::theme::{Palette, Theme};
use ratatui::crossterm::event::KeyCode;

#[test]
fn a_story_from_one_outlet_shows_no_agreement_figure() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lib = crate::store::Library::open(&dir.path().join("lib.db")).expect("library");
    let body = "Outlet: Daily Planet\nDate: 2024-03-04\n---\nFloods close the river bridge\n\n\
                The river bridge closed on Monday after floods rose overnight.";
    let article = crate::ingest::parse("planet.txt", body).expect("article");
    lib.add(&article).expect("added");
    let mut app = App::new(
        Source::Library(lib),
        Keymap::default(),
        Theme::new(Palette::Dark),
    )
    .expect("app");
    // Whatever the background measurement makes of it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while app.measure.is_some() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.poll(false);
    }
    let buf = draw(&mut app, 120, 20);
    let screen = text(&buf);
    let row = screen
        .lines()
        .find(|l| l.contains("Floods close the river bridge"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains(" 1 outlet "), "{row}");
    assert!(!row.contains('%'), "one outlet agrees with nobody: {row}");
    let (x, y) = find(&buf, "—").expect("the dash stands for no figure");
    assert_eq!(
        buf[(x, y)].style().fg,
        Theme::new(Palette::Dark).dim.fg,
        "{row}"
    );
}

#[test]
fn an_empty_coverage_matrix_says_why() {
    let a = crate::ingest::parse(
        "a.txt",
        "Harbour report\n\nThe ferry to the island was cancelled because of the storm.\n",
    )
    .expect("article a");
    let b = crate::ingest::parse(
        "b.txt",
        "Budget report\n\nThe council approved a new budget for the schools on Thursday.\n",
    )
    .expect("article b");
    let mut app = App::new(
        Source::Files(vec![a, b]),
        Keymap::default(),
        Theme::new(Palette::Dark),
    )
    .expect("app");
    open_compare(&mut app);
    press(&mut app, KeyCode::Char('v'));
    let screen = text(&draw(&mut app, 120, 30));
    assert!(
        screen.contains("No fact is stated by two outlets or more"),
        "{screen}"
    );
}

#[test]
fn a_story_without_discrepancies_says_so_when_asked_for_one() {
    let mut app = super::tests::demo_app(Palette::Dark);
    open_compare(&mut app);
    press(&mut app, KeyCode::Char('d'));
    let screen = text(&draw(&mut app, 200, 40));
    assert!(
        screen.contains("no discrepancy in this story"),
        "the demo states no detail differently: {screen}"
    );
}
