//! Facts from arbitrary bytes: the first byte picks the format (text, Markdown, HTML, DOCX),
//! the rest is the file. Reading may refuse with a reason; whatever it accepts is analysed,
//! and every fact is located in the file and rendered as JSON.
#![no_main]

use factlint::analyse::Pipeline;
use factlint::ingest::Format;
use factlint::lexicon::Lexicons;
use factlint::report::FactRecord;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(&Lexicons::embedded()))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = match first % 4 {
        0 => Format::Text,
        1 => Format::Markdown,
        2 => Format::Html,
        _ => Format::Docx,
    };
    let p = pipeline();
    let reader = p.reader().clone().with_max_bytes(1 << 20);
    let Ok(text) = reader.load(rest.to_vec(), format) else {
        return;
    };
    let a = p.analyse(text, None);
    for f in &a.facts {
        let r = FactRecord::new(f, &a);
        assert!(r.start <= r.end, "{r:?}");
        assert!(r.line >= 1 && r.column >= 1);
        let s = a.text.source_span(f.span);
        assert!(s.start <= s.end && s.end <= a.text.source_text().len());
        let _ = serde_json::to_string(&r).unwrap();
    }
});
