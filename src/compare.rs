//! Comparison of an aligned pair: which facts agree, which differ, which are missing.
//!
//! Numbers, dates and times are matched in phases, each on the facts left by the ones before:
//!
//! 1. **Equal values**, nearest first: in the same bead, then one or two beads apart, then
//!    anywhere (translators reorder). Numbers are equal when their values are (ordinal or not,
//!    digits or words) and their units agree or one side has none; dates when they name the
//!    same days (`2 i 3 czerwca` = `2–3 June`).
//! 2. **Dates at another precision**: a date that contains the other (`2016` and
//!    `14 września 2016`) is the same date written less precisely: no finding.
//! 3. **Mismatches**: a remaining source fact and a remaining target fact that stand in the
//!    corresponding place (a fact standing alone as its sentence, such as a release's date
//!    line, only with another such fact) — the same bead, or a neighbouring bead with the same counted noun
//!    or unit, or (numbers only) anywhere with the same counted noun, the same qualifier, the
//!    same ordinal form and values within a factor of 10 — are paired, best candidates first,
//!    as `number_mismatch` / `date_mismatch` / `time_mismatch` (severity error; warning
//!    when one side is a month written alone, "w lipcu", its year inferred).
//! 4. What is left is **missing** on the other side: `number_missing` / `date_missing` /
//!    `time_missing` (warning; info for a number of 12 or less written in words, and for a
//!    month written alone or a season, which translators often leave out or render otherwise).
//!
//! An English time on the 12-hour clock with neither a.m. nor p.m. (`at 3:30`) equals the same
//! time 12 hours later (`o 15:30`). A time written with a time zone (`15:00 GMT`) equals a
//! time without one that is the same instant in Polish time, CET or CEST (`16:00`, `17:00`);
//! two times with zones are compared in UTC. A part of the day named without an hour (`wieczorem`, `in
//! the evening`) is a range of times that agrees with another such part it overlaps and with
//! a time it holds; left out it is info, differing a warning.
//!
//! Equal numbers with different qualifiers (`ponad 150` vs `about 150`) in corresponding places
//! are `qualifier_mismatch` (warning); so are equal dates and times that open a period on one
//! side and close it on the other (`od 1 lipca` vs `until 1 July`). Key entities are compared per document: an entity id
//! named on one side only is `entity_missing` (warning), placed at its first mention.

use crate::align::Alignment;
use crate::analyse::Analysis;
use crate::decimal::Decimal;
use crate::extract::{DateValue, Fact, FactKind, NumberValue, PartialDate, Value};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The versions state different facts.
    Error,
    /// A fact stated in one version only, or stated with a different qualifier.
    Warning,
    /// Worth a look; usually a normal translation choice.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The check that produced a finding. Names are stable: reports and other tools use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// A number with a different value in the corresponding place.
    NumberMismatch,
    /// A number in one version only.
    NumberMissing,
    /// A date with a different value in the corresponding place.
    DateMismatch,
    /// A date in one version only.
    DateMissing,
    /// A time of day with a different value in the corresponding place.
    TimeMismatch,
    /// A time of day in one version only.
    TimeMissing,
    /// The same number with a different qualifier (ponad ↔ about).
    QualifierMismatch,
    /// Near values at the precision written (`1,68 mln` ↔ `1.7 million`).
    Rounding,
    /// A key entity named in one version only.
    EntityMissing,
    /// A weekday written with a date it does not fall on (one document, no counterpart
    /// needed; LanguageTool's DATE_WEEKDAY rule).
    WeekdayMismatch,
}

impl Check {
    /// All checks, in report order.
    pub const ALL: [Check; 10] = [
        Check::NumberMismatch,
        Check::NumberMissing,
        Check::DateMismatch,
        Check::DateMissing,
        Check::TimeMismatch,
        Check::TimeMissing,
        Check::QualifierMismatch,
        Check::Rounding,
        Check::EntityMissing,
        Check::WeekdayMismatch,
    ];

