//! Dates and times.
//!
//! Forms recognised (month names, Roman months and date words come from the lexicons):
//!
//! | form | example | value |
//! |---|---|---|
//! | range across months | `od 30 września do 2 października 2025 roku`, `30 September – 2 October 2025` | `2025-09-30/2025-10-02` |
//! | range or set within a month | `2–3 June 2026`, `2 i 3 czerwca 2026 r.` | `2026-06-02/2026-06-03`, `{2026-06-02,2026-06-03}` |
//! | day month year | `18 grudnia 2020 r.`, `18 December 2020` | `2020-12-18` |
//! | month day year | `December 18, 2020` | `2020-12-18` |
//! | Roman month | `18 XII 2020`, `18.XII.2020` | `2020-12-18` |
//! | numeric | `18.12.2020`, `18/12/2020`, `2020-12-18` | `2020-12-18` |
//! | month and year | `grudniu 2020 roku`, `December 2020` | `2020-12` |
//! | range of years | `w latach 2021–2027`, `2021-2027`, `2025/2026` (a school year) | `2021/2027` |
//! | year in context | `w 2022 roku`, `2008 r.`, `in 2022`, `since 2008` | `2022` |
//!
//! A bare four-digit number is a year only with a date word before or after it
//! (`date_words.tsv`); otherwise it is a number. A day written without a year takes the year
//! of the nearest date before it that has one (else after it): see [`infer_years`].
//! Numeric dates are read day first; `a/b/yyyy` is read month first only when day first is
//! impossible (`12/31/2020`). Impossible dates (31 February) are not dates.
//!
//! Times: `godz. 12`, `godz. 17.30`, `o godzinie 9:15`, `12:00`, `5.30 pm`, `4 p.m.`.

use super::words::WordLists;
use super::{claim_candidates, Fact, FactKind, Taken, Value};
use crate::lexicon::{DateWordRole, Lexicons};
use crate::{Lang, Span};
use regex::{Captures, Regex};
use std::collections::HashMap;
use std::fmt;

/// A calendar day as (year, month 1–12, day 1–31).
pub type Ymd = (i32, u8, u8);

/// A date at the precision written: a year, a month of a year, or a day. `year` is `None`
/// when no year was written and none could be inferred (`--12-18`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// Year, if known.
    pub year: Option<i32>,
    /// Month 1–12, if written.
    pub month: Option<u8>,
    /// Day 1–31, if written (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Whether it names a valid calendar date (day within its month) where all parts are known.
    fn valid(self) -> bool {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => {
                jiff::civil::Date::new(y as i16, m as i8, d as i8).is_ok()
            }
            (None, Some(m), Some(d)) => jiff::civil::Date::new(2024, m as i8, d as i8).is_ok(),
            _ => true,
        }
    }

    /// The first and last day it covers, as (year, month, day); `None` without a year.
    pub fn bounds(self) -> Option<(Ymd, Ymd)> {
        let y = self.year?;
        Some(match (self.month, self.day) {
            (Some(m), Some(d)) => ((y, m, d), (y, m, d)),
            (Some(m), None) => {
                let last = jiff::civil::Date::new(y as i16, m as i8, 1)
                    .map(|d| d.days_in_month() as u8)
                    .unwrap_or(31);
                ((y, m, 1), (y, m, last))
            }
            _ => ((y, 1, 1), (y, 12, 31)),
        })
    }
}

/// ISO 8601 at the precision written: `2020`, `2020-12`, `2020-12-18`, `--12-18`.
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => f.write_str("--"),
        }
    }
}

/// A date value: one date, a range, or a set of dates.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One date at its precision.
    Single(PartialDate),
    /// A range, both ends included.
    Range(PartialDate, PartialDate),
    /// A set of dates (`2 i 3 czerwca`).
    Set(Vec<PartialDate>),
}

