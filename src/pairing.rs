//! Pairing: which Polish file is translated by which English file.
//!
//! Methods, tried in this order; a file joins at most one pair:
//!
//! 1. **manifest** — a file `pairs.tsv` at the archive's root, with the header
//!    `source<TAB>target` and one pair per line, paths relative to the root.
//! 2. **name** — the same stem with a language tag before the extension:
//!    `budzet.pl.txt` ↔ `budzet.en.txt` (also `_pl`/`_en`, `-pl`/`-en`, any case; the
//!    extensions may differ) in the same folder.
//! 3. **folder** — the same relative path under sibling folders named `pl` and `en`:
//!    `2025/pl/budzet.txt` ↔ `2025/en/budzet.txt`.
//!
//! 4. **content** — for files left over, by the language-independent content they share
//!    ([`pair_by_content`]): numbers, dates, key entities, identifiers and URLs, and proper
//!    names, weighted by how rare they are in the archive, with the length ratio as a check.
//!    A pair is made only above [`CONTENT_THRESHOLD`]; files below it stay unpaired.
//!
//! The Polish side is the source and the English side the target. Score is 1 for the first
//! three methods (they are declarations, not guesses); for `content` it is the similarity.

use crate::Lang;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};

/// The name of the pairs manifest at an archive's root.
pub const MANIFEST: &str = "pairs.tsv";

/// How a pair was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// Listed in the archive's `pairs.tsv`.
    Manifest,
    /// By language tag in the file name.
    Name,
    /// By `pl`/`en` folders.
    Folder,
    /// Given on the command line (`check --against`).
    Given,
    /// By shared content ([`pair_by_content`]).
    Content,
}

