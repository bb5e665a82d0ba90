//! Chains the stages for one file: read → normalize → extract → check, into
//! the [`Report`] line of spec/output.md.
//!
//! A file that cannot be read becomes a report with `status: "error"` and a
//! one-sentence reason; a panic in a third-party parser is caught here, so a
//! batch never stops for one bad file.

use crate::model::{Report, Source, Status};
use crate::patterns::Patterns;
use crate::read::{self, ReadOptions};
use crate::{check, extract};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub read: ReadOptions,
    pub patterns: Patterns,
}

/// Runs the whole pipeline on one file. Never panics, never fails: failure is
/// a report with status error.
pub fn process(path: &Path, opts: &Options) -> Report {
    let file = path.display().to_string();
    match catch_unwind(AssertUnwindSafe(|| process_inner(path, opts))) {
        Ok(report) => report,
        Err(_) => Report::failed(file, "an internal error stopped the reading of this file"),
    }
}

fn process_inner(path: &Path, opts: &Options) -> Report {
    let file = path.display().to_string();
    let doc = match read::read(path, &opts.read) {
        Ok(doc) => doc,
        Err(e) => return Report::failed(file, e.to_string()),
    };
    let x = extract::extract(&doc, &opts.patterns);
    let findings = check::check(&x);
    let mut warnings = x.notes.clone();
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
            ocr: doc.ocr(),
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
