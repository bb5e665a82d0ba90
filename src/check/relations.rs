//! The sum relations between a scope's counts, under each accounting
//! convention; shared by `parts-sum` (complete breakdowns) and
//! `parts-exceed-total` (partial ones).

use super::{Facts, Term, sum};
use crate::model::{Key, Scope};

/// Where a scope counts its withdrawn and refused records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawn {
    /// Beside the resolved: what was handled = resolved + in progress +
    /// withdrawn + refused.
    Beside,
    /// Among the resolved, beside its timing split: resolved = early + on
    /// time + late + withdrawn + refused.
    Inside,
    /// Among the resolved and among its timing split alike, where the
    /// report says its resolved include them ("Số hồ sơ đã giải quyết nêu
    /// trên đã bao gồm 03 hồ sơ rút"): they add to neither.
    Within,
}

/// How a scope counts withdrawn/refused and carried-over records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Convention {
    pub withdrawn: Withdrawn,
    /// Carried-over records are part of the headline `received_total`.
    pub carried_in_headline: bool,
}

impl Convention {
    /// A short Vietnamese description of the parts of the convention that
    /// matter in `scope` (see [`conventions`]).
    pub fn describe(self, dims: Dims) -> String {
        let mut parts = Vec::new();
        if dims.withdrawn {
            parts.push(match self.withdrawn {
                Withdrawn::Inside => "tính rút, từ chối trong số đã giải quyết",
                Withdrawn::Beside => "tính rút, từ chối ngoài số đã giải quyết",
                Withdrawn::Within => {
                    "tính rút, từ chối trong số đã giải quyết và trong số trước hạn, đúng hạn, quá hạn"
                }
            });
        }
        if dims.carried {
            parts.push(if self.carried_in_headline {
                "kỳ trước chuyển sang nằm trong tổng tiếp nhận"
            } else {
                "kỳ trước chuyển sang nằm ngoài tổng tiếp nhận"
            });
        }
        parts.join(", ")
    }
}

/// Which convention choices change a sum in a scope: the withdrawn/refused
/// choice only where some are stated, the carried-over one only where a
/// carried-over count is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dims {
    pub withdrawn: bool,
    /// The report says its resolved records include them: they may be in
    /// its timing split too ([`Withdrawn::Within`]).
    pub among_resolved: bool,
    pub carried: bool,
}

pub fn dims(facts: &Facts, scope: &Scope) -> Dims {
    let nonzero = |k| facts.value(scope, k).is_some_and(|v| v != 0);
    let among = |k| {
        facts
            .scopes
            .get(scope)
            .and_then(|m| m.get(&k))
            .is_some_and(|f| f.evidence.among_resolved)
    };
    Dims {
        withdrawn: nonzero(Key::Withdrawn) || nonzero(Key::Rejected),
        among_resolved: among(Key::Withdrawn) || among(Key::Rejected),
        carried: nonzero(Key::CarriedOver),
    }
}

/// The conventions worth reading `scope` under (1 to 6 of them), the
/// most common first: beside, carried-over inside the headline.
pub fn conventions(d: Dims) -> Vec<Convention> {
    let mut out = Vec::new();
    for carried_in_headline in if d.carried {
        vec![true, false]
    } else {
        vec![true]
    } {
        for withdrawn in if d.among_resolved {
            vec![Withdrawn::Beside, Withdrawn::Inside, Withdrawn::Within]
        } else if d.withdrawn {
            vec![Withdrawn::Beside, Withdrawn::Inside]
        } else {
            vec![Withdrawn::Beside]
        } {
            out.push(Convention {
                withdrawn,
                carried_in_headline,
            });
        }
    }
    out
}

/// Which relation: the same kind under two conventions is the same relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// received = online + direct (+ carried over)
    Received,
    /// received in period = online + direct
    InPeriod,
    /// received = received in period (+ carried over)
    Carried,
    /// received (+ carried over) = resolved + in progress (+ withdrawn + refused)
    Disposition,
    /// resolved = early + on time + late (+ withdrawn + refused)
    Timing,
    /// procedures = fully + partly + not online
    Procedures,
    /// procedures with records = fully + partly online with records
    WithRecords,
}

/// One relation of a scope read under one convention: `total` (its terms
/// add up to the stated total) against the stated `parts`.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub kind: Kind,
    pub total: Vec<Term>,
    pub parts: Vec<Term>,
    /// Every part that must be stated is: the sum must equal the total.
    pub complete: bool,
    /// The total may leave out records the report does not state (carried
    /// over), so the parts exceeding it proves nothing.
    pub open_total: bool,
}

