//! `baocao-pdf-words`: the poppler helper process that `baocao` starts to
//! read the words of text-layer PDFs, one file after another (src/read/poppler
//! says why it is a process of its own). Not meant to be run by hand: it
//! reads NUL-terminated paths on stdin and answers in its own line format.
//! A program of its own, linked to poppler-cpp and nothing else baocao
//! uses, so that it starts in a few milliseconds.

fn main() -> std::process::ExitCode {
    match baocao::read::serve_pdf_words() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("baocao-pdf-words: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
