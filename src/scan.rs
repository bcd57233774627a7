//! The batch scan: walk an archive, analyse every file, pair, compare, write the reports.
//!
//! Every file found becomes one row of `documents.csv`, readable or not: status `ok`, or
//! `skipped` (too large, empty, a format factlint does not read, a link to a folder) or `error`
//! (unreadable, binary, mis-encoded, corrupt or hostile) with its plain reason; the batch goes
//! on. Hidden files (names starting with `.`) and the pairs manifest are not documents. Documents are analysed in parallel, and pairs compared in
//! parallel (rayon); rows are sorted by path, so the reports are byte-identical whatever the
//! number of threads.

use crate::align::align;
use crate::analyse::{Analysis, Pipeline};
use crate::compare::{compare, weekday_mismatches, Check, Severity};
use crate::extract::FactKind;
use crate::ingest;
use crate::pairing::{self, Pair};
use crate::report::csv::{write_file, CsvStyle};
use crate::report::{finding_row, FindingRecord, Named, FINDINGS_HEADER};
use crate::timing::{self, Stage};
use crate::Lang;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// File extensions analysed (lower case, without the dot); see [`ingest::Format::from_path`].
/// Every other file found is still a row of `documents.csv`, status `skipped`.
pub const EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "docx"];

/// Runs over at least this many files show a progress bar (on a terminal only).
pub const PROGRESS_MIN_FILES: usize = 20;

/// Options of a scan.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// The archive folder (default `corpus`).
    pub archive: PathBuf,
    /// Largest file read, in bytes (default [`ingest::DEFAULT_MAX_BYTES`]).
    pub max_bytes: u64,
    /// Show a progress bar on stderr (it stays hidden when stderr is not a terminal).
    pub progress: bool,
}

/// One file found in the archive (its path is in [`Scan::paths`], at the same index).
#[derive(Debug, Default)]
pub struct Document {
    /// What its analysis found, or why it was not made (boxed: refusals are rare), set once
    /// by the thread that reads the file.
    slot: std::sync::OnceLock<Result<Summary, Box<Refusal>>>,
}

/// The paths of an archive's files, relative to the archive, in one buffer: a scan keeps one
/// allocation for all of them rather than one per file (a third of its memory per file).
#[derive(Debug, Default)]
pub struct Paths {
    /// The paths' bytes run together (as `OsStr::as_encoded_bytes` gives them).
    bytes: Vec<u8>,
    /// Where each path ends in `bytes`.
    ends: Vec<usize>,
}

impl Paths {
    /// Appends `path`; it gets the next index.
    pub fn push(&mut self, path: &Path) {
        self.bytes
            .extend_from_slice(path.as_os_str().as_encoded_bytes());
        self.ends.push(self.bytes.len());
    }

    /// Number of paths.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Path `i` (0-based, in the order pushed).
    ///
    /// # Panics
    /// When `i` is not below [`Paths::len`].
    pub fn get(&self, i: usize) -> &Path {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        path_of_bytes(&self.bytes[start..self.ends[i]])
    }
}

/// The path whose `as_encoded_bytes` are `b` (a whole path pushed into [`Paths`]).
#[cfg(unix)]
fn path_of_bytes(b: &[u8]) -> &Path {
    use std::os::unix::ffi::OsStrExt;
    Path::new(std::ffi::OsStr::from_bytes(b))
}

/// The path whose `as_encoded_bytes` are `b`; elsewhere than on Unix, only UTF-8 paths are
/// given back as they were (others, not valid Unicode on Windows, become empty and unreadable).
#[cfg(not(unix))]
fn path_of_bytes(b: &[u8]) -> &Path {
    Path::new(std::str::from_utf8(b).unwrap_or(""))
}

