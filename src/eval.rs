//! Accuracy against peer projects' test suites (`../shared/peers`): language identification
//! (lingua-rs), sentence segmentation (LanguageTool, pySBD, pragmatic_segmenter), numbers and
//! ordinals (Duckling, num2words, kwn/number-to-words), amounts and quantities (Duckling), and
//! dates and times (Duckling, dateparser).
//!
//! Every case runs through factlint's public API ([`crate::language::detect`],
//! [`crate::segment::Segmenter`], [`crate::extract::Extractor`]). [`run_all`] returns one
//! [`SuiteResult`] per suite; [`markdown`] renders them as the table in `docs/accuracy.md`.
//! Cases that are wrong or out of scope in the peer's data are not bent to: they are listed in
//! [`SuiteResult::excluded`] with the reason, and do not count.

use crate::decimal::Decimal;
use crate::extract::{DateValue, Extractor, Fact, FactKind, PartialDate, Value};
use crate::language::{self, Detector};
use crate::lexicon::Lexicons;
use crate::segment::{SegmentOptions, Segmenter};
use crate::Lang;
use std::fmt::Write as _;
use std::path::Path;

/// Wrong cases kept per suite for the report (`FACTLINT_EVAL_FAILURES` overrides).
static MAX_FAILURES: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
    std::env::var("FACTLINT_EVAL_FAILURES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15)
});

/// The outcome of one suite.
#[derive(Debug, Clone, Default)]
pub struct SuiteResult {
    /// Suite name, e.g. `lingua pl sentence`.
    pub suite: String,
    /// What the suite measures, for the report's grouping.
    pub area: &'static str,
    /// Cases counted.
    pub cases: usize,
    /// Cases factlint gets right.
    pub correct: usize,
    /// Cases left out, with the reason (not counted in `cases`).
    pub excluded: Vec<(String, String)>,
    /// Up to 15 wrong cases: (input, expected, got).
    pub failures: Vec<(String, String, String)>,
    /// The peer's own figure, where its README gives one.
    pub peer: Option<String>,
}

impl SuiteResult {
    fn new(area: &'static str, suite: impl Into<String>) -> SuiteResult {
        SuiteResult {
            suite: suite.into(),
            area,
            ..SuiteResult::default()
        }
    }

    /// Accuracy in percent (0 with no cases).
    pub fn accuracy(&self) -> f64 {
        if self.cases == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.cases as f64
        }
    }

    fn record(&mut self, ok: bool, input: &str, expected: &str, got: impl FnOnce() -> String) {
        self.cases += 1;
        if ok {
            self.correct += 1;
        } else if self.failures.len() < *MAX_FAILURES {
            self.failures
                .push((input.to_string(), expected.to_string(), got()));
        }
    }

    fn exclude(&mut self, input: &str, reason: &str) {
        self.excluded.push((input.to_string(), reason.to_string()));
    }
}

/// Undoes the backslash escaping of the sbd and dateparser files (`\\`, `\n`, `\t`, `\r`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Rows of a TSV file with a header, as maps from column name to raw field.
fn tsv(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    let mut lines = text.lines();
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let cols: Vec<&str> = header.split('\t').collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            cols.iter()
                .map(|c| c.to_string())
                .zip(l.split('\t').map(String::from))
                .collect()
        })
        .collect()
}

/// Runs every suite found under `peers` (the `../shared/peers` folder).
pub fn run_all(peers: &Path) -> Vec<SuiteResult> {
    let lex = Lexicons::embedded();
    let extractor = Extractor::new(&lex);
    let segmenter = Segmenter::new(&lex);
    let mut out = language_suites(peers);
    out.extend(sbd_suites(peers, &segmenter));
    out.extend(number_suites(peers, &extractor, &lex));
    out.extend(date_suites(peers, &extractor, &lex));
    out.extend(alignment_suite(&peers.join("../real"), &lex));
    out.extend(perturbation_suite(
        &peers.join("../real"),
        &lex,
        PERTURBATION_SEED,
    ));
    out.extend(content_pairing_suite(
        &peers.join("../real"),
        &lex,
        PERTURBATION_SEED,
    ));
    out
}

/// The seed of the planted divergences in [`run_all`] (any seed gives a comparable measure;
/// this one is fixed so that the figures in `docs/accuracy.md` are reproducible).
pub const PERTURBATION_SEED: u64 = 20261121;

// ---------------------------------------------------------------- alignment

/// Joins the lines of a document into paragraphs of `run` lines (a blank line between
/// paragraphs, a space inside), and returns the text with each original line's byte span.
/// The first line, the headline, stays a paragraph of its own, as in a release.
fn reflow(lines: &[&str], run: usize) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            text.push_str(if i == 1 || (i - 1) % run == 0 {
                "\n\n"
            } else {
                " "
            });
        }
        let start = text.len();
        text.push_str(line.trim());
        spans.push((start, text.len()));
    }
    (text, spans)
}

/// The real translations in `real` (`manifest.tsv`: source, id), each as (id, Polish lines,
/// English lines); empty when the folder is missing.
pub fn real_documents(real: &Path) -> Vec<(String, String, String)> {
    let Ok(manifest) = std::fs::read_to_string(real.join("manifest.tsv")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for row in manifest.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        let dir = real.join(f[0]).join(f[1]);
        if let (Ok(pl), Ok(en)) = (
            std::fs::read_to_string(dir.join(format!("{}.pl.txt", f[1]))),
            std::fs::read_to_string(dir.join(format!("{}.en.txt", f[1]))),
        ) {
            out.push((f[1].to_string(), pl, en));
        }
    }
    out
}

/// A real pair reflowed as the suites read it: the headline alone, then Polish in runs of 3
/// lines and English in runs of 2, paragraphs apart (see [`alignment_suite`]).
pub fn reflowed_pair(pl: &str, en: &str) -> (String, String) {
    let pl_lines: Vec<&str> = pl.lines().collect();
    let en_lines: Vec<&str> = en.lines().collect();
    (reflow(&pl_lines, 3).0, reflow(&en_lines, 2).0)
}

/// Content-based pairing on the real translations with their names shuffled: every Polish
/// and English document (reflowed) is given to [`crate::pairing::pair_by_content`] in a seeded
/// random order, under no name; a document pair is right when it is the translation pair.
/// `cases` = documents pairs to find, `correct` = found; a wrong pair counts as a failure
/// and is listed with its score.
pub fn content_pairing_suite(real: &Path, lex: &Lexicons, seed: u64) -> Vec<SuiteResult> {
    use crate::analyse::Pipeline;
    use crate::ingest::Text;
    use crate::pairing::{content_features, pair_by_content};
    let docs = real_documents(real);
    if docs.is_empty() {
        return Vec::new();
    }
    let pipeline = Pipeline::new(lex);
    // (document number, Polish?) in shuffled order.
    let mut order: Vec<(usize, bool)> = (0..docs.len())
        .flat_map(|i| [(i, true), (i, false)])
        .collect();
    fastrand::Rng::with_seed(seed).shuffle(&mut order);
    let mut sources = Vec::new();
    let mut targets = Vec::new();
    for (k, &(i, polish)) in order.iter().enumerate() {
        let (pl, en) = reflowed_pair(&docs[i].1, &docs[i].2);
        let (text, lang) = if polish {
            (pl, Lang::Pl)
        } else {
            (en, Lang::En)
        };
        let len = text.len();
        let a = pipeline.analyse(Text::from_utf8(text), Some(lang));
        let entry = (k, content_features(&a), len);
        if polish {
            sources.push(entry);
        } else {
            targets.push(entry);
        }
    }
    let (pairs, unpaired) = pair_by_content(&sources, &targets);
    let best_wrong = crate::pairing::content_scores(&sources, &targets)
        .into_iter()
        .filter(|&(_, i, j)| order[sources[i].0].0 != order[targets[j].0].0)
        .map(|c| c.0)
        .fold(0.0f64, f64::max);
    let mut r = SuiteResult::new(
        "pairing",
        "content-based pairing, real pairs with names shuffled",
    );
    let mut min_right = f64::MAX;
    let mut max_wrong: f64 = 0.0;
    for p in &pairs {
        let (a, b) = (order[p.source].0, order[p.target].0);
        let ok = a == b;
        if ok {
            min_right = min_right.min(p.score);
        } else {
            max_wrong = max_wrong.max(p.score);
        }
        r.record(ok, &docs[a].0, &docs[a].0, || {
            format!("{} (score {:.3})", docs[b].0, p.score)
        });
    }
    for (k, best) in &unpaired {
        let (i, polish) = order[*k];
        if polish {
            r.record(false, &docs[i].0, &docs[i].0, || {
                format!("unpaired (best score {best:.3})")
            });
        }
    }
    // Orphans: with every tenth English version gone, its Polish document must stay unpaired
    // (and the others keep their pairs).
    let kept: Vec<(usize, Vec<String>, usize)> = targets
        .iter()
        .filter(|t| !order[t.0].0.is_multiple_of(10))
        .cloned()
        .collect();
    let (orphan_pairs, _) = pair_by_content(&sources, &kept);
    let mut orphans = SuiteResult::new(
        "pairing",
        "content-based pairing, every 10th English version removed: all right or unpaired",
    );
    for (k, _, _) in &sources {
        let i = order[*k].0;
        let made = orphan_pairs.iter().find(|p| p.source == *k);
        let ok = match made {
            Some(p) => order[p.target].0 == i,
            None => i.is_multiple_of(10),
        };
        orphans.record(
            ok,
            &docs[i].0,
            if i.is_multiple_of(10) {
                "unpaired"
            } else {
                "its pair"
            },
            || {
                made.map_or("unpaired".into(), |p| {
                    format!("{} (score {:.3})", docs[order[p.target].0].0, p.score)
                })
            },
        );
    }
    r.peer = Some(format!(
        "{} pairs made, {} wrong (highest wrong pair made {max_wrong:.3}); lowest right score {:.3}, best wrong candidate {best_wrong:.3}; threshold {}",
        pairs.len(),
        pairs.len() - r.correct,
        if min_right == f64::MAX { 0.0 } else { min_right },
        crate::pairing::CONTENT_THRESHOLD
    ));
    vec![r, orphans]
}

