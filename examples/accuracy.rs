//! Runs factlint against the peer projects' test suites in `../shared/peers`, prints the
//! table and writes `docs/accuracy.md`.
//!
//! `cargo run --release --example accuracy [PEERS_DIR]`; with `--floors`, it also prints the
//! `FLOORS` table of `tests/peer_suites.rs` at the figures reached (truncated to 0.1%).

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let floors = args.iter().any(|a| a == "--floors");
    let peers = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/peers"));
    let results = factlint::eval::run_all(&peers);
    for r in &results {
        println!(
            "{:<50} {:>5} {:>5} {:>6.1}%  ({} excluded)",
            r.suite,
            r.cases,
            r.correct,
            r.accuracy(),
            r.excluded.len()
        );
    }
    if floors {
        for r in &results {
            println!(
                "    ({:?}, {:.1}),",
                r.suite,
                (r.accuracy() * 10.0).floor() / 10.0
            );
        }
    }
    let doc = root.join("docs/accuracy.md");
    std::fs::create_dir_all(doc.parent().expect("docs folder")).expect("create docs/");
    std::fs::write(&doc, factlint::eval::markdown(&results)).expect("write docs/accuracy.md");
    println!("wrote {}", doc.display());
}
