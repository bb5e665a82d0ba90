//! Chains the stages for one file: read → normalize → extract → check, into
//! the [`Report`] line of spec/output.md.
//!
//! A file that cannot be read becomes a report with `status: "error"` and a
//! one-sentence Vietnamese reason ([`crate::vi`]), so a batch never stops for
//! one bad file. Panics are caught at two levels with two meanings:
//! - around [`read::read`], whose parsers (pdf-extract, lopdf, zip,
//!   Tesseract through C) meet hostile bytes: a panic there says that the
//!   file's reader crashed, a property of the file;
//! - around extract and check, baocao's own logic on text already read: a
//!   panic there is a bug, and the report says so with the panic's message
//!   and place in the source (see [`crate::panic::install_panic_hook`]),
//!   also logged on stderr.
//!
//! It does not print: what to log comes back in [`Processed::log`].

use crate::model::{Document, Report, Source, SourceKind, Status};
use crate::panic::{PanicReport, caught_panic};
use crate::patterns::Patterns;
use crate::read::{self, ReadError, ReadOptions};
use crate::vi::{self, Stage};
use crate::{check, extract, normalize};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub read: ReadOptions,
    pub patterns: Patterns,
}

/// One report to read: a file, or the page images of one report in page
/// order (see [`group_pages`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub paths: Vec<PathBuf>,
}

impl Input {
    /// The name a report goes by: its file, or its first page's.
    pub fn name(&self) -> String {
        self.paths
            .first()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    }
}

/// One file's report and what the run should log about it.
#[derive(Debug)]
pub struct Processed {
    pub report: Report,
    pub log: Option<Log>,
}

/// A line for stderr, in English (for whoever runs baocao, not the clerk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Log {
    /// The file could not be read: the error with its sources.
    Unreadable(String),
    /// A bug of baocao stopped the file: always shown.
    Bug(String),
}

/// Runs the whole pipeline on one file. Never panics, never fails: failure is
/// a report with status error.
pub fn process(path: &Path, opts: &Options) -> Report {
    process_input(
        &Input {
            paths: vec![path.to_path_buf()],
        },
        opts,
    )
}

/// [`process`] for an input that may be several page images.
pub fn process_input(input: &Input, opts: &Options) -> Report {
    process_logged(input, opts).report
}

/// [`process_input`], with the log line of an input that failed.
pub fn process_logged(input: &Input, opts: &Options) -> Processed {
    process_keeping_text(input, opts).0
}

/// [`process_logged`], also returning the document as read (None when it
/// could not be read), for whoever shows the report's text beside its
/// figures (`review`).
pub fn process_keeping_text(input: &Input, opts: &Options) -> (Processed, Option<Document>) {
    let file = input.name();
    let failed = |reason: String, log: Log| Processed {
        report: Report::failed(file.clone(), reason),
        log: Some(log),
    };
    let doc = match catch_unwind(AssertUnwindSafe(|| read_input(input, &opts.read))) {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => {
            let log = format!("{:#}", crate::error::Chain(&e));
            return (failed(vi::read_error(&e), Log::Unreadable(log)), None);
        }
        Err(payload) => {
            let p = caught_panic(payload.as_ref());
            let e = ReadError::Panicked("file");
            return (
                failed(
                    vi::read_error(&e),
                    Log::Unreadable(format!("the reader panicked: {p}")),
                ),
                None,
            );
        }
    };
    let x = match bug_guard(|| {
        forced_panic("extract");
        extract::extract(&normalize::normalize(&doc, &opts.patterns), &opts.patterns)
    }) {
        Ok(x) => x,
        Err(p) => {
            return (
                failed(
                    vi::internal_error(Stage::Extract, &p),
                    bug(Stage::Extract, &p),
                ),
                Some(doc),
            );
        }
    };
    let review = match bug_guard(|| {
        forced_panic("check");
        check::review(&x)
    }) {
        Ok(f) => f,
        Err(p) => {
            return (
                failed(vi::internal_error(Stage::Check, &p), bug(Stage::Check, &p)),
                Some(doc),
            );
        }
    };
    let mut warnings: Vec<String> = low_confidence_warning(&doc).into_iter().collect();
    warnings.extend(x.notes.iter().cloned());
    if x.figures.is_empty() {
        warnings.push(vi::NO_FIGURES.to_string());
    }
    let report = Report {
        file,
        status: Status::Ok,
        error: None,
        source: Some(Source {
            kind: doc.kind,
            pages: doc.pages.len(),
            files: (input.paths.len() > 1).then(|| {
                input
                    .paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect()
            }),
            ocr: doc.ocr(),
            ocr_confidence: doc.ocr().then(|| {
                doc.pages
                    .iter()
                    .map(|p| p.confidence.map(|c| (c * 10.0).round() / 10.0))
                    .collect()
            }),
            readings: readings(&doc),
        }),
        unit: x.unit,
        period: x.period,
        figures: x.figures,
        findings: review.findings,
        warnings,
        notes: review.notes,
    };
    (Processed { report, log: None }, Some(doc))
}