/// Recall and precision on divergences planted into the real translations (reflowed as in
/// [`alignment_suite`]) by [`crate::perturb`], one plant per document and kind, seeded.
/// Per kind: recall = plants reported (with severity warning or error, the expected check, at
/// the edit) / plants. Per expected check: precision = those reports / all warning or error
/// findings of that check that the plant added (findings of the unperturbed pair — measured
/// by the false-alarm rate in `docs/real-pairs-review.md` — are not counted again).
pub fn perturbation_suite(real: &Path, lex: &Lexicons, seed: u64) -> Vec<SuiteResult> {
    use crate::align::align;
    use crate::analyse::Pipeline;
    use crate::compare::{compare, Conversions, Severity};
    use crate::ingest::Text;
    use crate::perturb::{is_at_plant, plant, PlantKind};
    use std::collections::{BTreeMap, HashSet};
    let docs = real_documents(real);
    if docs.is_empty() {
        return Vec::new();
    }
    let pipeline = Pipeline::new(lex);
    let conv = Conversions::new(lex);
    let mut recall: BTreeMap<PlantKind, SuiteResult> = PlantKind::ALL
        .iter()
        .map(|k| {
            (
                *k,
                SuiteResult::new(
                    "comparison",
                    format!("planted {} → {}: recall", k.name(), k.expected().name()),
                ),
            )
        })
        .collect();
    let mut precision: BTreeMap<&'static str, SuiteResult> = BTreeMap::new();
    for (id, pl, en) in &docs {
        let (pl_text, en_text) = reflowed_pair(pl, en);
        let s = pipeline.analyse(Text::from_utf8(pl_text), Some(Lang::Pl));
        let t = pipeline.analyse(Text::from_utf8(en_text.clone()), Some(Lang::En));
        let alignment = align(&s, &t);
        let baseline = compare(&s, &t, &alignment, &conv);
        let key = |c: &crate::compare::Check, src: Option<usize>, tgt: Option<crate::Span>| {
            (
                c.name(),
                src.map(|i| (s.facts[i].span.start, s.facts[i].span.end)),
                tgt.map(|sp| (sp.start, sp.end)),
            )
        };
        let old: HashSet<_> = baseline
            .iter()
            .map(|f| key(&f.check, f.source, f.target.map(|j| t.facts[j].span)))
            .collect();
        for kind in PlantKind::ALL {
            let mut rng = crate::perturb::plant_rng(seed, id, kind);
            let Some(p) = plant(&s, &t, &alignment, &baseline, kind, lex, &mut rng) else {
                continue;
            };
            let edited = pipeline.analyse(Text::from_utf8(p.apply(&en_text)), Some(Lang::En));
            let found = compare(&s, &edited, &align(&s, &edited), &conv);
            let mut hit = false;
            for f in found.iter().filter(|f| f.severity != Severity::Info) {
                let at = is_at_plant(&p, f, &s, &edited);
                hit |= at;
                let mapped = f.target.map(|j| p.unplant(edited.facts[j].span));
                let is_new = match mapped {
                    Some(None) => true,
                    Some(Some(sp)) => !old.contains(&key(&f.check, f.source, Some(sp))),
                    None => !old.contains(&key(&f.check, f.source, None)),
                };
                if !is_new && !at {
                    continue;
                }
                let name = f.check.name();
                let r = precision.entry(name).or_insert_with(|| {
                    SuiteResult::new("comparison", format!("{name} on planted pairs: precision"))
                });
                r.record(at, id, "a finding at the plant", || {
                    format!(
                        "{} added by {} ({} → {})",
                        name,
                        kind.name(),
                        p.original,
                        p.planted
                    )
                });
            }
            let r = recall.get_mut(&kind).expect("every kind");
            let context = |text: &str, a: usize, b: usize| {
                let mut a = a.saturating_sub(40);
                let mut b = (b + 40).min(text.len());
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                text[a..b].replace('\n', " ")
            };
            r.record(
                hit,
                id,
                &format!(
                    "{} → {} in “…{}…”",
                    p.original.trim(),
                    p.planted,
                    context(&en_text, p.original_span.start, p.original_span.end)
                ),
                || {
                    found
                        .iter()
                        .filter(|f| f.severity != Severity::Info)
                        .map(|f| f.message(&s, &edited))
                        .collect::<Vec<_>>()
                        .join("; ")
                        .chars()
                        .take(300)
                        .collect()
                },
            );
        }
    }
    let expected: HashSet<&str> = PlantKind::ALL.iter().map(|k| k.expected().name()).collect();
    // Recall per expected check, over the kinds that expect it (the issue's targets).
    let mut by_check: BTreeMap<&'static str, SuiteResult> = BTreeMap::new();
    for (kind, r) in &recall {
        let name = kind.expected().name();
        let agg = by_check.entry(name).or_insert_with(|| {
            SuiteResult::new("comparison", format!("{name} on planted pairs: recall"))
        });
        agg.cases += r.cases;
        agg.correct += r.correct;
    }
    recall
        .into_values()
        .chain(by_check.into_values())
        .chain(
            precision
                .into_iter()
                .filter(|(name, _)| expected.contains(name))
                .map(|(_, r)| r),
        )
        .collect()
}

/// Sentence alignment on real translations (`../shared/real`, 248 documents), with the texts
/// reflowed into paragraphs — the headline alone, then Polish in runs of 3 lines, English in
/// runs of 2 — so that line breaks say nothing. A predicted link joins line i and line j when an aligned bead holds a
/// sentence of each; the gold links are line i ↔ line i. The suite's accuracy is F1 over all
/// links: `cases` = predicted + gold links, `correct` = 2 × links in both, so that
/// correct / cases = 2TP / (|P| + |G|) = F1.
pub fn alignment_suite(real: &Path, lex: &Lexicons) -> Vec<SuiteResult> {
    use crate::align::align;
    use crate::analyse::Pipeline;
    use crate::ingest::Text;
    let Ok(manifest) = std::fs::read_to_string(real.join("manifest.tsv")) else {
        return Vec::new();
    };
    let pipeline = Pipeline::new(lex);
    let mut r = SuiteResult::new("alignment", "real pairs, reflowed: line-link F1");
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut good_docs = 0;
    let mut docs = 0;
    for row in manifest.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() < 2 {
            continue;
        }
        let dir = real.join(f[0]).join(f[1]);
        let (Ok(pl), Ok(en)) = (
            std::fs::read_to_string(dir.join(format!("{}.pl.txt", f[1]))),
            std::fs::read_to_string(dir.join(format!("{}.en.txt", f[1]))),
        ) else {
            continue;
        };
        let pl_lines: Vec<&str> = pl.lines().collect();
        let en_lines: Vec<&str> = en.lines().collect();
        let (pl_text, pl_spans) = reflow(&pl_lines, 3);
        let (en_text, en_spans) = reflow(&en_lines, 2);
        let s = pipeline.analyse(Text::from_utf8(pl_text), Some(Lang::Pl));
        let t = pipeline.analyse(Text::from_utf8(en_text), Some(Lang::En));
        let al = align(&s, &t);
        let lines_of = |spans: &[(usize, usize)], sp: crate::Span| -> Vec<usize> {
            spans
                .iter()
                .enumerate()
                .filter(|(_, (a, b))| *a < sp.end && sp.start < *b)
                .map(|(i, _)| i)
                .collect()
        };
        let mut predicted = std::collections::BTreeSet::new();
        for bead in &al.beads {
            let ls: Vec<usize> = bead
                .source
                .clone()
                .flat_map(|i| lines_of(&pl_spans, s.sentences[i].span))
                .collect();
            let lt: Vec<usize> = bead
                .target
                .clone()
                .flat_map(|j| lines_of(&en_spans, t.sentences[j].span))
                .collect();
            for &a in &ls {
                for &b in &lt {
                    predicted.insert((a, b));
                }
            }
        }
        let gold: std::collections::BTreeSet<(usize, usize)> =
            (0..pl_lines.len().min(en_lines.len()))
                .map(|i| (i, i))
                .collect();
        let hit = predicted.intersection(&gold).count();
        tp += hit;
        fp += predicted.len() - hit;
        fn_ += gold.len() - hit;
        let p = hit as f64 / predicted.len().max(1) as f64;
        let rc = hit as f64 / gold.len().max(1) as f64;
        let f1 = if p + rc > 0.0 {
            2.0 * p * rc / (p + rc)
        } else {
            0.0
        };
        docs += 1;
        if f1 >= 0.97 {
            good_docs += 1;
        } else if r.failures.len() < *MAX_FAILURES {
            r.failures
                .push((f[1].to_string(), "F1 ≥ 0.97".into(), format!("F1 {f1:.3}")));
        }
    }
    if docs == 0 {
        return Vec::new();
    }
    r.cases = tp + fp + tp + fn_;
    r.correct = 2 * tp;
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let rc = tp as f64 / (tp + fn_).max(1) as f64;
    r.peer = Some(format!(
        "precision {p:.3}, recall {rc:.3}; {good_docs} of {docs} documents at F1 ≥ 0.97 (issue 4 target: F1 ≥ 0.97)"
    ));
    vec![r]
}

