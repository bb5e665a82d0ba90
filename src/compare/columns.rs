//! The tables as columns: the period's table (one row per unit, then the
//! city rows), and for the workbook the findings and the figures (long
//! format) of the reports behind its rows, and the reports of other
//! periods. Values keep their type (Int for counts, Float for rates); the
//! statuses become text here, for the writers.

use super::cells::CellStatus;
use super::group::{Group, OtherReason};
use super::rates::Rate;
use super::row::{Row, RowKind};
use super::{Table, Values};
use crate::model::{Figure, Key, Nominal, Report, Severity, Status};

pub(crate) fn build_table(rows: &[Row], reports: &[Report]) -> Table {
    let rep = |r: &Row| r.source.map(|i| &reports[i]);
    let text = |f: &dyn Fn(&Row) -> Option<String>| Values::Text(rows.iter().map(f).collect());
    let mut t = Table::default();
    t.push(
        "row_kind",
        "Loại dòng",
        text(&|r| Some(r.kind.as_str().to_string())),
    );
    t.push(
        "row_label",
        "Tình trạng",
        text(&|r| r.kind.label_vi().map(str::to_string)),
    );
    t.push(
        "unit",
        "Đơn vị",
        text(&|r| r.unit.as_ref().map(|u| u.name.clone())),
    );
    t.push(
        "unit_type",
        "Cấp",
        text(&|r| r.unit.as_ref().map(|u| u.kind.as_str().to_string())),
    );
    t.push(
        "period",
        "Kỳ báo cáo",
        text(&|r| {
            rep(r)
                .and_then(|p| p.period.as_ref())
                .and_then(|p| p.nominal)
                .map(|n| n.to_string())
        }),
    );
    t.push(
        "period_start",
        "Từ ngày",
        text(&|r| {
            rep(r)
                .and_then(|p| p.period.as_ref())
                .and_then(|p| p.start.clone())
        }),
    );
    t.push(
        "period_end",
        "Đến ngày",
        text(&|r| {
            rep(r)
                .and_then(|p| p.period.as_ref())
                .and_then(|p| p.end.clone())
        }),
    );
    t.push("file", "Tệp", text(&|r| rep(r).map(|p| p.file.clone())));
    t.push(
        "source_kind",
        "Nguồn",
        text(&|r| {
            rep(r)
                .and_then(|p| p.source.as_ref())
                .map(|s| s.kind.as_str().to_string())
        }),
    );
    t.push(
        "also_in",
        "Cũng có trong",
        text(&|r| (!r.also_in.is_empty()).then(|| r.also_in.join("; "))),
    );
    t.push(
        "status",
        "Trạng thái",
        text(&|r| match (r.kind, rep(r)) {
            (RowKind::Missing, _) => Some("missing".to_string()),
            (_, Some(p)) => Some(
                match p.status {
                    Status::Ok => "ok",
                    Status::Error => "error",
                }
                .to_string(),
            ),
            (_, None) => None,
        }),
    );
    t.push("note", "Ghi chú", text(&|r| r.note.clone()));
    t.push(
        "error",
        "Lỗi đọc tệp",
        text(&|r| rep(r).and_then(|p| p.error.clone())),
    );
    t.push(
        "errors",
        "Số lỗi",
        Values::Int(rows.iter().map(|r| r.errors).collect()),
    );
    t.push(
        "warnings",
        "Số cảnh báo",
        Values::Int(rows.iter().map(|r| r.warnings).collect()),
    );
    let status = |s: &dyn Fn(&Row) -> Option<CellStatus>| {
        Values::Text(
            rows.iter()
                .map(|r| s(r).map(|s| s.as_str().to_string()))
                .collect(),
        )
    };
    for (ki, key) in Key::ALL.iter().enumerate() {
        let values = if key.is_rate() {
            Values::Float(rows.iter().map(|r| r.cells[ki].pct()).collect())
        } else {
            Values::Int(rows.iter().map(|r| r.cells[ki].count()).collect())
        };
        t.push(key.as_str(), key.title_vi(), values);
        t.push(
            format!("{}_status", key.as_str()),
            format!("{} (trạng thái)", key.title_vi()),
            status(&|r| r.cells[ki].status),
        );
    }
    for (ri, rate) in Rate::ALL.iter().enumerate() {
        t.push(
            rate.name(),
            rate.title_vi(),
            Values::Float(rows.iter().map(|r| r.rates[ri].value()).collect()),
        );
        t.push(
            format!("{}_status", rate.name()),
            format!("{} (trạng thái)", rate.title_vi()),
            status(&|r| r.rates[ri].status),
        );
    }
    t
}

