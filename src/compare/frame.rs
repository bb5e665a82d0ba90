//! The reports as polars frames: [`figures`], one long frame of every
//! figure of every report (what `--figures` writes and the table is pivoted
//! from), and [`rows`], the rows of a table (their kind, report, unit and
//! notes) that the figures are joined to. Takes reports; computes nothing.
//!
//! Each figure's `status` is `inconsistent` when a finding of its report
//! and scope names its key, else `stated`; `report` is the report's index
//! in the input, the key the rows join on.

use super::group::{Group, nominal};
use crate::model::{Figure, Report, Severity, Status, Unit};
use polars::prelude::{Column, DataFrame, PolarsResult};
use std::collections::HashSet;

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
}

impl RowKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RowKind::Ward => "ward",
            RowKind::Duplicate => "duplicate",
            RowKind::Missing => "missing",
            RowKind::Unidentified => "unidentified",
        }
    }

    /// The Vietnamese status of the row (the workbook's "Tình trạng").
    fn label_vi(self) -> &'static str {
        match self {
            RowKind::Ward => "đã báo cáo",
            RowKind::Duplicate => "trùng kỳ (không cộng)",
            RowKind::Missing => "chưa có báo cáo",
            RowKind::Unidentified => "không rõ đơn vị",
        }
    }
}

/// One row of a table before its figures are joined.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) kind: RowKind,
    /// The report behind the row (None for a missing unit).
    pub(crate) source: Option<usize>,
    /// The unit (the report's, or the city's list entry for a missing one).
    pub(crate) unit: Option<Unit>,
    pub(crate) also_in: Vec<String>,
    /// Why the row is as it is (duplicates, missing), in Vietnamese.
    pub(crate) note: Option<String>,
    /// Counted in the city's rows.
    pub(crate) member: bool,
}

impl Row {
    /// The row of a group of renders (not yet a member of the city).
    pub(crate) fn of_group(reports: &[Report], g: &Group, kind: RowKind) -> Row {
        Row {
            kind,
            source: Some(g.chosen),
            unit: reports[g.chosen].unit.clone(),
            also_in: g.others.iter().map(|&i| reports[i].file.clone()).collect(),
            note: None,
            member: false,
        }
    }

    /// The row of a unit of the city that has not reported.
    pub(crate) fn missing(unit: Unit, note: String) -> Row {
        Row {
            kind: RowKind::Missing,
            source: None,
            unit: Some(unit),
            also_in: vec![],
            note: Some(note),
            member: false,
        }
    }
}

/// One line of a frame: the report (and its index) and the unit it shows.
type Line<'a> = (Option<usize>, Option<&'a Report>, Option<&'a Unit>);

fn text<'a>(name: &str, v: impl Iterator<Item = Option<&'a str>>) -> Column {
    Column::new(name.into(), v.collect::<Vec<Option<&str>>>())
}

/// The columns report, unit, unit_type, period, period_start, period_end,
/// file, source_kind.
fn identity(lines: &[Line]) -> Vec<Column> {
    let rep = || lines.iter().map(|l| l.1);
    let per = || rep().map(|r| r.and_then(|r| r.period.as_ref()));
    let nominals: Vec<Option<String>> = rep()
        .map(|r| r.and_then(nominal).map(|n| n.to_string()))
        .collect();
    let units = || lines.iter().map(|l| l.2);
    vec![
        Column::new(
            "report".into(),
            lines
                .iter()
                .map(|l| l.0.map(|i| i as u32))
                .collect::<Vec<Option<u32>>>(),
        ),
        text("unit", units().map(|u| u.map(|u| u.name.as_str()))),
        text("unit_type", units().map(|u| u.map(|u| u.kind.as_str()))),
        text("period", nominals.iter().map(Option::as_deref)),
        text(
            "period_start",
            per().map(|p| p.and_then(|p| p.start.as_deref())),
        ),
        text(
            "period_end",
            per().map(|p| p.and_then(|p| p.end.as_deref())),
        ),
        text("file", rep().map(|r| r.map(|r| r.file.as_str()))),
        text(
            "source_kind",
            rep().map(|r| r.and_then(|r| r.source.as_ref()).map(|s| s.kind.as_str())),
        ),
    ]
}

