//! Word boxes of a text-layer PDF from a long-lived poppler helper process:
//! a file's path in, the words of every page with their boxes out (the
//! [`PageWords`] that `pdftotext -bbox` gives), or None when the helper
//! cannot give them, and the caller runs `pdftotext -bbox` as before.
//!
//! Why a helper: one `pdftotext` process per file spends about half its
//! time starting (loading poppler) and formatting XHTML that baocao parses
//! back; the text extraction itself is the smaller part. The helper is the
//! program `baocao-pdf-words` installed beside `baocao` (src/bin), linked
//! to poppler-cpp through `words.cpp`, serving one file after another over
//! its stdin and stdout. It runs in its own process so that a PDF that crashes poppler
//! ends the helper, not the batch: the reply is then missing, the helper is
//! dropped (the next file starts a new one), and the file goes to
//! pdftotext, which reports the damage as it always did. A helper that
//! takes longer than the time bound is killed, and the file is a
//! [`ReadError::ToolTimeout`]. Files poppler cannot open or that are
//! encrypted also go to pdftotext, so the errors and the damaged-file
//! rescue are exactly those of the pdftotext path.
//!
//! Enabled only by the command line ([`enable`]), when the helper is beside
//! its executable; a library user or a unit test reads PDFs through
//! pdftotext.
//! `BAOCAO_PDF_HELPER=0` turns it off (to compare the two paths).
//! Built only when poppler-cpp was found at build time (`cfg(poppler_cpp)`,
//! see build.rs).

use super::ReadError;
use super::geometry::PageWords;
use super::lattice::WordBox;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The helper program, beside `baocao`.
const PROGRAM: &str = "baocao-pdf-words";

/// A helper is replaced after this many files, so that whatever poppler
/// keeps from one document to the next stays bounded over a long batch.
const FILES_PER_HELPER: usize = 500;

/// The executable to start as helper; None: disabled.
static HELPER_EXE: OnceLock<Option<PathBuf>> = OnceLock::new();

/// Idle helpers, one per file being read at a time at most.
static POOL: Mutex<Vec<Helper>> = Mutex::new(Vec::new());

/// Lets PDF reading use the helper beside `exe` (the running `baocao`),
/// unless it is not there, `BAOCAO_PDF_HELPER=0`, or baocao was built
/// without poppler-cpp.
pub(crate) fn enable(exe: &Path) {
    let helper = exe.with_file_name(PROGRAM);
    let on = cfg!(poppler_cpp)
        && helper.is_file()
        && std::env::var_os("BAOCAO_PDF_HELPER").is_none_or(|v| v != "0");
    let _ = HELPER_EXE.set(on.then_some(helper));
}

/// Ends the idle helpers (their stdin closes, they exit) and waits for them.
pub(crate) fn release() {
    let helpers = std::mem::take(&mut *POOL.lock().unwrap_or_else(|p| p.into_inner()));
    for h in helpers {
        h.end();
    }
}

/// The words of every page of the PDF at `path`, or None when the helper
/// is disabled, cannot start, died on the file, or poppler could not open
/// it (the caller then runs pdftotext).
pub(crate) fn page_words(
    path: &Path,
    timeout: Duration,
) -> Option<Result<Vec<PageWords>, ReadError>> {
    ask(HELPER_EXE.get()?.as_ref()?, path, timeout)
}

/// [`page_words`] from a helper started from `exe`.
fn ask(exe: &Path, path: &Path, timeout: Duration) -> Option<Result<Vec<PageWords>, ReadError>> {
    let mut helper = checkout(exe)?;
    if helper.send(path).is_err() {
        helper.end();
        return None;
    }
    match helper.reply(timeout) {
        Ok(reply) => {
            helper.served += 1;
            checkin(helper);
            let (code, pages) = parse_reply(&reply);
            (code == Some(0)).then_some(Ok(pages))
        }
        Err(Ended::Timeout) => {
            helper.end();
            Some(Err(ReadError::ToolTimeout {
                tool: "poppler",
                secs: timeout.as_secs(),
            }))
        }
        // The helper died on this file (poppler crashed).
        Err(Ended::Died) => {
            helper.end();
            None
        }
    }
}

struct Helper {
    exe: PathBuf,
    child: Child,
    stdin: ChildStdin,
    stdout: ChildStdout,
    served: usize,
}

/// The pipe a reply comes through is widened to this, so that the helper
/// writes a file's words in one go instead of waiting for each 64 KiB to
/// be read (a ping-pong that keeps two cores from both being busy at -j 2).
const PIPE_BYTES: i32 = 1 << 20;

