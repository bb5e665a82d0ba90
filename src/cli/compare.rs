//! `baocao compare`: the city's table of one reporting period (issues 5, 13).
//!
//! Runs the pipeline over the inputs (or reads an earlier `extract` JSONL
//! with `--from`), consolidates one nominal period (`--period`, else the
//! most common one, said on stderr) over the city's 114 units, and prints
//! the terminal table, or writes the file `-o` names (.xlsx, .csv,
//! .parquet, .jsonl). `--trend` prints (or writes) unit × period instead.
//! Logs go to stderr; exit 0/1/2 as every subcommand.

use super::{InputArgs, Outcome};
use crate::compare::{self, CompareError, CompareOptions};
use crate::error::Error;
use crate::model::{Nominal, Report};
use crate::publish::{self, OutputFormat, PublishError};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

pub const EXAMPLES: &str = "\
Examples:
  baocao compare bao-cao-thang-10/
      the city's table of the month on the terminal
  baocao compare bao-cao/ --period 2025-q3 -o tong-hop-quy-3.xlsx
      the workbook of the third quarter (summary, findings, figures, charts)
  baocao extract bao-cao/ > ket-qua.jsonl && baocao compare --from ket-qua.jsonl --sort late_rate
      read once, compare later; a line of ket-qua.jsonl that is not a report
      becomes an error row naming its line
  baocao compare bao-cao/ --trend -o xu-huong.csv
      unit × period over every period of the input
  baocao compare --from ket-qua.jsonl --figures so-lieu.parquet
      also every figure as one long table, for polars or pandas";

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
    /// Keep only the most recent data window of each unit (when no report
    /// names its period).
    #[arg(long)]
    pub latest: bool,
    /// The reporting period to consolidate: 2025-10 (a month), 2025-q4,
    /// 2025-h1, 2025-h2, 2025-9m, 2025. Default: the period most units of
    /// the input report for.
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<Nominal>,
    /// The trend over every period of the input (unit × period, and the
    /// city's series): printed, or with -o .csv/.parquet/.jsonl written
    /// instead of the period's table; a workbook always has it as a sheet
    /// when the input spans several periods.
    #[arg(long)]
    pub trend: bool,
    /// Also write every figure of the reports as one long table, .parquet
    /// or .csv (one row per figure: report, unit, period, data window,
    /// source, scope, key, value, pct, of, status, certain, raw text, page,
    /// line, pattern): the data for polars or pandas.
    #[arg(long, value_name = "FILE")]
    pub figures: Option<PathBuf>,
    /// Build the table from the JSONL of an earlier `baocao extract`
    /// (repeatable; `-` reads standard input) instead of reading documents.
    #[arg(long, value_name = "RESULTS.JSONL")]
    pub from: Vec<PathBuf>,
}

pub fn run(args: CompareArgs) -> Result<Outcome, Error> {
    // Refuse a bad -o or --sort before the (possibly long) pipeline run.
    if let Some(out) = &args.output {
        OutputFormat::from_path(out)?;
    }
    if let Some(f) = &args.figures
        && !matches!(
            OutputFormat::from_path(f),
            Ok(OutputFormat::Csv | OutputFormat::Parquet)
        )
    {
        return Err(PublishError::FrameFormat(f.clone()).into());
    }
    if let Some(col) = &args.sort
        && !compare::column_names().iter().any(|c| c == col)
    {
        return Err(CompareError::UnknownSortColumn(col.clone()).into());
    }
    let mut reports: Vec<Report> = Vec::new();
    for path in &args.from {
        let rs = compare::read_jsonl(path)?;
        let bad = rs
            .iter()
            .filter(|r| r.status == crate::model::Status::Error)
            .count();
        eprintln!(
            "compare: {} reports read from {} ({bad} with status error)",
            rs.len(),
            path.display()
        );
        if !args.input.quiet {
            for r in rs.iter().filter(|r| r.error.is_some()) {
                eprintln!(
                    "baocao: {}: {}",
                    r.file,
                    r.error.as_deref().unwrap_or_default()
                );
            }
        }
        reports.extend(rs);
    }
    if args.from.is_empty() || !args.input.paths.is_empty() {
        reports.extend(args.input.run()?);
    }
    let opts = CompareOptions {
        latest: args.latest,
        sort: args.sort.clone(),
        period: args.period,
        units: compare::city_units(),
        trend: args.trend,
    };
    let c = compare::compare(&reports, &opts)?;
    if let Some(path) = &args.figures {
        let long = compare::figures_frame(&reports)?;
        publish::write_table(&long, path)?;
        eprintln!(
            "compare: wrote the {} figures of the {} reports to {}",
            long.height(),
            reports.len(),
            path.display()
        );
    }
    let count = |k: &str| {
        (0..c.table.height())
            .filter(|&i| publish::text(&c.table, "row_kind", i) == Some(k))
            .count()
    };
    match c.period {
        Some(p) if c.period_auto => {
            let others: Vec<String> = c
                .periods
                .iter()
                .filter(|&&x| x != p)
                .map(|x| x.to_string())
                .collect();
            eprintln!(
                "compare: period {p} ({}), the most common of the input; choose another with --period{}",
                p.label_vi(),
                if others.is_empty() {
                    String::new()
                } else {
                    format!(" (also in the input: {})", others.join(", "))
                }
            );
        }
        Some(p) => eprintln!("compare: period {p} ({})", p.label_vi()),
        None => eprintln!(
            "compare: no report names its period in its title; one row per unit and data window, the city counts each unit's latest"
        ),
    }
    eprintln!(
        "compare: {} reports → {}/{} units reported, {} missing, {} duplicate rows, {} reports of other periods listed apart, {} unidentified files; {} renders folded into also_in",
        reports.len(),
        c.units_reporting,
        c.units_total,
        count("missing"),
        c.duplicates,
        c.other.height(),
        count("unidentified"),
        c.folded
    );
    match (&args.output, &c.trend) {
        (Some(path), Some(t))
            if args.trend && OutputFormat::from_path(path).ok() != Some(OutputFormat::Xlsx) =>
        {
            publish::write_table(&t.units, path)?;
            eprintln!("compare: wrote the trend to {}", path.display());
        }
        (Some(path), _) => {
            publish::write_output(&c, path)?;
            eprintln!("compare: wrote {}", path.display());
        }
        (None, Some(t)) if args.trend => print_out(&publish::terminal_trend(t))?,
        (None, _) => {
            let of = c
                .period
                .map(|p| format!("Kỳ {}: ", p.label_vi()))
                .unwrap_or_default();
            print_out(&format!(
                "{of}{}\n{}",
                publish::summary_line(&c),
                publish::terminal_table(&c.table)
            ))?;
        }
    }
    Ok(Outcome::of(&reports))
}

/// Writes to stdout; a closed pipe is an error the exit code turns into a
/// quiet 0 (print! would panic).
fn print_out(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(Error::Stdout)
}
