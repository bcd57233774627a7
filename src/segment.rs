//! Segmentation: paragraphs, sentences and tokens.
//!
//! Rules, in order:
//! 1. A blank line ends a paragraph, and so does a line that starts a list item (`•`, `-`,
//!    `–`, `*`, `·` followed by a space) or a Markdown heading (`#`). A single line break
//!    inside a paragraph is a soft wrap (text extracted from PDF is hard-wrapped), not a
//!    sentence end.
//! 2. Inside a paragraph a sentence ends at `.`, `!`, `?` or `…` (with any closing quotes,
//!    brackets or Markdown emphasis after it) followed by white space, when the next word does
//!    not start with a lower-case letter.
//! 3. A dot after an abbreviation from `abbreviations.tsv` does not end a sentence (`ul.`,
//!    `m.in.`, `Dr.`); one marked `if_capital` does when the next word starts with a capital
//!    (`w 2008 r. Ideą ...`). A dot after a single capital (an initial, `J. Kowalski`) never
//!    does; after digits (`144. miasto`) only before a capital.
//!
//! Tokens are Unicode word-bound segments (UAX #29, via `unicode-segmentation`) holding at
//! least one letter or digit.

use crate::lexicon::{AbbreviationEnd, Lexicons};
use crate::{Lang, Span};
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// A sentence: its span (bytes in the text, trimmed of surrounding white space), the 0-based
/// paragraph it belongs to, and its token count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the text.
    pub span: Span,
    /// 0-based paragraph index.
    pub paragraph: usize,
    /// Number of tokens (words and numbers).
    pub tokens: usize,
}

/// Splits text into sentences. Build once from the lexicons and reuse; it is `Sync`.
#[derive(Debug, Clone)]
pub struct Segmenter {
    /// Abbreviation → when its dot may end a sentence, per language; `Other` holds the union.
    abbreviations: HashMap<(Lang, String), AbbreviationEnd>,
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*', '_'];
const OPENERS: &[char] = &['(', '[', '"', '„', '“', '\'', '«', '*', '_'];

impl Segmenter {
    /// Builds a segmenter from the abbreviation lexicon.
    pub fn new(lex: &Lexicons) -> Segmenter {
        let mut abbreviations = HashMap::new();
        for a in &lex.abbreviations {
            abbreviations.insert((a.lang, a.form.clone()), a.ends);
            abbreviations
                .entry((Lang::Other, a.form.clone()))
                .or_insert(a.ends);
        }
        Segmenter { abbreviations }
    }

    /// The sentences of `text`, in order. `lang` selects the abbreviation list (`Other` uses
    /// both languages').
    pub fn sentences(&self, text: &str, lang: Lang) -> Vec<Sentence> {
        let mut out = Vec::new();
        for (p, para) in paragraphs(text).into_iter().enumerate() {
            let mut start = para.start;
            for end in self.boundaries(text, para, lang) {
                push_trimmed(&mut out, text, Span::new(start, end), p);
                start = end;
            }
            push_trimmed(&mut out, text, Span::new(start, para.end), p);
        }
        out
    }

    /// Byte offsets just after each sentence-ending punctuation run inside `para`.
    fn boundaries(&self, text: &str, para: Span, lang: Lang) -> Vec<usize> {
        let s = &text[para.start..para.end];
        let mut out = Vec::new();
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if matches!(d, '.' | '!' | '?' | '…') || CLOSERS.contains(&d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let rest = &s[end..];
            if !rest.starts_with(char::is_whitespace) {
                continue;
            }
            let next = rest.trim_start().trim_start_matches(OPENERS).chars().next();
            let Some(next) = next else { continue };
            if next.is_lowercase() {
                continue;
            }
            if c == '.' && !self.dot_ends_sentence(&s[..i + 1], next, lang) {
                continue;
            }
            out.push(para.start + end);
        }
        out
    }