    /// The stable name: `number_mismatch`, `date_missing`, ...
    pub fn name(self) -> &'static str {
        match self {
            Check::NumberMismatch => "number_mismatch",
            Check::NumberMissing => "number_missing",
            Check::DateMismatch => "date_mismatch",
            Check::DateMissing => "date_missing",
            Check::TimeMismatch => "time_mismatch",
            Check::TimeMissing => "time_missing",
            Check::QualifierMismatch => "qualifier_mismatch",
            Check::Rounding => "rounding",
            Check::EntityMissing => "entity_missing",
            Check::WeekdayMismatch => "weekday_mismatch",
        }
    }

    fn mismatch(kind: FactKind) -> Check {
        match kind {
            FactKind::Date => Check::DateMismatch,
            FactKind::Time => Check::TimeMismatch,
            _ => Check::NumberMismatch,
        }
    }

    fn missing(kind: FactKind) -> Check {
        match kind {
            FactKind::Date => Check::DateMissing,
            FactKind::Time => Check::TimeMissing,
            FactKind::Entity => Check::EntityMissing,
            _ => Check::NumberMissing,
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One divergence between the source (Polish) and the target (English) version. Facts are
/// referred to by index into the analyses' `facts`; a side is `None` when the fact is absent
/// there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    /// Which check.
    pub check: Check,
    /// How serious.
    pub severity: Severity,
    /// Index of the fact in the source analysis.
    pub source: Option<usize>,
    /// Index of the fact in the target analysis.
    pub target: Option<usize>,
}

impl Finding {
    /// A one-line message from the finding's data, e.g.
    /// `150 (more than, city) in the source, 140 (more than, city) in the target`.
    pub fn message(&self, source: &Analysis, target: &Analysis) -> String {
        let s = self.source.map(|i| &source.facts[i]);
        let t = self.target.map(|i| &target.facts[i]);
        let describe = |f: &Fact| {
            let mut ctx = Vec::new();
            if let Some(q) = &f.qualifier {
                ctx.push(q.replace('_', " "));
            }
            if let Some(u) = &f.unit {
                ctx.push(u.clone());
            }
            if let Some(c) = &f.concept {
                ctx.push(c.clone());
            }
            if ctx.is_empty() {
                f.normalised()
            } else {
                format!("{} ({})", f.normalised(), ctx.join(", "))
            }
        };
        let kind = s.or(t).map_or("fact", |f| f.kind.name());
        match (self.check, s, t) {
            (Check::QualifierMismatch, Some(s), Some(t)) => format!(
                "the same {kind} with another qualifier: {} in the source, {} in the target",
                describe(s),
                describe(t)
            ),
            (_, Some(s), Some(t)) => format!(
                "{kind} differs: {} in the source, {} in the target",
                describe(s),
                describe(t)
            ),
            (Check::EntityMissing, Some(s), None) => {
                format!("{} is named in the source but not in the target", s.value)
            }
            (Check::EntityMissing, None, Some(t)) => {
                format!("{} is named in the target but not in the source", t.value)
            }
            (_, Some(s), None) => format!(
                "{kind} {} in the source has no counterpart in the target",
                describe(s)
            ),
            (_, None, Some(t)) => format!(
                "{kind} {} in the target has no counterpart in the source",
                describe(t)
            ),
            (_, None, None) => "empty finding".into(),
        }
    }
}

/// Unit conversions translators make (`conversions.tsv`), for comparing `620 km` with
/// `385 miles`.
#[derive(Debug, Clone, Default)]
pub struct Conversions {
    /// (from, to, factor, offset): `to = from × factor + offset`.
    rules: Vec<(String, String, f64, f64)>,
}

impl Conversions {
    /// The conversions of the lexicons.
    pub fn new(lex: &crate::lexicon::Lexicons) -> Conversions {
        Conversions {
            rules: lex.conversions.clone(),
        }
    }

    /// Whether a conversion links the two units (either way).
    pub fn convertible(&self, ua: &str, ub: &str) -> bool {
        self.rules
            .iter()
            .any(|r| (r.0 == ua && r.1 == ub) || (r.0 == ub && r.1 == ua))
    }

    /// Whether `a` (in unit `ua`) and `b` (in unit `ub`) are the same quantity, converted and
    /// rounded: the converted value must fall within the rounding written on the other side
    /// (half a unit of its last digit, or of its last non-zero digit for round numbers: 320 km
    /// covers 315–325), with at least 2.5% slack (translators round 7.62 cm to 7.5).
    pub fn agree(&self, a: Decimal, ua: &str, b: Decimal, ub: &str) -> bool {
        let rule = |x: &str, y: &str| self.rules.iter().find(|r| r.0 == x && r.1 == y);
        let (from_val, target) = if let Some(r) = rule(ua, ub) {
            (a.to_f64() * r.2 + r.3, b)
        } else if let Some(r) = rule(ub, ua) {
            (b.to_f64() * r.2 + r.3, a)
        } else {
            return false;
        };
        let t = target.to_f64();
        (from_val - t).abs() <= rounding(target).max(t.abs() * 0.025)
    }
}

/// Half a unit of the last written digit of `d` (of the last non-zero digit for whole
/// numbers ending in zeros): 320 → 5, 137 → 0.5, 1.85 → 0.005.
fn rounding(d: Decimal) -> f64 {
    let s = d.to_string();
    match s.split_once('.') {
        Some((_, frac)) => 0.5 * 10f64.powi(-(frac.len() as i32)),
        None => {
            let zeros = s
                .trim_start_matches('-')
                .bytes()
                .rev()
                .take_while(|b| *b == b'0')
                .count();
            let zeros = zeros.min(s.trim_start_matches('-').len().saturating_sub(1));
            0.5 * 10f64.powi(zeros as i32)
        }
    }
}

/// Names of weekdays, 1 = Monday … 7 = Sunday, for messages.
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The weekday check on one document: indices of the date facts written with a weekday they do
/// not fall on (`w piątek 14 marca 2026 r.`: 14 March 2026 is a Saturday), with the message.
pub fn weekday_mismatches(doc: &Analysis) -> Vec<(usize, String)> {
    doc.facts
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let actual = f.weekday_conflict()?;
            let written = f.weekday?;
            Some((
                i,
                format!(
                    "{} is written with {}, which is a {}",
                    WEEKDAYS[usize::from(written - 1)],
                    f.value,
                    WEEKDAYS[usize::from(actual - 1)]
                ),
            ))
        })
        .collect()
}

/// Compares `source` (Polish) with `target` (English) under `alignment`.
/// Returns findings ordered by source position, then target position.
pub fn compare(
    source: &Analysis,
    target: &Analysis,
    alignment: &Alignment,
    conversions: &Conversions,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for kind in [FactKind::Number, FactKind::Date, FactKind::Time] {
        compare_kind(source, target, alignment, conversions, kind, &mut out);
    }
    pair_years_across_kinds(source, target, alignment, &mut out);
    compare_entities(source, target, &mut out);
    out.sort_by_key(|f| {
        (
            f.source.map_or(usize::MAX, |i| source.facts[i].span.start),
            f.target.map_or(usize::MAX, |i| target.facts[i].span.start),
            f.check,
        )
    });
    out
}

