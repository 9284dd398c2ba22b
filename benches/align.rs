//! Alignment speed: the demo story (target ≤ 2 ms with diffs and discrepancies),
//! 20 articles × 40 sentences (target ≤ 20 ms) and how it grows, and one word diff
//! of a sentence pair (target ≤ 10 µs).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use parallax::align::{Document, align, diff_words};
use std::hint::black_box;

/// A deterministic story of `articles` × `sentences`. A `shared` share of each
/// article's sentences are drawn from the demo story (reworded a little), so facts
/// recur across articles the way wire copy does; the rest are the article's own
/// (demo sentences with their long words replaced by words no other article uses).
/// `shared = 1.0` is the worst case: every sentence recurs in many articles.
fn synthetic(articles: usize, sentences: usize, shared: f64) -> Vec<Vec<String>> {
    let pool: Vec<String> = parallax::demo::articles()
        .into_iter()
        .flat_map(|a| a.sentences.into_iter().map(|s| s.text))
        .collect();
    let swaps = [
        ("said", "stated"),
        ("Armenia", "Yerevan"),
        ("withdraw", "exit"),
        ("ten", "10"),
        ("Russia", "Moscow"),
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..articles)
        .map(|article| {
            (0..sentences)
                .map(|i| {
                    let s = pool[(next() % pool.len() as u64) as usize].clone();
                    if (next() % 1000) as f64 / 1000.0 < shared {
                        let (from, to) = swaps[(next() % swaps.len() as u64) as usize];
                        return s.replacen(from, to, 1);
                    }
                    s.split(' ')
                        .enumerate()
                        .map(|(j, w)| {
                            if w.len() > 4 {
                                format!("w{article}x{i}x{j}")
                            } else {
                                w.to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        })
        .collect()
}

fn documents(story: &[Vec<String>]) -> Vec<Document<'_>> {
    story
        .iter()
        .map(|a| Document {
            title: None,
            sentences: a.iter().map(String::as_str).collect(),
            headings: Vec::new(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let demo = parallax::demo::articles();
    let docs: Vec<Document> = demo.iter().map(Document::from_article).collect();
    c.bench_function("align demo story (5 articles)", |b| {
        b.iter(|| black_box(align(black_box(&docs))))
    });

    let mut group = c.benchmark_group("align synthetic");
    group.sample_size(20);
    let sizes = [
        (5, 40, 0.3),
        (10, 40, 0.3),
        (20, 40, 0.3),
        (40, 40, 0.3),
        (20, 80, 0.3),
        (50, 40, 0.3),
        (20, 40, 1.0),
    ];
    for (articles, sentences, shared) in sizes {
        let story = synthetic(articles, sentences, shared);
        let docs = documents(&story);
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{articles}x{sentences} shared {shared}")),
            &docs,
            |b, docs| b.iter(|| black_box(align(black_box(docs)))),
        );
    }
    group.finish();

    let a = "The protests turned violent, with clashes between demonstrators and police outside the parliament building, resulting in injuries to around 100 people, including 17 police officers and 10 journalists.";
    let b = "Violent clashes erupted as protesters tried to breach police cordons, resulting in injuries and arrests, and at least ten journalists were among the injured.";
    c.bench_function("word diff of a sentence pair", |bench| {
        bench.iter(|| black_box(diff_words(black_box(a), black_box(b))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
