//! Matches the figure patterns against one paragraph's skeleton.
//!
//! Every number token gets the keys of its best cue: the nearest cue before
//! it and the nearest after it (the "cost" of the text between counts
//! letters and clause punctuation). Both are kept when both sit right
//! against the number ("Tổng số hồ sơ tiếp nhận 605 hồ sơ tiếp nhận trực
//! tuyến" states two keys); otherwise the cheaper wins. Percentages then
//! attach to the count of their clause, unless a rate pattern claims them.
//! It does not know scopes: the caller assigns them.

use super::clause::sentence_break;
use super::rate_owner::{bracketed_count, clause_owner, rate_right_before};
use crate::model::Key;
use crate::normalize::{Folded, Num, NumKind, tail};
use crate::patterns::{Pattern, Patterns, Side, WordClass};
use std::sync::LazyLock;

/// One statement of a figure in a paragraph (before scoping).
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub key: Key,
    pub value: Option<i64>,
    pub pct: Option<f64>,
    /// The decimals the rate was written with.
    pub pct_decimals: Option<u8>,
    pub of: Option<i64>,
    /// Folded byte span of the statement (cue, number and its rate).
    pub span: (usize, usize),
    /// Folded byte span of the cue alone: the words the pattern read
    /// (what lies between it and the number is not explained by it).
    pub cue: (usize, usize),
    /// Whether the cue stands before or after the number.
    pub side: Side,
    /// Folded offset of the number itself (the figure's line).
    pub at: usize,
    /// Folded offset of the rate given to it, when that is another number
    /// ("1.490 hồ sơ, đạt 97,4%"): the caller sets the rate aside when its
    /// own context does ("tăng 8% so với cùng kỳ" is no rate of the count).
    pub rate_at: Option<usize>,
    pub pattern: String,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    pattern: usize,
    cost: usize,
    spec: usize,
    cue: (usize, usize),
    /// The rate the cue reached its count through ([`bracketed_count`]).
    through: Option<usize>,
}

impl Hit {
    fn better(&self, other: &Hit) -> bool {
        (self.cost, std::cmp::Reverse(self.spec)) < (other.cost, std::cmp::Reverse(other.spec))
    }
}

/// The statements of one paragraph (or one table cell run).
pub fn match_text(folded: &Folded, nums: &[Num], pats: &Patterns) -> Vec<Stmt> {
    let text = folded.text.as_str();
    let starts = super::clause::Starts::new(text, pats);
    // The paragraph's topic: its first sentence up to its first number.
    let topic_end = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(text.len())
        .min(super::clause::sentence_end(text, 0, pats));
    let mut h = hits(text, nums, pats, topic_end, &starts);
    settle_between(text, nums, &mut h);
    let mut chosen = choose(text, nums, pats, &h);
    drop_procedure_records(text, nums, pats, &mut chosen);
    // Rates that a cue read its count through: already placed.
    let mut placed = vec![false; nums.len()];
    let mut pct_owner: Vec<Option<usize>> = vec![None; nums.len()];
    let mut out = count_statements(nums, pats, &chosen, &mut placed, &mut pct_owner);
    rate_statements(
        text,
        nums,
        pats,
        &chosen,
        &h.named,
        &placed,
        &mut pct_owner,
        &mut out,
    );
    out.sort_by_key(|(i, s)| (*i, s.span.0));
    out.into_iter().map(|(_, s)| s).collect()
}

/// Each number's cues (see [`hits`]).
struct Hits {
    before: Vec<Option<Hit>>,
    after: Vec<Option<Hit>>,
    named: Vec<Vec<Key>>,
}

