//! The number grammar on arbitrary text, folded first as normalize does:
//! no panic, spans inside the text and on char boundaries, ordered, and
//! figures within the bounds the grammar promises.
#![no_main]

use baocao::normalize::{NumKind, fold, numbers};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let folded = fold(s);
    let mut last_end = 0;
    for n in numbers::scan(&folded) {
        assert!(n.start >= last_end && n.start < n.end && n.end <= folded.len());
        assert!(folded.is_char_boundary(n.start) && folded.is_char_boundary(n.end));
        last_end = n.end;
        match n.kind {
            NumKind::Count(v) => assert!((0..=1_000_000_000).contains(&v)),
            NumKind::Ratio(x, y) => assert!(x <= y && y <= 1_000_000_000),
            NumKind::Pct(v, _) => assert!(v.is_finite() && v >= 0.0),
            NumKind::Not(_) => {}
        }
    }
});
