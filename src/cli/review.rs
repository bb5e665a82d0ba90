//! `baocao review`: the clerk's desk (issue 25). Reads the reports (or an
//! earlier `extract` JSONL with `--from`, the documents read again for
//! their text), consolidates the period as `compare` does, and writes into
//! DIR the review site (`index.html`, one page per report), the workbook
//! (`tong-hop-<period>.xlsx`), the reports as `extract` prints them
//! (`ket-qua.jsonl`) and, in `DIR/thu/`, the letter to each unit of the
//! period whose report has findings; the OCR'd pages of scanned PDFs as
//! small images in `DIR/anh/`. Logs on stderr; exit 0/1/2 as every
//! subcommand.

use super::progress::Progress;
use super::{InputArgs, Outcome};
use crate::compare::{self, CompareOptions};
use crate::error::Error;
use crate::letter::{self, Date, LetterConfig};
use crate::model::{Nominal, Report};
use crate::pipeline::{self, Input};
use crate::publish;
use crate::review::{self, Reviewed, SiteOptions};
use clap::Args;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub const EXAMPLES: &str = "\
Examples:
  baocao review bao-cao/2026-03/ -o ra-soat/
      the review site (ra-soat/index.html), the workbook and the letters
  baocao review bao-cao/ --period 2026-03 -o ra-soat/ --letter-config van-phong.toml
      one period, the office's name and signer from a TOML file
  baocao extract bao-cao/ > kq.jsonl && baocao review --from kq.jsonl -o ra-soat/
      from an earlier run (the documents are read again for their text)";

#[derive(Debug, Args)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The folder to write the site, the workbook and the letters into.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: PathBuf,
    /// The reporting period to consolidate (2026-03, 2025-q4 …). Default:
    /// the period most units of the input report for.
    #[arg(long, value_name = "PERIOD")]
    pub period: Option<Nominal>,
    /// Build from the JSONL of an earlier `baocao extract` (repeatable);
    /// the documents are read again to show their text.
    #[arg(long, value_name = "RESULTS.JSONL")]
    pub from: Vec<PathBuf>,
    /// The index's title.
    #[arg(long, default_value = "Rà soát báo cáo của các phường, xã, đặc khu")]
    pub title: String,
    /// No workbook in DIR.
    #[arg(long)]
    pub no_workbook: bool,
    /// No letters.
    #[arg(long)]
    pub no_letters: bool,
    /// No images of a scanned PDF's pages beside their OCR'd text (they
    /// are rendered with pdftoppm at 60 dpi into DIR/anh/).
    #[arg(long)]
    pub no_page_images: bool,
    /// Also a short acknowledgement to each unit of the period without findings.
    #[arg(long)]
    pub acknowledge: bool,
    /// A TOML file with the office's details for the letters (authority,
    /// office, code, place, signer_title, signer_name, reply_days).
    #[arg(long, value_name = "FILE")]
    pub letter_config: Option<PathBuf>,
    /// The issuing office (overrides the file).
    #[arg(long, value_name = "NAME")]
    pub office: Option<String>,
    /// The signer's title (overrides the file; `\n` for two lines).
    #[arg(long, value_name = "TITLE")]
    pub signer_title: Option<String>,
    /// The signer's name (overrides the file).
    #[arg(long, value_name = "NAME")]
    pub signer_name: Option<String>,
}

/// Runs the pipeline on every input, keeping each document's text.
fn read_all(input: &InputArgs) -> Result<Vec<Reviewed>, Error> {
    if input.paths.is_empty() {
        return Err(Error::NoInput);
    }
    let opts = input.options()?;
    let inputs = pipeline::collect_reports(&input.paths);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(input.jobs.unwrap_or(0))
        .build()?;
    if input.verbosity() == super::progress::Verbosity::Verbose {
        crate::ocr::worker::show_messages();
    }
    let progress = Progress::new(inputs.len(), input.verbosity());
    let out: Vec<Reviewed> = pool.install(|| {
        inputs
            .par_iter()
            .map(|i| {
                progress.start(i.paths.first().map_or(Path::new(""), |p| p.as_path()));
                let (processed, doc) = pipeline::process_keeping_text(i, &opts);
                progress.done(
                    &processed.report.file,
                    processed.report.error.as_deref(),
                    processed.log.as_ref(),
                );
                Reviewed {
                    report: processed.report,
                    doc,
                    inputs: i.paths.clone(),
                    images: Vec::new(),
                }
            })
            .collect()
    });
    progress.finish();
    Ok(out)
}

