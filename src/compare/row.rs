//! One row of the city's table: what kind of row it is, the report behind
//! it (if any), its cells and rates. Built from a group of reports (the
//! renders of one report), or for a unit of the city that has not
//! reported.

use super::cells::{Cell, RateCell, ward_cells};
use super::group::Group;
use super::rates::{Rate, ward_rate};
use crate::model::{Key, Report, Severity, Status, Unit};

/// What a row of the table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// A unit's report of the period: counted in the city's rows.
    Ward,
    /// Another report of the same unit and period: shown, not counted.
    Duplicate,
    /// A unit of the city with no report of the period.
    Missing,
    /// A file that failed or names no unit.
    Unidentified,
    City,
    CityN,
}

impl RowKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RowKind::Ward => "ward",
            RowKind::Duplicate => "duplicate",
            RowKind::Missing => "missing",
            RowKind::Unidentified => "unidentified",
            RowKind::City => "city",
            RowKind::CityN => "city_n",
        }
    }

    /// The Vietnamese status of the row (the workbook's "Tình trạng").
    pub(crate) fn label_vi(self) -> Option<&'static str> {
        match self {
            RowKind::Ward => Some("đã báo cáo"),
            RowKind::Duplicate => Some("trùng kỳ (không cộng)"),
            RowKind::Missing => Some("chưa có báo cáo"),
            RowKind::Unidentified => Some("không rõ đơn vị"),
            RowKind::City | RowKind::CityN => None,
        }
    }

    pub(crate) fn is_city(self) -> bool {
        matches!(self, RowKind::City | RowKind::CityN)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) kind: RowKind,
    /// The report behind the row (None for missing units and city rows).
    pub(crate) source: Option<usize>,
    /// The unit (the report's, or the city's list entry for a missing one).
    pub(crate) unit: Option<Unit>,
    pub(crate) also_in: Vec<String>,
    /// Why the row is as it is (duplicates, missing), in Vietnamese.
    pub(crate) note: Option<String>,
    pub(crate) cells: Vec<Cell>,
    pub(crate) rates: Vec<RateCell>,
    pub(crate) errors: Option<i64>,
    pub(crate) warnings: Option<i64>,
}

impl Row {
    pub(crate) fn report<'a>(&self, reports: &'a [Report]) -> Option<&'a Report> {
        self.source.map(|i| &reports[i])
    }

    pub(crate) fn from_group(reports: &[Report], g: &Group, kind: RowKind) -> Row {
        let r = &reports[g.chosen];
        let ok = r.status == Status::Ok;
        let cells = ward_cells(r);
        let rates = Rate::ALL
            .iter()
            .map(|&rate| ward_rate(rate, &cells, r))
            .collect();
        let count =
            |s: Severity| ok.then(|| r.findings.iter().filter(|f| f.severity == s).count() as i64);
        Row {
            kind,
            source: Some(g.chosen),
            unit: r.unit.clone(),
            also_in: g.others.iter().map(|&i| reports[i].file.clone()).collect(),
            note: None,
            cells,
            rates,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        }
    }

    /// The row of a unit that has not reported: every cell missing.
    pub(crate) fn missing(unit: Unit, note: String) -> Row {
        Row {
            kind: RowKind::Missing,
            source: None,
            unit: Some(unit),
            also_in: vec![],
            note: Some(note),
            cells: vec![Cell::missing(); Key::ALL.len()],
            rates: vec![RateCell::missing(); Rate::ALL.len()],
            errors: None,
            warnings: None,
        }
    }
}