// ---------------------------------------------------------------- language

/// lingua-rs test data: pl and en sentences, word pairs and single words must come out as
/// pl and en; uk, ru, cs, sk and de sentences as other.
pub fn language_suites(peers: &Path) -> Vec<SuiteResult> {
    let dir = peers.join("lingua");
    let baseline = tsv(&dir.join("baseline_accuracy.tsv"));
    let peer_figure = |lang: &str, kind: &str| {
        let get = |det: &str| {
            baseline
                .iter()
                .find(|r| r["lang"] == lang && r["kind"] == kind && r["detector"] == det)
                .map(|r| r["accuracy_percent"].clone())
        };
        Some(format!(
            "lingua-high {} / whatlang {} (over 75 languages)",
            get("lingua-high-accuracy")?,
            get("whatlang")?
        ))
    };
    let mut out = Vec::new();
    for (detector, name) in [
        (Detector::Lingua, "lingua"),
        (Detector::Whatlang, "whatlang"),
    ] {
        for lang in ["pl", "en"] {
            let rows = tsv(&dir.join(format!("{lang}.tsv")));
            for kind in ["sentence", "word_pair", "word"] {
                let mut r = SuiteResult::new("language", format!("{lang} {kind} [{name}]"));
                r.peer = peer_figure(lang, kind);
                for row in rows.iter().filter(|row| row["kind"] == kind) {
                    let got = language::detect_with(&row["text"], detector).lang;
                    r.record(got.code() == lang, &row["text"], lang, || {
                        got.code().to_string()
                    });
                }
                out.push(r);
            }
        }
        for kind in ["sentence", "word_pair", "word"] {
            let mut r = SuiteResult::new(
                "language",
                format!("uk/ru/cs/sk/de {kind} → other [{name}]"),
            );
            for lang in ["uk", "ru", "cs", "sk", "de"] {
                for row in tsv(&dir.join(format!("{lang}.tsv")))
                    .iter()
                    .filter(|row| row["kind"] == kind)
                {
                    let got = language::detect_with(&row["text"], detector).lang;
                    r.record(
                        got == Lang::Other,
                        &row["text"],
                        &format!("other ({lang})"),
                        || got.code().to_string(),
                    );
                }
            }
            out.push(r);
        }
    }
    out
}

// ---------------------------------------------------------------- sentences

fn segment(seg: &Segmenter, text: &str, lang: Lang, opts: SegmentOptions) -> Vec<String> {
    seg.sentences_with(text, lang, opts)
        .into_iter()
        .map(|s| s.span.of(text).trim().to_string())
        .collect()
}

/// Sentence segmentation: LanguageTool's Polish and English cases, pySBD's and
/// pragmatic_segmenter's English cases without cleaning, and factlint's own Polish press cases.
pub fn sbd_suites(peers: &Path, seg: &Segmenter) -> Vec<SuiteResult> {
    let dir = peers.join("sbd");
    let mut out = Vec::new();
    let run =
        |r: &mut SuiteResult, rows: &[std::collections::HashMap<String, String>], lang: Lang| {
            for row in rows {
                let input = unescape(&row["input"]);
                let expected: Vec<String> = unescape(&row["expected"])
                    .split(" ||| ")
                    .map(|s| s.trim().to_string())
                    .collect();
                let opts = SegmentOptions {
                    line_breaks_end_sentences: row["options"]
                        .contains("singleLineBreaksMarksParagraph=true"),
                };
                let got = segment(seg, &input, lang, opts);
                r.record(got == expected, &input, &expected.join(" ||| "), || {
                    got.join(" ||| ")
                });
            }
        };
    for (lang, code) in [(Lang::Pl, "pl"), (Lang::En, "en")] {
        let mut r = SuiteResult::new("sentences", format!("LanguageTool {code}"));
        let rows: Vec<_> = tsv(&dir.join(format!("languagetool_{code}.tsv")));
        run(&mut r, &rows, lang);
        out.push(r);
    }
    let pysbd = tsv(&dir.join("pysbd_en.tsv"));
    let golden: Vec<_> = pysbd
        .iter()
        .filter(|r| r["set"] == "GOLDEN_EN_RULES_TEST_CASES" && r["status"] == "pass")
        .cloned()
        .collect();
    let mut r = SuiteResult::new("sentences", "pySBD English golden rules (clean=False)");
    r.peer = Some("pySBD passes 47 of 48 (rule 18 is marked xfail)".into());
    for x in pysbd
        .iter()
        .filter(|r| r["set"] == "GOLDEN_EN_RULES_TEST_CASES" && r["status"] != "pass")
    {
        r.exclude(
            &unescape(&x["input"]),
            "marked xfail by pySBD itself (a.m./P.M. rule)",
        );
    }
    run(&mut r, &golden, Lang::En);
    out.push(r);
    let others: Vec<_> = pysbd
        .iter()
        .filter(|r| {
            r["options"] == "clean=False"
                && r["set"] != "GOLDEN_EN_RULES_TEST_CASES"
                && r["status"] == "pass"
        })
        .cloned()
        .collect();
    let mut r = SuiteResult::new("sentences", "pySBD other English cases (clean=False)");
    run(&mut r, &others, Lang::En);
    out.push(r);
    let ps: Vec<_> = tsv(&dir.join("pragmatic_segmenter_en.tsv"))
        .into_iter()
        .filter(|r| r["options"] == "clean=false" && r["status"] == "pass")
        .collect();
    let mut r = SuiteResult::new("sentences", "pragmatic_segmenter English (clean=false)");
    run(&mut r, &ps, Lang::En);
    out.push(r);
    let own = include_str!("../tests/data/sbd_pl_press.tsv");
    let mut r = SuiteResult::new("sentences", "factlint Polish press staples");
    for line in own
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let expected: Vec<String> = line.split(" ||| ").map(|s| s.trim().to_string()).collect();
        let input = expected.join(" ");
        let got = segment(seg, &input, Lang::Pl, SegmentOptions::default());
        r.record(got == expected, &input, line, || got.join(" ||| "));
    }
    out.push(r);
    out
}

// ---------------------------------------------------------------- numbers

/// A JSON number as a decimal (`1.1`, `-1200000`, `3000000`).
fn json_decimal(v: &serde_json::Value) -> Option<Decimal> {
    signed_decimal(&v.to_string())
}

/// `-1.5`, `12`, `3e6` as a decimal.
fn signed_decimal(s: &str) -> Option<Decimal> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, s.to_string()),
    };
    let d = if digits.contains(['e', 'E']) {
        let f: f64 = digits.parse().ok()?;
        Decimal::parse_plain(&format!("{f:.0}"))?
    } else {
        Decimal::parse_plain(&digits)?
    };
    Some(if neg { d.negated() } else { d })
}

fn number_facts(ex: &Extractor, text: &str, lang: Lang) -> Vec<Fact> {
    ex.extract(text, lang)
        .into_iter()
        .filter(|f| f.kind == FactKind::Number)
        .collect()
}

