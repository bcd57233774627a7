//! Ingest: reads a file's bytes and decodes them to UTF-8 text, or says plainly why not.
//!
//! Accepted: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, and
//! Windows-1250 / ISO-8859-2 (the legacy Polish code pages, detected with `chardetng`).
//! Rejected with a reason: empty files, binary files, files over the size limit, and files
//! that are neither valid UTF-8 nor a recognised legacy Polish encoding.

use crate::Span;
use std::fmt;
use std::path::Path;

/// Default largest file read, in bytes (64 MiB). A larger file is an error row, not a crash.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be analysed. Each becomes a row with status `error` in
/// `documents.csv`; [`fmt::Display`] gives the plain reason written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestError {
    /// The file could not be opened or read (permissions, vanished, not a file).
    Unreadable(String),
    /// The file has no bytes, or only white space.
    Empty,
    /// The file holds binary data (NUL bytes or control characters).
    Binary,
    /// Larger than the limit; fields are the size and the limit, in bytes.
    TooLarge(u64, u64),
    /// Not valid UTF-8 and not a recognised legacy Polish encoding; the field names what the
    /// detector guessed.
    UnknownEncoding(String),
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Unreadable(e) => write!(f, "cannot read file: {e}"),
            IngestError::Empty => write!(f, "empty file (no text)"),
            IngestError::Binary => write!(f, "binary file (not text)"),
            IngestError::TooLarge(size, max) => {
                write!(f, "file too large: {size} bytes (limit {max} bytes)")
            }
            IngestError::UnknownEncoding(guess) => write!(
                f,
                "invalid UTF-8 and not Windows-1250 or ISO-8859-2 (looks like {guess})"
            ),
        }
    }
}

impl std::error::Error for IngestError {}

/// How the file's bytes were encoded. Determines how a text offset maps back to a file offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8; `bom` is true when the file starts with a byte-order mark.
    Utf8 {
        /// The file starts with EF BB BF.
        bom: bool,
    },
    /// UTF-16 with a byte-order mark (little- or big-endian).
    Utf16 {
        /// Little-endian when true.
        little_endian: bool,
    },
    /// Windows-1250 (one byte per character).
    Windows1250,
    /// ISO-8859-2 (one byte per character).
    Iso88592,
}

impl Encoding {
    /// The WHATWG label written in reports (`UTF-8`, `UTF-16LE`, `windows-1250`, `ISO-8859-2`).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 { bom: false } => "UTF-8",
            Encoding::Utf8 { bom: true } => "UTF-8 (BOM)",
            Encoding::Utf16 {
                little_endian: true,
            } => "UTF-16LE",
            Encoding::Utf16 {
                little_endian: false,
            } => "UTF-16BE",
            Encoding::Windows1250 => "windows-1250",
            Encoding::Iso88592 => "ISO-8859-2",
        }
    }

    /// Bytes before the text in the file (the byte-order mark).
    fn preamble(self) -> usize {
        match self {
            Encoding::Utf8 { bom: true } => 3,
            Encoding::Utf16 { .. } => 2,
            _ => 0,
        }
    }

    /// Bytes the character `c` takes in the file.
    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 { .. } => c.len_utf8(),
            Encoding::Utf16 { .. } => c.len_utf16() * 2,
            Encoding::Windows1250 | Encoding::Iso88592 => 1,
        }
    }
}

/// Where a text offset stands in the file: byte offset in the file as read, and 1-based line
/// and column (column counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// Byte offset in the file as read (byte-order mark included).
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// A decoded document text with what is needed to map offsets back to the file.
#[derive(Debug, Clone)]
pub struct Text {
    /// The text, decoded to UTF-8, without a byte-order mark. Line breaks are kept as in the
    /// file (`\r\n` stays), so lines and columns match the file.
    pub content: String,
    /// The file's encoding.
    pub encoding: Encoding,
    /// Size of the file in bytes.
    pub file_bytes: usize,
    /// Byte offset (in `content`) of the start of each line.
    line_starts: Vec<usize>,
    /// Byte offset in the file of the start of each line.
    file_line_starts: Vec<usize>,
}

