//! factlint: finds where the Polish and English versions of a press release disagree on a
//! number, a date or a key entity.
//!
//! The pipeline is a module per stage, with plain data types between them:
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | ingest | [`ingest`] | path → [`ingest::Text`] (decoded, with its encoding) or a reason |
//! | language | [`language`] | text → [`language::Detection`] (pl, en or other, confidence) |
//! | segment | [`segment`] | text → sentences and token counts |
//! | extract | [`extract`] | text + sentences → [`extract::Fact`]s (numbers, dates, times, identifiers, entities) |
//! | align | [`align`] | two analysed documents → sentence [`align::Bead`]s |
//! | compare | [`compare`] | aligned pair → [`compare::Finding`]s |
//! | report | [`report`] | findings → CSV, JSON, terminal diagnostics |
//!
//! [`analyse`] runs ingest → extract for one text; [`scan`] runs the whole batch.
//!
//! Offsets: every [`Span`] counts **bytes** in the decoded UTF-8 text, end exclusive.
//! [`ingest::Text::locate`] turns one into the byte offset in the file as read, and a
//! 1-based line and 1-based column counted in characters.

#![warn(missing_docs)]

pub mod align;
pub mod analyse;
pub mod calendars;
pub mod compare;
pub mod decimal;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod language;
pub mod lexicon;
pub mod pairing;
pub mod perturb;
pub mod report;
pub mod scan;
pub mod segment;
pub mod timing;

use serde::Serialize;
use std::fmt;

/// A language as factlint sees it: Polish, English, or anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Polish.
    Pl,
    /// English.
    En,
    /// Any other language, or text too short or mixed to tell.
    Other,
}

impl Lang {
    /// The ISO 639-1 code (`pl`, `en`) or `other`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::Other => "other",
        }
    }

    /// Parses `pl` or `en` (case-insensitive). `None` for anything else.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "pl" => Some(Lang::Pl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A byte range `start..end` (end exclusive) in a document's decoded UTF-8 text. Both ends
/// fall on character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies within `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text under the span.
    ///
    /// # Panics
    /// When the span is out of `text`'s bounds or not on character boundaries.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}
