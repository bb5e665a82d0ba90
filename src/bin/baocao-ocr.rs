//! `baocao-ocr`: the OCR worker that `baocao` starts to read page images
//! (src/ocr/worker.rs says why it is a process of its own). Not meant to be
//! run by hand: it reads requests on stdin and answers one line of JSON
//! each. The only program of baocao's linked to libtesseract.

fn main() -> std::process::ExitCode {
    match baocao::ocr::worker::serve() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("baocao-ocr: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
