//! The column store of the comparison: plain Rust columns (text, integer,
//! float, `None` where missing), handed to polars only to be written.

use super::CompareError;
use polars::prelude::{Column as PlColumn, DataFrame};

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

    pub(crate) fn push(
        &mut self,
        name: impl Into<String>,
        title: impl Into<String>,
        values: Values,
    ) {
        self.columns.push(Col {
            name: name.into(),
            title: title.into(),
            values,
        });
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