/// Reads an input into one document: a file as [`read::read`] does, page
/// images one after another (OCR'd in parallel) as the pages of one
/// document. A page that cannot be read fails the whole input, named.
pub fn read_input(input: &Input, opts: &ReadOptions) -> Result<Document, ReadError> {
    use rayon::prelude::*;
    match input.paths.as_slice() {
        [one] => read::read(one, opts),
        paths => {
            let docs: Vec<Result<Document, ReadError>> =
                paths.par_iter().map(|p| read::read(p, opts)).collect();
            let mut pages = Vec::new();
            for (p, d) in paths.iter().zip(docs) {
                let d = d.map_err(|e| ReadError::Page {
                    file: p.display().to_string(),
                    reason: Box::new(e),
                })?;
                pages.extend(d.pages);
            }
            Ok(Document {
                path: paths.first().cloned().unwrap_or_default(),
                kind: SourceKind::ImageOcr,
                pages,
            })
        }
    }
}

/// Which reading each page of a PDF came from, when a text layer was
/// judged (see [`crate::model::Source::readings`]).
fn readings(doc: &Document) -> Option<Vec<String>> {
    use crate::model::LayerChoice;
    doc.pages.iter().any(|p| p.layer.is_some()).then(|| {
        doc.pages
            .iter()
            .map(|p| match (p.layer, p.ocr) {
                (Some(LayerChoice::Kept), _) => "layer-kept",
                (Some(LayerChoice::Replaced), _) => "ocr-over-layer",
                (None, true) => "ocr",
                (None, false) => "text-layer",
            })
            .map(str::to_string)
            .collect()
    })
}

/// The pages whose mean word confidence is under
/// [`read::LOW_OCR_CONFIDENCE`], as a warning for the report.
pub fn low_confidence_warning(doc: &Document) -> Option<String> {
    let low: Vec<String> = doc
        .pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let c = p
                .confidence
                .filter(|&c| p.ocr && c < read::LOW_OCR_CONFIDENCE)?;
            Some(format!("{} ({c:.0})", i + 1))
        })
        .collect();
    (!low.is_empty()).then(|| {
        format!(
            "OCR could not read page {} well (mean word confidence under {:.0}): figures there may be missing or wrong; check against the paper, or scan again at 300 dpi",
            low.join(", "),
            read::LOW_OCR_CONFIDENCE
        )
    })
}

/// Runs one of baocao's own stages; a panic in it is a bug, returned with
/// its message and place so that the file's line can name it.
fn bug_guard<T>(f: impl FnOnce() -> T) -> Result<T, PanicReport> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| caught_panic(payload.as_ref()))
}

fn bug(stage: Stage, p: &PanicReport) -> Log {
    Log::Bug(format!("bug in {stage:?}: {p}; please report it"))
}

/// Test-only hook (debug builds): `BAOCAO_FORCE_PANIC=extract` (or
/// `check`) panics in that stage, so that the tests can see how a bug is
/// reported through the real binary. Release builds have no such hook.
fn forced_panic(stage: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("BAOCAO_FORCE_PANIC").is_ok_and(|v| v == stage) {
        panic!("forced panic in {stage} (BAOCAO_FORCE_PANIC)");
    }
    #[cfg(not(debug_assertions))]
    let _ = stage;
}

/// Expands the command-line paths: files as given, folders walked
/// recursively in sorted order (walkdir, following symbolic links, a loop
/// walked once). Every file of a folder is kept, whatever its extension,
/// so that a report in a format baocao does not read still gets its line
/// saying why; only what is clearly not a document is left out
/// ([`not_a_document`]). A path that does not exist, a dangling link or a
/// folder that cannot be read is kept, so that it gets its error line.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let walk = walkdir::WalkDir::new(p)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !not_a_document(e.file_name()));
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_dir() => {}
                Ok(e) => out.push(e.into_path()),
                // A folder met again through a link: already walked.
                Err(e) if e.loop_ancestor().is_some() => {}
                Err(e) => out.extend(e.path().map(Path::to_path_buf)),
            }
        }
    }
    out
}

/// Names that are not documents: hidden files and folders (`.DS_Store`,
/// `.git`), Office's lock files (`~$bao-cao.docx`, left while a file is
/// open), Windows' thumbnail cache, and JSON data (`baocao extract`'s own
/// results saved beside the reports, a gold file): no ward sends JSON.
fn not_a_document(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    let lower = name.to_ascii_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || lower == "thumbs.db"
        || lower.ends_with(".json")
        || lower.ends_with(".jsonl")
}

/// Expands the command-line paths like [`collect_inputs`], then groups the
/// page images of one report (see [`group_pages`]).
pub fn collect_reports(paths: &[PathBuf]) -> Vec<Input> {
    group_pages(collect_inputs(paths))
}

