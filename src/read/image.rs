//! The image reader: a PNG, JPEG or TIFF (a scan or a phone photo) in, a
//! one-page [`Document`] of OCR lines out.
//!
//! Hands the bytes to [`crate::ocr`] (Leptonica decodes them) and turns the
//! layout lines into text and table lines like a PDF page's (a photo's
//! page is found, warped flat and turned upright there). It does not
//! flatten a curled page or read more than the first page of a multi-page
//! TIFF.

use super::sniff::ImageKind;
use super::{ReadError, ReadOptions, geometry};
use crate::model::{Document, Page, SourceKind};
use crate::ocr::{self, OcrError, OcrInput};
use std::path::Path;

pub fn read(
    path: &Path,
    bytes: &[u8],
    kind: ImageKind,
    opts: &ReadOptions,
) -> Result<Document, ReadError> {
    // Checked from the header before anything is decoded: Leptonica would
    // allocate the whole raster (a 1 MB PNG of 30000 × 30000 pixels took
    // 3.3 GB and a minute).
    let (w, h) = dimensions(bytes, kind).ok_or_else(|| {
        ReadError::Image("its header is cut short or damaged (no image size)".into())
    })?;
    if !complete(bytes, kind) {
        return Err(ReadError::Image(
            "the file is cut short (its image data does not end)".into(),
        ));
    }
    if w.saturating_mul(h) > opts.max_image_pixels {
        return Err(ReadError::ImageTooLarge {
            width: w,
            height: h,
            limit_mp: opts.max_image_pixels / 1_000_000,
        });
    }
    let page =
        ocr::worker::ocr_image(OcrInput::Bytes(bytes), &ocr_options(opts)).map_err(
            |e| match e {
                OcrError::Image => ReadError::Image("Leptonica could not decode it".into()),
                e => ReadError::Ocr(e),
            },
        )?;
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
        layer: None,
    }
}

/// A word with a digit that Tesseract scored under this (of 100) is a
/// doubtful figure. On the devset scans the numbers it read right score 85
/// and more, nearly all; those it misread ("4.100" for a blurred "2.935", a
/// rule's remnant read as a digit) mostly under 50.
const DOUBTFUL_CONF: f32 = 70.0;

/// An image's width and height from its header: PNG's IHDR, JPEG's
/// start-of-frame segment, TIFF's first directory. None when the header
/// does not say (cut short, damaged).
pub fn dimensions(bytes: &[u8], kind: ImageKind) -> Option<(u64, u64)> {
    let be32 = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    match kind {
        ImageKind::Png => {
            if bytes.get(12..16)? != b"IHDR" {
                return None;
            }
            Some((be32(16)? as u64, be32(20)? as u64))
        }
        ImageKind::Jpeg => jpeg_size(bytes),
        ImageKind::Tiff => tiff_size(bytes),
    }
}

/// Whether the image data ends where the format says it ends: PNG's IEND
/// chunk, the JPEG end-of-image marker after the last scan (an EXIF
/// thumbnail has its own, before), TIFF's first image's strips or tiles
/// inside the file. A decoder given a cut file may make up the rest.
pub fn complete(bytes: &[u8], kind: ImageKind) -> bool {
    let rfind = |needle: &[u8]| bytes.windows(needle.len()).rposition(|w| w == needle);
    match kind {
        ImageKind::Png => rfind(b"IEND").is_some(),
        ImageKind::Jpeg => match (rfind(&[0xFF, 0xD9]), rfind(&[0xFF, 0xDA])) {
            (Some(eoi), Some(sos)) => eoi > sos,
            _ => false,
        },
        ImageKind::Tiff => tiff_data_end(bytes).is_some_and(|end| end <= bytes.len() as u64),
    }
}

/// The unsigned integer of `N` bytes at `at` of a TIFF file, in the
/// file's byte order ("II": little-endian, else big-endian).
fn tiff_uint<const N: usize>(b: &[u8], at: usize) -> Option<u64> {
    let x = b.get(at..at + N)?;
    let le = b.starts_with(b"II");
    Some(if le {
        x.iter().rev().fold(0, |v, &d| v << 8 | u64::from(d))
    } else {
        x.iter().fold(0, |v, &d| v << 8 | u64::from(d))
    })
}

