//! What the writers read of the comparison: each column's Vietnamese
//! title, a cell as text or as a number, and the period's name for titles.
//! Imports no other writer.

use crate::compare::{Comparison, Rate};
use crate::model::Key;
use polars::prelude::{AnyValue, Column, DataFrame};

/// (column, Vietnamese title) of the columns that are not keys or rates.
const TITLES: &[(&str, &str)] = &[
    ("row_kind", "Loại dòng"),
    ("row_label", "Tình trạng"),
    ("unit", "Đơn vị"),
    ("unit_type", "Cấp"),
    ("period", "Kỳ báo cáo"),
    ("period_label", "Kỳ"),
    ("period_start", "Từ ngày"),
    ("period_end", "Đến ngày"),
    ("file", "Tệp"),
    ("source_kind", "Nguồn"),
    ("also_in", "Cũng có trong"),
    ("status", "Trạng thái"),
    ("note", "Ghi chú"),
    ("error", "Lỗi đọc tệp"),
    ("errors", "Số lỗi"),
    ("warnings", "Số cảnh báo"),
    ("units_reporting", "Số đơn vị báo cáo"),
    ("line", "Dòng"),
    ("severity", "Mức độ"),
    ("rule", "Quy tắc"),
    ("scope", "Phạm vi"),
    ("keys", "Chỉ tiêu"),
    ("key", "Chỉ tiêu"),
    ("key_title", "Tên chỉ tiêu"),
    ("expected", "Giá trị đúng"),
    ("found", "Báo cáo ghi"),
    ("message", "Nội dung"),
    ("value", "Giá trị"),
    ("pct", "Tỷ lệ (%)"),
    ("of", "Trên tổng"),
    ("raw", "Văn bản gốc"),
    ("page", "Trang"),
    ("pattern", "Mẫu nhận dạng"),
    ("reason", "Lý do không tổng hợp"),
];

/// The Vietnamese title of a column.
pub(super) fn title(name: &str) -> String {
    let base = name.strip_suffix("_status");
    let of = |n: &str| {
        n.parse::<Key>().ok().map(|k| k.title_vi()).or_else(|| {
            Rate::ALL
                .iter()
                .find(|r| r.name() == n)
                .map(|r| r.title_vi())
        })
    };
    if let Some(t) = base.and_then(of) {
        return format!("{t} (trạng thái)");
    }
    of(name)
        .or_else(|| TITLES.iter().find(|t| t.0 == name).map(|t| t.1))
        .unwrap_or(name)
        .to_string()
}

/// The text of a cell (None for a number, a missing cell or column).
pub fn text<'a>(t: &'a DataFrame, name: &str, row: usize) -> Option<&'a str> {
    t.column(name).ok()?.str().ok()?.get(row)
}

/// The number of a cell (None for text, a missing cell or column).
pub fn number(t: &DataFrame, name: &str, row: usize) -> Option<f64> {
    let c = t.column(name).ok()?;
    match c.dtype().is_string() {
        true => None,
        false => c.get(row).ok()?.extract::<f64>(),
    }
}

/// A cell as the writers take it.
pub(super) enum Cell<'a> {
    Text(Option<&'a str>),
    /// Integers and booleans (as 0/1).
    Int(Option<i64>),
    Float(Option<f64>),
}

pub(super) fn cell(c: &Column, row: usize) -> Cell<'_> {
    let t = c.dtype();
    let v = || c.get(row).unwrap_or(AnyValue::Null);
    if t.is_string() {
        Cell::Text(c.str().ok().and_then(|s| s.get(row)))
    } else if t.is_integer() || t.is_bool() {
        Cell::Int(v().extract())
    } else {
        Cell::Float(v().extract())
    }
}

/// The period's name for titles: "kỳ tháng 10/2025", or a note that none
/// is known.
pub(super) fn period_label(c: &Comparison) -> String {
    match c.period {
        Some(p) => format!("kỳ {}", p.label_vi()),
        None => "kỳ báo cáo không rõ (các báo cáo không nêu kỳ trong tiêu đề)".to_string(),
    }
}
