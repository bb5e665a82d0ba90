//! `baocao extract`: every figure with provenance, one JSONL line per file
//! (spec/output.md), or a readable terminal table of the same.

use super::{InputArgs, Outcome};
use crate::error::Error;
use crate::model::{Figure, Report};
use clap::{Args, ValueEnum};
use std::io::Write;

pub const EXAMPLES: &str = "\
Examples:
  baocao extract bao-cao/ > ket-qua.jsonl
      every report of the folder (and its subfolders), one JSON line each
  baocao extract --format table phuong-a.docx
      the figures of one report, as a table to read
  baocao extract -q --ocr never bao-cao/*.pdf
      text-layer PDFs only, no OCR, no progress bar";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Jsonl,
    Table,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
}

/// Writes each report's line as soon as it and the ones before it are done
/// (input order), so memory stays flat however long the batch; a file that
/// could not be read is also named on stderr, as it comes.
pub fn run(args: ExtractArgs) -> Result<Outcome, Error> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut outcome = Outcome::default();
    args.input.run_each(|r| {
        let one = std::slice::from_ref(&r);
        match args.format {
            Format::Jsonl => write_jsonl(&mut out, one),
            Format::Table => write_table(&mut out, one),
        }
        .and_then(|_| out.flush())
        .map_err(Error::Stdout)?;
        outcome.add(&r);
        Ok(())
    })?;
    Ok(outcome)
}

pub fn write_jsonl(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    for r in reports {
        serde_json::to_writer(&mut *out, r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    for r in reports {
        writeln!(out, "== {}", r.file)?;
        if let Some(e) = &r.error {
            writeln!(out, "   lỗi: {e}")?;
            continue;
        }
        let unit = r
            .unit
            .as_ref()
            .map(|u| format!("{} {}", u.kind.label_vi(), u.name))
            .unwrap_or_else(|| "(không rõ đơn vị)".into());
        let period = r
            .period
            .as_ref()
            .map(|p| {
                format!(
                    "{} → {}",
                    p.start.as_deref().unwrap_or("?"),
                    p.end.as_deref().unwrap_or("?")
                )
            })
            .unwrap_or_else(|| "(không rõ kỳ)".into());
        writeln!(out, "   {unit}, {period}")?;
        writeln!(
            out,
            "   {:<24} {:<38} {:>8} {:>8} {:>7} {:>5}",
            "scope", "key", "value", "pct", "of", "line"
        )?;
        for f in &r.figures {
            writeln!(out, "   {}", table_row(f))?;
        }
        for w in &r.warnings {
            writeln!(out, "   ! {w}")?;
        }
        for f in &r.findings {
            writeln!(out, "   ✗ [{}] {}", f.rule.as_str(), f.message)?;
        }
    }
    Ok(())
}

fn table_row(f: &Figure) -> String {
    let scope: String = f.scope.to_string().chars().take(24).collect();
    let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    format!(
        "{:<24} {:<38} {:>8} {:>8} {:>7} {:>5}",
        scope,
        f.key.as_str(),
        opt(f.value.map(|v| v.to_string())),
        opt(f.pct.map(|v| format!("{v}%"))),
        opt(f.of.map(|v| v.to_string())),
        f.line
    )
}
