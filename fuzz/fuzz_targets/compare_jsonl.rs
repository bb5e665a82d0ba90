//! `compare --from`'s reader on arbitrary bytes, then the comparison and
//! its terminal table over whatever reports came out: every line is a
//! report or an error row (never a panic), and the sums and the table's
//! text handling (dates shortened by characters) hold on hand-edited values.
#![no_main]

use baocao::compare::{CompareOptions, compare, parse_jsonl};
use baocao::publish::terminal_table;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let reports = parse_jsonl(Path::new("f.jsonl"), data);
    let lines = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(reports.len(), lines);
    if let Ok(c) = compare(&reports, &CompareOptions::default()) {
        let _ = terminal_table(&c.table);
    }
});
