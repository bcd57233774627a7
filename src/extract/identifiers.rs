//! Identifiers: labels made of digits that are not quantities.
//!
//! - URLs and e-mail addresses;
//! - reference numbers after `nr`, `Nr`, `No.` (`uchwała Nr XVI/171/11`, `nr 5`);
//! - phone numbers after `tel.`, `telefon`, `phone`, `fax`, `infolinia` (and `at`, `nr`), or
//!   written with `+48`;
//! - Polish postcodes `NN-NNN` followed by a capitalised place name (`31-004 Kraków`);
//! - street numbers after `ul.`, `al.`, `pl.`, `os.` and a capitalised street name.
//!
//! The normalised value is the identifier with white space removed (URLs and addresses as
//! written).

use super::{claim_candidates, Fact, FactKind, Taken, Value};
use crate::Span;
use regex::Regex;

#[derive(Debug)]
pub(super) struct Identifiers {
    /// (regex, capture group of the fact's span, capture group of its value)
    patterns: Vec<(Regex, usize, usize)>,
}

impl Identifiers {
    pub(super) fn new() -> Identifiers {
        let p = |re: &str, span: usize, value: usize| {
            (
                Regex::new(re).expect("identifier regex compiles"),
                span,
                value,
            )
        };
        Identifiers {
            patterns: vec![
                p(
                    r#"(?i)\b((?:https?://|www\.)[^\s<>()\[\]"]+[^\s<>()\[\]".,;:!?])"#,
                    1,
                    1,
                ),
                p(r"\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", 1, 1),
                p(
                    r"\b(?:[Nn]r|NR|No\.|no\.)\s?([0-9IVXLCDM][0-9A-Za-z]*(?:[/.-][0-9A-Za-z]+)*)",
                    0,
                    1,
                ),
                p(
                    r"(?i)\b(?:tel\.?|telefon\w*|phone|fax|infolinia|hotline)(?:\s+(?:at|on|nr|numer|number))?[:\s]*((?:\+\d{2}[\s-]?)?\(?\d{2,3}\)?(?:[\s-]?\d{2,3}){2,4})",
                    1,
                    1,
                ),
                p(r"(\+\d{2}[\s-]?\(?\d{2,3}\)?(?:[\s-]?\d{2,3}){2,4})", 1, 1),
                p(r"\b(\d{2}-\d{3})\s+\p{Lu}", 1, 1),
                p(
                    r"\b(?:ul\.|al\.|pl\.|os\.)\s*(?:\p{Lu}[\p{L}.-]*\s+){1,4}(\d+[a-zA-Z]?(?:[/-]\d+[a-zA-Z]?)?)\b",
                    1,
                    1,
                ),
            ],
        }
    }

    pub(super) fn extract(&self, text: &str, taken: &mut Taken) -> Vec<Fact> {
        let mut cands = Vec::new();
        for (i, (re, span_group, value_group)) in self.patterns.iter().enumerate() {
            for caps in re.captures_iter(text) {
                let (Some(m), Some(v)) = (caps.get(*span_group), caps.get(*value_group)) else {
                    continue;
                };
                let raw = v.as_str();
                let value = if i == 0 {
                    raw.to_string()
                } else {
                    raw.chars().filter(|c| !c.is_whitespace()).collect()
                };
                cands.push((Span::new(m.start(), m.end()), value));
            }
        }
        claim_candidates(cands, taken)
            .into_iter()
            .map(|(span, value)| Fact::new(FactKind::Identifier, span, Value::Identifier(value)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::facts;
    use crate::extract::FactKind;
    use crate::Lang;

    #[test]
    fn urls_and_street_numbers() {
        let f = facts(
            "Więcej: https://www.coe.int/en/web/interculturalcities. Adres: ul. Józefa Dietla 14.",
            Lang::Pl,
        );
        assert_eq!(
            f,
            vec![
                (
                    FactKind::Identifier,
                    "https://www.coe.int/en/web/interculturalcities".into(),
                    "https://www.coe.int/en/web/interculturalcities".into()
                ),
                (FactKind::Identifier, "14".into(), "14".into()),
            ]
        );
    }

    #[test]
    fn plus_48_numbers_without_a_label() {
        let f = facts("Call +48 12 616 12 34 for details.", Lang::En);
        assert_eq!(
            f,
            vec![(
                FactKind::Identifier,
                "+48 12 616 12 34".into(),
                "+48126161234".into()
            )]
        );
    }
}
