//! The image reader: a PNG, JPEG or TIFF (a scan or a phone photo) in, a
//! one-page [`Document`] of OCR lines out.
//!
//! Hands the bytes to [`crate::ocr`] (Leptonica decodes them) and turns the
//! layout lines into text and table lines like a PDF page's. It does not
//! straighten perspective in photos or read more than the first page of a
//! multi-page TIFF.

use super::sniff::ImageKind;
use super::{ReadError, ReadOptions, geometry};
use crate::model::{Document, Page, SourceKind};
use crate::ocr::{self, OcrError, OcrInput};
use std::path::Path;

pub fn read(
    path: &Path,
    bytes: &[u8],
    _kind: ImageKind,
    opts: &ReadOptions,
) -> Result<Document, ReadError> {
    let page = ocr::ocr_image(OcrInput::Bytes(bytes), &ocr_options(opts)).map_err(|e| match e {
        OcrError::Image => ReadError::Image("Leptonica could not decode it".into()),
        e => ReadError::Ocr(e),
    })?;
    Ok(Document {
        path: path.to_path_buf(),
        kind: SourceKind::ImageOcr,
        pages: vec![ocr_page(page)],
    })
}

/// An OCR'd page as the document model holds it: ruled tables as rows of
/// cells from the page's rules (as a text-layer page's), the rest laid out
/// by the OCR column rule (the text-layer rules shift OCR'd columns).
pub fn ocr_page(page: ocr::OcrPage) -> Page {
    let doubtful = page
        .words
        .iter()
        .filter(|w| w.conf < DOUBTFUL_CONF && w.text.chars().any(|c| c.is_ascii_digit()))
        .map(|w| w.text.clone())
        .collect();
    Page {
        lines: geometry::ocr_page_lines(&page),
        ocr: true,
        confidence: page.confidence,
        doubtful,
    }
}

/// A word with a digit that Tesseract scored under this (of 100) is a
/// doubtful figure. On the devset scans the numbers it read right score 85
/// and more, nearly all; those it misread ("4.100" for a blurred "2.935", a
/// rule's remnant read as a digit) mostly under 50.
const DOUBTFUL_CONF: f32 = 70.0;

pub fn ocr_options(opts: &ReadOptions) -> ocr::OcrOptions {
    ocr::OcrOptions {
        lang: opts.ocr_lang.clone(),
        timeout: opts.ocr_page_timeout,
        prep: opts.ocr_prep.clone(),
        psm: opts.ocr_psm,
        ..ocr::OcrOptions::default()
    }
}