impl Method {
    /// `manifest`, `name`, `folder`, `given` or `content`.
    pub fn name(self) -> &'static str {
        match self {
            Method::Manifest => "manifest",
            Method::Name => "name",
            Method::Folder => "folder",
            Method::Given => "given",
            Method::Content => "content",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A pair of documents, by index into the list given to [`pair`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Index of the Polish document.
    pub source: usize,
    /// Index of the English document.
    pub target: usize,
    /// How it was found.
    pub method: Method,
    /// Confidence, 0–1.
    pub score: f64,
}

/// The language tag in a file name: `budzet.pl.txt` → (`budzet`, Pl). `None` without a tag.
pub fn name_tag(file_name: &str) -> Option<(String, Lang)> {
    let stem = match file_name.rfind('.') {
        Some(dot) if dot > 0 => &file_name[..dot],
        _ => file_name,
    };
    if stem.len() < 4 {
        return None;
    }
    let (base, tag) = stem.split_at(stem.len() - 3);
    let sep = tag.as_bytes()[0];
    if !matches!(sep, b'.' | b'_' | b'-') || base.is_empty() {
        return None;
    }
    Some((base.to_string(), Lang::parse(&tag[1..])?))
}

/// The folder tag of a path: the first component named `pl` or `en` (any case), with the
/// path's key (the path with that component replaced).
fn folder_tag(path: &Path) -> Option<(PathBuf, Lang)> {
    let comps: Vec<Component> = path.components().collect();
    let n = comps.len();
    for (i, c) in comps.iter().enumerate().take(n.saturating_sub(1)) {
        if let Some(lang) = c.as_os_str().to_str().and_then(Lang::parse) {
            let mut key = PathBuf::new();
            for (j, d) in comps.iter().enumerate() {
                key.push(if i == j {
                    Path::new("*")
                } else {
                    Path::new(d.as_os_str())
                });
            }
            return Some((key, lang));
        }
    }
    None
}

/// Pairs the documents at `paths` (relative to the archive root, as walked). `manifest` is
/// the text of the archive's `pairs.tsv`, if any. Returns pairs ordered by source index.
///
/// # Errors
/// None: manifest lines that name unknown files or a file twice are ignored, and reported in
/// the second element of the result as plain messages.
///
/// Memory: besides the result, one 24-byte entry per tagged path (a hash of its key), so that
/// pairing a large archive leaves no trail of small allocations behind.
pub fn pair<P: AsRef<Path>>(paths: &[P], manifest: Option<&str>) -> (Vec<Pair>, Vec<String>) {
    let mut used = vec![false; paths.len()];
    let mut pairs = Vec::new();
    let mut notes = Vec::new();

    if let Some(text) = manifest {
        let index: BTreeMap<&Path, usize> = paths
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_ref(), i))
            .collect();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if n == 0 && line.split('\t').map(str::trim).eq(["source", "target"]) {
                continue;
            }
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('\t').map(str::trim);
            let (Some(s), Some(t)) = (parts.next(), parts.next()) else {
                notes.push(format!("{MANIFEST}:{}: expected source<TAB>target", n + 1));
                continue;
            };
            match (index.get(Path::new(s)), index.get(Path::new(t))) {
                (Some(&si), Some(&ti)) if si != ti && !used[si] && !used[ti] => {
                    used[si] = true;
                    used[ti] = true;
                    pairs.push(Pair {
                        source: si,
                        target: ti,
                        method: Method::Manifest,
                        score: 1.0,
                    });
                }
                _ => notes.push(format!(
                    "{MANIFEST}:{}: unknown or already paired file",
                    n + 1
                )),
            }
        }
    }

    // Each tagged path under the hash of its key (same stem beside it, or the same path
    // under a sibling language folder); sorted, equal keys stand together.
    let key_of = |method: Method, p: &Path| -> Option<(PathBuf, Lang)> {
        match method {
            Method::Name => {
                let name = p.file_name().and_then(|n| n.to_str())?;
                name_tag(name).map(|(base, lang)| (p.with_file_name(base), lang))
            }
            _ => folder_tag(p),
        }
    };
    let hash = |key: &Path| {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        key.hash(&mut h);
        h.finish()
    };
    let mut keyed: Vec<(u8, u64, usize, Lang)> = Vec::new();
    for (i, p) in paths.iter().enumerate() {
        for (rank, method) in [Method::Name, Method::Folder].into_iter().enumerate() {
            if let Some((key, lang)) = key_of(method, p.as_ref()) {
                keyed.push((rank as u8, hash(&key), i, lang));
            }
        }
    }
    keyed.sort_unstable_by_key(|&(rank, h, i, _)| (rank, h, i));
    for group in keyed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let method = if group[0].0 == 0 {
            Method::Name
        } else {
            Method::Folder
        };
        // Within a hash group, the first path of each language per real key (a collision of
        // hashes never pairs different keys).
        let mut slots: Vec<(PathBuf, [Option<usize>; 2])> = Vec::new();
        for &(_, _, i, lang) in group {
            let Some((key, _)) = key_of(method, paths[i].as_ref()) else {
                continue;
            };
            let at = match slots.iter().position(|(k, _)| *k == key) {
                Some(at) => at,
                None => {
                    slots.push((key, [None, None]));
                    slots.len() - 1
                }
            };
            slots[at].1[usize::from(lang == Lang::En)].get_or_insert(i);
        }
        for (_, slot) in slots {
            if let [Some(s), Some(t)] = slot {
                if !used[s] && !used[t] {
                    used[s] = true;
                    used[t] = true;
                    pairs.push(Pair {
                        source: s,
                        target: t,
                        method,
                        score: 1.0,
                    });
                }
            }
        }
    }
    pairs.sort_by_key(|p| (p.source, p.target));
    (pairs, notes)
}

/// The file name of the counterpart of `file_name` by language tag: `a.pl.txt` → `a.en.*`.
/// Returns the stem with the other tag (without extension) and the other language.
pub fn counterpart_stem(file_name: &str) -> Option<(String, Lang)> {
    let (base, lang) = name_tag(file_name)?;
    let dot = file_name.rfind('.').unwrap_or(file_name.len());
    let stem = &file_name[..dot];
    let sep = &stem[base.len()..base.len() + 1];
    let tag = &stem[base.len() + 1..];
    let other = if lang == Lang::Pl { Lang::En } else { Lang::Pl };
    let other_tag = if tag.chars().all(char::is_uppercase) {
        other.code().to_uppercase()
    } else {
        other.code().to_string()
    };
    Some((format!("{base}{sep}{other_tag}"), other))
}

