//! The `review` stage: reports with the text they were read from in, a
//! static site out (issue 25) — `index.html` for the period and one page
//! per report, for a clerk to check each figure and finding against its
//! line in a browser, with no server and no network.
//!
//! Takes [`Reviewed`] reports (the report, its document as read, its input
//! files) and the [`Comparison`] of `compare`; writes the pages, `site.css`
//! and `site.js` into a folder. Every text from a report is escaped
//! ([`html::esc`]), each page carries a Content-Security-Policy that
//! allows only the site's own script and style, and links to original
//! files are relative. It does not read documents, extract or check: the
//! figures, findings and rows come from the stages before. The markup that
//! tests may rely on is documented in `docs/review-site.md`.

pub mod html;
pub mod index;
pub mod items;
pub mod marks;
pub mod page;

use crate::compare::Comparison;
use crate::model::{Document, Report};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One report with what its page shows beside it.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub report: Report,
    /// The document as read; None when it could not be read (or, with
    /// `--from`, not read again).
    pub doc: Option<Document>,
    /// The input file(s) of the report (page images: one per page).
    pub inputs: Vec<PathBuf>,
    /// Images of the pages, relative to the site (the input images, or a
    /// scanned PDF's pages rendered), shown beside the OCR'd text; empty
    /// strings for pages without one.
    pub images: Vec<String>,
}

/// Why the site could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("cannot create the folder {0}")]
    Folder(PathBuf, #[source] std::io::Error),
    #[error("cannot write {0}")]
    Write(PathBuf, #[source] std::io::Error),
}

/// What was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub pages: usize,
    pub bytes: u64,
}

pub const SITE_CSS: &str = include_str!("assets/site.css");
pub const SITE_JS: &str = include_str!("assets/site.js");

/// The page file of each report, named after its file (`x.docx` →
/// `x.docx.html`), characters outside letters, digits, `.`, `-`, `_`
/// replaced by `_`, made unique with `-2`, `-3` …
pub fn page_names(reports: &[Reviewed]) -> Vec<String> {
    let mut taken: HashSet<String> = ["index.html", "site.css", "site.js"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    reports
        .iter()
        .map(|rv| {
            let name = Path::new(&rv.report.file)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| "bao-cao".to_string());
            let clean: String = name
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let clean = clean.trim_start_matches('.').to_string();
            let mut candidate = format!("{clean}.html");
            let mut k = 2;
            while taken.contains(&candidate) {
                candidate = format!("{clean}-{k}.html");
                k += 1;
            }
            taken.insert(candidate.clone());
            candidate
        })
        .collect()
}

/// Options of the site beyond its reports.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    /// The folder written.
    pub dir: PathBuf,
    /// The index's title.
    pub title: String,
    /// The workbook written beside the site, relative to it.
    pub workbook: Option<String>,
    /// The letter of each report, by report file, relative to the site.
    pub letters: HashMap<String, String>,
}

fn save(path: &Path, text: &str) -> Result<u64, ReviewError> {
    std::fs::write(path, text).map_err(|e| ReviewError::Write(path.to_path_buf(), e))?;
    Ok(text.len() as u64)
}

/// Writes the site: every report's page, the index, the style and script.
pub fn write_site(
    reports: &[Reviewed],
    c: &Comparison,
    opts: &SiteOptions,
) -> Result<Written, ReviewError> {
    let dir = &opts.dir;
    std::fs::create_dir_all(dir).map_err(|e| ReviewError::Folder(dir.clone(), e))?;
    let names = page_names(reports);
    let mut written = Written::default();
    written.bytes += save(&dir.join("site.css"), SITE_CSS)?;
    written.bytes += save(&dir.join("site.js"), SITE_JS)?;
    for (rv, name) in reports.iter().zip(&names) {
        let links = page::Links {
            originals: rv.inputs.iter().map(|p| html::relative(dir, p)).collect(),
            letter: opts.letters.get(&rv.report.file).cloned(),
        };
        written.bytes += save(&dir.join(name), &page::render(rv, &links))?;
        written.pages += 1;
    }
    let links = index::IndexLinks {
        pages: reports
            .iter()
            .zip(&names)
            .map(|(rv, n)| (rv.report.file.as_str(), n.clone()))
            .collect(),
        letters: opts
            .letters
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect(),
        reports: reports
            .iter()
            .map(|rv| (rv.report.file.as_str(), &rv.report))
            .collect(),
        workbook: opts.workbook.clone(),
    };
    written.bytes += save(
        &dir.join("index.html"),
        &index::render(c, &links, &opts.title),
    )?;
    written.pages += 1;
    Ok(written)
}
