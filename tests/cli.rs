//! End-to-end tests: the `factlint` binary on the city's real texts (../shared/corpus/seeds),
//! on the embedded corpus, and on bad input.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seeds() -> PathBuf {
    let p = root().join("../shared/corpus/seeds");
    assert!(
        p.is_dir(),
        "the city's texts are expected at {}",
        p.display()
    );
    p
}

fn seed(prefix: &str) -> PathBuf {
    std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("seed {prefix} not found"))
}

fn factlint() -> Command {
    let mut c = Command::cargo_bin("factlint").unwrap();
    c.current_dir(root());
    c
}

/// Reads a CSV report written with the default style (BOM, `;`) into rows of cells.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with("\u{FEFF}".as_bytes()),
        "{} lacks a BOM",
        path.display()
    );
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(&bytes[3..]);
    r.records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The rows of a CSV as maps from column name to cell.
fn rows(path: &Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let all = read_csv(path);
    let header = &all[0];
    all[1..]
        .iter()
        .map(|r| header.iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

/// Runs `factlint [pre...] scan ARCHIVE --out OUT` and asserts it succeeds.
fn scan_ok(pre: &[&std::ffi::OsStr], archive: &Path, out: &Path) {
    factlint()
        .args(pre)
        .arg("scan")
        .arg(archive)
        .arg("--out")
        .arg(out)
        .assert()
        .success();
}

fn facts_json(path: &Path) -> Value {
    let out = factlint()
        .args(["facts", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (text, value) of each fact of `kind`.
fn fact_values(j: &Value, kind: &str) -> Vec<(String, String)> {
    j["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .map(|f| {
            (
                f["text"].as_str().unwrap().replace('\n', " "),
                f["value"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(v: &[(String, String)], text: &str, value: &str) -> bool {
    v.iter().any(|(t, val)| t == text && val == value)
}

#[test]
fn scan_of_the_city_texts_writes_three_reports_and_detects_languages() {
    let out = tempfile::tempdir().unwrap();
    factlint()
        .arg("scan")
        .arg(seeds())
        .arg("--out")
        .arg(out.path())
        .assert()
        .success();
    let docs = rows(&out.path().join("documents.csv"));
    assert_eq!(docs.len(), 5);
    let lang_of = |prefix: &str| {
        docs.iter()
            .find(|r| {
                Path::new(&r["path"])
                    .file_name()
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .starts_with(prefix)
            })
            .map(|r| (r["status"].clone(), r["language"].clone()))
            .unwrap()
    };
    for p in ["000", "001", "003", "004"] {
        assert_eq!(lang_of(p), ("ok".to_string(), "pl".to_string()), "{p}");
    }
    assert_eq!(lang_of("002"), ("ok".to_string(), "en".to_string()));
    assert!(out.path().join("findings.csv").is_file());
    let pairs = read_csv(&out.path().join("pairs.csv"));
    assert_eq!(
        pairs[0],
        vec!["source_file", "target_file", "method", "score"]
    );
    // The seeds follow no naming convention, and no two share enough content to be paired
    // (001 and 002 tell the same news differently; `check --against` compares them): every
    // file is listed unpaired, never forced into a pair.
    assert_eq!(pairs.len(), 6);
    assert!(pairs[1..].iter().all(|r| r[2] == "unpaired"), "{pairs:?}");
    assert_eq!(pairs[5][0], "");
}

#[test]
fn facts_on_the_city_texts() {
    let j000 = facts_json(&seed("000"));
    assert_eq!(j000["language"], "pl");
    let d = fact_values(&j000, "date");
    assert!(
        has(
            &d,
            "Od 30 września do 2 października 2025 roku",
            "2025-09-30/2025-10-02"
        ),
        "{d:?}"
    );
    assert!(has(&d, "grudniu 2020 roku", "2020-12"), "{d:?}");
    let n = fact_values(&j000, "number");
    assert!(has(&n, "163", "163"), "{n:?}");
    assert!(has(&n, "144", "144"), "{n:?}");
    let e = fact_values(&j000, "entity");
    assert!(has(&e, "Marii Klaman", "maria-klaman"), "{e:?}");
    assert!(has(&e, "Rady Europy", "council-of-europe"), "{e:?}");

    let j001 = facts_json(&seed("001"));
    let d = fact_values(&j001, "date");
    assert!(has(&d, "18 grudnia 2020 r.", "2020-12-18"), "{d:?}");
    let n = fact_values(&j001, "number");
    assert!(has(&n, "30 tys.", "30000"), "{n:?}");
    assert!(has(&n, "150", "150"), "{n:?}");

    let j002 = facts_json(&seed("002"));
    assert_eq!(j002["language"], "en");
    assert!(has(&fact_values(&j002, "date"), "2021-03-01", "2021-03-01"));
    assert!(has(&fact_values(&j002, "number"), "144th", "144"));

    let j003 = facts_json(&seed("003"));
    assert!(has(
        &fact_values(&j003, "date"),
        "2 i 3 czerwca 2026 r.",
        "{2026-06-02,2026-06-03}"
    ));

    let j004 = facts_json(&seed("004"));
    let ids = fact_values(&j004, "identifier");
    assert!(has(&ids, "Nr XVI/171/11", "XVI/171/11"), "{ids:?}");
    // The resolution number is no amount.
    assert!(!fact_values(&j004, "number")
        .iter()
        .any(|(t, _)| t == "171" || t == "11"));
}

#[test]
fn fact_json_shape_has_offsets_lines_and_columns() {
    let j = facts_json(&seed("001"));
    let f = j["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "30 tys.")
        .unwrap()
        .clone();
    assert_eq!(f["kind"], "number");
    assert_eq!(f["value"], "30000");
    assert_eq!(f["unit"], Value::Null);
    let bytes = std::fs::read(seed("001")).unwrap();
    let (start, end) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[start..end], "30 tys.".as_bytes());
    assert_eq!(f["line"], 23);
    assert_eq!(f["column"], 60);
    assert!(j["sentences"].as_u64().unwrap() > 10);
    assert!(j["confidence"].as_f64().unwrap() > 0.9);
}

#[test]
fn check_001_against_002_finds_the_membership_count_and_the_missing_date() {
    let out = factlint()
        .args(["check", "--format", "json"])
        .arg(seed("001"))
        .arg("--against")
        .arg(seed("002"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = j["findings"].as_array().unwrap();
    let mismatch = findings
        .iter()
        .find(|f| f["check"] == "number_mismatch")
        .expect("a number_mismatch");
    assert_eq!(mismatch["severity"], "error");
    assert_eq!(mismatch["source"]["text"], "150");
    assert_eq!(mismatch["source"]["qualifier"], "more_than");
    assert_eq!(mismatch["target"]["text"], "140");
    assert_eq!(mismatch["target"]["lang"], "en");
    let missing = findings
        .iter()
        .find(|f| f["check"] == "date_missing" && f["source"]["value"] == "2020-12-18")
        .expect("18 grudnia 2020 as date_missing");
    assert_eq!(missing["source"]["text"], "18 grudnia 2020 r.");
    assert_eq!(missing["target"], Value::Null);
}

#[test]
fn check_text_output_is_an_annotated_diagnostic() {
    let out = factlint()
        .arg("check")
        .arg(seed("001"))
        .arg("--against")
        .arg(seed("002"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("error[number_mismatch]: number differs: 150 (more than, city) in the source, 140 (more than, city) in the target"), "{s}");
    assert!(s.contains("001_d2a41d8de37246d5.txt:20:92"), "{s}");
    assert!(s.contains("002_036d5558dbe22bf6.txt:17:69"), "{s}");
    assert!(s.contains("^^^ source (pl): 150"), "{s}");
    assert!(s.contains("001_d2a41d8de37246d5.txt: 1 error, "), "{s}");
}

/// (check, file stem, source text, target text) of the findings of severity warning or error.
type Key = (String, String, String, String);

fn stem(path: &str) -> String {
    let name = Path::new(path).file_name().unwrap().to_str().unwrap();
    name.split('.').next().unwrap().to_string()
}

#[test]
fn scan_of_the_corpus_finds_every_planted_divergence_and_nothing_else() {
    let out = tempfile::tempdir().unwrap();
    factlint()
        .args(["scan", "corpus", "--out"])
        .arg(out.path())
        .assert()
        .success();
    let mut got: Vec<Key> = rows(&out.path().join("findings.csv"))
        .into_iter()
        .filter(|r| r["severity"] != "info")
        .map(|r| {
            let file = if r["source_file"].is_empty() {
                &r["target_file"]
            } else {
                &r["source_file"]
            };
            (
                r["check"].clone(),
                stem(file),
                r["source_text"].clone(),
                r["target_text"].clone(),
            )
        })
        .collect();
    got.sort();
    let k = |c: &str, s: &str, a: &str, b: &str| {
        (c.to_string(), s.to_string(), a.to_string(), b.to_string())
    };
    let mut want = vec![
        k(
            "number_mismatch",
            "2025-04-14-zielone-przystanki",
            "120",
            "210",
        ),
        k(
            "date_mismatch",
            "2025-05-20-dni-krakowa",
            "od 6 do 15 czerwca 2025 r.",
            "from 6 to 16 June 2025",
        ),
        k(
            "qualifier_mismatch",
            "2025-05-20-dni-krakowa",
            "250 tys.",
            "250,000",
        ),
        k(
            "entity_missing",
            "2025-06-05-eksperci-icc",
            "Rady Europy",
            "",
        ),
        k(
            "number_missing",
            "2025-07-08-mieszkania-komunalne",
            "300",
            "",
        ),
        k(
            "weekday_mismatch",
            "2025-07-08-mieszkania-komunalne",
            "",
            "6 October 2025",
        ),
        k(
            "number_mismatch",
            "2025-10-01-nasadzenia-drzew",
            "4,2 mln zł",
            "PLN 2.4 million",
        ),
        k(
            "date_mismatch",
            "2025-11-03-pomoc-ukrainie",
            "24 lutego 2022 r.",
            "24 February 2023",
        ),
        k(
            "number_mismatch",
            "2026-01-15-jakosc-powietrza",
            "23 proc.",
            "32%",
        ),
    ];
    want.sort();
    assert_eq!(got, want);

    let all_pairs = rows(&out.path().join("pairs.csv"));
    // corpus/README.md (English, the answer key) has no counterpart.
    let unpaired: Vec<_> = all_pairs
        .iter()
        .filter(|r| r["method"] == "unpaired")
        .map(|r| r["target_file"].clone())
        .collect();
    assert_eq!(unpaired, vec!["corpus/README.md".to_string()]);
    let pairs: Vec<_> = all_pairs
        .into_iter()
        .filter(|r| r["method"] != "unpaired")
        .collect();
    assert_eq!(pairs.len(), 10);
    assert!(pairs
        .iter()
        .all(|p| p["method"] == "name" && p["score"] == "1,00"));
    let docs = rows(&out.path().join("documents.csv"));
    let en = docs
        .iter()
        .find(|d| d["path"].ends_with("2025-09-02-rowery-miejskie.en.txt"))
        .unwrap();
    assert_eq!(en["language"], "en");
    assert_eq!(
        en["counterpart"],
        "corpus/2025-09-02-rowery-miejskie.pl.txt"
    );
    assert_eq!(en["encoding"], "UTF-8");
}

#[test]
fn check_of_a_faithful_pair_exits_0_and_of_a_planted_one_exits_1() {
    factlint()
        .args(["check", "corpus/2025-09-02-rowery-miejskie.en.txt"])
        .assert()
        .code(0);
    let out = factlint()
        .args([
            "check",
            "corpus/2025-10-01-nasadzenia-drzew.pl.txt",
            "--archive",
            "corpus",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("number_mismatch;error;corpus/2025-10-01-nasadzenia-drzew.pl.txt;pl;5;151;4,2 mln zł;4200000;"), "{s}");
    // The same in the terminal format: a span ending in a two-byte letter (zł) is underlined whole.
    let out = factlint()
        .args(["check", "corpus/2025-10-01-nasadzenia-drzew.pl.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("--> corpus/2025-10-01-nasadzenia-drzew.pl.txt:5:151"),
        "{s}"
    );
    assert!(s.contains("^^^^^^^^^^ source (pl): 4200000"), "{s}");
    assert!(
        s.contains("::: corpus/2025-10-01-nasadzenia-drzew.en.txt:5:"),
        "{s}"
    );
}

#[test]
fn a_single_file_gets_the_weekday_check_without_a_counterpart() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("zaproszenie.pl.txt");
    std::fs::write(
        &f,
        "Zapraszamy w piątek 14 marca 2026 r. o godz. 18:00 do Sukiennic.\n",
    )
    .unwrap();
    let out = factlint().arg("check").arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains(
            "error[weekday_mismatch]: Friday is written with 2026-03-14, which is a Saturday"
        ),
        "{s}"
    );
    assert!(s.contains("single-file checks only"), "{s}");
    std::fs::write(
        &f,
        "Zapraszamy w sobotę 14 marca 2026 r. o godz. 18:00 do Sukiennic.\n",
    )
    .unwrap();
    factlint().arg("check").arg(&f).assert().code(0);
}

#[test]
fn reports_are_identical_whatever_the_number_of_jobs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    factlint()
        .args(["scan", "corpus", "--jobs", "1", "--out"])
        .arg(a.path())
        .assert()
        .success();
    factlint()
        .args(["scan", "corpus", "--jobs", "2", "--out"])
        .arg(b.path())
        .assert()
        .success();
    for f in ["documents.csv", "findings.csv", "pairs.csv"] {
        assert_eq!(
            std::fs::read(a.path().join(f)).unwrap(),
            std::fs::read(b.path().join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn comma_delimiter_for_other_tools() {
    let out = tempfile::tempdir().unwrap();
    factlint()
        .args(["scan", "corpus", "--delimiter", ",", "--out"])
        .arg(out.path())
        .assert()
        .success();
    let text = std::fs::read_to_string(out.path().join("pairs.csv")).unwrap();
    assert!(
        text.starts_with("\u{FEFF}source_file,target_file,method,score\r\n"),
        "{text}"
    );
    assert!(text.contains(",name,1.00\r\n"), "{text}");
}

#[test]
fn bad_files_are_rows_with_reasons_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("archive");
    std::fs::create_dir(&a).unwrap();
    std::fs::write(a.join("empty.txt"), "").unwrap();
    std::fs::write(a.join("binary.txt"), b"\x00\x01\x02PNG\x00\x00").unwrap();
    // Not UTF-8 and not a Polish code page: Shift-JIS bytes.
    let (sjis, _, _) = encoding_rs::SHIFT_JIS
        .encode("クラクフ市は二〇二〇年十二月に参加した。これは日本語の文章です。");
    std::fs::write(a.join("japanese.txt"), &sjis).unwrap();
    let (w1250, _, _) = encoding_rs::WINDOWS_1250.encode(
        "Rada Miasta Krakowa przyjęła uchwałę 18 grudnia 2020 r. Program obejmuje ponad 150 miast i 30 tys. mieszkańców. Zażółć gęślą jaźń.",
    );
    std::fs::write(a.join("stary.pl.txt"), &w1250).unwrap();
    std::fs::write(
        a.join("stary.en.txt"),
        "Kraków City Council adopted a resolution on 18 December 2020. The programme covers over 150 cities and 30,000 residents.",
    )
    .unwrap();
    std::fs::write(a.join("skipped.pdf"), "not scanned").unwrap();
    let out = dir.path().join("reports");
    scan_ok(&[], &a, &out);
    let docs = rows(&out.join("documents.csv"));
    let by_name = |n: &str| {
        docs.iter()
            .find(|d| d["path"].ends_with(n))
            .unwrap_or_else(|| panic!("{n} listed"))
    };
    assert_eq!(docs.len(), 6, "every file is a row, the .pdf too");
    assert_eq!(
        (
            by_name("skipped.pdf")["status"].as_str(),
            by_name("skipped.pdf")["error"].as_str()
        ),
        ("skipped", "not a format factlint reads: .pdf")
    );
    assert_eq!(
        (
            by_name("empty.txt")["status"].as_str(),
            by_name("empty.txt")["error"].as_str()
        ),
        ("skipped", "empty file (no text)")
    );
    assert_eq!(by_name("binary.txt")["error"], "binary file (not text)");
    assert_eq!(by_name("binary.txt")["bytes"], "8");
    assert!(by_name("japanese.txt")["error"]
        .starts_with("invalid UTF-8 and not Windows-1250 or ISO-8859-2"));
    let old = by_name("stary.pl.txt");
    assert_eq!(
        (
            old["status"].as_str(),
            old["language"].as_str(),
            old["encoding"].as_str()
        ),
        ("ok", "pl", "windows-1250")
    );
    assert_eq!(old["numbers"], "2");
    assert_eq!(old["dates"], "1");
    // The Windows-1250 release compares cleanly with its English version.
    let findings = rows(&out.join("findings.csv"));
    assert!(
        findings.iter().all(|f| f["severity"] == "info"),
        "{findings:?}"
    );
}

#[test]
fn formula_like_cells_are_guarded_in_findings() {
    // Press text can hold anything; an entity written as a formula reaches findings.csv as the
    // source_text of an entity_missing finding.
    let dir = tempfile::tempdir().unwrap();
    let lex = dir.path().join("lex");
    std::fs::create_dir(&lex).unwrap();
    std::fs::write(
        lex.join("entities.tsv"),
        "evil\tinstitution\tpl\t=HYPERLINK(\"x\")\nevil\tinstitution\ten\tEvil Corp\n",
    )
    .unwrap();
    let a = dir.path().join("a");
    std::fs::create_dir(&a).unwrap();
    std::fs::write(
        a.join("x.pl.txt"),
        "Zobacz =HYPERLINK(\"x\") i budżet 12 mln zł.",
    )
    .unwrap();
    std::fs::write(a.join("x.en.txt"), "See the budget of PLN 12 million.").unwrap();
    let out = dir.path().join("r");
    scan_ok(&["--lexicons".as_ref(), lex.as_os_str()], &a, &out);
    let text = std::fs::read_to_string(out.join("findings.csv")).unwrap();
    assert!(text.contains("entity_missing;warning;"), "{text}");
    assert!(text.contains(";\"'=HYPERLINK(\"\"x\"\")\";evil;"), "{text}");
}

#[test]
fn facts_each_line_jsonl_keeps_file_offsets() {
    let mut cmd = factlint();
    cmd.args([
        "facts",
        "-",
        "--each-line",
        "--format",
        "jsonl",
        "--lang",
        "pl",
    ]);
    cmd.write_stdin("30 tys. mieszkańców\n\n18 grudnia 2020 r.\n");
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["facts"][0]["value"], "30000");
    assert_eq!(lines[1]["line"], 3);
    let f = &lines[1]["facts"][0];
    assert_eq!(
        (
            f["value"].as_str(),
            f["start"].as_u64(),
            f["line"].as_u64(),
            f["column"].as_u64()
        ),
        (Some("2020-12-18"), Some(23), Some(3), Some(1))
    );
}

#[test]
fn facts_resolve_relative_dates_against_a_reference_date() {
    let mut cmd = factlint();
    cmd.args([
        "facts",
        "-",
        "--lang",
        "pl",
        "--reference-date",
        "2013-02-12",
        "--format",
        "json",
    ]);
    cmd.write_stdin("Spotkanie jutro, a wystawa w przyszły piątek i 15 lutego.");
    let j: Value = serde_json::from_slice(&cmd.output().unwrap().stdout).unwrap();
    let d = fact_values(&j, "date");
    assert_eq!(
        d,
        vec![
            ("jutro".to_string(), "2013-02-13".to_string()),
            // Tuesday 12 February: Friday of next week.
            ("przyszły piątek".into(), "2013-02-22".into()),
            ("15 lutego".into(), "2013-02-15".into()),
        ]
    );
    factlint()
        .args(["facts", "-", "--reference-date", "2013-02-30"])
        .write_stdin("x")
        .assert()
        .code(2);
}

#[test]
fn facts_resolve_counts_of_hours_only_with_a_reference_time() {
    let run = |reference: &str| {
        let mut cmd = factlint();
        cmd.args([
            "facts",
            "-",
            "--lang",
            "pl",
            "--reference-date",
            reference,
            "--format",
            "json",
        ]);
        cmd.write_stdin("Biuro otworzymy za 2 godziny.");
        let j: Value = serde_json::from_slice(&cmd.output().unwrap().stdout).unwrap();
        (
            fact_values(&j, "date"),
            fact_values(&j, "time"),
            fact_values(&j, "number"),
        )
    };
    // 23:30 + 2 hours is 01:30 the next day.
    assert_eq!(
        run("2013-02-12T23:30"),
        (
            vec![("za 2 godziny".to_string(), "2013-02-13".to_string())],
            vec![("za 2 godziny".to_string(), "01:30".to_string())],
            vec![]
        )
    );
    // With a date only, "2 godziny" stays a number.
    assert_eq!(
        run("2013-02-12"),
        (vec![], vec![], vec![("2".to_string(), "2".to_string())])
    );
    factlint()
        .args(["facts", "-", "--reference-date", "2013-02-12T24:10"])
        .write_stdin("x")
        .assert()
        .code(2);
}

#[test]
fn usage_and_read_errors_exit_2_with_one_line() {
    let out = factlint()
        .args(["check", "no/such/file.pl.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("factlint: no/such/file.pl.txt: cannot read file"),
        "{err}"
    );
    let out = factlint()
        .args([
            "check",
            "corpus/2025-09-02-rowery-miejskie.pl.txt",
            "--against",
            "corpus/2025-05-20-dni-krakowa.pl.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("are both in pl"));
    factlint()
        .args(["scan", "--delimiter", "|"])
        .assert()
        .code(2);
}

#[test]
fn a_lexicon_folder_overrides_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("entities.tsv"),
        "tram-line-50\tprogramme\tpl\tlinia 50\ntram-line-50\tprogramme\ten\tline 50\n",
    )
    .unwrap();
    let mut cmd = factlint();
    cmd.arg("--lexicons")
        .arg(dir.path())
        .args(["facts", "-", "--lang", "pl", "--format", "json"]);
    cmd.write_stdin("Rada Europy chwali linia 50.");
    let j: Value = serde_json::from_slice(&cmd.output().unwrap().stdout).unwrap();
    let ents = fact_values(&j, "entity");
    assert_eq!(
        ents,
        vec![("linia 50".to_string(), "tram-line-50".to_string())]
    );

    std::fs::write(dir.path().join("months.tsv"), "pl\tgrudnia\t13\n").unwrap();
    let out = factlint()
        .arg("--lexicons")
        .arg(dir.path())
        .args(["facts", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("months.tsv:1: month must be 1 to 12"));
}

#[test]
fn files_without_a_naming_convention_are_paired_by_content_or_listed_unpaired() {
    // The corpus under neutral names, in an order unrelated to the pairs, and one English
    // release whose Polish version is absent.
    let archive = tempfile::tempdir().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let orphan = "2025-05-20-dni-krakowa.pl.txt";
    let mut expected = std::collections::BTreeMap::new();
    for (k, name) in names.iter().enumerate() {
        if name == orphan {
            continue;
        }
        let neutral = format!("release-{:02}.txt", (k * 7) % names.len());
        std::fs::copy(
            root().join("corpus").join(name),
            archive.path().join(&neutral),
        )
        .unwrap();
        expected.insert(neutral, name.clone());
    }
    let out = tempfile::tempdir().unwrap();
    scan_ok(&[], archive.path(), out.path());
    let pairs = rows(&out.path().join("pairs.csv"));
    let base = |p: &str| {
        let n = Path::new(p)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        expected[&n].split('.').next().unwrap().to_string()
    };
    let content: Vec<_> = pairs.iter().filter(|r| r["method"] == "content").collect();
    assert_eq!(content.len(), names.len() / 2 - 1);
    for r in &content {
        assert_eq!(base(&r["source_file"]), base(&r["target_file"]), "{r:?}");
    }
    let unpaired: Vec<_> = pairs.iter().filter(|r| r["method"] == "unpaired").collect();
    assert_eq!(unpaired.len(), 1);
    assert_eq!(unpaired[0]["source_file"], "");
    assert_eq!(base(&unpaired[0]["target_file"]), "2025-05-20-dni-krakowa");
}
