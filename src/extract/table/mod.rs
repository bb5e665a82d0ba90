//! The table model: rows × columns with multi-level headers and a total row.
//!
//! Takes a normalized [`Table`] (from tab-separated text, DOCX cells or PDF
//! columns alike) and the scope of the section it sits in; returns scoped
//! statements and the columns that have a total row (for `table-total`).
//! A column's key comes from its header path (parent headers, then the
//! leaf) matched against `[[column]]` in `patterns/scopes.toml`. Rows named
//! "Lĩnh vực X" are `field:x` scopes; other rows (procedures) are not
//! scopes, and their total row is the section's figure. A table whose total
//! row is blank and that has one row of numbers states that row as the
//! section's figure. It does not read prose.

use super::certainty::Own;
use super::scope_of_name;
use crate::model::{Figure, Key, Scope, TableColumn};
use crate::normalize::{Row, Table, head};
use crate::patterns::Patterns;

mod body;
mod columns;
mod header;
mod kv;
mod meaning;
mod scope;
mod sense;

/// What one table states.
#[derive(Debug, Default)]
pub struct TableRead {
    pub stmts: Vec<Figure>,
    pub columns: Vec<TableColumn>,
    /// Tables left unread because their reading was not certain, and why.
    pub notes: Vec<String>,
    /// Rows (1-based line) with cells read but not taken: a number under a
    /// header that names no key (Some), or a misread cell under one that
    /// does (None). Each may be a part the row's sums are missing.
    pub unsure: Vec<(usize, Option<i64>)>,
}

/// Reads one table under `section`; label-only rows (a heading typed inside
/// the table) change `section` for what follows.
pub(crate) fn read(
    t: &Table,
    section: &mut Scope,
    pats: &Patterns,
    lines: &[String],
    before: Option<&str>,
    who: &Own,
) -> TableRead {
    let mut out = TableRead::default();
    let mut start = 0;
    for i in 0..=t.rows.len() {
        let split = i == t.rows.len() || is_heading_row(&t.rows[i], pats);
        if split {
            if i > start {
                let before = if start == 0 { before } else { None };
                let part = Table {
                    rows: t.rows[start..i].to_vec(),
                    ocr: t.ocr,
                };
                read_one(&part, section, pats, lines, before, who, &mut out);
            }
            if i < t.rows.len() {
                let text = &t.rows[i].cells[0].folded.text;
                *section = pats
                    .sector_in(head(text, 80))
                    .map(Scope::Sector)
                    .unwrap_or(Scope::Ward);
            }
            start = i + 1;
        }
    }
    out
}

/// A row whose only text is in its first cell, opening with a list marker
/// ("d. Chi nhánh Văn phòng đăng ký đất đai"): a heading, not a row. A
/// group of fields ("I. Lĩnh vực tư pháp") is the table's own group row:
/// its fields go on under the same header.
fn is_heading_row(r: &Row, pats: &Patterns) -> bool {
    let filled: Vec<usize> = (0..r.cells.len())
        .filter(|&j| !r.cells[j].is_empty())
        .collect();
    if filled != [0] {
        return false;
    }
    static MARKER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:[a-z]|[0-9]+(?:\.[0-9]+)*|[ivxl]+)[.)] ").expect("marker")
    });
    let t = &r.cells[0].folded.text;
    t.len() > 6
        && !pats.tables().total_row.is_match(t)
        && MARKER.is_match(t)
        && !pats.tables().names_field(t)
}

/// Header text with OCR noise dropped: only letters and spaces.
pub(super) fn clean_header(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_alphabetic() || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "1 Lĩnh vực Hộ tịch", "7 |Lĩnh vực ..." → the label without its number.
pub(crate) fn strip_numbering(s: &str) -> String {
    s.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || "|[]'.,()-:;".contains(c)
    })
    .trim()
    .to_string()
}

