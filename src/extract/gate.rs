//! Which parts of a text a regex needs to search: a gate of required literals.
//!
//! Every date and time pattern needs some literal text to match: a digit, a month name, a
//! weekday, "jutro". [`Pattern::new`] reads the pattern's syntax tree and finds a set of
//! literals of which every match contains one (its *triggers*), and how far a match can
//! extend before and after that literal (its *extent*: bytes, plus runs of white space, of
//! white space and dashes, or of word characters, each no longer than the longest such run in
//! the text at hand). One
//! Aho-Corasick pass over a text finds the triggers of all patterns ([`Gate::windows`]), and
//! each pattern is searched only in the *windows* its own triggers open, instead of over the
//! whole text.
//!
//! The caller keeps only matches that are not glued to a letter or digit before them (see
//! `bounded` in the dates module), and relies on this: a trigger that the pattern's structure
//! puts at the start of a word opens no window where a letter or digit precedes it ("mar" in
//! "Dmar").
//!
//! The matches kept are exactly those a search of the whole text would keep. Every kept match
//! contains a trigger that opened a window around it, so it lies within a window; windows that
//! overlap are merged. Within a window, [`Pattern::find`] visits start positions in the same
//! order a whole-text search would, and [`Pattern::find_anchored`] then gives the match at
//! that start as the whole text has it, even where it runs past the window's end; a start
//! whose every match runs past the end has none that is kept. Look-around (`\b`, `\z`) at a
//! window's edges sees the text beyond it.
//!
//! A pattern for which no trigger set is found (an alternative with no literal, or an
//! unbounded repetition of something other than one of those runs) is searched whole.

use aho_corasick::{AhoCorasick, MatchKind};
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::{Class, Hir, HirKind};
use std::cell::RefCell;
use thread_local::ThreadLocal;

/// At most this many literals per trigger set; a larger set is given up for a smaller one
/// elsewhere in the pattern, or for none.
const MAX_SET: usize = 4096;

/// At most this many characters in one class taken as single-character literals (ten digits).
const MAX_CLASS: usize = 10;

/// A compiled regex with its triggers. It is regex-automata's meta engine, the one
/// `regex::Regex` wraps, with the same limits, built from a syntax tree parsed once: the tree
/// also gives the triggers (parsing the date patterns' case-folded word lists is most of their
/// start-up cost).
#[derive(Debug)]
pub(super) struct Pattern {
    re: meta::Regex,
    /// The triggers, or `None` to search whole texts.
    triggers: Option<Triggers>,
    /// The named capture groups and their indices, sorted by name (looked up by binary search:
    /// the regex's own look-up hashes the name with SipHash at every call).
    names: Box<[(Box<str>, usize)]>,
    /// Each thread's search cache. The regex's own pool hands a cache to one thread without
    /// a lock and to every other thread through a mutex, at every search (with `--jobs 2`,
    /// 187,000 times on the 604-file sample).
    caches: ThreadLocal<RefCell<meta::Cache>>,
}

/// A pattern's triggers and how far a match reaches around them.
#[derive(Debug, Clone)]
struct Triggers {
    lits: Vec<Trigger>,
    /// The most a match can extend before the trigger's first byte.
    before: Ext,
    /// The most a match can extend after the trigger's last byte.
    after: Ext,
}

/// A trigger: a literal, and whether the pattern puts it at the start of a word in every kept
/// match (no letter or digit before it), so that a hit glued to a word opens no window.
type Trigger = (String, bool);

/// A length: bytes, plus runs of each kind (see [`run_kinds`]) of unknown length.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Ext {
    bytes: usize,
    runs: [usize; RUN_KINDS],
}

impl Ext {
    fn plus(self, o: Ext) -> Ext {
        Ext {
            bytes: self.bytes + o.bytes,
            runs: std::array::from_fn(|k| self.runs[k] + o.runs[k]),
        }
    }

    fn max(self, o: Ext) -> Ext {
        Ext {
            bytes: self.bytes.max(o.bytes),
            runs: std::array::from_fn(|k| self.runs[k].max(o.runs[k])),
        }
    }

    fn times(self, n: usize) -> Ext {
        Ext {
            bytes: self.bytes * n,
            runs: self.runs.map(|r| r * n),
        }
    }

    /// One run of kind `k`.
    fn run(k: usize) -> Ext {
        let mut runs = [0; RUN_KINDS];
        runs[k] = 1;
        Ext { bytes: 0, runs }
    }

    /// In bytes, given the longest run of each kind.
    fn resolve(self, longest: &[usize; RUN_KINDS]) -> usize {
        self.bytes
            + (0..RUN_KINDS)
                .map(|k| self.runs[k] * longest[k])
                .sum::<usize>()
    }
}

