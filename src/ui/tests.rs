//! The interface without a terminal: key sequences drive the app, and a
//! `TestBackend` buffer is checked for the text and the styles that carry meaning.

use super::app::{App, Screen};
use super::data::Source;
use super::keys::{Action, Keymap};
use super::theme::{Palette, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

pub(super) fn demo_app(palette: Palette) -> App {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = crate::store::Library::open(&dir.path().join("lib.db")).expect("library");
    let app = App::new(Source::Library(lib), Keymap::default(), Theme::new(palette)).expect("app");
    std::mem::forget(dir);
    app
}

pub(super) fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal.draw(|f| super::frame(app, f)).expect("draw");
    terminal.backend().buffer().clone()
}

pub(super) fn text(buf: &Buffer) -> String {
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where `needle` starts on screen.
pub(super) fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in 0..area.height {
        let row: Vec<&str> = (0..area.width).map(|x| buf[(x, y)].symbol()).collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(needle) {
            // Count cells up to the byte offset (every cell holds one symbol here).
            let mut at = 0;
            let mut x = 0;
            while at < byte {
                at += row[x].len();
                x += 1;
            }
            return Some((x as u16, y));
        }
    }
    None
}

pub(super) fn press(app: &mut App, code: KeyCode) {
    super::handle(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    app.poll(true);
}

pub(super) fn open_compare(app: &mut App) {
    press(app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Story);
    press(app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Compare);
}

#[test]
fn empty_library_shows_the_demo_story_selected() {
    let mut app = demo_app(Palette::Dark);
    let buf = draw(&mut app, 120, 30);
    let screen = text(&buf);
    assert!(screen.contains("Your library is empty"), "{screen}");
    assert!(screen.contains("DEMO Demo: Armenia and the CSTO"));
    assert!(screen.contains("parallax add"));
    let (x, y) = find(&buf, "DEMO").expect("demo marker");
    assert_eq!(buf[(x, y)].style().fg, app.theme.demo.fg);
    assert_eq!(
        buf[(x, y)].style().bg,
        app.theme.selected.bg,
        "the demo story is selected"
    );
}

#[test]
fn status_messages_reach_the_screen_without_escape_sequences() {
    let mut app = demo_app(Palette::Dark);
    app.message = Some("http://x.test/\u{1b}]0;owned\u{7}feed: \u{1b}[31mnot found\u{9b}2J".into());
    let screen = text(&draw(&mut app, 120, 30));
    assert!(screen.contains("http://x.test/feed: not found"), "{screen}");
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}') && !screen.contains('\u{9b}'));
}

#[test]
fn story_view_lists_outlets_and_headlines() {
    let mut app = demo_app(Palette::Dark);
    press(&mut app, KeyCode::Enter);
    let buf = draw(&mut app, 160, 40);
    let screen = text(&buf);
    // An author is never shown as the outlet; an unknown outlet reads as the
    // file, shortened to keep its mark, and the mark is dimmed.
    assert!(
        screen.contains("[1] 000_7aca9407… (outlet unknown)"),
        "{screen}"
    );
    assert!(!screen.contains("[1] Emelie Rodriguez"), "{screen}");
    let (x, y) = find(&buf, "(outlet unknown)").expect("mark");
    assert_eq!(buf[(x, y)].style().fg, app.theme.dim.fg);
    assert!(screen.contains("Armenia Exits the Collective Security Treaty Organization"));
    assert!(screen.contains("Headlines"));
}

#[test]
fn compare_view_aligns_rows_and_emphasises_changes() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    let buf = draw(&mut app, 200, 50);
    let screen = text(&buf);
    // Aligned sentences of outlets 1 and 3 start on the same line.
    let (_, y1) = find(&buf, "Armenia has announced its intention").expect("outlet 1");
    let (_, y3) = find(&buf, "On Wednesday, Armenian Prime").expect("outlet 3");
    assert_eq!(y1, y3, "{screen}");
    // "On Wednesday," exists only in outlet 3's sentence: emphasised.
    let (x, y) = find(&buf, "On Wednesday").expect("changed word");
    let style = buf[(x, y)].style();
    assert!(
        style.fg == app.theme.changed.fg || style.fg == app.theme.only.fg,
        "{style:?}"
    );
    // Shared words are plain text.
    let (x, y) = find(&buf, "announced his").expect("shared word");
    assert_eq!(buf[(x, y)].style().fg, app.theme.text.fg);
    // The selected row is highlighted on all its lines, gutter to last pane.
    for (x, y) in [(0, y1), (0, y1 + 1), (x, y1 + 2)] {
        assert_eq!(buf[(x, y)].style().bg, app.theme.selected.bg, "({x}, {y})");
    }
    // The detail line explains the selected row.
    assert!(screen.contains("Stated by 2 of 5 outlets"), "{screen}");
}

