//! Time zones of publication stamps. [`Published`] carries the time as the outlet's
//! readers saw it, with no zone; a page often states it in UTC instead
//! (`2019-11-19T04:10:00Z`), which for an evening article in the Americas is the
//! next day. [`local`] moves such a stamp into the page's own zone when the page
//! says which it is: the offset another of its stamps states, or else the day in
//! its address (`/2019/11/18/…`) when a zone could make the UTC day that day.

use super::dates::Published;
use regex::Regex;
use std::sync::LazyLock;

/// Farthest offsets from UTC of inhabited places, in minutes (UTC−11:00, Samoa
/// and Niue; UTC+14:00, the Line Islands).
const WEST: i32 = -11 * 60;
const EAST: i32 = 14 * 60;

/// The offset from UTC, in minutes, that a stamp states right after its time
/// (`Z`, `GMT`, `UTC`, `+02:00`, `-0500`); `None` when it states none.
pub fn stated_offset(stamp: &str) -> Option<i32> {
    static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:(?P<utc>Z|GMT|UTC)\b|(?P<sign>[+-])(?P<h>\d{2}):?(?P<m>\d{2})\b)")
            .expect("a valid pattern")
    });
    let caps = OFFSET.captures(stamp)?;
    if caps.name("utc").is_some() {
        return Some(0);
    }
    let part = |name: &str| caps.name(name)?.as_str().parse::<i32>().ok();
    let minutes = part("h")? * 60 + part("m")?;
    let offset = if &caps["sign"] == "-" {
        -minutes
    } else {
        minutes
    };
    (WEST..=EAST).contains(&offset).then_some(offset)
}

/// The day an article's address states as a path segment of its own
/// (`/2019/11/18/slug`, `/2019-11-18/slug`): where sites put the publication
/// day. A date inside a slug (`/hearing-2019-11-19`) is the story's, not the day
/// it ran.
pub fn address_day(url: &str) -> Option<Published> {
    static SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|$)")
            .expect("a valid pattern")
    });
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let caps = SEGMENT.captures(path.split(['?', '#']).next()?)?;
    let part = |name: &str| caps.name(name)?.as_str().parse::<u16>().ok();
    Published::date(
        part("y")?,
        u8::try_from(part("m")?).ok()?,
        u8::try_from(part("d")?).ok()?,
    )
}

/// `stamp` (read from `raw`) as the page's readers saw it. A stamp stated in UTC
/// moves into the first other offset among `others` (the page's other stamps);
/// with none, it takes the day of `address` when that is the day before or after
/// the UTC day and an inhabited zone (UTC−11 to UTC+14) could make it so (the time of
/// day is then unknown). Any other stamp stays as it is.
pub fn local(
    stamp: Published,
    raw: &str,
    others: &[String],
    address: Option<Published>,
) -> Published {
    if stated_offset(raw) != Some(0) {
        return stamp;
    }
    if let Some(offset) = others
        .iter()
        .filter_map(|other| stated_offset(other))
        .find(|&offset| offset != 0)
    {
        return shifted(stamp, offset);
    }
    let (Some(day), Some((hour, minute, _))) = (address, stamp.time) else {
        return stamp;
    };
    let utc = i32::from(hour) * 60 + i32::from(minute);
    let reachable = match day.days() - stamp.days() {
        -1 => utc + WEST < 0,
        1 => utc + EAST >= 24 * 60,
        _ => false,
    };
    if reachable { day } else { stamp }
}

