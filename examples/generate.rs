//! Writes a deterministic archive of Polish and English release pairs for the benchmark, with
//! divergences planted in known places and listed in `planted.csv`.
//!
//! `cargo run --release --example generate -- OUT_DIR SIZE [SEED]`
//!
//! SIZE is the archive's total size in bytes, with an optional suffix (`10MB`, `1GB`; decimal
//! units). The releases are built from `benches/templates.tsv` (sentence pairs with slots) and
//! from the project's lexicons (Polish month names in the genitive and English month names from
//! `months.tsv`, institutions and programmes from `entities.tsv`). The same SEED (default 1)
//! gives byte-identical archives.
//!
//! Layout: `OUT_DIR/YYYY/MM/NNNNNN-komunikat.pl.txt` and `.en.txt`, at most 1,000 files per
//! folder. About one pair in five gets one planted divergence in its English version: a
//! changed count (`number_mismatch`), a shifted day (`date_mismatch`) or a dropped sentence
//! naming an institution (`entity_missing`). `OUT_DIR-planted.csv` (beside the archive, so that
//! it is no document of it) lists them: source_file, target_file, check, source_value,
//! target_value (paths relative to OUT_DIR).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const TEMPLATES: &str = include_str!("../benches/templates.tsv");

struct Vocabulary {
    months_pl: Vec<String>,
    months_en: Vec<String>,
    entities: Vec<(String, String)>,
    templates: Vec<(String, String)>,
}

fn vocabulary() -> Vocabulary {
    let file = |name: &str| {
        factlint::lexicon::FILES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
            .expect("embedded lexicon")
    };
    let rows = |text: &'static str| {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').collect::<Vec<_>>())
    };
    let mut months_pl = vec![String::new(); 12];
    let mut months_en = vec![String::new(); 12];
    for r in rows(file("months.tsv")) {
        let m: usize = r[2].parse().expect("month number");
        match (r[0], r.get(3).copied()) {
            ("pl", Some("genitive")) => months_pl[m - 1] = r[1].to_string(),
            ("en", Some("name")) if months_en[m - 1].is_empty() => {
                months_en[m - 1] = r[1].to_string()
            }
            _ => {}
        }
    }
    let lex = factlint::lexicon::Lexicons::embedded();
    let entities = lex
        .entities
        .iter()
        .filter(|e| matches!(e.kind.as_str(), "institution" | "programme"))
        .filter_map(|e| Some((e.pl.first()?.clone(), e.en.first()?.clone())))
        .collect();
    let templates = rows(TEMPLATES)
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    Vocabulary {
        months_pl,
        months_en,
        entities,
        templates,
    }
}

/// The values of a release's slots.
struct Slots {
    day: u32,
    day2: u32,
    month: usize,
    year: i32,
    n: u32,
    m: u32,
    big: u32,
    hour: u32,
    entity: usize,
}

impl Slots {
    fn draw(rng: &mut fastrand::Rng, entities: usize) -> Slots {
        let day = rng.u32(1..=20);
        Slots {
            day,
            day2: day + rng.u32(1..=8),
            month: rng.usize(0..12),
            year: rng.i32(2016..=2026),
            n: rng.u32(2..=999),
            m: rng.u32(2..=9),
            big: rng.u32(2..=99),
            hour: rng.u32(8..=19),
            entity: rng.usize(0..entities),
        }
    }
}

fn fill(t: &str, s: &Slots, v: &Vocabulary, pl: bool) -> String {
    let (e_pl, e_en) = &v.entities[s.entity];
    t.replace("{day2}", &s.day2.to_string())
        .replace("{day}", &s.day.to_string())
        .replace("{month_pl}", &v.months_pl[s.month])
        .replace("{month_en}", &v.months_en[s.month])
        .replace("{year}", &s.year.to_string())
        .replace("{n}", &s.n.to_string())
        .replace("{m}", &s.m.to_string())
        .replace("{big}", &s.big.to_string())
        .replace("{hour}", &s.hour.to_string())
        .replace("{entity_pl}", if pl { e_pl } else { "" })
        .replace("{entity_en}", if pl { "" } else { e_en })
}

