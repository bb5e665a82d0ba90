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

mod readings;
mod world;

use super::clause;
use super::matcher::Stmt;
use crate::model::{Key, Period, Scope};
use crate::normalize::Num;
use crate::patterns::{Patterns, Side, WordClass};
use world::World;

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
            let r = reach(text, nums, s, &starts, pats);
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
            // The closest scope wins: a statement whose sentence names its
            // report's own period is not placed in another by its heading.
            let own_named = w.names_own_period(r.start, r.tail_end);
            let voc = pats.vocabulary();
            let mut out: Vec<String> = inherited
                .iter()
                .filter(|b| !(own_named && voc.names_period(b)))
                .cloned()
                .collect();
            out.extend(readings::of(
                text, nums, s, stmts, r.start, r.tail_end, pats,
            ));
            test_spans(&w, s, &r, &mut out);
            // A rate taken from another number: its own clause must not
            // place it elsewhere ("… 1.339 hồ sơ. Khối lượng giải quyết bằng
            // 112,63% kỳ liền kề"), nor may it lie in another sentence.
            let rate_doubt = rate_doubt(&w, text, nums, s, r.start, &starts, pats);
            out.extend(w.counted(r.end, s.key));
            out.extend(w.elided(r.start, s.at, r.end, s.key));
            out.dedup();
            Verdict {
                unexplained: out,
                rate_doubt,
            }
        })
        .collect()
}

/// The closed world over the spans of a statement's sentence: its frame
/// and its clause up to the number in full, blockers alone before its
/// clause and after its number, the words saying which records it
/// counts, and the later clauses that may re-scope it.
fn test_spans(w: &World, s: &Stmt, r: &Reach, out: &mut Vec<String>) {
    let (text, pats) = (w.text, w.pats);
    w.test(r.start, r.first, false, out);
    // An item a spaced dash opened keeps the head of its line: the words
    // before the line's first figure frame every item.
    let head = clause::stop_start(text, s.at, pats);
    if head < r.start {
        let first = w
            .nums
            .iter()
            .find(|n| n.is_figure() && n.start >= head)
            .map_or(r.start, |n| n.start.min(r.start));
        w.test(head, first, false, out);
    }
    w.test(r.from, s.at, false, out);
    // The span from a cue before the number to the number ("đã được
    // giải quyết xong, số còn lại (34 hồ sơ)").
    if s.side == Side::Before {
        w.test(s.cue.1.min(s.at), s.at, false, out);
    }
    // A count of people, visits or complaints read by the words
    // after it: what follows its cue in its clause says which
    // visits ("826 lượt công dân được hỗ trợ cài đặt tài khoản").
    if s.side == Side::After && w.records_foreign && s.cue.1 < r.tail_end {
        w.test(s.cue.1, r.tail_end, false, out);
    }
    // Blockers anywhere before it in its sentence ("Trong số 13 đơn
    // nhận được từ đầu năm, … đã giải quyết 11 đơn").
    w.test(r.first, r.from, true, out);
    w.test(r.end, r.tail_end, true, out);
    // "Công an xã đã giải quyết 61 hồ sơ đăng ký xe mô tô tại trụ
    // sở": the words right after the counted records, up to a reason
    // ("do", "vì"), say which records, and are read in the closed
    // world like the words before.
    if s.side == Side::Before && s.key.is_record_key() {
        let noun_end = readings::noun_tail_end(text, r.end, pats);
        // A bracket with a count of its own is a statement aside, not
        // words about these records ("1.017 hồ sơ … (tháng 02/2026: 884 hồ
        // sơ)").
        let noun_end = w.first_counted_bracket(r.end, noun_end).unwrap_or(noun_end);
        let from = readings::after_counted_noun(text, r.end, noun_end, pats);
        w.test(from, noun_end, false, out);
    }
    // A later clause of its sentence may re-scope the whole of it.
    let sentence_end = clause::stop_end(text, r.end, pats);
    w.later_clauses(r.end, sentence_end, out);
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
