//! Real archives: HTML, Markdown, DOCX, PDF-extracted text and legacy encodings read with
//! their positions mapped back to the file; broken and hostile files become rows with their
//! reason while the batch goes on.
//!
//! The small archive in `tests/archive/` is committed; the DOCX files and every hostile case
//! are generated here at test time (the 200 MB file among them).

use assert_cmd::Command;
use factlint::analyse::{Analysis, Pipeline};
use factlint::extract::{Fact, FactKind};
use factlint::ingest::{Encoding, Format, IngestError, Reader};
use factlint::lexicon::Lexicons;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

fn archive() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/archive")
}

fn pipeline() -> Pipeline {
    Pipeline::new(&Lexicons::embedded())
}

fn analyse(p: &Pipeline, path: &Path) -> Analysis {
    let text = p.reader().read_file(path).expect("readable");
    p.analyse(text, None)
}

/// The fact whose text is `written`, with its value and 1-based (line, column).
fn fact<'a>(a: &'a Analysis, written: &str) -> (&'a Fact, String, (usize, usize)) {
    let f = a
        .facts
        .iter()
        .find(|f| f.span.of(&a.text.content) == written)
        .unwrap_or_else(|| panic!("no fact `{written}` in {:?}", a.text.content));
    let loc = a.text.locate(f.span.start);
    (f, f.value.to_string(), (loc.line, loc.column))
}

/// A DOCX holding `body` (the inside of `<w:body>`), built as Word lays it out.
fn docx(body: &str) -> Vec<u8> {
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip_with(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.to_vec(),
        ),
        ("word/document.xml", doc.into_bytes()),
    ])
}

