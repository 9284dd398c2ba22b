//! The reader: one article, clean, wrapped to the pane, with its metadata. Only
//! the lines on screen are drawn, from the layout `ui::reader` has settled;
//! while a long article is being laid out, the pane says how far that has got.

use super::day;
use crate::ingest::Article;
use crate::ui::app::App;
use crate::ui::keys::{Action, Keymap};
use crate::ui::reader::{LineKind, ReaderState};
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.story else { return };
    let Some(article) = state.story.articles.get(app.reader.doc) else {
        return;
    };
    frame.render_widget(
        ArticleView {
            article,
            reader: &app.reader,
            theme: &app.theme,
            keys: &app.keys,
        },
        area,
    );
}

struct ArticleView<'a> {
    article: &'a Article,
    reader: &'a ReaderState,
    theme: &'a Theme,
    keys: &'a Keymap,
}

impl ArticleView<'_> {
    /// Headline, outlet, author and date, the URL, a gap
    /// ([`ReaderState::header_lines`] of them).
    fn header(&self) -> Vec<Line<'static>> {
        let (article, theme) = (self.article, self.theme);
        let mut header = vec![
            Line::from(Span::styled(
                article.title.clone().unwrap_or_else(|| "(no title)".into()),
                theme.title,
            )),
            Line::from(vec![
                Span::styled(article.label(), theme.key),
                Span::styled(
                    format!(
                        "  ·  {}  ·  {}",
                        article.author.as_deref().unwrap_or("author unknown"),
                        day(article.published.map(|p| p.to_string()).as_deref())
                    ),
                    theme.dim,
                ),
            ]),
        ];
        if let Some(url) = &article.url {
            header.push(Line::from(Span::styled(url.clone(), theme.dim)));
        }
        header.push(Line::default());
        header
    }
}

impl Widget for ArticleView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let mut header = self.header();
        let block = super::panel(
            theme,
            format!(" [{}] {} ", self.reader.doc + 1, self.article.label()),
        );
        let layout = match self.reader.laid_out() {
            Ok(layout) => layout,
            Err(done) => {
                header.push(Line::from(Span::styled(
                    format!(
                        "Laying out {} sentences… {:.0}%   ({} goes back, {} quits)",
                        self.article.sentences.len(),
                        done * 100.0,
                        self.keys.hint(Action::Back),
                        self.keys.hint(Action::Quit),
                    ),
                    theme.dim,
                )));
                Paragraph::new(header).block(block).render(area, buf);
                return;
            }
        };
        let inner = area.height.saturating_sub(2) as usize;
        let total = header.len() + layout.len();
        let scroll = self.reader.scroll;
        let lines: Vec<Line> = (scroll..(scroll + inner).min(total))
            .map(|i| match i.checked_sub(header.len()) {
                None => header[i].clone(),
                Some(i) => match layout.line(i) {
                    Some((text, kind)) => {
                        let style = match kind {
                            LineKind::Heading => theme.title,
                            LineKind::Text | LineKind::Blank => theme.text,
                        };
                        Line::from(Span::styled(text, style))
                    }
                    None => Line::default(),
                },
            })
            .collect();
        let position = format!(" {}/{} ", (scroll + inner).min(total), total);
        Paragraph::new(lines)
            .block(block.title_bottom(Span::styled(position, theme.dim)))
            .render(area, buf);
    }
}
