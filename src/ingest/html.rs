//! HTML: the visible text of a page saved from the city's CMS (html5gum, a WHATWG tokenizer).
//!
//! Text inside `script`, `style`, `nav`, `footer`, `noscript`, `template`, `head`, `svg` and `iframe`
//! is dropped; block elements (paragraphs, headings, list items, table cells, `div`,
//! `section`, `article`, `br`, ...) end a paragraph; character references are decoded
//! (`&amp;`, `&nbsp;`, `&#8211;`). Offsets map back to the HTML source.

use super::map::Builder;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements whose content is not visible text.
const HIDDEN: &[&[u8]] = &[
    b"script",
    b"style",
    b"nav",
    b"noscript",
    b"template",
    b"head",
    b"svg",
    b"iframe",
    b"footer",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&[u8]] = &[
    b"p",
    b"div",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"li",
    b"ul",
    b"ol",
    b"dl",
    b"dt",
    b"dd",
    b"table",
    b"tr",
    b"td",
    b"th",
    b"caption",
    b"section",
    b"article",
    b"header",
    b"main",
    b"aside",
    b"blockquote",
    b"pre",
    b"hr",
    b"figure",
    b"figcaption",
    b"address",
    b"title",
    b"body",
];

/// Writes the visible text of the HTML `src` into `b`.
pub(crate) fn extract(src: &str, b: &mut Builder<'_>) {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut hidden: Vec<Vec<u8>> = Vec::new();
    for token in Tokenizer::new_with_emitter(src, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if HIDDEN.contains(&name.as_slice()) && !tag.self_closing {
                    hidden.push(name);
                } else if hidden.is_empty() {
                    if name == b"br" {
                        b.put("\n", tag.span.start..tag.span.end);
                    } else if BLOCKS.contains(&name.as_slice()) {
                        b.paragraph_break(tag.span.start);
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if let Some(i) = hidden.iter().rposition(|h| *h == name) {
                    hidden.truncate(i);
                } else if hidden.is_empty() && BLOCKS.contains(&name.as_slice()) {
                    b.paragraph_break(tag.span.start);
                }
            }
            Token::String(s) if hidden.is_empty() => {
                let text = String::from_utf8_lossy(&s.value);
                let (start, end) = (s.span.start.min(src.len()), s.span.end.min(src.len()));
                if src.is_char_boundary(start) && src.is_char_boundary(end) && start <= end {
                    b.decoded(&text, start..end);
                } else {
                    b.put(&text, start..start);
                }
            }
            _ => {}
        }
    }
}
