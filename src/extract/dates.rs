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
//! | numeric | `18.12.2020`, `18/12/2020`, `2020-12-18`, `18 12 2020` | `2020-12-18` |
//! | month and year | `grudniu 2020 roku`, `December 2020` | `2020-12` |
//! | range of years | `w latach 2021–2027`, `2021-2027`, `2025/2026` (a school year) | `2021/2027` |
//! | year in context | `w 2022 roku`, `2008 r.`, `in 2022`, `since 2008` | `2022` |
//! | holiday (`holidays.tsv`) | `w Wigilię 2025 r.`, `Wielkanoc 2026`, `Lent 2026` | `2025-12-24`, `2026-04-05`, `2026-02-18/2026-04-04` |
//!
//! A bare four-digit number is a year only with a date word before or after it
//! (`date_words.tsv`); otherwise it is a number. A day written without a year takes the year
//! of the nearest date before it that has one (else after it): see [`infer_years`].
//! Numeric dates are read day first; `a/b/yyyy` is read month first only when day first is
//! impossible (`12/31/2020`). Impossible dates (31 February) are not dates.
//!
//! A holiday without a year: a fixed one (`Wigilia`) takes its year like a day written
//! without one; a movable one (`Boże Ciało`, `Thanksgiving`) is resolved against the
//! reference date like a relative date.
//!
//! Times: `godz. 12`, `godz. 17.30`, `o godzinie 9:15`, `12:00`, `5.30 pm`, `4 p.m.`.

use super::gate::{Caps, Gate, Pattern, Windows};
use super::words::WordLists;
use super::{claim_candidates, Fact, FactKind, Taken, Value};
use crate::lexicon::{
    DateWordRole, Daypart, DaypartUse, HolidayRule, Lexicons, NumberWordKind, PeriodPart,
    RelativeMeaning, RelativeUnit,
};
use crate::{Lang, Span};
use rustc_hash::FxHashMap as HashMap;
use smallvec::{smallvec, SmallVec};
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
        // ISO 8601: four digits, a minus before a year before 0000 (-0049 is 50 BC).
        if let Some(y) = self.year.filter(|y| *y < 0) {
            write!(f, "-{:04}", -y)?;
            return match (self.month, self.day) {
                (Some(m), Some(d)) => write!(f, "-{m:02}-{d:02}"),
                (Some(m), None) => write!(f, "-{m:02}"),
                _ => Ok(()),
            };
        }
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
    /// Calls `f` on each date it names, in order.
    fn each_part_mut(&mut self, mut f: impl FnMut(&mut PartialDate)) {
        match self {
            DateValue::Single(d) => f(d),
            DateValue::Range(a, b) => {
                f(a);
                f(b);
            }
            DateValue::Set(v) => v.iter_mut().for_each(f),
        }
    }

    /// Gives every part written without a year the year `y`.
    pub fn set_missing_year(&mut self, y: i32) {
        self.each_part_mut(|p| {
            if p.year.is_none() {
                p.year = Some(y);
            }
        });
    }

    /// The dates it names, in order: one, the two ends of a range, or the members of a set
    /// (on the heap only for a set of more than two).
    pub fn parts(&self) -> SmallVec<[PartialDate; 2]> {
        match self {
            DateValue::Single(d) => smallvec![*d],
            DateValue::Range(a, b) => smallvec![*a, *b],
            DateValue::Set(v) => v.iter().copied().collect(),
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

/// A candidate span: a fact, or a relative date to resolve later.
#[derive(Debug, Clone)]
enum Cand {
    Fact(FactKind, Value),
    Relative(RelSpec),
}

/// A part of the day: its language, first and last time of day (hour, minute), and use.
type DaypartEntry = (Lang, (u8, u8), (u8, u8), DaypartUse);

/// A season's first and last day, each (month, day).
type SeasonDays = ((u8, u8), (u8, u8));

/// Which pattern a regex is, to interpret its captures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    CrossMonthRange,
    DayRangeOrSet,
    DayMonthYear,
    MonthDayRange,
    MonthDayYear,
    NthOfMonth,
    /// The n-th weekday, day or week of a year: "the third last week of 2018".
    NthOfYear,
    Roman,
    NumericDmy,
    /// An English short numeric date, day and month in either order with an optional
    /// two-digit year: 2/15, 15/2, 10/31/74, 31-10-74. Read only where one order is possible
    /// (or both give the same day): "3/4" stays unread.
    NumericShort,
    Iso,
    MonthYearNumeric,
    MonthYear,
    MonthAlone,
    PartOf,
    Quarter,
    YearRange,
    YearBefore,
    YearAfter,
    /// A year of one to four digits with its era: "50 p.n.e.", "2014 BC", "14 A.D.", "AD 79".
    YearEra,
    TimeLabelled,
    TimeColon,
    /// A bare hour with a time zone after it: "at 8 GMT", "8h PST".
    TimeZoned,
    TimeMeridiem,
    TimeRange,
    TimeWord,
    TimeDaypart,
    TimeHourWord,
    /// Minutes past or to an hour: "a quarter past 3pm", "twenty after three pm", "kwadrans po
    /// trzeciej", "kwadrans przed południem", "w pół do szesnastej".
    TimeWordClock,
    /// An hour and its minutes in words: "ten thirty am", "o szesnastej trzydzieści".
    TimeWordsMinutes,
    /// A part of the day, then the hour: "this evening at 8", "wieczorem o 8".
    TimeDaypartFirst,
    /// An hour, then a day word and a part of the day (English): "9 tomorrow morning", "at 5
    /// tomorrow afternoon", "at 9 tomorrow". The hour is a time; the day word, with the part
    /// of the day after it, is the date.
    TimeBeforeDay,
    /// A season and a year: latem 2026 r., summer 2026.
    SeasonYear,
}

#[derive(Debug)]
pub(super) struct Dates {
    /// The triggers of every regex below, in the order relative, holiday, daypart, patterns:
    /// each regex searches only the windows of a text around its own triggers.
    gate: Gate,
    patterns: Vec<(Form, Pattern)>,
    /// Month forms, lower case → (month, is Polish).
    months: HashMap<String, (u8, bool)>,
    roman: HashMap<String, u8>,
    list_words: Vec<String>,
    /// Ordinal day words (pierwszego, third), lower case → value 1–31.
    day_words: HashMap<String, u8>,
    /// Era words (lower-cased) and whether they count before the common era (BC).
    eras: HashMap<String, bool>,
    /// Forms written like an English short date that are none (`24/7`), as written.
    not_dates: Vec<String>,
    /// Words that make an English short date without a year one (`on`), lower case.
    short_date_words: Vec<String>,
    /// Weekday forms, lower case, longest first: (lang, form, weekday).
    weekdays: Vec<(Lang, String, u8)>,
    /// Indices into `weekdays`, in its order, by [`last_key`] of each form's last character;
    /// the 257th list is for a text with no last character. Empty forms are in every list.
    weekdays_by_last: Vec<Vec<u16>>,
    /// Relative date patterns (resolved once the reference date is known).
    relative: Vec<(RelForm, Pattern)>,
    /// Relative words, lower case → meaning.
    relative_words: HashMap<String, RelativeMeaning>,
    /// The calendar and clock unit words among `relative_words`, by their first byte (the
    /// 257th list: empty forms), each list longest first: for [`Dates::duration_unit`], which
    /// used to try every relative word.
    duration_units: Vec<Vec<(String, RelativeMeaning)>>,
    /// Number words usable as a count in relative dates, lower case → value; the vague
    /// counts (a few) among them.
    count_values: HashMap<String, u8>,
    /// Vague counts (`count:N` in relative.tsv: a few, kilka), lower case → value.
    vague_counts: Vec<(String, u8)>,
    /// Clock units that are also ordinal number words (second), lower case.
    ordinal_units: Vec<String>,
    /// English cardinal words 1–99 that may spell a year (`number_words.tsv` units, teens
    /// and tens), lower case → value; and the English words for a thousand (`scales.tsv`).
    year_words: HashMap<String, u16>,
    thousand_words: Vec<String>,
    /// Words before a duration that make it how long a period lasts (for, przez), lower case.
    duration_words: Vec<String>,
    /// Words before a day that make the week it falls in (the week of), lower case, longest
    /// first.
    week_of_words: Vec<String>,
    /// Words between a count of units and a day that shift it (after, po: +1; before, przed:
    /// -1), lower case.
    offset_words: Vec<(String, i8)>,
    /// Holiday names (`holidays.tsv`), with an optional next/last/this before and a year
    /// after; `None` when the lexicon has none.
    holiday_re: Option<Pattern>,
    /// Parts of the day named without an hour (`dayparts.tsv`), with the day word, weekday or
    /// "this" that may stand before them (group `pre`); `None` when the lexicon has none.
    daypart_re: Option<Pattern>,
    /// Daypart forms, lower case → (language, from, to, use).
    dayparts: HashMap<String, DaypartEntry>,
    /// Holiday forms, lower case → (rule, language, also a given name).
    holidays: HashMap<String, (HolidayRule, Lang, bool)>,
    /// Time zones (`time_zones.tsv`), upper case → offset east of UTC in minutes.
    time_zones: HashMap<String, i16>,
    /// Words for a part of a period (na początku, late, the end of), lower case → part.
    parts: HashMap<String, Part>,
    /// Deadline words (do końca, by the end of), lower case, longest first.
    deadlines: Vec<String>,
    /// Abbreviations for a part of a unit (EOM), as written → part and unit.
    part_abbreviations: HashMap<String, (Part, RelativeUnit)>,
    /// Words that make a date or time the bound of an open period, lower case, longest
    /// first: (language, form, `from` or `until`).
    bounds: Vec<(Lang, String, &'static str)>,
    /// Season words, lower case → first and last day (month, day).
    seasons: HashMap<String, SeasonDays>,
    /// The first words of the words for "from now" (from, od), lower case: before a word for
    /// the present moment they make it part of a count's direction.
    hence_openers: Vec<String>,
}

/// Words that may follow an English holiday name when it names the day ("at Christmas, the",
/// "Easter in Kraków"); any other word makes the name a modifier ("the Christmas market",
/// "Easter eggs"), which is no date. Likewise after "half three" (not "half three times") and
/// after a year in words ("Easter two thousand ten", not "Christmas two thousand people") and
/// after minutes apart or glued ("at 1030 or 11", not "at 1030 metres").
const AFTER_HOLIDAY: &[&str] = &[
    "a", "after", "an", "and", "around", "as", "at", "before", "but", "by", "during", "for",
    "from", "in", "is", "it", "last", "next", "of", "on", "or", "over", "since", "that", "the",
    "this", "through", "till", "to", "until", "was", "we", "when", "while", "will", "with",
];

/// Words that may follow a Polish hour written as a word without "godz." (`o piętnastej w
/// ratuszu`): anything else makes it an ordinal of a noun (`o dwudziestej rocznicy`).
const AFTER_HOUR_WORD: &[&str] = &[
    "w", "we", "na", "do", "przy", "i", "oraz", "a", "z", "ze", "przed", "po", "u", "pod", "obok",
    "lub", "albo", "czasu",
];

/// Conjunctions after an hour word that make it one of a list of ordinals rather than an
/// hour ("o drugiej i trzeciej edycji").
const LIST_AFTER: &[&str] = &["i", "oraz", "a", "lub", "albo"];

/// What may join a time opening a period to the one closing it ("later than 9:30 but before
/// 11:00"), before the closing bound word.
const BOUND_JOINERS: &[&str] = &[
    "", ",", "but", ", but", "and", ", and", "ale", ", ale", "a", ", a", "i",
];

/// Which relative pattern a regex is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RelForm {
    /// jutro, today
    Day,
    /// w przyszły piątek, next Friday
    Weekday,
    /// w przyszłym tygodniu, last year
    Unit,
    /// na początku przyszłego tygodnia, the end of next month
    PartOfUnit,
    /// za 3 dni, in 2 weeks
    In,
    /// 3 dni temu, 2 weeks ago; after the count too: 3 lata od dziś, 2 weeks from now
    Ago,
    /// A weekday alone (w piątek, on Friday): the next one after the reference.
    BareWeekday,
    /// A weekday of a week named relatively: wtorek w przyszłym tygodniu, Wednesday of next
    /// week, last week's Sunday.
    WeekdayOfWeek,
    /// A count of whole units before or after the current one: ostatnie 2 lata, the next 3
    /// weeks.
    Units,
    /// A day of a month named relatively: 20 dnia przyszłego miesiąca, the 20th of next month.
    DayOfMonth,
    /// A day of the month alone (English): "on the 15th", "on the first", when nothing but
    /// punctuation or "at" follows (not "on the 15th anniversary").
    OnDay,
    /// The n-th weekday, day or week of a month named relatively: pierwszy poniedziałek
    /// przyszłego miesiąca, the first Monday of this month, the last day of the month.
    NthOfRelMonth,
    /// A season named relatively: this summer, tej zimy, przyszłej wiosny.
    Season,
    /// A month named relatively: next March, last May, w przyszłym marcu.
    Month,
    /// A month and a count of years from now, or "after next" (English): March in a year,
    /// March in 2 years, March after next.
    MonthInYears,
    /// A count of one weekday before or after the reference: 3 fridays from now, 2 thursdays
    /// ago (English only).
    WeekdaysAgo,
    /// A count of clock units from the reference time: za 2 minuty, in half an hour.
    InClock,
    /// A count of clock units before (or, with hence, after) the reference time: 3 godziny
    /// temu, 2 minutes from now.
    AgoClock,
    /// The reference time itself: teraz, w tej chwili, now, at the moment.
    Now,
    /// A count of whole minutes or hours before or after the current one: ostatnie 2 minuty,
    /// the next 3 hours.
    UnitsClock,
    /// An abbreviation for a part of the current unit (EOM, BOY), or after a bound_until
    /// word the whole unit as a deadline (by EOM).
    PartAbbreviation,
}

impl RelForm {
    /// Whether it is read only with a reference time of day (a count of minutes or hours, or
    /// the present moment).
    fn needs_clock(self) -> bool {
        matches!(
            self,
            RelForm::InClock | RelForm::AgoClock | RelForm::Now | RelForm::UnitsClock
        )
    }
}

/// A relative date as written, waiting for the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RelSpec {
    /// The reference plus this many days.
    Days(i64),
    /// next/last/this weekday (1 = Monday).
    Weekday(RelativeMeaning, u8),
    /// next/last/this unit.
    Unit(RelativeMeaning, RelativeUnit),
    /// A weekday (1 = Monday) of the next, last or this week.
    WeekdayOfWeek(RelativeMeaning, u8),
    /// This many whole units after (next) or before (last) the one the reference falls in.
    Units(RelativeMeaning, i64, RelativeUnit),
    /// This many units from the reference (negative: ago).
    Offset(i64, RelativeUnit),
    /// A holiday: the next one on or after the reference (`This`, `Next`), or the last one
    /// before it (`Last`).
    Holiday(HolidayRule, RelativeMeaning),
    /// A holiday in the reference's year plus this many years (Wielkanoc przyszłego roku).
    HolidayOfYear(HolidayRule, i32),
    /// A holiday in the year of the reference plus this many units (negative: ago):
    /// "Thanksgiving in 9 months", "Diwali six years hence".
    HolidayAfter(HolidayRule, i64, RelativeUnit),
    /// A part of the next, last or this week, month or year (the end of next week).
    PartOf(Part, RelativeMeaning, RelativeUnit),
    /// The whole current unit as a deadline, the end of an open period (by EOM): reported
    /// with the qualifier `until`, as [`Part::Whole`] is.
    Deadline(RelativeUnit),
    /// The n-th (−1 last) weekday, day or week of a month (1–12) written without a year: of
    /// that month's next occurrence from the reference (the reference's own month included).
    NthInMonth(i8, NthOf, u8),
    /// A day (1–31) of the next, last or this month.
    DayOfMonth(u8, RelativeMeaning),
    /// The first day (1–31) of that number on or after the reference (on the 15th).
    NextDayOfMonth(u8),
    /// The n-th (−1 last) weekday, day or week of the next, last or this month.
    NthInRelMonth(i8, NthOf, RelativeMeaning),
    /// This many seconds from the reference time of day (negative: before it); resolved only
    /// with one ([`RelSpec::resolve_clock`]).
    ClockOffset(i64),
    /// This many whole clock units of this many seconds (60 or 3600: minutes or hours) after
    /// (next) or before (last) the one the reference time falls in; resolved only with a
    /// reference time of day.
    ClockUnits(RelativeMeaning, i64, u32),
    /// The season with these first and last days (month, day) that contains the reference,
    /// or else the next one (`This`); the one after that (`Next`) or before it (`Last`).
    Season((u8, u8), (u8, u8), RelativeMeaning),
    /// Month 1–12: the next one after the reference's month (next, nearest), the last one
    /// before it (last), or this year's (this).
    Month(u8, RelativeMeaning),
    /// A month as [`RelSpec::Month`] reads it, this many years later: "March in a year" is
    /// this year's March plus one year, "March after next" the next March plus one.
    MonthYears(u8, RelativeMeaning, i32),
    /// The n-th weekday (1 Monday … 7 Sunday) after the reference day, or for negative n the
    /// n-th before it (3 fridays from now, 2 thursdays ago).
    WeekdayCount(i64, u8),
}

/// The unit of a duration written beside a date or time ("for 10 days", "for 30 minutes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Duration {
    /// Days, weeks, months, quarters or years.
    Calendar(RelativeUnit),
    /// A unit of the clock, this many minutes long.
    Minutes(u16),
}

impl Duration {
    /// The end of a period of `n` of this unit from a date (day precision) or a time of day
    /// (hour, minute): the start plus the duration, as Duckling reads "18th Dec for 10 days"
    /// (18–28 December) and "4pm for 30 mins" (16:00–16:30). A date takes calendar units, a
    /// time clock units that end by midnight (24:00); `None` otherwise.
    pub(super) fn end_of(self, start: StartOf, n: i64) -> Option<StartOf> {
        match (self, start) {
            (Duration::Calendar(u), StartOf::Day(y, m, d)) => {
                let date = jiff::civil::Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()?;
                let span = match u {
                    RelativeUnit::Day => jiff::Span::new().try_days(n).ok()?,
                    RelativeUnit::Week => jiff::Span::new().try_weeks(n).ok()?,
                    RelativeUnit::Month => jiff::Span::new().try_months(n).ok()?,
                    RelativeUnit::Quarter => jiff::Span::new().try_months(n * 3).ok()?,
                    RelativeUnit::Year => jiff::Span::new().try_years(n).ok()?,
                    RelativeUnit::Weekend => return None,
                };
                let end = date.checked_add(span).ok()?;
                Some(StartOf::Day(
                    end.year() as i32,
                    end.month() as u8,
                    end.day() as u8,
                ))
            }
            (Duration::Minutes(per), StartOf::Clock(h, m)) => {
                let end = i64::from(h) * 60 + i64::from(m) + n * i64::from(per);
                (end <= 24 * 60).then_some(StartOf::Clock((end / 60) as u8, (end % 60) as u8))
            }
            _ => None,
        }
    }
}

/// The start (or end) of a period a duration is added to: a day (year, month, day) or a
/// time of day (hour, minute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StartOf {
    Day(i32, u8, u8),
    Clock(u8, u8),
}

/// Joins a holiday of the coming year and an offset of months or years written right after
/// it ("Thanksgiving in 9 months", "thanksgiving 3 months ago", "Lakshmi Puja six years
/// hence") into the holiday in the year the offset reaches.
fn join_holiday_offsets(text: &str, pending: &mut Vec<(Span, RelSpec)>) {
    pending.sort_by_key(|(span, _)| span.start);
    let mut out: Vec<(Span, RelSpec)> = Vec::with_capacity(pending.len());
    for (span, spec) in pending.drain(..) {
        if let (Some((a, prev)), RelSpec::Offset(n, unit)) = (out.last_mut(), spec) {
            if let RelSpec::Holiday(rule, RelativeMeaning::This) = *prev {
                if matches!(unit, RelativeUnit::Month | RelativeUnit::Year)
                    && a.end <= span.start
                    && text[a.end..span.start].trim().is_empty()
                {
                    *a = Span::new(a.start, span.end);
                    *prev = RelSpec::HolidayAfter(rule, n, unit);
                    continue;
                }
            }
        }
        out.push((span, spec));
    }
    *pending = out;
}

/// The season from `start` to `end` (month, day) beginning in year `y`: a range of days,
/// ending the next year when `end` comes before `start` (winter). `None` for a day that does
/// not exist.
fn season(y: i32, start: (u8, u8), end: (u8, u8)) -> Option<(PartialDate, PartialDate)> {
    let day = |y: i32, (m, d): (u8, u8)| {
        let p = PartialDate {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        };
        p.valid().then_some(p)
    };
    let end_year = if end < start { y + 1 } else { y };
    Some((day(y, start)?, day(end_year, end)?))
}

/// What is counted in "the n-th … of a month".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NthOf {
    /// A weekday, 1 Monday … 7 Sunday.
    Weekday(u8),
    /// A day.
    Day,
    /// A week, Monday to Sunday, wholly within the month (Duckling's reading: the first week
    /// of October 2014 is 6–12 October).
    Week,
    /// A weekend, counted by its Saturday: the last weekend of October 2013 is 26–27
    /// October, that of August 2026 is 29–30 August.
    Weekend,
}

/// The n-th (1–5, or −1 for the last, −2 the second last …) weekday, day or week of month `m`
/// of year `y`: one day, or for a week the range Monday–Sunday. `None` when the month has no
/// such one.
fn nth_in_month(y: i32, m: u8, n: i8, what: NthOf) -> Option<DateValue> {
    let first = jiff::civil::Date::new(i16::try_from(y).ok()?, m as i8, 1).ok()?;
    nth_in_period(first, first.last_of_month(), n, what)
}

/// The n-th (1, 2, …, or −1 for the last, −2 the second last …) weekday, day or week of year
/// `y` (the third last week of 2018), as [`nth_in_month`] counts them in a month.
fn nth_in_year(y: i32, n: i8, what: NthOf) -> Option<DateValue> {
    let first = jiff::civil::Date::new(i16::try_from(y).ok()?, 1, 1).ok()?;
    nth_in_period(first, first.last_of_year(), n, what)
}

/// The n-th (from the end for negative n) weekday, day, week or weekend within the days
/// `first` to `last`: a week is a whole Monday–Sunday inside them, a weekend is counted by
/// its Saturday. `None` when there is no such one.
fn nth_in_period(
    first: jiff::civil::Date,
    last: jiff::civil::Date,
    n: i8,
    what: NthOf,
) -> Option<DateValue> {
    use jiff::civil::{Date, Weekday};
    let day = |d: Date| PartialDate {
        year: Some(d.year() as i32),
        month: Some(d.month() as u8),
        day: Some(d.day() as u8),
    };
    let plus = |d: Date, n: i64| d.checked_add(jiff::Span::new().days(n)).ok();
    // The n-th such weekday counted from `first`, or from `last` backwards for n < 0.
    let nth_weekday = |wd: Weekday| match n {
        n if n > 0 => {
            let ahead = (wd.to_monday_zero_offset() - first.weekday().to_monday_zero_offset())
                .rem_euclid(7);
            plus(first, i64::from(ahead) + 7 * (i64::from(n) - 1))
        }
        n if n < 0 => {
            let back =
                (last.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset()).rem_euclid(7);
            plus(last, -i64::from(back) + 7 * (i64::from(n) + 1))
        }
        _ => None,
    };
    let inside = |d: &Date| first <= *d && *d <= last;
    match what {
        NthOf::Weekday(wd) => {
            let wd = Weekday::from_monday_one_offset(wd as i8).ok()?;
            nth_weekday(wd)
                .filter(inside)
                .map(|d| DateValue::Single(day(d)))
        }
        NthOf::Day => {
            let d = match n {
                n if n < 0 => plus(last, i64::from(n) + 1)?,
                n if n > 0 => plus(first, i64::from(n) - 1)?,
                _ => return None,
            };
            inside(&d).then(|| DateValue::Single(day(d)))
        }
        NthOf::Week => {
            let monday = match n {
                n if n < 0 => plus(nth_weekday(Weekday::Sunday)?, -6)?,
                _ => nth_weekday(Weekday::Monday)?,
            };
            let sunday = plus(monday, 6)?;
            (inside(&monday) && inside(&sunday)).then(|| DateValue::Range(day(monday), day(sunday)))
        }
        NthOf::Weekend => {
            let saturday = nth_weekday(Weekday::Saturday).filter(inside)?;
            Some(DateValue::Range(day(saturday), day(plus(saturday, 1)?)))
        }
    }
}

/// A part of a month, year or week: its start, middle or end (`date_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// Days 1–10 of a month, January–March of a year, Monday–Wednesday of a week.
    Start,
    /// Days 11–20 of a month, May–August of a year; a week has none.
    Middle,
    /// Days 21 to the last of a month, September–December of a year, Friday–Sunday of a
    /// week.
    End,
    /// The whole period, as a deadline ("do końca marca", "by the end of the year"): the fact
    /// is qualified `until`.
    Whole,
}

/// That part of `whole`: a month (`2025-03`, or `--03` without a year, whose February then
/// ends on the 28th), a year, or a week
/// (a range of seven days from a Monday). `None` for anything else. The bounds follow
/// Duckling's reading of "early", "mid", "late", "beginning of" and "end of".
fn part_of(part: Part, whole: &DateValue) -> Option<DateValue> {
    let at =
        |year: Option<i32>, month: Option<u8>, day: Option<u8>| PartialDate { year, month, day };
    match whole {
        DateValue::Single(PartialDate {
            year,
            month: Some(m),
            day: None,
        }) => {
            let last = jiff::civil::Date::new(year.unwrap_or(2023) as i16, *m as i8, 1)
                .ok()?
                .days_in_month() as u8;
            let (a, b) = match part {
                Part::Start => (1, 10),
                Part::Middle => (11, 20),
                Part::End => (21, last),
                Part::Whole => return Some(whole.clone()),
            };
            Some(DateValue::Range(
                at(*year, Some(*m), Some(a)),
                at(*year, Some(*m), Some(b)),
            ))
        }
        DateValue::Single(PartialDate {
            year: Some(y),
            month: None,
            ..
        }) => {
            let (a, b) = match part {
                Part::Start => (1, 3),
                Part::Middle => (5, 8),
                Part::End => (9, 12),
                Part::Whole => return Some(whole.clone()),
            };
            Some(DateValue::Range(
                at(Some(*y), Some(a), None),
                at(Some(*y), Some(b), None),
            ))
        }
        DateValue::Range(monday, sunday) if monday.day.is_some() && sunday.day.is_some() => {
            let d =
                jiff::civil::Date::new(monday.year? as i16, monday.month? as i8, monday.day? as i8)
                    .ok()?;
            let day = |n: i64| -> Option<PartialDate> {
                let x = d.checked_add(jiff::Span::new().days(n)).ok()?;
                Some(at(
                    Some(x.year() as i32),
                    Some(x.month() as u8),
                    Some(x.day() as u8),
                ))
            };
            match part {
                Part::Start => Some(DateValue::Range(day(0)?, day(2)?)),
                Part::Middle => None,
                Part::End => Some(DateValue::Range(day(4)?, day(6)?)),
                Part::Whole => Some(whole.clone()),
            }
        }
        _ => None,
    }
}

/// A holiday's first and last day as a date value: one day, or a range of days.
fn holiday_value((a, b): (Ymd, Ymd)) -> DateValue {
    let day = |(y, m, d): Ymd| PartialDate {
        year: Some(y),
        month: Some(m),
        day: Some(d),
    };
    if a == b {
        DateValue::Single(day(a))
    } else {
        DateValue::Range(day(a), day(b))
    }
}

impl RelSpec {
    /// Whether it is a deadline: the whole of a period, as the end of an open one ("by EOM",
    /// "by the end of next week").
    pub(super) fn is_deadline(self) -> bool {
        matches!(
            self,
            RelSpec::Deadline(_) | RelSpec::PartOf(Part::Whole, ..)
        )
    }