impl Document {
    /// What its analysis found, or why it was not made (`error`, "not read", if the scan never
    /// reached it).
    pub fn outcome(&self) -> Result<&Summary, &Refusal> {
        static NOT_READ: std::sync::LazyLock<Refusal> =
            std::sync::LazyLock::new(|| Refusal::error("not read"));
        match self.slot.get() {
            Some(Ok(s)) => Ok(s),
            Some(Err(r)) => Err(r),
            None => Err(&NOT_READ),
        }
    }
}

/// What `documents.csv` says of an analysed document. The analysis itself is dropped as soon
/// as the document's pair is compared, and this is kept small (counts as `u32`), so that a
/// scan's memory grows little with the archive.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The language it was read in.
    pub lang: Lang,
    /// The detected language.
    pub detected: Lang,
    /// The detector's confidence, 0–1.
    pub confidence: f32,
    /// Size of the file, bytes.
    pub file_bytes: u64,
    /// Sentences.
    pub sentences: u32,
    /// Tokens.
    pub tokens: u32,
    /// Number facts.
    pub numbers: u32,
    /// Date facts.
    pub dates: u32,
    /// Entity facts.
    pub entities: u32,
    /// The encoding.
    pub encoding: ingest::Encoding,
    /// The format read.
    pub format: ingest::Format,
}

impl Summary {
    fn of(a: &Analysis) -> Summary {
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let count = |k: FactKind| n(a.facts.iter().filter(|f| f.kind == k).count());
        Summary {
            lang: a.lang,
            detected: a.detection.lang,
            confidence: a.detection.confidence as f32,
            file_bytes: a.text.file_bytes as u64,
            sentences: n(a.sentences.len()),
            tokens: n(a.tokens()),
            numbers: count(FactKind::Number),
            dates: count(FactKind::Date),
            entities: count(FactKind::Entity),
            encoding: a.text.encoding,
            format: a.text.format,
        }
    }
}

/// Why a file was not analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Status `skipped` (the file is fine but not analysed) rather than `error`.
    pub skipped: bool,
    /// The plain reason written in `documents.csv`.
    pub reason: String,
}

impl Refusal {
    /// An `error` row's reason.
    pub fn error(reason: impl Into<String>) -> Refusal {
        Refusal {
            skipped: false,
            reason: reason.into(),
        }
    }
}

impl From<ingest::IngestError> for Refusal {
    fn from(e: ingest::IngestError) -> Refusal {
        Refusal {
            skipped: e.skipped(),
            reason: e.to_string(),
        }
    }
}

/// A finding as a scan keeps it until the reports are written: its `findings.csv` cells in
/// one string, and the documents it is about by index (their paths are the documents'). A
/// [`FindingRecord`] holds a dozen small strings; kept for every finding of a large archive,
/// they were a third of a scan's memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanFinding {
    /// Check name.
    pub check: Check,
    /// The source document (index into the scan's documents) and the byte offset of its
    /// fact, if the fact is there.
    pub source: Option<(usize, usize)>,
    /// The target document and the byte offset of its fact, if the fact is there.
    pub target: Option<(usize, usize)>,
    /// The cells of [`finding_row`] run together; the file cells are left empty.
    cells: Box<str>,
    /// Where each cell ends in `cells`, in bytes.
    ends: [u32; FINDINGS_HEADER.len()],
}

/// The cells of [`finding_row`] that hold the source and target file.
const FILE_CELLS: [usize; 2] = [2, 8];

impl ScanFinding {
    /// Keeps `r`, a finding between documents `source` and `target` (indices into the scan's
    /// documents; a side is kept only where `r` has it).
    fn new(r: &FindingRecord, source: usize, target: usize) -> ScanFinding {
        let mut cells = String::new();
        let mut ends = [0u32; FINDINGS_HEADER.len()];
        for (k, cell) in finding_row(r).iter().enumerate() {
            if !FILE_CELLS.contains(&k) {
                cells.push_str(cell);
            }
            ends[k] = u32::try_from(cells.len()).unwrap_or(u32::MAX);
        }
        ScanFinding {
            check: r.check,
            source: r.source.as_ref().map(|s| (source, s.fact.start)),
            target: r.target.as_ref().map(|t| (target, t.fact.start)),
            cells: cells.into_boxed_str(),
            ends,
        }
    }

