//! The `compare` stage: reports in, the city's table of one reporting
//! period out (issues 5 and 13).
//!
//! [`compare`] takes the reports and [`CompareOptions`] and returns a
//! [`Comparison`]: one row per unit for the period, every ward-scope key of
//! `spec/figures.md` in its own column, the rates computed from the counts,
//! the city's totals, and apart the reports of other periods and the trend.
//! Everything is computed here in plain Rust; [`Table::to_frame`] then
//! hands the columns to polars, which only stores and writes them. It does
//! not read documents nor check arithmetic (the findings come with the
//! reports).
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
mod city;
mod columns;
mod error;
mod group;
mod input;
mod order;
mod rates;
mod row;
mod table;
mod term;
mod trend;
mod workbook;
mod write;

pub use cells::CellStatus;
pub use error::CompareError;
pub use input::{parse_jsonl, read_jsonl};
pub use order::collation_key;
pub use rates::{Rate, percent};
pub use table::{Col, Table, Values};
pub use term::{terminal_table, terminal_trend};
pub use trend::Trend;
pub use workbook::summary_line;
pub use write::{OutputFormat, write_output, write_table};

use crate::model::{Nominal, Report, Unit};
use crate::vi;
use group::{Group, OtherReason};
use polars::prelude::DataFrame;
use row::{Row, RowKind};
use std::collections::{HashMap, HashSet};

/// How [`compare`] shapes the table.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// Keep only the most recent period of each unit (when no nominal
    /// period is known; with one, each unit has one row anyway).
    pub latest: bool,
    /// Sort the rows by this column: numbers largest first (missing last),
    /// text in Vietnamese alphabetical order. Default: by unit, then period.
    pub sort: Option<String>,
    /// The period to consolidate; None: the most common of the input.
    pub period: Option<Nominal>,
    /// The city's units: each without a report of the period gets a
    /// `missing` row. Empty: no such rows. See [`city_units`].
    pub units: Vec<Unit>,
    /// Build the trend over every period of the input.
    pub trend: bool,
}

/// The result of [`compare`].
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The period consolidated (None when no report names one).
    pub period: Option<Nominal>,
    /// The period was the most common of the input (no `--period`).
    pub period_auto: bool,
    /// One row per unit of the period (and its duplicates), the missing
    /// units, the unidentified files, then the city rows.
    pub table: Table,
    /// Every finding of the reports behind the rows (sheet "Phát hiện").
    pub findings: Table,
    /// Every figure of those reports, all scopes (sheet "Số liệu").
    pub figures: Table,
    /// The reports of other periods, one row per report (renders folded),
    /// with the reason (sheet "Kỳ khác").
    pub other: Table,
    /// The trend, when asked for or when the input spans several periods.
    pub trend: Option<Trend>,
    /// How many input reports were folded into another row (`also_in`).
    pub folded: usize,
    /// How many units have a row of kind `ward` (they reported).
    pub units_reporting: usize,
    /// How many units the city has ([`CompareOptions::units`]).
    pub units_total: usize,
    /// How many rows are duplicates (another report of a unit and period).
    pub duplicates: usize,
    /// Every nominal period of the input, oldest first.
    pub periods: Vec<Nominal>,
}

impl Comparison {
    /// The table of the period as a polars DataFrame.
    pub fn frame(&self) -> Result<DataFrame, CompareError> {
        self.table.to_frame()
    }
}

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
    compare(&[], &CompareOptions::default())
        .map(|c| c.table.columns.into_iter().map(|c| c.name).collect())
        .unwrap_or_default()
}

/// Builds the city's table from the reports (in input order).
pub fn compare(reports: &[Report], opts: &CompareOptions) -> Result<Comparison, CompareError> {
    let sel = group::select(reports, opts.period);
    let (groups, mut folded) = group::fold(reports, &sel.inside);
    let mut rows: Vec<Row> = Vec::new();
    let mut duplicates = 0;
    if sel.period.is_some() {
        for (used, others) in group::per_unit(reports, groups) {
            let mut row = Row::from_group(reports, &used, RowKind::Ward);
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
                let mut d = Row::from_group(reports, &g, RowKind::Duplicate);
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
                .map(|g| Row::from_group(reports, g, RowKind::Ward)),
        );
    }
    let (lost, n) = group::fold(reports, &sel.unidentified);
    folded += n;
    rows.extend(
        lost.iter()
            .map(|g| Row::from_group(reports, g, RowKind::Unidentified)),
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
    let mut members: Vec<usize> = if sel.period.is_some() {
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
    members.sort_unstable();
    if !members.is_empty() {
        let (city, city_n) = city::city_rows(&rows, &members);
        rows.push(city);
        rows.push(city_n);
    }

    let mut table = columns::build_table(&rows, reports);
    if let Some(col) = &opts.sort {
        let body = rows.iter().filter(|r| !r.kind.is_city()).count();
        order::sort_table(&mut table, col, body)?;
    }
    let order_reports: Vec<&Report> = rows
        .iter()
        .filter_map(|r| r.source.map(|i| &reports[i]))
        .collect();
    let trend = (opts.trend || sel.periods.len() > 1).then(|| trend::trend(reports, &sel.periods));
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
        findings: columns::findings_table(&order_reports),
        figures: columns::figures_table(&order_reports),
        other: columns::other_table(reports, &other, sel.period),
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