    /// A spec counted in clock units, from `reference` at `clock` (hour, minute): the day it
    /// falls on and a time of day ([`RelSpec::ClockOffset`]) or a range of times on that day
    /// ([`RelSpec::ClockUnits`]: the last 2 minutes at 04:30 are 04:28–04:30, the next 3
    /// hours 05:00–08:00). `None` for any other spec, and for a range that crosses midnight.
    pub(super) fn resolve_clock(
        self,
        reference: Ymd,
        clock: (u8, u8),
    ) -> Option<(DateValue, Value)> {
        let start = jiff::civil::DateTime::new(
            reference.0 as i16,
            reference.1 as i8,
            reference.2 as i8,
            clock.0 as i8,
            clock.1 as i8,
            0,
            0,
        )
        .ok()?;
        let at = |seconds: i64| start.checked_add(jiff::Span::new().seconds(seconds)).ok();
        let day_of = |t: jiff::civil::DateTime| {
            DateValue::Single(PartialDate {
                year: Some(t.year() as i32),
                month: Some(t.month() as u8),
                day: Some(t.day() as u8),
            })
        };
        let hm = |t: jiff::civil::DateTime| (t.hour() as u8, t.minute() as u8);
        match self {
            RelSpec::ClockOffset(seconds) => {
                let t = at(seconds)?;
                let (h, m) = hm(t);
                Some((day_of(t), Value::Time(h, m, t.second() as u8)))
            }
            RelSpec::ClockUnits(m, n, per) => {
                // The unit the reference falls in starts this many seconds before it (the
                // reference time has none). A range of times has no seconds: "the last 2
                // seconds" is not read.
                let into = match per {
                    60 => 0,
                    3600 => i64::from(clock.1) * 60,
                    _ => return None,
                };
                let per = i64::from(per);
                let (a, b) = match m {
                    RelativeMeaning::Next | RelativeMeaning::Nearest => {
                        (per - into, (n + 1) * per - into)
                    }
                    RelativeMeaning::Last => (-n * per - into, -into),
                    _ => return None,
                };
                let (a, b) = (at(a)?, at(b)?);
                // A range ending at midnight ends on the next day, as 24:00 of the first.
                let end = if b.hour() == 0 && b.minute() == 0 && b.date() > a.date() {
                    (24, 0)
                } else if b.date() == a.date() {
                    hm(b)
                } else {
                    return None;
                };
                Some((day_of(a), Value::TimeRange(hm(a), end)))
            }
            _ => None,
        }
    }

    pub(super) fn resolve(self, reference: Ymd) -> Option<DateValue> {
        use jiff::civil::Date;
        let r = Date::new(reference.0 as i16, reference.1 as i8, reference.2 as i8).ok()?;
        let day = |d: Date| PartialDate {
            year: Some(d.year() as i32),
            month: Some(d.month() as u8),
            day: Some(d.day() as u8),
        };
        let month = |d: Date| PartialDate {
            year: Some(d.year() as i32),
            month: Some(d.month() as u8),
            day: None,
        };
        let year = |d: Date| PartialDate {
            year: Some(d.year() as i32),
            month: None,
            day: None,
        };
        let week = |d: Date| {
            let monday = d
                .checked_sub(jiff::Span::new().days(i64::from(d.weekday().to_monday_zero_offset())))
                .ok()?;
            let sunday = monday.checked_add(jiff::Span::new().days(6)).ok()?;
            Some(DateValue::Range(day(monday), day(sunday)))
        };
        let weekend = |d: Date| {
            let saturday = d
                .checked_add(
                    jiff::Span::new().days(5 - i64::from(d.weekday().to_monday_zero_offset())),
                )
                .ok()?;
            let sunday = saturday.checked_add(jiff::Span::new().days(1)).ok()?;
            Some(DateValue::Range(day(saturday), day(sunday)))
        };
        let shift = |d: Date, unit: RelativeUnit, n: i64| -> Option<Date> {
            let span = match unit {
                RelativeUnit::Day => jiff::Span::new().days(n),
                RelativeUnit::Week | RelativeUnit::Weekend => jiff::Span::new().weeks(n),
                RelativeUnit::Month => jiff::Span::new().months(n),
                RelativeUnit::Year => jiff::Span::new().years(n),
                RelativeUnit::Quarter => jiff::Span::new().months(n.checked_mul(3)?),
            };
            d.checked_add(span).ok()
        };
        Some(match self {
            RelSpec::PartOf(part, m, unit) => {
                return part_of(part, &RelSpec::Unit(m, unit).resolve(reference)?);
            }
            RelSpec::Deadline(unit) => {
                return RelSpec::Unit(RelativeMeaning::This, unit).resolve(reference);
            }
            RelSpec::ClockOffset(_) | RelSpec::ClockUnits(..) => return None,
            RelSpec::MonthYears(m, meaning, years) => {
                let DateValue::Single(p) = RelSpec::Month(m, meaning).resolve(reference)? else {
                    return None;
                };
                DateValue::Single(PartialDate {
                    year: Some(p.year? + years),
                    ..p
                })
            }
            RelSpec::Month(m, meaning) => {
                let y = match meaning {
                    RelativeMeaning::Next | RelativeMeaning::Nearest if m <= reference.1 => {
                        reference.0 + 1
                    }
                    RelativeMeaning::Last if m >= reference.1 => reference.0 - 1,
                    RelativeMeaning::Next
                    | RelativeMeaning::Nearest
                    | RelativeMeaning::Last
                    | RelativeMeaning::This => reference.0,
                    _ => return None,
                };
                DateValue::Single(PartialDate {
                    year: Some(y),
                    month: Some(m),
                    day: None,
                })
            }
            RelSpec::Season(start, end, m) => {
                let ymd = |p: PartialDate| {
                    (
                        p.year.unwrap_or(0),
                        p.month.unwrap_or(0),
                        p.day.unwrap_or(0),
                    )
                };
                // The first not over by the reference: the one containing it, or the next.
                let y = (reference.0 - 1..=reference.0 + 1)
                    .find(|&y| season(y, start, end).is_some_and(|(_, b)| reference <= ymd(b)))?;
                let y = match m {
                    RelativeMeaning::Next => y + 1,
                    RelativeMeaning::Last => y - 1,
                    _ => y,
                };
                let (a, b) = season(y, start, end)?;
                DateValue::Range(a, b)
            }
            RelSpec::DayOfMonth(d, m) => {
                let DateValue::Single(month) =
                    RelSpec::Unit(m, RelativeUnit::Month).resolve(reference)?
                else {
                    return None;
                };
                let day = PartialDate {
                    day: Some(d),
                    ..month
                };
                day.valid().then_some(DateValue::Single(day))?
            }
            RelSpec::NthInRelMonth(n, what, m) => {
                let DateValue::Single(month) =
                    RelSpec::Unit(m, RelativeUnit::Month).resolve(reference)?
                else {
                    return None;
                };
                nth_in_month(month.year?, month.month?, n, what)?
            }
            RelSpec::NthInMonth(n, what, m) => {
                let y = if m < reference.1 {
                    reference.0 + 1
                } else {
                    reference.0
                };
                nth_in_month(y, m, n, what)?
            }
            RelSpec::HolidayOfYear(rule, delta) => {
                holiday_value(rule.in_year(reference.0 + delta)?)
            }
            RelSpec::NextDayOfMonth(d) => {
                // This month's if not yet past, else the next month that has the day.
                let this = Date::new(r.year(), r.month(), 1).ok()?;
                let skip = i64::from(i8::try_from(d).ok()? < r.day());
                (skip..skip + 3).find_map(|k| {
                    let m = this.checked_add(jiff::Span::new().months(k)).ok()?;
                    Date::new(m.year(), m.month(), d as i8)
                        .ok()
                        .map(|x| DateValue::Single(day(x)))
                })?
            }
            RelSpec::WeekdayCount(n, wd) => {
                let from = i64::from(r.weekday().to_monday_one_offset());
                // Days to the first such weekday after (or before) the reference, then weeks.
                let first = if n > 0 {
                    (i64::from(wd) - from - 1).rem_euclid(7) + 1
                } else {
                    -((from - i64::from(wd) - 1).rem_euclid(7) + 1)
                };
                let days = first + (n - n.signum()) * 7;
                DateValue::Single(day(r.checked_add(jiff::Span::new().days(days)).ok()?))
            }
            RelSpec::HolidayAfter(rule, n, unit) => {
                holiday_value(rule.in_year(i32::from(shift(r, unit, n)?.year()))?)
            }
            RelSpec::Holiday(rule, m) => {
                let y = reference.0;
                let this = rule.in_year(y)?;
                holiday_value(match m {
                    RelativeMeaning::Last if this.0 >= reference => rule.in_year(y - 1)?,
                    RelativeMeaning::Last => this,
                    _ if this.1 < reference => rule.in_year(y + 1)?,
                    _ => this,
                })
            }
            RelSpec::Days(n) => DateValue::Single(day(shift(r, RelativeUnit::Day, n)?)),
            RelSpec::Weekday(m, wd) => {
                let target = jiff::civil::Weekday::from_monday_one_offset(wd as i8).ok()?;
                let d = match m {
                    RelativeMeaning::Last => r.nth_weekday(-1, target).ok()?,
                    RelativeMeaning::Nearest => r.nth_weekday(1, target).ok()?,
                    // That day of the following week (Monday to Sunday).
                    RelativeMeaning::Next => {
                        return RelSpec::WeekdayOfWeek(RelativeMeaning::Next, wd).resolve(reference)
                    }
                    _ if r.weekday() == target => r,
                    _ => r.nth_weekday(1, target).ok()?,
                };
                DateValue::Single(day(d))
            }
            RelSpec::Unit(m, unit) => {
                let n = match m {
                    // The nearest weekend is the coming one, this week's.
                    RelativeMeaning::Nearest if unit == RelativeUnit::Weekend => 0,
                    RelativeMeaning::Next | RelativeMeaning::Nearest => 1,
                    RelativeMeaning::Last => -1,
                    _ => 0,
                };
                let d = shift(r, unit, n)?;
                match unit {
                    RelativeUnit::Day => DateValue::Single(day(d)),
                    RelativeUnit::Week => week(d)?,
                    RelativeUnit::Weekend => weekend(d)?,
                    RelativeUnit::Month => DateValue::Single(month(d)),
                    RelativeUnit::Year => DateValue::Single(year(d)),
                    RelativeUnit::Quarter => {
                        quarter(Some(d.year() as i32), (d.month() as u8 - 1) / 3 + 1)?
                    }
                }
            }
            RelSpec::WeekdayOfWeek(m, wd) => {
                let n = match m {
                    RelativeMeaning::Next | RelativeMeaning::Nearest => 1,
                    RelativeMeaning::Last => -1,
                    _ => 0,
                };
                let d = shift(r, RelativeUnit::Week, n)?;
                let monday = d
                    .checked_sub(
                        jiff::Span::new().days(i64::from(d.weekday().to_monday_zero_offset())),
                    )
                    .ok()?;
                DateValue::Single(day(monday
                    .checked_add(jiff::Span::new().days(i64::from(wd) - 1))
                    .ok()?))
            }
            RelSpec::Units(m, n, unit) => {
                if !(1..=100).contains(&n) {
                    return None;
                }
                let (a, b) = match m {
                    RelativeMeaning::Next | RelativeMeaning::Nearest => (1, n),
                    RelativeMeaning::Last => (-n, -1),
                    _ => return None,
                };
                let (first, last) = (shift(r, unit, a)?, shift(r, unit, b)?);
                let start_of = |v: DateValue| v.parts().first().copied();
                let end_of = |v: DateValue| v.parts().last().copied();
                let whole = |d: Date| -> Option<DateValue> {
                    Some(match unit {
                        RelativeUnit::Day => DateValue::Single(day(d)),
                        RelativeUnit::Week => week(d)?,
                        RelativeUnit::Weekend => weekend(d)?,
                        RelativeUnit::Month => DateValue::Single(month(d)),
                        RelativeUnit::Year => DateValue::Single(year(d)),
                        RelativeUnit::Quarter => {
                            quarter(Some(d.year() as i32), (d.month() as u8 - 1) / 3 + 1)?
                        }
                    })
                };
                let (from, to) = (start_of(whole(first)?)?, end_of(whole(last)?)?);
                if from == to {
                    DateValue::Single(from)
                } else {
                    DateValue::Range(from, to)
                }
            }
            RelSpec::Offset(n, unit) => {
                // At one grain finer than the unit, as Duckling reads it: 3 months ago from
                // 12 February 2013 is 12 November 2012, 2 years ago is February 2011.
                let d = shift(r, unit, n)?;
                match unit {
                    RelativeUnit::Day
                    | RelativeUnit::Week
                    | RelativeUnit::Weekend
                    | RelativeUnit::Month => DateValue::Single(day(d)),
                    RelativeUnit::Year => DateValue::Single(month(d)),
                    RelativeUnit::Quarter => {
                        quarter(Some(d.year() as i32), (d.month() as u8 - 1) / 3 + 1)?
                    }
                }
            }
        })
    }
}

/// The week, Monday to Sunday, that a day falls in, as a range; `None` for a date that is
/// not a whole day.
pub(super) fn week_of(d: PartialDate) -> Option<DateValue> {
    let date =
        jiff::civil::Date::new(i16::try_from(d.year?).ok()?, d.month? as i8, d.day? as i8).ok()?;
    let back = i64::from(date.weekday().to_monday_zero_offset());
    let monday = date.checked_sub(jiff::Span::new().days(back)).ok()?;
    let sunday = monday.checked_add(jiff::Span::new().days(6)).ok()?;
    let day = |x: jiff::civil::Date| PartialDate {
        year: Some(i32::from(x.year())),
        month: Some(x.month() as u8),
        day: Some(x.day() as u8),
    };
    Some(DateValue::Range(day(monday), day(sunday)))
}

/// Quarter `q` (1–4) of year `y`: the range of its three months (`2025-07/2025-09`).
fn quarter(y: Option<i32>, q: u8) -> Option<DateValue> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let first = (q - 1) * 3 + 1;
    let month = |m: u8| PartialDate {
        year: y,
        month: Some(m),
        day: None,
    };
    Some(DateValue::Range(month(first), month(first + 2)))
}

/// `re` without its Unicode word boundaries (`\b`); ASCII ones (`(?-u:\b)`) stay.
fn strip_word_boundaries(re: &str) -> String {
    let mut out = String::with_capacity(re.len());
    let mut rest = re;
    while let Some(i) = rest.find("\\b") {
        let escaped = rest[..i].ends_with('\\') && !rest[..i].ends_with("\\\\");
        let ascii = rest[..i].ends_with("(?-u:");
        out.push_str(&rest[..i]);
        if escaped || ascii {
            out.push_str("\\b");
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

/// The first `n` bytes of `s` or fewer, ending on a character boundary.
fn head(s: &str, n: usize) -> &str {
    &s[..super::floor_char_boundary(s, n.min(s.len()))]
}

/// A bucket (0–255) for a character: the last byte of its UTF-8 form.
fn last_key(c: char) -> usize {
    let mut buf = [0; 4];
    usize::from(
        *c.encode_utf8(&mut buf)
            .as_bytes()
            .last()
            .expect("a character has bytes"),
    )
}

/// The last `n` bytes of `s` or fewer, starting on a character boundary.
fn tail(s: &str, n: usize) -> &str {
    &s[super::ceil_char_boundary(s, s.len().saturating_sub(n))..]
}

/// Whether the match `start..end` stands as whole words: no letter or digit glued before it,
/// and none after it unless it ends with a dot (`r.`, `Oct.`).
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let glued_after = !text[..end].ends_with('.') && super::alnum_at(text, end);
    !super::alnum_before(text, start) && !glued_after
}

/// The matches of `re` in `text` that are [`bounded`], leftmost first and not overlapping.
/// Where a match is not bounded (the "o" of "do 9 wieczorem"), the search goes on from the
/// next character rather than after that match, so the bounded match inside it is found.
/// Only `windows` (from [`Gate::windows`], sorted) are searched; a match may start in a window
/// and end past it. The gate relies on the matches kept being bounded at their start.
fn bounded_captures<'t>(
    re: &'t Pattern,
    text: &'t str,
    windows: &[(usize, usize)],
) -> Vec<Caps<'t>> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(start, end) in windows {
        at = at.max(start);
        while at <= end {
            // Where a match starts, with the fast (DFA) search in the window; then the match
            // at that start as the whole text has it (it may run past the window), and capture
            // groups only for a match kept.
            let Some(found) = re.find(text, at, end) else {
                break;
            };
            // (The match in the window is one at that start, so the anchored search finds one.)
            let (m_start, m_end) = re.find_anchored(text, found.0).unwrap_or(found);
            if bounded(text, m_start, m_end) {
                at = if m_end > m_start { m_end } else { m_end + 1 };
                if let Some(caps) = re.captures(text, m_start, m_end) {
                    out.push(caps);
                }
            } else {
                at = m_start + text[m_start..].chars().next().map_or(1, char::len_utf8);
            }
            while at < text.len() && !text.is_char_boundary(at) {
                at += 1;
            }
        }
    }
    out
}

/// The alternations of the `date_words.tsv` forms whose role is `keep`: those ending in a dot
/// ("r.", "p.n.e."), which need no word boundary after them, and the others.
fn dotted_and_plain(lex: &Lexicons, keep: impl Fn(&DateWordRole) -> bool) -> (String, String) {
    let forms = |dotted: bool| {
        alternation(
            lex.date_words
                .iter()
                .filter(|w| keep(&w.role) && w.form.ends_with('.') == dotted)
                .map(|w| w.form.as_str()),
        )
    };
    (forms(true), forms(false))
}

/// `alt` itself, or when it is empty (a lexicon with no such words) a pattern that never
/// matches, so that the regexes built from it stay valid and match nothing there.
fn or_never(alt: String) -> String {
    if alt.is_empty() {
        "[^\\s\\S]".to_string()
    } else {
        alt
    }
}

/// An hour 1–12 on the 24-hour clock, read with a.m. (`pm` false) or p.m.: 12 a.m. is 0,
/// 12 p.m. is 12, 3 p.m. is 15.
fn meridiem(h: u8, pm: bool) -> u8 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
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

/// a.m. and p.m. as written.
const AP: &str = r"a\.m\.|p\.m\.|am|pm";

/// A day of the month in digits.
const DAY_DIGITS: &str = r"3[01]|[12]\d|0?[1-9]";

/// Words for "last" in "last Sunday of March": the n of an n-th weekday is then -1.
const LAST_WORDS: &[&str] = &[
    "last",
    "ostatni",
    "ostatnia",
    "ostatnią",
    "ostatniego",
    "ostatniej",
    "ostatnim",
];

