//! Parsing throughput: the five demo articles (scraped text of typical size).
//! Target: at least 2,000 articles of seed size per second on one core.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::ingest::read_article_bytes;
use std::hint::black_box;

fn parse_seeds(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group.throughput(Throughput::Elements(parallax::demo::FILES.len() as u64));
    group.bench_function("parse 5 demo articles", |b| {
        b.iter(|| {
            for (name, text) in parallax::demo::FILES {
                black_box(read_article_bytes(name, black_box(text.as_bytes())).ok());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, parse_seeds);
criterion_main!(benches);
