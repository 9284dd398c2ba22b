//! Parsing throughput: the five demo articles (scraped text of typical size), HTML
//! extraction on real article pages, and the worst case of deeply nested tags.
//! Targets: at least 2,000 articles of seed size per second on one core; HTML
//! extraction at most 5 ms per page (median); any page under the size limit well
//! under a second.
//!
//! Real pages are read from the article-extraction benchmark when it is present
//! (`PARALLAX_EXTRACTION_PAGES`, default `/work/shared/dev/article-extraction/html`,
//! gzipped pages); otherwise only a generated page is measured. Before measuring,
//! the median, mean and 90th percentile over the pages are printed (each page timed
//! as the median of several extractions), on the wall clock and in CPU time.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use parallax::ingest::{html::parse_html, read_article_bytes};
use std::hint::black_box;
use std::io::Read;
use std::time::Instant;

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

fn real_pages() -> Vec<String> {
    let dir = std::env::var("PARALLAX_EXTRACTION_PAGES")
        .unwrap_or_else(|_| "/work/shared/dev/article-extraction/html".into());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let file = std::fs::File::open(p).ok()?;
            let mut text = String::new();
            flate2::read::GzDecoder::new(file)
                .read_to_string(&mut text)
                .ok()?;
            Some(text)
        })
        .collect()
}

fn generated_page() -> String {
    let paragraph = "<p>The city council voted on Monday to close the old river bridge for eight months of repairs, officials said, after engineers found cracks in two steel supports.</p>";
    let menu: String = (0..40)
        .map(|i| format!("<li><a href=\"/s{i}\">Section {i}</a></li>"))
        .collect();
    format!(
        "<html><head><title>Bridge | Daily</title></head><body><nav><ul>{menu}</ul></nav><article><h1>Bridge</h1>{}</article><footer>{menu}</footer></body></html>",
        paragraph.repeat(20)
    )
}

/// This thread's CPU time in milliseconds, where the platform reports it.
#[cfg(unix)]
fn thread_cpu_ms() -> Option<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0;
    ok.then(|| ts.tv_sec as f64 * 1000.0 + ts.tv_nsec as f64 / 1e6)
}

#[cfg(not(unix))]
fn thread_cpu_ms() -> Option<f64> {
    None
}

/// Extractions of each page timed for its figure (odd, so one is the median).
const RUNS: usize = 5;

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn extract_pages(c: &mut Criterion) {
    let mut pages = real_pages();
    if pages.is_empty() {
        pages.push(generated_page());
    }
    // Each page's time is the median of [`RUNS`] extractions, on the wall clock
    // and in this thread's CPU time (on a machine shared with other builds the
    // wall clock waits its turn); a virtual machine's speed drifts by a fifth
    // from one second to the next, and one run per page measured that drift.
    let (mut wall, mut cpu): (Vec<f64>, Vec<f64>) = pages
        .iter()
        .map(|p| {
            let (mut walls, mut cpus): (Vec<f64>, Vec<f64>) = (0..RUNS)
                .map(|_| {
                    let (started, cpu_started) = (Instant::now(), thread_cpu_ms());
                    black_box(parse_html("page.html", p));
                    let wall = started.elapsed().as_secs_f64() * 1000.0;
                    (
                        wall,
                        thread_cpu_ms().map_or(wall, |t| t - cpu_started.unwrap_or(0.0)),
                    )
                })
                .unzip();
            (median(&mut walls), median(&mut cpus))
        })
        .unzip();
    for (clock, each) in [("wall", &mut wall), ("cpu", &mut cpu)] {
        each.sort_by(f64::total_cmp);
        eprintln!(
            "html extraction over {} pages ({clock}, each page the median of {RUNS} runs): median {:.2} ms, mean {:.2} ms, p90 {:.2} ms, max {:.2} ms",
            each.len(),
            each[each.len() / 2],
            each.iter().sum::<f64>() / each.len() as f64,
            each[each.len() * 9 / 10],
            each[each.len() - 1]
        );
    }
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Elements(pages.len() as u64));
    group.bench_function("html pages", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(parse_html("page.html", black_box(page)));
            }
        })
    });
    let deep = format!(
        "<html><body><p>{}A paragraph at the bottom of a deep pile of tags.",
        "<div><span><b>".repeat(50_000)
    );
    group.throughput(Throughput::Bytes(deep.len() as u64));
    group.bench_function("50,000 nested unclosed tags (700 KB)", |b| {
        b.iter(|| black_box(parse_html("deep.html", black_box(&deep))))
    });
    group.finish();
}

criterion_group!(benches, parse_seeds, extract_pages);
criterion_main!(benches);
