//! Key entities: every form in `entities.tsv`, matched as whole words and case-sensitively
//! (any run of white space in the text, line breaks included, matches a space in a form),
//! with one Aho–Corasick automaton over both languages' forms (an English programme name in a
//! Polish release still names the programme).
//!
//! Overlapping matches of different entities are all kept (`Programu Miast Międzykulturowych
//! Rady Europy` names the programme and the Council of Europe); of overlapping matches of the
//! same entity only the longest is kept.

use super::{Fact, FactKind, Value};
use crate::lexicon::Lexicons;
use crate::{Lang, Span};
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug)]
pub(super) struct Entities {
    automaton: Option<AhoCorasick>,
    /// Entity id of each pattern, by pattern index.
    ids: Vec<String>,
    /// Index of the entity in the lexicon, by pattern index.
    id_index: Vec<usize>,
}

impl Entities {
    pub(super) fn new(lex: &Lexicons) -> Entities {
        let mut patterns = Vec::new();
        let mut ids = Vec::new();
        let mut id_index = Vec::new();
        for (i, e) in lex.entities.iter().enumerate() {
            for form in e.pl.iter().chain(&e.en) {
                patterns.push(form.clone());
                ids.push(e.id.clone());
                id_index.push(i);
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                    .build(&patterns)
                    .expect("entity automaton builds"),
            )
        };
        Entities {
            automaton,
            ids,
            id_index,
        }
    }

    pub(super) fn extract(&self, text: &str, _lang: Lang) -> Vec<Fact> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let flat = Collapsed::new(text);
        let mut found: Vec<(Span, usize)> = ac
            .find_overlapping_iter(&flat.flat)
            .map(|m| {
                (
                    Span::new(flat.origin(m.start()), flat.origin(m.end() - 1) + 1),
                    m.pattern().as_usize(),
                )
            })
            .filter(|(s, _)| {
                !super::alnum_before(text, s.start)
                    && !super::alnum_at(text, s.end)
                    && !currency_at(text, s.end)
            })
            .collect();
        found.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
        // Matches come by start, longest first: a match of an id that starts before the end
        // of that id's previous kept match is nested in it or overlaps it.
        let mut kept_end: HashMap<usize, usize> = HashMap::default();
        let mut out: Vec<Fact> = Vec::new();
        for (span, pat) in found {
            let id_index = self.id_index[pat];
            let end = kept_end.entry(id_index).or_insert(0);
            if span.start < *end {
                continue;
            }
            *end = span.end;
            out.push(Fact::new(
                FactKind::Entity,
                span,
                Value::Entity(self.ids[pat].clone()),
            ));
        }
        out
    }
}

/// Whether a currency sign follows at byte `i`: "US$" is a currency, not the United States.
fn currency_at(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '$' | '€' | '£' | '¥' | '¢' | '₴' | '₽'))
}

/// A text with every run of white space (line breaks included) as one space, so that forms
/// match across hard-wrapped lines (`Marii\nKlaman`).
struct Collapsed {
    /// The text with its white space collapsed.
    flat: String,
    /// Where the offset between `flat` and the text changes: (byte of `flat`, byte of the text
    /// it comes from), ascending, the first (0, 0).
    pieces: Vec<(usize, usize)>,
}

impl Collapsed {
    fn new(text: &str) -> Collapsed {
        let bytes = text.as_bytes();
        let mut flat = String::with_capacity(text.len());
        let mut pieces = vec![(0, 0)];
        // The white space char at byte `i`, as its length in bytes.
        let space_at = |i: usize| -> Option<usize> {
            match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Some(1),
                b if b < 0xC0 => None,
                _ => {
                    let c = text[i..].chars().next()?;
                    c.is_whitespace().then(|| c.len_utf8())
                }
            }
        };
        let (mut i, mut copied) = (0, 0);
        while i < bytes.len() {
            let Some(len) = space_at(i) else {
                i += 1;
                continue;
            };
            flat.push_str(&text[copied..i]);
            let mut j = i + len;
            while let Some(len) = (j < bytes.len()).then(|| space_at(j)).flatten() {
                j += len;
            }
            flat.push(' ');
            if j - i != 1 {
                pieces.push((flat.len(), j));
            }
            (i, copied) = (j, j);
        }
        flat.push_str(&text[copied..]);
        Collapsed { flat, pieces }
    }

    /// The byte of the text that byte `i` of `flat` comes from (a space: the first byte of its
    /// run of white space).
    fn origin(&self, i: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.0 <= i) - 1;
        let (f, t) = self.pieces[k];
        t + (i - f)
    }
}

#[cfg(test)]
mod tests {
    use super::Collapsed;
    use crate::extract::tests::facts;
    use crate::extract::FactKind;
    use crate::Lang;

    fn ents(text: &str) -> Vec<(String, String)> {
        facts(text, Lang::Pl)
            .into_iter()
            .filter(|f| f.0 == FactKind::Entity)
            .map(|f| (f.1, f.2))
            .collect()
    }

    #[test]
    fn inflected_forms_map_to_one_id() {
        assert_eq!(
            ents("w obecności Zastępczyni Prezydenta Miasta Krakowa Marii Klaman"),
            vec![
                (
                    "Prezydenta Miasta Krakowa".to_string(),
                    "mayor-of-krakow".to_string()
                ),
                ("Krakowa".into(), "krakow".into()),
                ("Marii Klaman".into(), "maria-klaman".into()),
            ]
        );
    }

    #[test]
    fn nested_entities_of_different_ids_are_both_kept() {
        let e = ents("do Programu Miast Międzykulturowych Rady Europy");
        assert_eq!(
            e,
            vec![
                (
                    "Programu Miast Międzykulturowych".to_string(),
                    "icc".to_string()
                ),
                ("Rady Europy".into(), "council-of-europe".into()),
            ]
        );
    }

    #[test]
    fn forms_match_across_line_breaks() {
        assert_eq!(
            ents("obecności Marii\r\n  Klaman, dyrektorów"),
            vec![("Marii\r\n  Klaman".to_string(), "maria-klaman".to_string())]
        );
    }

    #[test]
    fn whole_words_and_case_only() {
        assert_eq!(
            ents("Krakowski magistrat"),
            vec![
                ("Krakowski".to_string(), "krakow".to_string()),
                ("magistrat".into(), "krakow-city-hall".into())
            ]
        );
        assert_eq!(
            ents("Krakowskiego Biura"),
            vec![("Krakowskiego".to_string(), "krakow".to_string())]
        );
        assert_eq!(ents("Krakowianka"), vec![]);
        assert_eq!(facts("let us go", Lang::En), vec![]);
    }

    proptest::proptest! {
        /// The collapsed text and the origin of each of its bytes are those of a char-by-char
        /// copy that records each byte's origin.
        #[test]
        fn collapsed_text_maps_each_byte_to_its_origin(text in "[a ą\t\n\r\u{a0}\u{2003}\u{3000}x.]{0,30}") {
            let (mut flat, mut map) = (String::new(), Vec::new());
            let mut in_space = false;
            for (i, c) in text.char_indices() {
                if c.is_whitespace() {
                    if !in_space {
                        flat.push(' ');
                        map.push(i);
                    }
                    in_space = true;
                    continue;
                }
                in_space = false;
                flat.push(c);
                map.extend(i..i + c.len_utf8());
            }
            let c = Collapsed::new(&text);
            proptest::prop_assert_eq!(&c.flat, &flat);
            let origins: Vec<usize> = (0..flat.len()).map(|i| c.origin(i)).collect();
            proptest::prop_assert_eq!(origins, map);
        }
    }
}
