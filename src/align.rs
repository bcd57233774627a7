//! Sentence alignment between a source (Polish) and a target (English) document.
//!
//! Dynamic programming over sentence beads 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2, with the
//! length-based cost of Gale & Church (1993, "A Program for Aligning Sentences in Bilingual
//! Corpora", Computational Linguistics 19(1)): the target length is modelled as the source
//! length times the document's own length ratio, with variance 6.8 per character, and the
//! bead priors of the paper. Added to it, in the manner of hunalign's dictionary-assisted
//! alignment, a bonus for each anchor two sentences share: normalised values of numbers and
//! dates (and their years), entity ids and identifiers (URLs). Anchors carry the alignment
//! across text that is not a translation, where lengths say little.

use crate::analyse::Analysis;
use crate::extract::{FactKind, Value};
use std::ops::Range;

/// One aligned group: source sentences `source` and target sentences `target` (0-based
/// sentence indices, end exclusive; either may be empty for a 1–0 or 0–1 bead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bead {
    /// Source sentence indices.
    pub source: Range<usize>,
    /// Target sentence indices.
    pub target: Range<usize>,
}

/// The alignment of two documents, with each sentence's bead for quick look-up.
#[derive(Debug, Clone)]
pub struct Alignment {
    /// Beads in order; they cover every sentence of both sides exactly once.
    pub beads: Vec<Bead>,
    /// Bead index of each source sentence.
    pub source_bead: Vec<usize>,
    /// Bead index of each target sentence.
    pub target_bead: Vec<usize>,
}

const VARIANCE: f64 = 6.8;
/// Cells searched on each side of the band ([`align`]) beyond the difference in sentence
/// counts.
const BAND_SLACK: usize = 6;
/// Cost (nats) gained for each anchor two sentence groups share.
const ANCHOR_BONUS: f64 = 4.0;

/// Bead shapes with their prior probabilities (Gale & Church, table 5).
const SHAPES: &[(usize, usize, f64)] = &[
    (1, 1, 0.89),
    (1, 0, 0.0099 / 2.0),
    (0, 1, 0.0099 / 2.0),
    (2, 1, 0.089 / 2.0),
    (1, 2, 0.089 / 2.0),
    (2, 2, 0.011),
];

/// Anchor keys of each sentence, hashed: sorted, deduplicated.
fn anchors(doc: &Analysis) -> Vec<Vec<u64>> {
    use std::fmt::Write;
    use std::hash::Hasher;
    // One buffer for every value's text (keys are equal when the texts are).
    let mut text = String::new();
    let mut key = |tag: &str, v: &dyn std::fmt::Display| {
        text.clear();
        let _ = write!(text, "{v}");
        let mut h = rustc_hash::FxHasher::default();
        h.write(tag.as_bytes());
        h.write_u8(0xff);
        h.write(text.as_bytes());
        h.finish()
    };
    let mut out = vec![Vec::new(); doc.sentences.len()];
    if doc.sentences.is_empty() {
        return out;
    }
    for f in &doc.facts {
        let keys = &mut out[doc.sentence_of(f.span.start)];
        match (&f.kind, &f.value) {
            (FactKind::Number, Value::Number(n)) => keys.push(key("n", &n.low)),
            (FactKind::Date, Value::Date(d)) => {
                keys.push(key("d", d));
                for y in d.parts().iter().filter_map(|p| p.year) {
                    keys.push(key("y", &y));
                }
            }
            (FactKind::Time, v) => keys.push(key("t", v)),
            (FactKind::Entity, v) | (FactKind::Identifier, v) => keys.push(key("e", v)),
            _ => {}
        }
    }
    for k in &mut out {
        k.sort_unstable();
        k.dedup();
    }
    out
}

/// The anchors of each sentence of both sides as bit sets over the anchors the two documents
/// share: only those can count in [`AnchorBits::shared`], so a sentence's keys need no search.
struct AnchorBits {
    /// 64-bit words per sentence.
    words: usize,
    /// `words` words for each source sentence, in order.
    source: Vec<u64>,
    /// `words` words for each target sentence, in order.
    target: Vec<u64>,
}

impl AnchorBits {
    /// From the sorted, deduplicated anchor keys of each sentence ([`anchors`]).
    fn new(source: &[Vec<u64>], target: &[Vec<u64>]) -> AnchorBits {
        let keys = |side: &[Vec<u64>]| -> Vec<u64> {
            let mut all: Vec<u64> = side.iter().flatten().copied().collect();
            all.sort_unstable();
            all.dedup();
            all
        };
        let (s_keys, t_keys) = (keys(source), keys(target));
        let common: Vec<u64> = s_keys
            .iter()
            .copied()
            .filter(|k| t_keys.binary_search(k).is_ok())
            .collect();
        let words = common.len().div_ceil(64).max(1);
        let bits = |side: &[Vec<u64>]| -> Vec<u64> {
            let mut out = vec![0u64; side.len() * words];
            for (i, sentence) in side.iter().enumerate() {
                for k in sentence {
                    if let Ok(b) = common.binary_search(k) {
                        out[i * words + b / 64] |= 1 << (b % 64);
                    }
                }
            }
            out
        };
        AnchorBits {
            words,
            source: bits(source),
            target: bits(target),
        }
    }

