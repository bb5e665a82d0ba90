//! Key–value tables: a table whose rows are statements ("Nội dung | Số hồ
//! sơ | Tỷ lệ (%)", one row "Tiếp nhận trực tuyến | 2.151 | 87,2").
//!
//! Takes the body rows of a table whose numeric columns name no figure key,
//! the column of row labels and the header; returns one statement per row
//! whose label the figure patterns read, exactly as the same words in prose
//! would be read ("Tiếp nhận trực tuyến: 2.151 (87,2%)"). It does not sum
//! anything: such a table has no columns to add up.

use super::certainty::{self, Own};
use super::matcher;
use crate::model::{Figure, Scope};
use crate::normalize::{Folded, Row, numbers};
use crate::patterns::Patterns;

/// The columns of a key–value table: the value column and, if any, the
/// rate column (its header says "tỷ lệ" or "%").
pub(crate) struct KvColumns {
    pub label: usize,
    pub value: usize,
    pub rate: Option<usize>,
}

/// Finds the value and rate columns among `numeric` by their headers. A
/// column whose header names another period or context ("Lũy kế", "Cùng
/// kỳ năm trước": `aside`) is not the value column, so "Chỉ tiêu | Tháng
/// này | Lũy kế" reads its one column of the period.
pub(crate) fn columns(
    label: usize,
    numeric: &[usize],
    headers: &[String],
    rate_header: &regex::Regex,
    aside: impl Fn(&str) -> bool,
) -> Option<KvColumns> {
    let own: Vec<usize> = numeric
        .iter()
        .copied()
        .filter(|&j| !headers.get(j).is_some_and(|h| aside(h)))
        .collect();
    let numeric = own.as_slice();
    // The rate column holds decimals ("87,2"), which are no counts: any
    // column right of the labels whose header says so (`rate_header`).
    let is_rate = |j: usize| headers.get(j).is_some_and(|h| rate_header.is_match(h));
    let value = numeric.iter().copied().find(|&j| !is_rate(j))?;
    let rate = (label + 1..headers.len())
        .find(|&j| j != value && is_rate(j) && !headers.get(j).is_some_and(|h| aside(h)));
    // Only a table of one value per row (and its rate) is a key–value
    // table; more columns of counts are a grid the column headers name.
    if numeric.iter().filter(|&&j| !is_rate(j)).count() > 1 {
        return None;
    }
    Some(KvColumns { label, value, rate })
}

/// The statements of each row.
pub(crate) fn read(
    rows: &[Row],
    cols: &KvColumns,
    section: &Scope,
    pats: &Patterns,
    lines: &[String],
    who: &Own,
) -> Vec<Figure> {
    let mut out = Vec::new();
    for r in rows {
        let (Some(label), Some(value)) = (r.cells.get(cols.label), r.cells.get(cols.value)) else {
            continue;
        };
        if label.is_empty() || value.number().is_none() {
            continue;
        }
        let name = super::table::strip_numbering(&label.text);
        // A field's row ("Lĩnh vực Hộ tịch | 12") is a scope, not a statement.
        if pats
            .tables()
            .field_label
            .is_match(&crate::normalize::fold(&name))
        {
            continue;
        }
        let mut text = format!("{name}: {}", value.text.trim());
        let value_at = name.len() + 2;
        if let Some(rate) = cols.rate.and_then(|j| r.cells.get(j))
            && !rate.is_empty()
        {
            let t = rate.text.trim().trim_end_matches('%');
            text.push_str(&format!(" ({t}%)"));
        }
        let mut f = Folded::default();
        f.push_line(r.line, &text);
        f.trim_end();
        let nums = numbers::scan(&f.text);
        // The folded offset of the value: folding keeps byte lengths of
        // the label's letters apart from its marks, so find it by position.
        let Some(at) = nums
            .iter()
            .find(|n| f.map[n.start].col as usize >= value_at)
            .map(|n| n.start)
        else {
            continue;
        };
        let raw = super::table::row_raw(lines, r.line);
        let scope = match pats.sector_in(&f.text) {
            Some(s) => Scope::Sector(s),
            None => section.clone(),
        };
        let stmts: Vec<matcher::Stmt> = matcher::match_text(&f, &nums, pats)
            .into_iter()
            .filter(|s| s.at == at)
            .collect();
        // The row's label is the statement's clause: read in the same
        // closed world as prose.
        let scopes = vec![scope.clone(); stmts.len()];
        let verdicts = certainty::judge(&f.text, &nums, &stmts, &scopes, who, &[], pats);
        for (s, v) in stmts.into_iter().zip(verdicts) {
            out.push(Figure {
                scope: scope.clone(),
                key: s.key,
                value: s.value,
                pct: s.pct,
                pct_decimals: s.pct_decimals,
                of: s.of,
                raw: raw.clone(),
                page: None,
                line: r.line + 1,
                pattern: format!("{}+table-row", s.pattern),
                certain: v.certain(),
                unexplained: v.unexplained,
                evidence: Default::default(),
            });
        }
    }
    out
}
