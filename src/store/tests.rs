//! The library against real files: adding, deduplicating, grouping into stories,
//! corrections, search, and refusing what is not a library.

use super::*;
use crate::ingest::{Article, read_article_bytes};

fn temp_library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = Library::open(&dir.path().join("library.db")).expect("opens");
    (dir, lib)
}

fn add_demo(lib: &mut Library) -> Vec<AddOutcome> {
    crate::demo::articles()
        .iter()
        .map(|a| lib.add(a).expect("adds"))
        .collect()
}

#[test]
fn the_demo_story_is_one_story() {
    let (_dir, mut lib) = temp_library();
    assert!(lib.is_empty().expect("query"));
    let outcomes = add_demo(&mut lib);
    let stories: Vec<i64> = outcomes
        .iter()
        .filter_map(|o| match o {
            AddOutcome::Added { story, .. } => Some(*story),
            _ => None,
        })
        .collect();
    assert_eq!(stories.len(), 5);
    assert!(stories.iter().all(|&s| s == stories[0]), "{stories:?}");
    let listed = lib.stories().expect("stories");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].articles, 5);
    assert_eq!(lib.integrity_check().expect("check"), "ok");
}

#[test]
fn duplicates_by_content_and_url() {
    let (_dir, mut lib) = temp_library();
    let first = add_demo(&mut lib);
    let again = add_demo(&mut lib);
    for (a, b) in first.iter().zip(&again) {
        let AddOutcome::Added { article, .. } = a else {
            panic!("{a:?}")
        };
        assert_eq!(b, &AddOutcome::Duplicate { article: *article });
    }
    let mut with_url = read_article_bytes("x.json", br#"{"url":"https://example.org/a","text":"The minister resigned on Monday after a long scandal over public money."}"#).expect("parses");
    assert!(matches!(
        lib.add(&with_url).expect("adds"),
        AddOutcome::Added { .. }
    ));
    with_url.sentences[0].text.push_str(" Updated.");
    assert!(matches!(
        lib.add(&with_url).expect("adds"),
        AddOutcome::Duplicate { .. }
    ));
}

#[test]
fn round_trip_and_remove() {
    let (_dir, mut lib) = temp_library();
    add_demo(&mut lib);
    let rows = lib.articles(None).expect("articles");
    assert_eq!(rows.len(), 5);
    let back = lib.article(rows[0].id).expect("article");
    assert!(!back.sentences.is_empty());
    assert_eq!(back.title, rows[0].title);
    // A removed article leaves the full-text index (it holds no text, so its
    // row goes by the values it was made of): no word of it is found again.
    let title = back.title.clone().expect("a title");
    lib.remove(rows[0].id).expect("removes");
    let found = lib.search(&title, 10).expect("search").hits;
    assert!(found.iter().all(|h| h.article != rows[0].id), "{found:?}");
    for r in &rows[1..] {
        lib.remove(r.id).expect("removes");
    }
    for word in ["the", "Armenia", &title] {
        assert!(
            lib.search(word, 10).expect("search").hits.is_empty(),
            "{word}"
        );
    }
    lib.conn
        .execute(
            "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')",
            [],
        )
        .expect("a sound index");
    assert!(lib.stories().expect("stories").is_empty());
    assert!(lib.is_empty().expect("query"));
    let gone = rows[0].id;
    assert!(matches!(lib.remove(gone), Err(StoreError::NoArticle(id)) if id == gone));
    assert!(matches!(lib.article(gone), Err(StoreError::NoArticle(id)) if id == gone));
}

#[test]
fn articles_join_stories_close_in_time_also_long_ones() {
    let (_dir, mut lib) = temp_library();
    let mut demo = crate::demo::articles();
    let dated = |a: &mut Article, m, d| a.published = crate::ingest::Published::date(2024, m, d);
    let story_of = |o: AddOutcome| match o {
        AddOutcome::Added { story, .. } => story,
        other => panic!("{other:?}"),
    };
    dated(&mut demo[0], 6, 1);
    dated(&mut demo[1], 7, 20);
    let june = story_of(lib.add(&demo[0]).expect("adds"));
    let july = story_of(lib.add(&demo[1]).expect("adds"));
    assert_ne!(june, july, "seven weeks apart: different events");
    // A person says they are one story: it now spans June 1 to July 20.
    lib.merge_stories(june, july).expect("merge");
    dated(&mut demo[2], 6, 12);
    assert_eq!(story_of(lib.add(&demo[2]).expect("adds")), june);
    dated(&mut demo[3], 9, 1);
    let september = story_of(lib.add(&demo[3]).expect("adds"));
    assert_ne!(september, june, "six weeks after the story's end");
    // An undated article may join a story of any time.
    demo[4].published = None;
    let undated = story_of(lib.add(&demo[4]).expect("adds"));
    assert!([june, september].contains(&undated), "{undated}");
}

#[test]
fn corrections_stick() {
    let (_dir, mut lib) = temp_library();
    add_demo(&mut lib);
    let story = lib.stories().expect("stories")[0].id;
    let rows = lib.articles(Some(story)).expect("articles");
    let split = lib
        .split_story(&[rows[0].id, rows[1].id], Some("Split off"))
        .expect("split");
    assert_eq!(lib.articles(Some(split)).expect("articles").len(), 2);
    assert_eq!(lib.articles(Some(story)).expect("articles").len(), 3);
    lib.rename_story(story, "Armenia \u{1b}[31mfreezes CSTO")
        .expect("rename");
    assert_eq!(
        lib.story(story).expect("story").title,
        "Armenia freezes CSTO"
    );
    for blank in ["", "   ", "\t\u{1b}[31m\n"] {
        assert!(matches!(
            lib.rename_story(story, blank),
            Err(StoreError::BlankTitle)
        ));
        assert!(matches!(
            lib.split_story(&[rows[2].id], Some(blank)),
            Err(StoreError::BlankTitle)
        ));
    }
    assert_eq!(
        lib.story(story).expect("story").title,
        "Armenia freezes CSTO"
    );
    lib.move_article(rows[0].id, story).expect("move");
    assert_eq!(lib.articles(Some(story)).expect("articles").len(), 4);
    lib.merge_stories(story, split).expect("merge");
    assert_eq!(lib.stories().expect("stories").len(), 1);
    assert!(matches!(
        lib.merge_stories(story, story),
        Err(StoreError::MergeIntoItself)
    ));
    assert!(matches!(
        lib.move_article(rows[0].id, 9999),
        Err(StoreError::NoStory(9999))
    ));
    assert!(matches!(
        lib.move_article(9999, story),
        Err(StoreError::NoArticle(9999))
    ));
    assert!(matches!(
        lib.split_story(&[], None),
        Err(StoreError::NothingToSplit)
    ));
    assert_eq!(lib.integrity_check().expect("check"), "ok");
}

#[test]
fn search_ranks_and_marks_matches() {
    let (_dir, mut lib) = temp_library();
    add_demo(&mut lib);
    let hits = lib.search("Union of Journalists", 10).expect("search").hits;
    assert_eq!(hits.len(), 2);
    assert!(hits[0].snippet.contains(search::MATCH_START));
    assert!(lib.search("Mirzoyan", 10).expect("search").hits.len() >= 2);
    assert!(lib.search("\"unbalanced OR", 10).is_ok());
    assert!(lib.search("zzzzqqq", 10).expect("search").hits.is_empty());
    assert!(matches!(
        lib.search(" ?! ", 10),
        Err(StoreError::EmptySearch)
    ));
    // Common words: only the newest matches are ranked, and the result says so.
    let all = lib.search("Armenia", 10).expect("search");
    assert!(all.all_ranked);
    assert_eq!(all.hits.len(), 5);
    let newest = lib.search_ranking("Armenia", 10, 2).expect("search");
    assert!(!newest.all_ranked);
    let mut ids: Vec<i64> = newest.hits.iter().map(|h| h.article).collect();
    ids.sort_unstable();
    assert_eq!(ids, vec![4, 5]);
}

#[test]
fn a_huge_article_is_searchable_only_in_its_first_part() {
    let (_dir, mut lib) = temp_library();
    let filler: String = (0..10_000)
        .map(|i| format!("Committee members debated item {i} of the harbour budget. "))
        .collect();
    let text = format!(
        "The minister opened the session. {filler} A parliamentarian mentioned zanzibarite once."
    );
    assert!(text.len() > 2 * articles::INDEXED_BODY_BYTES);
    let huge = read_article_bytes("huge.txt", text.as_bytes()).expect("parses");
    let AddOutcome::Added { article, .. } = lib.add(&huge).expect("adds") else {
        panic!("not added")
    };
    assert_eq!(
        lib.search("minister", 10).expect("search").hits[0].article,
        article
    );
    assert!(lib.search("harbour", 10).expect("search").hits.len() == 1);
    assert!(
        lib.search("zanzibarite", 10)
            .expect("search")
            .hits
            .is_empty()
    );
    // The index keeps no copy of the text, and the snippet comes from the article.
    let copy: Option<String> = lib
        .conn
        .query_row(
            "SELECT body FROM articles_fts WHERE rowid = ?1",
            [article],
            |r| r.get(0),
        )
        .expect("indexed");
    assert_eq!(copy, None);
    let hit = &lib.search("minister", 10).expect("search").hits[0];
    assert!(
        hit.snippet.contains("opened the session"),
        "{}",
        hit.snippet
    );
    // The article itself is kept whole.
    assert!(
        lib.article(article)
            .expect("reads")
            .body()
            .contains("zanzibarite")
    );
}

#[test]
fn refuses_what_is_not_a_library() {
    let dir = tempfile::tempdir().expect("tempdir");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my precious notes, not a database").expect("write");
    let err = Library::open(&notes).err().expect("refused");
    assert!(
        matches!(&err, StoreError::NotALibrary { path } if path == &notes),
        "{err}"
    );
    assert!(err.to_string().starts_with(&notes.display().to_string()));
    assert_eq!(
        std::fs::read_to_string(&notes).expect("read"),
        "my precious notes, not a database"
    );
    // A library from the future.
    let future = dir.path().join("future.db");
    drop(Library::open(&future).expect("opens"));
    rusqlite::Connection::open(&future)
        .and_then(|c| c.pragma_update(None, "user_version", 99))
        .expect("bump");
    let err = Library::open(&future).err().expect("refused");
    assert!(
        matches!(
            err,
            StoreError::NewerSchema {
                found: 99,
                supported: schema::VERSION,
                ..
            }
        ),
        "{err}"
    );
    assert!(matches!(
        Library::open(dir.path()),
        Err(StoreError::IsADirectory { .. })
    ));
}

#[test]
fn a_schema_1_library_is_migrated_and_keeps_its_stories() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.db");
    {
        // A library as the first version wrote it: schema 1, one story of two articles.
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(schema::V1_FOR_TESTS).expect("schema 1");
        conn.execute_batch(
            "INSERT INTO articles (id, source, title, outlet, published, content_hash, added_at, sentences, body, signature)
               VALUES (1, 'a.txt', 'Bridge collapses', 'Wire', '2024-06-12', 'h1', '2024-06-13T00:00:00', 1, '[[],[]]', '[]'),
                      (2, 'b.txt', 'Bridge collapse in Baltimore', NULL, '2024-06-13', 'h2', '2024-06-13T00:00:00', 1, '[[],[]]', '[]');
             INSERT INTO stories (id, title, named, created_at) VALUES (7, 'Old story', 0, '2024-06-13T00:00:00');
             INSERT INTO story_articles (article_id, story_id, manual) VALUES (1, 7, 0), (2, 7, 0);
             INSERT INTO story_terms (term, story_id, count) VALUES ('bridg', 7, 2);
             PRAGMA user_version = 1;",
        )
        .expect("rows");
    }
    let lib = Library::open(&path).expect("migrates");
    let stories = lib.stories().expect("stories");
    assert_eq!(stories.len(), 1);
    assert_eq!(
        (stories[0].id, stories[0].articles, stories[0].outlets),
        (7, 2, 2)
    );
    assert_eq!(stories[0].first.as_deref(), Some("2024-06-12"));
    assert_eq!(stories[0].last.as_deref(), Some("2024-06-13"));
    // Schema 8: the story's centroid, rebuilt from its articles, by term id,
    // with the story's day (by the week; schema 3 and 7).
    let bridge: (u32, i64) = lib
        .conn
        .query_row(
            "SELECT id, articles FROM terms WHERE term = 'bridg'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the term");
    assert_eq!(bridge.1, 2, "both articles carry it");
    let (last_day, norm2, centroid): (i64, f64, centroid::Centroid) = lib
        .conn
        .query_row(
            "SELECT last_day, norm2, terms FROM story_centroids WHERE story_id = 7",
            [],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    centroid::Centroid::decode(r.get_ref(2)?),
                ))
            },
        )
        .expect("the centroid");
    assert_eq!(last_day, 19_887);
    assert!(centroid.weight(bridge.0) > 0.5, "{centroid:?}");
    assert!((norm2 - centroid.norm2()).abs() < 1e-9);
    // Schema 6: listing articles reads the covering index, not the article rows.
    let plan: String = lib
        .conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT id, source, title, outlet, author, published, url, sentences FROM articles",
            [],
            |r| r.get(3),
        )
        .expect("plan");
    assert!(plan.contains("COVERING INDEX articles_listing"), "{plan}");
}