#[test]
fn unique_sentences_are_marked() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    // Walk to a row only one outlet has.
    for _ in 0..40 {
        if app
            .compare
            .as_ref()
            .is_some_and(|c| c.kind(c.selected) == super::compare::RowKind::Unique)
        {
            break;
        }
        press(&mut app, KeyCode::Char('j'));
    }
    let buf = draw(&mut app, 200, 50);
    let screen = text(&buf);
    assert!(
        screen.contains("reports this; no other outlet states it"),
        "{screen}"
    );
    let (x, y) = find(&buf, "▶+").expect("unique marker on the selected row");
    assert_eq!(buf[(x + 1, y)].style().fg, app.theme.unique.fg);
}

/// Two short reports of one fact that give different figures.
fn differing_figures_app() -> App {
    let a = crate::ingest::parse(
        "a.txt",
        "Report A\n\nPolice said 12 people were injured in the clashes outside parliament in Yerevan on Tuesday evening.\n\nThe weather was mild.\n",
    )
    .expect("article a");
    let b = crate::ingest::parse(
        "b.txt",
        "Report B\n\nPolice said 15 people were injured in the clashes outside parliament in Yerevan on Tuesday evening.\n\nMarkets were closed.\n",
    )
    .expect("article b");
    App::new(
        Source::Files(vec![a, b]),
        Keymap::default(),
        Theme::new(Palette::Dark),
    )
    .expect("app")
}

#[test]
fn discrepancies_are_reachable_and_explained() {
    let mut app = differing_figures_app();
    open_compare(&mut app);
    press(&mut app, KeyCode::Char('d'));
    let kind = app.compare.as_ref().map(|c| c.kind(c.selected));
    assert!(
        matches!(
            kind,
            Some(super::compare::RowKind::Differs | super::compare::RowKind::Disagrees)
        ),
        "{kind:?}"
    );
    let screen = text(&draw(&mut app, 200, 50));
    assert!(
        screen.contains(" — differ in detail") || screen.contains(" — disagree"),
        "{screen}"
    );
}

#[test]
fn panes_scroll_zoom_swap_and_hide() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    draw(&mut app, 90, 30); // three panes fit at most
    let c = app.compare.as_ref().expect("compare");
    assert!(c.panes().len() < 5);
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(app.compare.as_ref().map(|c| c.first), Some(1));
    press(&mut app, KeyCode::Char('z'));
    assert_eq!(app.compare.as_ref().map(|c| c.panes().len()), Some(1));
    press(&mut app, KeyCode::Char('z'));
    press(&mut app, KeyCode::Char('x'));
    assert_ne!(
        app.compare.as_ref().map(|c| c.order.clone()),
        Some(vec![0, 1, 2, 3, 4])
    );
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.compare.as_ref().map(|c| c.shown().len()), Some(4));
    assert_eq!(
        app.screen,
        Screen::Compare,
        "Esc closed the chooser, not the view"
    );
}