/// A year read as a date on one side ("w 2016 roku") and as a bare number on the other ("the
/// 2016 election", where no word marks it as a year) is the same kind of fact: such a
/// `date_missing` and `number_missing` pair with the same value is dropped, nearest beads
/// first; with different values in the same bead it becomes one `date_mismatch` (error).
fn pair_years_across_kinds(
    source: &Analysis,
    target: &Analysis,
    al: &Alignment,
    out: &mut Vec<Finding>,
) {
    let year_of_date = |f: &Fact| match &f.value {
        Value::Date(DateValue::Single(p)) if p.month.is_none() && !f.year_inferred => p.year,
        _ => None,
    };
    let year_of_number = |f: &Fact| match &f.value {
        Value::Number(n)
            if f.unit.is_none()
                && n.high.is_none()
                && !n.ordinal
                && !n.words
                && n.low.is_integer()
                && (1000.0..=9999.0).contains(&n.low.to_f64()) =>
        {
            Some(n.low.to_f64() as i32)
        }
        _ => None,
    };
    let bead = |doc: &Analysis, beads: &[usize], i: usize| {
        beads
            .get(doc.sentence_of(doc.facts[i].span.start))
            .copied()
            .unwrap_or(0)
    };
    // A missing year: whether on the source side, whether a date (else a number), the year
    // and its bead.
    let year = |f: &Finding| -> Option<(bool, bool, i32, usize)> {
        match (f.check, f.source, f.target) {
            (Check::DateMissing, Some(i), None) => Some((
                true,
                true,
                year_of_date(&source.facts[i])?,
                bead(source, &al.source_bead, i),
            )),
            (Check::DateMissing, None, Some(j)) => Some((
                false,
                true,
                year_of_date(&target.facts[j])?,
                bead(target, &al.target_bead, j),
            )),
            (Check::NumberMissing, Some(i), None) => Some((
                true,
                false,
                year_of_number(&source.facts[i])?,
                bead(source, &al.source_bead, i),
            )),
            (Check::NumberMissing, None, Some(j)) => Some((
                false,
                false,
                year_of_number(&target.facts[j])?,
                bead(target, &al.target_bead, j),
            )),
            _ => None,
        }
    };
    let years: Vec<_> = out.iter().map(year).collect();
    let mut drop = vec![false; out.len()];
    let mut mismatches = Vec::new();
    for same_value in [true, false] {
        for a in 0..out.len() {
            let Some((a_source, true, y, a_bead)) = years[a] else {
                continue;
            };
            if drop[a] {
                continue;
            }
            let partner = (0..out.len())
                .filter(|&b| !drop[b])
                .filter_map(|b| match years[b] {
                    Some((b_source, false, z, b_bead))
                        if b_source != a_source
                            && (z == y) == same_value
                            && (same_value || a_bead == b_bead) =>
                    {
                        Some((a_bead.abs_diff(b_bead), b))
                    }
                    _ => None,
                })
                .min();
            if let Some((_, b)) = partner {
                drop[a] = true;
                drop[b] = true;
                if !same_value {
                    let (date, number) = (&out[a], &out[b]);
                    mismatches.push(Finding {
                        check: Check::DateMismatch,
                        severity: Severity::Error,
                        source: date.source.or(number.source),
                        target: date.target.or(number.target),
                    });
                }
            }
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    out.extend(mismatches);
}

/// A fact of one side with its bead.
struct Item<'a> {
    index: usize,
    fact: &'a Fact,
    bead: usize,
    /// The fact is its sentence's whole text: a release's date line, a heading.
    alone: bool,
}

fn items<'a>(doc: &'a Analysis, beads: &[usize], kind: FactKind) -> Vec<Item<'a>> {
    doc.facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == kind)
        .map(|(index, fact)| {
            let sentence = doc.sentence_of(fact.span.start);
            Item {
                index,
                fact,
                bead: if beads.is_empty() { 0 } else { beads[sentence] },
                alone: doc
                    .sentences
                    .get(sentence)
                    .is_some_and(|s| s.span == fact.span),
            }
        })
        .collect()
}

