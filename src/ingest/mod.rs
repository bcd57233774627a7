//! Ingest: reads a file, decodes it to UTF-8 and takes out the text to analyse, or says plainly
//! why not.
//!
//! Formats, chosen by extension ([`Format::from_path`]): plain text (`.txt`, and text taken
//! out of PDFs, whose words hyphenated across line breaks are rejoined), Markdown (`.md`),
//! HTML (`.html`, `.htm`) and DOCX (`.docx`). Encodings: UTF-8 (with or without a byte-order
//! mark), UTF-16 with a byte-order mark, and Windows-1250 / ISO-8859-2 (the legacy Polish code
//! pages, detected with `chardetng`). The analysed text is NFC-normalised; spans in it map back
//! to the file through [`Text::locate`].
//!
//! Refused with a reason ([`IngestError`]): empty, binary, too large, mis-encoded, corrupt
//! or hostile files, and formats factlint does not read.

mod docx;
mod html;
pub mod map;
mod markdown;

use crate::Span;
use map::{Builder, OffsetMap};
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

/// Default largest file read, in bytes (8 MiB). A larger file is a `skipped` row, not a crash;
/// for DOCX it also bounds the decompressed document. A press release is rarely over 100 kB;
/// analysis holds about 40 bytes of memory per byte of a text dense with facts, so this
/// bounds one document at about 300 MB (raise it with `scan --max-bytes`).
pub const DEFAULT_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// Why a file could not be analysed. Each becomes a row of `documents.csv` with status
/// `skipped` ([`IngestError::skipped`]: nothing wrong with the file, factlint chose not to read
/// it) or `error`; [`fmt::Display`] gives the plain reason written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestError {
    /// The file could not be opened or read (permissions, vanished, a broken link).
    Unreadable(String),
    /// The file has no bytes, or only white space (skipped).
    Empty,
    /// The file holds binary data (NUL bytes or control characters).
    Binary,
    /// Larger than the limit; fields are the size and the limit, in bytes (skipped).
    TooLarge(u64, u64),
    /// Not valid UTF-8 and not a recognised legacy Polish encoding; the field names what the
    /// detector guessed.
    UnknownEncoding(String),
    /// A format factlint does not read; the field is the extension or what the path is
    /// (skipped).
    Unsupported(String),
    /// A corrupt or hostile file of a known format (a truncated DOCX, malformed XML, an XML
    /// document type declaration); the field says what is wrong.
    Corrupt(String),
    /// A compressed part expands beyond the limit (a zip bomb); the field is the limit in bytes.
    Bomb(u64),
}

impl IngestError {
    /// Whether the row's status is `skipped` (the file is fine but not analysed: too large,
    /// empty, not a format factlint reads) rather than `error`.
    pub fn skipped(&self) -> bool {
        matches!(
            self,
            IngestError::Empty | IngestError::TooLarge(..) | IngestError::Unsupported(_)
        )
    }
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
            IngestError::Unsupported(what) => write!(f, "not a format factlint reads: {what}"),
            IngestError::Corrupt(what) => write!(f, "corrupt or unsafe file: {what}"),
            IngestError::Bomb(max) => write!(
                f,
                "compressed content expands beyond the limit of {max} bytes (zip bomb?)"
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

/// The format a file is read in, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text (`.txt`), including text taken out of PDFs.
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// HTML (`.html`, `.htm`).
    Html,
    /// Word (`.docx`): positions are paragraphs, not lines.
    Docx,
}

impl Format {
    /// The format of `path` by its extension (case-insensitive); `None` for extensions
    /// factlint does not read (`.pdf`, `.doc`, images, ...).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "docx" => Format::Docx,
            _ => return None,
        })
    }

    /// The name written in reports: `text`, `markdown`, `html`, `docx`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// Where a text offset stands in the file: byte offset in the file as read, and 1-based line
/// and column (column counted in characters). For DOCX, `line` is the paragraph (the n-th
/// paragraph with text, tables included), `column` the character within it, and `offset` the
/// byte offset in the extracted text (a DOCX has no lines of its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// Byte offset in the file as read (byte-order mark included).
    pub offset: usize,
    /// 1-based line (paragraph for DOCX).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// A document's text to analyse, with what is needed to map offsets back to the file.
