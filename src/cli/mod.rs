//! The command line: one file per subcommand. stdout carries data only;
//! logs and progress go to stderr. Exit codes: 0 ok, 1 findings, 2 error
//! (a file could not be read, or the invocation itself is wrong).

mod check;
mod compare;
mod extract;
mod patterns;
mod text;

use crate::model::{Report, Status};
use crate::ocr::prep::Step;
use crate::patterns::Patterns;
use crate::pipeline::{self, Options};
use crate::read::{OcrMode, ReadOptions};
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "baocao",
    version,
    about = "Reads ward reports (BÁO CÁO), extracts their figures, checks their arithmetic, compares the wards."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract every figure, with provenance, as JSONL (one line per file).
    Extract(extract::ExtractArgs),
    /// Check each report's arithmetic and print the findings.
    Check(check::CheckArgs),
    /// Build the city's table of wards (terminal, .xlsx, .csv, .parquet, .jsonl).
    Compare(compare::CompareArgs),
    /// Work with pattern files: `patterns test [DIR]` runs their examples.
    Patterns(patterns::PatternsArgs),
    /// Print what was read from each file (OCR included), page by page, with
    /// the line numbers that `extract` gives its figures.
    Text(text::TextArgs),
}

/// The inputs and reading options every subcommand shares.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders (walked recursively, in sorted order).
    pub paths: Vec<PathBuf>,
    /// A folder of pattern files that replace the built-in ones of the same name.
    #[arg(long, value_name = "DIR")]
    pub patterns: Option<PathBuf>,
    /// When to OCR PDF pages.
    #[arg(long, value_enum, default_value_t = OcrMode::Auto)]
    pub ocr: OcrMode,
    /// Tesseract language(s) for OCR, e.g. `vie`, `Vietnamese` (the larger
    /// script model) or `vie+Vietnamese`.
    #[arg(long, value_name = "LANG", default_value = "vie")]
    pub ocr_lang: String,
    /// Preprocessing of page images before OCR, comma-separated, in order:
    /// `upscale` (pages under 250 dpi to 300), `background` (paper tone,
    /// shadow and uneven light divided out), `median` (3×3 speck filter).
    /// None by default: on the devset's photocopies each made the OCR worse
    /// (README, "Scans and photos").
    #[arg(long, value_name = "STEPS")]
    pub ocr_prep: Option<String>,
    /// Tesseract's page segmentation mode (3 full layout analysis, 4 one
    /// column of text of varying sizes, 6 one uniform block).
    #[arg(long, value_name = "N", default_value_t = crate::ocr::OcrOptions::default().psm, value_parser = clap::value_parser!(u32).range(3..=13))]
    pub ocr_psm: u32,
    /// Files processed at once (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

impl InputArgs {
    pub fn options(&self) -> Result<Options, String> {
        let patterns = match &self.patterns {
            Some(dir) => Patterns::load_with_overrides(dir).map_err(|e| e.to_string())?,
            None => Patterns::builtin(),
        };
        Ok(Options {
            read: ReadOptions {
                ocr: self.ocr,
                ocr_lang: self.ocr_lang.clone(),
                ocr_psm: self.ocr_psm,
                ocr_prep: std::iter::once(Step::Gray)
                    .chain(
                        self.ocr_prep
                            .as_deref()
                            .map(parse_prep)
                            .transpose()?
                            .into_iter()
                            .flatten(),
                    )
                    .collect(),
                ..ReadOptions::default()
            },
            patterns,
        })
    }

    /// Runs the pipeline over every input, in parallel, reports in input order.
    pub fn run(&self) -> Result<Vec<Report>, String> {
        let mut reports = Vec::new();
        self.run_each(|r| {
            reports.push(r);
            Ok(())
        })?;
        Ok(reports)
    }

    /// Runs the pipeline over every input, in parallel, and hands each report
    /// to `each` in input order as soon as it and those before it are done,
    /// so that a batch's memory does not grow with its length. An error from
    /// `each` (stdout closed) stops the batch.
    pub fn run_each(
        &self,
        mut each: impl FnMut(Report) -> Result<(), String>,
    ) -> Result<(), String> {
        if self.paths.is_empty() {
            return Err("no input: give one or more files or folders".into());
        }
        let opts = self.options()?;
        let inputs = pipeline::collect_reports(&self.paths);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs.unwrap_or(0))
            .build()
            .map_err(|e| e.to_string())?;
        let stop = std::sync::atomic::AtomicBool::new(false);
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Report)>();
        std::thread::scope(|s| {
            s.spawn(|| {
                pool.install(|| {
                    // par_bridge hands out the inputs in order as workers
                    // free up (par_iter would split the list in halves and
                    // the second half would wait in the reorder buffer).
                    inputs
                        .iter()
                        .enumerate()
                        .par_bridge()
                        .for_each_with(tx, |tx, (i, p)| {
                            if !stop.load(std::sync::atomic::Ordering::Relaxed) {
                                let _ = tx.send((i, pipeline::process_input(p, &opts)));
                            }
                        })
                })
            });
            // Reports that finished before an earlier one, by input index.
            let mut early = std::collections::BTreeMap::new();
            let mut next = 0;
            let mut result = Ok(());
            for (i, r) in rx {
                if result.is_err() {
                    continue;
                }
                early.insert(i, r);
                while let Some(r) = early.remove(&next) {
                    next += 1;
                    if let Err(e) = each(r) {
                        stop.store(true, std::sync::atomic::Ordering::Relaxed);
                        result = Err(e);
                        break;
                    }
                }
            }
            result
        })
    }
}

fn parse_prep(s: &str) -> Result<Vec<Step>, String> {
    Step::parse_list(s).ok_or_else(|| format!("{s:?}: the steps are upscale, background, median"))
}

/// Tallies reports for the exit code without keeping them.
#[derive(Debug, Default, Clone, Copy)]
pub struct Outcome {
    pub errors: usize,
    pub with_findings: usize,
}

impl Outcome {
    pub fn add(&mut self, r: &Report) {
        if r.status == Status::Error {
            self.errors += 1;
        } else if !r.findings.is_empty() {
            self.with_findings += 1;
        }
    }

    /// 2 if a file could not be read, 1 if a report has findings, else 0.
    pub fn exit_code(self) -> ExitCode {
        if self.errors > 0 {
            ExitCode::from(2)
        } else if self.with_findings > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// 2 if a file could not be read, 1 if a report has findings, else 0.
pub fn exit_code(reports: &[Report]) -> ExitCode {
    if reports.iter().any(|r| r.status == Status::Error) {
        ExitCode::from(2)
    } else if reports.iter().any(|r| !r.findings.is_empty()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Check(a) => check::run(a),
        Command::Compare(a) => compare::run(a),
        Command::Patterns(a) => patterns::run(a),
        Command::Text(a) => text::run(a),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("baocao: {msg}");
            ExitCode::from(2)
        }
    }
}
