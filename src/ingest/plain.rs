//! Scraped plain text → [`Article`]: what a browser's "save as text" or a scraper
//! produces. The page is read as lines in three zones — the header before the first
//! paragraph of prose, the body, and the tail after the last one — and whole lines of
//! furniture are dropped (never words from running text). The first line of the
//! header that is not furniture is the title.
//!
//! A file may begin with a front-matter block that names its metadata — lines
//! `Outlet:`, `Author:`, `Date:`, `URL:` (and `Title:`), closed by a line `---`
//! (an opening `---` is allowed too); what it names wins over what the text shows.

use super::furniture::{self as f, Why};
use super::{Article, Dropped, Sentence, dates, text_clean};
use crate::text::{sanitize::sanitize_with, split_sentences};
use std::collections::HashSet;

/// Where a line stands relative to the article's prose.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Zone {
    Header,
    Body,
    Tail,
}

/// Parses scraped plain text. `source` is recorded as the article's source.
pub fn parse_plain(source: &str, text: &str) -> Article {
    let (front, text) = front_matter(text);
    let mut article = parse_lines(source, text);
    for (key, value) in front {
        let value = text_clean(&value);
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "outlet" => article.outlet = Some(value),
            "author" => article.author = Some(value),
            "title" => article.title = Some(value),
            "url" => article.url = Some(value),
            "date" => {
                if let Some(found) = dates::find_date(&value) {
                    article.published = Some(found.published);
                }
            }
            _ => {}
        }
    }
    article
}

/// Keys a front-matter block may give.
const FRONT_KEYS: &[&str] = &["outlet", "author", "date", "url", "title"];

/// Splits a leading front-matter block (`Key: value` lines closed by `---`) off
/// the text; without one, nothing is taken.
fn front_matter(text: &str) -> (Vec<(String, String)>, &str) {
    let mut fields = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            if n == 0 {
                continue;
            }
            return if fields.is_empty() {
                (Vec::new(), text)
            } else {
                (fields, &text[offset..])
            };
        }
        if trimmed.is_empty() && fields.is_empty() {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            break;
        };
        let key = key.trim().to_lowercase();
        if !FRONT_KEYS.contains(&key.as_str()) || n > 12 {
            break;
        }
        fields.push((key, value.trim().to_string()));
    }
    (Vec::new(), text)
}

fn parse_lines(source: &str, text: &str) -> Article {
    let lines = logical_lines(text);
    let is_prose = |l: &String| f::is_body(l) && !f::is_list_item(l);
    let first_body = lines.iter().position(is_prose);
    let last_body = lines.iter().rposition(is_prose);
    let zone = |i: usize| match (first_body, last_body) {
        (Some(first), _) if i < first => Zone::Header,
        (_, Some(last)) if i > last => Zone::Tail,
        _ => Zone::Body,
    };

    let mut article = Article {
        source: text_clean(source),
        ..Article::default()
    };
    let mut seen = HashSet::new();
    let mut title_print = None;
    let mut paragraph = 0;
    for (i, line) in lines.iter().enumerate() {
        let print = f::fingerprint(line);
        let next = lines.get(i + 1).map(String::as_str);
        let why = classify(
            line,
            &print,
            next,
            zone(i),
            title_print.as_ref(),
            &seen,
            &mut article,
        );
        if let Some(why) = why {
            article.dropped.push(Dropped {
                text: line.clone(),
                why: why.as_str().to_string(),
            });
            continue;
        }
        seen.insert(print.clone());
        if title_print.is_none() && zone(i) == Zone::Header {
            article.title = Some(line.clone());
            title_print = Some(print);
            continue;
        }
        let heading = !f::ends_sentence(line) && f::words_up_to(line, 17) <= 16;
        for sentence in split_sentences(line) {
            article.sentences.push(Sentence {
                text: sentence.to_string(),
                paragraph,
                heading,
            });
        }
        paragraph += 1;
    }
    article
}

/// Decides whether `line` is furniture; records any metadata it carries.
fn classify(
    line: &str,
    print: &str,
    next: Option<&str>,
    zone: Zone,
    title: Option<&String>,
    seen: &HashSet<String>,
    article: &mut Article,
) -> Option<Why> {
    if print.is_empty() {
        return Some(Why::Navigation);
    }
    if let Some(url) = f::url(line) {
        article.url.get_or_insert(url);
        return Some(Why::Url);
    }
    if title.is_some_and(|t| t == print) {
        return Some(Why::RepeatedHeadline);
    }
    if seen.contains(print) {
        return Some(Why::Repeated);
    }
    if f::is_navigation(line) {
        return Some(Why::Navigation);
    }
    if f::is_counter(line) {
        return Some(Why::Counter);
    }
    if f::is_credit(line) {
        return Some(Why::Credit);
    }
    if next.is_some_and(f::is_credit) && f::words_up_to(line, 26) <= 25 && zone != Zone::Header
        || next.is_some_and(f::is_credit) && zone == Zone::Header && title.is_some()
    {
        return Some(Why::Caption);
    }
    if let Some(name) = f::byline(line) {
        article.author.get_or_insert(name);
        return Some(Why::Byline);
    }
    if let Some(found) = dates::find_date(line) {
        let rest = format!("{} {}", &line[..found.span.start], &line[found.span.end..]);
        let rest = rest.replace(['•', '|', '·', ':'], " ").to_lowercase();
        let label = |w: &str| {
            matches!(
                w,
                "published" | "updated" | "posted" | "on" | "at" | "last" | "modified" | "-" | "–"
            )
        };
        if rest.split_whitespace().filter(|w| !label(w)).count() <= 1 {
            article.published.get_or_insert(found.published);
            return Some(Why::Dateline);
        }
    }
    if zone == Zone::Tail {
        if f::is_list_item(line) {
            return Some(Why::TeaserList);
        }
        if f::is_short_fragment(line) || !f::ends_sentence(line) || f::words_up_to(line, 3) < 3 {
            return Some(Why::AfterArticle);
        }
    }
    None
}

