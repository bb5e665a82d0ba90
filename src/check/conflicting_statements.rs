//! `conflicting-statements`: one (scope, key) stated twice with different
//! values. The first statement stays the figure (spec/output.md); each later
//! different value is one finding, `expected` the first, `found` the later.
//! A restatement with the same value is no finding, whatever rate comes with
//! it (a different rate is the `rate` rule's). A rate-only key restated with
//! another rate is a warning.

use super::{Facts, finding, vi};
use crate::model::{Figure, Finding, Rule, Scope, Severity};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut firsts: Vec<&Figure> = Vec::new();
    let mut reported: Vec<(&Figure, Option<i64>, Option<u64>)> = Vec::new();
    for s in facts.statements {
        let Some(first) = firsts
            .iter()
            .find(|f| f.scope == s.scope && f.key == s.key)
            .copied()
        else {
            firsts.push(s);
            continue;
        };
        // Two readings of one sentence are not two statements.
        if s.evidence.sentence != 0 && s.evidence.sentence == first.evidence.sentence {
            continue;
        }
        let seen = |v: Option<i64>, p: Option<u64>| {
            reported
                .iter()
                .any(|(f, rv, rp)| std::ptr::eq(*f, first) && *rv == v && *rp == p)
        };
        match (first.value, s.value) {
            (Some(a), Some(b)) if a != b => {
                if seen(Some(b), None) {
                    continue;
                }
                reported.push((first, Some(b), None));
                out.push(finding(
                    Rule::ConflictingStatements,
                    Severity::Error,
                    &s.scope,
                    [s.key],
                    a,
                    b,
                    [first.line, s.line],
                    format!(
                        "{}{} ghi {} ở dòng {} nhưng ghi {} ở dòng {}",
                        s.key.label_vi(),
                        match &s.scope {
                            Scope::Ward => String::new(),
                            other => format!(" của {}", vi::scope(other)),
                        },
                        vi::int(a),
                        first.line,
                        vi::int(b),
                        s.line
                    ),
                ));
            }
            (None, None) if s.key.is_rate() => {
                let (Some(a), Some(b)) = (first.pct, s.pct) else {
                    continue;
                };
                if (a - b).abs() < 1e-9 {
                    continue;
                }
                let bits = Some(b.to_bits());
                if seen(None, bits) {
                    continue;
                }
                reported.push((first, None, bits));
                out.push(finding(
                    Rule::ConflictingStatements,
                    Severity::Warning,
                    &s.scope,
                    [s.key],
                    a,
                    b,
                    [first.line, s.line],
                    format!(
                        "{} ghi {} ở dòng {} nhưng ghi {} ở dòng {}",
                        s.key.label_vi(),
                        vi::pct(a),
                        first.line,
                        vi::pct(b),
                        s.line
                    ),
                ));
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::*;
    use crate::model::Key::*;
    use crate::model::Quantity;

    fn run(statements: Vec<Figure>) -> Vec<Finding> {
        let x = ex(statements);
        check(&Facts::new(&x))
    }

    #[test]
    fn a_different_value_later_is_a_finding_and_the_first_is_expected() {
        // Gia Phúc: từ chối 02 (L74), then 01 (L123).
        let fs = run(vec![
            np(Rejected, 2, 0.02, 74),
            n(Rejected, 1, 123),
            n(Rejected, 2, 125),
        ]);
        assert_eq!(fs.len(), 1);
        assert_eq!(
            (fs[0].expected, fs[0].found),
            (Quantity(2.0), Quantity(1.0))
        );
        assert_eq!(fs[0].lines, vec![74, 123]);
        assert_eq!(fs[0].severity, Severity::Error);
        assert_eq!(
            fs[0].message,
            "từ chối ghi 2 ở dòng 74 nhưng ghi 1 ở dòng 123"
        );
    }

    #[test]
    fn same_value_restated_is_fine_even_with_another_rate() {
        assert!(
            run(vec![
                np(ProceduresFullOnlineWithRecords, 11, 5.02, 43),
                np(ProceduresFullOnlineWithRecords, 11, 8.18, 175),
                n(ReceivedTotal, 4312, 159),
                n(ReceivedTotal, 4312, 185),
            ])
            .is_empty()
        );
    }

    #[test]
    fn scopes_are_apart() {
        assert!(
            run(vec![
                n(ReceivedTotal, 10, 1),
                in_scope("sector:police", n(ReceivedTotal, 20, 2))
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_rate_only_key_restated_with_another_rate() {
        let fs = run(vec![
            fig("ward", DigitizedPct, None, Some(100.0), 25),
            fig("ward", DigitizedPct, None, Some(98.5), 70),
        ]);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].severity, Severity::Warning);
    }

    #[test]
    fn the_same_conflict_twice_is_one_finding() {
        let fs = run(vec![
            n(InProgress, 15, 1),
            n(InProgress, 16, 2),
            n(InProgress, 16, 3),
        ]);
        assert_eq!(fs.len(), 1);
    }
}
