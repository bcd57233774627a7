//! Word lookups shared by the extractors: counted nouns, qualifiers, scale words and units,
//! each read from the lexicons and matched against the text around a number.

use crate::decimal::Decimal;
use crate::lexicon::{DateWordRole, Lexicons, UnitPosition};
use crate::Lang;
use rustc_hash::FxHashMap as HashMap;

/// Compiled word lists.
#[derive(Debug)]
pub(super) struct WordLists {
    /// Counted nouns written whole, by form: Polish ones, then English ones.
    nouns_exact: [HashMap<String, String>; 2],
    nouns_prefix: Vec<(Lang, String, String)>,
    /// (lang, lower-case form, class), longest form first.
    qualifiers: Vec<(Lang, String, String)>,
    /// Indices into `qualifiers` by the last byte of the form (an empty form in every
    /// bucket), longest form first: only these can end a lower-cased text ending in that byte.
    /// Bucket 256 holds the empty forms alone, for an empty text.
    qualifiers_by_last: Vec<Vec<u16>>,
    /// (lang, form, exponent), longest form first.
    pub(super) scales: Vec<(Lang, String, u32)>,
    /// Words that open a worded range (from, between, od), lower case.
    range_from: Vec<String>,
    /// Words that close it (to, and, do, i), lower case.
    range_to: Vec<String>,
    /// Words that close a range written without an opening word (to, do), lower case.
    range_to_only: Vec<String>,
    /// (marker, unit, position), longest marker first.
    units: Vec<(String, String, UnitPosition, Option<Decimal>)>,
    /// Indices into `units` by the first byte a match can start with (both ASCII cases for
    /// markers matched case-insensitively), longest marker first: a lookup tries a handful of
    /// markers, not all of them.
    units_by_first: Vec<Vec<u16>>,
    /// The same by the last byte, for markers before a number.
    units_by_last: Vec<Vec<u16>>,
    /// Indices into `scales` by the first byte of the text they are tried at: a form's own
    /// first byte and, for a lower-case ASCII letter, its upper case too; longest form first.
    scales_by_first: Vec<Vec<u16>>,
}

/// Buckets of marker indices by the byte `key` picks, in `markers` order; a marker for which
/// `folds` holds (one matched case-insensitively) goes into both ASCII cases' buckets.
fn byte_buckets<'a>(
    markers: impl Iterator<Item = &'a str>,
    key: fn(&[u8]) -> u8,
    folds: fn(&[u8]) -> bool,
) -> Vec<Vec<u16>> {
    let mut buckets = vec![Vec::new(); 256];
    for (i, m) in markers.enumerate() {
        let b = m.as_bytes();
        if b.is_empty() {
            continue;
        }
        let k = key(b);
        buckets[k as usize].push(i as u16);
        if folds(b) && k.to_ascii_uppercase() != k {
            buckets[k.to_ascii_uppercase() as usize].push(i as u16);
        }
    }
    buckets
}

/// Whether a unit marker is matched case-insensitively (see [`starts_with_marker`]).
fn unit_folds(marker: &[u8]) -> bool {
    marker.len() >= 3 && !marker.iter().any(u8::is_ascii_uppercase)
}

/// Whether `text` starts with `marker`: exactly, or for a lower-case marker of three letters
/// or more also with other ASCII case (`euro` matches `Euro`; `g` does not match the `G` of
/// `5G`). Compares bytes, with no allocation.
fn starts_with_marker(text: &str, marker: &str) -> bool {
    let (t, m) = (text.as_bytes(), marker.as_bytes());
    if t.len() < m.len() {
        return false;
    }
    let head = &t[..m.len()];
    head == m
        || (m.len() >= 3 && !m.iter().any(u8::is_ascii_uppercase) && head.eq_ignore_ascii_case(m))
}

/// The length of the word opening `text` with `stem` and going on with at least one letter (an
/// inflected ending: "-kilogramowa" for the stem "-kilogramow"), no digit right after it; the
/// stem compares as in [`starts_with_marker`]. `None` otherwise.
pub(super) fn stem_and_ending(text: &str, stem: &str) -> Option<usize> {
    if !starts_with_marker(text, stem) {
        return None;
    }
    let rest = &text[stem.len()..];
    let ending: usize = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    (ending > 0 && !rest[ending..].starts_with(|c: char| c.is_ascii_digit()))
        .then_some(stem.len() + ending)
}

