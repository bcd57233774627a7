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
//!    (`w 2008 r. Ideą ...`). A dot after a single capital (an initial, `J. Kowalski`,
//!    `J.Kowalski`) does only before a sentence starter from `sentence_starters.tsv` (`you and
//!    I. Did you`, `zmienna A.Zaś`); after digits (`144. miasto`) only before a capital.
//!
//! Tokens are Unicode word-bound segments (UAX #29, via `unicode-segmentation`) holding at
//! least one letter or digit.

use crate::lexicon::{AbbreviationEnd, Lexicons};
use crate::{Lang, Span};
use std::collections::{HashMap, HashSet};
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

/// Segmentation options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SegmentOptions {
    /// Every line break ends a sentence (LanguageTool's `singleLineBreaksMarksParagraph`).
    /// Default false: only a blank line, a list item or a heading does, since text extracted
    /// from PDF is hard-wrapped.
    pub line_breaks_end_sentences: bool,
}

/// Splits text into sentences. Build once from the lexicons and reuse; it is `Sync`.
#[derive(Debug, Clone)]
pub struct Segmenter {
    /// Abbreviation → when its dot may end a sentence: Polish, English, and both (for `Other`).
    abbreviations: [HashMap<String, AbbreviationEnd>; 3],
    /// Words that show a new sentence has begun (`sentence_starters.tsv`): Polish, English,
    /// and both (for `Other`). In English they decide after an `if_capital` abbreviation; in
    /// both languages, after a capital letter and a dot (`I. Did`, `A.Zaś`), which is
    /// otherwise an initial.
    starters: [HashSet<String>; 3],
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*', '_'];
const OPENERS: &[char] = &['(', '[', '"', '„', '“', '\'', '«', '*', '_'];
const TERMINATORS: &[char] = &['.', '!', '?', '…'];

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Pl => 0,
        Lang::En => 1,
        Lang::Other => 2,
    }
}

impl Segmenter {
    /// Builds a segmenter from the abbreviation and sentence-starter lexicons.
    pub fn new(lex: &Lexicons) -> Segmenter {
        let mut abbreviations: [HashMap<String, AbbreviationEnd>; 3] = Default::default();
        for a in &lex.abbreviations {
            abbreviations[slot(a.lang)].insert(a.form.clone(), a.ends);
            abbreviations[2].entry(a.form.clone()).or_insert(a.ends);
        }
        let mut starters: [HashSet<String>; 3] = Default::default();
        for (lang, w) in &lex.sentence_starters {
            starters[slot(*lang)].insert(w.clone());
            starters[2].insert(w.clone());
        }
        Segmenter {
            abbreviations,
            starters,
        }
    }

    /// The sentences of `text`, in order. `lang` selects the abbreviation list (`Other` uses
    /// both languages').
    pub fn sentences(&self, text: &str, lang: Lang) -> Vec<Sentence> {
        self.sentences_with(text, lang, SegmentOptions::default())
    }

    /// [`Segmenter::sentences`] with options.
    pub fn sentences_with(&self, text: &str, lang: Lang, opts: SegmentOptions) -> Vec<Sentence> {
        let mut out = Vec::new();
        let paras = if opts.line_breaks_end_sentences {
            lines(text)
        } else {
            paragraphs(text)
        };
        for (p, para) in paras.into_iter().enumerate() {
            let mut start = para.start;
            for end in self.boundaries(text, para, lang) {
                push_trimmed(&mut out, text, Span::new(start, end), p);
                start = end;
            }
            push_trimmed(&mut out, text, Span::new(start, para.end), p);
        }
        out
    }

    fn abbreviation(&self, word: &str, lang: Lang) -> Option<AbbreviationEnd> {
        let map = &self.abbreviations[slot(lang)];
        if let Some(e) = map.get(word) {
            return Some(*e);
        }
        // Capitalised at a sentence start: "Ks. Jankowski" is "ks.".
        let mut chars = word.chars();
        let first = chars.next()?;
        if first.is_uppercase() {
            let lowered: String = first.to_lowercase().chain(chars).collect();
            return map.get(&lowered).copied();
        }
        None
    }

