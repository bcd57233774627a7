//! Planted divergences: edits to the target (English) side of a faithful pair that a checker
//! must report, with the answer key, so that the comparison's recall and precision can be
//! measured on real translations (`../shared/real`) and kept as test floors.
//!
//! Each [`plant`] call makes one edit of one [`PlantKind`] at a place chosen by a seeded random
//! generator among the target facts that the unperturbed comparison matched (facts named in no
//! baseline finding), so that a miss is the checker's fault and not the translation's. Edits:
//!
//! | kind | edit | expected finding |
//! |---|---|---|
//! | `changed_digit` | one digit of a number changed (`150` → `160`) | `number_mismatch` |
//! | `shifted_day` | the day of a date moved by 1–3 (`18 December` → `20 December`) | `date_mismatch` |
//! | `shifted_month` | the month name of a date moved by 1–3 (`December` → `October`) | `date_mismatch` |
//! | `lost_scale` | the scale word of a number removed (`PLN 1.85 billion` → `PLN 1.85`) | `number_mismatch` |
//! | `changed_percentage` | a percentage's whole part moved by 1–5 (`4.3%` → `6.3%`) | `number_mismatch` |
//! | `dropped_sentence` | a sentence holding a matched number in digits removed | `number_missing` |
//! | `dropped_entity` | the only mention of a key entity replaced by `it` | `entity_missing` |

use crate::align::Alignment;
use crate::analyse::Analysis;
use crate::compare::{Check, Finding};
use crate::extract::{DateValue, FactKind, Value};
use crate::lexicon::Lexicons;
use crate::{Lang, Span};

/// What a plant changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlantKind {
    /// One digit of a number changed.
    ChangedDigit,
    /// The day of a date moved by 1–3 days (staying within 1–28).
    ShiftedDay,
    /// The month name of a date moved by 1–3 months.
    ShiftedMonth,
    /// The scale word of a number removed.
    LostScale,
    /// The whole part of a percentage moved by 1–5.
    ChangedPercentage,
    /// A sentence that holds a matched number in digits removed (numbers of 12 or less in
    /// words are reported missing only as info).
    DroppedSentence,
    /// The only mention of a key entity replaced by `it`.
    DroppedEntity,
}

impl PlantKind {
    /// Every kind, in a stable order.
    pub const ALL: [PlantKind; 7] = [
        PlantKind::ChangedDigit,
        PlantKind::ShiftedDay,
        PlantKind::ShiftedMonth,
        PlantKind::LostScale,
        PlantKind::ChangedPercentage,
        PlantKind::DroppedSentence,
        PlantKind::DroppedEntity,
    ];

    /// The stable name: `changed_digit`, `shifted_day`, ...
    pub fn name(self) -> &'static str {
        match self {
            PlantKind::ChangedDigit => "changed_digit",
            PlantKind::ShiftedDay => "shifted_day",
            PlantKind::ShiftedMonth => "shifted_month",
            PlantKind::LostScale => "lost_scale",
            PlantKind::ChangedPercentage => "changed_percentage",
            PlantKind::DroppedSentence => "dropped_sentence",
            PlantKind::DroppedEntity => "dropped_entity",
        }
    }

    /// The finding a checker must report for it.
    pub fn expected(self) -> Check {
        match self {
            PlantKind::ChangedDigit | PlantKind::LostScale | PlantKind::ChangedPercentage => {
                Check::NumberMismatch
            }
            PlantKind::ShiftedDay | PlantKind::ShiftedMonth => Check::DateMismatch,
            PlantKind::DroppedSentence => Check::NumberMissing,
            PlantKind::DroppedEntity => Check::EntityMissing,
        }
    }
}

