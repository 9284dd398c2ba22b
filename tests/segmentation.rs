//! Measures sentence segmentation against a hand-split corpus of news text
//! (`tests/fixtures/segmentation.txt`: one sentence a line, paragraphs separated
//! by blank lines), and compares it with Unicode's default sentence boundaries
//! (UAX #29), the obvious alternative.

use parallax::text::split_sentences;
use std::collections::BTreeSet;
use unicode_segmentation::UnicodeSegmentation;

struct Score {
    true_pos: usize,
    false_pos: usize,
    false_neg: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.true_pos as f64 / (self.true_pos + self.false_pos).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.true_pos as f64 / (self.true_pos + self.false_neg).max(1) as f64
    }
    fn f1(&self) -> f64 {
        2.0 * self.precision() * self.recall()
            / (self.precision() + self.recall()).max(f64::EPSILON)
    }
}

/// Boundaries as byte offsets of sentence ends inside the paragraph (the last one excluded).
fn ends(paragraph: &str, sentences: &[&str]) -> BTreeSet<usize> {
    let mut at = 0;
    let mut out = BTreeSet::new();
    for s in sentences {
        if let Some(pos) = paragraph[at..].find(s.trim()) {
            at += pos + s.trim().len();
            out.insert(at);
        }
    }
    out.remove(&paragraph.len());
    out
}

fn evaluate(split: impl Fn(&str) -> Vec<String>) -> (Score, Vec<String>) {
    let corpus = include_str!("fixtures/segmentation.txt");
    let mut score = Score {
        true_pos: 0,
        false_pos: 0,
        false_neg: 0,
    };
    let mut misses = Vec::new();
    for block in corpus.split("\n\n") {
        let gold: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        if gold.is_empty() {
            continue;
        }
        let paragraph = gold.join(" ");
        let predicted = split(&paragraph);
        let predicted: Vec<&str> = predicted.iter().map(String::as_str).collect();
        let (want, got) = (ends(&paragraph, &gold), ends(&paragraph, &predicted));
        score.true_pos += want.intersection(&got).count();
        score.false_pos += got.difference(&want).count();
        score.false_neg += want.difference(&got).count();
        if want != got {
            misses.push(paragraph);
        }
    }
    (score, misses)
}

#[test]
fn segmentation_quality_beats_unicode_default() {
    let (ours, misses) = evaluate(|p| split_sentences(p).into_iter().map(String::from).collect());
    let (uax, _) = evaluate(|p| p.unicode_sentences().map(String::from).collect());
    println!(
        "parallax: precision {:.3} recall {:.3} F1 {:.3} ({} boundaries missed, {} extra)",
        ours.precision(),
        ours.recall(),
        ours.f1(),
        ours.false_neg,
        ours.false_pos
    );
    println!(
        "UAX #29:  precision {:.3} recall {:.3} F1 {:.3}",
        uax.precision(),
        uax.recall(),
        uax.f1()
    );
    for m in &misses {
        println!("  differs: {m}");
    }
    assert!(
        ours.f1() >= 0.97,
        "segmentation F1 {:.3} below 0.97",
        ours.f1()
    );
    assert!(ours.f1() > uax.f1(), "no better than UAX #29");
}
