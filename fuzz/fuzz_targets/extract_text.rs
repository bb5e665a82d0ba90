//! Arbitrary UTF-8 text through normalize, the number grammar, the pattern
//! matcher (extract) and the arithmetic checks.
#![no_main]

use baocao::model::{Document, SourceKind};
use baocao::patterns::Patterns;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PATTERNS: OnceLock<Patterns> = OnceLock::new();

fuzz_target!(|s: &str| {
    let patterns = PATTERNS.get_or_init(Patterns::builtin);
    let doc = Document::from_text("f.txt", SourceKind::Text, s);
    let x = baocao::extract::extract(&baocao::normalize::normalize(&doc, patterns), patterns);
    let _ = baocao::check::check(&x);
});