/// A table whose header a layout flattened into the paragraph above it:
/// the keys that paragraph names, in order, over the columns of numbers,
/// when they are as many. Only rows of fields are read (the paragraph must
/// name "Lĩnh vực"); nothing is summed, since the header's columns are
/// inferred.
fn headerless(rows: &[Row], text: &str, pats: &Patterns, lines: &[String], out: &mut TableRead) {
    if !pats.tables().names_field(text) {
        return;
    }
    let keys = header::keys_in_line(text, pats);
    let ncols = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let numeric: Vec<usize> = (1..ncols)
        .filter(|&j| {
            rows.iter()
                .any(|r| r.cells.get(j).is_some_and(|c| c.number().is_some()))
        })
        .collect();
    if keys.is_empty() || keys.len() != numeric.len() {
        return;
    }
    let name_col = wordiest((0..ncols).filter(|j| !numeric.contains(j)), rows);
    for r in rows {
        let Some(name_cell) = r.cells.get(name_col) else {
            continue;
        };
        let name = strip_numbering(&name_cell.text);
        let folded = crate::normalize::fold(&name);
        if name.is_empty()
            || pats.tables().total_row.is_match(&folded)
            || folded.contains(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let scope = scope_of_name(&name, pats);
        for (&j, &key) in numeric.iter().zip(&keys) {
            if let Some(v) = r.cells.get(j).and_then(|c| c.number()) {
                out.stmts
                    .push(cell_figure(scope.clone(), key, v, lines, r.line));
            }
        }
    }
}

/// The column, among `cols`, whose cells hold the most letters: the names.
pub(super) fn wordiest(cols: impl Iterator<Item = usize>, rows: &[Row]) -> usize {
    cols.max_by_key(|&j| {
        rows.iter()
            .filter_map(|r| r.cells.get(j))
            .map(|c| c.letters())
            .sum::<usize>()
    })
    .unwrap_or(0)
}

/// The figure one table cell states; `line` is the row's (0-based) line,
/// `raw` the row's cells as written with " | " between them.
pub(super) fn cell_figure(
    scope: Scope,
    key: Key,
    value: i64,
    lines: &[String],
    line: usize,
) -> Figure {
    let raw = row_raw(lines, line);
    Figure {
        scope,
        key,
        value: Some(value),
        pct: None,
        pct_decimals: None,
        of: None,
        raw,
        page: None,
        line: line + 1,
        pattern: format!("{}/table-column", key.as_str()),
        certain: true,
        unexplained: Vec::new(),
        evidence: Default::default(),
    }
}

/// A row's cells as written, " | " between them.
pub(crate) fn row_raw(lines: &[String], line: usize) -> String {
    lines[line]
        .split('\t')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}

pub(super) fn has_numbers(r: &Row) -> bool {
    r.cells.iter().skip(1).any(|c| c.number().is_some())
}

/// One table block: its header and columns, then its rows, then whose
/// figures they are; or, when no column names a key, each row as a
/// statement ([`kv`]).
fn read_one(
    t: &Table,
    section: &Scope,
    pats: &Patterns,
    lines: &[String],
    before: Option<&str>,
    who: &Own,
    out: &mut TableRead,
) {
    let rows = t.rows.as_slice();
    let Some(mut l) = header::split(rows, pats) else {
        return;
    };
    l.ocr = t.ocr;
    if l.header.is_empty() {
        if let Some(text) = before {
            headerless(rows, text, pats, lines, out);
        }
        return;
    }
    let caption = before
        .map(|t| header::keys_in_line(t, pats))
        .and_then(|k| (k.len() == 1).then(|| k[0]));
    let cols = columns::read(&l, pats, who, caption, &mut out.notes);
    let has_values = |j: usize| {
        l.body
            .iter()
            .any(|r| r.cells.get(j).is_some_and(|c| c.number().is_some()))
    };
    // The columns of numbers right of the labels (numbering is on their
    // left), remarks and units aside; another period's columns are here,
    // for the key-value reading to set them aside by their meaning.
    let numeric: Vec<usize> = (cols.name_col + 1..l.ncols)
        .filter(|&j| has_values(j) && !l.text_col[j] && !l.unit_col[j])
        .filter(|&j| {
            !cols.skip[j]
                || cols.aside[j].is_some()
                || cols.meanings[j].when == meaning::When::Aside
        })
        .collect();
    if !numeric.is_empty() && numeric.iter().all(|&j| cols.keys[j].is_none()) {
        // A table of fields ("Lĩnh vực | Số lượng TTHC") is not one: its
        // rows are scopes, not statements.
        if cols.field_header {
            return;
        }
        let heads: Vec<String> = (0..l.ncols)
            .map(|j| {
                l.header
                    .last()
                    .and_then(|r| r.cells.get(j))
                    .map_or(String::new(), |c| c.text.clone())
            })
            .collect();
        if let Some(mut kv_cols) = kv::columns(
            cols.name_col,
            &numeric,
            &heads,
            &cols.meanings,
            section,
            pats,
        ) {
            kv_cols.unit = (0..l.ncols).find(|&j| l.unit_col[j]);
            out.stmts
                .extend(kv::read(l.body, &kv_cols, pats, lines, who));
        }
        return;
    }
    let read = body::read(&l, &cols, pats, who);
    out.unsure.extend(read.unsure.iter().copied());
    let mut all: Vec<&[(usize, i64)]> = read.body.iter().map(|b| b.values.as_slice()).collect();
    if let Some((_, t)) = &read.total {
        all.push(t.as_slice());
    }
    if let Some(why) = sense::misaligned(&all, &cols.keys) {
        let line = read.body.first().map_or(0, |b| b.line + 1);
        out.notes.push(format!("bảng ở dòng {line}: {why}"));
        return;
    }
    scope::emit(&read, &cols, section, pats, lines, who, out);
}