pub(crate) fn period_of(r: &Report) -> (Option<String>, Option<String>) {
    match &r.period {
        Some(p) => (p.start.clone(), p.end.clone()),
        None => (None, None),
    }
}

/// Columns unit, period_start, period_end, file for a list of reports.
pub(crate) fn id_columns(t: &mut Table, rs: &[&Report]) {
    t.push(
        "unit",
        "Đơn vị",
        Values::Text(
            rs.iter()
                .map(|r| r.unit.as_ref().map(|u| u.name.clone()))
                .collect(),
        ),
    );
    t.push(
        "period_start",
        "Từ ngày",
        Values::Text(rs.iter().map(|r| period_of(r).0).collect()),
    );
    t.push(
        "period_end",
        "Đến ngày",
        Values::Text(rs.iter().map(|r| period_of(r).1).collect()),
    );
    t.push(
        "file",
        "Tệp",
        Values::Text(rs.iter().map(|r| Some(r.file.clone())).collect()),
    );
}

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
    t.push(
        "line",
        "Dòng",
        Values::Text(
            items
                .iter()
                .map(|(_, f)| {
                    Some(
                        f.lines
                            .iter()
                            .map(|l| l.to_string())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                })
                .collect(),
        ),
    );
    t.push(
        "severity",
        "Mức độ",
        text(&|f| match f.severity {
            Severity::Error => "error".into(),
            Severity::Warning => "warning".into(),
        }),
    );
    t.push("rule", "Quy tắc", text(&|f| f.rule.as_str().into()));
    t.push("scope", "Phạm vi", text(&|f| f.scope.to_string()));
    t.push(
        "keys",
        "Chỉ tiêu",
        text(&|f| {
            f.keys
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }),
    );
    t.push(
        "expected",
        "Giá trị đúng",
        Values::Float(items.iter().map(|(_, f)| Some(f.expected.0)).collect()),
    );
    t.push(
        "found",
        "Báo cáo ghi",
        Values::Float(items.iter().map(|(_, f)| Some(f.found.0)).collect()),
    );
    t.push("message", "Nội dung", text(&|f| f.message.clone()));
    t
}

pub(crate) fn figures_table(reports: &[&Report]) -> Table {
    let items: Vec<(&Report, &Figure)> = reports
        .iter()
        .flat_map(|r| r.figures.iter().map(move |f| (*r, f)))
        .collect();
    let rs: Vec<&Report> = items.iter().map(|(r, _)| *r).collect();
    let mut t = Table::default();
    id_columns(&mut t, &rs);
    let text = |f: &dyn Fn(&Figure) -> Option<String>| {
        Values::Text(items.iter().map(|(_, x)| f(x)).collect())
    };
    let int =
        |f: &dyn Fn(&Figure) -> Option<i64>| Values::Int(items.iter().map(|(_, x)| f(x)).collect());
    t.push("scope", "Phạm vi", text(&|f| Some(f.scope.to_string())));
    t.push(
        "key",
        "Chỉ tiêu",
        text(&|f| Some(f.key.as_str().to_string())),
    );
    t.push(
        "key_title",
        "Tên chỉ tiêu",
        text(&|f| Some(f.key.title_vi().to_string())),
    );
    t.push("value", "Giá trị", int(&|f| f.value));
    t.push(
        "pct",
        "Tỷ lệ (%)",
        Values::Float(items.iter().map(|(_, f)| f.pct).collect()),
    );
    t.push("of", "Trên tổng", int(&|f| f.of));
    t.push("raw", "Văn bản gốc", text(&|f| Some(f.raw.clone())));
    t.push("page", "Trang", int(&|f| f.page.map(i64::from)));
    t.push("line", "Dòng", int(&|f| Some(f.line as i64)));
    t.push(
        "pattern",
        "Mẫu nhận dạng",
        text(&|f| Some(f.pattern.clone())),
    );
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
        "Kỳ báo cáo",
        Values::Text(
            rs.iter()
                .map(|r| super::group::nominal(r).map(|n| n.to_string()))
                .collect(),
        ),
    );
    t.push(
        "also_in",
        "Cũng có trong",
        Values::Text(
            other
                .iter()
                .map(|(g, _)| {
                    (!g.others.is_empty()).then(|| {
                        g.others
                            .iter()
                            .map(|&i| reports[i].file.as_str())
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                })
                .collect(),
        ),
    );
    t.push(
        "reason",
        "Lý do không tổng hợp",
        Values::Text(
            other
                .iter()
                .map(|&(_, why)| Some(reason_vi(why, period)))
                .collect(),
        ),
    );
    t
}

pub(crate) fn reason_vi(why: OtherReason, period: Option<Nominal>) -> String {
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