#[test]
fn a_schema_7_library_is_upgraded_keeping_its_stories_and_corrections() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.db");
    let demo = crate::demo::articles();
    {
        // The demo story as schema 7 kept it, after a person split its last
        // article off into a story they named.
        let mut conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(schema::V1_FOR_TESTS).expect("schema 1");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        for (k, a) in demo.iter().enumerate() {
            let body = serde_json::to_string(&(&a.sentences, &a.dropped)).expect("body");
            conn.execute(
                "INSERT INTO articles (id, source, title, outlet, published, content_hash, added_at, sentences, body, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?8, '[]')",
                rusqlite::params![
                    k as i64 + 1,
                    a.source,
                    a.title,
                    a.outlet,
                    a.published.map(|p| p.to_string()),
                    format!("h{k}"),
                    a.sentences.len() as i64,
                    body
                ],
            )
            .expect("article");
        }
        conn.execute_batch(
            "INSERT INTO stories (id, title, named, created_at) VALUES (3, 'Armenia and the CSTO', 0, ''), (9, 'Kept apart', 1, '');
             INSERT INTO story_articles (article_id, story_id, manual) VALUES (1, 3, 1), (2, 3, 1), (3, 3, 0), (4, 3, 0), (5, 9, 1);",
        )
        .expect("stories");
        schema::migrate_to(&mut conn, &path, 7).expect("schema 7");
    }
    let mut lib = Library::open(&path).expect("upgrades");
    let ids = |lib: &Library, story| -> Vec<i64> {
        lib.articles(Some(story))
            .expect("articles")
            .iter()
            .map(|a| a.id)
            .collect()
    };
    assert_eq!(lib.stories().expect("stories").len(), 2);
    assert_eq!((ids(&lib, 3), ids(&lib, 9)), (vec![1, 2, 3, 4], vec![5]));
    assert_eq!(lib.story(9).expect("story").title, "Kept apart");
    let pinned: Vec<i64> = lib
        .conn
        .prepare("SELECT article_id FROM story_articles WHERE manual = 1 ORDER BY article_id")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .expect("pinned");
    assert_eq!(pinned, vec![1, 2, 5]);
    // Each story's centroid is the sum of its articles' vectors.
    for story in [3, 9] {
        let stored: centroid::Centroid = lib
            .conn
            .query_row(
                "SELECT terms FROM story_centroids WHERE story_id = ?1",
                [story],
                |r| Ok(centroid::Centroid::decode(r.get_ref(0)?)),
            )
            .expect("centroid");
        let mut sum = centroid::Centroid::default();
        for id in ids(&lib, story) {
            let vector = lib
                .conn
                .query_row("SELECT signature FROM articles WHERE id = ?1", [id], |r| {
                    Ok(centroid::decode(r.get_ref(0)?))
                })
                .expect("vector");
            assert!(!vector.is_empty(), "article {id}");
            sum.add(&vector, 1.0);
        }
        assert_eq!(stored.terms(), sum.terms(), "story {story}");
    }
    // The full-text index is rebuilt from the articles (schema 9).
    for (k, a) in demo.iter().enumerate() {
        let title = a.title.as_deref().expect("a title");
        let found = lib.search(title, 10).expect("search").hits;
        assert!(found.iter().any(|h| h.article == k as i64 + 1), "{title}");
    }
    // Grouping goes on: the story's first article, added again as new, joins it.
    let AddOutcome::Added { story, .. } = lib.add(&demo[0]).expect("adds") else {
        panic!("not added")
    };
    assert_eq!(story, 3);
    assert_eq!(lib.integrity_check().expect("check"), "ok");
    drop(dir);
}

#[test]
fn two_openers_racing_on_a_new_library_both_succeed() {
    for round in 0..10 {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(format!("race{round}.db"));
        let start = std::sync::Arc::new(std::sync::Barrier::new(2));
        let racers: Vec<_> = (0..2)
            .map(|n| {
                let (path, start) = (path.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    let mut lib = Library::open(&path)?;
                    let text =
                        format!("Report {n}\n\nThe council met on Monday to vote on item {n}.\n");
                    let article =
                        read_article_bytes(&format!("{n}.txt"), text.as_bytes()).expect("parses");
                    lib.add(&article)
                })
            })
            .collect();
        for racer in racers {
            let outcome = racer.join().expect("no panic");
            assert!(outcome.is_ok(), "round {round}: {:?}", outcome.err());
        }
        let lib = Library::open(&path).expect("opens");
        assert_eq!(lib.articles_count().expect("count"), 2);
    }
}