    /// Whether the dot ending `before` ends a sentence, given the next word's first char.
    fn dot_ends_sentence(&self, before: &str, next: char, lang: Lang) -> bool {
        let word_start = before.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
        let word = before[word_start..].trim_start_matches(OPENERS);
        if let Some(ends) = self
            .abbreviations
            .get(&(lang, word.to_string()))
            .or_else(|| self.abbreviations.get(&(Lang::Other, word.to_string())))
        {
            return *ends == AbbreviationEnd::IfCapital && next.is_uppercase();
        }
        let stem = &word[..word.len() - 1];
        let mut chars = stem.chars();
        if let (Some(first), None) = (chars.next(), chars.next()) {
            if first.is_uppercase() {
                return false; // an initial: J. Kowalski
            }
        }
        if !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit()) {
            return next.is_uppercase();
        }
        true
    }
}

fn push_trimmed(out: &mut Vec<Sentence>, text: &str, span: Span, paragraph: usize) {
    let raw = span.of(text);
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    if lead + trail >= raw.len() {
        return;
    }
    let span = Span::new(span.start + lead, span.end - trail);
    out.push(Sentence {
        span,
        paragraph,
        tokens: count_tokens(span.of(text)),
    });
}

/// Paragraph spans of `text` (see the module rules). Each span covers its lines, line breaks
/// inside included.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let line_start = pos;
        pos += line.len();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, line_start));
            }
            continue;
        }
        if starts_block(trimmed) {
            if let Some(s) = start.take() {
                out.push(Span::new(s, line_start));
            }
        }
        if start.is_none() {
            start = Some(line_start);
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

fn starts_block(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('#'), _)
            | (Some('•' | '-' | '–' | '*' | '·' | '▪'), Some(' '))
            | (Some('•' | '▪'), _)
    )
}

/// Number of tokens (UAX #29 word segments holding a letter or digit) in `text`.
pub fn count_tokens(text: &str) -> usize {
    text.split_word_bounds()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, lang: Lang) -> Vec<String> {
        let seg = Segmenter::new(&Lexicons::embedded());
        seg.sentences(text, lang)
            .into_iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn polish_abbreviations_do_not_end_sentences() {
        let t = "Spotkanie odbędzie się przy ul. Floriańskiej, m.in. z udziałem prof. Nowaka o godz. 12. Wstęp wolny.";
        assert_eq!(
            split(t, Lang::Pl),
            vec![
                "Spotkanie odbędzie się przy ul. Floriańskiej, m.in. z udziałem prof. Nowaka o godz. 12.",
                "Wstęp wolny."
            ]
        );
    }

    #[test]
    fn r_dot_ends_a_sentence_only_before_a_capital() {
        let t = "Program ruszył w 2008 r. w Strasburgu. Kraków dołączył w 2020 r. Ideą programu jest integracja.";
        assert_eq!(
            split(t, Lang::Pl),
            vec![
                "Program ruszył w 2008 r. w Strasburgu.",
                "Kraków dołączył w 2020 r.",
                "Ideą programu jest integracja."
            ]
        );
    }

    #[test]
    fn soft_wraps_join_and_blank_lines_split() {
        let t = "Rada Miasta przyjęła\nuchwałę 14 września\n2016 r. w sprawie programu.\n\nDrugi akapit.";
        let seg = Segmenter::new(&Lexicons::embedded());
        let s = seg.sentences(t, Lang::Pl);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].paragraph, 0);
        assert_eq!(s[1].paragraph, 1);
        assert_eq!(s[0].tokens, 11);
    }

    #[test]
    fn english_titles_initials_and_ordinals() {
        let t = "Dr. Smith met St. Różewicz and J. Kowalski on Monday. The city is 144th. It grew.";
        assert_eq!(
            split(t, Lang::En),
            vec![
                "Dr. Smith met St. Różewicz and J. Kowalski on Monday.",
                "The city is 144th.",
                "It grew."
            ]
        );
    }

    #[test]
    fn bullets_start_paragraphs() {
        let t = "pracowano nad:\n• strategią,\n• narracjami.";
        let p = paragraphs(t);
        assert_eq!(p.len(), 3);
        assert_eq!(p[1].of(t), "• strategią,\n");
    }

    #[test]
    fn numbers_and_urls_keep_their_dots() {
        let t = "Budżet wynosi 1.5 mln zł, zob. www.krakow.pl/budzet. Koniec.";
        assert_eq!(split(t, Lang::Pl).len(), 2);
    }
}
