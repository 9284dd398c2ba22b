//! `parallax refresh` end to end: 50 feeds of 50 entries each, every entry a
//! summary whose article page must be fetched and extracted, served by a real HTTP
//! server on 127.0.0.1 started here, into a fresh library each time (2,500
//! articles added and placed into stories), then a second refresh that finds
//! nothing new (every feed answers 304 Not Modified). The per-host gap is zero:
//! every feed is on one host here, and the bench measures the work, not the
//! politeness a real refresh waits for.

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::store::Library;
use parallax::web::fetch::{Fetcher, Limits};
use parallax::web::refresh::refresh;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

const FEEDS: usize = 50;
const ENTRIES: usize = 50;
/// The fetch threads `parallax refresh` uses.
const WORKERS: usize = 4;

/// Words of news prose, combined per entry so that no two pages are alike.
const WORDS: &[&str] = &[
    "council", "minister", "bridge", "river", "election", "budget", "court", "ruling", "police",
    "hospital", "school", "storm", "harbour", "railway", "senate", "vote", "strike", "union",
    "factory", "airport", "museum", "festival", "drought", "flood", "market", "bank", "tax",
    "energy", "pipeline", "treaty", "border", "summit", "mayor", "judge", "inquiry", "report",
];

fn word(seed: usize, k: usize) -> &'static str {
    WORDS[(seed.wrapping_mul(2_654_435_761).wrapping_add(k * 40_503)) % WORDS.len()]
}

/// An article page of about 6 KB: navigation, a headline, eight paragraphs, a footer.
fn page(feed: usize, entry: usize) -> String {
    let seed = feed * ENTRIES + entry;
    let paragraphs: String = (0..8)
        .map(|p| {
            let w = |k: usize| word(seed, p * 7 + k);
            format!(
                "<p>The {} said on Monday that the {} near the {} would be reviewed after entry {seed} \
                 was filed, and officials from the {} office told reporters that a decision on the {} \
                 was expected within {} weeks, according to the statement released by the {}.</p>\n",
                w(0), w(1), w(2), w(3), w(4), p + 2, w(5)
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>{t} | Wire {feed}</title>\
         <meta property=\"og:site_name\" content=\"Wire {feed}\">\
         <meta property=\"article:published_time\" content=\"2024-06-{:02}T08:30:00Z\"></head>\
         <body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\
         <article><h1>{t}</h1>{paragraphs}</article>\
         <footer><p>Copyright Wire {feed}. All rights reserved.</p></footer></body></html>",
        1 + entry % 28,
        t = format!(
            "The {} and the {} in entry {seed}",
            word(seed, 1),
            word(seed, 2)
        ),
    )
}

fn feed(base: &str, feed: usize) -> String {
    let items: String = (0..ENTRIES)
        .map(|e| {
            format!(
                "<item><title>Entry {e}</title><link>{base}/a/{feed}/{e}.html</link>\
                 <guid>{feed}-{e}</guid><description>A short teaser.</description></item>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
         <title>Wire {feed}</title><link>{base}/</link>{items}</channel></rss>"
    )
}

fn respond(stream: &mut TcpStream, status: &str, content_type: &str, body: &str) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         ETag: \"v1\"\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
}

fn handle(mut stream: TcpStream, base: &str) {
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(clone);
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut validated = false;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        validated |= line.to_ascii_lowercase().starts_with("if-none-match");
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let numbers: Vec<usize> = path
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    match (path.split('/').nth(1), numbers.as_slice()) {
        (Some("feed"), [_]) if validated => respond(&mut stream, "304 Not Modified", "", ""),
        (Some("feed"), [f]) => respond(
            &mut stream,
            "200 OK",
            "application/rss+xml",
            &feed(base, *f),
        ),
        (Some("a"), [f, e]) => respond(&mut stream, "200 OK", "text/html", &page(*f, *e)),
        _ => respond(&mut stream, "404 Not Found", "text/plain", "not found"),
    }
}

/// Starts the server; its base URL.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let served = base.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let base = served.clone();
            std::thread::spawn(move || handle(stream, &base));
        }
    });
    base
}

fn bench(c: &mut Criterion) {
    let base = serve();
    let fetcher = Fetcher::new(Limits {
        per_host_gap: Duration::ZERO,
        ..Limits::default()
    });
    let subscribed = || {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lib = Library::open(&dir.path().join("library.db")).expect("library");
        for f in 0..FEEDS {
            lib.add_feed(&format!("{base}/feed/{f}.xml"), None)
                .expect("feed");
        }
        (dir, lib)
    };
    let run =
        |lib: &mut Library| refresh(lib, &fetcher, WORKERS, &mut |_| {}, &|_| {}).expect("refresh");
    let mut group = c.benchmark_group("refresh");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("50 feeds × 50 entries, pages fetched and extracted", |b| {
        b.iter_batched(
            subscribed,
            |(dir, mut lib)| {
                let totals = run(&mut lib);
                assert_eq!(totals.added, FEEDS * ENTRIES, "{totals:?}");
                (dir, lib)
            },
            criterion::BatchSize::PerIteration,
        )
    });
    let (_dir, mut lib) = subscribed();
    run(&mut lib);
    group.bench_function("a second refresh of the 50 feeds (nothing new)", |b| {
        b.iter(|| assert_eq!(run(&mut lib).added, 0))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
