//! The `baocao` command: sets up the process (the panic hook) and hands over
//! to `cli`, which decides the exit code (0 ok, 1 findings, 2 a file could
//! not be read or the run failed). OCR runs in `baocao-ocr` workers, so this
//! program loads neither libtesseract nor OpenMP.

fn main() -> std::process::ExitCode {
    // `BAOCAO_DEBUG=1` keeps Rust's default hook (every panic printed with
    // its backtrace setting), for debugging baocao itself.
    if std::env::var_os("BAOCAO_DEBUG").is_none_or(|v| v == "0") {
        baocao::panic::install_panic_hook();
    }
    match std::panic::catch_unwind(baocao::cli::main) {
        Ok(code) => code,
        // A panic outside the per-file pipeline (compare, a writer): a bug.
        Err(payload) => {
            let p = baocao::panic::caught_panic(payload.as_ref());
            eprintln!("baocao: internal error: {p}; please report it");
            std::process::ExitCode::from(2)
        }
    }
}