#[test]
fn back_and_quit() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.screen, Screen::Story);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Library);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn filter_as_you_type_and_help() {
    let mut app = demo_app(Palette::Dark);
    press(&mut app, KeyCode::Char('/'));
    for c in "zzz".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert!(text(&draw(&mut app, 100, 20)).contains("No story matches"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.library.shown().len(), 1);
    press(&mut app, KeyCode::Char('?'));
    let screen = text(&draw(&mut app, 100, 40));
    assert!(
        screen.contains("compare the story's outlets") && screen.contains("Help"),
        "{screen}"
    );
    app.update(Action::Help);
    assert!(!app.help);
}

#[test]
fn every_view_survives_tiny_and_odd_sizes() {
    let mut app = demo_app(Palette::Mono);
    let sizes = [
        (1, 1),
        (10, 3),
        (39, 9),
        (40, 10),
        (41, 11),
        (80, 24),
        (200, 50),
        (300, 12),
    ];
    for screen in 0..5 {
        for &(w, h) in &sizes {
            let buf = draw(&mut app, w, h);
            if w < 40 || h < 10 {
                assert!(text(&buf).contains("too small") || w * h < 30);
            }
        }
        match screen {
            0 => press(&mut app, KeyCode::Enter),
            1 => press(&mut app, KeyCode::Enter),
            2 => {
                press(&mut app, KeyCode::Esc);
                press(&mut app, KeyCode::Char('c'));
            }
            3 => press(&mut app, KeyCode::Char('v')),
            _ => {}
        }
    }
    assert_eq!(app.screen, Screen::Matrix);
}

#[test]
fn no_color_keeps_differences_visible() {
    let mut app = demo_app(Palette::Mono);
    open_compare(&mut app);
    let buf = draw(&mut app, 200, 50);
    let (x, y) = find(&buf, "On Wednesday").expect("changed word");
    let style = buf[(x, y)].style();
    assert!(
        style
            .add_modifier
            .contains(ratatui::style::Modifier::UNDERLINED),
        "{style:?}"
    );
    assert!(
        matches!(style.fg, None | Some(ratatui::style::Color::Reset)),
        "no colour under NO_COLOR: {style:?}"
    );
}

#[test]
fn coverage_matrix_marks_presence() {
    let mut app = demo_app(Palette::Dark);
    open_compare(&mut app);
    press(&mut app, KeyCode::Char('v'));
    let screen = text(&draw(&mut app, 160, 40));
    assert!(screen.contains("Coverage: facts × outlets"), "{screen}");
    assert!(screen.contains('●') || screen.contains('◐'));
    assert!(screen.contains('·'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Compare);
}

#[test]
fn the_help_popup_keeps_its_border_beside_wide_characters() {
    // A title of wide characters under the popup's left edge, at either parity.
    for width in [120, 121] {
        let article = crate::ingest::Article {
            source: "wide.txt".into(),
            title: Some("中".repeat(80)),
            ..crate::ingest::Article::default()
        };
        let mut app = App::new(
            Source::Files(vec![article]),
            Keymap::default(),
            Theme::new(Palette::Mono),
        )
        .expect("app");
        press(&mut app, KeyCode::Char('?'));
        let buf = draw(&mut app, width, 40);
        let (x, top) = find(&buf, " Help ").expect("help title");
        let left = x - 1;
        assert_eq!(buf[(left, top)].symbol(), "┌");
        let rows = (top + 1..buf.area.height).take_while(|&y| buf[(left, y)].symbol() != "└");
        for y in rows {
            assert_eq!(
                buf[(left, y)].symbol(),
                "│",
                "row {y} at width {width}:\n{}",
                text(&buf)
            );
        }
    }
}

#[test]
fn help_on_a_short_screen_scrolls_and_says_what_is_hidden() {
    let mut app = demo_app(Palette::Dark);
    press(&mut app, KeyCode::Char('?'));
    let first = text(&draw(&mut app, 80, 24));
    assert!(first.contains("0 more above"), "{first}");
    assert!(!first.contains("Mouse: click selects"), "{first}");
    press(&mut app, KeyCode::Char('G'));
    let last = text(&draw(&mut app, 80, 24));
    assert!(last.contains("Mouse: click selects"), "{last}");
    assert!(last.contains("0 more below"), "{last}");
    // Scrolling up from the clamped end moves at once, not after the overshoot.
    press(&mut app, KeyCode::Char('k'));
    let up = text(&draw(&mut app, 80, 24));
    assert!(up.contains("1 more below"), "{up}");
    // A tall screen shows it all, with no scroll note.
    let tall = text(&draw(&mut app, 100, 60));
    assert!(!tall.contains("more above"), "{tall}");
    assert!(app.help);
}