impl Dates {
    pub(super) fn new(lex: &Lexicons) -> Dates {
        // Polish month forms in any case; English ones too, except "May", which must be
        // capitalised ("10 may be" is no date).
        // One alternation, longest form first across both languages (Polish "mar" must not
        // win over "March"); "May" only capitalised.
        let mon_all = alternation(
            lex.months
                .iter()
                .filter(|m| m.form != "May")
                .map(|m| m.form.as_str()),
        );
        let mon = format!("(?i:{mon_all})|May");
        let zones = or_never(alternation(lex.time_zones.iter().map(|z| z.0.as_str())));
        let full_months = format!(
            "(?i:{})|May",
            alternation(
                lex.months
                    .iter()
                    .filter(|m| m.form != "May" && !m.abbreviation)
                    .map(|m| m.form.as_str()),
            )
        );
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
        let parts = words(&[
            DateWordRole::PartStart,
            DateWordRole::PartMiddle,
            DateWordRole::PartEnd,
            DateWordRole::Deadline,
        ]);
        let parts = or_never(parts);
        let years_before = words(&[DateWordRole::YearsBefore]);
        let season_words = alternation(
            lex.date_words
                .iter()
                .filter(|w| matches!(w.role, DateWordRole::Season(..)))
                .map(|w| w.form.as_str()),
        );
        let season_words = or_never(season_words);
        let any_season = alternation(
            lex.date_words
                .iter()
                .filter(|w| {
                    matches!(
                        w.role,
                        DateWordRole::Season(..) | DateWordRole::SeasonAfterModifier(..)
                    )
                })
                .map(|w| w.form.as_str()),
        );
        let any_season = or_never(any_season);
        let suffix = alternation(
            lex.number_words
                .iter()
                .filter(|w| w.kind == NumberWordKind::Suffix)
                .map(|w| w.form.as_str()),
        );
        let day_words: HashMap<String, u8> = lex
            .number_words
            .iter()
            .filter(|w| {
                w.ordinal
                    && matches!(
                        w.kind,
                        NumberWordKind::Unit | NumberWordKind::Teen | NumberWordKind::Ten
                    )
            })
            .filter_map(|w| {
                Some((
                    w.form.clone(),
                    w.value
                        .parse::<u8>()
                        .ok()
                        .filter(|v| (1..=31).contains(v))?,
                ))
            })
            .collect();
        let day_word = alternation(day_words.keys().map(String::as_str));
        let nth = alternation(
            lex.number_words
                .iter()
                .filter(|w| {
                    w.ordinal
                        && w.kind == NumberWordKind::Unit
                        && (1..=5).contains(&w.value.parse::<u8>().unwrap_or(0))
                })
                .map(|w| w.form.as_str())
                .chain(LAST_WORDS.iter().copied()),
        );
        let weekday = alternation(lex.weekdays.iter().map(|w| w.1.as_str()));
        let quarter_words = words(&[DateWordRole::Quarter]);
        let quarter_words = or_never(quarter_words);
        let first_four = alternation(
            lex.number_words
                .iter()
                .filter(|w| {
                    w.ordinal
                        && w.kind == NumberWordKind::Unit
                        && (1..=4).contains(&w.value.parse::<u8>().unwrap_or(0))
                })
                .map(|w| w.form.as_str()),
        );
        let time_words = alternation(
            lex.relative
                .iter()
                .filter(|r| matches!(r.2, RelativeMeaning::Time(..)))
                .map(|r| r.1.as_str()),
        );
        let time_words = or_never(time_words);
        // A year suffix: "r." needs no word boundary after its dot, "roku" does.
        let (dotted, plain) = dotted_and_plain(lex, |r| *r == DateWordRole::YearAfter);
        let year_after = match (dotted.is_empty(), plain.is_empty()) {
            (false, false) => format!(r"(?i:{dotted}|(?:{plain})(?-u:\b))"),
            (false, true) => format!(r"(?i:{dotted})"),
            (true, false) => format!(r"(?i:(?:{plain})(?-u:\b))"),
            (true, true) => r"[^\s\S]".to_string(),
        };
        let ysuf = format!(r"(?:\s*{year_after})?");
        // ASCII digits: a year is parsed as one, and the gate can then take "2025" whole as
        // its trigger, not "20", which most numbers hold.
        let year = |n: u8| format!(r"(?P<y{n}>1[6-9][0-9][0-9]|20[0-9][0-9]|21[0-9][0-9])");
        let month = |n: u8| format!(r"(?P<m{n}>{mon})");
        let suf = if suffix.is_empty() {
            String::new()
        } else {
            format!("(?:-?(?:{suffix}))?")
        };
        // A day: digits (with an ordinal ending: 3rd, 3ci, 14-tego) or ordinal words
        // (trzeciego, dwudziestego trzeciego, third).
        let day = |n: u8| {
            format!(
                r"(?:(?P<d{n}>{DAY_DIGITS}){suf}|(?P<w{n}>(?i:{day_word})(?:[\s-]+(?i:{day_word}))?))"
            )
        };
        let digit_day = |n: u8| format!(r"(?P<d{n}>{DAY_DIGITS})");
        let suf_req = if suffix.is_empty() {
            "[^\\s\\S]".to_string()
        } else {
            format!("-?(?:{suffix})")
        };
        let day_week = alternation(
            lex.relative
                .iter()
                .filter(|r| {
                    matches!(
                        r.2,
                        RelativeMeaning::Unit(
                            RelativeUnit::Day | RelativeUnit::Week | RelativeUnit::Weekend
                        )
                    )
                })
                .map(|r| r.1.as_str()),
        );
        let day_week = or_never(day_week);
        let (y1, y2, m1, m2, d1, d2) = (year(1), year(2), month(1), month(2), day(1), day(2));
        // Unicode `` keeps the regex engine off its fast DFA on Polish text (5× slower):
        // patterns are written with it for reading, it is stripped here, and word boundaries
        // are checked on each match instead ([`bounded`]).
        // Compiled below, all patterns at once in parallel (most of the start-up time).
        let mk = |form: Form, re: String| (form, strip_word_boundaries(&re));
        // English words for "about" (qualifiers.tsv): before glued minutes, "around 1030".
        let about_words = or_never(alternation(
            lex.qualifiers
                .iter()
                .filter(|q| {
                    q.lang == Lang::En
                        && q.class == "about"
                        && q.form.chars().all(char::is_alphabetic)
                })
                .map(|q| q.form.as_str()),
        ));
        let eras: HashMap<String, bool> = lex
            .date_words
            .iter()
            .filter_map(|w| match w.role {
                DateWordRole::EraBefore => Some((w.form.to_lowercase(), true)),
                DateWordRole::EraCommon => Some((w.form.to_lowercase(), false)),
                _ => None,
            })
            .collect();
        let date_words_of = |role: DateWordRole, lower: bool| -> Vec<String> {
            lex.date_words
                .iter()
                .filter(|w| w.role == role)
                .map(|w| {
                    if lower {
                        w.form.to_lowercase()
                    } else {
                        w.form.clone()
                    }
                })
                .collect()
        };
        let not_dates = date_words_of(DateWordRole::NotADate, false);
        let year_words: HashMap<String, u16> = lex
            .number_words
            .iter()
            .filter(|w| {
                w.lang == Lang::En
                    && !w.ordinal
                    && matches!(
                        w.kind,
                        NumberWordKind::Unit | NumberWordKind::Teen | NumberWordKind::Ten
                    )
            })
            .filter_map(|w| Some((w.form.to_lowercase(), w.value.parse::<u16>().ok()?)))
            .filter(|(_, v)| (1..=99).contains(v))
            .collect();
        let thousand_words: Vec<String> = lex
            .scales
            .iter()
            .filter(|s| s.lang == Lang::En && s.exponent == 3)
            .map(|s| s.form.to_lowercase())
            .collect();
        let ordinal_units: Vec<String> = lex
            .relative
            .iter()
            .filter(|(_, f, m)| {
                matches!(m, RelativeMeaning::Clock(_))
                    && lex
                        .number_words
                        .iter()
                        .any(|w| w.ordinal && w.form.eq_ignore_ascii_case(f))
            })
            .map(|(_, f, _)| f.to_lowercase())
            .collect();
        let duration_words = date_words_of(DateWordRole::DurationFor, true);
        let mut week_of_words = date_words_of(DateWordRole::WeekOf, true);
        week_of_words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let offset_words: Vec<(String, i8)> = lex
            .date_words
            .iter()
            .filter_map(|w| match w.role {
                DateWordRole::Offset(sign) => Some((w.form.to_lowercase(), sign)),
                _ => None,
            })
            .collect();
        let short_date_words = date_words_of(DateWordRole::ShortDateBefore, true);
        // Dotted forms in any case ("a.d."), the others as written ("AD", not "ad").
        let era_forms = |common_only: bool| {
            let (dotted, plain) = dotted_and_plain(lex, |r| {
                *r == DateWordRole::EraCommon || (!common_only && *r == DateWordRole::EraBefore)
            });
            format!(r"(?i:{})|(?:{})(?-u:\b)", or_never(dotted), or_never(plain))
        };
        let (era, era_common) = (era_forms(false), era_forms(true));
        let mut patterns = vec![
            mk(
                Form::YearEra,
                format!(r"\b(?P<y1>[1-9][0-9]{{0,3}})(?:\s*(?:r\.|roku))?\s*(?P<era>{era})|\b(?P<era2>{era_common})\s*(?P<y2>[1-9][0-9]{{0,3}})\b"),
            ),
            mk(
                Form::CrossMonthRange,
                format!(r"(?:\b(?i:{from})\s+)?\b{d1}\.?\s+{m1}\b(?:\s+{y1})?\s*(?:[-–—]|\b(?i:{to})\b)\s*{d2}\.?\s+{m2}\b,?\s+{y2}\b{ysuf}"),
            ),
            mk(
                Form::DayRangeOrSet,
                format!(
                    r"(?:\b(?i:{from})\s+)?(?:\b(?i:the)\s+)?\b{}{suf}\.?\s*(?:[-–—]|\s(?:(?i:{to})|(?P<and>(?i:{and})|&))\s)\s*(?:(?i:the)\s+)?{}{suf}\.?\s+(?:(?i:of)\s+)?{m1}\b(?:,?\s+{y1}\b)?{ysuf}",
                    digit_day(1),
                    digit_day(2)
                ),
            ),
            mk(
                Form::DayMonthYear,
                // Two digits after the month are a year only at the end of the text or before
                // "r."/"roku" ("14 kwietnia 15 r."): "14 kwietnia 15 osób" is a count.
                format!(r"(?:\b(?i:the)\s+)?\b{d1}\.?(?:\s+(?i:of))?(?:\s*|[/-]){m1}\b\.?(?:(?:,?\s+|[/-]){y1}\b|\s+(?P<yy>\d\d)(?:\s*\z|\s*(?i:r\.|roku\b))|-(?P<yz>\d\d)\b)?{ysuf}"),
            ),
            // The month first: "July 13-15", "July 13 to 15, 2025", "Aug 8 - Aug 12",
            // "July 30 – August 2".
            mk(
                Form::MonthDayRange,
                format!(
                    r"(?:\b(?i:{from})\s+)?\b{m1}\.?\s+(?:(?i:the)\s+)?{}{suf}\s*(?:[-–—]|\s(?i:{to})\s)\s*(?:{m2}\.?\s+)?{}{suf}\b(?:,?\s+{y1}\b)?",
                    digit_day(1),
                    digit_day(2)
                ),
            ),
            // "December 18, 2020", "the Feb 13th", glued "Feb13".
            mk(Form::MonthDayYear, format!(r"\b{m1}\.?(?:\s+(?:(?i:the)\s+)?)?{d1}\b(?:,?\s+{y1}\b)?")),
            mk(
                Form::NthOfMonth,
                // "the first Tuesday of October 2014", "ostatni dzień października",
                // "pierwszy tydzień w październiku 2014"; without a year it is resolved
                // against the reference date.
                format!(r"(?:\b(?i:the)\s+)?\b(?P<nth>(?i:{nth})|[1-5]{suf_req})(?P<fromlast>\s+(?i:last))?\s+(?:(?P<wd>(?i:{weekday}))|(?P<unit>(?i:{day_week})))\s+(?:(?i:of|in|w|we)\s+)?{m1}\b\.?(?:,?\s+{y1}\b{ysuf})?"),
            ),
            mk(
                Form::NthOfYear,
                // "the third last week of 2018", "ostatni dzień 2025 r.", "the first Monday of 2027".
                format!(r"(?:\b(?i:the)\s+)?\b(?P<nth>(?i:{nth})|[1-5]{suf_req})(?P<fromlast>\s+(?i:last))?\s+(?:(?P<wd>(?i:{weekday}))|(?P<unit>(?i:{day_week})))\s+(?:(?i:of|in|w|we)\s+)?{y1}\b{ysuf}"),
            ),
            mk(Form::Roman, format!(r"\b{}(?:\.\s?|\s)(?P<rm>{roman})(?:\.\s?|\s){y1}\b{ysuf}", digit_day(1))),
            mk(
                Form::NumericDmy,
                // 18.12.2020, 18/12/2020, and (day month year apart) 31 10 1974.
                format!(r"\b{}(?P<sep>[./]|\s)(?P<mn>{DAY_DIGITS})(?:[./]|\s){y1}\b{ysuf}", digit_day(1)),
            ),
            // English short dates: 2/15, 15/2, 3/3/15, 10-31-74 (a dash only with the year:
            // "2-15" is a range or a score).
            mk(
                Form::NumericShort,
                format!(r"\b(?P<a>{DAY_DIGITS})/(?P<b>{DAY_DIGITS})(?:/(?P<yy>\d\d))?\b|\b(?P<c>{DAY_DIGITS})-(?P<d>{DAY_DIGITS})-(?P<yz>\d\d)\b"),
            ),
            mk(Form::Iso, format!(r"\b{y1}-(?P<mn>1[0-2]|0?[1-9])-(?P<d1>3[01]|[12]\d|0?[1-9])\b")),
            mk(
                Form::MonthYearNumeric,
                format!(r"\b(?P<mn>1[0-2]|0?[1-9])/{y1}\b|\b(?P<mp>0[1-9]|1[0-2])\.{y2}\b|\b(?P<y3>1[6-9]\d\d|20\d\d|21\d\d)[-/](?P<mq>0[1-9]|1[0-2])\b"),
            ),
            mk(Form::MonthYear, format!(r"\b{m1}\b\.?\s+{y1}\b{ysuf}")),
            // A month without a year after a preposition: "w marcu", "do końca lutego" is not
            // (końca is no preposition here), "in March"; its year is inferred.
            mk(
                Form::MonthAlone,
                format!(r"\b(?i:{year_before})\s+(?P<m1>{full_months})\b"),
            ),
            // A part of a month or a year: "pod koniec marca 2025 r.", "mid-March",
            // "the beginning of 2017".
            mk(
                Form::PartOf,
                format!(
                    r"\b(?P<part>(?i:{parts}))(?:\s+|-)(?:{m1}\b\.?(?:,?\s+{y1}\b)?{ysuf}|{y2}\b{ysuf})"
                ),
            ),
            // Quarters: "III kwartał 2025 r.", "w trzecim kwartale", "the 4th quarter of 2018",
            // "Q3 2025", "2018Q4", "18q4", "3Q 2025".
            mk(
                Form::Quarter,
                {
                    let y3 = year(3);
                    format!(
                    r"(?:\b(?i:the)\s+)?\b(?:(?P<qr>IV|I{{1,3}})|(?P<qd>[1-4]){suf}\.?|(?P<qw>(?i:{first_four})))\s+(?i:{quarter_words})(?:\s+(?:(?i:of)\s+)?{y1}\b{ysuf})?|\b(?:Q(?P<qa>[1-4])|(?P<qb>[1-4])Q)(?:(?:\s+|[/-])?{y2}\b{ysuf})?|\b{y3}\s?Q(?P<qc>[1-4])\b|\b(?P<yq>\d\d)[qQ](?P<qe>[1-4])\b"
                    )
                },
            ),
            mk(
                Form::YearRange,
                format!(r"(?:\b(?i:{years_before}|{from})\s+)?\b{y1}\s*(?:[-–—/]|\s(?i:{to}|{and})\s)\s*{y2}\b{ysuf}"),
            ),
            mk(Form::SeasonYear, format!(r"\b(?i:{season_words})\s+(?:(?i:of|roku)\s+)?{y1}\b{ysuf}")),
            mk(Form::YearBefore, format!(r"\b(?i:{year_before})\s+{y1}\b{ysuf}")),
            mk(Form::YearAfter, format!(r"\b{y1}\s*{year_after}")),
            mk(
                Form::TimeLabelled,
                r"(?i)\b(?:godz\.|godzinie|godziny|godzina)\s*(?P<h>2[0-3]|[01]?\d)(?:[:.](?P<min>[0-5]\d))?\b".into(),
            ),
            // 15:30, and the French-style 15h30, 15h00 (a bare "16h" only after "at": "24h" is
            // a duration); after "at" the minutes apart too, "at 3 15", or glued, "at 1030",
            // "at 150ish"; seconds: 15:23:24.
            // The minutes apart or glued only after the words that allow them in the pattern
            // itself, so that not every number is captured.
            mk(Form::TimeColon, format!(r"\b(?P<h>2[0-3]|[01]?\d)(?::(?P<min>[0-5]\d)(?::(?P<sec>[0-5]\d))?|h(?P<hmin>[0-5]\d)?)\b|(?:\b(?i:at|{about_words})\s+|@\s*)(?P<ha>2[0-3]|[01]?\d)(?: (?P<smin>[0-5]\d)|(?P<gmin>[0-5]\d)(?:ish)?)\b")),
            // A bare hour is a time when a time zone follows: "at 8 GMT", "8h PST" (the zone
            // itself is read after the fact is made, as for every time).
            mk(
                Form::TimeZoned,
                format!(r"\b(?P<h>2[0-3]|[01]?\d)h?\s(?i:{zones})\b"),
            ),
            mk(
                Form::TimeMeridiem,
                // "5.30 pm", "330 p.m.", "3ish pm", "9:01:10 AM", and after minutes a single
                // letter: "3:15p".
                r"(?i)\b(?P<h>1[0-2]|0?[1-9])(?:(?:[:.](?P<min>[0-5]\d)(?::(?P<sec>[0-5]\d))?|(?P<minc>[0-5]\d))?(?:ish)?\s?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|:(?P<mins>[0-5]\d)(?P<ap1>[ap])\b)".into(),
            ),
            // Ranges of hours: "w godz. 9–17", "od godz. 10:00 do godz. 21:00", "9:30 - 11:00",
            // "from 10:00 to 21:00", "9 a.m.–5 p.m.", "3-4pm".
            mk(
                Form::TimeRange,
                format!(
                    r"(?i)(?P<btw>(?:between|między|pomiędzy)\s+)?(?:(?:od\s+|from\s+)?(?:godz\.|godzinach|godzinie|godziny)\s*(?P<h>2[0-3]|[01]?\d)(?:[:.](?P<min>[0-5]\d))?|(?:od\s+|from\s+)?(?P<hc>2[0-3]|[01]?\d)[:h](?P<minc>[0-5]\d)|(?P<hm>1[0-2]|0?[1-9])(?:[:.](?P<minm>[0-5]\d))?\s?(?P<ap>{AP})?)\s*(?:[-–—]|\b(?P<sep>do|to|until|untill|till|and|i)\b)\s*(?:godz\.\s*)?(?:(?P<h2m>1[0-2]|0?[1-9])(?:[:.](?P<min2m>[0-5]\d)(?::00)?)?\s?(?P<ap2>{AP})|(?P<h2>2[0-3]|[01]?\d)(?:[:.h](?P<min2>[0-5]\d)|h)?)\b"
                ),
            ),
            mk(Form::TimeWord, format!(r"(?i)\b(?P<tw>{time_words})\b")),
        ];
        // Hours as words: Polish feminine ordinals (o piętnastej, dziewiąta wieczorem,
        // o dwudziestej drugiej) and English cardinals (three pm, eight tonight).
        let pl_hour = |endings: &[&str]| {
            alternation(
                lex.number_words
                    .iter()
                    .filter(|w| {
                        w.lang == Lang::Pl
                            && w.ordinal
                            && matches!(
                                w.kind,
                                NumberWordKind::Unit | NumberWordKind::Teen | NumberWordKind::Ten
                            )
                            && (1..=20).contains(&w.value.parse::<u8>().unwrap_or(0))
                            && endings.iter().any(|e| w.form.ends_with(e))
                    })
                    .map(|w| w.form.as_str()),
            )
        };
        let hour_ej = pl_hour(&["ej"]);
        let en_hour = alternation(
            lex.number_words
                .iter()
                .filter(|w| {
                    w.lang == Lang::En
                        && !w.ordinal
                        && matches!(w.kind, NumberWordKind::Unit | NumberWordKind::Teen)
                        && (1..=12).contains(&w.value.parse::<u8>().unwrap_or(0))
                })
                .map(|w| w.form.as_str()),
        );
        let hour_word = format!("{}|{}|{en_hour}", pl_hour(&["a", "ą"]), hour_ej);
        let dayparts = alternation(
            lex.relative
                .iter()
                .filter(|r| matches!(r.2, RelativeMeaning::Daypart(_)))
                .map(|r| r.1.as_str()),
        );
        let dayparts = or_never(dayparts);
        let hour_ej = or_never(hour_ej);
        patterns.push(mk(
            Form::TimeDaypart,
            format!(
                // "from 3 to 5 in the afternoon", "od 9 do 11 rano": a range on one part of the day.
                // Minutes may follow the hour without a colon: "730 in the evening".
                r"(?i)(?:\b(?:from|between|od|między|pomiędzy)\s+(?P<h0>1[0-2]|0?[1-9])(?:[:.](?P<min0>[0-5]\d))?(?:\s+(?P<dp0>{dayparts}))?\s*(?:[-–]|\b(?:to|and|until|do|i)\b)\s*|\b(?:(?:o|około|koło|at|about|around)\s+)?)(?P<lab>(?:godz\.|godzinie)\s*)?(?:(?P<h>1[0-2]|0?[1-9])(?:[:.]?(?P<min>[0-5]\d))?|(?P<hw>(?:{hour_word})(?:[\s-](?:{hour_ej}))?))(?:\s*(?:o'clock|o’clock|oclock))?\s+(?P<dp>{dayparts})\b"
            ),
        ));
        // Minutes in words: cardinals up to fifty-nine (twenty, twenty-five, dwadzieścia pięć).
        let minute_word = alternation(
            lex.number_words
                .iter()
                .filter(|w| {
                    !w.ordinal
                        && matches!(
                            w.kind,
                            NumberWordKind::Unit | NumberWordKind::Teen | NumberWordKind::Ten
                        )
                        && (1..=50).contains(&w.value.parse::<u8>().unwrap_or(0))
                })
                .map(|w| w.form.as_str()),
        );
        // Digits with a Polish ordinal ending: "o 15-tej", "15sta godzina".
        let pl_suffixes = |ending: &str| {
            alternation(
                lex.number_words
                    .iter()
                    .filter(|w| {
                        w.lang == Lang::Pl
                            && w.kind == NumberWordKind::Suffix
                            && w.form.ends_with(ending)
                    })
                    .map(|w| w.form.as_str()),
            )
        };
        let (suffix_ej, suffix_a) = (pl_suffixes("ej"), pl_suffixes("a"));
        let any_hour = format!("(?:{hour_ej})(?:\\s+(?:{hour_ej}))?|{en_hour}");
        patterns.push(mk(
            Form::TimeWordClock,
            format!(
                r"(?i)\b(?:(?:(?P<q>(?:a\s+)?quarter|kwadrans)|(?P<half>half)|(?P<mn>[1-5]?\d)(?P<mu>\s+(?:minutes?|mins?|minut[y]?))?|(?P<mw>(?:{minute_word})(?:[\s-](?:{minute_word}))?)(?P<mu2>\s+(?:minutes?|minut[y]?))?)\s+(?P<dir>past|after|from|to|till|before|po|do|przed)\s+(?:(?P<noon>noon|midnight|południa|południem|północy|północą)|(?:(?P<h>2[0-3]|1\d|0?[1-9])(?P<hsuf>-?(?:{suffix_ej}))?|(?P<hw>{any_hour}))(?:\s?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b))?)|(?:w\s?pół|wpół)\s+do\s+(?P<wpol>{hour_ej})|half\s+(?P<hb>{en_hour}))\b"
            ),
        ));
        patterns.push(mk(
            Form::TimeWordsMinutes,
            format!(
                r"(?i)\b(?P<at>(?:o|at)\s+)?(?P<hw>{any_hour})[\s-](?P<mw>(?:{minute_word})(?:[\s-](?:{minute_word}))?)(?:\s?(?P<ap>a\.\s?m\.|p\.\s?m\.|a\s?m\b|p\s?m\b))?"
            ),
        ));
        patterns.push(mk(
            Form::TimeDaypartFirst,
            format!(
                r"(?i)\b(?P<dp>{dayparts})\s+(?:at|@|o|około|about|around)\s+(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?|(?P<hw>{hour_word}))\b"
            ),
        ));
        // "at 9 tomorrow", "9 tomorrow morning": without "at", only with a part of the day
        // after ("5 today and 7 tomorrow" counts).
        let en_day_words = alternation(
            lex.relative
                .iter()
                .filter(|r| r.0 == Lang::En && matches!(r.2, RelativeMeaning::Day(_)))
                .map(|r| r.1.as_str()),
        );
        if !en_day_words.is_empty() {
            patterns.push(mk(
                Form::TimeBeforeDay,
                format!(
                    r"(?i)\b(?P<at>at\s+)?(?P<h>2[0-3]|1\d|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s+(?P<dw>{en_day_words})(?:\s+(?P<dp>{dayparts}))?\b"
                ),
            ));
        }
        let hour_a = pl_hour(&["a"]);
        // "przed drugą": the instrumental after "przed"; "po trzeciej" is as "o trzeciej".
        let hour_inst = pl_hour(&["ą"]);
        patterns.push(mk(
            Form::TimeHourWord,
            format!(
                r"(?i)\b(?:(?:(?:o|około|koło|po)\s+(?P<lab>godz\.\s*|godzinie\s+)?(?:(?P<hw>(?:{hour_ej})(?:\s+(?:{hour_ej}))?)|(?P<hd>2[0-3]|1\d|0?[1-9])-?(?:{suffix_ej}))|przed\s+(?P<hq>(?:{hour_inst})(?:\s+(?:{hour_inst}))?))\b(?:\s+(?P<next>\w+))?|(?:(?P<hn>(?:{hour_a})(?:\s+(?:{hour_a}))?)|(?P<hnd>2[0-3]|1\d|0?[1-9])-?(?:{suffix_a}))\s+godzina\b)"
            ),
        ));
        let rel = |pred: &dyn Fn(&RelativeMeaning) -> bool| {
            alternation(
                lex.relative
                    .iter()
                    .filter(|r| pred(&r.2))
                    .map(|r| r.1.as_str()),
            )
        };
        let day_rel = rel(&|m| matches!(m, RelativeMeaning::Day(_) | RelativeMeaning::Year(_)));
        let mods = rel(&|m| {
            matches!(
                m,
                RelativeMeaning::Next
                    | RelativeMeaning::Nearest
                    | RelativeMeaning::Last
                    | RelativeMeaning::This
            )
        });
        let units =
            rel(&|m| matches!(m, RelativeMeaning::Unit(_) | RelativeMeaning::UnitTimes(..)));
        let ins = rel(&|m| *m == RelativeMeaning::In);
        let ins_clock = rel(&|m| matches!(m, RelativeMeaning::In | RelativeMeaning::InClock));
        let nows = rel(&|m| *m == RelativeMeaning::Now);
        let agos = rel(&|m| matches!(m, RelativeMeaning::Ago | RelativeMeaning::Hence));
        let weekday_full = alternation(
            lex.weekdays
                .iter()
                .filter(|w| !w.1.ends_with('.'))
                .map(|w| w.1.as_str()),
        );
        let rmk = |form: RelForm, re: String| (form, strip_word_boundaries(&re));
        let mut relative = Vec::new();
        if !day_rel.is_empty() {
            relative.push(rmk(RelForm::Day, format!(r"(?i)\b(?P<w>{day_rel})\b")));
        }
        if !mods.is_empty() && !weekday_full.is_empty() {
            let after = or_never(rel(&|m| *m == RelativeMeaning::NextAfter));
            relative.push(rmk(
                RelForm::Weekday,
                format!(r"(?i)\b(?P<mod>{mods})\s+(?P<wd>{weekday_full})\b|\b(?P<wd2>{weekday_full})\s+(?:{after})\b"),
            ));
        }
        let week_units = rel(&|m| *m == RelativeMeaning::Unit(RelativeUnit::Week));
        if !mods.is_empty() && !weekday_full.is_empty() && !week_units.is_empty() {
            relative.push(rmk(
                RelForm::WeekdayOfWeek,
                format!(
                    r"(?i)\b(?P<wd>{weekday_full})\s+(?:(?:w|we|z|of|from)\s+)?(?P<mod>{mods})\s+(?:{week_units})\b|\b(?P<mod2>{mods})\s+(?:{week_units})'s\s+(?P<wd2>{weekday_full})\b"
                ),
            ));
        }
        if !mods.is_empty() && !units.is_empty() {
            relative.push(rmk(
                RelForm::PartOfUnit,
                // "the end of next week", "at the beginning of around next week".
                format!(
                    r"(?i)\b(?P<part>{parts})\s+(?:(?:around|about)\s+)?(?:(?:the\s+)?(?P<mod>{mods})\s+|the\s+)?(?P<unit>{units})\b"
                ),
            ));
            relative.push(rmk(
                RelForm::NthOfRelMonth,
                format!(
                    r"(?i)(?:\bthe\s+)?\b(?P<nth>{nth}|[1-5]{suf_req})(?P<fromlast>\s+last)?\s+(?:(?P<wd>{weekday})|(?P<dw>{day_week}))\s+(?:(?:of|in|w|we)\s+)?(?:the\s+)?(?:(?P<mod>{mods})\s+)?(?P<unit>{units})\b"
                ),
            ));
            let season_mods = rel(&|m| {
                matches!(
                    m,
                    RelativeMeaning::Next
                        | RelativeMeaning::Nearest
                        | RelativeMeaning::Last
                        | RelativeMeaning::This
                        | RelativeMeaning::ThisSeason
                )
            });
            relative.push(rmk(
                RelForm::Season,
                format!(r"(?i)\b(?P<mod>{season_mods})\s+(?P<season>{any_season})\b"),
            ));
            let month_mods = rel(&|m| {
                matches!(
                    m,
                    RelativeMeaning::Next
                        | RelativeMeaning::Nearest
                        | RelativeMeaning::Last
                        | RelativeMeaning::This
                )
            });
            relative.push(rmk(
                RelForm::Month,
                // Digits after ("last May 2012", "next March 15") make it an absolute date; a
                // possessive makes "following" a preposition ("following August's tournaments").
                format!(r"\b(?P<mod>(?i:{month_mods}))\s+(?P<m1>{full_months})\b(?P<digits>,?\s+\d|['’]s\b)?"),
            ));
            relative.push(rmk(
                RelForm::DayOfMonth,
                format!(
                    r"(?i)\b(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:(?:\.|st|nd|rd|th)\s+(?:(?:day|dnia|dzień)\s+)?(?:of\s+)?|\s+(?:day|dnia|dzień)\s+(?:of\s+)?|\s+of\s+)(?:the\s+)?(?P<mod>{mods})\s+(?P<unit>{units})\b"
                ),
            ));
            relative.push(rmk(
                RelForm::Unit,
                format!(r"(?i)\b(?P<mod>{mods})\s+(?P<unit>{units})\b"),
            ));
            // "on the" with one space: one trigger, far rarer than "the" alone.
            relative.push(rmk(
                RelForm::OnDay,
                format!(
                    r"(?i)\bon (?P<fact>the\s+(?:(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)|(?P<w1>(?:{day_word})(?:[\s-]+(?:{day_word}))?)))\b"
                ),
            ));
        }
        // A count: digits, one number word (trzy, three, a) or a vague count (a few).
        let vague_counts: Vec<(String, u8)> = lex
            .relative
            .iter()
            .filter_map(|(_, f, m)| match m {
                RelativeMeaning::Count(n) => Some((f.to_lowercase(), *n)),
                _ => None,
            })
            .collect();
        let count_words = alternation(
            lex.number_words
                .iter()
                .filter(|w| {
                    !w.ordinal
                        && matches!(
                            w.kind,
                            NumberWordKind::Unit
                                | NumberWordKind::Teen
                                | NumberWordKind::Ten
                                | NumberWordKind::Weak
                        )
                })
                .filter(|w| w.value.parse::<u8>().is_ok())
                .map(|w| w.form.as_str())
                .chain(vague_counts.iter().map(|(f, _)| f.as_str())),
        );
        let count = format!(r"(?P<n>\d{{1,3}}|{count_words})");
        // English only: "za tydzień" (after:next in Polish) is "in a week".
        let en_words = |pred: &dyn Fn(&RelativeMeaning) -> bool| {
            or_never(alternation(
                lex.relative
                    .iter()
                    .filter(|r| r.0 == Lang::En && pred(&r.2))
                    .map(|r| r.1.as_str()),
            ))
        };
        let after_next = en_words(&|m| *m == RelativeMeaning::NextAfter);
        let years = en_words(&|m| *m == RelativeMeaning::Unit(RelativeUnit::Year));
        relative.push(rmk(
            RelForm::MonthInYears,
            format!(r"\b(?P<m1>{full_months})\s+(?i:(?P<after>{after_next})|in\s+(?P<n>\d{{1,2}}|{count_words})\s+(?:{years}))\b"),
        ));
        let clock_units = rel(&|m| matches!(m, RelativeMeaning::Clock(_)));
        if !clock_units.is_empty() {
            // "in 2 minutes", "za jeszcze 2 minuty", "in about half an hour", "in 1h", "in 2.5
            // hours"; "3 godziny temu", "2 minutes from now".
            // "2 i pół godziny", "2 and a half hours": the half is added.
            let clock_count = format!(
                r"(?P<n>\d{{1,3}}(?:[.,]\d)?|[13]/[24]|{count_words})(?P<half>\s+(?:i|and)\s+(?:pół|an?\s+half))?"
            );
            // A larger unit before, in digits: "1 godz. 2 minuty temu", "in 1 hour and 20
            // minutes" (number words here would double the cost of compiling these patterns).
            let lead = format!(
                r"(?:(?P<n0>\d{{1,3}})(?-i:[^\S\n])*(?P<cu0>{clock_units})\s+(?:(?:i|and)\s+)?)?"
            );
            relative.push(rmk(
                RelForm::InClock,
                format!(
                    r"(?i)\b(?:{ins_clock})\s+(?:(?:about|around|approximately|około|jakieś|jeszcze)\s+)?{lead}(?:{clock_count}\s*(?:more\s+)?)?(?P<cu>{clock_units})\b"
                ),
            ));
            relative.push(rmk(
                RelForm::AgoClock,
                format!(
                    r"(?i)\b{lead}(?:{clock_count}(?-i:[^\S\n])*)?(?P<cu>{clock_units})\s+(?P<dir>{agos})\b"
                ),
            ));
        }
        let part_abbreviations: HashMap<String, (Part, RelativeUnit)> = lex
            .date_words
            .iter()
            .filter_map(|w| match w.role {
                DateWordRole::PartAbbreviation(part, unit) => {
                    let part = match part {
                        PeriodPart::Start => Part::Start,
                        PeriodPart::Middle => Part::Middle,
                        PeriodPart::End => Part::End,
                    };
                    Some((w.form.clone(), (part, unit)))
                }
                _ => None,
            })
            .collect();
        if !part_abbreviations.is_empty() {
            // "EOM", "at the BOY", "by the EOY": written in capitals, matched as written.
            let abbrevs = alternation(part_abbreviations.keys().map(String::as_str));
            let until = or_never(words(&[DateWordRole::BoundUntil]));
            relative.push(rmk(
                RelForm::PartAbbreviation,
                format!(r"(?:\b(?P<by>(?i:{until}))\s+)?(?:\b(?i:the)\s+)?\b(?P<abbr>{abbrevs})\b"),
            ));
        }
        if !nows.is_empty() {
            relative.push(rmk(RelForm::Now, format!(r"(?i)\b(?P<w>{nows})\b")));
        }
        if !mods.is_empty() && !units.is_empty() {
            relative.push(rmk(
                RelForm::Units,
                format!(r"(?i)\b(?P<mod>{mods})\s+{count}\s+(?P<unit>{units})\b"),
            ));
        }
        if !mods.is_empty() && !clock_units.is_empty() {
            relative.push(rmk(
                RelForm::UnitsClock,
                format!(r"(?i)\b(?P<mod>{mods})\s+{count}\s+(?P<cu>{clock_units})\b"),
            ));
        }
        if !ins.is_empty() && !units.is_empty() {
            relative.push(rmk(
                RelForm::In,
                format!(r"(?i)\b(?:{ins})\s+{count}\s+(?P<unit>{units})\b"),
            ));
        }
        if !agos.is_empty() && !units.is_empty() {
            relative.push(rmk(
                RelForm::Ago,
                format!(r"(?i)\b(?:{count}(?-i:[^\S\n])+)?(?P<unit>{units})\s+(?P<dir>{agos})\b"),
            ));
        }
        // "3 fridays from now", "2 thursdays ago": English weekdays in the plural.
        let weekdays_plural = alternation(
            lex.weekdays
                .iter()
                .filter(|w| w.0 == Lang::En && w.1.len() > 3 && !w.1.ends_with('.'))
                .map(|w| w.1.as_str()),
        );
        if !agos.is_empty() && !weekdays_plural.is_empty() {
            relative.push(rmk(
                RelForm::WeekdaysAgo,
                format!(
                    r"(?i)\b{count}(?-i:[^\S\n])+(?P<wd>{weekdays_plural})s\s+(?P<dir>{agos}|back)\b"
                ),
            ));
        }
        let weekday_alone = alternation(lex.weekdays_alone.iter().map(String::as_str));
        if !weekday_alone.is_empty() {
            relative.push(rmk(
                RelForm::BareWeekday,
                format!(r"(?i)\b(?P<wd>{weekday_alone})\b"),
            ));
        }
        // Parts of the day: "wieczorem", "jutro rano", "ten wieczór", "monday morning".
        let daypart_forms = alternation(lex.dayparts.iter().map(|d| d.form.as_str()));
        let this_mods = rel(&|m| *m == RelativeMeaning::This);
        let daypart_re = (!daypart_forms.is_empty()).then(|| {
            let pre = [day_rel.as_str(), this_mods.as_str(), weekday_full.as_str()]
                .iter()
                .filter(|a| !a.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("|");
            let re = strip_word_boundaries(&format!(
                // "tomorrow afternoonish": "-ish" makes it no less the afternoon.
                r"(?i)(?:\b(?P<pre>{})\s+)?\b(?P<dp>{daypart_forms})(?:ish)?\b",
                or_never(pre)
            ));
            re
        });
        let dayparts = lex
            .dayparts
            .iter()
            .map(|d| (d.form.to_lowercase(), (d.lang, d.from, d.to, d.usage)))
            .collect();
        let relative_words: HashMap<String, RelativeMeaning> = lex
            .relative
            .iter()
            .map(|r| (r.1.to_lowercase(), r.2))
            .collect();
        let mut duration_units: Vec<Vec<(String, RelativeMeaning)>> = vec![Vec::new(); 257];
        for (form, meaning) in &relative_words {
            if matches!(
                meaning,
                RelativeMeaning::Unit(_) | RelativeMeaning::Clock(_)
            ) {
                let bucket = form.as_bytes().first().map_or(256, |&b| b as usize);
                duration_units[bucket].push((form.clone(), *meaning));
            }
        }
        for list in &mut duration_units {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        // Holidays: "Wigilia", "w przyszłą Wielkanoc", "Easter 2014", "last Thanksgiving".
        let any_case = alternation(
            lex.holidays
                .iter()
                .filter(|h| !h.exact_case)
                .map(|h| h.form.as_str()),
        );
        let exact_case = alternation(
            lex.holidays
                .iter()
                .filter(|h| h.exact_case)
                .map(|h| h.form.as_str()),
        );
        // A straight apostrophe in a form (Tisha B'Av) also matches a typographic one.
        let (any_case, exact_case) = (
            any_case.replace('\'', "['’]"),
            exact_case.replace('\'', "['’]"),
        );
        let holiday_forms = match (any_case.is_empty(), exact_case.is_empty()) {
            (true, true) => None,
            (false, true) => Some(format!("(?i:{any_case})")),
            (true, false) => Some(exact_case),
            (false, false) => Some(format!("(?i:{any_case})|{exact_case}")),
        };
        let year_units = or_never(rel(&|m| *m == RelativeMeaning::Unit(RelativeUnit::Year)));
        let holiday_re = holiday_forms.map(|forms| {
            let mods = if mods.is_empty() { "[^\\s\\S]" } else { &mods };
            // A year after: written ("Easter 2014") or relative ("Wielkanoc przyszłego roku",
            // "Thanksgiving of next year").
            let re = strip_word_boundaries(&format!(
                r"(?:\b(?P<mod>(?i:{mods}))\s+)?\b(?P<h>{forms})\b(?:,?\s+(?:(?i:of|in)\s+)?{}\b{ysuf}|\s+(?:(?i:of)\s+)?(?P<ymod>(?i:{mods}))\s+(?i:{year_units})\b)?",
                year(1)
            ));
            re
        });
        let holidays = lex
            .holidays
            .iter()
            .map(|h| (h.form.to_lowercase(), (h.rule, h.lang, h.also_name)))
            .collect();
        let count_values = lex
            .number_words
            .iter()
            .filter(|w| !w.ordinal)
            .filter_map(|w| Some((w.form.clone(), w.value.parse::<u8>().ok()?)))
            .chain(vague_counts.iter().cloned())
            .collect();
        let mut months = HashMap::default();
        for m in &lex.months {
            months
                .entry(m.form.to_lowercase())
                .or_insert((m.month, m.lang == Lang::Pl));
        }
        let weekdays = {
            let mut w: Vec<(Lang, String, u8)> = lex
                .weekdays
                .iter()
                .map(|(l, f, d)| (*l, f.to_lowercase(), *d))
                .collect();
            w.sort_by_key(|x| std::cmp::Reverse(x.1.len()));
            w
        };
        let mut hence_openers: Vec<String> = lex
            .relative
            .iter()
            .filter(|r| r.2 == RelativeMeaning::Hence)
            .filter_map(|r| {
                let form = r.1.to_lowercase();
                let (first, _) = form.split_once(' ')?;
                Some(first.to_string())
            })
            .collect();
        hence_openers.sort();
        hence_openers.dedup();
        // Compiling is most of the start-up time: the patterns are compiled in parallel.
        fn compile<F: fmt::Debug + Send>(list: Vec<(F, String)>) -> Vec<(F, Pattern)> {
            use rayon::prelude::*;
            list.into_par_iter()
                .map(|(form, re)| {
                    let p = Pattern::new(&re).unwrap_or_else(|e| panic!("regex {form:?}: {e}"));
                    (form, p)
                })
                .collect()
        }
        let one = |re: Option<String>, what: &str| {
            re.map(|re| Pattern::new(&re).unwrap_or_else(|e| panic!("{what} regex: {e}")))
        };
        let ((patterns, relative), (holiday_re, daypart_re)) = rayon::join(
            || rayon::join(|| compile(patterns), || compile(relative)),
            || rayon::join(|| one(holiday_re, "holiday"), || one(daypart_re, "daypart")),
        );
        let gate = {
            let mut all: Vec<&Pattern> = relative.iter().map(|(_, re)| re).collect();
            all.extend(holiday_re.iter());
            all.extend(daypart_re.iter());
            all.extend(patterns.iter().map(|(_, re)| re));
            Gate::new(&all)
        };
        Dates {
            gate,
            part_abbreviations,
            hence_openers,
            patterns,
            holiday_re,
            daypart_re,
            dayparts,
            holidays,
            time_zones: lex
                .time_zones
                .iter()
                .map(|(z, o)| (z.to_uppercase(), *o))
                .collect(),
            parts: lex
                .date_words
                .iter()
                .filter_map(|w| {
                    let part = match w.role {
                        DateWordRole::PartStart => Part::Start,
                        DateWordRole::PartMiddle => Part::Middle,
                        DateWordRole::PartEnd => Part::End,
                        DateWordRole::Deadline => Part::Whole,
                        _ => return None,
                    };
                    Some((w.form.to_lowercase(), part))
                })
                .collect(),
            deadlines: {
                let mut d: Vec<String> = lex
                    .date_words
                    .iter()
                    .filter(|w| w.role == DateWordRole::Deadline)
                    .map(|w| w.form.to_lowercase())
                    .collect();
                d.sort_by_key(|f| std::cmp::Reverse(f.len()));
                d
            },
            seasons: lex
                .date_words
                .iter()
                .filter_map(|w| match w.role {
                    DateWordRole::Season(a, b) | DateWordRole::SeasonAfterModifier(a, b) => {
                        Some((w.form.to_lowercase(), (a, b)))
                    }
                    _ => None,
                })
                .collect(),
            bounds: {
                let mut b: Vec<(Lang, String, &'static str)> = lex
                    .date_words
                    .iter()
                    .filter_map(|w| {
                        let class = match w.role {
                            DateWordRole::BoundFrom => "from",
                            DateWordRole::BoundUntil => "until",
                            _ => return None,
                        };
                        Some((w.lang, w.form.to_lowercase(), class))
                    })
                    .collect();
                b.sort_by_key(|x| std::cmp::Reverse(x.1.len()));
                b
            },
            relative,
            relative_words,
            duration_units,
            count_values,
            vague_counts,
            ordinal_units,
            year_words,
            thousand_words,
            duration_words,
            week_of_words,
            offset_words,
            months,
            roman: lex.roman_months.iter().cloned().collect(),
            day_words,
            eras,
            not_dates,
            short_date_words,
            weekdays_by_last: {
                let mut buckets = vec![Vec::new(); 257];
                for (i, (_, form, _)) in weekdays.iter().enumerate() {
                    match form.chars().next_back() {
                        Some(c) => buckets[last_key(c)].push(i as u16),
                        None => buckets.iter_mut().for_each(|b| b.push(i as u16)),
                    }
                }
                buckets
            },
            weekdays,
            list_words: lex
                .date_words
                .iter()
                .filter(|w| w.role == DateWordRole::ListAnd)
                .map(|w| w.form.to_lowercase())
                .collect(),
        }
    }

    /// The date and time facts of `text`, and its relative dates waiting for the reference.
    /// Counts of clock units (in 2 hours) are looked for only when `clock` (a reference time
    /// of day is known): otherwise "2 hours" stays a number.
    pub(super) fn extract(
        &self,
        text: &str,
        lang: Lang,
        taken: &mut Taken,
        words: &WordLists,
        clock: bool,
    ) -> (Vec<Fact>, Vec<(Span, RelSpec)>) {
        thread_local! {
            /// Each thread's window lists, reused from one text to the next.
            static WINDOWS: std::cell::RefCell<Vec<Windows>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        WINDOWS.with_borrow_mut(|windows| {
            // Patterns of counts of minutes and hours are searched only with a reference time.
            self.gate.windows_into(
                text,
                |i| {
                    clock
                        || self
                            .relative
                            .get(i)
                            .is_none_or(|(form, _)| !form.needs_clock())
                },
                windows,
            );
            self.extract_within(text, lang, taken, words, clock, windows)
        })
    }

    /// [`Dates::extract`], searching each pattern only in its windows (one list per pattern,
    /// in the gate's order).
    fn extract_within(
        &self,
        text: &str,
        lang: Lang,
        taken: &mut Taken,
        words: &WordLists,
        clock: bool,
        windows: &[Windows],
    ) -> (Vec<Fact>, Vec<(Span, RelSpec)>) {
        let mut cands: Vec<(Span, Cand)> = Vec::new();
        // The spans of times of day written in words on the 12-hour clock (see below).
        let mut twelve: Vec<Span> = Vec::new();
        // The spans of hours in digits whose part of the day is written apart from them ("9
        // tomorrow morning"): not on the 12-hour clock.
        let mut settled: Vec<Span> = Vec::new();
        let mut windows = windows.iter().map(Vec::as_slice);
        for (form, re) in &self.relative {
            let within = windows.next().expect("a window list per regex");
            if !clock && form.needs_clock() {
                continue;
            }
            for caps in bounded_captures(re, text, within) {
                let whole = caps.get(0).expect("group 0");
                // "in a quarter of an hour", "a quarter of residents": a fraction, no quarter.
                let unit_is_quarter = caps.name("unit").is_some_and(|u| {
                    self.relative_words.get(&*super::lowercase(u.as_str()))
                        == Some(&RelativeMeaning::Unit(RelativeUnit::Quarter))
                });
                if unit_is_quarter && text[whole.end()..].trim_start().starts_with("of ") {
                    continue;
                }
                // "na początku roku szkolnego", "the end of the year 2012": a unit without a
                // modifier that an adjective or a number goes on to qualify is not the current
                // one.
                if *form == RelForm::PartOfUnit && caps.name("mod").is_none() {
                    let next = text[whole.end()..].trim_start_matches([' ', '\u{A0}']);
                    let word: String = next
                        .chars()
                        .take_while(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase)
                        .collect();
                    let adjective = ["ego", "ej", "ych"].iter().any(|e| word.ends_with(e));
                    if next.starts_with(|c: char| c.is_ascii_digit()) || adjective {
                        continue;
                    }
                }
                // "from now", "od teraz" close a count ("2 weeks from now"), whether read or
                // not ("3 fridays from now"): they are not the present moment.
                if *form == RelForm::Now {
                    let before = super::lowercase(tail(text[..whole.start()].trim_end(), 24));
                    let word = before
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    if self.hence_openers.iter().any(|w| w == word) {
                        continue;
                    }
                }
                if *form == RelForm::OnDay {
                    // "on the 15th.", "on the first at 10": not "on the 15th anniversary",
                    // "on the 15th of March" (a date read whole).
                    let next = text[whole.end()..].trim_start_matches([' ', '\u{A0}']);
                    let free = next.is_empty()
                        || next.starts_with(['.', ',', ';', ':', '!', '?', ')', '\n'])
                        || next.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("at "));
                    if !free {
                        continue;
                    }
                }
                if *form == RelForm::BareWeekday {
                    let wd = caps.name("wd").expect("weekday group");
                    let written = super::lowercase(wd.as_str());
                    let entry = self.weekdays.iter().find(|w| w.1 == *written);
                    // A form of the other language ("sob" in English is no Saturday).
                    if entry.is_some_and(|w| lang != Lang::Other && w.0 != lang) {
                        continue;
                    }
                    // A span of weekdays ("pon.–pt.", "Monday-Friday") is a schedule, not a
                    // day.
                    let dash = |c: char| matches!(c, '-' | '–' | '—' | '/');
                    if text[..wd.start()].trim_end().ends_with(dash)
                        || text[wd.end()..].trim_start().starts_with(dash)
                    {
                        continue;
                    }
                }
                if let Some(spec) = self.relative_spec(*form, &caps) {
                    // Words before the fact that only lead to it ("on" in "on the 15th").
                    let start = caps.name("fact").map_or(whole.start(), |f| f.start());
                    cands.push((Span::new(start, whole.end()), Cand::Relative(spec)));
                }
            }
        }
        if let Some(re) = &self.holiday_re {
            let within = windows.next().expect("a window list per regex");
            for caps in bounded_captures(re, text, within) {
                if let Some(cand) = self.holiday(text, &caps) {
                    cands.push(cand);
                }
            }
        }
        // Parts of the day (only the part is the fact; a day word before it is its own).
        // Each: its span, the day it names (tonight), and whether a date must follow it.
        let mut dayparts: Vec<(Span, Option<i32>, bool)> = Vec::new();
        if let Some(re) = &self.daypart_re {
            let within = windows.next().expect("a window list per regex");
            for caps in bounded_captures(re, text, within) {
                let dp = caps.name("dp").expect("daypart group");
                let Some(&(l, from, to, usage)) =
                    self.dayparts.get(&*super::lowercase(dp.as_str()))
                else {
                    continue;
                };
                if lang != Lang::Other && l != lang {
                    continue;
                }
                let day = match usage {
                    DaypartUse::AfterDay if caps.name("pre").is_none() => continue,
                    DaypartUse::Day(n) => Some(n),
                    _ => None,
                };
                let end = caps.get(0).expect("group 0").end();
                let span = Span::new(dp.start(), end);
                dayparts.push((span, day, usage == DaypartUse::BeforeDate));
                cands.push((span, Cand::Fact(FactKind::Time, Value::TimeRange(from, to))));
            }
        }
        for (form, re) in &self.patterns {
            let within = windows.next().expect("a window list per regex");
            for caps in bounded_captures(re, text, within) {
                let whole = caps.get(0).expect("group 0");
                let mut span = Span::new(whole.start(), whole.end());
                // Trailing white space taken by an optional suffix group is not part of the fact,
                // nor is a dot after a month name that ends the match: in "15 lutego." it ends
                // the sentence ("2025 r." keeps its dot: "r" is no month).
                let mut trimmed = span.of(text).trim_end();
                if let Some(before) = trimmed.strip_suffix('.') {
                    let letters = before
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphabetic())
                        .count();
                    if letters >= 3 {
                        trimmed = before;
                    }
                }
                span.end = span.start + trimmed.len();
                if *form == Form::NumericShort {
                    let with_year = caps.name("yy").or(caps.name("yz")).is_some();
                    if !self.short_date_stands_alone(text, span, lang, with_year) {
                        continue;
                    }
                }
                // "02.2020" inside "31.02.2020" (an impossible day) is no month.
                if *form == Form::MonthYearNumeric && text[..span.start].ends_with(['.', '/', '-'])
                {
                    continue;
                }
                if matches!(form, Form::TimeDaypart | Form::TimeHourWord) {
                    // "o", "at", "około" before the hour are not part of the fact.
                    span.start = ["h0", "lab", "h", "hw", "hd", "hn", "hnd", "hq"]
                        .iter()
                        .find_map(|g| caps.name(g))
                        .map_or(span.start, |g| g.start());
                }
                if let Some(h) = caps.name("ha") {
                    span.start = h.start(); // "at", "around" are not part of the fact
                }
                if *form == Form::TimeColon
                    && caps.name("min").is_none()
                    && caps.name("hmin").is_none()
                {
                    let before = text[..span.start].trim_end_matches(' ');
                    let b = before.as_bytes();
                    let at = |w: &[u8]| w.eq_ignore_ascii_case(b"at");
                    let word_at = b.len() >= 3 && b[b.len() - 3] == b' ' && at(&b[b.len() - 2..]);
                    // In English, four digits after "around", "approximately" (qualifiers.tsv
                    // class about) ending the clause: "around 1030." (a count that large has a
                    // comma, 1,030; "about 800 of them" is a count).
                    let ends_clause = text[span.end..]
                        .trim_start_matches(' ')
                        .chars()
                        .next()
                        .is_none_or(|c| matches!(c, '.' | ',' | ';' | '!' | '?' | ')' | '\n'));
                    let about = lang == Lang::En
                        && caps.name("gmin").is_some()
                        && span.len() == 4
                        && ends_clause
                        && words
                            .qualifier_before(text, span.start, lang)
                            .is_some_and(|(_, class)| class == "about");
                    if !(word_at || at(b) || before.ends_with('@') || about) {
                        continue;
                    }
                    // "at 3 15", "at 1030": the minutes end the phrase ("at 3 15-minute slots",
                    // "at 1030 metres", "at 650.650.6500"), and glued they make no year ("at
                    // 2020 prices").
                    let after = text[span.end..].trim_start_matches(' ');
                    let apart = caps.name("smin").or(caps.name("gmin")).is_some();
                    let year = caps.name("gmin").is_some()
                        && span
                            .of(text)
                            .trim_end_matches("ish")
                            .parse::<u16>()
                            .is_ok_and(|y| (1600..=2199).contains(&y));
                    let longer = after.starts_with(['.', ',', ':', '/'])
                        && after[1..].starts_with(|c: char| c.is_ascii_digit());
                    let next: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
                    let noun = after.starts_with('-')
                        || !next.is_empty()
                            && !AFTER_HOLIDAY.contains(&next.to_lowercase().as_str());
                    if apart && (noun || longer) || year {
                        continue;
                    }
                }
                if *form == Form::TimeZoned {
                    // The fact is the hour; the zone after it is read as for any time.
                    let h = caps.name("h").expect("hour group");
                    span.end = h.end() + usize::from(text[h.end()..].starts_with('h'));
                }
                if *form == Form::TimeLabelled && self.labelled_duration(text, span) {
                    continue; // "1 godz. 20 min", "1 godz. 2 minuty temu": how long, not when
                }
                if *form == Form::TimeWordClock && words.counted_after(text, span.end, lang) {
                    continue; // "five past ten years", "20 po 3 latach"
                }
                if caps.name("hb").is_some() {
                    // "half three" only before punctuation or a function word, not "half
                    // three times".
                    let next = text[span.end..].trim_start();
                    let word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
                    if !word.is_empty() && !AFTER_HOLIDAY.contains(&word.to_lowercase().as_str()) {
                        continue;
                    }
                }
                if *form == Form::TimeWordsMinutes {
                    span.start = caps.name("hw").expect("hour group").start();
                }
                if *form == Form::TimeDaypartFirst {
                    // "this evening at 8 am" contradicts itself: the a.m. hour stands alone.
                    let after = head(text[span.end..].trim_start(), 8).to_lowercase();
                    if ["am", "a.m", "pm", "p.m", "a m", "p m"]
                        .iter()
                        .any(|ap| after.starts_with(ap))
                    {
                        continue;
                    }
                }
                if *form == Form::TimeHourWord {
                    // The hour word ends the fact; a noun after it makes it no hour.
                    let next = caps.name("next").map(|n| n.as_str().to_lowercase());
                    if next
                        .as_deref()
                        .is_some_and(|n| !AFTER_HOUR_WORD.contains(&n))
                    {
                        continue;
                    }
                    // An hour 1–12 without "godz." may be an ordinal of a noun left out: "o
                    // drugiej i trzeciej (edycji)", "o drugiej, a nie o pierwszej".
                    let hour = caps.name("hw").or(caps.name("hd")).or(caps.name("hq"));
                    let morning = hour.is_some_and(|h| {
                        let s = h.as_str();
                        s.parse::<u8>().ok().or_else(|| self.hour_word(s)) <= Some(12)
                    });
                    if let Some(h) = hour.filter(|_| morning && caps.name("lab").is_none()) {
                        let listed = next.as_deref().is_some_and(|n| LIST_AFTER.contains(&n));
                        let glued = text[h.end()..].starts_with([',', ';', ':', '-', '–', '—']);
                        if listed || glued {
                            continue;
                        }
                    }
                    if let Some(h) = caps.name("hw").or(caps.name("hd")).or(caps.name("hq")) {
                        // The ordinal ending after digits stays in the fact ("15-tej").
                        let end = if caps.name("hd").is_some() {
                            caps.name("next")
                                .map_or(span.end, |n| text[..n.start()].trim_end().len())
                        } else {
                            h.end()
                        };
                        span.end = end;
                    }
                }
                if *form == Form::TimeBeforeDay {
                    if let Some([time, day]) = self.time_before_day(&caps) {
                        // A part of the day settles the 12-hour reading.
                        if caps.name("dp").is_some() {
                            settled.push(time.0);
                        }
                        cands.extend([time, day]);
                    }
                    continue;
                }
                if *form == Form::NthOfMonth && caps.name("y1").is_none() {
                    // No year: the month's next occurrence from the reference decides.
                    if let Some((n, what, m)) = self.nth_spec(&caps) {
                        cands.push((span, Cand::Relative(RelSpec::NthInMonth(n, what, m))));
                    }
                    continue;
                }
                if let Some(value) = self.interpret(*form, &caps) {
                    // An hour in words with neither a.m./p.m. nor a part of the day: "o
                    // trzeciej", "kwadrans po 3", "quarter past three" may be 12 hours later.
                    let clock_words = matches!(
                        form,
                        Form::TimeWordClock | Form::TimeWordsMinutes | Form::TimeHourWord
                    );
                    if clock_words
                        && ["ap", "noon", "wpol", "lab"]
                            .iter()
                            .all(|g| caps.name(g).is_none())
                    {
                        twelve.push(span);
                    }
                    if *form == Form::MonthAlone {
                        span.start = caps.name("m1").expect("month group").start();
                    }
                    if matches!(form, Form::YearBefore) {
                        // The context word is not part of the date; and "z 2000 osób" counts
                        // people: a year with no suffix must not be followed by a counted noun.
                        let y = caps.name("y1").expect("year group");
                        if y.end() == span.end && words.counted_after(text, y.end(), lang) {
                            continue;
                        }
                        span.start = y.start();
                    }
                    cands.push((span, Cand::Fact(value.0, value.1)));
                }
            }
        }
        let mut facts = Vec::new();
        let mut pending = Vec::new();
        for (span, cand) in claim_candidates(cands, taken) {
            match cand {
                Cand::Fact(kind, value) => {
                    let mut f = Fact::new(kind, span, value);
                    if let Value::Date(DateValue::Range(..)) = &f.value {
                        let first = span.of(text).split_whitespace().next().unwrap_or("");
                        f.season = self.seasons.contains_key(&*super::lowercase(first));
                    }
                    if let Value::Date(DateValue::Single(d)) = &f.value {
                        if d.day.is_some() {
                            f.weekday = self.weekday_around(text, span, lang);
                        }
                        // "04/05/2025": 4 May day first, 5 April in US order.
                        let mut parts = span.of(text).split('/');
                        let (a, b) = (parts.next(), parts.next());
                        let small = |x: Option<&str>| {
                            x.and_then(|x| x.trim().parse::<u8>().ok())
                                .is_some_and(|v| (1..=12).contains(&v))
                        };
                        f.day_month_ambiguous =
                            parts.next().is_some() && small(a) && small(b) && d.day != d.month;
                    }
                    // "at 3:30" in English: 03:30 or 15:30 (a leading zero, "03:30", is the
                    // 24-hour clock).
                    if let Some((_, day, _)) = dayparts.iter().find(|d| d.0 == span) {
                        f.daypart = true;
                        // "tonight", "last night": the day too.
                        if let Some(n) = day {
                            pending.push((span, RelSpec::Days(i64::from(*n))));
                        }
                    }
                    if matches!(f.value, Value::Time(..) | Value::TimeRange(..)) && !f.daypart {
                        if let Some((end, offset)) = self.zone_after(text, span.end) {
                            f.span.end = end;
                            f.utc_offset = Some(offset);
                        }
                    }
                    if let Value::Time(h, _, _) = f.value {
                        let written = span.of(text);
                        let digits = lang == Lang::En
                            && !written.starts_with('0')
                            && written
                                .bytes()
                                .all(|b| b.is_ascii_digit() || b == b':' || b == b' ');
                        f.twelve_hour = (1..=11).contains(&h)
                            && (digits || twelve.contains(&span))
                            && !settled.contains(&span);
                    }
                    facts.push(f);
                }
                Cand::Relative(spec) => pending.push((span, spec)),
            }
        }
        // "the morning of": a part of the day only right before a date ("the morning of
        // 15 February", "morning of Christmas"), not in "a morning of workshops".
        let dated = |end: usize| {
            let next = end + (text[end..].len() - text[end..].trim_start().len());
            facts
                .iter()
                .any(|f| f.kind == FactKind::Date && f.span.start == next)
                || pending.iter().any(|(s, _)| s.start == next)
        };
        let undated: Vec<Span> = dayparts
            .iter()
            .filter(|(span, _, before_date)| *before_date && !dated(span.end))
            .map(|d| d.0)
            .collect();
        facts.retain(|f| !undated.contains(&f.span));
        // A weekday written with a date belongs to it ("w piątek 14 marca"), not on its own.
        pending.retain(|(span, spec)| {
            !matches!(
                spec,
                RelSpec::Weekday(RelativeMeaning::Next | RelativeMeaning::Nearest, _)
            ) || !facts.iter().any(|f| {
                f.weekday.is_some()
                    && f.span.start >= span.end
                    && text[span.end..f.span.start].trim_matches([' ', ',']).len() <= 4
            }) && !facts.iter().any(|f| {
                f.weekday.is_some()
                    && span.start >= f.span.end
                    && text[f.span.end..span.start]
                        .trim_matches([' ', ',', '('])
                        .is_empty()
            })
        });
        join_holiday_offsets(text, &mut pending);
        (facts, pending)
    }

    /// Whether the date at byte `start` opens with a deadline word ("do końca marca", "by the
    /// end of the year"): the date is then the end of an open period, qualified `until`.
    pub(super) fn opens_with_deadline(&self, text: &str, start: usize) -> bool {
        let rest = &text[start..];
        self.deadlines.iter().any(|d| {
            // Compared lower-cased, char by char, then a blank after the words.
            let mut chars = rest.chars();
            let same = d.chars().all(|w| {
                chars
                    .next()
                    .is_some_and(|c| c.to_lowercase().eq(std::iter::once(w)))
            });
            same && chars.next().is_some_and(char::is_whitespace)
        })
    }

    /// The bound written right before byte `start` (only white space between): `from` for od,
    /// since, after; `until` for do, until, before. The word must start a word.
    pub(super) fn bound_before(
        &self,
        text: &str,
        start: usize,
        lang: Lang,
    ) -> Option<&'static str> {
        let before = text[..start].trim_end_matches([' ', '\u{A0}']);
        if before.len() == start {
            return None;
        }
        let tail = super::lower_tail(before, 24);
        self.bounds
            .iter()
            .filter(|(l, _, _)| lang == Lang::Other || *l == lang)
            .find(|(_, form, _)| {
                // The tail is longer than any bound word, so the char before one is in it.
                tail.strip_suffix(form.as_str())
                    .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
            })
            .map(|b| b.2)
    }

    /// Whether `between`, the text from a time opening a period to the time closing it, is a
    /// conjunction ([`BOUND_JOINERS`], or nothing) and then a word closing a period: " but
    /// before ", ", ale przed ", " and until ".
    pub(super) fn joins_bounds(&self, between: &str) -> bool {
        let between = between.trim().to_lowercase();
        self.bounds.iter().any(|(_, form, class)| {
            *class == "until"
                && between.strip_suffix(form.as_str()).is_some_and(|rest| {
                    // The bound word starts a word of its own ("i przed", not "iprzed").
                    !rest.ends_with(char::is_alphanumeric) && BOUND_JOINERS.contains(&rest.trim())
                })
        })
    }

    /// A holiday match as a candidate: a date when a year is written or the holiday has a
    /// fixed day (its year inferred later), else a relative date for the reference.
    /// `None` for a given name (Sylwester Nowak) or an English modifier (Christmas market).
    fn holiday(&self, text: &str, caps: &Caps) -> Option<(Span, Cand)> {
        let whole = caps.get(0).expect("group 0");
        let h = caps.name("h").expect("holiday group");
        let form = h.as_str().to_lowercase().replace('’', "'");
        let &(rule, lang, also_name) = self.holidays.get(&form)?;
        if rule == HolidayRule::Lunar {
            return None; // named, so nothing inside it is read as a holiday; no date
        }
        let year = caps.name("y1");
        if year.is_none() {
            let after = text[h.end()..].trim_start_matches([' ', '\u{a0}']);
            let next: &str = after
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("");
            let capitalised = next.chars().next().is_some_and(char::is_uppercase);
            if also_name && capitalised {
                return None;
            }
            let word = next.chars().next().is_some_and(char::is_alphabetic);
            // A count may open an offset after it ("Diwali six years hence").
            let next = next.to_lowercase();
            if lang == Lang::En
                && word
                && !AFTER_HOLIDAY.contains(&next.as_str())
                && !self.count_values.contains_key(next.as_str())
            {
                return None;
            }
        }
        let span = Span::new(
            whole.start(),
            whole.start() + whole.as_str().trim_end().len(),
        );
        let meaning = caps.name("mod").and_then(|m| {
            self.relative_words
                .get(&*super::lowercase(m.as_str()))
                .copied()
        });
        let of_year = caps.name("ymod").and_then(|m| {
            self.relative_words
                .get(&*super::lowercase(m.as_str()))
                .copied()
        });
        // A year in words after the name (English): "Easter Sunday two thousand ten".
        let mut span = span;
        let worded = (year.is_none() && lang == Lang::En)
            .then(|| self.year_in_words(&text[span.end..]))
            .flatten();
        if let Some((_, len)) = worded {
            span.end += len;
        }
        let cand = match (year, meaning, rule) {
            _ if let Some(of_year) = of_year => {
                let delta = match of_year {
                    RelativeMeaning::Next => 1,
                    RelativeMeaning::Last => -1,
                    _ => 0,
                };
                Cand::Relative(RelSpec::HolidayOfYear(rule, delta))
            }
            _ if let Some((y, _)) = worded => {
                Cand::Fact(FactKind::Date, Value::Date(holiday_value(rule.in_year(y)?)))
            }
            (Some(y), ..) => {
                let y: i32 = y.as_str().parse().ok()?;
                Cand::Fact(FactKind::Date, Value::Date(holiday_value(rule.in_year(y)?)))
            }
            (None, Some(m), _) => Cand::Relative(RelSpec::Holiday(rule, m)),
            (None, None, HolidayRule::Fixed(month, day)) => Cand::Fact(
                FactKind::Date,
                Value::Date(DateValue::Single(PartialDate {
                    year: None,
                    month: Some(month),
                    day: Some(day),
                })),
            ),
            (None, None, _) => Cand::Relative(RelSpec::Holiday(rule, RelativeMeaning::This)),
        };
        Some((span, cand))
    }

    /// An English year written in words at the start of `after` (after white space): "two
    /// thousand ten" (2010), "two thousand and eighteen", "nineteen ninety-nine", "twenty
    /// twenty-six". The year (1000–2199) and the bytes it takes; `None` when the words are
    /// no year, or a word glued to them or a noun follows them (see [`AFTER_HOLIDAY`]).
    fn year_in_words(&self, after: &str) -> Option<(i32, usize)> {
        // Words with the byte offset of their end, apart by spaces or hyphens (which join
        // tens and units); anything else ends them.
        let mut words: Vec<(String, usize)> = Vec::new();
        let mut rest = after;
        while words.len() < 6 {
            let gap = rest.len() - rest.trim_start_matches([' ', '-']).len();
            let len = rest[gap..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len() - gap);
            if len == 0 {
                break;
            }
            let end = after.len() - rest.len() + gap + len;
            words.push((rest[gap..gap + len].to_lowercase(), end));
            rest = &after[end..];
            if !rest.starts_with([' ', '-']) {
                break;
            }
        }
        let value = |i: usize| {
            words
                .get(i)
                .and_then(|(w, _)| self.year_words.get(w))
                .copied()
        };
        // 1–99 from word i: a ten and a unit, or one word; (value, words taken).
        let under_100 = |i: usize| -> Option<(u16, usize)> {
            let first = value(i)?;
            match value(i + 1) {
                Some(u) if first >= 20 && first % 10 == 0 && u < 10 => Some((first + u, 2)),
                _ => Some((first, 1)),
            }
        };
        let (year, taken) = if words
            .get(1)
            .is_some_and(|(w, _)| self.thousand_words.contains(w))
        {
            let thousands = value(0).filter(|v| (1..=2).contains(v))?;
            let skip_and = usize::from(words.get(2).is_some_and(|(w, _)| w == "and"));
            match under_100(2 + skip_and) {
                Some((n, k)) => (thousands * 1000 + n, 2 + skip_and + k),
                None => (thousands * 1000, 2),
            }
        } else {
            let (century, k) = under_100(0).filter(|(c, k)| *k == 1 && (10..=21).contains(c))?;
            let (n, k2) = under_100(k).filter(|(n, _)| *n >= 10)?;
            (century * 100 + n, k + k2)
        };
        let end = words[taken - 1].1;
        // A noun after makes the words a count ("Christmas two thousand people").
        let rest = after[end..].trim_start_matches(' ');
        let next: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
        let counted = !after[end..].starts_with(|c: char| c.is_alphanumeric())
            && !next.is_empty()
            && !AFTER_HOLIDAY.contains(&next.to_lowercase().as_str());
        let glued = after[end..].starts_with(|c: char| c.is_alphanumeric());
        ((1000..=2199).contains(&year) && !glued && !counted).then_some((i32::from(year), end))
    }

    /// A time zone written right after a time ending at byte `end` ("16:00 CET", "9 am
    /// (BST)"): the end of the zone and its offset east of UTC in minutes.
    fn zone_after(&self, text: &str, end: usize) -> Option<(usize, i16)> {
        let rest = &text[end..];
        let blank = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
        if blank > 2 {
            return None;
        }
        let rest = &rest[blank..];
        let paren = rest.starts_with('(');
        let word_at = blank + usize::from(paren);
        let word: &str = {
            let w = &text[end + word_at..];
            let n = w.bytes().take_while(u8::is_ascii_alphabetic).count();
            &w[..n]
        };
        if !(2..=4).contains(&word.len()) {
            return None;
        }
        let mut stop = end + word_at + word.len();
        if text[stop..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let offset = *self.time_zones.get(&word.to_ascii_uppercase())?;
        if paren {
            if !text[stop..].starts_with(')') {
                return None;
            }
            stop += 1;
        }
        Some((stop, offset))
    }

    /// Whether "godz. N" at `span` is part of a duration: "godz." after a count ("1 godz.
    /// 20 min", "dwie godz.") or the number followed by minutes ("godz. 2 minuty").
    fn labelled_duration(&self, text: &str, span: Span) -> bool {
        let before = text[..span.start].trim_end();
        let counted = before.ends_with(|c: char| c.is_ascii_digit()) || {
            let word = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            !word.is_empty() && self.count_values.contains_key(&*super::lowercase(word))
        };
        let after = text[span.end..].trim_start();
        let minutes = after
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("min"));
        counted || minutes
    }

    fn relative_spec(&self, form: RelForm, c: &Caps) -> Option<RelSpec> {
        let meaning = |name: &str| {
            c.name(name).and_then(|m| {
                self.relative_words
                    .get(&*super::lowercase(m.as_str()))
                    .copied()
            })
        };
        let unit = || match meaning("unit")? {
            RelativeMeaning::Unit(u) => Some(u),
            _ => None,
        };
        // A unit and how many of it one word is (a fortnight: 2 weeks); for counts only.
        let units_of = || match meaning("unit")? {
            RelativeMeaning::Unit(u) => Some((u, 1)),
            RelativeMeaning::UnitTimes(u, n) => Some((u, i64::from(n))),
            _ => None,
        };
        match form {
            RelForm::Day => match meaning("w")? {
                RelativeMeaning::Day(n) => Some(RelSpec::Days(i64::from(n))),
                RelativeMeaning::Year(n) => {
                    let m = match n {
                        0 => RelativeMeaning::This,
                        n if n < 0 => RelativeMeaning::Last,
                        _ => RelativeMeaning::Next,
                    };
                    Some(RelSpec::Unit(m, RelativeUnit::Year))
                }
                _ => None,
            },
            RelForm::Weekday => {
                // "Friday after next", "środa za tydzień": as "next Friday".
                let (wd_text, m) = match c.name("wd2") {
                    Some(w) => (w.as_str(), RelativeMeaning::Next),
                    None => (c.name("wd")?.as_str(), meaning("mod")?),
                };
                let wd_text = wd_text.to_lowercase();
                let wd = self.weekdays.iter().find(|w| w.1 == wd_text)?.2;
                Some(RelSpec::Weekday(m, wd))
            }
            RelForm::Unit => match (meaning("mod")?, units_of()?) {
                (m, (u, 1)) => Some(RelSpec::Unit(m, u)),
                // "the next fortnight": the next two weeks.
                (m @ (RelativeMeaning::Next | RelativeMeaning::Last), (u, n)) => {
                    Some(RelSpec::Units(m, n, u))
                }
                _ => None,
            },
            RelForm::NthOfRelMonth => match unit()? {
                RelativeUnit::Month => {
                    let (n, what) = self.nth_of(c, "dw")?;
                    let m = match c.name("mod") {
                        Some(_) => meaning("mod")?,
                        None => RelativeMeaning::This,
                    };
                    Some(RelSpec::NthInRelMonth(n, what, m))
                }
                _ => None,
            },
            RelForm::OnDay => Some(RelSpec::NextDayOfMonth(self.day(c, 1)?)),
            RelForm::DayOfMonth => match unit()? {
                RelativeUnit::Month => Some(RelSpec::DayOfMonth(
                    c.name("d")?.as_str().parse().ok()?,
                    meaning("mod")?,
                )),
                _ => None,
            },
            RelForm::PartAbbreviation => {
                let (part, unit) = *self.part_abbreviations.get(c.name("abbr")?.as_str())?;
                // The end of the day (EOD) is the day itself: a date has no smaller part.
                Some(match unit {
                    _ if c.name("by").is_some() => RelSpec::Deadline(unit),
                    RelativeUnit::Day => RelSpec::Days(0),
                    _ => RelSpec::PartOf(part, RelativeMeaning::This, unit),
                })
            }
            RelForm::PartOfUnit => {
                let part = *self
                    .parts
                    .get(&*super::lowercase(c.name("part")?.as_str()))?;
                // With no modifier the current one: "pod koniec miesiąca", "the end of the year".
                let m = match c.name("mod") {
                    Some(_) => meaning("mod")?,
                    None => RelativeMeaning::This,
                };
                // A day has no parts as a date: "mid day" is noon, a time word.
                match unit()? {
                    RelativeUnit::Day => None,
                    unit => Some(RelSpec::PartOf(part, m, unit)),
                }
            }
            RelForm::WeekdayOfWeek => {
                let wd_text = c
                    .name("wd")
                    .or_else(|| c.name("wd2"))?
                    .as_str()
                    .to_lowercase();
                let wd = self.weekdays.iter().find(|w| w.1 == wd_text)?.2;
                let m = c.name("mod").or_else(|| c.name("mod2")).and_then(|m| {
                    self.relative_words
                        .get(&*super::lowercase(m.as_str()))
                        .copied()
                })?;
                Some(RelSpec::WeekdayOfWeek(m, wd))
            }
            RelForm::BareWeekday => {
                let wd_text = c.name("wd")?.as_str().to_lowercase();
                let wd = self.weekdays.iter().find(|w| w.1 == wd_text)?.2;
                Some(RelSpec::Weekday(RelativeMeaning::Nearest, wd))
            }
            RelForm::Units => {
                let text = c.name("n")?.as_str().to_lowercase();
                let n: i64 = match text.parse() {
                    Ok(n) => n,
                    Err(_) => i64::from(*self.count_values.get(&text)?),
                };
                let (u, times) = units_of()?;
                Some(RelSpec::Units(meaning("mod")?, n * times, u))
            }
            RelForm::Season => {
                let (a, b) = *self
                    .seasons
                    .get(&*super::lowercase(c.name("season")?.as_str()))?;
                let m = match meaning("mod")? {
                    RelativeMeaning::ThisSeason => RelativeMeaning::This,
                    m => m,
                };
                Some(RelSpec::Season(a, b, m))
            }
            RelForm::Month => {
                if c.name("digits").is_some() {
                    return None;
                }
                let (m, _) = self.month(c.name("m1")?.as_str())?;
                Some(RelSpec::Month(m, meaning("mod")?))
            }
            RelForm::MonthInYears => {
                let (m, _) = self.month(c.name("m1")?.as_str())?;
                if c.name("after").is_some() {
                    return Some(RelSpec::MonthYears(m, RelativeMeaning::Next, 1));
                }
                let text = c.name("n")?.as_str().to_lowercase();
                let n: i32 = match text.parse() {
                    Ok(n) => n,
                    Err(_) => i32::from(*self.count_values.get(&text)?),
                };
                Some(RelSpec::MonthYears(m, RelativeMeaning::This, n))
            }
            RelForm::Now => Some(RelSpec::ClockOffset(0)),
            RelForm::UnitsClock => {
                let RelativeMeaning::Clock(per) = meaning("cu")? else {
                    return None;
                };
                let text = c.name("n")?.as_str().to_lowercase();
                let n: i64 = match text.parse() {
                    Ok(n) => n,
                    Err(_) => i64::from(*self.count_values.get(&text)?),
                };
                Some(RelSpec::ClockUnits(meaning("mod")?, n, per))
            }
            RelForm::InClock | RelForm::AgoClock => {
                let RelativeMeaning::Clock(per) = meaning("cu")? else {
                    return None;
                };
                // A unit that is also an ordinal ("second") needs a count other than "a", or
                // ago or from now after it: "in second place", "in a second meeting" are no
                // times, "in 1 second" is.
                let article = c
                    .name("n")
                    .is_none_or(|n| matches!(n.as_str().to_lowercase().as_str(), "a" | "an"));
                if form == RelForm::InClock
                    && article
                    && self
                        .ordinal_units
                        .contains(&c.name("cu")?.as_str().to_lowercase())
                {
                    return None;
                }
                // A count left out is one ("za godzinę", "in half an hour"); "2.5 hours".
                let n: f64 = match c.name("n").map(|n| n.as_str().to_lowercase()) {
                    None => 1.0,
                    Some(text) => match (text.replace(',', ".").parse(), text.split_once('/')) {
                        (Ok(n), _) => n,
                        // "in 1/4 h", "in 3/4 hour"
                        (Err(_), Some((a, b))) => a.parse::<f64>().ok()? / b.parse::<f64>().ok()?,
                        _ => f64::from(*self.count_values.get(&text)?),
                    },
                };
                let n = if c.name("half").is_some() { n + 0.5 } else { n };
                let mut seconds = (n * f64::from(per)).round() as i64;
                if let (Some(n0), Some(RelativeMeaning::Clock(per0))) =
                    (c.name("n0"), meaning("cu0"))
                {
                    // The larger unit first: "1 godz. 2 minuty temu" is 62 minutes.
                    let n0: i64 = n0.as_str().parse().ok()?;
                    if per0 <= per {
                        return None;
                    }
                    seconds += n0 * i64::from(per0);
                }
                let back =
                    form == RelForm::AgoClock && meaning("dir") != Some(RelativeMeaning::Hence);
                Some(RelSpec::ClockOffset(if back { -seconds } else { seconds }))
            }
            RelForm::WeekdaysAgo => {
                let text = c.name("n")?.as_str().to_lowercase();
                let n: i64 = match text.parse() {
                    Ok(n) => n,
                    Err(_) => i64::from(*self.count_values.get(&text)?),
                };
                let wd_text = c.name("wd")?.as_str().to_lowercase();
                let wd = self.weekdays.iter().find(|w| w.1 == wd_text)?.2;
                let back = meaning("dir") != Some(RelativeMeaning::Hence);
                Some(RelSpec::WeekdayCount(if back { -n } else { n }, wd))
            }
            RelForm::In | RelForm::Ago => {
                // "tydzień temu", "a week ago": a count left out is one.
                let n: i64 = match c.name("n").map(|n| n.as_str().to_lowercase()) {
                    None => 1,
                    Some(text) => match text.parse() {
                        Ok(n) => n,
                        Err(_) => i64::from(*self.count_values.get(&text)?),
                    },
                };
                let back = form == RelForm::Ago && meaning("dir") != Some(RelativeMeaning::Hence);
                let (u, times) = units_of()?;
                let n = n * times;
                Some(RelSpec::Offset(if back { -n } else { n }, u))
            }
        }
    }

    /// The weekday written with the date at `span`: just before it (`w piątek 14 marca`,
    /// `Friday, 14 March`, `on Friday the 14th`) or in brackets just after it
    /// (`14.03.2026 (piątek)`).
    /// The n (−1 for the last), what and month of an n-th weekday, day or week of a month.
    fn nth_spec(&self, c: &Caps) -> Option<(i8, NthOf, u8)> {
        let (m, _) = self.month(c.name("m1")?.as_str())?;
        let (n, what) = self.nth_of(c, "unit")?;
        Some((n, what, m))
    }

    /// The n-th (group `nth`: a word, digits with an ending, or −1 for "last") and what is
    /// counted: a weekday (group `wd`) or a day or week (group `day_week`).
    fn nth_of(&self, c: &Caps, day_week: &str) -> Option<(i8, NthOf)> {
        let nth_text = c.name("nth")?.as_str().to_lowercase();
        let n: i8 = if LAST_WORDS.contains(&nth_text.as_str()) {
            -1
        } else {
            let digits: String = nth_text.chars().take_while(char::is_ascii_digit).collect();
            match digits.parse() {
                Ok(n) => n,
                Err(_) => *self.day_words.get(&nth_text)? as i8,
            }
        };
        // "the second last week": counted from the end.
        let n = match c.name("fromlast") {
            Some(_) if n > 0 => -n,
            Some(_) => return None,
            None => n,
        };
        let what = if let Some(wd) = c.name("wd") {
            let wd_text = wd.as_str().to_lowercase();
            NthOf::Weekday(self.weekdays.iter().find(|w| w.1 == wd_text)?.2)
        } else {
            match self
                .relative_words
                .get(&*super::lowercase(c.name(day_week)?.as_str()))?
            {
                RelativeMeaning::Unit(RelativeUnit::Day) => NthOf::Day,
                RelativeMeaning::Unit(RelativeUnit::Week) => NthOf::Week,
                RelativeMeaning::Unit(RelativeUnit::Weekend) => NthOf::Weekend,
                _ => return None,
            }
        };
        Some((n, what))
    }

    fn weekday_around(&self, text: &str, span: Span, lang: Lang) -> Option<u8> {
        let before = text[..span.start].trim_end_matches([' ', ',', '\u{A0}']);
        let before = before.strip_suffix(" the").unwrap_or(before);
        let after = text[span.end..].trim_start_matches([' ', ',']);
        let bracketed = after
            .strip_prefix('(')
            .and_then(|a| a.split_once(')'))
            .map(|x| x.0.trim().to_lowercase());
        if bracketed.is_none() {
            // Only forms whose last character is the text's, lower-cased, can end it.
            let last = before
                .chars()
                .next_back()
                .map_or(256, |c| last_key(c.to_lowercase().last().unwrap_or(c)));
            for &i in &self.weekdays_by_last[last] {
                let (l, form, day) = &self.weekdays[i as usize];
                if lang != Lang::Other && *l != lang {
                    continue;
                }
                let n = form.len();
                if before.len() >= n && before.is_char_boundary(before.len() - n) {
                    let tail = &before[before.len() - n..];
                    if super::lower_eq(tail, form) && !super::alnum_before(before, before.len() - n)
                    {
                        return Some(*day);
                    }
                }
            }
            return None;
        }
        for (l, form, day) in &self.weekdays {
            if lang != Lang::Other && *l != lang {
                continue;
            }
            let n = form.len();
            if before.len() >= n && before.is_char_boundary(before.len() - n) {
                let tail = &before[before.len() - n..];
                if super::lower_eq(tail, form) && !super::alnum_before(before, before.len() - n) {
                    return Some(*day);
                }
            }
            if bracketed.as_deref() == Some(form.as_str()) {
                return Some(*day);
            }
        }
        None
    }

    /// An hour written as words: Polish ordinals summed (dwudziestej drugiej = 22), or an
    /// English cardinal (three = 3); 1–24.
    fn hour_word(&self, s: &str) -> Option<u8> {
        self.word_sum(s).filter(|h| (1..=24).contains(h))
    }

    /// The sum of number words (ordinal or cardinal) separated by spaces or hyphens:
    /// "dwudziestej drugiej" = 22, "fifty nine" = 59. `None` when a word is not one.
    fn word_sum(&self, s: &str) -> Option<u8> {
        let mut sum = 0u8;
        for w in s.split([' ', '\t', '\n', '-']).filter(|w| !w.is_empty()) {
            let w = w.to_lowercase();
            let v = self
                .day_words
                .get(&w)
                .or_else(|| self.count_values.get(&w))?;
            sum = sum.checked_add(*v)?;
        }
        Some(sum)
    }

    fn month(&self, s: &str) -> Option<(u8, bool)> {
        self.months.get(&*super::lowercase(s)).copied()
    }

    /// The day in group `d{n}` (digits) or `w{n}` (ordinal words, summed: dwudziestego
    /// trzeciego = 23).
    fn day(&self, c: &Caps, n: u8) -> Option<u8> {
        if let Some(d) = c.name(&format!("d{n}")) {
            return d.as_str().parse().ok();
        }
        let words = c.name(&format!("w{n}"))?;
        let mut sum = 0u8;
        for w in words
            .as_str()
            .split(|ch: char| ch.is_whitespace() || ch == '-')
            .filter(|w| !w.is_empty())
        {
            sum = sum.checked_add(*self.day_words.get(&*super::lowercase(w))?)?;
        }
        (1..=31).contains(&sum).then_some(sum)
    }

    /// An hour before a day word ([`Form::TimeBeforeDay`]): the time, its span the hour (and
    /// minutes), and the day, its span the day word and the part of the day after it. `None`
    /// without "at" or a part of the day, or for an hour that the part of the day contradicts
    /// ("15 tomorrow morning").
    /// The unit of a duration whose count ends right before `after` ("10| days from", "30|'
    /// starting"): the unit word (relative.tsv) opening `after`, with white space before it,
    /// and the text after the word. Calendar units give [`Duration::Calendar`], clock units
    /// [`Duration::Minutes`] per unit.
    fn duration_unit<'t>(&self, after: &'t str) -> Option<(Duration, &'t str)> {
        let rest = after.trim_start();
        let lower = super::lowercase(head(rest, 24));
        // The longest unit word opening the text: in its first byte's list, else an empty form.
        let first = lower.as_bytes().first().map_or(256, |&b| b as usize);
        let (form, meaning) = self.duration_units[first]
            .iter()
            .chain(&self.duration_units[256])
            .find(|(f, _)| {
                lower.starts_with(f.as_str())
                    && !lower[f.len()..].starts_with(|c: char| c.is_alphanumeric())
            })?;
        let unit = match *meaning {
            RelativeMeaning::Unit(u) => Duration::Calendar(u),
            RelativeMeaning::Clock(per) if per % 60 == 0 => Duration::Minutes((per / 60) as u16),
            _ => return None,
        };
        rest.get(form.len()..).map(|tail| (unit, tail))
    }

