//! Certainty by coverage: a closed world over each statement's clause.
//!
//! Takes one paragraph's folded text, its numbers, the statements the
//! matcher read from it with their scopes, the report's own unit and
//! period, and the blockers inherited from the heading or list head above
//! it; returns, per statement, whether it is certain and the words that
//! made it not. A statement is certain only when every word of its frame
//! (the sentence from its start to its first number) and of its own clause
//! up to its number is explained: by a statement's cue, the report's own
//! unit, the agency or field its scope names, a time expression that is
//! the report's own period, or a neutral word of `patterns/vocabulary.toml`.
//! After the number, to the end of its clause, only blockers and other
//! periods count. It does not decide keys, values or scopes, and never
//! drops a statement: `check` decides what an uncertain figure may ground.

use super::matcher::Stmt;
use super::{clause, time};
use crate::model::{Key, Period, Scope};
use crate::normalize::{Num, NumKind};
use crate::patterns::{Patterns, Side, WordClass};
use crate::vocabulary::{Role, words};

/// Who and when the report is: what a clause may name without doubt.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Own<'a> {
    /// The report's unit's folded name ("duong kinh").
    pub unit: Option<&'a str>,
    pub period: Option<&'a Period>,
}

/// One statement's judgement.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Verdict {
    pub unexplained: Vec<String>,
    /// Why the rate it took from another number is not its rate (then the
    /// caller drops the rate, not the count).
    pub rate_doubt: Vec<String>,
}

impl Verdict {
    pub fn certain(&self) -> bool {
        self.unexplained.is_empty()
    }
}

/// The words that explain themselves for statement `s`: the report's
/// unit (in `base`), its cue, its scope's agency or field, and the words
/// of its own key ("phản ánh, kiến nghị" for a complaint count, "tồn từ"
/// for a carried-over one) wherever they stand; another key's words do not
/// ("tái sử dụng dữ liệu … 1.507/2.041 hồ sơ tiếp nhận"). `key_words`
/// caches each key's spans over the paragraph.
fn explained_for(
    text: &str,
    s: &Stmt,
    scope: &Scope,
    base: &[bool],
    candidates: &[bool],
    key_words: &mut Vec<(Key, Vec<(usize, usize)>)>,
    pats: &Patterns,
) -> Vec<bool> {
    let mut ex = base.to_vec();
    mark(&mut ex, s.cue.0, s.cue.1);
    explain_scope(text, scope, &mut ex, pats);
    if !key_words.iter().any(|(k, _)| *k == s.key) {
        let spans = pats
            .figures()
            .iter()
            .zip(candidates)
            .filter(|(p, c)| **c && p.keys.contains(&s.key))
            .flat_map(|(p, _)| p.cue.find_iter(text).map(|m| (m.start(), m.end())))
            .collect();
        key_words.push((s.key, spans));
    }
    if let Some((_, spans)) = key_words.iter().find(|(k, _)| *k == s.key) {
        for &(a, b) in spans {
            mark(&mut ex, a, b);
        }
    }
    ex
}

/// Why the rate statement `s` took from another number is not its own:
/// the rate lies in another sentence, or its clause places it elsewhere.
fn rate_doubt(
    w: &World,
    text: &str,
    nums: &[Num],
    s: &Stmt,
    start: usize,
    starts: &clause::Starts,
    pats: &Patterns,
) -> Vec<String> {
    let mut doubt = Vec::new();
    if let Some(r) = s.rate_at.filter(|&r| r != s.at)
        && let Some(rn) = nums.iter().find(|n| n.start == r)
    {
        if starts.of(r) != start {
            doubt.push(text[rn.start..rn.end].to_string());
        }
        let r_from = clause::clause_start(text, r, pats);
        let r_to = clause::clause_end(text, rn.end, pats).max(rn.end);
        w.test(r_from, r_to, true, &mut doubt);
    }
    doubt
}