/// Whether `text` ends with `marker` (see [`starts_with_marker`]).
fn ends_with_marker(text: &str, marker: &str) -> bool {
    let (t, m) = (text.as_bytes(), marker.as_bytes());
    if t.len() < m.len() {
        return false;
    }
    let tail = &t[t.len() - m.len()..];
    tail == m
        || (m.len() >= 3 && !m.iter().any(u8::is_ascii_uppercase) && tail.eq_ignore_ascii_case(m))
}

fn lang_ok(entry: Lang, wanted: Lang) -> bool {
    wanted == Lang::Other || entry == wanted
}

/// Whether `s` starts with white space allowed between a number and its unit or noun.
fn skip_space(s: &str) -> &str {
    s.trim_start_matches(|c: char| c.is_whitespace())
}

impl WordLists {
    pub(super) fn new(lex: &Lexicons) -> WordLists {
        let mut nouns_exact: [HashMap<String, String>; 2] = Default::default();
        let mut nouns_prefix = Vec::new();
        for n in &lex.nouns {
            if n.prefix {
                nouns_prefix.push((n.lang, n.form.clone(), n.concept.clone()));
            } else {
                let slot = usize::from(n.lang == Lang::En);
                nouns_exact[slot].insert(n.form.clone(), n.concept.clone());
            }
        }
        nouns_prefix.sort_by_key(|n| std::cmp::Reverse(n.1.len()));
        let mut qualifiers: Vec<_> = lex
            .qualifiers
            .iter()
            .map(|q| (q.lang, q.form.clone(), q.class.clone()))
            .collect();
        qualifiers.sort_by_key(|q| std::cmp::Reverse(q.1.len()));
        let mut scales: Vec<_> = lex
            .scales
            .iter()
            .map(|s| (s.lang, s.form.clone(), s.exponent))
            .collect();
        scales.sort_by_key(|s| std::cmp::Reverse(s.1.len()));
        let mut units: Vec<_> = lex
            .units
            .iter()
            .map(|u| (u.marker.clone(), u.unit.clone(), u.position, u.factor))
            .collect();
        units.sort_by_key(|u| std::cmp::Reverse(u.0.len()));
        let by_role = |roles: &[DateWordRole]| -> Vec<String> {
            let mut v: Vec<String> = lex
                .date_words
                .iter()
                .filter(|w| roles.contains(&w.role))
                .map(|w| w.form.to_lowercase())
                .collect();
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
            v.dedup();
            v
        };
        // (A scale word's first letter may be capitalised whatever its length.)
        let scales_by_first = byte_buckets(scales.iter().map(|s| s.1.as_str()), |b| b[0], |_| true);
        let markers = || units.iter().map(|u| u.0.as_str());
        let units_by_first = byte_buckets(markers(), |b| b[0], unit_folds);
        let units_by_last = byte_buckets(markers(), |b| b[b.len() - 1], unit_folds);
        let mut qualifiers_by_last = byte_buckets(
            qualifiers.iter().map(|q| q.1.as_str()),
            |b| b[b.len() - 1],
            |_| false,
        );
        qualifiers_by_last.push(Vec::new());
        for (i, _) in qualifiers
            .iter()
            .enumerate()
            .filter(|(_, q)| q.1.is_empty())
        {
            for bucket in &mut qualifiers_by_last {
                let at = bucket.partition_point(|&j| j < i as u16);
                bucket.insert(at, i as u16);
            }
        }
        WordLists {
            units_by_first,
            units_by_last,
            qualifiers_by_last,
            scales_by_first,
            range_from: by_role(&[DateWordRole::RangeFrom]),
            range_to: by_role(&[DateWordRole::RangeTo, DateWordRole::ListAnd]),
            range_to_only: by_role(&[DateWordRole::RangeTo]),
            nouns_exact,
            nouns_prefix,
            qualifiers,
            scales,
            units,
        }
    }

