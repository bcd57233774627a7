//! DOCX: the paragraph text of `word/document.xml`, in document order, tables included.
//!
//! Read with the `zip` and `quick-xml` crates. Bounded against hostile files: the document part
//! may not expand beyond the size limit (a zip bomb is refused, whatever its headers claim),
//! and an XML document type declaration is refused outright (Word never writes one; it is how
//! entity-expansion attacks such as "billion laughs" are declared). Only the five predefined
//! XML entities and character references are resolved.

use super::IngestError;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The text of a DOCX file and the byte offset (in that text) where each paragraph with text
/// starts. Paragraphs are separated by a blank line (`\n\n`); a line break inside a paragraph
/// (`<w:br/>`) is `\n`, a tab `\t`.
///
/// # Errors
/// [`IngestError::Corrupt`] for a file that is not a readable DOCX (truncated, not a zip, no
/// `word/document.xml`, malformed XML, a document type declaration, an unknown entity), and
/// [`IngestError::Bomb`] when `word/document.xml` expands beyond `max_bytes`.
pub(crate) fn extract(bytes: &[u8], max_bytes: u64) -> Result<(String, Vec<usize>), IngestError> {
    let corrupt = |e: &dyn std::fmt::Display| IngestError::Corrupt(format!("DOCX: {e}"));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    let part = zip
        .by_name("word/document.xml")
        .map_err(|_| corrupt(&"no word/document.xml (not a Word document)"))?;
    if part.size() > max_bytes {
        return Err(IngestError::Bomb(max_bytes));
    }
    let mut xml = Vec::new();
    part.take(max_bytes + 1)
        .read_to_end(&mut xml)
        .map_err(|e| corrupt(&format!("cannot decompress word/document.xml: {e}")))?;
    if xml.len() as u64 > max_bytes {
        return Err(IngestError::Bomb(max_bytes));
    }
    let mut reader = quick_xml::Reader::from_reader(&xml[..]);
    let mut text = String::new();
    let mut starts = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut in_text = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| corrupt(&format!("malformed XML: {e}")))?;
        match event {
            Event::DocType(_) => {
                return Err(corrupt(
                    &"XML document type declaration refused (entity definitions)",
                ))
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "p" => {
                para_start = Some(text.len());
            }
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == "t" => in_text = false,
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => text.push('\t'),
                "br" | "cr" => text.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.xml10_content();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| corrupt(&format!("unknown XML entity &{name};")))?
                            .to_string()
                    }
                    Err(e) => return Err(corrupt(&format!("bad character reference: {e}"))),
                };
                text.push_str(&c);
            }
            Event::End(e) if e.local_name().as_ref() == "p" => {
                let start = para_start.take().unwrap_or(text.len());
                if text[start..].trim().is_empty() {
                    text.truncate(start);
                } else {
                    starts.push(start);
                    text.push_str("\n\n");
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    text.truncate(text.trim_end().len());
    Ok((text, starts))
}