#[derive(Debug, Clone)]
pub struct Text {
    /// The text analysed: decoded to UTF-8, markup stripped, NFC-normalised, hyphenated line
    /// breaks rejoined. For plain text that needed none of it, the file's text itself
    /// (line breaks as in the file, `\r\n` kept).
    pub content: String,
    /// The file's encoding.
    pub encoding: Encoding,
    /// The format the file was read in.
    pub format: Format,
    /// Size of the file in bytes.
    pub file_bytes: usize,
    /// The decoded file, when [`Text::content`] differs from it.
    source: Option<String>,
    /// Offsets of `content` to offsets of the decoded file.
    map: OffsetMap,
    /// Byte offset (in the decoded file) of the start of each line; for DOCX, of each
    /// paragraph in `content`.
    line_starts: Vec<usize>,
    /// Byte offset in the file of the start of each line (DOCX: as `line_starts`).
    file_line_starts: Vec<usize>,
}

impl Text {
    /// Wraps already-decoded UTF-8 text (as read from standard input or a test string).
    pub fn from_utf8(content: String) -> Text {
        let n = content.len();
        Text::build(content, Encoding::Utf8 { bom: false }, n)
    }

    fn build(content: String, encoding: Encoding, file_bytes: usize) -> Text {
        Text::mapped(
            content,
            None,
            OffsetMap::default(),
            encoding,
            Format::Text,
            file_bytes,
        )
    }

    /// A text whose `content` maps through `map` to `source` (`None`: content is the source).
    fn mapped(
        content: String,
        source: Option<String>,
        map: OffsetMap,
        encoding: Encoding,
        format: Format,
        file_bytes: usize,
    ) -> Text {
        let src = source.as_deref().unwrap_or(&content);
        let mut line_starts = vec![0];
        let mut file_line_starts = vec![encoding.preamble()];
        if let Encoding::Utf8 { .. } = encoding {
            // Each character takes in the file the bytes it takes in the text: a line's file
            // offset is its text offset past the byte-order mark, and a newline byte is
            // always a newline character.
            for i in memchr::memchr_iter(b'\n', src.as_bytes()) {
                line_starts.push(i + 1);
                file_line_starts.push(encoding.preamble() + i + 1);
            }
        } else {
            let mut file_pos = encoding.preamble();
            for (i, c) in src.char_indices() {
                file_pos += encoding.width(c);
                if c == '\n' {
                    line_starts.push(i + 1);
                    file_line_starts.push(file_pos);
                }
            }
        }
        Text {
            content,
            encoding,
            format,
            file_bytes,
            source,
            map,
            line_starts,
            file_line_starts,
        }
    }

    /// The file's decoded text, in which [`Text::locate`]'s lines and [`Text::source_span`]'s
    /// offsets stand: the markup source for HTML and Markdown, the text as written for plain
    /// text, the extracted paragraphs for DOCX.
    pub fn source_text(&self) -> &str {
        self.source.as_deref().unwrap_or(&self.content)
    }

    /// A span of [`Text::content`] as a span of [`Text::source_text`] (bytes, end exclusive).
    pub fn source_span(&self, span: Span) -> Span {
        let src = self.source_text();
        let mut start = self.map.start(span.start).min(src.len());
        let mut end = self.map.end(span.end).min(src.len()).max(start);
        while !src.is_char_boundary(start) {
            start -= 1;
        }
        while !src.is_char_boundary(end) {
            end += 1;
        }
        Span::new(start, end)
    }