fn show(facts: &[Fact]) -> String {
    facts
        .iter()
        .map(|f| {
            let mut s = f.value.to_string();
            if let Some(u) = &f.unit {
                s.push(' ');
                s.push_str(u);
            }
            s
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether every number fact has `value`, and there is at least one.
fn numbers_are(facts: &[Fact], value: Decimal, ordinal: Option<bool>) -> bool {
    !facts.is_empty()
        && facts.iter().all(|f| match &f.value {
            Value::Number(n) => {
                n.low == value && n.high.is_none() && ordinal.is_none_or(|o| n.ordinal == o)
            }
            _ => false,
        })
}

/// Whether the number facts state Duckling's amount `json` (a value, a range, or an open
/// interval read from a qualifier: "less than 6" = to 6, "over 2" = from 2), in `unit`, with
/// Duckling's values multiplied by `factor` into factlint's base unit.
fn amount_matches(
    facts: &[Fact],
    json: &serde_json::Value,
    unit: Option<&str>,
    factor: Decimal,
) -> bool {
    let conv = |v: &serde_json::Value| json_decimal(v).and_then(|d| d.checked_mul(factor));
    let unit_ok = |f: &Fact| unit.is_none() || f.unit.as_deref() == unit;
    match json["type"].as_str() {
        Some("value") => conv(&json["value"])
            .is_some_and(|v| numbers_are(facts, v, None) && facts.iter().all(unit_ok)),
        _ => {
            let (from, to) = (conv(&json["from"]), conv(&json["to"]));
            let qualifier = |f: &Fact, classes: &[&str]| {
                f.qualifier.as_deref().is_some_and(|q| classes.contains(&q))
            };
            facts.len() == 1
                && unit_ok(&facts[0])
                && match (&facts[0].value, from, to) {
                    (Value::Number(n), Some(a), Some(b)) => n.low == a && n.high == Some(b),
                    (Value::Number(n), None, Some(b)) => {
                        n.low == b && qualifier(&facts[0], &["less_than", "at_most"])
                    }
                    (Value::Number(n), Some(a), None) => {
                        n.low == a && qualifier(&facts[0], &["more_than", "at_least"])
                    }
                    _ => false,
                }
        }
    }
}

/// Polish words as typed without diacritics in the peers' corpora (`osiemdziesiat`,
/// `pazdziernik`); press Polish always has them.
const PL_WITHOUT_DIACRITICS: &[&str] = &[
    "osiemdziesiat",
    "dziewiecdziesiat",
    "dziewiecdziesieciu",
    "osiemdziesieciu",
    "dwom",
    "nastepny",
    "nastepnym",
    "dzis",
    "piatek",
    "sroda",
    "srode",
    "popoludniu",
    "pazdziernik",
    "pazdziernika",
    "pietnastego",
    "kwiecien",
    "kwartal",
    "tydzien",
    "nastepnego",
    "nastepne",
    "miesiac",
    "miesiaca",
    "miesiace",
    "poniedzialek",
    "dziewietnasta",
    "osma",
    "osmego",
    "dziewiata",
    "dziewiatej",
    "dziesiata",
    "dziesiatej",
    "wiecej",
    "poludnie",
    "poludniu",
    "pol",
    "sobote",
    "sekunde",
];

/// Whether a Polish phrase puts a month name before the day ("Luty 15", "marzec pierwszy",
/// "Lipiec 13-15"): English order, which Polish does not use (it writes "15 lutego").
fn polish_month_before_day(phrase: &str, lex: &Lexicons) -> bool {
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let is_month = |w: &str| {
        let w = w.trim_end_matches('.').to_lowercase();
        lex.months
            .iter()
            .any(|m| m.lang == Lang::Pl && m.form.to_lowercase() == w)
    };
    let is_day = |w: &str| {
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        (1..=2).contains(&digits)
            || lex.number_words.iter().any(|n| {
                n.lang == Lang::Pl && n.ordinal && n.form == w.to_lowercase().trim_end_matches('.')
            })
    };
    // A day before the month makes the number after it a year ("14tego Kwietnia 15").
    (0..words.len().saturating_sub(1))
        .any(|i| is_month(words[i]) && is_day(words[i + 1]) && (i == 0 || !is_day(words[i - 1])))
        || words.iter().any(|w| {
            // glued: "Luty13"
            let letters: String = w.chars().take_while(|c| c.is_alphabetic()).collect();
            !letters.is_empty()
                && letters.len() < w.len()
                && is_month(&letters)
                && is_day(&w[letters.len()..])
        })
}

/// Whether a phrase starts with a US month/day date ("4/25 o 16", "10-31-74"): a first number
/// of at most 12 and a second above 12.
fn us_month_day(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    let mut parts = first.split(['/', '-']);
    let (a, b) = (parts.next(), parts.next());
    let num = |x: Option<&str>| x.and_then(|x| x.parse::<u32>().ok());
    matches!((num(a), num(b)), (Some(m), Some(d)) if (1..=12).contains(&m) && (13..=31).contains(&d))
}

/// Whether a Polish phrase has a word written without its diacritics: one of
/// [`PL_WITHOUT_DIACRITICS`] among its words ("dziewiata po południu").
fn polish_without_diacritics(phrase: &str) -> bool {
    phrase
        .split(|c: char| !c.is_alphabetic())
        .any(|w| PL_WITHOUT_DIACRITICS.contains(&w.to_lowercase().as_str()))
}

/// Duckling time cases whose reading factlint does not share, with the reason (see
/// `relative.tsv`): a count with "upcoming", a count with "później"/"potem" (later), and a
/// Polish duration read as a point in time ("przez minutę", "w tydzień").
fn time_reading_differs(phrase: &str) -> Option<&'static str> {
    let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    const DAYS_WEEKS: [&str; 6] = ["dzień", "dni", "dnia", "tydzień", "tygodnie", "tygodni"];
    let first = words.first().map_or("", String::as_str);
    let last = words.last().map_or("", String::as_str);
    let second = words.get(1).map_or("", String::as_str);
    let took = first == "w" && second != "ciągu" && DAYS_WEEKS.contains(&last);
    if first == "przez" || took || first == "w" && second == "przeciągu" {
        return Some("a Polish duration, not a point in time: \"przez minutę\" is for a minute, \"w tydzień\", \"w 7 dni\" how long something took, \"w przeciągu godziny\" within an hour (a period from now, as Duckling itself reads \"w ciągu 2 tygodni\"); a later point is \"za tydzień\", \"za godzinę\" (relative.tsv: \"w\" counts only clock units from a reference time)");
    }
    let counted = words
        .iter()
        .any(|w| w.chars().all(|c| c.is_ascii_digit()) || ["two", "2"].contains(&w.as_str()));
    if has("upcoming") && counted {
        return Some("Duckling reads a count of upcoming units as the one unit that many ahead (upcoming two weeks = the week after next); in press English it is the period of the next two weeks, which factlint reads as a range");
    }
    if has("później") || has("potem") {
        return Some("później, potem (later) count from the event just told, not from the release's date: factlint leaves them unresolved (relative.tsv)");
    }
    None
}

/// Misspelt or ungrammatical Polish in Duckling's corpus, with the reason: a word split in two
/// ("po jutrze" for pojutrze), two run together ("dwudziestejtrzeciej"), or a case no Polish
/// speaker writes ("o trzecia" for o trzeciej, "20 listopadowi").
fn polish_misspelt(phrase: &str) -> Option<&'static str> {
    let p = phrase.to_lowercase();
    if ["po jutrze", "po przedniego", "przed wczoraj"]
        .iter()
        .any(|w| p.contains(w))
    {
        return Some("misspelt: one word written as two (pojutrze, poprzedniego, przedwczoraj)");
    }
    let first = p.split_whitespace().next().unwrap_or("");
    if ["wtr.", "pia", "pia."].contains(&first) {
        return Some("not a Polish abbreviation of a weekday (wtorek: wt., piątek: pt.)");
    }
    if ["dwudziestapierwsza", "dwudziestejtrzeciej"]
        .iter()
        .any(|w| p.contains(w))
    {
        return Some("misspelt: two words run together (dwudziesta pierwsza)");
    }
    if p.starts_with("o trzecia ") || p == "o pierwszy" || p.contains("listopadowi") {
        return Some("ungrammatical Polish: the wrong case (o trzeciej, 20 listopada)");
    }
    None
}

/// Cases of Duckling's corpora that are out of scope, with the reason.
fn numeral_exclusion(phrase: &str, lang: &str) -> Option<&'static str> {
    let p = phrase.to_lowercase();
    // lakh and crore themselves are in scales.tsv; their abbreviations and variant spellings
    // are not (`30 l`, `Kr` would misread ordinary text).
    const INDIAN: [&str; 6] = ["lkh", " cr ", " cr", "koti", "krore", " kr"];
    if INDIAN.iter().any(|w| p.contains(w)) || p.ends_with(" l") || p.contains("lac ") {
        return Some(
            "abbreviations and variants of Indian numbering (lkh, lac, cr, koti, kr): not in scales.tsv",
        );
    }
    if [
        "nic",
        "nil",
        "naught",
        "nought",
        "para",
        "a pair",
        "a couple",
        "a couple of",
        "few",
        "a few",
        "single",
        "pojedynczy",
    ]
    .contains(&p.as_str())
    {
        return Some("a word for an amount (pair, few, single, nothing), not a numeral; factlint does not count it");
    }
    if lang == "pl" && polish_without_diacritics(&p) {
        return Some("Polish written without diacritics: not press Polish");
    }
    if lang == "pl" && (p == "100,000" || p == "- 1,200,000") {
        return Some("Polish reads a comma before three digits as a decimal comma (1,500 = 1.5); Duckling's PL corpus uses English grouping here");
    }
    if lang == "pl" && p == "piętnasta" {
        return Some("an ordinal (fifteenth, feminine) listed as a cardinal");
    }
    if p.contains("dozen") {
        return Some("dozens: not counted as numbers in press text");
    }
    if ["twentyfifth", "thirtyfirst", "fortysecond", "seventythird"].contains(&p.as_str()) {
        return Some("words run together (twentyfifth): not standard English spelling");
    }
    if p == "one twenty two" {
        return Some("colloquial digit-by-digit reading (one twenty two = 122): not press English");
    }
    if p.starts_with("- ") {
        return Some("a dash and a space before a number open a list item in press text (- 1,200,000 residents), not a minus sign");
    }
    if p.starts_with("point ") {
        return Some("point before digits names an item (point 77 of the agenda), not a decimal");
    }
    if p.ends_with('g') && p.contains(".0012") {
        return Some("giga- suffix on a bare number: not press usage");
    }
    None
}

