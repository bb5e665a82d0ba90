//! The readings that make one statement uncertain beyond the closed
//! world's words: another key narrowing the same number, a breakdown whose
//! head was not read, a qualifier shared by a coordination, a cue or a
//! qualifier no statement took, a count no statement took, a partitive.
//! Each takes the paragraph's folded text and statements and returns the
//! words that made it so, if any; [`super::judge`] gathers them.

use super::{COUNTED, records_foreign};
use crate::extract::clause;
use crate::extract::matcher::Stmt;
use crate::model::Key;
use crate::normalize::{Num, NumKind};
use crate::patterns::{Patterns, Side, WordClass};
use crate::vocabulary::{Role, words};

/// Every reading of this module for statement `s`, whose sentence starts
/// at `start` and whose clause with a bracket after it ends at `tail_end`.
pub(super) fn of(
    text: &str,
    nums: &[Num],
    s: &Stmt,
    stmts: &[Stmt],
    start: usize,
    tail_end: usize,
    pats: &Patterns,
) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(narrowed(text, s, stmts, pats));
    out.extend(shared_tail(text, s, stmts, pats));
    out.extend(unread_head(text, nums, s, stmts, start, pats));
    out.extend(unread_cue(text, s, stmts, start, s.at, pats));
    // "bị từ chối do người nộp đã có 02 hồ sơ trùng": a number in the
    // reason after its cue is the reason's, not the cue's.
    if s.side == Side::Before && s.cue.1 < s.at {
        let gap: Vec<&str> = words(&text[s.cue.1..s.at]).map(|(_, w)| w).collect();
        if let Some(i) = (0..gap.len()).find(|&i| pats.vocabulary().is_reason(&gap[i..])) {
            out.push(gap[i..].join(" "));
        }
    }
    out.extend(partitive(text, s, start, pats));
    out.extend(stray_count(text, nums, s, stmts, pats));
    // "còn 04 hồ sơ quá hạn": what remains may still be open.
    if s.key.is_resolved() {
        let before: Vec<&str> = words(&text[start..s.at]).map(|(_, w)| w).collect();
        if pats.vocabulary().ends_with_remainder(&before) {
            out.push(before[before.len() - 1].to_string());
        }
    }
    out.extend(unread_qualifier(text, s, stmts, tail_end, pats));
    out
}

/// "Đã tiếp nhận 1.515 hồ sơ trực tuyến": the words after the number name
/// another key of the same number, so the reading by the verb before it
/// (the received total) is narrowed by them, and is not certain. The words
/// that narrow it, if any.
pub(super) fn narrowed(text: &str, s: &Stmt, stmts: &[Stmt], pats: &Patterns) -> Option<String> {
    // "17 hồ sơ đang giải quyết quá hạn": a longer cue on the same side
    // of the same number names a narrower key.
    if let Some(t) = stmts.iter().find(|t| {
        t.at == s.at && t.key != s.key && t.cue.0 <= s.cue.0 && s.cue.1 <= t.cue.1 && t.cue != s.cue
    }) {
        return Some(text[t.cue.0..t.cue.1].trim().to_string());
    }
    // One number read as records and as people or visits: it cannot be
    // both, so the reading of another object is not certain.
    if records_foreign(s.key)
        && let Some(t) = stmts
            .iter()
            .find(|t| t.at == s.at && t.key != s.key && !records_foreign(t.key))
    {
        return Some(text[t.cue.0..t.cue.1].trim().to_string());
    }
    if s.side != Side::Before {
        return None;
    }
    // "Tổng số hồ sơ tiếp nhận 605 hồ sơ tiếp nhận trực tuyến": a cue that
    // says it is the total is not narrowed.
    let from = clause::clause_start(text, s.cue.0, pats);
    let cue: Vec<&str> = words(&text[from..s.cue.1.max(from)])
        .map(|(_, w)| w)
        .collect();
    if (0..cue.len()).any(|i| pats.vocabulary().is_total(&cue[i..])) {
        return None;
    }
    stmts
        .iter()
        .find(|t| t.at == s.at && t.key != s.key && t.side == Side::After)
        .map(|t| {
            let from = t.at.min(t.span.1);
            text[from..t.span.1]
                .trim_start_matches(|c: char| !c.is_alphabetic())
                .trim()
                .to_string()
        })
}

