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
    let split_from = lib.articles(Some(story_of[0].1)).expect("articles").len();
    let alone = lib
        .split_story(&ids[..1], Some("Kept apart"))
        .expect("splits");
    let done = lib.regroup().expect("regroups");
    // The split pins the article split off and the ones it was split from.
    assert_eq!((done.articles, done.kept), (ids.len(), split_from));
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

/// Each story's articles, by story id.
fn memberships(lib: &Library) -> HashMap<i64, Vec<i64>> {
    let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
    for a in lib.articles(None).expect("articles") {
        out.entry(a.story.expect("in a story"))
            .or_default()
            .push(a.id);
    }
    for members in out.values_mut() {
        members.sort_unstable();
    }
    out
}

/// The story that holds every one of `articles` (panics if they are apart).
fn together(lib: &Library, articles: &[i64]) -> i64 {
    let now = memberships(lib);
    let holder = |id: &i64| now.iter().find(|(_, m)| m.contains(id)).map(|(s, _)| *s);
    let stories: Vec<Option<i64>> = articles.iter().map(holder).collect();
    assert!(
        stories.iter().all(|s| s.is_some() && *s == stories[0]),
        "articles {articles:?} are apart: {stories:?}"
    );
    stories[0].expect("held")
}

#[test]
fn regroup_keeps_ids_and_every_correction() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lib = Library::open(&dir.path().join("lib.db")).expect("opens");
    for (_, path) in corpus() {
        let article = read_article(&path).unwrap_or_else(|e| panic!("{e}"));
        lib.add(&article).expect("adds");
    }
    // Grouping again: a group that comes out as it was keeps its id.
    let before = memberships(&lib);
    lib.regroup().expect("regroups");
    let after = memberships(&lib);
    let same: Vec<_> = after
        .iter()
        .filter(|(_, m)| before.values().any(|b| b == *m))
        .collect();
    assert!(same.len() * 2 >= after.len(), "{after:?} vs {before:?}");
    for (story, members) in same {
        assert_eq!(before.get(story), Some(members), "story {story} renumbered");
    }
    // Two stories a person merges stay one; an article a person moves stays
    // with the articles it was moved to.
    let mut stories: Vec<(i64, Vec<i64>)> = after.into_iter().collect();
    stories.sort_by_key(|(s, m)| (std::cmp::Reverse(m.len()), *s));
    let (a, b, c, d) = (&stories[0], &stories[1], &stories[2], &stories[3]);
    lib.merge_stories(a.0, b.0).expect("merges");
    let moved = c.1[0];
    lib.move_article(moved, d.0).expect("moves");
    lib.regroup().expect("regroups");
    let merged: Vec<i64> = a.1.iter().chain(&b.1).copied().collect();
    assert_eq!(together(&lib, &merged), a.0, "the merge keeps its story");
    let moved_to: Vec<i64> = d.1.iter().copied().chain([moved]).collect();
    assert_eq!(together(&lib, &moved_to), d.0, "the move keeps its story");
    assert!(lib.integrity_check().is_ok());
}
