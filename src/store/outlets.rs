//! Outlet names across the library: listing them with their article counts, and
//! renaming one on every article and feed that carries it. Renaming onto a name
//! already in use merges the two outlets, and says so; a name nobody carries is
//! refused, with the names it is close to.

use super::batch::refresh_story;
use super::{Library, Result, StoreError};
use rusqlite::params;

/// An outlet as `outlet list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OutletRow {
    pub name: String,
    /// Articles that carry the name (0 for a feed nothing was read from yet).
    pub articles: i64,
}

/// The outlets of the library: named ones, most articles first, and how many
/// articles name none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlets {
    pub named: Vec<OutletRow>,
    pub unknown: i64,
}

/// What a rename did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Renamed {
    pub articles: usize,
    pub feeds: usize,
    /// The new name was already an outlet's: the two are one now.
    pub merged: bool,
}

/// The most close names an unknown outlet's error offers.
const CLOSE_NAMES: usize = 3;

impl Library {
    /// Every outlet name that articles or feeds carry.
    pub fn outlets(&self) -> Result<Outlets> {
        let mut stmt = self.conn.prepare(
            "SELECT name, SUM(n) FROM (
                 SELECT outlet AS name, COUNT(*) AS n FROM articles
                 WHERE outlet IS NOT NULL GROUP BY outlet
                 UNION ALL
                 SELECT COALESCE(outlet, title), 0 FROM feeds
                 WHERE COALESCE(outlet, title) IS NOT NULL
             ) GROUP BY name ORDER BY SUM(n) DESC, name",
        )?;
        let named = stmt
            .query_map([], |r| {
                Ok(OutletRow {
                    name: r.get(0)?,
                    articles: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let unknown = self.conn.query_row(
            "SELECT COUNT(*) FROM articles WHERE outlet IS NULL",
            [],
            |r| r.get(0),
        )?;
        Ok(Outlets { named, unknown })
    }

    /// Renames an outlet on every article and feed that carries it (story outlet
    /// counts recomputed). An `old` that nothing carries is
    /// [`StoreError::NoOutlet`]; a blank `new` is [`StoreError::BlankOutlet`].
    pub fn rename_outlet(&mut self, old: &str, new: &str) -> Result<Renamed> {
        let new = crate::ingest::text_clean(new);
        if new.is_empty() {
            return Err(StoreError::BlankOutlet);
        }
        let known = self.outlets()?.named;
        if !known.iter().any(|o| o.name == old) {
            return Err(StoreError::NoOutlet {
                name: crate::text::sanitize(old),
                close: close_names(old, known.iter().map(|o| o.name.as_str())),
            });
        }
        let merged = old != new && known.iter().any(|o| o.name == new);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let stories: Vec<i64> = tx
            .prepare(
                "SELECT DISTINCT sa.story_id FROM articles a JOIN story_articles sa ON sa.article_id = a.id
                 WHERE a.outlet = ?1",
            )?
            .query_map([old], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let articles = tx.execute(
            "UPDATE articles SET outlet = ?2 WHERE outlet = ?1",
            params![old, new],
        )?;
        let feeds = tx.execute(
            "UPDATE feeds SET outlet = ?2 WHERE outlet = ?1 OR (outlet IS NULL AND title = ?1)",
            params![old, new],
        )?;
        for story in stories {
            refresh_story(&tx, story)?;
        }
        tx.commit()?;
        Ok(Renamed {
            articles,
            feeds,
            merged,
        })
    }
}

/// The names closest to `wanted` (same letters in another case, one inside the
/// other, or a few typing slips apart), closest first.
fn close_names<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let want = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = names
        .filter_map(|name| {
            let have = name.to_lowercase();
            let slips = edit_distance(&want, &have);
            let inside = !want.is_empty() && (have.contains(&want) || want.contains(&have));
            let near = slips <= (want.chars().count() / 4).max(2);
            (near || inside).then_some((if inside { slips.min(1) } else { slips }, name))
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(CLOSE_NAMES)
        .map(|(_, name)| name.to_string())
        .collect()
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_plain;

    fn add(lib: &mut Library, outlet: Option<&str>, text: &str) {
        let mut a = parse_plain("a.txt", &format!("Title\n\n{text}"));
        a.outlet = outlet.map(str::to_string);
        lib.add(&a).expect("adds");
    }

    #[test]
    fn outlets_are_listed_renamed_and_merged() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut lib = Library::open(&dir.path().join("l.db")).expect("opens");
        add(
            &mut lib,
            Some("Old Name"),
            "The council voted on Monday to close the old bridge.",
        );
        add(
            &mut lib,
            Some("Old Name"),
            "Engineers found cracks in two of the steel supports.",
        );
        add(
            &mut lib,
            Some("Harbour Post"),
            "A new ferry line will start running in March.",
        );
        add(
            &mut lib,
            None,
            "Tickets will cost the same as a bus fare, officials said.",
        );
        lib.add_feed("http://x.test/feed", Some("Wire"))
            .expect("follows");
        let outlets = lib.outlets().expect("lists");
        let named: Vec<(&str, i64)> = outlets
            .named
            .iter()
            .map(|o| (o.name.as_str(), o.articles))
            .collect();
        assert_eq!(named, [("Old Name", 2), ("Harbour Post", 1), ("Wire", 0)]);
        assert_eq!(outlets.unknown, 1);

        let renamed = lib.rename_outlet("Old Name", "New  Name").expect("renames");
        assert_eq!((renamed.articles, renamed.merged), (2, false));
        let merged = lib
            .rename_outlet("Harbour Post", "New Name")
            .expect("merges");
        assert_eq!((merged.articles, merged.merged), (1, true));
        let feed = lib
            .rename_outlet("Wire", "The Wire")
            .expect("a feed's name");
        assert_eq!((feed.articles, feed.feeds), (0, 1));
        let named = lib.outlets().expect("lists").named;
        assert_eq!(
            named[0],
            OutletRow {
                name: "New Name".into(),
                articles: 3
            }
        );

        match lib.rename_outlet("new name", "X") {
            Err(StoreError::NoOutlet { name, close }) => {
                assert_eq!(name, "new name");
                assert_eq!(close, ["New Name"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            lib.rename_outlet("New Name", " \t"),
            Err(StoreError::BlankOutlet)
        ));
    }

    #[test]
    fn close_names_are_slips_cases_and_parts() {
        let names = [
            "Harbour Post",
            "The Harbour Post",
            "River City Times",
            "Wire",
        ];
        assert_eq!(
            close_names("Harbor Post", names.into_iter()),
            ["Harbour Post"]
        );
        assert_eq!(
            close_names("river city times", names.into_iter()),
            ["River City Times"]
        );
        assert_eq!(
            close_names("Harbour", names.into_iter()),
            ["Harbour Post", "The Harbour Post"]
        );
        assert!(close_names("Gazette", names.into_iter()).is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
