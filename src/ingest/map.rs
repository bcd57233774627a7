//! The analysed text and where each of its bytes came from in the decoded file.
//!
//! Markup is stripped, entities decoded, text NFC-normalised and words hyphenated across a
//! line break rejoined before matching; an [`OffsetMap`] keeps every span of the analysed text
//! mappable back to the decoded source, so reports point at the file as the user sees it.

use std::collections::HashSet;
use std::ops::Range;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;

/// A run of the analysed text and the run of the source it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    /// Start in the analysed text, bytes.
    at: usize,
    /// Length in the analysed text, bytes.
    len: usize,
    /// Start in the source, bytes.
    src: usize,
    /// Length in the source, bytes.
    src_len: usize,
    /// Copied byte for byte (`len == src_len`); otherwise a replacement (a decoded entity, a
    /// normalised character, a paragraph break standing for a tag), whose inner offsets map
    /// to the ends of its source run.
    verbatim: bool,
}

/// Maps byte offsets of the analysed text to byte offsets of the decoded source. Empty: the
/// two are the same text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// Whether the analysed text is the source itself.
    pub fn is_identity(&self) -> bool {
        self.pieces.is_empty()
    }

    fn piece_at(&self, offset: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.at <= offset);
        self.pieces.get(i.checked_sub(1)?)
    }

    /// The source offset of analysed offset `offset` taken as the start of a span: inside a
    /// replacement, the start of what it replaces.
    pub fn start(&self, offset: usize) -> usize {
        let Some(p) = self.piece_at(offset) else {
            return offset;
        };
        let d = offset - p.at;
        if d >= p.len {
            p.src + p.src_len
        } else if p.verbatim {
            p.src + d
        } else {
            p.src
        }
    }

    /// The source offset of analysed offset `offset` taken as the (exclusive) end of a span:
    /// inside a replacement, the end of what it replaces.
    pub fn end(&self, offset: usize) -> usize {
        if offset == 0 {
            return self.start(0);
        }
        let Some(p) = self.piece_at(offset - 1) else {
            return offset;
        };
        let d = offset - p.at;
        if p.verbatim {
            p.src + d.min(p.len)
        } else {
            p.src + p.src_len
        }
    }
}

/// Builds the analysed text from pieces of a source, recording the [`OffsetMap`].
#[derive(Debug)]
pub(crate) struct Builder<'s> {
    src: &'s str,
    out: String,
    pieces: Vec<Piece>,
}

impl<'s> Builder<'s> {
    pub(crate) fn new(src: &'s str) -> Builder<'s> {
        Builder {
            src,
            out: String::with_capacity(src.len()),
            pieces: Vec::new(),
        }
    }

    fn push(&mut self, s: &str, src: Range<usize>, verbatim: bool) {
        if s.is_empty() {
            return;
        }
        if verbatim {
            if let Some(last) = self.pieces.last_mut() {
                if last.verbatim
                    && last.src + last.src_len == src.start
                    && last.at + last.len == self.out.len()
                {
                    last.len += s.len();
                    last.src_len += s.len();
                    self.out.push_str(s);
                    return;
                }
            }
        }
        self.pieces.push(Piece {
            at: self.out.len(),
            len: s.len(),
            src: src.start,
            src_len: src.end - src.start,
            verbatim,
        });
        self.out.push_str(s);
    }

    /// Copies `src[range]`, NFC-normalising the grapheme clusters that need it.
    pub(crate) fn copy(&mut self, range: Range<usize>) {
        let s = &self.src[range.clone()];
        if is_nfc_quick(s.chars()) == IsNormalized::Yes {
            self.push(s, range, true);
            return;
        }
        for (i, g) in s.grapheme_indices(true) {
            let at = range.start + i;
            let nfc: String = g.nfc().collect();
            let verbatim = nfc == g;
            self.push(&nfc, at..at + g.len(), verbatim);
        }
    }

    /// Writes `s` standing for `src[range]` (a paragraph break for a tag, a decoded entity).
    pub(crate) fn put(&mut self, s: &str, range: Range<usize>) {
        self.push(s, range, false);
    }

    /// Ends the current block with a blank line (once), standing at source offset `at`.
    pub(crate) fn paragraph_break(&mut self, at: usize) {
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        let s = if self.out.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        };
        self.put(s, at..at);
    }