/// One planted divergence: the answer key's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plant {
    /// What was changed.
    pub kind: PlantKind,
    /// The replaced bytes in the original target text (0-based byte offsets).
    pub original_span: Span,
    /// The text there before the edit.
    pub original: String,
    /// The text there after the edit (empty for a dropped sentence).
    pub planted: String,
    /// For `dropped_sentence`, the normalised values of the numbers removed; for
    /// `dropped_entity`, the entity id; empty otherwise.
    pub values: Vec<String>,
    /// For `dropped_sentence`, the source sentences the unperturbed alignment linked to the
    /// dropped one (byte spans of the source text): a number reported missing there is the
    /// plant's, whatever its rendering (`130 miles` dropped, `209 km` left in the source).
    pub source_spans: Vec<Span>,
}

impl Plant {
    /// The edited target text.
    pub fn apply(&self, target: &str) -> String {
        let mut out = String::with_capacity(target.len() + self.planted.len());
        out.push_str(&target[..self.original_span.start]);
        out.push_str(&self.planted);
        out.push_str(&target[self.original_span.end..]);
        out
    }

    /// Where the edit stands in the edited text (bytes).
    pub fn planted_span(&self) -> Span {
        Span::new(
            self.original_span.start,
            self.original_span.start + self.planted.len(),
        )
    }

    /// A span of the edited text mapped back to the original text, or `None` when it overlaps
    /// the edit (touching it counts as overlapping).
    pub fn unplant(&self, span: Span) -> Option<Span> {
        let p = self.planted_span();
        let delta = self.planted.len() as isize - self.original_span.len() as isize;
        if span.end < p.start {
            Some(span)
        } else if span.start > p.end {
            Some(Span::new(
                (span.start as isize - delta) as usize,
                (span.end as isize - delta) as usize,
            ))
        } else {
            None
        }
    }
}

/// Indices of target facts named in no baseline finding: those the comparison matched.
fn matched_target_facts(target: &Analysis, baseline: &[Finding]) -> Vec<bool> {
    let mut m = vec![true; target.facts.len()];
    for f in baseline {
        if let Some(t) = f.target {
            m[t] = false;
        }
    }
    m
}

