//! The library under stress: a process killed (SIGKILL) in the middle of `add`
//! leaves a library that opens, passes SQLite's integrity check and holds every
//! article whose add had completed; two processes adding at once lose nothing.

use parallax::store::Library;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// `count` distinct articles made from the demo story's sentences.
fn make_articles(dir: &Path, count: usize, tag: &str) -> Vec<PathBuf> {
    let pool: Vec<String> = parallax::demo::articles()
        .into_iter()
        .flat_map(|a| a.sentences.into_iter().map(|s| s.text))
        .collect();
    (0..count)
        .map(|i| {
            let body: Vec<String> = (0..12).map(|k| pool[(i * 7 + k * 13) % pool.len()].clone()).collect();
            let text = format!("Report {tag} number {i} on the alliance\n\n{}\n\nThis is dispatch {tag}-{i} for the record of events.\n", body.join("\n\n"));
            let path = dir.join(format!("{tag}-{i:04}.txt"));
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect()
}

fn parallax(library: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_parallax"));
    cmd.arg("--library").arg(library);
    cmd
}

#[cfg(unix)]
#[test]
fn killed_imports_lose_nothing_committed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let library = dir.path().join("lib.db");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).expect("mkdir");
    // More than two batches, so that kills land in the middle of one.
    let files = make_articles(&inbox, 2 * parallax::store::ADD_BATCH + 100, "k");
    let mut committed: Vec<i64> = Vec::new();
    for round in 0..6u64 {
        let mut child = parallax(&library)
            .args(["add", "--verbose"])
            .arg(&inbox)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, added) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line
                    .split_whitespace()
                    .nth(1)
                    .and_then(|id| id.parse::<i64>().ok())
                {
                    let _ = sender.send(id);
                }
            }
        });
        // Kill once a batch has been reported (or the run is long), a little
        // later each round: the next batch is under way.
        committed.extend(added.recv_timeout(Duration::from_secs(30)));
        std::thread::sleep(Duration::from_millis(50 + round * 120));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        reader.join().expect("reader");
        committed.extend(added.try_iter());
        let lib = Library::open(&library).expect("the library opens after a kill");
        assert_eq!(lib.integrity_check().expect("check"), "ok", "round {round}");
        let present: Vec<i64> = lib
            .articles(None)
            .expect("articles")
            .iter()
            .map(|a| a.id)
            .collect();
        for id in &committed {
            assert!(
                present.contains(id),
                "round {round}: article {id} was reported added but is gone"
            );
        }
    }
    assert!(
        !committed.is_empty(),
        "no add completed before the kills: the test proves nothing"
    );
    // A last, uninterrupted run adds the rest and recognises what is there.
    let out = parallax(&library)
        .arg("add")
        .arg(&inbox)
        .output()
        .expect("add");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lib = Library::open(&library).expect("opens");
    assert_eq!(lib.articles(None).expect("articles").len(), files.len());
}

#[test]
fn two_processes_adding_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let library = dir.path().join("lib.db");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir(&a).expect("mkdir");
    std::fs::create_dir(&b).expect("mkdir");
    let total = make_articles(&a, 120, "a").len() + make_articles(&b, 120, "b").len();
    // Create the library first, so both writers open an existing file.
    drop(Library::open(&library).expect("create"));
    let first = parallax(&library)
        .arg("add")
        .arg(&a)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let second = parallax(&library)
        .arg("add")
        .arg(&b)
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    for child in [first, second] {
        let out = child.wait_with_output().expect("wait");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let lib = Library::open(&library).expect("opens");
    assert_eq!(lib.articles(None).expect("articles").len(), total);
    assert_eq!(lib.integrity_check().expect("check"), "ok");
}