    /// Its `findings.csv` row, `path` giving a document's reported path from its index.
    pub fn row(&self, path: impl Fn(usize) -> String) -> Vec<String> {
        let mut start = 0;
        (0..FINDINGS_HEADER.len())
            .map(|k| {
                let end = (self.ends[k] as usize).min(self.cells.len());
                let cell = self.cells.get(start..end).unwrap_or("").to_string();
                start = end;
                match k {
                    2 => self.source.map_or(String::new(), |(d, _)| path(d)),
                    8 => self.target.map_or(String::new(), |(d, _)| path(d)),
                    _ => cell,
                }
            })
            .collect()
    }
}

/// What a scan found.
#[derive(Debug)]
pub struct Scan {
    /// The archive folder scanned.
    pub archive: PathBuf,
    /// Every file found, sorted by path.
    pub documents: Vec<Document>,
    /// Their paths within the archive, at the same indices (see [`Scan::display`] for the
    /// path shown).
    pub paths: Paths,
    /// Pairs, by index into `documents`, sorted by source path.
    pub pairs: Vec<Pair>,
    /// Findings of all pairs, sorted by source file, position, check.
    pub findings: Vec<ScanFinding>,
    /// Notes on the archive (manifest lines that could not be used).
    pub notes: Vec<String>,
    /// Polish and English documents left without a counterpart, by index into `documents`,
    /// with the best content similarity found for them (0 when none shared anything).
    pub unpaired: Vec<(usize, f64)>,
}

impl Scan {
    /// Number of findings of each check, in [`Check::ALL`] order, omitting zeros.
    pub fn counts(&self) -> Vec<(Check, usize)> {
        let mut m: BTreeMap<Check, usize> = BTreeMap::new();
        for f in &self.findings {
            *m.entry(f.check).or_default() += 1;
        }
        Check::ALL
            .iter()
            .filter_map(|c| m.get(c).map(|n| (*c, *n)))
            .collect()
    }

    /// Document `i`'s path as reported: the archive path joined with its path in the archive,
    /// `/`-separated (not valid UTF-8 shown with U+FFFD).
    pub fn display(&self, i: usize) -> String {
        display_path(&self.archive, self.paths.get(i))
    }

    /// The counterpart of each document, by index (`u32::MAX` when unpaired: four bytes a
    /// document, on archives of up to four billion files).
    fn counterparts(&self) -> Vec<u32> {
        let mut out = vec![u32::MAX; self.documents.len()];
        let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
        for p in &self.pairs {
            out[p.source] = index(p.target);
            out[p.target] = index(p.source);
        }
        out
    }
}

fn display_path(archive: &Path, relative: &Path) -> String {
    let joined = archive.join(relative);
    let s = joined.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        s.replace('\\', "/")
    } else {
        s.into_owned()
    }
}