impl Relation {
    pub fn holds(&self) -> bool {
        sum(&self.total) == sum(&self.parts)
    }
    pub fn keys(&self) -> Vec<Key> {
        self.total
            .iter()
            .chain(&self.parts)
            .map(|t| t.key)
            .collect()
    }
    pub fn lines(&self) -> Vec<usize> {
        self.total
            .iter()
            .chain(&self.parts)
            .map(|t| t.line)
            .collect()
    }
}

/// Every relation `scope` states something for, read under `c`.
pub fn relations(facts: &Facts, scope: &Scope, c: Convention) -> Vec<Relation> {
    use Key::*;
    let t = |k| facts.term(scope, k);
    let some = |ks: &[Key]| -> Vec<Term> { ks.iter().filter_map(|&k| t(k)).collect() };
    let mut out = Vec::new();
    let rel = |kind, total: Vec<Term>, parts: Vec<Term>, complete, open_total| Relation {
        kind,
        total,
        parts,
        complete,
        open_total,
    };
    let co = t(CarriedOver);
    let has = |k| t(k).is_some();

    // Received.
    let mode_parts = some(&[ReceivedOnline, ReceivedDirect]);
    let modes_complete = has(ReceivedOnline) && has(ReceivedDirect);
    // Online + direct may split the headline total (carried-over records
    // included) rather than the period's new records: where they add up to
    // the headline exactly, that is the reading.
    let modes_split_headline = modes_complete
        && t(ReceivedTotal)
            .is_some_and(|r| r.value == mode_parts.iter().map(|p| p.value).sum::<i64>());
    if let Some(in_period) = t(ReceivedInPeriod) {
        if !mode_parts.is_empty() && !modes_split_headline {
            out.push(rel(
                Kind::InPeriod,
                vec![in_period.clone()],
                mode_parts.clone(),
                modes_complete,
                false,
            ));
        }
        if let (Some(r), Some(co)) = (t(ReceivedTotal), co.clone()) {
            let mut parts = vec![in_period];
            if c.carried_in_headline {
                parts.push(co);
            }
            out.push(rel(Kind::Carried, vec![r], parts, true, false));
        }
    } else if let Some(r) = t(ReceivedTotal)
        && !mode_parts.is_empty()
    {
        let mut parts = mode_parts.clone();
        if c.carried_in_headline
            && let Some(co) = co.clone()
        {
            parts.push(co);
        }
        out.push(rel(Kind::Received, vec![r], parts, modes_complete, false));
    }

    // Disposition: what was handled = resolved + in progress (+ withdrawn + refused).
    let handled: Option<Vec<Term>> = match (t(ReceivedTotal), t(ReceivedInPeriod)) {
        (Some(r), _) => {
            let mut v = vec![r];
            if !c.carried_in_headline
                && let Some(co) = co.clone()
            {
                v.push(co);
            }
            Some(v)
        }
        (None, Some(p)) => Some(std::iter::once(p).chain(co.clone()).collect()),
        (None, None) => None,
    };
    if let Some(total) = handled {
        let mut parts = some(&[ResolvedTotal, InProgress]);
        if !parts.is_empty() {
            if c.withdrawn == self::Withdrawn::Beside {
                parts.extend(some(&[Withdrawn, Rejected]));
            }
            let complete = has(ResolvedTotal) && has(InProgress);
            out.push(rel(Kind::Disposition, total, parts, complete, co.is_none()));
        }
    }

    // Timing of the resolved: complete only with the late count stated
    // (0 included). Without it, early + on time short of the resolved says
    // nothing: the late ones were not stated, and an absent figure is
    // never 0. More than the resolved is still `parts-exceed-total`.
    if let Some(res) = t(ResolvedTotal) {
        let (mut parts, complete) = if let Some(eot) = t(ResolvedEarlyOrOnTime) {
            (vec![eot], has(ResolvedLate))
        } else {
            (
                some(&[ResolvedEarly, ResolvedOnTime]),
                has(ResolvedEarly) && has(ResolvedOnTime) && has(ResolvedLate),
            )
        };
        parts.extend(t(ResolvedLate));
        if !parts.is_empty() {
            if c.withdrawn == self::Withdrawn::Inside {
                parts.extend(some(&[Withdrawn, Rejected]));
            }
            out.push(rel(Kind::Timing, vec![res], parts, complete, false));
        }
    }

    // Procedures.
    if let Some(total) = t(ProceduresTotal) {
        let parts = some(&[
            ProceduresFullOnline,
            ProceduresPartialOnline,
            ProceduresNotOnline,
        ]);
        if !parts.is_empty() {
            let complete = parts.len() == 3;
            out.push(rel(Kind::Procedures, vec![total], parts, complete, false));
        }
    }
    if let Some(total) = t(ProceduresWithRecords) {
        let parts = some(&[
            ProceduresFullOnlineWithRecords,
            ProceduresPartialOnlineWithRecords,
        ]);
        if !parts.is_empty() {
            let complete = parts.len() == 2;
            out.push(rel(Kind::WithRecords, vec![total], parts, complete, false));
        }
    }
    out
}