fn units_agree(a: &Fact, b: &Fact) -> bool {
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn equal(a: &Fact, b: &Fact, conv: &Conversions) -> bool {
    match (&a.value, &b.value) {
        (Value::Number(x), Value::Number(y)) => {
            let same = x.low == y.low && x.high == y.high;
            // "7000 ton" (converted to 7000000 kg) and "7,000" written without its unit.
            let as_written = |x: &NumberValue, y: &NumberValue, x_unit: &Option<String>| {
                x_unit.is_none()
                    && y.unit_factor.is_some_and(|f| {
                        x.low.checked_mul(f) == Some(y.low)
                            && x.high.map(|h| h.checked_mul(f)) == y.high.map(Some)
                    })
            };
            // "385 miles" and "620 km": converted, within the rounding written.
            // Ranges convert end by end ("1 to 4 inches" = "od 2,5 do 10 cm").
            let converted = match (&a.unit, &b.unit) {
                (Some(ua), Some(ub)) if ua != ub => {
                    conv.agree(x.low, ua, y.low, ub)
                        && match (x.high, y.high) {
                            (Some(xh), Some(yh)) => conv.agree(xh, ua, yh, ub),
                            (None, None) => true,
                            _ => false,
                        }
                }
                _ => false,
            };

            (same && units_agree(a, b))
                || as_written(x, y, &a.unit)
                || as_written(y, x, &b.unit)
                || converted
        }
        // A year taken from the surrounding text may differ between the versions ("2 lutego"
        // and "Feb. 2" in texts dated differently): then month and day decide.
        (Value::Date(x), Value::Date(y)) if a.year_inferred || b.year_inferred => {
            x.same_days(y) || without_year(x) == without_year(y)
        }
        // "04/05/2025" read day first, settled as US month first by the other version.
        (Value::Date(x), Value::Date(y)) if a.day_month_ambiguous || b.day_month_ambiguous => {
            x.same_days(y)
                || a.day_month_ambiguous && swapped(x).is_some_and(|x| x.same_days(y))
                || b.day_month_ambiguous && swapped(y).is_some_and(|y| y.same_days(x))
        }
        (Value::Date(x), Value::Date(y)) => x.same_days(y),
        // Parts of the day are loose: "wieczorem" and "at night" agree when their ranges
        // overlap, and "wieczorem" agrees with "at 7 pm", which it holds.
        (Value::TimeRange(x1, x2), Value::TimeRange(y1, y2)) if a.daypart || b.daypart => {
            x1 < y2 && y1 < x2
        }
        (Value::TimeRange(x1, x2), Value::Time(h, m, _)) if a.daypart => {
            (*x1..=*x2).contains(&(*h, *m))
                || b.twelve_hour && (*x1..=*x2).contains(&((h + 12) % 24, *m))
        }
        (Value::Time(h, m, _), Value::TimeRange(y1, y2)) if b.daypart => {
            (*y1..=*y2).contains(&(*h, *m))
                || a.twelve_hour && (*y1..=*y2).contains(&((h + 12) % 24, *m))
        }
        // A time written with a time zone ("15:00 GMT", "16:00 CET") against one without:
        // that one is Polish time, CET or CEST; two zones are compared in UTC.
        (Value::Time(h1, m1, s1), Value::Time(h2, m2, s2)) if a.utc_offset != b.utc_offset => {
            let (x, y) = (utc_readings(a, *h1, *m1), utc_readings(b, *h2, *m2));
            s1 == s2 && x.iter().any(|t| y.contains(t))
        }
        // "at 3:30" in English may be 15:30.
        (Value::Time(h1, m1, s1), Value::Time(h2, m2, s2)) if a.twelve_hour || b.twelve_hour => {
            (m1, s1) == (m2, s2)
                && (h1 == h2
                    || a.twelve_hour && (h1 + 12) % 24 == *h2
                    || b.twelve_hour && (h2 + 12) % 24 == *h1)
        }
        (x, y) => x == y,
    }
}

/// The minutes after midnight UTC that a time of `f` (`h`:`m`) may be: in its time zone, or
/// with none written in Polish time, CET (+01:00) or CEST (+02:00); 12 hours later too for a
/// time that may be on the 12-hour clock ([`Fact::twelve_hour`]).
fn utc_readings(f: &Fact, h: u8, m: u8) -> Vec<i32> {
    let offsets: &[i16] = match &f.utc_offset {
        Some(o) => std::slice::from_ref(o),
        None => &[60, 120],
    };
    let hours: &[u8] = if f.twelve_hour {
        &[h, (h + 12) % 24]
    } else {
        std::slice::from_ref(&h)
    };
    let mut out = Vec::new();
    for &o in offsets {
        for &h in hours {
            out.push((i32::from(h) * 60 + i32::from(m) - i32::from(o)).rem_euclid(24 * 60));
        }
    }
    out
}

/// A single day with its day and month exchanged (`2025-05-04` → `2025-04-05`).
fn swapped(d: &DateValue) -> Option<DateValue> {
    match d {
        DateValue::Single(p) => Some(DateValue::Single(crate::extract::PartialDate {
            year: p.year,
            month: p.day,
            day: p.month,
        })),
        _ => None,
    }
}

/// The date's parts with the year dropped, for dates whose year was inferred.
fn without_year(d: &DateValue) -> Vec<(Option<u8>, Option<u8>)> {
    d.parts().iter().map(|p| (p.month, p.day)).collect()
}

/// Two single numbers in the same unit that differ by no more than the coarser precision
/// written: `1,68 mln` and `1.7 million` (±50000). Plain integers are exact: 1000 and 1500
/// differ.
fn rounded(a: &Fact, b: &Fact) -> bool {
    let (Value::Number(x), Value::Number(y)) = (&a.value, &b.value) else {
        return false;
    };
    if x.high.is_some() || y.high.is_some() || a.unit != b.unit {
        return false;
    }
    let (Some(px), Some(py)) = (x.precision, y.precision) else {
        return false;
    };
    let tolerance = px.max(py).to_f64();
    (x.low.to_f64() - y.low.to_f64()).abs() <= tolerance + 1e-9
}

/// One date written less precisely than the other, within it (`2016` ⊇ `2016-09-14`).
fn contains_date(a: &Fact, b: &Fact) -> bool {
    let (Value::Date(x), Value::Date(y)) = (&a.value, &b.value) else {
        return false;
    };
    if x.precision() == y.precision() {
        return false;
    }
    // Two dates written without a year ("kwietnia", "the end of April") are compared within
    // any one year (a leap year, so 29 February fits).
    let yearless = |v: &DateValue| v.parts().iter().all(|p| p.year.is_none());
    let in_leap_year = |v: &DateValue| {
        let mut v = v.clone();
        v.set_missing_year(2000);
        v
    };
    let (x, y) = if yearless(x) && yearless(y) {
        (in_leap_year(x), in_leap_year(y))
    } else {
        (x.clone(), y.clone())
    };
    match (x.bounds(), y.bounds()) {
        (Some((xs, xe)), Some((ys, ye))) => (xs <= ys && ye <= xe) || (ys <= xs && xe <= ye),
        _ => false,
    }
}

/// Score of pairing `s` and `t` as a mismatch; `None` when they do not stand in corresponding
/// places (see the module doc).
fn mismatch_score(s: &Item, t: &Item, conv: &Conversions) -> Option<i32> {
    let (a, b) = (s.fact, t.fact);
    let dist = s.bead.abs_diff(t.bead);
    if s.alone != t.alone {
        return None; // a date line is compared with a date line only
    }
    if let (Some(ua), Some(ub)) = (&a.unit, &b.unit) {
        if ua != ub && !conv.convertible(ua, ub) {
            return None;
        }
    }
    let same_concept = a.concept.is_some() && a.concept == b.concept;
    // Different counted nouns pair only within one bead, and last: the noun found may be a
    // modifier ("20,000 secondary school pupils" counts pupils, not schools).
    let other_concept = a.concept.is_some() && b.concept.is_some() && a.concept != b.concept;
    if other_concept && dist > 0 {
        return None;
    }
    let same_unit = a.unit.is_some() && a.unit == b.unit;
    let same_qualifier = a.qualifier == b.qualifier;
    let allowed = match (&a.value, &b.value) {
        // An ordinal written in words (pierwszy, first) pairs only with another ordinal.
        (Value::Number(x), Value::Number(y)) if x.ordinal != y.ordinal && (x.words || y.words) => {
            false
        }
        // A number in words (dziesięć, three) is paired only when it counts the same thing:
        // words stand loosely in sentences ("one of", "two of them").
        (Value::Number(x), Value::Number(y)) if (x.words || y.words) && !same_concept => false,
        (Value::Number(x), Value::Number(y)) => {
            let ratio =
                x.low.to_f64().max(y.low.to_f64()) / x.low.to_f64().min(y.low.to_f64()).max(1e-9);
            dist == 0
                || (dist == 1 && (same_concept || same_unit))
                || (same_concept && same_qualifier && x.ordinal == y.ordinal && ratio <= 10.0)
        }
        (Value::Date(x), Value::Date(y)) => {
            dist == 0 || (dist == 1 && x.precision() == y.precision())
        }
        _ => dist == 0,
    };
    if !allowed {
        return None;
    }
    let mut score = 20 - 4 * dist.min(4) as i32 - 12 * i32::from(other_concept);
    score += 4 * i32::from(same_concept) + 3 * i32::from(same_unit) + 2 * i32::from(same_qualifier);
    if let (Value::Date(x), Value::Date(y)) = (&a.value, &b.value) {
        score += 2 * i32::from(x.precision() == y.precision());
    }
    Some(score)
}

fn compare_kind(
    source: &Analysis,
    target: &Analysis,
    al: &Alignment,
    conv: &Conversions,
    kind: FactKind,
    out: &mut Vec<Finding>,
) {
    let src = items(source, &al.source_bead, kind);
    let tgt = items(target, &al.target_bead, kind);
    let mut s_done = vec![false; src.len()];
    let mut t_done = vec![false; tgt.len()];

    // Phase 1: equal values, nearest bead first.
    for max_dist in [0usize, 1, 2, usize::MAX] {
        for (i, s) in src.iter().enumerate() {
            if s_done[i] {
                continue;
            }
            let best = tgt
                .iter()
                .enumerate()
                .filter(|(j, t)| {
                    !t_done[*j]
                        && s.bead.abs_diff(t.bead) <= max_dist
                        && equal(s.fact, t.fact, conv)
                })
                .min_by_key(|(_, t)| (s.bead.abs_diff(t.bead), t.fact.span.start));
            if let Some((j, t)) = best {
                s_done[i] = true;
                t_done[j] = true;
                if s.bead.abs_diff(t.bead) <= 1
                    && s.fact.qualifier.is_some()
                    && t.fact.qualifier.is_some()
                    && s.fact.qualifier != t.fact.qualifier
                {
                    out.push(Finding {
                        check: Check::QualifierMismatch,
                        severity: Severity::Warning,
                        source: Some(s.index),
                        target: Some(t.index),
                    });
                }
            }
        }
    }
    // Phase 1b: a range on one side and its two ends written apart on the other
    // ("from 1,500 to 1,900" read as a range, "z 1 500 do 1 900" as two numbers).
    {
        match_range_ends(&src, &tgt, &mut s_done, &mut t_done);
        match_range_ends(&tgt, &src, &mut t_done, &mut s_done);
    }
    // Phase 2: dates at another precision. When the more precise date of a pair still has a
    // counterpart of its own precision in its sentence group, it is left for the mismatch
    // phase: "od 6 do 15 czerwca" beside "from 6 to 16 June" is a changed range, even when
    // "this year" stands nearby.
    if kind == FactKind::Date {
        let precision = |f: &Fact| match &f.value {
            Value::Date(d) => d.precision(),
            _ => 0,
        };
        let has_rival = |x: &Item, others: &[Item], done: &[bool]| {
            others
                .iter()
                .zip(done)
                .any(|(o, d)| !d && o.bead == x.bead && precision(o.fact) == precision(x.fact))
        };
        for i in 0..src.len() {
            if s_done[i] {
                continue;
            }
            // Only the more precise date of the pair is checked for a rival.
            let found = (0..tgt.len()).find(|&j| {
                let (s, t) = (&src[i], &tgt[j]);
                let rival = if precision(s.fact) > precision(t.fact) {
                    has_rival(s, &tgt, &t_done)
                } else {
                    has_rival(t, &src, &s_done)
                };
                !t_done[j] && contains_date(s.fact, t.fact) && !rival
            });
            if let Some(j) = found {
                s_done[i] = true;
                t_done[j] = true;
            }
        }
        // A date contained in one already matched on the other side says nothing new.
        let s_rival: Vec<bool> = src.iter().map(|s| has_rival(s, &tgt, &t_done)).collect();
        let t_rival: Vec<bool> = tgt.iter().map(|t| has_rival(t, &src, &s_done)).collect();
        for (i, s) in src.iter().enumerate() {
            if !s_done[i] && !s_rival[i] && tgt.iter().any(|t| contains_date(s.fact, t.fact)) {
                s_done[i] = true;
            }
        }
        for (j, t) in tgt.iter().enumerate() {
            if !t_done[j] && !t_rival[j] && src.iter().any(|s| contains_date(s.fact, t.fact)) {
                t_done[j] = true;
            }
        }
    }
    // Phase 3: mismatches, best-scored candidates first.
    let mut cands = Vec::new();
    for (i, s) in src.iter().enumerate() {
        if s_done[i] {
            continue;
        }
        for (j, t) in tgt.iter().enumerate() {
            if t_done[j] {
                continue;
            }
            if let Some(score) = mismatch_score(s, t, conv) {
                cands.push((score, i, j));
            }
        }
    }
    cands.sort_by_key(|&(score, i, j)| (std::cmp::Reverse(score), i, j));
    for (_, i, j) in cands {
        if s_done[i] || t_done[j] {
            continue;
        }
        s_done[i] = true;
        t_done[j] = true;
        let (check, severity) = if rounded(src[i].fact, tgt[j].fact) {
            (Check::Rounding, Severity::Info)
        } else if loose(src[i].fact) || loose(tgt[j].fact) {
            (Check::mismatch(kind), Severity::Warning)
        } else {
            (Check::mismatch(kind), Severity::Error)
        };
        out.push(Finding {
            check,
            severity,
            source: Some(src[i].index),
            target: Some(tgt[j].index),
        });
    }
    // Phase 4: missing.
    let severity = |f: &Fact| match &f.value {
        Value::Number(n) if n.words && n.low.to_f64() <= 12.0 => Severity::Info,
        _ if loose(f) => Severity::Info,
        _ => Severity::Warning,
    };
    for (_, s) in src.iter().enumerate().filter(|(i, _)| !s_done[*i]) {
        out.push(Finding {
            check: Check::missing(kind),
            severity: severity(s.fact),
            source: Some(s.index),
            target: None,
        });
    }
    for (_, t) in tgt.iter().enumerate().filter(|(j, _)| !t_done[*j]) {
        out.push(Finding {
            check: Check::missing(kind),
            severity: severity(t.fact),
            source: None,
            target: Some(t.index),
        });
    }
}

/// Whether `f` is a loosely written period: a month written alone ([`bare_month`]), a
/// season (`jesienią`, `this autumn`) or a part of the day (`wieczorem`, `this evening`):
/// missing is info, differing a warning.
fn loose(f: &Fact) -> bool {
    bare_month(f) || f.season || f.daypart
}

/// Whether `f` is a month written alone, its year inferred ("w lipcu", "in July"): translators
/// move, drop and rephrase these ("początek października" = "the start of October"), so a
/// missing one is info and a differing one a warning.
/// A part of such a month ("na początku lipca", "in late July": days 1–10, 11–20, 21–end)
/// counts as one too.
fn bare_month(f: &Fact) -> bool {
    let yearless = |p: &PartialDate| f.year_inferred || p.year.is_none();
    match &f.value {
        Value::Date(DateValue::Single(p)) => p.month.is_some() && p.day.is_none() && yearless(p),
        Value::Date(DateValue::Range(a, b)) => {
            a.month.is_some()
                && (a.year, a.month) == (b.year, b.month)
                && yearless(a)
                && matches!(
                    (a.day, b.day),
                    (Some(1), Some(10)) | (Some(11), Some(20)) | (Some(21), Some(28..=31))
                )
        }
        _ => false,
    }
}

/// The two single values a range equals when its ends are written apart: numbers (a range
/// 1500/1900 and "1 500 ... 1 900") and hours (09:00/17:00 and "9 a.m. ... 5 p.m.").
fn range_ends(v: &Value) -> Option<(Value, Value)> {
    match *v {
        Value::Number(n) => {
            let high = n.high?;
            let single = |x: Decimal| {
                Value::Number(NumberValue {
                    low: x,
                    high: None,
                    ..n
                })
            };
            Some((single(n.low), single(high)))
        }
        Value::TimeRange(a, b) => Some((Value::Time(a.0, a.1, 0), Value::Time(b.0, b.1, 0))),
        Value::Date(DateValue::Range(a, b)) => Some((
            Value::Date(DateValue::Single(a)),
            Value::Date(DateValue::Single(b)),
        )),
        _ => None,
    }
}

/// Whether a single value equals `end` (numbers by value alone).
fn is_end(v: &Value, end: &Value) -> bool {
    match (v, end) {
        (Value::Number(x), Value::Number(y)) => x.high.is_none() && x.low == y.low,
        (Value::Date(x), Value::Date(y)) => x.same_days(y),
        _ => v == end,
    }
}

/// Matches each unmatched range in `ranges` with two unmatched single values in `singles`,
/// within one bead of it, that equal its ends.
fn match_range_ends(ranges: &[Item], singles: &[Item], r_done: &mut [bool], s_done: &mut [bool]) {
    for (i, r) in ranges.iter().enumerate() {
        let Some((low, high)) = range_ends(&r.fact.value) else {
            continue;
        };
        if r_done[i] {
            continue;
        }
        let find = |end: &Value, done: &[bool], skip: Option<usize>| {
            singles.iter().enumerate().position(|(j, s)| {
                Some(j) != skip
                    && !done[j]
                    && s.bead.abs_diff(r.bead) <= 1
                    && is_end(&s.fact.value, end)
            })
        };
        if let Some(a) = find(&low, s_done, None) {
            if let Some(b) = find(&high, s_done, Some(a)) {
                r_done[i] = true;
                s_done[a] = true;
                s_done[b] = true;
            }
        }
    }
}

fn compare_entities(source: &Analysis, target: &Analysis, out: &mut Vec<Finding>) {
    fn firsts(doc: &Analysis) -> BTreeMap<&str, usize> {
        let mut m = BTreeMap::new();
        for (i, f) in doc.facts.iter().enumerate() {
            if let Value::Entity(id) = &f.value {
                m.entry(id.as_str()).or_insert(i);
            }
        }
        m
    }
    let s = firsts(source);
    let t = firsts(target);
    for (id, &i) in &s {
        if !t.contains_key(id) {
            out.push(Finding {
                check: Check::EntityMissing,
                severity: Severity::Warning,
                source: Some(i),
                target: None,
            });
        }
    }
    for (id, &j) in &t {
        if !s.contains_key(id) {
            out.push(Finding {
                check: Check::EntityMissing,
                severity: Severity::Warning,
                source: None,
                target: Some(j),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::align;
    use crate::analyse::Pipeline;
    use crate::ingest::Text;
    use crate::lexicon::Lexicons;
    use crate::Lang;

    /// (check, source text, target text) of each finding of severity error or warning.
    fn run(pl: &str, en: &str) -> Vec<(&'static str, String, String)> {
        let p = Pipeline::new(&Lexicons::embedded());
        let s = p.analyse(Text::from_utf8(pl.into()), Some(Lang::Pl));
        let t = p.analyse(Text::from_utf8(en.into()), Some(Lang::En));
        let al = align(&s, &t);
        compare(&s, &t, &al, &Conversions::new(&Lexicons::embedded()))
            .into_iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| {
                (
                    f.check.name(),
                    f.source.map_or(String::new(), |i| {
                        s.facts[i].span.of(&s.text.content).to_string()
                    }),
                    f.target.map_or(String::new(), |i| {
                        t.facts[i].span.of(&t.text.content).to_string()
                    }),
                )
            })
            .collect()
    }

    #[test]
    fn a_faithful_translation_gives_no_findings() {
        let f = run(
            "Od 2008 r. w programie uczestniczy ponad 150 miast. Budżet wynosi 1,5 mln zł, a projekt potrwa 2–3 lata. Spotkanie odbędzie się 18 grudnia 2020 r. o godz. 16.",
            "Since 2008 over 150 cities have taken part in the programme. The budget is PLN 1.5 million and the project will last 2–3 years. The meeting will take place on 18 December 2020 at 4 p.m.",
        );
        assert_eq!(f, vec![]);
    }

    #[test]
    fn a_changed_count_is_a_mismatch_and_a_lost_date_is_missing() {
        let f = run(
            "W programie uczestniczy ponad 150 miast. Kraków przystąpił do niego 18 grudnia 2020 r.",
            "Over 140 cities take part in the programme. Kraków joined it.",
        );
        assert_eq!(
            f,
            vec![
                ("number_mismatch", "150".into(), "140".into()),
                ("date_missing", "18 grudnia 2020 r.".into(), String::new()),
            ]
        );
    }

    #[test]
    fn a_date_at_another_precision_is_no_finding() {
        let f = run(
            "Rada Miasta przyjęła program 14 września 2016 r.",
            "The City Council adopted the programme in 2016.",
        );
        assert_eq!(f, vec![]);
    }

    #[test]
    fn a_changed_range_beside_this_year_is_still_a_mismatch() {
        let f = run(
            "Tegoroczne Dni Krakowa odbędą się od 6 do 15 czerwca 2025 r.",
            "This year's Kraków Days will take place from 6 to 16 June 2025.",
        );
        assert_eq!(
            f,
            vec![(
                "date_mismatch",
                "od 6 do 15 czerwca 2025 r.".into(),
                "from 6 to 16 June 2025".into()
            )]
        );
    }

    #[test]
    fn a_range_equals_its_two_ends_written_apart() {
        let f = run(
            "Liczba rowerów wzrośnie z 1 500 do 1 900.",
            "The fleet will grow from 1,500 to 1,900 bikes.",
        );
        assert_eq!(f, vec![]);
        // A changed end is still an error (reported against the range as a whole).
        let f = run(
            "Liczba rowerów wzrośnie z 1 500 do 1 800.",
            "The fleet will grow from 1,500 to 1,900 bikes.",
        );
        assert!(
            f.iter()
                .any(|x| x.0 == "number_mismatch" && x.2 == "1,500 to 1,900"),
            "{f:?}"
        );
    }

    #[test]
    fn an_hour_range_equals_its_ends_written_apart() {
        let f = run(
            "Punkt działa w godz. 9–17.",
            "The point is open from 9 a.m. until 5 p.m. daily.",
        );
        assert_eq!(f, vec![]);
        let f = run(
            "Punkt działa w godz. 9–17.",
            "The point is open from 9 a.m. until 6 p.m. daily.",
        );
        assert!(f.iter().any(|x| x.0 == "time_mismatch"), "{f:?}");
    }

    #[test]
    fn yearless_dates_and_a_date_range_written_as_two_dates() {
        // The Polish infers 2020 for "2 lutego", the English 2019 for "Feb. 2" (the nearest
        // year before each): the same day, written without its year.
        let f = run(
            "Plan przyjęto w 2019 r. Zgodnie z nim w 2020 r. spotkanie odbędzie się 2 lutego.",
            "The plan was adopted in 2019, and the meeting will be held on Feb. 2 as planned for 2020.",
        );
        assert!(f.iter().all(|x| x.0 != "date_mismatch"), "{f:?}");
        let f = run(
            "Ulga obowiązuje od 1 stycznia 2019 r. Kończy się 31 grudnia 2019 r.",
            "The relief applies from 1 January 2019 to 31 December 2019.",
        );
        assert_eq!(f, vec![]);
    }

    #[test]
    fn a_converted_unit_and_the_same_number_without_it() {
        assert_eq!(
            run(
                "Do portu dotarło 7000 ton zboża.",
                "7,000 of grain reached the port."
            ),
            vec![]
        );
        // Words pair only when they count the same thing.
        let f = run(
            "Dziesięć z nich wróciło, a 61 osób zostało.",
            "Three came back and two stayed.",
        );
        assert!(f.iter().all(|x| x.0 != "number_mismatch"), "{f:?}");
    }

    #[test]
    fn unit_conversions_within_the_rounding_written() {
        assert_eq!(
            run("Trasa liczy 620 km.", "The route is 385 miles long."),
            vec![]
        );
        assert_eq!(
            run(
                "Wał ma ok. 320 km.",
                "The embankment is about 200 miles long."
            ),
            vec![]
        );
        assert_eq!(
            run(
                "Temperatura wyniesie 30°C.",
                "Temperatures will reach 86°F."
            ),
            vec![]
        );
        let f = run("Trasa liczy 720 km.", "The route is 385 miles long.");
        assert!(f.iter().any(|x| x.0 == "number_mismatch"), "{f:?}");
    }

    #[test]
    fn near_values_at_the_precision_written_are_rounding() {
        let p = Pipeline::new(&Lexicons::embedded());
        let s = p.analyse(
            Text::from_utf8("Budżet wynosi 1,68 mln zł, a miejsc jest 1000.".into()),
            Some(Lang::Pl),
        );
        let t = p.analyse(
            Text::from_utf8("The budget is PLN 1.7 million and there are 1500 places.".into()),
            Some(Lang::En),
        );
        let found: Vec<(&str, Severity)> = compare(&s, &t, &align(&s, &t), p.conversions())
            .iter()
            .map(|f| (f.check.name(), f.severity))
            .collect();
        assert_eq!(
            found,
            vec![
                ("rounding", Severity::Info),
                ("number_mismatch", Severity::Error)
            ]
        );
    }

    #[test]
    fn a_qualifier_change_and_a_missing_entity() {
        let f = run(
            "Z usług skorzystało ponad 300 osób, w tym goście z Rady Europy.",
            "About 300 people used the services.",
        );
        assert_eq!(
            f,
            vec![
                ("qualifier_mismatch", "300".into(), "300".into()),
                ("entity_missing", "Rady Europy".into(), String::new()),
            ]
        );
    }

    #[test]
    fn a_year_read_as_a_date_on_one_side_and_a_number_on_the_other() {
        let f = run(
            "Wybory w 2016 roku wygrał Jan Nowak.",
            "Jan Nowak won the 2016 election.",
        );
        assert_eq!(f, vec![]);
        // Another year in the corresponding place is a date_mismatch.
        let f = run(
            "Wybory w 2016 roku wygrał Jan Nowak.",
            "Jan Nowak won the 2017 election.",
        );
        assert_eq!(
            f,
            vec![("date_mismatch", "2016 roku".into(), "2017".into())]
        );
    }

    #[test]
    fn a_season_is_compared_like_a_month_written_alone() {
        // The same season in both: nothing; left out on one side: info only.
        let f = run(
            "Kraków, 1 października 2025 r.\n\nLatem 2026 r. otworzymy park.",
            "Kraków, 1 October 2025\n\nIn summer 2026 we will open the park.",
        );
        assert_eq!(f, vec![]);
        let f = run(
            "Kraków, 1 października 2025 r.\n\nPosadzimy jesienią 10 tys. drzew.",
            "Kraków, 1 October 2025\n\nWe will plant 10,000 trees this autumn.",
        );
        assert_eq!(f, vec![]);
        // Another season is a warning, not an error.
        let f = run(
            "Kraków, 1 października 2025 r.\n\nLatem 2026 r. otworzymy park.",
            "Kraków, 1 October 2025\n\nIn winter 2026 we will open the park.",
        );
        assert_eq!(
            f,
            vec![(
                "date_mismatch",
                "Latem 2026 r.".into(),
                "winter 2026".into()
            )]
        );
    }

    #[test]
    fn parts_of_the_day_agree_when_they_overlap() {
        // The same part, a part that overlaps it, or a time within it: nothing.
        for en in [
            "The concert will take place in the evening.",
            "The concert will take place at night.",
            "The concert will take place at 7 pm.",
            "The concert will take place at 7:30.",
        ] {
            assert_eq!(run("Koncert odbędzie się wieczorem.", en), vec![], "{en}");
        }
        // Left out: info only.
        assert_eq!(
            run(
                "Koncert odbędzie się wieczorem.",
                "The concert will take place."
            ),
            vec![]
        );
        // Morning against evening: a warning.
        let p = Pipeline::new(&Lexicons::embedded());
        let s = p.analyse(
            Text::from_utf8("Koncert odbędzie się rano.".into()),
            Some(Lang::Pl),
        );
        let t = p.analyse(
            Text::from_utf8("The concert will take place in the evening.".into()),
            Some(Lang::En),
        );
        let f = compare(
            &s,
            &t,
            &align(&s, &t),
            &Conversions::new(&Lexicons::embedded()),
        );
        assert_eq!(
            f.iter()
                .map(|f| (f.check.name(), f.severity))
                .collect::<Vec<_>>(),
            vec![("time_mismatch", Severity::Warning)]
        );
    }

    #[test]
    fn an_english_time_without_am_or_pm_may_be_in_the_afternoon() {
        let f = run(
            "Spotkanie rozpocznie się o godz. 15:30.",
            "The meeting will start at 3:30.",
        );
        assert_eq!(f, vec![]);
        // Not another time, nor the 24-hour clock written with a leading zero.
        let f = run(
            "Spotkanie rozpocznie się o godz. 16:30.",
            "The meeting will start at 3:30.",
        );
        assert_eq!(
            f,
            vec![("time_mismatch", "godz. 16:30".into(), "3:30".into())]
        );
        let f = run(
            "Spotkanie rozpocznie się o godz. 15:30.",
            "The meeting will start at 03:30.",
        );
        assert_eq!(
            f,
            vec![("time_mismatch", "godz. 15:30".into(), "03:30".into())]
        );
    }

    #[test]
    fn a_time_with_a_time_zone_is_compared_with_polish_time() {
        // 15:00 GMT is 16:00 in Poland in winter (CET), 17:00 in summer (CEST).
        for pl in ["16:00", "17:00"] {
            let f = run(
                &format!("Transmisja rozpocznie się o godz. {pl}."),
                "The broadcast will start at 15:00 GMT.",
            );
            assert_eq!(f, vec![], "{pl}");
        }
        let f = run(
            "Transmisja rozpocznie się o godz. 15:00.",
            "The broadcast will start at 15:00 GMT.",
        );
        assert_eq!(
            f,
            vec![("time_mismatch", "godz. 15:00".into(), "15:00 GMT".into())]
        );
        // Two zones: compared in UTC.
        let f = run(
            "Transmisja rozpocznie się o godz. 16:00 CET.",
            "The broadcast will start at 10:00 EST.",
        );
        assert_eq!(f, vec![]);
    }

    #[test]
    fn a_date_that_opens_a_period_on_one_side_and_closes_it_on_the_other() {
        let f = run(
            "Wnioski przyjmujemy od 1 lipca 2026 r.",
            "Applications are accepted until 1 July 2026.",
        );
        assert_eq!(
            f,
            vec![(
                "qualifier_mismatch",
                "1 lipca 2026 r.".into(),
                "1 July 2026".into()
            )]
        );
        // The same bound, or a bound on one side only, is no finding.
        let f = run(
            "Wnioski przyjmujemy do 1 lipca 2026 r.",
            "Applications are accepted until 1 July 2026.",
        );
        assert_eq!(f, vec![]);
        let f = run(
            "Wnioski przyjmujemy od 1 lipca 2026 r.",
            "Applications open on 1 July 2026.",
        );
        assert_eq!(f, vec![]);
    }

    #[test]
    fn a_part_of_a_month_is_within_the_month() {
        // "pod koniec kwietnia" (21–30 April) is "in April" written more precisely; both
        // without a year.
        let f = run(
            "Prace ruszą pod koniec kwietnia.",
            "Work will start in April.",
        );
        assert_eq!(f, vec![]);
        // A part of a month left out is info, like the month itself.
        let f = run("Prace ruszą na początku lipca.", "Work will start soon.");
        assert_eq!(f, vec![]);
        let f = run(
            "Prace ruszą pod koniec kwietnia.",
            "Work will start in early May.",
        );
        assert_eq!(
            f,
            vec![(
                "date_mismatch",
                "pod koniec kwietnia".into(),
                "in early May".into()
            )]
        );
    }

    #[test]
    fn a_month_written_alone_is_info_when_missing_and_a_warning_when_different() {
        // run() leaves out info findings: the lost "w marcu" is info, so absent.
        let f = run(
            "W marcu ruszy nabór, a w lipcu 2025 r. budowa.",
            "Recruitment starts soon, and construction in July 2025.",
        );
        assert_eq!(f, vec![]);
        let f = run("Nabór ruszy w marcu.", "Recruitment starts in April.");
        assert_eq!(f, vec![("date_mismatch", "marcu".into(), "April".into())]);
        let p = Pipeline::new(&Lexicons::embedded());
        let s = p.analyse(
            Text::from_utf8("Nabór ruszy w marcu.".into()),
            Some(Lang::Pl),
        );
        let t = p.analyse(
            Text::from_utf8("Recruitment starts in April.".into()),
            Some(Lang::En),
        );
        let found = compare(
            &s,
            &t,
            &align(&s, &t),
            &Conversions::new(&Lexicons::embedded()),
        );
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_slashed_date_in_us_order_is_settled_by_the_other_version() {
        let f = run(
            "Umowę podpisano 5 kwietnia 2025 r.",
            "The contract was signed on 04/05/2025.",
        );
        assert_eq!(f, vec![]);
        let f = run(
            "Umowę podpisano 6 kwietnia 2025 r.",
            "The contract was signed on 04/05/2025.",
        );
        assert_eq!(
            f,
            vec![(
                "date_mismatch",
                "6 kwietnia 2025 r.".into(),
                "04/05/2025".into()
            )]
        );
    }

    #[test]
    fn a_weekday_that_does_not_fit_its_date() {
        let p = Pipeline::new(&Lexicons::embedded());
        let pl = p.analyse(
            Text::from_utf8("Spotkanie odbędzie się w piątek 14 marca 2026 r., a wernisaż w sobotę 14 marca 2026 r.".into()),
            Some(Lang::Pl),
        );
        let found = weekday_mismatches(&pl);
        assert_eq!(found.len(), 1);
        assert_eq!(
            pl.facts[found[0].0].span.of(&pl.text.content),
            "14 marca 2026 r."
        );
        assert_eq!(
            found[0].1,
            "Friday is written with 2026-03-14, which is a Saturday"
        );
        let en = p.analyse(
            Text::from_utf8("Join us on Friday, March 13, 2026, or on 14/03/2026 (Friday).".into()),
            Some(Lang::En),
        );
        let found = weekday_mismatches(&en);
        assert_eq!(found.len(), 1, "13 March 2026 is a Friday; 14 March is not");
        assert_eq!(en.facts[found[0].0].value.to_string(), "2026-03-14");
    }

    #[test]
    fn units_keep_different_amounts_apart() {
        let f = run(
            "Koszt wyniósł 15 mln zł, czyli 15% budżetu.",
            "The cost was PLN 15 million, or 12% of the budget.",
        );
        assert_eq!(f, vec![("number_mismatch", "15%".into(), "12%".into())]);
    }
}