impl Helper {
    fn start(exe: &Path) -> std::io::Result<Helper> {
        let mut child = Command::new(exe)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let stdin = child.stdin.take().expect("piped");
        let stdout = child.stdout.take().expect("piped");
        // SAFETY: fcntl on a pipe descriptor we own; failure (an old
        // kernel, a lower limit) only leaves the pipe at its default size.
        unsafe {
            libc::fcntl(stdout.as_raw_fd(), libc::F_SETPIPE_SZ, PIPE_BYTES);
        }
        Ok(Helper {
            exe: exe.to_path_buf(),
            child,
            stdin,
            stdout,
            served: 0,
        })
    }

    /// A request: the path's bytes and a NUL (no path contains one).
    fn send(&mut self, path: &Path) -> std::io::Result<()> {
        let mut req = path.as_os_str().as_bytes().to_vec();
        req.push(0);
        self.stdin.write_all(&req)?;
        self.stdin.flush()
    }

    /// The reply to the request sent, whole (it ends with its `E` line):
    /// the helper writes nothing else until the next request.
    fn reply(&mut self, timeout: Duration) -> Result<Vec<u8>, Ended> {
        let deadline = Instant::now() + timeout;
        let mut reply = Vec::new();
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let mut fd = libc::pollfd {
                fd: self.stdout.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            let ms = i32::try_from(left.as_millis()).unwrap_or(i32::MAX);
            // SAFETY: one pollfd, alive for the call.
            let ready = unsafe { libc::poll(&mut fd, 1, ms) };
            if ready == 0 {
                return Err(Ended::Timeout);
            }
            if ready < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(Ended::Died);
            }
            match self.stdout.read(&mut chunk) {
                Ok(0) | Err(_) => return Err(Ended::Died),
                Ok(n) => reply.extend_from_slice(&chunk[..n]),
            }
            if complete(&reply) {
                return Ok(reply);
            }
        }
    }

    fn end(mut self) {
        drop(self.stdin);
        // A helper that is killed mid-file, or that already exited.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Why no reply came.
enum Ended {
    Timeout,
    /// The helper exited (poppler crashed on the file) or its pipe broke.
    Died,
}

/// A reply is whole when its last line is the status line.
fn complete(reply: &[u8]) -> bool {
    let Some(body) = reply.strip_suffix(b"\n") else {
        return false;
    };
    let last = body.rsplit(|&b| b == b'\n').next().unwrap_or(body);
    last.starts_with(b"E ")
}

fn checkout(exe: &Path) -> Option<Helper> {
    let idle = {
        let mut pool = POOL.lock().unwrap_or_else(|p| p.into_inner());
        let i = pool.iter().position(|h| h.exe == exe);
        i.map(|i| pool.swap_remove(i))
    };
    match idle {
        Some(h) => Some(h),
        None => Helper::start(exe).ok(),
    }
}

fn checkin(h: Helper) {
    if h.served >= FILES_PER_HELPER {
        h.end();
    } else {
        POOL.lock().unwrap_or_else(|p| p.into_inner()).push(h);
    }
}

/// A reply's status (the last line, `E <code>`: 0 read) and its pages.
/// Numbers are millionths of a point; a page line also gives the crop
/// box's offset in the media box, which moves the words into the media
/// box's coordinates, as pdftotext gives them.
fn parse_reply(reply: &[u8]) -> (Option<i32>, Vec<PageWords>) {
    let text = String::from_utf8_lossy(reply);
    let num = |s: Option<&str>| {
        s.and_then(|s| s.parse::<i64>().ok())
            .map(|v| v as f64 / 1e6)
    };
    let mut pages = Vec::new();
    let mut code = None;
    let (mut dx, mut dy) = (0.0, 0.0);
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("P ") {
            let mut f = rest.split(' ');
            let _width = num(f.next());
            let height = num(f.next()).filter(|&h| h > 0.0).unwrap_or(842.0);
            dx = num(f.next()).unwrap_or(0.0);
            dy = num(f.next()).unwrap_or(0.0);
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
                x0: x0 + dx,
                y0: y0 + dy,
                x1: x1 + dx,
                y1: y1 + dy,
                text: text.to_string(),
            });
        } else if let Some(c) = line.strip_prefix("E ") {
            code = c.trim().parse().ok();
        }
    }
    (code, pages)
}

#[cfg(poppler_cpp)]
mod ffi {
    use std::ffi::{c_char, c_int, c_void};

    pub(super) type Emit = extern "C" fn(ctx: *mut c_void, data: *const c_char, len: usize);

    unsafe extern "C" {
        /// words.cpp: 0 read, 1 cannot open, 2 encrypted, 3 poppler threw.
        pub(super) fn baocao_pdf_words(path: *const c_char, emit: Emit, ctx: *mut c_void) -> c_int;
    }
}

