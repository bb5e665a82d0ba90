//! The `compare` stage: reports in, the city's table of one reporting
//! period out (issues 5 and 13).
//!
//! [`compare`] takes the reports and [`CompareOptions`] and returns a
//! [`Comparison`]: one row per unit for the period, every ward-scope key of
//! `spec/figures.md` in its own column, the rates computed from the counts,
//! the city's totals, and apart the reports of other periods and the trend.
//! The reports become one long polars frame of figures ([`figures_frame`],
//! `frame`); the rows are chosen here (`group`: the period, folded renders,
//! duplicates, the missing units) and joined to the pivot of their figures
//! (`cells`: derived figures and rates as expressions, the city's rows as
//! sums over the member rows). It does not read documents nor check
//! arithmetic (the findings come with the reports).
//!
//! # Period
//! The city consolidates one nominal period at a time (`period.nominal`,
//! the period a report's title names): the one asked for, else the one most
//! units report for. Reports of other periods, or whose title names none,
//! are listed apart (`Comparison::other`) with the reason and are not in the
//! city's totals. When no report names a period, every report is in, one
//! row per unit and data window, and the city counts each unit's latest.
//!
//! # Rows
//! - `ward`: a unit's report of the period. The renders of one report (the
//!   `.txt`, `.docx`, `.pdf`, scan: same unit, nominal period and data
//!   window) fold into one row from the best source (text, docx, pdf-text,
//!   pdf-ocr, image-ocr, then most figures); the others are in `also_in`.
//!   Reports whose period is wholly unknown never fold.
//! - `duplicate`: another report of the same unit and period (a resend, a
//!   different data window). Shown under the row it duplicates, not
//!   counted; `note` says which file the row uses (the latest data window,
//!   then the better source, then the later file).
//! - `missing`: a unit of [`CompareOptions::units`] (the city's 114) with
//!   no report of the period, status `missing` ("chưa có báo cáo").
//! - `unidentified`: a file that failed or names no unit, so nothing is lost.
//! - `city` and `city_n`: see [`city`](self::city).
//!
//! # Cells
//! Every value column has a `<column>_status` sibling: `stated`, `derived`,
//! `missing` or `inconsistent` (the key appears in one of the report's
//! findings). Nothing is filled with 0. See `cells` for the derivations
//! and [`Rate`] for the computed rates.

mod cells;
mod charts;
mod columns;
mod comparison;
mod error;
mod frame;
mod group;
mod input;
mod order;
mod print;
mod rates;
mod table;
mod term;
mod trend;
mod workbook;
mod write;

pub use comparison::{CompareOptions, Comparison};
pub use error::CompareError;
pub use input::{parse_jsonl, read_jsonl};
pub use order::collation_key;
pub use rates::{Rate, percent};
pub use table::{number, text};
pub use term::{terminal_table, terminal_trend};
pub use trend::Trend;
pub use workbook::summary_line;
pub use write::{OutputFormat, write_frame, write_output, write_table};

use crate::model::{Report, Unit};
use crate::vi;
use frame::{Row, RowKind};
use group::{Group, OtherReason};
use polars::prelude::DataFrame;
use std::collections::{HashMap, HashSet};

/// The city's units, from `data/hai-phong-units.tsv` (built in).
pub fn city_units() -> Vec<Unit> {
    crate::patterns::Patterns::builtin()
        .units()
        .iter()
        .map(|u| Unit {
            kind: u.kind,
            name: u.name.clone(),
        })
        .collect()
}

/// The names of the columns of the table, in order (for `--sort`).
pub fn column_names() -> Vec<String> {
    columns::table_columns()
}

/// Every figure of every report as one long frame (one row per figure:
/// the report's index, unit, period and source, then scope, key, value,
/// pct, of, status, certain, raw text, page, line, pattern).
pub fn figures_frame(reports: &[Report]) -> Result<DataFrame, CompareError> {
    frame::figures(reports).map_err(CompareError::Frame)
}

