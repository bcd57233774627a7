//! Numbers, written in digits or in words, in Polish and English conventions.
//!
//! Digits:
//! - thousands grouped by a space, no-break space (U+00A0) or narrow no-break space (U+202F):
//!   `1 000`, `12 345,67`; only after a lead group of 1–3 digits and in groups of exactly 3;
//! - grouped by `,` or `.`: `1,000,000`, `1.000.000`, `12,345.67`, `12.345,67`;
//! - one `,` or `.` before exactly three digits is ambiguous and read by the language:
//!   Polish `1,500` = 1.5 (decimal comma) and `1.500` = 1500; English `1,500` = 1500 and
//!   `1.500` = 1.5. Any other single `,` or `.` is a decimal separator in both (`4,3 percent`);
//! - a scale word after it multiplies (`30 tys.`, `1,5 mln`, `1.5 million`, glued `82k`,
//!   `£5m` — a glued `m` only after a currency);
//! - a unit before or after (`12 zł`, `PLN 12`, `15%`, `15 proc.`, `€5`);
//! - a range `2–3`, `2-3` (value `2/3`), sharing the scale and unit written after it;
//! - an ordinal `144th`, or Polish `144.` before a lower-case word.
//!
//! Digits glued to letters (`A4`, `COVID-19`, `5G`) are not numbers.
//!
//! Words: sequences of number words from `number_words.tsv` and scale words from
//! `scales.tsv`, composed (`dwudziestu trzech` = 23, `trzy tysiące pięćset` = 3500,
//! `twenty-three` = 23, `pół miliona` = 500000). A lone scale word (`tysiące osób`) or a lone
//! weak word (`jeden`, `one`) is no number.
//!
//! Every number also gets the qualifier before it and the counted noun after it
//! (see `qualifiers.tsv`, `nouns.tsv`).

use super::words::WordLists;
use super::{Fact, FactKind, NumberValue, Taken, Value};
use crate::decimal::Decimal;
use crate::lexicon::{Lexicons, NumberWordKind};
use crate::{Lang, Span};
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug)]
pub(super) struct Numbers {
    /// Number words by language (0 Polish, 1 English): form → token.
    words: [HashMap<String, Token>; 2],
    /// Ordinal endings glued to digits, by language (0 Polish, 1 English), longest first.
    suffixes: [Vec<String>; 2],
    /// Compound stems (dwu, dziesięcio, stu) by language, longest first, with their values.
    prefixes: [Vec<(String, Decimal)>; 2],
    /// Ordinal scale words (tysięczny, milionowy) by language, with their powers of ten: the
    /// heads of compound ordinals.
    ordinal_scales: [Vec<(String, u32)>; 2],
    /// The length in bytes of the shortest ordinal scale word of each language (`usize::MAX`
    /// when there is none): a shorter word, or one as long, is no compound ordinal.
    shortest_ordinal_scale: [usize; 2],
    /// Words after which a Roman numeral is an ordinal (wieku, w., -wieczn*), both languages.
    centuries: Vec<String>,
    /// By language, the (first byte, last byte) pairs a word [`Numbers::lookup`] can answer
    /// may have: those of the number words, and for compound ordinals a stem's first byte with
    /// an ordinal scale word's last byte. Any other word is answered at once.
    ends: [ByteEnds; 2],
}

/// A set of (first byte, last byte) pairs: 65,536 bits.
struct ByteEnds(Box<[u64; 1024]>);

impl ByteEnds {
    fn new() -> ByteEnds {
        ByteEnds(Box::new([0; 1024]))
    }

    fn all() -> ByteEnds {
        ByteEnds(Box::new([u64::MAX; 1024]))
    }

    fn insert(&mut self, first: u8, last: u8) {
        let i = usize::from(first) << 8 | usize::from(last);
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Whether the first and last bytes of `word` are a pair of the set; true for an empty
    /// word.
    fn admits(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return true;
        };
        self.admits_pair(first, last)
    }

    /// Whether (`first`, `last`) is a pair of the set.
    fn admits_pair(&self, first: u8, last: u8) -> bool {
        let i = usize::from(first) << 8 | usize::from(last);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// The first and last bytes that `word` has once lower-cased character by character (as
/// [`Numbers::scan_words`] lower-cases it), without lower-casing the rest; `None` for an empty
/// word.
fn lower_ends(word: &str) -> Option<(u8, u8)> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let last = chars.next_back().unwrap_or(first);
    let mut buf = [0; 4];
    let first = match u8::try_from(first) {
        Ok(b) if b.is_ascii() => b.to_ascii_lowercase(),
        _ => first
            .to_lowercase()
            .next()?
            .encode_utf8(&mut buf)
            .as_bytes()[0],
    };
    let last = match u8::try_from(last) {
        Ok(b) if b.is_ascii() => b.to_ascii_lowercase(),
        _ => *last
            .to_lowercase()
            .last()?
            .encode_utf8(&mut buf)
            .as_bytes()
            .last()?,
    };
    Some((first, last))
}

impl std::fmt::Debug for ByteEnds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pairs: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        write!(f, "ByteEnds({pairs} pairs)")
    }
}

/// A number found in the text before its context is attached.
struct Raw {
    span: Span,
    /// Where the digits or words begin (after a unit or sign written before them).
    core_start: usize,
    low: Decimal,
    high: Option<Decimal>,
    ordinal: bool,
    words: bool,
    unit: Option<String>,
    /// The unit's conversion factor, already applied to `low` and `high`.
    factor: Option<Decimal>,
    /// Half a unit of the last digit written, scale and factor applied (`1,7 mln` = 50000).
    precision: Option<Decimal>,
}

const GROUP_SPACES: &[char] = &[' ', '\u{A0}', '\u{202F}'];

impl Numbers {
    pub(super) fn new(lex: &Lexicons) -> Numbers {
        let mut words: [HashMap<String, Token>; 2] = Default::default();
        let mut suffixes: [Vec<String>; 2] = Default::default();
        let mut prefixes: [Vec<(String, Decimal)>; 2] = Default::default();
        let mut ordinal_scales: [Vec<(String, u32)>; 2] = Default::default();
        let mut centuries: Vec<String> = Vec::new();
        let slot = |l: Lang| usize::from(l != Lang::Pl);
        for w in &lex.number_words {
            let v = Decimal::parse_plain(&w.value).expect("checked when the lexicon was read");
            let tok = match w.kind {
                NumberWordKind::Suffix => {
                    suffixes[slot(w.lang)].push(w.form.clone());
                    continue;
                }
                NumberWordKind::Prefix => {
                    prefixes[slot(w.lang)].push((w.form.clone(), v));
                    continue;
                }
                NumberWordKind::Century => {
                    centuries.push(w.form.clone());
                    continue;
                }
                NumberWordKind::Scale => {
                    let exp = v.to_string().len() as u32 - 1;
                    ordinal_scales[slot(w.lang)].push((w.form.clone(), exp));
                    Token::Scale(exp, true, true)
                }
                NumberWordKind::Point => Token::Point,
                NumberWordKind::Determiner => Token::Det,
                NumberWordKind::And => Token::And,
                _ if w.needs_determiner => Token::DetWord(v, w.kind, w.ordinal),
                kind => Token::Word(v, kind, w.ordinal),
            };
            words[slot(w.lang)].insert(w.form.clone(), tok);
        }
        for s in &lex.scales {
            // Only whole words compose with number words; abbreviations follow digits.
            if s.form.ends_with('.') || s.form.ends_with('*') || s.form.chars().count() <= 3 {
                continue;
            }
            words[slot(s.lang)]
                .entry(s.form.to_lowercase())
                .or_insert(Token::Scale(s.exponent, s.alone, false));
        }
        for list in &mut suffixes {
            list.sort_by_key(|x| std::cmp::Reverse(x.len()));
        }
        for list in &mut prefixes {
            list.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
        }
        centuries.sort_by_key(|x| std::cmp::Reverse(x.len()));
        let shortest_ordinal_scale = ordinal_scales.each_ref().map(|forms| {
            forms
                .iter()
                .map(|(f, _)| f.len())
                .min()
                .unwrap_or(usize::MAX)
        });
        let ends = std::array::from_fn(|slot| {
            let forms = || prefixes[slot].iter().map(|p| p.0.as_str());
            let heads = || ordinal_scales[slot].iter().map(|o| o.0.as_str());
            // (An empty form would match anywhere: then every word is looked up.)
            if words[slot].keys().any(String::is_empty)
                || forms().any(str::is_empty)
                || heads().any(str::is_empty)
            {
                return ByteEnds::all();
            }
            let mut ends = ByteEnds::new();
            for w in words[slot].keys() {
                ends.insert(w.as_bytes()[0], w.as_bytes()[w.len() - 1]);
            }
            for form in forms() {
                for head in heads() {
                    ends.insert(form.as_bytes()[0], head.as_bytes()[head.len() - 1]);
                }
            }
            ends
        });
        Numbers {
            words,
            suffixes,
            prefixes,
            ordinal_scales,
            shortest_ordinal_scale,
            centuries,
            ends,
        }
    }

