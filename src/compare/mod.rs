//! The `compare` stage: reports in, the city's table of one reporting
//! period out (issues 5 and 13).
//!
//! [`compare`] takes the reports and [`CompareOptions`] and returns a
//! [`Comparison`]: one row per unit for the period, every ward-scope key of
//! `spec/figures.md` in its own column, the rates computed from the counts,
//! the city's totals, and apart the reports of other periods and the trend.
//! The reports become one long polars frame of figures ([`figures_frame`],
//! `frame`); the rows are chosen by `group` (the period, folded renders,
//! duplicates, the missing units), put in order by `order`, and joined to
//! the pivot of their figures (`cells`: derived figures and rates as
//! expressions, the city's rows as sums over the member rows). It does not
//! read documents, check arithmetic (the findings come with the reports)
//! nor write anything: `publish` writes the [`Comparison`].
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
//! - `city` and `city_n`: the sums over the `ward` rows (with no period,
//!   each unit's latest data window) and how many rows each cell covers.
//!
//! # Cells
//! Every value column has a `<column>_status` sibling: `stated`, `derived`,
//! `missing` or `inconsistent` (the key appears in one of the report's
//! findings). Nothing is filled with 0. See `cells` for the derivations
//! and [`Rate`] for the computed rates.

mod cells;
mod error;
mod frame;
mod group;
mod input;
mod order;
mod rates;
mod trend;

pub use error::CompareError;
pub use input::{parse_jsonl, read_jsonl};
pub use order::collation_key;
pub use rates::{Rate, percent};
pub use trend::Trend;

use crate::model::{Nominal, Report, Unit};
use group::{Row, RowKind};
use polars::prelude::DataFrame;
use std::collections::HashSet;

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
    pub table: DataFrame,
    /// Every finding of the reports behind the rows (sheet "Phát hiện").
    pub findings: DataFrame,
    /// Every figure of those reports, all scopes (sheet "Số liệu").
    pub figures: DataFrame,
    /// The reports of other periods, one row per report (renders folded),
    /// with the reason (sheet "Kỳ khác").
    pub other: DataFrame,
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
    cells::table_columns()
}

/// Every figure of every report as one long frame (one row per figure:
/// the report's index, unit, period and source, then scope, key, value,
/// pct, of, status, certain, raw text, page, line, pattern).
pub fn figures_frame(reports: &[Report]) -> Result<DataFrame, CompareError> {
    Ok(frame::figures(reports)?)
}

/// Builds the city's table from the reports (in input order).
pub fn compare(reports: &[Report], opts: &CompareOptions) -> Result<Comparison, CompareError> {
    let sel = group::select(reports, opts.period);
    let (groups, mut folded) = group::fold(reports, &sel.inside);
    let mut rows = group::report_rows(reports, groups, sel.period.is_some(), opts.latest);
    let duplicates = rows.iter().filter(|r| r.kind == RowKind::Duplicate).count();
    let units_reporting = rows
        .iter()
        .filter(|r| r.kind == RowKind::Ward)
        .filter_map(|r| r.unit.as_ref().map(group::unit_key))
        .collect::<HashSet<_>>()
        .len();
    // Unidentified reports never fold (nothing says two are one report).
    let (lost, _) = group::fold(reports, &sel.unidentified);
    rows.extend(
        lost.iter()
            .map(|g| Row::of_group(reports, g, RowKind::Unidentified)),
    );
    rows.extend(group::missing_rows(reports, &sel, &rows, &opts.units));
    rows.sort_by(|a, b| order::default_order(reports, a, b));
    // The city: each reporting unit once (its latest data window when no
    // nominal period is known).
    let latest = group::latest(reports, &rows);
    for (i, row) in rows.iter_mut().enumerate() {
        row.member = row.kind == RowKind::Ward && (sel.period.is_some() || latest.contains(&i));
    }
    let figures = frame::figures(reports)?;
    let mut table = cells::period_table(frame::rows(reports, &rows)?, &figures)?;
    if let Some(col) = &opts.sort {
        table = order::sort_table(&table, col, rows.len())?;
    }
    let order: Vec<usize> = rows.iter().filter_map(|r| r.source).collect();
    let trend = (opts.trend || sel.periods.len() > 1)
        .then(|| trend::trend(reports, &sel.periods, &figures))
        .transpose()?;
    // The other periods' reports, their renders folded, by period and unit.
    let (mut other, n) = group::fold(reports, &sel.other);
    folded += n;
    other.sort_by_key(|g| {
        let r = &reports[g.chosen];
        let unit = r.unit.as_ref().map(|u| order::collation_key(&u.name));
        (group::nominal(r), unit)
    });
    Ok(Comparison {
        period: sel.period,
        period_auto: opts.period.is_none() && sel.period.is_some(),
        table,
        findings: frame::findings(reports, &order)?,
        figures: frame::figures_table(&figures, &order)?,
        other: frame::other(reports, &other, sel.period)?,
        trend,
        folded,
        units_reporting,
        units_total: opts.units.len(),
        duplicates,
        periods: sel.periods,
    })
}