/// The random source for planting `kind` into document `doc` under `seed`: its own stream per
/// document and kind (FNV-1a of the three), so that a change to what one kind can plant (the
/// dates an extractor reads) does not move the plants of the other kinds or documents.
pub fn plant_rng(seed: u64, doc: &str, kind: PlantKind) -> fastrand::Rng {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed
        .to_le_bytes()
        .iter()
        .chain(doc.as_bytes())
        .chain(kind.name().as_bytes())
    {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fastrand::Rng::with_seed(h)
}

/// Plants one divergence of `kind` into `target`, the English version of `source`, at a place
/// chosen with `rng` among the target facts matched in `baseline` (the findings of the
/// unperturbed pair, whose sentence alignment is `alignment`). `None` when the target has no
/// place for this kind.
pub fn plant(
    source: &Analysis,
    target: &Analysis,
    alignment: &Alignment,
    baseline: &[Finding],
    kind: PlantKind,
    lex: &Lexicons,
    rng: &mut fastrand::Rng,
) -> Option<Plant> {
    let text = &target.text.content;
    let matched = matched_target_facts(target, baseline);
    let facts: Vec<usize> = (0..target.facts.len()).filter(|&i| matched[i]).collect();
    let number = |i: usize| match &target.facts[i].value {
        Value::Number(n) => Some(n),
        _ => None,
    };
    let edit = |span: Span, planted: String| Plant {
        kind,
        original_span: span,
        original: span.of(text).to_string(),
        planted,
        values: Vec::new(),
        source_spans: Vec::new(),
    };
    match kind {
        PlantKind::ChangedDigit => {
            let cands: Vec<usize> = facts
                .iter()
                .copied()
                .filter(|&i| number(i).is_some_and(|n| n.high.is_none() && !n.words))
                .filter(|&i| {
                    target.facts[i]
                        .span
                        .of(text)
                        .bytes()
                        .any(|b| b.is_ascii_digit())
                })
                .collect();
            let f = &target.facts[*pick(&cands, rng)?];
            let s = f.span.of(text);
            let digits: Vec<usize> = s
                .bytes()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_digit())
                .map(|(k, _)| k)
                .collect();
            let k = *pick(&digits, rng)?;
            let leading = k == 0 || !s.as_bytes()[k - 1].is_ascii_digit();
            let old = s.as_bytes()[k] - b'0';
            let choices: Vec<u8> = (u8::from(leading)..=9).filter(|d| *d != old).collect();
            let new = *pick(&choices, rng)?;
            let at = Span::new(f.span.start + k, f.span.start + k + 1);
            Some(edit(at, char::from(b'0' + new).to_string()))
        }
        PlantKind::ShiftedDay => {
            let cands: Vec<(usize, Span, u8)> = facts
                .iter()
                .filter_map(|&i| {
                    let f = &target.facts[i];
                    let Value::Date(DateValue::Single(d)) = &f.value else {
                        return None;
                    };
                    let day = d.day?;
                    // The first run of one or two digits that is the day.
                    let s = f.span.of(text);
                    let mut k = 0;
                    let b = s.as_bytes();
                    while k < b.len() {
                        if b[k].is_ascii_digit() {
                            let e = (k..b.len())
                                .find(|&j| !b[j].is_ascii_digit())
                                .unwrap_or(b.len());
                            if e - k <= 2 && s[k..e].parse::<u8>().ok() == Some(day) {
                                return Some((
                                    i,
                                    Span::new(f.span.start + k, f.span.start + e),
                                    day,
                                ));
                            }
                            k = e;
                        } else {
                            k += 1;
                        }
                    }
                    None
                })
                .collect();
            let &(_, at, day) = pick(&cands, rng)?;
            let shifts: Vec<i8> = [-3i8, -2, -1, 1, 2, 3]
                .into_iter()
                .filter(|s| (1..=28).contains(&(day as i8 + s)))
                .collect();
            let new = day as i8 + *pick(&shifts, rng)?;
            Some(edit(at, new.to_string()))
        }
        PlantKind::ShiftedMonth => {
            let names: Vec<(&str, u8)> = lex
                .months
                .iter()
                .filter(|m| m.lang == Lang::En && !m.abbreviation)
                .map(|m| (m.form.as_str(), m.month))
                .collect();
            let cands: Vec<(Span, u8, u8)> = facts
                .iter()
                .filter_map(|&i| {
                    let f = &target.facts[i];
                    let Value::Date(DateValue::Single(d)) = &f.value else {
                        return None;
                    };
                    d.month?;
                    let s = f.span.of(text);
                    names.iter().find_map(|(name, m)| {
                        let k = s.find(name)?;
                        Some((
                            Span::new(f.span.start + k, f.span.start + k + name.len()),
                            *m,
                            d.day.unwrap_or(1),
                        ))
                    })
                })
                .collect();
            let &(at, month, day) = pick(&cands, rng)?;
            // Only to a month that has the day (no "31 November").
            let shifts: Vec<u8> = [-3i8, -2, -1, 1, 2, 3]
                .into_iter()
                .map(|shift| ((month as i8 - 1 + shift).rem_euclid(12) + 1) as u8)
                .filter(|m| jiff::civil::Date::new(2023, *m as i8, day as i8).is_ok())
                .collect();
            let new = *pick(&shifts, rng)?;
            let name = names.iter().find(|(_, m)| *m == new)?.0;
            Some(edit(at, name.to_string()))
        }
        PlantKind::LostScale => {
            let scales: Vec<&str> = lex
                .scales
                .iter()
                .filter(|s| s.lang == Lang::En && s.form.len() >= 2)
                .map(|s| s.form.as_str())
                .collect();
            let cands: Vec<Span> = facts
                .iter()
                .filter(|&&i| number(i).is_some_and(|n| !n.words))
                .filter_map(|&i| {
                    let f = &target.facts[i];
                    let s = f.span.of(text);
                    let lower = s.to_lowercase();
                    scales.iter().find_map(|w| {
                        let k = lower.find(&w.to_lowercase())?;
                        let glued = k > 0 && s.as_bytes()[k - 1].is_ascii_digit();
                        let word_end = k + w.len();
                        let whole = lower[word_end..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphabetic());
                        if !whole {
                            return None;
                        }
                        let start = if glued { k } else { s[..k].trim_end().len() };
                        Some(Span::new(f.span.start + start, f.span.start + word_end))
                    })
                })
                .collect();
            let at = *pick(&cands, rng)?;
            Some(edit(at, String::new()))
        }
        PlantKind::ChangedPercentage => {
            let cands: Vec<Span> = facts
                .iter()
                .filter(|&&i| {
                    target.facts[i].unit.as_deref() == Some("percent")
                        && number(i).is_some_and(|n| n.high.is_none() && !n.words)
                })
                .filter_map(|&i| {
                    let f = &target.facts[i];
                    let s = f.span.of(text);
                    let k = s.find(|c: char| c.is_ascii_digit())?;
                    let e = s[k..]
                        .find(|c: char| !c.is_ascii_digit())
                        .map_or(s.len(), |e| k + e);
                    Some(Span::new(f.span.start + k, f.span.start + e))
                })
                .collect();
            let at = *pick(&cands, rng)?;
            let old: u64 = at.of(text).parse().ok()?;
            let new = old + rng.u64(1..=5);
            Some(edit(at, new.to_string()))
        }
        PlantKind::DroppedSentence => {
            let cands: Vec<usize> = (0..target.sentences.len())
                .filter(|&k| {
                    let sp = target.sentences[k].span;
                    facts.iter().any(|&i| {
                        number(i).is_some_and(|n| !n.words)
                            && sp.start <= target.facts[i].span.start
                            && target.facts[i].span.end <= sp.end
                    })
                })
                .collect();
            if target.sentences.len() < 2 {
                return None;
            }
            let k = *pick(&cands, rng)?;
            let sp = target.sentences[k].span;
            // The sentence and the white space after it.
            let end = sp.end + (text[sp.end..].len() - text[sp.end..].trim_start().len());
            let at = Span::new(sp.start, end);
            let values = target
                .facts
                .iter()
                .filter(|f| {
                    f.kind == FactKind::Number && sp.start <= f.span.start && f.span.end <= sp.end
                })
                .map(|f| f.value.to_string())
                .collect();
            let bead = &alignment.beads[alignment.target_bead[k]];
            let source_spans = bead
                .source
                .clone()
                .map(|i| source.sentences[i].span)
                .collect();
            Some(Plant {
                values,
                source_spans,
                ..edit(at, String::new())
            })
        }
        PlantKind::DroppedEntity => {
            let id = |f: &crate::extract::Fact| match &f.value {
                Value::Entity(e) => Some(e.clone()),
                _ => None,
            };
            let cands: Vec<usize> = facts
                .iter()
                .copied()
                .filter(|&i| {
                    let Some(e) = id(&target.facts[i]) else {
                        return false;
                    };
                    target
                        .facts
                        .iter()
                        .filter(|f| id(f).as_ref() == Some(&e))
                        .count()
                        == 1
                        && source.facts.iter().any(|f| id(f).as_ref() == Some(&e))
                })
                .collect();
            let i = *pick(&cands, rng)?;
            let e = id(&target.facts[i])?;
            Some(Plant {
                values: vec![e],
                ..edit(target.facts[i].span, "it".into())
            })
        }
    }
}

