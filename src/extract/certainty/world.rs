//! The closed world over a span of one statement's clause: which words
//! are explained (a cue, the report's unit, its agency or field, its own
//! period, a neutral word) and which are not (a blocker, another period,
//! another agency, an unknown word). [`super::judge`] builds one per
//! statement and tests the spans its frame and clause are made of.

use super::{COUNTED, Own, counts};
use crate::extract::{clause, time};
use crate::model::Key;
use crate::normalize::{Num, NumKind};
use crate::patterns::{Patterns, WordClass};
use crate::vocabulary::{Role, words};

/// One time expression of a span: its bytes, its tokens, whether it is
/// the report's own period.
struct Time {
    at: usize,
    end: usize,
    first: usize,
    last: usize,
    own: bool,
}

pub(super) struct World<'a> {
    pub(super) text: &'a str,
    pub(super) nums: &'a [Num],
    /// Bytes the statement's own cue, key, unit or scope explain.
    pub(super) explained: &'a [bool],
    /// Bytes of any statement's cue: explained unless a blocker.
    pub(super) cues: &'a [bool],
    pub(super) own: &'a Own<'a>,
    pub(super) pats: &'a Patterns,
    /// The agency whose statement it is: agency and place names explain
    /// it, unless they name another agency.
    pub(super) agency: Option<crate::model::Sector>,
    /// The statement counts people, visits or complaints: the records word
    /// in its clause names another object.
    pub(super) records_foreign: bool,
}

