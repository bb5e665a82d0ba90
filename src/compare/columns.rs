//! The tables of the comparison as polars queries and columns: the
//! period's table (the rows joined to their values, then the city's two
//! rows), the figures of its reports (sheet "Số liệu", a filter of the long
//! frame), the findings and the reports of other periods; and every
//! column's Vietnamese title.

use super::cells;
use super::frame::{self, Row};
use super::group::{Group, OtherReason, nominal};
use super::rates::Rate;
use super::table::{Table, Values};
use crate::model::{Key, Nominal, Report, Severity};
use polars::prelude::*;

/// The columns of the period's table before its keys and rates.
const HEAD: &[&str] = &[
    "row_kind",
    "row_label",
    "unit",
    "unit_type",
    "period",
    "period_start",
    "period_end",
    "file",
    "source_kind",
    "also_in",
    "status",
    "note",
    "error",
    "errors",
    "warnings",
];

/// The period table's columns, in order.
pub(crate) fn table_columns() -> Vec<String> {
    let mut v: Vec<String> = HEAD.iter().map(|s| s.to_string()).collect();
    for name in Key::ALL
        .iter()
        .map(|k| k.as_str())
        .chain(Rate::ALL.iter().map(|r| r.name()))
    {
        v.push(name.to_string());
        v.push(format!("{name}_status"));
    }
    v
}

/// The period's table: the rows with their values, then (when some row is
/// a member) the city's rows.
pub(crate) fn period_table(
    reports: &[Report],
    rows: &[Row],
    figures: &DataFrame,
) -> PolarsResult<Table> {
    let lf = cells::values(frame::rows(reports, rows)?.lazy(), figures.clone().lazy());
    let names = table_columns();
    let mut parts = vec![
        lf.clone()
            .select(names.iter().map(|n| col(n.as_str())).collect::<Vec<_>>()),
    ];
    if rows.iter().any(|r| r.member) {
        let (city, city_n): (Vec<Expr>, Vec<Expr>) = names
            .iter()
            .map(|n| {
                let (a, b) = cells::city(n).unwrap_or_else(|| {
                    let null = lit(NULL).cast(DataType::String);
                    (null.clone(), null)
                });
                (a.alias(n.as_str()), b.alias(n.as_str()))
            })
            .unzip();
        let members = lf.filter(col("member"));
        parts.push(members.clone().select(city));
        parts.push(members.select(city_n));
    }
    Ok(Table::from_frame(
        &concat(parts, UnionArgs::default())?.collect()?,
    ))
}

/// The figures of `order`'s reports (sheet "Số liệu"), report by report.
pub(crate) fn figures_table(figures: &DataFrame, order: &[usize]) -> PolarsResult<Table> {
    let order = df!(
        "report" => order.iter().map(|&i| i as u32).collect::<Vec<u32>>(),
        "order" => (0..order.len() as u32).collect::<Vec<u32>>(),
    )?;
    let cols = [
        "unit",
        "period_start",
        "period_end",
        "file",
        "scope",
        "key",
        "key_title",
        "value",
        "pct",
        "of",
        "raw",
        "page",
        "line",
        "pattern",
    ];
    let df = figures
        .clone()
        .lazy()
        .with_row_index("i", None)
        .join(
            order.lazy(),
            [col("report")],
            [col("report")],
            JoinArgs::new(JoinType::Inner),
        )
        .sort(["order", "i"], Default::default())
        .select(cols.map(col))
        .collect()?;
    Ok(Table::from_frame(&df))
}

fn period_of(r: &Report) -> (Option<String>, Option<String>) {
    match &r.period {
        Some(p) => (p.start.clone(), p.end.clone()),
        None => (None, None),
    }
}

/// Columns unit, period_start, period_end, file for a list of reports.
fn id_columns(t: &mut Table, rs: &[&Report]) {
    let text =
        |f: &dyn Fn(&Report) -> Option<String>| Values::Text(rs.iter().map(|r| f(r)).collect());
    t.push("unit", text(&|r| r.unit.as_ref().map(|u| u.name.clone())));
    t.push("period_start", text(&|r| period_of(r).0));
    t.push("period_end", text(&|r| period_of(r).1));
    t.push("file", text(&|r| Some(r.file.clone())));
}

/// Every finding of the reports (sheet "Phát hiện").
pub(crate) fn findings_table(reports: &[&Report]) -> Table {
    let items: Vec<(&Report, &crate::model::Finding)> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| (*r, f)))
        .collect();
    let rs: Vec<&Report> = items.iter().map(|(r, _)| *r).collect();
    let mut t = Table::default();
    id_columns(&mut t, &rs);
    let text = |f: &dyn Fn(&crate::model::Finding) -> String| {
        Values::Text(items.iter().map(|(_, x)| Some(f(x))).collect())
    };
    let join = |v: Vec<String>| v.join(", ");
    t.push(
        "line",
        text(&|f| join(f.lines.iter().map(|l| l.to_string()).collect())),
    );
    t.push(
        "severity",
        text(&|f| match f.severity {
            Severity::Error => "error".into(),
            Severity::Warning => "warning".into(),
        }),
    );
    t.push("rule", text(&|f| f.rule.as_str().into()));
    t.push("scope", text(&|f| f.scope.to_string()));
    t.push(
        "keys",
        text(&|f| join(f.keys.iter().map(|k| k.as_str().to_string()).collect())),
    );
    let num = |f: fn(&crate::model::Finding) -> f64| {
        Values::Float(items.iter().map(|(_, x)| Some(f(x))).collect())
    };
    t.push("expected", num(|f| f.expected.0));
    t.push("found", num(|f| f.found.0));
    t.push("message", text(&|f| f.message.clone()));
    t
}

/// The reports of other periods (one row per report, its other renders in
/// `also_in`): unit, their period, file and the reason they are not in
/// `period`'s table.
pub(crate) fn other_table(
    reports: &[Report],
    other: &[(Group, OtherReason)],
    period: Option<Nominal>,
) -> Table {
    let rs: Vec<&Report> = other.iter().map(|(g, _)| &reports[g.chosen]).collect();
    let mut t = Table::default();
    id_columns(&mut t, &rs);
    t.push(
        "period",
        Values::Text(
            rs.iter()
                .map(|r| nominal(r).map(|n| n.to_string()))
                .collect(),
        ),
    );
    let also_in = |g: &Group| {
        let files: Vec<&str> = g.others.iter().map(|&i| reports[i].file.as_str()).collect();
        (!files.is_empty()).then(|| files.join("; "))
    };
    t.push(
        "also_in",
        Values::Text(other.iter().map(|(g, _)| also_in(g)).collect()),
    );
    t.push(
        "reason",
        Values::Text(
            other
                .iter()
                .map(|&(_, why)| Some(reason_vi(why, period)))
                .collect(),
        ),
    );
    t
}

fn reason_vi(why: OtherReason, period: Option<Nominal>) -> String {
    let of = period.map(|p| p.label_vi()).unwrap_or_default();
    match why {
        OtherReason::OtherPeriod(n) => {
            format!("báo cáo {}, không phải kỳ {of}", n.label_vi())
        }
        OtherReason::NoNominal => format!(
            "tiêu đề không nêu kỳ báo cáo (tháng, quý, 6 tháng, năm); không tính vào kỳ {of}"
        ),
    }
}
