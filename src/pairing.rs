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
//! The Polish side is the source and the English side the target. Score is 1 for all three
//! methods (they are declarations, not guesses).

use crate::Lang;
use std::collections::{BTreeMap, HashSet};
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
}

impl Method {
    /// `manifest`, `name`, `folder` or `given`.
    pub fn name(self) -> &'static str {
        match self {
            Method::Manifest => "manifest",
            Method::Name => "name",
            Method::Folder => "folder",
            Method::Given => "given",
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
pub fn pair(paths: &[PathBuf], manifest: Option<&str>) -> (Vec<Pair>, Vec<String>) {
    let mut used: HashSet<usize> = HashSet::new();
    let mut pairs = Vec::new();
    let mut notes = Vec::new();
    let index: BTreeMap<&Path, usize> = paths
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_path(), i))
        .collect();

    if let Some(text) = manifest {
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
                (Some(&si), Some(&ti))
                    if si != ti && !used.contains(&si) && !used.contains(&ti) =>
                {
                    used.insert(si);
                    used.insert(ti);
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

    let mut by_key: BTreeMap<(Method, PathBuf), [Option<usize>; 2]> = BTreeMap::new();
    for (i, p) in paths.iter().enumerate() {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if let Some((base, lang)) = name_tag(name) {
            let key = p.with_file_name(base);
            let slot = by_key.entry((Method::Name, key)).or_default();
            slot[usize::from(lang == Lang::En)].get_or_insert(i);
        }
        if let Some((key, lang)) = folder_tag(p) {
            let slot = by_key.entry((Method::Folder, key)).or_default();
            slot[usize::from(lang == Lang::En)].get_or_insert(i);
        }
    }
    for method in [Method::Name, Method::Folder] {
        for ((m, _), slot) in &by_key {
            if *m != method {
                continue;
            }
            if let [Some(s), Some(t)] = *slot {
                if !used.contains(&s) && !used.contains(&t) {
                    used.insert(s);
                    used.insert(t);
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
