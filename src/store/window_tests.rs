//! Tests of the window of stories close in time.

use super::StoryWindow;
use crate::store::centroid::{Centroid, encode};
use crate::store::schema::story_day;
use rusqlite::{Connection, params};

#[test]
fn the_window_reads_stories_by_day_and_writes_back_what_changed() {
    let mut conn = Connection::open_in_memory().unwrap();
    crate::store::schema::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
    // 2024-03-20..26 (days 19,802..19,808), 2024-04-23 (19,836), 2023-01-02 (19,359).
    let stories = [
        (1, "2024-03-20", "2024-03-26", (19_802, 19_808)),
        (2, "2024-04-23", "2024-04-23", (19_836, 19_836)),
        (3, "2023-01-02", "2023-01-02", (19_359, 19_359)),
    ];
    for (id, first, last, days) in stories {
        conn.execute(
            "INSERT INTO stories (id, title, created_at, first, last) VALUES (?1, 'Story', '', ?2, ?3)",
            params![id, first, last],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO story_centroids (story_id, last_day, norm2, terms) VALUES (?1, ?2, 1.0, ?3)",
            params![id, story_day(Some(days)), encode([(5, 0.5), (7, 0.5)].into_iter())],
        )
        .unwrap();
    }
    let march = (19_796, 19_830);
    let mut window = StoryWindow::default();
    window.cover(&conn, march).unwrap();
    let mut found = Vec::new();
    assert!(window.stories_with(5, march, 4, &mut found));
    let ids: Vec<i64> = found.iter().map(|&(slot, _)| window.at(slot).id).collect();
    assert_eq!((ids, found[0].1), (vec![1], 0.5), "only the story of March");
    assert!(
        !window.stories_with(5, march, 0, &mut found),
        "over the limit"
    );
    window
        .join(&conn, 1, &[(5, 0.25), (9, 1.0)], 0.125, Some(19_809))
        .unwrap();
    assert!(window.stories_with(9, march, 4, &mut found));
    assert_eq!(found.len(), 1);
    assert_eq!(window.at(found[0].0).days, Some((19_802, 19_809)));
    window.flush(&conn).unwrap();
    let stored: Centroid = conn
        .query_row(
            "SELECT terms FROM story_centroids WHERE story_id = 1",
            [],
            |r| Ok(Centroid::decode(r.get_ref(0)?)),
        )
        .unwrap();
    assert_eq!((stored.weight(5), stored.weight(9)), (0.75, 1.0));
    assert_eq!(window.slot_count(), 1, "the days asked for are kept");
    window.cover(&conn, (19_831, 19_840)).unwrap();
    assert_eq!(window.slot_count(), 2);
    window.flush(&conn).unwrap();
    assert_eq!(
        window.slot_count(),
        1,
        "March, no longer asked for, is let go"
    );
    assert_eq!(window.at(0).id, 2);
}
