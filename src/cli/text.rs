//! `baocao text`: what baocao read from each file, page by page, each line
//! with the number that a figure's `line` in `extract` refers to (1-based,
//! counted across the pages), so a clerk can check a figure against its
//! line and anyone can see what the OCR made of a scan.
//!
//! Table rows are printed with their cells joined by ` | `. A page read by
//! OCR says so in its header, with Tesseract's mean word confidence. This
//! does not extract or check anything.

use super::{InputArgs, Outcome};
use crate::error::Error;
use crate::model::Document;
use crate::pipeline;
use crate::read;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct TextArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

/// Prints each input's pages in input order; a file that cannot be read is
/// named on stderr and makes the exit code 2.
pub fn run(args: TextArgs) -> Result<Outcome, Error> {
    if args.input.paths.is_empty() {
        return Err(Error::NoInput);
    }
    let opts = args.input.options()?;
    let mut outcome = Outcome::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for input in pipeline::collect_reports(&args.input.paths) {
        let name = input
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" + ");
        match pipeline::read_input(&input, &opts.read) {
            Ok(doc) => write_document(&mut out, &name, &doc),
            Err(e) => {
                outcome.errors += 1;
                let why = crate::vi::read_error(&e);
                eprintln!("baocao: {name}: {why}");
                writeln!(out, "==> {name}: lỗi: {why}")
            }
        }
        .and_then(|_| out.flush())
        .map_err(Error::Stdout)?;
    }
    Ok(outcome)
}

/// The header line of each page names the page and how it was read.
pub fn write_document(out: &mut impl Write, name: &str, doc: &Document) -> std::io::Result<()> {
    let pages = doc.pages.len();
    writeln!(
        out,
        "==> {name} ({}, {pages} page{})",
        doc.kind.as_str(),
        if pages == 1 { "" } else { "s" }
    )?;
    let mut n = 0usize;
    for (i, page) in doc.pages.iter().enumerate() {
        let how = match (page.ocr, page.confidence) {
            (false, _) => "text".to_string(),
            (true, Some(c)) => format!("OCR, mean word confidence {c:.1}"),
            (true, None) => "OCR, too few words to judge the confidence".to_string(),
        };
        let low = page
            .confidence
            .is_some_and(|c| c < read::LOW_OCR_CONFIDENCE);
        writeln!(
            out,
            "--- page {} ({how}){}",
            i + 1,
            if low {
                " — read poorly, check it"
            } else {
                ""
            }
        )?;
        for line in &page.lines {
            n += 1;
            writeln!(out, "{n:5}  {}", line.replace('\t', " | "))?;
        }
    }
    Ok(())
}
