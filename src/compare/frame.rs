//! The reports as polars frames: [`figures`], one long frame of every
//! figure of every report (what `--figures` writes and the table is pivoted
//! from); [`rows`], the rows of a table (their kind, report, unit and
//! notes) that the figures are joined to; and the comparison's sheets that
//! list reports: their figures ([`figures_table`], a filter of the long
//! frame), their [`findings`], and the reports of [`other`] periods. Takes
//! reports and rows; computes nothing.
//!
//! Each figure's `status` is `inconsistent` when a finding of its report
//! and scope names its key, else `stated`; `report` is the report's index
//! in the input, the key the rows join on.

use super::group::{Group, Row, RowKind, nominal};
use crate::model::{Figure, Finding, Key, Nominal, Report, Severity, Status, Unit};
use polars::prelude::*;
use std::collections::HashSet;

/// A column of an iterator's values.
fn column<T>(name: &str, values: impl IntoIterator<Item = T>) -> Column
where
    Series: NamedFrom<Vec<T>, [T]>,
{
    Column::new(name.into(), values.into_iter().collect::<Vec<T>>())
}

/// The columns report, unit, unit_type, period, period_start, period_end,
/// file, source_kind of lines that each show a report (by its index) and a
/// unit, then `rest`.
fn with_identity(
    reports: &[Report],
    lines: &[(Option<usize>, Option<&Unit>)],
    rest: Vec<Column>,
) -> PolarsResult<DataFrame> {
    let rep = || lines.iter().map(|l| l.0.map(|i| &reports[i]));
    let per = || rep().map(|r| r.and_then(|r| r.period.as_ref()));
    let unit = || lines.iter().map(|l| l.1);
    let source = |r: Option<&Report>| r.and_then(|r| r.source.as_ref()).map(|s| s.kind.as_str());
    let mut cols = vec![
        column("report", lines.iter().map(|l| l.0.map(|i| i as u32))),
        column("unit", unit().map(|u| u.map(|u| u.name.as_str()))),
        column("unit_type", unit().map(|u| u.map(|u| u.kind.as_str()))),
        column(
            "period",
            rep().map(|r| r.and_then(nominal).map(|n| n.to_string())),
        ),
        column(
            "period_start",
            per().map(|p| p.and_then(|p| p.start.as_deref())),
        ),
        column(
            "period_end",
            per().map(|p| p.and_then(|p| p.end.as_deref())),
        ),
        column("file", rep().map(|r| r.map(|r| r.file.as_str()))),
        column("source_kind", rep().map(source)),
    ];
    cols.extend(rest);
    DataFrame::new(lines.len(), cols)
}

/// The files of the other renders of a row's report, or None.
fn also_in(reports: &[Report], others: &[usize]) -> Option<String> {
    let files: Vec<&str> = others.iter().map(|&i| reports[i].file.as_str()).collect();
    (!files.is_empty()).then(|| files.join("; "))
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
    let flagged: Vec<HashSet<(String, Key)>> = reports
        .iter()
        .map(|r| {
            r.findings
                .iter()
                .flat_map(|f| f.keys.iter().map(|k| (f.scope.to_string(), *k)))
                .collect()
        })
        .collect();
    let status =
        items.iter().map(
            |&(i, f)| match flagged[i].contains(&(f.scope.to_string(), f.key)) {
                true => "inconsistent",
                false => "stated",
            },
        );
    let lines: Vec<_> = items
        .iter()
        .map(|&(i, _)| (Some(i), reports[i].unit.as_ref()))
        .collect();
    let f = || items.iter().map(|&(_, f)| f);
    let cols = vec![
        column("scope", f().map(|f| f.scope.to_string())),
        column("key", f().map(|f| f.key.as_str())),
        column("key_title", f().map(|f| f.key.title_vi())),
        column("value", f().map(|f| f.value)),
        column("pct", f().map(|f| f.pct)),
        column("of", f().map(|f| f.of)),
        column("status", status),
        column("certain", f().map(|f| f.certain)),
        column("raw", f().map(|f| f.raw.as_str())),
        column("page", f().map(|f| f.page.map(i64::from))),
        column("line", f().map(|f| Some(f.line as i64))),
        column("pattern", f().map(|f| f.pattern.as_str())),
    ];
    with_identity(reports, &lines, cols)
}