/// The helper's loop (`baocao-pdf-words`): NUL-terminated paths on stdin,
/// one reply each on stdout (the page and word lines, then `E <code>`),
/// until stdin closes.
#[cfg(poppler_cpp)]
pub fn serve() -> std::io::Result<()> {
    use std::ffi::{CString, c_char, c_void};
    use std::io::{BufRead, BufReader};

    extern "C" fn emit(ctx: *mut c_void, data: *const c_char, len: usize) {
        // SAFETY: ctx is the Vec<u8> passed below, alive for the call;
        // data points to len bytes owned by words.cpp for this call.
        unsafe {
            let out = &mut *(ctx as *mut Vec<u8>);
            out.extend_from_slice(std::slice::from_raw_parts(data as *const u8, len));
        }
    }

    let mut input = BufReader::new(std::io::stdin().lock());
    let mut stdout = std::io::stdout().lock();
    let mut path = Vec::new();
    let mut reply: Vec<u8> = Vec::new();
    loop {
        path.clear();
        if input.read_until(0, &mut path)? == 0 {
            return Ok(());
        }
        if path.last() == Some(&0) {
            path.pop();
        }
        reply.clear();
        let code = match CString::new(path.clone()) {
            // SAFETY: a NUL-terminated path, the callback above and a
            // context that outlives the call.
            Ok(c) => unsafe {
                ffi::baocao_pdf_words(c.as_ptr(), emit, &mut reply as *mut Vec<u8> as *mut c_void)
            },
            Err(_) => 1,
        };
        if code != 0 {
            reply.clear();
        }
        writeln!(reply, "E {code}")?;
        stdout.write_all(&reply)?;
        stdout.flush()?;
    }
}

/// Without poppler-cpp there is no helper to serve.
#[cfg(not(poppler_cpp))]
pub fn serve() -> std::io::Result<()> {
    Err(std::io::Error::other(
        "baocao was built without poppler-cpp (libpoppler-cpp-dev)",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_gives_pages_words_and_status() {
        let reply = "P 595304000 841890000 0 0\nW 94200000 57925764 129612500 74175764 UBND\n\
                     W 1000000 2000000 3000000 4000000 tỷ lệ\nP 595304000 841890000 0 0\nE 0\n";
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
    fn a_crop_box_offset_moves_words_into_the_media_box() {
        let reply =
            "P 600000000 800000000 10000000 20000000\nW 1000000 2000000 3000000 4000000 x\nE 0\n";
        let (_, pages) = parse_reply(reply.as_bytes());
        let w = &pages[0].words[0];
        assert_eq!((w.x0, w.y0, w.x1, w.y1), (11.0, 22.0, 13.0, 24.0));
    }

    fn tempdir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("baocao-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// A helper that is a real process doing the wrong thing: a shell
    /// script.
    fn script(dir: &Path, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let p = dir.join("helper.sh");
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    #[test]
    fn a_helper_that_dies_sends_the_file_to_pdftotext() {
        let dir = tempdir("helper-dies");
        let exe = script(&dir, "exit 3");
        assert!(ask(&exe, Path::new("x.pdf"), Duration::from_secs(10)).is_none());
        // It was not kept for the next file.
        assert!(!POOL.lock().unwrap().iter().any(|h| h.exe == exe));
    }

    #[test]
    fn a_helper_that_hangs_is_stopped_at_the_time_bound() {
        let dir = tempdir("helper-hangs");
        let exe = script(&dir, "exec sleep 30");
        let t = Instant::now();
        let r = ask(&exe, Path::new("x.pdf"), Duration::from_millis(300));
        assert!(matches!(
            r,
            Some(Err(ReadError::ToolTimeout {
                tool: "poppler",
                ..
            }))
        ));
        assert!(t.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_helper_that_cannot_open_the_file_sends_it_to_pdftotext() {
        let dir = tempdir("helper-refuses");
        let exe = script(&dir, "head -c 1 >/dev/null; echo 'E 1'; sleep 30");
        assert!(ask(&exe, Path::new("x.pdf"), Duration::from_secs(10)).is_none());
        // Still alive and pooled: it answered.
        let kept = {
            let mut pool = POOL.lock().unwrap();
            let i = pool.iter().position(|h| h.exe == exe);
            i.map(|i| pool.swap_remove(i))
        };
        kept.expect("the helper is kept for the next file").end();
    }

    #[test]
    fn a_reply_is_whole_at_its_status_line() {
        assert!(complete(b"P 1 2 0 0\nW 1 2 3 4 x\nE 0\n"));
        assert!(complete(b"E 1\n"));
        assert!(!complete(b"P 1 2 0 0\nW 1 2 3 4 E"));
        assert!(!complete(b"P 1 2 0 0\nE 0"));
        assert!(!complete(b""));
    }

    #[test]
    fn a_failed_or_cut_reply_has_no_read_status() {
        assert_eq!(parse_reply(b"E 1\n").0, Some(1));
        let (code, pages) = parse_reply(b"P 1000000 1000000 0 0\nW 1 2 3");
        assert_eq!(code, None);
        assert!(pages[0].words.is_empty());
    }
}