/// Each number's best cue before it and after it, and the keys the cues
/// right before a rate name ("đúng hạn đạt 99,5%").
fn hits(
    text: &str,
    nums: &[Num],
    pats: &Patterns,
    topic_end: usize,
    starts: &super::clause::Starts,
) -> Hits {
    let figs = pats.figures();
    let mut before: Vec<Option<Hit>> = vec![None; nums.len()];
    // By rate: the keys a cue right before it names ("đúng hạn đạt 99,5%").
    let mut named: Vec<Vec<Key>> = vec![Vec::new(); nums.len()];
    let mut after: Vec<Option<Hit>> = vec![None; nums.len()];
    let present = pats.figure_cues_in(text);
    for (pi, p) in figs.iter().enumerate() {
        if !present[pi] {
            continue;
        }
        for m in p.cue.find_iter(text) {
            let Some(ctx_spec) = cue_allowed(p, text, m.start(), topic_end, starts) else {
                continue;
            };
            let spec = m.len() + ctx_spec;
            let found = match p.side {
                Side::Before => nums
                    .iter()
                    .position(|n| n.start >= m.end())
                    .map(|i| (i, &text[m.end()..nums[i].start])),
                Side::After => nums
                    .iter()
                    .rposition(|n| n.end <= m.start())
                    .map(|i| (i, &text[nums[i].end..m.start()])),
            };
            // "(85% trực tuyến: 1.457 hồ sơ)", "100% số hồ sơ đã được thanh
            // toán trực tuyến": a count's cue right after a rate names what
            // the rate is of.
            // A total's cue there is the rate's base, not its subject
            // ("chiếm 3,21% tổng số hồ sơ tiếp nhận").
            let rate_before = (!p.rate && !p.keys.iter().any(|k| is_base(*k)))
                .then(|| rate_right_before(text, nums, m.start(), pats))
                .flatten();
            if let Some(r) = rate_before {
                named[r].extend(p.keys.iter().copied());
            }
            let Some((mut i, gap)) = found else { continue };
            // "giải quyết đúng hạn đạt 99,9% (2.395/2.397 hồ sơ)": the cue
            // states its rate first and the count in brackets after it.
            let mut through = None;
            if p.side == Side::Before
                && !p.rate
                && matches!(nums[i].kind, NumKind::Pct(..))
                && let Some(j) = bracketed_count(text, nums, i)
            {
                through = Some(i);
                i = j;
            }
            if p.gap_not.as_ref().is_some_and(|g| g.is_match(gap)) {
                continue;
            }
            // When the cue labels the count after the rate it names (a
            // colon, a bracket), the rate is that count's.
            if let Some(r) = rate_before
                && p.side == Side::Before
                && i == r + 1
                && through.is_none()
                && gap.contains([':', '('])
            {
                through = Some(r);
            }
            if !slot_fits(p, &nums[i].kind)
                || gap.len() > p.gap
                || !counted_fits(p, text, &nums[i], pats)
            {
                if names_rate(p, text, nums, i, m.start(), gap, pats) {
                    named[i].extend(p.keys.iter().copied());
                }
                continue;
            }
            if ratio_label_elsewhere(p, text, &nums[i], m.start(), m.end(), pats) {
                continue;
            }
            let ratio_total = &pats.words(WordClass::RatioTotal).cue;
            let gap = match (p.side, ratio_total.find(gap)) {
                (Side::Before, Some(sl)) if matches!(nums[i].kind, NumKind::Ratio(..)) => {
                    &gap[..sl.start()]
                }
                _ => gap,
            };
            let Some(cost) = gap_cost(gap, p.side, pats) else {
                continue;
            };
            let hit = Hit {
                pattern: pi,
                cost,
                spec,
                cue: (m.start(), m.end()),
                through,
            };
            let slot = match p.side {
                Side::Before => &mut before[i],
                Side::After => &mut after[i],
            };
            if slot.is_none_or(|s| hit.better(&s)) {
                *slot = Some(hit);
            }
        }
    }
    Hits {
        before,
        after,
        named,
    }
}

/// "tỷ lệ giải quyết đúng hạn đạt 99,5%": a count's cue right before a
/// rate (number `i`) names what the rate is of. Not a cue that is the
/// number before's own label ("0 hồ sơ đúng hạn, tỷ lệ 100%", "970/978
/// hồ sơ tiếp nhận = 99,18%"), nor one a comma parts from the rate.
fn names_rate(
    p: &Pattern,
    text: &str,
    nums: &[Num],
    i: usize,
    cue_start: usize,
    gap: &str,
    pats: &Patterns,
) -> bool {
    let labels_previous = || {
        nums.iter()
            .rposition(|n| n.end <= cue_start)
            .is_some_and(|j| {
                let lead = text[nums[j].end..cue_start].trim();
                lead.is_empty()
                    || pats
                        .words(WordClass::CountedRecords)
                        .leading
                        .find(lead)
                        .is_some_and(|w| w.end() == lead.len())
            })
    };
    p.side == Side::Before
        && !p.rate
        && matches!(nums[i].kind, NumKind::Pct(..))
        && gap.len() <= p.gap
        && !gap.contains(',')
        && gap_cost(gap, p.side, pats).is_some()
        && !labels_previous()
}

