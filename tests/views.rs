//! View snapshots: every view of the interface drawn into a `TestBackend` at
//! 80×24 and 200×50 on the demo story, kept under tests/snapshots/ with the
//! styles of every cell (as runs per line), so that a change to how a view looks
//! fails here until a person has read it (`INSTA_UPDATE=always cargo test --test
//! views`, then review `git diff tests/snapshots`). The 16-colour palette is
//! used: its colours have names a reviewer can read.

use parallax::store::Library;
use parallax::ui::app::App;
use parallax::ui::data::Source;
use parallax::ui::keys::Keymap;
use parallax::ui::theme::{Palette, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Style};

/// The app on a new, empty library: the demo story is listed, and the status
/// line says where the library is (cleared here: the path is a temporary one).
fn demo_app(dir: &tempfile::TempDir) -> App {
    let path = dir.path().join("lib.db");
    let lib = Library::open(&path).expect("library");
    let mut app = App::new(
        Source::Library(lib),
        Keymap::default(),
        Theme::new(Palette::Sixteen),
    )
    .expect("app");
    let note = app.message.take().unwrap_or_default();
    let created = std::fs::metadata(&path).and_then(|m| m.created()).is_ok();
    let want = if created {
        format!(
            "new empty library at {} — showing the demo story",
            path.display()
        )
    } else {
        format!(
            "the library at {} is empty — showing the demo story",
            path.display()
        )
    };
    assert_eq!(note, want);
    app
}

fn press(app: &mut App, code: KeyCode) {
    parallax::ui::handle(app, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    app.poll(true);
}

fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| parallax::ui::frame(app, frame))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// A style as a few words: `fg:Yellow bg:Blue bold underlined`.
fn describe(style: Style) -> String {
    let mut words = Vec::new();
    if let Some(fg) = style.fg.filter(|c| *c != Color::Reset) {
        words.push(format!("fg:{fg}"));
    }
    if let Some(bg) = style.bg.filter(|c| *c != Color::Reset) {
        words.push(format!("bg:{bg}"));
    }
    for (name, _) in style.add_modifier.iter_names() {
        words.push(name.to_lowercase());
    }
    words.join(" ")
}

/// The buffer as text, one numbered line per row, each followed by the runs of
/// cells that carry a style (`from..to style`; unstyled cells are left out).
fn snapshot(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut text = String::new();
        let mut runs: Vec<(u16, u16, String)> = Vec::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if skip > 0 {
                skip -= 1;
            } else {
                text.push_str(cell.symbol());
                skip = parallax::text::wrap::width(cell.symbol()).saturating_sub(1);
            }
            let style = describe(cell.style());
            match runs.last_mut() {
                Some((_, to, s)) if *s == style && *to == x => *to = x + 1,
                _ => runs.push((x, x + 1, style)),
            }
        }
        out.push_str(&format!("{y:>2} {}\n", text.trim_end()));
        let runs: Vec<String> = runs
            .into_iter()
            .filter(|(_, _, s)| !s.is_empty())
            .map(|(from, to, s)| format!("{from}..{to} {s}"))
            .collect();
        if !runs.is_empty() {
            out.push_str(&format!("   · {}\n", runs.join(" · ")));
        }
    }
    out
}

/// Walks library → story → reader → comparison (with its help overlay and the
/// outlet chooser) → coverage matrix, snapshotting each at `width`×`height`.
fn every_view(width: u16, height: u16) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = demo_app(&dir);
    let size = format!("{width}x{height}");
    let shot = |app: &mut App, view: &str| {
        let buf = draw(app, width, height);
        insta::assert_snapshot!(format!("{view}_{size}"), snapshot(&buf));
    };
    shot(&mut app, "library");
    press(&mut app, KeyCode::Enter);
    shot(&mut app, "story");
    press(&mut app, KeyCode::Enter);
    shot(&mut app, "reader");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('c'));
    shot(&mut app, "compare");
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('?'));
    shot(&mut app, "help");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    shot(&mut app, "chooser");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('v'));
    shot(&mut app, "matrix");
}

#[test]
fn every_view_at_80_by_24() {
    every_view(80, 24);
}

#[test]
fn every_view_at_200_by_50() {
    every_view(200, 50);
}
