//! The space-aligned text readers on arbitrary text: `read::layout`
//! (columns of a `pdftotext -layout` or OCR page found from the gaps) and
//! the word-box layout of OCR and `pdftotext -bbox` pages (Tesseract's TSV
//! parsed, words laid on a character grid, skew estimated).
#![no_main]

use baocao::ocr::{parse_tsv, words_to_layout};
use baocao::read::layout::to_lines;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = to_lines(s);
    let words = parse_tsv(s);
    let _ = words_to_layout(&words);
});