fn zip_with(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    for (name, bytes) in parts {
        z.start_file(*name, opts).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
    out.into_inner()
}

fn para(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// The English version of `2025-12-01-rada-icc.pl.txt` as Word writes it: runs split mid-word,
/// an entity, a table.
fn english_docx() -> Vec<u8> {
    let body = [
        para("Kraków, 1 December 2025"),
        // One word split across runs, as Word does after an edit.
        r#"<w:p><w:r><w:t>Kraków on the board of the Intercultural </w:t></w:r><w:r><w:t>Cit</w:t></w:r><w:r><w:t>ies programme</w:t></w:r></w:p>"#.to_string(),
        "<w:p/>".to_string(),
        para("From 1 December 2025, a representative of Kraków sits on the board of the Council of Europe&apos;s Intercultural Cities programme. The network now has over 150 cities in 38 countries."),
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Polish &amp; Ukrainian projects</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12 projects worth PLN 2.4 million</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.to_string(),
        para("The board meets on Friday, 12 December 2025, in Strasbourg."),
    ]
    .concat();
    docx(&body)
}

#[test]
fn html_page_visible_text_with_positions_in_the_html_source() {
    let p = pipeline();
    let a = analyse(&p, &archive().join("2025-10-06-budzet-obywatelski.pl.html"));
    assert_eq!(a.text.format, Format::Html);
    assert_eq!(a.text.encoding, Encoding::Utf8 { bom: false });
    let (f, value, at) = fact(&a, "41,5\u{a0}mln\u{a0}zł");
    assert_eq!(
        (value.as_str(), f.unit.as_deref(), at),
        ("41500000", Some("PLN"), (16, 76))
    );
    let (_, value, at) = fact(&a, "od 15 do 28 września 2025 r.");
    assert_eq!((value.as_str(), at), ("2025-09-15/2025-09-28", (17, 22)));
    // The table cell is its own paragraph; script, style, nav, head and footer are dropped.
    assert_eq!(fact(&a, "23").2, (21, 36));
    for hidden in [
        "12345",
        "2019",
        "2020",
        "Strona główna",
        "Magiczny",
        "Urząd Miasta",
    ] {
        assert!(
            !a.text.content.contains(hidden),
            "{hidden} is not visible text"
        );
    }
    // Entities decoded; the span of the fact maps back over the `&nbsp;` in the file.
    let (f, _, _) = fact(&a, "41,5\u{a0}mln\u{a0}zł");
    let (start, end) = a.text.file_span(f.span);
    let file = std::fs::read(archive().join("2025-10-06-budzet-obywatelski.pl.html")).unwrap();
    assert_eq!(&file[start..end], "41,5&nbsp;mln&nbsp;zł".as_bytes());
}

#[test]
fn markdown_markup_is_stripped_and_positions_stay() {
    let p = pipeline();
    let a = analyse(&p, &archive().join("2025-10-06-budzet-obywatelski.en.md"));
    assert_eq!(a.text.format, Format::Markdown);
    assert!(!a.text.content.contains("**") && !a.text.content.contains("](https"));
    assert!(a.text.content.contains("The 74 projects chosen"));
    let (_, value, at) = fact(&a, "PLN 41.5 million");
    assert_eq!((value.as_str(), at), ("41500000", (7, 26)));
    let (_, value, at) = fact(&a, "74");
    assert_eq!((value.as_str(), at), ("74", (6, 25)));
    let (_, value, at) = fact(&a, "from 15 to 28 September 2025");
    assert_eq!((value.as_str(), at), ("2025-09-15/2025-09-28", (9, 12)));
}

#[test]
fn windows_1250_with_crlf_is_detected_and_offsets_count_file_bytes() {
    let p = pipeline();
    let path = archive().join("2025-11-03-zielone-podworka.pl.txt");
    let a = analyse(&p, &path);
    assert_eq!(a.text.encoding, Encoding::Windows1250);
    assert_eq!(a.text.encoding.label(), "windows-1250");
    let (f, value, at) = fact(&a, "3,2 mln zł");
    assert_eq!((value.as_str(), at), ("3200000", (4, 72)));
    let (start, end) = a.text.file_span(f.span);
    let bytes = std::fs::read(&path).unwrap();
    let (expected, _, _) = encoding_rs::WINDOWS_1250.encode("3,2 mln zł");
    assert_eq!(&bytes[start..end], &expected[..]);
    assert_eq!(fact(&a, "1200").1, "1200");
}

#[test]
fn pdf_text_rejoins_hyphenated_words_and_keeps_real_compounds() {
    let p = pipeline();
    let a = analyse(&p, &archive().join("2025-12-01-rada-icc.pl.txt"));
    assert_eq!(a.text.format, Format::Text);
    assert!(a
        .text
        .content
        .contains("Programu Miast Międzykulturowych Rady Europy"));
    assert!(a.text.content.contains("mieszkanek naszego"));
    assert!(
        a.text.content.contains("polsko-\nukraińska"),
        "a real compound keeps its hyphen"
    );
    // The entity across the rejoined break is found, and placed where it starts in the file.
    let icc: Vec<_> = a
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Entity && f.value.to_string() == "icc")
        .map(|f| {
            let l = a.text.locate(f.span.start);
            (l.line, l.column)
        })
        .collect();
    assert_eq!(icc, vec![(2, 17), (4, 64)]);
    // Hard-wrapped lines are one sentence: the amount on line 7 belongs to line 6's sentence.
    let s = a
        .sentences
        .iter()
        .find(|s| s.span.of(&a.text.content).contains("2,4 mln zł"))
        .unwrap();
    assert!(s.span.of(&a.text.content).starts_with("Współpraca polsko-"));
    assert_eq!(fact(&a, "2,4 mln zł").2, (7, 1));
    // The weekday agrees with 12 December 2025 (a Friday): no weekday finding.
    assert_eq!(fact(&a, "12 grudnia 2025 r.").0.weekday_conflict(), None);
}

#[test]
fn the_citys_pdf_extracted_seed_reads_as_sentences() {
    // ../shared/corpus/seeds/000 is text pasted out of a PDF: hard-wrapped mid-sentence.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/seeds/000_7733ba3453157044.txt");
    let p = pipeline();
    let a = analyse(&p, &path);
    assert_eq!(a.lang, factlint::Lang::Pl);
    let (_, value, at) = fact(&a, "Od 30 września do 2 października 2025 roku");
    assert_eq!((value.as_str(), at), ("2025-09-30/2025-10-02", (1, 2)));
    // A name wrapped over two lines is one entity, placed on its first line.
    let (f, value, at) = fact(&a, "Zespołu ds. Włączenia\nMiędzykulturowego");
    assert_eq!(
        (value.as_str(), at),
        ("coe-intercultural-inclusion-unit", (15, 68))
    );
    assert_eq!(f.kind, FactKind::Entity);
}

#[test]
fn docx_paragraphs_tables_and_runs_with_paragraph_numbers() {
    let p = pipeline();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rada-icc.en.docx");
    std::fs::write(&path, english_docx()).unwrap();
    let a = analyse(&p, &path);
    assert_eq!(a.text.format, Format::Docx);
    assert_eq!(a.lang, factlint::Lang::En);
    assert!(a.text.content.contains("Intercultural Cities programme"));
    assert!(a.text.content.contains("Polish & Ukrainian projects"));
    assert!(a.text.content.contains("Council of Europe's"));
    // Lines are paragraphs with text (the empty one is not counted); table cells count.
    let (_, value, at) = fact(&a, "PLN 2.4 million");
    assert_eq!((value.as_str(), at), ("2400000", (5, 19)));
    let (f, value, at) = fact(&a, "12 December 2025");
    assert_eq!((value.as_str(), at), ("2025-12-12", (6, 28)));
    assert_eq!((f.weekday, f.weekday_conflict()), (Some(5), None));
    assert_eq!(
        a.text.line(2).unwrap().0,
        "Kraków on the board of the Intercultural Cities programme"
    );
}

#[test]
fn broken_and_hostile_docx_are_refused_with_a_reason() {
    let reader = Reader::new(&Lexicons::embedded());
    let good = english_docx();
    // Truncated mid-file.
    let e = reader
        .load(good[..good.len() / 2].to_vec(), Format::Docx)
        .unwrap_err();
    assert!(matches!(e, IngestError::Corrupt(_)), "{e}");
    assert!(!e.skipped());
    // Not a zip at all.
    let e = reader
        .load(b"PK\x03\x04 not really".to_vec(), Format::Docx)
        .unwrap_err();
    assert!(
        e.to_string().starts_with("corrupt or unsafe file: DOCX:"),
        "{e}"
    );
    // A zip without a document.
    let e = reader
        .load(zip_with(&[("hello.txt", b"hi".to_vec())]), Format::Docx)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "corrupt or unsafe file: DOCX: no word/document.xml (not a Word document)"
    );
    // Billion laughs: entity definitions in a document type declaration.
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"#;
    let e = reader
        .load(
            zip_with(&[("word/document.xml", laughs.as_bytes().to_vec())]),
            Format::Docx,
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "corrupt or unsafe file: DOCX: XML document type declaration refused (entity definitions)"
    );
    // An undeclared entity.
    let e = reader.load(docx(&para("&lol;")), Format::Docx).unwrap_err();
    assert!(e.to_string().contains("unknown XML entity &lol;"), "{e}");
    // A zip bomb: 3 MB of XML compressed to a few kB, against a 1 MB limit.
    let bomb = docx(&para(&" ".repeat(3 << 20)));
    assert!(bomb.len() < 20_000, "{}", bomb.len());
    let e = reader
        .clone()
        .with_max_bytes(1 << 20)
        .load(bomb, Format::Docx)
        .unwrap_err();
    assert_eq!(e, IngestError::Bomb(1 << 20));
}