    /// Roman numerals before a century word (`XIX wieku`, `XXI w.`, `XIX-wiecznego`): ordinals
    /// 1–39, the span the numeral alone.
    fn scan_roman(&self, text: &str, taken: &Taken, out: &mut Vec<Raw>) {
        let bytes = text.as_bytes();
        let mut i = 0;
        // (The letters of a numeral are ASCII: found bytewise, they are whole characters.)
        while let Some(found) = memchr::memchr3(b'I', b'V', b'X', &bytes[i..]) {
            i += found;
            if super::alnum_before(text, i) {
                i += 1;
                continue;
            }
            let end = i + bytes[i..]
                .iter()
                .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
                .count();
            let span = Span::new(i, end);
            i = end;
            if super::alnum_at(text, end) || taken.overlaps(span) {
                continue;
            }
            let Some(value) = roman(span.of(text)) else {
                continue;
            };
            let rest = &text[end..];
            let rest = rest
                .strip_prefix('-')
                .or_else(|| rest.strip_prefix(' '))
                .unwrap_or("");
            let lower: String = rest.chars().take(16).flat_map(char::to_lowercase).collect();
            let century = self
                .centuries
                .iter()
                .any(|form| match form.strip_suffix('*') {
                    Some(stem) => super::words::stem_and_ending(&lower, stem).is_some(),
                    None => lower.strip_prefix(form.as_str()).is_some_and(|r| {
                        form.ends_with('.') || !r.starts_with(char::is_alphanumeric)
                    }),
                });
            if century {
                out.push(Raw {
                    span,
                    core_start: span.start,
                    low: Decimal::from_int(i128::from(value)),
                    high: None,
                    ordinal: true,
                    words: false,
                    unit: None,
                    factor: None,
                    precision: None,
                });
            }
        }
    }

    /// A compound ordinal written as one word, `word` in lower case: compound stems, then an
    /// ordinal scale word (`dwutysięczny` = 2000th, `dwudziestopięciotysięczny` = 25000th,
    /// `stumilionowy`). The stems must fall in the order hundreds, tens, then a teen or unit,
    /// as in a number written in words. `None` for any other word.
    fn compound(&self, word: &str, slot: usize) -> Option<Token> {
        // A compound is a non-empty stem before an ordinal scale word: most words are too
        // short to be one, and are answered without trying every scale word's ending.
        if word.len() <= self.shortest_ordinal_scale[slot] {
            return None;
        }
        let (stem, exp) = self.ordinal_scales[slot].iter().find_map(|(form, exp)| {
            word.strip_suffix(form.as_str())
                .filter(|stem| !stem.is_empty())
                .map(|stem| (stem, *exp))
        })?;
        // 3 hundreds, 2 tens, 1 a teen or a unit: each stem must be of a lower class.
        let class = |v: Decimal| match v.to_f64() {
            x if x >= 100.0 => 3,
            x if x >= 20.0 => 2,
            _ => 1,
        };
        let mut rest = stem;
        let mut total = Decimal::from_int(0);
        let mut last_class = 4;
        while !rest.is_empty() {
            let (form, v) = self.prefixes[slot]
                .iter()
                .find(|(form, _)| rest.starts_with(form.as_str()))?;
            if class(*v) >= last_class {
                return None;
            }
            last_class = class(*v);
            total = total.checked_add(*v)?;
            rest = &rest[form.len()..];
        }
        Some(Token::Compound(total, exp))
    }

    /// A glued ordinal ending at byte `end` (`th`, `ty`, `-tego`): the byte after it.
    fn ordinal_suffix(&self, text: &str, end: usize, lang: Lang) -> Option<usize> {
        let rest = &text[end..];
        let (rest, hyphen) = match rest.strip_prefix('-') {
            Some(r) if lang != Lang::En => (r, 1),
            _ => (rest, 0),
        };
        let lists: &[usize] = match lang {
            Lang::Pl => &[0],
            Lang::En => &[1],
            Lang::Other => &[1, 0],
        };
        for &l in lists {
            for suf in &self.suffixes[l] {
                if rest.starts_with(suf.as_str())
                    && !super::alnum_at(text, end + hyphen + suf.len())
                {
                    return Some(end + hyphen + suf.len());
                }
            }
        }
        None
    }

    pub(super) fn extract(
        &self,
        text: &str,
        lang: Lang,
        taken: &mut Taken,
        wl: &WordLists,
    ) -> Vec<Fact> {
        let mut raws = Vec::new();
        self.scan_digits(text, lang, taken, wl, &mut raws);
        self.scan_words(text, lang, taken, wl, &mut raws);
        if !self.centuries.is_empty() {
            self.scan_roman(text, taken, &mut raws);
        }
        raws.into_iter()
            .filter_map(|mut r| {
                if taken.claim(r.span) {
                    return Some(r);
                }
                // A unit before the number that overlaps another fact ("US$" beside the
                // entity "US") is dropped; the number itself stays.
                let core = Span::new(r.core_start, r.span.end);
                if core != r.span && taken.claim(core) {
                    r.span = core;
                    r.unit = None;
                    r.factor = None;
                    return Some(r);
                }
                None
            })
            .map(|r| {
                let qualifier = wl.qualifier_before(text, r.span.start, lang).map(|q| q.1);
                let concept = wl.concept_after(text, r.span.end, lang);
                let mut f = Fact::new(
                    FactKind::Number,
                    r.span,
                    Value::Number(NumberValue {
                        low: r.low,
                        high: r.high,
                        ordinal: r.ordinal,
                        words: r.words,
                        unit_factor: r.factor,
                        precision: r.precision,
                    }),
                );
                f.unit = r.unit;
                f.qualifier = qualifier;
                f.concept = concept;
                f
            })
            .collect()
    }

