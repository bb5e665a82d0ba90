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
//!   and place in the source (see [`crate::error::install_panic_hook`]),
//!   also logged on stderr.
//!
//! It does not print: what to log comes back in [`Processed::log`].

use crate::error::{PanicReport, caught_panic};
use crate::model::{Report, Source, Status};
use crate::patterns::Patterns;
use crate::read::{self, ReadError, ReadOptions};
use crate::vi::{self, Stage};
use crate::{check, extract};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub read: ReadOptions,
    pub patterns: Patterns,
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
    process_logged(path, opts).report
}

/// [`process`], with the log line of a file that failed.
pub fn process_logged(path: &Path, opts: &Options) -> Processed {
    let file = path.display().to_string();
    let failed = |reason: String, log: Log| Processed {
        report: Report::failed(file.clone(), reason),
        log: Some(log),
    };
    let doc = match catch_unwind(AssertUnwindSafe(|| read::read(path, &opts.read))) {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => {
            let log = format!("{:#}", crate::error::Chain(&e));
            return failed(vi::read_error(&e), Log::Unreadable(log));
        }
        Err(payload) => {
            let p = caught_panic(payload.as_ref());
            let e = ReadError::Panicked("file");
            return failed(
                vi::read_error(&e),
                Log::Unreadable(format!("the reader panicked: {p}")),
            );
        }
    };
    let x = match bug_guard(|| {
        forced_panic("extract");
        extract::extract(&doc, &opts.patterns)
    }) {
        Ok(x) => x,
        Err(p) => {
            return failed(
                vi::internal_error(Stage::Extract, &p),
                bug(Stage::Extract, &p),
            );
        }
    };
    let findings = match bug_guard(|| {
        forced_panic("check");
        check::check(&x)
    }) {
        Ok(f) => f,
        Err(p) => return failed(vi::internal_error(Stage::Check, &p), bug(Stage::Check, &p)),
    };
    let mut warnings = x.notes.clone();
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
            ocr: doc.ocr(),
        }),
        unit: x.unit,
        period: x.period,
        figures: x.figures,
        findings,
        warnings,
    };
    Processed { report, log: None }
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
