//! Extraction: numbers, dates, times, identifiers and key entities, with normalised values.
//!
//! [`Extractor::new`] compiles every regex and automaton once from the [`Lexicons`];
//! [`Extractor::extract`] then runs on any number of texts, from any number of threads.
//!
//! Extractors run in priority order and a later one never takes bytes an earlier one took:
//! URLs and identifiers (resolution numbers, phone numbers, postcodes, street numbers) first,
//! so that `uchwała nr XVI/171/11` is never three amounts; then dates, so that the `18` of
//! `18 grudnia 2020` is no number; then times, key entities, and last numbers.

mod dates;
mod entities;
mod gate;
mod identifiers;
mod numbers;
mod trie;
mod words;

use crate::decimal::Decimal;
use crate::lexicon::Lexicons;
use crate::{Lang, Span};
use serde::Serialize;
use std::fmt;

pub use dates::{DateValue, PartialDate, Ymd};

/// What a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A quantity: `30 tys.`, `1,5 mln zł`, `15%`, `pięciu`, `144th`.
    Number,
    /// A calendar date, month, year, or a range or set of them.
    Date,
    /// A time of day: `godz. 12:00`, `5.30 pm`.
    Time,
    /// A label that is not a quantity: resolution and reference numbers, phone numbers,
    /// postcodes, street numbers, URLs and e-mail addresses.
    Identifier,
    /// A key entity from `entities.tsv`.
    Entity,
}

impl FactKind {
    /// The name used in reports: `number`, `date`, `time`, `identifier`, `entity`.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::Time => "time",
            FactKind::Identifier => "identifier",
            FactKind::Entity => "entity",
        }
    }
}

/// A number's value: a single decimal or a range, and how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NumberValue {
    /// The value, scale applied (`30 tys.` → 30000). For a range, its low end.
    pub low: Decimal,
    /// The high end of a range (`2–3` → 3); `None` for a single value.
    pub high: Option<Decimal>,
    /// Written as an ordinal (`144.`, `144th`).
    pub ordinal: bool,
    /// Written in words (`pięciu`, `twenty-three`).
    pub words: bool,
    /// The unit's conversion factor already applied to the value (`7000 ton` = 7000000 kg:
    /// 1000), so that it can be compared with the same number written without its unit.
    pub unit_factor: Option<Decimal>,
    /// Half a unit of the last digit written, scale and factor applied (`1,7 mln` → 50000,
    /// `150` → 0.5); `None` for numbers in words, which are exact.
    pub precision: Option<Decimal>,
}

/// A normalised value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// A number.
    Number(NumberValue),
    /// A date, range or set of dates.
    Date(DateValue),
    /// A time of day: hour 0–23, minute 0–59 and second 0–59 (0 where none is written:
    /// `15:23:24` has 24, `15:23` 0).
    Time(u8, u8, u8),
    /// A range of hours, both ends (hour, minute): `w godz. 9–17` = 09:00/17:00.
    TimeRange((u8, u8), (u8, u8)),
    /// An identifier, as written with white space removed; URLs as written.
    Identifier(String),
    /// A key entity's id.
    Entity(String),
}

/// Plain-text normalised value (see [`Fact`]).
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => match n.high {
                Some(h) => write!(f, "{}/{}", n.low, h),
                None => write!(f, "{}", n.low),
            },
            Value::Date(d) => write!(f, "{d}"),
            Value::Time(h, m, 0) => write!(f, "{h:02}:{m:02}"),
            Value::Time(h, m, s) => write!(f, "{h:02}:{m:02}:{s:02}"),
            Value::TimeRange((h1, m1), (h2, m2)) => write!(f, "{h1:02}:{m1:02}/{h2:02}:{m2:02}"),
            Value::Identifier(s) | Value::Entity(s) => f.write_str(s),
        }
    }
}

/// One extracted fact.
///
/// Normalised values (`value.to_string()`): numbers as plain decimals with `.` and no
/// separators, scale applied (`1500000`, `1.5`), ranges `low/high`; times `HH:MM` (`HH:MM:SS`
/// when seconds are written and not 0), ranges of
/// hours `HH:MM/HH:MM`; dates as ISO 8601 at the
/// precision written (`2020-12-18`, `2020-12`, `2020`; `--12-18` when no year is written or
/// inferable), ranges `start/end` (`2025-09-30/2025-10-02`), sets of days in ISO 8601-2 set
/// notation (`{2026-06-02,2026-06-03}`); times `HH:MM`; entities their id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// What it is.
    pub kind: FactKind,
    /// Where it stands: bytes in the decoded text, end exclusive.
    pub span: Span,
    /// Its normalised value.
    pub value: Value,
    /// Normalised unit (`PLN`, `EUR`, `percent`, `km`, ...) for numbers; `None` otherwise.
    pub unit: Option<String>,
    /// Qualifier class before a number (`more_than` for ponad/over, `about`, ...); before a
    /// single date or time, the bound it makes of it (`from` for od/since/after, `until` for
    /// do/until/before; `date_words.tsv`).
    pub qualifier: Option<String>,
    /// The concept of the counted noun after a number (`city` for miast/cities).
    pub concept: Option<String>,
    /// For dates: the year was not written and was taken from the surrounding text.
    pub year_inferred: bool,
    /// For dates: the weekday written with it (1 = Monday … 7 = Sunday), as in
    /// `w piątek 14 marca 2026 r.` or `14 March 2026 (Friday)`.
    pub weekday: Option<u8>,
    /// For dates written with slashes whose first two numbers could each be the day or the
    /// month (`04/05/2025`): read day first, but the other version may settle it as month
    /// first (US order), see [`crate::compare`].
    pub day_month_ambiguous: bool,
    /// For times written in English on the 12-hour clock with neither a.m. nor p.m. (`at
    /// 3:30`): the value is as written (03:30), but the hour may be 12 later (15:30), which
    /// the comparison accepts (see [`crate::compare`]).
    pub twelve_hour: bool,
    /// For dates: a season (latem 2026 r., this autumn), a period translators often render
    /// otherwise or leave out, compared like a month written alone (see [`crate::compare`]).
    pub season: bool,
    /// For times: a part of the day named without an hour (`wieczorem`, `this evening`), a
    /// range of times from `dayparts.tsv`, compared loosely (see [`crate::compare`]).
    pub daypart: bool,
    /// For times: the offset from UTC, in minutes east, of a time zone written after it
    /// (`16:00 CET`: 60; `time_zones.tsv`). The value stays as written; `None` with no zone.
    pub utc_offset: Option<i16>,
}

impl Fact {
    /// For a date with a written weekday: the weekday the date really falls on, when it
    /// differs from the written one (1 = Monday … 7 = Sunday). `None` when they agree or
    /// nothing can be said (no weekday written, no year).
    pub fn weekday_conflict(&self) -> Option<u8> {
        let written = self.weekday?;
        let Value::Date(DateValue::Single(d)) = &self.value else {
            return None;
        };
        let date = jiff::civil::Date::new(d.year? as i16, d.month? as i8, d.day? as i8).ok()?;
        let actual = date.weekday().to_monday_one_offset() as u8;
        (actual != written).then_some(actual)
    }
}

