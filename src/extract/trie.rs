//! Word lists in a regex factored into tries.
//!
//! The date patterns hold alternations of hundreds of word forms (`października|październiku|
//! …`), case-insensitive. regex-syntax keeps such an alternation flat (it lifts only a prefix
//! common to *all* the words), so the Thompson NFA has a branch per word, and the engine that
//! fills in capture groups (a backtracker) tries every branch in turn at each start. Factored
//! into a trie (`październik(?:a|u|iem)|…`), the same words make an NFA a fraction of the size,
//! whose branches part only where the words do.
//!
//! The rewrite keeps what each match is, capture groups included, under the leftmost-first
//! semantics of the regex crate: an alternation prefers its earlier alternatives, and only
//! alternatives that can match at the same place compete. Words are grouped under a shared
//! first character only where every two first characters (as classes, after case folding)
//! are either the same or disjoint: then two words in different groups never match at the same
//! place, and words in one group keep their order. An empty word matches everywhere, so no
//! word after it joins a group before it.

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// `hir` with every alternation of words (literals, character classes and concatenations of
/// them) rewritten as a trie that matches the same text with the same preference (see the
/// module documentation). Other parts of the tree are kept, their insides rewritten.
pub(super) fn factor_words(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Alternation(subs) => {
            if subs.iter().all(is_word) {
                let words: Vec<Vec<ClassUnicode>> = subs.iter().map(atoms).collect();
                let refs: Vec<&[ClassUnicode]> = words.iter().map(Vec::as_slice).collect();
                trie(&refs)
            } else {
                Hir::alternation(subs.into_iter().map(factor_words).collect())
            }
        }
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(factor_words).collect()),
        HirKind::Repetition(mut rep) => {
            rep.sub = Box::new(factor_words(*rep.sub));
            Hir::repetition(rep)
        }
        HirKind::Capture(mut cap) => {
            cap.sub = Box::new(factor_words(*cap.sub));
            Hir::capture(cap)
        }
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => Hir::literal(lit.0),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Look(look) => Hir::look(look),
    }
}

/// Whether `hir` is a word: empty, a literal, a Unicode class or a concatenation of these.
fn is_word(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Class(Class::Unicode(_)) => true,
        HirKind::Literal(lit) => std::str::from_utf8(&lit.0).is_ok(),
        HirKind::Concat(items) => items.iter().all(is_word),
        _ => false,
    }
}