impl Pattern {
    /// Compiles `source` (default flags: Unicode, case-sensitive).
    ///
    /// # Errors
    /// The parser's or compiler's message when `source` is no valid regex or is too large.
    pub(super) fn new(source: &str) -> Result<Pattern, String> {
        let hir = super::trie::factor_words(without_sign_folds(
            regex_syntax::parse(source).map_err(|e| e.to_string())?,
        ));
        let re = meta::Builder::new()
            .configure(
                meta::Config::new()
                    .nfa_size_limit(Some(10 * (1 << 20)))
                    .hybrid_cache_capacity(2 * (1 << 20))
                    // The gate's windows already stand for a prefilter: the regex's own
                    // literal analysis cost over a quarter of start-up and sped no window search.
                    .auto_prefilter(false),
            )
            .build_from_hir(&hir)
            .map_err(|e| e.to_string())?;
        let triggers = required(&hir, true)
            .filter(|r| !r.lits.is_empty() && !r.lits.iter().any(|(l, _)| l.is_empty()))
            .map(|r| Triggers {
                lits: r.lits,
                before: r.before,
                after: r.after,
            });
        let mut names: Vec<(Box<str>, usize)> = re
            .group_info()
            .pattern_names(regex_automata::PatternID::ZERO)
            .enumerate()
            .filter_map(|(i, n)| Some((n?.into(), i)))
            .collect();
        names.sort_unstable();
        Ok(Pattern {
            re,
            triggers,
            names: names.into(),
            caches: ThreadLocal::new(),
        })
    }

    /// Runs `search` with this thread's cache.
    fn with_cache<R>(&self, search: impl FnOnce(&meta::Regex, &mut meta::Cache) -> R) -> R {
        let cache = self.caches.get_or(|| RefCell::new(self.re.create_cache()));
        search(&self.re, &mut cache.borrow_mut())
    }

    /// The leftmost-first match starting in `at..end` and ending by `end`, as a byte range of
    /// `text`. Look-around (`\b`, `^`) sees the whole of `text`, not only the range.
    pub(super) fn find(&self, text: &str, at: usize, end: usize) -> Option<(usize, usize)> {
        let input = Input::new(text).range(at..end);
        let m = self.with_cache(|re, cache| re.search_with(cache, &input))?;
        Some((m.start(), m.end()))
    }

    /// The leftmost-first match starting at `start`, in the whole of `text`.
    pub(super) fn find_anchored(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        let m = self.with_cache(|re, cache| re.search_with(cache, &input))?;
        Some((m.start(), m.end()))
    }

    /// The capture groups of the match `start..end` found by [`Pattern::find_anchored`]. (The
    /// search is bounded by its end: the backtracking engine that fills in the groups then
    /// explores no further.)
    pub(super) fn captures<'t>(
        &'t self,
        text: &'t str,
        start: usize,
        end: usize,
    ) -> Option<Caps<'t>> {
        let mut caps = self.re.create_captures();
        let input = Input::new(text).range(start..end).anchored(Anchored::Yes);
        self.with_cache(|re, cache| re.search_captures_with(cache, &input, &mut caps));
        caps.is_match().then_some(Caps {
            text,
            caps,
            names: &self.names,
        })
    }
}

/// `hir` without the three characters that Unicode's simple case folding adds to the classes
/// of ordinary letters: ſ (long s, U+017F) to s, K (Kelvin sign, U+212A) to k and Å (Ångström
/// sign, U+212B) to å. Releases never use them, and each one in a case-insensitive word list
/// doubles the literal variants of every word with that letter ("auguſt", "wrzeſnia") and
/// grows the automata: without them start-up is shorter and the gate has fewer triggers. A
/// class made of nothing else keeps them.
fn without_sign_folds(hir: Hir) -> Hir {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    // Whether a class may hold one of the signs (a range reaching into U+017F..=U+212B): only
    // such parts of the tree are built again.
    fn has_sign(hir: &Hir) -> bool {
        match hir.kind() {
            HirKind::Class(Class::Unicode(class)) => class
                .ranges()
                .iter()
                .any(|r| r.start() <= '\u{212B}' && r.end() >= '\u{17F}'),
            HirKind::Repetition(rep) => has_sign(&rep.sub),
            HirKind::Capture(cap) => has_sign(&cap.sub),
            HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(has_sign),
            _ => false,
        }
    }
    if !has_sign(&hir) {
        return hir;
    }
    match hir.into_kind() {
        HirKind::Class(Class::Unicode(class)) => {
            let mut kept = class.clone();
            kept.difference(&ClassUnicode::new([
                ClassUnicodeRange::new('\u{17F}', '\u{17F}'),
                ClassUnicodeRange::new('\u{212A}', '\u{212B}'),
            ]));
            if kept.ranges().is_empty() {
                Hir::class(Class::Unicode(class))
            } else {
                Hir::class(Class::Unicode(kept))
            }
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => Hir::literal(lit.0),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Repetition(mut rep) => {
            rep.sub = Box::new(without_sign_folds(*rep.sub));
            Hir::repetition(rep)
        }
        HirKind::Capture(mut cap) => {
            cap.sub = Box::new(without_sign_folds(*cap.sub));
            Hir::capture(cap)
        }
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(without_sign_folds).collect()),
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.into_iter().map(without_sign_folds).collect())
        }
    }
}

/// The capture groups of one match, by index or name (as `regex::Captures`).
#[derive(Debug, Clone)]
pub(super) struct Caps<'t> {
    text: &'t str,
    caps: Captures,
    /// The pattern's group names and indices, sorted by name.
    names: &'t [(Box<str>, usize)],
}