impl Fact {
    fn new(kind: FactKind, span: Span, value: Value) -> Fact {
        Fact {
            kind,
            span,
            value,
            unit: None,
            qualifier: None,
            concept: None,
            year_inferred: false,
            weekday: None,
            day_month_ambiguous: false,
            twelve_hour: false,
            season: false,
            daypart: false,
            utc_offset: None,
        }
    }

    /// Its normalised value as text: the value, and for a time written with a time zone its
    /// offset from UTC after each time, as ISO 8601 writes it (`16:00+01:00`,
    /// `09:30-06:00/11:00-06:00`).
    pub fn normalised(&self) -> String {
        let Some(offset) = self.utc_offset else {
            return self.value.to_string();
        };
        let sign = if offset < 0 { '-' } else { '+' };
        let zone = format!("{sign}{:02}:{:02}", offset.abs() / 60, offset.abs() % 60);
        match self.value {
            Value::Time(h, m, 0) => format!("{h:02}:{m:02}{zone}"),
            Value::Time(h, m, s) => format!("{h:02}:{m:02}:{s:02}{zone}"),
            Value::TimeRange((h1, m1), (h2, m2)) => {
                format!("{h1:02}:{m1:02}{zone}/{h2:02}:{m2:02}{zone}")
            }
            _ => self.value.to_string(),
        }
    }
}

/// Spans already taken by a higher-priority extractor: disjoint, keyed by start (a B-tree, so
/// that claiming stays logarithmic in a text of millions of facts).
#[derive(Debug, Default)]
pub(crate) struct Taken {
    spans: std::collections::BTreeMap<usize, usize>,
}

impl Taken {
    pub(crate) fn overlaps(&self, s: Span) -> bool {
        // The last taken span starting before `s` ends, if it reaches into `s`.
        self.spans
            .range(..s.end.max(s.start + 1))
            .next_back()
            .is_some_and(|(&start, &end)| Span::new(start, end).overlaps(s))
    }

    /// Takes `s` if free; returns whether it was.
    pub(crate) fn claim(&mut self, s: Span) -> bool {
        if s.is_empty() || self.overlaps(s) {
            return false;
        }
        self.spans.insert(s.start, s.end);
        true
    }

    /// A cursor answering [`Taken::overlaps`] in constant time for spans that come in order,
    /// as a scan of a text's words meets them (any order is answered, more slowly).
    pub(crate) fn cursor(&self) -> TakenCursor {
        TakenCursor {
            spans: self.spans.iter().map(|(&s, &e)| (s, e)).collect(),
            next: 0,
        }
    }
}

/// The taken spans as they were when [`Taken::cursor`] was called, and how far a scan is.
pub(crate) struct TakenCursor {
    /// (start, end) in order.
    spans: Vec<(usize, usize)>,
    /// The number of spans starting before the last query's bound.
    next: usize,
}

impl TakenCursor {
    /// [`Taken::overlaps`] of the spans taken when the cursor was made.
    pub(crate) fn overlaps(&mut self, s: Span) -> bool {
        // As `Taken::overlaps`: the last span starting before this bound.
        let bound = s.end.max(s.start + 1);
        if self.next > 0 && self.spans[self.next - 1].0 >= bound {
            self.next = self.spans.partition_point(|sp| sp.0 < bound);
        }
        while self.next < self.spans.len() && self.spans[self.next].0 < bound {
            self.next += 1;
        }
        self.next > 0 && {
            let (start, end) = self.spans[self.next - 1];
            Span::new(start, end).overlaps(s)
        }
    }
}

/// Sorts `facts` by span start, then kind, then span end, keeping the order of equal ones
/// (a stable sort). Facts are large: their order is found on indices, and each fact is then
/// moved once rather than at every step of the sort.
fn sort_by_position(facts: &mut Vec<Fact>) {
    let mut order: Vec<usize> = (0..facts.len()).collect();
    order.sort_by_key(|&i| (facts[i].span.start, facts[i].kind, facts[i].span.end));
    let mut slots: Vec<Option<Fact>> = std::mem::take(facts).into_iter().map(Some).collect();
    *facts = order
        .into_iter()
        .map(|i| slots[i].take().expect("each index once"))
        .collect();
}

/// Greedily keeps the earliest, then longest, of overlapping candidates that do not overlap
/// `taken`, claiming their spans. Candidates are `(span, payload)`.
pub(crate) fn claim_candidates<T>(mut cands: Vec<(Span, T)>, taken: &mut Taken) -> Vec<(Span, T)> {
    cands.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut out = Vec::new();
    for (span, payload) in cands {
        if taken.claim(span) {
            out.push((span, payload));
        }
    }
    out
}

/// The compiled extractors. Build once per run ([`Extractor::new`]) and share across threads.
#[derive(Debug)]
pub struct Extractor {
    words: words::WordLists,
    identifiers: identifiers::Identifiers,
    dates: dates::Dates,
    entities: entities::Entities,
    numbers: numbers::Numbers,
}

impl Extractor {
    /// Compiles all extractors from the lexicons.
    pub fn new(lex: &Lexicons) -> Extractor {
        Extractor {
            words: words::WordLists::new(lex),
            identifiers: identifiers::Identifiers::new(),
            dates: dates::Dates::new(lex),
            entities: entities::Entities::new(lex),
            numbers: numbers::Numbers::new(lex),
        }
    }

    /// All facts in `text`, sorted by span start (then kind). `lang` selects the language
    /// conventions (decimal comma or point, lexicon forms); `Other` accepts both languages'
    /// forms and reads numbers in English conventions.
    pub fn extract(&self, text: &str, lang: Lang) -> Vec<Fact> {
        self.extract_at(text, lang, None)
    }

    /// [`Extractor::extract`] with a reference date (year, month, day). Without one, the
    /// release's own date line ([`dateline`]) is the reference. Relative dates (jutro, w
    /// przyszły piątek, next week, 3 days ago) are resolved against it, and are not reported
    /// when there is none; a date written without a year, where the text gives none, takes
    /// the year of its next occurrence on or after the reference.
    pub fn extract_at(&self, text: &str, lang: Lang, reference: Option<Ymd>) -> Vec<Fact> {
        self.extract_at_clock(text, lang, reference, None)
    }