/// Reports of an earlier run, their documents read again (in parallel).
fn from_jsonl(args: &ReviewArgs) -> Result<Vec<Reviewed>, Error> {
    let opts = args.input.options()?;
    let mut reports: Vec<Report> = Vec::new();
    for path in &args.from {
        reports.extend(compare::read_jsonl(path)?);
    }
    Ok(reports
        .into_par_iter()
        .map(|report| {
            let paths: Vec<PathBuf> = match report.source.as_ref().and_then(|s| s.files.clone()) {
                Some(files) => files.into_iter().map(PathBuf::from).collect(),
                None => vec![PathBuf::from(&report.file)],
            };
            let doc = (report.status == crate::model::Status::Ok)
                .then(|| {
                    pipeline::read_input(
                        &Input {
                            paths: paths.clone(),
                        },
                        &opts.read,
                    )
                    .ok()
                })
                .flatten();
            Reviewed {
                report,
                doc,
                inputs: paths,
                images: Vec::new(),
            }
        })
        .collect())
}

fn is_image(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .is_some_and(|e| ["png", "jpg", "jpeg", "tif", "tiff"].contains(&e.as_str()))
}

/// The OCR'd pages of a PDF rendered as small JPEGs in `dir/anh/`
/// (`pdftoppm`, poppler-utils); their paths relative to `dir`, empty for
/// pages not OCR'd or not rendered.
fn pdf_page_images(rv: &Reviewed, dir: &Path, stem: &str) -> Vec<String> {
    let (Some(doc), [input]) = (&rv.doc, rv.inputs.as_slice()) else {
        return Vec::new();
    };
    let is_pdf = input
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !is_pdf || !doc.ocr() {
        return Vec::new();
    }
    let folder = dir.join("anh");
    if std::fs::create_dir_all(&folder).is_err() {
        return Vec::new();
    }
    doc.pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if !p.ocr {
                return String::new();
            }
            let n = (i + 1).to_string();
            let out = folder.join(format!("{stem}-p{n}"));
            let ok = std::process::Command::new("pdftoppm")
                .args(["-r", "60", "-jpeg", "-f", &n, "-l", &n, "-singlefile"])
                .arg(input)
                .arg(&out)
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if ok {
                format!("anh/{stem}-p{n}.jpg")
            } else {
                String::new()
            }
        })
        .collect()
}

fn letter_config(args: &ReviewArgs) -> Result<LetterConfig, Error> {
    let mut cfg = match &args.letter_config {
        Some(p) => LetterConfig::load(p)?,
        None => LetterConfig::default(),
    };
    if let Some(o) = &args.office {
        cfg.office = o.clone();
    }
    if let Some(t) = &args.signer_title {
        cfg.signer_title = t.replace("\\n", "\n");
    }
    if let Some(n) = &args.signer_name {
        cfg.signer_name = n.clone();
    }
    Ok(cfg)
}