impl<'t> Caps<'t> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub(super) fn get(&self, i: usize) -> Option<Group<'t>> {
        let s = self.caps.get_group(i)?;
        Some(Group {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }

    /// The group named `name`, if the pattern has it and it took part in the match.
    pub(super) fn name(&self, name: &str) -> Option<Group<'t>> {
        let at = self.names.binary_search_by(|(n, _)| (**n).cmp(name)).ok()?;
        let s = self.caps.get_group(self.names[at].1)?;
        Some(Group {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }
}

/// One capture group's match: byte offsets into the text searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Group<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    /// Byte offset of its first byte.
    pub(super) fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past its last byte.
    pub(super) fn end(&self) -> usize {
        self.end
    }

    /// The text it matched.
    pub(super) fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// The triggers of a list of patterns and the automaton that finds them.
#[derive(Debug)]
pub(super) struct Gate {
    /// All triggers of all patterns; `None` when no pattern has any.
    automaton: Option<AhoCorasick>,
    /// For each trigger (by automaton pattern id), the patterns (by index) it opens, and
    /// whether for that pattern it opens only where it starts a word.
    owners: Vec<Vec<(usize, bool)>>,
    /// For each pattern, how far its matches extend before and after a trigger; `None` when
    /// it has no triggers (always searched whole).
    extents: Vec<Option<(Ext, Ext)>>,
}

/// A pattern's windows: byte ranges `start..end` of the text, sorted and disjoint, on
/// character boundaries.
pub(super) type Windows = Vec<(usize, usize)>;

impl Gate {
    /// The gate for `patterns`, in this order.
    pub(super) fn new(patterns: &[&Pattern]) -> Gate {
        let mut literals: Vec<&str> = Vec::new();
        let mut index: std::collections::HashMap<&str, usize> = Default::default();
        let mut owners: Vec<Vec<(usize, bool)>> = Vec::new();
        let mut extents = Vec::with_capacity(patterns.len());
        for (i, pattern) in patterns.iter().enumerate() {
            let Some(t) = &pattern.triggers else {
                extents.push(None);
                continue;
            };
            extents.push(Some((t.before, t.after)));
            for (lit, word_start) in &t.lits {
                let id = *index.entry(lit.as_str()).or_insert_with(|| {
                    literals.push(lit);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                match owners[id].last_mut() {
                    Some(last) if last.0 == i => last.1 &= *word_start,
                    _ => owners[id].push((i, *word_start)),
                }
            }
        }
        let automaton = (!literals.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&literals)
                .expect("trigger automaton")
        });
        Gate {
            automaton,
            owners,
            extents,
        }
    }

    /// The number of patterns.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.extents.len()
    }

    /// For each pattern (in the order given to [`Gate::new`]), the windows of `text` it needs
    /// to search: none when no trigger of it occurs or it is not `wanted` (by index), the whole
    /// text when it has no triggers.
    #[cfg(test)]
    pub(super) fn windows(&self, text: &str, wanted: impl Fn(usize) -> bool) -> Vec<Windows> {
        let mut out = Vec::new();
        self.windows_into(text, wanted, &mut out);
        out
    }

    /// [`Gate::windows`] into `out`, whose lists are cleared and reused (a scan calls this for
    /// every document: the lists' memory is kept instead of allocated again).
    pub(super) fn windows_into(
        &self,
        text: &str,
        wanted: impl Fn(usize) -> bool,
        out: &mut Vec<Windows>,
    ) {
        out.resize_with(self.extents.len(), Vec::new);
        for (i, (w, e)) in out.iter_mut().zip(&self.extents).enumerate() {
            w.clear();
            if e.is_none() && wanted(i) {
                w.push((0, text.len()));
            }
        }
        let Some(ac) = &self.automaton else {
            return;
        };
        let longest = longest_runs(text);
        let extents: Vec<(usize, usize)> = self
            .extents
            .iter()
            .map(|e| e.map_or((0, 0), |(b, a)| (b.resolve(&longest), a.resolve(&longest))))
            .collect();
        for hit in ac.find_overlapping_iter(text) {
            let mut glued = None;
            for &(i, word_start) in &self.owners[hit.pattern().as_usize()] {
                if !wanted(i) {
                    continue;
                }
                if word_start
                    && *glued.get_or_insert_with(|| super::alnum_before(text, hit.start()))
                {
                    continue;
                }
                let (before, after) = extents[i];
                let start = super::floor_char_boundary(text, hit.start().saturating_sub(before));
                let end = super::ceil_char_boundary(text, (hit.end() + after).min(text.len()));
                // The digits of one number are hits one after another: one window grows.
                match out[i].last_mut() {
                    Some(last) if last.0 <= start && start <= last.1 => last.1 = last.1.max(end),
                    _ => out[i].push((start, end)),
                }
            }
        }
        // Overlapping hits come in the order they end, not start (a short trigger inside a
        // longer one ends first): sort each pattern's windows, then join those that touch.
        for w in out.iter_mut() {
            if w.len() > 1 {
                w.sort_unstable();
                // Joined in place: `kept` windows so far, the last of them open to growth.
                let mut kept = 1;
                for k in 1..w.len() {
                    let (start, end) = w[k];
                    if start <= w[kept - 1].1 {
                        w[kept - 1].1 = w[kept - 1].1.max(end);
                    } else {
                        w[kept] = (start, end);
                        kept += 1;
                    }
                }
                w.truncate(kept);
            }
        }
    }
}