/// "số hồ sơ khai thác.../tổng số hồ sơ tiếp nhận 3.867/4.249": the label
/// before "/tổng" is the fraction's; a cue after it (up to the number)
/// names its Y, so it does not state the fraction.
fn ratio_label_elsewhere(
    p: &Pattern,
    text: &str,
    n: &Num,
    cue_start: usize,
    cue_end: usize,
    pats: &Patterns,
) -> bool {
    let ratio_total = &pats.words(WordClass::RatioTotal).cue;
    let crossed = p.side == Side::Before && ratio_total.is_match(&text[cue_end..n.start]);
    p.side == Side::Before
        && matches!(n.kind, NumKind::Ratio(..))
        && !crossed
        && ratio_total
            .find_iter(&text[..cue_start])
            .last()
            .is_some_and(|sl| !text[sl.start()..cue_start].contains(|c: char| c.is_ascii_digit()))
}

/// A cue between two numbers serves one of them: the next one when it
/// sits right against it (and the previous number has its own cue, or the
/// cue is a label ending in a colon), else the previous one.
fn settle_between(text: &str, nums: &[Num], h: &mut Hits) {
    let (before, after) = (&mut h.before, &mut h.after);
    for i in 0..nums.len().saturating_sub(1) {
        if let (Some(a), Some(b)) = (after[i], before[i + 1])
            && a.cue.0 < b.cue.1
            && b.cue.0 < a.cue.1
        {
            // "56 hồ sơ thanh toán ... trực tuyến: 788 hồ sơ": a cue that
            // ends in a colon labels the number after it.
            let label = text[b.cue.1..nums[i + 1].start].contains(':');
            // "100% số hồ sơ đã được thanh toán trực tuyến (486 hồ sơ)": the
            // count reads the rate through the cue, which both share.
            if b.through == Some(i) || (b.cost == 0 && (before[i].is_some() || label)) {
                after[i] = None;
            } else {
                before[i + 1] = None;
            }
        }
    }
}

/// The cues each number states.
fn choose(text: &str, nums: &[Num], pats: &Patterns, h: &Hits) -> Vec<Vec<Hit>> {
    let figs = pats.figures();
    let (before, after) = (&h.before, &h.after);
    // Keys per token. A number with a cue right against it on both sides
    // states both ("Tổng số hồ sơ tiếp nhận 605 hồ sơ tiếp nhận trực
    // tuyến"), unless it opens a list of numbers each qualified after it
    // ("đã tiếp nhận 1.204 hồ sơ trực tuyến và 311 hồ sơ trực tiếp"): then
    // each is its qualifier's part, and the verb before states no total.
    let qualified_list = |i: usize| {
        let (Some(a), Some(next)) = (after[i], nums.get(i + 1)) else {
            return false;
        };
        let between = &text[a.cue.1.min(next.start)..next.start];
        after[i + 1].is_some_and(|n| n.cost == 0)
            && between.len() <= 12
            && pats.words(WordClass::ListJoin).cue.is_match(between)
    };
    // "Thanh toán trực tuyến: 812/815 hồ sơ phát sinh phí": the label after
    // a fraction names what Y counts, the one before it the fraction.
    let names_base = |i: usize, b: &Hit, a: &Hit| {
        matches!(nums[i].kind, NumKind::Ratio(..))
            && figs[a.pattern]
                .base_of
                .iter()
                .any(|k| figs[b.pattern].keys.contains(k))
    };
    let mut chosen: Vec<Vec<Hit>> = vec![Vec::new(); nums.len()];
    for i in 0..nums.len() {
        chosen[i] = match (before[i], after[i]) {
            (Some(b), Some(a)) if names_base(i, &b, &a) => vec![b],
            (Some(_), Some(a)) if a.cost == 0 && qualified_list(i) => vec![a],
            (Some(b), Some(a)) if b.cost == 0 && a.cost == 0 => vec![b, a],
            (Some(b), Some(a)) => vec![if a.cost <= b.cost { a } else { b }],
            (Some(h), None) | (None, Some(h)) => vec![h],
            (None, None) => Vec::new(),
        };
    }
    chosen
}

