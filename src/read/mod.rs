//! The `read` stage: a file in, a [`Document`] (pages of lines) out.
//!
//! Takes a path and read options; returns the document or a [`ReadError`]
//! that says in one sentence why the file cannot be read. It does not
//! normalize text or look for figures. The format is sniffed from the bytes,
//! not the extension ([`sniff`]), and every format gives the same model: one
//! page per PDF page (DOCX and text are one page), table rows as one line of
//! `\t`-separated cells with empty cells kept.
//!
//! Third-party parsers (pdf-extract, lopdf, zip) panic on some damaged files;
//! every call into them runs under `catch_unwind` here, so a bad file gives a
//! [`ReadError::Panicked`] and the batch goes on. Nothing global (panic hook,
//! environment) is installed by this module.

mod container;
mod doc;
mod docx;
mod embedded;
mod geometry;
mod image;
mod judge;
mod lattice;
pub mod layout;
mod legacy;
mod odt;
mod pdf;
mod poppler;
mod repair;
mod rulings;
mod sheet;
mod sniff;
mod text;

pub use sniff::{Format, Unreadable, sniff};

/// The Word 97 reader on its two streams (`WordDocument`, `0Table`/`1Table`)
/// and the OpenDocument text reader on `content.xml`: fuzz entry points.
pub use doc::parse as read_doc_streams;
/// The DOCX and text readers on bytes in memory, without the file checks and
/// the panic guard of [`read`]: entry points for the fuzz targets (fuzz/),
/// where a panic must surface.
pub use docx::parse as read_docx_xml;
pub use docx::read as read_docx;
pub use odt::parse as read_odt_xml;
/// The loop of the `baocao-pdf-words` helper program (src/bin): not an API.
#[doc(hidden)]
pub use poppler::serve as serve_pdf_words;
pub(crate) use poppler::{enable as enable_pdf_words, release as release_pdf_words};
pub use text::read as read_text;

use crate::model::Document;
use crate::ocr::OcrError;
use container::Container;
use std::panic::{AssertUnwindSafe, catch_unwind};
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
    /// Largest uncompressed `word/document.xml` a DOCX may have (and an
    /// ODT's `content.xml`, a `.doc`'s streams); beyond it the file is
    /// treated as a zip bomb.
    pub docx_max_xml_bytes: u64,
    /// Tesseract language(s).
    pub ocr_lang: String,
    /// Tesseract's page segmentation mode (`--ocr-psm`).
    pub ocr_psm: u32,
    /// Image preprocessing before OCR, in order (see [`crate::ocr::prep`]).
    pub ocr_prep: Vec<crate::ocr::prep::Step>,
    /// Largest file read at all: a bigger one is refused before it is
    /// loaded, so one odd file cannot take the batch's memory.
    pub max_file_bytes: u64,
    /// Largest plain-text file: the pipeline holds about 20 bytes per byte
    /// of text, and a report is well under 1 MiB (DOCX text is bounded by
    /// [`ReadOptions::docx_max_xml_bytes`]).
    pub max_text_bytes: u64,
    /// Most PDF pages OCR'd in one file. A PDF with more pages to OCR is
    /// refused before any page is rendered (at 1-2 s a page, 1,000 blank
    /// pages would hold a batch for half an hour).
    pub max_ocr_pages: usize,
    /// Upper bound on the OCR time of one file, all its pages together;
    /// [`ReadOptions::ocr_page_timeout`] bounds each page.
    pub ocr_file_budget: Duration,
    /// Most pixels an image file may have (width × height from its header,
    /// before it is decoded): a page at 600 dpi is 35 million.
    pub max_image_pixels: u64,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            ocr: OcrMode::Auto,
            ocr_page_timeout: Duration::from_secs(60),
            docx_max_xml_bytes: 64 << 20,
            ocr_lang: "vie".to_string(),
            ocr_prep: crate::ocr::OcrOptions::default().prep,
            ocr_psm: crate::ocr::OcrOptions::default().psm,
            max_file_bytes: 256 << 20,
            max_text_bytes: 16 << 20,
            max_ocr_pages: 100,
            ocr_file_budget: Duration::from_secs(600),
            max_image_pixels: 100_000_000,
        }
    }
}

