//! Breakdowns: a part takes its meaning from the head it breaks down.
//!
//! Takes one paragraph's statements (from the matcher) and its folded text;
//! returns them with the keys of breakdown parts refined by the
//! `[[breakdown]]` entries of the patterns: in "có 41 DVCTT phát sinh hồ
//! sơ, trong đó toàn trình 25", the 25 is not the fully-online procedures
//! offered but those with records. It does not find statements or scopes.

use super::matcher::Stmt;
use crate::patterns::Patterns;

pub(crate) fn refine(text: &str, stmts: &mut [Stmt], pats: &Patterns) {
    // A statement read as one part ("Số DVC phát sinh hồ sơ: 53" after a
    // sentence on the partly-online ones) that is itself broken down into
    // the parts ("(toàn trình 32, một phần 21)") is their head.
    for i in 0..stmts.len() {
        let h = &stmts[i];
        let Some(b) = pats.breakdowns().iter().find(|b| {
            b.becomes == h.key
                && stmts[i + 1..].iter().any(|p| {
                    pats.breakdowns()
                        .iter()
                        .any(|o| o.head == b.head && (p.key == o.part || p.key == o.becomes))
                        && p.span.0 > h.at
                        && {
                            let between = &text[h.at..p.span.0];
                            b.marker.is_match(between) && !sentence_break(between)
                        }
                })
        }) else {
            continue;
        };
        let (key, from) = (b.head, b.becomes);
        let s = &mut stmts[i];
        let id = s
            .pattern
            .split_once('/')
            .map_or("", |(_, id)| id)
            .to_string();
        s.key = key;
        s.pattern = format!("{}/{id}>{}", key.as_str(), from.as_str());
    }
    for j in 0..stmts.len() {
        let part = &stmts[j];
        let Some(b) = pats.breakdowns().iter().find(|b| {
            b.part == part.key
                && stmts[..j].iter().rev().any(|h| {
                    h.key == b.head && h.at < part.span.0 && {
                        let between = &text[h.at..part.span.0];
                        b.marker.is_match(between) && !sentence_break(between)
                    }
                })
        }) else {
            continue;
        };
        let (key, head) = (b.becomes, b.head);
        let s = &mut stmts[j];
        let id = s
            .pattern
            .split_once('/')
            .map_or("", |(_, id)| id)
            .to_string();
        s.key = key;
        s.pattern = format!("{}/{id}<{}", key.as_str(), head.as_str());
    }
}

/// A breakdown may follow its head after a semicolon ("42 thủ tục, đạt
/// 11,8%; trong đó toàn trình 27"), not after a full stop.
fn sentence_break(s: &str) -> bool {
    s.contains(". ")
}
