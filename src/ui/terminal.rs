//! The real terminal: raw mode, the alternate screen and mouse capture on the way
//! in, and all of it undone on the way out — on quit, on a panic (a hook restores
//! before the panic message prints), and on SIGTERM, SIGHUP, SIGINT or SIGQUIT:
//! a thread of its own receives the signal and sets a flag the event loop checks
//! every tick; should the loop not get there within a second, that thread
//! restores the terminal and ends the process itself (exit 128 + signal).
//! A panic restores the terminal only on the interface's thread; work on its
//! other threads runs under [`catching_panics`], whose panics become errors.

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::io::{self, Stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Owns the terminal's state; dropping it restores the terminal.
pub struct Session {
    pub terminal: Tui,
    /// The signal that asked parallax to stop, 0 until one does.
    stop: Arc<AtomicI32>,
}

/// How long the event loop has to notice a signal before the signal thread
/// ends the process itself.
const GRACE: Duration = Duration::from_secs(1);

impl Session {
    pub fn start() -> io::Result<Self> {
        install_panic_hook();
        let stop = Arc::new(AtomicI32::new(0));
        let mut signals = signal_hook::iterator::Signals::new([
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGQUIT,
        ])?;
        let flag = Arc::clone(&stop);
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                flag.store(signal, Ordering::SeqCst);
                std::thread::sleep(GRACE);
                restore();
                std::process::exit(128 + signal);
            }
        });
        enable_raw_mode()?;
        if let Err(e) = execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture) {
            restore();
            return Err(e);
        }
        let terminal =
            Terminal::new(CrosstermBackend::new(io::stdout())).inspect_err(|_| restore())?;
        Ok(Self { terminal, stop })
    }

    /// The signal that asked parallax to stop, if one did.
    pub fn stopped(&self) -> Option<i32> {
        Some(self.stop.load(Ordering::SeqCst)).filter(|&s| s != 0)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
        let _ = self.terminal.show_cursor();
    }
}

/// Puts the terminal back as parallax found it. Safe to call more than once.
pub fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, LeaveAlternateScreen);
    let _ = disable_raw_mode();
    let _ = execute!(io::stdout(), ratatui::crossterm::cursor::Show);
}

/// The thread that owns the terminal: only a panic there ends the interface.
static UI_THREAD: std::sync::OnceLock<std::thread::ThreadId> = std::sync::OnceLock::new();

/// Runs `work`, turning a panic into an error (its message): for work on the
/// interface's own threads, so that a fault there is reported and the
/// interface goes on. (The panic hook leaves the terminal alone for any thread
/// but the interface's, the scoped workers such work starts included.)
pub fn catching_panics<R>(work: impl FnOnce() -> R) -> Result<R, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a fault with no message".to_string())
    })
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    let _ = UI_THREAD.set(std::thread::current().id());
    std::panic::set_hook(Box::new(move |info| {
        // Elsewhere the thread's owner reports the fault in the status line;
        // printing it would only scribble over the screen.
        if UI_THREAD.get() != Some(&std::thread::current().id()) {
            return;
        }
        restore();
        previous(info);
    }));
}