/// The rows of a table, in order: `row` (their position), the identity
/// columns, and row_kind, row_label, also_in, status, note, error, errors,
/// warnings, member.
pub(crate) fn rows(reports: &[Report], rows: &[Row]) -> PolarsResult<DataFrame> {
    let rep = || rows.iter().map(|r| r.source.map(|i| &reports[i]));
    let count = |s: Severity| {
        rep().map(move |r| {
            let r = r.filter(|r| r.status == Status::Ok)?;
            Some(r.findings.iter().filter(|f| f.severity == s).count() as i64)
        })
    };
    let status = rows.iter().zip(rep()).map(|(row, r)| match (row.kind, r) {
        (RowKind::Missing, _) => Some("missing"),
        (_, Some(r)) if r.status == Status::Ok => Some("ok"),
        (_, Some(_)) => Some("error"),
        (_, None) => None,
    });
    let lines: Vec<_> = rows.iter().map(|r| (r.source, r.unit.as_ref())).collect();
    let cols = vec![
        column("row_kind", rows.iter().map(|r| r.kind.names().0)),
        column("row_label", rows.iter().map(|r| r.kind.names().1)),
        column("also_in", rows.iter().map(|r| also_in(reports, &r.others))),
        column("status", status),
        column("note", rows.iter().map(|r| r.note.as_deref())),
        column("error", rep().map(|r| r.and_then(|r| r.error.as_deref()))),
        column("errors", count(Severity::Error)),
        column("warnings", count(Severity::Warning)),
        column("member", rows.iter().map(|r| r.member)),
    ];
    let mut df = with_identity(reports, &lines, cols)?;
    df.with_column(column("row", 0..rows.len() as u32))?;
    Ok(df)
}

/// The figures of `order`'s reports (sheet "Số liệu"), report by report:
/// unit, data window and file, then each figure as read.
pub(crate) fn figures_table(figures: &DataFrame, order: &[usize]) -> PolarsResult<DataFrame> {
    let order = DataFrame::new(
        order.len(),
        vec![
            column("report", order.iter().map(|&i| i as u32)),
            column("order", 0..order.len() as u32),
        ],
    )?;
    let by = JoinArgs::new(JoinType::Inner);
    let lf = figures.clone().lazy().with_row_index("i", None);
    let joined = lf.join(order.lazy(), [col("report")], [col("report")], by);
    let sorted = joined.sort(["order", "i"], Default::default()).collect()?;
    let dropped = "i order report unit_type period source_kind status certain";
    Ok(sorted.drop_many(dropped.split(' ')))
}

/// Every finding of `order`'s reports (sheet "Phát hiện").
pub(crate) fn findings(reports: &[Report], order: &[usize]) -> PolarsResult<DataFrame> {
    let items: Vec<(usize, &Finding)> = order
        .iter()
        .flat_map(|&i| reports[i].findings.iter().map(move |f| (i, f)))
        .collect();
    let lines: Vec<_> = items
        .iter()
        .map(|&(i, _)| (Some(i), reports[i].unit.as_ref()))
        .collect();
    let f = || items.iter().map(|&(_, f)| f);
    let join = |v: Vec<String>| v.join(", ");
    let severity = |f: &Finding| match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let cols = vec![
        column(
            "line",
            f().map(|f| join(f.lines.iter().map(|l| l.to_string()).collect())),
        ),
        column("severity", f().map(severity)),
        column("rule", f().map(|f| f.rule.as_str())),
        column("scope", f().map(|f| f.scope.to_string())),
        column(
            "keys",
            f().map(|f| join(f.keys.iter().map(|k| k.as_str().to_string()).collect())),
        ),
        column("expected", f().map(|f| f.expected.0)),
        column("found", f().map(|f| f.found.0)),
        column("message", f().map(|f| f.message.as_str())),
    ];
    let df = with_identity(reports, &lines, cols)?;
    Ok(df.drop_many(["report", "unit_type", "period", "source_kind"]))
}

/// The reports of other periods (one row per report, its other renders in
/// `also_in`): unit, data window, file, their period and the reason they
/// are not in `period`'s table (another period, or none named).
pub(crate) fn other(
    reports: &[Report],
    other: &[Group],
    period: Option<Nominal>,
) -> PolarsResult<DataFrame> {
    let of = period.map(|p| p.label_vi()).unwrap_or_default();
    let reason = |g: &Group| match nominal(&reports[g.chosen]) {
        Some(n) => format!("báo cáo {}, không phải kỳ {of}", n.label_vi()),
        None => format!(
            "tiêu đề không nêu kỳ báo cáo (tháng, quý, 6 tháng, năm); không tính vào kỳ {of}"
        ),
    };
    let lines: Vec<_> = other
        .iter()
        .map(|g| (Some(g.chosen), reports[g.chosen].unit.as_ref()))
        .collect();
    let cols = vec![
        column("also_in", other.iter().map(|g| also_in(reports, &g.others))),
        column("reason", other.iter().map(reason)),
    ];
    let df = with_identity(reports, &lines, cols)?;
    let names = ["unit", "period_start", "period_end", "file", "period"];
    df.select(names.into_iter().chain(["also_in", "reason"]))
}
