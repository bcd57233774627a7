//! Per-stage timings of a run, for the benchmark (`scan --timings`).
//!
//! Off by default: [`time`] then costs one relaxed atomic load. When [`enable`]d, each stage's
//! elapsed time is added to a process-wide counter; with several threads the figures are
//! CPU-side sums (thread time spent in the stage), not wall time.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A stage of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and decoding files, taking text out of HTML, Markdown, DOCX.
    Read,
    /// Language detection.
    Language,
    /// Sentence segmentation.
    Segment,
    /// Extraction of numbers, dates, entities and identifiers.
    Extract,
    /// Pairing files (names, manifest, folders, content).
    Pair,
    /// Sentence alignment of a pair.
    Align,
    /// Comparison of a pair's facts.
    Compare,
    /// Writing the CSV reports.
    Report,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 8] = [
        Stage::Read,
        Stage::Language,
        Stage::Segment,
        Stage::Extract,
        Stage::Pair,
        Stage::Align,
        Stage::Compare,
        Stage::Report,
    ];

    /// Its name in reports (`read`, `language`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Language => "language",
            Stage::Segment => "segmentation",
            Stage::Extract => "extraction",
            Stage::Pair => "pairing",
            Stage::Align => "alignment",
            Stage::Compare => "comparison",
            Stage::Report => "report writing",
        }
    }
}

static ENABLED: AtomicBool = AtomicBool::new(false);
static NANOS: [AtomicU64; 8] = [const { AtomicU64::new(0) }; 8];

/// Starts collecting timings (for the rest of the process).
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

/// Runs `f`, adding its elapsed time to `stage` when timings are enabled.
pub fn time<T>(stage: Stage, f: impl FnOnce() -> T) -> T {
    if !ENABLED.load(Ordering::Relaxed) {
        return f();
    }
    let start = Instant::now();
    let out = f();
    NANOS[stage as usize].fetch_add(start.elapsed().as_nanos() as u64, Ordering::Relaxed);
    out
}

/// The time spent so far in each stage, in [`Stage::ALL`] order (zero when not enabled).
pub fn snapshot() -> Vec<(Stage, Duration)> {
    Stage::ALL
        .iter()
        .map(|&s| {
            (
                s,
                Duration::from_nanos(NANOS[s as usize].load(Ordering::Relaxed)),
            )
        })
        .collect()
}