/// The lowest similarity at which [`pair_by_content`] pairs two documents. On the 248 real
/// translations with their names shuffled, true pairs score 0.19–0.93 (median about 0.5) and
/// the best wrong candidate at most about 0.1 (see `docs/accuracy.md`).
pub const CONTENT_THRESHOLD: f64 = 0.15;

/// The language-independent features of a document: normalised numbers, dates (and their
/// years), entity ids, identifiers and URLs, and proper names (a capitalised word not
/// opening its sentence, folded to lower-case ASCII, its first five letters: `Krakowa` and
/// `Krakow` both give `krako`). Each feature once.
pub fn content_features(doc: &crate::analyse::Analysis) -> Vec<String> {
    use crate::extract::{FactKind, Value};
    let mut out: Vec<String> = Vec::new();
    for f in &doc.facts {
        match (&f.kind, &f.value) {
            (FactKind::Number, v) => out.push(format!("n:{v}")),
            (FactKind::Date, Value::Date(d)) => {
                out.push(format!("d:{d}"));
                for p in d.parts() {
                    if let Some(y) = p.year {
                        out.push(format!("y:{y}"));
                    }
                }
            }
            (FactKind::Entity, v) => out.push(format!("e:{v}")),
            (FactKind::Identifier, v) => out.push(format!("i:{v}")),
            _ => {}
        }
    }
    let text = &doc.text.content;
    for s in &doc.sentences {
        let sentence = s.span.of(text);
        let mut first = true;
        for word in sentence.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            if capital && !first && word.chars().count() >= 4 {
                let folded: String = word
                    .chars()
                    .flat_map(char::to_lowercase)
                    .map(fold_letter)
                    .take(5)
                    .collect();
                out.push(format!("p:{folded}"));
            }
            first = false;
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A Polish (or other Latin) letter without its diacritic: `ó` → `o`, `ł` → `l`.
fn fold_letter(c: char) -> char {
    match c {
        'ą' => 'a',
        'ć' => 'c',
        'ę' => 'e',
        'ł' => 'l',
        'ń' => 'n',
        'ó' => 'o',
        'ś' => 's',
        'ź' | 'ż' => 'z',
        'á' | 'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ě' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ú' | 'ù' | 'û' | 'ü' | 'ů' => 'u',
        'č' => 'c',
        'ř' => 'r',
        'š' => 's',
        'ž' => 'z',
        'ý' => 'y',
        c => c,
    }
}

/// Pairs Polish documents (`sources`: index and features from [`content_features`], with the
/// text length in bytes) with English ones (`targets`) by shared content. The similarity of
/// two documents is the summed weight of their shared features over the geometric mean of
/// their total weights (a cosine on binary vectors), each feature weighted by its inverse
/// document frequency ln(N / df); it is halved when one text is more than twice as long as
/// the other. Pairs are taken best first, each document at most once, down to
/// [`CONTENT_THRESHOLD`]. Returns the pairs (indices as given) and, for each source and
/// target left unpaired, its index and its best score.
pub fn pair_by_content(
    sources: &[(usize, Vec<String>, usize)],
    targets: &[(usize, Vec<String>, usize)],
) -> (Vec<Pair>, Vec<(usize, f64)>) {
    let cands = content_scores(sources, targets);
    let mut best_s = vec![0.0f64; sources.len()];
    let mut best_t = vec![0.0f64; targets.len()];
    for &(score, i, j) in &cands {
        best_s[i] = best_s[i].max(score);
        best_t[j] = best_t[j].max(score);
    }
    let mut used_s = vec![false; sources.len()];
    let mut used_t = vec![false; targets.len()];
    let mut pairs = Vec::new();
    for (score, i, j) in cands {
        if score < CONTENT_THRESHOLD {
            break;
        }
        if used_s[i] || used_t[j] {
            continue;
        }
        used_s[i] = true;
        used_t[j] = true;
        pairs.push(Pair {
            source: sources[i].0,
            target: targets[j].0,
            method: Method::Content,
            score: (score * 1000.0).round() / 1000.0,
        });
    }
    let unpaired = (0..sources.len())
        .filter(|&i| !used_s[i])
        .map(|i| (sources[i].0, best_s[i]))
        .chain(
            (0..targets.len())
                .filter(|&j| !used_t[j])
                .map(|j| (targets[j].0, best_t[j])),
        )
        .collect();
    pairs.sort_by_key(|p| (p.source, p.target));
    (pairs, unpaired)
}

/// The similarity of every source and target that share a feature, as (score, source
/// position, target position) in the slices given, best first (see [`pair_by_content`]).
pub fn content_scores(
    sources: &[(usize, Vec<String>, usize)],
    targets: &[(usize, Vec<String>, usize)],
) -> Vec<(f64, usize, usize)> {
    use std::collections::HashMap;
    let n = (sources.len() + targets.len()) as f64;
    let mut df: HashMap<&str, usize> = HashMap::new();
    for (_, feats, _) in sources.iter().chain(targets) {
        for f in feats {
            *df.entry(f.as_str()).or_default() += 1;
        }
    }
    let weight = |f: &str| (n / df.get(f).copied().unwrap_or(1) as f64).ln().max(0.0);
    let total =
        |feats: &[String]| -> f64 { feats.iter().map(|f| weight(f)).sum::<f64>().max(1e-9) };
    // Inverted index of the targets.
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, (_, feats, _)) in targets.iter().enumerate() {
        for f in feats {
            postings.entry(f.as_str()).or_default().push(j);
        }
    }
    let target_totals: Vec<f64> = targets.iter().map(|t| total(&t.1)).collect();
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, (_, feats, len)) in sources.iter().enumerate() {
        let mut shared: HashMap<usize, f64> = HashMap::new();
        for f in feats {
            let w = weight(f);
            if w <= 0.0 {
                continue;
            }
            for &j in postings.get(f.as_str()).into_iter().flatten() {
                *shared.entry(j).or_default() += w;
            }
        }
        let ti = total(feats);
        for (j, w) in shared {
            let mut score = w / (ti * target_totals[j]).sqrt();
            let (a, b) = (*len as f64, targets[j].2 as f64);
            if a > 2.0 * b || b > 2.0 * a {
                score *= 0.5;
            }
            cands.push((score, i, j));
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    cands
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(v: &[&str]) -> Vec<PathBuf> {
        v.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn name_tags() {
        assert_eq!(name_tag("budzet.pl.txt"), Some(("budzet".into(), Lang::Pl)));
        assert_eq!(name_tag("budzet_EN.md"), Some(("budzet".into(), Lang::En)));
        assert_eq!(name_tag("plan.txt"), None);
        assert_eq!(name_tag("x.de.txt"), None);
        assert_eq!(
            counterpart_stem("a-PL.txt"),
            Some(("a-EN".into(), Lang::En))
        );
    }

    #[test]
    fn pairs_by_name_then_folder_and_leaves_the_rest() {
        let p = paths(&[
            "a.en.txt",
            "a.pl.txt",
            "2025/en/b.txt",
            "2025/pl/b.txt",
            "c.pl.txt",
            "d.txt",
        ]);
        let (pairs, notes) = pair(&p, None);
        assert!(notes.is_empty());
        let got: Vec<(usize, usize, Method)> = pairs
            .iter()
            .map(|p| (p.source, p.target, p.method))
            .collect();
        assert_eq!(got, vec![(1, 0, Method::Name), (3, 2, Method::Folder)]);
    }

    #[test]
    fn a_manifest_comes_first_and_bad_lines_are_noted() {
        let p = paths(&["x.txt", "y.txt", "a.pl.txt", "a.en.txt"]);
        let (pairs, notes) = pair(&p, Some("source\ttarget\nx.txt\ty.txt\nnope.txt\ty.txt\n"));
        assert_eq!(pairs.len(), 2);
        assert_eq!(
            (pairs[0].source, pairs[0].target, pairs[0].method),
            (0, 1, Method::Manifest)
        );
        assert_eq!(
            notes,
            vec!["pairs.tsv:3: unknown or already paired file".to_string()]
        );
    }
}
