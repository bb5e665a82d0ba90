//! The errors of the `compare` stage: a bad option, or an earlier JSONL that
//! cannot be read (a line of it that is not a report is not an error of the
//! run: it becomes an error row). Never flattened to strings before the CLI
//! prints them. (Writing the comparison is `publish`, with its own errors.)

use polars::prelude::PolarsError;
use std::path::PathBuf;

/// What can go wrong between the reports and the comparison.
#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error(
        "unknown sort column {0:?}; use a column of the table such as received_total, online_rate, errors or unit"
    )]
    UnknownSortColumn(String),
    #[error("could not build the polars table: {0}")]
    Frame(#[from] PolarsError),
    #[error("could not read the results {path}: {source}")]
    ReadResults {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