/// Image files in one folder whose names differ only by a trailing page
/// number — `…_p1.jpg`, `…_p2.jpg`; `… (1).jpg`, `… (2).jpg`; `…-1.png`,
/// `…-2.png` — become one input, in page order, at the place of its first
/// page. The numbers must run from 0 or 1 without a gap, so that files
/// named by year (`…-2024.png`, `…-2025.png`) stay apart. Every other path
/// is an input of its own, in the order given.
pub fn group_pages(paths: Vec<PathBuf>) -> Vec<Input> {
    use std::collections::HashMap;
    // (folder, stem without the number, separator, extension) -> pages.
    let mut groups: HashMap<(PathBuf, String, String), Vec<(u32, usize)>> = HashMap::new();
    for (i, p) in paths.iter().enumerate() {
        if let Some((key, n)) = page_key(p) {
            groups.entry(key).or_default().push((n, i));
        }
    }
    // Index of a grouped path -> the whole group (at its first page), or
    // None for the group's later pages.
    let mut grouped: HashMap<usize, Option<Vec<usize>>> = HashMap::new();
    for mut pages in groups.into_values() {
        pages.sort();
        let first = pages[0].0;
        let runs = pages.len() >= 2
            && first <= 1
            && pages
                .iter()
                .enumerate()
                .all(|(k, &(n, _))| n == first + k as u32);
        if !runs {
            continue;
        }
        let at = pages.iter().map(|&(_, i)| i).min().unwrap_or(0);
        for &(_, i) in &pages {
            grouped.insert(i, None);
        }
        grouped.insert(at, Some(pages.iter().map(|&(_, i)| i).collect()));
    }
    let mut out = Vec::new();
    for i in 0..paths.len() {
        match grouped.get(&i) {
            None => out.push(Input {
                paths: vec![paths[i].clone()],
            }),
            Some(Some(group)) => out.push(Input {
                paths: group.iter().map(|&k| paths[k].clone()).collect(),
            }),
            Some(None) => {}
        }
    }
    out
}

/// An image path's group key and page number, when its name ends in one.
fn page_key(p: &Path) -> Option<((PathBuf, String, String), u32)> {
    let ext = p.extension()?.to_str()?.to_ascii_lowercase();
    if !["png", "jpg", "jpeg", "tif", "tiff"].contains(&ext.as_str()) {
        return None;
    }
    let stem = p.file_stem()?.to_str()?;
    let folder = p.parent().map(Path::to_path_buf).unwrap_or_default();
    let (base, n) = if let Some(inner) = stem.strip_suffix(')') {
        // "… (2)"
        let open = inner.rfind('(')?;
        let n = inner[open + 1..].trim().parse().ok()?;
        (format!("{}()", inner[..open].trim_end()), n)
    } else {
        let digits = stem.len() - stem.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || digits > 3 {
            return None;
        }
        let (head, num) = stem.split_at(stem.len() - digits);
        // "_p2", "-p2", " p2", "_2", "-2", " 2"; "page2" is "p2" too.
        let head = head
            .strip_suffix("page")
            .or_else(|| head.strip_suffix(['p', 'P']))
            .map(|h| (h, "p"))
            .unwrap_or((head, ""));
        let sep = head.0.chars().last()?;
        if !matches!(sep, '_' | '-' | ' ' | '.') {
            return None;
        }
        (format!("{}{}", head.0, head.1), num.parse().ok()?)
    };
    Some(((folder, base, ext), n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: &[Input]) -> Vec<Vec<String>> {
        inputs
            .iter()
            .map(|i| {
                i.paths
                    .iter()
                    .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn page_images_of_one_report_are_grouped_in_page_order() {
        let paths: Vec<PathBuf> = [
            "d/bao-cao_p2.jpg",
            "d/bao-cao_p1.jpg",
            "d/bao-cao.pdf",
            "d/ke-sat (1).png",
            "d/ke-sat (2).png",
            "d/ke-sat (3).png",
            "d/thang-2.png",
            "d/thang-1.png",
            "d/thang-10.png",
            "e/bao-cao_p3.jpg",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let got = names(&group_pages(paths));
        assert_eq!(
            got,
            vec![
                vec!["bao-cao_p1.jpg", "bao-cao_p2.jpg"],
                vec!["bao-cao.pdf"],
                vec!["ke-sat (1).png", "ke-sat (2).png", "ke-sat (3).png"],
                // 1, 2, 10 is not a run of pages: three reports.
                vec!["thang-2.png"],
                vec!["thang-1.png"],
                vec!["thang-10.png"],
                // Another folder: another report.
                vec!["bao-cao_p3.jpg"],
            ]
        );
    }

    #[test]
    fn years_and_lone_pages_are_not_grouped() {
        let paths: Vec<PathBuf> = [
            "x/bc-2024.png",
            "x/bc-2025.png",
            "x/scan_p1.png",
            "x/a1.png",
            "x/a2.png",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(group_pages(paths).len(), 5);
    }
}
