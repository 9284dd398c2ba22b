//! The terminal interface: library → story → side-by-side comparison. State and
//! actions live in `app` (and `compare` for the comparison), drawing in `views`
//! (one file per view), keys and theme in `keys`, `theme` and `config`. This file
//! runs the event loop: input on this thread, alignment on a worker.

pub mod app;
pub mod compare;
mod compare_frame;
pub mod config;
pub mod data;
pub mod keys;
pub mod layout;
pub mod lists;
pub mod measure;
pub mod reader;
pub mod refresh;
pub mod settle;
mod terminal;
pub mod theme;
pub mod views;

use app::{App, Screen};
use data::Source;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, MouseEventKind};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

/// Runs the interface until the user quits (`Ok(None)`) or a signal asks it to
/// stop (`Ok(Some(signal))`). `note` is shown in the status line at the start.
pub fn run(
    source: Source,
    open: Option<Screen>,
    note: Option<String>,
) -> Result<Option<i32>, String> {
    let config = config::load(config::default_path().as_deref());
    let mut app = App::new(source, config.keys, config.theme)?;
    if let Some(problem) = config.problems.first() {
        app.message = Some(format!("config: {problem}"));
    }
    if note.is_some() {
        app.message = note;
    }
    if let Some(screen) = open {
        app.open_first(screen);
    }
    let mut session = terminal::Session::start()
        .map_err(|e| format!("cannot start the terminal interface: {e}"))?;
    let events = input_thread();
    while !app.quit && session.stopped().is_none() {
        session
            .terminal
            .draw(|frame| self::frame(&mut app, frame))
            .map_err(|e| e.to_string())?;
        // Wake often while work is under way (to show its result), and at least
        // every tick to notice a signal; input wakes the loop at once.
        let wait = if app.busy() {
            Duration::from_millis(30)
        } else {
            Duration::from_millis(200)
        };
        match events.recv_timeout(wait) {
            Ok(Ok(event)) => {
                handle(&mut app, event);
                // Apply everything already typed before drawing again.
                while let Ok(Ok(event)) = events.try_recv() {
                    handle(&mut app, event);
                }
            }
            Ok(Err(e)) => return Err(format!("reading the terminal: {e}")),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Err("the terminal went away".to_string()),
        }
        app.poll(false);
    }
    Ok(session.stopped())
}

/// One frame: the app settles its layout and scroll for the frame's size, then
/// the views draw it.
pub fn frame(app: &mut App, frame: &mut ratatui::Frame) {
    app.settle(frame.area());
    views::draw(app, frame);
}

/// Terminal input, read on its own thread: a terminal that hangs up can leave
/// the reader waiting or spinning, and the interface must still notice signals
/// and stop.
fn input_thread() -> Receiver<std::io::Result<Event>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if tx.send(event).is_err() || failed {
                break;
            }
        }
    });
    rx
}

/// Applies one terminal event to the app.
pub fn handle(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if app.screen == Screen::Library && app.library.filtering && !app.help {
                // Characters are typing; other keys act through the keymap.
                match (key.code, app.keys.action(&key)) {
                    (KeyCode::Backspace, _) => app.type_filter(None),
                    (KeyCode::Char(c), _)
                        if !key.modifiers.contains(event::KeyModifiers::CONTROL) =>
                    {
                        app.type_filter(Some(c))
                    }
                    (_, Some(keys::Action::Open)) => app.end_filter(true),
                    (_, Some(keys::Action::Back)) => app.end_filter(false),
                    (_, Some(a @ (keys::Action::Up | keys::Action::Down | keys::Action::Quit))) => {
                        app.update(a)
                    }
                    _ => {}
                }
                return;
            }
            if let Some(action) = app.keys.action(&key) {
                app.update(action);
            }
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => (0..3).for_each(|_| app.update(keys::Action::Down)),
            MouseEventKind::ScrollUp => (0..3).for_each(|_| app.update(keys::Action::Up)),
            MouseEventKind::Down(_) => app.click(mouse.column, mouse.row),
            _ => {}
        },
        _ => {}
    }
}

#[cfg(test)]
mod compare_tests;
#[cfg(test)]
mod reader_tests;
#[cfg(test)]
mod settle_tests;
#[cfg(test)]
mod sparse_tests;
#[cfg(test)]
mod tests;