    /// Byte offsets just after each sentence-ending punctuation run inside `para`.
    fn boundaries(&self, text: &str, para: Span, lang: Lang) -> Vec<usize> {
        let s = &text[para.start..para.end];
        let mut out = Vec::new();
        let mut sentence_start = 0;
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c == ')' {
                // "1) The first item 2) The second item": only list markers end here.
                if let Some(marker) = inline_list_marker(&s[sentence_start..i + 1], &s[i + 1..]) {
                    let at = sentence_start + marker;
                    if at > sentence_start {
                        out.push(para.start + at);
                        sentence_start = at;
                    }
                }
                continue;
            }
            if !TERMINATORS.contains(&c) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                let control = d.is_control() && !matches!(d, '\n' | '\r' | '\t');
                if TERMINATORS.contains(&d) || CLOSERS.contains(&d) || control {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let rest = &s[end..];
            // An ellipsis in brackets ("[...]") or one spaced out (". . .") ends nothing.
            let prev = s[..i].chars().next_back();
            if prev == Some('[') {
                continue;
            }
            if c == '.' && prev.is_some_and(char::is_whitespace) {
                // In ". . ." only the fourth dot of ". . . ." (ellipsis, then the period) can end.
                let dots = s[..i]
                    .split(' ')
                    .rev()
                    .skip(1)
                    .take_while(|w| *w == ".")
                    .count()
                    + 1;
                if rest.trim_start().starts_with('.')
                    || (s[..i].trim_end().ends_with('.') && dots < 4)
                {
                    continue;
                }
            }
            // An inline list: "1. The first item 2. The second item" splits before "2.".
            if let Some(marker) = inline_list_marker(&s[sentence_start..i + c.len_utf8()], rest) {
                let at = sentence_start + marker;
                if at > sentence_start {
                    out.push(para.start + at);
                    sentence_start = at;
                }
                continue;
            }
            let ends = if starts_title_word(rest) {
                self.glued_end(&s[..i + c.len_utf8()], rest, c, lang)
            } else {
                self.spaced_end(&s[sentence_start..i + c.len_utf8()], c, rest, lang)
            };
            if ends {
                out.push(para.start + end);
                sentence_start = end;
            }
        }
        out
    }

    /// A terminator followed by white space: does it end the sentence?
    fn spaced_end(&self, sentence: &str, c: char, rest: &str, lang: Lang) -> bool {
        // A no-break space after a dot binds: "A test.\u{A0}Another".
        let Some(space) = rest.chars().next().filter(|w| w.is_whitespace()) else {
            return false;
        };
        if matches!(space, '\u{A0}' | '\u{202F}') {
            return false;
        }
        let after = rest.trim_start();
        let next_word = after.trim_start_matches(OPENERS);
        let Some(next) = next_word.chars().next() else {
            return false;
        };
        if next.is_lowercase() || TERMINATORS.contains(&next) {
            return false;
        }
        // "-- voila! -- you have cake": an aside between double dashes goes on.
        if c != '.' && after.starts_with("--") {
            return false;
        }
        if is_list_marker(sentence) {
            return false;
        }
        c != '.' || self.dot_ends_sentence(sentence, next_word, lang)
    }

    /// A terminator glued to a capitalised word ("r.To", "sentence.Isn't", "it?Yes"): ends the
    /// sentence unless the dot belongs to an abbreviation, an initial or a web address.
    fn glued_end(&self, before: &str, rest: &str, c: char, lang: Lang) -> bool {
        let word_start = before.rfind(char::is_whitespace).map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
        let word = before[word_start..].trim_start_matches(OPENERS);
        let token_rest = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
        let looks_web = |t: &str| t.contains("://") || t.contains("www.") || t.contains('@');
        if looks_web(word) || looks_web(token_rest) {
            return false;
        }
        if c != '.' {
            return word.chars().rev().nth(1).is_some_and(char::is_alphanumeric);
        }
        let one_letter_next = rest.chars().nth(1) == Some(' ');
        match self.abbreviation(word, lang) {
            Some(AbbreviationEnd::Never) => return false,
            Some(_) => return !one_letter_next,
            None => {}
        }
        let stem = &word[..word.len() - 1];
        if stem.contains('.') {
            return false; // inside a dotted abbreviation: U.S.A, e.g.
        }
        let letters_or_digits = stem.chars().filter(|ch| ch.is_alphanumeric()).count();
        if letters_or_digits == 1 {
            // "No 5.He" ends; "J.Kowalski" (an initial) does not, "A.Zaś" does.
            return stem
                .chars()
                .any(|ch| ch.is_ascii_digit() || ch.is_lowercase())
                || self.starts_sentence(rest, lang);
        }
        letters_or_digits >= 2
            && stem
                .chars()
                .any(|ch| ch.is_lowercase() || ch.is_ascii_digit())
    }