impl Text {
    /// Wraps already-decoded UTF-8 text (as read from standard input or a test string).
    pub fn from_utf8(content: String) -> Text {
        let n = content.len();
        Text::build(content, Encoding::Utf8 { bom: false }, n)
    }

    fn build(content: String, encoding: Encoding, file_bytes: usize) -> Text {
        let mut line_starts = vec![0];
        let mut file_line_starts = vec![encoding.preamble()];
        let mut file_pos = encoding.preamble();
        for (i, c) in content.char_indices() {
            file_pos += encoding.width(c);
            if c == '\n' {
                line_starts.push(i + 1);
                file_line_starts.push(file_pos);
            }
        }
        Text {
            content,
            encoding,
            file_bytes,
            line_starts,
            file_line_starts,
        }
    }

    /// Where the text offset `offset` (bytes into [`Text::content`]) stands in the file.
    /// Offsets past the end are clamped to the end; an offset inside a character is taken as
    /// that character's start.
    pub fn locate(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.content.len());
        while !self.content.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let line_start = self.line_starts[line_idx];
        let before = &self.content[line_start..offset];
        let column = before.chars().count() + 1;
        let file_offset = self.file_line_starts[line_idx]
            + before
                .chars()
                .map(|c| self.encoding.width(c))
                .sum::<usize>();
        Location {
            offset: file_offset,
            line: line_idx + 1,
            column,
        }
    }

    /// The file offsets of a span: (start, end) in bytes of the file as read.
    pub fn file_span(&self, span: Span) -> (usize, usize) {
        (self.locate(span.start).offset, self.locate(span.end).offset)
    }

    /// The whole 1-based line `line` without its line break, and the byte offset of its start
    /// in [`Text::content`]. `None` past the last line.
    pub fn line(&self, line: usize) -> Option<(&str, usize)> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.content.len());
        let s = self.content[start..end].trim_end_matches(['\n', '\r']);
        Some((s, start))
    }
}

/// Reads and decodes the file at `path`, refusing files over `max_bytes`.
///
/// # Errors
/// An [`IngestError`] with the plain reason; never panics.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Text, IngestError> {
    let meta = std::fs::metadata(path).map_err(|e| IngestError::Unreadable(e.to_string()))?;
    if !meta.is_file() {
        return Err(IngestError::Unreadable("not a regular file".into()));
    }
    if meta.len() > max_bytes {
        return Err(IngestError::TooLarge(meta.len(), max_bytes));
    }
    let bytes = std::fs::read(path).map_err(|e| IngestError::Unreadable(e.to_string()))?;
    decode(bytes)
}

/// Decodes a file's bytes: BOM sniffing, UTF-8 validation, binary detection, then legacy
/// Polish code pages.
///
/// # Errors
/// [`IngestError::Empty`], [`IngestError::Binary`] or [`IngestError::UnknownEncoding`].
pub fn decode(bytes: Vec<u8>) -> Result<Text, IngestError> {
    let n = bytes.len();
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let s = std::str::from_utf8(rest)
            .map_err(|_| IngestError::UnknownEncoding("UTF-8 with errors".into()))?;
        Text::build(s.to_string(), Encoding::Utf8 { bom: true }, n)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let little_endian = bytes[0] == 0xFF;
        let enc = if little_endian {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (s, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(IngestError::UnknownEncoding("UTF-16 with errors".into()));
        }
        Text::build(s.into_owned(), Encoding::Utf16 { little_endian }, n)
    } else {
        if looks_binary(&bytes) {
            return Err(IngestError::Binary);
        }
        match String::from_utf8(bytes) {
            Ok(s) => Text::build(s, Encoding::Utf8 { bom: false }, n),
            Err(e) => decode_legacy(e.into_bytes())?,
        }
    };
    if text.content.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    if looks_binary(text.content.as_bytes()) {
        return Err(IngestError::Binary);
    }
    Ok(text)
}

/// A NUL byte, or more than 1 in 20 bytes being control characters other than tab, line
/// feed, form feed and carriage return, marks binary data.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 20 > sample.len()
}

