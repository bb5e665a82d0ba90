//! libtesseract's own messages ("Image too small to scale!!", "Line cannot
//! be recognized!!") go through its `tprintf` to stderr, mixed into the
//! user's output and the progress bar. Tesseract sends them to the file its
//! global parameter `debug_file` names and drops them when that is
//! `/dev/null`; the parameter is global to the process, so setting it once,
//! through a handle that is never initialised, silences every later page.
//! With `--verbose` they are left on stderr.
//!
//! (Poppler's messages never reach the terminal: the PDF reader reads the
//! tools' stderr.)

use tesseract::plumbing::tesseract_sys as tess;

/// Sends libtesseract's messages to /dev/null for the rest of the process.
pub fn silence_tesseract() {
    // SAFETY: the handle comes from TessBaseAPICreate and is deleted once,
    // after the call; both strings are NUL-terminated literals. SetVariable
    // on a handle without Init is allowed (it creates the parameter set).
    unsafe {
        let api = tess::TessBaseAPICreate();
        if api.is_null() {
            return;
        }
        tess::TessBaseAPISetVariable(api, c"debug_file".as_ptr(), c"/dev/null".as_ptr());
        tess::TessBaseAPIDelete(api);
    }
}