/// Why a file could not be read. The Display form is an English sentence
/// for the logs (`{:#}` of [`crate::error::Chain`] adds the sources); the
/// clerk reads the Vietnamese one of [`crate::vi::read_error`] in the
/// report's `error` field.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file itself could not be opened or read (missing, permission,
    /// a symlink loop).
    #[error("cannot open the file")]
    Open(#[source] std::io::Error),
    /// Any other input/output failure while reading: a temporary folder,
    /// a helper process, a wait.
    #[error("an input/output error stopped the reading (not the file itself)")]
    Io(#[from] std::io::Error),
    #[error("the file is empty")]
    Empty,
    #[error("this is not a regular file (a folder, device or pipe)")]
    NotAFile,
    #[error("the file is larger than {limit_mib} MiB, the most baocao reads")]
    TooLarge { limit_mib: u64 },
    #[error("the text file is larger than {limit_mib} MiB, far more than a report")]
    TextTooLarge { limit_mib: u64 },
    #[error("the text is neither UTF-8 nor UTF-16 with a byte-order mark")]
    NotUtf8,
    #[error("unsupported format: {0}")]
    Unsupported(Unreadable),
    #[error("the PDF is damaged and cannot be read ({0})")]
    PdfDamaged(String),
    /// lopdf cannot parse the file (its error kept as the source).
    #[error("the PDF is damaged: lopdf cannot parse it")]
    PdfParse(#[source] lopdf::Error),
    /// pdf-extract cannot get the text out (its error kept as the source).
    #[error("the PDF is damaged: pdf-extract cannot read its text")]
    PdfText(#[source] pdf_extract::OutputError),
    #[error("the PDF is password-protected; ask the ward for an unprotected copy")]
    Encrypted,
    #[error(
        "the document unpacks to more than {limit_mib} MiB of text, so it was not opened (a zip bomb or a broken file)"
    )]
    ZipBomb { limit_mib: u64 },
    #[error("the DOCX is damaged or is not a Word document ({0})")]
    DocxMalformed(String),
    #[error("the DOCX is not a readable zip archive")]
    DocxZip(#[source] zip::result::ZipError),
    #[error("the DOCX's document.xml cannot be unpacked")]
    DocxUnpack(#[source] std::io::Error),
    #[error("the document's XML is not well-formed")]
    DocxXml(#[source] quick_xml::Error),
    /// A Word 97-2003 file whose streams do not hold what its header says.
    #[error("the Word 97-2003 file is damaged ({0})")]
    OfficeDamaged(String),
    #[error("the Office file is password-protected; ask the ward for an unprotected copy")]
    OfficeEncrypted,
    /// calamine cannot read the workbook or a sheet.
    #[error("the spreadsheet cannot be read ({0})")]
    Spreadsheet(String),
    #[error("the image cannot be decoded ({0})")]
    Image(String),
    #[error(
        "the image is {width} × {height} pixels, more than the {limit_mp} million baocao reads"
    )]
    ImageTooLarge {
        width: u64,
        height: u64,
        limit_mp: u64,
    },
    #[error("OCR failed: {0}")]
    Ocr(#[from] OcrError),
    #[error("the PDF has {pages} pages to OCR, more than the {limit} baocao OCRs in one file")]
    TooManyOcrPages { pages: usize, limit: usize },
    #[error("the OCR of this file took longer than {0} s in all, so it was stopped")]
    OcrBudget(u64),
    #[error("the {0} reader crashed on this file, which is probably damaged")]
    Panicked(&'static str),
    #[error("the tool {0} is needed to read this file but could not be run")]
    ToolMissing(&'static str),
    #[error("page {file} cannot be read: {reason}")]
    Page {
        file: String,
        #[source]
        reason: Box<ReadError>,
    },
    /// A helper program (poppler) ran past its time bound; not a sign that
    /// the file is damaged (a busy machine, a huge page).
    #[error("{tool} took longer than {secs} s on this file, so it was stopped")]
    ToolTimeout { tool: &'static str, secs: u64 },
}

/// Under this mean word confidence (Tesseract's 0–100) an OCR'd page is
/// flagged as read poorly: see docs/scans.md for how it was chosen.
pub const LOW_OCR_CONFIDENCE: f32 = 70.0;

/// Reads one file into a document.
pub fn read(path: &Path, opts: &ReadOptions) -> Result<Document, ReadError> {
    let bytes = read_bounded(path, opts.max_file_bytes)?;
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    match sniff::sniff(&bytes) {
        Format::Text(_) if bytes.len() as u64 > opts.max_text_bytes => {
            Err(ReadError::TextTooLarge {
                limit_mib: opts.max_text_bytes >> 20,
            })
        }
        Format::Text(enc) => text::read(path, &bytes, enc),
        Format::Zip => match container::zip_kind(&bytes)? {
            Container::Odt => guarded("ODT", || odt::read(path, &bytes, opts)),
            Container::Workbook => sheet::read(path, &bytes),
            _ => guarded("DOCX", || docx::read(path, &bytes, opts)),
        },
        Format::Cfb => match container::cfb_kind(&bytes)? {
            Container::Doc => guarded("DOC", || doc::read(path, &bytes, opts)),
            _ => sheet::read(path, &bytes),
        },
        Format::Pdf => pdf::read(path, &bytes, opts),
        Format::Image(kind) => image::read(path, &bytes, kind, opts),
        Format::Other(what) => Err(ReadError::Unsupported(what)),
    }
}

/// The file's bytes, at most `limit` of them. Only regular files are
/// opened: opening a named pipe would block the batch until a writer came.
fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let too_large = ReadError::TooLarge {
        limit_mib: limit >> 20,
    };
    let meta = std::fs::metadata(path).map_err(ReadError::Open)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(too_large);
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow between the metadata and the read: `take` is the bound.
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(ReadError::Open)?;
    if bytes.len() as u64 > limit {
        return Err(too_large);
    }
    Ok(bytes)
}

/// Runs a parser, turning a panic inside it into [`ReadError::Panicked`].
/// The pipeline has its own catch_unwind; this one keeps the reason precise.
pub(crate) fn guarded<T>(
    what: &'static str,
    f: impl FnOnce() -> Result<T, ReadError>,
) -> Result<T, ReadError> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(Err(ReadError::Panicked(what)))
}
