//! What `compare` takes besides the reports ([`CompareOptions`]) and what
//! it returns ([`Comparison`]): the tables every writer reads.

use super::trend::Trend;
use crate::model::{Nominal, Unit};
use polars::prelude::DataFrame;

/// How [`compare`](super::compare) shapes the table.
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
    /// `missing` row. Empty: no such rows. See [`city_units`](super::city_units).
    pub units: Vec<Unit>,
    /// Build the trend over every period of the input.
    pub trend: bool,
}

/// The result of [`compare`](super::compare).
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