    /// [`Extractor::extract_at`] with a reference time of day too (hour 0–23, minute): counts
    /// of minutes and hours from it (`za 2 minuty`, `in half an hour`, `3 hours ago`) are
    /// resolved to a date fact and a time fact on the same span. Without a reference time
    /// (a release's date line gives none) they are not reported.
    pub fn extract_at_clock(
        &self,
        text: &str,
        lang: Lang,
        reference: Option<Ymd>,
        clock: Option<(u8, u8)>,
    ) -> Vec<Fact> {
        let mut taken = Taken::default();
        let mut facts = self.identifiers.extract(text, &mut taken);
        let (dates, relative) =
            self.dates
                .extract(text, lang, &mut taken, &self.words, clock.is_some());
        let entities = self.entities.extract(text, lang);
        // Entities may nest; numbers must stay out of their merged extent ("Ten-Point Plan").
        let mut merged: Vec<Span> = Vec::new();
        for e in &entities {
            match merged.last_mut() {
                Some(last) if last.end > e.span.start => last.end = last.end.max(e.span.end),
                _ => merged.push(e.span),
            }
        }
        for s in merged {
            taken.claim(s);
        }
        let numbers = self.numbers.extract(text, lang, &mut taken, &self.words);
        // Room for every fact at once (a relative date may make two: a day and a time), so
        // that the facts, some 300 bytes each, are not copied again as the vector grows.
        facts.reserve(dates.len() + entities.len() + numbers.len() + 2 * relative.len());
        facts.extend(dates);
        facts.extend(entities);
        facts.extend(numbers);
        // Dates came in position order, so the date line is found before sorting.
        let reference = reference.or_else(|| dateline(text, &facts));
        if let Some(r) = reference {
            for (span, spec) in relative {
                if let Some(v) = spec.resolve(r) {
                    let mut f = Fact::new(FactKind::Date, span, Value::Date(v));
                    f.season = matches!(spec, dates::RelSpec::Season(..));
                    // "by EOM", "by the end of next week": the end of an open period.
                    if spec.is_deadline() {
                        f.qualifier = Some("until".to_string());
                    }
                    facts.push(f);
                } else if let Some((day, time)) = clock.and_then(|c| spec.resolve_clock(r, c)) {
                    facts.push(Fact::new(FactKind::Date, span, Value::Date(day)));
                    facts.push(Fact::new(FactKind::Time, span, time));
                }
                // "in a few days", "za kilka dni": a vague count, so an approximate date.
                if self.dates.counts_vaguely(span.of(text)) {
                    for f in facts.iter_mut().rev().take_while(|f| f.span == span) {
                        f.qualifier.get_or_insert_with(|| "about".to_string());
                    }
                }
            }
        }
        sort_by_position(&mut facts);
        dates::infer_years(&mut facts, reference);
        // "od 1 lipca", "until 2:00pm": a single date or time opening or closing a period;
        // "do końca marca", "by the end of next week": a deadline.
        for f in &mut facts {
            let single = matches!(
                f.value,
                Value::Time(..) | Value::Date(dates::DateValue::Single(_))
            );
            if f.kind == FactKind::Date && self.dates.opens_with_deadline(text, f.span.start) {
                f.qualifier = Some("until".to_string());
            } else if single && f.qualifier.is_none() {
                f.qualifier = self
                    .dates
                    .bound_before(text, f.span.start, lang)
                    .map(str::to_string);
            }
        }
        merge_minor_amounts(text, &mut facts);
        self.merge_unit_ranges(text, &mut facts);
        merge_zoned_time_ranges(text, &mut facts);
        self.merge_bounded_times(text, &mut facts);
        self.merge_durations(text, &mut facts);
        self.merge_offsets(text, &mut facts);
        // "the week of October 7th": the week (Monday–Sunday) the day falls in.
        for f in &mut facts {
            if let Value::Date(dates::DateValue::Single(d)) = &f.value {
                let week = dates::week_of(*d);
                if let (Some(week), Some(len)) =
                    (week, self.dates.week_of_before(text, f.span.start))
                {
                    f.value = Value::Date(week);
                    f.span.start -= len;
                }
            }
        }
        facts
    }

    /// Joins a count of units and the day after it into the day so much later or earlier:
    /// "three days after Easter", "3 dni po Wielkanocy", "two weeks before 5 May" (see
    /// [`dates::Dates::offset_between`]). The count is a plain number fact, which the day
    /// takes in. `facts` must be sorted by position.
    fn merge_offsets(&self, text: &str, facts: &mut Vec<Fact>) {
        use dates::{DateValue, Duration, PartialDate, StartOf};
        merge_pairs(facts, |a, b| {
            let Value::Number(n) = &a.value else {
                return None;
            };
            if a.kind != FactKind::Number || n.high.is_some() || n.ordinal || !n.low.is_integer() {
                return None;
            }
            let count = n.low.to_f64() as i64;
            let Value::Date(DateValue::Single(PartialDate {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            })) = b.value
            else {
                return None;
            };
            if a.span.end > b.span.start || !(1..=1000).contains(&count) {
                return None;
            }
            let (unit, sign) = self.dates.offset_between(&text[a.span.end..b.span.start])?;
            let StartOf::Day(y2, m2, d2) =
                Duration::Calendar(unit).end_of(StartOf::Day(y, m, d), count * i64::from(sign))?
            else {
                return None;
            };
            let mut f = b.clone();
            f.value = Value::Date(DateValue::Single(PartialDate {
                year: Some(y2),
                month: Some(m2),
                day: Some(d2),
            }));
            f.span = Span::new(a.span.start, b.span.end);
            f.qualifier = None;
            f.weekday = None;
            Some(f)
        });
    }

    /// Joins a day or a time of day and a duration beside it into the period they make:
    /// "18th Dec for 10 days" = 2013-12-18/2013-12-28, "for 30' starting from 4pm" =
    /// 16:00/16:30 (see [`dates::Dates::duration_beside`] for the forms and
    /// [`dates::Duration::end_of`] for the end). The count is a plain number fact (10,
    /// thirty), which the period takes in. `facts` must be sorted by position.
    fn merge_durations(&self, text: &str, facts: &mut Vec<Fact>) {
        use dates::{DateValue, PartialDate, StartOf};
        let start_of = |f: &Fact| match &f.value {
            Value::Time(h, m, 0) if f.utc_offset.is_none() => Some(StartOf::Clock(*h, *m)),
            Value::Date(DateValue::Single(PartialDate {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            })) => Some(StartOf::Day(*y, *m, *d)),
            _ => None,
        };
        let count = |f: &Fact| match &f.value {
            Value::Number(n)
                if f.kind == FactKind::Number
                    && f.unit.is_none()
                    && n.high.is_none()
                    && !n.ordinal
                    && n.low.is_integer() =>
            {
                Some(n.low.to_f64() as i64).filter(|c| (1..=1000).contains(c))
            }
            _ => None,
        };
        merge_pairs(facts, |first, second| {
            // The start first ("18th Dec for 10 days") or the count first ("for 10 days from
            // 18th Dec").
            let start_first = start_of(first).is_some() && count(second).is_some();
            let (at, n) = match start_first {
                true => (first, second),
                false if count(first).is_some() && start_of(second).is_some() => (second, first),
                false => return None,
            };
            if first.span.end > second.span.start {
                return None;
            }
            let unit = self.dates.duration_beside(
                start_first,
                &text[..first.span.start],
                &text[first.span.end..second.span.start],
                &text[second.span.end..],
            )?;
            let start = start_of(at)?;
            let end = unit.end_of(start, count(n)?)?;
            let value = match (start, end) {
                (StartOf::Day(y, m, d), StartOf::Day(y2, m2, d2)) => {
                    let day = |y, m, d| PartialDate {
                        year: Some(y),
                        month: Some(m),
                        day: Some(d),
                    };
                    Value::Date(DateValue::Range(day(y, m, d), day(y2, m2, d2)))
                }
                (StartOf::Clock(h, m), StartOf::Clock(h2, m2)) => {
                    Value::TimeRange((h, m), (h2, m2))
                }
                _ => return None,
            };
            // The span runs to the end of the unit word after a count that comes last.
            let end_byte = if start_first {
                let after = &text[second.span.end..];
                second.span.end + after.len() - self.dates.after_duration_unit(after)?.len()
            } else {
                second.span.end
            };
            let mut f = at.clone();
            f.value = value;
            f.span = Span::new(first.span.start, end_byte);
            f.qualifier = None;
            Some(f)
        });
    }

