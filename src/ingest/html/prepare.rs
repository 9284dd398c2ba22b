//! A page made ready for the parser, in one linear pass over its bytes: what no
//! extractor reads is cut out before it is parsed, cloned and serialised several
//! times over (scripts other than JSON-LD, style sheets, comments, drawings, site
//! navigation, form controls, players — on real news pages more than half of the
//! bytes — and the attributes of [`unread_attribute`]), and tags that would nest deeper than [`MAX_NESTING`] are dropped, so
//! that no page under the size limit can make the parser work quadratically. The
//! pass itself is linear too: an element sought whole that never closes is sought
//! no more. Text outside what is cut always stays.

use std::borrow::Cow;

/// Deepest tag nesting kept; deeper opening tags are dropped (their text stays).
/// Real article pages nest a few dozen levels; the parser's cost grows with the
/// square of the depth of unclosed formatting tags.
pub const MAX_NESTING: usize = 200;

/// Elements that never hold children, so never deepen the nesting.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Script types that carry metadata (JSON-LD, and the settings JSON the extractor
/// also reads); every other script, application state in JSON included, is cut.
const LINKED_DATA: &[&str] = &["ld+json", "settings+json"];

/// Elements whose content is raw text, read to their closing tag as one piece.
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea", "noscript", "iframe"];

/// Elements that never hold an article's prose and are cut whole (nested ones of
/// the same name counted): drawings, site navigation, form controls, players,
/// inert templates. The extractor discards each of them from its main pass
/// anyway; cut first, they no longer reach its readability and justext fallbacks,
/// which read the whole page (article-extraction benchmark: body F1 0.958 →
/// 0.963, dates, titles and outlets unchanged, 13 % less CPU a page). Page
/// landmarks that can hold the byline or date (`header`, `footer`) and `form`
/// (ASP.NET wraps whole pages in one) stay.
const NEVER_PROSE: &[&str] = &[
    "svg", "nav", "menu", "select", "button", "template", "video", "audio", "canvas", "object",
];

