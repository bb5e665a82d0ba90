//! The `read` stage: a file in, a [`Document`] (pages of lines) out.
//!
//! Takes a path and read options; returns the document or a [`ReadError`]
//! that says in one sentence why the file cannot be read. It does not
//! normalize text or look for figures. The format is sniffed from the bytes,
//! not the extension.

use crate::model::{Document, SourceKind};
use std::path::Path;
use std::time::Duration;

/// When to run OCR on a PDF (`--ocr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OcrMode {
    /// OCR pages whose text layer is missing, empty or garbage.
    #[default]
    Auto,
    /// OCR every page, ignoring the text layer.
    Always,
    /// Never OCR; scanned pages yield no text.
    Never,
}

#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub ocr: OcrMode,
    /// Upper bound on OCR time for one page.
    pub ocr_page_timeout: Duration,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            ocr: OcrMode::Auto,
            ocr_page_timeout: Duration::from_secs(60),
        }
    }
}

/// Why a file could not be read. The Display form is the one-sentence reason
/// printed in the report's `error` field.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot open the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the file is empty")]
    Empty,
    #[error("the text is not valid UTF-8")]
    NotUtf8,
    #[error("unsupported format: {0}")]
    Unsupported(String),
}

/// Reads one file into a document.
pub fn read(path: &Path, _opts: &ReadOptions) -> Result<Document, ReadError> {
    let bytes = std::fs::read(path)?;
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    let text = String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)?;
    Ok(Document::from_text(path, SourceKind::Text, &text))
}

/// File extensions the folder walk picks up.
pub const EXTENSIONS: &[&str] = &[
    "txt", "md", "pdf", "docx", "png", "jpg", "jpeg", "tif", "tiff",
];