/// Walks `archive` for files, without following symbolic links (a link is read as the file
/// it points to; a link to a folder or a broken one is reported by the reader). Hidden
/// entries and the pairs manifest at the root are left out. Gives the paths found, relative
/// to the archive and sorted, and the walk errors (unreadable folders, vanished entries,
/// loops) by index into them, with their reason.
///
/// The paths go straight into one [`Paths`] buffer: a walk in file-name order yields them in
/// path order already (a folder's entries follow it), so nothing per file is kept besides
/// its bytes; should the order ever differ, they are sorted.
fn walk(archive: &Path) -> (Paths, std::collections::HashMap<usize, String>) {
    let mut paths = Paths::default();
    let mut errors = std::collections::HashMap::new();
    let mut sorted = true;
    let mut push = |paths: &mut Paths, rel: &Path| {
        if let Some(last) = paths.len().checked_sub(1) {
            sorted &= paths.get(last) < rel;
        }
        paths.push(rel);
    };
    let walker = walkdir::WalkDir::new(archive)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().as_encoded_bytes().starts_with(b"."));
    for entry in walker {
        match entry {
            Ok(e) => {
                if e.file_type().is_dir() {
                    continue;
                }
                let rel = e.path().strip_prefix(archive).unwrap_or(e.path());
                if rel.as_os_str() == pairing::MANIFEST {
                    continue;
                }
                push(&mut paths, rel);
            }
            Err(err) => {
                let path = err.path().unwrap_or(archive);
                let reason = match (err.loop_ancestor(), err.io_error()) {
                    (Some(_), _) => "symbolic link loop".to_string(),
                    (None, Some(e)) => format!("cannot read: {e}"),
                    (None, None) => err.to_string(),
                };
                errors.insert(paths.len(), reason);
                push(&mut paths, path.strip_prefix(archive).unwrap_or(path));
            }
        }
    }
    if !sorted {
        let mut order: Vec<usize> = (0..paths.len()).collect();
        order.sort_by(|&a, &b| paths.get(a).cmp(paths.get(b)));
        let mut again = Paths::default();
        let mut moved = std::collections::HashMap::new();
        for (k, &i) in order.iter().enumerate() {
            again.push(paths.get(i));
            if let Some(e) = errors.remove(&i) {
                moved.insert(k, e);
            }
        }
        (paths, errors) = (again, moved);
    }
    paths.bytes.shrink_to_fit();
    paths.ends.shrink_to_fit();
    (paths, errors)
}

fn progress_bar(n: usize, show: bool, what: &str) -> ProgressBar {
    if !show || n < PROGRESS_MIN_FILES {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} ({eta})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    pb.set_message(what.to_string());
    pb
}

