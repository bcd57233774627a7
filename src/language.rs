//! Language detection: Polish, English or other, with a confidence.
//!
//! Documents go to `whatlang` (trigram models of 69 languages; fast), short texts to `lingua`
//! restricted to Polish, English and their most confusable neighbours (Czech, Slovak, German,
//! Ukrainian, Russian), which is far better on words and phrases. Either way Czech, Slovak,
//! Ukrainian or German text comes out as `other`, not forced into pl or en. Only a bounded
//! sample of the text is examined: [`SAMPLE_BYTES`] from its start, cut at a character boundary.

use crate::Lang;
use serde::Serialize;

/// Bytes of text examined for detection. Press releases settle their language well within it.
pub const SAMPLE_BYTES: usize = 512;

/// The outcome of detection.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Detection {
    /// pl, en or other.
    pub lang: Lang,
    /// whatlang's confidence, 0.0–1.0, rounded to two decimals; 0.0 when nothing could be
    /// detected (no letters).
    pub confidence: f64,
}

/// Detects the language of `text`: short texts (under [`SHORT_TEXT_CHARS`] characters:
/// words, phrases, lines) with lingua, documents with whatlang over their first
/// [`SAMPLE_BYTES`] bytes. `docs/accuracy.md` has the figures behind the choice.
pub fn detect(text: &str) -> Detection {
    let short = text.trim().chars().nth(SHORT_TEXT_CHARS).is_none();
    detect_with(
        text,
        if short {
            Detector::Lingua
        } else {
            Detector::Whatlang
        },
    )
}

fn detect_whatlang(text: &str) -> Detection {
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

/// Which detector to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detector {
    /// `whatlang`: trigram models of 69 languages; fast.
    Whatlang,
    /// `lingua`, restricted to Polish, English and the neighbours most often confused with
    /// them (Czech, Slovak, German, Ukrainian, Russian); slower, much better on short texts.
    Lingua,
}

/// How close (as a share of the top confidence) Polish or English must come to a neighbour
/// language to be preferred over it. Chosen from 1.0, 0.8, 0.6 and 0.4 on lingua's test data
/// (the one tuned parameter): 0.6 is the largest value that brings single words above 95%
/// while neighbours' sentences stay above 99% other. See `docs/accuracy.md`.
const PL_EN_MARGIN: f64 = 0.6;

/// Texts shorter than this many characters go to lingua, longer ones to whatlang.
pub const SHORT_TEXT_CHARS: usize = 200;

fn lingua_detector() -> &'static lingua::LanguageDetector {
    use lingua::Language::*;
    static DETECTOR: std::sync::OnceLock<lingua::LanguageDetector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| {
        lingua::LanguageDetectorBuilder::from_languages(&[
            Polish, English, Czech, Slovak, German, Ukrainian, Russian,
        ])
        .build()
    })
}

/// Detects the language of `text` (its first [`SAMPLE_BYTES`] bytes) with `detector`.
pub fn detect_with(text: &str, detector: Detector) -> Detection {
    match detector {
        Detector::Whatlang => detect_whatlang(text),
        Detector::Lingua => {
            let mut end = text.len().min(SAMPLE_BYTES);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let sample = &text[..end];
            let values = lingua_detector().compute_language_confidence_values(sample);
            let to_lang = |l: lingua::Language| match l {
                lingua::Language::Polish => Lang::Pl,
                lingua::Language::English => Lang::En,
                _ => Lang::Other,
            };
            let Some(&(top, top_conf)) = values.first() else {
                return Detection {
                    lang: Lang::Other,
                    confidence: 0.0,
                };
            };
            if top_conf <= 0.0 {
                return Detection {
                    lang: Lang::Other,
                    confidence: 0.0,
                };
            }
            // A neighbour language wins only clearly: Polish or English within
            // PL_EN_MARGIN of it is taken instead (loan words such as "garden", "kontakt").
            let (lang, conf) = match values
                .iter()
                .find(|(l, _)| to_lang(*l) != Lang::Other)
                .filter(|(_, c)| to_lang(top) == Lang::Other && *c >= top_conf * PL_EN_MARGIN)
            {
                Some(&(l, c)) => (to_lang(l), c),
                None => (to_lang(top), top_conf),
            };
            Detection {
                lang,
                confidence: (conf * 100.0).round() / 100.0,
            }
        }
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
    fn single_words_and_pairs() {
        assert_eq!(detect("mieszkańców").lang, Lang::Pl);
        assert_eq!(detect("residents").lang, Lang::En);
        assert_eq!(detect("zarejestrowanych użytkowników").lang, Lang::Pl);
        assert_eq!(detect("registered users").lang, Lang::En);
        assert_eq!(detect("obyvatelé města").lang, Lang::Other);
    }

    #[test]
    fn no_letters_is_other_with_zero_confidence() {
        assert_eq!(detect("12 345 -- 678").lang, Lang::Other);
        assert_eq!(detect("").confidence, 0.0);
    }
}
