//! `baocao check`: each report's findings as Vietnamese sentences.
//!
//! Text (default): per report a header line, one line per finding with the
//! numbers and the lines it rests on, and a one-line summary; then a summary
//! of the batch. JSONL: one object per report, `{file, status, error, unit,
//! period, findings}` with the findings as in spec/output.md.
//! Exit code: 0 nothing found, 1 findings, 2 a file could not be read.

use super::{InputArgs, Outcome};
use crate::check::text::write_text;
use crate::error::Error;
use crate::model::{Finding, Report, Status};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  baocao check bao-cao/
      the findings of every report of the folder, in Vietnamese
  baocao check --format jsonl bao-cao/ > phat-hien.jsonl
      one JSON line per report with its findings
  baocao check -v phuong-a.pdf
      also the technical cause when the file cannot be read";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Jsonl,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// The files that cannot be read are named on stderr as they come (see
/// `cli::progress`) and in the text's per-report status.
pub fn run(args: CheckArgs) -> Result<Outcome, Error> {
    let reports = args.input.run()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        Format::Text => write_text(&mut out, &reports),
        Format::Jsonl => write_jsonl(&mut out, &reports),
    };
    written.and_then(|_| out.flush()).map_err(Error::Stdout)?;
    Ok(Outcome::of(&reports))
}

#[derive(Serialize)]
struct CheckLine<'a> {
    file: &'a str,
    status: Status,
    error: Option<&'a str>,
    unit: Option<&'a crate::model::Unit>,
    period: Option<&'a crate::model::Period>,
    findings: &'a [Finding],
    /// Contradictions under one reading only ("cần xem lại"): not findings.
    #[serde(skip_serializing_if = "<[Finding]>::is_empty")]
    notes: &'a [Finding],
}

pub fn write_jsonl(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    for r in reports {
        let line = CheckLine {
            file: &r.file,
            status: r.status,
            error: r.error.as_deref(),
            unit: r.unit.as_ref(),
            period: r.period.as_ref(),
            findings: &r.findings,
            notes: &r.notes,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