    /// Joins a time opening a period and the time closing it right after ("later than 9:30
    /// but before 11:00", "po 9:30, ale przed 11:00") into one range of times, when only a
    /// conjunction (see [`dates::Dates::joins_bounds`]) and the closing bound word stand
    /// between them. `facts` must be sorted by position.
    fn merge_bounded_times(&self, text: &str, facts: &mut Vec<Fact>) {
        // Without a time opening a period nothing joins, and the facts need not move.
        let opens = |f: &Fact| {
            matches!(f.value, Value::Time(_, _, 0)) && f.qualifier.as_deref() == Some("from")
        };
        if !facts.iter().any(opens) {
            return;
        }
        let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
        for b in std::mem::take(facts) {
            if let Some(a) = out.last_mut() {
                if let (Value::Time(h1, m1, 0), Value::Time(h2, m2, 0)) = (&a.value, &b.value) {
                    let bounds = (a.qualifier.as_deref(), b.qualifier.as_deref());
                    if bounds == (Some("from"), Some("until"))
                        && (h1, m1) < (h2, m2)
                        && a.span.end <= b.span.start
                        && self.dates.joins_bounds(&text[a.span.end..b.span.start])
                    {
                        a.value = Value::TimeRange((*h1, *m1), (*h2, *m2));
                        a.span.end = b.span.end;
                        a.qualifier = None;
                        a.twelve_hour |= b.twelve_hour;
                        continue;
                    }
                }
            }
            out.push(b);
        }
        *facts = out;
    }

    /// Joins two numbers that carry the same unit into one range when the text between them
    /// makes a range (`od 10 zł do 20 zł`, `about $10-$20`, `between 10 km and 20 km`; see
    /// [`words::WordLists::joins_range`]): the low end first, the first one's qualifier kept
    /// (the second's comes from the joining word: "do 20 zł" alone is "at most").
    /// `facts` must be sorted by position.
    fn merge_unit_ranges(&self, text: &str, facts: &mut Vec<Fact>) {
        merge_adjacent(facts, |a, b| match (&a.value, &b.value) {
            (Value::Number(x), Value::Number(y))
                if a.unit.is_some()
                    && a.unit == b.unit
                    && x.high.is_none()
                    && y.high.is_none()
                    && x.ordinal == y.ordinal
                    && x.low < y.low
                    && a.span.end <= b.span.start
                    && self
                        .words
                        .joins_range(&text[..a.span.start], &text[a.span.end..b.span.start]) =>
            {
                Some(NumberValue {
                    high: Some(y.low),
                    precision: match (x.precision, y.precision) {
                        (Some(p), Some(q)) => Some(p.max(q)),
                        _ => None,
                    },
                    ..*x
                })
            }
            // A bare number, a dash and a number with a unit: `10 - 15 zł`, `100 - 1000 g`.
            // Spaced hyphens are kept apart by the digit scanner (a dash between clauses), so
            // the ends must be of one magnitude (at most 100 times apart).
            (Value::Number(x), Value::Number(y))
                if a.unit.is_none()
                    && b.unit.is_some()
                    && a.concept.is_none()
                    && x.high.is_none()
                    && y.high.is_none()
                    && !x.ordinal
                    && !y.ordinal
                    && !x.low.is_negative()
                    && a.span.end <= b.span.start
                    && matches!(text[a.span.end..b.span.start].trim(), "-" | "–" | "—") =>
            {
                let low = match y.unit_factor {
                    Some(f) => x.low.checked_mul(f)?,
                    None => x.low,
                };
                let ratio = y.low.to_f64() / low.to_f64();
                (low < y.low && ratio <= 100.0).then_some(NumberValue {
                    low,
                    high: Some(y.low),
                    precision: y.precision,
                    words: x.words && y.words,
                    ..*y
                })
            }
            _ => None,
        });
    }
}

/// Units that are the hundredth part of a currency (`3 zł 40 gr`, `20 dollars 43 cents`).
const MINOR_UNITS: &[&str] = &["cent", "grosz"];

/// Joins an amount in a currency (a unit with an ISO 4217 code) and the hundredths written
/// right after it or after "and"/"i" (`3 zł 40 gr` = 3.40 PLN, `$20 and 43 cents` =
/// 20.43 USD), into one fact spanning both. `facts` must be sorted by position.
fn merge_minor_amounts(text: &str, facts: &mut Vec<Fact>) {
    let currency = |u: &Option<String>| {
        u.as_deref()
            .is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()))
    };
    merge_adjacent(facts, |a, b| match (&a.value, &b.value) {
        (Value::Number(x), Value::Number(y))
            if currency(&a.unit)
                && (b.unit.as_deref().is_some_and(|u| MINOR_UNITS.contains(&u))
                    || bare_hundredths(text, b))
                && x.high.is_none()
                && y.high.is_none()
                && x.low.is_integer()
                && !x.low.is_negative()
                && y.low.is_integer()
                && (1..=99).contains(&(y.low.to_f64() as i64))
                && a.span.end <= b.span.start
                && matches!(
                    text[a.span.end..b.span.start]
                        .trim()
                        .to_lowercase()
                        .as_str(),
                    "" | "and" | "i"
                ) =>
        {
            let cents = Decimal::new(y.low.to_f64() as i128, 2);
            x.low.checked_add(cents).map(|v| NumberValue {
                low: v,
                precision: Some(Decimal::new(5, 3)),
                words: x.words && y.words,
                ..*x
            })
        }
        _ => None,
    });
    // "$20 and 43c": a `c` glued to one or two digits is cents only right after an amount
    // (alone, `43c` is a house number: ul. Długa 43c).
    for f in facts.iter_mut() {
        let Value::Number(x) = &mut f.value else {
            continue;
        };
        if !currency(&f.unit) || x.high.is_some() || !x.low.is_integer() || x.low.is_negative() {
            continue;
        }
        if let Some((end, cents)) = glued_cents(text, f.span.end) {
            if let Some(v) = x.low.checked_add(Decimal::new(cents, 2)) {
                x.low = v;
                x.precision = Some(Decimal::new(5, 3));
                f.span.end = end;
            }
        }
    }
}

/// Cents written as one or two digits and a glued `c` after an amount ending at byte `end`,
/// alone or after "and"/"i" (`$20 and 43c`, `20 dollar 43c`): the byte after the `c` and the
/// cents.
fn glued_cents(text: &str, end: usize) -> Option<(usize, i128)> {
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    let mut at = end + gap;
    if gap == 0 {
        return None;
    }
    for joiner in ["and ", "i "] {
        if text[at..].starts_with(joiner) {
            at += joiner.len();
            break;
        }
    }
    let digits = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    let after = at + digits;
    if !(1..=2).contains(&digits) || !text[after..].starts_with('c') || alnum_at(text, after + 1) {
        return None;
    }
    Some((after + 1, text[at..after].parse().ok()?))
}

/// A bare number that ends its clause right after an amount, read as its hundredths
/// (`$20 43`, `US$3 and fourteen`): no unit, no counted noun, and no word after it
/// (`$20 and 43 people` stays two numbers).
fn bare_hundredths(text: &str, b: &Fact) -> bool {
    b.unit.is_none()
        && b.concept.is_none()
        && b.kind == FactKind::Number
        && !text[b.span.end..]
            .trim_start_matches([' ', '\u{A0}'])
            .starts_with(char::is_alphanumeric)
}