/// "Hiện còn 81 hồ sơ đang được các bộ phận giải quyết, trong đó 02 hồ sơ
/// quá hạn": a part after a breakdown word takes its meaning from the
/// number it breaks down; when no statement read that number, what the
/// part is a part of is not known. The breakdown word, if so.
pub(super) fn unread_head(
    text: &str,
    nums: &[Num],
    s: &Stmt,
    stmts: &[Stmt],
    start: usize,
    pats: &Patterns,
) -> Option<String> {
    let marker = pats
        .words(WordClass::Breakdown)
        .cue
        .find_iter(&text[start..s.at])
        .last()?;
    let at = start + marker.start();
    // The count before the breakdown word (a rate there is its head's).
    let head = nums.iter().rfind(|n| {
        n.start >= start && n.end <= at && matches!(n.kind, crate::normalize::NumKind::Count(_))
    })?;
    let records = &pats.words(WordClass::CountedRecords).leading;
    let counts_records = records.is_match(text[head.end..].trim_start());
    (counts_records && !stmts.iter().any(|t| t.at == head.start))
        .then(|| marker.as_str().to_string())
}

/// "71 dịch vụ toàn trình và 40 dịch vụ một phần phát sinh hồ sơ": the
/// qualifier that closes a coordination ("phát sinh hồ sơ") may qualify
/// every item, so an item read without it is not certain when its cue with
/// that qualifier names another key. The qualifier's words, if so.
pub(super) fn shared_tail(text: &str, s: &Stmt, stmts: &[Stmt], pats: &Patterns) -> Option<String> {
    if s.side != Side::After {
        return None;
    }
    let t = stmts
        .iter()
        .find(|t| t.at > s.at && t.side == Side::After)?;
    // Only the next item, joined by nothing but a list's joiner (the
    // `list_join` words: a comma, "và").
    let between = text[s.cue.1.min(t.at)..t.at].trim();
    let adjacent = between.is_empty()
        || pats
            .words(WordClass::ListJoin)
            .cue
            .find(between)
            .is_some_and(|m| m.start() == 0 && m.end() == between.len());
    if !adjacent {
        return None;
    }
    // The qualifier after the last item that narrows it ("… một phần phát
    // sinh hồ sơ", read as the partly-online offered, then narrowed).
    let t_to = clause::clause_end(text, t.span.1.max(t.cue.1), pats);
    if let Some(q) = unread_qualifier(text, t, stmts, t_to, pats) {
        return Some(q);
    }
    let own = text[s.cue.0..s.cue.1].trim();
    let theirs: Vec<(usize, &str)> = words(&text[t.cue.0..t.cue.1]).collect();
    (1..theirs.len().min(5)).find_map(|n| {
        let from = t.cue.0 + theirs[theirs.len() - n].0;
        let tail = text[from..t.cue.1].trim();
        // The tail is a qualifier of the last item only when that item
        // without it is read as another key ("dịch vụ một phần" offered,
        // "… phát sinh hồ sơ" with records); "0 hồ sơ đúng hạn" has none.
        let base = text[t.cue.0..from].trim();
        let whole = |s: &str, keep: &dyn Fn(&[Key]) -> bool| {
            pats.figures()
                .iter()
                .filter(|p| p.side == Side::After && keep(&p.keys))
                .any(|p| p.cue.find(s).is_some_and(|m| m.end() == s.len()))
        };
        if !whole(base, &|k: &[Key]| !k.contains(&t.key)) {
            return None;
        }
        let joined = format!("{own} {tail}");
        pats.figures()
            .iter()
            .filter(|p| p.side == Side::After && !p.keys.contains(&s.key))
            .any(|p| {
                p.cue
                    .find_iter(&joined)
                    .any(|m| m.start() < own.len() && m.end() == joined.len())
            })
            .then(|| tail.to_string())
    })
}

