//! Big inputs, measured: an article of a million short paragraphs (ingest, then
//! the reader's layout), and a search while one huge article full of the word
//! searched for sits among `PARALLAX_STRESS_ARTICLES` others (default 2,000).
//! Ignored by default (minutes); run them with
//! `cargo test --release --test stress -- --ignored --nocapture --test-threads 1`.

use parallax::ingest::{Article, read_article_bytes};
use parallax::store::Library;
use parallax::ui::reader::Layout;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::time::Instant;

/// The process's peak resident memory in MiB (Linux), else 0.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// A text article of `n` short paragraphs.
fn paragraphs(n: usize) -> Vec<u8> {
    let mut text = String::from("A very long article\n\n");
    for i in 0..n {
        text.push_str(&format!("Vote {i} held.\n\n"));
    }
    text.into_bytes()
}

#[test]
#[ignore = "minutes; see README"]
fn a_million_paragraphs_are_read_and_laid_out() {
    let bytes = paragraphs(1_000_000);
    let started = Instant::now();
    let article = read_article_bytes("huge.txt", &bytes).expect("accepted");
    let ingest = started.elapsed();
    let started = Instant::now();
    let layout =
        Layout::build(&article, 96, &AtomicUsize::new(0), &AtomicBool::new(false)).expect("layout");
    let laid_out = started.elapsed();
    eprintln!(
        "{} MB, {} sentences: ingest {ingest:.2?}, layout {laid_out:.2?} ({} lines), peak {:.0} MiB",
        bytes.len() / 1_000_000,
        article.sentences.len(),
        layout.len(),
        peak_mib()
    );
    assert!(article.sentences.len() >= 900_000);
    assert!(
        layout
            .line(layout.len() - 2)
            .is_some_and(|(t, _)| t.contains("999999"))
    );
}

fn small_article(i: usize) -> Article {
    let words = [
        "ceasefire",
        "parliament",
        "harbour",
        "election",
        "budget",
        "storm",
        "court",
    ];
    let text = format!(
        "Officials in city {i} discussed the {} on Tuesday.\n\n\
         The {} drew {} people, a spokesman for the council said.\n\n\
         A minister {} was expected to comment later in the week.",
        words[i % 7],
        words[(i / 7) % 7],
        i % 1000,
        i % 13
    );
    let mut a = read_article_bytes(&format!("a{i}.txt"), text.as_bytes()).expect("article");
    a.title = Some(format!("Report {i} on the {}", words[i % 7]));
    a
}

#[test]
#[ignore = "minutes; see README"]
fn search_stays_quick_with_a_huge_article() {
    let n: usize = std::env::var("PARALLAX_STRESS_ARTICLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lib = Library::open(&dir.path().join("lib.db")).expect("library");
    let started = Instant::now();
    let mut text = String::from("The minister file\n\n");
    // Paragraphs differ (cleaning drops repeated lines as page furniture).
    for i in 0.. {
        if text.len() > 15_000_000 {
            break;
        }
        text.push_str(&format!(
            "The minister said on day {i} that the minister would meet the minister again.\n\n"
        ));
    }
    let huge = read_article_bytes("huge.txt", text.as_bytes()).expect("huge article");
    assert!(
        huge.sentences.len() > 100_000,
        "{} sentences",
        huge.sentences.len()
    );
    lib.add_batch(&[huge]).expect("add huge");
    for chunk in (0..n).collect::<Vec<_>>().chunks(256) {
        let batch: Vec<Article> = chunk.iter().map(|&i| small_article(i)).collect();
        lib.add_batch(&batch).expect("add");
    }
    eprintln!(
        "library of {} articles made in {:.1?}",
        n + 1,
        started.elapsed()
    );
    for query in ["minister", "minister meet", "ceasefire Tuesday", "harbour"] {
        lib.search(query, 5).expect("search");
        let started = Instant::now();
        let runs = 5;
        let mut hits = 0;
        for _ in 0..runs {
            hits = lib.search(query, 5).expect("search").hits.len();
        }
        let each = started.elapsed() / runs;
        eprintln!("search {query:?} --limit 5: {each:.1?} ({hits} hits)");
        assert!(each.as_millis() < 1_000, "{query}: {each:?}");
    }
    eprintln!("peak {:.0} MiB", peak_mib());
}
