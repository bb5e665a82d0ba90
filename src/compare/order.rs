//! The order of the rows: the units of the period in Vietnamese alphabetical
//! order (a duplicate right under the row that is used), then the units
//! that have not reported, then the unidentified files; the city rows last.
//! `--sort` reorders the body by one column.

use super::error::CompareError;
use super::group::{Row, RowKind};
use crate::model::Report;
use polars::prelude::*;
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

/// The table with its first `body` rows sorted by `name`: numbers largest
/// first, text A→Z (Vietnamese), missing last; ties keep their order.
pub(crate) fn sort_table(
    t: &DataFrame,
    name: &str,
    body: usize,
) -> Result<DataFrame, CompareError> {
    let c = t
        .column(name)
        .map_err(|_| CompareError::UnknownSortColumn(name.to_string()))?;
    let text = c.dtype().is_string();
    let mut head = t.slice(0, body);
    let mut by = vec![name.to_string()];
    if text {
        let key = head
            .column(name)?
            .str()?
            .apply_values(|s| collation_key(s).into());
        head.with_column(key.into_column().with_name("__key".into()))?;
        by.insert(0, "__key".into());
    }
    let opts = SortMultipleOptions::default()
        .with_order_descending(!text)
        .with_nulls_last(true)
        .with_maintain_order(true);
    let mut out = head.sort(by, opts)?.drop_many(["__key"]);
    out.vstack_mut(&t.slice(body as i64, t.height()))?;
    Ok(out)
}
