//! `parts-exceed-total`: a part larger than its total, or the stated parts of
//! an incomplete breakdown adding up to more than it.
//!
//! Complete breakdowns are `parts-sum`'s; here are the partial ones (online
//! stated without direct, early without on time …), flagged only when they
//! exceed the total under every convention, and never against a received
//! total that may leave out unstated carried-over records. Also: overdue in
//! progress ≤ in progress, fees paid online ≤ fee-bearing records, complaints
//! handled ≤ received, procedures with records ≤ their procedures, and X ≤ Y
//! in every "X/Y".

use super::relations::{self, Kind};
use super::{Facts, Term, finding, show_sum, sum, vi};
use crate::model::{Finding, Key, Rule, Scope, Severity};

/// (part, total) pairs of single counts.
const PAIRS: &[(Key, Key)] = &[
    (Key::InProgressOverdue, Key::InProgress),
    (Key::FeePaidOnline, Key::FeeRecords),
    (Key::FeedbackResolved, Key::FeedbackReceived),
    (
        Key::ProceduresFullOnlineWithRecords,
        Key::ProceduresFullOnline,
    ),
    (
        Key::ProceduresPartialOnlineWithRecords,
        Key::ProceduresPartialOnline,
    ),
    (Key::ProceduresWithRecords, Key::ProceduresTotal),
];

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    for scope in facts.scopes.keys() {
        out.extend(partial_breakdowns(facts, scope));
        for &(part, total) in PAIRS {
            if let (Some(p), Some(t)) = (facts.term(scope, part), facts.term(scope, total))
                && p.value > t.value
            {
                out.push(exceeds(scope, &[t], &[p]));
            }
        }
        for f in facts.scopes[scope].values() {
            if let (Some(v), Some(of)) = (f.value, f.of)
                && v > of
            {
                out.push(finding(
                    Rule::PartsExceedTotal,
                    Severity::Error,
                    scope,
                    [f.key],
                    of,
                    v,
                    [f.line],
                    format!(
                        "{} {}/{}: số hồ sơ lớn hơn tổng {}",
                        f.key.label_vi(),
                        vi::int(v),
                        vi::int(of),
                        vi::int(of)
                    ),
                ));
            }
        }
    }
    out
}

fn partial_breakdowns(facts: &Facts, scope: &Scope) -> Vec<Finding> {
    let (_, per) = relations::by_convention(facts, scope);
    let mut kinds: Vec<Kind> = per
        .iter()
        .flat_map(|(_, rels)| rels.iter().map(|r| r.kind))
        .collect();
    kinds.sort();
    kinds.dedup();
    let mut out = Vec::new();
    for kind in kinds {
        let readings: Vec<_> = per
            .iter()
            .filter_map(|(_, rels)| rels.iter().find(|r| r.kind == kind))
            .collect();
        if readings.iter().any(|r| r.complete) {
            continue; // parts-sum's
        }
        let exceeds_everywhere = readings
            .iter()
            .all(|r| !r.open_total && sum(&r.parts) > sum(&r.total));
        if !exceeds_everywhere {
            continue;
        }
        // The most charitable reading: the one that exceeds by least.
        let r = readings
            .iter()
            .min_by_key(|r| sum(&r.parts) - sum(&r.total))
            .expect("a reading exists");
        out.push(exceeds(scope, &r.total, &r.parts));
    }
    out
}

fn exceeds(scope: &Scope, total: &[Term], parts: &[Term]) -> Finding {
    finding(
        Rule::PartsExceedTotal,
        Severity::Error,
        scope,
        total.iter().chain(parts).map(|t| t.key),
        sum(total),
        sum(parts),
        total.iter().chain(parts).map(|t| t.line),
        format!("{} lớn hơn {}", show_sum(parts), show_sum(total)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::*;
    use crate::model::Key::*;
    use crate::model::Quantity;

    fn run(figs: Vec<crate::model::Figure>) -> Vec<Finding> {
        let x = ex(figs);
        check(&Facts::new(&x))
    }

    #[test]
    fn a_part_larger_than_its_total() {
        let fs = run(vec![n(ReceivedTotal, 605, 1), n(ReceivedOnline, 606, 2)]);
        assert_eq!(fs.len(), 1);
        assert_eq!(
            (fs[0].expected, fs[0].found),
            (Quantity(605.0), Quantity(606.0))
        );
        assert_eq!(
            fs[0].message,
            "tiếp nhận trực tuyến 606 lớn hơn tổng tiếp nhận 605"
        );
        assert!(run(vec![n(ReceivedTotal, 605, 1), n(ReceivedOnline, 605, 1)]).is_empty());
    }

    #[test]
    fn partial_timing_parts_exceeding_resolved() {
        let fs = run(vec![
            n(ResolvedTotal, 100, 1),
            n(ResolvedEarly, 98, 2),
            n(ResolvedLate, 3, 2),
        ]);
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert_eq!(fs[0].found, Quantity(101.0));
    }

    #[test]
    fn withdrawn_beside_resolved_may_be_inside_instead() {
        // Đông Hải, bảo trợ xã hội: 289 resolved + 47 withdrawn > 307 only
        // if withdrawn are beside; inside, 289 ≤ 307 (in progress unstated).
        let b = |f| in_scope("field:bảo trợ xã hội", f);
        assert!(
            run(vec![
                b(n(ReceivedTotal, 307, 186)),
                b(n(ResolvedTotal, 289, 186)),
                b(n(Withdrawn, 47, 186)),
            ])
            .is_empty()
        );
    }

    #[test]
    fn resolved_above_received_is_not_flagged_without_carried_over() {
        // Lê Đại Hành police: 1.710 resolved, 1.523 received, no carried
        // over stated: records from before may be among the resolved.
        let p = |f| in_scope("sector:police", f);
        assert!(
            run(vec![
                p(n(ReceivedTotal, 1523, 207)),
                p(n(ResolvedTotal, 1710, 207))
            ])
            .is_empty()
        );
        // With carried over stated, it is.
        let fs = run(vec![
            n(ReceivedTotal, 1523, 1),
            n(CarriedOver, 10, 2),
            n(ResolvedTotal, 1710, 3),
        ]);
        assert_eq!(fs.len(), 1, "{fs:#?}");
    }

    #[test]
    fn pairs_and_fractions() {
        let fs = run(vec![n(InProgress, 5, 1), n(InProgressOverdue, 6, 2)]);
        assert_eq!(fs.len(), 1);
        let mut f = n(FeePaidOnline, 1600, 87);
        f.of = Some(1542);
        let fs = run(vec![f]);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].keys, vec![FeePaidOnline]);
        let mut f = n(FeePaidOnline, 1067, 87);
        f.of = Some(1542);
        assert!(run(vec![f]).is_empty());
    }

    #[test]
    fn complete_breakdowns_are_left_to_parts_sum() {
        assert!(
            run(vec![
                n(ReceivedTotal, 100, 1),
                n(ReceivedOnline, 80, 1),
                n(ReceivedDirect, 30, 1),
            ])
            .is_empty()
        );
    }
}