/// Record counts stated inside a procedures statement are not the
/// ward's records (see below): their cues are dropped from `chosen`.
fn drop_procedure_records(text: &str, nums: &[Num], pats: &Patterns, chosen: &mut [Vec<Hit>]) {
    let figs = pats.figures();
    // Record counts stated inside a procedures statement (records per group
    // of procedures) are not the ward's records, to the end of its sentence.
    // A bullet of sentences about one group of procedures ("Số TTHC một
    // phần: 159 thủ tục. Số hồ sơ tiếp nhận: 815.") counts that group's
    // records to its end, so a sentence whose first procedure count is a
    // group's keeps the group for the sentences after it. One that opens
    // with all the procedures ("Tổng số TTHC là 352 thủ tục, trong đó 207
    // … toàn trình và 145 … một phần. Tổng số hồ sơ phát sinh phí là …")
    // does not: the records of all procedures are the ward's.
    let mut in_sentence = false;
    let mut in_group = false;
    let mut sentence_opened = false;
    for i in 0..nums.len() {
        if i > 0 && sentence_break(&text[nums[i - 1].end..nums[i].start], pats) {
            in_sentence = false;
            sentence_opened = false;
        }
        let first_procedure = chosen[i]
            .iter()
            .flat_map(|h| figs[h.pattern].keys.iter().copied())
            .find(|k| is_procedure(*k));
        if let Some(k) = first_procedure {
            if !sentence_opened {
                sentence_opened = true;
                in_group = !covers_all_procedures(k);
            }
            in_sentence = true;
        } else if in_sentence || in_group {
            chosen[i].retain(|h| figs[h.pattern].rate);
        }
    }
}

/// The statements of counts and ratios, each with the rate its cue read
/// it through; the rates so placed are marked in `placed` and their
/// owners in `pct_owner`.
fn count_statements(
    nums: &[Num],
    pats: &Patterns,
    chosen: &[Vec<Hit>],
    placed: &mut [bool],
    pct_owner: &mut [Option<usize>],
) -> Vec<(usize, Stmt)> {
    let figs = pats.figures();
    let mut out: Vec<(usize, Stmt)> = Vec::new();
    // Counts and ratios first.
    for (i, n) in nums.iter().enumerate() {
        let (value, of) = match n.kind {
            NumKind::Count(v) => (Some(v), None),
            NumKind::Ratio(v, o) => (Some(v), Some(o)),
            _ => continue,
        };
        for h in &chosen[i] {
            let p = &figs[h.pattern];
            let rate = h.through.and_then(|r| match nums[r].kind {
                NumKind::Pct(v, d) => Some((v, d)),
                _ => None,
            });
            if let Some(r) = h.through {
                placed[r] = true;
                pct_owner[i] = Some(r);
            }
            for k in &p.keys {
                out.push((
                    i,
                    Stmt {
                        key: *k,
                        value: if k.is_rate() { None } else { value },
                        pct: rate.map(|r| r.0),
                        pct_decimals: rate.map(|r| r.1),
                        of: if k.is_rate() { None } else { of },
                        span: (h.cue.0.min(n.start), h.cue.1.max(n.end)),
                        cue: h.cue,
                        side: p.side,
                        at: n.start,
                        rate_at: h.through.map(|r| nums[r].start),
                        pattern: format!("{}/{}", k.as_str(), p.id),
                    },
                ));
            }
        }
    }
    out
}

