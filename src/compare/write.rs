//! Writing the comparison: `.xlsx` (the workbook, `workbook`), `.csv` and
//! `.parquet` (polars), `.jsonl` (serde_json, columns in table order).
//! (Reading an earlier `extract` JSONL back is `input`.) Every file is written to a
//! temporary file in the target's folder, then renamed over it, so a reader
//! never sees half a file.

use super::comparison::Comparison;
use super::error::CompareError;
use super::table::{Cell, cell};
use polars::prelude::{CsvWriter, DataFrame, ParquetWriter, SerWriter};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The output formats, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Xlsx,
    Csv,
    Parquet,
    Jsonl,
}

impl OutputFormat {
    pub fn from_path(path: &Path) -> Result<OutputFormat, CompareError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("xlsx") => Ok(OutputFormat::Xlsx),
            Some("csv") => Ok(OutputFormat::Csv),
            Some("parquet") => Ok(OutputFormat::Parquet),
            Some("jsonl") => Ok(OutputFormat::Jsonl),
            _ => Err(CompareError::UnknownFormat(path.to_path_buf())),
        }
    }
}

/// Writes the comparison to `path` in the format its extension names: the
/// workbook, or the period's table.
pub fn write_output(c: &Comparison, path: &Path) -> Result<OutputFormat, CompareError> {
    let format = OutputFormat::from_path(path)?;
    if format == OutputFormat::Xlsx {
        let bytes = super::workbook::xlsx_bytes(c).map_err(|source| CompareError::Xlsx {
            path: path.to_path_buf(),
            source,
        })?;
        atomic_write(path, |f| {
            f.write_all(&bytes).map_err(|source| CompareError::Io {
                path: path.to_path_buf(),
                source,
            })
        })?;
        return Ok(format);
    }
    write_table(&c.table, path)
}

/// Writes one table as `.csv`, `.parquet` or `.jsonl` (an `.xlsx` name is
/// refused: the workbook is the whole comparison).
pub fn write_table(t: &DataFrame, path: &Path) -> Result<OutputFormat, CompareError> {
    let format = OutputFormat::from_path(path)?;
    let io = |source| CompareError::Io {
        path: path.to_path_buf(),
        source,
    };
    match format {
        OutputFormat::Xlsx => return Err(CompareError::UnknownFormat(path.to_path_buf())),
        OutputFormat::Csv | OutputFormat::Parquet => {
            write_frame(&mut t.clone(), path)?;
        }
        OutputFormat::Jsonl => {
            let text = jsonl(t);
            atomic_write(path, |f| f.write_all(text.as_bytes()).map_err(io))?;
        }
    }
    Ok(format)
}

/// Writes a polars frame as `.csv` (UTF-8 with a BOM) or `.parquet`; any
/// other name is refused ([`CompareError::FrameFormat`]).
pub fn write_frame(df: &mut DataFrame, path: &Path) -> Result<(), CompareError> {
    let io = |source| CompareError::Io {
        path: path.to_path_buf(),
        source,
    };
    let pl = |source| CompareError::Polars {
        path: path.to_path_buf(),
        source,
    };
    match OutputFormat::from_path(path) {
        Ok(OutputFormat::Csv) => atomic_write(path, |f| {
            let mut w = BufWriter::new(f);
            // The BOM makes Excel read the file as UTF-8.
            CsvWriter::new(&mut w)
                .include_bom(true)
                .finish(df)
                .map_err(pl)?;
            // Flushed here: a BufWriter dropped unflushed hides the error
            // (disk full) and the truncated file would be renamed in.
            w.flush().map_err(io)
        }),
        Ok(OutputFormat::Parquet) => atomic_write(path, |f| {
            ParquetWriter::new(f).finish(df).map(|_| ()).map_err(pl)
        }),
        _ => Err(CompareError::FrameFormat(path.to_path_buf())),
    }
}

/// Writes through a temporary file beside `path`, then renames it over.
fn atomic_write(
    path: &Path,
    write: impl FnOnce(&mut File) -> Result<(), CompareError>,
) -> Result<(), CompareError> {
    let io = |source| CompareError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| CompareError::UnknownFormat(path.to_path_buf()))?
        .to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp).map_err(io)?;
        write(&mut f)?;
        f.sync_all().map_err(io)?;
        drop(f);
        std::fs::rename(&tmp, path).map_err(io)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// One JSON object per row, keys in column order, null where missing.
pub fn jsonl(t: &DataFrame) -> String {
    let mut out = String::new();
    for i in 0..t.height() {
        let fields: Vec<String> = t
            .columns()
            .iter()
            .map(|c| {
                let v = match cell(c, i) {
                    Cell::Text(v) => serde_json::to_string(&v),
                    Cell::Int(v) => serde_json::to_string(&v),
                    Cell::Float(v) => serde_json::to_string(&v.filter(|x| x.is_finite())),
                };
                let name = serde_json::to_string(c.name().as_str());
                format!(
                    "{}:{}",
                    name.expect("a string serializes"),
                    v.expect("plain values serialize")
                )
            })
            .collect();
        out.push_str(&format!("{{{}}}\n", fields.join(",")));
    }
    out
}
