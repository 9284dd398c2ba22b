//! The reader: one article, clean, wrapped to the pane, with its metadata. Only
//! the lines on screen are drawn, from the layout `ui::reader` keeps; while a
//! long article is being laid out, the pane says how far that has got.

use super::day;
use crate::ui::app::App;
use crate::ui::reader::LineKind;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(state) = &app.story else { return };
    let Some(article) = state.story.articles.get(app.reader.doc) else {
        return;
    };
    let width = area.width.saturating_sub(4).clamp(1, 100) as usize;
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
    let inner = area.height.saturating_sub(2) as usize;
    app.page.set(inner.saturating_sub(1));
    let block = Block::bordered()
        .title(Span::styled(
            format!(" [{}] {} ", app.reader.doc + 1, article.label()),
            theme.title,
        ))
        .border_style(theme.border);
    let layout = match app.reader.layout(&state.story, width) {
        Ok(layout) => layout,
        Err(done) => {
            app.reader.limit.set(usize::MAX);
            header.push(Line::from(Span::styled(
                format!(
                    "Laying out {} sentences… {:.0}%   (Esc goes back, q quits)",
                    article.sentences.len(),
                    done * 100.0
                ),
                theme.dim,
            )));
            frame.render_widget(Paragraph::new(header).block(block), area);
            return;
        }
    };
    let total = header.len() + layout.len();
    let max_scroll = total.saturating_sub(inner);
    let scroll = app.reader.scroll.min(max_scroll);
    app.reader.limit.set(max_scroll);
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
    frame.render_widget(
        Paragraph::new(lines).block(block.title_bottom(Span::styled(position, theme.dim))),
        area,
    );
}
