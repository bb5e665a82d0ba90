//! `field-sum`: the per-field figures (`field:*`) against the ward's.
//!
//! A per-field breakdown (lĩnh vực) splits the ward's own records, so for
//! each record key the fields must not add up to more than the ward states.
//! They must add up exactly only when the breakdown is evidently complete
//! (for received or resolved, every field states it and they add up exactly
//! to the ward's non-zero value: Đông Hải's received 605 + 3.726 + … =
//! 5.019) and
//! every field states the key. (A report may list only its main fields; a
//! shortfall then proves nothing.) Vertical agencies (`sector:*`) handle
//! records outside the ward's competence and are not part of its totals.
//! The same key is compared with the same key: one accounting convention
//! holds for the whole report.

use super::{Facts, finding, vi};
use crate::model::{Finding, Key, Rule, Scope, Severity};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let fields: Vec<&Scope> = facts
        .scopes
        .keys()
        .filter(|s| matches!(s, Scope::Field(_)))
        .collect();
    if fields.is_empty() {
        return Vec::new();
    }
    let ward = Scope::Ward;
    // Evidently complete: for a headline count (received or resolved)
    // every field states it and they add up exactly to the ward's
    // (non-zero) value. A small count (withdrawn 1 + 3 = 4) proves nothing:
    // a field whose row was lost may have none.
    let complete = [Key::ReceivedTotal, Key::ResolvedTotal].iter().any(|&k| {
        let fields_sum: Option<i64> = fields.iter().map(|s| facts.value(s, k)).sum();
        fields_sum.is_some()
            && facts
                .value(&ward, k)
                .is_some_and(|w| w > 0 && Some(w) == fields_sum)
    });
    let mut out = Vec::new();
    for &key in Key::ALL {
        if !key.is_record_key() {
            continue;
        }
        let Some(w) = facts.term(&ward, key) else {
            continue;
        };
        let mut terms: Vec<_> = fields.iter().filter_map(|s| facts.term(s, key)).collect();
        terms.sort_by_key(|t| t.line);
        if terms.is_empty() {
            continue;
        }
        let total: i64 = terms.iter().map(|t| t.value).sum();
        let all_state_it = terms.len() == fields.len();
        let wrong = if complete && all_state_it {
            total != w.value
        } else {
            total > w.value
        };
        if !wrong {
            continue;
        }
        let relation = if total > w.value {
            "lớn hơn"
        } else {
            "khác"
        };
        out.push(finding(
            Rule::FieldSum,
            Severity::Error,
            &ward,
            [key],
            w.value,
            total,
            std::iter::once(w.line).chain(terms.iter().map(|t| t.line)),
            format!(
                "{} của {} lĩnh vực cộng lại {} = {}, {} số của toàn đơn vị {}",
                key.label_vi(),
                terms.len(),
                terms
                    .iter()
                    .map(|t| vi::int(t.value))
                    .collect::<Vec<_>>()
                    .join(" + "),
                vi::int(total),
                relation,
                vi::int(w.value)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::*;
    use crate::model::Key::*;
    use crate::model::{Figure, Quantity};

    fn f(name: &str, fig: Figure) -> Figure {
        in_scope(&format!("field:{name}"), fig)
    }

    fn run(figs: Vec<Figure>) -> Vec<Finding> {
        let x = ex(figs);
        check(&Facts::new(&x))
    }

    #[test]
    fn a_small_count_adding_up_does_not_prove_the_fields_complete() {
        // A fax lost the "Chứng thực" row: withdrawn 1 + 3 = 4 still adds
        // up (the lost row had none), in progress 19 + 6 falls short of 30.
        let fs = run(vec![
            n(InProgress, 30, 43),
            n(Withdrawn, 4, 43),
            f("hộ tịch", n(InProgress, 19, 40)),
            f("hộ tịch", n(Withdrawn, 1, 40)),
            f("đất đai", n(InProgress, 6, 42)),
            f("đất đai", n(Withdrawn, 3, 42)),
        ]);
        assert!(fs.is_empty(), "{fs:?}");
    }

    #[test]
    fn fields_adding_up_to_more_than_the_ward() {
        // Đông Hải: resolved per field 4.864 > 4.831 (one field states none).
        let fs = run(vec![
            n(ReceivedTotal, 700, 153),
            n(ResolvedTotal, 600, 155),
            f("a", n(ReceivedTotal, 400, 163)),
            f("a", n(ResolvedTotal, 380, 165)),
            f("b", n(ReceivedTotal, 240, 169)),
            f("b", n(ResolvedTotal, 230, 170)),
            f("c", n(ReceivedTotal, 60, 184)),
        ]);
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert_eq!(fs[0].keys, vec![ResolvedTotal]);
        assert_eq!(
            (fs[0].expected, fs[0].found),
            (Quantity(600.0), Quantity(610.0))
        );
        assert_eq!(fs[0].scope, Scope::Ward);
    }

    #[test]
    fn a_shortfall_counts_only_when_the_breakdown_is_complete() {
        let figs = |c_resolved: i64| {
            vec![
                n(ReceivedTotal, 700, 1),
                n(ResolvedTotal, 600, 2),
                f("a", n(ReceivedTotal, 400, 3)),
                f("a", n(ResolvedTotal, 350, 3)),
                f("b", n(ReceivedTotal, 300, 4)),
                f("b", n(ResolvedTotal, c_resolved, 4)),
            ]
        };
        assert!(run(figs(250)).is_empty());
        assert_eq!(run(figs(240)).len(), 1);
        // Received per field adds to less than the ward: maybe not every
        // field is listed, so a shortfall elsewhere is no finding.
        let mut partial = figs(200);
        partial[0] = n(ReceivedTotal, 800, 1);
        assert!(run(partial).is_empty());
    }

    #[test]
    fn any_key_adding_up_exactly_shows_the_breakdown_complete() {
        let figs = |a_received: i64| {
            vec![
                n(ReceivedTotal, 700, 1),
                n(ResolvedTotal, 600, 2),
                f("a", n(ReceivedTotal, a_received, 3)),
                f("a", n(ResolvedTotal, 350, 3)),
                f("b", n(ReceivedTotal, 300, 4)),
                f("b", n(ResolvedTotal, 250, 4)),
            ]
        };
        assert!(run(figs(400)).is_empty());
        let fs = run(figs(390));
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert_eq!(fs[0].keys, vec![ReceivedTotal]);
    }

    #[test]
    fn sectors_are_not_fields() {
        assert!(
            run(vec![
                n(ReceivedTotal, 100, 1),
                in_scope("sector:police", n(ReceivedTotal, 438, 2)),
            ])
            .is_empty()
        );
    }
}
