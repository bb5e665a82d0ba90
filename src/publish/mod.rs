//! The `publish` stage: a finished [`Comparison`] out, to a file or the
//! terminal.
//!
//! Takes the comparison (or one of its frames) and a path; writes `.xlsx`
//! (`workbook`, with `charts`), `.csv` (UTF-8 with a BOM, for Excel) and
//! `.parquet` (polars' writers) or `.jsonl` (one object per row, columns in
//! table order); or returns the terminal text (`term`). It computes nothing:
//! every row, figure, rate and order is the comparison's. Every file is
//! written to a temporary file in the target's folder, then renamed over
//! it, so a reader never sees half a file.

mod charts;
mod table;
mod term;
mod workbook;

pub use table::{number, text};
pub use term::{terminal_table, terminal_trend};
pub use workbook::summary_line;

use crate::compare::Comparison;
use polars::prelude::{CsvWriter, DataFrame, ParquetWriter, SerWriter};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use table::{Cell, cell};

/// What can go wrong between the comparison and the written file.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0}: unknown output format; the name must end in .xlsx, .csv, .parquet or .jsonl")]
    UnknownFormat(PathBuf),
    #[error("{0}: the figures are written as .parquet or .csv")]
    FrameFormat(PathBuf),
    #[error("could not write {path}: {source}")]
    Write {
        path: PathBuf,
        /// The file system's error, or polars' (CSV, Parquet).
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("could not write the workbook {path}: {source}")]
    Xlsx {
        path: PathBuf,
        #[source]
        source: rust_xlsxwriter::XlsxError,
    },
}

/// The output formats, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Xlsx,
    Csv,
    Parquet,
    Jsonl,
}

impl OutputFormat {
    pub fn from_path(path: &Path) -> Result<OutputFormat, PublishError> {
        let ext = path.extension().and_then(|e| e.to_str());
        Ok(match ext.map(str::to_ascii_lowercase).as_deref() {
            Some("xlsx") => OutputFormat::Xlsx,
            Some("csv") => OutputFormat::Csv,
            Some("parquet") => OutputFormat::Parquet,
            Some("jsonl") => OutputFormat::Jsonl,
            _ => return Err(PublishError::UnknownFormat(path.to_path_buf())),
        })
    }
}

/// Writes the comparison to `path` in the format its extension names: the
/// workbook, or the period's table.
pub fn write_output(c: &Comparison, path: &Path) -> Result<OutputFormat, PublishError> {
    let format = OutputFormat::from_path(path)?;
    if format != OutputFormat::Xlsx {
        return write_table(&c.table, path);
    }
    let bytes = workbook::xlsx_bytes(c).map_err(|source| PublishError::Xlsx {
        path: path.to_path_buf(),
        source,
    })?;
    atomic_write(path, &bytes)?;
    Ok(format)
}

/// Writes one frame as `.csv`, `.parquet` or `.jsonl` (an `.xlsx` name is
/// refused: the workbook is the whole comparison).
pub fn write_table(t: &DataFrame, path: &Path) -> Result<OutputFormat, PublishError> {
    let (format, mut t, mut bytes) = (OutputFormat::from_path(path)?, t.clone(), Vec::new());
    let written = match format {
        OutputFormat::Xlsx => return Err(PublishError::UnknownFormat(path.to_path_buf())),
        OutputFormat::Jsonl => {
            bytes = jsonl(&t).into_bytes();
            Ok(())
        }
        // The BOM makes Excel read the file as UTF-8.
        OutputFormat::Csv => CsvWriter::new(&mut bytes).include_bom(true).finish(&mut t),
        OutputFormat::Parquet => ParquetWriter::new(&mut bytes).finish(&mut t).map(drop),
    };
    written.map_err(|e| PublishError::Write {
        path: path.to_path_buf(),
        source: e.into(),
    })?;
    atomic_write(path, &bytes)?;
    Ok(format)
}

/// Writes `bytes` to a temporary file beside `path` (removed on failure),
/// then renames it over.
fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    let io = |e: std::io::Error| PublishError::Write {
        path: path.to_path_buf(),
        source: e.into(),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        // As File::create: the umask decides (a NamedTempFile is 0600).
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// One JSON object per row, keys in column order, null where missing.
fn jsonl(t: &DataFrame) -> String {
    let mut out = String::new();
    for i in 0..t.height() {
        let fields: Vec<String> = t
            .columns()
            .iter()
            .map(|c| {
                let v = match cell(c, i) {
                    Cell::Text(v) => serde_json::json!(v),
                    Cell::Int(v) => serde_json::json!(v),
                    Cell::Float(v) => serde_json::json!(v.filter(|x| x.is_finite())),
                };
                format!("{}:{v}", serde_json::json!(c.name().as_str()))
            })
            .collect();
        out.push_str(&format!("{{{}}}\n", fields.join(",")));
    }
    out
}