impl DateValue {
    fn parts_mut(&mut self) -> Vec<&mut PartialDate> {
        match self {
            DateValue::Single(d) => vec![d],
            DateValue::Range(a, b) => vec![a, b],
            DateValue::Set(v) => v.iter_mut().collect(),
        }
    }

    /// The dates it names.
    pub fn parts(&self) -> Vec<PartialDate> {
        match self {
            DateValue::Single(d) => vec![*d],
            DateValue::Range(a, b) => vec![*a, *b],
            DateValue::Set(v) => v.clone(),
        }
    }

    /// The first and last day covered, as (year, month, day); `None` when a year is unknown.
    pub fn bounds(&self) -> Option<(Ymd, Ymd)> {
        let parts = self.parts();
        let first = parts
            .iter()
            .map(|p| p.bounds())
            .collect::<Option<Vec<_>>>()?;
        let start = first.iter().map(|b| b.0).min()?;
        let end = first.iter().map(|b| b.1).max()?;
        Some((start, end))
    }

    /// Whether two values name the same days: equal values, a range equal to a set of
    /// consecutive days (`2–3 June` = `2 i 3 czerwca`), or the same single date.
    pub fn same_days(&self, other: &DateValue) -> bool {
        if self == other {
            return true;
        }
        let days = |v: &DateValue| -> Option<Vec<Ymd>> {
            match v {
                DateValue::Set(parts) => {
                    let mut out = Vec::new();
                    for p in parts {
                        p.day?;
                        out.push(p.bounds()?.0);
                    }
                    Some(out)
                }
                DateValue::Range(a, b) if a.day.is_some() && b.day.is_some() => {
                    let start =
                        jiff::civil::Date::new(a.year? as i16, a.month? as i8, a.day? as i8)
                            .ok()?;
                    let end = jiff::civil::Date::new(b.year? as i16, b.month? as i8, b.day? as i8)
                        .ok()?;
                    let mut out = Vec::new();
                    let mut d = start;
                    while d <= end && out.len() < 400 {
                        out.push((d.year() as i32, d.month() as u8, d.day() as u8));
                        d = d.tomorrow().ok()?;
                    }
                    Some(out)
                }
                DateValue::Single(p) if p.day.is_some() => Some(vec![p.bounds()?.0]),
                _ => None,
            }
        };
        match (days(self), days(other)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        }
    }

    /// The precision of its finest part: 3 day, 2 month, 1 year.
    pub fn precision(&self) -> u8 {
        self.parts()
            .iter()
            .map(|p| match (p.month, p.day) {
                (Some(_), Some(_)) => 3,
                (Some(_), None) => 2,
                _ => 1,
            })
            .max()
            .unwrap_or(1)
    }
}

/// ISO 8601: `2020-12-18`; ranges `start/end`; sets `{a,b}` (ISO 8601-2).
impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Single(d) => write!(f, "{d}"),
            DateValue::Range(a, b) => write!(f, "{a}/{b}"),
            DateValue::Set(v) => {
                f.write_str("{")?;
                for (i, d) in v.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{d}")?;
                }
                f.write_str("}")
            }
        }
    }
}

/// Which pattern a regex is, to interpret its captures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    CrossMonthRange,
    DayRangeOrSet,
    DayMonthYear,
    MonthDayYear,
    Roman,
    NumericDmy,
    Iso,
    MonthYear,
    YearRange,
    YearBefore,
    YearAfter,
    TimeLabelled,
    TimeColon,
    TimeMeridiem,
}

#[derive(Debug)]
pub(super) struct Dates {
    patterns: Vec<(Form, Regex)>,
    months: HashMap<String, u8>,
    roman: HashMap<String, u8>,
    list_words: Vec<String>,
    /// Weekday forms, lower case, longest first: (lang, form, weekday).
    weekdays: Vec<(Lang, String, u8)>,
}

fn alternation<'a>(forms: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = forms.collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v.dedup();
    v.iter()
        .map(|f| regex::escape(f))
        .collect::<Vec<_>>()
        .join("|")
}