impl World<'_> {
    /// Adds to `out` the unexplained words of `text[from..to]`; with
    /// `blockers_only`, only blockers and other periods.
    pub(super) fn test(&self, from: usize, to: usize, blockers_only: bool, out: &mut Vec<String>) {
        if from >= to {
            return;
        }
        let voc = self.pats.vocabulary();
        // Most spans lie in no bracket: look for one only where one opens.
        let asides = blockers_only && self.text[..to].contains('(');
        let toks: Vec<(usize, &str)> = words(&self.text[from..to])
            .map(|(i, w)| (from + i, w))
            .filter(|&(at, _)| !(asides && self.in_counted_bracket(at)))
            .collect();
        // Time expressions first, so that no phrase swallows their words
        // ("trong tháng 9/2025": "trong tháng" is neutral, September is
        // not the report's).
        let mut timed = vec![false; toks.len()];
        for t in self.times(&toks, to) {
            timed[t.first..t.last].iter_mut().for_each(|b| *b = true);
            if !t.own {
                out.push(self.text[t.at..t.end].trim().to_string());
            }
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
                // Another period that starts inside a neutral phrase and
                // runs past it wins ("trong kỳ trước": "trong kỳ" is
                // neutral, "kỳ trước" another period). Other blockers do
                // not: folded, "đánh giá sự" holds "giả sử".
                let cut = (1..n).find(|&k| {
                    matches!(voc.phrase_at(&run, k), Some((m, Role::Blocker))
                        if k + m > n && voc.names_period(&run[k..k + m].join(" ")))
                });
                i += cut.unwrap_or(n);
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
                Some((n, Role::Agency))
                    if blockers_only || self.agency_fits(&run[..n].join(" ")) =>
                {
                    i += n
                }
                // "gồm 52 hồ sơ tồn tháng trước chuyển sang": the period the
                // carried-over records come from, as for a dated one.
                Some((n, Role::Blocker))
                    if voc.names_period(&run[..n].join(" "))
                        && voc.is_carried_from(
                            self.text,
                            at,
                            toks[i + n - 1].0 + run[n - 1].len(),
                        ) =>
                {
                    i += n
                }
                Some((n, _)) => {
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
    pub(super) fn counted(&self, end: usize, key: Key) -> Option<String> {
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
    pub(super) fn elided(&self, start: usize, at: usize, end: usize, key: Key) -> Option<String> {
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
    pub(super) fn later_clauses(&self, from: usize, to: usize, out: &mut Vec<String>) {
        let voc = self.pats.vocabulary();
        // After a semicolon, what states a count of its own is a statement
        // of its own ("…; tổng đài nhận 19 cuộc gọi", "…; đã tiếp thu, giải
        // quyết 01 phản ánh và … vào giờ cao điểm"): the reach ends there.
        let to = self.text[from..to]
            .match_indices(';')
            .map(|(i, _)| from + i)
            .find(|&semi| self.states_own_count(semi, to))
            .unwrap_or(to);
        let mut at = from;
        while at < to {
            // A colon opens a later clause here too ("…, từ chối 02 hồ sơ:
            // đó là kết quả của Chi cục Thuế").
            let colon = self.text[at + 1..to].find(": ").map(|i| at + 1 + i);
            let end = clause::clause_end(self.text, at + 1, self.pats)
                .min(colon.unwrap_or(to))
                .min(to)
                .max(at + 1);
            let toks: Vec<(usize, &str)> = words(&self.text[at..end]).collect();
            let ws: Vec<&str> = toks.iter().map(|(_, w)| *w).collect();
            // "…, trực tuyến 1.598 hồ sơ là kết quả của phường X": a
            // re-identifying word after the clause's own number re-scopes
            // what comes before it too.
            let after_number = (1..ws.len()).find(|&i| {
                voc.rescopes(&ws[i..])
                    && ws[..i]
                        .iter()
                        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            });
            if self.names_other_owner(at, end, &ws) {
                out.push(
                    self.text[at..end]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_string(),
                );
            } else if voc.rescopes(&ws) {
                self.test(at, end, false, out);
            } else if let Some(i) = after_number {
                self.test(at + toks[i].0, end, false, out);
            } else {
                // A measure against a reference ("tăng 5% so với tháng 9")
                // or a breakdown's parts re-scope nothing.
                let measures = (0..ws.len()).any(|i| voc.is_comparison(&ws[i..]));
                let parts = self.opens_breakdown(at, end) && self.states_own_count(at, end);
                if !measures && !parts {
                    self.test(at, end, true, out);
                }
            }
            at = end;
        }
    }

    /// Whether the later clause `text[at..end]` (its words `ws`) names
    /// another agency or a field as the owner of the numbers before it
    /// ("…, thuộc Chi nhánh Văn phòng đăng ký đất đai"; "04 hồ sơ quá hạn,
    /// thuộc lĩnh vực đất đai": all the late records, or the land field's
    /// part?). Only after a comma or a semicolon: right after a bracket
    /// ("quá hạn 2 hồ sơ (0,14%) thuộc lĩnh vực đất đai") it goes on naming
    /// the records counted.
    fn names_other_owner(&self, at: usize, end: usize, ws: &[&str]) -> bool {
        let clause = &self.text[at..end];
        let separated = clause.trim_start().starts_with([',', ';'])
            || self.text[..at].trim_end().ends_with([',', ';']);
        separated
            && self.pats.vocabulary().names_owner(ws)
            && (self
                .pats
                .sector_in(clause)
                .is_some_and(|a| self.agency != Some(a))
                || self.pats.tables().names_field(clause))
    }

    /// The time expressions among `toks` (which end at `to`): where each
    /// lies and whether it is the report's own period (or the origin of
    /// records carried over, "tồn từ tháng 9 chuyển sang").
    fn times(&self, toks: &[(usize, &str)], to: usize) -> Vec<Time> {
        let voc = self.pats.vocabulary();
        let mut out = Vec::new();
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
                j += 1;
            }
            out.push(Time {
                at,
                end,
                first: i,
                last: j.max(i + 1),
                own: time::is_own(&c, self.own.period, voc.founded())
                    || voc.is_carried_from(self.text, at, end),
            });
            i = j.max(i + 1);
        }
        out
    }

    /// Whether `text[from..to]` names the report's own period ("trong kỳ",
    /// "tháng 4/2026" in a report of April 2026): the closest scope, which
    /// overrides a period its heading inherits.
    pub(super) fn names_own_period(&self, from: usize, to: usize) -> bool {
        let toks: Vec<(usize, &str)> = words(&self.text[from..to])
            .map(|(i, w)| (from + i, w))
            .collect();
        self.times(&toks, to).iter().any(|t| t.own)
    }

    /// Where, within `text[from..to]`, the first bracket that states a
    /// count of its own opens ("1.017 hồ sơ (tháng 02/2026: 884 hồ sơ)"): a
    /// statement aside, of its own period or object, which places nothing
    /// around it elsewhere.
    pub(super) fn first_counted_bracket(&self, from: usize, to: usize) -> Option<usize> {
        self.text[from..to]
            .match_indices('(')
            .map(|(i, _)| from + i)
            .find(|&open| self.counts_inside(open))
    }

    /// Whether the word at `at` lies in a bracket that states a count of
    /// its own, wherever the span tested cuts it.
    fn in_counted_bracket(&self, at: usize) -> bool {
        let before = &self.text[..at];
        before
            .rfind('(')
            .filter(|&o| !before[o..].contains(')'))
            .is_some_and(|open| self.counts_inside(open))
    }

    /// Whether the bracket opening at `open` holds a count of its own.
    fn counts_inside(&self, open: usize) -> bool {
        self.text[open..]
            .find(')')
            .is_some_and(|j| self.states_own_count(open, open + j))
    }

    /// Whether the clause `text[at..end]` opens with a breakdown's marker
    /// ("…, bao gồm 142 hồ sơ do bộ phận một cửa các xã cũ chuyển sang và
    /// …"): its words say what its parts are, not whose the head is.
    fn opens_breakdown(&self, at: usize, end: usize) -> bool {
        let clause = &self.text[at..end];
        let lead = clause.len()
            - clause
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        self.pats
            .words(WordClass::Breakdown)
            .cue
            .find(clause)
            .is_some_and(|m| m.start() == lead)
    }

    /// Whether `text[from..to]` states a count of its own: then it is a
    /// statement of its own ("…; tổng đài nhận 19 cuộc gọi"), not a remark
    /// on the numbers before it ("…, đây là kết quả của tháng 9").
    fn states_own_count(&self, from: usize, to: usize) -> bool {
        self.nums.iter().any(|n| {
            n.start >= from
                && n.end <= to
                && matches!(n.kind, NumKind::Count(_) | NumKind::Ratio(..))
        })
    }

    pub(super) fn agency_fits(&self, phrase: &str) -> bool {
        self.agency
            .is_some_and(|a| self.pats.sector_in(phrase).is_none_or(|named| named == a))
    }

    pub(super) fn is_explained(&self, at: usize, len: usize) -> bool {
        self.explained[at..at + len].iter().all(|&b| b)
    }

    pub(super) fn in_number(&self, at: usize) -> bool {
        self.nums.iter().any(|n| n.start <= at && at < n.end)
    }
}