/// Then rates: a rate pattern's own, or the pct of its clause's count.
#[allow(clippy::too_many_arguments)]
fn rate_statements(
    text: &str,
    nums: &[Num],
    pats: &Patterns,
    chosen: &[Vec<Hit>],
    named: &[Vec<Key>],
    placed: &[bool],
    pct_owner: &mut [Option<usize>],
    out: &mut Vec<(usize, Stmt)>,
) {
    let figs = pats.figures();
    for (i, n) in nums.iter().enumerate() {
        let NumKind::Pct(v, d) = n.kind else { continue };
        if placed[i] {
            continue;
        }
        if let Some(h) = chosen[i].iter().find(|h| figs[h.pattern].rate) {
            let p = &figs[h.pattern];
            for k in &p.keys {
                out.push((
                    i,
                    Stmt {
                        key: *k,
                        value: None,
                        pct: Some(v),
                        pct_decimals: Some(d),
                        of: None,
                        span: (h.cue.0.min(n.start), h.cue.1.max(n.end)),
                        cue: h.cue,
                        side: p.side,
                        at: n.start,
                        rate_at: None,
                        pattern: format!("{}/{}", k.as_str(), p.id),
                    },
                ));
            }
            continue;
        }
        // A rate its own cue names is not another count's: "đã giải quyết
        // 1.500 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,5%" is the on-time
        // rate, not the rate of the 1.500 resolved.
        let owner = clause_owner(text, nums, out, i, v, pats).filter(|&o| {
            named[i].is_empty()
                || out
                    .iter()
                    .any(|(j, s)| *j == o && named[i].contains(&s.key))
        });
        if let Some(owner) = owner {
            let preferred = pct_owner[owner].is_none()
                || pats
                    .words(WordClass::TotalBase)
                    .cue
                    .is_match(&text[n.end..]);
            if preferred {
                pct_owner[owner] = Some(i);
                // A count read under two keys, a verb's before it and a
                // qualifier's after it ("Đã giải quyết 1.500 hồ sơ đúng
                // hạn, đạt 100%"): the rate is the qualifier's, the nearer.
                let at = nums[owner].start;
                let qualified = out.iter().any(|(j, s)| *j == owner && s.span.0 == at)
                    && out.iter().any(|(j, s)| *j == owner && s.span.0 < at);
                for (j, s) in out.iter_mut() {
                    if *j == owner && !(qualified && s.span.0 < at) {
                        s.pct = Some(v);
                        s.rate_at = Some(n.start);
                        s.pct_decimals = Some(d);
                        s.span.1 = s.span.1.max(n.end);
                    }
                }
            }
        }
    }
}

fn is_procedure(k: Key) -> bool {
    k.as_str().starts_with("procedures_")
}

/// A total that rates are stated over ("X% tổng số hồ sơ tiếp nhận", "X%
/// hồ sơ phát sinh phí"): after a rate, its cue is the base.
fn is_base(k: Key) -> bool {
    matches!(
        k,
        Key::ReceivedTotal
            | Key::ReceivedInPeriod
            | Key::ResolvedTotal
            | Key::FeeRecords
            | Key::FeedbackReceived
            | Key::ProceduresTotal
    )
}

/// A count of procedures whose records are all the ward's records: every
/// procedure, or every one that had records.
fn covers_all_procedures(k: Key) -> bool {
    matches!(k, Key::ProceduresTotal | Key::ProceduresWithRecords)
}

/// None when the cue is ruled out; else the bonus of its context (the
/// nearer the context, the more specific the cue).
fn cue_allowed(
    p: &Pattern,
    text: &str,
    start: usize,
    topic_end: usize,
    starts: &super::clause::Starts,
) -> Option<usize> {
    // A cue takes its context from its own sentence ("… 142 thủ tục một
    // phần. Số DVCTT phát sinh hồ sơ là 51" is not the partly-online
    // count), or from the paragraph's topic: its first sentence up to its
    // first number ("+ DVCTT một phần: 159 thủ tục. Số DVC phát sinh hồ
    // sơ: 13").
    let from = starts.of(start);
    let head = &text[from..start];
    let topic = if from > 0 && topic_end <= from {
        &text[..topic_end]
    } else {
        ""
    };
    if let Some(na) = &p.not_after
        && na.is_match(tail(head, 40))
    {
        return None;
    }
    match &p.context {
        Some(ctx) => {
            let window = tail(head, p.context_chars);
            // Words inside a bracket closed before the cue are that
            // bracket's ("204 (có 66 DVC phát sinh hồ sơ); một phần: 121").
            let depth = |s: &str| s.matches('(').count() as isize - s.matches(')').count() as isize;
            let closed = |m: &regex::Match| depth(&window[..m.start()]) > depth(window);
            match ctx.find_iter(window).filter(|m| !closed(m)).last() {
                Some(last) => Some(100 + p.context_chars.saturating_sub(window.len() - last.end())),
                None => ctx.is_match(topic).then_some(100),
            }
        }
        None => Some(0),
    }
}

