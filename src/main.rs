//! The `baocao` command: parses the arguments and hands over to `cli`.
//! Exit codes: 0 ok, 1 findings, 2 a file could not be read or bad usage.

fn main() -> std::process::ExitCode {
    omp_thread_limit();
    quiet_panics();
    match std::panic::catch_unwind(baocao::cli::main) {
        Ok(code) => code,
        Err(_) => {
            let what = LAST_PANIC.lock().ok().and_then(|mut p| p.take());
            eprintln!(
                "baocao: internal error ({}); please report it",
                what.as_deref().unwrap_or("unknown")
            );
            std::process::ExitCode::from(2)
        }
    }
}

/// The last panic's message and place (any thread).
static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Third-party parsers panic on damaged files; the pipeline catches those
/// panics and the file's report says in one sentence that its reader
/// crashed. The default hook would also print "thread panicked at ..." on
/// stderr for each, so the hook only remembers the message (for a panic
/// that escapes, printed above). `BAOCAO_DEBUG=1` restores the default hook.
fn quiet_panics() {
    if std::env::var_os("BAOCAO_DEBUG").is_some_and(|v| v != "0") {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut p) = LAST_PANIC.lock() {
            *p = Some(format!("{msg}{at}"));
        }
    }));
}

/// Debian's libtesseract uses OpenMP, which makes an OCR'd page about twice
/// as slow when its threads compete with ours; baocao parallelises across
/// pages instead. libgomp reads `OMP_THREAD_LIMIT` once, when it loads, so
/// `set_var` here would be too late: re-execute ourselves once with it set.
/// An explicit value in the environment is respected.
fn omp_thread_limit() {
    #[cfg(unix)]
    if std::env::var_os("OMP_THREAD_LIMIT").is_none() {
        use std::os::unix::process::CommandExt;
        if let Ok(exe) = std::env::current_exe() {
            let mut args = std::env::args_os();
            let argv0 = args.next().unwrap_or_else(|| exe.clone().into_os_string());
            let err = std::process::Command::new(&exe)
                .arg0(argv0)
                .args(args)
                .env("OMP_THREAD_LIMIT", "1")
                .exec();
            // Only reached when exec failed: run on, just slower.
            eprintln!(
                "baocao: could not re-execute with OMP_THREAD_LIMIT=1 ({err}); OCR will be slower"
            );
        }
    }
}
