//! Accuracy floors on the peer projects' test suites (`../shared/peers`) and on sentence
//! alignment of the real translations (`../shared/real`). Each floor is the
//! figure reached when it was set, so a regression fails. Print the table with
//! `cargo test --test peer_suites -- --nocapture`; `cargo run --release --example accuracy`
//! writes it to `docs/accuracy.md`.

use std::path::PathBuf;

/// (suite, floor in percent). Suites without a target are still floored, so no part of the
/// extraction can silently get worse.
const FLOORS: &[(&str, f64)] = &[
    ("pl sentence [lingua]", 99.9),
    ("pl word_pair [lingua]", 99.8),
    ("pl word [lingua]", 95.9),
    ("en sentence [lingua]", 100.0),
    ("en word_pair [lingua]", 99.6),
    ("en word [lingua]", 96.7),
    ("uk/ru/cs/sk/de sentence → other [lingua]", 99.6),
    ("uk/ru/cs/sk/de word_pair → other [lingua]", 98.3),
    ("uk/ru/cs/sk/de word → other [lingua]", 93.7),
    ("pl sentence [whatlang]", 99.1),
    ("pl word_pair [whatlang]", 81.5),
    ("pl word [whatlang]", 64.4),
    ("en sentence [whatlang]", 94.3),
    ("en word_pair [whatlang]", 35.3),
    ("en word [whatlang]", 17.9),
    ("uk/ru/cs/sk/de sentence → other [whatlang]", 99.8),
    ("uk/ru/cs/sk/de word_pair → other [whatlang]", 99.3),
    ("uk/ru/cs/sk/de word → other [whatlang]", 97.7),
    ("LanguageTool pl", 100.0),
    ("LanguageTool en", 100.0),
    ("pySBD English golden rules (clean=False)", 97.8),
    ("pySBD other English cases (clean=False)", 91.3),
    ("pragmatic_segmenter English (clean=false)", 100.0),
    ("factlint Polish press staples", 100.0),
    ("Duckling pl numeral", 98.1),
    ("Duckling en numeral", 98.6),
    ("Duckling pl ordinal", 100.0),
    ("Duckling en ordinal", 100.0),
    ("num2words pl cardinal", 100.0),
    ("num2words pl ordinal", 100.0),
    ("num2words en cardinal", 100.0),
    ("num2words en ordinal", 100.0),
    ("kwn pl cardinal", 98.7),
    ("kwn en cardinal", 99.0),
    ("Duckling en amount of money (+ en_GB)", 96.3),
    ("Duckling en quantity", 96.0),
    ("Duckling negatives (must yield nothing)", 100.0),
    ("Duckling pl absolute dates", 100.0),
    ("Duckling pl time, all cases but holidays", 95.0),
    ("Duckling pl holidays", 100.0),
    ("Duckling en absolute dates", 100.0),
    ("Duckling en time, all cases but holidays", 92.2),
    ("Duckling en holidays", 88.0),
    ("Duckling en_GB absolute dates", 100.0),
    ("Duckling en_GB time, all cases but holidays", 61.5),
    ("Duckling en_GB holidays", 68.0),
    ("Duckling time negatives (must yield nothing)", 100.0),
    ("dateparser pl (cases with an expected date)", 83.3),
    ("real pairs, reflowed: line-link F1", 97.5),
    ("planted changed_digit → number_mismatch: recall", 92.0),
    ("planted shifted_day → date_mismatch: recall", 100.0),
    ("planted shifted_month → date_mismatch: recall", 95.7),
    ("planted lost_scale → number_mismatch: recall", 95.2),
    ("planted changed_percentage → number_mismatch: recall", 97.0),
    ("planted dropped_sentence → number_missing: recall", 98.5),
    ("planted dropped_entity → entity_missing: recall", 100.0),
    ("date_mismatch on planted pairs: recall", 97.3),
    ("entity_missing on planted pairs: recall", 100.0),
    ("number_mismatch on planted pairs: recall", 93.1),
    ("number_missing on planted pairs: recall", 98.5),
    ("date_mismatch on planted pairs: precision", 99.3),
    ("entity_missing on planted pairs: precision", 96.3),
    ("number_mismatch on planted pairs: precision", 96.8),
    ("number_missing on planted pairs: precision", 93.2),
    (
        "content-based pairing, real pairs with names shuffled",
        100.0,
    ),
    (
        "content-based pairing, every 10th English version removed: all right or unpaired",
        100.0,
    ),
];

#[test]
fn accuracy_on_peer_suites_stays_above_its_floors() {
    let peers = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/peers");
    assert!(
        peers.is_dir(),
        "peer suites expected at {}",
        peers.display()
    );
    let results = factlint::eval::run_all(&peers);
    println!(
        "{:<50} {:>6} {:>6} {:>8} {:>8}",
        "suite", "cases", "right", "accuracy", "floor"
    );
    let mut below = Vec::new();
    for r in &results {
        let floor = FLOORS.iter().find(|f| f.0 == r.suite).map(|f| f.1);
        println!(
            "{:<50} {:>6} {:>6} {:>7.1}% {:>8}",
            r.suite,
            r.cases,
            r.correct,
            r.accuracy(),
            floor.map_or("-".to_string(), |f| format!("{f:.1}%"))
        );
        assert!(r.cases > 0, "suite {} ran no case", r.suite);
        if let Some(f) = floor {
            if r.accuracy() + 1e-9 < f {
                below.push(format!("{}: {:.1}% < floor {f:.1}%", r.suite, r.accuracy()));
            }
        }
    }
    for (name, _) in FLOORS {
        assert!(
            results.iter().any(|r| r.suite == *name),
            "suite {name} is missing"
        );
    }
    assert!(below.is_empty(), "below floor:\n{}", below.join("\n"));
}