/// Every figure of every report, in input order: the identity columns,
/// then scope, key, key_title, value, pct, of, status, certain, raw, page,
/// line, pattern.
pub(crate) fn figures(reports: &[Report]) -> PolarsResult<DataFrame> {
    let items: Vec<(usize, &Figure)> = reports
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.figures.iter().map(move |f| (i, f)))
        .collect();
    let lines: Vec<Line> = items
        .iter()
        .map(|&(i, _)| (Some(i), Some(&reports[i]), reports[i].unit.as_ref()))
        .collect();
    let flagged: Vec<HashSet<(String, crate::model::Key)>> = reports
        .iter()
        .map(|r| {
            r.findings
                .iter()
                .flat_map(|f| f.keys.iter().map(|k| (f.scope.to_string(), *k)))
                .collect()
        })
        .collect();
    let scopes: Vec<String> = items.iter().map(|(_, f)| f.scope.to_string()).collect();
    let int = |name: &str, f: fn(&Figure) -> Option<i64>| {
        Column::new(
            name.into(),
            items.iter().map(|(_, x)| f(x)).collect::<Vec<_>>(),
        )
    };
    let txt = |name: &str, f: fn(&Figure) -> &str| {
        Column::new(
            name.into(),
            items.iter().map(|(_, x)| f(x)).collect::<Vec<&str>>(),
        )
    };
    let status: Vec<&str> = items
        .iter()
        .zip(&scopes)
        .map(
            |(&(i, f), s)| match flagged[i].contains(&(s.clone(), f.key)) {
                true => "inconsistent",
                false => "stated",
            },
        )
        .collect();
    let mut cols = identity(&lines);
    cols.extend([
        Column::new("scope".into(), scopes),
        txt("key", |f| f.key.as_str()),
        txt("key_title", |f| f.key.title_vi()),
        int("value", |f| f.value),
        Column::new(
            "pct".into(),
            items.iter().map(|(_, f)| f.pct).collect::<Vec<_>>(),
        ),
        int("of", |f| f.of),
        Column::new("status".into(), status),
        Column::new(
            "certain".into(),
            items.iter().map(|(_, f)| f.certain).collect::<Vec<_>>(),
        ),
        txt("raw", |f| f.raw.as_str()),
        int("page", |f| f.page.map(i64::from)),
        int("line", |f| Some(f.line as i64)),
        txt("pattern", |f| f.pattern.as_str()),
    ]);
    DataFrame::new(items.len(), cols)
}

/// The rows of a table, in order: `row` (their position), the identity
/// columns, and row_kind, row_label, also_in, status, note, error, errors,
/// warnings, member.
pub(crate) fn rows(reports: &[Report], rows: &[Row]) -> PolarsResult<DataFrame> {
    let lines: Vec<Line> = rows
        .iter()
        .map(|r| (r.source, r.source.map(|i| &reports[i]), r.unit.as_ref()))
        .collect();
    let rep = || lines.iter().map(|l| l.1);
    let count = |s: Severity| -> Vec<Option<i64>> {
        rep()
            .map(|r| {
                let r = r.filter(|r| r.status == Status::Ok)?;
                Some(r.findings.iter().filter(|f| f.severity == s).count() as i64)
            })
            .collect()
    };
    let also_in: Vec<Option<String>> = rows
        .iter()
        .map(|r| (!r.also_in.is_empty()).then(|| r.also_in.join("; ")))
        .collect();
    let mut cols = vec![Column::new(
        "row".into(),
        (0..rows.len() as u32).collect::<Vec<u32>>(),
    )];
    cols.extend(identity(&lines));
    cols.extend([
        text("row_kind", rows.iter().map(|r| Some(r.kind.as_str()))),
        text("row_label", rows.iter().map(|r| Some(r.kind.label_vi()))),
        text("also_in", also_in.iter().map(Option::as_deref)),
        text(
            "status",
            rows.iter().zip(rep()).map(|(row, r)| match (row.kind, r) {
                (RowKind::Missing, _) => Some("missing"),
                (_, Some(r)) if r.status == Status::Ok => Some("ok"),
                (_, Some(_)) => Some("error"),
                (_, None) => None,
            }),
        ),
        text("note", rows.iter().map(|r| r.note.as_deref())),
        text("error", rep().map(|r| r.and_then(|r| r.error.as_deref()))),
        Column::new("errors".into(), count(Severity::Error)),
        Column::new("warnings".into(), count(Severity::Warning)),
        Column::new(
            "member".into(),
            rows.iter().map(|r| r.member).collect::<Vec<bool>>(),
        ),
    ]);
    DataFrame::new(rows.len(), cols)
}
