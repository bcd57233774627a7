//! Terminal diagnostics in the style of rustc and ruff, rendered by `annotate-snippets`:
//!
//! ```text
//! error[number_mismatch]: number differs: 150 (more than, city) in the source, 140 (more than, city) in the target
//!   --> corpus/budzet.pl.txt:3:12
//!    |
//!  3 | W programie uczestniczy ponad 150 miast.
//!    |                               ^^^ source (pl): 150
//!    |
//!   ::: corpus/budzet.en.txt:3:5
//!    |
//!  3 | Over 140 cities take part.
//!    |      --- target (en): 140
//! ```
//!
//! The checked file's side comes first. Long lines are cut around the span.

use super::{FindingRecord, SideRecord};
use crate::analyse::Analysis;
use crate::compare::Severity;
use annotate_snippets::{Level, Renderer, Snippet};

/// Which side of a finding is the file being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primary {
    /// The Polish file is checked.
    Source,
    /// The English file is checked.
    Target,
}

fn level(s: Severity) -> Level {
    match s {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

/// The lines holding `side`'s span: (text of the lines, first line number, span range within
/// that text).
fn excerpt<'a>(side: &SideRecord, doc: &'a Analysis) -> (&'a str, usize, std::ops::Range<usize>) {
    let first = doc.text.locate(side.span.start).line;
    let last = doc
        .text
        .locate(side.span.end.saturating_sub(1).max(side.span.start))
        .line;
    // Lines of the file as written (the HTML or Markdown source, the text before rejoining).
    let source = doc.text.source_text();
    let span = doc.text.source_span(side.span);
    let (_, start) = doc.text.line(first).unwrap_or(("", 0));
    let end = doc
        .text
        .line(last)
        .map_or(source.len(), |(l, s)| s + l.len())
        .max(start);
    let text = &source[start..end];
    let from = span.start.clamp(start, end) - start;
    (
        text,
        first,
        from..(span.end.clamp(start, end) - start).max(from),
    )
}

/// Renders one finding. `source` and `target` are the analyses the record was made from;
/// `styled` adds ANSI colours.
pub fn render(
    rec: &FindingRecord,
    primary: Primary,
    source: &Analysis,
    target: &Analysis,
    styled: bool,
) -> String {
    let labels: Vec<String> = [&rec.source, &rec.target]
        .iter()
        .zip(["source", "target"])
        .map(|(s, which)| {
            s.as_ref()
                .map(|s| format!("{which} ({}): {}", s.lang, s.fact.value))
                .unwrap_or_default()
        })
        .collect();
    // (side, its document, label, whether it is the checked file)
    let mut sides: Vec<(&SideRecord, &Analysis, &str, bool)> = Vec::new();
    if let Some(s) = &rec.source {
        sides.push((s, source, &labels[0], primary == Primary::Source));
    }
    if let Some(t) = &rec.target {
        sides.push((t, target, &labels[1], primary == Primary::Target));
    }
    sides.sort_by_key(|s| !s.3);
    let excerpts: Vec<_> = sides.iter().map(|(s, doc, _, _)| excerpt(s, doc)).collect();
    let lvl = level(rec.severity);
    let mut msg = lvl.title(&rec.message).id(rec.check.name());
    for ((side, _, label, _), (text, line, range)) in sides.iter().zip(&excerpts) {
        msg = msg.snippet(
            Snippet::source(text)
                .line_start(*line)
                .origin(&side.file)
                .annotation(lvl.span(range.clone()).label(label)),
        );
    }
    let renderer = if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let out = renderer.term_width(120).render(msg).to_string();
    out
}