/// "Việc tái sử dụng dữ liệu … đối với 1.507/2.041 hồ sơ tiếp nhận trong
/// kỳ": a number read as a stage of the records' flow by the words after
/// it, when the words before it in its sentence are the cue of a service
/// on records that no statement of the paragraph took, may be that
/// service's count. The cue's words, if so.
pub(super) fn unread_cue(
    text: &str,
    s: &Stmt,
    stmts: &[Stmt],
    from: usize,
    to: usize,
    pats: &Patterns,
) -> Option<String> {
    if s.side != Side::After || from >= to {
        return None;
    }
    let before = &text[from..to];
    pats.figures()
        .iter()
        .filter(|p| p.side == Side::Before && !p.keys.contains(&s.key))
        .filter(|p| p.keys.iter().all(|k| k.is_record_service()) && !s.key.is_record_service())
        .filter(|p| !stmts.iter().any(|t| p.keys.contains(&t.key)))
        .find_map(|p| p.cue.find(before))
        .map(|m| m.as_str().trim().to_string())
}

/// "17 hồ sơ đang giải quyết quá hạn": right after the statement, another
/// key's cue that no statement took narrows what the number is. Its
/// words, if so.
pub(super) fn unread_qualifier(
    text: &str,
    s: &Stmt,
    stmts: &[Stmt],
    to: usize,
    pats: &Patterns,
) -> Option<String> {
    // Only a reading by the words after the number: the qualifier then
    // follows its cue. A headline verb ("từ chối giải quyết", "bị từ chối
    // tiếp nhận") narrows nothing.
    let from = s.span.1.max(s.cue.1);
    if s.side != Side::After || from >= to {
        return None;
    }
    let after = &text[from..to];
    let lead = after.len() - after.trim_start().len();
    let taken = |a: usize, b: usize| stmts.iter().any(|t| t.cue.0 <= a && b <= t.cue.1);
    let candidates = pats.figure_cues_in(after);
    pats.figures()
        .iter()
        .zip(candidates)
        .filter(|(p, c)| *c && !p.keys.contains(&s.key))
        .map(|(p, _)| p)
        .filter(|p| {
            !p.keys
                .iter()
                .any(|k| matches!(k, Key::ReceivedTotal | Key::ResolvedTotal))
        })
        .filter_map(|p| p.cue.find(after))
        .find(|m| m.start() == lead && !taken(from + m.start(), from + m.end()))
        .map(|m| m.as_str().trim().to_string())
}

/// The end of the words that qualify what the number ending at `end`
/// counts: its clause's end, or a reason or purpose word before it ("do
/// thiếu giấy tờ", "để bổ sung"), whose words only blockers may contest.
pub(super) fn noun_tail_end(text: &str, end: usize, pats: &Patterns) -> usize {
    let to = clause::clause_end(text, end, pats).max(end);
    let toks: Vec<(usize, &str)> = words(&text[end..to]).collect();
    let ws: Vec<&str> = toks.iter().map(|(_, w)| *w).collect();
    (0..ws.len())
        .find(|&i| pats.vocabulary().is_reason(&ws[i..]))
        .map_or(to, |i| end + toks[i].0)
}