    fn scan_digits(
        &self,
        text: &str,
        lang: Lang,
        taken: &Taken,
        wl: &WordLists,
        out: &mut Vec<Raw>,
    ) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            // Digits glued to a word are a code (A4, COVID-19), unless the word is a currency
            // code written before amounts (USD3.14, GBP3.01).
            if glued_to_word(text, i)
                && wl
                    .unit_before(text, i)
                    .is_none_or(|(at, _, _)| super::alnum_before(text, at))
            {
                i = skip_alnum(text, i);
                continue;
            }
            match self.number_at(text, i, lang, wl) {
                Some(raw) => {
                    i = raw.span.end.max(i + 1);
                    if !taken.overlaps(Span::new(raw.core_start, raw.span.end)) {
                        out.push(raw);
                    }
                }
                None => i = skip_alnum(text, i),
            }
        }
    }

    /// Decimals spoken after an integer written in digits: at byte `end`, one space, a point
    /// word of the lexicon (`point`, `przecinek`), one space and a run of digits that ends the
    /// number ("1 point 1"). Returns the byte after the digits and the digits.
    fn spoken_decimals<'t>(
        &self,
        text: &'t str,
        end: usize,
        lang: Lang,
    ) -> Option<(usize, &'t str)> {
        let rest = text[end..].strip_prefix(' ')?;
        let word_len = rest.find(|c: char| !c.is_alphabetic())?;
        let (word, after) = rest.split_at(word_len);
        if word.is_empty()
            || !matches!(
                self.lookup(&super::lowercase(word), lang),
                Some(Token::Point)
            )
        {
            return None;
        }
        let after = after.strip_prefix(' ')?;
        let digits = &after[..after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len())];
        let stop = end + 1 + word_len + 1 + digits.len();
        let continues = text[stop..].starts_with(|c: char| c.is_alphanumeric())
            || text[stop..]
                .strip_prefix(['.', ','])
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        (!digits.is_empty() && !continues).then_some((stop, digits))
    }

    /// Parses the number whose first digit is at byte `start`.
    fn number_at(&self, text: &str, start: usize, lang: Lang, wl: &WordLists) -> Option<Raw> {
        let (mut end, low, mut decimals) = parse_digits(text, start, lang)?;
        // A leading decimal point: ".77" = 0.77 (not after a word or number: "r.5", "1.5").
        let (start, low) = match text[..start].strip_suffix('.') {
            Some(before)
                if !before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '.')
                    && low.is_integer()
                    && end - start <= 6 =>
            {
                (start - 1, Decimal::from_digits("0", &text[start..end])?)
            }
            _ => (start, low),
        };
        let mut high = None;
        let mut ordinal = false;
        // A fraction: 3/4 = 0.75, 1/5 = 0.2 (only when the decimal is exact).
        let (low, frac_end) = match fraction(text, end, low) {
            Some((e, v)) => {
                decimals = v
                    .to_string()
                    .split_once('.')
                    .map_or(0, |f| f.1.len() as u32);
                (v, e)
            }
            // "1/3", "24/7": a fraction with no exact decimal, or a code, is no amount.
            None if text[end..].starts_with('/')
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                return None
            }
            None => (low, end),
        };
        end = frac_end;
        // Decimals spoken with digits: "1 point 1" = 1.1.
        let low = match self.spoken_decimals(text, end, lang) {
            Some((e, frac)) if decimals == 0 && low.is_integer() && !low.is_negative() => {
                match Decimal::from_digits(&low.to_string(), frac) {
                    Some(v) => {
                        decimals = frac.len() as u32;
                        end = e;
                        v
                    }
                    None => low,
                }
            }
            _ => low,
        };
        // Range: 2–3, 2-3, 2 – 3, or worded: from 2 to 7, między 2 i 7, od 2 do 3.
        if let Some((range_end, h)) = range_tail(text, end, lang) {
            if h > low {
                high = Some(h);
                end = range_end;
            }
        } else if let Some(second) = wl.worded_range(text, start, end) {
            if let Some((e, h, _)) = parse_digits(text, second, lang) {
                if h > low {
                    high = Some(h);
                    end = e;
                }
            }
        }
        // Ordinal ending glued: 144th, 4ty, 10-tego.
        if high.is_none() {
            if let Some(e) = self.ordinal_suffix(text, end, lang) {
                ordinal = true;
                end = e;
            }
        }
        let unit_before = wl.unit_before(text, start);
        let mut scale = None;
        if !ordinal {
            if let Some((e, exp, form)) = wl.scale_at(text, end, lang, true) {
                let currency_before = unit_before.as_ref().is_some_and(|u| u.1 != "percent");
                if form != "m" || currency_before {
                    scale = Some(exp);
                    end = e;
                }
            }
        }
        if super::alnum_at(text, end) && wl.unit_after(text, end).is_none() {
            return None; // glued to letters: 5G, 3D (but 20PLN, 3.14US$ are amounts)
        }
        if !ordinal && scale.is_none() {
            if let Some((e, exp, _)) = wl.scale_at(text, end, lang, false) {
                scale = Some(exp);
                end = e;
            }
        }
        let mut unit = None;
        let mut factor = None;
        if !ordinal {
            if let Some((e, u, f)) = wl.unit_after(text, end) {
                unit = Some(u);
                factor = f;
                end = e;
            }
        }
        // "900 million pounds" is money: millions of pounds of weight are written "of" what
        // ("2 million pounds of beef"); "six pounds" stays a weight.
        if unit.as_deref() == Some("lb")
            && scale.is_some_and(|e| e >= 6)
            && !text[end..].trim_start().starts_with("of ")
        {
            unit = Some("GBP".to_string());
            factor = None;
        }
        // Polish ordinal: "144. miasto" (a dot, white space, a lower-case word).
        if unit.is_none() && scale.is_none() && text[end..].starts_with('.') {
            let after = &text[end + 1..];
            let trimmed = after.trim_start();
            if trimmed.len() < after.len() && trimmed.chars().next().is_some_and(char::is_lowercase)
            {
                ordinal = true;
                end += 1;
            }
        }
        let mut span_start = start;
        if unit.is_none() {
            if let Some((at, u, f)) = unit_before {
                factor = f;
                unit = Some(u);
                span_start = at;
            }
        }
        // A sign: "-5", "−5" (U+2212) right before the digits, or "minus 5".
        let mut negative = false;
        if span_start == start {
            if let Some(at) = sign_before(text, start) {
                negative = true;
                span_start = at;
            }
        }
        let (mut low, high) = match scale {
            Some(exp) => both(low, high, |v| v.scaled(exp))?,
            None => (low, high),
        };
        if negative {
            low = low.negated();
        }
        // The precision written: half a unit of the last digit, scale and factor applied.
        let precision = Decimal::new(5, decimals + 1)
            .scaled(scale.unwrap_or(0))
            .and_then(|p| match factor {
                Some(f) => p.checked_mul(f),
                None => Some(p),
            });
        // A unit with a conversion factor: 500 g = 0.5 kg.
        let (low, high) = match factor {
            Some(f) => both(low, high, |v| v.checked_mul(f))?,
            None => (low, high),
        };
        Some(Raw {
            span: Span::new(span_start, end),
            core_start: start,
            low,
            high,
            ordinal,
            words: false,
            unit,
            factor,
            precision,
        })
    }

    /// Whether `word`, as written, may be a number word of `lang` ([`Numbers::lookup`] may
    /// answer it once lower-cased): false when the ends it has in lower case are those of no
    /// number word or compound of the language.
    fn may_be_number_word(&self, word: &str, lang: Lang) -> bool {
        let Some((first, last)) = lower_ends(word) else {
            return true;
        };
        let slots: &[usize] = match lang {
            Lang::Pl => &[0],
            Lang::En => &[1],
            Lang::Other => &[0, 1],
        };
        slots.iter().any(|&l| self.ends[l].admits_pair(first, last))
    }

    fn lookup(&self, word: &str, lang: Lang) -> Option<Token> {
        let slots: &[usize] = match lang {
            Lang::Pl => &[0],
            Lang::En => &[1],
            Lang::Other => &[0, 1],
        };
        // (A word whose ends no number word of a language has is none in that language,
        // neither whole nor compound.)
        let slots = || slots.iter().filter(|&&l| self.ends[l].admits(word));
        slots()
            .find_map(|&l| self.words[l].get(word).copied())
            .or_else(|| slots().find_map(|&l| self.compound(word, l)))
    }

    fn scan_words(
        &self,
        text: &str,
        lang: Lang,
        taken: &Taken,
        wl: &WordLists,
        out: &mut Vec<Raw>,
    ) {
        let mut buf = String::new();
        let words = word_spans(text);
        let mut toks: Vec<(Span, Option<Token>)> = Vec::with_capacity(words.len());
        let mut taken_at = taken.cursor();
        for w in words {
            let word = w.of(text);
            // Most words are no number word by their ends alone: only the others are
            // lower-cased whole and looked up.
            let tok = if taken_at.overlaps(w) || !self.may_be_number_word(word, lang) {
                None
            } else {
                buf.clear();
                if word.is_ascii() {
                    buf.push_str(word);
                    buf.make_ascii_lowercase();
                } else {
                    buf.extend(word.chars().flat_map(char::to_lowercase));
                }
                self.lookup(&buf, lang)
            };
            toks.push((w, tok));
        }
        let mut i = 0;
        while i < toks.len() {
            // A weak word before a unit counts: "one dollar", "jeden złoty".
            let weak = match toks[i].1 {
                Some(Token::Word(v, NumberWordKind::Weak, false)) => Some(v),
                _ => None,
            };
            if let Some((v, (end, unit, factor))) =
                weak.and_then(|v| Some((v, wl.unit_after(text, toks[i].0.end)?)))
            {
                out.push(Raw {
                    span: Span::new(toks[i].0.start, end),
                    core_start: toks[i].0.start,
                    low: factor.map_or(Some(v), |f| v.checked_mul(f)).unwrap_or(v),
                    high: None,
                    ordinal: false,
                    words: true,
                    unit: Some(unit),
                    factor,
                    precision: None,
                });
                i += 1;
                continue;
            }
            match compose(text, &toks, i) {
                Some((next, mut span, value, ordinal)) => {
                    let mut factor = None;
                    let unit = wl.unit_after(text, span.end).map(|(e, u, f)| {
                        span.end = e;
                        factor = f;
                        u
                    });
                    let value = match factor {
                        Some(f) => value.checked_mul(f).unwrap_or(value),
                        None => value,
                    };
                    let (start, value) = match sign_before(text, span.start) {
                        Some(at) => (at, value.negated()),
                        None => (span.start, value),
                    };
                    out.push(Raw {
                        span: Span::new(start, span.end),
                        core_start: span.start,
                        low: value,
                        high: None,
                        ordinal,
                        words: true,
                        unit,
                        factor,
                        precision: None,
                    });
                    i = next;
                }
                None => i += 1,
            }
        }
    }
}