    /// Number of distinct anchors that the source sentences `s` and the target sentences `t`
    /// (0-based index ranges) share (no allocation).
    fn shared(&self, s: Range<usize>, t: Range<usize>) -> usize {
        let w = self.words;
        let union = |side: &[u64], r: &Range<usize>, k: usize| {
            r.clone().fold(0u64, |acc, i| acc | side[i * w + k])
        };
        let mut n = 0;
        for k in 0..w {
            // Most sentence pairs share no anchor: the target side and the bit count (done in
            // software on the baseline x86-64 target) are skipped then.
            let source = union(&self.source, &s, k);
            if source == 0 {
                continue;
            }
            let both = source & union(&self.target, &t, k);
            if both != 0 {
                n += both.count_ones() as usize;
            }
        }
        n
    }
}

/// −ln of the standard normal two-sided p-value of `z`, via erfc (Abramowitz & Stegun
/// 7.1.26: p = poly(t)·e^(−x²)), taken in log space (x² − ln poly) so that no `exp` is needed;
/// capped at −ln(1e−300).
fn neg_ln_two_sided_p(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    (x * x - poly.ln()).min(690.775_527_898_213_7)
}

fn length_cost(ls: f64, lt: f64, ratio: f64) -> f64 {
    if ls == 0.0 && lt == 0.0 {
        return 0.0;
    }
    let mean = (ls + lt / ratio) / 2.0;
    let delta = (lt - ls * ratio) / (mean.max(1.0) * VARIANCE).sqrt();
    neg_ln_two_sided_p(delta)
}

