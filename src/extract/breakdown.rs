//! Breakdowns: a part takes its meaning from the head it breaks down.
//!
//! Takes one paragraph's statements (from the matcher) and its folded text;
//! returns them with the keys of breakdown parts refined by the
//! `[[breakdown]]` entries of the patterns: in "có 41 DVCTT phát sinh hồ
//! sơ, trong đó toàn trình 25", the 25 is not the fully-online procedures
//! offered but those with records. It does not find statements or scopes.

use super::clause::sentence_break;
use super::matcher::Stmt;
use crate::model::Key;
use crate::patterns::{Breakdown, Patterns, WordClass};

pub(crate) fn refine(text: &str, stmts: &mut Vec<Stmt>, pats: &Patterns) {
    rekey_parts(text, stmts, pats);
    drop_parts_of_their_own_key(text, stmts, pats);
}

/// "Đang giải quyết 30 hồ sơ, trong đó chưa đến hạn 28 hồ sơ, quá hạn 2":
/// a smaller part of a head, read under the head's own key, is a part the
/// keys do not name (in progress within the deadline), not the head stated
/// again; kept, it was a `conflicting-statements` 28 against 30.
fn drop_parts_of_their_own_key(text: &str, stmts: &mut Vec<Stmt>, pats: &Patterns) {
    let marker = &pats.words(WordClass::Breakdown).cue;
    let part_of_own_key = |j: usize| {
        let p = &stmts[j];
        stmts[..j].iter().any(|h| {
            h.key == p.key
                && h.value.zip(p.value).is_some_and(|(hv, pv)| pv < hv)
                && h.at < p.span.0
                && {
                    let between = &text[h.at..p.span.0];
                    (opens(marker, between) || open_bracket(between))
                        && !sentence_break(between, pats)
                }
        })
    };
    let keep: Vec<bool> = (0..stmts.len()).map(|j| !part_of_own_key(j)).collect();
    let mut k = keep.iter();
    stmts.retain(|_| *k.next().unwrap_or(&true));
}

fn rekey_parts(text: &str, stmts: &mut [Stmt], pats: &Patterns) {
    let ats: Vec<usize> = stmts.iter().map(|s| s.at).collect();
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
                        && breaks_down(text, b, h, p, &ats, pats)
                })
        }) else {
            continue;
        };
        rekey(&mut stmts[i], b.head, '>', b.becomes);
    }
    for j in 0..stmts.len() {
        let part = &stmts[j];
        let Some(b) = pats.breakdowns().iter().find(|b| {
            b.part == part.key
                && stmts[..j]
                    .iter()
                    .rev()
                    .any(|h| h.key == b.head && breaks_down(text, b, h, part, &ats, pats))
        }) else {
            continue;
        };
        rekey(&mut stmts[j], b.becomes, '<', b.head);
    }
}

/// Whether `part` follows `head` in the same sentence with the words that
/// open the breakdown between them, and no other statement (at `ats`)
/// stands between the head and those words: "204 (có 66 …); một phần: 121
/// (có 38 …)" breaks down 121 into 38, not 66.
fn breaks_down(
    text: &str,
    b: &Breakdown,
    head: &Stmt,
    part: &Stmt,
    ats: &[usize],
    pats: &Patterns,
) -> bool {
    head.at < part.span.0 && {
        let between = &text[head.at..part.span.0];
        let marker = b
            .marker
            .as_deref()
            .unwrap_or(&pats.words(WordClass::Breakdown).cue);
        let Some(m) = opening(marker, between) else {
            return false;
        };
        let marker_at = head.at + m;
        !sentence_break(between, pats) && !ats.iter().any(|&a| head.at < a && a < marker_at)
    }
}

/// Where the marker opens a breakdown in `between` (the first such word),
/// as [`opens`].
fn opening(marker: &regex::Regex, between: &str) -> Option<usize> {
    let word = marker
        .find_iter(between)
        .find(|m| m.as_str() != "(")
        .map(|m| m.start());
    // A bracket opens one wherever it is still open at the part.
    let bracket = between
        .match_indices('(')
        .map(|(i, _)| i)
        .find(|&i| open_bracket(&between[i..]));
    word.into_iter().chain(bracket).min()
}

/// Whether the marker opens a breakdown in `between`: a word ("trong
/// đó", "gồm"), or a bracket still open where the part stands ("(đạt tỷ lệ
/// 45,75%); 143 thủ tục một phần" closed its bracket before the next item).
fn opens(marker: &regex::Regex, between: &str) -> bool {
    opening(marker, between).is_some()
}

/// Whether `s` leaves a bracket open.
fn open_bracket(s: &str) -> bool {
    s.matches('(').count() > s.matches(')').count()
}

/// The statement is read as `key`; its pattern says from what
/// ("key/id<head" for a part, "key/id>part" for a head).
fn rekey(s: &mut Stmt, key: Key, mark: char, other: Key) {
    let id = s
        .pattern
        .split_once('/')
        .map_or("", |(_, id)| id)
        .to_string();
    s.key = key;
    s.pattern = format!("{}/{id}{mark}{}", key.as_str(), other.as_str());
}
