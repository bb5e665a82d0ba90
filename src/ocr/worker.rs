//! OCR in worker processes: a page image and the OCR options in, the
//! [`OcrPage`] out, as [`super::ocr_image`] gives it, but read by the
//! program `baocao-ocr` (src/bin) beside `baocao`, one page after another
//! over its stdin and stdout ([`serve`] is its loop).
//!
//! Why a process: Leptonica and Tesseract decode and read untrusted images,
//! and a crash there (a segfault is not a panic) or a page stuck before
//! Tesseract's own deadline would end the whole batch; in a worker it ends
//! the worker, and the page is that file's error ([`OcrError::Crashed`],
//! [`OcrError::Timeout`]). A worker's address space is bounded
//! (`BAOCAO_OCR_MEMORY_MB`, 4096 by default), and a worker is replaced after
//! a page that failed and after 200 pages. It also keeps `baocao` itself
//! free of libtesseract and the ~50 libraries it pulls in (curl, gnutls,
//! ICU…), which loading took most of a one-file run's time.
//!
//! The worker is found beside the running program, or one folder up (the
//! test programs in `target/*/deps`), or at `BAOCAO_OCR_WORKER`. The
//! library's own unit tests read in-process. It does not decide what to
//! OCR or how; that is the read stage's.

use super::{OcrError, OcrInput, OcrOptions, OcrPage};
use crate::helper::{Ended, Helper, Pool, Program};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

/// The worker program, beside `baocao`.
pub const PROGRAM: &str = "baocao-ocr";

/// Idle workers: one per page being read at a time at most.
static POOL: Pool = Pool::new(200);

/// A request's first line; the image's bytes follow it (none for a path).
#[derive(Debug, Serialize, Deserialize)]
struct Request {
    opts: OcrOptions,
    path: Option<PathBuf>,
    bytes: usize,
}

/// The reply, one line of JSON.
type Reply = Result<OcrPage, OcrError>;

/// OCRs one page image in a worker ([`super::ocr_image`] in a process of its
/// own).
pub fn ocr_image(input: OcrInput, opts: &OcrOptions) -> Result<OcrPage, OcrError> {
    if cfg!(test) {
        return super::ocr_image(input, opts);
    }
    let program = program().ok_or_else(|| OcrError::NoWorker(PROGRAM.into()))?;
    ask(program, input, opts)
}

/// Lets the workers write libtesseract's own messages ("Image too small to
/// scale!!", "Line cannot be recognized!!") to our stderr (`--verbose`);
/// they are dropped otherwise. Before the first page only.
pub fn show_messages() {
    MESSAGES.store(true, std::sync::atomic::Ordering::Relaxed);
}

static MESSAGES: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Ends the idle workers, at the end of a run.
pub fn release() {
    POOL.release();
}

/// The worker to start: found once per run.
fn program() -> Option<&'static Program> {
    static FOUND: OnceLock<Option<Program>> = OnceLock::new();
    FOUND.get_or_init(locate).as_ref()
}

fn locate() -> Option<Program> {
    let exe = match std::env::var_os("BAOCAO_OCR_WORKER") {
        Some(p) => PathBuf::from(p),
        None => {
            let here = std::env::current_exe().ok()?;
            let dir = here.parent()?;
            [dir.join(PROGRAM), dir.parent()?.join(PROGRAM)]
                .into_iter()
                .find(|p| p.is_file())?
        }
    };
    let mb = std::env::var("BAOCAO_OCR_MEMORY_MB")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(4096);
    let mut env = Vec::new();
    // libgomp reads it when it loads: one thread per page, pages in
    // parallel (an OpenMP team per page makes it about 2× slower on a busy
    // machine). An explicit value is inherited.
    if std::env::var_os("OMP_THREAD_LIMIT").is_none() {
        env.push(("OMP_THREAD_LIMIT".to_string(), "1".to_string()));
    }
    Some(Program {
        env,
        max_bytes: Some(mb << 20),
        stderr: MESSAGES.load(std::sync::atomic::Ordering::Relaxed) || super::timing::enabled(),
        ..Program::new(exe)
    })
}