/// What a part of a pattern requires.
#[derive(Debug, Clone)]
struct Req {
    /// Every match of the part contains one of these.
    lits: Vec<Trigger>,
    /// Every match of the part is exactly one of these (ASCII case aside), so that the set can
    /// be joined with its neighbours' ("gru" + "dnia").
    exact: bool,
    /// How far a match of the part extends before and after the literal it contains.
    before: Ext,
    after: Ext,
}

/// The triggers of `hir`, or `None` when some match needs no literal we can name or has no
/// bounded extent. `nonword`: whatever stands before the part's match is no letter or digit
/// (the start of a kept match is not glued to a word).
fn required(hir: &Hir, nonword: bool) -> Option<Req> {
    let exact = |lits: Vec<String>| Req {
        lits: lits.into_iter().map(|l| (l, nonword)).collect(),
        exact: true,
        before: Ext::default(),
        after: Ext::default(),
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(exact(vec![String::new()])),
        HirKind::Literal(lit) => Some(exact(vec![std::str::from_utf8(&lit.0).ok()?.to_string()])),
        HirKind::Class(class) => Some(exact(class_chars(class)?)),
        HirKind::Capture(c) => required(&c.sub, nonword),
        HirKind::Repetition(r) if r.min >= 1 => {
            let once = r.max == Some(1);
            let inner = if once {
                nonword
            } else {
                nonword && ends_nonword(&r.sub)
            };
            let mut req = required(&r.sub, inner)?;
            if !once {
                // The literal may be in any repetition; the others stand around it.
                let others = match r.max {
                    Some(m) => max_len(&r.sub)?.times(m as usize - 1),
                    None => Ext::run(run_kind_of(&r.sub)?),
                };
                req.exact = false;
                req.before = req.before.plus(others);
                req.after = req.after.plus(others);
            }
            Some(req)
        }
        HirKind::Alternation(alts) => {
            let mut out = Req {
                lits: Vec::new(),
                exact: true,
                before: Ext::default(),
                after: Ext::default(),
            };
            for alt in alts {
                let req = required(alt, nonword)?;
                out.exact &= req.exact;
                out.before = out.before.max(req.before);
                out.after = out.after.max(req.after);
                out.lits.extend(req.lits);
                if out.lits.len() > MAX_SET {
                    return None;
                }
            }
            out.lits = merge(out.lits);
            Some(out)
        }
        HirKind::Concat(items) => concat(items, nonword),
        _ => None,
    }
}

/// [`required`] for a concatenation: the best of each item's own triggers and of runs of exact
/// items joined into longer literals ("g" "r" "u" … → "grudnia").
fn concat(items: &[Hir], nonword: bool) -> Option<Req> {
    // What stands before each item: the last character of the nearest item before it that
    // matched something, else what stands before the whole.
    let before_nonword: Vec<bool> = (0..items.len())
        .map(|k| {
            for prev in items[..k].iter().rev() {
                if !ends_nonword(prev) && prev.properties().maximum_len() != Some(0) {
                    return false;
                }
                if prev.properties().minimum_len() != Some(0) {
                    return true;
                }
            }
            nonword
        })
        .collect();
    // The longest match of the items before k, and of those from k on.
    let lens: Vec<Option<Ext>> = items.iter().map(max_len).collect();
    let sum = |range: &[Option<Ext>]| {
        range
            .iter()
            .try_fold(Ext::default(), |acc, l| Some(acc.plus((*l)?)))
    };
    let mut best: Option<Req> = None;
    let mut consider = |lits: Vec<Trigger>, before: Option<Ext>, after: Option<Ext>| {
        let (Some(before), Some(after)) = (before, after) else {
            return;
        };
        if lits.iter().any(|(l, _)| l.is_empty()) {
            return;
        }
        let req = Req {
            lits,
            exact: false,
            before,
            after,
        };
        if best.as_ref().is_none_or(|b| score(&req) < score(b)) {
            best = Some(req);
        }
    };
    // The run of exact items being joined: its first item and literals.
    let mut run: Option<(usize, Vec<Trigger>)> = None;
    let mut whole_exact = true;
    for (k, item) in items.iter().enumerate() {
        match required(item, before_nonword[k]) {
            Some(req) if req.exact => {
                run = Some(match run.take() {
                    None => (k, req.lits),
                    Some((first, r)) if r.len() * req.lits.len() <= MAX_SET => {
                        let joined = r
                            .iter()
                            .flat_map(|(a, fa)| {
                                req.lits.iter().map(move |(b, fb)| {
                                    (format!("{a}{b}"), if a.is_empty() { *fb } else { *fa })
                                })
                            })
                            .collect();
                        (first, joined)
                    }
                    Some((first, r)) => {
                        whole_exact = false;
                        consider(merge(r), sum(&lens[..first]), sum(&lens[k..]));
                        (k, req.lits)
                    }
                });
            }
            other => {
                whole_exact = false;
                if let Some((first, r)) = run.take() {
                    consider(merge(r), sum(&lens[..first]), sum(&lens[k..]));
                }
                if let Some(req) = other {
                    let before = sum(&lens[..k]).map(|b| b.plus(req.before));
                    let after = sum(&lens[k + 1..]).map(|a| a.plus(req.after));
                    consider(req.lits, before, after);
                }
            }
        }
    }
    if whole_exact {
        return run.map(|(_, lits)| Req {
            lits: merge(lits),
            exact: true,
            before: Ext::default(),
            after: Ext::default(),
        });
    }
    if let Some((first, r)) = run.take() {
        consider(merge(r), sum(&lens[..first]), Some(Ext::default()));
    }
    best
}