const DAY: &str = r"(3[01]|[12]\d|0?[1-9])";
const YEAR: &str = r"(1[6-9]\d\d|20\d\d|21\d\d)";

impl Dates {
    pub(super) fn new(lex: &Lexicons) -> Dates {
        // Polish month forms in any case; English ones capitalised as in the lexicon, so that
        // "10 may be" is no date.
        let mon_pl = alternation(
            lex.months
                .iter()
                .filter(|m| m.lang == Lang::Pl)
                .map(|m| m.form.as_str()),
        );
        let mon_en = alternation(
            lex.months
                .iter()
                .filter(|m| m.lang == Lang::En)
                .map(|m| m.form.as_str()),
        );
        let mon = format!("(?i:{mon_pl})|{mon_en}");
        let roman = alternation(lex.roman_months.iter().map(|r| r.0.as_str()));
        let words = |roles: &[DateWordRole]| {
            alternation(
                lex.date_words
                    .iter()
                    .filter(|w| roles.contains(&w.role))
                    .map(|w| w.form.as_str()),
            )
        };
        let from = words(&[DateWordRole::RangeFrom]);
        let to = words(&[DateWordRole::RangeTo]);
        let and = words(&[DateWordRole::ListAnd]);
        let year_before = words(&[DateWordRole::YearBefore]);
        let years_before = words(&[DateWordRole::YearsBefore]);
        // A year suffix: "r." needs no word boundary after its dot, "roku" does.
        let dotted = alternation(
            lex.date_words
                .iter()
                .filter(|w| w.role == DateWordRole::YearAfter && w.form.ends_with('.'))
                .map(|w| w.form.as_str()),
        );
        let plain = alternation(
            lex.date_words
                .iter()
                .filter(|w| w.role == DateWordRole::YearAfter && !w.form.ends_with('.'))
                .map(|w| w.form.as_str()),
        );
        let year_after = match (dotted.is_empty(), plain.is_empty()) {
            (false, false) => format!(r"(?i:{dotted}|(?:{plain})\b)"),
            (false, true) => format!(r"(?i:{dotted})"),
            (true, false) => format!(r"(?i:(?:{plain})\b)"),
            (true, true) => r"[^\s\S]".to_string(),
        };
        let ysuf = format!(r"(?:\s*{year_after})?");
        let mk = |form: Form, re: String| {
            (
                form,
                Regex::new(&re).unwrap_or_else(|e| panic!("date regex {form:?}: {e}")),
            )
        };
        let patterns = vec![
            mk(
                Form::CrossMonthRange,
                format!(
                    r"(?:\b(?i:{from})\s+)?\b{DAY}\.?\s+({mon})\b(?:\s+{YEAR})?\s*(?:[-–—]|\b(?i:{to})\b)\s*{DAY}\.?\s+({mon})\b,?\s+{YEAR}\b{ysuf}"
                ),
            ),
            mk(
                Form::DayRangeOrSet,
                format!(
                    r"(?:\b(?i:{from})\s+)?\b{DAY}\.?\s*(?:([-–—])|\s(?:((?i:{to}))|((?i:{and})|&))\s)\s*{DAY}\.?\s+({mon})\b(?:,?\s+{YEAR}\b)?{ysuf}"
                ),
            ),
            mk(
                Form::DayMonthYear,
                format!(r"\b{DAY}\.?\s+({mon})\b(?:,?\s+{YEAR}\b)?{ysuf}"),
            ),
            mk(
                Form::MonthDayYear,
                format!(r"\b({mon_en})\.?\s+{DAY}(?:st|nd|rd|th)?\b(?:,?\s+{YEAR}\b)?"),
            ),
            mk(
                Form::Roman,
                format!(r"\b{DAY}(?:\.\s?|\s)({roman})(?:\.\s?|\s){YEAR}\b{ysuf}"),
            ),
            mk(
                Form::NumericDmy,
                format!(r"\b{DAY}([./]){DAY}[./]{YEAR}\b{ysuf}"),
            ),
            mk(
                Form::Iso,
                format!(r"\b{YEAR}-(1[0-2]|0[1-9])-(3[01]|[12]\d|0[1-9])\b"),
            ),
            mk(Form::MonthYear, format!(r"\b({mon})\b\.?\s+{YEAR}\b{ysuf}")),
            mk(
                Form::YearRange,
                format!(
                    r"(?:\b(?i:{years_before}|{from})\s+)?\b{YEAR}\s*(?:[-–—/]|\s(?i:{to}|{and})\s)\s*{YEAR}\b{ysuf}"
                ),
            ),
            mk(
                Form::YearBefore,
                format!(r"\b(?i:{year_before})\s+{YEAR}\b{ysuf}"),
            ),
            mk(
                Form::YearAfter,
                format!(r"\b{YEAR}\s*(?i:{year_after})(?:\b|$|\s)"),
            ),
            mk(
                Form::TimeLabelled,
                r"(?i)\b(?:godz\.|godzinie|godziny|godzina)\s*(2[0-3]|[01]?\d)(?:[:.]([0-5]\d))?\b"
                    .into(),
            ),
            mk(Form::TimeColon, r"\b(2[0-3]|[01]?\d):([0-5]\d)\b".into()),
            mk(
                Form::TimeMeridiem,
                r"(?i)\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?(a\.m\.|p\.m\.|am\b|pm\b)".into(),
            ),
        ];
        Dates {
            patterns,
            months: lex
                .months
                .iter()
                .map(|m| (m.form.to_lowercase(), m.month))
                .collect(),
            roman: lex.roman_months.iter().cloned().collect(),
            weekdays: {
                let mut w: Vec<(Lang, String, u8)> = lex
                    .weekdays
                    .iter()
                    .map(|(l, f, d)| (*l, f.to_lowercase(), *d))
                    .collect();
                w.sort_by_key(|x| std::cmp::Reverse(x.1.len()));
                w
            },
            list_words: lex
                .date_words
                .iter()
                .filter(|w| w.role == DateWordRole::ListAnd)
                .map(|w| w.form.to_lowercase())
                .collect(),
        }
    }