/// Attributes that no extractor reads, cut from every tag: `data-*` (scripts'
/// state, tracking and lazy-loading data: a tenth of a real news page's bytes
/// once scripts are gone) but for the few the extractors look at, and the
/// responsive-image lists (`srcset`, `sizes`; images are not extracted).
fn unread_attribute(name: &str) -> bool {
    /// `data-*` attributes the extractor (trafilatura, with its readability
    /// fallback) reads: lazy image sources, a page's preloaded text, component
    /// names its rules match, timestamps, formulas.
    const READ_DATA: &[&str] = &[
        "data-src",
        "data-preloaded",
        "data-component",
        "data-lp-",
        "data-utime",
        "data-latex",
    ];
    let starts = |prefix: &str| {
        name.len() >= prefix.len()
            && name.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    if starts("data-") {
        return !READ_DATA.iter().any(|kept| starts(kept));
    }
    name.eq_ignore_ascii_case("srcset") || name.eq_ignore_ascii_case("sizes")
}

/// The page without scripts (JSON-LD is kept: it carries the metadata), style
/// sheets, comments and the elements of [`NEVER_PROSE`], and without opening tags
/// (and their closing tags) that would nest deeper than [`MAX_NESTING`]. A page
/// with none of these is returned unchanged.
pub fn prepare(html: &str) -> Cow<'_, str> {
    let mut page = Cut::new(html);
    let mut depth = 0usize;
    let mut dropped_open = 0usize;
    let mut unclosed: Vec<&str> = Vec::new();
    let mut i = 0;
    while let Some(rel) = html[i..].find('<') {
        let start = i + rel;
        let rest = &html[start..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            let end = comment
                .find("-->")
                .map_or(html.len(), |e| start + 4 + e + 3);
            page.drop(start, end);
            i = end;
            continue;
        }
        let Some(mut tag) = Tag::read(html, start) else {
            i = start + 1;
            continue;
        };
        i = tag.end;
        // A minified page's blocks touch ("…repairs</h1><p>The …"): the extractor's
        // plain-text fallbacks would glue their words, so a line break goes between.
        let next = html[tag.end..].chars().next();
        let touching = if tag.is(&["br"]) {
            next.is_some_and(|c| !c.is_whitespace())
        } else {
            tag.closing && tag.is(super::BLOCKS) && next == Some('<')
        };
        if touching {
            page.drop_all(&std::mem::take(&mut tag.unread));
            page.insert_line_break(tag.end);
        }
        if tag.closing {
            if tag.is(RAW_TEXT) || tag.is(NEVER_PROSE) {
                // A stray closing tag of a raw-text element closes nothing.
                continue;
            }
            if dropped_open > 0 {
                dropped_open -= 1;
                page.drop(start, tag.end);
            } else {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        // Raw text never closed runs to the end of the page, as a browser reads
        // it; an element never closed is left to the parser, text and all, and
        // its name is not sought whole again (so no page costs quadratic time).
        let whole =
            !tag.self_closing && (tag.is(RAW_TEXT) || (tag.is(NEVER_PROSE) && !tag.is(&unclosed)));
        let end = whole.then(|| element_end(html, &tag)).and_then(|end| {
            end.or_else(|| {
                if tag.is(RAW_TEXT) {
                    Some(html.len())
                } else {
                    unclosed.push(tag.name);
                    None
                }
            })
        });
        if let Some(end) = end {
            let keep = tag.is(&["title", "textarea"])
                || (tag.is(&["script"])
                    && LINKED_DATA
                        .iter()
                        .any(|t| contains_ci(&html[start..tag.end], t)));
            if keep {
                page.drop_all(&tag.unread);
            } else {
                page.drop(start, end);
            }
            i = end;
            continue;
        }
        if tag.self_closing || VOID.iter().any(|v| tag.is(&[v])) {
            page.drop_all(&tag.unread);
            continue;
        }
        if depth >= MAX_NESTING {
            dropped_open += 1;
            page.drop(start, tag.end);
        } else {
            depth += 1;
            page.drop_all(&tag.unread);
        }
    }
    page.finish()
}

/// One tag of the page: `<name ...>` or `</name>`, quoted attribute values read
/// whole (a `>` inside quotes does not end the tag).
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    /// Byte just past the closing `>` (or the end of the page).
    end: usize,
    /// The byte ranges of its [`unread_attribute`]s, each with the space before it.
    unread: Vec<(usize, usize)>,
}

impl<'a> Tag<'a> {
    fn read(html: &'a str, start: usize) -> Option<Tag<'a>> {
        let bytes = html.as_bytes();
        let mut at = start + 1;
        let closing = bytes.get(at) == Some(&b'/');
        if closing {
            at += 1;
        }
        let name_start = at;
        // Custom elements (`nav-bar`) and prefixed ones (`fb:like`) are names of
        // their own.
        while bytes
            .get(at)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
        {
            at += 1;
        }
        let name = &html[name_start..at];
        if name.is_empty() || !bytes[name_start].is_ascii_alphabetic() {
            // `<!doctype>`, `<?xml ?>` and a bare `<` in text are skipped as they are.
            let end = html[start..]
                .find('>')
                .map_or(html.len(), |e| start + e + 1);
            return (bytes.get(start + 1) == Some(&b'!') || bytes.get(start + 1) == Some(&b'?'))
                .then_some(Tag {
                    name: "",
                    closing: false,
                    self_closing: true,
                    end,
                    unread: Vec::new(),
                });
        }
        let mut quote: Option<u8> = None;
        let mut last = 0u8;
        let mut unread = Vec::new();
        // The attribute being read: where its leading space starts, and whether
        // it is cut (then it ends where its value or its name does).
        let mut attribute: Option<(usize, bool)> = None;
        while let Some(&b) = bytes.get(at) {
            match quote {
                Some(q) if b == q => {
                    quote = None;
                    if let Some((from, true)) = attribute.take() {
                        unread.push((from, at + 1));
                    }
                }
                Some(_) => {}
                None if (b == b'"' || b == b'\'') && last == b'=' => quote = Some(b),
                None if b == b'>' => {
                    if let Some((from, true)) = attribute {
                        let slash = bytes[at - 1] == b'/';
                        unread.push((from, if slash { at - 1 } else { at }));
                    }
                    return Some(Tag {
                        name,
                        closing,
                        self_closing: last == b'/',
                        end: at + 1,
                        unread,
                    });
                }
                // The spaces before an attribute's name (not those around its `=`).
                None if b.is_ascii_whitespace()
                    && last != b'='
                    && !bytes[at - 1].is_ascii_whitespace()
                    && html[at..].trim_start().as_bytes().first() != Some(&b'=') =>
                {
                    if let Some((from, true)) = attribute.take() {
                        unread.push((from, at));
                    }
                    // Is the name after the spaces one to cut?
                    let name_at = at + html[at..].len() - html[at..].trim_start().len();
                    let name_end = html[name_at..]
                        .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
                        .map_or(html.len(), |e| name_at + e);
                    let cut = !closing
                        && name_end > name_at
                        && unread_attribute(&html[name_at..name_end]);
                    attribute = Some((at, cut));
                }
                None => {}
            }
            at += 1;
            if !b.is_ascii_whitespace() {
                last = b;
            }
        }
        Some(Tag {
            name,
            closing,
            self_closing: false,
            end: html.len(),
            unread: Vec::new(),
        })
    }

    fn is(&self, names: &[&str]) -> bool {
        names.iter().any(|n| self.name.eq_ignore_ascii_case(n))
    }
}

/// Where the element opened by `tag` ends: past its closing tag (nested elements
/// of the same name counted, except in raw text); `None` when it is never closed.
fn element_end(html: &str, tag: &Tag) -> Option<usize> {
    let close = format!("</{}", tag.name);
    let open = format!("<{}", tag.name);
    let nests = tag.is(NEVER_PROSE);
    // `<nav` opens a nav, not a `<nav-bar>`.
    let whole_name = |at: usize| {
        html.as_bytes()
            .get(at)
            .is_none_or(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b':'))
    };
    let mut level = 1usize;
    let mut at = tag.end;
    while let Some(rel) = html[at..].find('<') {
        let pos = at + rel;
        let rest = &html.as_bytes()[pos..];
        if starts_with_ci(rest, close.as_bytes()) && whole_name(pos + close.len()) {
            level -= 1;
            let end = html[pos..].find('>').map_or(html.len(), |e| pos + e + 1);
            if level == 0 {
                return Some(end);
            }
            at = end;
        } else {
            if nests && starts_with_ci(rest, open.as_bytes()) && whole_name(pos + open.len()) {
                level += 1;
            }
            at = pos + 1;
        }
    }
    None
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The page with some byte ranges left out, copied only once something is cut.
struct Cut<'a> {
    html: &'a str,
    out: Option<String>,
    copied: usize,
}

impl<'a> Cut<'a> {
    fn new(html: &'a str) -> Self {
        Cut {
            html,
            out: None,
            copied: 0,
        }
    }

    fn drop(&mut self, start: usize, end: usize) {
        debug_assert!(start >= self.copied, "cuts go in page order");
        let start = start.max(self.copied);
        if end <= start {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.html.len() / 2));
        out.push_str(&self.html[self.copied..start]);
        self.copied = end;
    }

    /// Leaves out each of `ranges` (in order, none before what was cut already).
    fn drop_all(&mut self, ranges: &[(usize, usize)]) {
        for &(start, end) in ranges {
            self.drop(start, end);
        }
    }

    /// Puts a line break at `at` (the text around it stays).
    fn insert_line_break(&mut self, at: usize) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.html.len() / 2));
        out.push_str(&self.html[self.copied..at]);
        out.push('\n');
        self.copied = at;
    }

    fn finish(self) -> Cow<'a, str> {
        match self.out {
            None => Cow::Borrowed(self.html),
            Some(mut out) => {
                out.push_str(&self.html[self.copied..]);
                Cow::Owned(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_no_extractor_reads_is_cut() {
        let cases: &[(&str, &str)] = &[
            ("<p>a</p>", "<p>a</p>"),
            (
                "<head><script>var a = '<p>x</p>';</script><title>T <b></title></head>",
                "<head><title>T <b></title></head>",
            ),
            (
                r#"<script type="application/ld+json">{"a":"</p>"}</script><p>b"#,
                r#"<script type="application/ld+json">{"a":"</p>"}</script><p>b"#,
            ),
            (
                "<STYLE>p{}</STYLE><p>c<!-- hidden <p> -->d</p>",
                "<p>cd</p>",
            ),
            (
                "<p>e<svg><svg><title>icon</title></svg><path/></svg>f</p>",
                "<p>ef</p>",
            ),
            ("<p>g<svg/>h</p>", "<p>g<svg/>h</p>"),
            // Navigation, controls and players go whole, nested ones counted; a
            // custom element whose name starts the same is not one of them.
            (
                "<nav><ul><li><nav>Sub</nav></li></ul>Menu</nav><p>m</p>",
                "<p>m</p>",
            ),
            (
                "<nav-bar>n</nav-bar><nav><nav-item>x</nav-item></nav>o",
                "<nav-bar>n</nav-bar>o",
            ),
            (
                "<p>p<button>Share</button><select><option>EN</option></select>q</p>",
                "<p>pq</p>",
            ),
            (
                "<noscript><img src=pixel></noscript><iframe src=ad>x</iframe><p>r</p>",
                "<p>r</p>",
            ),
            (
                "<p>s<video><source src=v>No video</video>t</p>",
                "<p>st</p>",
            ),
            (r#"<a title="x > y">i</a>"#, r#"<a title="x > y">i</a>"#),
            ("<p>1 < 2 and 3 > 2</p>", "<p>1 < 2 and 3 > 2</p>"),
            (
                "<!DOCTYPE html><p>j</p></script>",
                "<!DOCTYPE html><p>j</p>\n</script>",
            ),
            ("<p>unclosed<script>never ends", "<p>unclosed"),
            (
                r#"<script id="state" type="application/json">{"p":1}</script><p>l</p>"#,
                "<p>l</p>",
            ),
            ("<p>k<!-- never ends", "<p>k"),
            // Touching blocks of a minified page get a line break between them.
            (
                "<h1>Title</h1><p>One.</p><p>Two<br/>three</p>",
                "<h1>Title</h1>\n<p>One.</p>\n<p>Two<br/>\nthree</p>",
            ),
            ("<p>a</p><span>b</span>", "<p>a</p>\n<span>b</span>"),
            // Attributes no extractor reads go; those it reads stay.
            (
                r#"<div data-track="x>y" class=a data-id=7 data-src="i.jpg"><img srcset="a 1x" data-x/>t</div>"#,
                r#"<div class=a data-src="i.jpg"><img/>t</div>"#,
            ),
            (
                "<p\n  DATA-A = 'q'\tid=\"k\" data-b>u</p>",
                "<p\tid=\"k\">u</p>",
            ),
            (
                r#"<a href="/data-x" title=data-y>v</a>"#,
                r#"<a href="/data-x" title=data-y>v</a>"#,
            ),
            // Cut with the element that holds them, or kept with a kept one.
            (
                r#"<nav data-a="1">x</nav><title data-b="2">T</title><br data-c>w"#,
                "<title>T</title><br>\nw",
            ),
        ];
        for (page, expected) in cases {
            assert_eq!(prepare(page), *expected, "{page}");
        }
    }

    #[test]
    fn nesting_is_bounded_and_text_kept() {
        let cases: &[(usize, bool)] = &[(10, false), (MAX_NESTING / 3, false), (1000, true)];
        for &(depth, changed) in cases {
            let page = format!("<html><body>{}deep text", "<div><span><b>".repeat(depth));
            let bounded = prepare(&page);
            assert_eq!(matches!(bounded, Cow::Owned(_)), changed, "{depth}");
            assert!(bounded.ends_with("deep text"));
            assert!(bounded.matches('<').count() <= MAX_NESTING + 2);
        }
        // Unclosed navigation is kept as it is, and sought whole only once.
        let unclosed = "<nav>menu ".repeat(20_000);
        assert_eq!(prepare(&unclosed).matches("menu ").count(), 20_000);
        let balanced = "<div><p>a</p>\n<p>b</p>\n<br>\n<img src=x></div>\n".repeat(500);
        assert!(matches!(prepare(&balanced), Cow::Borrowed(_)));
    }
}