    /// The length in bytes of a `week_of` phrase ("the week of ") ending right before byte
    /// `start`, white space included; `None` when there is none.
    pub(super) fn week_of_before(&self, text: &str, start: usize) -> Option<usize> {
        let before = text[..start].trim_end_matches(' ');
        let gap = start - before.len();
        let tail = super::lower_tail(before, 24);
        self.week_of_words.iter().find_map(|w| {
            (gap > 0
                && tail.ends_with(w.as_str())
                && !super::alnum_before(before, before.len() - w.len()))
            .then_some(w.len() + gap)
        })
    }

    /// The unit and direction of a count shifting a day, from the text between the count and
    /// the day: " days after " (+1), " dni po " (+1), " weeks before " (-1). Calendar units
    /// only.
    pub(super) fn offset_between(&self, between: &str) -> Option<(RelativeUnit, i8)> {
        let (unit, rest) = self.duration_unit(between)?;
        let Duration::Calendar(unit) = unit else {
            return None;
        };
        let word = rest.trim().to_lowercase();
        let sign = self.offset_words.iter().find(|(w, _)| *w == word)?.1;
        Some((unit, sign))
    }

    /// The text after the unit word of a duration opening `after` (see
    /// [`Dates::duration_unit`]); `None` when no unit word opens it.
    pub(super) fn after_duration_unit<'t>(&self, after: &'t str) -> Option<&'t str> {
        self.duration_unit(after).map(|(_, tail)| tail)
    }

    /// How long a period that starts at a date or time lasts, written beside it: "18th Dec
    /// for 10 days", "od 18 grudnia przez 10 dni" (the date, then a duration word, the count
    /// and the unit), or "for 10 days from 18th Dec", "for 30' starting from 4pm" (the
    /// duration first, the start after a bound word). `between` is the text between the
    /// date or time and the count (`start_first`) or between the count and the start; `before`
    /// and `after` the text before and after the pair. Returns the unit of the count.
    pub(super) fn duration_beside(
        &self,
        start_first: bool,
        before: &str,
        between: &str,
        after: &str,
    ) -> Option<Duration> {
        let is_duration_word = |w: &str| {
            self.duration_words
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w.trim()))
        };
        if start_first {
            // Nothing but white space around the word: after a comma, "for 10 years" starts
            // a clause of its own ("On 18 December, for 10 years the city…").
            if between.contains(',') || !is_duration_word(between) {
                return None;
            }
            Some(self.duration_unit(after)?.0)
        } else {
            let word = before.trim_end().rsplit(' ').next().unwrap_or("");
            let (unit, rest) = self.duration_unit(between)?;
            // The start after a bound word ("from", "starting from", "od"); its qualifier
            // `from` was set by that word.
            let rest = rest.trim().to_lowercase();
            let bound = rest.is_empty()
                || self
                    .bounds
                    .iter()
                    .any(|(_, f, q)| *q == "from" && (rest == *f || rest.starts_with("starting ")));
            (is_duration_word(word) && !super::alnum_before(before, before.len()) && bound)
                .then_some(unit)
        }
    }

    /// Whether a relative date as written counts its units vaguely (`in a few days`, `za
    /// kilka dni`: a `count:N` form of relative.tsv as a whole word), which makes it
    /// approximate.
    pub(super) fn counts_vaguely(&self, written: &str) -> bool {
        let lower = super::lowercase(written);
        self.vague_counts.iter().any(|(form, _)| {
            lower.match_indices(form.as_str()).any(|(i, _)| {
                let end = i + form.len();
                !super::alnum_before(&lower, i)
                    && !lower[end..].starts_with(|c: char| c.is_alphanumeric())
            })
        })
    }

    /// Whether an English short numeric date ([`Form::NumericShort`]) at `span` is one: the
    /// text is English, no digit group continues it on either side ("1.2/3", "2/15/3"), it
    /// is no `not_a_date` form (24/7), and, without a year, something around it makes it a
    /// date: a `short_date_before` word (on), a bound word (until) or a weekday before it, or
    /// "at" and a digit after it. Alone, "3/15" is a fraction.
    fn short_date_stands_alone(&self, text: &str, span: Span, lang: Lang, with_year: bool) -> bool {
        let before = text[..span.start].chars().next_back();
        let mut after = text[span.end..].chars();
        let (next, next2) = (after.next(), after.next());
        let joins = |c: Option<char>| matches!(c, Some('/' | '-' | '.' | ',' | ':'));
        let alone = lang == Lang::En
            && !joins(before)
            && !(joins(next) && next2.is_some_and(|c| c.is_ascii_digit()))
            && next != Some('%')
            && !self.not_dates.iter().any(|f| f == span.of(text));
        if !alone || with_year {
            return alone;
        }
        let word = text[..span.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let bound = self
            .bounds
            .iter()
            .any(|(l, f, _)| *l == Lang::En && *f == word);
        let timed = text[span.end..]
            .strip_prefix(" at ")
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
        self.short_date_words.contains(&word)
            || bound
            || timed
            || self.weekday_around(text, span, lang).is_some()
    }

    fn time_before_day(&self, c: &Caps) -> Option<[(Span, Cand); 2]> {
        if c.name("at").is_none() && c.name("dp").is_none() {
            return None;
        }
        let h = c.name("h")?;
        let hour: u8 = h.as_str().parse().ok()?;
        let min = c.name("min");
        let minute: u8 = min.map_or(Some(0), |m| m.as_str().parse().ok())?;
        let hour = match c.name("dp") {
            Some(dp) => match self.relative_words.get(&*super::lowercase(dp.as_str()))? {
                RelativeMeaning::Daypart(part) if hour <= 12 => part.to_24h(hour)?,
                RelativeMeaning::Daypart(Daypart::Pm | Daypart::Evening) if hour > 12 => hour,
                _ => return None,
            },
            None => hour,
        };
        let dw = c.name("dw")?;
        let RelativeMeaning::Day(n) = *self.relative_words.get(&*super::lowercase(dw.as_str()))?
        else {
            return None;
        };
        let time_end = min.map_or(h.end(), |m| m.end());
        let day_end = c.name("dp").map_or(dw.end(), |dp| dp.end());
        Some([
            (
                Span::new(h.start(), time_end),
                Cand::Fact(FactKind::Time, Value::Time(hour, minute, 0)),
            ),
            (
                Span::new(dw.start(), day_end),
                Cand::Relative(RelSpec::Days(i64::from(n))),
            ),
        ])
    }

    fn interpret(&self, form: Form, c: &Caps) -> Option<(FactKind, Value)> {
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
        let date = |y: Option<i32>, m: Option<u8>, d: Option<u8>| PartialDate {
            year: y,
            month: m,
            day: d,
        };
        let single = |p: PartialDate| {
            p.valid()
                .then_some((FactKind::Date, Value::Date(DateValue::Single(p))))
        };
        let month_of = |name: &str| c.name(name).and_then(|m| self.month(m.as_str()));
        match form {
            Form::CrossMonthRange => {
                let (m1, _) = month_of("m1")?;
                let (m2, _) = month_of("m2")?;
                let y2 = num("y2")?;
                let y1 = num("y1").unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
                let a = date(Some(y1), Some(m1), self.day(c, 1));
                let b = date(Some(y2), Some(m2), self.day(c, 2));
                (a.day.is_some() && b.day.is_some() && a.valid() && b.valid() && a < b)
                    .then_some((FactKind::Date, Value::Date(DateValue::Range(a, b))))
            }
            Form::DayRangeOrSet => {
                let (m, _) = month_of("m1")?;
                let y = num("y1");
                let a = date(y, Some(m), self.day(c, 1));
                let b = date(y, Some(m), self.day(c, 2));
                if !(a.valid() && b.valid() && a.day < b.day) {
                    return None;
                }
                let is_set = c.name("and").is_some_and(|w| {
                    w.as_str() == "&" || self.list_words.contains(&w.as_str().to_lowercase())
                });
                let v = if is_set {
                    DateValue::Set(vec![a, b])
                } else {
                    DateValue::Range(a, b)
                };
                Some((FactKind::Date, Value::Date(v)))
            }
            Form::MonthDayRange => {
                let (m, polish) = month_of("m1")?;
                let m2 = match c.name("m2") {
                    Some(_) => month_of("m2")?.0,
                    None => m,
                };
                let y = num("y1");
                // As for one day: a Polish month first needs a year.
                if polish && y.is_none() {
                    return None;
                }
                let a = date(y, Some(m), self.day(c, 1));
                let b = date(y, Some(m2), self.day(c, 2));
                if !(a.valid() && b.valid() && (m, a.day) < (m2, b.day)) {
                    return None;
                }
                Some((FactKind::Date, Value::Date(DateValue::Range(a, b))))
            }
            Form::DayMonthYear => single(date(
                // Two digits: 1969–2068, as POSIX strptime's %y.
                num("y1").or(num("yy")
                    .or(num("yz"))
                    .map(|y| if y < 69 { 2000 + y } else { 1900 + y })),
                Some(month_of("m1")?.0),
                Some(self.day(c, 1)?),
            )),
            Form::MonthDayYear => {
                let (m, polish) = month_of("m1")?;
                let y = num("y1");
                // A Polish month before a day is read only with a year ("Kwiecień 14, 2015"):
                // "3 maja 5 osób" is no date.
                if polish && y.is_none() {
                    return None;
                }
                single(date(y, Some(m), Some(self.day(c, 1)?)))
            }
            Form::NthOfMonth => {
                let (n, what, m) = self.nth_spec(c)?;
                let v = nth_in_month(num("y1")?, m, n, what)?;
                Some((FactKind::Date, Value::Date(v)))
            }
            Form::NthOfYear => {
                let (n, what) = self.nth_of(c, "unit")?;
                let v = nth_in_year(num("y1")?, n, what)?;
                Some((FactKind::Date, Value::Date(v)))
            }
            Form::YearEra => {
                let (y, era) = match num("y1") {
                    Some(y) => (y, c.name("era")?),
                    None => (num("y2")?, c.name("era2")?),
                };
                let before = *self.eras.get(&*super::lowercase(era.as_str()))?;
                single(date(Some(if before { 1 - y } else { y }), None, None))
            }
            Form::Roman => single(date(
                num("y1"),
                Some(*self.roman.get(c.name("rm")?.as_str())?),
                self.day(c, 1),
            )),
            Form::NumericDmy => {
                let (d, m, y) = (self.day(c, 1)?, num("mn")? as u8, num("y1")?);
                let dmy = date(Some(y), Some(m), Some(d));
                if dmy.valid() {
                    return single(dmy);
                }
                // Month first (US) only where day first is impossible ("12/31/2020"); never
                // for numbers written apart by spaces.
                if c.name("sep").is_some_and(|x| x.as_str().trim().is_empty()) {
                    return None;
                }
                single(date(Some(y), Some(d), Some(m)))
            }
            Form::NumericShort => {
                let (a, b) = match (num("a"), num("b")) {
                    (Some(a), Some(b)) => (a, b),
                    _ => (num("c")?, num("d")?),
                };
                // Two digits: 1969–2068, as for "31-Oct-74".
                let y = num("yy")
                    .or(num("yz"))
                    .map(|y| if y < 69 { 2000 + y } else { 1900 + y });
                let day_first = date(y, Some(b as u8), Some(a as u8));
                let month_first = date(y, Some(a as u8), Some(b as u8));
                match (day_first.valid(), month_first.valid()) {
                    (true, false) => single(day_first),
                    (false, true) => single(month_first),
                    (true, true) if a == b => single(day_first),
                    _ => None, // 3/4: either order, so neither
                }
            }
            Form::Iso => single(date(num("y1"), Some(num("mn")? as u8), self.day(c, 1))),
            Form::MonthYearNumeric => {
                let m = num("mn").or_else(|| num("mp")).or_else(|| num("mq"))? as u8;
                single(date(
                    num("y1").or_else(|| num("y2")).or_else(|| num("y3")),
                    Some(m),
                    None,
                ))
            }
            Form::MonthYear => single(date(num("y1"), Some(month_of("m1")?.0), None)),
            Form::MonthAlone => single(date(None, Some(month_of("m1")?.0), None)),
            Form::PartOf => {
                let part = *self
                    .parts
                    .get(&*super::lowercase(c.name("part")?.as_str()))?;
                let whole = match month_of("m1") {
                    Some((m, _)) => date(num("y1"), Some(m), None),
                    None => date(Some(num("y2")?), None, None),
                };
                Some((
                    FactKind::Date,
                    Value::Date(part_of(part, &DateValue::Single(whole))?),
                ))
            }
            Form::Quarter => {
                let q = if let Some(r) = c.name("qr") {
                    *self.roman.get(r.as_str())?
                } else if let Some(w) = c.name("qw") {
                    *self.day_words.get(&*super::lowercase(w.as_str()))?
                } else {
                    num("qd")
                        .or_else(|| num("qa"))
                        .or_else(|| num("qb"))
                        .or_else(|| num("qc"))
                        .or_else(|| num("qe"))? as u8
                };
                // "18q4": two digits, 1969–2068 as for "31-Oct-74".
                let yq = num("yq").map(|y| if y < 69 { 2000 + y } else { 1900 + y });
                let y = num("y1").or_else(|| num("y2")).or_else(|| num("y3")).or(yq);
                Some((FactKind::Date, Value::Date(quarter(y, q)?)))
            }
            Form::YearRange => {
                let (a, b) = (num("y1")?, num("y2")?);
                (a < b && b - a <= 100).then_some((
                    FactKind::Date,
                    Value::Date(DateValue::Range(
                        date(Some(a), None, None),
                        date(Some(b), None, None),
                    )),
                ))
            }
            Form::YearBefore | Form::YearAfter => single(date(num("y1"), None, None)),
            Form::SeasonYear => {
                let word = c.get(0)?.as_str().split_whitespace().next()?.to_lowercase();
                let (a, b) = *self.seasons.get(&word)?;
                let (a, b) = season(num("y1")?, a, b)?;
                Some((FactKind::Date, Value::Date(DateValue::Range(a, b))))
            }
            Form::TimeLabelled | Form::TimeColon | Form::TimeZoned => Some((
                FactKind::Time,
                Value::Time(
                    num("h").or(num("ha"))? as u8,
                    num("min")
                        .or(num("hmin"))
                        .or(num("smin"))
                        .or(num("gmin"))
                        .unwrap_or(0) as u8,
                    num("sec").unwrap_or(0) as u8,
                ),
            )),
            Form::TimeWord => match self
                .relative_words
                .get(&*super::lowercase(c.name("tw")?.as_str()))?
            {
                RelativeMeaning::Time(h, m) => Some((FactKind::Time, Value::Time(*h, *m, 0))),
                _ => None,
            },
            Form::TimeDaypart => {
                let h = match num("h") {
                    Some(h) => h as u8,
                    None => self.hour_word(c.name("hw")?.as_str())?,
                };
                // The part of the day in capture group `name`.
                let daypart = |name: &str| match self
                    .relative_words
                    .get(&*super::lowercase(c.name(name)?.as_str()))?
                {
                    RelativeMeaning::Daypart(dp) => Some(*dp),
                    _ => None,
                };
                let dp = daypart("dp")?;
                let time = (dp.to_24h(h)?, num("min").unwrap_or(0) as u8);
                match num("h0") {
                    Some(h0) => {
                        // The first hour takes the part of the day unless that puts it after
                        // the second: "from 11 to 1 in the afternoon" starts at 11:00.
                        // "od 9 rano do 11 rano": each hour with its own part of the day.
                        let min0 = num("min0").unwrap_or(0) as u8;
                        let from = match c.name("dp0") {
                            Some(_) => (daypart("dp0")?.to_24h(h0 as u8)?, min0),
                            None => [(dp.to_24h(h0 as u8)?, min0), (h0 as u8, min0)]
                                .into_iter()
                                .find(|&from| from < time)?,
                        };
                        if from >= time {
                            return None;
                        }
                        Some((FactKind::Time, Value::TimeRange(from, time)))
                    }
                    None => Some((FactKind::Time, Value::Time(time.0, time.1, 0))),
                }
            }
            Form::TimeHourWord => {
                // Without "godz." only an unambiguous afternoon hour (13–24) is a time:
                // "o trzeciej" may be 3:00 or 15:00.
                let h = match (num("hd"), num("hnd")) {
                    (Some(h), _) | (None, Some(h)) => h as u8,
                    _ => {
                        self.hour_word(c.name("hw").or(c.name("hn")).or(c.name("hq"))?.as_str())?
                    }
                };
                // An hour 1–12 in words is on the 12-hour clock ("o trzeciej": 3:00 or 15:00):
                // the fact is marked so ([`Fact::twelve_hour`]).
                (h >= 1).then_some((FactKind::Time, Value::Time(h % 24, 0, 0)))
            }
            Form::TimeRange => {
                let to24 = |h: u8, ap: Option<&str>| {
                    ap.map_or(h, |a| meridiem(h, a.to_lowercase().starts_with('p')))
                };
                // "and" joins two hours only after "between" ("between 9:30 and 11:00").
                let and = c
                    .name("sep")
                    .is_some_and(|s| matches!(s.as_str().to_lowercase().as_str(), "and" | "i"));
                if and != c.name("btw").is_some() && and {
                    return None;
                }
                let ap2 = c.name("ap2").map(|m| m.as_str());
                let (h2, m2) = match (num("h2m"), num("h2")) {
                    (Some(h), _) => (to24(h as u8, ap2), num("min2m").unwrap_or(0) as u8),
                    (None, Some(h)) => (h as u8, num("min2").unwrap_or(0) as u8),
                    _ => return None,
                };
                let (h1, m1) = if let Some(h) = num("h") {
                    (h as u8, num("min").unwrap_or(0) as u8)
                } else if let Some(h) = num("hc") {
                    // "3:30-6 p.m.": a colon hour on the 12-hour clock takes the second's
                    // p.m. when that keeps it first (but "11:30 to 1 pm" stays 11:30).
                    let m1 = num("minc").unwrap_or(0) as u8;
                    let h = h as u8;
                    match (ap2, (1..=12).contains(&h)) {
                        (Some(ap), true) if (to24(h, Some(ap)), m1) < (h2, m2) => {
                            (to24(h, Some(ap)), m1)
                        }
                        _ => (h, m1),
                    }
                } else {
                    // "3-4pm": the first hour takes the second's a.m./p.m. unless it has its own;
                    // a bare "2-3" with neither is a number range, not hours.
                    let ap1 = c.name("ap").map(|m| m.as_str()).or(ap2);
                    ap1?;
                    (to24(num("hm")? as u8, ap1), num("minm").unwrap_or(0) as u8)
                };
                // A bare "9-17" is hours only after "godz." or with a.m./p.m. on either hour;
                // digits alone stay numbers.
                if num("h").is_none()
                    && num("hc").is_none()
                    && ap2.is_none()
                    && c.name("ap").is_none()
                {
                    return None;
                }
                // "8am until 6", "11:30-1:30": a second hour on the 12-hour clock that would
                // end the range before it starts is an afternoon one.
                let (h2, m2) = if ap2.is_none()
                    && (h2, m2) <= (h1, m1)
                    && (1..12).contains(&h2)
                    && (h2 + 12, m2) > (h1, m1)
                {
                    (h2 + 12, m2)
                } else {
                    (h2, m2)
                };
                ((h1, m1) < (h2, m2))
                    .then_some((FactKind::Time, Value::TimeRange((h1, m1), (h2, m2))))
            }
            Form::TimeWordClock => {
                if let Some(w) = c.name("wpol") {
                    // "w pół do szesnastej": half an hour before it.
                    let h = self.hour_word(w.as_str())?;
                    return Some((FactKind::Time, Value::Time((h + 23) % 24, 30, 0)));
                }
                if let Some(w) = c.name("hb") {
                    // "half three" (British): half past it.
                    let h = self.hour_word(w.as_str())?;
                    return (h <= 12).then_some((FactKind::Time, Value::Time(h % 24, 30, 0)));
                }
                let dir = c.name("dir")?.as_str().to_lowercase();
                let before = matches!(dir.as_str(), "to" | "till" | "before" | "do" | "przed");
                let unit = c.name("mu").or(c.name("mu2")).is_some();
                // "15 minutes from 1pm" is past it; only with the unit ("from 20 to 3" is a
                // range).
                if dir == "from" && !unit {
                    return None;
                }
                let minutes = if c.name("q").is_some() {
                    15
                } else if c.name("half").is_some() {
                    if before {
                        return None;
                    }
                    30
                } else if let Some(m) = num("mn") {
                    // "from 20 to 3", "od 5 do 7": bare digits before "to" are a range, and
                    // before a bare hour they may be anything ("5 po 2").
                    // An hour in words settles it: "15 po trzeciej", "15 po 3-ciej".
                    let certain = ["ap", "noon", "hw", "hsuf"]
                        .iter()
                        .any(|g| c.name(g).is_some());
                    // Before noon, more than 12 is no first hour of a range: "15 to noon".
                    let before_noon = c
                        .name("noon")
                        .is_some_and(|n| n.as_str().eq_ignore_ascii_case("noon"))
                        && m > 12;
                    if !unit && (before && !before_noon || !certain) {
                        return None;
                    }
                    m as u8
                } else {
                    // "five to ten per cent": a count before "to" is a range unless the hour
                    // is certain ("twenty to 3 pm", "ten minutes to noon").
                    if before && !unit && c.name("ap").is_none() && c.name("noon").is_none() {
                        return None;
                    }
                    self.word_sum(c.name("mw")?.as_str())?
                };
                if !(1..=59).contains(&minutes) {
                    return None;
                }
                let base = if let Some(n) = c.name("noon") {
                    let n = n.as_str().to_lowercase();
                    if n.starts_with("noon") || n.starts_with("połu") {
                        12
                    } else {
                        0
                    }
                } else {
                    let h = match num("h") {
                        Some(h) => h as u8,
                        None => self.hour_word(c.name("hw")?.as_str())? % 24,
                    };
                    let pm = c
                        .name("ap")
                        .map(|a| a.as_str().to_lowercase().starts_with('p'));
                    match pm {
                        Some(_) if h > 12 => return None,
                        Some(pm) => meridiem(h, pm),
                        None => h,
                    }
                };
                let total = u16::from(base) * 60;
                let total = if before {
                    (total + 1440 - u16::from(minutes)) % 1440
                } else {
                    (total + u16::from(minutes)) % 1440
                };
                Some((
                    FactKind::Time,
                    Value::Time((total / 60) as u8, (total % 60) as u8, 0),
                ))
            }
            Form::TimeWordsMinutes => {
                let h = self.hour_word(c.name("hw")?.as_str())?;
                let m = self.word_sum(c.name("mw")?.as_str())?;
                if !(1..=59).contains(&m) {
                    return None;
                }
                // Without a.m./p.m. an afternoon hour (o szesnastej trzydzieści), or after "at"
                // or "o" an hour on the 12-hour clock: "at three twenty" is 3:20, maybe 15:20.
                // Alone, "three twenty" may be two numbers.
                let h = match c.name("ap") {
                    Some(ap) if h <= 12 => meridiem(h, ap.as_str().to_lowercase().starts_with('p')),
                    None if h >= 13 || c.name("at").is_some() => h % 24,
                    _ => return None,
                };
                Some((FactKind::Time, Value::Time(h, m, 0)))
            }
            // Read by `time_before_day`.
            Form::TimeBeforeDay => None,
            Form::TimeDaypartFirst => {
                let h = match num("h") {
                    Some(h) => h as u8,
                    None => self.hour_word(c.name("hw")?.as_str())?,
                };
                let RelativeMeaning::Daypart(dp) = self
                    .relative_words
                    .get(&*super::lowercase(c.name("dp")?.as_str()))?
                else {
                    return None;
                };
                Some((
                    FactKind::Time,
                    Value::Time(dp.to_24h(h)?, num("min").unwrap_or(0) as u8, 0),
                ))
            }
            Form::TimeMeridiem => {
                let h = num("h")? as u8;
                let pm = c
                    .name("ap")
                    .or_else(|| c.name("ap1"))?
                    .as_str()
                    .to_lowercase()
                    .starts_with('p');
                let h24 = meridiem(h, pm);
                let min = num("min").or_else(|| num("minc")).or_else(|| num("mins"));
                Some((
                    FactKind::Time,
                    Value::Time(h24, min.unwrap_or(0) as u8, num("sec").unwrap_or(0) as u8),
                ))
            }
        }
    }
}