/// What a number counts, from the word after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    Unspecified,
    Records,
    Procedures,
    People,
    Visits,
    Feedback,
    Other,
}

fn counted_after(after: &str, pats: &Patterns) -> Counted {
    const CLASSES: [(WordClass, Counted); 6] = [
        (WordClass::CountedRecords, Counted::Records),
        (WordClass::CountedProcedures, Counted::Procedures),
        (WordClass::CountedPeople, Counted::People),
        (WordClass::CountedVisits, Counted::Visits),
        (WordClass::CountedFeedback, Counted::Feedback),
        (WordClass::CountedOther, Counted::Other),
    ];
    // The longest match wins ("bộ hồ sơ" over "bộ"), then the order above.
    CLASSES
        .iter()
        .filter_map(|(w, c)| pats.words(*w).leading.find(after).map(|m| (m.end(), *c)))
        .fold(None::<(usize, Counted)>, |best, (len, c)| match best {
            Some((l, _)) if l >= len => best,
            _ => Some((len, c)),
        })
        .map_or(Counted::Unspecified, |(_, c)| c)
}

/// Whether the number counts what the pattern's keys count.
fn counted_fits(p: &Pattern, text: &str, n: &Num, pats: &Patterns) -> bool {
    if p.rate {
        return true;
    }
    let first_end = text[n.start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map_or(text.len(), |e| n.start + e);
    let mut counted = counted_after(&text[first_end..], pats);
    if counted == Counted::Unspecified && first_end < n.end {
        counted = counted_after(&text[n.end..], pats);
    }
    p.keys.iter().all(|k| {
        let allowed: &[Counted] = match k {
            Key::StaffTotal => &[Counted::People],
            Key::Visitors => &[Counted::Visits],
            Key::FeedbackReceived | Key::FeedbackResolved => &[Counted::Feedback, Counted::Records],
            // "cấp 903 bản sao chứng thực điện tử": copies, not records.
            Key::ECertified => &[Counted::Records, Counted::Other],
            k if is_procedure(*k) => &[Counted::Procedures],
            _ => &[Counted::Records],
        };
        counted == Counted::Unspecified || allowed.contains(&counted)
    })
}

fn slot_fits(p: &Pattern, kind: &NumKind) -> bool {
    match kind {
        NumKind::Pct(..) => p.rate,
        NumKind::Count(_) => !p.rate,
        // "số hóa kết quả: 4.312/4.312 đạt 100%": a rate key may read a ratio.
        NumKind::Ratio(..) => !p.rate || p.keys.iter().all(|k| k.is_rate()),
        NumKind::Not(_) => false,
    }
}

/// The cost of the text between a cue and its number; None when it crosses
/// a clause boundary.
fn gap_cost(gap: &str, side: Side, pats: &Patterns) -> Option<usize> {
    static LETTERS: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"[a-z]+").expect("letters"));
    if gap.contains(|c: char| c.is_ascii_digit() || matches!(c, ';' | '%' | '.')) {
        return None;
    }
    // "qua Cổng dịch vụ công, 01 qua đường dây nóng": the cue's clause ended.
    if side == Side::Before && gap.trim() == "," {
        return None;
    }
    if side == Side::After && gap.contains([',', ':', '(', ')']) {
        return None;
    }
    // "có phát sinh hồ sơ gồm 02": a part of a breakdown, not the figure.
    if side == Side::Before && pats.words(WordClass::Breakdown).cue.is_match(gap) {
        return None;
    }
    let words: usize = LETTERS.find_iter(gap).map(|m| m.len()).sum();
    let commas = gap.matches(',').count() * 6;
    let parens = gap.matches(['(', ')']).count() * 2;
    Some(words + commas + parens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::numbers;

    fn run(s: &str) -> Vec<Stmt> {
        let mut f = Folded::default();
        f.push_line(0, s);
        f.trim_end();
        let nums = numbers::scan(&f.text);
        match_text(&f, &nums, &Patterns::builtin())
    }

    fn get(st: &[Stmt], k: Key) -> Option<(Option<i64>, Option<f64>, Option<i64>)> {
        st.iter()
            .find(|s| s.key == k)
            .map(|s| (s.value, s.pct, s.of))
    }

    #[test]
    fn one_phrase_two_keys() {
        let st = run("Tổng số hồ sơ tiếp nhận 605 hồ sơ tiếp nhận trực tuyến.");
        assert_eq!(get(&st, Key::ReceivedTotal), Some((Some(605), None, None)));
        assert_eq!(get(&st, Key::ReceivedOnline), Some((Some(605), None, None)));
    }

    #[test]
    fn numbers_qualified_in_a_list_are_parts_not_the_total() {
        let st = run("Trong quý đã tiếp nhận 2.140 hồ sơ trực tuyến và 388 hồ sơ trực tiếp.");
        assert_eq!(
            get(&st, Key::ReceivedOnline),
            Some((Some(2140), None, None))
        );
        assert_eq!(get(&st, Key::ReceivedDirect), Some((Some(388), None, None)));
        assert_eq!(get(&st, Key::ReceivedTotal), None, "{st:?}");
    }

    #[test]
    fn a_rate_skips_a_zero_count() {
        let st = run(
            "Đã giải quyết: 438 hồ sơ (438 hồ sơ trước hạn, 0 hồ sơ đúng hạn, tỷ lệ 100%; hồ sơ quá hạn: 0 hồ sơ, tỷ lệ... %.",
        );
        assert_eq!(
            get(&st, Key::ResolvedEarly),
            Some((Some(438), Some(100.0), None))
        );
        assert_eq!(get(&st, Key::ResolvedOnTime), Some((Some(0), None, None)));
        assert_eq!(get(&st, Key::ResolvedLate), Some((Some(0), None, None)));
    }

    #[test]
    fn a_cue_between_two_numbers_serves_one() {
        let st = run("Tiếp nhận 60 hồ sơ trực tuyến 45 hồ sơ trực tiếp 15 hồ sơ.");
        assert_eq!(
            get(&st, Key::ReceivedOnline),
            Some((Some(45), None, None)),
            "{st:?}"
        );
        assert_eq!(
            get(&st, Key::ReceivedDirect),
            Some((Some(15), None, None)),
            "{st:?}"
        );
        // OCR read "Số" as "56": the label ending in a colon is the 788's.
        let st = run("- 56 hồ sơ thanh toán phí, lệ phí trực tuyến: 788 hồ sơ, đạt 100%.");
        assert_eq!(
            get(&st, Key::FeePaidOnline),
            Some((Some(788), Some(100.0), None)),
            "{st:?}"
        );
    }

    #[test]
    fn a_rate_after_a_parenthesised_breakdown_is_the_heads() {
        let st = run(
            "Trong tháng có 41 dịch vụ công trực tuyến phát sinh hồ sơ (toàn trình: 26 thủ tục; một phần: 15 thủ tục), đạt 11,48%.",
        );
        assert_eq!(
            get(&st, Key::ProceduresWithRecords),
            Some((Some(41), Some(11.48), None)),
            "{st:?}"
        );
    }

    #[test]
    fn clause_lists_keep_their_keys_apart() {
        let st = run(
            "Còn 15 hồ sơ đang giải quyết, 26 hồ sơ công dân rút hồ sơ và 08 hồ sơ từ chối giải quyết.",
        );
        assert_eq!(get(&st, Key::InProgress), Some((Some(15), None, None)));
        assert_eq!(get(&st, Key::Withdrawn), Some((Some(26), None, None)));
        assert_eq!(get(&st, Key::Rejected), Some((Some(8), None, None)));
        assert_eq!(st.len(), 3, "{st:?}");
    }
}