/// The relations of `scope` under each of its conventions.
pub fn by_convention(facts: &Facts, scope: &Scope) -> (Dims, Vec<(Convention, Vec<Relation>)>) {
    let d = dims(facts, scope);
    let per = conventions(d)
        .into_iter()
        .map(|c| (c, relations(facts, scope, c)))
        .collect();
    (d, per)
}

/// How many relations hold exactly under a convention, partial ones
/// included: the reading a scope most likely uses.
pub fn score(rels: &[Relation]) -> usize {
    rels.iter().filter(|r| r.holds()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::*;
    use crate::model::Key::*;

    fn kinds(x: &crate::model::Extraction, c: Convention) -> Vec<(Kind, bool, bool)> {
        let facts = Facts::new(x);
        relations(&facts, &Scope::Ward, c)
            .into_iter()
            .map(|r| (r.kind, r.complete, r.holds()))
            .collect()
    }

    #[test]
    fn conventions_only_vary_where_they_change_a_sum() {
        let none = Dims {
            withdrawn: false,
            among_resolved: false,
            carried: false,
        };
        assert_eq!(conventions(none).len(), 1);
        let both = Dims {
            withdrawn: true,
            among_resolved: false,
            carried: true,
        };
        assert_eq!(conventions(both).len(), 4);
        // Said to be among the resolved: also within its timing split.
        let among = Dims {
            among_resolved: true,
            ..both
        };
        assert_eq!(conventions(among).len(), 6);
    }

    #[test]
    fn withdrawn_inside_or_beside_resolved() {
        // Kẻ Sặt: 1.145 = 1.080 + 52 + 13 beside, 1.080 = 1.078 + 2.
        let x = ex(vec![
            n(ReceivedTotal, 1145, 35),
            n(ReceivedInPeriod, 1128, 35),
            n(ReceivedDirect, 59, 35),
            n(ReceivedOnline, 1069, 36),
            n(CarriedOver, 17, 36),
            n(ResolvedTotal, 1080, 38),
            n(ResolvedEarly, 1078, 38),
            n(ResolvedLate, 2, 38),
            n(InProgress, 52, 40),
            n(Withdrawn, 13, 44),
        ]);
        let beside = Convention {
            withdrawn: super::Withdrawn::Beside,
            carried_in_headline: true,
        };
        let inside = Convention {
            withdrawn: super::Withdrawn::Inside,
            carried_in_headline: true,
        };
        assert_eq!(
            kinds(&x, beside),
            vec![
                (Kind::InPeriod, true, true),
                (Kind::Carried, true, true),
                (Kind::Disposition, true, true),
                (Kind::Timing, false, true),
            ]
        );
        assert_eq!(
            kinds(&x, inside),
            vec![
                (Kind::InPeriod, true, true),
                (Kind::Carried, true, true),
                (Kind::Disposition, true, false),
                (Kind::Timing, false, false),
            ]
        );
    }

    #[test]
    fn carried_over_outside_the_headline_adds_to_what_was_handled() {
        let x = ex(vec![
            n(ReceivedTotal, 100, 1),
            n(ReceivedOnline, 70, 2),
            n(ReceivedDirect, 30, 2),
            n(CarriedOver, 10, 3),
            n(ResolvedTotal, 105, 4),
            n(InProgress, 5, 5),
        ]);
        let out = Convention {
            withdrawn: super::Withdrawn::Beside,
            carried_in_headline: false,
        };
        assert_eq!(
            kinds(&x, out),
            vec![
                (Kind::Received, true, true),
                (Kind::Disposition, true, true)
            ]
        );
    }
}