/// A number word as composition sees it.
#[derive(Debug, Clone, Copy)]
enum Token {
    /// A number word: value, role, ordinal form.
    Word(Decimal, NumberWordKind, bool),
    /// A scale word: power of ten, whether it stands alone for one of it, ordinal form.
    Scale(u32, bool, bool),
    /// i, and.
    And,
    /// przecinek, point.
    Point,
    /// A determiner that an ordinal needing one may follow (the, a, every).
    Det,
    /// A number word that counts only after a determiner or inside a number ("the second
    /// stage", "twenty-second"; not "I second that").
    DetWord(Decimal, NumberWordKind, bool),
    /// A compound ordinal in one word: the value of its stems and the power of ten of its
    /// scale word (`dwutysięczny` = 2 × 10³).
    Compound(Decimal, u32),
}

/// Composes the number-word sequence starting at token `i`: returns the index after it, its
/// span, value and whether it is an ordinal. `None` when token `i` starts no number.
///
/// Order rules: within a group below a scale word, a hundred may be followed by a ten, a teen
/// or a unit, a ten by a unit, and nothing follows a teen or a unit; scale words must fall
/// (milion ... tysiąc ...). A weak word (jeden, one, a, pół) counts before a scale word or
/// `hundred`, or as a one inside a longer number (dwadzieścia jeden, sto jeden, tysiąc jeden).
/// `i`/`and` may join a hundred or a scale word to what follows. `przecinek`/`point` followed
/// by digit words (zero to nine) gives the decimals.
fn compose(
    text: &str,
    toks: &[(Span, Option<Token>)],
    i: usize,
) -> Option<(usize, Span, Decimal, bool)> {
    use NumberWordKind::*;
    let first = toks[i].1?;
    if matches!(first, Token::And | Token::Point | Token::Det) {
        return None;
    }
    if let Token::DetWord(..) = first {
        let after_det = i > 0
            && matches!(toks[i - 1].1, Some(Token::Det))
            && joined(text, toks[i - 1].0.end, toks[i].0.start);
        if !after_det && !enumerates(text, toks[i].0) {
            return None;
        }
    }
    let mut total = Decimal::from_int(0);
    let mut group: Option<Decimal> = None;
    let mut last: Option<NumberWordKind> = None;
    let mut last_scale: Option<u32> = None;
    let mut strong = false;
    let mut ordinal = false;
    let mut end = toks[i].0.end;
    let mut j = i;
    let joined_at =
        |k: usize| k > 0 && k < toks.len() && joined(text, toks[k - 1].0.end, toks[k].0.start);
    let tok_at = |k: usize| toks.get(k).filter(|_| joined_at(k)).and_then(|t| t.1);
    while j < toks.len() {
        if j > i && !joined_at(j) {
            break;
        }
        let Some(tok) = toks[j].1 else { break };
        let tok = match tok {
            Token::DetWord(v, k, o) => Token::Word(v, k, o),
            other => other,
        };
        // Once an ordinal part appears only ordinal parts may follow (dwudziesty pierwszy).
        if ordinal
            && !matches!(
                tok,
                Token::Word(_, _, true) | Token::Scale(_, _, true) | Token::Compound(..)
            )
        {
            break;
        }
        match tok {
            Token::Det | Token::DetWord(..) => break,
            Token::And => {
                let after_step = matches!(last, Some(Hundred | HundredStep))
                    || (last.is_none() && last_scale.is_some());
                let next_ok = matches!(
                    tok_at(j + 1),
                    Some(Token::Word(_, Unit | Teen | Ten | Weak, _))
                );
                if !after_step || !next_ok {
                    break;
                }
                j += 1;
                continue;
            }
            Token::Point => {
                if !strong && group.is_none() {
                    break;
                }
                // Decimals: one digit word after another ("zero dwa" = .02), or one number
                // ("osiemdziesiąt pięć" = .85).
                let mut k = j + 1;
                let mut digits = String::new();
                while let Some(Token::Word(v, Unit | Weak, false)) = tok_at(k) {
                    if !v.is_integer() || v.to_f64() > 9.0 {
                        break;
                    }
                    digits.push_str(&v.to_string());
                    k += 1;
                }
                if digits.len() < 2 && tok_at(j + 1).is_some() {
                    if let Some((next, _, v, false)) = compose(text, toks, j + 1) {
                        // One group only ("point eighty five"): in "two point two million"
                        // the scale word belongs to the whole number.
                        if v.is_integer() && next > j + 1 && v < Decimal::from_int(1000) {
                            digits = v.to_string();
                            k = next;
                        }
                    }
                }
                if digits.is_empty() {
                    break;
                }
                let whole = total.checked_add(group.take().unwrap_or(Decimal::from_int(0)))?;
                total = whole.checked_add(Decimal::from_digits("0", &digits)?)?;
                end = toks[k - 1].0.end;
                j = k;
                // "two point two million"
                if let Some(Token::Scale(exp, _, _)) = tok_at(k) {
                    total = total.scaled(exp)?;
                    end = toks[k].0.end;
                    j = k + 1;
                }
                break;
            }
            Token::Compound(g, exp) => {
                // After larger scale words only ("milion dwutysięczny" = 1002000th).
                if group.is_some() || last_scale.is_some_and(|s| s <= exp) {
                    break;
                }
                total = total.checked_add(g.scaled(exp)?)?;
                last_scale = Some(exp);
                last = None;
                strong = true;
                ordinal = true;
            }
            Token::Scale(exp, alone, ord) => {
                // A smaller scale word right before a larger one multiplies the whole:
                // "three thousand millions", "tysiąc milionów" (British and Polish usage).
                if let Some(s) = last_scale.filter(|&s| s < exp && last.is_none()) {
                    if group.is_none() && !ord && !ordinal && total.is_integer() {
                        total = total.scaled(exp)?;
                        last_scale = Some(s.max(exp));
                        end = toks[j].0.end;
                        j += 1;
                        continue;
                    }
                }
                if last_scale.is_some_and(|s| s <= exp) {
                    break;
                }
                // Alone, a singular scale word is one of it: at the start (tysiąc osób) or after
                // a larger scale (milion tysiąc ...); a lone plural (tysiące osób) is no number.
                let alone_ok = alone && (j == i || last.is_none() && last_scale.is_some());
                if group.is_none() && !alone_ok && !ord {
                    break;
                }
                let g = group.take().unwrap_or(Decimal::from_int(1));
                total = total.checked_add(g.scaled(exp)?)?;
                last_scale = Some(exp);
                last = None;
                strong = true;
                ordinal |= ord;
            }
            Token::Word(_, HundredStep, ord) => {
                let g = group.unwrap_or(Decimal::from_int(1));
                group = Some(g.checked_mul(Decimal::from_int(100))?);
                last = Some(Hundred);
                strong = true;
                ordinal |= ord;
            }
            Token::Word(v, kind, ord) => {
                let kind = if kind == Weak {
                    let before_step = matches!(
                        tok_at(j + 1),
                        Some(Token::Scale(..) | Token::Word(_, HundredStep, _))
                    );
                    if before_step || (j > i && v == Decimal::from_int(1)) {
                        Unit
                    } else {
                        break;
                    }
                } else {
                    strong = true;
                    kind
                };
                let allowed = match last {
                    None => true,
                    Some(Hundred) => matches!(kind, Ten | Teen | Unit),
                    Some(Ten) => kind == Unit,
                    _ => false,
                };
                if !allowed || matches!(kind, Point | And | Scale | Suffix) {
                    break;
                }
                group = Some(group.unwrap_or(Decimal::from_int(0)).checked_add(v)?);
                last = Some(kind);
                ordinal |= ord;
            }
        }
        end = toks[j].0.end;
        j += 1;
    }
    if !strong || j == i {
        return None;
    }
    let value = total.checked_add(group.unwrap_or(Decimal::from_int(0)))?;
    Some((j, Span::new(toks[i].0.start, end), value, ordinal))
}