    pub(super) fn extract(
        &self,
        text: &str,
        lang: Lang,
        taken: &mut Taken,
        words: &WordLists,
    ) -> Vec<Fact> {
        let mut cands: Vec<(Span, (FactKind, Value))> = Vec::new();
        for (form, re) in &self.patterns {
            for caps in re.captures_iter(text) {
                let whole = caps.get(0).expect("group 0");
                let mut span = Span::new(whole.start(), whole.end());
                // Trailing white space taken by an optional suffix group is not part of the fact.
                let trimmed = span.of(text).trim_end();
                span.end = span.start + trimmed.len();
                if let Some(value) = self.interpret(*form, &caps) {
                    if matches!(form, Form::YearBefore) {
                        // The context word is not part of the date; and "z 2000 osób" counts
                        // people: a year with no suffix must not be followed by a counted noun.
                        let y = caps.get(1).expect("year group");
                        if y.end() == span.end && words.counted_after(text, y.end(), lang) {
                            continue;
                        }
                        span.start = y.start();
                    }
                    cands.push((span, value));
                }
            }
        }
        claim_candidates(cands, taken)
            .into_iter()
            .map(|(span, (kind, value))| {
                let mut f = Fact::new(kind, span, value);
                if matches!(&f.value, Value::Date(DateValue::Single(d)) if d.day.is_some()) {
                    f.weekday = self.weekday_around(text, span, lang);
                }
                f
            })
            .collect()
    }

