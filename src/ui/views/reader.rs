//! The reader: one article, clean, wrapped to the pane, with its metadata.

use super::day;
use crate::ui::app::App;
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
    let width = area.width.saturating_sub(4).min(100) as usize;
    let mut lines = vec![
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
        lines.push(Line::from(Span::styled(url.clone(), theme.dim)));
    }
    lines.push(Line::default());
    for paragraph in article.paragraphs() {
        let heading = article
            .sentences
            .iter()
            .any(|s| s.heading && paragraph.first() == Some(&s.text.as_str()));
        let style = if heading { theme.title } else { theme.text };
        let text = paragraph.join(" ");
        for line in crate::text::wrap::wrap(&[(text.as_str(), ())], width) {
            lines.push(Line::from(Span::styled(
                line.into_iter().map(|(t, _)| t).collect::<String>(),
                style,
            )));
        }
        lines.push(Line::default());
    }
    let inner = area.height.saturating_sub(2) as usize;
    let max_scroll = lines.len().saturating_sub(inner);
    let scroll = app.reader.scroll.min(max_scroll);
    app.reader.limit.set(max_scroll);
    app.page.set(inner.saturating_sub(1));
    let position = format!(" {}/{} ", (scroll + inner).min(lines.len()), lines.len());
    let block = Block::bordered()
        .title(Span::styled(
            format!(" [{}] {} ", app.reader.doc + 1, article.label()),
            theme.title,
        ))
        .title_bottom(Span::styled(position, theme.dim))
        .border_style(theme.border);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll as u16, 0)),
        area,
    );
}
