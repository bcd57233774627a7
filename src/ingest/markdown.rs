//! Markdown: the text of a CommonMark document with its markup stripped (pulldown-cmark).
//!
//! Text, inline code and link texts are kept; raw HTML, link targets and images' addresses are
//! dropped; a block (paragraph, heading, list item, table cell, code block) ends with a blank
//! line. Every piece keeps its place in the source through the [`Builder`]'s map.

use super::map::Builder;
use pulldown_cmark::{Event, Options, Parser, TagEnd};

/// Writes the visible text of the Markdown `src` into `b`.
pub(crate) fn extract(src: &str, b: &mut Builder<'_>) {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) => b.decoded(&t, range),
            Event::SoftBreak | Event::HardBreak => b.put("\n", range),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_),
            ) => b.paragraph_break(range.end),
            _ => {}
        }
    }
}