fn decode_legacy(bytes: Vec<u8>) -> Result<Text, IngestError> {
    let mut det = chardetng::EncodingDetector::new();
    det.feed(&bytes, true);
    let guess = det.guess(Some(b"pl"), true);
    let encoding = if guess == encoding_rs::WINDOWS_1250 {
        Encoding::Windows1250
    } else if guess == encoding_rs::ISO_8859_2 {
        Encoding::Iso88592
    } else {
        return Err(IngestError::UnknownEncoding(guess.name().to_string()));
    };
    let (s, _, had_errors) = guess.decode(&bytes);
    if had_errors {
        return Err(IngestError::UnknownEncoding(format!(
            "{} with errors",
            guess.name()
        )));
    }
    let n = bytes.len();
    Ok(Text::build(s.into_owned(), encoding, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_maps_offsets_past_the_bom() {
        let t = decode(b"\xEF\xBB\xBFa\nb\xC5\x82 5".to_vec()).unwrap();
        assert_eq!(t.content, "a\nbł 5");
        assert_eq!(t.encoding, Encoding::Utf8 { bom: true });
        // "5" is at text byte 6; in the file: 3 (BOM) + 6.
        let loc = t.locate(6);
        assert_eq!((loc.offset, loc.line, loc.column), (9, 2, 4));
    }

    #[test]
    fn windows_1250_is_decoded_and_offsets_count_one_byte_per_char() {
        // "Zażółć gęślą jaźń 5 zł" in Windows-1250.
        let (bytes, _, _) = encoding_rs::WINDOWS_1250
            .encode("Zażółć gęślą jaźń: 5 zł, 30 tys. mieszkańców, ósmy dzień");
        let t = decode(bytes.into_owned()).unwrap();
        assert_eq!(t.encoding, Encoding::Windows1250);
        assert!(t.content.starts_with("Zażółć"));
        let five = t.content.find('5').unwrap();
        assert_eq!(t.locate(five).offset, 19);
        assert_eq!(t.locate(five).column, 20);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Kraków 2020".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let t = decode(bytes).unwrap();
        assert_eq!(t.content, "Kraków 2020");
        assert_eq!(t.locate(8).offset, 2 + 7 * 2);
    }

    #[test]
    fn empty_binary_and_garbage_are_reasons_not_panics() {
        assert_eq!(decode(Vec::new()).unwrap_err(), IngestError::Empty);
        assert_eq!(
            decode(b"  \n\t\n".to_vec()).unwrap_err(),
            IngestError::Empty
        );
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00abc".to_vec()).unwrap_err(),
            IngestError::Binary
        );
        let ctrl: Vec<u8> = (0..200u8)
            .map(|i| if i % 3 == 0 { 0x01 } else { b'a' })
            .collect();
        assert_eq!(decode(ctrl).unwrap_err(), IngestError::Binary);
    }

    #[test]
    fn an_offset_inside_a_character_is_its_start() {
        let t = Text::from_utf8("4,2 mln zł\nx".into());
        // 'ł' spans bytes 9..11.
        assert_eq!(
            t.locate(10),
            Location {
                offset: 9,
                line: 1,
                column: 10
            }
        );
        assert_eq!(t.locate(99).line, 2);
    }

    #[test]
    fn line_returns_the_line_without_its_break() {
        let t = Text::from_utf8("one\r\ntwo\nthree".into());
        assert_eq!(t.line(2), Some(("two", 5)));
        assert_eq!(t.line(3), Some(("three", 9)));
        assert_eq!(t.line(4), None);
    }

    #[test]
    fn missing_file_is_unreadable() {
        let e = read_file(Path::new("/nonexistent/x.txt"), DEFAULT_MAX_BYTES).unwrap_err();
        assert!(matches!(e, IngestError::Unreadable(_)));
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        std::fs::write(&big, "a".repeat(100)).unwrap();
        assert_eq!(
            read_file(&big, 10).unwrap_err(),
            IngestError::TooLarge(100, 10)
        );
    }
}
