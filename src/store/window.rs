//! The stories an article can join, in memory: every story whose day (see
//! the schema's `last_day`) falls in the ranges of days placing has asked
//! for, and every any-day story, each with its centroid, its dates and an
//! index of its terms. A range is read from the library once (through the
//! index of centroids by day), articles are placed and joined in memory, and
//! the centroids that changed are written back once, at [`StoryWindow::flush`],
//! which also lets go of the stories no longer asked for: an import moving on
//! through time holds about a month of stories, whatever the library's size.
//! Outside an import, [`adjust`] changes one story's stored centroid.

use super::Result;
use super::centroid::{Centroid, GONE, TermId};
use super::days::{Days, StoryDays, add_range, days_of, missing, within};
use super::schema::{ANY_DAY, story_day};
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::FxHashMap as HashMap;

/// Where a story sits in the window (an index, valid until the next flush).
pub(super) type Slot = u32;

/// Most stories held between batches (an import of undated articles reads
/// every story; past this many, the next batch reads again what it needs).
const MAX_STORIES: usize = 1 << 14;

/// A story as placing sees it.
pub(super) struct Story {
    pub id: i64,
    pub centroid: Centroid,
    /// For each of its centroid's terms, in order, its place in the
    /// window's list of the stories carrying the term.
    listed_at: Vec<u32>,
    /// The squared length of its centroid.
    pub norm2: f64,
    /// The days of its first and latest dated articles.
    pub days: Option<(i64, i64)>,
    /// Its day as stored (see the schema).
    last_day: i64,
    /// Changed since the last flush.
    changed: bool,
}

/// A story carrying a term, with its centroid's weight for it.
struct Carrier {
    slot: Slot,
    weight: f64,
}

/// The stories in memory.
#[derive(Default)]
pub(super) struct StoryWindow {
    stories: Vec<Story>,
    slots: HashMap<i64, Slot>,
    /// The stories in memory carrying each term (one started again keeps
    /// its old entries, at weight 0).
    by_term: HashMap<TermId, Vec<Carrier>>,
    /// Days whose stories are all in memory: disjoint ranges, ascending.
    covered: Vec<Days>,
    /// Whether the any-day stories are in memory.
    any_day: bool,
    /// Days asked for since the last flush.
    asked: Vec<Days>,
}

const STORY: &str = "SELECT s.id, c.norm2, c.terms, s.first, s.last
     FROM story_centroids c JOIN stories s ON s.id = c.story_id";

impl StoryWindow {
    /// Makes sure that every story whose day falls in `days`, and every
    /// any-day story, is in memory.
    pub fn cover(&mut self, conn: &Connection, days: Days) -> Result<()> {
        if !self.asked.iter().any(|a| a.0 <= days.0 && days.1 <= a.1) {
            add_range(&mut self.asked, days);
        }
        if !self.any_day {
            self.load(conn, (ANY_DAY, ANY_DAY))?;
            self.any_day = true;
        }
        for gap in missing(&self.covered, days) {
            self.load(conn, gap)?;
            add_range(&mut self.covered, gap);
        }
        Ok(())
    }

