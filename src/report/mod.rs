//! Reports: CSV files for Excel and other tools, JSON, and terminal diagnostics.
//!
//! Records here are plain data resolved from the pipeline's types (file offsets, lines,
//! columns, exact text, normalised values), so that every output format says the same thing.

pub mod csv;
pub mod diagnostic;

use crate::analyse::Analysis;
use crate::compare::{Check, Finding, Severity};
use crate::extract::Fact;
use crate::ingest::Text;
use crate::{Lang, Span};
use serde::Serialize;

/// A fact as reported: where it stands in the file and what it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactRecord {
    /// `number`, `date`, `time`, `identifier` or `entity`.
    pub kind: &'static str,
    /// The exact text of the span as it stands in the file.
    pub text: String,
    /// The normalised value (entity id for entities).
    pub value: String,
    /// The normalised unit, if any.
    pub unit: Option<String>,
    /// Byte offset of the start in the file as read.
    pub start: usize,
    /// Byte offset one past the end in the file as read.
    pub end: usize,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in characters.
    pub column: usize,
    /// Qualifier class before a number (`more_than`, `about`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// Concept of the counted noun after a number (`city`, `resident`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// For a time written on the 12-hour clock without a.m. or p.m. (`at 3:30`, `o
    /// trzeciej`): the hour may also be 12 later ([`Fact::twelve_hour`]). Left out when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub twelve_hour: bool,
    /// For a part of the day named without an hour (`wieczorem`, `this evening`): its range
    /// of times is approximate ([`Fact::daypart`]). Left out when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub daypart: bool,
}

impl FactRecord {
    /// Resolves `fact` against the document it came from.
    pub fn new(fact: &Fact, doc: &Analysis) -> FactRecord {
        FactRecord::in_text(fact, 0, &doc.text)
    }

    /// Resolves `fact`, found in a piece of `text` that starts at byte `shift` of it (as with
    /// `facts --each-line`), against the whole `text`.
    pub fn in_text(fact: &Fact, shift: usize, text: &Text) -> FactRecord {
        let span = Span::new(fact.span.start + shift, fact.span.end + shift);
        let start = text.locate(span.start);
        let end = text.locate(span.end);
        FactRecord {
            kind: fact.kind.name(),
            text: span.of(&text.content).to_string(),
            value: fact.normalised(),
            unit: fact.unit.clone(),
            start: start.offset,
            end: end.offset,
            line: start.line,
            column: start.column,
            qualifier: fact.qualifier.clone(),
            counted: fact.concept.clone(),
            twelve_hour: fact.twelve_hour,
            daypart: fact.daypart,
        }
    }
}

/// One side of a finding: the file, its language, and the fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SideRecord {
    /// The file's path as given or walked.
    pub file: String,
    /// The language the file was read in.
    pub lang: Lang,
    /// The fact, located.
    #[serde(flatten)]
    pub fact: FactRecord,
    /// The fact's span in the decoded text (for rendering; not serialised).
    #[serde(skip)]
    pub span: Span,
}

/// A finding as reported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingRecord {
    /// Check name.
    pub check: Check,
    /// Severity.
    pub severity: Severity,
    /// The Polish side, if the fact is there.
    pub source: Option<SideRecord>,
    /// The English side, if the fact is there.
    pub target: Option<SideRecord>,
    /// One-line message.
    pub message: String,
}

/// A document with the path it is reported under.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    /// Path as given or walked.
    pub path: &'a str,
    /// The analysis.
    pub doc: &'a Analysis,
}

impl FindingRecord {
    /// Resolves `finding` between `source` and `target`.
    pub fn new(finding: &Finding, source: Named, target: Named) -> FindingRecord {
        let side = |idx: Option<usize>, n: Named| {
            idx.map(|i| {
                let f = &n.doc.facts[i];
                SideRecord {
                    file: n.path.to_string(),
                    lang: n.doc.lang,
                    fact: FactRecord::new(f, n.doc),
                    span: f.span,
                }
            })
        };
        FindingRecord {
            check: finding.check,
            severity: finding.severity,
            source: side(finding.source, source),
            target: side(finding.target, target),
            message: finding.message(source.doc, target.doc),
        }
    }

    /// A finding about one document alone (`weekday_mismatch`): the fact at `index` of `doc`,
    /// on the source side when the document is Polish (or of another language), else on the
    /// target side.
    pub fn single(
        check: Check,
        severity: Severity,
        doc: Named,
        index: usize,
        message: String,
    ) -> FindingRecord {
        let f = &doc.doc.facts[index];
        let side = SideRecord {
            file: doc.path.to_string(),
            lang: doc.doc.lang,
            fact: FactRecord::new(f, doc.doc),
            span: f.span,
        };
        let english = doc.doc.lang == Lang::En;
        FindingRecord {
            check,
            severity,
            source: (!english).then(|| side.clone()),
            target: english.then_some(side),
            message,
        }
    }

    /// Sort key: source file, then position on the source side (or the target side when the
    /// source is absent), then check.
    pub fn sort_key(&self) -> (String, String, usize, usize, Check) {
        let file = |s: &Option<SideRecord>| s.as_ref().map_or(String::new(), |s| s.file.clone());
        (
            file(&self.source),
            file(&self.target),
            self.source.as_ref().map_or(usize::MAX, |s| s.fact.start),
            self.target.as_ref().map_or(usize::MAX, |s| s.fact.start),
            self.check,
        )
    }
}

/// The columns of `findings.csv`, in order. Stable: other tools read them.
pub const FINDINGS_HEADER: [&str; 14] = [
    "check",
    "severity",
    "source_file",
    "source_lang",
    "source_line",
    "source_column",
    "source_text",
    "source_value",
    "target_file",
    "target_lang",
    "target_line",
    "target_text",
    "target_value",
    "message",
];

/// A `findings.csv` row for `r`; empty cells where a side is absent.
pub fn finding_row(r: &FindingRecord) -> Vec<String> {
    let s = r.source.as_ref();
    let t = r.target.as_ref();
    let opt = |v: Option<String>| v.unwrap_or_default();
    vec![
        r.check.name().to_string(),
        r.severity.name().to_string(),
        opt(s.map(|s| s.file.clone())),
        opt(s.map(|s| s.lang.code().to_string())),
        opt(s.map(|s| s.fact.line.to_string())),
        opt(s.map(|s| s.fact.column.to_string())),
        opt(s.map(|s| s.fact.text.clone())),
        opt(s.map(|s| s.fact.value.clone())),
        opt(t.map(|t| t.file.clone())),
        opt(t.map(|t| t.lang.code().to_string())),
        opt(t.map(|t| t.fact.line.to_string())),
        opt(t.map(|t| t.fact.text.clone())),
        opt(t.map(|t| t.fact.value.clone())),
        r.message.clone(),
    ]
}