/// Past the noun that says what the number ending at `end` counts ("hồ
/// sơ", "bản", "trường hợp"): what [`World::counted`] judges.
pub(super) fn after_counted_noun(text: &str, end: usize, to: usize, pats: &Patterns) -> usize {
    let rest = &text[end..to];
    let lead = rest.len() - rest.trim_start().len();
    let after = &rest[lead..];
    let noun = COUNTED
        .iter()
        .filter_map(|c| pats.words(*c).leading.find(after))
        .filter(|m| m.start() == 0)
        .map(|m| m.end())
        .max()
        .or_else(|| {
            let run: Vec<&str> = words(after).map(|(_, w)| w).collect();
            let n = pats.vocabulary().counter_at(&run)?;
            let (i, w) = words(after).nth(n - 1)?;
            Some(i + w.len())
        });
    // A neutral phrase the noun opens ("bản sao") is the noun's.
    let run: Vec<(usize, &str)> = words(after).collect();
    let ws: Vec<&str> = run.iter().map(|(_, w)| *w).collect();
    let phrase = match (!ws.is_empty())
        .then(|| pats.vocabulary().phrase_at(&ws, 0))
        .flatten()
    {
        Some((n, Role::Neutral)) => run.get(n - 1).map(|(i, w)| i + w.len()),
        _ => None,
    };
    match (noun, phrase) {
        (Some(n), Some(p)) => end + lead + n.max(p),
        (Some(n), None) => end + lead + n,
        _ => end,
    }
}

/// A count in the statement's clause that no statement took and no time
/// expression holds: the clause says something the grammar did not read
/// ("5 Hồ sơ thanh toán phí trực tuyến Hồ sơ 2.417": which number is the
/// figure?), so its statement is not certain. The count, if so.
pub(super) fn stray_count(
    text: &str,
    nums: &[Num],
    s: &Stmt,
    stmts: &[Stmt],
    pats: &Patterns,
) -> Option<String> {
    let from = clause::clause_start(text, s.at, pats);
    let to = clause::clause_end(text, s.at, pats);
    let voc = pats.vocabulary();
    let records = &pats.words(WordClass::CountedRecords).leading;
    let timed: Vec<(usize, usize)> = words(&text[from..to])
        .filter_map(|(i, _)| {
            let at = from + i;
            let c = voc.time_at(&text[at..to])?;
            Some((at, at + c.get(0)?.end()))
        })
        .collect();
    nums.iter()
        .filter(|n| n.start >= from && n.end <= to && n.start != s.at)
        .filter(|n| matches!(n.kind, NumKind::Count(_)))
        .filter(|n| {
            !stmts
                .iter()
                .any(|t| t.at == n.start || t.rate_at == Some(n.start))
        })
        .filter(|n| !timed.iter().any(|&(a, b)| a <= n.start && n.end <= b))
        // It counts what the statement counts: records by their word, or
        // nothing named (the clause ends). "23 DVCTT gồm 270 hồ sơ" counts
        // services and their records, two objects.
        .find(|n| {
            let after = text[n.end..to].trim_start_matches([' ', ':']);
            after.trim().is_empty() || s.key.is_record_key() && records.is_match(after)
        })
        .map(|n| text[n.start..n.end].to_string())
}

/// "Trong số lượt khách đến giao dịch, 1.934 lượt …": a number after a
/// partitive whose set its own key names is a part of that set, not its
/// figure. The partitive's words, if so.
pub(super) fn partitive(text: &str, s: &Stmt, from: usize, pats: &Patterns) -> Option<String> {
    let voc = pats.vocabulary();
    let toks: Vec<(usize, &str)> = words(&text[from..s.at])
        .map(|(i, w)| (from + i, w))
        .collect();
    let ws: Vec<&str> = toks.iter().map(|(_, w)| *w).collect();
    (0..toks.len()).find_map(|i| {
        let n = voc.partitive_at(&ws[i..])?;
        let set_from = toks.get(i + n)?.0;
        let set_to = clause::clause_end(text, set_from, pats).min(s.at);
        let set = &text[set_from..set_to];
        pats.figures()
            .iter()
            .filter(|p| p.keys.contains(&s.key))
            .any(|p| p.cue.is_match(set))
            .then(|| text[toks[i].0..set_to].trim().to_string())
    })
}