    /// Reads the stories whose stored day falls in `days` that are not in memory yet.
    fn load(&mut self, conn: &Connection, days: Days) -> Result<()> {
        let mut read =
            conn.prepare_cached(&format!("{STORY} WHERE c.last_day BETWEEN ?1 AND ?2"))?;
        let mut rows = read.query(params![days.0, days.1])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if self.slots.contains_key(&id) {
                continue;
            }
            let (first, last): (Option<String>, Option<String>) = (r.get(3)?, r.get(4)?);
            let days = days_of(first.as_deref(), last.as_deref());
            self.insert(id, Centroid::decode(r.get_ref(2)?), r.get(1)?, days);
        }
        Ok(())
    }

    /// Holds a story; returns its slot.
    fn insert(
        &mut self,
        id: i64,
        centroid: Centroid,
        norm2: f64,
        days: Option<(i64, i64)>,
    ) -> Slot {
        let slot = self.stories.len() as Slot;
        let listed_at = list(&mut self.by_term, slot, &centroid);
        self.stories.push(Story {
            id,
            centroid,
            listed_at,
            norm2,
            days,
            last_day: story_day(days),
            changed: false,
        });
        self.slots.insert(id, slot);
        slot
    }

    /// A story's slot, the story read from the library if it is not in
    /// memory (an empty one when it has no centroid yet).
    fn slot(&mut self, conn: &Connection, id: i64) -> Result<Slot> {
        if let Some(&slot) = self.slots.get(&id) {
            return Ok(slot);
        }
        let found: Option<(f64, Centroid, StoryDays)> = conn
            .prepare_cached(
                "SELECT c.norm2, c.terms, s.first, s.last
                 FROM stories s LEFT JOIN story_centroids c ON c.story_id = s.id WHERE s.id = ?1",
            )?
            .query_row([id], |r| {
                let (first, last): (Option<String>, Option<String>) = (r.get(2)?, r.get(3)?);
                Ok((
                    r.get::<_, Option<f64>>(0)?.unwrap_or(0.0),
                    // (No centroid yet: an empty one.)
                    Centroid::decode(r.get_ref(1)?),
                    days_of(first.as_deref(), last.as_deref()),
                ))
            })
            .optional()?;
        let (norm2, centroid, days) = found.ok_or(super::StoreError::NoStory(id))?;
        Ok(self.insert(id, centroid, norm2, days))
    }

    /// A story, read from the library if it is not in memory.
    pub fn story(&mut self, conn: &Connection, id: i64) -> Result<&mut Story> {
        let slot = self.slot(conn, id)?;
        Ok(&mut self.stories[slot as usize])
    }

    /// The story held at a slot.
    pub fn at(&self, slot: Slot) -> &Story {
        &self.stories[slot as usize]
    }

    /// How many stories are held (slots run below this).
    pub fn slot_count(&self) -> usize {
        self.stories.len()
    }

    /// Starts a story with no article yet under `id` (new, or given again by
    /// a regroup), in place of anything held for it.
    pub fn start(&mut self, id: i64) {
        let slot = match self.slots.get(&id) {
            Some(&slot) => {
                let story = &mut self.stories[slot as usize];
                for (term, &at) in story.centroid.terms().iter().zip(&story.listed_at) {
                    if let Some(carrier) = self
                        .by_term
                        .get_mut(term)
                        .and_then(|l| l.get_mut(at as usize))
                    {
                        carrier.weight = 0.0;
                    }
                }
                story.centroid = Centroid::default();
                story.listed_at.clear();
                story.norm2 = 0.0;
                story.days = None;
                story.last_day = ANY_DAY;
                slot
            }
            None => self.insert(id, Centroid::default(), 0.0, None),
        };
        self.stories[slot as usize].changed = true;
    }

    /// Into `out`, the stories in memory whose day falls in `days` (or is
    /// any day) carrying `term`, with their centroid's weight for it; false,
    /// with `out` left incomplete, when more than `limit` do.
    pub fn stories_with(
        &self,
        term: TermId,
        days: Days,
        limit: usize,
        out: &mut Vec<(Slot, f64)>,
    ) -> bool {
        out.clear();
        for carrier in self.by_term.get(&term).into_iter().flatten() {
            if carrier.weight <= GONE {
                continue;
            }
            let day = self.stories[carrier.slot as usize].last_day;
            if !(day == ANY_DAY || (days.0..=days.1).contains(&day)) {
                continue;
            }
            if out.len() == limit {
                return false;
            }
            out.push((carrier.slot, carrier.weight));
        }
        true
    }

    /// Adds an article's vector to a story's centroid (`dot`: their dot
    /// product before) and widens its dates to the article's `day`.
    pub fn join(
        &mut self,
        conn: &Connection,
        id: i64,
        vector: &[(TermId, f64)],
        dot: f64,
        day: Option<i64>,
    ) -> Result<()> {
        let slot = self.slot(conn, id)?;
        let story = &mut self.stories[slot as usize];
        let own: f64 = vector.iter().map(|(_, w)| w * w).sum();
        story.norm2 += 2.0 * dot + own;
        let mut new = Vec::new();
        for &(term, weight) in vector {
            match story.centroid.position(term) {
                Some(at) => {
                    let now = story.centroid.raise(at, weight);
                    let listed = story.listed_at[at] as usize;
                    if let Some(carrier) =
                        self.by_term.get_mut(&term).and_then(|l| l.get_mut(listed))
                    {
                        carrier.weight = now;
                    }
                }
                None => new.push((term, weight)),
            }
        }
        if !new.is_empty() {
            new.sort_unstable_by_key(|&(term, _)| term);
            story.centroid.add(&new, 1.0);
            // The new terms' places in their lists, merged in term order.
            let mut added = new
                .iter()
                .map(|&(term, weight)| {
                    let carriers = self.by_term.entry(term).or_default();
                    carriers.push(Carrier { slot, weight });
                    (term, (carriers.len() - 1) as u32)
                })
                .peekable();
            let mut old = std::mem::take(&mut story.listed_at).into_iter();
            story.listed_at = story
                .centroid
                .terms()
                .iter()
                .map(|&term| match added.next_if(|&(t, _)| t == term) {
                    Some((_, at)) => at,
                    None => old.next().unwrap_or_default(),
                })
                .collect();
        }
        if let Some(day) = day {
            let days = story
                .days
                .map_or((day, day), |(f, l)| (f.min(day), l.max(day)));
            story.days = Some(days);
            story.last_day = story_day(story.days);
        }
        story.changed = true;
        Ok(())
    }

    /// Notes a story's dates as the library now has them (its stored day
    /// already follows them); a story the window should hold is read.
    pub fn redated(&mut self, conn: &Connection, id: i64, days: Option<(i64, i64)>) -> Result<()> {
        let last_day = story_day(days);
        if let Some(&slot) = self.slots.get(&id) {
            let story = &mut self.stories[slot as usize];
            story.days = days;
            story.last_day = last_day;
        } else if (last_day == ANY_DAY && self.any_day) || within(&self.covered, last_day) {
            self.slot(conn, id)?;
        }
        Ok(())
    }

    /// Writes every changed centroid, in the table's order; then keeps only
    /// the stories of the days asked for since the last flush (and the
    /// any-day ones), which the next batch most likely asks for again (the
    /// lists of stories by term stay short: mostly stories within reach).
    pub fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut write = conn.prepare_cached(
            "INSERT INTO story_centroids (story_id, last_day, norm2, terms) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (story_id) DO UPDATE SET
                 last_day = excluded.last_day, norm2 = excluded.norm2, terms = excluded.terms",
        )?;
        let mut changed: Vec<&mut Story> = self.stories.iter_mut().filter(|s| s.changed).collect();
        changed.sort_unstable_by_key(|s| s.id);
        for story in changed {
            write.execute(params![
                story.id,
                story.last_day,
                story.norm2,
                story.centroid.encode()
            ])?;
            story.changed = false;
        }
        let asked = std::mem::take(&mut self.asked);
        let any_day = self.any_day;
        let held = self.stories.len();
        self.stories
            .retain(|s| (s.last_day == ANY_DAY && any_day) || within(&asked, s.last_day));
        self.covered = asked;
        if self.stories.len() > MAX_STORIES {
            *self = Self::default();
        } else if self.stories.len() < held {
            // Slots change: the lists of stories by term are made again.
            self.by_term.clear();
            self.slots.clear();
            for (slot, story) in self.stories.iter_mut().enumerate() {
                story.listed_at = list(&mut self.by_term, slot as Slot, &story.centroid);
                self.slots.insert(story.id, slot as Slot);
            }
        }
        Ok(())
    }
}

