//! `baocao compare`: the city's table of wards (issue 5).
//!
//! Runs the pipeline over the inputs (or reads an earlier `extract` JSONL
//! with `--from`), folds the reports into one row per (unit, period) and
//! prints the terminal table, or writes the file `-o` names (.xlsx, .csv,
//! .parquet, .jsonl). Logs go to stderr; exit 0/1/2 as every subcommand.

use super::InputArgs;
use crate::compare::{self, CompareOptions, OutputFormat};
use crate::model::Report;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write the table to FILE instead of printing it; the extension picks
    /// the format: .xlsx (workbook with findings and figures), .csv (UTF-8
    /// with BOM), .parquet, .jsonl.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Sort the rows by this column (e.g. received_total, online_rate,
    /// late_rate, errors, unit): numbers largest first, missing last; text
    /// A→Z. Default: by unit, then period.
    #[arg(long, value_name = "KEY")]
    pub sort: Option<String>,
    /// Keep only the most recent period of each unit.
    #[arg(long)]
    pub latest: bool,
    /// Build the table from the JSONL of an earlier `baocao extract`
    /// (repeatable; `-` reads standard input) instead of reading documents.
    #[arg(long, value_name = "RESULTS.JSONL")]
    pub from: Vec<PathBuf>,
}

pub fn run(args: CompareArgs) -> Result<ExitCode, String> {
    // Refuse a bad -o or --sort before the (possibly long) pipeline run.
    if let Some(out) = &args.output {
        OutputFormat::from_path(out).map_err(|e| e.to_string())?;
    }
    if let Some(col) = &args.sort
        && !compare::column_names().iter().any(|c| c == col)
    {
        return Err(compare::CompareError::UnknownSortColumn(col.clone()).to_string());
    }
    let mut reports: Vec<Report> = Vec::new();
    for path in &args.from {
        let rs = compare::read_jsonl(path).map_err(|e| e.to_string())?;
        eprintln!("compare: {} reports read from {}", rs.len(), path.display());
        reports.extend(rs);
    }
    if args.from.is_empty() || !args.input.paths.is_empty() {
        reports.extend(args.input.run()?);
    }
    let opts = CompareOptions {
        latest: args.latest,
        sort: args.sort.clone(),
    };
    let c = compare::compare(&reports, &opts).map_err(|e| e.to_string())?;
    let kinds = c.table.column("row_kind");
    let count = |k: &str| {
        kinds.map_or(0, |col| {
            (0..c.table.height())
                .filter(|&i| col.values.text(i) == Some(k))
                .count()
        })
    };
    eprintln!(
        "compare: {} reports → {} unit rows, {} unidentified files; {} duplicate files folded into also_in",
        reports.len(),
        count("ward"),
        count("unidentified"),
        c.folded
    );
    match &args.output {
        Some(path) => {
            compare::write_output(&c, path).map_err(|e| e.to_string())?;
            eprintln!("compare: wrote {}", path.display());
        }
        None => print!("{}", compare::terminal_table(&c.table)),
    }
    Ok(super::exit_code(&reports))
}