/// Whether `text`, lower-cased character by character, is `lower` (a lower-case form), without
/// allocating.
pub(crate) fn lower_eq(text: &str, lower: &str) -> bool {
    // ASCII lower-cases byte for byte (only non-ASCII letters may change length or turn into
    // ASCII: "K", the Kelvin sign, is "k").
    if text.is_ascii() {
        return text.len() == lower.len()
            && text
                .bytes()
                .zip(lower.bytes())
                .all(|(t, l)| t.to_ascii_lowercase() == l);
    }
    text.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// The greatest character boundary of `text` at or before byte `i` (`i` ≤ its length).
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The least character boundary of `text` at or after byte `i` (`i` ≤ its length).
pub(crate) fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Replaces each fact and the one after it by one fact spanning both, with the number `join`
/// gives for them (`None`: they stay apart); the first's unit and counted noun, or when it has
/// none, the second's. `facts` must be sorted by position.
fn merge_adjacent(facts: &mut Vec<Fact>, join: impl Fn(&Fact, &Fact) -> Option<NumberValue>) {
    merge_pairs(facts, |a, b| {
        // Joined first: most neighbours are not, and a fact is cloned only for a merge.
        let value = Value::Number(join(a, b)?);
        let mut merged = a.clone();
        merged.value = value;
        merged.span.end = b.span.end;
        if merged.unit.is_none() {
            merged.unit.clone_from(&b.unit);
        }
        if merged.concept.is_none() {
            merged.concept.clone_from(&b.concept);
        }
        Some(merged)
    });
}

/// Replaces each fact and the one after it by the fact `join` makes of them (`None`: they
/// stay apart); a merged fact is not joined again with the next. One pass in place: facts
/// move down over the merged ones only after the first merge (no quadratic `remove`, and no
/// move at all when nothing merges). `facts` must be sorted by position.
fn merge_pairs(facts: &mut Vec<Fact>, join: impl Fn(&Fact, &Fact) -> Option<Fact>) {
    // Facts before `write` are final; `read` is the next fact to look at.
    let (mut read, mut write) = (0, 0);
    while read < facts.len() {
        let merged = facts.get(read + 1).and_then(|b| join(&facts[read], b));
        match merged {
            Some(merged) => {
                facts[write] = merged;
                read += 2;
            }
            None => {
                if write != read {
                    facts.swap(write, read);
                }
                read += 1;
            }
        }
        write += 1;
    }
    facts.truncate(write);
}

/// The start of a range of hours written before a time with a zone ("from 9 to 11 CET",
/// "9:30 - 11:00 CST" when the range itself was not read): the first hour and minute, and
/// "between" before an "and".
static RANGE_START_BEFORE_ZONED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(
    || {
        regex::Regex::new(
            r"(?i)(?:\b(?P<btw>between)\s+|\bfrom\s+)?\b(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?[ \u{a0}]*(?:[-–—]|\b(?P<sep>to|until|till|and)\b)[ \u{a0}]*$",
        )
        .expect("range start pattern")
    },
);

/// Joins a time with a zone and the hour before it into one range with that zone:
/// "15:00 GMT - 18:00 GMT" (two zoned times with the same offset) and "from 9 to 11 CET" (a
/// bare first hour, which alone is no time). `facts` must be sorted by position.
fn merge_zoned_time_ranges(text: &str, facts: &mut Vec<Fact>) {
    // Without a zoned time nothing joins, and the facts need not move.
    if !facts
        .iter()
        .any(|f| matches!(f.value, Value::Time(_, _, 0)) && f.utc_offset.is_some())
    {
        return;
    }
    let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
    for b in std::mem::take(facts) {
        let Value::Time(h2, m2, 0) = b.value else {
            out.push(b);
            continue;
        };
        let Some(offset) = b.utc_offset else {
            out.push(b);
            continue;
        };
        // A bare number right before may be the first hour ("15 to 18 CET"): look past it.
        let bare_number = out.last().is_some_and(|a| {
            matches!(a.value, Value::Number(_)) && a.unit.is_none() && a.concept.is_none()
        });
        let skip = usize::from(bare_number);
        let prev_end = out.iter().rev().nth(skip).map_or(0, |a| a.span.end);
        // Two zoned times joined by a dash or "to".
        if let Some(a) = out.last_mut() {
            let between = text[a.span.end..b.span.start].trim().to_lowercase();
            if let Value::Time(h1, m1, 0) = a.value {
                if a.utc_offset == Some(offset)
                    && matches!(between.as_str(), "-" | "–" | "—" | "to" | "until" | "till")
                    && (h1, m1) < (h2, m2)
                {
                    a.value = Value::TimeRange((h1, m1), (h2, m2));
                    a.span.end = b.span.end;
                    continue;
                }
            }
        }
        // A bare hour before it.
        let before = &text[prev_end..b.span.start];
        if let Some(c) = RANGE_START_BEFORE_ZONED.captures(before) {
            let start = prev_end + c.get(0).expect("group 0").start();
            let and = c
                .name("sep")
                .is_some_and(|s| s.as_str().eq_ignore_ascii_case("and"));
            let h1: u8 = c["h"].parse().unwrap_or(24);
            let m1: u8 = c.name("m").map_or(0, |m| m.as_str().parse().unwrap_or(60));
            if and == c.name("btw").is_some() && (h1, m1) < (h2, m2) && m1 < 60 {
                if bare_number && out.last().is_some_and(|a| a.span.start >= start) {
                    out.pop();
                }
                let mut f = b;
                f.value = Value::TimeRange((h1, m1), (h2, m2));
                f.span.start = start;
                f.twelve_hour = false;
                out.push(f);
                continue;
            }
        }
        out.push(b);
    }
    *facts = out;
}

/// The release's own date line: the first full date that stands alone on its line, or after
/// a place name and a comma (`2025-09-10`, `Kraków, 10 września 2025 r.`). `facts` must hold
/// dates in position order (other kinds may come between them).
pub fn dateline(text: &str, facts: &[Fact]) -> Option<Ymd> {
    facts.iter().find_map(|f| {
        let Value::Date(DateValue::Single(d)) = &f.value else {
            return None;
        };
        let ymd = (d.year?, d.month?, d.day?);
        // A date line is short: look for its ends within a window, so that a text of one
        // long line costs no more than a text of many.
        const WINDOW: usize = 160;
        let back = floor_char_boundary(text, f.span.start.saturating_sub(WINDOW));
        let line_start = match text[back..f.span.start].rfind('\n') {
            Some(p) => back + p + 1,
            None if back == 0 => 0,
            None => return None,
        };
        let ahead = ceil_char_boundary(text, (f.span.end + WINDOW).min(text.len()));
        let line_end = match text[f.span.end..ahead].find('\n') {
            Some(p) => f.span.end + p,
            None if ahead == text.len() => text.len(),
            None => return None,
        };
        let before = text[line_start..f.span.start].trim();
        let after = text[f.span.end..line_end].trim().trim_matches(['*', '_']);
        let place = before.is_empty()
            || before.ends_with(',')
                && before.len() <= 40
                && before[..before.len() - 1]
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
        (place && (after.is_empty() || after == ".")).then_some(ymd)
    })
}

/// The last `n` characters of `text`, lower-cased (for matching words before a position).
pub(crate) fn lower_tail(text: &str, n: usize) -> Lower<'_> {
    let start = text
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    lowercase(&text[start..])
}

