//! The `factlint` command line: `scan`, `check` and `facts`.

use clap::{Parser, Subcommand, ValueEnum};
use factlint::align::align;
use factlint::analyse::{Analysis, Pipeline};
use factlint::compare::{compare, weekday_mismatches, Check, Severity};
use factlint::ingest::{self, Text};
use factlint::lexicon::Lexicons;
use factlint::pairing::{self, counterpart_stem};
use factlint::report::csv::{write_rows, CsvStyle};
use factlint::report::diagnostic::{render, Primary};
use factlint::report::{finding_row, FactRecord, FindingRecord, Named, FINDINGS_HEADER};
use factlint::scan::{scan, write_reports, ScanOptions};
use factlint::Lang;
use serde::Serialize;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// factlint: finds where the Polish and English versions of a press release disagree on a
/// number, a date or a key entity.
#[derive(Parser, Debug)]
#[command(name = "factlint", version, about)]
struct Cli {
    /// Folder of lexicon files that replace the built-in ones (files absent there keep their
    /// defaults; see lexicons/ in the source for the format).
    #[arg(long, global = true, value_name = "DIR")]
    lexicons: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Scan an archive of releases and write documents.csv, findings.csv and pairs.csv.
    ///
    /// Exit status: 0 when the reports were written (findings or not), 2 when they could not be.
    Scan {
        /// The archive folder.
        #[arg(default_value = "corpus")]
        archive: PathBuf,
        /// Where to write the reports (created if missing).
        #[arg(long, default_value = "reports", value_name = "DIR")]
        out: PathBuf,
        /// Worker threads (default: one per core).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// CSV delimiter: ';' (Excel in a Polish locale) or ','.
        #[arg(long, default_value = ";", value_parser = [";", ","], hide_possible_values = true)]
        delimiter: String,
        /// Largest file read, in bytes (also the bound on a DOCX's decompressed text); larger
        /// files are listed as skipped, with the reason.
        #[arg(long, default_value_t = ingest::DEFAULT_MAX_BYTES, value_name = "BYTES")]
        max_bytes: u64,
        /// Print the time spent in each stage to stderr at the end (thread time, summed over
        /// threads), with the wall time and throughput.
        #[arg(long)]
        timings: bool,
    },
    /// Check one release against its other-language version before publication.
    ///
    /// Without a counterpart (none given and none found by name) only the checks on a single
    /// file run (weekday_mismatch), and the summary says so.
    ///
    /// Exit status: 0 when no finding has severity error, 1 when one has, 2 on a usage or read
    /// error.
    Check {
        /// The release to check (Polish or English).
        file: PathBuf,
        /// Its other-language version.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
        /// Folder to search for the other-language version by name (default: FILE's folder).
        #[arg(long, value_name = "DIR", conflicts_with = "against")]
        archive: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Show the language, sentence count and facts extracted from a file.
    Facts {
        /// The file, or - for standard input.
        file: String,
        /// Read as this language instead of the detected one.
        #[arg(long, value_parser = ["pl", "en"])]
        lang: Option<String>,
        /// Treat every input line as its own document.
        #[arg(long)]
        each_line: bool,
        /// Resolve relative dates (jutro, next Friday) and yearless days against this date
        /// (YYYY-MM-DD); default: the release's own date line, if it has one. With a time of
        /// day (YYYY-MM-DDTHH:MM), counts of minutes and hours from it too (za 2 godziny).
        #[arg(long, value_name = "YYYY-MM-DD[THH:MM]", value_parser = parse_date)]
        reference_date: Option<Reference>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FactsFormat::Text)]
        format: FactsFormat,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum CheckFormat {
    Text,
    Json,
    Csv,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum FactsFormat {
    Text,
    Json,
    Jsonl,
}

/// Why a command stopped early.
enum Fail {
    /// A usage or read error: a one-line reason, exit status 2.
    Usage(String),
    /// Standard output was closed (`factlint facts x | head`): stop quietly, exit status 0.
    BrokenPipe,
}

impl From<io::Error> for Fail {
    fn from(e: io::Error) -> Fail {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Fail::BrokenPipe
        } else {
            Fail::Usage(e.to_string())
        }
    }
}

impl From<serde_json::Error> for Fail {
    fn from(e: serde_json::Error) -> Fail {
        match e.io_error_kind() {
            Some(kind) => io::Error::from(kind).into(),
            None => Fail::Usage(e.to_string()),
        }
    }
}

impl From<factlint::lexicon::LexiconError> for Fail {
    fn from(e: factlint::lexicon::LexiconError) -> Fail {
        Fail::Usage(format!("lexicon {e}"))
    }
}

impl From<rayon::ThreadPoolBuildError> for Fail {
    fn from(e: rayon::ThreadPoolBuildError) -> Fail {
        Fail::Usage(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(Fail::BrokenPipe) => ExitCode::SUCCESS,
        Err(Fail::Usage(reason)) => {
            eprintln!("factlint: {reason}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Fail> {
    let lex = match &cli.lexicons {
        Some(dir) => Lexicons::load_dir(dir)?,
        None => Lexicons::embedded(),
    };
    // The compiled pipeline lives until the process ends: it is never dropped, since freeing
    // its thousands of automaton allocations one by one would only delay the exit (by about
    // 3% of start-up).
    let pipeline: &Pipeline = Box::leak(Box::new(Pipeline::new(&lex)));
    drop(lex);
    match cli.command {
        Command::Scan {
            archive,
            out,
            jobs,
            delimiter,
            max_bytes,
            timings,
        } => {
            if timings {
                factlint::timing::enable();
            }
            let started = std::time::Instant::now();
            let code = run_scan(pipeline, archive, &out, jobs, &delimiter, max_bytes)?;
            if timings {
                print_timings(started.elapsed());
            }
            Ok(code)
        }
        Command::Check {
            file,
            against,
            archive,
            format,
        } => run_check(pipeline, &file, against, archive, format),
        Command::Facts {
            file,
            lang,
            each_line,
            reference_date,
            format,
        } => run_facts(
            pipeline,
            &file,
            lang.as_deref().and_then(Lang::parse),
            each_line,
            reference_date,
            format,
        ),
    }
}

/// The `--timings` table on stderr: each stage's thread time and its share.
fn print_timings(wall: std::time::Duration) {
    let stages = factlint::timing::snapshot();
    let total: f64 = stages.iter().map(|(_, d)| d.as_secs_f64()).sum();
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "stage            thread time    share");
    for (stage, d) in &stages {
        let _ = writeln!(
            err,
            "{:<16} {:>9.3} s   {:>5.1}%",
            stage.name(),
            d.as_secs_f64(),
            100.0 * d.as_secs_f64() / total.max(1e-9)
        );
    }
    let _ = writeln!(err, "wall time        {:>9.3} s", wall.as_secs_f64());
}

fn run_scan(
    pipeline: &Pipeline,
    archive: PathBuf,
    out: &Path,
    jobs: Option<u16>,
    delimiter: &str,
    max_bytes: u64,
) -> Result<ExitCode, Fail> {
    let style = CsvStyle {
        delimiter: if delimiter == "," { b',' } else { b';' },
        bom: true,
    };
    let opts = ScanOptions {
        archive,
        max_bytes,
        progress: true,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.map_or(0, usize::from))
        .build()?;
    let result = pool.install(|| scan(&opts, pipeline))?;
    factlint::timing::time(factlint::timing::Stage::Report, || {
        write_reports(&result, out, style)
    })
    .map_err(|e| Fail::Usage(format!("{}: cannot write reports: {e}", out.display())))?;
    let refused = |skipped: bool| {
        result
            .documents
            .iter()
            .filter(|d| d.outcome().is_err_and(|r| r.skipped == skipped))
            .count()
    };
    let (skipped, errors) = (refused(true), refused(false));
    let mut stdout = io::stdout().lock();
    let _ = writeln!(
        stdout,
        "factlint scan: {} files ({} read, {} skipped, {} with errors), {} pairs, {} findings",
        result.documents.len(),
        result.documents.len() - errors - skipped,
        skipped,
        errors,
        result.pairs.len(),
        result.findings.len()
    );
    for (check, n) in result.counts() {
        let _ = writeln!(stdout, "  {:<20} {n:>6}", check.name());
    }
    for note in &result.notes {
        let _ = writeln!(stdout, "  note: {note}");
    }
    let _ = writeln!(
        stdout,
        "reports: {}/{{documents,findings,pairs}}.csv",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads and analyses a file for `check`, with the name's language tag as a hint.
fn load(pipeline: &Pipeline, path: &Path) -> Result<Analysis, Fail> {
    let text = pipeline
        .reader()
        .read_file(path)
        .map_err(|e| Fail::Usage(format!("{}: {e}", path.display())))?;
    let hint = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(pairing::name_tag)
        .map(|t| t.1);
    Ok(pipeline.analyse_hinted(text, hint))
}

/// Finds the other-language version of `file` by name in `dir` (recursively) or, without
/// `dir`, beside it.
fn find_counterpart(file: &Path, dir: Option<&Path>) -> Option<PathBuf> {
    let name = file.file_name()?.to_str()?;
    let (stem, _) = counterpart_stem(name)?;
    let ext = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    let matches = |p: &Path| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
            Path::new(n).file_stem().and_then(|s| s.to_str()) == Some(stem.as_str())
        })
    };
    match dir {
        // Beside it: the same extension first, then any format factlint reads
        // (`budzet.pl.html` ↔ `budzet.en.md`).
        None => std::iter::once(ext)
            .chain(factlint::scan::EXTENSIONS.iter().copied())
            .map(|x| file.with_file_name(format!("{stem}.{x}")))
            .find(|p| p.is_file()),
        Some(dir) => walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && matches(e.path()))
            .map(|e| e.into_path())
            .min_by_key(|p| {
                (
                    p.extension().and_then(|e| e.to_str()) != Some(ext),
                    p.clone(),
                )
            }),
    }
}

#[derive(Serialize)]
struct CheckJson<'a> {
    file: String,
    language: Lang,
    /// `null` when no other-language version was found (single-file checks only).
    counterpart: Option<String>,
    counterpart_language: Option<Lang>,
    findings: &'a [FindingRecord],
}

fn run_check(
    pipeline: &Pipeline,
    file: &Path,
    against: Option<PathBuf>,
    archive: Option<PathBuf>,
    format: CheckFormat,
) -> Result<ExitCode, Fail> {
    let doc = load(pipeline, file)?;
    let file_name = file.display().to_string();
    let other_path = against.or_else(|| find_counterpart(file, archive.as_deref()));
    let other = match &other_path {
        Some(p) => Some((load(pipeline, p)?, p.display().to_string())),
        None => None,
    };
    // Which file is the Polish source.
    let file_is_source = match other.as_ref().map(|o| o.0.lang) {
        None => doc.lang != Lang::En,
        Some(other_lang) => match (doc.lang, other_lang) {
            (Lang::Pl, Lang::Pl) | (Lang::En, Lang::En) => {
                return Err(Fail::Usage(format!(
                    "{} and {} are both in {}; give the other-language version",
                    file_name,
                    other.as_ref().map_or("", |o| o.1.as_str()),
                    doc.lang
                )))
            }
            (Lang::Pl, _) | (_, Lang::En) => true,
            (Lang::En, _) | (_, Lang::Pl) => false,
            (Lang::Other, Lang::Other) => {
                return Err(Fail::Usage(format!(
                    "cannot tell which of {} and {} is Polish; name them x.pl.txt and x.en.txt",
                    file_name,
                    other.as_ref().map_or("", |o| o.1.as_str())
                )))
            }
        },
    };
    let mut records: Vec<FindingRecord> = Vec::new();
    let mut docs: Vec<(&Analysis, &str)> = vec![(&doc, file_name.as_str())];
    if let Some((o, name)) = &other {
        docs.push((o, name.as_str()));
        let (src, tgt) = if file_is_source {
            (docs[0], docs[1])
        } else {
            (docs[1], docs[0])
        };
        let al = align(src.0, tgt.0);
        records.extend(
            compare(src.0, tgt.0, &al, pipeline.conversions())
                .iter()
                .map(|f| {
                    FindingRecord::new(
                        f,
                        Named {
                            path: src.1,
                            doc: src.0,
                        },
                        Named {
                            path: tgt.1,
                            doc: tgt.0,
                        },
                    )
                }),
        );
    }
    // Checks on each file alone.
    for (d, name) in &docs {
        for (i, message) in weekday_mismatches(d) {
            let named = Named { path: name, doc: d };
            records.push(FindingRecord::single(
                Check::WeekdayMismatch,
                Severity::Error,
                named,
                i,
                message,
            ));
        }
    }
    records.sort_by_key(|r| {
        let own = if file_is_source { &r.source } else { &r.target };
        (
            own.as_ref().map_or(usize::MAX, |s| s.fact.start),
            r.sort_key(),
        )
    });
    let (src, tgt) = match &other {
        Some((o, _)) if file_is_source => (&doc, o),
        Some((o, _)) => (o, &doc),
        None => (&doc, &doc),
    };
    let primary = if file_is_source {
        Primary::Source
    } else {
        Primary::Target
    };
    let has_error = records.iter().any(|r| r.severity == Severity::Error);
    let other_name = other.as_ref().map(|o| o.1.clone());
    let mut stdout = io::stdout().lock();
    match format {
        CheckFormat::Text => {
            let styled = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for r in &records {
                writeln!(stdout, "{}\n", render(r, primary, src, tgt, styled))?;
            }
            let count = |s: Severity, one: &str, many: &str| {
                let n = records.iter().filter(|r| r.severity == s).count();
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let against = match &other_name {
                Some(n) => format!("against {n}"),
                None => {
                    "no other-language version found by name: single-file checks only".to_string()
                }
            };
            writeln!(
                stdout,
                "{}: {}, {}, {} ({against})",
                file_name,
                count(Severity::Error, "error", "errors"),
                count(Severity::Warning, "warning", "warnings"),
                count(Severity::Info, "info", "info"),
            )?;
        }
        CheckFormat::Json => {
            let j = CheckJson {
                file: file_name.clone(),
                language: doc.lang,
                counterpart: other_name,
                counterpart_language: other.as_ref().map(|o| o.0.lang),
                findings: &records,
            };
            serde_json::to_writer_pretty(&mut stdout, &j)?;
            writeln!(stdout)?;
        }
        CheckFormat::Csv => {
            write_rows(
                &mut stdout,
                CsvStyle::default(),
                &FINDINGS_HEADER,
                records.iter().map(finding_row),
            )?;
        }
    }
    Ok(if has_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Serialize)]
struct FactsJson {
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    language: Lang,
    confidence: f64,
    sentences: usize,
    facts: Vec<FactRecord>,
}

fn facts_json(a: &Analysis, shift: usize, whole: &Text, line: Option<usize>) -> FactsJson {
    FactsJson {
        line,
        language: a.lang,
        confidence: a.detection.confidence,
        sentences: a.sentences.len(),
        facts: a
            .facts
            .iter()
            .map(|f| FactRecord::in_text(f, shift, whole))
            .collect(),
    }
}

/// A reference date (year, month, day) and, optionally, time of day (hour, minute).
type Reference = ((i32, u8, u8), Option<(u8, u8)>);

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, checking that the day and time exist.
fn parse_date(s: &str) -> Result<Reference, String> {
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let d: jiff::civil::Date = date
        .parse()
        .map_err(|e| format!("not a date (YYYY-MM-DD): {e}"))?;
    let time = match time {
        Some(t) => {
            let t: jiff::civil::Time = t
                .parse()
                .map_err(|e| format!("not a time of day (HH:MM): {e}"))?;
            Some((t.hour() as u8, t.minute() as u8))
        }
        None => None,
    };
    Ok(((i32::from(d.year()), d.month() as u8, d.day() as u8), time))
}

fn run_facts(
    pipeline: &Pipeline,
    file: &str,
    lang: Option<Lang>,
    each_line: bool,
    reference: Option<Reference>,
    format: FactsFormat,
) -> Result<ExitCode, Fail> {
    let (reference, clock) = match reference {
        Some((d, t)) => (Some(d), t),
        None => (None, None),
    };
    let text = if file == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        pipeline
            .reader()
            .load(bytes, ingest::Format::Text)
            .map_err(|e| Fail::Usage(format!("standard input: {e}")))?
    } else {
        pipeline
            .reader()
            .read_file(Path::new(file))
            .map_err(|e| Fail::Usage(format!("{file}: {e}")))?
    };
    let docs: Vec<FactsJson> = if each_line {
        let mut out = Vec::new();
        let mut offset = 0;
        for (i, raw) in text.content.split_inclusive('\n').enumerate() {
            let line = raw.trim_end_matches(['\n', '\r']);
            if !line.trim().is_empty() {
                let a = pipeline.analyse_at_clock(
                    Text::from_utf8(line.to_string()),
                    lang,
                    reference,
                    clock,
                );
                out.push(facts_json(&a, offset, &text, Some(i + 1)));
            }
            offset += raw.len();
        }
        out
    } else {
        let a = pipeline.analyse_at_clock(text.clone(), lang, reference, clock);
        vec![facts_json(&a, 0, &text, None)]
    };
    let mut stdout = io::stdout().lock();
    match format {
        FactsFormat::Json => {
            if each_line {
                serde_json::to_writer_pretty(&mut stdout, &docs)?;
            } else {
                serde_json::to_writer_pretty(&mut stdout, &docs[0])?;
            }
            writeln!(stdout)?;
        }
        FactsFormat::Jsonl => {
            for d in &docs {
                serde_json::to_writer(&mut stdout, d)?;
                writeln!(stdout)?;
            }
        }
        FactsFormat::Text => {
            for d in &docs {
                let head = d.line.map_or(String::new(), |l| format!("line {l}: "));
                writeln!(
                    stdout,
                    "{head}{} (confidence {:.2}), {} sentences, {} facts",
                    d.language,
                    d.confidence,
                    d.sentences,
                    d.facts.len()
                )?;
                for f in &d.facts {
                    let mut extra = Vec::new();
                    if let Some(u) = &f.unit {
                        extra.push(format!("unit {u}"));
                    }
                    if let Some(q) = &f.qualifier {
                        extra.push(format!("qualifier {q}"));
                    }
                    if let Some(c) = &f.counted {
                        extra.push(format!("counted {c}"));
                    }
                    if f.twelve_hour {
                        extra.push("or 12 hours later".to_string());
                    }
                    if f.daypart {
                        extra.push("part of the day".to_string());
                    }
                    let extra = if extra.is_empty() {
                        String::new()
                    } else {
                        format!("  [{}]", extra.join(", "))
                    };
                    writeln!(
                        stdout,
                        "  {:>4}:{:<4} {:<10} {:<40} {}{extra}",
                        f.line,
                        f.column,
                        f.kind,
                        f.text.replace(['\n', '\r'], " "),
                        f.value
                    )?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