fn parse_size(s: &str) -> u64 {
    let s = s.trim().to_ascii_uppercase();
    let (num, mult) = if let Some(n) = s.strip_suffix("GB") {
        (n, 1_000_000_000)
    } else if let Some(n) = s.strip_suffix("MB") {
        (n, 1_000_000)
    } else if let Some(n) = s.strip_suffix("KB") {
        (n, 1_000)
    } else {
        (s.as_str(), 1)
    };
    let n: f64 = num
        .trim()
        .parse()
        .expect("SIZE: a number with KB, MB or GB");
    (n * mult as f64) as u64
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: generate OUT_DIR SIZE [SEED]");
        std::process::exit(2);
    }
    let out = PathBuf::from(&args[0]);
    let size = parse_size(&args[1]);
    let seed: u64 = args
        .get(2)
        .map_or(1, |s| s.parse().expect("SEED: a number"));
    let v = vocabulary();
    let mut rng = fastrand::Rng::with_seed(seed);
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    let mut planted = String::from("source_file,target_file,check,source_value,target_value\n");
    let (mut written, mut pairs, mut plants) = (0u64, 0u64, 0u64);
    while written < size {
        let idx = pairs;
        pairs += 1;
        let folder = PathBuf::from(format!(
            "{}/{:02}",
            2016 + (idx / 12_000) % 11,
            (idx / 500) % 12 + 1
        ));
        std::fs::create_dir_all(out.join(&folder)).expect("create folder");
        let stem = folder.join(format!("{idx:06}-komunikat"));
        let slots = Slots::draw(&mut rng, v.entities.len());
        let (mut pl, mut en) = (String::new(), String::new());
        let _ = writeln!(
            pl,
            "Kraków, {} {} {} r.\n\nKomunikat prasowy nr {}/{}\n",
            slots.day,
            v.months_pl[slots.month],
            slots.year,
            idx % 1000 + 1,
            slots.year
        );
        let _ = writeln!(
            en,
            "Kraków, {} {} {}\n\nPress release no. {}/{}\n",
            slots.day,
            v.months_en[slots.month],
            slots.year,
            idx % 1000 + 1,
            slots.year
        );
        // Paragraphs of two to four sentences, each sentence with its own slot values.
        let target_len = rng.usize(2500..6000);
        let plant_kind = (rng.u32(0..5) == 0).then(|| rng.u32(0..3));
        let mut planted_here = false;
        // Entities named so far, and the one dropped from the English (named nowhere else, so
        // that it is really missing there).
        let mut named = vec![false; v.entities.len()];
        let mut dropped: Option<usize> = None;
        while pl.len() < target_len {
            for _ in 0..rng.usize(2..=4) {
                let (tpl, ten) = &v.templates[rng.usize(0..v.templates.len())];
                let mut s = Slots::draw(&mut rng, v.entities.len());
                while Some(s.entity) == dropped {
                    s.entity = rng.usize(0..v.entities.len());
                }
                let p = fill(tpl, &s, &v, true);
                let mut e = fill(ten, &s, &v, false);
                if !planted_here {
                    let kind = plant_kind;
                    let relative = |x: &Path| x.to_string_lossy().replace('\\', "/");
                    let row = |check: &str, a: String, b: String| {
                        format!(
                            "{}.pl.txt,{}.en.txt,{check},{a},{b}\n",
                            relative(&stem),
                            relative(&stem)
                        )
                    };
                    match kind {
                        Some(0) if tpl.contains("{n} ") && !tpl.contains("{n},") => {
                            let new = s.n + 1 + rng.u32(0..9);
                            e = fill(ten, &Slots { n: new, ..s }, &v, false);
                            planted.push_str(&row(
                                "number_mismatch",
                                s.n.to_string(),
                                new.to_string(),
                            ));
                            planted_here = true;
                        }
                        Some(1) if tpl.contains("{day} {month_pl} {year}") => {
                            let new = s.day + 1;
                            e = fill(ten, &Slots { day: new, ..s }, &v, false);
                            planted.push_str(&row(
                                "date_mismatch",
                                format!("{}-{:02}-{:02}", s.year, s.month + 1, s.day),
                                format!("{}-{:02}-{:02}", s.year, s.month + 1, new),
                            ));
                            planted_here = true;
                        }
                        Some(2) if tpl.contains("{entity_pl}") && !named[s.entity] => {
                            dropped = Some(s.entity);
                            e.clear();
                            planted.push_str(&row(
                                "entity_missing",
                                v.entities[s.entity].0.clone(),
                                String::new(),
                            ));
                            planted_here = true;
                        }
                        _ => {}
                    }
                    if planted_here {
                        plants += 1;
                    }
                }
                if tpl.contains("{entity_pl}") {
                    named[s.entity] = true;
                }
                pl.push_str(&p);
                pl.push(' ');
                if !e.is_empty() {
                    en.push_str(&e);
                    en.push(' ');
                }
            }
            pl.push_str("\n\n");
            en.push_str("\n\n");
        }
        for (text, lang) in [(&pl, "pl"), (&en, "en")] {
            let path = out.join(format!("{}.{lang}.txt", stem.display()));
            std::fs::write(&path, text).expect("write release");
            written += text.len() as u64;
        }
    }
    let key = PathBuf::from(format!("{}-planted.csv", out.display()));
    let mut f = std::fs::File::create(&key).expect("planted.csv");
    f.write_all(planted.as_bytes()).expect("write planted.csv");
    eprintln!(
        "{}: {pairs} pairs, {} files, {written} bytes, {plants} planted divergences (seed {seed})",
        out.display(),
        pairs * 2
    );
}
