//! Chains the stages for one file: read → normalize → extract → check, into
//! the [`Report`] line of spec/output.md.
//!
//! A file that cannot be read becomes a report with `status: "error"` and a
//! one-sentence reason; a panic in a third-party parser is caught here, so a
//! batch never stops for one bad file.

use crate::model::{Document, Report, Source, SourceKind, Status};
use crate::patterns::Patterns;
use crate::read::{self, ReadError, ReadOptions};
use crate::{check, extract};
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
    let file = input.name();
    match catch_unwind(AssertUnwindSafe(|| process_inner(input, opts))) {
        Ok(report) => report,
        Err(_) => Report::failed(file, "an internal error stopped the reading of this file"),
    }
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

fn process_inner(input: &Input, opts: &Options) -> Report {
    let file = input.name();
    let doc = match read_input(input, &opts.read) {
        Ok(doc) => doc,
        Err(e) => return Report::failed(file, e.to_string()),
    };
    let x = extract::extract(&doc, &opts.patterns);
    let findings = check::check(&x);
    let mut warnings: Vec<String> = low_confidence_warning(&doc).into_iter().collect();
    warnings.extend(x.notes.iter().cloned());
    if x.figures.is_empty() {
        warnings.push("no figure found: the document does not look like a ward report".to_string());
    }
    Report {
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
        }),
        unit: x.unit,
        period: x.period,
        figures: x.figures,
        findings,
        warnings,
    }
}

/// Expands the command-line paths: files as given, folders walked
/// recursively in sorted order keeping the files with a known extension.
/// A path that does not exist is kept, so that it gets its error line.
pub fn collect_inputs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut seen = std::collections::HashSet::new();
            walk(p, &mut out, &mut seen);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut std::collections::HashSet<PathBuf>) {
    // Canonical paths guard against symlink loops.
    let Ok(canon) = dir.canonicalize() else {
        out.push(dir.to_path_buf());
        return;
    };
    if !seen.insert(canon) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, seen);
        } else if has_known_extension(&p) || (p.is_symlink() && !p.exists()) {
            out.push(p);
        }
    }
}

fn has_known_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .map(|e| read::EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        .unwrap_or(false)
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