/// Aligns the sentences of `source` and `target`.
pub fn align(source: &Analysis, target: &Analysis) -> Alignment {
    let n = source.sentences.len();
    let m = target.sentences.len();
    let len = |doc: &Analysis| -> Vec<f64> {
        doc.sentences
            .iter()
            .map(|s| s.span.of(&doc.text.content).chars().count() as f64)
            .collect()
    };
    let ls = len(source);
    let lt = len(target);
    let total_s: f64 = ls.iter().sum();
    let total_t: f64 = lt.iter().sum();
    let ratio = if total_s > 0.0 && total_t > 0.0 {
        total_t / total_s
    } else {
        1.0
    };
    let shared = AnchorBits::new(&anchors(source), &anchors(target));

    let prior_cost: Vec<f64> = SHAPES.iter().map(|s| -s.2.ln()).collect();
    // The cost of leaving a sentence unaligned depends on that sentence alone: its length's
    // cost as if matched with nothing, capped.
    let unaligned_s: Vec<f64> = ls
        .iter()
        .map(|&l| length_cost(l, 0.0, ratio).min(20.0))
        .collect();
    let unaligned_t: Vec<f64> = lt
        .iter()
        .map(|&l| length_cost(0.0, l, ratio).min(20.0))
        .collect();
    let idx = |i: usize, j: usize| i * (m + 1) + j;
    let mut cost = vec![f64::INFINITY; (n + 1) * (m + 1)];
    let mut back = vec![(0u8, 0u8); (n + 1) * (m + 1)];
    cost[0] = 0.0;
    // A band around the proportional diagonal: a path strays from it by at most the
    // difference in sentence counts (whole blocks dropped on one side), plus slack.
    let band = n.abs_diff(m) + BAND_SLACK;
    for i in 0..=n {
        let centre = (i * m).checked_div(n).unwrap_or(0);
        let (lo, hi) = (centre.saturating_sub(band), (centre + band).min(m));
        for j in lo..=hi {
            let here = cost[idx(i, j)];
            if !here.is_finite() {
                continue;
            }
            for (&(di, dj, _), &prior) in SHAPES.iter().zip(&prior_cost) {
                let (ni, nj) = (i + di, j + dj);
                if ni > n || nj > m {
                    continue;
                }
                // The length cost is never negative: a step that cannot beat the cell's best
                // cost even with it at zero is not costed (the cheapest part, the anchors
                // and the prior, is reckoned first).
                let bonus = if di > 0 && dj > 0 {
                    ANCHOR_BONUS * shared.shared(i..ni, j..nj) as f64
                } else {
                    0.0
                };
                if here + (prior - bonus) >= cost[idx(ni, nj)] {
                    continue;
                }
                let mut c = prior;
                if di > 0 && dj > 0 {
                    let s_len: f64 = ls[i..ni].iter().sum();
                    let t_len: f64 = lt[j..nj].iter().sum();
                    c += length_cost(s_len, t_len, ratio);
                    c -= bonus;
                } else if di > 0 {
                    c += unaligned_s[i];
                } else {
                    c += unaligned_t[j];
                }
                let total = here + c;
                if total < cost[idx(ni, nj)] {
                    cost[idx(ni, nj)] = total;
                    back[idx(ni, nj)] = (di as u8, dj as u8);
                }
            }
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj) = back[idx(i, j)];
        let (di, dj) = (di as usize, dj as usize);
        beads.push(Bead {
            source: i - di..i,
            target: j - dj..j,
        });
        i -= di;
        j -= dj;
    }
    beads.reverse();
    let mut source_bead = vec![0; n];
    let mut target_bead = vec![0; m];
    for (b, bead) in beads.iter().enumerate() {
        for s in bead.source.clone() {
            source_bead[s] = b;
        }
        for t in bead.target.clone() {
            target_bead[t] = b;
        }
    }
    Alignment {
        beads,
        source_bead,
        target_bead,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::Pipeline;
    use crate::ingest::Text;
    use crate::lexicon::Lexicons;
    use crate::Lang;

    fn run(pl: &str, en: &str) -> Vec<(Range<usize>, Range<usize>)> {
        let p = Pipeline::new(&Lexicons::embedded());
        let s = p.analyse(Text::from_utf8(pl.into()), Some(Lang::Pl));
        let t = p.analyse(Text::from_utf8(en.into()), Some(Lang::En));
        align(&s, &t)
            .beads
            .into_iter()
            .map(|b| (b.source, b.target))
            .collect()
    }

    /// Distinct keys of the group `a` found in some sentence of the group `b`.
    fn shared_by_search(a: &[Vec<u64>], b: &[Vec<u64>]) -> usize {
        let mut keys: Vec<u64> = a.iter().flatten().copied().collect();
        keys.sort_unstable();
        keys.dedup();
        keys.iter()
            .filter(|k| b.iter().any(|t| t.contains(k)))
            .count()
    }

    proptest::proptest! {
        #[test]
        fn bit_sets_count_the_anchors_groups_share(
            // Keys from a range small enough to be shared often and large enough to need
            // more than one 64-bit word.
            source in proptest::collection::vec(proptest::collection::btree_set(0u64..300, 0..40), 0..8),
            target in proptest::collection::vec(proptest::collection::btree_set(0u64..300, 0..40), 0..8),
        ) {
            let source: Vec<Vec<u64>> = source.into_iter().map(|k| k.into_iter().collect()).collect();
            let target: Vec<Vec<u64>> = target.into_iter().map(|k| k.into_iter().collect()).collect();
            let bits = AnchorBits::new(&source, &target);
            for i in 0..source.len() {
                for j in 0..target.len() {
                    for (di, dj) in [(1, 1), (2, 1), (1, 2), (2, 2)] {
                        let (ni, nj) = ((i + di).min(source.len()), (j + dj).min(target.len()));
                        proptest::prop_assert_eq!(
                            bits.shared(i..ni, j..nj),
                            shared_by_search(&source[i..ni], &target[j..nj])
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn anchors_shared_across_words_of_the_bit_sets() {
        // 72 anchors on both sides (30..100, 1 and 2): two words per sentence.
        let source = vec![(0..70).collect::<Vec<u64>>(), (60..100).collect()];
        let target = vec![(30..100).collect::<Vec<u64>>(), vec![1, 2, 500]];
        let bits = AnchorBits::new(&source, &target);
        assert_eq!(bits.words, 2);
        assert_eq!(bits.shared(0..1, 0..1), 40); // 30..70
        assert_eq!(bits.shared(1..2, 0..1), 40); // 60..100
        assert_eq!(bits.shared(0..2, 0..2), 72); // 30..100, 1, 2
        assert_eq!(bits.shared(1..2, 1..2), 0);
    }

    #[test]
    fn one_to_one_translation() {
        let b = run(
            "Kraków przyjął 120 uchodźców w 2022 roku. Rada Miasta zatwierdziła budżet. Wizyta potrwa trzy dni.",
            "Kraków received 120 refugees in 2022. The City Council approved the budget. The visit will last three days.",
        );
        assert_eq!(b, vec![(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]);
    }

    #[test]
    fn a_split_sentence_and_a_dropped_one() {
        let b = run(
            "W 2021 roku program objął 40 szkół, a w 2022 roku już 55 szkół w całym Krakowie. Dodatkowe zdanie bez odpowiednika w tłumaczeniu, dość długie, aby było widać. Koszt wyniósł 2 mln zł.",
            "In 2021 the programme covered 40 schools. In 2022 it reached 55 schools across Kraków. It cost PLN 2 million.",
        );
        // The first source sentence is rendered by the first two target sentences, and the
        // last sentences, sharing the anchor 2000000, are aligned alone.
        assert_eq!(b.first().map(|x| x.1.clone()), Some(0..2));
        assert!(b[0].0.contains(&0));
        assert_eq!(b.last(), Some(&(2..3, 2..3)));
    }
}