/// Where one statement's tested spans lie in its paragraph.
struct Reach {
    /// Its sentence's start.
    start: usize,
    /// The sentence's first figure (or the statement's number).
    first: usize,
    /// Its own clause's start, not before `first`.
    from: usize,
    /// Its number's end.
    end: usize,
    /// The rest of its clause and a bracket right after it ("… 35.618 hồ
    /// sơ (tính lũy kế …)").
    tail_end: usize,
}

fn reach(text: &str, nums: &[Num], s: &Stmt, starts: &clause::Starts, pats: &Patterns) -> Reach {
    let start = starts.of(s.at);
    let first = nums
        .iter()
        .filter(|n| n.is_figure() && n.start >= start)
        .map(|n| n.start)
        .next()
        .unwrap_or(s.at)
        .min(s.at);
    let from = clause::clause_start(text, s.at, pats).max(first);
    let end = nums
        .iter()
        .find(|n| n.start == s.at)
        .map_or(s.at, |n| n.end);
    let mut tail_end = clause::clause_end(text, end, pats).max(end);
    if text[tail_end..].starts_with('(') {
        tail_end = text[tail_end..]
            .find(')')
            .map_or(text.len(), |i| tail_end + i);
    }
    Reach {
        start,
        first,
        from,
        end,
        tail_end,
    }
}

/// The verdict of each of `stmts` (in order), `scopes[i]` being the scope
/// statement `i` was given.
pub(crate) fn judge(
    text: &str,
    nums: &[Num],
    stmts: &[Stmt],
    scopes: &[Scope],
    own: &Own,
    inherited: &[String],
    pats: &Patterns,
) -> Vec<Verdict> {
    // Words of the statements' cues: explained, but not when they are a
    // blocker for another statement ("tiếp nhận của kỳ trước là 1.869"
    // read as a carried-over count does not make the rest of its sentence
    // this period's).
    let mut cues = vec![false; text.len()];
    for s in stmts {
        mark(&mut cues, s.cue.0, s.cue.1);
    }
    let mut explained = vec![false; text.len()];
    let candidates = pats.figure_cues_in(text);
    if let Some(u) = own.unit {
        for (i, _) in text.match_indices(u) {
            mark(&mut explained, i, i + u.len());
        }
    }
    let starts = clause::Starts::new(text, pats);
    // The words of each key the paragraph states, found once per key.
    let mut key_words: Vec<(Key, Vec<(usize, usize)>)> = Vec::new();
    stmts
        .iter()
        .zip(scopes)
        .map(|(s, scope)| {
            let ex = explained_for(
                text,
                s,
                scope,
                &explained,
                &candidates,
                &mut key_words,
                pats,
            );
            let Reach {
                start,
                first,
                from,
                end,
                tail_end,
            } = reach(text, nums, s, &starts, pats);
            let w = World {
                text,
                nums,
                explained: &ex,
                cues: &cues,
                own,
                pats,
                agency: match scope {
                    Scope::Sector(x) => Some(*x),
                    _ => None,
                },
                records_foreign: records_foreign(s.key),
            };
            let mut out: Vec<String> = inherited.to_vec();
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
            w.test(start, first, false, &mut out);
            w.test(from, s.at, false, &mut out);
            // The span from a cue before the number to the number ("đã được
            // giải quyết xong, số còn lại (34 hồ sơ)").
            if s.side == Side::Before {
                w.test(s.cue.1.min(s.at), s.at, false, &mut out);
            }
            // A count of people, visits or complaints read by the words
            // after it: what follows its cue in its clause says which
            // visits ("826 lượt công dân được hỗ trợ cài đặt tài khoản").
            if s.side == Side::After && w.records_foreign && s.cue.1 < tail_end {
                w.test(s.cue.1, tail_end, false, &mut out);
            }
            // Blockers anywhere before it in its sentence ("Trong số 13 đơn
            // nhận được từ đầu năm, … đã giải quyết 11 đơn").
            w.test(first, from, true, &mut out);
            w.test(end, tail_end, true, &mut out);
            // "Công an xã đã giải quyết 61 hồ sơ đăng ký xe mô tô tại trụ
            // sở": the words right after the counted records, up to a reason
            // ("do", "vì"), say which records, and are read in the closed
            // world like the words before.
            if s.side == Side::Before && s.key.is_record_key() {
                let noun_end = noun_tail_end(text, end, pats);
                let from = after_counted_noun(text, end, noun_end, pats);
                w.test(from, noun_end, false, &mut out);
            }
            // A later clause of its sentence may re-scope the whole of it.
            let sentence_end = clause::stop_end(text, end, pats);
            w.later_clauses(end, sentence_end, &mut out);
            // A rate taken from another number: its own clause must not
            // place it elsewhere ("… 1.339 hồ sơ. Khối lượng giải quyết bằng
            // 112,63% kỳ liền kề"), nor may it lie in another sentence.
            let rate_doubt = rate_doubt(&w, text, nums, s, start, &starts, pats);
            out.extend(w.counted(end, s.key));
            out.extend(w.elided(start, s.at, end, s.key));
            out.dedup();
            Verdict {
                unexplained: out,
                rate_doubt,
            }
        })
        .collect()
}

