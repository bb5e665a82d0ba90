//! Format sniffing on arbitrary bytes, then the text decoder when the bytes
//! sniff as text (UTF-8 or UTF-16 with a byte-order mark).
#![no_main]

use baocao::read::{Format, read_text, sniff};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Format::Text(enc) = sniff(data) {
        let _ = read_text(Path::new("f.txt"), data, enc);
    }
});