    /// Where the text offset `offset` (bytes into [`Text::content`]) stands in the file.
    /// Offsets past the end are clamped to the end; an offset inside a character is taken as
    /// that character's start.
    pub fn locate(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.content.len());
        while !self.content.is_char_boundary(offset) {
            offset -= 1;
        }
        let src = self.source_text();
        let mut offset = self.map.start(offset).min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        self.locate_source(offset)
    }

    /// [`Text::locate`] for an offset of [`Text::source_text`] (a char boundary).
    fn locate_source(&self, offset: usize) -> Location {
        let src = self.source_text();
        let line_idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let line_start = self.line_starts[line_idx];
        let before = &src[line_start..offset];
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
        let s = self.source_span(span);
        (
            self.locate_source(s.start).offset,
            self.locate_source(s.end).offset,
        )
    }

    /// The whole 1-based line `line` of [`Text::source_text`] (paragraph for DOCX) without its
    /// line break, and the byte offset of its start there. `None` past the last line.
    pub fn line(&self, line: usize) -> Option<(&str, usize)> {
        let src = self.source_text();
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self.line_starts.get(line).copied().unwrap_or(src.len());
        let s = src[start..end].trim_end_matches(['\n', '\r']);
        Some((s, start))
    }
}

/// Reads files into [`Text`]s: the size limit and the lexicon's list of compound parts that
/// keep their hyphen at a line break.
#[derive(Debug, Clone)]
pub struct Reader {
    /// Largest file read, in bytes; also the bound on a DOCX's decompressed document.
    pub max_bytes: u64,
    /// Left parts of hyphenated compounds (`polsko`, lower case) kept at a line break.
    keep_hyphen: HashSet<String>,
}

impl Reader {
    /// A reader with the limit [`DEFAULT_MAX_BYTES`] and the compound parts of
    /// `lexicons/hyphenated.tsv`.
    pub fn new(lex: &crate::lexicon::Lexicons) -> Reader {
        Reader {
            max_bytes: DEFAULT_MAX_BYTES,
            keep_hyphen: lex.hyphenated.iter().map(|w| w.to_lowercase()).collect(),
        }
    }

    /// The same reader with another size limit, in bytes.
    pub fn with_max_bytes(mut self, max_bytes: u64) -> Reader {
        self.max_bytes = max_bytes;
        self
    }

    /// Reads the file at `path` in the format its extension names.
    ///
    /// # Errors
    /// An [`IngestError`] with the plain reason; never panics. A file removed between listing
    /// and reading is [`IngestError::Unreadable`] ("not found").
    pub fn read_file(&self, path: &Path) -> Result<Text, IngestError> {
        let unreadable = |e: std::io::Error| IngestError::Unreadable(io_reason(&e));
        let meta = std::fs::metadata(path).map_err(unreadable)?;
        if meta.is_dir() {
            return Err(IngestError::Unsupported(
                "a folder behind a symbolic link (not followed)".into(),
            ));
        }
        if !meta.is_file() {
            return Err(IngestError::Unsupported(
                "not a regular file (device, socket or pipe)".into(),
            ));
        }
        let format = Format::from_path(path).ok_or_else(|| {
            IngestError::Unsupported(path.extension().map_or_else(
                || "no extension".to_string(),
                |e| format!(".{}", e.to_string_lossy()),
            ))
        })?;
        if meta.len() > self.max_bytes {
            return Err(IngestError::TooLarge(meta.len(), self.max_bytes));
        }
        // Read at most one byte past the limit, in case the file grew since `metadata`.
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        use std::io::Read;
        std::fs::File::open(path)
            .and_then(|f| f.take(self.max_bytes + 1).read_to_end(&mut bytes))
            .map_err(unreadable)?;
        if bytes.len() as u64 > self.max_bytes {
            return Err(IngestError::TooLarge(bytes.len() as u64, self.max_bytes));
        }
        self.load(bytes, format)
    }

