//! CSV output as Excel in a Polish locale expects it, and safely.
//!
//! - UTF-8 with a byte-order mark, so Excel shows Polish letters ([`CsvStyle::bom`]);
//! - `;` as the delimiter by default (the list separator of a Polish locale), `,` on request;
//! - a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with
//!   `'`, so a spreadsheet shows it as text and never runs it as a formula (OWASP, "CSV
//!   Injection");
//! - files are written to a temporary file in the output folder and renamed into place, so an
//!   interrupted run leaves the previous report whole.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

/// How CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    /// Field delimiter: `b';'` (default) or `b','`.
    pub delimiter: u8,
    /// Write a UTF-8 byte-order mark first.
    pub bom: bool,
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle {
            delimiter: b';',
            bom: true,
        }
    }
}

impl CsvStyle {
    /// A decimal for a measurement column (confidence, score), with a decimal comma when the
    /// delimiter is `;` (so a Polish-locale Excel reads it as a number) and a point otherwise.
    pub fn decimal(&self, v: f64) -> String {
        let s = format!("{v:.2}");
        if self.delimiter == b';' {
            s.replace('.', ",")
        } else {
            s
        }
    }
}

/// `cell`, prefixed with `'` when a spreadsheet would read it as a formula.
pub fn guard(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Writes `header` and `rows` to `w` in `style`, guarding every cell.
///
/// # Errors
/// Any I/O error from `w`.
pub fn write_rows<W: Write>(
    w: W,
    style: CsvStyle,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut w = io::BufWriter::new(w);
    if style.bom {
        w.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut csv = csv::WriterBuilder::new()
        .delimiter(style.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    csv.write_record(header)?;
    for row in rows {
        csv.write_record(row.iter().map(|c| guard(c).into_owned()))?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes a CSV file atomically: to a temporary file beside `path`, then renamed over it.
///
/// # Errors
/// Any I/O error; `path` is then left as it was.
pub fn write_file(
    path: &Path,
    style: CsvStyle,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".factlint-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    write_rows(tmp.as_file_mut(), style, header, rows)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_guarded() {
        assert_eq!(guard("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard("+48 12"), "'+48 12");
        assert_eq!(guard("-5"), "'-5");
        assert_eq!(guard("@cmd"), "'@cmd");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("150"), "150");
        assert_eq!(guard(""), "");
    }

    #[test]
    fn bom_semicolons_and_quoting() {
        let mut out = Vec::new();
        write_rows(
            &mut out,
            CsvStyle::default(),
            &["a", "b"],
            vec![vec!["x;y".into(), "=1+1".into()]],
        )
        .unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(s, "\u{FEFF}a;b\r\n\"x;y\";'=1+1\r\n");
        assert_eq!(CsvStyle::default().decimal(0.987), "0,99");
        assert_eq!(
            CsvStyle {
                delimiter: b',',
                bom: false
            }
            .decimal(0.5),
            "0.50"
        );
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("r.csv");
        std::fs::write(&p, "old").unwrap();
        write_file(
            &p,
            CsvStyle {
                delimiter: b',',
                bom: false,
            },
            &["h"],
            vec![vec!["v".into()]],
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "h\r\nv\r\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