    /// Whether `next` opens with a sentence starter of `lang` as a whole word, not itself an
    /// initial ("Did you", not "A. Smith").
    fn starts_sentence(&self, next: &str, lang: Lang) -> bool {
        let len = next
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len());
        len > 0 && !next[len..].starts_with('.') && self.starters[slot(lang)].contains(&next[..len])
    }

    /// Whether the dot ending `before` ends a sentence, given the words after it.
    fn dot_ends_sentence(&self, before: &str, next_word: &str, lang: Lang) -> bool {
        let word_start = before.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
        let word = before[word_start..].trim_start_matches(OPENERS);
        let next = next_word.chars().next().unwrap_or(' ');
        match self.abbreviation(word, lang) {
            Some(AbbreviationEnd::Never) => return false,
            Some(AbbreviationEnd::UnlessNumber) => return !next.is_ascii_digit(),
            Some(AbbreviationEnd::IfCapital) => {
                if !next.is_uppercase() {
                    return false;
                }
                // English: "the U.S. Government" goes on, "in the U.S. He said" ends.
                if lang == Lang::En {
                    return self.starts_sentence(next_word, lang);
                }
                return true;
            }
            None => {}
        }
        let stem = &word[..word.len() - 1];
        let mut chars = stem.chars();
        if let (Some(first), None) = (chars.next(), chars.next()) {
            if first.is_uppercase() {
                // An initial (J. Kowalski), unless a sentence starter follows: "you and I. Did".
                return self.starts_sentence(next_word, lang);
            }
        }
        if !stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit()) {
            return next.is_uppercase();
        }
        true
    }
}

/// Whether `rest` begins with a capitalised word glued to the punctuation before it: a
/// capital followed by a lower-case letter, an apostrophe, or a space (`30°C.W skład`).
fn starts_title_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && (b.is_lowercase() || b == '\'' || b == ' '))
}

/// In a sentence that starts with a list marker, a later marker of the same kind (`2.`,
/// `2.)`, `b.`, `• 10.`) whose terminator is the one just read starts a new item: returns its
/// byte offset in `sentence`.
fn inline_list_marker(sentence: &str, rest: &str) -> Option<usize> {
    if !rest.starts_with([' ', ')']) || rest.starts_with(')') && sentence.ends_with(')') {
        return None;
    }
    // A marker's body is at most two characters after white space and bullets (see
    // [`is_list_marker`]), so its terminator is looked for only there, not along the sentence.
    let body = sentence
        .trim_start()
        .trim_start_matches(['•', '⁃', '-', '–', '*'])
        .trim_start();
    let first_end = sentence.len() - body.len()
        + body
            .char_indices()
            .take(3)
            .find(|(_, c)| matches!(c, '.' | ')'))
            .map(|(p, _)| p + 1)?;
    let with_next = first_end
        + sentence[first_end..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
    if !is_list_marker(&sentence[..first_end]) && !is_list_marker(&sentence[..with_next]) {
        return None;
    }
    // Without the terminator just read.
    let body_end = sentence.len() - sentence.chars().next_back().map_or(0, char::len_utf8);
    let start = sentence[..body_end]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '•' | '⁃'))
        .map(|p| p + sentence[p..].chars().next().map_or(1, char::len_utf8))?;
    let marker = &sentence[start..];
    if start == 0 || !is_list_marker(marker) {
        return None;
    }
    // The marker's bullet, if any, belongs to the new item.
    let with_bullet = sentence[..start].trim_end();
    let bullet = with_bullet
        .ends_with(['•', '⁃'])
        .then(|| with_bullet.len() - with_bullet.chars().next_back().map_or(0, char::len_utf8));
    Some(bullet.unwrap_or(start))
}

/// Whether `sentence` so far is only a list marker: `1.`, `12.`, `a.`, `1.)`, `• 9.`.
fn is_list_marker(sentence: &str) -> bool {
    let t = sentence
        .trim()
        .trim_start_matches(['•', '⁃', '-', '–', '*'])
        .trim_start();
    let (t, paren) = match t.strip_suffix(')') {
        Some(x) => (x, true),
        None => (t, false),
    };
    let body = match t.strip_suffix('.') {
        Some(b) => b,
        None if paren => t,
        None => return false,
    };
    (!body.is_empty() && body.len() <= 2 && body.bytes().all(|b| b.is_ascii_digit()))
        || (body.len() == 1 && body.bytes().all(|b| b.is_ascii_lowercase()))
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

/// Spans of the non-blank lines of `text`, each with its line break.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            out.push(Span::new(pos, pos + line.len()));
        }
        pos += line.len();
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
///
/// Text made only of ASCII, Latin letters (U+00C0–U+024F) and common typographic
/// punctuation is counted by [`count_latin_tokens`]; any other text by `unicode-segmentation`.
pub fn count_tokens(text: &str) -> usize {
    count_latin_tokens(text).unwrap_or_else(|| {
        text.split_word_bounds()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    })
}

