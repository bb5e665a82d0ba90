//! The helper's side (`baocao-pdf-words`): NUL-terminated paths on stdin,
//! one reply each on stdout (the page and word lines of `words.cpp`, then
//! `E <code> <protocol>`), until stdin closes. It does not lay out or
//! interpret the words; that is the reader's, in the `baocao` process.

#[cfg(poppler_cpp)]
mod ffi {
    use std::ffi::{c_char, c_int, c_void};

    pub(super) type Emit = extern "C" fn(ctx: *mut c_void, data: *const c_char, len: usize);

    unsafe extern "C" {
        /// words.cpp: 0 read, 1 cannot open, 2 encrypted, 3 poppler threw,
        /// 4 a page with a crop box or a rotation.
        pub(super) fn baocao_pdf_words(path: *const c_char, emit: Emit, ctx: *mut c_void) -> c_int;
    }
}

/// Serves until stdin closes, or until the `baocao` that started it is
/// gone (a helper stuck in a file poppler loops on would otherwise outlive
/// a killed batch).
#[cfg(poppler_cpp)]
pub fn serve() -> std::io::Result<()> {
    use std::ffi::{CString, c_char, c_void};
    use std::io::{BufRead, BufReader, Write};

    extern "C" fn emit(ctx: *mut c_void, data: *const c_char, len: usize) {
        // SAFETY: ctx is the Vec<u8> passed below, alive for the call;
        // data points to len bytes owned by words.cpp for this call.
        unsafe {
            let out = &mut *(ctx as *mut Vec<u8>);
            out.extend_from_slice(std::slice::from_raw_parts(data as *const u8, len));
        }
    }

    crate::helper::exit_with_parent();
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
        let code = match CString::new(std::mem::take(&mut path)) {
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
        writeln!(reply, "E {code} {}", super::PROTOCOL)?;
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