    /// Writes `decoded`, the text a parser decoded from `src[range]` (entities resolved,
    /// `\r\n` folded, escapes removed), aligning the two so that the common runs stay
    /// verbatim and only the decoded parts become replacements.
    pub(crate) fn decoded(&mut self, decoded: &str, range: Range<usize>) {
        let s = &self.src[range.clone()];
        let (sb, db) = (s.as_bytes(), decoded.as_bytes());
        let (mut i, mut j) = (0, 0);
        while j < db.len() {
            // The longest common run, backed off to character boundaries.
            let i0 = i;
            while i < sb.len() && j < db.len() && sb[i] == db[j] && sb[i] != b'&' {
                i += 1;
                j += 1;
            }
            while !(s.is_char_boundary(i) && decoded.is_char_boundary(j)) {
                i -= 1;
                j -= 1;
            }
            if i > i0 {
                self.copy(range.start + i0..range.start + i);
                continue;
            }
            if i >= sb.len() {
                self.put(&decoded[j..], range.end..range.end);
                return;
            }
            let c = s[i..].chars().next().expect("i < len");
            let d = decoded[j..].chars().next().expect("j < len");
            match c {
                '\r' => i += 1,
                '\\' => i += 1,
                '&' if d == '&'
                    && !s[i + 1..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '#') =>
                {
                    // A bare ampersand.
                    self.copy(range.start + i..range.start + i + 1);
                    i += 1;
                    j += 1;
                }
                '&' => {
                    // An entity or character reference stands for `d`.
                    let end = s[i + 1..]
                        .char_indices()
                        .take(40)
                        .find(|&(_, ch)| !(ch.is_ascii_alphanumeric() || ch == '#'))
                        .map_or(s.len(), |(k, ch)| i + 1 + k + usize::from(ch == ';'));
                    self.put(
                        &decoded[j..j + d.len_utf8()],
                        range.start + i..range.start + end,
                    );
                    i = end;
                    j += d.len_utf8();
                }
                _ => {
                    // Anything else: the rest stands for the rest.
                    self.put(&decoded[j..], range.start + i..range.end);
                    return;
                }
            }
        }
    }