/// Whether the word at `word` opens a sentence (nothing but spaces, quotes or brackets since
/// the text's start, a line break or a `.`, `!`, `?`, `:`, `;`) and is not the first part of a
/// hyphenated compound: the enumerating "Second, the city will ..." (an ordinal, as "First,"
/// is), not "second-hand".
fn enumerates(text: &str, word: Span) -> bool {
    let opens = text[..word.start]
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n' || "\"'„“”«»(".contains(c))
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '\n'));
    opens && !text[word.end..].starts_with('-')
}

/// The value of a Roman numeral of I, V and X in canonical form, 1–39 (`XIX` = 19); `None`
/// for anything else (`IIII`, `VX`).
fn roman(s: &str) -> Option<i64> {
    const TENS: [&str; 4] = ["", "X", "XX", "XXX"];
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    for (t, tens) in TENS.iter().enumerate().rev() {
        if let Some(rest) = s.strip_prefix(tens) {
            if let Some(u) = UNITS.iter().position(|u| *u == rest) {
                let v = (t * 10 + u) as i64;
                return (v > 0).then_some(v);
            }
        }
    }
    None
}

/// Whether two words are joined as parts of one number: white space or a hyphen only.
fn joined(text: &str, a: usize, b: usize) -> bool {
    let gap = &text[a..b];
    !gap.is_empty()
        && gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
}

/// Spans of alphabetic words.
fn word_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Span::new(s, i));
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// Whether the digit at `i` continues a word or code: a letter or digit right before it, or a
/// `-`/`/` that itself follows a letter or digit (COVID-19, XVI/171).
fn glued_to_word(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars().rev();
    match before.next() {
        Some(c) if c.is_alphanumeric() => true,
        Some('-' | '/' | '_') => before.next().is_some_and(char::is_alphanumeric),
        Some('.' | ',') => before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Where a minus sign before the digits at `start` begins: `-5`, `−5` glued, or the word
/// `minus`/`negative` before them. `None` for a hyphen after a word or number (`COVID-19`,
/// `2-3`) or a dash between clauses (`Kraków - 5`).
fn sign_before(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    if let Some(c) = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '−'))
    {
        let at = start - c.len_utf8();
        return (!super::alnum_before(text, at)).then_some(at);
    }
    let trimmed = before.trim_end_matches(' ');
    let lower_tail = super::lower_tail(trimmed, 8);
    for word in ["minus", "negative"] {
        if lower_tail.ends_with(word) && trimmed.len() < before.len() {
            let at = trimmed.len() - word.len();
            if trimmed.is_char_boundary(at) && !super::alnum_before(text, at) {
                return Some(at);
            }
        }
    }
    None
}

fn skip_alnum(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(j, _)| i + j)
}

