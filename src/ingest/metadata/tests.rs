//! Case tables for page metadata: titles, dates, authors, site names.
use super::*;

fn article_of(head: &str) -> Article {
    let page = format!("<html><head>{head}</head><body><p>Text.</p></body></html>");
    let doc = Document::parse(&page);
    let mut article = Article::default();
    fill(&mut article, read(&doc), None);
    article
}

#[test]
fn dates_and_outlets_from_tags() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2021-03-04T10:20:00Z","publisher":{"@type":"Organization","name":"Wire Daily"}}</script>"#,
            Some("2021-03-04T10:20:00"),
            Some("Wire Daily"),
        ),
        (
            r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Article"],"datePublished":"2020-01-02"}]}</script><meta property="og:site_name" content="The Paper">"#,
            Some("2020-01-02"),
            Some("The Paper"),
        ),
        (
            r#"<meta property="article:published_time" content="2019-12-31T23:59:00+01:00"><link rel="canonical" href="https://www.example.com/a">"#,
            Some("2019-12-31T23:59:00"),
            Some("example.com"),
        ),
        // A UTC stamp read in the page's own zone: another stamp's offset, or
        // the day its address states.
        (
            r#"<meta property="article:published_time" content="2019-11-20T03:10:00Z"><meta name="sailthru.date" content="2019-11-19 19:10:00 -0800"><meta property="og:site_name" content="Bay Wire">"#,
            Some("2019-11-19T19:10:00"),
            Some("Bay Wire"),
        ),
        (
            r#"<meta property="article:published_time" content="2019-11-20T03:10:00Z"><link rel="canonical" href="https://www.example.com/2019/11/19/a-story/">"#,
            Some("2019-11-19"),
            Some("example.com"),
        ),
        (r#"<meta name="description" content="x">"#, None, None),
    ];
    for (head, date, outlet) in cases {
        let a = article_of(head);
        assert_eq!(
            a.published.map(|p| p.to_string()).as_deref(),
            *date,
            "{head}"
        );
        assert_eq!(a.outlet.as_deref(), *outlet, "{head}");
    }
}

#[test]
fn what_pages_commonly_say_is_read() {
    // (head, body, published, outlet)
    let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        // A WordPress (Yoast) @graph: the WebPage carries the date, the article's
        // publisher is an @id, the site names itself.
        (
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://mag.example/#org","name":"Mag Example"},{"@type":"WebSite","@id":"https://mag.example/#site","name":"Mag Site"},{"@type":"WebPage","datePublished":"2018-04-18T14:39:09+02:00","dateModified":"2019-04-10T10:13:14+02:00"},{"@type":"Article","publisher":{"@id":"https://mag.example/#org"}}]}</script>"#,
            "",
            Some("2018-04-18T14:39:09"),
            Some("Mag Example"),
        ),
        // An article nested under mainEntity; a publisher given as a bare string.
        (
            r#"<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2022-02-03","publisher":"Valley Gazette"}}</script>"#,
            "",
            Some("2022-02-03"),
            Some("Valley Gazette"),
        ),
        // Microdata on elements other than <meta>.
        (
            "",
            r#"<p>By A. Writer, <span itemprop="datePublished" content="2017-08-09T07:00:00">9 Aug</span></p>"#,
            Some("2017-08-09T07:00:00"),
            None,
        ),
        (
            "",
            r#"<p><time itemprop="datePublished">March 4, 2016</time></p>"#,
            Some("2016-03-04"),
            None,
        ),
        // A date alone, its hour in a later stamp of the same day.
        (
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18"}</script>"#,
            r#"<time datetime="2019-11-17T09:00:00">x</time><time datetime="2019-11-18T20:28:55+00:00">y</time>"#,
            Some("2019-11-18T20:28:55"),
            None,
        ),
        // Only the address has a date; the WebSite names the outlet.
        (
            r#"<link rel="canonical" href="https://news.example/2021/05/06/bridge-closes"><script type="application/ld+json">{"@type":"WebSite","name":"News Example"}</script>"#,
            "",
            Some("2021-05-06"),
            Some("News Example"),
        ),
        // og:site_name before the JSON-LD publisher, unless it is an address.
        (
            r#"<meta property="og:site_name" content="https://www.paper.example"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Paper Group"}}</script>"#,
            "",
            None,
            Some("Paper Group"),
        ),
        (
            r#"<meta property="og:site_name" content="The Paper"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Paper Group Ltd"}}</script>"#,
            "",
            None,
            Some("The Paper"),
        ),
    ];
    for (head, body, date, outlet) in cases {
        let page = format!("<html><head>{head}</head><body>{body}<p>Text.</p></body></html>");
        let mut a = Article::default();
        fill(&mut a, read(&Document::parse(&page)), None);
        let published = a.published.map(|p| p.to_string());
        assert_eq!(published.as_deref(), *date, "{head}{body}");
        assert_eq!(a.outlet.as_deref(), *outlet, "{head}{body}");
    }
}

#[test]
fn the_site_name_spelled_out() {
    let cases = [
        ("usatoday", "USA TODAY", "USA TODAY"),
        ("livescience.com", "Live Science", "Live Science"),
        ("Sky News", "Sky", "Sky News"),
        ("Space.com", "Space", "Space.com"),
        ("Connecticut Post", "Associated Press", "Connecticut Post"),
    ];
    for (site, publisher, expected) in cases {
        assert_eq!(fuller_spelling(site.into(), publisher.into()), expected);
    }
}

#[test]
fn an_address_is_never_an_outlet() {
    let page = r#"<html><head><link rel="canonical" href="https://www.cbs.example/news/x"></head><body></body></html>"#;
    let mut meta = trafilatura::Metadata::default();
    meta.sitename = "https://www.facebook.com/SomeNews".into();
    let mut a = Article::default();
    fill(&mut a, read(&Document::parse(page)), Some(&meta));
    assert_eq!(a.outlet.as_deref(), Some("cbs.example"));
}

#[test]
fn site_suffixes_leave_headlines() {
    let cases = [
        (
            "Meal Prep for Busy People | The Beachbody Blog",
            "The Beachbody Blog",
            "Meal Prep for Busy People",
        ),
        (
            "NASA adds five companies - SpaceNews.com",
            "SpaceNews",
            "NASA adds five companies",
        ),
        (
            "Attorney General investigating WeWork – TechCrunch",
            "TechCrunch",
            "Attorney General investigating WeWork",
        ),
        ("Left - Right", "Daily", "Left - Right"),
        ("Stadia | Review", "Wccftech", "Stadia | Review"),
    ];
    for (title, outlet, expected) in cases {
        assert_eq!(without_site_suffix(title, outlet), expected);
    }
}

#[test]
fn broken_json_ld_is_ignored() {
    let a = article_of(r#"<script type="application/ld+json">{"@type": "NewsArticle",</script>"#);
    assert_eq!(a.published, None);
}