/// A character's Word_Break class, for the characters [`count_latin_tokens`] knows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// ALetter: ASCII and Latin letters.
    Letter,
    /// Numeric: ASCII digits.
    Digit,
    /// MidLetter: `:` and `·`, joining two letters.
    MidLetter,
    /// MidNumLet and Single_Quote: `.`, `'`, `‘`, `’`, joining two letters or two digits.
    MidNumLet,
    /// MidNum: `,` and `;`, joining two digits.
    MidNum,
    /// ExtendNumLet: `_`, joining with letters, digits and itself.
    Underscore,
    /// Anything else known: white space and punctuation, a break on both sides.
    Other,
}

fn word_class(c: char) -> Option<WordClass> {
    if c.is_ascii() {
        return ASCII_CLASSES[c as usize];
    }
    Some(match c {
        '\u{C0}'..='\u{24F}' if c.is_alphabetic() => WordClass::Letter,
        '·' => WordClass::MidLetter,
        '‘' | '’' => WordClass::MidNumLet,
        '\u{A0}' | '–' | '—' | '„' | '“' | '”' | '«' | '»' | '…' | '§' | '°' | '€' | '£' | '×' => {
            WordClass::Other
        }
        _ => return None,
    })
}

/// [`word_class`] of each ASCII character, looked up rather than matched.
static ASCII_CLASSES: [Option<WordClass>; 128] = {
    let mut table = [None; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = Some(match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
            b'0'..=b'9' => WordClass::Digit,
            b':' => WordClass::MidLetter,
            b'.' | b'\'' => WordClass::MidNumLet,
            b',' | b';' => WordClass::MidNum,
            b'_' => WordClass::Underscore,
            b' ' | b'\t' | b'\n' | b'\r' | b'!' | b'"' | b'#' | b'$' | b'%' | b'&' | b'('
            | b')' | b'*' | b'+' | b'-' | b'/' | b'<' | b'=' | b'>' | b'?' | b'@' | b'['
            | b'\\' | b']' | b'^' | b'`' | b'{' | b'|' | b'}' | b'~' => WordClass::Other,
            _ => {
                b += 1;
                continue;
            }
        });
        b += 1;
    }
    table
};