/// "Đã tiếp nhận 1.515 hồ sơ trực tuyến": the words after the number name
/// another key of the same number, so the reading by the verb before it
/// (the received total) is narrowed by them, and is not certain. The words
/// that narrow it, if any.
fn narrowed(text: &str, s: &Stmt, stmts: &[Stmt], pats: &Patterns) -> Option<String> {
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
fn unread_head(
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
fn shared_tail(text: &str, s: &Stmt, stmts: &[Stmt], pats: &Patterns) -> Option<String> {
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
fn unread_cue(
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
fn unread_qualifier(
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
fn noun_tail_end(text: &str, end: usize, pats: &Patterns) -> usize {
    let to = clause::clause_end(text, end, pats).max(end);
    let toks: Vec<(usize, &str)> = words(&text[end..to]).collect();
    let ws: Vec<&str> = toks.iter().map(|(_, w)| *w).collect();
    (0..ws.len())
        .find(|&i| pats.vocabulary().is_reason(&ws[i..]))
        .map_or(to, |i| end + toks[i].0)
}

/// Past the noun that says what the number ending at `end` counts ("hồ
/// sơ", "bản", "trường hợp"): what [`World::counted`] judges.
fn after_counted_noun(text: &str, end: usize, to: usize, pats: &Patterns) -> usize {
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
fn stray_count(
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
fn partitive(text: &str, s: &Stmt, from: usize, pats: &Patterns) -> Option<String> {
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

/// The blockers and other periods in a heading or list head: what its
/// statements inherit (its other words are not tested).
pub(crate) fn blockers(text: &str, nums: &[Num], own: &Own, pats: &Patterns) -> Vec<String> {
    let ex = vec![false; text.len()];
    let w = World {
        text,
        nums,
        explained: &ex,
        cues: &ex,
        own,
        pats,
        agency: None,
        records_foreign: false,
    };
    let mut out = Vec::new();
    w.test(0, text.len(), true, &mut out);
    out
}

/// The unexplained words of a table's header or row label (folded):
/// the same closed world as a statement's clause. `explained` marks the
/// bytes the table's own words explain (its column cues, its total, rate,
/// note and units words, the words headers are made of); the report's own
/// unit and period explain themselves, and a time expression of another period,
/// another agency or an unknown word is unexplained. A cell is certain
/// only when its row's and its column's words are all explained.
pub(crate) fn unexplained_in_label(
    text: &str,
    explained: &[bool],
    own: &Own,
    pats: &Patterns,
) -> Vec<String> {
    let nums = crate::normalize::numbers::scan(text);
    let mut ex = explained.to_vec();
    ex.resize(text.len(), false);
    if let Some(u) = own.unit {
        for (i, _) in text.match_indices(u) {
            mark(&mut ex, i, i + u.len());
        }
    }
    // Prose cues explain nothing here: a header word that is another
    // key's cue ("liên thông", "bưu chính") narrows the column's key, as
    // "1.515 hồ sơ trực tuyến" narrows a received count in a sentence.
    let cues = vec![false; text.len()];
    let w = World {
        text,
        nums: &nums,
        explained: &ex,
        cues: &cues,
        own,
        pats,
        agency: None,
        records_foreign: false,
    };
    let mut out = Vec::new();
    w.test(0, text.len(), false, &mut out);
    out.dedup();
    out
}

fn mark(ex: &mut [bool], from: usize, to: usize) {
    let to = to.min(ex.len());
    if from < to {
        ex[from..to].iter_mut().for_each(|b| *b = true);
    }
}

/// The words of the scope's own name: the agency's cue, the field's name.
fn explain_scope(text: &str, scope: &Scope, ex: &mut [bool], pats: &Patterns) {
    match scope {
        Scope::Ward => {}
        Scope::Sector(sector) => {
            for c in pats.sectors().iter().filter(|c| c.sector == *sector) {
                for m in c.cue.find_iter(text) {
                    mark(ex, m.start(), m.end());
                }
            }
        }
        Scope::Field(name) => {
            let f = crate::text::fold(name);
            if !f.is_empty() {
                for (i, _) in text.match_indices(f.as_str()) {
                    mark(ex, i, i + f.len());
                }
            }
        }
    }
}

struct World<'a> {
    text: &'a str,
    nums: &'a [Num],
    /// Bytes the statement's own cue, key, unit or scope explain.
    explained: &'a [bool],
    /// Bytes of any statement's cue: explained unless a blocker.
    cues: &'a [bool],
    own: &'a Own<'a>,
    pats: &'a Patterns,
    /// The agency whose statement it is: agency and place names explain
    /// it, unless they name another agency.
    agency: Option<crate::model::Sector>,
    /// The statement counts people, visits or complaints: the records word
    /// in its clause names another object.
    records_foreign: bool,
}

impl World<'_> {
    /// Adds to `out` the unexplained words of `text[from..to]`; with
    /// `blockers_only`, only blockers and other periods.
    fn test(&self, from: usize, to: usize, blockers_only: bool, out: &mut Vec<String>) {
        if from >= to {
            return;
        }
        let voc = self.pats.vocabulary();
        let toks: Vec<(usize, &str)> = words(&self.text[from..to])
            .map(|(i, w)| (from + i, w))
            .collect();
        // Time expressions first, so that no phrase swallows their words
        // ("trong tháng 9/2025": "trong tháng" is neutral, September is
        // not the report's).
        let mut timed = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            let at = toks[i].0;
            let Some(c) = voc.time_at(&self.text[at..to]) else {
                i += 1;
                continue;
            };
            let end = at + c.get(0).map_or(0, |m| m.end());
            // "trong tháng 9/2025" is September, and "của tháng trước" the
            // month before: neither is "this month".
            if let Some(unit) = c.name("this") {
                let unit_at = at + unit.start();
                let next: Vec<&str> = words(&self.text[unit_at..to]).map(|(_, w)| w).collect();
                let blocked = matches!(voc.phrase_at(&next, 0), Some((_, Role::Blocker)));
                if blocked
                    || self.text[end..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
                {
                    i += 1;
                    continue;
                }
            }
            let mut j = i;
            while j < toks.len() && toks[j].0 < end {
                timed[j] = true;
                j += 1;
            }
            if !time::is_own(&c, self.own.period, voc.founded())
                && !voc.is_carried_from(self.text, at, end)
            {
                out.push(self.text[at..end].trim().to_string());
            }
            i = j.max(i + 1);
        }
        // A count of people, visits or complaints: the records word in its
        // clause names another object, whatever phrase holds it ("số hồ sơ
        // mới tiếp nhận là 1.185" is no count of visitors).
        if self.records_foreign && !blockers_only {
            let records = &self.pats.words(WordClass::CountedRecords).leading;
            for &(at, w) in &toks {
                if !self.is_explained(at, w.len())
                    && let Some(m) = records.find(&self.text[at..to])
                {
                    out.push(m.as_str().trim().to_string());
                    break;
                }
            }
        }
        let mut i = 0;
        while i < toks.len() {
            let (at, w) = toks[i];
            if timed[i] {
                i += 1;
                continue;
            }
            // A phrase runs up to the next time expression; a neutral one
            // may run over words a cue explains ("đánh giá sự hài lòng").
            let run: Vec<&str> = toks[i..]
                .iter()
                .zip(&timed[i..])
                .take_while(|(_, t)| !**t)
                .map(|((_, w), _)| *w)
                .collect();
            let phrase = voc.phrase_at(&run, 0);
            if let Some((n, Role::Neutral)) = phrase {
                i += n;
                continue;
            }
            let by_cue = self.cues[at..at + w.len()].iter().all(|&b| b);
            if self.is_explained(at, w.len())
                || self.in_number(at)
                || by_cue && !matches!(phrase, Some((_, Role::Blocker)))
            {
                i += 1;
                continue;
            }
            match phrase {
                Some((n, Role::Neutral)) => i += n,
                Some((n, Role::Agency))
                    if blockers_only || self.agency_fits(&run[..n].join(" ")) =>
                {
                    i += n
                }
                Some((n, Role::Blocker | Role::Agency)) => {
                    out.push(run[..n].join(" "));
                    i += n;
                }
                None => {
                    if !blockers_only {
                        out.push(w.to_string());
                    }
                    i += 1;
                }
            }
        }
    }

    /// What the number at `end` counts, when it is not what its key
    /// counts: the word right after it (past a rate's `%` and a ratio's
    /// "/Y"), unless a cue explains it, it names what the key counts (the
    /// matcher has fitted the counted class), or it is one of the words
    /// that may follow a number in place of what it counts ("và", "trong
    /// đó"). "đã giải quyết 05 đơn": the number counts letters, not
    /// records.
    fn counted(&self, end: usize, key: Key) -> Option<String> {
        let rest = &self.text[end..];
        let skip = rest.len() - rest.trim_start_matches([' ', '%']).len();
        let at = end + skip;
        let (i, w) = words(&self.text[at..]).next()?;
        if i != 0 || !w.starts_with(|c: char| c.is_alphabetic()) || self.is_explained(at, w.len()) {
            return None;
        }
        let after = &self.text[at..];
        if let Some(class) = COUNTED
            .iter()
            .find(|c| self.pats.words(**c).leading.is_match(after))
        {
            // "Tiếp nhận 214 lượt gọi": what is counted must be what the
            // key counts.
            return (!counts(key, *class)).then(|| w.to_string());
        }
        let voc = self.pats.vocabulary();
        let run: Vec<&str> = words(after).take(4).map(|(_, w)| w).collect();
        // "27 trường hợp vi phạm": the word after a generic counter says
        // what is counted.
        if let Some(n) = voc.counter_at(&run) {
            let (i, next) = words(after).nth(n)?;
            let gap = &after[..i];
            if gap.trim().contains(|c: char| !c.is_alphanumeric() && c != ' ')
                || !next.starts_with(|c: char| c.is_alphabetic())
                || self.is_explained(at + i, next.len())
                // Folded, "vi phạm" is "vì": only a phrase of the list
                // longer than one word is taken as it.
                || (voc.after_number(&run[n..]) && !voc.after_number(&run[n..n + 1]))
                || COUNTED
                    .iter()
                    .any(|c| self.pats.words(*c).leading.is_match(&after[i..]))
            {
                return None;
            }
            return Some(next.to_string());
        }
        match voc.after_number(&run) {
            true => None,
            false => Some(w.to_string()),
        }
    }

    /// "Trong kỳ có 02 phản ánh, kiến nghị, đã xử lý 02/02": a number with
    /// nothing counted after it counts what its sentence last counted
    /// before it, which must be what the key counts. The word naming the
    /// other object, if so.
    fn elided(&self, start: usize, at: usize, end: usize, key: Key) -> Option<String> {
        let rest = self.text[end..].trim_start_matches([' ', '%']);
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        self.nums
            .iter()
            .rev()
            .filter(|n| n.start >= start && n.end <= at)
            .find_map(|n| {
                // The noun counted, or its head and the noun ("05 đơn phản
                // ánh"): the first or second word after the number.
                let after = self.text[n.end..].trim_start_matches([' ', '%']);
                let second = words(after).nth(1).map_or("", |(i, _)| &after[i..]);
                let class = [after, second].into_iter().find_map(|a| {
                    COUNTED
                        .iter()
                        .chain([&WordClass::CountedOther])
                        .find(|c| self.pats.words(**c).leading.is_match(a))
                })?;
                Some((!counts(key, *class)).then(|| {
                    words(after)
                        .next()
                        .map_or(String::new(), |(_, w)| w.to_string())
                }))
            })
            .flatten()
    }

    /// The later clauses of its sentence (to its full stop): one that does
    /// not measure against something ("so với", "đạt", "chiếm") and names
    /// another period or a blocker re-scopes the sentence ("… 4.987 hồ sơ
    /// trước hạn: đó là kết quả cộng dồn"); one that re-identifies what the
    /// numbers before it are ("…, là mức mà Trung tâm …", "— đây là các hồ
    /// sơ của riêng một doanh nghiệp") must be explained word by word.
    fn later_clauses(&self, from: usize, to: usize, out: &mut Vec<String>) {
        let voc = self.pats.vocabulary();
        let mut at = from;
        while at < to {
            // A colon opens a later clause here too ("…, từ chối 02 hồ sơ:
            // đó là kết quả của Chi cục Thuế").
            let colon = self.text[at + 1..to].find(": ").map(|i| at + 1 + i);
            let end = clause::clause_end(self.text, at + 1, self.pats)
                .min(colon.unwrap_or(to))
                .min(to)
                .max(at + 1);
            let ws: Vec<&str> = words(&self.text[at..end]).map(|(_, w)| w).collect();
            if voc.rescopes(&ws) {
                self.test(at, end, false, out);
            } else if !(0..ws.len()).any(|i| voc.is_comparison(&ws[i..])) {
                self.test(at, end, true, out);
            }
            at = end;
        }
    }

    fn agency_fits(&self, phrase: &str) -> bool {
        self.agency
            .is_some_and(|a| self.pats.sector_in(phrase).is_none_or(|named| named == a))
    }

    fn is_explained(&self, at: usize, len: usize) -> bool {
        self.explained[at..at + len].iter().all(|&b| b)
    }

    fn in_number(&self, at: usize) -> bool {
        self.nums.iter().any(|n| n.start <= at && at < n.end)
    }
}

/// The counted classes a figure may count (`words.toml`); the matcher has
/// fitted each to its key.
const COUNTED: [WordClass; 5] = [
    WordClass::CountedRecords,
    WordClass::CountedProcedures,
    WordClass::CountedPeople,
    WordClass::CountedVisits,
    WordClass::CountedFeedback,
];

/// A key that counts people, visits or complaints, not records.
fn records_foreign(key: Key) -> bool {
    matches!(
        key,
        Key::StaffTotal | Key::Visitors | Key::FeedbackReceived | Key::FeedbackResolved
    )
}

/// Whether a figure of `key` may count what `class` names.
fn counts(key: Key, class: WordClass) -> bool {
    use Key::*;
    match key {
        StaffTotal => class == WordClass::CountedPeople,
        Visitors => matches!(class, WordClass::CountedVisits | WordClass::CountedPeople),
        FeedbackReceived | FeedbackResolved => class == WordClass::CountedFeedback,
        ProceduresTotal
        | ProceduresFullOnline
        | ProceduresPartialOnline
        | ProceduresNotOnline
        | ProceduresWithRecords
        | ProceduresFullOnlineWithRecords
        | ProceduresPartialOnlineWithRecords => class == WordClass::CountedProcedures,
        k if k.is_rate() => true,
        _ => class == WordClass::CountedRecords,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Nominal;
    use crate::normalize::{Folded, numbers};

    fn october() -> Period {
        Period {
            start: Some("2025-10-01".into()),
            end: Some("2025-10-31".into()),
            nominal: Some(Nominal::Month {
                year: 2025,
                month: 10,
            }),
        }
    }

    fn verdicts(s: &str) -> Vec<(Option<i64>, Vec<String>)> {
        let pats = Patterns::builtin();
        let mut f = Folded::default();
        f.push_line(0, s);
        f.trim_end();
        let nums = numbers::scan(&f.text);
        let stmts = super::super::matcher::match_text(&f, &nums, &pats);
        let scopes = vec![Scope::Ward; stmts.len()];
        let p = october();
        let own = Own {
            unit: Some("hong bang"),
            period: Some(&p),
        };
        judge(&f.text, &nums, &stmts, &scopes, &own, &[], &pats)
            .into_iter()
            .zip(&stmts)
            .map(|(v, s)| (s.value, v.unexplained))
            .collect()
    }

    #[test]
    fn a_quarter_in_roman_numerals_after_trong_is_that_quarter() {
        let pats = Patterns::builtin();
        let p = Period {
            start: Some("2026-01-01".into()),
            end: Some("2026-03-31".into()),
            nominal: Some(Nominal::Quarter {
                year: 2026,
                quarter: 1,
            }),
        };
        let own = Own {
            unit: None,
            period: Some(&p),
        };
        let words = |s: &str| {
            let f = crate::text::fold(s);
            unexplained_in_label(&f, &vec![false; f.len()], &own, &pats)
        };
        assert_eq!(words("Trong quý I năm 2026"), Vec::<String>::new());
        assert_eq!(
            words("trong quý IV năm 2025"),
            vec!["trong quy iv nam 2025"]
        );
    }

    #[test]
    fn a_qualifier_closing_a_coordination_qualifies_every_item() {
        let v =
            verdicts("Trong kỳ có 18 dịch vụ toàn trình và 26 dịch vụ một phần phát sinh hồ sơ.");
        assert!(
            v.iter().any(|(n, w)| *n == Some(18) && !w.is_empty()),
            "{v:?}"
        );
    }

    #[test]
    fn own_period_and_unit_are_explained_others_are_not() {
        let v =
            verdicts("Trong tháng 10/2025, Trung tâm phường Hồng Bàng đã tiếp nhận 1.234 hồ sơ.");
        assert_eq!(v, vec![(Some(1234), vec![])]);
        let v =
            verdicts("Trong tháng 9/2025, Trung tâm phường Hồng Bàng đã tiếp nhận 1.187 hồ sơ.");
        assert_eq!(
            v,
            vec![(Some(1187), vec!["trong thang 9/2025".to_string()])]
        );
    }

    #[test]
    fn an_unknown_word_in_the_frame_makes_every_item_uncertain() {
        let v = verdicts("Phường Lạch Tray tiếp nhận 1.234 hồ sơ, giải quyết 1.200 hồ sơ.");
        assert!(
            v.iter().all(|(_, w)| w.contains(&"lach".to_string())),
            "{v:?}"
        );
    }

    #[test]
    fn a_tail_counts_only_blockers() {
        let v = verdicts(
            "Đã tiếp nhận 1.234 hồ sơ do người dân quan tâm nhiều, giải quyết 1.200 hồ sơ.",
        );
        assert!(v.iter().all(|(_, w)| w.is_empty()), "{v:?}");
        let v = verdicts("Đã tiếp nhận 1.234 hồ sơ của tháng trước.");
        assert_eq!(v[0].1, vec!["thang truoc".to_string()]);
    }
}
