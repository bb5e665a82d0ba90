//! The city's rows: `city` sums each count over the member rows and
//! recomputes each rate from the summed numerators and denominators (never
//! an average of rates); `city_n` says how many units each city cell
//! covers. Stated rates (digitized %, satisfaction %) have no counts to
//! sum and stay empty.

use super::cells::{Amount, Cell, CellStatus, RateCell};
use super::rates::Rate;
use super::row::{Row, RowKind};
use crate::model::Key;

/// The city's two rows over `members` (indices into `rows`).
pub(crate) fn city_rows(rows: &[Row], members: &[usize]) -> (Row, Row) {
    let members: Vec<&Row> = members.iter().map(|&i| &rows[i]).collect();
    let mut cells = Vec::new();
    let mut cells_n = Vec::new();
    for (ki, key) in Key::ALL.iter().enumerate() {
        if key.is_rate() {
            // Stated rates have no counts to sum: never averaged.
            cells.push(Cell::missing());
            cells_n.push(Cell {
                value: None,
                status: None,
            });
            continue;
        }
        let present: Vec<&Cell> = members
            .iter()
            .map(|r| &r.cells[ki])
            .filter(|c| c.value.is_some())
            .collect();
        // Saturating: a count from a hand-edited `--from` line is bounded
        // there, but the sum must not wrap whatever comes in.
        let sum = present
            .iter()
            .filter_map(|c| c.count())
            .fold(0i64, i64::saturating_add);
        cells.push(sum_cell(
            (!present.is_empty()).then_some(sum),
            present
                .iter()
                .any(|c| c.status == Some(CellStatus::Inconsistent)),
        ));
        cells_n.push(Cell {
            value: Some(Amount::Count(present.len() as i64)),
            status: None,
        });
    }
    let mut rates = Vec::new();
    let mut rates_n = Vec::new();
    for ri in 0..Rate::ALL.len() {
        let present: Vec<&RateCell> = members
            .iter()
            .map(|r| &r.rates[ri])
            .filter(|c| c.parts.is_some())
            .collect();
        let (num, den) = present
            .iter()
            .filter_map(|c| c.parts)
            .fold((0i64, 0i64), |(a, b), (n, d)| {
                (a.saturating_add(n), b.saturating_add(d))
            });
        let inconsistent = present
            .iter()
            .any(|c| c.status == Some(CellStatus::Inconsistent));
        rates.push(RateCell {
            parts: (!present.is_empty()).then_some((num, den)),
            n: None,
            status: Some(if present.is_empty() {
                CellStatus::Missing
            } else if inconsistent {
                CellStatus::Inconsistent
            } else {
                CellStatus::Derived
            }),
        });
        rates_n.push(RateCell {
            parts: None,
            n: Some(present.len() as i64),
            status: None,
        });
    }
    let sum_opt = |f: fn(&Row) -> Option<i64>| {
        let v: Vec<i64> = members.iter().filter_map(|r| f(r)).collect();
        (!v.is_empty()).then(|| v.iter().fold(0i64, |a, &b| a.saturating_add(b)))
    };
    let n_opt =
        |f: fn(&Row) -> Option<i64>| Some(members.iter().filter(|r| f(r).is_some()).count() as i64);
    let city = Row {
        kind: RowKind::City,
        source: None,
        unit: None,
        also_in: vec![],
        note: None,
        cells,
        rates,
        errors: sum_opt(|r| r.errors),
        warnings: sum_opt(|r| r.warnings),
    };
    let city_n = Row {
        kind: RowKind::CityN,
        source: None,
        unit: None,
        also_in: vec![],
        note: None,
        cells: cells_n,
        rates: rates_n,
        errors: n_opt(|r| r.errors),
        warnings: n_opt(|r| r.warnings),
    };
    (city, city_n)
}

fn sum_cell(value: Option<i64>, inconsistent: bool) -> Cell {
    Cell {
        value: value.map(Amount::Count),
        status: Some(match (value, inconsistent) {
            (None, _) => CellStatus::Missing,
            (Some(_), true) => CellStatus::Inconsistent,
            (Some(_), false) => CellStatus::Derived,
        }),
    }
}
