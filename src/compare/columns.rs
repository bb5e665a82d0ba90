//! The tables of the comparison as polars queries and columns: the
//! period's table (the rows joined to their values, then the city's two
//! rows), the figures of its reports (sheet "Số liệu", a filter of the long
//! frame), the findings and the reports of other periods; and every
//! column's Vietnamese title.

use super::cells;
use super::frame::{self, Row};
use super::group::{Group, OtherReason, nominal};
use super::rates::Rate;
use crate::model::{Finding, Key, Nominal, Report, Severity};
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
) -> PolarsResult<DataFrame> {
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
    concat(parts, UnionArgs::default())?.collect()
}

/// The figures of `order`'s reports (sheet "Số liệu"), report by report.
pub(crate) fn figures_table(figures: &DataFrame, order: &[usize]) -> PolarsResult<DataFrame> {
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
    figures
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
        .collect()
}

/// Columns unit, period_start, period_end, file for a list of reports,
/// then `rest`.
fn with_id(rs: &[&Report], rest: Vec<Column>) -> PolarsResult<DataFrame> {
    let per = |f: fn(&crate::model::Period) -> &Option<String>| {
        rs.iter()
            .map(|r| r.period.as_ref().and_then(|p| f(p).as_deref()))
            .collect::<Vec<_>>()
    };
    let mut cols = vec![
        Column::new(
            "unit".into(),
            rs.iter()
                .map(|r| r.unit.as_ref().map(|u| u.name.as_str()))
                .collect::<Vec<_>>(),
        ),
        Column::new("period_start".into(), per(|p| &p.start)),
        Column::new("period_end".into(), per(|p| &p.end)),
        Column::new(
            "file".into(),
            rs.iter().map(|r| r.file.as_str()).collect::<Vec<_>>(),
        ),
    ];
    cols.extend(rest);
    DataFrame::new(rs.len(), cols)
}

/// Every finding of the reports (sheet "Phát hiện").
pub(crate) fn findings_table(reports: &[&Report]) -> PolarsResult<DataFrame> {
    let items: Vec<(&Report, &Finding)> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| (*r, f)))
        .collect();
    let text = |name: &str, f: &dyn Fn(&Finding) -> String| {
        Column::new(
            name.into(),
            items.iter().map(|(_, x)| f(x)).collect::<Vec<_>>(),
        )
    };
    let num = |name: &str, f: fn(&Finding) -> f64| {
        Column::new(
            name.into(),
            items.iter().map(|(_, x)| f(x)).collect::<Vec<_>>(),
        )
    };
    let join = |v: Vec<String>| v.join(", ");
    let rs: Vec<&Report> = items.iter().map(|(r, _)| *r).collect();
    with_id(
        &rs,
        vec![
            text("line", &|f| {
                join(f.lines.iter().map(|l| l.to_string()).collect())
            }),
            text("severity", &|f| match f.severity {
                Severity::Error => "error".into(),
                Severity::Warning => "warning".into(),
            }),
            text("rule", &|f| f.rule.as_str().into()),
            text("scope", &|f| f.scope.to_string()),
            text("keys", &|f| {
                join(f.keys.iter().map(|k| k.as_str().to_string()).collect())
            }),
            num("expected", |f| f.expected.0),
            num("found", |f| f.found.0),
            text("message", &|f| f.message.clone()),
        ],
    )
}

/// The reports of other periods (one row per report, its other renders in
/// `also_in`): unit, their period, file and the reason they are not in
/// `period`'s table.
pub(crate) fn other_table(
    reports: &[Report],
    other: &[(Group, OtherReason)],
    period: Option<Nominal>,
) -> PolarsResult<DataFrame> {
    let rs: Vec<&Report> = other.iter().map(|(g, _)| &reports[g.chosen]).collect();
    let also_in = |g: &Group| {
        let files: Vec<&str> = g.others.iter().map(|&i| reports[i].file.as_str()).collect();
        (!files.is_empty()).then(|| files.join("; "))
    };
    let text = |name: &str, v: Vec<Option<String>>| Column::new(name.into(), v);
    with_id(
        &rs,
        vec![
            text(
                "period",
                rs.iter()
                    .map(|r| nominal(r).map(|n| n.to_string()))
                    .collect(),
            ),
            text("also_in", other.iter().map(|(g, _)| also_in(g)).collect()),
            text(
                "reason",
                other
                    .iter()
                    .map(|&(_, why)| Some(reason_vi(why, period)))
                    .collect(),
            ),
        ],
    )
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