/// Amounts of money in Duckling's corpora that units.tsv leaves out on purpose (its header
/// gives the reasons), with the reason.
fn money_exclusion(phrase: &str) -> Option<&'static str> {
    let words: Vec<String> = phrase
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    if phrase.contains("RM") {
        return Some("RM is Rada Miasta (the City Council) in Kraków's texts (uchwała nr 42 RM), not the ringgit");
    }
    if has("c") && !has("and") && !phrase.contains('$') && !has("dollar") {
        return Some("c after a number alone is a house number (ul. Długa 43c) or degrees Celsius (10 C), not cents; after an amount it is read as cents ($20 and 43c)");
    }
    if has("le") {
        return Some("le is an article in the names the releases quote (Le Corbusier); LE in capitals is read as the Egyptian pound");
    }
    if has("grand") {
        return Some("grand is an adjective in press English (a grand opening, 2 grand pianos), not a thousand pounds");
    }
    if has("quarter") || has("quarters") {
        return Some("a quarter is a fraction or a period in press text (four quarters of the year), not a coin");
    }
    None
}

/// Numbers: Duckling numerals and ordinals, num2words and kwn cardinals and ordinals, and
/// Duckling's negatives (phrases that must yield no number).
pub fn number_suites(peers: &Path, ex: &Extractor, lex: &Lexicons) -> Vec<SuiteResult> {
    let dir = peers.join("duckling");
    let mut out = Vec::new();
    for (file, code, lang, ordinal) in [
        ("pl_numeral.tsv", "pl", Lang::Pl, false),
        ("en_numeral.tsv", "en", Lang::En, false),
        ("pl_ordinal.tsv", "pl", Lang::Pl, true),
        ("en_ordinal.tsv", "en", Lang::En, true),
    ] {
        let mut r = SuiteResult::new(
            "numbers",
            format!(
                "Duckling {code} {}",
                if ordinal { "ordinal" } else { "numeral" }
            ),
        );
        for row in tsv(&dir.join(file))
            .iter()
            .filter(|r| r["subset"] == "main")
        {
            let phrase = &row["phrase"];
            if let Some(reason) = numeral_exclusion(phrase, code) {
                r.exclude(phrase, reason);
                continue;
            }
            let json: serde_json::Value =
                serde_json::from_str(&row["expected_json"]).unwrap_or_default();
            let Some(value) = json_decimal(&json["value"]) else {
                continue;
            };
            let facts = number_facts(ex, phrase, lang);
            let ok = numbers_are(&facts, value, ordinal.then_some(true));
            r.record(ok, phrase, &row["expected_json"], || show(&facts));
        }
        out.push(r);
    }
    let words = peers.join("number_words");
    for (file, code, lang) in [
        ("num2words_pl.tsv", "num2words pl", Lang::Pl),
        ("num2words_en.tsv", "num2words en", Lang::En),
        ("kwn_pl.tsv", "kwn pl", Lang::Pl),
        ("kwn_en.tsv", "kwn en", Lang::En),
    ] {
        for to in ["cardinal", "ordinal"] {
            let rows: Vec<_> = tsv(&words.join(file))
                .into_iter()
                .filter(|r| r["to"] == to)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let mut r = SuiteResult::new("numbers", format!("{code} {to}"));
            for row in rows {
                let text = &row["words"];
                let number = &row["number"];
                let Some(value) = signed_decimal(number) else {
                    r.exclude(text, "value beyond 38 digits (far beyond press numbers)");
                    continue;
                };
                let facts = number_facts(ex, text, lang);
                let ok = numbers_are(&facts, value, (to == "ordinal").then_some(true));
                r.record(ok, text, number, || show(&facts));
            }
            out.push(r);
        }
    }
    let mut money = SuiteResult::new("numbers", "Duckling en amount of money (+ en_GB)");
    for file in ["en_amountofmoney.tsv", "en_GB_amountofmoney.tsv"] {
        for row in tsv(&dir.join(file))
            .iter()
            .filter(|r| r["subset"] == "main")
        {
            let json: serde_json::Value =
                serde_json::from_str(&row["expected_json"]).unwrap_or_default();
            let unit = match json["unit"].as_str().unwrap_or("") {
                "Dollar" => Some("USD".to_string()),
                "Pound" => Some("GBP".to_string()),
                "Cent" => Some("cent".to_string()),
                "Unnamed" => None,
                code if lex.units.iter().any(|u| u.unit == code) => Some(code.to_string()),
                other @ ("Dinar" | "Riyal" | "Rial") => {
                    money.exclude(
                        &row["phrase"],
                        &format!("Duckling's generic {other} names no one currency (ISO 4217 has one per country); units.tsv lists the countries' (kuwaiti dinar, saudi riyal)"),
                    );
                    continue;
                }
                other => {
                    money.exclude(
                        &row["phrase"],
                        &format!("currency {other}: not in units.tsv"),
                    );
                    continue;
                }
            };
            let unit = unit.as_deref();
            if row["phrase"] == "7-9 lakh rupees" {
                money.exclude(
                    &row["phrase"],
                    "the peer's interval applies lakh to its upper end only (7 to 900000); factlint reads 700000 to 900000",
                );
                continue;
            }
            if let Some(reason) = money_exclusion(&row["phrase"]) {
                money.exclude(&row["phrase"], reason);
                continue;
            }
            let facts = number_facts(ex, &row["phrase"], Lang::En);
            let ok = amount_matches(&facts, &json, unit, Decimal::from_int(1));
            money.record(ok, &row["phrase"], &row["expected_json"], || show(&facts));
        }
    }
    out.push(money);
    let mut quantity = SuiteResult::new("numbers", "Duckling en quantity");
    for row in tsv(&dir.join("en_quantity.tsv"))
        .iter()
        .filter(|r| r["subset"] == "main")
    {
        let json: serde_json::Value =
            serde_json::from_str(&row["expected_json"]).unwrap_or_default();
        let facts = number_facts(ex, &row["phrase"], Lang::En);
        // Duckling's units and factlint's (mass in kg).
        let (unit, factor) = match json["unit"].as_str().unwrap_or("") {
            "Gram" => ("kg", Decimal::new(1, 3)),
            "Pound" => ("lb", Decimal::from_int(1)),
            "Ounce" => ("oz", Decimal::from_int(1)),
            "Cup" => ("cup", Decimal::from_int(1)),
            other => {
                quantity.exclude(&row["phrase"], &format!("unit {other}: not in units.tsv"));
                continue;
            }
        };
        let ok = amount_matches(&facts, &json, Some(unit), factor);
        quantity.record(ok, &row["phrase"], &row["expected_json"], || show(&facts));
    }
    out.push(quantity);
    let mut neg = SuiteResult::new("numbers", "Duckling negatives (must yield nothing)");
    for file in [
        "pl_numeral.tsv",
        "en_numeral.tsv",
        "en_amountofmoney.tsv",
        "en_GB_amountofmoney.tsv",
        "en_quantity.tsv",
        "en_duration.tsv",
    ] {
        let lang = if file.starts_with("pl") {
            Lang::Pl
        } else {
            Lang::En
        };
        for row in tsv(&dir.join(file))
            .iter()
            .filter(|r| r["subset"] == "negative")
        {
            let facts = number_facts(ex, &row["phrase"], lang);
            neg.record(facts.is_empty(), &row["phrase"], "nothing", || show(&facts));
        }
    }
    out.push(neg);
    out
}

// ---------------------------------------------------------------- dates

/// A Duckling time value: `YYYY-MM-DDThh:mm:ss` and its grain.
fn parse_datetime(s: &str) -> Option<(i32, u8, u8, u8, u8)> {
    // Duckling writes a year before the common era as minus its number ("-2014" is 2014 BC);
    // ISO 8601, as factlint, counts 1 BC as year 0 (2014 BC is -2013).
    if let Some(bc) = s.strip_prefix('-') {
        let (y, m, d, hh, mm) = parse_datetime(bc)?;
        return Some((1 - y, m, d, hh, mm));
    }
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    let hh = s.get(11..13)?.parse().ok()?;
    let mm = s.get(14..16)?.parse().ok()?;
    Some((y, m, d, hh, mm))
}

fn at_grain(dt: (i32, u8, u8, u8, u8), grain: &str) -> Option<PartialDate> {
    let (y, m, d, _, _) = dt;
    Some(match grain {
        "year" => PartialDate {
            year: Some(y),
            month: None,
            day: None,
        },
        "month" => PartialDate {
            year: Some(y),
            month: Some(m),
            day: None,
        },
        "day" => PartialDate {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        },
        _ => return None,
    })
}

/// The day before a day-grain date (Duckling's interval ends are exclusive).
fn day_before(p: PartialDate) -> Option<PartialDate> {
    let d = jiff::civil::Date::new(p.year? as i16, p.month? as i8, p.day? as i8)
        .ok()?
        .yesterday()
        .ok()?;
    Some(PartialDate {
        year: Some(d.year() as i32),
        month: Some(d.month() as u8),
        day: Some(d.day() as u8),
    })
}