/// Sorted, without duplicates; a literal listed both ways may not be required to start a word.
fn merge(mut lits: Vec<Trigger>) -> Vec<Trigger> {
    lits.sort();
    lits.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 &= b.1;
        }
        same
    });
    lits
}

/// Whether every non-empty match of `hir` ends with a character that is no letter or digit.
fn ends_nonword(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => std::str::from_utf8(&lit.0)
            .ok()
            .and_then(|s| s.chars().next_back())
            .is_some_and(|c| !c.is_alphanumeric()),
        HirKind::Class(Class::Unicode(c)) => {
            let mut n = 0u32;
            c.iter().all(|r| {
                n += r.end() as u32 - r.start() as u32 + 1;
                n <= 4096 && (r.start()..=r.end()).all(|ch| !ch.is_alphanumeric())
            })
        }
        HirKind::Class(Class::Bytes(c)) => c
            .iter()
            .all(|r| (r.start()..=r.end()).all(|b| b.is_ascii() && !b.is_ascii_alphanumeric())),
        HirKind::Capture(c) => ends_nonword(&c.sub),
        HirKind::Repetition(r) => ends_nonword(&r.sub),
        HirKind::Alternation(alts) => alts.iter().all(ends_nonword),
        HirKind::Concat(items) => {
            for item in items.iter().rev() {
                if !ends_nonword(item) && item.properties().maximum_len() != Some(0) {
                    return false;
                }
                if item.properties().minimum_len() != Some(0) {
                    return true;
                }
            }
            true
        }
    }
}

/// Words of Polish and English so frequent in press text (each some percent of all words)
/// that a trigger set holding one opens windows nearly everywhere: [`score`] rates them as
/// common as digits, so that a pattern's rarer required part is its trigger instead ("the" in
/// "on the 15th", "i" and "and" between two hours).
const COMMON_WORDS: &[&str] = &[
    "a", "and", "at", "do", "i", "in", "na", "o", "od", "of", "on", "po", "the", "to", "w", "z",
    "za",
];

/// A rough cost of searching with a trigger set: how often its literals may be expected per
/// byte of text (from their length and kind), times the bytes each hit opens. The set with the
/// lowest is the trigger.
fn score(req: &Req) -> f64 {
    let per_byte: f64 = req
        .lits
        .iter()
        .map(|(l, word_start)| {
            let first = l.chars().next().unwrap_or(' ');
            let base = match l.chars().count() {
                // Function words are as frequent as a digit class, whatever their length.
                _ if COMMON_WORDS.contains(&&*super::lowercase(l)) => 0.03,
                0 => 1.0,
                1 if first.is_alphabetic() => 0.04,
                // A run of digits: each one more a tenth as likely ("2025" against "20").
                n if l.bytes().all(|b| b.is_ascii_digit()) => 0.005 * 0.1f64.powi(n as i32 - 1),
                1 => 0.002,
                2 => 0.004,
                3 => 0.0005,
                _ => 0.00005,
            };
            if *word_start && first.is_alphanumeric() {
                base * 0.3
            } else {
                base
            }
        })
        .sum();
    // A run of white space or word characters counted as 8 bytes.
    let span = |e: Ext| e.bytes + 8 * e.runs.iter().sum::<usize>();
    per_byte * (16 + span(req.before) + span(req.after)) as f64
}

/// The kinds of unbounded runs a pattern may match (`\s+`, `[\s-]+`, `\w+`), each no
/// longer than the text's longest run of its kind.
const RUN_KINDS: usize = 3;

/// Which run kind a character may stand in: white space, white space or a dash, a word
/// character (as `\w`).
fn run_kinds(c: char) -> [bool; RUN_KINDS] {
    if c.is_ascii() {
        // (The same answers, without the Unicode tables.)
        let bits = ASCII_RUN_KINDS[c as usize];
        return [bits & 0b001 != 0, bits & 0b010 != 0, bits & 0b100 != 0];
    }
    let blank = c.is_whitespace();
    [
        blank,
        blank || matches!(c, '-' | '–' | '—'),
        regex_syntax::is_word_character(c),
    ]
}

/// [`run_kinds`] of each ASCII character, as bits (bit `k` for kind `k`).
const ASCII_RUN_KINDS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let blank = c.is_ascii_whitespace() || c == 0x0B;
        let mut bits = 0;
        if blank {
            bits |= 0b001;
        }
        if blank || c == b'-' {
            bits |= 0b010;
        }
        if c.is_ascii_alphanumeric() || c == b'_' {
            bits |= 0b100;
        }
        table[b] = bits;
        b += 1;
    }
    table
};

