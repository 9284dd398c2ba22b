//! Days as the library reckons them: the day (since 1970-01-01) of a stored
//! date, a story's days, and sets of ranges of days — what the story window
//! has read and what placing has asked for.

/// A range of days (since 1970-01-01), both ends included.
pub(super) type Days = (i64, i64);

/// A story's days: those of its first and latest dated articles, if any.
pub(super) type StoryDays = Option<(i64, i64)>;

/// The day (since 1970-01-01) of a stored date.
pub(super) fn day_of(date: Option<&str>) -> Option<i64> {
    date.and_then(crate::ingest::dates::find_date)
        .map(|found| found.published.days())
}

/// A story's days from its stored first and latest dates.
pub(super) fn days_of(first: Option<&str>, last: Option<&str>) -> StoryDays {
    day_of(first).zip(day_of(last))
}

/// Whether a day falls in one of `ranges`.
pub(super) fn within(ranges: &[Days], day: i64) -> bool {
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&day))
}

/// Adds a range to disjoint ascending ranges, joining those that meet.
pub(super) fn add_range(ranges: &mut Vec<Days>, days: Days) {
    ranges.push(days);
    ranges.sort_unstable();
    let mut joined: Vec<Days> = Vec::with_capacity(ranges.len());
    for &(lo, hi) in ranges.iter() {
        match joined.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => joined.push((lo, hi)),
        }
    }
    *ranges = joined;
}

/// The parts of `days` outside disjoint ascending `ranges`.
pub(super) fn missing(ranges: &[Days], days: Days) -> Vec<Days> {
    let mut out = Vec::new();
    let mut from = days.0;
    for &(lo, hi) in ranges {
        if hi < from {
            continue;
        }
        if lo > days.1 {
            break;
        }
        if lo > from {
            out.push((from, lo - 1));
        }
        if hi >= days.1 {
            return out;
        }
        from = hi + 1;
    }
    out.push((from, days.1));
    out
}

#[cfg(test)]
mod tests {
    use super::{add_range, missing};

    #[test]
    fn ranges_of_days_join_and_leave_gaps() {
        let mut covered = Vec::new();
        add_range(&mut covered, (10, 20));
        add_range(&mut covered, (30, 40));
        assert_eq!(missing(&covered, (5, 45)), vec![(5, 9), (21, 29), (41, 45)]);
        assert_eq!(missing(&covered, (12, 18)), vec![]);
        assert_eq!(missing(&covered, (15, 35)), vec![(21, 29)]);
        assert_eq!(missing(&covered, (i64::MIN, 9)), vec![(i64::MIN, 9)]);
        add_range(&mut covered, (21, 29));
        assert_eq!(covered, vec![(10, 40)]);
        add_range(&mut covered, (0, 5));
        assert_eq!(covered, vec![(0, 5), (10, 40)]);
    }
}
