//! The real binary in a real terminal: tmux runs `parallax` at 120×36, keys are
//! sent, the screen is read back, and the terminal must be restored on quit and
//! when the process is sent SIGTERM; feeds are refreshed from the interface
//! against a loopback server. Skipped (with a note) where tmux is missing.

// The server serves more than these tests ask of it.
#[allow(dead_code)]
#[path = "support/web_server.rs"]
mod web_server;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> Option<String> {
    let out = Command::new("tmux").args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).to_string())
}

/// Waits until the pane shows `needle` (or gives up after a few seconds).
fn wait_for(session: &str, needle: &str) -> String {
    let started = Instant::now();
    loop {
        let screen = tmux(&["capture-pane", "-p", "-t", session]).unwrap_or_default();
        if screen.contains(needle) || started.elapsed() > Duration::from_secs(15) {
            return screen;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

struct Session(String);

impl Drop for Session {
    fn drop(&mut self) {
        let _ = tmux(&["kill-session", "-t", &self.0]);
    }
}

fn start(name: &str, library: &Path) -> Option<Session> {
    tmux(&["-V"])?;
    let command = format!(
        "PARALLAX_LIBRARY='{}' NO_COLOR=1 '{}'; echo \"exit=$?\"; stty -a | grep -o -- '-\\?icanon'; sleep 30",
        library.display(),
        env!("CARGO_BIN_EXE_parallax")
    );
    tmux(&[
        "new-session",
        "-d",
        "-s",
        name,
        "-x",
        "120",
        "-y",
        "36",
        &command,
    ])?;
    Some(Session(name.to_string()))
}

#[test]
fn demo_story_from_library_to_comparison_and_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("parallax-e2e-{}", std::process::id());
    let Some(session) = start(&name, &dir.path().join("lib.db")) else {
        eprintln!("tmux is not available: end-to-end interface test skipped");
        return;
    };
    let s = session.0.as_str();
    let screen = wait_for(s, "parallax › Library");
    assert!(screen.contains("Your library is empty"), "{screen}");
    // The library did not exist: the status line says a new one was made.
    assert!(
        screen.contains("new empty library at") || screen.contains("is empty — showing the demo"),
        "{screen}"
    );
    tmux(&["send-keys", "-t", s, "Enter"]);
    let screen = wait_for(s, "parallax › Story");
    assert!(
        screen.contains("[1] 000_7aca9407… (outlet unknown)"),
        "{screen}"
    );
    tmux(&["send-keys", "-t", s, "c"]);
    // The status bar is drawn last: the frame is whole once it shows.
    let screen = wait_for(s, "parallax › Compare");
    assert!(screen.contains("Armenia has announced its"), "{screen}");
    assert!(screen.contains("Stated by 2 of 5 outlets"), "{screen}");
    tmux(&["send-keys", "-t", s, "?"]);
    let screen = wait_for(s, "Mouse: click selects");
    assert!(screen.contains("next discrepancy"), "{screen}");
    for key in ["Escape", "q", "q", "q"] {
        tmux(&["send-keys", "-t", s, key]);
        std::thread::sleep(Duration::from_millis(150));
    }
    // `stty` prints after parallax has exited: wait for its line.
    let screen = wait_for(s, "icanon");
    assert!(screen.contains("exit=0"), "{screen}");
    assert!(
        screen.contains("icanon") && !screen.contains("-icanon"),
        "terminal left in raw mode: {screen}"
    );
}

#[test]
fn signals_restore_the_terminal_and_exit_128_plus_signal() {
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("QUIT", 131)] {
        stopped_by(signal, code);
    }
}

fn stopped_by(signal: &str, code: i32) {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("parallax-{signal}-{}", std::process::id());
    let Some(session) = start(&name, &dir.path().join("lib.db")) else {
        eprintln!("tmux is not available: end-to-end interface test skipped");
        return;
    };
    let s = session.0.as_str();
    wait_for(s, "parallax › Library");
    let pane_pid = tmux(&["display", "-p", "-t", s, "#{pane_pid}"]).unwrap_or_default();
    let children = Command::new("pgrep")
        .args(["-P", pane_pid.trim()])
        .output()
        .expect("pgrep");
    let pid = String::from_utf8_lossy(&children.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(!pid.is_empty(), "parallax is not running under the pane");
    Command::new("kill")
        .args([&format!("-{signal}"), &pid])
        .status()
        .expect("kill");
    let screen = wait_for(s, "icanon");
    assert!(screen.contains(&format!("exit={code}")), "{screen}");
    assert!(
        screen.contains("icanon") && !screen.contains("-icanon"),
        "terminal left in raw mode: {screen}"
    );
}

#[test]
fn feeds_refresh_in_the_background_and_new_articles_show() {
    let server = web_server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let library = dir.path().join("lib.db");
    let added = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["feed", "add", &format!("{}/feed.xml", server.base)])
        .env("PARALLAX_LIBRARY", &library)
        .output()
        .expect("feed add");
    assert!(added.status.success(), "{added:?}");
    let name = format!("parallax-refresh-{}", std::process::id());
    let Some(session) = start(&name, &library) else {
        eprintln!("tmux is not available: end-to-end interface test skipped");
        return;
    };
    let s = session.0.as_str();
    wait_for(s, "parallax › Library");
    tmux(&["send-keys", "-t", s, "r"]);
    let screen = wait_for(s, "refreshed 1 feed");
    assert!(
        screen.contains("refreshed 1 feed: 2 new articles, 1 entry failed"),
        "{screen}"
    );
    assert!(screen.contains("/dead.html"), "{screen}");
    assert!(
        screen.contains(" new "),
        "new articles are marked: {screen}"
    );
    assert!(!screen.contains("DEMO"), "{screen}");
    tmux(&["send-keys", "-t", s, "q"]);
    let screen = wait_for(s, "icanon");
    assert!(screen.contains("exit=0"), "{screen}");
}