/// Sanitised, trimmed, non-blank lines, with hard-wrapped continuations joined
/// (a line that does not end a sentence, followed directly by one that starts in
/// lower case).
fn logical_lines(text: &str) -> Vec<String> {
    let clean = sanitize_with(text, true);
    let mut lines: Vec<String> = Vec::new();
    let mut after_blank = true;
    for raw in clean.lines() {
        let line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        let continues = !after_blank
            && line.starts_with(|c: char| c.is_lowercase())
            && lines.last().is_some_and(|prev| {
                !f::ends_sentence(prev) && !prev.ends_with(':') && f::words_up_to(prev, 5) >= 5
            });
        match lines.last_mut() {
            Some(prev) if continues => {
                prev.push(' ');
                prev.push_str(&line);
            }
            _ => lines.push(line),
        }
        after_blank = false;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_metadata_and_title() {
        let text = "Big Vote Passes\n\n  • Jane Doe\n  • June 13, 2024 06:03am\n  • 400\n\nThe senate passed the bill on Tuesday after a long debate about costs.\n";
        let a = parse_plain("x.txt", text);
        assert_eq!(a.title.as_deref(), Some("Big Vote Passes"));
        assert_eq!(a.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            a.published.map(|p| p.to_string()).as_deref(),
            Some("2024-06-13T06:03:00")
        );
        assert_eq!(a.sentences.len(), 1);
        assert_eq!(a.dropped.len(), 3);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "Title\n\nThe minister said on Monday that the\nplan would go ahead as agreed with partners.\n";
        let a = parse_plain("x.txt", text);
        assert_eq!(a.sentences.len(), 1);
        assert!(a.sentences[0].text.contains("the plan"));
    }

    #[test]
    fn a_short_last_sentence_survives_the_tail() {
        let text = "Title\n\nThe minister said on Monday that the plan would go ahead as agreed.\n\nHe denied it.\n\nRelated articles\nSome teaser\n";
        let a = parse_plain("x.txt", text);
        let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts.last(), Some(&"He denied it."));
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("teaser") || t.contains("Related"))
        );
    }

    #[test]
    fn escape_sequences_never_survive() {
        let a = parse_plain(
            "x.txt",
            "Ti\u{1b}[2Jtle\n\nA long enough sentence about the \u{1b}]0;x\u{7}news that is here today.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Title"));
        assert!(a.sentences.iter().all(|s| crate::text::is_clean(&s.text)));
    }

    #[test]
    fn front_matter_names_the_metadata() {
        let body =
            "Bridge closes\n\nThe council voted on Monday to close the old bridge for repairs.\n";
        // (front matter, outlet, author, date)
        type Case<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
        let cases: &[Case] = &[
            (
                "Outlet: River Times\nAuthor: Ann Lee\nDate: 2024-06-12\nURL: https://r.test/a\n---\n",
                Some("River Times"),
                Some("Ann Lee"),
                Some("2024-06-12"),
            ),
            ("---\noutlet: Wire\n---\n", Some("Wire"), None, None),
            // Not front matter: an unknown key, or no closing line.
            ("Note: this is text\n---\n", None, None, None),
            ("Outlet: Wire\n", None, None, None),
        ];
        for (front, outlet, author, date) in cases {
            let a = parse_plain("x.txt", &format!("{front}{body}"));
            assert_eq!(a.outlet.as_deref(), *outlet, "{front}");
            assert_eq!(a.author.as_deref(), *author, "{front}");
            assert_eq!(
                a.published.map(|p| p.to_string()).as_deref(),
                *date,
                "{front}"
            );
            assert!(a.body().contains("The council voted"), "{front}");
        }
        let a = parse_plain("x.txt", &format!("{}{body}", cases[0].0));
        assert_eq!(a.url.as_deref(), Some("https://r.test/a"));
        assert_eq!(a.title.as_deref(), Some("Bridge closes"));
    }

    #[test]
    fn empty_and_blank_inputs_give_empty_articles() {
        assert!(parse_plain("x", "").sentences.is_empty());
        assert!(parse_plain("x", "\n \n\t\n").sentences.is_empty());
    }
}