/// Gives each date written without a year the year of the nearest preceding date that has
/// one, or else of the nearest following one, or else (with a `reference` date) the year of
/// its next occurrence on or after the reference. When a weekday is written with the day,
/// the year so found or the one after or before it, whichever puts the day on that weekday
/// (in that order of preference). Marks such facts `year_inferred`.
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
        let weekday = facts[i].weekday;
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
        // A weekday written with the day settles the year between the one inferred and the
        // years either side of it: the first of y, y + 1, y − 1 in which the day falls on that
        // weekday (y itself when none does, and the weekday check reports it).
        let first = d.parts().into_iter().find(|p| p.year.is_none());
        let found = match (found, weekday, first.and_then(|p| Some((p.month?, p.day?)))) {
            (Some(y), Some(wd), Some((m, day))) => [y, y + 1, y - 1]
                .into_iter()
                .find(|y| {
                    jiff::civil::Date::new(*y as i16, m as i8, day as i8)
                        .is_ok_and(|c| c.weekday().to_monday_one_offset() as u8 == wd)
                })
                .or(Some(y)),
            (found, ..) => found,
        };
        if let Some(y) = found {
            let f = &mut facts[i];
            if let Value::Date(d) = &mut f.value {
                d.each_part_mut(|p| {
                    if p.year.is_none() && p.month.is_some() {
                        p.year = Some(y);
                    }
                });
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

    /// The unit word opening a text is the longest relative word of unit or clock meaning that
    /// opens it and is not glued to a letter after it, as trying every relative word finds it.
    #[test]
    fn duration_units_are_the_longest_unit_word_of_all_relative_words() {
        use super::{Dates, Duration, RelativeMeaning};
        let dates = Dates::new(&crate::lexicon::Lexicons::embedded());
        let every_word = |after: &str| -> Option<(Duration, usize)> {
            let rest = after.trim_start();
            let lower = crate::extract::lowercase(super::head(rest, 24));
            let (form, meaning) = dates
                .relative_words
                .iter()
                .filter(|(f, m)| {
                    matches!(m, RelativeMeaning::Unit(_) | RelativeMeaning::Clock(_))
                        && lower.starts_with(f.as_str())
                        && !lower[f.len()..].starts_with(|c: char| c.is_alphanumeric())
                })
                .max_by_key(|(f, _)| f.len())?;
            let unit = match *meaning {
                RelativeMeaning::Unit(u) => Duration::Calendar(u),
                RelativeMeaning::Clock(per) if per % 60 == 0 => {
                    Duration::Minutes((per / 60) as u16)
                }
                _ => return None,
            };
            rest.get(form.len()..).map(|tail| (unit, tail.len()))
        };
        let mut texts: Vec<String> = vec![String::new(), " ".into(), "x".into()];
        for form in dates.relative_words.keys() {
            for tail in ["", " from now", "s ago", "x", ".", " po", "ami"] {
                texts.push(format!(" {form}{tail}"));
                texts.push(format!("{}{tail}", form.to_uppercase()));
            }
        }
        let mut units = 0;
        for text in &texts {
            let got = dates.duration_unit(text).map(|(u, tail)| (u, tail.len()));
            assert_eq!(got, every_word(text), "{text:?}");
            units += usize::from(got.is_some());
        }
        assert!(units > 50, "only {units} unit words found");
        assert_eq!(
            dates.duration_unit(" dni po"),
            Some((Duration::Calendar(super::RelativeUnit::Day), " po"))
        );
    }

    /// The weekday before a date is found among the forms ending in the text's last character
    /// as among all forms (in their order, longest first).
    #[test]
    fn weekdays_by_last_character_find_what_every_form_finds() {
        use super::{Dates, Span};
        let dates = Dates::new(&crate::lexicon::Lexicons::embedded());
        let every_form = |before: &str, lang: Lang| -> Option<u8> {
            let before = before.trim_end_matches([' ', ',', '\u{A0}']);
            let before = before.strip_suffix(" the").unwrap_or(before);
            dates.weekdays.iter().find_map(|(l, form, day)| {
                let n = form.len();
                let ok = (lang == Lang::Other || *l == lang)
                    && before.len() >= n
                    && before.is_char_boundary(before.len() - n)
                    && crate::extract::lower_eq(&before[before.len() - n..], form)
                    && !crate::extract::alnum_before(before, before.len() - n);
                ok.then_some(*day)
            })
        };
        let mut befores: Vec<String> = vec![String::new(), " ".into(), "x".into(), "İ".into()];
        for (_, form, _) in &dates.weekdays {
            for head in ["", "w ", "x", "on the "] {
                befores.push(format!("{head}{form}, "));
                befores.push(format!("{head}{} ", form.to_uppercase()));
                befores.push(format!("{head}{form} the "));
            }
        }
        let mut found = 0;
        for before in &befores {
            let text = format!("{before}18 grudnia 2020");
            let span = Span::new(before.len(), text.len());
            for lang in [Lang::Pl, Lang::En, Lang::Other] {
                let got = dates.weekday_around(&text, span, lang);
                assert_eq!(got, every_form(before, lang), "{before:?} {lang:?}");
                found += usize::from(got.is_some());
            }
        }
        assert!(found > 100, "only {found} weekdays found");
        let text = "w piątek, 18 grudnia 2020";
        assert_eq!(
            dates.weekday_around(text, Span::new(10, text.len()), Lang::Pl),
            Some(5)
        );
    }

    /// The gate (searching each pattern only around its triggers) finds exactly what a search
    /// of the whole text finds: on the city's seed texts, and on random texts made of date
    /// words, numbers, runs of blanks and dashes, and letters glued to them.
    #[test]
    fn the_gate_changes_no_fact() {
        use super::{Dates, Taken, WordLists};
        let lex = crate::lexicon::Lexicons::embedded();
        let (dates, words) = (Dates::new(&lex), WordLists::new(&lex));
        let check = |text: &str| {
            for lang in [Lang::Pl, Lang::En] {
                for clock in [false, true] {
                    let gated = dates.extract(text, lang, &mut Taken::default(), &words, clock);
                    let whole: Vec<super::Windows> = (0..dates.gate.len())
                        .map(|_| vec![(0, text.len())])
                        .collect();
                    let all = dates.extract_within(
                        text,
                        lang,
                        &mut Taken::default(),
                        &words,
                        clock,
                        &whole,
                    );
                    assert_eq!(format!("{gated:?}"), format!("{all:?}"), "in {text:?}");
                }
            }
        };
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
        let mut read = 0;
        for entry in std::fs::read_dir(&seeds).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                check(&text);
                read += 1;
            }
        }
        assert!(read >= 5 || !seeds.exists(), "seed texts read: {read}");
        let tokens = [
            "18",
            "2020",
            "3",
            "12:30",
            "17.30",
            "5.30",
            "pm",
            "a.m.",
            "r.",
            "roku",
            "grudnia",
            "December",
            "XII",
            "maja",
            "May",
            "mar",
            "Dmar",
            "jutro",
            "next",
            "Friday",
            "piątek",
            "w",
            "o",
            "godz.",
            "wieczorem",
            "tonight",
            "od",
            "do",
            "to",
            "–",
            "-",
            "/",
            ".",
            ",",
            "the",
            "of",
            "2",
            "temu",
            "ago",
            "in",
            "za",
            "dni",
            "weeks",
            "Wigilię",
            "Easter",
            "lato",
            "2025/2026",
            "18.12.2020",
            "kwadrans",
            "po",
            "trzeciej",
            "noon",
            "x",
            "ab",
        ];
        let blanks = [
            " ", " ", " ", "  ", "\n", "\n\n", " \t ", "        ", "\u{a0}", "",
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..rng.usize(1..14) {
                text.push_str(tokens[rng.usize(..tokens.len())]);
                text.push_str(blanks[rng.usize(..blanks.len())]);
            }
            check(&text);
        }
    }

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
        // Two digits after the month are a year before "r." or at the end of the text only.
        assert_eq!(
            dates("Spotkanie 14 kwietnia 15 r. w ratuszu", Lang::Pl),
            vec![d("14 kwietnia 15 r.", "2015-04-14")]
        );
        assert_eq!(
            dates("2013-02-12\n\nCzternastego kwietnia 99", Lang::Pl)[1..],
            [d("Czternastego kwietnia 99", "1999-04-14")]
        );
        assert_eq!(
            facts("Do 14 kwietnia 15 zespołów.", Lang::Pl)
                .into_iter()
                .map(|f| f.1)
                .collect::<Vec<_>>(),
            ["14 kwietnia", "15"]
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
        assert_eq!(
            dates("on 31 10 1974", Lang::En),
            vec![d("31 10 1974", "1974-10-31")]
        );
        assert_eq!(
            dates("12 31 1974", Lang::En),
            vec![],
            "numbers apart are never read month first"
        );
    }

    #[test]
    fn months_years_and_year_ranges() {
        assert_eq!(
            dates("dołączył w grudniu 2020 roku jako", Lang::Pl),
            vec![d("grudniu 2020 roku", "2020-12")]
        );
        assert_eq!(
            dates("Z początkiem września 2022 roku Kraków", Lang::Pl),
            vec![d(
                "Z początkiem września 2022 roku",
                "2022-09-01/2022-09-10"
            )]
        );
        assert_eq!(
            dates("w latach 2021–2027 miasto", Lang::Pl),
            vec![d("w latach 2021–2027", "2021/2027")]
        );
        assert_eq!(
            dates("pomiędzy 2001 a 2012 rokiem", Lang::Pl),
            vec![d("pomiędzy 2001 a 2012 rokiem", "2001/2012")]
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
    fn relative_dates_resolve_against_the_date_line() {
        // Tuesday 20 May 2025: "w przyszły piątek" is Friday of next week (30 May), "w
        // najbliższy piątek" the first Friday after the date (23 May).
        let text = "2025-05-20\n\nJutro w Sukiennicach, a w przyszły piątek w Nowej Hucie. W tym roku i w przyszłym tygodniu też. W najbliższy piątek też.";
        assert_eq!(
            dates(text, Lang::Pl),
            vec![
                d("2025-05-20", "2025-05-20"),
                d("Jutro", "2025-05-21"),
                d("przyszły piątek", "2025-05-30"),
                d("tym roku", "2025"),
                d("przyszłym tygodniu", "2025-05-26/2025-06-01"),
                d("najbliższy piątek", "2025-05-23"),
            ]
        );
        // The adjectives: dzisiejsza sesja is today's session.
        assert_eq!(
            dates(
                "2025-05-20\n\nNa dzisiejszej sesji i jutrzejszym spotkaniu.",
                Lang::Pl
            )[1..],
            [
                d("dzisiejszej", "2025-05-20"),
                d("jutrzejszym", "2025-05-21")
            ]
        );
        let text =
            "Kraków, 20 May 2025\n\nTomorrow, and next Friday. Last year, 3 days ago, in 2 weeks.";
        assert_eq!(
            dates(text, Lang::En),
            vec![
                d("20 May 2025", "2025-05-20"),
                d("Tomorrow", "2025-05-21"),
                d("next Friday", "2025-05-30"),
                d("Last year", "2024"),
                d("3 days ago", "2025-05-17"),
                d("in 2 weeks", "2025-06-03"),
            ]
        );
        let text =
            "2025-05-20\n\nW piątek, trzy tygodnie temu i za dwa dni; w piątek 23 maja 2025 r.";
        assert_eq!(
            dates(text, Lang::Pl),
            vec![
                d("2025-05-20", "2025-05-20"),
                d("piątek", "2025-05-23"),
                d("trzy tygodnie temu", "2025-04-29"),
                d("za dwa dni", "2025-05-22"),
                d("23 maja 2025 r.", "2025-05-23"),
            ],
            "a weekday written with its date is no date of its own"
        );
        // No date line and no reference: relative dates are not reported.
        assert_eq!(
            dates("Jutro o godz. 12 w sali obrad.", Lang::Pl),
            vec![d("godz. 12", "12:00")]
        );
    }

    #[test]
    fn ordinal_days_month_first_and_nth_weekdays() {
        assert_eq!(
            dates("trzeci marca 2015", Lang::Pl),
            vec![d("trzeci marca 2015", "2015-03-03")]
        );
        assert_eq!(
            dates("dwudziestego trzeciego maja 2025 r.", Lang::Pl),
            vec![d("dwudziestego trzeciego maja 2025 r.", "2025-05-23")]
        );
        assert_eq!(
            dates("1szy marca 2015", Lang::Pl),
            vec![d("1szy marca 2015", "2015-03-01")]
        );
        assert_eq!(
            dates("Kwiecień 14, 2015", Lang::Pl),
            vec![d("Kwiecień 14, 2015", "2015-04-14")]
        );
        assert_eq!(
            dates("3 maja 5 osób", Lang::Pl).len(),
            1,
            "a Polish month before a number without a year is no date"
        );
        assert_eq!(
            dates("march 3rd 2015", Lang::En),
            vec![d("march 3rd 2015", "2015-03-03")]
        );
        assert_eq!(
            dates("31/Oct/1974", Lang::En),
            vec![d("31/Oct/1974", "1974-10-31")]
        );
        assert_eq!(
            dates("the third Tuesday of September 2014", Lang::En),
            vec![d("the third Tuesday of September 2014", "2014-09-16")]
        );
        assert_eq!(
            dates("ostatnia niedziela marca 2014", Lang::Pl),
            vec![d("ostatnia niedziela marca 2014", "2014-03-30")]
        );
        assert_eq!(
            dates("in 2014-10 and 2/2013", Lang::En),
            vec![d("2014-10", "2014-10"), d("2/2013", "2013-02")]
        );
    }

    #[test]
    fn ranges_of_hours_and_noon() {
        assert_eq!(
            dates(
                "Punkt działa w godz. 9–17, a jarmark od godz. 10:00 do godz. 21:00.",
                Lang::Pl
            ),
            vec![
                d("godz. 9–17", "09:00/17:00"),
                d("od godz. 10:00 do godz. 21:00", "10:00/21:00")
            ]
        );
        assert_eq!(
            nums_in("w godz. 9–17"),
            0,
            "the 17 of an hour range is no number"
        );
        assert_eq!(
            dates(
                "open 9 a.m.–5 p.m. and 3-4pm, from 10:00 to 21:00",
                Lang::En
            ),
            vec![
                d("9 a.m.–5 p.m.", "09:00/17:00"),
                d("3-4pm", "15:00/16:00"),
                d("from 10:00 to 21:00", "10:00/21:00")
            ]
        );
        assert_eq!(
            dates("Spotkanie w południe.", Lang::Pl),
            vec![d("w południe", "12:00")]
        );
        // "Na południu" (in the south) is no noon; "po południu" is the afternoon.
        assert_eq!(
            dates("Na południu Polski i po południu.", Lang::Pl),
            vec![d("po południu", "12:00/19:00")]
        );
        assert_eq!(
            dates("at noon or midnight", Lang::En),
            vec![d("noon", "12:00"), d("midnight", "00:00")]
        );
    }

    fn nums_in(text: &str) -> usize {
        facts(text, Lang::Pl)
            .iter()
            .filter(|f| f.0 == FactKind::Number)
            .count()
    }

    #[test]
    fn quarters_absolute_and_relative() {
        let text = "2025-05-20\n\nW III kwartale 2025 r. i w I kw. 2026 r.; w przyszłym kwartale, \
                    w trzecim kwartale, ale w ciągu 3 kwartałów.";
        assert_eq!(
            dates(text, Lang::Pl),
            vec![
                d("2025-05-20", "2025-05-20"),
                d("III kwartale 2025 r.", "2025-07/2025-09"),
                d("I kw. 2026 r.", "2026-01/2026-03"),
                d("przyszłym kwartale", "2025-07/2025-09"),
                d("trzecim kwartale", "2025-07/2025-09"),
            ]
        );
        assert_eq!(
            dates(
                "In Q3 2025, the fourth quarter of 2018 and 2018Q4.",
                Lang::En
            ),
            vec![
                d("Q3 2025", "2025-07/2025-09"),
                d("the fourth quarter of 2018", "2018-10/2018-12"),
                d("2018Q4", "2018-10/2018-12"),
            ]
        );
    }

    #[test]
    fn counts_of_units_before_or_after_the_current_one() {
        let text = "2025-05-20\n\nW ciągu ostatnich trzech lat i w ostatnie 2 tygodnie; \
                    w następne 2 miesiące.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("ostatnich trzech lat", "2022/2024"),
                d("ostatnie 2 tygodnie", "2025-05-05/2025-05-18"),
                d("następne 2 miesiące", "2025-06/2025-07"),
            ]
        );
        let text = "Kraków, 20 May 2025\n\nIn the next 3 days, in a quarter of an hour.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [d("next 3 days", "2025-05-21/2025-05-23")]
        );
    }

    #[test]
    fn a_month_alone_after_a_preposition() {
        let text = "2025-05-20\n\nW marcu i od lipca, w 2026 r. w lutym; nie: sty, Mar.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("marcu", "2025-03"),
                d("lipca", "2025-07"),
                d("2026 r.", "2026"),
                d("lutym", "2026-02"),
            ]
        );
        assert_eq!(
            dates("in June and in Sept", Lang::En),
            vec![d("June", "--06")]
        );
    }

    #[test]
    fn a_weekday_settles_the_year_of_a_day_written_without_one() {
        // 14 March is a Friday in 2025 and a Saturday in 2026: the reference (May 2025) alone
        // would give the next 14 March, in 2026.
        let text = "2025-05-20\n\nW piątek 14 marca podpisano umowę.";
        assert_eq!(dates(text, Lang::Pl)[1], d("14 marca", "2025-03-14"));
        let text = "2025-05-20\n\nW sobotę 14 marca odbędzie się bieg.";
        assert_eq!(dates(text, Lang::Pl)[1], d("14 marca", "2026-03-14"));
    }

    #[test]
    fn weekday_abbreviations_alone_of_their_language_and_not_in_a_schedule() {
        // Tuesday 12 February 2013.
        let text = "2013-02-12\n\nW sob. i ndz festyn, w czw zebranie; konferencja pt. Miasto.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("sob.", "2013-02-16"),
                d("ndz", "2013-02-17"),
                d("czw", "2013-02-14")
            ]
        );
        let text = "2013-02-12\n\nBiuro czynne pon.–pt. i Sob-Ndz.";
        assert_eq!(dates(text, Lang::Pl)[1..], []);
        let text = "Kraków, 12 February 2013\n\nA sob story on Thu. and a walk in the sun.";
        assert_eq!(dates(text, Lang::En)[1..], [d("Thu.", "2013-02-14")]);
        let text = "Kraków, 12 February 2013\n\nOpen Fri, not Sat: they wed on Sun.";
        assert_eq!(dates(text, Lang::En)[1..], [d("Fri", "2013-02-15")]);
    }

    #[test]
    fn a_labelled_hour_takes_its_part_of_the_day_and_a_day_its_two_digit_year() {
        assert_eq!(
            dates(
                "Spotkanie o godz. 9 rano, koncert o godzinie 8 wieczorem.",
                Lang::Pl
            ),
            vec![
                d("godz. 9 rano", "09:00"),
                d("godzinie 8 wieczorem", "20:00")
            ]
        );
        assert_eq!(
            dates("Born 31-Oct-74, appointed 18-Dec-2020.", Lang::En),
            vec![d("31-Oct-74", "1974-10-31"), d("18-Dec-2020", "2020-12-18")]
        );
    }

    #[test]
    fn a_time_zone_after_a_time_gives_its_offset() {
        let ex = crate::extract::Extractor::new(&crate::lexicon::Lexicons::embedded());
        let zoned = |text: &str| -> Vec<(String, String)> {
            ex.extract(text, Lang::En)
                .into_iter()
                .filter(|f| f.kind == FactKind::Time)
                .map(|f| (f.span.of(text).to_string(), f.normalised()))
                .collect()
        };
        assert_eq!(
            zoned(
                "The webinar starts at 4pm CET, Q&A 9:30 - 11:00 cst, then 9 am (BST) and 17:00."
            ),
            vec![
                d("4pm CET", "16:00+01:00"),
                d("9:30 - 11:00 cst", "09:30-06:00/11:00-06:00"),
                d("9 am (BST)", "09:00+01:00"),
                d("17:00", "17:00"),
            ]
        );
        // A word that is no zone, or a zone glued to more letters, is left alone; a bare hour
        // is a time with a zone after it.
        assert_eq!(
            zoned("At 5 pm Estonia time, at 6 pm CETs, at 8 GMT, 16h CET, 8 members."),
            vec![
                d("5 pm", "17:00"),
                d("6 pm", "18:00"),
                d("8 GMT", "08:00+00:00"),
                d("16h CET", "16:00+01:00"),
            ]
        );
        // A range of hours with a zone is one range with the offset (joined after extraction,
        // in `Extractor::extract`); "and" joins hours only after "between", and different
        // zones are two times.
        assert_eq!(
            zoned("The webinar runs from 9 to 11 CET; the chat 15:00 GMT - 18:00 GMT."),
            vec![
                d("from 9 to 11 CET", "09:00+01:00/11:00+01:00"),
                d("15:00 GMT - 18:00 GMT", "15:00+00:00/18:00+00:00"),
            ]
        );
        assert_eq!(
            zoned("between 9 and 11 CET, or 2 and 4 CET, 15:00 GMT - 17:00 CET"),
            vec![
                d("between 9 and 11 CET", "09:00+01:00/11:00+01:00"),
                d("4 CET", "04:00+01:00"),
                d("15:00 GMT", "15:00+00:00"),
                d("17:00 CET", "17:00+01:00"),
            ]
        );
    }

    #[test]
    fn months_named_relatively() {
        // From 11 August 2026: next March is 2027's, last November 2025's, this May 2026's.
        let text = "Kraków, 11 August 2026\n\nWorks end next March; they began last November \
                    and paused this May. Since last May 2012, following August's vote.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("next March", "2027-03"),
                d("last November", "2025-11"),
                d("this May", "2026-05"),
                d("May 2012", "2012-05"),
            ]
        );
        assert_eq!(
            dates("2026-08-11\n\nW przyszłym marcu.", Lang::Pl)[1..],
            [d("przyszłym marcu", "2027-03")]
        );
    }

    #[test]
    fn weekends_are_a_saturday_and_the_sunday_after() {
        // Tuesday 11 August 2026: the nearest weekend is this week's, 15–16 August.
        let text = "2026-08-11\n\nW najbliższy weekend, w przyszły weekend i w ostatni \
                    weekend sierpnia. W ubiegłym weekendzie padało.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("najbliższy weekend", "2026-08-15/2026-08-16"),
                d("przyszły weekend", "2026-08-22/2026-08-23"),
                d("ostatni weekend sierpnia", "2026-08-29/2026-08-30"),
                d("ubiegłym weekendzie", "2026-08-08/2026-08-09"),
            ]
        );
        let text = "Kraków, 11 August 2026\n\nThis weekend and the last weekend of October. \
                    Over the weekend, the square";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("This weekend", "2026-08-15/2026-08-16"),
                d("the last weekend of October", "2026-10-31/2026-11-01"),
            ]
        );
    }

    #[test]
    fn weekdays_of_a_relative_week() {
        let text =
            "2025-05-20\n\nWe wtorek w przyszłym tygodniu i w niedzielę ostatniego tygodnia.";
        assert_eq!(
            dates(text, Lang::Pl),
            vec![
                d("2025-05-20", "2025-05-20"),
                d("wtorek w przyszłym tygodniu", "2025-05-27"),
                d("niedzielę ostatniego tygodnia", "2025-05-18"),
            ]
        );
        let text = "Kraków, 20 May 2025\n\nOn Wednesday of next week and last week's Sunday.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("Wednesday of next week", "2025-05-28"),
                d("last week's Sunday", "2025-05-18"),
            ]
        );
        // After the weekday: that day of next week, as "next Friday" reads.
        let text = "2025-05-20\n\nW środę za tydzień, a raport za tydzień.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [d("środę za tydzień", "2025-05-28")]
        );
        let text = "Kraków, 20 May 2025\n\nOn Friday after next.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [d("Friday after next", "2025-05-30")]
        );
    }

    #[test]
    fn hours_with_a_part_of_the_day_or_as_words() {
        assert_eq!(
            dates(
                "Od 8 rano do 9 wieczorem, o 3 w nocy, o dziewiątej wieczorem i o piętnastej w ratuszu.",
                Lang::Pl
            ),
            vec![
                // A range, as "from 8 am to 9 pm" is.
                d("8 rano do 9 wieczorem", "08:00/21:00"),
                d("3 w nocy", "03:00"),
                d("dziewiątej wieczorem", "21:00"),
                d("piętnastej", "15:00"),
            ]
        );
        // An ordinal before a noun is no hour, nor is an ambiguous hour without "godz.".
        assert!(dates(
            "Mówił o dwudziestej rocznicy i o trzeciej edycji.",
            Lang::Pl
        )
        .is_empty());
        assert_eq!(
            dates("o godzinie dziesiątej", Lang::Pl),
            vec![d("godzinie dziesiątej", "10:00")]
        );
        assert_eq!(
            dates("at three pm, eight tonight, 3 in the afternoon", Lang::En),
            vec![
                d("three pm", "15:00"),
                d("eight tonight", "20:00"),
                d("3 in the afternoon", "15:00"),
            ]
        );
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

    #[test]
    fn parts_of_the_day_are_ranges_of_times() {
        let text = "2013-02-12\n\nDziś wieczorem i jutro rano, w piątkowy poranek, ten wieczór.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("Dziś", "2013-02-12"),
                d("wieczorem", "18:00/24:00"),
                d("jutro", "2013-02-13"),
                d("rano", "04:00/12:00"),
                d("poranek", "04:00/12:00"),
                d("wieczór", "18:00/24:00"),
            ]
        );
        // A noun of a part of the day on its own is another sense: no time.
        assert_eq!(dates("Wieczór poezji w Noc Muzeów", Lang::Pl), vec![]);
        assert_eq!(dates("Good morning from the night shift", Lang::En), vec![]);
        // With an hour, the hour is the fact.
        assert_eq!(
            dates("o 8 wieczorem", Lang::Pl),
            vec![d("8 wieczorem", "20:00")]
        );
        // "tonight", "last night" name their day too.
        let text = "Kraków, 12 February 2013\n\nTonight and last night; Monday morning.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("Tonight", "2013-02-12"),
                d("Tonight", "18:00/24:00"),
                d("last night", "2013-02-11"),
                d("last night", "18:00/24:00"),
                d("Monday", "2013-02-18"),
                d("morning", "00:00/12:00"),
            ]
        );
        // Only in the document's language: "rano" in English is no morning.
        assert_eq!(dates("Rano Ltd reported", Lang::En), vec![]);
        // "late" narrows the evening to its last three hours (Duckling's bounds); "the
        // morning of" is a part of the day only right before a date.
        let text = "Kraków, 12 February 2013\n\nLate tonight; the morning of 15 March 2013; an evening of music.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("Late tonight", "2013-02-12"),
                d("Late tonight", "21:00/24:00"),
                d("the morning of", "00:00/12:00"),
                d("15 March 2013", "2013-03-15"),
            ]
        );
    }

    #[test]
    fn a_range_of_hours_before_a_part_of_the_day_takes_it_for_both() {
        // (text, language, facts as (span text, value)).
        type Case<'a> = (&'a str, Lang, &'a [(&'a str, &'a str)]);
        let cases: &[Case] = &[
            (
                "from 3 to 5 in the afternoon, od 9 do 11 rano",
                Lang::Other,
                &[
                    ("3 to 5 in the afternoon", "15:00/17:00"),
                    ("9 do 11 rano", "09:00/11:00"),
                ],
            ),
            // Each hour with its own part of the day.
            (
                "od 10 rano do 2 po południu",
                Lang::Pl,
                &[("10 rano do 2 po południu", "10:00/14:00")],
            ),
            // The first hour stays in the morning when the part of the day would put it
            // after the second.
            (
                "between 11 and 1 in the afternoon",
                Lang::En,
                &[("11 and 1 in the afternoon", "11:00/13:00")],
            ),
            // A single letter a or p after minutes, minutes run into the hour, and "ish".
            (
                "3:15p, 9:05a, 330 p.m. or 3ish pm",
                Lang::En,
                &[
                    ("3:15p", "15:15"),
                    ("9:05a", "09:05"),
                    ("330 p.m.", "15:30"),
                    ("3ish pm", "15:00"),
                ],
            ),
        ];
        for (text, lang, want) in cases {
            let want: Vec<_> = want.iter().map(|(a, b)| d(a, b)).collect();
            assert_eq!(dates(text, *lang), want, "{text}");
        }
    }

    #[test]
    fn an_hour_word_after_przed_or_po_is_a_bound() {
        let times = |text: &str| crate::extract::tests::qualified(text, Lang::Pl, Time);
        let t = |a: &str, b: &str, q: &str| (a.to_string(), b.to_string(), Some(q.to_string()));
        assert_eq!(
            times("Wyniki przed drugą w nocy, wizyta po szesnastej w ratuszu."),
            vec![
                t("drugą w nocy", "02:00", "until"),
                t("szesnastej", "16:00", "from")
            ]
        );
        // An ordinal of a noun is no hour.
        assert_eq!(
            times("przed drugą wojną światową, po drugiej turze"),
            vec![]
        );
    }

    #[test]
    fn minutes_past_or_to_an_hour() {
        // "od … do …": the opening and the closing bound make one range.
        assert_eq!(
            dates("od kwadrans po trzeciej do w pół do szesnastej", Lang::Pl),
            vec![d(
                "kwadrans po trzeciej do w pół do szesnastej",
                "03:15/15:30"
            )]
        );
        assert_eq!(
            dates("kwadrans po trzeciej, w pół do szesnastej", Lang::Pl),
            vec![
                d("kwadrans po trzeciej", "03:15"),
                d("w pół do szesnastej", "15:30")
            ]
        );
        assert_eq!(
            dates("kwadrans przed południem", Lang::Pl),
            vec![d("kwadrans przed południem", "11:45")]
        );
        assert_eq!(
            dates(
                "at a quarter past 3pm, half past three pm, twenty after 3pm",
                Lang::En
            ),
            vec![
                d("a quarter past 3pm", "15:15"),
                d("half past three pm", "15:30"),
                d("twenty after 3pm", "15:20")
            ]
        );
        assert_eq!(
            dates("15 minutes to noon", Lang::En),
            vec![d("15 minutes to noon", "11:45")]
        );
        // Bare digits before "to" are a range of numbers; "half to" is no time.
        assert_eq!(dates("from 20 to 3 pm", Lang::En), vec![d("3 pm", "15:00")]);
        assert_eq!(dates("rose from 20 to 3", Lang::En), vec![]);
        assert_eq!(dates("od 5 do 7", Lang::Pl), vec![]);
        // Digits with the ending of an hour word are an hour: "kwadrans do 12stej".
        assert_eq!(
            dates("kwadrans do 12stej, 20 po 3-ciej", Lang::Pl),
            vec![d("kwadrans do 12stej", "11:45"), d("20 po 3-ciej", "03:20")]
        );
        assert_eq!(dates("tariffs of five to ten per cent", Lang::En), vec![]);
        assert_eq!(dates("five past ten per cent", Lang::En), vec![]);
    }

    #[test]
    fn hours_with_minutes_in_words_h_notation_and_dayparts_first() {
        assert_eq!(
            dates("o szesnastej trzydzieści", Lang::Pl),
            vec![d("szesnastej trzydzieści", "16:30")]
        );
        assert_eq!(
            dates("ten thirty am", Lang::En),
            vec![d("ten thirty am", "10:30")]
        );
        // Without a.m./p.m. "three twenty" may be two numbers; after "at" it is a time on
        // the 12-hour clock (03:20 or 15:20).
        assert_eq!(dates("three twenty", Lang::En), vec![]);
        assert_eq!(
            dates("at three twenty", Lang::En),
            vec![d("three twenty", "03:20")]
        );
        assert_eq!(
            dates("at 15h30, at 16h, open 24h", Lang::En),
            vec![d("15h30", "15:30"), d("16h", "16:00")]
        );
        assert_eq!(
            dates("this evening at 8 and tonight @ 3:20", Lang::En),
            vec![
                d("this evening at 8", "20:00"),
                d("tonight @ 3:20", "15:20")
            ]
        );
        assert_eq!(
            dates("wieczorem o 8", Lang::Pl),
            vec![d("wieczorem o 8", "20:00")]
        );
        assert_eq!(dates("o 15-tej", Lang::Pl), vec![d("15-tej", "15:00")]);
        assert_eq!(
            dates("dwudziesta pierwsza godzina", Lang::Pl),
            vec![d("dwudziesta pierwsza godzina", "21:00")]
        );
    }

    #[test]
    fn a_range_of_hours_in_h_notation() {
        assert_eq!(
            dates("9h30 - 11h00 and 15h30-18h", Lang::En),
            vec![
                d("9h30 - 11h00", "09:30/11:00"),
                d("15h30-18h", "15:30/18:00")
            ]
        );
        assert_eq!(
            dates("2025-05-20\n\nSales rose last yr.", Lang::En)[1..],
            [d("last yr", "2024")]
        );
    }

    #[test]
    fn a_range_of_hours_shares_its_pm_and_may_be_between_two() {
        assert_eq!(
            dates("3:30-6 p.m.", Lang::En),
            vec![d("3:30-6 p.m.", "15:30/18:00")]
        );
        assert_eq!(
            dates("11:30 to 1 pm", Lang::En),
            vec![d("11:30 to 1 pm", "11:30/13:00")]
        );
        assert_eq!(
            dates("between 9:30 and 11:00", Lang::En),
            vec![d("between 9:30 and 11:00", "09:30/11:00")]
        );
        // A second hour that would end the range before it starts is in the afternoon.
        assert_eq!(
            dates("8am until 6, 11:30-1:30", Lang::En),
            vec![
                d("8am until 6", "08:00/18:00"),
                d("11:30-1:30", "11:30/13:30")
            ]
        );
        assert_eq!(
            dates("day after tomorrow at midday", Lang::En)
                .iter()
                .map(|x| x.1.as_str())
                .collect::<Vec<_>>(),
            vec!["12:00"]
        );
        // "and" alone joins no hours.
        assert_eq!(
            dates("9:30 and 11:00", Lang::En),
            vec![d("9:30", "09:30"), d("11:00", "11:00")]
        );
    }

    #[test]
    fn holidays_are_dates() {
        // A year written: the day itself; Easter 2026 is 5 April (Orthodox: 12 April).
        assert_eq!(
            dates(
                "W Wigilię 2025 r. urząd jest nieczynny, a Wielkanoc 2026 przypada",
                Lang::Pl
            ),
            vec![
                d("Wigilię 2025 r.", "2025-12-24"),
                d("Wielkanoc 2026", "2026-04-05")
            ]
        );
        assert_eq!(
            dates("Orthodox Easter 2026 and Lent 2026", Lang::En),
            vec![
                d("Orthodox Easter 2026", "2026-04-12"),
                d("Lent 2026", "2026-02-18/2026-04-04"),
            ]
        );
        // A fixed day takes the year of the dates around it, like "24 grudnia".
        assert_eq!(
            dates("Od 1 grudnia 2025 r. do Wigilii jarmark", Lang::Pl)[1],
            d("Wigilii", "2025-12-24")
        );
        // A movable one needs the release's date: Corpus Christi after 20 May 2025 is 19 June.
        assert_eq!(dates("Boże Ciało", Lang::Pl), vec![]);
        assert_eq!(
            dates(
                "2025-05-20\n\nW Boże Ciało i w ubiegłą Wielkanoc.",
                Lang::Pl
            )[1..],
            [
                d("Boże Ciało", "2025-06-19"),
                d("ubiegłą Wielkanoc", "2025-04-20")
            ]
        );
        assert_eq!(
            dates(
                "Kraków, 20 May 2025\n\nNext Thanksgiving and Black Friday 2025.",
                Lang::En
            )[1..],
            [
                d("Next Thanksgiving", "2025-11-27"),
                d("Black Friday 2025", "2025-11-28"),
            ]
        );
    }

    #[test]
    fn jewish_islamic_and_chinese_holidays_are_dates() {
        // Kept on the civil days printed calendars give: Hanukkah 2025 from 15 December (it
        // begins at sundown on the 14th), eight days; Ramadan 1447 the whole month.
        assert_eq!(
            dates(
                "W Chanukę 2025 r. i w Ramadanie 2026 r. oraz w Jom Kipur 2026",
                Lang::Pl
            ),
            vec![
                d("Chanukę 2025 r.", "2025-12-15/2025-12-22"),
                d("Ramadanie 2026 r.", "2026-02-18/2026-03-19"),
                d("Jom Kipur 2026", "2026-09-21"),
            ]
        );
        // 9 Av fell on a Saturday in 2025 (2 August), so Tisha B'Av was kept on Sunday; in
        // 2026 it is a Thursday. A typographic apostrophe is the same form.
        assert_eq!(
            dates(
                "Tisha B’Av 2025, Tisha B'Av 2026 and Eid al-Fitr 2026",
                Lang::En
            ),
            vec![
                d("Tisha B’Av 2025", "2025-08-03"),
                d("Tisha B'Av 2026", "2026-07-23"),
                d("Eid al-Fitr 2026", "2026-03-20"),
            ]
        );
    }

    #[test]
    fn a_holiday_of_a_year_named_relatively() {
        assert_eq!(
            dates(
                "2026-03-10\n\nW Wigilię przyszłego roku i w Wielkanoc ubiegłego roku.",
                Lang::Pl
            )[1..],
            [
                d("Wigilię przyszłego roku", "2027-12-24"),
                d("Wielkanoc ubiegłego roku", "2025-04-20"),
            ]
        );
        assert_eq!(
            dates(
                "Kraków, 10 March 2026\n\nThanksgiving of next year.",
                Lang::En
            )[1..],
            [d("Thanksgiving of next year", "2027-11-25")]
        );
        // A holiday and an offset right after it: the holiday in the year the offset reaches.
        assert_eq!(
            dates(
                "Kraków, 10 March 2026\n\nThanksgiving in 9 months, Easter 2 years ago, \
                 Diwali three years hence.",
                Lang::En
            )[1..],
            [
                d("Thanksgiving in 9 months", "2026-11-26"),
                d("Easter 2 years ago", "2024-03-31"),
                d("Diwali three years hence", "2029-11-05"),
            ]
        );
        // An offset in days is not the holiday's.
        assert_eq!(
            dates("Kraków, 10 March 2026\n\nChristmas in 2 days.", Lang::En)[1..],
            [d("Christmas", "2026-12-25"), d("in 2 days", "2026-03-12")]
        );
    }

    #[test]
    fn holiday_names_used_otherwise_are_no_dates() {
        // A given name before a surname, an English holiday name as a modifier.
        assert_eq!(
            dates("Sylwester Nowak zaprasza na Sylwestra 2025 r.", Lang::Pl),
            vec![d("Sylwestra 2025 r.", "2025-12-31")]
        );
        assert_eq!(
            dates(
                "The Christmas market opens. At Christmas 2025, the square",
                Lang::En
            ),
            vec![d("Christmas 2025", "2025-12-25")]
        );
        // "New Year" inside "Chinese New Year" is not 1 January: it is the first day of the
        // Chinese year, 17 February in 2026.
        assert_eq!(
            dates(
                "2026-01-05\n\nChinese New Year and Chinese New Year 2027",
                Lang::En
            )[1..],
            [
                d("Chinese New Year", "2026-02-17"),
                d("Chinese New Year 2027", "2027-02-06")
            ]
        );
        // "lent" is a verb; only "Lent" is the season.
        assert_eq!(dates("The city lent 2025 chairs.", Lang::En), vec![]);
    }

    #[test]
    fn a_count_of_weekdays_from_now_or_ago() {
        // Thursday 12 March 2026: the third Friday after it is 27 March (13, 20, 27), the
        // second Thursday before it 26 February (5 March, 26 February).
        assert_eq!(
            dates(
                "Kraków, 12 March 2026\n\nIt opens 3 fridays from now; it closed two thursdays ago.",
                Lang::En
            )[1..],
            [
                d("3 fridays from now", "2026-03-27"),
                d("two thursdays ago", "2026-02-26"),
            ]
        );
    }

    #[test]
    fn parts_of_months_years_and_weeks() {
        assert_eq!(
            dates("pod koniec lutego 2024 r. i w połowie 2025 roku", Lang::Pl),
            vec![
                d("pod koniec lutego 2024 r.", "2024-02-21/2024-02-29"),
                d("w połowie 2025 roku", "2025-05/2025-08"),
            ]
        );
        assert_eq!(
            dates("in mid-March 2025 and by the end of 2026", Lang::En),
            vec![
                d("in mid-March 2025", "2025-03-11/2025-03-20"),
                d("by the end of 2026", "2026"),
            ]
        );
        // "do końca marca", "by the end of 2026" are deadlines: March, 2026 themselves (the
        // qualifier `until` is set in `Extractor::extract`).
        assert_eq!(
            dates("do końca marca 2025 r.", Lang::Pl),
            vec![d("do końca marca 2025 r.", "2025-03")]
        );
        // Relative: Tuesday 20 May 2025; next week is 26 May – 1 June.
        assert_eq!(
            dates(
                "2025-05-20\n\nNa początku przyszłego tygodnia i pod koniec tego miesiąca.",
                Lang::Pl
            )[1..],
            [
                d("Na początku przyszłego tygodnia", "2025-05-26/2025-05-28"),
                d("pod koniec tego miesiąca", "2025-05-21/2025-05-31"),
            ]
        );
        // With no modifier, the current month or year; not when a word or number qualifies
        // the unit (the school year, the year 2012).
        assert_eq!(
            dates(
                "2025-05-20\n\nPod koniec miesiąca i na początku roku szkolnego. At the end of the year.",
                Lang::Pl
            )[1..],
            [
                d("Pod koniec miesiąca", "2025-05-21/2025-05-31"),
                d("At the end of the year", "2025-09/2025-12"),
            ]
        );
    }

    #[test]
    fn abbreviations_for_a_part_of_the_current_unit() {
        // Tuesday 12 February 2013.
        let text = "Kraków, 12 February 2013\n\nEOM, at the BOY, by the EOY and by EOD; the boy.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("EOM", "2013-02-21/2013-02-28"),
                d("the BOY", "2013-01/2013-03"),
                d("by the EOY", "2013"),
                d("by EOD", "2013-02-12"),
            ]
        );
        // As a deadline, "by" makes the whole unit the end of an open period.
        let ex = crate::extract::Extractor::new(&crate::lexicon::Lexicons::embedded());
        let facts = ex.extract(text, Lang::En);
        let until: Vec<&str> = facts
            .iter()
            .filter(|f| f.qualifier.as_deref() == Some("until"))
            .map(|f| f.span.of(text))
            .collect();
        assert_eq!(until, ["by the EOY", "by EOD"]);
    }

    #[test]
    fn seasons_with_a_year_or_named_relatively() {
        assert_eq!(
            dates("Latem 2026 r. i zimą 2026 roku; in summer 2026.", Lang::Pl),
            vec![
                d("Latem 2026 r.", "2026-06-21/2026-09-23"),
                d("zimą 2026 roku", "2026-12-21/2027-03-20"),
                d("summer 2026", "2026-06-21/2026-09-23"),
            ]
        );
        // Reference Tuesday 20 May 2025: this summer is to come, this spring is the current one.
        assert_eq!(
            dates(
                "2025-05-20\n\nTego lata, tej wiosny, przyszłej zimy; last autumn.",
                Lang::Pl
            )[1..],
            [
                d("Tego lata", "2025-06-21/2025-09-23"),
                d("tej wiosny", "2025-03-20/2025-06-20"),
                d("przyszłej zimy", "2026-12-21/2027-03-20"),
                d("last autumn", "2024-09-23/2024-12-20"),
            ]
        );
        // "lata" alone are years.
        assert_eq!(
            dates("na lata 2026-2030", Lang::Pl),
            vec![d("lata 2026-2030", "2026/2030")]
        );
    }

    #[test]
    fn a_day_of_a_relative_month() {
        // Reference Tuesday 20 May 2025.
        assert_eq!(
            dates(
                "2025-05-20\n\nDo 10 dnia następnego miesiąca, on the 20th of last month.",
                Lang::Pl
            )[1..],
            [
                d("10 dnia następnego miesiąca", "2025-06-10"),
                d("the 20th of last month", "2025-04-20")
            ]
        );
        assert_eq!(
            dates(
                "2025-05-20\n\nW pierwszy poniedziałek przyszłego miesiąca i w ostatni dzień miesiąca. The first Monday of this month.",
                Lang::Pl
            )[1..],
            [
                d("pierwszy poniedziałek przyszłego miesiąca", "2025-06-02"),
                d("ostatni dzień miesiąca", "2025-05-31"),
                d("The first Monday of this month", "2025-05-05")
            ]
        );
        // A count of months is no day: "5 przyszłych miesięcy".
        assert!(
            !dates("2025-05-20\n\nPrzez 5 przyszłych miesięcy.", Lang::Pl)
                .iter()
                .any(|(_, v)| v == "2025-06-05")
        );
    }

    #[test]
    fn nth_weekday_day_or_week_of_a_month() {
        assert_eq!(
            dates(
                "w ostatnią niedzielę marca 2026 r. i ostatni dzień lutego 2024 r.",
                Lang::Pl
            ),
            vec![
                d("ostatnią niedzielę marca 2026 r.", "2026-03-29"),
                d("ostatni dzień lutego 2024 r.", "2024-02-29"),
            ]
        );
        // A week wholly within the month: 1 October 2014 is a Wednesday.
        assert_eq!(
            dates("the first week of October 2014", Lang::En),
            vec![d("the first week of October 2014", "2014-10-06/2014-10-12")]
        );
        // Without a year, the month's next occurrence from the date line (20 May 2025).
        assert_eq!(
            dates(
                "2025-05-20\n\nW pierwszy wtorek października i trzeci dzień maja.",
                Lang::Pl
            )[1..],
            [
                d("pierwszy wtorek października", "2025-10-07"),
                d("trzeci dzień maja", "2025-05-03"),
            ]
        );
        // A count, not an ordinal: "1 tydzień" is one week.
        assert_eq!(
            dates("1 tydzień w październiku 2025 r.", Lang::Pl),
            vec![d("październiku 2025 r.", "2025-10")]
        );
    }

    #[test]
    fn counts_of_units_from_the_reference() {
        // Tuesday 12 February 2013: a unit left out is one; months count to the day, years to
        // the month; "od dziś" and "from now" count forward.
        let text =
            "2013-02-12\n\nTydzień temu, trzy miesiące temu, 3 lata od dziś i dwa lata temu.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("Tydzień temu", "2013-02-05"),
                d("trzy miesiące temu", "2012-11-12"),
                d("3 lata od dziś", "2016-02"),
                d("dwa lata temu", "2011-02"),
            ]
        );
        // "tyg." is a week; "to" is "this" before a season only ("był to rok zmian" is no
        // date, nor "to 3 lata").
        let text = "2013-02-12\n\nW tym tyg. i w to lato. Był to rok zmian, to 3 lata pracy.";
        assert_eq!(
            dates(text, Lang::Pl)[1..],
            [
                d("tym tyg.", "2013-02-11/2013-02-17"),
                d("to lato", "2013-06-21/2013-09-23"),
            ]
        );
        let text = "Kraków, 12 February 2013\n\nTwo weeks from now and 14 days ago.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("Two weeks from now", "2013-02-26"),
                d("14 days ago", "2013-01-29")
            ]
        );
    }

    #[test]
    fn an_hour_before_a_day_word() {
        // Tuesday 12 February 2013. The part of the day after the day word settles the hour.
        let text = "Kraków, 12 February 2013\n\nThe hall opens 9 tomorrow morning, the talk is at 5 tomorrow afternoon and the vote at 9 tomorrow.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("9", "09:00"),
                d("tomorrow morning", "2013-02-13"),
                d("5", "17:00"),
                d("tomorrow afternoon", "2013-02-13"),
                d("9", "09:00"),
                d("tomorrow", "2013-02-13"),
            ]
        );
        let ex = crate::extract::Extractor::new(&crate::lexicon::Lexicons::embedded());
        let twelve: Vec<bool> = ex
            .extract(text, Lang::En)
            .iter()
            .filter(|f| f.kind == Time)
            .map(|f| f.twelve_hour)
            .collect();
        assert_eq!(
            twelve,
            [false, false, true],
            "only the bare `at 9` may be 21:00"
        );
        // Without "at" or a part of the day, a number before a day word is a count.
        assert_eq!(
            dates("2013-02-12\n\nWe open 3 today and 5 tomorrow.", Lang::En)[1..],
            [d("today", "2013-02-12"), d("tomorrow", "2013-02-13")]
        );
        // Minutes may follow the hour without a colon before a part of the day.
        assert_eq!(
            dates("The concert starts at 730 in the evening.", Lang::En),
            [d("730 in the evening", "19:30")]
        );
    }

    #[test]
    fn a_day_of_the_month_alone() {
        // The first such day on or after the date line (Tuesday 12 February 2013).
        let text = "2013-02-12\n\nThe board meets on the 15th, again on the first at 10:00 and on the 31st.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("the 15th", "2013-02-15"),
                d("the first", "2013-03-01"),
                d("10:00", "10:00"),
                d("the 31st", "2013-03-31"),
            ]
        );
        // A noun after it makes it an ordinal; a month after it, a date read whole.
        assert_eq!(
            dates(
                "2013-02-12\n\nOn the 15th anniversary, on the 20th of March.",
                Lang::En
            )[1..],
            [d("the 20th of March", "2013-03-20")]
        );
        // No date line, no day.
        assert!(dates("The board meets on the 15th.", Lang::En).is_empty());
    }

    #[test]
    fn nth_weekday_day_or_week_of_a_year() {
        // 30 December 2018 is a Sunday: the last whole week of 2018 is 24–30 December.
        assert_eq!(
            dates(
                "the third last week of 2018, the first Monday of 2027, the last day of 2018",
                Lang::En
            ),
            [
                d("the third last week of 2018", "2018-12-10/2018-12-16"),
                d("the first Monday of 2027", "2027-01-04"),
                d("the last day of 2018", "2018-12-31"),
            ]
        );
        assert_eq!(
            dates(
                "W ostatnim tygodniu 2025 roku i w ostatnim tygodniu października 2025 r.",
                Lang::Pl
            ),
            [
                d("ostatnim tygodniu 2025 roku", "2025-12-22/2025-12-28"),
                d(
                    "ostatnim tygodniu października 2025 r.",
                    "2025-10-20/2025-10-26"
                ),
            ]
        );
    }

    #[test]
    fn years_with_their_era() {
        // ISO 8601 years: 1 BC is 0000, so 753 BC is -0752.
        assert_eq!(
            dates(
                "Rzym założono w 753 r. p.n.e., Pompeje zniszczono w 79 r. n.e.",
                Lang::Pl
            ),
            [d("753 r. p.n.e.", "-0752"), d("79 r. n.e.", "0079")]
        );
        assert_eq!(
            dates("From 2014 BC to AD 79 and 14 a.d.; in 1 BC.", Lang::En),
            [
                d("2014 BC", "-2013"),
                d("AD 79", "0079"),
                d("14 a.d.", "0014"),
                d("1 BC", "0000")
            ]
        );
        // Undotted era words count only as written: "14 ad campaigns" is no year.
        assert!(dates("We ran 14 ad campaigns.", Lang::En).is_empty());
    }

    #[test]
    fn a_word_for_several_units() {
        // A fortnight is two weeks (relative.tsv: unit:week:2); 12 February 2013 a Tuesday.
        let text = "Kraków, 12 February 2013\n\nA fortnight ago, in 3 fortnights and over the next fortnight.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("A fortnight ago", "2013-01-29"),
                d("in 3 fortnights", "2013-03-26"),
                d("next fortnight", "2013-02-18/2013-03-03"),
            ]
        );
    }

    #[test]
    fn english_short_numeric_dates_only_where_one_order_fits() {
        let text = "Kraków, 12 February 2013\n\nOn 2/15, until 15/2, Fri 3/15 and 4/25 at 4pm; \
                    born 10/31/74, left 31-10-74, back 3/3/15.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("2/15", "2013-02-15"),
                d("15/2", "2013-02-15"),
                d("3/15", "2013-03-15"),
                d("4/25", "2013-04-25"),
                d("4pm", "16:00"),
                d("10/31/74", "1974-10-31"),
                d("31-10-74", "1974-10-31"),
                d("3/3/15", "2015-03-03"),
            ]
        );
        // Either order fits (3/4), a fraction alone (3/15), a dash without a year (a score or
        // a range), a longer group of digits, 24/7 (not_a_date), and Polish text: no dates.
        let none = "On 3/4 of days, 3/15 of the budget, won 2-15 on 2/15/3, on 1.2/15, open 24/7.";
        assert_eq!(dates(none, Lang::En), vec![]);
        assert_eq!(dates("Dnia 2/15 i 10/31/74.", Lang::Pl), vec![]);
    }

    #[test]
    fn a_vague_count_of_units_gives_an_approximate_date() {
        // relative.tsv count:N: a few = 3, a couple of = 2, kilka = 3; qualifier about.
        // The first date is the date line.
        let dated =
            |text: &str, lang| crate::extract::tests::qualified(text, lang, Date)[1..].to_vec();
        let about = |a: &str, b: &str| (a.to_string(), b.to_string(), Some("about".to_string()));
        assert_eq!(
            dated(
                "Kraków, 12 February 2013\n\nA few days ago, in a couple of weeks, over the next few \
                 days; in 3 days. A few residents came.",
                Lang::En
            ),
            vec![
                about("A few days ago", "2013-02-09"),
                about("in a couple of weeks", "2013-02-26"),
                about("next few days", "2013-02-13/2013-02-15"),
                ("in 3 days".to_string(), "2013-02-15".to_string(), None),
            ]
        );
        assert_eq!(
            dated(
                "Kraków, 12 lutego 2013 r.\n\nKilka dni temu, za parę tygodni.",
                Lang::Pl
            ),
            vec![
                about("Kilka dni temu", "2013-02-09"),
                about("za parę tygodni", "2013-02-26"),
            ]
        );
    }

    #[test]
    fn a_duration_beside_a_day_or_time_makes_a_period() {
        // The end is the start plus the duration (Duckling's reading); date_words.tsv
        // duration_for: for, przez.
        assert_eq!(
            dates(
                "Open from 18 December 2025 for 10 days; for 2 weeks from 5 May 2026. \
                 Talks at 4pm for 30 mins, for 90 minutes starting from 10:00.",
                Lang::En
            ),
            vec![
                d("18 December 2025 for 10 days", "2025-12-18/2025-12-28"),
                d("2 weeks from 5 May 2026", "2026-05-05/2026-05-19"),
                d("4pm for 30 mins", "16:00/16:30"),
                d("90 minutes starting from 10:00", "10:00/11:30"),
            ]
        );
        assert_eq!(
            dates("Od 18 grudnia 2025 r. przez 3 dni.", Lang::Pl),
            vec![d("18 grudnia 2025 r. przez 3 dni", "2025-12-18/2025-12-21")]
        );
        // After a comma the count opens a clause of its own; a time past midnight is no range.
        assert_eq!(
            dates(
                "On 18 December 2025, for 10 years the city… At 23:00 for 2 hours.",
                Lang::En
            ),
            vec![d("18 December 2025", "2025-12-18"), d("23:00", "23:00")]
        );
    }

    #[test]
    fn clock_times_after_at_half_an_hour_british_and_minutes_from_an_hour() {
        // After "at", minutes apart ("at 3 15") or in words ("at three twenty") are a time on
        // the 12-hour clock; "half three" is 3:30 (British); "15 minutes from 1pm" is past it.
        let ex = crate::extract::Extractor::new(&crate::lexicon::Lexicons::embedded());
        let times = |text: &str| -> Vec<(String, String, bool)> {
            ex.extract(text, Lang::En)
                .into_iter()
                .filter(|f| f.kind == Time)
                .map(|f| {
                    (
                        f.span.of(text).to_string(),
                        f.value.to_string(),
                        f.twelve_hour,
                    )
                })
                .collect()
        };
        let t = |a: &str, b: &str, twelve| (a.to_string(), b.to_string(), twelve);
        assert_eq!(
            times("We meet at 3 15, at three twenty or at half three; 15 minutes from 1pm."),
            vec![
                t("3 15", "03:15", true),
                t("three twenty", "03:20", true),
                t("half three", "03:30", true),
                t("15 minutes from 1pm", "13:15", false),
            ]
        );
        // Without "at", or with a noun after, these stay numbers; "from 20 to 3" is a range.
        assert_eq!(
            times("Scores of 3 15, three twenty, at 3 15-minute slots, half three times, from 20 to 3."),
            vec![]
        );
    }

    #[test]
    fn seconds_written_or_counted_from_the_reference_time() {
        assert_eq!(
            dates(
                "Start at 15:23:24, doors 9:01:10 AM, end 12:30:00.",
                Lang::En
            ),
            vec![
                d("15:23:24", "15:23:24"),
                d("9:01:10 AM", "09:01:10"),
                d("12:30:00", "12:30"),
            ]
        );
        // Counted from a reference time (relative.tsv clock:1s); a range has no seconds.
        let ex = crate::extract::Extractor::new(&crate::lexicon::Lexicons::embedded());
        let text = "in a sec, za 12 sekundy, one second from now; the last 2 seconds; in second \
                    place, in a second meeting";
        let times: Vec<(String, String)> = ex
            .extract_at_clock(text, Lang::En, Some((2013, 2, 12)), Some((4, 30)))
            .into_iter()
            .filter(|f| f.kind == Time)
            .map(|f| (f.span.of(text).to_string(), f.value.to_string()))
            .collect();
        assert_eq!(
            times,
            vec![
                d("in a sec", "04:30:01"),
                d("za 12 sekundy", "04:30:12"),
                d("one second from now", "04:30:01"),
            ]
        );
    }

    #[test]
    fn a_month_some_years_on_and_whole_seconds_ending_a_range() {
        let text = "Kraków, 12 February 2013\n\nMarch in a year, March in 2 years, March after \
                    next; a day from right now. Open 3pm - 6:00:00pm.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("March in a year", "2014-03"),
                d("March in 2 years", "2015-03"),
                d("March after next", "2014-03"),
                d("a day from right now", "2013-02-13"),
                d("3pm - 6:00:00pm", "15:00/18:00"),
            ]
        );
        // "za tydzień" (Polish after:next) makes no month a year later.
        assert_eq!(
            dates("Kraków, 12 lutego 2013 r.\n\nMarzec za tydzień.", Lang::Pl)[1..],
            []
        );
    }

    #[test]
    fn a_holiday_with_its_year_in_words() {
        assert_eq!(
            dates(
                "Easter Sunday two thousand ten, Christmas nineteen ninety-nine and Easter two \
                 thousand and eighteen.",
                Lang::En
            ),
            vec![
                d("Easter Sunday two thousand ten", "2010-04-04"),
                d("Christmas nineteen ninety-nine", "1999-12-25"),
                d("Easter two thousand and eighteen", "2018-04-01"),
            ]
        );
        // A noun after the words makes them a count.
        let text = "Kraków, 12 February 2013\n\nAt Christmas two thousand people came.";
        assert_eq!(dates(text, Lang::En)[1..], [d("Christmas", "2013-12-25")]);
    }

    #[test]
    fn a_week_of_a_day_glued_forms_and_hours_without_a_colon() {
        let text = "Kraków, 12 February 2013\n\nThe week of October 7th; Wed, Feb13; in 18q4; \
                    tomorrow afternoonish; at 1030, tomorrow at 150ish.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("The week of October 7th", "2013-10-07/2013-10-13"),
                d("Feb13", "2013-02-13"),
                d("18q4", "2018-10/2018-12"),
                d("tomorrow", "2013-02-13"),
                d("afternoonish", "12:00/19:00"),
                d("1030", "10:30"),
                d("tomorrow", "2013-02-13"),
                d("150ish", "01:50"),
            ]
        );
        // Glued minutes after "at": no year, no count of a unit, no longer number.
        assert_eq!(
            dates(
                "at 2020 prices, at 1030 metres, call at 650.650.6500",
                Lang::En
            ),
            vec![]
        );
    }

    #[test]
    fn a_count_of_units_shifts_a_day_and_twelve_in_the_evening_is_midnight() {
        let text = "Kraków, 12 February 2013\n\nThree days after Easter, two weeks before \
                    5 May 2026; this evening at 12, this afternoon at 12. 3 people after 5 May.";
        assert_eq!(
            dates(text, Lang::En)[1..],
            [
                d("Three days after Easter", "2013-04-03"),
                d("two weeks before 5 May 2026", "2026-04-21"),
                d("this evening at 12", "00:00"),
                d("this afternoon at 12", "12:00"),
                d("5 May", "2026-05-05"),
            ]
        );
        assert_eq!(
            dates(
                "Kraków, 12 lutego 2013 r.\n\n3 dni po Wielkanocy.",
                Lang::Pl
            )[1..],
            [d("3 dni po Wielkanocy", "2013-04-03")]
        );
    }

    #[test]
    fn glued_minutes_after_around_and_minutes_to_noon() {
        assert_eq!(
            dates(
                "We start around 1030, approximately 1030; at 15 to noon.",
                Lang::En
            ),
            vec![
                d("1030", "10:30"),
                d("1030", "10:30"),
                d("15 to noon", "11:45")
            ]
        );
        // A count (a noun after it, or Polish, where counts have no comma), a year, and "10
        // to noon" (maybe 10:00–12:00) stay numbers.
        assert_eq!(
            dates(
                "around 1030 people, about 2020, about 800, 10 to noon",
                Lang::En
            ),
            vec![d("noon", "12:00")]
        );
        assert_eq!(dates("około 1030.", Lang::Pl), vec![]);
    }
}
