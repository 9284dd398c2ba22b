//! Case tables for the furniture rules, on lines cut from real pages.
use super::*;

/// [`byline`] as it was before its pre-checks: the pattern first, the marker after.
fn byline_by_pattern(line: &str) -> Option<String> {
    static EXPLICIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:[•·|\-–*]\s*)?(?:by|written by|author:|von|par)\s")
            .expect("valid explicit byline pattern")
    });
    let line = line.trim();
    if word_count(line) > 7 || ends_sentence(line) && !line.ends_with('.') {
        return None;
    }
    let caps = BYLINE.captures(line)?;
    let name = caps.name("name")?.as_str().trim_end_matches(['.', ',']);
    let marked = EXPLICIT.is_match(line)
        || line.starts_with(['•', '·', '|', '-', '–', '*'])
        || line.ends_with(['/', '|']);
    (marked && (2..=6).contains(&word_count(name))).then(|| name.to_string())
}

#[test]
fn pre_checks_agree_with_the_patterns() {
    let (mut bylines, mut credits, mut counters, mut lists, mut urls) = (0, 0, 0, 0, 0);
    for line in sample_lines() {
        let want = byline_by_pattern(&line);
        bylines += usize::from(want.is_some());
        assert_eq!(byline(&line), want, "byline {line:?}");
        let want = word_count(&line) <= 3 && COUNTER.is_match(line.trim());
        counters += usize::from(want);
        assert_eq!(is_counter(&line), want, "counter {line:?}");
        let want = word_count(&line) <= 16
            && !ends_with_period_sentence(&line)
            && CREDIT.is_match(line.trim());
        credits += usize::from(want);
        assert_eq!(is_credit(&line), want, "credit {line:?}");
        let want = NUMBERED.is_match(&line);
        lists += usize::from(want);
        assert_eq!(is_list_item(&line), want, "list item {line:?}");
        let want = URL_LINE
            .captures(line.trim())
            .and_then(|c| c.name("url"))
            .map(|m| m.as_str().to_string());
        urls += usize::from(want.is_some());
        assert_eq!(url(&line), want, "url {line:?}");
    }
    // The samples reach every pattern, so agreement is not agreement on "no".
    for (what, n) in [
        ("bylines", bylines),
        ("credits", credits),
        ("counters", counters),
        ("lists", lists),
        ("urls", urls),
    ] {
        assert!(n >= 3, "only {n} {what} in the samples");
    }
}

#[test]
fn bylines() {
    let cases = [
        ("  • Emelie Rodriguez", Some("Emelie Rodriguez")),
        ("Asatur Yesayants /", Some("Asatur Yesayants")),
        ("By Jane van der Berg", Some("Jane van der Berg")),
        ("by Ann Lee and Bo Kim", Some("Ann Lee and Bo Kim")),
        ("Armenia goes West", None),
        ("Nikol Pashinyan, Prime Minister of Armenia", None),
        (
            "The Kremlin said Friday it had not received confirmation.",
            None,
        ),
    ];
    for (line, want) in cases {
        assert_eq!(byline(line).as_deref(), want, "line {line:?}");
    }
}

#[test]
fn furniture_lines() {
    for line in [
        "Skip to content",
        "Share this Post:",
        "Leave a comment",
        "Related articles",
        "Read also:",
        "Latest",
    ] {
        assert!(is_navigation(line), "{line:?}");
    }
    for line in ["  • 400", "0 Comments", "1.2K views", "12"] {
        assert!(is_counter(line), "{line:?}");
    }
    for line in [
        "© Vladimir Smirnov / Pool Sputnik Kremlin / AP / DPA",
        "Photo: Reuters",
        "(Getty Images)",
    ] {
        assert!(is_credit(line), "{line:?}");
    }
    for line in [
        "Armenia goes West",
        "One of Russia's allies is leaving",
        "Armenia’s CSTO exit: what it means for Russia",
    ] {
        assert!(
            !is_navigation(line) && !is_counter(line) && !is_credit(line),
            "{line:?}"
        );
    }
}

#[test]
fn body_paragraphs() {
    assert!(is_body(
        "The Union of Journalists condemned the disproportionate police response."
    ));
    assert!(!is_body("Armenia goes West"));
    assert!(!is_body("Read also:"));
}
