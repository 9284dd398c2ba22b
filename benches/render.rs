//! Drawing speed: a frame of the compare view at 200×50 (target ≤ 1 ms), the same
//! for a story whose articles have 2,000 sentences each (must stay flat: only
//! visible rows are laid out), and a keypress through to the updated frame; the
//! reader on an article of 20,000 and 1,000,000 paragraphs (flat too: the article
//! is wrapped once per width, and a frame draws the visible lines).

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::ingest::{Article, Sentence};
use parallax::ui::app::{App, Screen};
use parallax::ui::data::Source;
use parallax::ui::keys::{Action, Keymap};
use parallax::ui::theme::{Palette, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn compare_app(articles: Vec<Article>) -> App {
    let mut app = App::new(
        Source::Files(articles),
        Keymap::default(),
        Theme::new(Palette::Dark),
    )
    .expect("app");
    app.open_first(Screen::Compare);
    app.poll(true);
    assert_eq!(app.screen, Screen::Compare);
    app
}

/// Five articles of `n` sentences drawn from the demo story, reworded per article.
fn long_story(n: usize) -> Vec<Article> {
    let pool: Vec<String> = parallax::demo::articles()
        .into_iter()
        .flat_map(|a| a.sentences.into_iter().map(|s| s.text))
        .collect();
    (0..5)
        .map(|d| Article {
            source: format!("long-{d}.txt"),
            title: Some(format!("Long article {d}")),
            sentences: (0..n)
                .map(|i| Sentence {
                    text: format!("{} ({d}-{i})", pool[(i * (d + 3)) % pool.len()]),
                    paragraph: i / 4,
                    heading: false,
                })
                .collect(),
            ..Article::default()
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("terminal");
    let mut app = compare_app(parallax::demo::articles());
    c.bench_function(
        "compare view into the frame buffer 200x50, demo story",
        |b| {
            b.iter(|| {
                let mut frame = terminal.get_frame();
                parallax::ui::frame(black_box(&mut app), &mut frame);
            })
        },
    );
    c.bench_function(
        "compare frame 200x50 with the terminal's diff, demo story",
        |b| {
            b.iter(|| {
                terminal
                    .draw(|f| parallax::ui::frame(black_box(&mut app), f))
                    .map(|_| ())
            })
        },
    );
    c.bench_function("keypress to frame (next row), demo story", |b| {
        b.iter(|| {
            app.update(Action::Down);
            terminal
                .draw(|f| parallax::ui::frame(&mut app, f))
                .map(|_| ())
        })
    });

    let mut group = c.benchmark_group("long story");
    group.sample_size(20);
    let mut long = compare_app(long_story(2_000));
    group.bench_function(
        "compare view into the frame buffer 200x50, 5 x 2000 sentences",
        |b| {
            b.iter(|| {
                let mut frame = terminal.get_frame();
                parallax::ui::frame(black_box(&mut long), &mut frame);
            })
        },
    );
    group.bench_function("compare frame 200x50, 5 x 2000 sentences", |b| {
        b.iter(|| {
            terminal
                .draw(|f| parallax::ui::frame(black_box(&mut long), f))
                .map(|_| ())
        })
    });
    group.bench_function("keypress to frame, 5 x 2000 sentences, far down", |b| {
        for _ in 0..500 {
            long.update(Action::Down);
        }
        b.iter(|| {
            long.update(Action::NextDifference);
            terminal
                .draw(|f| parallax::ui::frame(&mut long, f))
                .map(|_| ())
        })
    });
    group.finish();
    reader(c);
}

/// An article of `n` one-sentence paragraphs, and a short one beside it.
fn huge_story(n: usize) -> Vec<Article> {
    let mut articles = long_story(4);
    articles[0].sentences = (0..n)
        .map(|i| Sentence {
            text: format!("Paragraph {i} says the minister spoke again today."),
            paragraph: i,
            heading: false,
        })
        .collect();
    articles.truncate(2);
    articles
}

fn reader(c: &mut Criterion) {
    let mut group = c.benchmark_group("reader");
    group.sample_size(10);
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("terminal");
    let frame = |app: &mut App, terminal: &mut Terminal<TestBackend>| {
        terminal
            .draw(|f| parallax::ui::frame(black_box(app), f))
            .map(|_| ())
    };
    for n in [20_000, 1_000_000] {
        let mut app = App::new(
            Source::Files(huge_story(n)),
            Keymap::default(),
            Theme::new(Palette::Dark),
        )
        .expect("app");
        app.open_first(Screen::Story);
        app.poll(true);
        app.update(Action::Open);
        // The first frames start the layout on a worker; wait for it.
        let started = std::time::Instant::now();
        let _ = frame(&mut app, &mut terminal);
        while app.busy() {
            std::thread::sleep(std::time::Duration::from_millis(5));
            let _ = frame(&mut app, &mut terminal);
        }
        eprintln!(
            "reader: {n} paragraphs laid out in {:.2?}",
            started.elapsed()
        );
        group.bench_function(format!("reader frame 200x50, {n} paragraphs"), |b| {
            b.iter(|| frame(&mut app, &mut terminal))
        });
        app.update(Action::Bottom);
        group.bench_function(
            format!("keypress to frame at the end, {n} paragraphs"),
            |b| {
                b.iter(|| {
                    app.update(Action::Up);
                    frame(&mut app, &mut terminal)
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