/// [`count_tokens`] for text whose every character [`word_class`] knows, by the UAX #29 word
/// boundary rules that apply to them (WB5–WB13b: letters and digits join; `:` `·` `.` `'`
/// `’` join two letters, `.` `,` `;` `'` `’` two digits; `_` joins with all three); `None`
/// for any other character (combining marks, format characters, other scripts), which the
/// caller leaves to `unicode-segmentation`. The two agree on every text (see the tests).
fn count_latin_tokens(text: &str) -> Option<usize> {
    use WordClass::*;
    let mut count = 0;
    // The class of the last character of the current segment, when it can go on.
    let mut last: Option<WordClass> = None;
    // Whether the current segment holds a letter or digit (is already counted).
    let mut counted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let class = word_class(c)?;
        let joins = match (last, class) {
            (Some(Letter | Digit | Underscore), Letter | Digit | Underscore) => true,
            (Some(Underscore), _) | (_, Underscore) => false,
            (Some(Letter), MidLetter | MidNumLet) | (Some(Digit), MidNum | MidNumLet) => {
                let next = match chars.peek() {
                    Some(&n) => Some(word_class(n)?),
                    None => None,
                };
                let joined = next == last;
                if joined {
                    // The middle character and the one after it go on the segment.
                    chars.next();
                    continue;
                }
                false
            }
            _ => false,
        };
        if !joins {
            counted = false;
        }
        match class {
            Letter | Digit => {
                if !counted {
                    count += 1;
                    counted = true;
                }
                last = Some(class);
            }
            Underscore => last = Some(Underscore),
            _ => last = None,
        }
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Latin fast path counts as `unicode-segmentation` does, on random texts of letters,
    /// digits, the joining marks, other punctuation, and characters it leaves to the library.
    #[test]
    fn latin_token_count_agrees_with_unicode_segmentation() {
        let pieces = [
            "a", "Z", "ł", "Ż", "é", "ß", "1", "0", ".", ",", ";", ":", "·", "'", "’", "‘", "_",
            " ", "\n", "-", "–", "„", "”", "(", ")", "/", "%", "£", "\u{A0}", "ą", "e", "m.in",
            "12.03", "\u{AD}", "\u{301}", "д", "٣",
        ];
        // And every printable ASCII character (the classes looked up in a table; control
        // characters are left to the library).
        let ascii: Vec<String> = (0x20u8..0x7F).map(|b| char::from(b).to_string()).collect();
        let pieces: Vec<&str> = pieces
            .into_iter()
            .chain(ascii.iter().map(String::as_str))
            .collect();
        let library = |t: &str| {
            t.split_word_bounds()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        let mut rng = fastrand::Rng::with_seed(11);
        let mut fast = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..rng.usize(1..12) {
                text.push_str(pieces[rng.usize(..pieces.len())]);
            }
            assert_eq!(count_tokens(&text), library(&text), "in {text:?}");
            fast += usize::from(count_latin_tokens(&text).is_some());
        }
        assert!(fast > 10_000, "the fast path took {fast} texts");
        // Known segmentations: "m.in." is one word, "12.03.2020" one number, "10:30" two.
        assert_eq!(
            count_latin_tokens("m.in. 12.03.2020 r., godz. 10:30"),
            Some(6)
        );
        assert_eq!(
            count_latin_tokens("ponad 1,5 mln zł – o 3% więcej"),
            Some(7)
        );
    }

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
    fn an_initial_ends_a_sentence_only_before_a_sentence_starter() {
        assert_eq!(
            split("You and I. Did you see Albert I. Jones?", Lang::En),
            vec!["You and I.", "Did you see Albert I. Jones?"]
        );
        assert_eq!(
            split("To jest zmienna A.Zaś to jest zmienna B.", Lang::Pl),
            vec!["To jest zmienna A.", "Zaś to jest zmienna B."]
        );
        // A starter that is itself an initial does not count: "J. A. Smith".
        assert_eq!(
            split("Spotkali J. A. Smitha oraz J.Kowalskiego.", Lang::Pl),
            vec!["Spotkali J. A. Smitha oraz J.Kowalskiego."]
        );
        assert_eq!(
            split("Met J. A. Smith today.", Lang::En),
            vec!["Met J. A. Smith today."]
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

    /// [`inline_list_marker`] as first written: the first terminator searched for along the
    /// whole sentence.
    fn inline_list_marker_by_find(sentence: &str, rest: &str) -> Option<usize> {
        if !rest.starts_with([' ', ')']) || rest.starts_with(')') && sentence.ends_with(')') {
            return None;
        }
        let first_end = sentence.find(['.', ')']).map(|p| p + 1)?;
        let with_next = first_end
            + sentence[first_end..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        if !is_list_marker(&sentence[..first_end]) && !is_list_marker(&sentence[..with_next]) {
            return None;
        }
        let body_end = sentence.len() - sentence.chars().next_back().map_or(0, char::len_utf8);
        let start = sentence[..body_end]
            .rfind(|c: char| c.is_whitespace() || matches!(c, '•' | '⁃'))
            .map(|p| p + sentence[p..].chars().next().map_or(1, char::len_utf8))?;
        let marker = &sentence[start..];
        if start == 0 || !is_list_marker(marker) {
            return None;
        }
        let with_bullet = sentence[..start].trim_end();
        let bullet = with_bullet
            .ends_with(['•', '⁃'])
            .then(|| with_bullet.len() - with_bullet.chars().next_back().map_or(0, char::len_utf8));
        Some(bullet.unwrap_or(start))
    }

    proptest::proptest! {
        /// Looking for a marker's terminator only where a marker's body can end finds what a
        /// search along the whole sentence finds.
        #[test]
        fn inline_markers_are_found_as_by_a_whole_search(
            sentence in "[ \t•⁃*–-]{0,3}[0-9ab]{0,3}[.)]{0,2}[ a-z0-9.)•]{0,12}[.)]",
            rest in "[ )a]{0,2}",
        ) {
            proptest::prop_assert_eq!(
                inline_list_marker(&sentence, &rest),
                inline_list_marker_by_find(&sentence, &rest)
            );
        }
    }
}