/// The characters of the word `hir` ([`is_word`]), each as a class (a literal character is a
/// class of one).
fn atoms(hir: &Hir) -> Vec<ClassUnicode> {
    fn push(hir: &Hir, out: &mut Vec<ClassUnicode>) {
        match hir.kind() {
            HirKind::Literal(lit) => {
                for c in String::from_utf8_lossy(&lit.0).chars() {
                    out.push(ClassUnicode::new([ClassUnicodeRange::new(c, c)]));
                }
            }
            HirKind::Class(Class::Unicode(class)) => out.push(class.clone()),
            HirKind::Concat(items) => items.iter().for_each(|item| push(item, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    push(hir, &mut out);
    out
}

/// The words `words` (in order of preference) as a trie. Falls back to the plain alternation
/// where two different first characters overlap.
fn trie(words: &[&[ClassUnicode]]) -> Hir {
    // Groups in order: a first character and the rest of each word that starts with it, or an
    // empty word. A word joins a group only after the last empty word.
    enum Group<'a> {
        Empty,
        Prefix(&'a ClassUnicode, Vec<&'a [ClassUnicode]>),
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut open_from = 0;
    for word in words {
        let Some((first, rest)) = word.split_first() else {
            groups.push(Group::Empty);
            open_from = groups.len();
            continue;
        };
        let open = &mut groups[open_from..];
        if let Some(rests) = open.iter_mut().find_map(|g| match g {
            Group::Prefix(atom, rests) if *atom == first => Some(rests),
            _ => None,
        }) {
            rests.push(rest);
            continue;
        }
        if open
            .iter()
            .any(|g| matches!(g, Group::Prefix(atom, _) if overlap(atom, first)))
        {
            return Hir::alternation(words.iter().map(|w| word_hir(w)).collect());
        }
        groups.push(Group::Prefix(first, vec![rest]));
    }
    Hir::alternation(
        groups
            .into_iter()
            .map(|g| match g {
                Group::Empty => Hir::empty(),
                Group::Prefix(atom, mut rests) => {
                    // The characters every word of the group shares, built as one concatenation
                    // (nesting them one by one costs a copy of the tail at each).
                    let mut parts = vec![atom_hir(atom)];
                    while let Some(next) = rests.first().and_then(|r| r.first()) {
                        if !rests.iter().all(|r| r.first() == Some(next)) {
                            break;
                        }
                        parts.push(atom_hir(next));
                        rests.iter_mut().for_each(|r| *r = &r[1..]);
                    }
                    parts.push(if rests.len() == 1 {
                        word_hir(rests[0])
                    } else {
                        trie(&rests)
                    });
                    Hir::concat(parts)
                }
            })
            .collect(),
    )
}

/// Whether two classes share a character (their ranges are sorted and apart).
fn overlap(a: &ClassUnicode, b: &ClassUnicode) -> bool {
    let (mut x, mut y) = (a.ranges().iter().peekable(), b.ranges().iter().peekable());
    while let (Some(r), Some(q)) = (x.peek(), y.peek()) {
        if r.end() < q.start() {
            x.next();
        } else if q.end() < r.start() {
            y.next();
        } else {
            return true;
        }
    }
    false
}

fn word_hir(word: &[ClassUnicode]) -> Hir {
    Hir::concat(word.iter().map(atom_hir).collect())
}

/// A class of one character as a literal (adjacent literals are joined by `Hir::concat`).
fn atom_hir(atom: &ClassUnicode) -> Hir {
    match atom.ranges() {
        [r] if r.start() == r.end() => {
            let mut buf = [0; 4];
            Hir::literal(r.start().encode_utf8(&mut buf).as_bytes())
        }
        _ => Hir::class(Class::Unicode(atom.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta;

    fn parse(re: &str) -> Hir {
        regex_syntax::parse(re).unwrap()
    }

    fn states(hir: &Hir) -> usize {
        regex_automata::nfa::thompson::NFA::compiler()
            .build_from_hir(hir)
            .unwrap()
            .states()
            .len()
    }

    #[test]
    fn shared_prefixes_are_walked_once() {
        let flat = parse("(?i:października|październiku|październik|pazdziernik|marca|marzec)");
        let factored = factor_words(flat.clone());
        assert_eq!(
            factored,
            factor_words(parse(
                "(?i:pa(?:ździernik(?:a|u|)|zdziernik)|mar(?:ca|zec))"
            ))
        );
        let (f, n) = (states(&factored), states(&flat));
        assert!(f * 3 < n * 2, "{f} {n}");
    }

    #[test]
    fn overlapping_first_characters_are_left_flat() {
        // [a-c] and b overlap: "bx" must keep its place after "[a-c]y".
        let hir = parse("[a-c]y|bx|by");
        let factored = factor_words(hir.clone());
        assert_eq!(factored, hir);
    }

    fn find(hir: &Hir, text: &str) -> Option<Vec<Option<(usize, usize)>>> {
        let re = meta::Regex::builder().build_from_hir(hir).unwrap();
        let mut caps = re.create_captures();
        re.captures(text, &mut caps);
        caps.is_match().then(|| {
            (0..caps.group_len())
                .map(|g| caps.get_group(g).map(|s| (s.start, s.end)))
                .collect()
        })
    }

    #[test]
    fn an_empty_word_keeps_later_words_behind_it() {
        // "" is preferred over "ac": the match of "xac" is "x", not "xac".
        let hir = parse("x(?:ab||ac)");
        let factored = factor_words(hir.clone());
        assert_eq!(find(&factored, "xac"), Some(vec![Some((0, 1))]));
        assert_eq!(find(&hir, "xac"), find(&factored, "xac"));
    }

    proptest::proptest! {
        #[test]
        fn overlap_is_a_non_empty_intersection(
            a in proptest::collection::vec((0u32..40, 0u32..6), 1..5),
            b in proptest::collection::vec((0u32..40, 0u32..6), 1..5),
        ) {
            let class = |rs: &[(u32, u32)]| {
                let ch = |n: u32| char::from_u32('a' as u32 + n).unwrap();
                ClassUnicode::new(rs.iter().map(|&(s, l)| ClassUnicodeRange::new(ch(s), ch(s + l))))
            };
            let (a, b) = (class(&a), class(&b));
            let mut both = a.clone();
            both.intersect(&b);
            proptest::prop_assert_eq!(overlap(&a, &b), !both.ranges().is_empty());
        }

        /// Factored or not, a pattern finds the same match with the same groups: words over a
        /// small alphabet (case-insensitive or not, with overlapping classes and empty words),
        /// with something after them that may make the engine backtrack into the word list.
        #[test]
        fn factoring_keeps_every_match_and_group(
            words in proptest::collection::vec("[abAB.]{0,4}|\\[ab\\]|\\[a-c\\]b", 1..12),
            insensitive in proptest::bool::ANY,
            tail in "(|a|b|ab|\\.?b)",
            text in "[abcAB. ]{0,12}",
        ) {
            let flags = if insensitive { "(?i)" } else { "" };
            let words: Vec<String> = words
                .iter()
                .map(|w| if w.starts_with('[') { w.clone() } else { regex_syntax::escape(w) })
                .collect();
            let re = format!("{flags}(?P<w>{})(?P<t>{tail})", words.join("|"));
            let hir = parse(&re);
            let factored = factor_words(hir.clone());
            proptest::prop_assert_eq!(find(&hir, &text), find(&factored, &text), "{}", re);
        }
    }
}
