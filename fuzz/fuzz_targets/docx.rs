//! The DOCX reader (zip + quick-xml, bounded unpacking) on arbitrary bytes,
//! without the panic guard `read` puts around it: any panic is a finding.
#![no_main]

use baocao::read::{ReadOptions, read_docx};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions {
        // Small, so that bombs are cheap to find and to reject.
        docx_max_xml_bytes: 1 << 20,
        ..ReadOptions::default()
    };
    if let Ok(doc) = read_docx(Path::new("f.docx"), data, &opts) {
        assert_eq!(doc.pages.len(), 1);
    }
});
