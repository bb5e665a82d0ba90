//! Word boxes of a text-layer PDF from a long-lived poppler helper process:
//! a file's path in, the words of every page with their boxes out (the
//! [`PageWords`] that `pdftotext -bbox` gives), or None when the helper
//! cannot give them, and the caller runs `pdftotext -bbox` as before.
//!
//! Why a helper: one `pdftotext` process per file spends about half its
//! time starting (loading poppler) and formatting XHTML that baocao parses
//! back; the text extraction itself is the smaller part. The helper is the
//! program `baocao-pdf-words` installed beside `baocao` (src/bin, its loop
//! in [`serve`]), linked to poppler-cpp through `words.cpp`, serving one
//! file after another over its stdin and stdout. It runs in its own process
//! so that a PDF that crashes poppler ends the helper, not the batch: the
//! reply is then missing, the helper is dropped (the next file starts a new
//! one), and the file goes to pdftotext, which reports the damage as it
//! always did. A helper that takes longer than the time bound is killed,
//! and the file is a [`ReadError::ToolTimeout`] of "poppler". Files poppler
//! cannot open, encrypted ones, and those with a page that has a crop box
//! or a rotation (where poppler-cpp's word list is not pdftotext's) go to
//! pdftotext too, so the word lists, the errors and the damaged-file rescue
//! are those of the pdftotext path.
//!
//! Enabled only by the command line ([`enable`]), when the helper is beside
//! its executable; a library user or a unit test reads PDFs through
//! pdftotext. `BAOCAO_PDF_HELPER=0` turns it off (to compare the two
//! paths). Built only when poppler-cpp was found at build time
//! (`cfg(poppler_cpp)`, see build.rs).

mod serve;

pub use serve::serve;

use super::ReadError;
use super::geometry::PageWords;
use super::lattice::WordBox;
use crate::helper::{Ended, Pool, Program};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

/// The helper program, beside `baocao`.
const PROGRAM: &str = "baocao-pdf-words";

/// The reply format's version, on each reply's status line: a helper left
/// from an older build is not understood, and not used.
const PROTOCOL: &str = "1";

/// The helper to start; None: disabled.
static HELPER: OnceLock<Option<Program>> = OnceLock::new();

/// Idle helpers, one per file being read at a time at most; each replaced
/// after 500 files, so that whatever poppler keeps from one document to the
/// next stays bounded over a long batch.
static POOL: Pool = Pool::new(500);

/// Lets PDF reading use the helper beside `exe` (the running `baocao`),
/// unless it is not there, `BAOCAO_PDF_HELPER=0`, or baocao was built
/// without poppler-cpp.
pub(crate) fn enable(exe: &Path) {
    let helper = exe.with_file_name(PROGRAM);
    let on = cfg!(poppler_cpp)
        && helper.is_file()
        && std::env::var_os("BAOCAO_PDF_HELPER").is_none_or(|v| v != "0");
    let _ = HELPER.set(on.then_some(Program::new(helper)));
}

/// Ends the idle helpers (their stdin closes, they exit) and waits for them.
pub(crate) fn release() {
    POOL.release();
}

/// The words of every page of the PDF at `path`, or None when the helper
/// is disabled, cannot start, died on the file, or would not read it the
/// way pdftotext does (the caller then runs pdftotext).
pub(crate) fn page_words(
    path: &Path,
    timeout: Duration,
) -> Option<Result<Vec<PageWords>, ReadError>> {
    ask(HELPER.get()?.as_ref()?, path, timeout)
}

/// [`page_words`] from a helper started as `program`. A request is the
/// path's bytes and a NUL (no path contains one).
fn ask(
    program: &Program,
    path: &Path,
    timeout: Duration,
) -> Option<Result<Vec<PageWords>, ReadError>> {
    let mut helper = POOL.checkout(program)?;
    helper.send(&[path.as_os_str().as_bytes(), b"\0"]).ok()?;
    match helper.reply(timeout, complete) {
        Ok(reply) => {
            helper.served += 1;
            POOL.checkin(helper);
            let (code, pages) = parse_reply(&reply);
            (code == Some(0)).then_some(Ok(pages))
        }
        // Killed (dropped) at the bound.
        Err(Ended::Timeout) => Some(Err(ReadError::ToolTimeout {
            tool: "poppler",
            secs: timeout.as_secs(),
        })),
        // The helper died on this file (poppler crashed): dropped.
        Err(Ended::Died) => None,
    }
}

/// A reply is whole when its last line is the status line.
fn complete(reply: &[u8]) -> bool {
    let Some(body) = reply.strip_suffix(b"\n") else {
        return false;
    };
    let last = body.rsplit(|&b| b == b'\n').next().unwrap_or(body);
    last.starts_with(b"E ")
}