/// Bytes of lower-cased text [`Lower`] holds without a heap allocation: a word, or the 24
/// characters before a position that the look-ups take (Polish letters are 2 bytes each).
const LOWER_INLINE: usize = 64;

/// A text lower-cased by [`lowercase`]; dereferences to `str`.
#[derive(Debug)]
pub(crate) enum Lower<'a> {
    /// The text itself: lower-casing changes nothing in it.
    Borrowed(&'a str),
    /// Lower-cased into a buffer of [`LOWER_INLINE`] bytes, on the stack.
    Inline(arrayvec::ArrayString<LOWER_INLINE>),
    /// Lower-cased on the heap: longer texts, and texts with a capital sigma (Σ), whose lower
    /// case depends on its place in the word.
    Owned(String),
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Inline(s) => s.as_str(),
            Lower::Owned(s) => s.as_str(),
        }
    }
}

/// `text` lower-cased as [`str::to_lowercase`] does it: borrowed when that would change
/// nothing (every character its own lower case: ASCII without capitals, Polish lower-case
/// letters, digits, punctuation), and for a text of up to [`LOWER_INLINE`] bytes once
/// lower-cased, held on the stack, so that words allocate nothing.
pub(crate) fn lowercase(text: &str) -> Lower<'_> {
    let unchanged = if text.is_ascii() {
        !text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        // (The one context-dependent rule of `to_lowercase`, a final sigma, is about Σ, which
        // is not its own lower case: a text that passes holds none.)
        text.chars().all(|c| {
            if c.is_ascii() {
                !c.is_ascii_uppercase()
            } else {
                let mut lower = c.to_lowercase();
                lower.next() == Some(c) && lower.next().is_none()
            }
        })
    };
    if unchanged {
        return Lower::Borrowed(text);
    }
    if text.len() <= LOWER_INLINE {
        let mut buf = arrayvec::ArrayString::new();
        if text.is_ascii() {
            // (Fits: checked above.)
            if buf.try_push_str(text).is_ok() {
                buf.as_mut_str().make_ascii_lowercase();
                return Lower::Inline(buf);
            }
        } else if !text.contains('Σ')
            // Character by character is what `to_lowercase` does, but for Σ (see above).
            && text
                .chars()
                .flat_map(char::to_lowercase)
                .all(|c| buf.try_push(c).is_ok())
        {
            return Lower::Inline(buf);
        }
    }
    Lower::Owned(text.to_lowercase())
}