    /// The concept of a counted-noun word (any case), if it is one.
    pub(super) fn concept(&self, word: &str, lang: Lang) -> Option<&str> {
        let w = super::lowercase(word);
        for (l, nouns) in [Lang::Pl, Lang::En].into_iter().zip(&self.nouns_exact) {
            if lang_ok(l, lang) {
                if let Some(c) = nouns.get(&*w) {
                    return Some(c);
                }
            }
        }
        self.nouns_prefix
            .iter()
            .find(|(l, p, _)| lang_ok(*l, lang) && w.starts_with(p.as_str()))
            .map(|(_, _, c)| c.as_str())
    }

    /// The concept of the counted noun among the next two words after byte `pos`. When both
    /// are counted nouns, English takes the second (the head of a compound: `210 bus shelters`)
    /// and Polish the first (`120 wiat przystankowych`).
    pub(super) fn concept_after(&self, text: &str, pos: usize, lang: Lang) -> Option<String> {
        let mut rest = &text[pos..];
        let mut found: [Option<&str>; 2] = [None, None];
        for slot in &mut found {
            rest = skip_space(rest);
            let word_len = rest
                .char_indices()
                .find(|(_, c)| !c.is_alphabetic())
                .map_or(rest.len(), |(i, _)| i);
            if word_len == 0 {
                break;
            }
            *slot = self.concept(&rest[..word_len], lang);
            rest = &rest[word_len..];
        }
        let pick = match (lang, found) {
            (Lang::En, [Some(_), Some(second)]) => Some(second),
            (_, [first, second]) => first.or(second),
        };
        pick.map(str::to_string)
    }

