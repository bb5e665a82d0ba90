//! The order of the rows: the units of the period in Vietnamese alphabetical
//! order (a duplicate right under the row that is used), then the units
//! that have not reported, then the unidentified files; the city rows last.
//! `--sort` reorders the body by one column.

use super::error::CompareError;
use super::frame::{Row, RowKind};
use super::table::{Table, Values};
use crate::model::Report;
use std::cmp::Ordering;
use unicode_normalization::UnicodeNormalization;

/// A Vietnamese sort key: base letters first (đ after d), then the text.
pub fn collation_key(s: &str) -> String {
    let mut out = String::new();
    for ch in s.nfd() {
        match ch {
            'đ' | 'Đ' => out.push_str("d\u{10FFFF}"),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn section(k: RowKind) -> u8 {
    match k {
        RowKind::Ward | RowKind::Duplicate => 0,
        RowKind::Missing => 1,
        RowKind::Unidentified => 2,
    }
}

/// The default order of the rows before the city's (see the module doc);
/// within a unit, by data window.
pub(crate) fn default_order(reports: &[Report], a: &Row, b: &Row) -> Ordering {
    let key = |r: &Row| {
        let (name, kind) = r
            .unit
            .as_ref()
            .map(|u| (collation_key(&u.name), u.kind.as_str()))
            .unwrap_or_default();
        let p = r.source.map(|i| &reports[i]);
        let period = p.and_then(|p| p.period.as_ref());
        (
            section(r.kind),
            name,
            kind,
            r.kind == RowKind::Duplicate,
            period.and_then(|p| p.nominal),
            period.and_then(|p| p.start.clone()),
            period.and_then(|p| p.end.clone()),
            p.map(|p| p.file.clone()),
        )
    };
    key(a).cmp(&key(b))
}

/// Sorts the first `body` rows of the table by `col`: numbers largest
/// first, text A→Z (Vietnamese), missing last.
pub(crate) fn sort_table(table: &mut Table, col: &str, body: usize) -> Result<(), CompareError> {
    let c = table
        .column(col)
        .ok_or_else(|| CompareError::UnknownSortColumn(col.to_string()))?;
    let mut order: Vec<usize> = (0..body).collect();
    match &c.values {
        Values::Text(v) => order.sort_by(|&a, &b| match (&v[a], &v[b]) {
            (Some(x), Some(y)) => collation_key(x).cmp(&collation_key(y)).then(x.cmp(y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
        vals => order.sort_by(|&a, &b| match (vals.number(a), vals.number(b)) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
    }
    order.extend(body..table.height());
    for c in &mut table.columns {
        c.values.permute(&order);
    }
    Ok(())
}
