//! The errors of the `compare` stage: a bad option, a file that cannot be
//! written or an earlier JSONL that cannot be read (a line of it that is not a
//! report is not an error of the run: it becomes an error row). Never flattened to
//! strings before the CLI prints them.

use polars::prelude::PolarsError;
use std::path::PathBuf;

/// What can go wrong between the reports and the written table.
#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error(
        "unknown sort column {0:?}; use a column of the table such as received_total, online_rate, errors or unit"
    )]
    UnknownSortColumn(String),
    #[error("{0}: unknown output format; the name must end in .xlsx, .csv, .parquet or .jsonl")]
    UnknownFormat(PathBuf),
    #[error("{0}: the figures are written as .parquet or .csv")]
    FrameFormat(PathBuf),
    #[error("could not build the polars table: {0}")]
    Frame(#[source] PolarsError),
    #[error("could not write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not write the workbook {path}: {source}")]
    Xlsx {
        path: PathBuf,
        #[source]
        source: rust_xlsxwriter::XlsxError,
    },
    #[error("could not write {path}: {source}")]
    Polars {
        path: PathBuf,
        #[source]
        source: PolarsError,
    },
    #[error("could not read the results {path}: {source}")]
    ReadResults {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