fn pick<'a, T>(v: &'a [T], rng: &mut fastrand::Rng) -> Option<&'a T> {
    if v.is_empty() {
        None
    } else {
        v.get(rng.usize(..v.len()))
    }
}

/// Whether `finding`, reported on the edited pair, is the one `plant` expects: its check, at the
/// edit (mismatches: the target fact overlaps the edit), or naming what was dropped (a source
/// number with one of the dropped values; the dropped entity). A number that is a year may be
/// read as a date on the other side ("the 2016 election" against "w 2016 roku"), so a
/// `date_mismatch` stands for a `number_mismatch` and a `date_missing` for a `number_missing`.
pub fn is_at_plant(plant: &Plant, finding: &Finding, source: &Analysis, edited: &Analysis) -> bool {
    let as_number = match finding.check {
        Check::DateMismatch => Check::NumberMismatch,
        Check::DateMissing => Check::NumberMissing,
        other => other,
    };
    if finding.check != plant.kind.expected() && as_number != plant.kind.expected() {
        return false;
    }
    match plant.kind {
        PlantKind::DroppedSentence => {
            finding.target.is_none()
                && finding.source.is_some_and(|i| {
                    let f = &source.facts[i];
                    plant.values.contains(&f.value.to_string())
                        || plant
                            .source_spans
                            .iter()
                            .any(|sp| sp.start <= f.span.start && f.span.end <= sp.end)
                })
        }
        PlantKind::DroppedEntity => finding.source.is_some_and(
            |i| matches!(&source.facts[i].value, Value::Entity(e) if plant.values.contains(e)),
        ),
        _ => finding
            .target
            .is_some_and(|j| plant.unplant(edited.facts[j].span).is_none()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::align;
    use crate::analyse::Pipeline;
    use crate::compare::{compare, Conversions, Severity};
    use crate::ingest::Text;

    #[test]
    fn unplant_maps_spans_after_the_edit_back() {
        let p = Plant {
            kind: PlantKind::LostScale,
            original_span: Span::new(10, 18),
            original: " million".into(),
            planted: String::new(),
            values: Vec::new(),
            source_spans: Vec::new(),
        };
        assert_eq!(p.apply("PLN 1.85bn million left"), "PLN 1.85bn left");
        assert_eq!(p.unplant(Span::new(0, 3)), Some(Span::new(0, 3)));
        assert_eq!(p.unplant(Span::new(11, 15)), Some(Span::new(19, 23)));
        assert_eq!(p.unplant(Span::new(4, 10)), None);
    }

    #[test]
    fn every_kind_planted_in_a_faithful_pair_is_reported() {
        let lex = Lexicons::embedded();
        let pipeline = Pipeline::new(&lex);
        let conv = Conversions::new(&lex);
        let pl = "Rada Europy ogłosiła wyniki. W programie uczestniczy 150 miast, a budżet \
                  wynosi 1,85 mld zł. Bezrobocie spadło do 4,3 proc. Spotkanie odbędzie się \
                  18 grudnia 2026 r. w Krakowie. Na sali było 300 osób.";
        let en = "The Council of Europe announced the results. 150 cities take part in the \
                  programme, and the budget is PLN 1.85 billion. Unemployment fell to 4.3%. \
                  The meeting will take place on 18 December 2026 in Kraków. There were 300 \
                  people in the hall.";
        let s = pipeline.analyse(Text::from_utf8(pl.into()), Some(Lang::Pl));
        let t = pipeline.analyse(Text::from_utf8(en.into()), Some(Lang::En));
        let al = align(&s, &t);
        let baseline = compare(&s, &t, &al, &conv);
        assert!(
            baseline.iter().all(|f| f.severity == Severity::Info),
            "{baseline:?}"
        );
        let mut rng = fastrand::Rng::with_seed(7);
        for kind in PlantKind::ALL {
            let p = plant(&s, &t, &al, &baseline, kind, &lex, &mut rng)
                .unwrap_or_else(|| panic!("no place for {}", kind.name()));
            let edited = pipeline.analyse(Text::from_utf8(p.apply(en)), Some(Lang::En));
            let found = compare(&s, &edited, &align(&s, &edited), &conv);
            assert!(
                found.iter().any(|f| is_at_plant(&p, f, &s, &edited)),
                "{}: {:?} → {:?} not reported: {found:?}",
                kind.name(),
                p.original,
                p.planted
            );
        }
    }
}