fn month_before(p: PartialDate) -> Option<PartialDate> {
    let (y, m) = (p.year?, p.month?);
    Some(if m == 1 {
        PartialDate {
            year: Some(y - 1),
            month: Some(12),
            day: None,
        }
    } else {
        PartialDate {
            year: Some(y),
            month: Some(m - 1),
            day: None,
        }
    })
}

/// Whether factlint's date and time facts state Duckling's expected value.
///
/// `clock` is the reference's time of day (hour, minute). Duckling carries it into offsets
/// counted in days or more ("7 days ago" is 2013-02-05T04:00 at hour grain, "a day from now"
/// 2013-02-13T04:00): such a time is the reference's, not written in the phrase, so where
/// factlint states no time the value is compared at day grain.
/// The date values among `facts`, in order.
fn date_values(facts: &[Fact]) -> Vec<&DateValue> {
    facts
        .iter()
        .filter_map(|f| match &f.value {
            Value::Date(d) => Some(d),
            _ => None,
        })
        .collect()
}

/// Duckling's holiday names of the Jewish holidays factlint dates.
const JEWISH_HOLIDAYS: &[&str] = &[
    "Hanukkah",
    "Lag BaOmer",
    "Passover",
    "Purim",
    "Rosh Hashanah",
    "Shavuot",
    "Shemini Atzeret",
    "Shushan Purim",
    "Simchat Torah",
    "Sukkot",
    "Tisha B'Av",
    "Tu BiShvat",
    "Yom Ha'atzmaut",
    "Yom HaShoah",
    "Yom Kippur",
];

/// The start of a Jewish holiday in a Duckling case (the day, or an interval's first day):
/// Duckling dates such a holiday from the evening it begins, the day before the first day
/// it is kept, which is the day factlint gives (as printed calendars do). `None` for any
/// other case.
fn jewish_holiday_start(json: &serde_json::Value) -> Option<(i32, u8, u8)> {
    let name = json["holiday"].as_str()?;
    if !JEWISH_HOLIDAYS.contains(&name) {
        return None;
    }
    let start = json["value"].as_str().or(json["from"].as_str())?;
    let (y, m, d, ..) = parse_datetime(start)?;
    Some((y, m, d))
}

/// Whether the only date stated starts on the day after `eve` (a Jewish holiday's first
/// day, Duckling giving its eve). Its end is not compared: Duckling ends Hanukkah on its
/// eighth evening and counts Shemini Atzeret into Sukkot, where calendars end them on the
/// eighth day and on 21 Tishri.
fn first_day_after(facts: &[Fact], (y, m, d): (i32, u8, u8)) -> bool {
    let Ok(eve) = jiff::civil::Date::new(y as i16, m as i8, d as i8) else {
        return false;
    };
    let Some(first) = eve.tomorrow().ok() else {
        return false;
    };
    let want = (first.year() as i32, first.month() as u8, first.day() as u8);
    let dates = date_values(facts);
    dates.len() == 1 && dates[0].bounds().is_some_and(|(a, _)| a == want)
}

/// Duckling's time zone: its reference time is 04:30 at UTC−02:00.
const DUCKLING_UTC_OFFSET: i16 = -120;

/// A time of day of `f` on Duckling's clock: moved from the time zone written with it
/// (`4pm CET` is 13:00 at UTC−02:00); as written when it has none.
fn in_duckling_zone(f: &Fact, (h, m): (u8, u8)) -> (u8, u8) {
    let Some(offset) = f.utc_offset else {
        return (h, m);
    };
    let minutes = (i32::from(h) * 60 + i32::from(m) - i32::from(offset)
        + i32::from(DUCKLING_UTC_OFFSET))
    .rem_euclid(24 * 60);
    ((minutes / 60) as u8, (minutes % 60) as u8)
}

/// Whether the facts state a Duckling interval from the reference instant to `to` ("by the
/// end of the month", "within 2 weeks", "by 2:00pm") as a deadline: one date or time
/// qualified `until` whose last day is the day before `to` (an end at midnight is
/// exclusive), or whose time is `to`'s.
fn deadline_matches(facts: &[Fact], to: (i32, u8, u8, u8, u8)) -> bool {
    let until: Vec<&Fact> = facts
        .iter()
        .filter(|f| f.qualifier.as_deref() == Some("until"))
        .collect();
    let [f] = until[..] else { return false };
    match &f.value {
        Value::Time(h, m, 0) => (*h, *m) == (to.3, to.4),
        Value::Date(d) if (to.3, to.4) == (0, 0) => {
            let last = jiff::civil::Date::new(to.0 as i16, to.1 as i8, to.2 as i8)
                .ok()
                .and_then(|d| d.yesterday().ok())
                .map(|d| (d.year() as i32, d.month() as u8, d.day() as u8));
            date_values(facts).len() == 1 && d.bounds().map(|b| b.1) == last
        }
        _ => false,
    }
}

/// The Saturday and Sunday of a Duckling weekend: Friday 18:00 to Monday 00:00.
fn weekend(
    from: (i32, u8, u8, u8, u8),
    to: (i32, u8, u8, u8, u8),
) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    use jiff::civil::{Date, Weekday};
    let friday = Date::new(from.0 as i16, from.1 as i8, from.2 as i8).ok()?;
    let monday = Date::new(to.0 as i16, to.1 as i8, to.2 as i8).ok()?;
    let saturday = friday.tomorrow().ok()?;
    let sunday = saturday.tomorrow().ok()?;
    (friday.weekday() == Weekday::Friday
        && (from.3, from.4, to.3, to.4) == (18, 0, 0, 0)
        && sunday.tomorrow().ok()? == monday)
        .then_some((saturday, sunday))
}

