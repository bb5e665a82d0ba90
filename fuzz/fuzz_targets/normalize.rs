//! normalize on arbitrary text: no panic, and every byte of every block's
//! skeleton maps back to a place inside the document's lines.
#![no_main]

use baocao::model::{Document, SourceKind};
use baocao::normalize::{Block, Folded, normalize};
use baocao::patterns::Patterns;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PATTERNS: OnceLock<Patterns> = OnceLock::new();

fn maps_back(f: &Folded, lines: &[String]) {
    assert_eq!(f.map.len(), f.text.len() + 1);
    for p in &f.map {
        let line = &lines[p.line as usize];
        assert!((p.col as usize) <= line.len());
        assert!(line.is_char_boundary(p.col as usize));
    }
}

fuzz_target!(|s: &str| {
    let patterns = PATTERNS.get_or_init(Patterns::builtin);
    let doc = Document::from_text("f.txt", SourceKind::Text, s);
    let n = normalize(&doc, patterns);
    for b in &n.blocks {
        match b {
            Block::Para(p) => maps_back(&p.folded, &n.lines),
            Block::Table(t) => {
                for r in &t.rows {
                    for c in &r.cells {
                        maps_back(&c.folded, &n.lines);
                    }
                }
            }
        }
    }
});
