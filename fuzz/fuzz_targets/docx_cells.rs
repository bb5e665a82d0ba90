//! The DOCX reader's walk of `word/document.xml` (paragraphs, table cells,
//! runs, character references) on arbitrary text, without the zip around
//! it, so that libFuzzer mutates the XML itself.
#![no_main]

use baocao::read::read_docx_xml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|xml: &str| {
    if let Ok(lines) = read_docx_xml(xml) {
        // A line is a paragraph or a table row: never a line break inside.
        assert!(lines.iter().all(|l| !l.contains('\n')));
    }
});
