//! The library at scale. Generates a deterministic library of varied stories
//! (`PARALLAX_BENCH_ARTICLES`, default 20,000; the figure is 100,000),
//! reporting add throughput and peak memory, then benches listing stories,
//! search, opening the library for the interface, and adding one more article.

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::ingest::{Article, Published, Sentence};
use parallax::store::Library;
use std::hint::black_box;
use std::time::Instant;

/// A tiny deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "ro", "va", "ne", "mi", "tor", "sel", "ban", "dru", "lo", "zet", "har", "qu", "is", "om",
    "pel", "gra", "shi", "ten", "ul",
];
const VERBS: &[&str] = &[
    "announced",
    "rejected",
    "approved",
    "criticised",
    "delayed",
    "signed",
    "blocked",
    "welcomed",
    "suspended",
    "confirmed",
];
const NOUNS: &[&str] = &[
    "agreement",
    "budget",
    "election",
    "protest",
    "ceasefire",
    "investigation",
    "reform",
    "strike",
    "merger",
    "treaty",
    "vote",
    "inquiry",
];
const FILLER: &[&str] = &[
    "officials said",
    "according to local media",
    "in a statement",
    "on Tuesday",
    "late on Friday",
    "after weeks of talks",
    "despite warnings",
    "amid growing pressure",
];

fn name(rng: &mut Rng) -> String {
    let n = 2 + rng.next() % 2;
    let word: String = (0..n).map(|_| rng.pick(SYLLABLES)).collect();
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Article `i` of a library of stories with about eight articles each.
fn article(i: usize) -> Article {
    let event = i / 8;
    let mut ev = Rng(0x9e37_79b9 ^ (event as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let (person, place, body) = (name(&mut ev), name(&mut ev), name(&mut ev));
    let noun = ev.pick(NOUNS).to_string();
    let count = 10 + ev.next() % 990;
    let day = (ev.next() % 700) as i64;
    let mut rng = Rng(0x1234_5678 ^ (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let sentences: Vec<Sentence> = (0..12)
        .map(|k| {
            let text = match k % 4 {
                0 => format!(
                    "{person} {} the {noun} in {place} {}.",
                    rng.pick(VERBS),
                    rng.pick(FILLER)
                ),
                1 => format!(
                    "The {body} said {count} people were affected, {}.",
                    rng.pick(FILLER)
                ),
                2 => format!(
                    "Critics of {person} {} the {} {}.",
                    rng.pick(VERBS),
                    rng.pick(NOUNS),
                    rng.pick(FILLER)
                ),
                _ => format!(
                    "Report {i} line {k}: {} {} in {place} {}.",
                    name(&mut rng),
                    rng.pick(VERBS),
                    rng.pick(FILLER)
                ),
            };
            Sentence {
                text,
                paragraph: k / 3,
                heading: false,
            }
        })
        .collect();
    let (y, d) = (2023 + day / 365, day % 365);
    Article {
        source: format!("synthetic/{i}.txt"),
        title: Some(format!("{person} {} {noun} in {place}", rng.pick(VERBS))),
        outlet: Some(format!("Outlet {}", i % 37)),
        published: Published::date(y as u16, (d / 31 + 1).min(12) as u8, (d % 28 + 1) as u8),
        sentences,
        ..Article::default()
    }
}

fn peak_memory_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn bench(c: &mut Criterion) {
    let n: usize = std::env::var("PARALLAX_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("library.db");
    let mut lib = Library::open(&path).expect("library");
    // Added as `parallax add` does: 64 articles a transaction, a savepoint each.
    let started = Instant::now();
    for chunk in (0..n).collect::<Vec<_>>().chunks(64) {
        let batch: Vec<Article> = chunk.iter().map(|&i| article(i)).collect();
        for outcome in lib.add_batch(&batch).expect("batch") {
            outcome.expect("add");
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let stories = lib.stories().expect("stories").len();
    eprintln!(
        "library: {n} articles added in {secs:.1} s = {:.0} articles/s; {stories} stories; file {:.0} MiB; peak memory {:.0} MiB",
        n as f64 / secs,
        std::fs::metadata(&path).map_or(0, |m| m.len()) as f64 / 1048576.0,
        peak_memory_mib()
    );

    let mut group = c.benchmark_group(format!("library of {n}"));
    group.sample_size(10);
    group.bench_function("list stories", |b| {
        b.iter(|| black_box(lib.stories().expect("stories")))
    });
    group.bench_function("search", |b| {
        b.iter(|| black_box(lib.search("ceasefire Tuesday", 20).expect("search")))
    });
    group.bench_function("open for the interface", |b| {
        b.iter(|| {
            let lib = Library::open(&path).expect("open");
            black_box(lib.stories().expect("stories"))
        })
    });
    let mut next = n;
    group.bench_function("add one article (its own transaction)", |b| {
        b.iter(|| {
            next += 1;
            lib.add(&article(next)).expect("add")
        })
    });
    group.finish();
    eprintln!(
        "peak memory after the benches: {:.0} MiB",
        peak_memory_mib()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