    /// Decodes `bytes` as a file in `format` and takes out its text.
    ///
    /// # Errors
    /// [`IngestError::Empty`], [`IngestError::Binary`], [`IngestError::UnknownEncoding`],
    /// and for DOCX [`IngestError::Corrupt`] or [`IngestError::Bomb`].
    pub fn load(&self, bytes: Vec<u8>, format: Format) -> Result<Text, IngestError> {
        let file_bytes = bytes.len();
        if format == Format::Docx {
            if bytes.is_empty() {
                return Err(IngestError::Empty);
            }
            let (content, starts) = docx::extract(&bytes, self.max_bytes)?;
            if content.trim().is_empty() {
                return Err(IngestError::Empty);
            }
            let mut text = Text::mapped(
                content,
                None,
                OffsetMap::default(),
                Encoding::Utf8 { bom: false },
                Format::Docx,
                file_bytes,
            );
            let mut starts = starts;
            if starts.first() != Some(&0) {
                starts.insert(0, 0);
            }
            text.file_line_starts = starts.clone();
            text.line_starts = starts;
            return Ok(text);
        }
        let (source, encoding) = decode_bytes(bytes)?;
        let mut b = Builder::new(&source);
        match format {
            Format::Text => b.copy_rejoining(0..source.len(), &self.keep_hyphen),
            Format::Markdown => markdown::extract(&source, &mut b),
            Format::Html => html::extract(&source, &mut b),
            Format::Docx => unreachable!("handled above"),
        }
        let (content, map) = b.finish();
        if content.trim().is_empty() {
            return Err(IngestError::Empty);
        }
        // A text that is its source byte for byte passed the check in `decode_bytes`.
        if !map.is_identity() && looks_binary(content.as_bytes()) {
            return Err(IngestError::Binary);
        }
        let source = (!map.is_identity()).then_some(source);
        Ok(Text::mapped(
            content, source, map, encoding, format, file_bytes,
        ))
    }
}

/// The plain reason for an I/O error, without Rust's "(os error N)" suffix.
fn io_reason(e: &std::io::Error) -> String {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "not found (removed during the scan?)".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    let reason = reason
        .split(" (os error")
        .next()
        .unwrap_or(&reason)
        .to_string();
    reason
}

/// Decodes a plain-text file's bytes: BOM sniffing, UTF-8 validation, binary detection, then
/// legacy Polish code pages; NFC-normalised, nothing else changed.
///
/// # Errors
/// [`IngestError::Empty`], [`IngestError::Binary`] or [`IngestError::UnknownEncoding`].
pub fn decode(bytes: Vec<u8>) -> Result<Text, IngestError> {
    let file_bytes = bytes.len();
    let (source, encoding) = decode_bytes(bytes)?;
    let mut b = Builder::new(&source);
    b.copy(0..source.len());
    let (content, map) = b.finish();
    if content.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let source = (!map.is_identity()).then_some(source);
    Ok(Text::mapped(
        content,
        source,
        map,
        encoding,
        Format::Text,
        file_bytes,
    ))
}

/// Decodes bytes to UTF-8: BOM sniffing, UTF-8 validation, binary detection, then legacy
/// Polish code pages.
fn decode_bytes(bytes: Vec<u8>) -> Result<(String, Encoding), IngestError> {
    let (s, enc) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let s = std::str::from_utf8(rest)
            .map_err(|_| IngestError::UnknownEncoding("UTF-8 with errors".into()))?;
        (s.to_string(), Encoding::Utf8 { bom: true })
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
        (s.into_owned(), Encoding::Utf16 { little_endian })
    } else {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(IngestError::Empty);
        }
        if looks_binary(&bytes) {
            return Err(IngestError::Binary);
        }
        match String::from_utf8(bytes) {
            // The bytes themselves passed the binary check above.
            Ok(s) => {
                if s.trim().is_empty() {
                    return Err(IngestError::Empty);
                }
                return Ok((s, Encoding::Utf8 { bom: false }));
            }
            Err(e) => decode_legacy(e.into_bytes())?,
        }
    };
    if s.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    if looks_binary(s.as_bytes()) {
        return Err(IngestError::Binary);
    }
    Ok((s, enc))
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

fn decode_legacy(bytes: Vec<u8>) -> Result<(String, Encoding), IngestError> {
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
    Ok((s.into_owned(), encoding))
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
        let reader = Reader::new(&crate::lexicon::Lexicons::embedded());
        let e = reader
            .read_file(Path::new("/nonexistent/x.txt"))
            .unwrap_err();
        assert!(matches!(e, IngestError::Unreadable(_)));
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        std::fs::write(&big, "a".repeat(100)).unwrap();
        assert_eq!(
            reader
                .clone()
                .with_max_bytes(10)
                .read_file(&big)
                .unwrap_err(),
            IngestError::TooLarge(100, 10)
        );
    }
}
