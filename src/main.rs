//! The `baocao` command: sets up the process (OpenMP, the panic hook) and
//! hands over to `cli`, which decides the exit code (0 ok, 1 findings, 2 a
//! file could not be read or the run failed).

fn main() -> std::process::ExitCode {
    omp_thread_limit();
    // `BAOCAO_DEBUG=1` keeps Rust's default hook (every panic printed with
    // its backtrace setting), for debugging baocao itself.
    if std::env::var_os("BAOCAO_DEBUG").is_none_or(|v| v == "0") {
        baocao::panic::install_panic_hook();
    }
    let run = std::panic::catch_unwind(baocao::cli::main);
    baocao::ocr::release_pool();
    match run {
        Ok(code) => code,
        // A panic outside the per-file pipeline (compare, a writer): a bug.
        Err(payload) => {
            let p = baocao::panic::caught_panic(payload.as_ref());
            eprintln!("baocao: internal error: {p}; please report it");
            std::process::ExitCode::from(2)
        }
    }
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
