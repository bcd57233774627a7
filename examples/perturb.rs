//! Plants one divergence into each real translation pair and writes the edited pairs with
//! their answer key, for measuring a checker (factlint or another) on known divergences.
//!
//! `cargo run --release --example perturb -- [REAL_DIR] OUT_DIR [--seed N] [--unperturbed]`
//!
//! REAL_DIR defaults to `../shared/real`. For each document it writes, reflowed into
//! paragraphs as in `docs/accuracy.md`, `OUT_DIR/<id>.pl.txt` (unchanged) and
//! `OUT_DIR/<id>.en.txt` (with one plant of a kind chosen at random among those the pair has
//! room for), and `OUT_DIR/answer_key.csv` (`;`-separated, UTF-8 with BOM): file, kind,
//! expected check, line and column (1-based, in characters) of the edit in the English file,
//! the text before and after. The same seed gives the same files. With `--unperturbed`, both
//! versions are written as they are (no plant, an empty answer key): the pairs on which
//! `docs/real-pairs-review.md` counts false alarms.

use factlint::align::align;
use factlint::analyse::Pipeline;
use factlint::compare::{compare, Conversions};
use factlint::ingest::Text;
use factlint::lexicon::Lexicons;
use factlint::perturb::{plant, PlantKind};
use factlint::Lang;
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed = args
        .iter()
        .position(|a| a == "--seed")
        .and_then(|i| args.get(i + 1))
        .map(|s| s.parse::<u64>())
        .transpose()?
        .unwrap_or(factlint::eval::PERTURBATION_SEED);
    let unperturbed = args.iter().any(|a| a == "--unperturbed");
    let paths: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--seed"))
        .map(|(_, a)| a)
        .collect();
    let (real, out) = match paths.as_slice() {
        [out] => (
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real"),
            PathBuf::from(out),
        ),
        [real, out] => (PathBuf::from(real), PathBuf::from(out)),
        _ => anyhow::bail!("usage: perturb [REAL_DIR] OUT_DIR [--seed N]"),
    };
    std::fs::create_dir_all(&out)?;
    let lex = Lexicons::embedded();
    let pipeline = Pipeline::new(&lex);
    let conv = Conversions::new(&lex);
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut key = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    key.write_record([
        "file",
        "kind",
        "expected_check",
        "line",
        "column",
        "original",
        "planted",
    ])?;
    let mut planted = 0;
    let docs = factlint::eval::real_documents(&real);
    for (id, pl, en) in &docs {
        let (pl_text, en_text) = factlint::eval::reflowed_pair(pl, en);
        let s = pipeline.analyse(Text::from_utf8(pl_text.clone()), Some(Lang::Pl));
        let t = pipeline.analyse(Text::from_utf8(en_text.clone()), Some(Lang::En));
        let al = align(&s, &t);
        let baseline = compare(&s, &t, &al, &conv);
        let mut kinds = if unperturbed {
            Vec::new()
        } else {
            PlantKind::ALL.to_vec()
        };
        rng.shuffle(&mut kinds);
        let p = kinds.into_iter().find_map(|k| {
            let mut rng = factlint::perturb::plant_rng(seed, id, k);
            plant(&s, &t, &al, &baseline, k, &lex, &mut rng)
        });
        let en_out = p.as_ref().map_or(en_text.clone(), |p| p.apply(&en_text));
        std::fs::write(out.join(format!("{id}.pl.txt")), &pl_text)?;
        std::fs::write(out.join(format!("{id}.en.txt")), &en_out)?;
        if let Some(p) = p {
            let before = &en_text[..p.original_span.start];
            let line = before.matches('\n').count() + 1;
            let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
                .chars()
                .count()
                + 1;
            key.write_record([
                format!("{id}.en.txt"),
                p.kind.name().to_string(),
                p.kind.expected().name().to_string(),
                line.to_string(),
                column.to_string(),
                p.original.clone(),
                p.planted.clone(),
            ])?;
            planted += 1;
        }
    }
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(key.into_inner()?);
    std::fs::write(out.join("answer_key.csv"), bytes)?;
    println!(
        "{} pairs written to {}, {planted} with a plant (seed {seed}); answer key: answer_key.csv",
        docs.len(),
        out.display()
    );
    Ok(())
}
