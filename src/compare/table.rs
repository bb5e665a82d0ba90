//! The tables the writers read: a polars result as plain Rust columns
//! (text, integer, float, `None` where missing), each with its Vietnamese
//! title, and back to a frame to be written.

use super::error::CompareError;
use super::rates::Rate;
use crate::model::Key;
use polars::prelude::{AnyValue, Column as PlColumn, DataFrame};

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
    ("report", "Số thứ tự báo cáo"),
    ("certain", "Chắc chắn"),
];

/// The Vietnamese title of a column.
pub(crate) fn title(name: &str) -> String {
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

/// The values of one column.
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    Text(Vec<Option<String>>),
    Int(Vec<Option<i64>>),
    Float(Vec<Option<f64>>),
}

impl Values {
    pub fn len(&self) -> usize {
        match self {
            Values::Text(v) => v.len(),
            Values::Int(v) => v.len(),
            Values::Float(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn text(&self, row: usize) -> Option<&str> {
        match self {
            Values::Text(v) => v[row].as_deref(),
            _ => None,
        }
    }

    /// The number in a numeric column (None for text and missing).
    pub fn number(&self, row: usize) -> Option<f64> {
        match self {
            Values::Int(v) => v[row].map(|x| x as f64),
            Values::Float(v) => v[row],
            Values::Text(_) => None,
        }
    }

    pub(crate) fn permute(&mut self, order: &[usize]) {
        fn take<T: Clone>(v: &[T], order: &[usize]) -> Vec<T> {
            order.iter().map(|&i| v[i].clone()).collect()
        }
        match self {
            Values::Text(v) => *v = take(v, order),
            Values::Int(v) => *v = take(v, order),
            Values::Float(v) => *v = take(v, order),
        }
    }
}

/// One named column with its Vietnamese title.
#[derive(Debug, Clone, PartialEq)]
pub struct Col {
    pub name: String,
    pub title: String,
    pub values: Values,
}

/// A table as plain Rust columns; [`Table::to_frame`] makes the DataFrame.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<Col>,
}

impl Table {
    pub fn height(&self) -> usize {
        self.columns.first().map_or(0, |c| c.values.len())
    }

    pub fn column(&self, name: &str) -> Option<&Col> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Adds a column, titled by its name (`columns::title`).
    pub(crate) fn push(&mut self, name: &str, values: Values) {
        self.columns.push(Col {
            name: name.to_string(),
            title: title(name),
            values,
        });
    }

    /// The columns of a polars frame: strings as text, integers and
    /// booleans (as 0/1) as integers, other numbers as floats.
    pub(crate) fn from_frame(df: &DataFrame) -> Table {
        let mut t = Table::default();
        for c in df.columns() {
            let all = || (0..c.len()).map(|i| c.get(i).unwrap_or(AnyValue::Null));
            let values = if c.dtype().is_string() {
                Values::Text(all().map(|v| v.extract_str().map(str::to_string)).collect())
            } else if c.dtype().is_integer() || c.dtype().is_bool() {
                Values::Int(all().map(|v| v.extract::<i64>()).collect())
            } else {
                Values::Float(all().map(|v| v.extract::<f64>()).collect())
            };
            t.push(c.name().as_str(), values);
        }
        t
    }

    /// The polars DataFrame of these columns (Utf8 / Int64 / Float64, nulls
    /// where missing).
    pub fn to_frame(&self) -> Result<DataFrame, CompareError> {
        let cols: Vec<PlColumn> = self
            .columns
            .iter()
            .map(|c| match &c.values {
                Values::Text(v) => PlColumn::new(c.name.as_str().into(), v.as_slice()),
                Values::Int(v) => PlColumn::new(c.name.as_str().into(), v.as_slice()),
                Values::Float(v) => PlColumn::new(c.name.as_str().into(), v.as_slice()),
            })
            .collect();
        DataFrame::new(self.height(), cols).map_err(CompareError::Frame)
    }
}