/// [`run_kinds`] of `c` as bits. The letters of Latin-1 and Latin Extended-A and -B (À–ɏ, all
/// but × and ÷: Polish ą–ż among them) are word characters and nothing else, without a look
/// into the Unicode tables.
fn run_kind_bits(c: char) -> u8 {
    if c.is_ascii() {
        return ASCII_RUN_KINDS[c as usize];
    }
    if ('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷' {
        return 0b100;
    }
    let kinds = run_kinds(c);
    (0..RUN_KINDS).fold(0, |bits, k| bits | (u8::from(kinds[k]) << k))
}

/// The length in bytes of the longest run of each kind in `text`.
fn longest_runs(text: &str) -> [usize; RUN_KINDS] {
    const NONE: usize = usize::MAX;
    let mut longest = [0; RUN_KINDS];
    let mut start = [NONE; RUN_KINDS];
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (bits, len) = match bytes[i] {
            b @ 0..=0x7F => (ASCII_RUN_KINDS[b as usize], 1),
            _ => {
                let c = text[i..].chars().next().expect("a character at a boundary");
                (run_kind_bits(c), c.len_utf8())
            }
        };
        for k in 0..RUN_KINDS {
            if bits & (1 << k) != 0 {
                if start[k] == NONE {
                    start[k] = i;
                }
            } else if start[k] != NONE {
                longest[k] = longest[k].max(i - start[k]);
                start[k] = NONE;
            }
        }
        i += len;
    }
    for k in 0..RUN_KINDS {
        if start[k] != NONE {
            longest[k] = longest[k].max(text.len() - start[k]);
        }
    }
    longest
}

/// The longest match of `hir` (see [`Ext`]); `None` when a repetition of anything but a run
/// kind is unbounded.
fn max_len(hir: &Hir) -> Option<Ext> {
    let bytes = |n| Ext {
        bytes: n,
        runs: [0; RUN_KINDS],
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(Ext::default()),
        HirKind::Literal(lit) => Some(bytes(lit.0.len())),
        HirKind::Class(_) => Some(bytes(hir.properties().maximum_len().unwrap_or(0))),
        HirKind::Capture(c) => max_len(&c.sub),
        HirKind::Repetition(r) => match r.max {
            Some(m) => Some(max_len(&r.sub)?.times(m as usize)),
            None => Some(Ext::run(run_kind_of(&r.sub)?)),
        },
        HirKind::Concat(items) => items
            .iter()
            .try_fold(Ext::default(), |acc, item| Some(acc.plus(max_len(item)?))),
        HirKind::Alternation(alts) => alts
            .iter()
            .try_fold(Ext::default(), |acc, alt| Some(acc.max(max_len(alt)?))),
    }
}

/// The first run kind all members of the class `hir` stand in, if any.
fn run_kind_of(hir: &Hir) -> Option<usize> {
    let HirKind::Class(Class::Unicode(c)) = hir.kind() else {
        return None;
    };
    let mut fits = [true; RUN_KINDS];
    for r in c.iter() {
        for ch in r.start()..=r.end() {
            for (k, inside) in run_kinds(ch).into_iter().enumerate() {
                fits[k] &= inside;
            }
            if !fits.iter().any(|f| *f) {
                return None;
            }
        }
    }
    fits.iter().position(|f| *f)
}