    /// Whether `before` ends with a word that opens a range (`from`, `between`, `od`).
    fn opens_range(&self, before: &str) -> bool {
        let tail = super::lower_tail(before.trim_end(), 12);
        self.range_from.iter().any(|w| {
            tail.ends_with(w.as_str())
                && !tail[..tail.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
    }

    /// Whether `between`, the text between two numbers that both carry the same unit, joins
    /// them into a range (`10 zł do 20 zł`, `$10–$20`, `between 10 km and 20 km`); `before`
    /// is the text before the first. A dash or a closing word (`to`, `do`) joins; `and`, `i`
    /// join only after an opening word (`between`, `między`).
    /// A hedge on the second number does not break the range (`between 2 g and about 7 g`).
    pub(super) fn joins_range(&self, before: &str, between: &str) -> bool {
        let mut between = between.trim().to_lowercase();
        if let Some((_, form, _)) = self.qualifiers.iter().find(|(_, form, class)| {
            class == "about"
                && between
                    .strip_suffix(form.as_str())
                    .is_some_and(|b| b.ends_with(char::is_whitespace))
        }) {
            between.truncate(between.len() - form.len());
            between.truncate(between.trim_end().len());
        }
        if matches!(between.as_str(), "-" | "–" | "—") {
            return true;
        }
        let closers = if self.opens_range(before) {
            &self.range_to
        } else {
            &self.range_to_only
        };
        closers.contains(&between)
    }

    /// A worded range around the number at `start..end`: when a range-opening word stands
    /// before it (`from`, `between`, `od`) and a closing word after it (`to`, `and`, `do`,
    /// `i`), returns where the second number's digits begin.
    pub(super) fn worded_range(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let rest = &text[end..];
        let after = skip_space(rest);
        if after.len() == rest.len() {
            return None;
        }
        // The digits of a second number after a closing word, if any: without them there is
        // no range, and the words before the first number need not be read.
        let second_after = |w: &str| {
            if after.len() > w.len()
                && after.is_char_boundary(w.len())
                && super::lower_eq(&after[..w.len()], w)
            {
                let next = &after[w.len()..];
                let digits = skip_space(next);
                if digits.len() < next.len() && digits.starts_with(|c: char| c.is_ascii_digit()) {
                    return Some(digits);
                }
            }
            None
        };
        let first_of = |closers: &[String]| closers.iter().find_map(|w| second_after(w));
        // (`range_to_only` is a part of `range_to`: without a closer of `range_to` there is no
        // range either way.)
        let after_any = first_of(&self.range_to)?;
        // Without an opening word only `to`/`do` join, and only before a number with a unit:
        // "1 to 4 inches", "5 do 10 cm" (a score "3 to 1" stays two numbers).
        if self.opens_range(&text[..start]) {
            return Some(text.len() - after_any.len());
        }
        let digits = first_of(&self.range_to_only)?;
        let second = text.len() - digits.len();
        let n = digits
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
            .count();
        let n = digits[..n].trim_end_matches([',', '.']).len();
        self.unit_after(text, second + n)?;
        Some(second)
    }

    /// The qualifier class of the words just before byte `start`, if any, and where they start.
    pub(super) fn qualifier_before(
        &self,
        text: &str,
        start: usize,
        lang: Lang,
    ) -> Option<(usize, String)> {
        let before = text[..start].trim_end();
        let mut tail_start = before.len().saturating_sub(40);
        while !before.is_char_boundary(tail_start) {
            tail_start -= 1;
        }
        let tail = super::lowercase(&before[tail_start..]);
        if tail.len() != before.len() - tail_start {
            return None; // lower-casing changed byte lengths; offsets would not map back
        }
        let last = tail.as_bytes().last().map_or(256, |&b| usize::from(b));
        for &i in &self.qualifiers_by_last[last] {
            let (l, form, class) = &self.qualifiers[i as usize];
            if !lang_ok(*l, lang) || !tail.ends_with(form.as_str()) {
                continue;
            }
            let at = tail.len() - form.len();
            if tail[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            return Some((tail_start + at, class.clone()));
        }
        None
    }

    /// A scale word at byte `pos` (after optional white space unless `glued`): returns the
    /// byte just after it, the exponent and the form. One-letter forms (`k`, `m`) count only
    /// glued to the digits.
    pub(super) fn scale_at(
        &self,
        text: &str,
        pos: usize,
        lang: Lang,
        glued: bool,
    ) -> Option<(usize, u32, &str)> {
        let rest = &text[pos..];
        let trimmed = if glued { rest } else { skip_space(rest) };
        if !glued && trimmed.len() == rest.len() {
            return None;
        }
        let offset = pos + (rest.len() - trimmed.len());
        let raw = *trimmed.as_bytes().first()?;
        for &i in &self.scales_by_first[raw as usize] {
            let (l, form, exp) = &self.scales[i as usize];
            if !lang_ok(*l, lang) {
                continue;
            }
            // A stem ending in `*` is a Polish adjective glued by a hyphen, with any ending:
            // "25-tysięczny tłum" (25000).
            if let Some(stem) = form.strip_suffix('*') {
                match glued.then(|| stem_and_ending(trimmed, stem)).flatten() {
                    Some(n) => return Some((offset + n, *exp, form.as_str())),
                    None => continue,
                }
            }
            let one_letter = form.chars().count() == 1;
            if one_letter && !glued {
                continue;
            }
            let matched = if one_letter {
                trimmed.starts_with(form.as_str())
            } else {
                trimmed.len() >= form.len()
                    && trimmed.is_char_boundary(form.len())
                    && super::lower_eq(&trimmed[..form.len()], form)
            };
            if !matched {
                continue;
            }
            let end = offset + form.len();
            if !form.ends_with('.') && super::alnum_at(text, end) {
                continue;
            }
            return Some((end, *exp, form.as_str()));
        }
        None
    }

    /// A unit marker just after byte `pos` (after optional white space): returns the byte just
    /// after it, the unit id and its conversion factor.
    pub(super) fn unit_after(
        &self,
        text: &str,
        pos: usize,
    ) -> Option<(usize, String, Option<Decimal>)> {
        let rest = &text[pos..];
        let trimmed = skip_space(rest);
        let offset = pos + (rest.len() - trimmed.len());
        let first = *trimmed.as_bytes().first()?;
        for &i in &self.units_by_first[first as usize] {
            let (marker, unit, position, factor) = &self.units[i as usize];
            // A stem ending in `*` takes any adjectival ending, glued to the digits by a hyphen:
            // "250-kilogramowa" (250 kg), "5-procentowy" (5%).
            if let Some(stem) = marker.strip_suffix('*') {
                let glued = *position != UnitPosition::Before && trimmed.len() == rest.len();
                match glued.then(|| stem_and_ending(trimmed, stem)).flatten() {
                    Some(n) => return Some((offset + n, unit.clone(), *factor)),
                    None => continue,
                }
            }
            if *position == UnitPosition::Before {
                continue;
            }
            // The second bytes first (most markers of a bucket differ there), as
            // `starts_with_marker` would compare them.
            let (t, m) = (trimmed.as_bytes(), marker.as_bytes());
            if let (Some(&a), Some(&b)) = (t.get(1), m.get(1)) {
                if a != b && !(unit_folds(m) && a.eq_ignore_ascii_case(&b)) {
                    continue;
                }
            }
            if !starts_with_marker(trimmed, marker) {
                continue;
            }
            let end = offset + marker.len();
            let ends_in_letter = marker
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if ends_in_letter && super::alnum_at(text, end) {
                continue;
            }
            return Some((end, unit.clone(), *factor));
        }
        None
    }

    /// A unit marker just before byte `start` (`PLN 12`, `€5`): where it starts and the unit id.
    pub(super) fn unit_before(
        &self,
        text: &str,
        start: usize,
    ) -> Option<(usize, String, Option<Decimal>)> {
        let before = &text[..start];
        let trimmed = before.trim_end();
        if before.len() - trimmed.len() > 1 {
            return None;
        }
        let last = *trimmed.as_bytes().last()?;
        for &i in &self.units_by_last[last as usize] {
            let (marker, unit, position, factor) = &self.units[i as usize];
            if *position == UnitPosition::After || !ends_with_marker(trimmed, marker) {
                continue;
            }
            let at = trimmed.len() - marker.len();
            let starts_in_letter = marker.chars().next().is_some_and(char::is_alphanumeric);
            if starts_in_letter && super::alnum_before(text, at) {
                continue;
            }
            return Some((at, unit.clone(), *factor));
        }
        None
    }

    /// Whether the first word after byte `pos` counts or measures something (a counted noun,
    /// a scale word or a unit): then a four-digit number before it is an amount, not a year.
    pub(super) fn counted_after(&self, text: &str, pos: usize, lang: Lang) -> bool {
        self.unit_after(text, pos).is_some() || self.scale_at(text, pos, lang, false).is_some() || {
            let rest = skip_space(&text[pos..]);
            let n = rest
                .char_indices()
                .find(|(_, c)| !c.is_alphabetic())
                .map_or(rest.len(), |(i, _)| i);
            n > 0 && self.concept(&rest[..n], lang).is_some()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Qualifier;

    /// The qualifier before byte `start` by trying every form, longest first, against the
    /// lower-cased 40 bytes before it.
    fn qualifier_by_every_form(
        qualifiers: &[(Lang, String, String)],
        text: &str,
        start: usize,
        lang: Lang,
    ) -> Option<(usize, String)> {
        let before = text[..start].trim_end();
        let tail_start = super::super::floor_char_boundary(before, before.len().saturating_sub(40));
        let tail = before[tail_start..].to_lowercase();
        if tail.len() != before.len() - tail_start {
            return None;
        }
        qualifiers.iter().find_map(|(l, form, class)| {
            let at = tail.len().checked_sub(form.len())?;
            (lang_ok(*l, lang)
                && tail.ends_with(form.as_str())
                && !tail[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric))
            .then(|| (tail_start + at, class.clone()))
        })
    }

    proptest::proptest! {
        #[test]
        fn qualifiers_by_last_byte_find_what_every_form_finds(
            forms in proptest::collection::vec(("(|o|ok|około|ponad|nad|do|up to|ĄŁ|ół)", proptest::bool::ANY), 0..8),
            text in "[a-zA-Z ąłóĄŁÓİ]{0,50}",
            lang_en in proptest::bool::ANY,
        ) {
            let mut lex = Lexicons::embedded();
            lex.qualifiers = forms
                .iter()
                .enumerate()
                .map(|(i, (form, en))| Qualifier {
                    lang: if *en { Lang::En } else { Lang::Pl },
                    form: form.to_lowercase(),
                    class: format!("c{i}"),
                })
                .collect();
            let wl = WordLists::new(&lex);
            let lang = if lang_en { Lang::En } else { Lang::Pl };
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                proptest::prop_assert_eq!(
                    wl.qualifier_before(&text, start, lang),
                    qualifier_by_every_form(&wl.qualifiers, &text, start, lang)
                );
            }
        }
    }
}