#[test]
fn a_file_that_vanishes_after_listing_is_a_reason() {
    let reader = Reader::new(&Lexicons::embedded());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone.pl.txt");
    std::fs::write(&path, "Kraków, 1 grudnia 2025 r.").unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(
        reader.read_file(&path).unwrap_err().to_string(),
        "cannot read file: not found (removed during the scan?)"
    );
}

fn rows(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn scan_over_a_hostile_archive_lists_every_file_and_goes_on() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{symlink, PermissionsExt};

    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("archiwum");
    std::fs::create_dir(&a).unwrap();
    for e in std::fs::read_dir(archive()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), a.join(e.file_name())).unwrap();
    }
    std::fs::write(a.join("2025-12-01-rada-icc.en.docx"), english_docx()).unwrap();
    // Broken and hostile files.
    std::fs::write(a.join("pusty.txt"), "").unwrap();
    std::fs::write(
        a.join("zdjecie.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    std::fs::write(a.join("uciety.docx"), &english_docx()[..300]).unwrap();
    std::fs::write(a.join("bomba.docx"), docx(&para(&" ".repeat(9 << 20)))).unwrap();
    std::fs::write(a.join("skan.pdf"), b"%PDF-1.4\n").unwrap();
    // A 200 MB file on one line, over the default 8 MiB limit.
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(a.join("ogromny.txt")).unwrap());
        let chunk = "Kraków 2025 ".repeat(1 << 16);
        while f.get_ref().metadata().unwrap().len() < 200_000_000 {
            f.write_all(chunk.as_bytes()).unwrap();
            f.flush().unwrap();
        }
    }
    // No read permission (root reads it anyway; then it is analysed like any file).
    let locked = a.join("zablokowany.pl.txt");
    std::fs::write(
        &locked,
        "Kraków, 1 grudnia 2025 r. Rada Miasta zebrała się 3 razy.",
    )
    .unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let root_reads_anyway = std::fs::File::open(&locked).is_ok();
    // A link to itself, a link to the folder itself, a dangling link (a file gone mid-scan).
    symlink("petla.txt", a.join("petla.txt")).unwrap();
    symlink(".", a.join("tutaj")).unwrap();
    symlink("nie-ma-mnie.txt", a.join("zniknal.txt")).unwrap();
    // A name that is not UTF-8 (Latin-2 `ł`).
    let name = std::ffi::OsStr::from_bytes(b"stary-\xb3odz.en.txt");
    std::fs::write(a.join(name), "Łódź, 3 November 2025. Over 1,200 shrubs.").unwrap();

    let out = dir.path().join("raporty");
    let run = Command::cargo_bin("factlint")
        .unwrap()
        .args(["scan"])
        .arg(&a)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
    let docs = rows(&out.join("documents.csv"));
    let row = |n: &str| {
        docs.iter()
            .find(|d| d["path"].ends_with(n))
            .unwrap_or_else(|| panic!("{n} listed in {docs:#?}"))
    };
    let status = |n: &str| (row(n)["status"].clone(), row(n)["error"].clone());
    assert_eq!(docs.len(), 17, "{docs:#?}");
    assert!(stdout.starts_with("factlint scan: 17 files"), "{stdout}");

    // Read, with format, encoding and facts.
    let html = row("2025-10-06-budzet-obywatelski.pl.html");
    assert_eq!(
        [
            &html["status"],
            &html["format"],
            &html["encoding"],
            &html["numbers"],
            &html["dates"]
        ],
        ["ok", "html", "UTF-8", "4", "4"]
    );
    let md = row("2025-10-06-budzet-obywatelski.en.md");
    assert_eq!(
        [&md["status"], &md["format"], &md["numbers"]],
        ["ok", "markdown", "4"]
    );
    let w = row("2025-11-03-zielone-podworka.pl.txt");
    assert_eq!(
        [&w["encoding"], &w["numbers"], &w["language"]],
        ["windows-1250", "5", "pl"]
    );
    let d = row("2025-12-01-rada-icc.en.docx");
    assert_eq!(
        [&d["status"], &d["format"], &d["language"]],
        ["ok", "docx", "en"]
    );
    let odd = docs
        .iter()
        .find(|d| d["path"].contains("stary-"))
        .expect("the non-UTF-8 name is listed");
    assert_eq!(
        (odd["status"].as_str(), odd["numbers"].as_str()),
        ("ok", "1")
    );
    assert!(odd["path"].contains('\u{FFFD}'), "{}", odd["path"]);

    // Skipped: fine files factlint does not read.
    assert_eq!(
        status("pusty.txt"),
        ("skipped".into(), "empty file (no text)".into())
    );
    assert_eq!(
        status("skan.pdf"),
        ("skipped".into(), "not a format factlint reads: .pdf".into())
    );
    let (s, reason) = status("ogromny.txt");
    assert_eq!(s, "skipped");
    assert!(
        reason.starts_with("file too large: 200") && reason.ends_with("(limit 8388608 bytes)"),
        "{reason}"
    );
    assert_eq!(
        status("tutaj"),
        (
            "skipped".into(),
            "not a format factlint reads: a folder behind a symbolic link (not followed)".into()
        )
    );
    // Errors: broken or hostile.
    assert_eq!(
        status("zdjecie.txt"),
        ("error".into(), "binary file (not text)".into())
    );
    let (s, reason) = status("uciety.docx");
    assert_eq!(s, "error");
    assert!(
        reason.starts_with("corrupt or unsafe file: DOCX:"),
        "{reason}"
    );
    assert_eq!(
        status("bomba.docx"),
        (
            "error".into(),
            "compressed content expands beyond the limit of 8388608 bytes (zip bomb?)".into()
        )
    );
    let (s, reason) = status("petla.txt");
    assert_eq!(s, "error");
    assert!(reason.contains("symbolic links"), "{reason}");
    assert_eq!(
        status("zniknal.txt"),
        (
            "error".into(),
            "cannot read file: not found (removed during the scan?)".into()
        )
    );
    let locked_row = status("zablokowany.pl.txt");
    if root_reads_anyway {
        assert_eq!(locked_row.0, "ok");
    } else {
        assert_eq!(
            locked_row,
            ("error".into(), "cannot read file: permission denied".into())
        );
    }

    // Pairs across formats: HTML with Markdown, text with DOCX.
    let pairs = rows(&out.join("pairs.csv"));
    let pair = |pl: &str| {
        pairs
            .iter()
            .find(|p| p["source_file"].ends_with(pl))
            .map(|p| {
                (
                    p["target_file"].rsplit('/').next().unwrap().to_string(),
                    p["method"].clone(),
                )
            })
    };
    assert_eq!(
        pair("2025-10-06-budzet-obywatelski.pl.html"),
        Some(("2025-10-06-budzet-obywatelski.en.md".into(), "name".into()))
    );
    assert_eq!(
        pair("2025-12-01-rada-icc.pl.txt"),
        Some(("2025-12-01-rada-icc.en.docx".into(), "name".into()))
    );
    // The DOCX and the PDF text agree: no error finding on that pair.
    let findings = rows(&out.join("findings.csv"));
    let errors: Vec<_> = findings
        .iter()
        .filter(|f| f["severity"] == "error" && f["source_file"].ends_with("rada-icc.pl.txt"))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn an_interrupted_scan_leaves_every_report_whole() {
    // Reports are written to a temporary file and renamed into place, so whenever the run is
    // killed each report is either the previous one or the new one, never a part.
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    std::fs::create_dir(&a).unwrap();
    for i in 0..1500 {
        std::fs::write(
            a.join(format!("{i:04}-komunikat.pl.txt")),
            format!("Kraków, 1 grudnia 2025 r. Program obejmuje {i} miast i 30 tys. mieszkańców."),
        )
        .unwrap();
        std::fs::write(
            a.join(format!("{i:04}-komunikat.en.txt")),
            format!(
                "Kraków, 1 December 2025. The programme covers {} cities and 30,000 residents.",
                i + 1
            ),
        )
        .unwrap();
    }
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for name in ["documents.csv", "findings.csv", "pairs.csv"] {
        std::fs::write(out.join(name), "previous report\n").unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("factlint");
    for delay_ms in [5u64, 60, 250] {
        let mut child = std::process::Command::new(&bin)
            .args(["scan"])
            .arg(&a)
            .arg("--out")
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        for (name, rows_when_whole) in [
            ("documents.csv", 3000),
            ("pairs.csv", 1500),
            ("findings.csv", 0),
        ] {
            let text = std::fs::read_to_string(out.join(name)).unwrap();
            if text == "previous report\n" {
                continue;
            }
            let n = rows(&out.join(name)).len();
            if rows_when_whole > 0 {
                assert_eq!(n, rows_when_whole, "{name} after {delay_ms} ms");
            } else {
                assert!(n >= 1500, "{name} after {delay_ms} ms: {n} rows");
            }
        }
        let leftovers: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with(".csv"))
            .collect();
        // A killed process cannot remove its temporary file; it must never be a report name.
        assert!(
            leftovers.iter().all(|n| !n.ends_with(".csv")),
            "{leftovers:?}"
        );
    }
}

