//! One document through the first stages: language → sentences → facts.

use crate::compare::Conversions;
use crate::extract::{Extractor, Fact, Ymd};
use crate::ingest::Text;
use crate::language::{self, Detection};
use crate::lexicon::Lexicons;
use crate::segment::{Segmenter, Sentence};
use crate::timing::{self, Stage};
use crate::Lang;

/// A document after detection, segmentation and extraction.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The decoded text.
    pub text: Text,
    /// What language detection said.
    pub detection: Detection,
    /// The language used for segmentation and extraction: the one given by the caller, else the
    /// detected one (`Other` reads with both languages' lexicons).
    pub lang: Lang,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Facts in order of position.
    pub facts: Vec<Fact>,
}

impl Analysis {
    /// Total tokens over all sentences.
    pub fn tokens(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens).sum()
    }

    /// Index of the sentence holding byte `offset`, or of the nearest sentence before it
    /// (0 when it lies before the first).
    pub fn sentence_of(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.start <= offset)
            .saturating_sub(1)
    }
}

/// The compiled analysis stages. Build once per run; `Sync`, so one value serves all threads.
#[derive(Debug)]
pub struct Pipeline {
    reader: crate::ingest::Reader,
    segmenter: Segmenter,
    extractor: Extractor,
    conversions: Conversions,
}

impl Pipeline {
    /// Compiles the stages from the lexicons.
    pub fn new(lex: &Lexicons) -> Pipeline {
        Pipeline {
            reader: crate::ingest::Reader::new(lex),
            segmenter: Segmenter::new(lex),
            extractor: Extractor::new(lex),
            conversions: Conversions::new(lex),
        }
    }

    /// The file reader built from the same lexicons (size limit [`crate::ingest::DEFAULT_MAX_BYTES`]).
    pub fn reader(&self) -> &crate::ingest::Reader {
        &self.reader
    }

    /// The unit conversions for comparing analysed documents ([`crate::compare::compare`]).
    pub fn conversions(&self) -> &Conversions {
        &self.conversions
    }

    /// Detects the language of `text` (kept in [`Analysis::detection`] even when `lang` is
    /// given), splits it into sentences and extracts its facts, in `lang` if given.
    pub fn analyse(&self, text: Text, lang: Option<Lang>) -> Analysis {
        self.analyse_at(text, lang, None)
    }

    /// [`Pipeline::analyse`] with a reference date for relative dates and yearless days
    /// (see [`Extractor::extract_at`]); `None` takes the release's own date line.
    pub fn analyse_at(&self, text: Text, lang: Option<Lang>, reference: Option<Ymd>) -> Analysis {
        self.analyse_at_clock(text, lang, reference, None)
    }

    /// [`Pipeline::analyse_at`] with a reference time of day (hour, minute) as well, for
    /// counts of minutes and hours (see [`Extractor::extract_at_clock`]).
    pub fn analyse_at_clock(
        &self,
        text: Text,
        lang: Option<Lang>,
        reference: Option<Ymd>,
        clock: Option<(u8, u8)>,
    ) -> Analysis {
        let detection = timing::time(Stage::Language, || language::detect(&text.content));
        self.finish(
            text,
            detection,
            lang.unwrap_or(detection.lang),
            reference,
            clock,
        )
    }

    /// Like [`Pipeline::analyse`] with no language given, except that when detection says
    /// `other`, `hint` (e.g. the language tag in the file name) is used for extraction.
    pub fn analyse_hinted(&self, text: Text, hint: Option<Lang>) -> Analysis {
        let detection = timing::time(Stage::Language, || language::detect(&text.content));
        let lang = match (detection.lang, hint) {
            (Lang::Other, Some(h)) => h,
            (l, _) => l,
        };
        self.finish(text, detection, lang, None, None)
    }

    fn finish(
        &self,
        text: Text,
        detection: Detection,
        lang: Lang,
        reference: Option<Ymd>,
        clock: Option<(u8, u8)>,
    ) -> Analysis {
        let sentences = timing::time(Stage::Segment, || {
            self.segmenter.sentences(&text.content, lang)
        });
        let facts = timing::time(Stage::Extract, || {
            self.extractor
                .extract_at_clock(&text.content, lang, reference, clock)
        });
        Analysis {
            text,
            detection,
            lang,
            sentences,
            facts,
        }
    }
}