fn time_matches(
    facts: &[Fact],
    json: &serde_json::Value,
    reference: (i32, u8, u8),
    clock: (u8, u8),
) -> bool {
    let dates = date_values(facts);
    let times: Vec<(u8, u8)> = facts
        .iter()
        .filter_map(|f| match f.value {
            Value::Time(h, m, _) => Some(in_duckling_zone(f, (h, m))),
            _ => None,
        })
        .collect();
    let seconds: Vec<u8> = facts
        .iter()
        .filter_map(|f| match f.value {
            Value::Time(_, _, s) => Some(s),
            _ => None,
        })
        .collect();
    // A time on the 12-hour clock written without a.m. or p.m. states both readings.
    let twelve_hour = facts.iter().any(|f| f.twelve_hour);
    let grain = json["grain"].as_str().unwrap_or("");
    let date_ok = |want: PartialDate| dates.len() == 1 && *dates[0] == DateValue::Single(want);
    match json["type"].as_str() {
        Some("value") => {
            let Some(dt) = json["value"].as_str().and_then(parse_datetime) else {
                return false;
            };
            if let Some(want) = at_grain(dt, grain) {
                return times.is_empty() && date_ok(want);
            }
            if grain == "week" {
                // A week is the range Monday–Sunday; Duckling gives its Monday.
                let monday = PartialDate {
                    year: Some(dt.0),
                    month: Some(dt.1),
                    day: Some(dt.2),
                };
                return times.is_empty()
                    && dates.len() == 1
                    && matches!(dates[0], DateValue::Range(a, _) if *a == monday);
            }
            if grain == "quarter" {
                // A quarter is the range of its three months; Duckling gives its first day.
                let month = |m: u8| PartialDate {
                    year: Some(dt.0),
                    month: Some(m),
                    day: None,
                };
                return times.is_empty()
                    && dates.len() == 1
                    && *dates[0] == DateValue::Range(month(dt.1), month(dt.1 + 2));
            }
            let carried =
                (dt.3, dt.4) == clock || (grain == "hour" && (dt.3, dt.4) == (clock.0, 0));
            if times.is_empty() && carried && matches!(grain, "hour" | "minute" | "second") {
                return date_ok(PartialDate {
                    year: Some(dt.0),
                    month: Some(dt.1),
                    day: Some(dt.2),
                }) && (dt.0, dt.1, dt.2) != reference;
            }
            if !matches!(grain, "hour" | "minute" | "second") {
                return false;
            }
            // The seconds: as written at second grain (15:23:24), else none (0).
            let second = json["value"]
                .as_str()
                .and_then(|v| v.get(17..19))
                .and_then(|s| s.parse::<u8>().ok())
                .unwrap_or(0);
            let time_ok = times.len() == 1
                && seconds[0] == second
                && (times[0] == (dt.3, dt.4)
                    || twelve_hour && ((times[0].0 + 12) % 24, times[0].1) == (dt.3, dt.4));
            let day = PartialDate {
                year: Some(dt.0),
                month: Some(dt.1),
                day: Some(dt.2),
            };
            let implied = dates.is_empty() && {
                let r = jiff::civil::Date::new(
                    reference.0 as i16,
                    reference.1 as i8,
                    reference.2 as i8,
                )
                .ok();
                let e = jiff::civil::Date::new(dt.0 as i16, dt.1 as i8, dt.2 as i8).ok();
                matches!((r, e), (Some(r), Some(e)) if e == r || r.tomorrow().ok() == Some(e))
            };
            time_ok && (date_ok(day) || implied)
        }
        Some("interval") if json["from"].is_null() != json["to"].is_null() => {
            // An open interval ("since 2014", "before 11 am"): one date or time with that bound
            // as its qualifier, stating the bound's value at its grain.
            let (end, class) = if json["from"].is_null() {
                (&json["to"], "until")
            } else {
                (&json["from"], "from")
            };
            let bounded = facts
                .iter()
                .filter(|f| f.qualifier.as_deref() == Some(class))
                .count();
            let value = serde_json::json!({"type": "value", "value": end, "grain": grain});
            bounded == 1 && time_matches(facts, &value, reference, clock)
        }
        Some("interval") => {
            let from = json["from"].as_str().and_then(parse_datetime);
            let to = json["to"].as_str().and_then(parse_datetime);
            let (Some(from), Some(to)) = (from, to) else {
                return false;
            };
            if (from.0, from.1, from.2) == reference && (from.3, from.4) == clock {
                return deadline_matches(facts, to);
            }
            if let Some((saturday, sunday)) = weekend(from, to).filter(|_| grain == "hour") {
                // A weekend, Duckling's Friday 18:00 to Monday 00:00, is Saturday–Sunday.
                let day = |d: jiff::civil::Date| PartialDate {
                    year: Some(d.year() as i32),
                    month: Some(d.month() as u8),
                    day: Some(d.day() as u8),
                };
                return times.is_empty()
                    && dates.len() == 1
                    && *dates[0] == DateValue::Range(day(saturday), day(sunday));
            }
            // A range of times has no seconds: at second grain only one from a whole minute
            // to a whole minute, which Duckling ends a second later ("3pm - 6:00:00pm").
            let sec = |k: &str| {
                json[k]
                    .as_str()
                    .and_then(|v| v.get(17..19))
                    .map(str::to_string)
            };
            let whole_minutes = grain == "second"
                && sec("from").as_deref() == Some("00")
                && sec("to").as_deref() == Some("01");
            if matches!(grain, "hour" | "minute") || whole_minutes {
                // A range of hours on one day; Duckling's end is exclusive by one grain. An end
                // at the next midnight ("this evening": 18:00 to 00:00 of the 13th) is 24:00.
                let next_day = jiff::civil::Date::new(from.0 as i16, from.1 as i8, from.2 as i8)
                    .ok()
                    .and_then(|d| d.tomorrow().ok());
                let to = match next_day {
                    Some(d)
                        if (to.3, to.4) == (0, 0)
                            && (d.year() as i32, d.month() as u8, d.day() as u8)
                                == (to.0, to.1, to.2) =>
                    {
                        (from.0, from.1, from.2, 24, 0)
                    }
                    _ => to,
                };
                let ranges: Vec<((u8, u8), (u8, u8))> = facts
                    .iter()
                    .filter_map(|f| match f.value {
                        Value::TimeRange(a, b) => {
                            Some((in_duckling_zone(f, a), in_duckling_zone(f, b)))
                        }
                        _ => None,
                    })
                    .collect();
                let end = if grain == "hour" {
                    (to.3.checked_sub(1), to.4)
                } else if grain == "second" {
                    (Some(to.3), to.4)
                } else if to.4 == 0 {
                    (to.3.checked_sub(1), 59)
                } else {
                    (Some(to.3), to.4 - 1)
                };
                let Some(end_h) = end.0 else { return false };
                // On one day: the reference day with no date written, or the day written
                // ("9:30 - 11:00 on Thursday").
                let one_day = (from.0, from.1, from.2) == (to.0, to.1, to.2);
                let written = PartialDate {
                    year: Some(from.0),
                    month: Some(from.1),
                    day: Some(from.2),
                };
                let day_ok = one_day && (dates.is_empty() || date_ok(written));
                // A range written with its last hour ("from 9 to 11") ends one grain before
                // Duckling's end; a count of units ("kolejne 3 godziny", 05:00–08:00) ends on it.
                return day_ok
                    && ranges.len() == 1
                    && ranges[0].0 == (from.3, from.4)
                    && (ranges[0].1 == (end_h, end.1) || ranges[0].1 == (to.3, to.4));
            }
            // Weeks are ranges of days, quarters ranges of months.
            let grain = match grain {
                "week" => "day",
                "quarter" => "month",
                g => g,
            };
            let (Some(a), Some(b)) = (at_grain(from, grain), at_grain(to, grain)) else {
                return false;
            };
            let b = match grain {
                "day" => day_before(b),
                "month" => month_before(b),
                "year" => b.year.map(|y| PartialDate {
                    year: Some(y - 1),
                    month: None,
                    day: None,
                }),
                _ => None,
            };
            let Some(b) = b else { return false };
            times.is_empty() && dates.len() == 1 && dates[0].same_days(&DateValue::Range(a, b))
                || (dates.len() == 1 && *dates[0] == DateValue::Range(a, b))
        }
        _ => false,
    }
}

/// Words an absolute date may hold besides month names, weekday names and ordinal day
/// words: prepositions and year markers.
const DATE_GLUE: &[&str] = &[
    "the", "of", "on", "in", "w", "we", "dnia", "r.", "r", "roku", "rok", "a.d.", "ad",
];

/// Whether a phrase states an absolute date: it resolves to a day, month or year, names no
/// holiday, has a four-digit year, and consists only of calendar tokens — digits (with `.`,
/// `/`, `-`, ordinal endings), month and weekday names, ordinal day words and [`DATE_GLUE`].
fn is_absolute(phrase: &str, json: &serde_json::Value, lex: &Lexicons) -> bool {
    let grain_ok = matches!(json["grain"].as_str(), Some("day" | "month" | "year"))
        && json["holiday"].is_null();
    let has_year = phrase
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    if !grain_ok || !has_year {
        return false;
    }
    let calendar_word = |w: &str| {
        let w = w.to_lowercase();
        let bare = w.trim_end_matches('.');
        DATE_GLUE.contains(&w.as_str())
            || lex.months.iter().any(|m| m.form.to_lowercase() == bare)
            || lex
                .weekdays
                .iter()
                .any(|d| d.1.to_lowercase().trim_end_matches('.') == bare)
            || lex.number_words.iter().any(|n| n.ordinal && n.form == bare)
    };
    phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .all(|t| {
            let letters: String = t
                .chars()
                .filter(|c| c.is_alphabetic() || *c == '.')
                .collect();
            let digits = t.chars().any(|c| c.is_ascii_digit());
            // "3rd", "14tego", "1974", "31/Oct/1974", "14april"
            t.chars().all(|c| c.is_ascii_digit() || "./-".contains(c))
                || (digits
                    && (letters.len() <= 4
                        || t.split(['/', '-', '.']).all(|p| {
                            p.chars().all(|c| c.is_ascii_digit())
                                || calendar_word(p)
                                || p.is_empty()
                        })))
                || (digits && calendar_word(t.trim_start_matches(|c: char| c.is_ascii_digit())))
                || calendar_word(t)
        })
}