/// Past the last byte of the first TIFF image's strips (or tiles).
fn tiff_data_end(b: &[u8]) -> Option<u64> {
    let u16_at = |at: usize| tiff_uint::<2>(b, at);
    let u32_at = |at: usize| tiff_uint::<4>(b, at);
    // The values of a SHORT or LONG entry: inline when they fit in four
    // bytes, else at the offset the entry holds.
    let values = |e: usize| -> Option<Vec<u64>> {
        let (size, count) = match u16_at(e + 2)? {
            3 => (2, u32_at(e + 4)? as usize),
            4 => (4, u32_at(e + 4)? as usize),
            _ => return None,
        };
        let count = count.min(1 << 16);
        let at = if size * count <= 4 {
            e + 8
        } else {
            u32_at(e + 8)? as usize
        };
        (0..count)
            .map(|i| {
                if size == 2 {
                    u16_at(at + i * 2)
                } else {
                    u32_at(at + i * 4)
                }
            })
            .collect()
    };
    let ifd = u32_at(4)? as usize;
    let n = u16_at(ifd)? as usize;
    let (mut offsets, mut counts) = (None, None);
    for i in 0..n.min(1000) {
        let e = ifd + 2 + i * 12;
        match u16_at(e)? {
            273 | 324 => offsets = values(e),
            279 | 325 => counts = values(e),
            _ => {}
        }
    }
    let (offsets, counts) = (offsets?, counts?);
    offsets
        .iter()
        .zip(&counts)
        .map(|(o, c)| o.saturating_add(*c))
        .max()
}

fn jpeg_size(b: &[u8]) -> Option<(u64, u64)> {
    let be16 = |at: usize| Some(u16::from_be_bytes(b.get(at..at + 2)?.try_into().ok()?) as u64);
    let mut at = 2;
    loop {
        // Fill bytes may pad a marker.
        while *b.get(at)? == 0xFF && *b.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *b.get(at)? != 0xFF {
            return None;
        }
        let marker = *b.get(at + 1)?;
        match marker {
            0xD8 | 0x01 | 0xD0..=0xD7 => at += 2,
            // Start of frame (baseline, progressive, lossless...): not the
            // Huffman, arithmetic-coding or JPEG-extension markers.
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let h = be16(at + 5)?;
                let w = be16(at + 7)?;
                return Some((w, h));
            }
            0xD9 | 0xDA => return None,
            _ => at += 2 + be16(at + 2)? as usize,
        }
    }
}

fn tiff_size(b: &[u8]) -> Option<(u64, u64)> {
    let u16_at = |at: usize| tiff_uint::<2>(b, at);
    let u32_at = |at: usize| tiff_uint::<4>(b, at);
    let ifd = u32_at(4)? as usize;
    let n = u16_at(ifd)? as usize;
    let (mut w, mut h) = (None, None);
    for i in 0..n.min(1000) {
        let e = ifd + 2 + i * 12;
        let tag = u16_at(e)?;
        // SHORT (3) or LONG (4), the value in the entry itself.
        let value = match u16_at(e + 2)? {
            3 => u16_at(e + 8)?,
            4 => u32_at(e + 8)?,
            _ => continue,
        };
        match tag {
            256 => w = Some(value),
            257 => h = Some(value),
            _ => {}
        }
    }
    Some((w?, h?))
}

pub fn ocr_options(opts: &ReadOptions) -> ocr::OcrOptions {
    ocr::OcrOptions {
        lang: opts.ocr_lang.clone(),
        timeout: opts.ocr_page_timeout,
        prep: opts.ocr_prep.clone(),
        psm: opts.ocr_psm,
        ..ocr::OcrOptions::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_from_the_headers() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(30000u32.to_be_bytes());
        png.extend(20000u32.to_be_bytes());
        assert_eq!(dimensions(&png, ImageKind::Png), Some((30000, 20000)));
        assert_eq!(dimensions(&png[..20], ImageKind::Png), None);
        // SOI, an APP0 of 4 bytes, SOF0 of 1240 × 1754 (height first).
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0x06, 0xDA, 0x04, 0xD8, 1,
        ];
        assert_eq!(dimensions(&jpeg, ImageKind::Jpeg), Some((1240, 1754)));
        assert_eq!(dimensions(&jpeg[..12], ImageKind::Jpeg), None);
        // Little-endian TIFF, one directory of two SHORT entries.
        let mut tiff = b"II*\0\x08\0\0\0\x02\0".to_vec();
        for (tag, v) in [(256u16, 800u16), (257, 600)] {
            tiff.extend(tag.to_le_bytes());
            tiff.extend(3u16.to_le_bytes());
            tiff.extend(1u32.to_le_bytes());
            tiff.extend(v.to_le_bytes());
            tiff.extend([0, 0]);
        }
        assert_eq!(dimensions(&tiff, ImageKind::Tiff), Some((800, 600)));
        assert_eq!(dimensions(&tiff[..14], ImageKind::Tiff), None);
        assert!(!complete(&tiff, ImageKind::Tiff), "no strips");
        assert!(!complete(&png, ImageKind::Png));
        assert!(!complete(&jpeg, ImageKind::Jpeg));
    }
}
