//! Nothing panics on any input: arbitrary bytes through ingest, and press-like or arbitrary
//! text through analysis, alignment, comparison and every report format.

use factlint::align::align;
use factlint::analyse::Pipeline;
use factlint::compare::compare;
use factlint::ingest::{self, Text};
use factlint::lexicon::Lexicons;
use factlint::report::diagnostic::{render, Primary};
use factlint::report::{finding_row, FactRecord, FindingRecord, Named};
use factlint::Lang;
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(&Lexicons::embedded()))
}

/// Pieces of Polish and English press text, numbers, dates, separators and awkward characters.
fn press_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("18"),
        Just("2020"),
        Just("1 000"),
        Just("1,5"),
        Just("1.5"),
        Just("30"),
        Just(" tys."),
        Just(" mln zł"),
        Just(" PLN"),
        Just("€"),
        Just("%"),
        Just(" proc."),
        Just(" grudnia"),
        Just(" December"),
        Just(" XII "),
        Just(" r."),
        Just(" roku"),
        Just(" od "),
        Just(" do "),
        Just(" i "),
        Just("–"),
        Just("-"),
        Just("/"),
        Just("."),
        Just(","),
        Just(" "),
        Just("\n"),
        Just("\r\n"),
        Just("\n\n"),
        Just("ł"),
        Just("ż"),
        Just("ń"),
        Just(" Rady Europy"),
        Just(" Marii\nKlaman"),
        Just(" ponad"),
        Just(" over"),
        Just(" miast"),
        Just(" cities"),
        Just(" godz. "),
        Just(":"),
        Just(" p.m."),
        Just("th"),
        Just(" pięciu"),
        Just(" twenty-three"),
        Just(" Nr "),
        Just(" tel. "),
        Just("+48"),
        Just(" ul. Długa "),
        Just("https://x.pl/a.b"),
        Just("\u{A0}"),
        Just("\u{202F}"),
        Just("\u{FEFF}"),
        Just("🙂"),
        Just("İ"),
        Just("ß"),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn run_all(pl: String, en: String) {
    let p = pipeline();
    let s = p.analyse(Text::from_utf8(pl), Some(Lang::Pl));
    let t = p.analyse(Text::from_utf8(en), None);
    for f in &s.facts {
        let r = FactRecord::new(f, &s);
        assert!(r.start <= r.end);
    }
    let al = align(&s, &t);
    for f in compare(&s, &t, &al, p.conversions()) {
        let rec = FindingRecord::new(
            &f,
            Named {
                path: "a.pl.txt",
                doc: &s,
            },
            Named {
                path: "a.en.txt",
                doc: &t,
            },
        );
        let _ = finding_row(&rec);
        let _ = render(&rec, Primary::Source, &s, &t, false);
        let _ = render(&rec, Primary::Target, &s, &t, true);
        let _ = serde_json::to_string(&rec).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn press_like_text_never_panics(pl in press_text(), en in press_text()) {
        run_all(pl, en);
    }

    #[test]
    fn arbitrary_text_never_panics(pl in "\\PC{0,300}", en in "(.|\n){0,300}") {
        run_all(pl, en);
    }

    #[test]
    fn arbitrary_bytes_decode_or_give_a_reason(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(text) = ingest::decode(bytes) {
            run_all(text.content.clone(), text.content);
        }
    }
}
