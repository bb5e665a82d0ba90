//! One row's cells: the first ward-scope statement of each key, its status
//! (stated, derived, missing, inconsistent), and the derivations of a
//! missing total from its stated parts, made only where every accounting
//! convention `check` accepts gives the same total: received = online +
//! direct (no carried-over or in-period figure stated); resolved early or
//! on time = early + on time; resolved = early-or-on-time + late (no
//! withdrawn or refused figure stated). Counts stay integers; a rate key's
//! cell holds the percentage the report wrote.

use crate::model::{Figure, Key, Report, Scope};
use std::collections::{HashMap, HashSet};

/// The status of one value cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellStatus {
    Stated,
    Derived,
    Missing,
    Inconsistent,
}

impl CellStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CellStatus::Stated => "stated",
            CellStatus::Derived => "derived",
            CellStatus::Missing => "missing",
            CellStatus::Inconsistent => "inconsistent",
        }
    }
}

/// What a cell holds: a count (count keys), or the percentage a report
/// wrote (rate keys). Counts stay integers up to the writer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Amount {
    Count(i64),
    Pct(f64),
}

/// One cell of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cell {
    pub(crate) value: Option<Amount>,
    pub(crate) status: Option<CellStatus>,
}

impl Cell {
    pub(crate) fn missing() -> Cell {
        Cell {
            value: None,
            status: Some(CellStatus::Missing),
        }
    }
    pub(crate) fn count(&self) -> Option<i64> {
        match self.value {
            Some(Amount::Count(v)) => Some(v),
            _ => None,
        }
    }
    pub(crate) fn pct(&self) -> Option<f64> {
        match self.value {
            Some(Amount::Pct(v)) => Some(v),
            _ => None,
        }
    }
}

/// A rate's parts in one row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RateCell {
    pub(crate) parts: Option<(i64, i64)>,
    /// For the city_n row: how many wards the city rate covers.
    pub(crate) n: Option<i64>,
    pub(crate) status: Option<CellStatus>,
}

impl RateCell {
    pub(crate) fn missing() -> RateCell {
        RateCell {
            parts: None,
            n: None,
            status: Some(CellStatus::Missing),
        }
    }

    pub(crate) fn value(&self) -> Option<f64> {
        if let Some(n) = self.n {
            return Some(n as f64);
        }
        let (num, den) = self.parts?;
        super::rates::percent(num, den)
    }
}

pub(crate) fn key_index(k: Key) -> usize {
    Key::ALL
        .iter()
        .position(|&x| x == k)
        .expect("every key is in Key::ALL")
}

/// The first ward-scope statement of each key.
pub(crate) fn ward_figures(r: &Report) -> HashMap<Key, &Figure> {
    let mut m = HashMap::new();
    for f in r.figures.iter().filter(|f| f.scope == Scope::Ward) {
        m.entry(f.key).or_insert(f);
    }
    m
}

pub(crate) fn ward_cells(r: &Report) -> Vec<Cell> {
    let figs = ward_figures(r);
    let flagged: HashSet<Key> = r
        .findings
        .iter()
        .filter(|f| f.scope == Scope::Ward)
        .flat_map(|f| f.keys.iter().copied())
        .collect();
    let mut cells: Vec<Cell> = Key::ALL
        .iter()
        .map(|&k| {
            let value = figs.get(&k).and_then(|f| {
                if k.is_rate() {
                    f.pct.map(Amount::Pct)
                } else {
                    f.value.map(Amount::Count)
                }
            });
            match value {
                None => Cell::missing(),
                Some(v) => Cell {
                    value: Some(v),
                    status: Some(if flagged.contains(&k) {
                        CellStatus::Inconsistent
                    } else {
                        CellStatus::Stated
                    }),
                },
            }
        })
        .collect();
    use Key::*;
    // Only where every accounting convention `check` accepts gives the same
    // total: carried-over records may or may not be in the headline, and
    // withdrawn and refused records may or may not be in "đã giải quyết",
    // so a stated one of them leaves the total underived.
    derive(
        &mut cells,
        ResolvedEarlyOrOnTime,
        &[ResolvedEarly, ResolvedOnTime],
        &[],
    );
    derive(
        &mut cells,
        ReceivedTotal,
        &[ReceivedOnline, ReceivedDirect],
        &[CarriedOver, ReceivedInPeriod],
    );
    derive(
        &mut cells,
        ResolvedTotal,
        &[ResolvedEarlyOrOnTime, ResolvedLate],
        &[Withdrawn, Rejected],
    );
    cells
}

/// Fills `target` with the sum of `parts` when it is missing, every part is
/// there, and none of `unless` (the figures that make the sum ambiguous) is.
fn derive(cells: &mut [Cell], target: Key, parts: &[Key], unless: &[Key]) {
    if cells[key_index(target)].value.is_some()
        || unless.iter().any(|&k| cells[key_index(k)].value.is_some())
    {
        return;
    }
    let mut sum = 0i64;
    let mut inconsistent = false;
    for &k in parts {
        let c = cells[key_index(k)];
        let Some(v) = c.count() else { return };
        sum = sum.saturating_add(v);
        inconsistent |= c.status == Some(CellStatus::Inconsistent);
    }
    cells[key_index(target)] = Cell {
        value: Some(Amount::Count(sum)),
        status: Some(if inconsistent {
            CellStatus::Inconsistent
        } else {
            CellStatus::Derived
        }),
    };
}
