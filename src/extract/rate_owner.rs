//! Which count a percentage is the rate of, for the matcher
//! ([`super::matcher`]): the count of its clause, the count in brackets
//! after it, or the count that the label right after it names. Takes the
//! paragraph's skeleton and its numbers; does not read cues itself.

use super::clause::sentence_break;
use super::matcher::Stmt;
use crate::normalize::{Num, NumKind};
use crate::patterns::{Patterns, WordClass};

/// The count a percentage belongs to: the nearest count before it in the
/// same clause; a non-zero rate skips a zero count ("438 trước hạn, 0 đúng
/// hạn, tỷ lệ 100%" is the 438's rate).
pub(super) fn clause_owner(
    text: &str,
    nums: &[Num],
    out: &[(usize, Stmt)],
    i: usize,
    v: f64,
    pats: &Patterns,
) -> Option<usize> {
    let n = &nums[i];
    let has_stmt = |j: usize| out.iter().any(|(k, _)| *k == j);
    // "39 DVCTT phát sinh hồ sơ (toàn trình 24, một phần 15), đạt 10,80%":
    // a rate right after a parenthesised breakdown is its head's.
    let before = &text[..n.start];
    let mut until = n.start;
    if let Some(close) = before.rfind(')')
        && !before[close..].contains(|c: char| c.is_ascii_digit())
        && let Some(open) = before[..close].rfind('(')
    {
        until = open;
    }
    let mut j = i;
    while j > 0 {
        j -= 1;
        if nums[j].start >= until {
            continue;
        }
        let between = &text[nums[j].end..until];
        if between.contains(';') || sentence_break(between, pats) {
            return None;
        }
        match nums[j].kind {
            NumKind::Pct(..) => continue,
            NumKind::Count(c) if has_stmt(j) => {
                if c == 0 && v != 0.0 {
                    continue;
                }
                return Some(j);
            }
            NumKind::Ratio(..) if has_stmt(j) => return Some(j),
            _ => return None,
        }
    }
    None
}

/// The rate right before a cue starting at `cue_start`, with nothing
/// between them but the words of [`WordClass::RateSubject`] ("85%
/// trực tuyến", "100% số hồ sơ này đã được thanh toán").
pub(super) fn rate_right_before(
    text: &str,
    nums: &[Num],
    cue_start: usize,
    pats: &Patterns,
) -> Option<usize> {
    let r = nums.iter().rposition(|n| n.end <= cue_start)?;
    (matches!(nums[r].kind, NumKind::Pct(..))
        && pats
            .words(WordClass::RateSubject)
            .cue
            .is_match(&text[nums[r].end..cue_start]))
    .then_some(r)
}

/// The count in brackets right after the rate `nums[i]`, alone there but
/// for what it counts ("99,9% (2.395/2.397 hồ sơ)"): the count the rate is
/// of. Not a bracket that lists a breakdown ("98% (1.200 trước hạn, 30
/// đúng hạn)"), whose numbers have cues of their own.
pub(super) fn bracketed_count(text: &str, nums: &[Num], i: usize) -> Option<usize> {
    let next = nums.get(i + 1)?;
    if !matches!(next.kind, NumKind::Count(_) | NumKind::Ratio(..))
        || text[nums[i].end..next.start].trim() != "("
    {
        return None;
    }
    let inside = &text[next.end..];
    let close = inside.find(')')?;
    let rest = &inside[..close];
    (rest.len() <= 16
        && !rest.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ';' | '.')))
    .then_some(i + 1)
}