pub fn run(args: ReviewArgs) -> Result<Outcome, Error> {
    let cfg = letter_config(&args)?;
    let mut reviewed = if args.from.is_empty() {
        read_all(&args.input)?
    } else {
        let mut v = from_jsonl(&args)?;
        if !args.input.paths.is_empty() {
            v.extend(read_all(&args.input)?);
        }
        v
    };
    let dir = &args.output;
    std::fs::create_dir_all(dir).map_err(|e| review::ReviewError::Folder(dir.clone(), e))?;
    // Page images shown beside the OCR'd text: the input images themselves,
    // or a scanned PDF's OCR'd pages rendered small into DIR/anh/.
    let names = review::page_names(&reviewed);
    reviewed
        .par_iter_mut()
        .zip(names.par_iter())
        .for_each(|(rv, name)| {
            if rv.inputs.iter().all(|p| is_image(p)) {
                rv.images = rv
                    .inputs
                    .iter()
                    .map(|p| review::html::relative(dir, p))
                    .collect();
            } else if !args.no_page_images {
                rv.images = pdf_page_images(rv, dir, name.trim_end_matches(".html"));
            }
        });
    let reports: Vec<Report> = reviewed.iter().map(|r| r.report.clone()).collect();
    let c = compare::compare(
        &reports,
        &CompareOptions {
            period: args.period,
            units: compare::city_units(),
            ..CompareOptions::default()
        },
    )?;
    match c.period {
        Some(p) => eprintln!("review: period {p} ({})", p.label_vi()),
        None => eprintln!("review: no report names its period; every report is in"),
    }
    // The reports as `extract` prints them, beside the site (for
    // `compare --from`, and for checking the pages against them).
    let mut jsonl = String::new();
    for r in &reports {
        jsonl.push_str(&serde_json::to_string(r).unwrap_or_default());
        jsonl.push('\n');
    }
    let results = dir.join("ket-qua.jsonl");
    std::fs::write(&results, jsonl).map_err(|e| review::ReviewError::Write(results, e))?;
    let workbook = (!args.no_workbook).then(|| {
        c.period
            .map(|p| format!("tong-hop-{p}.xlsx"))
            .unwrap_or_else(|| "tong-hop.xlsx".to_string())
    });
    if let Some(w) = &workbook {
        publish::write_output(&c, &dir.join(w))?;
    }
    let letters = if args.no_letters {
        HashMap::new()
    } else {
        write_letters(&reviewed, &c, &cfg, dir, args.acknowledge)?
    };
    let t0 = std::time::Instant::now();
    let written = review::write_site(
        &reviewed,
        &c,
        &SiteOptions {
            dir: dir.clone(),
            title: args.title.clone(),
            workbook,
            letters,
        },
    )?;
    eprintln!(
        "review: wrote {} pages ({:.1} MB) in {:.2} s to {}; {}/{} units reported",
        written.pages,
        written.bytes as f64 / 1e6,
        t0.elapsed().as_secs_f64(),
        dir.join("index.html").display(),
        c.units_reporting,
        c.units_total
    );
    Ok(Outcome::of(&reports))
}

/// The files of the reports that stand for a unit in the period's table
/// (row kind `ward`): only they get a letter.
fn period_files(c: &compare::Comparison) -> Vec<String> {
    let t = &c.table;
    (0..t.height())
        .filter(|&i| publish::text(t, "row_kind", i) == Some("ward"))
        .filter_map(|i| publish::text(t, "file", i).map(str::to_string))
        .collect()
}

fn write_letters(
    reviewed: &[Reviewed],
    c: &compare::Comparison,
    cfg: &LetterConfig,
    dir: &Path,
    acknowledge: bool,
) -> Result<HashMap<String, String>, Error> {
    let files = period_files(c);
    let thu = dir.join("thu");
    std::fs::create_dir_all(&thu).map_err(|e| review::ReviewError::Folder(thu.clone(), e))?;
    let today = Date::today();
    let mut out = HashMap::new();
    let mut taken = std::collections::HashSet::new();
    for rv in reviewed.iter().filter(|rv| files.contains(&rv.report.file)) {
        if rv.report.findings.is_empty() && !acknowledge {
            continue;
        }
        let l = letter::compose(&rv.report, rv.doc.as_ref(), cfg, today);
        let stem = letter::file_stem(&rv.report);
        let mut name = format!("{stem}.docx");
        let mut k = 2;
        while !taken.insert(name.clone()) {
            name = format!("{stem}-{k}.docx");
            k += 1;
        }
        letter::write_letter(&l, &thu.join(&name))?;
        out.insert(rv.report.file.clone(), format!("thu/{name}"));
    }
    eprintln!("review: wrote {} letters to {}", out.len(), thu.display());
    Ok(out)
}
