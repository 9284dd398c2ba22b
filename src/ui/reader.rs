//! The reader's state: which article, how far it is scrolled, and its layout —
//! the article wrapped to the pane's width once and kept until the width
//! changes. A long article is laid out on a worker thread while the view shows
//! how far it has got, so that keys and signals are answered at any moment;
//! drawing then costs only the lines on screen, however long the article.

use super::data::OpenStory;
use crate::ingest::Article;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Articles with more sentences than this are laid out off the input thread
/// (a few milliseconds of wrapping at most happen on it).
const LAY_OUT_IN_PLACE: usize = 2_000;

/// What a line of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Heading,
    Text,
    /// The gap after a paragraph.
    Blank,
}

/// An article's body wrapped to one width: every line's text in one buffer,
/// each line its end in it and its kind (a few bytes per line).
pub struct Layout {
    pub width: usize,
    text: String,
    lines: Vec<(usize, LineKind)>,
}

impl Layout {
    /// Wraps the body of `article` to `width` columns, paragraph by paragraph,
    /// counting the sentences done in `done`; `None` once `cancel` is set.
    pub fn build(
        article: &Article,
        width: usize,
        done: &AtomicUsize,
        cancel: &AtomicBool,
    ) -> Option<Layout> {
        let mut layout = Layout {
            width,
            text: String::new(),
            lines: Vec::new(),
        };
        let sentences = &article.sentences;
        let mut start = 0;
        let mut paragraph = String::new();
        let mut laid = 0usize;
        while start < sentences.len() {
            let number = sentences[start].paragraph;
            let end = sentences[start..]
                .iter()
                .position(|s| s.paragraph != number)
                .map_or(sentences.len(), |n| start + n);
            paragraph.clear();
            for (i, s) in sentences[start..end].iter().enumerate() {
                if i > 0 {
                    paragraph.push(' ');
                }
                paragraph.push_str(&s.text);
            }
            let kind = if sentences[start].heading {
                LineKind::Heading
            } else {
                LineKind::Text
            };
            if paragraph.is_ascii() {
                for line in wrap_ascii(&paragraph, width) {
                    layout.text.push_str(&line);
                    layout.lines.push((layout.text.len(), kind));
                }
            } else {
                for line in crate::text::wrap::wrap(&[(paragraph.as_str(), ())], width) {
                    for (piece, ()) in line {
                        layout.text.push_str(&piece);
                    }
                    layout.lines.push((layout.text.len(), kind));
                }
            }
            layout.lines.push((layout.text.len(), LineKind::Blank));
            start = end;
            laid += 1;
            if laid.is_multiple_of(256) {
                done.store(start, Ordering::Relaxed);
                if cancel.load(Ordering::Relaxed) {
                    return None;
                }
            }
        }
        Some(layout)
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Line `i`: its text and kind.
    pub fn line(&self, i: usize) -> Option<(&str, LineKind)> {
        let &(end, kind) = self.lines.get(i)?;
        let start = i.checked_sub(1).map_or(0, |p| self.lines[p].0);
        Some((&self.text[start..end], kind))
    }
}

/// `text::wrap::wrap` for ASCII text, where every character is one column and
/// one grapheme: the same lines, twenty times quicker (most news text is ASCII,
/// and a million paragraphs must not take a minute).
fn wrap_ascii(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_ascii_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        let mut rest = word;
        while line.len() + rest.len() > width {
            let (head, tail) = rest.split_at(width - line.len());
            line.push_str(head);
            lines.push(std::mem::take(&mut line));
            rest = tail;
        }
        line.push_str(rest);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A layout under way on a worker thread; dropping it cancels the work.
struct Job {
    width: usize,
    done: Arc<AtomicUsize>,
    total: usize,
    cancel: Arc<AtomicBool>,
    result: Receiver<Layout>,
}

impl Drop for Job {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The reader of one article of an open story.
#[derive(Default)]
pub struct ReaderState {
    pub doc: usize,
    /// The first line on screen.
    pub scroll: usize,
    /// The furthest the settled frame can scroll (`usize::MAX` until the
    /// article is laid out).
    pub limit: usize,
    layout: Option<Arc<Layout>>,
    job: Option<Job>,
    /// How far the worker's layout has got (0 to 1), while it runs.
    progress: f64,
}

impl ReaderState {
    /// The reader at the top of article `doc`.
    pub fn new(doc: usize) -> Self {
        Self {
            doc,
            limit: usize::MAX,
            ..Self::default()
        }
    }

    /// The lines above the article's text: headline, outlet line, the URL when
    /// there is one, and a gap.
    pub fn header_lines(article: &Article) -> usize {
        3 + usize::from(article.url.is_some())
    }

    /// Scrolls by a line, a `page` or to an end, within the settled limit
    /// (`usize::MAX` until the article is laid out).
    pub fn scroll(&mut self, action: super::keys::Action, page: usize) {
        use super::keys::Action;
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => self.scroll + 1,
            Action::PageUp => self.scroll.saturating_sub(page),
            Action::PageDown => self.scroll + page,
            Action::Top => 0,
            Action::Bottom => self.limit,
            _ => self.scroll,
        }
        .min(self.limit);
    }

    /// True while a layout is being made on the worker.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Settles the frame: the article laid out at `width` (or its layout
    /// started on the worker), how far it can scroll with `inner` lines on
    /// screen, and the scroll kept within that.
    pub fn settle(&mut self, story: &Arc<OpenStory>, width: usize, inner: usize) {
        let header = story.articles.get(self.doc).map_or(0, Self::header_lines);
        match self.lay_out(story, width) {
            Ok(layout) => {
                self.limit = (header + layout.len()).saturating_sub(inner);
                self.scroll = self.scroll.min(self.limit);
            }
            Err(done) => {
                self.progress = done;
                self.limit = usize::MAX;
            }
        }
    }

    /// The settled layout, or how far its making has got (0 to 1).
    pub fn laid_out(&self) -> Result<&Layout, f64> {
        match (&self.layout, &self.job) {
            (Some(layout), None) => Ok(layout),
            _ => Err(self.progress),
        }
    }

    /// The article laid out at `width`, or how far its layout has got (0 to 1)
    /// while a worker makes it.
    fn lay_out(&mut self, story: &Arc<OpenStory>, width: usize) -> Result<Arc<Layout>, f64> {
        if let Some(layout) = self.layout.as_ref().filter(|l| l.width == width) {
            self.job = None;
            return Ok(Arc::clone(layout));
        }
        if let Some(j) = self.job.as_ref().filter(|j| j.width == width) {
            return match j.result.try_recv() {
                Ok(layout) => {
                    self.job = None;
                    Ok(self.keep(layout))
                }
                Err(TryRecvError::Empty) => {
                    Err(j.done.load(Ordering::Relaxed) as f64 / j.total.max(1) as f64)
                }
                Err(TryRecvError::Disconnected) => {
                    // The worker died: lay out here rather than never.
                    self.job = None;
                    Ok(self.lay_out_here(story, width))
                }
            };
        }
        let Some(article) = story.articles.get(self.doc) else {
            return Ok(self.keep(Layout {
                width,
                text: String::new(),
                lines: Vec::new(),
            }));
        };
        if article.sentences.len() <= LAY_OUT_IN_PLACE {
            self.job = None;
            return Ok(self.lay_out_here(story, width));
        }
        let (tx, rx) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (story, doc) = (Arc::clone(story), self.doc);
        let (d, c) = (Arc::clone(&done), Arc::clone(&cancel));
        std::thread::spawn(move || {
            if let Some(layout) = Layout::build(&story.articles[doc], width, &d, &c) {
                let _ = tx.send(layout);
            }
        });
        self.job = Some(Job {
            width,
            done,
            total: article.sentences.len(),
            cancel,
            result: rx,
        });
        Err(0.0)
    }

    fn lay_out_here(&mut self, story: &OpenStory, width: usize) -> Arc<Layout> {
        let never = AtomicBool::new(false);
        let article = &story.articles[self.doc];
        let layout = Layout::build(article, width, &AtomicUsize::new(0), &never);
        self.keep(layout.unwrap_or(Layout {
            width,
            text: String::new(),
            lines: Vec::new(),
        }))
    }

    fn keep(&mut self, layout: Layout) -> Arc<Layout> {
        let layout = Arc::new(layout);
        self.layout = Some(Arc::clone(&layout));
        layout
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Sentence;

    fn article(paragraphs: &[&[&str]]) -> Article {
        let mut sentences = Vec::new();
        for (p, texts) in paragraphs.iter().enumerate() {
            for (i, t) in texts.iter().enumerate() {
                sentences.push(Sentence {
                    text: t.to_string(),
                    paragraph: p,
                    heading: i == 0 && t.starts_with('#'),
                });
            }
        }
        Article {
            sentences,
            ..Article::default()
        }
    }

    #[test]
    fn paragraphs_wrap_to_the_width_with_a_gap_after_each() {
        let a = article(&[&["# Heading"], &["One two three.", "Four five six."]]);
        let layout =
            Layout::build(&a, 10, &AtomicUsize::new(0), &AtomicBool::new(false)).expect("layout");
        let lines: Vec<(&str, LineKind)> =
            (0..layout.len()).filter_map(|i| layout.line(i)).collect();
        assert_eq!(
            lines,
            [
                ("# Heading", LineKind::Heading),
                ("", LineKind::Blank),
                ("One two", LineKind::Text),
                ("three.", LineKind::Text),
                ("Four five", LineKind::Text),
                ("six.", LineKind::Text),
                ("", LineKind::Blank),
            ]
        );
        assert_eq!(layout.line(7), None);
    }

    #[test]
    fn ascii_lines_are_those_of_the_general_wrap() {
        let cases = [
            "The minister spoke on Tuesday.",
            "  leading and   inner\tspaces\n and breaks  ",
            "A verylongwordthatcannotfitonanyline at all, (said) \"he\" -- x.",
            "",
            "a b c d e f g h i j k l m n o p",
        ];
        for text in cases {
            for width in [1, 3, 7, 10, 25, 200] {
                let general: Vec<String> = crate::text::wrap::wrap(&[(text, ())], width)
                    .into_iter()
                    .map(|l| l.into_iter().map(|(t, ())| t).collect())
                    .collect();
                let ascii: Vec<String> = wrap_ascii(text, width);
                assert_eq!(ascii, general, "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn a_cancelled_layout_stops() {
        let texts: Vec<String> = (0..5_000).map(|i| format!("Sentence {i}.")).collect();
        let paragraphs: Vec<Vec<&str>> = texts.iter().map(|t| vec![t.as_str()]).collect();
        let refs: Vec<&[&str]> = paragraphs.iter().map(Vec::as_slice).collect();
        let a = article(&refs);
        let cancel = AtomicBool::new(true);
        assert!(Layout::build(&a, 40, &AtomicUsize::new(0), &cancel).is_none());
    }
}