fn digits_len(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Applies `op` to a value and to the high end of its range, if any. `None` when `op` fails.
fn both(
    low: Decimal,
    high: Option<Decimal>,
    op: impl Fn(Decimal) -> Option<Decimal>,
) -> Option<(Decimal, Option<Decimal>)> {
    let high = match high {
        Some(h) => Some(op(h)?),
        None => None,
    };
    Some((op(low)?, high))
}

/// Folds ASCII digits into `m` (no allocation). `None` on overflow.
fn push_digits(m: i128, digits: &str) -> Option<i128> {
    digits.bytes().try_fold(m, |acc, b| {
        acc.checked_mul(10)?.checked_add(i128::from(b - b'0'))
    })
}

/// Parses the digits at `start`: returns the end, the value, and how many decimals were
/// written (trailing zeros included: `1,50` has 2).
fn parse_digits(text: &str, start: usize, lang: Lang) -> Option<(usize, Decimal, u32)> {
    let s = &text[start..];
    let lead = digits_len(s);
    let mut mantissa = push_digits(0, &s[..lead])?;
    let mut pos = lead;
    let mut group_sep: Option<char> = None;
    let mut groups = 0;
    // Thousands groups, only after a lead group of 1–3 digits.
    if lead <= 3 {
        while let Some(c) = s[pos..].chars().next() {
            let is_sep = GROUP_SPACES.contains(&c) || c == ',' || c == '.' || c == '\'';
            if !is_sep || group_sep.is_some_and(|g| g != c) {
                break;
            }
            let after = pos + c.len_utf8();
            if digits_len(&s[after..]) != 3 {
                break;
            }
            group_sep = Some(c);
            mantissa = push_digits(mantissa, &s[after..after + 3])?;
            pos = after + 3;
            groups += 1;
        }
    }
    // One ambiguous group "1,500" / "1.500": decided by language.
    if groups == 1 && matches!(group_sep, Some(',') | Some('.')) {
        let sep = group_sep.unwrap_or(',');
        let decimal = match (lang, sep) {
            (Lang::Pl, ',') => true,
            (Lang::Pl, _) => false,
            (_, '.') => true,
            _ => false,
        };
        // A following decimal part with the other separator settles it as grouping.
        let other_follows = s[pos..].starts_with(if sep == ',' { '.' } else { ',' })
            && digits_len(&s[pos + 1..]) > 0;
        if decimal && !other_follows {
            return Some((start + pos, Decimal::new(mantissa, 3), 3));
        }
    }
    // Decimal part: a separator other than the grouping one, then digits.
    let mut scale = 0;
    if let Some(c) = s[pos..].chars().next() {
        if (c == ',' || c == '.') && group_sep != Some(c) {
            let n = digits_len(&s[pos + 1..]);
            if n > 0 {
                mantissa = push_digits(mantissa, &s[pos + 1..pos + 1 + n])?;
                scale = n as u32;
                pos += 1 + n;
            }
        }
    }
    Some((start + pos, Decimal::new(mantissa, scale), scale))
}

/// A fraction after the numerator `num` ending at byte `end`: `/` and a denominator of 1–4
/// digits (not followed by another `/` or digit group, which would make it a date or code).
/// Only proper fractions whose decimal is exact: 3/4 = 0.75, 20/100 = 0.2; 1/3 is none.
fn fraction(text: &str, end: usize, num: Decimal) -> Option<(usize, Decimal)> {
    let rest = text[end..].strip_prefix('/')?;
    let n = digits_len(rest);
    if n == 0
        || n > 4
        || rest[n..].starts_with(['/', '.', ','])
            && rest[n + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if !num.is_integer()
        || super::alnum_at(text, end + 1 + n) && !rest[n..].starts_with(|c: char| c.is_alphabetic())
    {
        return None;
    }
    let den: i128 = rest[..n].parse().ok()?;
    let numer: i128 = num.to_string().parse().ok()?;
    if den == 0 || numer >= den {
        return None;
    }
    let g = gcd(numer, den);
    let (p, mut q) = (numer / g, den / g);
    // An exact decimal needs a denominator of 2s and 5s only.
    let (mut twos, mut fives) = (0u32, 0u32);
    while q % 2 == 0 {
        q /= 2;
        twos += 1;
    }
    while q % 5 == 0 {
        q /= 5;
        fives += 1;
    }
    if q != 1 {
        return None;
    }
    let k = twos.max(fives);
    let scaled = p.checked_mul(10i128.checked_pow(k)?)? / (den / g);
    Some((end + 1 + n, Decimal::new(scaled, k)))
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

/// A range tail after a number: `–3`, `-3`, ` – 3`. Returns its end and high value.
fn range_tail(text: &str, end: usize, lang: Lang) -> Option<(usize, Decimal)> {
    let rest = &text[end..];
    let t = rest.trim_start_matches([' ', '\u{A0}']);
    let dash = t.chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
    let after = &t[dash.len_utf8()..];
    let t2 = after.trim_start_matches([' ', '\u{A0}']);
    if !t2.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "2 - 3" with spaces around a hyphen is more often a dash between clauses; require the
    // hyphen to be tight, or an en/em dash.
    if dash == '-' && (t.len() != rest.len() || t2.len() != after.len()) {
        return None;
    }
    let start2 = text.len() - t2.len();
    let (e, v, _) = parse_digits(text, start2, lang)?;
    Some((e, v))
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::facts;
    use crate::extract::{Extractor, FactKind};
    use crate::lexicon::Lexicons;
    use crate::Lang;

    fn nums(text: &str, lang: Lang) -> Vec<(String, String)> {
        facts(text, lang)
            .into_iter()
            .filter(|f| f.0 == FactKind::Number)
            .map(|f| (f.1, f.2))
            .collect()
    }

    #[test]
    fn byte_ends_admit_every_number_word_and_compound_and_few_others() {
        let numbers = super::Numbers::new(&Lexicons::embedded());
        for slot in 0..2 {
            for w in numbers.words[slot].keys() {
                assert!(numbers.ends[slot].admits(w), "{w}");
            }
        }
        for compound in ["dwutysięczny", "dwudziestopięciotysięczna", "stumilionowy"] {
            assert!(numbers.ends[0].admits(compound), "{compound}");
            assert!(numbers.compound(compound, 0).is_some(), "{compound}");
        }
        // Common words other than numbers are answered without a look-up.
        for (slot, word) in [
            (0, "w"),
            (0, "rada"),
            (0, "roku"),
            (1, "of"),
            (1, "city"),
            (1, "council"),
        ] {
            assert!(!numbers.ends[slot].admits(word), "{word}");
        }
        assert!(numbers.ends[0].admits(""));
    }

    #[test]
    fn number_words_as_written_pass_the_check_before_lower_casing() {
        let numbers = super::Numbers::new(&Lexicons::embedded());
        // Number words as written: capitals, a capital Polish letter at either end, title case,
        // a compound ordinal. Each passes, and is a number word once lower-cased.
        for (word, lang) in [
            ("Trzy", Lang::Pl),
            ("PIĘĆ", Lang::Pl),
            ("Pięć", Lang::Pl),
            ("Dwudziestopięciotysięczna", Lang::Pl),
            ("TWENTY", Lang::En),
            ("Thousand", Lang::Other),
        ] {
            assert!(numbers.may_be_number_word(word, lang), "{word}");
            assert!(
                numbers.lookup(&word.to_lowercase(), lang).is_some(),
                "{word}"
            );
        }
        // Words whose ends no number word has are answered before lower-casing.
        for (word, lang) in [
            ("Rada", Lang::Pl),
            ("ROKU", Lang::Pl),
            ("Łódź", Lang::Pl),
            ("Council", Lang::En),
            ("CITY", Lang::En),
        ] {
            assert!(!numbers.may_be_number_word(word, lang), "{word}");
        }
        assert_eq!(super::lower_ends("Łódź"), Some((0xC5, 0xBA)));
        assert_eq!(super::lower_ends("A"), Some((b'a', b'a')));
        assert_eq!(super::lower_ends(""), None);
    }

    proptest::proptest! {
        /// The ends computed without lower-casing the word are those of the word lower-cased
        /// character by character, as the look-up sees it (`İ` lower-cases to two characters).
        #[test]
        fn lower_ends_are_the_ends_of_the_lower_cased_word(word in "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻİΣß\\PC]{0,6}") {
            let lower: String = word.chars().flat_map(char::to_lowercase).collect();
            let b = lower.as_bytes();
            let expected = b.first().map(|&f| (f, b[b.len() - 1]));
            proptest::prop_assert_eq!(super::lower_ends(&word), expected);
        }
    }

    fn n(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn grouping_and_decimals_follow_the_language() {
        assert_eq!(nums("liczy 1 000 osób", Lang::Pl), vec![n("1 000", "1000")]);
        assert_eq!(
            nums("counts 1,000 people", Lang::En),
            vec![n("1,000", "1000")]
        );
        assert_eq!(
            nums("wynosi 1,5 proc.", Lang::Pl),
            vec![n("1,5 proc.", "1.5")]
        );
        assert_eq!(
            nums("is 1.5 percent", Lang::En),
            vec![n("1.5 percent", "1.5")]
        );
        assert_eq!(nums("to 1,500 zł", Lang::Pl), vec![n("1,500 zł", "1.5")]);
        assert_eq!(nums("to 1.500 zł", Lang::Pl), vec![n("1.500 zł", "1500")]);
        assert_eq!(nums("was 1,500", Lang::En), vec![n("1,500", "1500")]);
        assert_eq!(
            nums("kwota 12 345,67 zł", Lang::Pl),
            vec![n("12 345,67 zł", "12345.67")]
        );
        assert_eq!(
            nums("PLN 12,345.67", Lang::En),
            vec![n("PLN 12,345.67", "12345.67")]
        );
        assert_eq!(
            nums("rose 4,3 percent", Lang::En),
            vec![n("4,3 percent", "4.3")]
        );
        assert_eq!(
            nums("to\u{A0}12\u{202F}500 osób", Lang::Pl),
            vec![n("12\u{202F}500", "12500")]
        );
    }

    #[test]
    fn scale_words_and_currencies() {
        assert_eq!(
            nums("co najmniej 30 tys. mieszkańców", Lang::Pl),
            vec![n("30 tys.", "30000")]
        );
        assert_eq!(
            nums("budżet 1,5 mln zł", Lang::Pl),
            vec![n("1,5 mln zł", "1500000")]
        );
        assert_eq!(
            nums("a PLN 1.5 million grant", Lang::En),
            vec![n("PLN 1.5 million", "1500000")]
        );
        assert_eq!(
            nums("82k visitors and £5m", Lang::En),
            vec![n("82k", "82000"), n("£5m", "5000000")]
        );
        assert_eq!(
            nums("1,85 mld zł", Lang::Pl),
            vec![n("1,85 mld zł", "1850000000")]
        );
        assert_eq!(
            nums("a 5 m wall", Lang::En),
            vec![n("5 m", "5")],
            "metres, not millions"
        );
    }

    #[test]
    fn fractions_worded_ranges_and_converted_units() {
        assert_eq!(
            nums("3/4 cup and 20/100", Lang::En),
            vec![n("3/4 cup", "0.75"), n("20/100", "0.2")]
        );
        assert_eq!(nums("1/3 budżetu, 24/7", Lang::Pl), vec![]);
        assert_eq!(
            nums("between 2 and 7 g", Lang::En),
            vec![n("2 and 7 g", "0.002/0.007")]
        );
        assert_eq!(
            nums("od 2 do 3 tys. zł", Lang::Pl),
            vec![n("2 do 3 tys. zł", "2000/3000")]
        );
        assert_eq!(
            nums("500 g albo 0,5 kg, 2 t", Lang::Pl),
            vec![n("500 g", "0.5"), n("0,5 kg", "0.5"), n("2 t", "2000")]
        );
    }

    #[test]
    fn currencies_spaced_glued_and_in_words() {
        assert_eq!(
            nums("USD3.14 i 20PLN", Lang::Pl),
            vec![n("USD3.14", "3.14"), n("20PLN", "20")]
        );
        assert_eq!(
            nums("3.14US$ or US$ 3.14", Lang::En),
            vec![n("3.14US$", "3.14"), n("US$ 3.14", "3.14")]
        );
        assert_eq!(
            nums("20 Euros, one dollar, ten cents", Lang::En),
            vec![
                n("20 Euros", "20"),
                n("one dollar", "1"),
                n("ten cents", "10")
            ]
        );
        assert_eq!(nums("jeden złoty", Lang::Pl), vec![n("jeden złoty", "1")]);
        assert_eq!(nums("5G and A4", Lang::En), vec![]);
    }

    #[test]
    fn hundredths_join_their_amount_and_ranges_with_a_unit_on_both_ends() {
        assert_eq!(
            nums("Bilet kosztuje 3 zł 40 gr, ulgowy 2 zł.", Lang::Pl),
            vec![n("3 zł 40 gr", "3.4"), n("2 zł", "2")]
        );
        assert_eq!(
            nums("$20 and 43 cents, 3 GBP 1 pence", Lang::En),
            vec![n("$20 and 43 cents", "20.43"), n("3 GBP 1 pence", "3.01")]
        );
        assert_eq!(
            nums("$20 and 43c, 20 ringgit 5c", Lang::En),
            vec![n("$20 and 43c", "20.43"), n("20 ringgit 5c", "20.05")]
        );
        let ex = Extractor::new(&Lexicons::embedded());
        let unit = |t: &str| ex.extract(t, Lang::En)[0].unit.clone();
        assert_eq!(unit("900 million pounds"), Some("GBP".into()));
        assert_eq!(unit("2 million pounds of beef"), Some("lb".into()));
        assert_eq!(unit("six pounds"), Some("lb".into()));
        // Alone, 43c is a house number.
        assert_eq!(nums("ul. Długa 43c", Lang::Pl), vec![]);
        assert_eq!(
            nums("ten dimes, two nickels", Lang::En),
            vec![n("ten dimes", "1"), n("two nickels", "0.1")]
        );
        assert_eq!(
            nums("od 10 zł do 20 zł, 10 zł i 20 zł", Lang::Pl),
            vec![
                n("10 zł do 20 zł", "10/20"),
                n("10 zł", "10"),
                n("20 zł", "20")
            ]
        );
        assert_eq!(
            nums(
                "between 10 km and 20 km, about $10-$20, from 5 kg to 3 kg",
                Lang::En
            ),
            vec![
                n("10 km and 20 km", "10/20"),
                n("$10-$20", "10/20"),
                n("5 kg", "5"),
                n("3 kg", "3")
            ]
        );
    }

    #[test]
    fn bare_hundredths_hedged_and_dashed_ranges() {
        assert_eq!(
            nums(
                "$20 43. US$3 and fourteen. $20 and 43 people came",
                Lang::En
            ),
            vec![
                n("$20 43", "20.43"),
                n("US$3 and fourteen", "3.14"),
                n("$20", "20"),
                n("43", "43")
            ]
        );
        assert_eq!(
            nums("Bilety kosztują 10 - 15 zł. Etap 5 - 900 zł.", Lang::Pl),
            vec![n("10 - 15 zł", "10/15"), n("5", "5"), n("900 zł", "900")]
        );
        assert_eq!(
            nums("100 - 1000 g; between 2 km and about 7 km", Lang::En),
            vec![n("100 - 1000 g", "0.1/1"), n("2 km and about 7 km", "2/7")]
        );
    }

    #[test]
    fn scales_that_multiply_the_whole() {
        assert_eq!(
            nums(
                "two point two million; three thousand millions; 5 lakh rupees; four crore",
                Lang::En
            ),
            vec![
                n("two point two million", "2200000"),
                n("three thousand millions", "3000000000"),
                n("5 lakh rupees", "500000"),
                n("four crore", "40000000")
            ]
        );
        assert_eq!(
            nums("dwa tysiące milionów złotych", Lang::Pl),
            vec![n("dwa tysiące milionów złotych", "2000000000")]
        );
    }

    #[test]
    fn units_qualifiers_and_counted_nouns() {
        let ex = Extractor::new(&Lexicons::embedded());
        let f = ex.extract(
            "Program obejmuje ponad 150 miast, a budżet to 15% więcej.",
            Lang::Pl,
        );
        let nums: Vec<_> = f.iter().filter(|f| f.kind == FactKind::Number).collect();
        assert_eq!(nums[0].qualifier.as_deref(), Some("more_than"));
        assert_eq!(nums[0].concept.as_deref(), Some("city"));
        assert_eq!(nums[1].unit.as_deref(), Some("percent"));
        let f = ex.extract("implemented by over 140 cities", Lang::En);
        assert_eq!(f[0].qualifier.as_deref(), Some("more_than"));
        assert_eq!(f[0].concept.as_deref(), Some("city"));
        assert_eq!(f[0].value.to_string(), "140");
        // The longest qualifier wins: "no less than" is at least, not "less than".
        let f = ex.extract("no less than 20 schools", Lang::En);
        assert_eq!(f[0].qualifier.as_deref(), Some("at_least"));
        let f = ex.extract("nie mniej niż 30 szkół", Lang::Pl);
        assert_eq!(f[0].qualifier.as_deref(), Some("at_least"));
    }

    #[test]
    fn ordinals_and_ranges() {
        assert_eq!(
            nums("Kraków is 144th city", Lang::En),
            vec![n("144th", "144")]
        );
        assert_eq!(nums("jako 144. miasto", Lang::Pl), vec![n("144.", "144")]);
        assert_eq!(nums("jako 144 miasto", Lang::Pl), vec![n("144", "144")]);
        assert_eq!(
            nums("od 2–3 mln zł", Lang::Pl),
            vec![n("2–3 mln zł", "2000000/3000000")]
        );
        assert_eq!(nums("for 2-3 days", Lang::En), vec![n("2-3", "2/3")]);
        let ex = Extractor::new(&Lexicons::embedded());
        let f = ex.extract("the 144th city", Lang::En);
        assert!(matches!(f[0].value, crate::extract::Value::Number(v) if v.ordinal));
    }

    #[test]
    fn a_roman_numeral_before_a_century_word_is_an_ordinal() {
        let ex = Extractor::new(&Lexicons::embedded());
        let got = |text: &str| -> Vec<(String, String, bool)> {
            ex.extract(text, Lang::Pl)
                .into_iter()
                .filter_map(|f| match f.value {
                    crate::extract::Value::Number(n) => {
                        Some((f.span.of(text).to_string(), n.low.to_string(), n.ordinal))
                    }
                    _ => None,
                })
                .collect()
        };
        assert_eq!(
            got("w XIX wieku, obywatele XXI w. i XIX-wiecznego założyciela"),
            vec![
                ("XIX".into(), "19".into(), true),
                ("XXI".into(), "21".into(), true),
                ("XIX".into(), "19".into(), true),
            ]
        );
        // Not without a century word, nor a numeral that is no canonical one.
        assert_eq!(got("Jan Paweł II i XIIII wieku, XIX Festiwal"), vec![]);
    }

    #[test]
    fn a_polish_adjective_of_a_unit_glued_by_a_hyphen() {
        let ex = Extractor::new(&Lexicons::embedded());
        let units = |text: &str| -> Vec<(String, String, Option<String>)> {
            ex.extract(text, Lang::Pl)
                .into_iter()
                .map(|f| (f.span.of(text).to_string(), f.value.to_string(), f.unit))
                .collect()
        };
        assert_eq!(
            units("250-kilogramowa świnia i 5-procentowy wzrost"),
            vec![
                ("250-kilogramowa".into(), "250".into(), Some("kg".into())),
                ("5-procentowy".into(), "5".into(), Some("percent".into())),
            ]
        );
        assert_eq!(
            units("25-tysięczny tłum"),
            vec![("25-tysięczny".into(), "25000".into(), None)]
        );
        // The stem alone, or a space before it, is no adjective.
        assert_eq!(
            units("250 -kilogramowa"),
            vec![("250".into(), "250".into(), None)]
        );
    }

    #[test]
    fn compound_ordinals_are_read_from_their_stems() {
        assert_eq!(
            nums("dziesięciotysięczny mieszkaniec", Lang::Pl),
            vec![n("dziesięciotysięczny", "10000")]
        );
        assert_eq!(
            nums("dwudziestopięciotysięczna karta", Lang::Pl),
            vec![n("dwudziestopięciotysięczna", "25000")]
        );
        assert_eq!(
            nums("stumilionowy pasażer", Lang::Pl),
            vec![n("stumilionowy", "100000000")]
        );
        assert_eq!(
            nums("milion dwutysięczny", Lang::Pl),
            vec![n("milion dwutysięczny", "1002000")]
        );
        // Stems out of order make no number; neither does a word that only ends like one.
        assert_eq!(nums("pięciodwudziestotysięczny", Lang::Pl), vec![]);
        assert_eq!(nums("dwutysięcznik", Lang::Pl), vec![]);
        let ex = Extractor::new(&Lexicons::embedded());
        let f = ex.extract("dwutysięczny gość", Lang::Pl);
        assert!(matches!(f[0].value, crate::extract::Value::Number(v) if v.ordinal));
    }

    #[test]
    fn second_opening_a_sentence_enumerates() {
        assert_eq!(
            nums("First, the plan. Second, the budget.", Lang::En),
            vec![n("First", "1"), n("Second", "2")]
        );
        assert_eq!(nums("second", Lang::En), vec![n("second", "2")]);
        assert_eq!(nums("1 point 1", Lang::En), vec![n("1 point 1", "1.1")]);
        assert_eq!(
            nums("12 przecinek 05", Lang::Pl),
            vec![n("12 przecinek 05", "12.05")]
        );
        // Not when the digits go on as a number of their own ("point 1.5" of an agenda).
        assert_eq!(
            nums("2 point 1.5", Lang::En),
            vec![n("2", "2"), n("1.5", "1.5")]
        );
        // Elsewhere it still needs a determiner: a verb, a unit of time, a compound.
        assert_eq!(nums("I second that motion.", Lang::En), vec![]);
        assert_eq!(nums("Wait a second.", Lang::En), vec![]);
        assert_eq!(nums("Second-hand books.", Lang::En), vec![]);
    }

    #[test]
    fn number_words_in_both_languages() {
        assert_eq!(nums("po pięciu latach", Lang::Pl), vec![n("pięciu", "5")]);
        assert_eq!(
            nums("dwudziestu trzech uczestników", Lang::Pl),
            vec![n("dwudziestu trzech", "23")]
        );
        assert_eq!(nums("trzystu osób", Lang::Pl), vec![n("trzystu", "300")]);
        assert_eq!(
            nums("trzy tysiące pięćset złotych", Lang::Pl),
            vec![n("trzy tysiące pięćset złotych", "3500")]
        );
        assert_eq!(
            nums("pół miliona", Lang::Pl),
            vec![n("pół miliona", "500000")]
        );
        assert_eq!(
            nums("półtora miliona", Lang::Pl),
            vec![n("półtora miliona", "1500000")]
        );
        assert_eq!(
            nums("five years and twenty-three cities", Lang::En),
            vec![n("five", "5"), n("twenty-three", "23")]
        );
        assert_eq!(
            nums("one hundred and five people", Lang::En),
            vec![n("one hundred and five", "105")]
        );
        assert_eq!(
            nums("a million people", Lang::En),
            vec![n("a million", "1000000")]
        );
    }

    #[test]
    fn things_that_are_not_quantities() {
        assert_eq!(nums("jeden z programów", Lang::Pl), vec![]);
        assert_eq!(nums("one of the cities", Lang::En), vec![]);
        assert_eq!(nums("COVID-19 and A4 and 5G", Lang::En), vec![]);
        assert_eq!(nums("tysiące osób", Lang::Pl), vec![]);
        assert_eq!(nums("the Ten-Point Plan of Action", Lang::En), vec![]);
    }
}