/// Scans the archive: walk, pair by declaration (manifest, names, folders), then read,
/// analyse and compare pair by pair in parallel, keeping only each document's [`Summary`] and
/// the findings; documents left without a declared counterpart are kept analysed until they
/// are paired by content. Does not write anything.
///
/// # Errors
/// When `opts.archive` is not a folder.
pub fn scan(opts: &ScanOptions, pipeline: &Pipeline) -> io::Result<Scan> {
    if !opts.archive.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("{}: not a folder", opts.archive.display()),
        ));
    }
    // The paths found, sorted, and the few that could not be listed (with their reason) by
    // index: one path per file is all a scan keeps of it besides its summary.
    let (paths, unlisted) = walk(&opts.archive);
    let documents: Vec<Document> = std::iter::repeat_with(Document::default)
        .take(paths.len())
        .collect();
    let entries = &documents;
    let reader = pipeline.reader().clone().with_max_bytes(opts.max_bytes);

    // Declared pairs come from the paths alone, before anything is read.
    let candidates: Vec<usize> = (0..entries.len())
        .filter(|&i| {
            !unlisted.contains_key(&i) && ingest::Format::from_path(paths.get(i)).is_some()
        })
        .collect();
    let candidate_paths: Vec<&Path> = candidates.iter().map(|&i| paths.get(i)).collect();
    let manifest = std::fs::read_to_string(opts.archive.join(pairing::MANIFEST)).ok();
    let (mut declared, notes) = timing::time(Stage::Pair, || {
        pairing::pair(&candidate_paths, manifest.as_deref())
    });
    for p in &mut declared {
        p.source = candidates[p.source];
        p.target = candidates[p.target];
    }
    let mut in_pair = vec![false; entries.len()];
    for p in &declared {
        in_pair[p.source] = true;
        in_pair[p.target] = true;
    }
    // Units of work: each declared pair, and each other file alone.
    let alone: Vec<usize> = (0..entries.len()).filter(|&i| !in_pair[i]).collect();
    drop((candidates, in_pair));

    drop(candidate_paths);
    // Per-document state is kept small (a summary in its slot, its path in `paths`), so that
    // memory stays nearly flat as the archive grows.
    let analyse = |i: usize| -> Result<Analysis, Refusal> {
        if let Some(e) = unlisted.get(&i) {
            return Err(Refusal::error(e.clone()));
        }
        let rel = paths.get(i);
        let hint = rel
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(pairing::name_tag)
            .map(|t| t.1);
        timing::time(Stage::Read, || reader.read_file(&opts.archive.join(rel)))
            .map(|text| pipeline.analyse_hinted(text, hint))
            .map_err(Refusal::from)
    };
    let compare_pair = |p: &Pair, sa: &Analysis, ta: &Analysis| -> Vec<ScanFinding> {
        let al = timing::time(Stage::Align, || align(sa, ta));
        let found = timing::time(Stage::Compare, || {
            compare(sa, ta, &al, pipeline.conversions())
        });
        found
            .iter()
            .map(|f| {
                // The paths are the documents': a record needs some, the kept finding none.
                let r =
                    FindingRecord::new(f, Named { path: "", doc: sa }, Named { path: "", doc: ta });
                ScanFinding::new(&r, p.source, p.target)
            })
            .collect()
    };

    let pb = progress_bar(entries.len(), opts.progress, "scanning");
    // Each thread gathers what its units give back into one `UnitDone` (no record per unit).
    let done: UnitDone = declared
        .par_iter()
        .map(|p| Unit::Pair(*p))
        .chain(alone.par_iter().map(|&i| Unit::Alone(i)))
        .fold(UnitDone::default, |mut out, unit| {
            let keep = |i: usize, r: Result<Analysis, Refusal>, out: &mut UnitDone| match r {
                Ok(a) => {
                    out.findings.extend(single_findings(i, &a));
                    let _ = entries[i].slot.set(Ok(Summary::of(&a)));
                    Some(a)
                }
                Err(e) => {
                    let _ = entries[i].slot.set(Err(Box::new(e)));
                    None
                }
            };
            match unit {
                Unit::Pair(p) => {
                    let s = keep(p.source, analyse(p.source), &mut out);
                    let t = keep(p.target, analyse(p.target), &mut out);
                    match (s, t) {
                        (Some(sa), Some(ta)) => {
                            out.findings.extend(compare_pair(&p, &sa, &ta));
                        }
                        // A declared counterpart that cannot be read: the other may still be
                        // paired by content.
                        (Some(a), None) => out.leftovers.push((p.source, Box::new(a))),
                        (None, Some(a)) => out.leftovers.push((p.target, Box::new(a))),
                        (None, None) => {}
                    }
                    pb.inc(2);
                }
                Unit::Alone(i) => {
                    if let Some(a) = keep(i, analyse(i), &mut out) {
                        out.leftovers.push((i, Box::new(a)));
                    }
                    pb.inc(1);
                }
            }
            out
        })
        .reduce(UnitDone::default, |mut a, mut b| {
            a.findings.append(&mut b.findings);
            a.leftovers.append(&mut b.leftovers);
            a
        });
    pb.finish_and_clear();

    drop(alone);
    let UnitDone {
        mut findings,
        mut leftovers,
    } = done;
    // The declared pairs compared are those whose two documents were both analysed.
    let analysed = |i: usize| matches!(entries[i].slot.get(), Some(Ok(_)));
    let mut pairs = declared;
    pairs.retain(|p| analysed(p.source) && analysed(p.target));
    // Documents left over are paired by their content, or listed as unpaired.
    leftovers.sort_by_key(|(i, _)| *i);
    let features = |lang: Lang| -> Vec<(usize, Vec<String>, usize)> {
        leftovers
            .iter()
            .enumerate()
            .filter(|(_, (_, a))| a.lang == lang)
            .map(|(k, (_, a))| (k, pairing::content_features(a), a.text.content.len()))
            .collect()
    };
    let (by_content, unpaired) = timing::time(Stage::Pair, || {
        pairing::pair_by_content(&features(Lang::Pl), &features(Lang::En))
    });
    let content_findings: Vec<ScanFinding> = by_content
        .par_iter()
        .flat_map_iter(|p| {
            let (s, t) = (&leftovers[p.source], &leftovers[p.target]);
            let p = Pair {
                source: s.0,
                target: t.0,
                ..*p
            };
            compare_pair(&p, &s.1, &t.1)
        })
        .collect();
    findings.extend(content_findings);
    pairs.extend(by_content.iter().map(|p| Pair {
        source: leftovers[p.source].0,
        target: leftovers[p.target].0,
        ..*p
    }));
    let unpaired: Vec<(usize, f64)> = unpaired
        .into_iter()
        .map(|(k, best)| (leftovers[k].0, best))
        .collect();
    drop(leftovers);
    pairs.sort_by(|a, b| paths.get(a.source).cmp(paths.get(b.source)));

    // By source file, target file (in path order, as documents are: no key is built), then
    // position and check.
    findings.sort_by_key(|f| {
        (
            f.source.map(|s| s.0),
            f.target.map(|t| t.0),
            f.source.map_or(usize::MAX, |s| s.1),
            f.target.map_or(usize::MAX, |t| t.1),
            f.check,
        )
    });
    Ok(Scan {
        archive: opts.archive.clone(),
        documents,
        paths,
        pairs,
        findings,
        notes,
        unpaired,
    })
}