    /// The weekday written with the date at `span`: just before it (`w piątek 14 marca`,
    /// `Friday, 14 March`, `on Friday the 14th`) or in brackets just after it
    /// (`14.03.2026 (piątek)`).
    fn weekday_around(&self, text: &str, span: Span, lang: Lang) -> Option<u8> {
        let before = text[..span.start].trim_end_matches([' ', ',', '\u{A0}']);
        let before = before.strip_suffix(" the").unwrap_or(before);
        let after = text[span.end..].trim_start_matches([' ', ',']);
        let bracketed = after
            .strip_prefix('(')
            .and_then(|a| a.split_once(')'))
            .map(|x| x.0.trim());
        for (l, form, day) in &self.weekdays {
            if lang != Lang::Other && *l != lang {
                continue;
            }
            let n = form.len();
            if before.len() >= n && before.is_char_boundary(before.len() - n) {
                let tail = &before[before.len() - n..];
                if tail.to_lowercase() == *form && !super::alnum_before(before, before.len() - n) {
                    return Some(*day);
                }
            }
            if bracketed.is_some_and(|b| b.to_lowercase() == *form) {
                return Some(*day);
            }
        }
        None
    }

    fn month(&self, s: &str) -> Option<u8> {
        self.months.get(&s.to_lowercase()).copied()
    }