    /// Copies `src[range]`, a plain text that may come from a PDF, rejoining words hyphenated
    /// across a line break (`Między-\nkulturowych` → `Międzykulturowych`). The hyphen stays
    /// when the left part is in `keep` (the first part of a real compound, `polsko-`), when it
    /// is written in capitals or digits (`SMS-`, `COVID-`), when the next line repeats the
    /// hyphen (the Polish typesetting rule for a compound broken at its hyphen) or when the
    /// hyphenated form appears elsewhere in the text.
    pub(crate) fn copy_rejoining(&mut self, range: Range<usize>, keep: &HashSet<String>) {
        let src = self.src;
        let s = &src[range.clone()];
        let mut from = range.start;
        let mut search = 0;
        // (memmem: a vectorised search; `str::find` took about 1% of a scan.)
        let find = |needle: &[u8], from: usize| memchr::memmem::find(&s.as_bytes()[from..], needle);
        while let Some(k) = find(b"-\n", search).or_else(|| find(b"-\r\n", search)) {
            let hyphen = search + k;
            let nl = if s[hyphen + 1..].starts_with('\r') {
                hyphen + 3
            } else {
                hyphen + 2
            };
            search = nl;
            let left_start = s[..hyphen]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map_or(hyphen, |(i, _)| i);
            let left = &s[left_start..hyphen];
            let indent = s[nl..].len() - s[nl..].trim_start_matches([' ', '\t']).len();
            let resume = nl + indent;
            let right_len = s[resume..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(s.len() - resume);
            let right = &s[resume..resume + right_len];
            let joinable = !left.is_empty()
                && left.chars().any(char::is_lowercase)
                && left.chars().all(char::is_alphabetic)
                && right.chars().next().is_some_and(char::is_lowercase)
                && !keep.contains(&left.to_lowercase())
                && !hyphenated_elsewhere(s, left);
            if joinable {
                self.copy(from..range.start + hyphen);
                from = range.start + resume;
            }
        }
        self.copy(from..range.end);
    }

    /// The analysed text and its map (empty when the text is the source byte for byte).
    pub(crate) fn finish(self) -> (String, OffsetMap) {
        let identity = self.out.len() == self.src.len()
            && self
                .pieces
                .iter()
                .all(|p| p.verbatim && p.src == p.at && p.len == p.src_len);
        let map = if identity {
            OffsetMap::default()
        } else {
            OffsetMap {
                pieces: self.pieces,
            }
        };
        (self.out, map)
    }
}

/// Whether `text` holds `left` followed by a hyphen and a letter on the same line
/// (`biało-czerwony` seen elsewhere keeps `biało-\nczerwone`).
fn hyphenated_elsewhere(text: &str, left: &str) -> bool {
    let needle = format!("{left}-");
    text.match_indices(&needle).any(|(i, _)| {
        text[i + needle.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep() -> HashSet<String> {
        ["polsko".to_string()].into_iter().collect()
    }

    #[test]
    fn hyphenated_line_breaks_rejoin_unless_a_real_compound() {
        // Unix and Windows line breaks alike.
        for nl in ["\n", "\r\n"] {
            let src = "Programu Miast Między-\nkulturowych i współpraca polsko-\nukraińska, SMS-\ny oraz wielo-\n  kulturowy."
                .replace('\n', nl);
            let mut b = Builder::new(&src);
            b.copy_rejoining(0..src.len(), &keep());
            let (text, map) = b.finish();
            assert_eq!(
                text,
                "Programu Miast Międzykulturowych i współpraca polsko-\nukraińska, SMS-\ny oraz wielokulturowy."
                    .replace('\n', nl)
            );
            // "kulturowych" starts at source byte 24 (after "-\n"; 25 after "-\r\n").
            let at = text.find("Międzykulturowych").unwrap();
            assert_eq!(map.start(at), src.find("Między").unwrap());
            assert_eq!(
                map.start(at + "Między".len()),
                src.find("kulturowych").unwrap()
            );
            assert_eq!(
                map.end(at + "Międzykulturowych".len()),
                src.find(" i ").unwrap()
            );
            let w = text.find("wielokulturowy").unwrap();
            assert_eq!(map.end(w + "wielokulturowy".len()), src.len() - 1);
        }
    }

    #[test]
    fn the_hyphenated_form_seen_elsewhere_is_kept() {
        let src = "biało-czerwony sztandar i biało-\nczerwone flagi";
        let mut b = Builder::new(src);
        b.copy_rejoining(0..src.len(), &HashSet::new());
        assert_eq!(b.finish().0, src);
    }

    #[test]
    fn nfc_normalises_and_maps_back() {
        // "Kraków" with a combining acute accent (o + U+0301), then " 5".
        let src = "Krako\u{301}w 5";
        let mut b = Builder::new(src);
        b.copy(0..src.len());
        let (text, map) = b.finish();
        assert_eq!(text, "Kraków 5");
        let five = text.find('5').unwrap();
        assert_eq!(map.start(five), src.find('5').unwrap());
        // The composed ó maps to the whole o + accent.
        let o = text.find('ó').unwrap();
        assert_eq!((map.start(o), map.end(o + 'ó'.len_utf8())), (4, 7));
    }

    #[test]
    fn decoded_text_keeps_common_runs_verbatim() {
        let src = "a &amp; b&nbsp;5\r\nc";
        let mut b = Builder::new(src);
        b.decoded("a & b\u{a0}5\nc", 0..src.len());
        let (text, map) = b.finish();
        assert_eq!(text, "a & b\u{a0}5\nc");
        let amp = text.find('&').unwrap();
        assert_eq!((map.start(amp), map.end(amp + 1)), (2, 7));
        let five = text.find('5').unwrap();
        assert_eq!(map.start(five), src.find('5').unwrap());
        assert_eq!(map.start(text.find('c').unwrap()), src.len() - 1);
    }

    #[test]
    fn identity_when_nothing_changes() {
        let src = "Kraków, 10 września 2025 r.";
        let mut b = Builder::new(src);
        b.copy_rejoining(0..src.len(), &keep());
        let (text, map) = b.finish();
        assert_eq!(text, src);
        assert!(map.is_identity());
    }
}
