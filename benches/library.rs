//! The library at scale. Builds a deterministic library of varied stories
//! once (`PARALLAX_BENCH_ARTICLES`, default 100,000, the figure), kept
//! in `target/parallax-bench/` and reused by later runs (or at
//! `PARALLAX_BENCH_LIBRARY`), reporting add throughput, peak memory and how
//! well the stories match the generated events; then benches placing one more
//! article into it, listing stories, search and opening the library for the
//! interface. `regroup` is benched on a library of
//! `PARALLAX_BENCH_REGROUP_ARTICLES` (default 5,000: ten samples of a 100k
//! regroup would take most of an hour; `parallax regroup` on the 100k library
//! of `benches/measure_add.py` is timed once instead).
//! End-to-end `parallax add` of plain-text files is measured by
//! `benches/gen_corpus.py` + `benches/measure_add.py`.

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

/// Pairwise precision and recall of the library's stories against the events
/// the generator wrote the articles about (its articles only; `None` without any).
fn grouping_quality(lib: &Library) -> Option<(f64, f64)> {
    use std::collections::HashMap;
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut stories: HashMap<Option<i64>, usize> = HashMap::new();
    let mut events: HashMap<usize, usize> = HashMap::new();
    let mut both: HashMap<(Option<i64>, usize), usize> = HashMap::new();
    for row in lib.articles(None).expect("articles") {
        // Only this generator's articles (a library given by
        // PARALLAX_BENCH_LIBRARY may hold others).
        let Some(i) = row
            .source
            .strip_prefix("synthetic/")
            .and_then(|s| s.strip_suffix(".txt"))
            .and_then(|s| s.parse::<usize>().ok())
        else {
            continue;
        };
        *stories.entry(row.story).or_insert(0) += 1;
        *events.entry(i / 8).or_insert(0) += 1;
        *both.entry((row.story, i / 8)).or_insert(0) += 1;
    }
    if events.is_empty() {
        return None;
    }
    let sum = |m: Vec<usize>| m.into_iter().map(pairs).sum::<f64>();
    let s = sum(stories.into_values().collect());
    let e = sum(events.into_values().collect());
    let b = sum(both.into_values().collect());
    Some((b / s.max(1.0), b / e.max(1.0)))
}

/// A library of `n` generated articles, built once under `target/` (or at
/// `PARALLAX_BENCH_LIBRARY`) and reused: an existing one is topped up.
fn cached_library(n: usize, name: &str) -> (std::path::PathBuf, Library) {
    let path = std::env::var_os("PARALLAX_BENCH_LIBRARY")
        .filter(|_| name == "main")
        .map_or_else(
            || {
                let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("target")
                    .join("parallax-bench");
                std::fs::create_dir_all(&dir).expect("bench folder");
                dir.join(format!("{name}-{n}.db"))
            },
            std::path::PathBuf::from,
        );
    let mut lib = Library::open(&path).expect("library");
    let have = lib.articles_count().expect("count");
    // Added as a large `parallax add` does: ADD_BATCH_MAX articles a transaction.
    let started = Instant::now();
    let mut lap = Instant::now();
    for (k, chunk) in (have..n)
        .collect::<Vec<_>>()
        .chunks(parallax::store::ADD_BATCH_MAX)
        .enumerate()
    {
        let batch: Vec<Article> = chunk.iter().map(|&i| article(i)).collect();
        for outcome in lib.add_batch(&batch).expect("batch") {
            outcome.expect("add");
        }
        if ((k + 1) * parallax::store::ADD_BATCH_MAX).is_multiple_of(10_240) {
            eprintln!(
                "  {} articles: last 10,240 at {:.0} articles/s",
                chunk[chunk.len() - 1] + 1,
                10_240.0 / lap.elapsed().as_secs_f64()
            );
            lap = Instant::now();
        }
    }
    let added = n.saturating_sub(have);
    if added > 0 {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "{name} library: {added} articles added in {secs:.1} s = {:.0} articles/s; {n} in all; file {:.0} MiB; peak memory {:.0} MiB",
            added as f64 / secs,
            std::fs::metadata(&path).map_or(0, |m| m.len()) as f64 / 1048576.0,
            peak_memory_mib()
        );
    }
    (path, lib)
}

fn count_from_env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn bench(c: &mut Criterion) {
    let n = count_from_env("PARALLAX_BENCH_ARTICLES", 100_000);
    let (path, mut lib) = cached_library(n, "main");
    let stories = lib.stories().expect("stories").len();
    eprintln!("{n} articles in {stories} stories");
    if let Some((precision, recall)) = grouping_quality(&lib) {
        eprintln!(
            "against the generator's events: pairwise precision {precision:.3} recall {recall:.3}"
        );
    }

    let mut group = c.benchmark_group(format!("library of {n}"));
    group.sample_size(10);
    // Each added article is removed again afterwards, so the cached library
    // stays as built.
    let mut next = n;
    let mut added = Vec::new();
    group.bench_function("place one article (its own transaction)", |b| {
        b.iter(|| {
            next += 1;
            let outcome = lib.add(&article(next)).expect("add");
            if let parallax::store::AddOutcome::Added { article, .. } = outcome {
                added.push(article);
            }
            outcome
        })
    });
    for id in added {
        lib.remove(id).expect("remove");
    }
    group.bench_function("list stories", |b| {
        b.iter(|| black_box(lib.stories().expect("stories")))
    });
    group.bench_function("list articles", |b| {
        b.iter(|| black_box(lib.articles(None).expect("articles")))
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
    group.finish();
    drop(lib);

    let small = count_from_env("PARALLAX_BENCH_REGROUP_ARTICLES", 5_000);
    // Built (or found) only when the regroup bench runs.
    let small_path = std::sync::OnceLock::new();
    let mut group = c.benchmark_group(format!("library of {small}"));
    group.sample_size(10);
    group.bench_function("regroup", |b| {
        b.iter_batched(
            || {
                // A fresh copy each time: regroup writes the library.
                let dir = tempfile::tempdir().expect("tempdir");
                let copy = dir.path().join("library.db");
                let original = small_path.get_or_init(|| cached_library(small, "regroup").0);
                std::fs::copy(original, &copy).expect("copy");
                (dir, Library::open(&copy).expect("open"))
            },
            |(dir, mut lib)| {
                black_box(lib.regroup().expect("regroup"));
                (dir, lib)
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
    eprintln!(
        "peak memory after the benches: {:.0} MiB",
        peak_memory_mib()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