/// A piece of the scan's parallel work.
enum Unit {
    /// A declared pair: read, analyse and compare both.
    Pair(Pair),
    /// A file without a declared counterpart.
    Alone(usize),
}

/// What [`Unit`]s give back (besides their documents' outcomes, set in their slots): the
/// findings, and documents kept analysed for content pairing.
#[derive(Default)]
struct UnitDone {
    findings: Vec<ScanFinding>,
    leftovers: Vec<(usize, Box<Analysis>)>,
}

/// Checks on one document, paired or not (`weekday_mismatch`).
fn single_findings(doc: usize, a: &Analysis) -> Vec<ScanFinding> {
    weekday_mismatches(a)
        .into_iter()
        .map(|(i, message)| {
            let r = FindingRecord::single(
                Check::WeekdayMismatch,
                Severity::Error,
                Named { path: "", doc: a },
                i,
                message,
            );
            ScanFinding::new(&r, doc, doc)
        })
        .collect()
}

/// The columns of `documents.csv`.
pub const DOCUMENTS_HEADER: [&str; 14] = [
    "path",
    "status",
    "error",
    "language",
    "language_confidence",
    "bytes",
    "sentences",
    "tokens",
    "numbers",
    "dates",
    "entities",
    "counterpart",
    "encoding",
    "format",
];

/// The columns of `pairs.csv`.
pub const PAIRS_HEADER: [&str; 4] = ["source_file", "target_file", "method", "score"];

