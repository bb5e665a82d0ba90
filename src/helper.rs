//! Long-lived helper processes that serve one request after another over
//! their stdin and stdout: the poppler word reader (`baocao-pdf-words`,
//! [`crate::read`]) and the OCR worker (`baocao-ocr`, [`crate::ocr::worker`]).
//!
//! Takes a program to start and the bytes of a request; gives the reply's
//! bytes, whole (the caller says when a reply is whole), or why none came:
//! the time bound passed (the helper is then killed) or the helper died (a
//! crash in the C library it runs is its end, not the batch's). Idle helpers
//! wait in a [`Pool`] between requests. It does not know what the requests
//! and replies mean; that is the caller's.

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The reply pipe is widened to this, so that a helper writes a reply in one
/// go instead of waiting for each 64 KiB to be read (a ping-pong that keeps
/// two cores from both being busy at -j 2).
const PIPE_BYTES: i32 = 1 << 20;

/// How to start a helper: the program, its arguments (none for the real
/// ones; the tests start shell scripts), environment variables to set, and
/// the most address space it may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub exe: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    /// `RLIMIT_AS` in bytes: past it the helper's allocations fail (and it
    /// usually dies), so one page cannot take the machine's memory.
    pub max_bytes: Option<u64>,
    /// Whether its stderr is ours (else dropped).
    pub stderr: bool,
}

impl Program {
    pub fn new(exe: PathBuf) -> Program {
        Program {
            exe,
            args: Vec::new(),
            env: Vec::new(),
            max_bytes: None,
            stderr: false,
        }
    }
}

/// A running helper. Dropping it closes its stdin, kills it (it may be
/// stuck on a request) and waits for it, so none is left behind.
pub struct Helper {
    program: Program,
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: ChildStdout,
    /// Requests answered, for [`Pool::checkin`].
    pub served: usize,
}

/// Why no reply came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Timeout,
    /// The helper exited (crashed on the request) or its pipe broke.
    Died,
}

impl Helper {
    pub fn start(program: &Program) -> std::io::Result<Helper> {
        let mut cmd = Command::new(&program.exe);
        cmd.args(&program.args)
            .envs(program.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(if program.stderr {
                Stdio::inherit()
            } else {
                Stdio::null()
            });
        if let Some(bytes) = program.max_bytes {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            // SAFETY: setrlimit is async-signal-safe, and `limit` is a
            // plain value copied into the closure.
            unsafe {
                cmd.pre_exec(move || {
                    libc::setrlimit(libc::RLIMIT_AS, &limit);
                    Ok(())
                });
            }
        }
        let mut child = cmd.spawn()?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("piped");
        // SAFETY: fcntl on a pipe descriptor we own; failure (an old
        // kernel, a lower limit) only leaves the pipe at its default size.
        unsafe {
            libc::fcntl(stdout.as_raw_fd(), libc::F_SETPIPE_SZ, PIPE_BYTES);
        }
        Ok(Helper {
            program: program.clone(),
            child,
            stdin,
            stdout,
            served: 0,
        })
    }

    /// Writes a request, whole.
    pub fn send(&mut self, parts: &[&[u8]]) -> std::io::Result<()> {
        let stdin = self.stdin.as_mut().ok_or(std::io::ErrorKind::BrokenPipe)?;
        for p in parts {
            stdin.write_all(p)?;
        }
        stdin.flush()
    }

    /// The reply to the request sent, read until `whole` says it is: the
    /// helper writes nothing else until the next request.
    pub fn reply(
        &mut self,
        timeout: Duration,
        whole: impl Fn(&[u8]) -> bool,
    ) -> Result<Vec<u8>, Ended> {
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
                if interrupted(&std::io::Error::last_os_error()) {
                    continue;
                }
                return Err(Ended::Died);
            }
            match self.stdout.read(&mut chunk) {
                Ok(0) => return Err(Ended::Died),
                Ok(n) => reply.extend_from_slice(&chunk[..n]),
                Err(e) if interrupted(&e) => continue,
                Err(_) => return Err(Ended::Died),
            }
            if whole(&reply) {
                return Ok(reply);
            }
        }
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        drop(self.stdin.take());
        // A helper that is killed mid-request, or that already exited.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn interrupted(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::Interrupted
}

/// Idle helpers, at most one per request being served at a time; each is
/// replaced after `max_served` requests, so that whatever its library keeps
/// from one request to the next stays bounded over a long batch.
pub struct Pool {
    idle: Mutex<Vec<Helper>>,
    max_served: usize,
}

impl Pool {
    pub const fn new(max_served: usize) -> Pool {
        Pool {
            idle: Mutex::new(Vec::new()),
            max_served,
        }
    }

    /// An idle helper of `program`, or a new one; None when it cannot start.
    pub fn checkout(&self, program: &Program) -> Option<Helper> {
        let idle = {
            let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
            let i = idle.iter().position(|h| h.program == *program);
            i.map(|i| idle.swap_remove(i))
        };
        match idle {
            Some(h) => Some(h),
            None => Helper::start(program).ok(),
        }
    }

    /// Puts a helper that answered back, unless it has served its share.
    pub fn checkin(&self, h: Helper) {
        if h.served < self.max_served {
            self.idle.lock().unwrap_or_else(|p| p.into_inner()).push(h);
        }
    }

    /// Ends the idle helpers (their stdin closes, they exit) and waits.
    pub fn release(&self) {
        let idle = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|p| p.into_inner()));
        drop(idle);
    }

    /// Whether an idle helper of `program` waits (for the tests).
    pub fn holds(&self, program: &Program) -> bool {
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        idle.iter().any(|h| h.program == *program)
    }
}

/// For a helper's own loop: exits when the parent process changes (the one
/// that started it died and it was re-parented), checked every second on a
/// thread of its own, since the main thread may be inside a C library.
pub fn exit_with_parent() {
    // SAFETY: getppid has no preconditions.
    let parent = unsafe { libc::getppid() };
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(1));
            // SAFETY: as above.
            if unsafe { libc::getppid() } != parent {
                std::process::exit(1);
            }
        }
    });
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

    #[test]
    fn an_address_space_bound_reaches_the_helper() {
        let p = Program {
            max_bytes: Some(300 << 20),
            ..sh("ulimit -v; exec sleep 30")
        };
        let mut h = Helper::start(&p).unwrap();
        let r = h
            .reply(Duration::from_secs(20), |r| r.ends_with(b"\n"))
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&r).trim(), (300 * 1024).to_string());
    }

    #[test]
    fn a_pool_keeps_a_helper_until_its_share_is_served() {
        let pool = Pool::new(2);
        let p = sh("exec sleep 30");
        let mut h = pool.checkout(&p).unwrap();
        h.served = 1;
        pool.checkin(h);
        assert!(pool.holds(&p));
        let mut h = pool.checkout(&p).unwrap();
        assert!(!pool.holds(&p));
        h.served = 2;
        pool.checkin(h);
        assert!(!pool.holds(&p), "a helper that served its share is ended");
    }
}