/// Lists a story held at `slot` under each of its centroid's terms; returns
/// its place in each list.
fn list(by_term: &mut HashMap<TermId, Vec<Carrier>>, slot: Slot, centroid: &Centroid) -> Vec<u32> {
    centroid
        .terms()
        .iter()
        .zip(centroid.weights())
        .map(|(&term, &weight)| {
            let carriers = by_term.entry(term).or_default();
            carriers.push(Carrier { slot, weight });
            (carriers.len() - 1) as u32
        })
        .collect()
}

/// Adds a vector to (`sign` 1) or takes it from (−1) one story's stored
/// centroid, outside an import (a person's correction, a removal); its
/// length is worked out again from its weights. Its stored day is
/// `refresh_story`'s to set.
pub(super) fn adjust(
    conn: &Connection,
    id: i64,
    vector: &[(TermId, f64)],
    sign: f64,
) -> Result<()> {
    let mut window = StoryWindow::default();
    let story = window.story(conn, id)?;
    story.centroid.add(vector, sign);
    story.norm2 = story.centroid.norm2();
    story.last_day = conn
        .prepare_cached("SELECT last_day FROM story_centroids WHERE story_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .unwrap_or(ANY_DAY);
    story.changed = true;
    window.flush(conn)
}

#[cfg(test)]
#[path = "window_tests.rs"]
mod tests;
