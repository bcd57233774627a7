//! Comparison of two arbitrary texts: the input is split at its first NUL byte into a Polish
//! and an English text (lossy UTF-8), both analysed, aligned and compared, and every finding
//! rendered as a CSV row, as JSON and as a terminal diagnostic.
#![no_main]

use factlint::align::align;
use factlint::analyse::Pipeline;
use factlint::compare::compare;
use factlint::ingest::Text;
use factlint::lexicon::Lexicons;
use factlint::report::diagnostic::{render, Primary};
use factlint::report::{finding_row, FindingRecord, Named};
use factlint::Lang;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(&Lexicons::embedded()))
}

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let pl = String::from_utf8_lossy(&data[..cut]).into_owned();
    let en = String::from_utf8_lossy(data.get(cut + 1..).unwrap_or(&[])).into_owned();
    let p = pipeline();
    let s = p.analyse(Text::from_utf8(pl), Some(Lang::Pl));
    let t = p.analyse(Text::from_utf8(en), Some(Lang::En));
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
        let _ = serde_json::to_string(&rec).unwrap();
        let _ = render(&rec, Primary::Source, &s, &t, false);
    }
});