/// Whether the char before byte `i` of `text` is a letter or digit (for word boundaries).
pub(crate) fn alnum_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Whether the char at byte `i` of `text` is a letter or digit.
pub(crate) fn alnum_at(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `merge_pairs` by its definition: a pair that joins is replaced by the join and the
    /// search goes on after it; otherwise the first fact stays and the search moves one on.
    fn merge_pairs_by_definition(
        facts: &[Fact],
        join: &impl Fn(&Fact, &Fact) -> Option<Fact>,
    ) -> Vec<Fact> {
        match facts {
            [a, b, rest @ ..] => match join(a, b) {
                Some(m) => [vec![m], merge_pairs_by_definition(rest, join)].concat(),
                None => [
                    vec![a.clone()],
                    merge_pairs_by_definition(&facts[1..], join),
                ]
                .concat(),
            },
            _ => facts.to_vec(),
        }
    }

    proptest::proptest! {
        #[test]
        fn merge_pairs_in_place_is_merge_pairs_by_definition(
            starts in proptest::collection::vec(0usize..9, 0..30),
            modulus in 1usize..5,
        ) {
            let facts: Vec<Fact> = starts
                .iter()
                .enumerate()
                .map(|(n, &s)| Fact::new(FactKind::Entity, Span::new(s, s + 1), Value::Entity(n.to_string())))
                .collect();
            // Pairs whose starts sum to a multiple of `modulus` join, naming both.
            let join = |a: &Fact, b: &Fact| {
                let (Value::Entity(x), Value::Entity(y)) = (&a.value, &b.value) else {
                    return None;
                };
                (a.span.start + b.span.start).is_multiple_of(modulus).then(|| {
                    Fact::new(FactKind::Entity, Span::new(a.span.start.min(b.span.start), a.span.end.max(b.span.end)), Value::Entity(format!("{x}+{y}")))
                })
            };
            let expected = merge_pairs_by_definition(&facts, &join);
            let mut merged = facts;
            merge_pairs(&mut merged, join);
            proptest::prop_assert_eq!(merged, expected);
        }
    }

    proptest::proptest! {
        #[test]
        fn facts_sort_by_position_as_a_stable_sort_does(
            spans in proptest::collection::vec((0usize..6, 0usize..4, 0usize..3), 0..40),
        ) {
            let kinds = [FactKind::Number, FactKind::Date, FactKind::Entity];
            // Each fact's value tells it apart from the facts it ties with.
            let facts: Vec<Fact> = spans
                .iter()
                .enumerate()
                .map(|(n, &(start, len, kind))| {
                    let value = Value::Entity(n.to_string());
                    Fact::new(kinds[kind], Span::new(start, start + len), value)
                })
                .collect();
            let mut expected = facts.clone();
            expected.sort_by(|a, b| {
                a.span
                    .start
                    .cmp(&b.span.start)
                    .then(a.kind.cmp(&b.kind))
                    .then(a.span.end.cmp(&b.span.end))
            });
            let mut sorted = facts;
            sort_by_position(&mut sorted);
            proptest::prop_assert_eq!(sorted, expected);
        }
    }

    #[test]
    fn lower_eq_folds_ascii_and_other_letters() {
        assert!(lower_eq("Thousandth", "thousandth"));
        assert!(lower_eq("TYSIĘCZNY", "tysięczny"));
        assert!(!lower_eq("Thousand", "thousandth"));
        assert!(!lower_eq("thousandth", "thousand"));
        // The Kelvin sign lower-cases to an ASCII "k".
        assert!(lower_eq("\u{212A}m", "km"));
        assert!(!lower_eq("km", "\u{212A}m"));
    }

    #[test]
    fn lower_casing_stays_on_the_stack_up_to_its_buffer() {
        // 64 bytes with capitals: on the stack; one more character: on the heap.
        let word = "ŻÓŁTA".repeat(8);
        assert_eq!(word.len(), 64);
        let lower = lowercase(&word);
        assert!(matches!(lower, Lower::Inline(_)), "{lower:?}");
        assert_eq!(&*lower, "żółta".repeat(8));
        let longer = format!("{word}A");
        let lower = lowercase(&longer);
        assert!(matches!(lower, Lower::Owned(_)), "{lower:?}");
        assert_eq!(&*lower, format!("{}a", "żółta".repeat(8)));
        // A final capital sigma lower-cases by its place: ς at the end of a word, σ inside.
        // (ς is U+03C2, σ U+03C3.)
        assert_eq!(&*lowercase("ΟΔΟΣ ΣΑ"), "οδο\u{3c2} \u{3c3}α");
        assert!(matches!(lowercase("ΟΔΟΣ"), Lower::Owned(_)));
    }

    proptest::proptest! {
        #[test]
        fn lowercase_is_to_lowercase(text in "\\PC{0,12}|[a-zA-Z ąęłśżźćńóĄĘŁŚŻŹĆŃÓΣσςİ\u{212A}ǅ]{0,12}") {
            let lower = lowercase(&text);
            let expected = text.to_lowercase();
            proptest::prop_assert_eq!(&*lower, expected.as_str());
            // Borrowed exactly when nothing changes; on the heap only when long or with a Σ.
            proptest::prop_assert_eq!(matches!(lower, Lower::Borrowed(_)), expected == text);
            proptest::prop_assert_eq!(
                matches!(lower, Lower::Owned(_)),
                expected != text
                    && (text.len().max(expected.len()) > LOWER_INLINE || text.contains('Σ'))
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_eq_is_lower_casing_char_by_char(
            text in "[a-zA-Z0-9 .ąęĄĘİ\u{212A}]{0,8}",
            other in "[a-z0-9 .ąę]{0,8}",
        ) {
            let lower: String = text.chars().flat_map(char::to_lowercase).collect();
            proptest::prop_assert!(lower_eq(&text, &lower));
            proptest::prop_assert_eq!(lower_eq(&text, &other), lower == other);
        }
    }

    #[test]
    fn a_cursor_answers_as_taken_does_in_any_order() {
        let mut taken = Taken::default();
        for (s, e) in [(3, 5), (10, 12), (12, 20), (30, 31)] {
            assert!(taken.claim(Span::new(s, e)));
        }
        let queries: Vec<Span> = (0..34)
            .flat_map(|s| [Span::new(s, s), Span::new(s, s + 1), Span::new(s, s + 4)])
            .collect();
        let mut cursor = taken.cursor();
        let in_order: Vec<bool> = queries.iter().map(|&q| cursor.overlaps(q)).collect();
        let expected: Vec<bool> = queries.iter().map(|&q| taken.overlaps(q)).collect();
        assert_eq!(in_order, expected);
        assert_eq!(expected.iter().filter(|&&o| o).count(), 44);
        // Out of order: the cursor goes back.
        let mut cursor = taken.cursor();
        for &q in queries.iter().rev().chain(&queries) {
            assert_eq!(cursor.overlaps(q), taken.overlaps(q), "{q:?}");
        }
        assert!(!Taken::default().cursor().overlaps(Span::new(0, 9)));
    }

    /// The facts of one kind in `text`: (as written, normalised value, qualifier).
    pub(crate) fn qualified(
        text: &str,
        lang: Lang,
        kind: FactKind,
    ) -> Vec<(String, String, Option<String>)> {
        let ex = Extractor::new(&Lexicons::embedded());
        ex.extract(text, lang)
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| {
                (
                    f.span.of(text).to_string(),
                    f.value.to_string(),
                    f.qualifier,
                )
            })
            .collect()
    }

    pub(crate) fn facts(text: &str, lang: Lang) -> Vec<(FactKind, String, String)> {
        let ex = Extractor::new(&Lexicons::embedded());
        ex.extract(text, lang)
            .into_iter()
            .map(|f| (f.kind, f.span.of(text).to_string(), f.value.to_string()))
            .collect()
    }

    #[test]
    fn a_bound_before_a_date_or_time_is_its_qualifier() {
        let ex = Extractor::new(&Lexicons::embedded());
        let bounds = |text: &str, lang| -> Vec<(String, Option<String>)> {
            ex.extract(text, lang)
                .into_iter()
                .filter(|f| matches!(f.kind, FactKind::Date | FactKind::Time))
                .map(|f| (f.span.of(text).to_string(), f.qualifier))
                .collect()
        };
        assert_eq!(
            bounds(
                "Nabór trwa od 1 lipca 2026 r. do 15 lipca 2026 r., przed godz. 16.",
                Lang::Pl
            ),
            vec![
                ("1 lipca 2026 r.".into(), Some("from".into())),
                ("15 lipca 2026 r.".into(), Some("until".into())),
                ("godz. 16".into(), Some("until".into())),
            ]
        );
        assert_eq!(
            bounds(
                "Since 2014 and until 2:00pm; on 3 May 2025. Shopping before 5pm.",
                Lang::En
            ),
            vec![
                ("2014".into(), Some("from".into())),
                ("2:00pm".into(), Some("until".into())),
                ("3 May 2025".into(), None),
                ("5pm".into(), Some("until".into())),
            ]
        );
        // A range has its own ends: no bound.
        assert_eq!(
            bounds("od 2 do 5 czerwca 2026 r.", Lang::Pl),
            vec![("od 2 do 5 czerwca 2026 r.".into(), None)]
        );
    }

    /// The time facts of `text`, each as (written, value, `field` of the fact).
    fn time_facts<T>(
        ex: &Extractor,
        text: &str,
        lang: Lang,
        field: impl Fn(Fact) -> T,
    ) -> Vec<(String, String, T)> {
        ex.extract(text, lang)
            .into_iter()
            .filter(|f| f.kind == FactKind::Time)
            .map(|f| (f.span.of(text).to_string(), f.value.to_string(), field(f)))
            .collect()
    }

    #[test]
    fn a_time_opening_and_one_closing_a_period_make_a_range() {
        let ex = Extractor::new(&Lexicons::embedded());
        let times = |text: &str, lang| time_facts(&ex, text, lang, |f| f.qualifier);
        assert_eq!(
            times("Entry later than 3:30pm but before 6pm.", Lang::En),
            [("3:30pm but before 6pm".into(), "15:30/18:00".into(), None)]
        );
        assert_eq!(
            times("Wejście po 9:30, ale przed 11:00.", Lang::Pl),
            [("9:30, ale przed 11:00".into(), "09:30/11:00".into(), None)]
        );
        // "no later than" closes a period; a sentence between keeps the two apart.
        assert_eq!(
            times("Not before 9 am. No later than 6pm.", Lang::En),
            [
                ("9 am".into(), "09:00".into(), Some("from".into())),
                ("6pm".into(), "18:00".into(), Some("until".into()))
            ]
        );
    }

    #[test]
    fn a_deadline_is_the_whole_period_until_its_end_in_both_languages() {
        let ex = Extractor::new(&Lexicons::embedded());
        let dates = |text: &str, lang| -> Vec<(String, String, Option<String>)> {
            ex.extract_at_clock(text, lang, Some((2026, 2, 12)), None)
                .into_iter()
                .filter(|f| f.kind == FactKind::Date)
                .map(|f| {
                    (
                        f.span.of(text).to_string(),
                        f.value.to_string(),
                        f.qualifier,
                    )
                })
                .collect()
        };
        let until = |a: &str, v: &str| (a.to_string(), v.to_string(), Some("until".to_string()));
        assert_eq!(
            dates(
                "Prace potrwają do końca marca 2027 r., a odbiór przed końcem roku.",
                Lang::Pl
            ),
            vec![
                until("do końca marca 2027 r.", "2027-03"),
                until("przed końcem roku", "2026"),
            ]
        );
        assert_eq!(
            dates(
                "Works will last until the end of March 2027, with handover by the end of the year.",
                Lang::En
            ),
            vec![
                until("until the end of March 2027", "2027-03"),
                until("by the end of the year", "2026"),
            ]
        );
        // "At the end of" is a part of the period, not a deadline.
        assert_eq!(
            dates("The fair opens at the end of March 2027.", Lang::En),
            vec![(
                "at the end of March 2027".into(),
                "2027-03-21/2027-03-31".into(),
                None
            )]
        );
    }

    #[test]
    fn counts_of_minutes_and_hours_need_a_reference_time() {
        let ex = Extractor::new(&Lexicons::embedded());
        let times = |text: &str, lang| -> Vec<(String, String)> {
            ex.extract_at_clock(text, lang, Some((2013, 2, 12)), Some((4, 30)))
                .into_iter()
                .filter(|f| f.kind == FactKind::Time)
                .map(|f| (f.span.of(text).to_string(), f.value.to_string()))
                .collect()
        };
        let t = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            times(
                "in 2 minutes, in half an hour, in 3/4 hour, 3 hours ago, 2 minutes from now",
                Lang::En
            ),
            vec![
                t("in 2 minutes", "04:32"),
                t("in half an hour", "05:00"),
                t("in 3/4 hour", "05:15"),
                t("3 hours ago", "01:30"),
                t("2 minutes from now", "04:32"),
            ]
        );
        assert_eq!(
            times("za kwadrans, za jeszcze 2 minuty, 2 godziny temu", Lang::Pl),
            vec![
                t("za kwadrans", "04:45"),
                t("za jeszcze 2 minuty", "04:32"),
                t("2 godziny temu", "02:30"),
            ]
        );
        // Hours then minutes add up; "godz." after a count is the unit of a duration, no
        // time of day ("1 godz. 20 min").
        assert_eq!(
            times(
                "1 godz. 2 minuty temu, in 1 hour and 20 minutes. Przejazd trwał 1 godz. 20 min.",
                Lang::Pl
            ),
            vec![
                t("1 godz. 2 minuty temu", "03:28"),
                t("in 1 hour and 20 minutes", "05:50"),
            ]
        );
        // "w" counts clock units only ("w 7 dni" says how long it took); halves are added;
        // "teraz" and "now" are the reference time itself.
        assert_eq!(
            times("w 2 i pół godziny, w 7 dni, teraz", Lang::Pl),
            vec![t("w 2 i pół godziny", "07:00"), t("teraz", "04:30")]
        );
        assert_eq!(
            times("in 2 and a half hours, right now", Lang::En),
            vec![t("in 2 and a half hours", "07:00"), t("right now", "04:30")]
        );
        // "from now" ends a count, read or not: its "now" is no present moment.
        assert_eq!(
            times("3 fridays from now, a day from right now", Lang::En),
            vec![]
        );
        // Whole minutes or hours before or after the current one: a range of times.
        assert_eq!(
            times(
                "ostatnie dwie minuty, kolejne 3 minuty, ostatnia 1 godzina, kolejne trzy godziny",
                Lang::Pl
            ),
            vec![
                t("ostatnie dwie minuty", "04:28/04:30"),
                t("kolejne 3 minuty", "04:31/04:34"),
                t("ostatnia 1 godzina", "03:00/04:00"),
                t("kolejne trzy godziny", "05:00/08:00"),
            ]
        );
        // Up to midnight, but not across it.
        let late = |text: &str| -> Vec<String> {
            ex.extract_at_clock(text, Lang::En, Some((2013, 2, 12)), Some((21, 10)))
                .into_iter()
                .filter(|f| f.kind == FactKind::Time)
                .map(|f| f.value.to_string())
                .collect()
        };
        assert_eq!(late("the next 2 hours"), vec!["22:00/24:00"]);
        assert_eq!(late("the next 3 hours"), Vec::<String>::new());
        // Without a reference time none of them is a fact ("now open" is no date).
        let plain = ex.extract_at(
            "w 2 minuty, teraz, now open, ostatnie 2 godziny",
            Lang::Pl,
            Some((2013, 2, 12)),
        );
        assert!(
            plain.iter().all(|f| f.kind == FactKind::Number),
            "{plain:?}"
        );
    }

    #[test]
    fn hours_in_words_may_be_twelve_hours_later() {
        let ex = Extractor::new(&Lexicons::embedded());
        let times = |text: &str, lang| time_facts(&ex, text, lang, |f| f.twelve_hour);
        let t = |a: &str, b: &str, twelve| (a.to_string(), b.to_string(), twelve);
        assert_eq!(
            times(
                "Spotkanie o trzeciej w ratuszu, 15 po trzeciej, o piętnastej, o godz. 3.",
                Lang::Pl
            ),
            vec![
                t("trzeciej", "03:00", true),
                t("15 po trzeciej", "03:15", true),
                t("piętnastej", "15:00", false),
                t("godz. 3", "03:00", false),
            ]
        );
        // An ordinal of a noun left out is no hour; "20 po 3" may be anything.
        assert_eq!(
            times(
                "Mowa o drugiej i trzeciej edycji, o drugiej, a nie o pierwszej; 20 po 3.",
                Lang::Pl
            ),
            vec![]
        );
        // A part of the day settles it.
        assert_eq!(
            times("o trzeciej rano", Lang::Pl),
            vec![t("trzeciej rano", "03:00", false)]
        );
        assert_eq!(
            times("a quarter past three, a quarter past 3 pm", Lang::En),
            vec![
                t("a quarter past three", "03:15", true),
                t("a quarter past 3 pm", "15:15", false),
            ]
        );
    }

    #[test]
    fn a_resolution_number_is_an_identifier_not_three_numbers() {
        let f = facts(
            "na mocy uchwały Nr XVI/171/11 Rady Miasta Krakowa z dnia 25 maja 2011 roku",
            Lang::Pl,
        );
        assert!(f.contains(&(
            FactKind::Identifier,
            "Nr XVI/171/11".into(),
            "XVI/171/11".into()
        )));
        assert!(f.contains(&(
            FactKind::Date,
            "25 maja 2011 roku".into(),
            "2011-05-25".into()
        )));
        assert!(!f.iter().any(|x| x.0 == FactKind::Number), "{f:?}");
    }

    #[test]
    fn a_phone_number_and_a_postcode_are_not_quantities() {
        let f = facts(
            "Informacje: tel. 12 616 12 34, pl. Wszystkich Świętych 3-4, 31-004 Kraków.",
            Lang::Pl,
        );
        assert!(
            f.contains(&(
                FactKind::Identifier,
                "12 616 12 34".into(),
                "126161234".into()
            )),
            "{f:?}"
        );
        assert!(
            f.contains(&(FactKind::Identifier, "31-004".into(), "31-004".into())),
            "{f:?}"
        );
        assert!(!f.iter().any(|x| x.0 == FactKind::Number), "{f:?}");
    }

    #[test]
    fn facts_are_sorted_and_entities_found_beside_numbers() {
        let f = facts("W 2022 roku Rada Europy liczyła 46 państw.", Lang::Pl);
        let kinds: Vec<FactKind> = f.iter().map(|x| x.0).collect();
        assert_eq!(
            kinds,
            vec![FactKind::Date, FactKind::Entity, FactKind::Number]
        );
        assert_eq!(f[1].2, "council-of-europe");
        assert_eq!(f[2].2, "46");
    }

    #[test]
    fn taken_spans_block_overlaps_only() {
        let mut t = Taken::default();
        assert!(t.claim(Span::new(5, 10)));
        assert!(!t.claim(Span::new(9, 12)));
        assert!(t.claim(Span::new(10, 12)));
        assert!(t.claim(Span::new(0, 5)));
        assert!(!t.claim(Span::new(0, 20)));
    }
}
