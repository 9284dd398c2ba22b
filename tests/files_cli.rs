//! The commands that compare article files without a library (`diff`, `align`,
//! `parse`), run as a user would: what their rows say, and what they say of an
//! input that is not a file.

#[path = "support/files_run.rs"]
mod files_run;

use files_run::{demo, parallax};

#[test]
fn diff_marks_a_contradiction_and_names_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, day: &str, count: &str| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "Quake hits the coast\n\nThe earthquake struck the coastal city of Izmir on {day}, officials said.\n\n\
                 Police said {count} journalists were injured in the clashes in the city centre.\n"
            ),
        )
        .expect("write");
        path
    };
    let (a, b) = (
        write("a.txt", "Monday", "17"),
        write("b.txt", "Tuesday", "ten"),
    );
    let out = parallax(&["diff", a.to_str().unwrap(), b.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let row = |start: &str| stdout.lines().any(|l| l.starts_with(start));
    assert!(
        row("≠ The earthquake"),
        "a contradicting row is marked ≠:\n{stdout}"
    );
    assert!(row("≠ Police said"), "{stdout}");
    assert!(
        stdout.contains("≠ date: [1] “Monday” · [2] “Tuesday” — disagree"),
        "{stdout}"
    );
    assert!(
        stdout.contains("≠ number: [1] “17” · [2] “ten” — disagree"),
        "{stdout}"
    );
}

#[test]
fn a_web_address_given_to_a_file_command_says_how_to_fetch_it() {
    let demo_file = demo("000_7aca94074207edf6.txt");
    for command in ["parse", "align"] {
        let out = parallax(&[
            command,
            "https://example.com/news/a",
            &demo_file,
            &demo_file,
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {stderr}");
        assert!(
            stderr.contains("https://example.com/news/a: a web address, not a file")
                && stderr.contains("parallax add URL"),
            "{command}: {stderr}"
        );
    }
}
