//! The command line: one file per subcommand. stdout carries data only;
//! logs and progress go to stderr. Each subcommand's `run` returns the
//! [`Outcome`] of its reports or the [`Error`] that stopped it; [`main`]
//! alone turns that into the exit code: 0 ok, 1 findings, 2 error (a file
//! could not be read, or the run itself failed); standard output closed
//! by its reader (`| head`) ends the run quietly with 0.

mod check;
mod compare;
mod extract;
mod patterns;
mod progress;
mod review;
mod text;

use crate::error::{Chain, Error};
use crate::model::{Report, Status};
use crate::ocr::prep::Step;
use crate::patterns::Patterns;
use crate::pipeline::{self, Options};
use crate::read::{self, OcrMode, ReadOptions};
use clap::{Args, Parser, Subcommand};
use progress::{Progress, Verbosity};
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
    #[command(after_help = extract::EXAMPLES)]
    Extract(extract::ExtractArgs),
    /// Check each report's arithmetic and print the findings.
    #[command(after_help = check::EXAMPLES)]
    Check(check::CheckArgs),
    /// Build the city's table of wards (terminal, .xlsx, .csv, .parquet, .jsonl).
    #[command(after_help = compare::EXAMPLES)]
    Compare(compare::CompareArgs),
    /// Work with pattern files: `patterns test [DIR]` runs their examples.
    #[command(after_help = patterns::EXAMPLES)]
    Patterns(patterns::PatternsArgs),
    /// Write the review site (a page per report, the index), the workbook
    /// and the letters to the wards into a folder.
    #[command(after_help = review::EXAMPLES)]
    Review(review::ReviewArgs),
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
    /// (docs/scans.md).
    #[arg(long, value_name = "STEPS")]
    pub ocr_prep: Option<String>,
    /// Tesseract's page segmentation mode (3 full layout analysis, 4 one
    /// column of text of varying sizes, 6 one uniform block).
    #[arg(long, value_name = "N", default_value_t = crate::ocr::OcrOptions::default().psm, value_parser = clap::value_parser!(u32).range(3..=13))]
    pub ocr_psm: u32,
    /// Largest image read, in millions of pixels (width × height, from the
    /// header before decoding); a bigger one is refused.
    #[arg(
        long,
        value_name = "MEGAPIXELS",
        env = "BAOCAO_MAX_MEGAPIXELS",
        default_value_t = 100
    )]
    pub max_megapixels: u64,
    /// Files processed at once (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// No progress bar and no per-file status lines on stderr.
    #[arg(long, short = 'q', conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print, for each file that cannot be read, the error with its
    /// causes (English, for whoever maintains baocao).
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

impl InputArgs {
    fn verbosity(&self) -> Verbosity {
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (false, true) => Verbosity::Verbose,
            (false, false) => Verbosity::Normal,
        }
    }

    pub fn options(&self) -> Result<Options, Error> {
        let patterns = match &self.patterns {
            Some(dir) => Patterns::load_with_overrides(dir)?,
            None => Patterns::builtin(),
        };
        Ok(Options {
            read: ReadOptions {
                ocr: self.ocr,
                ocr_lang: self.ocr_lang.clone(),
                ocr_psm: self.ocr_psm,
                max_image_pixels: self.max_megapixels.saturating_mul(1_000_000),
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
    pub fn run(&self) -> Result<Vec<Report>, Error> {
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
    /// `each` (stdout closed) stops the batch. Progress and the status line
    /// of each file that failed go to stderr ([`progress`]).
    pub fn run_each(&self, mut each: impl FnMut(Report) -> Result<(), Error>) -> Result<(), Error> {
        if self.paths.is_empty() {
            return Err(Error::NoInput);
        }
        let opts = self.options()?;
        let inputs = pipeline::collect_reports(&self.paths);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs.unwrap_or(0))
            .build()?;
        // libtesseract's own messages ("Image too small to scale!!") only
        // with --verbose: the OCR workers' stderr is dropped otherwise.
        if self.verbosity() == Verbosity::Verbose {
            crate::ocr::worker::show_messages();
        }
        let progress = Progress::new(inputs.len(), self.verbosity());
        let stop = std::sync::atomic::AtomicBool::new(false);
        let (tx, rx) = std::sync::mpsc::channel::<(usize, pipeline::Processed)>();
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
                                progress.start(
                                    p.paths
                                        .first()
                                        .map_or(std::path::Path::new(""), |f| f.as_path()),
                                );
                                let _ = tx.send((i, pipeline::process_logged(p, &opts)));
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
                while let Some(pipeline::Processed { report, log }) = early.remove(&next) {
                    next += 1;
                    progress.done(&report.file, report.error.as_deref(), log.as_ref());
                    if let Err(e) = each(report) {
                        stop.store(true, std::sync::atomic::Ordering::Relaxed);
                        result = Err(e);
                        break;
                    }
                }
            }
            progress.finish();
            result
        })
    }
}

fn parse_prep(s: &str) -> Result<Vec<Step>, Error> {
    Step::parse_list(s).ok_or_else(|| Error::OcrPrep {
        given: s.to_string(),
    })
}

/// What a subcommand's run amounts to, for the exit code: tallies its
/// reports (or pattern examples) without keeping them.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Files that could not be read.
    pub errors: usize,
    /// Reports with findings (or pattern examples that fail).
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

    pub fn of(reports: &[Report]) -> Outcome {
        let mut o = Outcome::default();
        reports.iter().for_each(|r| o.add(r));
        o
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // The PDF reader's poppler helper is installed beside this program.
    if let Ok(exe) = std::env::current_exe() {
        read::enable_pdf_words(&exe);
    }
    let result = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Check(a) => check::run(a),
        Command::Compare(a) => compare::run(a),
        Command::Patterns(a) => patterns::run(a),
        Command::Review(a) => review::run(a),
        Command::Text(a) => text::run(a),
    };
    read::release_pdf_words();
    crate::ocr::worker::release();
    exit_code(result)
}

/// The one place a run becomes its exit code: 2 if it failed or a file
/// could not be read, 1 if a report has findings, else 0; a closed stdout
/// is not a failure (0, nothing printed). The error is printed with its
/// whole chain of causes.
pub fn exit_code(result: Result<Outcome, Error>) -> ExitCode {
    match result {
        Ok(o) if o.errors > 0 => ExitCode::from(2),
        Ok(o) if o.with_findings > 0 => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("baocao: {:#}", Chain(&e));
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes() {
        let ok = Outcome::default();
        let found = Outcome {
            errors: 0,
            with_findings: 3,
        };
        let failed = Outcome {
            errors: 1,
            with_findings: 3,
        };
        assert_eq!(exit_code(Ok(ok)), ExitCode::SUCCESS);
        assert_eq!(exit_code(Ok(found)), ExitCode::from(1));
        assert_eq!(exit_code(Ok(failed)), ExitCode::from(2));
        assert_eq!(exit_code(Err(Error::NoInput)), ExitCode::from(2));
        let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert_eq!(exit_code(Err(Error::Stdout(pipe))), ExitCode::SUCCESS);
    }
}