/// Builds the city's table from the reports (in input order).
pub fn compare(reports: &[Report], opts: &CompareOptions) -> Result<Comparison, CompareError> {
    let sel = group::select(reports, opts.period);
    let (groups, mut folded) = group::fold(reports, &sel.inside);
    let mut rows: Vec<Row> = Vec::new();
    let mut duplicates = 0;
    if sel.period.is_some() {
        for (used, others) in group::per_unit(reports, groups) {
            let mut row = Row::of_group(reports, &used, RowKind::Ward);
            if !others.is_empty() {
                let files: Vec<&str> = others
                    .iter()
                    .map(|g| reports[g.chosen].file.as_str())
                    .collect();
                row.note = Some(vi::row_uses(&reports[used.chosen].file, &files));
            }
            rows.push(row);
            for g in others {
                duplicates += 1;
                let mut d = Row::of_group(reports, &g, RowKind::Duplicate);
                d.note = Some(vi::duplicate_of(&reports[used.chosen].file));
                rows.push(d);
            }
        }
    } else {
        let mut groups = groups;
        if opts.latest {
            let pairs: Vec<(usize, usize)> = groups
                .iter()
                .enumerate()
                .map(|(i, g)| (i, g.chosen))
                .collect();
            let keep = group::latest_per_unit(reports, &pairs);
            groups = groups
                .into_iter()
                .enumerate()
                .filter(|(i, _)| keep.contains(i))
                .map(|(_, g)| g)
                .collect();
        }
        rows.extend(
            groups
                .iter()
                .map(|g| Row::of_group(reports, g, RowKind::Ward)),
        );
    }
    let (lost, n) = group::fold(reports, &sel.unidentified);
    folded += n;
    rows.extend(
        lost.iter()
            .map(|g| Row::of_group(reports, g, RowKind::Unidentified)),
    );
    let units_reporting = rows
        .iter()
        .filter(|r| r.kind == RowKind::Ward)
        .filter_map(|r| r.unit.as_ref().map(group::unit_key))
        .collect::<HashSet<_>>()
        .len();
    rows.extend(missing_rows(reports, &sel, &rows, &opts.units));
    rows.sort_by(|a, b| order::default_order(reports, a, b));

    // The city: each reporting unit once (its latest data window when no
    // nominal period is known).
    let members: Vec<usize> = if sel.period.is_some() {
        (0..rows.len())
            .filter(|&i| rows[i].kind == RowKind::Ward)
            .collect()
    } else {
        let pairs: Vec<(usize, usize)> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == RowKind::Ward)
            .filter_map(|(i, r)| Some((i, r.source?)))
            .collect();
        group::latest_per_unit(reports, &pairs)
            .into_iter()
            .collect()
    };
    for i in members {
        rows[i].member = true;
    }

    let figures = frame::figures(reports).map_err(CompareError::Frame)?;
    let mut table = columns::period_table(reports, &rows, &figures).map_err(CompareError::Frame)?;
    if let Some(col) = &opts.sort {
        table = order::sort_table(&table, col, rows.len())?;
    }
    let order: Vec<usize> = rows.iter().filter_map(|r| r.source).collect();
    let order_reports: Vec<&Report> = order.iter().map(|&i| &reports[i]).collect();
    let trend = (opts.trend || sel.periods.len() > 1)
        .then(|| trend::trend(reports, &sel.periods, &figures))
        .transpose()
        .map_err(CompareError::Frame)?;
    // The other periods' reports, their renders folded, by period and unit.
    let why: HashMap<usize, OtherReason> = sel.other.iter().copied().collect();
    let other_idx: Vec<usize> = sel.other.iter().map(|&(i, _)| i).collect();
    let (other_groups, n) = group::fold(reports, &other_idx);
    folded += n;
    let mut other: Vec<(Group, OtherReason)> = other_groups
        .into_iter()
        .map(|g| {
            let w = why[&g.chosen];
            (g, w)
        })
        .collect();
    other.sort_by_key(|(g, _)| {
        let r = &reports[g.chosen];
        (
            group::nominal(r),
            r.unit.as_ref().map(|u| order::collation_key(&u.name)),
        )
    });
    Ok(Comparison {
        period: sel.period,
        period_auto: sel.auto,
        table,
        findings: columns::findings_table(&order_reports).map_err(CompareError::Frame)?,
        figures: columns::figures_table(&figures, &order).map_err(CompareError::Frame)?,
        other: columns::other_table(reports, &other, sel.period).map_err(CompareError::Frame)?,
        trend,
        folded,
        units_reporting,
        units_total: opts.units.len(),
        duplicates,
        periods: sel.periods,
    })
}

/// A `missing` row for each unit of the city without a row of its own;
/// the note says whether it sent a report of another period.
fn missing_rows(
    reports: &[Report],
    sel: &group::Selection,
    rows: &[Row],
    units: &[Unit],
) -> Vec<Row> {
    let present: HashSet<group::UnitKey> = rows
        .iter()
        .filter(|r| matches!(r.kind, RowKind::Ward | RowKind::Duplicate))
        .filter_map(|r| r.unit.as_ref().map(group::unit_key))
        .collect();
    let mut elsewhere: HashMap<group::UnitKey, Vec<String>> = HashMap::new();
    for &(i, why) in &sel.other {
        if let Some(u) = &reports[i].unit {
            let what = match why {
                OtherReason::OtherPeriod(n) => n.label_vi(),
                OtherReason::NoNominal => vi::PERIOD_UNKNOWN.to_string(),
            };
            let e = elsewhere.entry(group::unit_key(u)).or_default();
            if !e.contains(&what) {
                e.push(what);
            }
        }
    }
    units
        .iter()
        .filter(|u| !present.contains(&group::unit_key(u)))
        .map(|u| {
            let other: &[String] = elsewhere
                .get(&group::unit_key(u))
                .map_or(&[], Vec::as_slice);
            let note = vi::not_reported(sel.period, other);
            Row::missing(u.clone(), note)
        })
        .collect()
}
