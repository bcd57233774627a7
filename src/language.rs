//! Language detection: Polish, English or other, with a confidence.
//!
//! Uses `whatlang` (trigram models) over all its languages, so that Czech, Slovak, Ukrainian
//! or German text comes out as `other` rather than being forced into pl or en. Only a bounded
//! sample of the text is examined: [`SAMPLE_BYTES`] from its start, cut at a character boundary.

use crate::Lang;
use serde::Serialize;

/// Bytes of text examined for detection. Press releases settle their language well within it.
pub const SAMPLE_BYTES: usize = 8 * 1024;

/// The outcome of detection.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Detection {
    /// pl, en or other.
    pub lang: Lang,
    /// whatlang's confidence, 0.0–1.0, rounded to two decimals; 0.0 when nothing could be
    /// detected (no letters).
    pub confidence: f64,
}

/// Detects the language of `text` from its first [`SAMPLE_BYTES`] bytes.
pub fn detect(text: &str) -> Detection {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    match whatlang::detect(sample) {
        Some(info) => {
            let lang = match info.lang() {
                whatlang::Lang::Pol => Lang::Pl,
                whatlang::Lang::Eng => Lang::En,
                _ => Lang::Other,
            };
            Detection {
                lang,
                confidence: (info.confidence() * 100.0).round() / 100.0,
            }
        }
        None => Detection {
            lang: Lang::Other,
            confidence: 0.0,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_and_english_releases() {
        let pl = detect("Rada Miasta Krakowa przyjęła uchwałę w sprawie budżetu obywatelskiego na przyszły rok.");
        assert_eq!(pl.lang, Lang::Pl);
        assert!(pl.confidence > 0.5, "{}", pl.confidence);
        let en = detect(
            "The City Council of Kraków adopted a resolution on next year's participatory budget.",
        );
        assert_eq!(en.lang, Lang::En);
    }

    #[test]
    fn czech_and_ukrainian_are_other() {
        assert_eq!(
            detect("Městská rada schválila rozpočet na příští rok a podpořila nové projekty.").lang,
            Lang::Other
        );
        assert_eq!(
            detect("Міська рада ухвалила бюджет на наступний рік і підтримала нові проєкти.").lang,
            Lang::Other
        );
    }

    #[test]
    fn no_letters_is_other_with_zero_confidence() {
        assert_eq!(detect("12 345 -- 678").lang, Lang::Other);
        assert_eq!(detect("").confidence, 0.0);
    }
}