/// Dates and times: Duckling's Polish and English time corpora (absolute dates, and all
/// cases), en_GB additions, negatives, and dateparser's dated Polish cases.
pub fn date_suites(peers: &Path, ex: &Extractor, lex: &Lexicons) -> Vec<SuiteResult> {
    let dir = peers.join("duckling");
    let reference = (2013, 2, 12);
    let mut out = Vec::new();
    let dated = |f: &Fact| matches!(f.kind, FactKind::Date | FactKind::Time);
    for (file, code, lang) in [
        ("pl_time.tsv", "pl", Lang::Pl),
        ("en_time.tsv", "en", Lang::En),
        ("en_GB_time.tsv", "en_GB", Lang::En),
    ] {
        let rows = tsv(&dir.join(file));
        let mut abs = SuiteResult::new("dates", format!("Duckling {code} absolute dates"));
        let mut all = SuiteResult::new(
            "dates",
            format!("Duckling {code} time, all cases but holidays"),
        );
        let mut holidays = SuiteResult::new("dates", format!("Duckling {code} holidays"));
        for row in rows.iter().filter(|r| {
            r["subset"] == "main" || r["subset"] == "en_default_locale_only" && code == "en"
        }) {
            let phrase = &row["phrase"];
            let json: serde_json::Value =
                serde_json::from_str(&row["expected_json"]).unwrap_or_default();
            if code == "pl" && polish_without_diacritics(phrase) {
                all.exclude(
                    phrase,
                    "Polish written without diacritics: not press Polish",
                );
                continue;
            }
            if let Some(reason) = time_reading_differs(phrase) {
                all.exclude(phrase, reason);
                continue;
            }
            if let Some(reason) = polish_misspelt(phrase).filter(|_| code == "pl") {
                all.exclude(phrase, reason);
                continue;
            }
            if code == "pl" && us_month_day(phrase) {
                all.exclude(
                    phrase,
                    "US month/day order in Duckling's Polish corpus; Polish writes day/month",
                );
                continue;
            }
            if code == "pl" && polish_month_before_day(phrase, lex) {
                all.exclude(
                    phrase,
                    "month name before the day (English order); Polish writes the day first (15 lutego)",
                );
                continue;
            }
            let facts: Vec<Fact> = ex
                .extract_at_clock(phrase, lang, Some(reference), Some((4, 30)))
                .into_iter()
                .filter(dated)
                .collect();
            let ok = match jewish_holiday_start(&json) {
                Some(eve) => first_day_after(&facts, eve),
                None => time_matches(&facts, &json, reference, (4, 30)),
            };
            let got = || {
                facts
                    .iter()
                    .map(|f| f.value.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if !json["holiday"].is_null() {
                holidays.record(ok, phrase, &row["expected_json"], got);
                continue;
            }
            if is_absolute(phrase, &json, lex) {
                abs.record(ok, phrase, &row["expected_json"], got);
            }
            all.record(ok, phrase, &row["expected_json"], got);
        }
        out.push(abs);
        out.push(all);
        if holidays.cases > 0 {
            out.push(holidays);
        }
    }
    let mut neg = SuiteResult::new("dates", "Duckling time negatives (must yield nothing)");
    for (file, lang) in [("pl_time.tsv", Lang::Pl), ("en_time.tsv", Lang::En)] {
        for row in tsv(&dir.join(file))
            .iter()
            .filter(|r| r["subset"] == "negative")
        {
            let facts: Vec<Fact> = ex
                .extract_at_clock(&row["phrase"], lang, Some(reference), Some((4, 30)))
                .into_iter()
                .filter(dated)
                .collect();
            neg.record(facts.is_empty(), &row["phrase"], "nothing", || show(&facts));
        }
    }
    out.push(neg);
    let mut dp = SuiteResult::new("dates", "dateparser pl (cases with an expected date)");
    for row in tsv(&peers.join("dateparser/pl_tests.tsv")) {
        let expected = unescape(&row["expected_datetime"]);
        let reference_now = unescape(&row["reference_now"]);
        let phrase = unescape(&row["phrase"]);
        let Some(r) = parse_datetime(&reference_now) else {
            continue;
        };
        // search_and_parse cases list their dates, as JSON, in `expected_datetime`.
        let listed = expected.starts_with("[[");
        if expected.is_empty() || listed {
            let other = if listed {
                expected.clone()
            } else {
                unescape(&row["expected_other"])
            };
            if other.starts_with("[[") {
                // search_and_parse: every listed date must be found with its day.
                let want: Vec<(String, String)> = serde_json::from_str(&other).unwrap_or_default();
                let facts: Vec<Fact> = ex
                    .extract_at(&phrase, Lang::Pl, Some((r.0, r.1, r.2)))
                    .into_iter()
                    .filter(dated)
                    .collect();
                // Every listed day must be found, alone or as the end of a range.
                let got: Vec<String> = facts
                    .iter()
                    .flat_map(|f| match &f.value {
                        Value::Date(d) => d.parts().iter().map(|p| p.to_string()).collect(),
                        other => vec![other.to_string()],
                    })
                    .collect();
                let ok = want.iter().all(|(_, dt)| {
                    got.iter()
                        .any(|g| dt.starts_with(g.as_str()) && g.len() == 10)
                });
                dp.record(ok, &phrase, &other, || got.join(", "));
            }
            continue;
        }
        // dateparser's `period` is the precision meant ("wczoraj" is a day): a day-period case
        // is right when the day is, with no time or with the expected one.
        let other: serde_json::Value =
            serde_json::from_str(&unescape(&row["expected_other"])).unwrap_or_default();
        let grain = match other["period"].as_str() {
            Some("day" | "week") => "day",
            Some("month") => "month",
            Some("year") => "year",
            _ => "minute",
        };
        let json = serde_json::json!({"type": "value", "value": expected, "grain": grain});
        let facts: Vec<Fact> = ex
            .extract_at_clock(&phrase, Lang::Pl, Some((r.0, r.1, r.2)), Some((r.3, r.4)))
            .into_iter()
            .filter(dated)
            .collect();
        // A time stated besides the day must be the expected one ("2 minuty temu" is 10:28).
        let exact = serde_json::json!({"type": "value", "value": expected, "grain": "second"});
        let ok = time_matches(&facts, &json, (r.0, r.1, r.2), (r.3, r.4))
            || grain == "day" && time_matches(&facts, &exact, (r.0, r.1, r.2), (r.3, r.4));
        dp.record(ok, &phrase, &expected, || show(&facts));
    }
    out.push(dp);
    out
}

/// The results as the Markdown report written to `docs/accuracy.md`.
pub fn markdown(results: &[SuiteResult]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Accuracy on peer test suites\n");
    let _ = writeln!(
        s,
        "Generated by `cargo run --release --example accuracy` from `../shared/peers`; do not edit by hand.\n\
         The floors in `tests/peer_suites.rs` are set at these figures, so a regression fails CI.\n"
    );
    let _ = writeln!(
        s,
        "| area | suite | cases | correct | accuracy | excluded | peer's own figure |"
    );
    let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---|");
    for r in results {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {:.1}% | {} | {} |",
            r.area,
            r.suite,
            r.cases,
            r.correct,
            r.accuracy(),
            r.excluded.len(),
            r.peer.as_deref().unwrap_or("")
        );
    }
    let _ = writeln!(
        s,
        "\n## How time cases are scored\n\n\
         A Duckling or dateparser time case is right when factlint's date and time facts state the \
         expected value at its grain: a day, month or year as one date; a week as the range \
         Monday–Sunday; a quarter as its three months; an interval as a range (Duckling's end is \
         exclusive, so `to` 2013-07-16 at day grain is the range ending 15 July; a range of \
         times of day may end there or on Duckling's end itself: `from 9 to 11` is 09:00–11:00 \
         where Duckling ends at 12:00, and `the next 3 hours` from 04:30 is 05:00–08:00 as in \
         Duckling; an end at the next midnight is 24:00, as in `this evening`, 18:00–24:00); an \
         open \
         interval (`since 2014`, `before 11 am`) as one date or time with the bound, `from` or \
         `until`, as its qualifier, stating the bound's value at its grain; an hour or \
         minute as a time of day, on the expected day or, with no date written, the reference \
         day or the next. Duckling carries the reference's clock (04:30) into offsets counted in \
         days or more (`7 days ago` is 2013-02-05T04:00 at hour grain): where the phrase states \
         no time, that value is compared by its day. A year before the common era, which Duckling writes as minus its number (`-2014` for 2014 BC), is compared as ISO 8601 numbers it, with 1 BC as year 0000 (2014 BC is `-2013`). Times of day are read as written: `3:30` is \
         03:30, where Duckling picks the next 3:30 after its reference (15:30). A time written on \
         the 12-hour clock with neither a.m. nor p.m. nor a part of the day (English digits, `at \
         3:30`; an hour in words, `o trzeciej`, `quarter past three`) is marked as possibly 12 \
         hours later, as the comparison reads it, and counts as right at either reading; Polish \
         digits (`3:30`) are the 24-hour clock, so such cases count as wrong. Offsets in minutes and hours (`in 2 minutes`, `2 godziny temu`) are resolved \
         against the suites' reference time (04:30), given as `facts --reference-date \
         2013-02-12T04:30` would (a release's date line gives no time, so in a scan they are not \
         resolved); seconds are compared as written (`15:23:24`; none written is 0), and a range of \
         times has none, so a range ending at a second other than 0 counts as wrong. \
         dateparser gives each case a `period`; one whose period is a day (`2 minuty temu` has \
         it too) is right when the day is, with no time stated or with the expected one. \
         A weekend, Friday 18:00 to Monday 00:00 in Duckling, is the range Saturday–Sunday. \
         An interval from the reference instant (`by the end of the month`, 04:30 to 1 March) \
         is a deadline: one date or time qualified `until` that ends where Duckling's interval \
         does (February, `until`); `by the end of` and `do końca` give the whole period so \
         qualified in both languages. Hindu holidays are compared as the day a New Delhi \
         almanac gives, by the rules in `src/calendars/hindu.rs`. \
         A time written with a time zone (`4pm CET`) keeps its value and gains the zone's \
         offset (16:00+01:00); it is compared on Duckling's clock, UTC−02:00 (13:00). \
         Duckling dates a Jewish holiday from the evening it begins (Yom Kippur 2018 as 18 \
         September); factlint gives the days it is kept, as printed calendars do (19 September), \
         so such a case is right when factlint's only date starts on the day after Duckling's; \
         the end is not compared (Duckling ends Hanukkah on its eighth evening and counts \
         Shemini Atzeret into Sukkot)."
    );
    let _ = writeln!(s, "\n## Excluded cases\n");
    for r in results.iter().filter(|r| !r.excluded.is_empty()) {
        let _ = writeln!(s, "### {}\n", r.suite);
        for (input, reason) in &r.excluded {
            let _ = writeln!(
                s,
                "- `{}` — {reason}",
                input.replace('\n', "\\n").replace('`', "'")
            );
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "## Sample of wrong cases (up to 15 per suite)\n");
    for r in results.iter().filter(|r| !r.failures.is_empty()) {
        let _ = writeln!(s, "### {}\n", r.suite);
        let _ = writeln!(s, "| input | expected | factlint |");
        let _ = writeln!(s, "|---|---|---|");
        for (i, e, g) in &r.failures {
            let cell = |x: &str| {
                let x = x.replace('\n', "\\n").replace('|', "\\|");
                if x.chars().count() > 120 {
                    format!("{}…", x.chars().take(120).collect::<String>())
                } else {
                    x
                }
            };
            let _ = writeln!(s, "| {} | {} | {} |", cell(i), cell(e), cell(g));
        }
        let _ = writeln!(s);
    }
    s
}
