//! Where a page's OCR time goes: with `BAOCAO_OCR_TIMES=1` in the
//! environment, each page's stages (decoding, photo check, deskew, rule
//! search, Tesseract's reading, the cells read again, orientation) are
//! summed on the thread that reads it and written to stderr as one line
//! when the page is done (`baocao --verbose` shows the workers' stderr; the
//! variable also makes them keep it). Off, a stage costs one branch. It
//! changes nothing that is read.

use std::cell::RefCell;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

thread_local! {
    static STAGES: RefCell<Vec<(&'static str, Duration)>> = const { RefCell::new(Vec::new()) };
}

/// Whether stage times are kept (`BAOCAO_OCR_TIMES` set and not `0`).
pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("BAOCAO_OCR_TIMES").is_ok_and(|v| !v.is_empty() && v != "0"))
}

/// Runs `f`, adding its time to `stage` of the current page.
pub(crate) fn time<T>(stage: &'static str, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let started = Instant::now();
    let r = f();
    add(stage, started.elapsed());
    r
}

/// Adds `d` to `stage` of the current page.
pub(crate) fn add(stage: &'static str, d: Duration) {
    STAGES.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter_mut().find(|(n, _)| *n == stage) {
            Some((_, t)) => *t += d,
            None => s.push((stage, d)),
        }
    });
}

/// Writes the current page's stages to stderr (one line, milliseconds)
/// and starts a new page.
pub(crate) fn report(total: Duration) {
    if !enabled() {
        return;
    }
    let stages = STAGES.with(|s| std::mem::take(&mut *s.borrow_mut()));
    let mut line = format!("ocr page {} ms:", total.as_millis());
    for (name, d) in stages {
        line.push_str(&format!(" {name} {}", d.as_millis()));
    }
    eprintln!("{line}");
}