/// `stamp` moved by `minutes` (a stamp without a time of day stays as it is).
fn shifted(stamp: Published, minutes: i32) -> Published {
    let Some((h, m, s)) = stamp.time else {
        return stamp;
    };
    let total = stamp.days() * 1440 + i64::from(h) * 60 + i64::from(m) + i64::from(minutes);
    let (days, of_day) = (total.div_euclid(1440), total.rem_euclid(1440));
    Published::from_days(days)
        .and_then(|d| d.at((of_day / 60) as u8, (of_day % 60) as u8, s))
        .unwrap_or(stamp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::dates::find_date;

    fn stamp(text: &str) -> Published {
        find_date(text).expect("a date").published
    }

    #[test]
    fn offsets_as_stamps_state_them() {
        let cases = [
            ("2024-06-13T06:03:00Z", Some(0)),
            ("2024-06-13T06:03:00.000Z", Some(0)),
            ("2024-06-13T06:03:00+02:00", Some(120)),
            ("2024-06-13T06:03:00-0500", Some(-300)),
            ("Thu Jun 13 2024 06:03:00 GMT", Some(0)),
            ("2024-06-13T06:03:00+05:45", Some(345)),
            ("2024-06-13T06:03:00", None),
            ("2024-06-13", None),
            ("2024-06-13T06:03:00+19:00", None),
            ("2024-06-13T06:03:00-12:00", None),
        ];
        for (text, want) in cases {
            assert_eq!(stated_offset(text), want, "{text}");
        }
    }

    #[test]
    fn address_days_are_path_segments() {
        let cases = [
            (
                "https://example.com/2019/11/18/a-story/",
                Some("2019-11-18"),
            ),
            (
                "https://example.com/news/2019-11-19/a-story",
                Some("2019-11-19"),
            ),
            ("https://example.com/2019/11/18", Some("2019-11-18")),
            ("https://example.com/news/hearing-2019-11-19/", None),
            ("https://example.com/news/a-story?d=/2019/11/18/", None),
            ("https://example.com/2019/13/18/a-story", None),
        ];
        for (url, want) in cases {
            assert_eq!(
                address_day(url).map(|d| d.to_string()).as_deref(),
                want,
                "{url}"
            );
        }
    }

    #[test]
    fn a_utc_stamp_takes_the_pages_own_zone() {
        let cases: &[(&str, &[&str], &str, &str)] = &[
            // Another stamp states the zone: the instant moves into it.
            (
                "2019-11-19T04:30:00Z",
                &["2019-11-18T23:30:00-05:00"],
                "https://example.com/a",
                "2019-11-18T23:30:00",
            ),
            (
                "2021-01-01T03:00:00Z",
                &["2021-01-01T09:00:00+08:00"],
                "https://example.com/a",
                "2021-01-01T11:00:00",
            ),
            // Only the address says: its day, when a zone can reach it.
            (
                "2019-11-19T07:03:00Z",
                &[],
                "https://example.com/2019/11/18/a",
                "2019-11-18",
            ),
            (
                "2019-11-18T20:00:00Z",
                &[],
                "https://example.com/2019/11/19/a",
                "2019-11-19",
            ),
            // Not reachable, or the same day, or not a publication day: unchanged.
            (
                "2019-11-19T13:00:00Z",
                &[],
                "https://example.com/2019/11/18/a",
                "2019-11-19T13:00:00",
            ),
            (
                "2019-11-19T11:30:00Z",
                &[],
                "https://example.com/2019/11/18/a",
                "2019-11-19T11:30:00",
            ),
            (
                "2019-11-18T08:00:00Z",
                &[],
                "https://example.com/2019/11/19/a",
                "2019-11-18T08:00:00",
            ),
            (
                "2019-11-20T06:07:00Z",
                &[],
                "https://example.com/news/hearing-2019-11-19",
                "2019-11-20T06:07:00",
            ),
            // A stamp with its own zone, or none stated, is the page's already.
            (
                "2019-11-19T07:03:00+01:00",
                &[],
                "https://example.com/2019/11/18/a",
                "2019-11-19T07:03:00",
            ),
            (
                "2019-11-19T07:03:00",
                &["2019-11-18T23:03:00-08:00"],
                "https://example.com/2019/11/18/a",
                "2019-11-19T07:03:00",
            ),
        ];
        for &(raw, others, url, want) in cases {
            let others: Vec<String> = others.iter().map(|o| o.to_string()).collect();
            let got = local(stamp(raw), raw, &others, address_day(url));
            assert_eq!(got.to_string(), want, "{raw} {others:?} {url}");
        }
    }
}
