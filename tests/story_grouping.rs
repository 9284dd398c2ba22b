//! Story grouping quality over real multi-outlet coverage of several events,
//! including confusable ones (two protests in Yerevan; two Senate votes on the same
//! aid package; two earthquakes in one week; two Supreme Court rulings on the
//! same day; one president's two Oval Office addresses ten days apart), measured
//! as pairwise precision and recall of "same story", as articles are added one
//! by one and again after `regroup`.

use parallax::ingest::read_article;
use parallax::store::{AddOutcome, Library};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn corpus() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(root.join("assets/demo"))
        .expect("demo")
        .filter_map(|e| e.ok().map(|e| ("armenia-csto".to_string(), e.path())))
        .collect();
    for event in std::fs::read_dir(root.join("tests/fixtures/stories"))
        .expect("stories")
        .filter_map(Result::ok)
    {
        let name = event.file_name().to_string_lossy().to_string();
        for f in std::fs::read_dir(event.path())
            .expect("event")
            .filter_map(Result::ok)
        {
            files.push((name.clone(), f.path()));
        }
    }
    // A fixed shuffle, so events arrive interleaved as they would from feeds; keyed
    // on the path inside the crate, so that every checkout adds in the same order.
    files.sort_by_key(|(_, p)| {
        let s = p.strip_prefix(root).unwrap_or(p).to_string_lossy();
        s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    });
    files
}

/// Pairwise precision and recall of "same story" (printing the mistakes).
fn score(story_of: &[(String, i64, String)]) -> (f64, f64) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for (i, (ea, sa, pa)) in story_of.iter().enumerate() {
        for (eb, sb, pb) in &story_of[i + 1..] {
            match (ea == eb, sa == sb) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    println!("  wrongly together: {pa} + {pb}");
                }
                (true, false) => {
                    fn_ += 1;
                    println!("  wrongly apart:    {pa} + {pb}");
                }
                _ => {}
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    (precision, recall)
}

#[test]
fn stories_group_by_event() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lib = Library::open(&dir.path().join("lib.db")).expect("opens");
    let mut story_of: Vec<(String, i64, String)> = Vec::new();
    let mut ids = Vec::new();
    for (event, path) in corpus() {
        let article = read_article(&path).unwrap_or_else(|e| panic!("{e}"));
        match lib.add(&article).expect("adds") {
            AddOutcome::Added { story, article } => {
                ids.push(article);
                story_of.push((event, story, path.display().to_string()))
            }
            AddOutcome::Duplicate { .. } => panic!("{} is not a duplicate", path.display()),
        }
    }
    let events: HashMap<&str, ()> = story_of.iter().map(|(e, _, _)| (e.as_str(), ())).collect();
    let events = events.len();
    let (precision, recall) = score(&story_of);
    println!(
        "added one by one: {} articles, {events} events, {} stories: pairwise precision {precision:.2} recall {recall:.2}",
        story_of.len(),
        lib.stories().expect("stories").len()
    );
    assert!(precision >= 0.7, "precision {precision:.2}");
    assert!(recall >= 0.85, "recall {recall:.2}");
    // The demo story must be one story.
    let demo: Vec<i64> = story_of
        .iter()
        .filter(|(e, _, _)| e == "armenia-csto")
        .map(|(_, s, _)| *s)
        .collect();
    assert!(demo.iter().all(|&s| s == demo[0]), "demo split: {demo:?}");

    // Regrouped (dated articles first, then undated ones, against the whole
    // library's statistics), a person's correction kept: one article split off alone.
    let alone = lib
        .split_story(&ids[..1], Some("Kept apart"))
        .expect("splits");
    let done = lib.regroup().expect("regroups");
    assert_eq!((done.articles, done.kept), (ids.len(), 1));
    let rows = lib.articles(None).expect("articles");
    let story_of: Vec<(String, i64, String)> = story_of
        .iter()
        .zip(&ids)
        .skip(1)
        .map(|((e, _, p), id)| {
            let row = rows.iter().find(|r| r.id == *id).expect("kept");
            (e.clone(), row.story.expect("in a story"), p.clone())
        })
        .collect();
    let (precision, recall) = score(&story_of);
    println!(
        "regrouped: {} stories: pairwise precision {precision:.2} recall {recall:.2}",
        lib.stories().expect("stories").len()
    );
    assert!(precision >= 0.9, "precision {precision:.2}");
    assert!(recall >= 0.9, "recall {recall:.2}");
    let kept = lib.articles(Some(alone)).expect("kept story");
    assert!(kept.iter().any(|a| a.id == ids[0]), "{kept:?}");
    assert_eq!(lib.story(alone).expect("story").title, "Kept apart");
    assert!(lib.integrity_check().is_ok());
}