/// The members of a small class as one-character literals, ASCII letters in lower case.
fn class_chars(class: &Class) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    match class {
        Class::Unicode(c) => {
            for r in c.iter() {
                for ch in r.start()..=r.end() {
                    out.push(ch.to_ascii_lowercase().to_string());
                    if out.len() > 2 * MAX_CLASS {
                        return None;
                    }
                }
            }
        }
        Class::Bytes(c) => {
            for r in c.iter() {
                for b in r.start()..=r.end() {
                    if !b.is_ascii() {
                        return None;
                    }
                    out.push((b as char).to_ascii_lowercase().to_string());
                    if out.len() > 2 * MAX_CLASS {
                        return None;
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    (out.len() <= MAX_CLASS).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(p: &str) -> Option<Vec<String>> {
        let t = Pattern::new(p).unwrap().triggers?;
        Some(t.lits.into_iter().map(|(l, _)| l).collect())
    }

    fn extents(p: &str) -> Option<(Ext, Ext)> {
        let t = Pattern::new(p).unwrap().triggers?;
        Some((t.before, t.after))
    }

    #[test]
    fn groups_are_found_by_name_and_absent_ones_are_none() {
        let p =
            Pattern::new(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})(?:\.(?P<year>\d{4}))?(?P<x>z)?")
                .unwrap();
        let text = "w dniu 18.12 r.";
        let caps = p.captures(text, 7, 12).unwrap();
        assert_eq!(caps.name("day").map(|g| (g.start(), g.end())), Some((7, 9)));
        assert_eq!(caps.name("month").map(|g| g.as_str()), Some("12"));
        // A group that took no part in the match, and a name the pattern does not have.
        assert!(caps.name("year").is_none());
        assert!(caps.name("x").is_none());
        assert!(caps.name("hour").is_none());
        assert_eq!(caps.get(0).map(|g| g.as_str()), Some("18.12"));
    }

    #[test]
    fn threads_search_one_pattern_each_with_its_own_cache() {
        let p = Pattern::new(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})").unwrap();
        let text = "od 18.12.2020 do 5.1.2021 r.";
        let all = |p: &Pattern| -> Vec<(usize, usize, String)> {
            std::iter::successors(p.find(text, 0, text.len()), |&(_, e)| {
                p.find(text, e, text.len())
            })
            .map(|(s, _)| {
                let (s, e) = p.find_anchored(text, s).unwrap();
                let year = p
                    .captures(text, s, e)
                    .unwrap()
                    .name("year")
                    .unwrap()
                    .as_str();
                (s, e, year.to_string())
            })
            .collect()
        };
        let expected = vec![(3, 13, "2020".to_string()), (17, 25, "2021".to_string())];
        // Four threads at once, each many times over; all four are alive at the barrier, so
        // each has made a cache of its own by then.
        let barrier = std::sync::Barrier::new(4);
        std::thread::scope(|scope| {
            let runs: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        let first = all(&p);
                        barrier.wait();
                        (0..50).map(|_| all(&p)).chain([first]).collect::<Vec<_>>()
                    })
                })
                .collect();
            for run in runs {
                assert!(run.join().unwrap().iter().all(|found| *found == expected));
            }
        });
        let mut p = p;
        assert_eq!(p.caches.iter_mut().count(), 4);
    }

    #[test]
    fn sign_folds_are_dropped_from_classes_with_letters_only() {
        let p = Pattern::new(r"(?i:(?P<m>wrzesień)) (?i:k)").unwrap();
        let text = "1 wrzesień k, 2 WRZESIEŃ K, 3 wrzeſień k, 4 wrzesień \u{212A}";
        let starts: Vec<usize> = std::iter::successors(p.find(text, 0, text.len()), |&(_, e)| {
            p.find(text, e, text.len())
        })
        .map(|(s, _)| s)
        .collect();
        assert_eq!(starts, vec![2, 17]);
        // The capture group keeps its name and index.
        let caps = p.captures(text, 17, 28).unwrap();
        assert_eq!(caps.name("m").map(|g| (g.start(), g.end())), Some((17, 26)));
        // A class of nothing but a sign keeps it.
        let sign = Pattern::new("\u{17F}").unwrap();
        assert_eq!(sign.find("ſ", 0, 2), Some((0, 2)));
    }

    /// The runs as [`run_kinds`] defines them, one character at a time: what
    /// [`longest_runs`] computes faster.
    fn longest_runs_by_chars(text: &str) -> [usize; RUN_KINDS] {
        let mut longest = [0; RUN_KINDS];
        for (k, longest) in longest.iter_mut().enumerate() {
            let mut run_start = None;
            for (i, c) in text.char_indices().chain([(text.len(), '\u{0}')]) {
                let inside = i < text.len() && run_kinds(c)[k];
                match (inside, run_start) {
                    (true, None) => run_start = Some(i),
                    (false, Some(s)) => {
                        *longest = (*longest).max(i - s);
                        run_start = None;
                    }
                    _ => {}
                }
            }
        }
        longest
    }

    #[test]
    fn longest_runs_of_blanks_dashes_and_words() {
        assert_eq!(longest_runs("od  5 – 7\tmaja"), [2, 5, 4]);
        assert_eq!(longest_runs("źdźbło__x × ÷ ɏ"), [1, 1, 12]);
        assert_eq!(longest_runs("Ǆ\u{2003}\u{2003}—\u{300}a"), [6, 9, 3]);
        assert_eq!(longest_runs(""), [0, 0, 0]);
        for text in [
            "od  5 – 7\tmaja",
            "źdźbło__x × ÷ ɏ",
            "Ǆ\u{2003}\u{2003}—\u{300}a",
        ] {
            assert_eq!(longest_runs(text), longest_runs_by_chars(text));
        }
    }

    proptest::proptest! {
        #[test]
        fn longest_runs_agree_with_run_kinds(
            text in "[a-z0-9 _\\t\\n\u{b}\\-–—ąęłżź×÷ſɏǄ\u{300}\u{2003}\u{a0}Ωж.,]{0,40}"
        ) {
            proptest::prop_assert_eq!(longest_runs(&text), longest_runs_by_chars(&text));
        }
    }

    #[test]
    fn literals_of_case_insensitive_words_are_joined() {
        assert_eq!(
            lits(r"(?i:grudnia)\s+\d"),
            Some(vec!["grudnia".to_string()])
        );
        // Case folding is Unicode's, less the long s and the Kelvin sign
        // (`without_sign_folds`): "s" is not also "ſ", nor "k" "K".
        assert_eq!(
            lits(r"(?i:stycznia|lutego|kwietnia)"),
            Some(vec!["kwietnia".into(), "lutego".into(), "stycznia".into()])
        );
        // Polish letters keep both cases: the automaton folds ASCII only.
        assert_eq!(
            lits(r"(?i:środa)"),
            Some(vec!["Środa".to_string(), "środa".to_string()])
        );
    }

    #[test]
    fn digits_are_a_trigger_and_optional_parts_are_not() {
        let digits: Vec<String> = (0..10).map(|d| d.to_string()).collect();
        assert_eq!(lits(r"[0-9]{1,2}(?:\s+r\.)?"), Some(digits));
        assert_eq!(lits(r"(?:rok)?\s+"), None);
        assert_eq!(lits(r"\w+"), None);
        // Unicode \d has hundreds of digits: no trigger, the pattern is searched whole.
        assert_eq!(lits(r"\d+"), None);
    }

    #[test]
    fn a_year_is_its_own_trigger_not_its_first_two_digits() {
        let years = lits(r"(?:1[6-9][0-9][0-9]|20[0-9][0-9]|21[0-9][0-9])").unwrap();
        assert_eq!(years.len(), 600);
        assert_eq!((years[0].as_str(), years[599].as_str()), ("1600", "2199"));
    }

    #[test]
    fn function_words_yield_to_a_rarer_required_part() {
        let digits: Vec<String> = (0..10).map(|d| d.to_string()).collect();
        // Between two hours, "i" and "and" are everywhere; the digits are the trigger.
        assert_eq!(
            lits(r"[0-9]{1,2}\s*(?:-|i|and|to)\s*[0-9]{1,2}"),
            Some(digits)
        );
        // A rarer word stays the trigger.
        assert_eq!(
            lits(r"[0-9]{1,2}\s*(?:until|till)\s*[0-9]{1,2}"),
            Some(vec!["till".to_string(), "until".to_string()])
        );
    }

    #[test]
    fn extents_count_bytes_and_runs_around_the_trigger() {
        // "od" + run of blanks before "grudnia"; a run and up to 4 bytes after it.
        let (before, after) = extents(r"(?:od\s+)?(?i:grudnia)\s+[0-9]{2,4}").unwrap();
        assert_eq!(
            before,
            Ext {
                bytes: 2,
                runs: [1, 0, 0]
            }
        );
        assert_eq!(
            after,
            Ext {
                bytes: 4,
                runs: [1, 0, 0]
            }
        );
        // An unbounded repetition of anything but a run kind has no extent.
        assert_eq!(extents(r"(?i:grudnia)(?:ab)+"), None);
    }

    #[test]
    fn run_kinds_of_ascii_match_the_unicode_definitions() {
        for c in (0u8..128).map(char::from) {
            let blank = c.is_whitespace();
            let unicode = [blank, blank || c == '-', regex_syntax::is_word_character(c)];
            assert_eq!(run_kinds(c), unicode, "{c:?}");
        }
    }

    #[test]
    fn a_trigger_glued_to_a_word_opens_no_window() {
        let p = Pattern::new(r"(?i:mar)[0-9]").unwrap();
        let gate = Gate::new(&[&p]);
        assert_eq!(gate.windows("mar5 Dmar5", |_| true), vec![vec![(0, 4)]]);
        // After a letter in the pattern itself, the trigger may be glued.
        let q = Pattern::new(r"x(?i:mar)[0-9]").unwrap();
        let gate = Gate::new(&[&q]);
        assert_eq!(gate.windows("ab xmar5", |_| true), vec![vec![(3, 8)]]);
    }

    #[test]
    fn windows_cover_every_match_and_skip_text_without_triggers() {
        let a = Pattern::new(r"(?i:grudnia)\s+[0-9]{4}").unwrap();
        let b = Pattern::new(r"\s+").unwrap();
        let gate = Gate::new(&[&a, &b]);
        let text = format!("{}18 grudnia   2020 r.{}", "a ".repeat(40), " b".repeat(40));
        let w = gate.windows(&text, |_| true);
        assert_eq!(w[1], vec![(0, text.len())]);
        // From "grudnia" to the longest run of blanks (3) and four digits after it.
        let at = text.find("grudnia").unwrap();
        assert_eq!(w[0], vec![(at, at + "grudnia   2020".len())]);
        assert!(gate.windows("nic tu nie ma", |_| true)[0].is_empty());
        assert!(gate.windows(&text, |i| i == 0)[1].is_empty());
    }

    #[test]
    fn reused_window_lists_hold_only_the_new_texts_windows() {
        let a = Pattern::new(r"(?i:grudnia)\s+[0-9]{4}").unwrap();
        let b = Pattern::new(r"\s+").unwrap();
        let gate = Gate::new(&[&a, &b]);
        let first = "18 grudnia 2020, 19 grudnia 2021 i 20 grudnia 2022";
        let second = "tylko 1 grudnia 2023";
        let mut reused = Vec::new();
        gate.windows_into(first, |_| true, &mut reused);
        assert_eq!(reused[0].len(), 3);
        gate.windows_into(second, |i| i == 0, &mut reused);
        assert_eq!(reused, vec![vec![(8, 20)], vec![]]);
        assert_eq!(reused, gate.windows(second, |i| i == 0));
    }

    #[test]
    fn a_window_starts_at_the_earliest_trigger_even_when_a_shorter_one_ends_first() {
        // "holi" ends before "late summer bank holiday" does, and is reported first.
        let p = Pattern::new(r"(?i:late summer bank holiday|holi)\s+[0-9]{4}").unwrap();
        let gate = Gate::new(&[&p]);
        let text = "on the late summer bank holiday 2018";
        let at = text.find("late").unwrap();
        assert_eq!(gate.windows(text, |_| true), vec![vec![(at, text.len())]]);
    }
}