/// A reply's status (`E <code> <protocol>`, the last line: 0 read; None
/// when missing or of another protocol) and its pages. Numbers are
/// millionths of a point.
fn parse_reply(reply: &[u8]) -> (Option<i32>, Vec<PageWords>) {
    let text = String::from_utf8_lossy(reply);
    let num = |s: Option<&str>| {
        s.and_then(|s| s.parse::<i64>().ok())
            .map(|v| v as f64 / 1e6)
    };
    let mut pages = Vec::new();
    let mut code = None;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("P ") {
            let mut f = rest.split(' ');
            let _width = num(f.next());
            let height = num(f.next()).filter(|&h| h > 0.0).unwrap_or(842.0);
            pages.push(PageWords {
                height,
                words: Vec::new(),
            });
        } else if let Some(rest) = line.strip_prefix("W ") {
            let mut f = rest.splitn(5, ' ');
            let (Some(x0), Some(y0), Some(x1), Some(y1)) =
                (num(f.next()), num(f.next()), num(f.next()), num(f.next()))
            else {
                continue;
            };
            let text = f.next().unwrap_or("");
            let Some(page) = pages.last_mut() else {
                continue;
            };
            if text.trim().is_empty() {
                continue;
            }
            page.words.push(WordBox {
                x0,
                y0,
                x1,
                y1,
                text: text.to_string(),
            });
        } else if let Some(status) = line.strip_prefix("E ") {
            let mut f = status.split(' ');
            let c = f.next().and_then(|c| c.parse().ok());
            code = c.filter(|_| f.next() == Some(PROTOCOL));
        }
    }
    (code, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_reply_gives_pages_words_and_status() {
        let reply = "P 595304000 841890000\nW 94200000 57925764 129612500 74175764 UBND\n\
                     W 1000000 2000000 3000000 4000000 tỷ lệ\nP 595304000 841890000\nE 0 1\n";
        let (code, pages) = parse_reply(reply.as_bytes());
        assert_eq!(code, Some(0));
        assert_eq!(pages.len(), 2);
        assert!((pages[0].height - 841.89).abs() < 1e-9);
        assert_eq!(pages[0].words.len(), 2);
        assert!((pages[0].words[0].x0 - 94.2).abs() < 1e-9);
        assert!((pages[0].words[0].y1 - 74.175764).abs() < 1e-9);
        // A word's text keeps its inner spaces; the second page is empty.
        assert_eq!(pages[0].words[1].text, "tỷ lệ");
        assert!(pages[1].words.is_empty());
    }

    #[test]
    fn a_failed_cut_or_foreign_reply_has_no_read_status() {
        assert_eq!(parse_reply(b"E 1 1\n").0, Some(1));
        let (code, pages) = parse_reply(b"P 1000000 1000000\nW 1 2 3");
        assert_eq!(code, None);
        assert!(pages[0].words.is_empty());
        // Another protocol's helper (left from an older build).
        assert_eq!(parse_reply(b"E 0\n").0, None);
        assert_eq!(parse_reply(b"E 0 2\n").0, None);
    }

    #[test]
    fn a_reply_is_whole_at_its_status_line() {
        assert!(complete(b"P 1 2\nW 1 2 3 4 x\nE 0 1\n"));
        assert!(complete(b"E 1 1\n"));
        assert!(!complete(b"P 1 2\nW 1 2 3 4 E"));
        assert!(!complete(b"P 1 2\nE 0 1"));
        assert!(!complete(b""));
    }

    /// A helper that is a real process doing the wrong thing: `sh -c`.
    fn sh(script: &str) -> Program {
        Program {
            args: vec!["-c".into(), script.into()],
            ..Program::new(std::path::PathBuf::from("/bin/sh"))
        }
    }

    fn pooled(p: &Program) -> Option<()> {
        POOL.holds(p).then_some(())
    }

    const SECS: Duration = Duration::from_secs(20);

    #[test]
    fn a_helper_that_dies_sends_the_file_to_pdftotext() {
        let p = sh("exit 3");
        assert!(ask(&p, Path::new("x.pdf"), SECS).is_none());
        assert!(pooled(&p).is_none(), "a dead helper is not kept");
    }

    #[test]
    fn a_helper_that_hangs_is_stopped_at_the_time_bound() {
        // Half a reply, then nothing: the status line never comes.
        let p = sh("printf 'P 1 1\\nE 0'; exec sleep 30");
        let t = Instant::now();
        let r = ask(&p, Path::new("x.pdf"), Duration::from_millis(300));
        assert!(matches!(
            r,
            Some(Err(ReadError::ToolTimeout {
                tool: "poppler",
                ..
            }))
        ));
        assert!(t.elapsed() < Duration::from_secs(10));
        assert!(pooled(&p).is_none());
    }

    #[test]
    fn a_helper_that_cannot_open_the_file_sends_it_to_pdftotext_and_serves_on() {
        // Answers each request (a 5-byte path and its NUL) "cannot open".
        let p = sh("for n in 1 2; do head -c 6 >/dev/null; echo 'E 1 1'; done; exec sleep 30");
        assert!(ask(&p, Path::new("a.pdf"), SECS).is_none());
        assert!(ask(&p, Path::new("b.pdf"), SECS).is_none());
        pooled(&p).expect("the helper is kept for the next file");
    }

    #[test]
    fn a_reply_larger_than_the_pipe_comes_whole_and_the_helper_serves_again() {
        // Two requests, each answered with 40,000 words (over 1 MiB).
        let script = "for n in 1 2; do head -c 6 >/dev/null; echo 'P 1000000 2000000'; \
                      i=0; while [ $i -lt 40000 ]; do echo 'W 1000000 2000000 3000000 4000000 chữ'; \
                      i=$((i+1)); done; echo 'E 0 1'; done; exec sleep 30";
        let p = sh(script);
        for f in ["a.pdf", "b.pdf"] {
            let pages = ask(&p, Path::new(f), SECS).expect("a reply").expect("read");
            assert_eq!(pages.len(), 1);
            assert_eq!(pages[0].words.len(), 40_000);
            assert_eq!(pages[0].words[39_999].text, "chữ");
        }
        pooled(&p).expect("kept");
    }
}