    fn interpret(&self, form: Form, c: &Captures) -> Option<(FactKind, Value)> {
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
        let day = |i: usize| num(i).map(|d| d as u8);
        let date = |y: Option<i32>, m: Option<u8>, d: Option<u8>| PartialDate {
            year: y,
            month: m,
            day: d,
        };
        let single = |p: PartialDate| {
            p.valid()
                .then_some((FactKind::Date, Value::Date(DateValue::Single(p))))
        };
        match form {
            Form::CrossMonthRange => {
                let m1 = self.month(c.get(2)?.as_str())?;
                let m2 = self.month(c.get(5)?.as_str())?;
                let y2 = num(6)?;
                let y1 = num(3).unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
                let a = date(Some(y1), Some(m1), day(1));
                let b = date(Some(y2), Some(m2), day(4));
                (a.valid() && b.valid() && a < b)
                    .then_some((FactKind::Date, Value::Date(DateValue::Range(a, b))))
            }
            Form::DayRangeOrSet => {
                let m = self.month(c.get(6)?.as_str())?;
                let y = num(7);
                let a = date(y, Some(m), day(1));
                let b = date(y, Some(m), day(5));
                if !(a.valid() && b.valid() && a.day < b.day) {
                    return None;
                }
                let is_set = c.get(4).is_some_and(|w| {
                    w.as_str() == "&" || self.list_words.contains(&w.as_str().to_lowercase())
                });
                let v = if is_set {
                    DateValue::Set(vec![a, b])
                } else {
                    DateValue::Range(a, b)
                };
                Some((FactKind::Date, Value::Date(v)))
            }
            Form::DayMonthYear => {
                single(date(num(3), Some(self.month(c.get(2)?.as_str())?), day(1)))
            }
            Form::MonthDayYear => {
                single(date(num(3), Some(self.month(c.get(1)?.as_str())?), day(2)))
            }
            Form::Roman => single(date(
                num(3),
                Some(*self.roman.get(c.get(2)?.as_str())?),
                day(1),
            )),
            Form::NumericDmy => {
                let (d, m, y) = (day(1)?, num(3)? as u8, num(4)?);
                let dmy = date(Some(y), Some(m), Some(d));
                if dmy.valid() {
                    return single(dmy);
                }
                // Month first (US) only where day first is impossible and the separator is '/'.
                (c.get(2)?.as_str() == "/")
                    .then(|| date(Some(y), Some(d), Some(m)))
                    .and_then(single)
            }
            Form::Iso => single(date(num(1), day(2), day(3))),
            Form::MonthYear => single(date(num(2), Some(self.month(c.get(1)?.as_str())?), None)),
            Form::YearRange => {
                let (a, b) = (num(1)?, num(2)?);
                (a < b && b - a <= 100).then_some((
                    FactKind::Date,
                    Value::Date(DateValue::Range(
                        date(Some(a), None, None),
                        date(Some(b), None, None),
                    )),
                ))
            }
            Form::YearBefore | Form::YearAfter => single(date(num(1), None, None)),
            Form::TimeLabelled | Form::TimeColon => {
                Some((FactKind::Time, Value::Time(day(1)?, day(2).unwrap_or(0))))
            }
            Form::TimeMeridiem => {
                let h = day(1)?;
                let pm = c.get(3)?.as_str().to_lowercase().starts_with('p');
                let h24 = match (h, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                Some((FactKind::Time, Value::Time(h24, day(2).unwrap_or(0))))
            }
        }
    }
}

/// Gives each date written without a year the year of the nearest preceding date that has
/// one, or else of the nearest following one, or else (with a `reference` date) the year of
/// its next occurrence on or after the reference. Marks such facts `year_inferred`.
/// `facts` must be sorted by position.
pub(super) fn infer_years(facts: &mut [Fact], reference: Option<Ymd>) {
    let year_of = |f: &Fact| match &f.value {
        Value::Date(d) if !f.year_inferred => d.parts().iter().find_map(|p| p.year),
        _ => None,
    };
    let years: Vec<Option<i32>> = facts.iter().map(year_of).collect();
    for i in 0..facts.len() {
        let Value::Date(d) = &facts[i].value else {
            continue;
        };
        if d.parts().iter().all(|p| p.year.is_some()) {
            continue;
        }
        let from_reference = || {
            let (ry, rm, rd) = reference?;
            let first = d.parts().into_iter().find(|p| p.year.is_none())?;
            let (m, day) = (first.month?, first.day.unwrap_or(31));
            Some(
                if (m, day) < (rm, rd) && first.day.is_some() || first.day.is_none() && m < rm {
                    ry + 1
                } else {
                    ry
                },
            )
        };
        let found = years[..i]
            .iter()
            .rev()
            .flatten()
            .next()
            .or_else(|| years[i + 1..].iter().flatten().next())
            .copied()
            .or_else(from_reference);
        if let Some(y) = found {
            let f = &mut facts[i];
            if let Value::Date(d) = &mut f.value {
                for p in d.parts_mut() {
                    if p.year.is_none() && p.month.is_some() {
                        p.year = Some(y);
                    }
                }
            }
            f.year_inferred = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::facts;
    use crate::extract::FactKind::{self, Date, Time};
    use crate::Lang;

    fn dates(text: &str, lang: Lang) -> Vec<(String, String)> {
        facts(text, lang)
            .into_iter()
            .filter(|f| matches!(f.0, FactKind::Date | FactKind::Time))
            .map(|f| (f.1, f.2))
            .collect()
    }

    fn d(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn polish_day_month_year_in_genitive() {
        assert_eq!(
            dates("co nastąpiło 18 grudnia 2020 r. Przystąpienie", Lang::Pl),
            vec![d("18 grudnia 2020 r.", "2020-12-18")]
        );
        assert_eq!(
            dates("z dnia 25 maja 2011 roku oraz 6 marca 2024 roku", Lang::Pl),
            vec![
                d("25 maja 2011 roku", "2011-05-25"),
                d("6 marca 2024 roku", "2024-03-06")
            ]
        );
    }

    #[test]
    fn ranges_across_months_and_sets_of_days() {
        assert_eq!(
            dates(
                "Od 30 września do 2 października 2025 roku Kraków gościł",
                Lang::Pl
            ),
            vec![d(
                "Od 30 września do 2 października 2025 roku",
                "2025-09-30/2025-10-02"
            )]
        );
        assert_eq!(
            dates("2 i 3 czerwca 2026 r. przedstawicielka", Lang::Pl),
            vec![d("2 i 3 czerwca 2026 r.", "{2026-06-02,2026-06-03}")]
        );
        assert_eq!(
            dates("on 2–3 June 2026 in Bradford", Lang::En),
            vec![d("2–3 June 2026", "2026-06-02/2026-06-03")]
        );
        assert_eq!(
            dates("from 30 September to 2 October 2025", Lang::En),
            vec![d(
                "from 30 September to 2 October 2025",
                "2025-09-30/2025-10-02"
            )]
        );
    }

    #[test]
    fn english_orders_numeric_and_roman() {
        assert_eq!(
            dates("on December 18, 2020 the city", Lang::En),
            vec![d("December 18, 2020", "2020-12-18")]
        );
        assert_eq!(
            dates("on 18 December 2020.", Lang::En),
            vec![d("18 December 2020", "2020-12-18")]
        );
        assert_eq!(
            dates("dnia 18.12.2020 r. i 2021-03-01", Lang::Pl),
            vec![
                d("18.12.2020 r.", "2020-12-18"),
                d("2021-03-01", "2021-03-01")
            ]
        );
        assert_eq!(
            dates("w dniu 18 XII 2020 r.", Lang::Pl),
            vec![d("18 XII 2020 r.", "2020-12-18")]
        );
        assert_eq!(
            dates("by 12/31/2020", Lang::En),
            vec![d("12/31/2020", "2020-12-31")]
        );
        assert_eq!(dates("31.02.2020", Lang::Pl), vec![]);
    }

    #[test]
    fn months_years_and_year_ranges() {
        assert_eq!(
            dates("dołączył w grudniu 2020 roku jako", Lang::Pl),
            vec![d("grudniu 2020 roku", "2020-12")]
        );
        assert_eq!(
            dates("Z początkiem września 2022 roku Kraków", Lang::Pl),
            vec![d("września 2022 roku", "2022-09")]
        );
        assert_eq!(
            dates("w latach 2021–2027 miasto", Lang::Pl),
            vec![d("w latach 2021–2027", "2021/2027")]
        );
        assert_eq!(
            dates("rozpoczęta w 2008 r. Ideą", Lang::Pl),
            vec![d("2008 r.", "2008")]
        );
        assert_eq!(
            dates("w roku 2013, wiodącym", Lang::Pl),
            vec![d("2013", "2013")]
        );
        assert_eq!(
            dates("Since 2008, the Council", Lang::En),
            vec![d("2008", "2008")]
        );
        assert_eq!(
            dates("Sieć powstała w 1997 z inicjatywy", Lang::Pl),
            vec![d("1997", "1997")]
        );
    }

    #[test]
    fn a_bare_four_digit_number_is_not_a_year() {
        let f = facts("Budżet obejmuje 2000 miejsc.", Lang::Pl);
        assert_eq!(f, vec![(FactKind::Number, "2000".into(), "2000".into())]);
    }

    #[test]
    fn a_day_without_a_year_takes_the_year_before_it() {
        let f = facts("Wizyta trwała od 30 września do 2 października 2025 roku. 2 października goście odwiedzili magistrat.", Lang::Pl);
        let second = f.iter().filter(|x| x.0 == Date).nth(1).unwrap();
        assert_eq!(
            (second.1.as_str(), second.2.as_str()),
            ("2 października", "2025-10-02")
        );
        assert_eq!(dates("on 5 May", Lang::En), vec![d("5 May", "--05-05")]);
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            dates("o godz. 17.30 w sali", Lang::Pl),
            vec![d("godz. 17.30", "17:30")]
        );
        assert_eq!(
            dates("o godz. 12 w sali", Lang::Pl),
            vec![d("godz. 12", "12:00")]
        );
        assert_eq!(
            dates("at 5.30 pm and at 4 p.m.", Lang::En),
            vec![d("5.30 pm", "17:30"), d("4 p.m.", "16:00")]
        );
        assert_eq!(dates("at 12:00", Lang::En), vec![d("12:00", "12:00")]);
        let kinds: Vec<FactKind> = facts("godz. 9:15", Lang::Pl)
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(kinds, vec![Time]);
    }
}