/// Writes `documents.csv`, `findings.csv` and `pairs.csv` into `out` (created if missing),
/// each atomically.
///
/// # Errors
/// Any I/O error creating the folder or writing a file; files already renamed into place stay.
pub fn write_reports(scan: &Scan, out: &Path, style: CsvStyle) -> io::Result<()> {
    std::fs::create_dir_all(out)?;
    let counterparts = scan.counterparts();
    let doc_rows = scan
        .documents
        .iter()
        .enumerate()
        .zip(&counterparts)
        .map(|((i, d), cp)| match d.outcome() {
            Ok(a) => {
                vec![
                    scan.display(i),
                    "ok".into(),
                    String::new(),
                    a.detected.code().into(),
                    style.decimal((f64::from(a.confidence) * 100.0).round() / 100.0),
                    a.file_bytes.to_string(),
                    a.sentences.to_string(),
                    a.tokens.to_string(),
                    a.numbers.to_string(),
                    a.dates.to_string(),
                    a.entities.to_string(),
                    match *cp {
                        u32::MAX => String::new(),
                        j => scan.display(j as usize),
                    },
                    a.encoding.label().into(),
                    a.format.name().into(),
                ]
            }
            Err(refusal) => {
                let bytes = std::fs::symlink_metadata(scan.archive.join(scan.paths.get(i)))
                    .map(|m| m.len().to_string())
                    .unwrap_or_default();
                let status = if refusal.skipped { "skipped" } else { "error" };
                let mut row = vec![scan.display(i), status.into(), refusal.reason.clone()];
                row.extend([String::new(), String::new(), bytes]);
                row.extend(std::iter::repeat_n(String::new(), 7));
                row.push(
                    ingest::Format::from_path(scan.paths.get(i))
                        .map_or("", |f| f.name())
                        .into(),
                );
                row
            }
        });
    write_file(
        &out.join("documents.csv"),
        style,
        &DOCUMENTS_HEADER,
        doc_rows,
    )?;
    write_file(
        &out.join("findings.csv"),
        style,
        &FINDINGS_HEADER,
        scan.findings.iter().map(|f| f.row(|i| scan.display(i))),
    )?;
    let pair_rows = scan.pairs.iter().map(|p| {
        vec![
            scan.display(p.source),
            scan.display(p.target),
            p.method.name().into(),
            style.decimal(p.score),
        ]
    });
    // Then each Polish or English document without a counterpart, method `unpaired`, with
    // the best content similarity it had (below the threshold).
    let unpaired_rows = scan.unpaired.iter().map(|&(i, best)| {
        let d = &scan.documents[i];
        let polish = d.outcome().is_ok_and(|a| a.lang == Lang::Pl);
        let (s, t) = if polish {
            (scan.display(i), String::new())
        } else {
            (String::new(), scan.display(i))
        };
        vec![
            s,
            t,
            "unpaired".into(),
            style.decimal((best * 1000.0).round() / 1000.0),
        ]
    });
    write_file(
        &out.join("pairs.csv"),
        style,
        &PAIRS_HEADER,
        pair_rows.chain(unpaired_rows),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Text;
    use crate::lexicon::Lexicons;

    #[test]
    fn paths_give_back_each_path_as_pushed() {
        let mut paths = Paths::default();
        assert!(paths.is_empty());
        for p in ["2026/03/budżet.pl.txt", "a", "2026/03/budget.en.txt"] {
            paths.push(Path::new(p));
        }
        assert_eq!(paths.len(), 3);
        assert_eq!(paths.get(0), Path::new("2026/03/budżet.pl.txt"));
        assert_eq!(paths.get(1), Path::new("a"));
        assert_eq!(paths.get(2), Path::new("2026/03/budget.en.txt"));
        // A name that is not valid UTF-8 (Latin-2 "ó") comes back byte for byte.
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let odd = Path::new(std::ffi::OsStr::from_bytes(b"ogl\xf3szenie.pl.txt"));
            paths.push(odd);
            assert_eq!(paths.get(3).as_os_str().as_bytes(), b"ogl\xf3szenie.pl.txt");
        }
    }

    #[test]
    fn a_kept_finding_gives_back_its_row_with_the_documents_paths() {
        // 14 March 2026 is a Saturday.
        let p = Pipeline::new(&Lexicons::embedded());
        let a = p.analyse(
            Text::from_utf8("Otwarcie w piątek 14 marca 2026 r. w Sukiennicach.".into()),
            Some(Lang::Pl),
        );
        let kept = single_findings(3, &a);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].source.map(|s| s.0), Some(3));
        assert_eq!(kept[0].target, None);
        let row = kept[0].row(|i| format!("archive/doc{i}.pl.txt"));
        assert_eq!(row.len(), FINDINGS_HEADER.len());
        assert_eq!(
            row[..8],
            [
                "weekday_mismatch",
                "error",
                "archive/doc3.pl.txt",
                "pl",
                "1",
                "19",
                "14 marca 2026 r.",
                "2026-03-14",
            ]
        );
        assert!(row[8..13].iter().all(String::is_empty), "{row:?}");
        assert!(
            row[13].contains("sobota") || row[13].contains("Saturday"),
            "{row:?}"
        );
    }
}