/// [`ocr_image`] from a worker started as `program`.
fn ask(program: &Program, input: OcrInput, opts: &OcrOptions) -> Result<OcrPage, OcrError> {
    let (path, bytes) = match input {
        OcrInput::Path(p) => (Some(p.to_path_buf()), &[][..]),
        OcrInput::Bytes(b) => (None, b),
    };
    let request = Request {
        opts: opts.clone(),
        path,
        bytes: bytes.len(),
    };
    let mut head = serde_json::to_vec(&request).map_err(|_| OcrError::Image)?;
    head.push(b'\n');
    let mut worker = POOL
        .checkout(program)
        .ok_or_else(|| OcrError::NoWorker(program.exe.display().to_string()))?;
    if worker.send(&[&head, bytes]).is_err() {
        // An idle worker that ended (killed from outside): one new try.
        worker = Helper::start(program)
            .map_err(|_| OcrError::NoWorker(program.exe.display().to_string()))?;
        worker
            .send(&[&head, bytes])
            .map_err(|_| OcrError::Crashed)?;
    }
    // The worker stops Tesseract at `opts.timeout` and answers Timeout
    // itself; this bound is for a worker stuck where that deadline does not
    // reach (decoding, layout analysis).
    let bound = opts.timeout + opts.timeout / 2 + Duration::from_secs(5);
    match worker.reply(bound, |r| r.ends_with(b"\n")) {
        Ok(line) => {
            let reply: Reply = serde_json::from_slice(&line).map_err(|_| OcrError::Crashed)?;
            worker.served += 1;
            // A worker whose page failed may hold a thread still in
            // Tesseract: it is not reused.
            if reply.is_ok() {
                POOL.checkin(worker);
            }
            reply
        }
        Err(Ended::Timeout) => Err(OcrError::Timeout(opts.timeout.as_secs())),
        Err(Ended::Died) => Err(OcrError::Crashed),
    }
}

/// The worker's loop (`baocao-ocr`): requests on stdin, one line of JSON
/// each on stdout, until stdin closes or the `baocao` that started it is
/// gone.
pub fn serve() -> std::io::Result<()> {
    crate::helper::exit_with_parent();
    let mut input = std::io::BufReader::new(std::io::stdin().lock());
    let mut stdout = std::io::stdout().lock();
    let mut head = Vec::new();
    loop {
        head.clear();
        if input.read_until(b'\n', &mut head)? == 0 {
            break;
        }
        let request: Request = serde_json::from_slice(&head).map_err(std::io::Error::other)?;
        let mut bytes = vec![0u8; request.bytes];
        input.read_exact(&mut bytes)?;
        let reply: Reply = match &request.path {
            Some(p) => super::ocr_image(OcrInput::Path(p), &request.opts),
            None => super::ocr_image(OcrInput::Bytes(&bytes), &request.opts),
        };
        let mut line = serde_json::to_vec(&reply).map_err(std::io::Error::other)?;
        line.push(b'\n');
        stdout.write_all(&line)?;
        stdout.flush()?;
    }
    // Frees the loaded models before exit (Tesseract warns of a leak
    // otherwise).
    super::release_pool();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Program {
        Program {
            args: vec!["-c".into(), script.into()],
            ..Program::new(PathBuf::from("/bin/sh"))
        }
    }

    fn opts(secs: u64) -> OcrOptions {
        OcrOptions {
            timeout: Duration::from_secs(secs),
            ..OcrOptions::default()
        }
    }

    #[test]
    fn a_worker_that_crashes_is_that_pages_error() {
        // A real segmentation fault, as Leptonica would die of one.
        let p = sh("head -c 10 >/dev/null; kill -SEGV $$");
        let r = ask(&p, OcrInput::Bytes(b"not an image"), &opts(20));
        assert!(matches!(r, Err(OcrError::Crashed)), "{r:?}");
        assert!(!POOL.holds(&p));
    }

    #[test]
    fn a_worker_that_hangs_is_stopped_at_its_bound() {
        let p = sh("exec sleep 60");
        let t = std::time::Instant::now();
        let r = ask(&p, OcrInput::Bytes(b"x"), &opts(0));
        assert!(matches!(r, Err(OcrError::Timeout(0))), "{r:?}");
        assert!(t.elapsed() < Duration::from_secs(20));
        assert!(!POOL.holds(&p));
    }

    #[test]
    fn a_reply_is_read_back_and_the_worker_kept() {
        let page = OcrPage {
            words: vec![],
            rules: vec![],
            ppi: 300,
            confidence: Some(91.5),
        };
        let line = serde_json::to_string(&Ok::<_, OcrError>(page.clone())).unwrap();
        let p = sh(&format!(
            "head -n 1 >/dev/null; echo '{line}'; exec sleep 60"
        ));
        assert_eq!(ask(&p, OcrInput::Bytes(b""), &opts(20)).unwrap(), page);
        assert!(POOL.holds(&p));
        POOL.release();
    }

    #[test]
    fn a_request_round_trips() {
        let r = Request {
            opts: opts(7),
            path: None,
            bytes: 12,
        };
        let back: Request = serde_json::from_slice(&serde_json::to_vec(&r).unwrap()).unwrap();
        assert_eq!(back.opts.timeout, Duration::from_secs(7));
        assert_eq!(back.bytes, 12);
    }
}