#[test]
fn decomposed_letters_are_normalised_and_positions_stay_in_the_file() {
    // NFD, as some Mac tools save it: "ó" as "o" + U+0301, "ł" stays (it has no decomposition).
    let nfd = "Kraśko\u{301}w, 3 listopada 2025 r.\nRada Miasta Krako\u{301}w przyjęła budżet: 1,2 mln zł.";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nfd.pl.txt");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(nfd.as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let p = pipeline();
    let a = analyse(&p, &path);
    assert_eq!(a.text.encoding, Encoding::Utf8 { bom: true });
    assert!(a.text.content.contains("Rada Miasta Kraków"));
    let (f, value, at) = fact(&a, "1,2 mln zł");
    assert_eq!((value.as_str(), at), ("1200000", (2, 38)));
    let (start, end) = a.text.file_span(f.span);
    assert_eq!(&bytes[start..end], "1,2 mln zł".as_bytes());
    // The normalised "ó" maps back to both code points of the file.
    let o = a.text.content.rfind('ó').unwrap();
    let (start, end) = a.text.file_span(factlint::Span::new(o, o + 'ó'.len_utf8()));
    assert_eq!(&bytes[start..end], "o\u{301}".as_bytes());
}

#[test]
fn the_size_limit_is_configurable_and_bounds_docx_too() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    std::fs::create_dir(&a).unwrap();
    std::fs::write(
        a.join("duzy.pl.txt"),
        "Kraków, 1 grudnia 2025 r. ".repeat(200),
    )
    .unwrap();
    std::fs::write(a.join("maly.pl.txt"), "Kraków, 1 grudnia 2025 r.").unwrap();
    std::fs::write(a.join("rozdety.docx"), docx(&para(&" ".repeat(5000)))).unwrap();
    let out = dir.path().join("out");
    Command::cargo_bin("factlint")
        .unwrap()
        .args(["scan"])
        .arg(&a)
        .args(["--max-bytes", "1000", "--out"])
        .arg(&out)
        .assert()
        .success();
    let docs = rows(&out.join("documents.csv"));
    let row = |n: &str| {
        let d = docs.iter().find(|d| d["path"].ends_with(n)).unwrap();
        (d["status"].clone(), d["error"].clone())
    };
    let big = "Kraków, 1 grudnia 2025 r. ".repeat(200).len();
    assert_eq!(
        row("duzy.pl.txt"),
        (
            "skipped".into(),
            format!("file too large: {big} bytes (limit 1000 bytes)")
        )
    );
    assert_eq!(row("maly.pl.txt").0, "ok");
    assert_eq!(
        row("rozdety.docx"),
        (
            "error".into(),
            "compressed content expands beyond the limit of 1000 bytes (zip bomb?)".into()
        )
    );
}
