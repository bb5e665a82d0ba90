//! The column pass: which figure key each column of numbers holds.
//!
//! Takes a table's [`Layout`]; returns its [`Columns`]: the key of each
//! column whose header names one for the report's own period, the columns
//! of other periods (months of the quarter, "kỳ trước", "lũy kế") kept
//! apart, the column of names, and the columns that are remarks or units.
//! Mends what layouts and OCR do to headers (a header split over empty
//! columns, a column split in two, two columns under one key). It does
//! not read the body's rows.

use super::header::{self, Layout};
use super::meaning::{self, When};
use super::{clean_header, wordiest};
use crate::extract::certainty::Own;
use crate::model::Key;
use crate::patterns::Patterns;

/// What each column holds.
pub(super) struct Columns {
    /// The key of each column of the period's figures.
    pub keys: Vec<Option<Key>>,
    /// The key of each column of another period or context: never the
    /// period's figure.
    pub aside: Vec<Option<Key>>,
    /// Columns of remarks ("Ghi chú") or units ("ĐVT"): never numbers.
    pub skip: Vec<bool>,
    pub name_col: usize,
    /// "Lĩnh vực" over the names: each row is a field.
    pub field_header: bool,
    /// "Cơ quan, đơn vị" over the names: each row is an agency.
    pub agency_header: bool,
    /// The column a split column's numbers belong to (itself otherwise).
    pub alias: Vec<usize>,
    /// What each column's own header says.
    pub meanings: Vec<meaning::Meaning>,
    /// The unexplained words of the header that gave each column its key:
    /// its cells are read but not certain.
    pub doubt: Vec<Vec<String>>,
}

/// Reads the columns; a note in `notes` says why a column was left out.
/// `caption` is the one key the text above the table names ("Số hồ sơ
/// tiếp nhận theo lĩnh vực và theo tháng:"): the key of columns whose
/// headers name only a period ("Tháng 10 | … | Cộng quý IV").
pub(super) fn read(
    l: &Layout,
    pats: &Patterns,
    own: &Own,
    caption: Option<Key>,
    notes: &mut Vec<String>,
) -> Columns {
    let cues = pats.tables();
    let n = l.ncols;
    let mut keys: Vec<Option<Key>> = vec![None; n];
    let mut doubt: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut when = vec![When::Unsaid; n];
    let mut timed = vec![false; n];
    let mut skip: Vec<bool> = l.unit_col.clone();
    let mut meanings = Vec::with_capacity(n);
    let mut name_col = None;
    let mut field_header = false;
    let mut agency_header = false;
    for j in 0..n {
        let m = header::column_meaning(l, j, pats, own);
        skip[j] |= m.note || m.unit;
        when[j] = m.when;
        timed[j] = m.timed;
        meanings.push(m);
        // The leaf is the lowest filled header cell of the column whose
        // path names a key; OCR and PDF readers leave stray words below it.
        for leaf in header::leaves(l, j) {
            let cell = clean_header(&l.header[leaf].cells[j].folded.text);
            // A header of names ("Nội dung", "Cơ quan giải quyết") names
            // no key, even over columns of numbers (the agencies').
            if cues.name_header.is_match(&cell) {
                if name_col.is_none() {
                    name_col = Some(j);
                    field_header = cues.field_label.is_match(&cell);
                    agency_header = cues.agency_header.is_match(&cell);
                }
                break;
            }
            let m = meaning::of(&header::path(l, j, leaf), pats, own);
            if m.key.is_some() {
                keys[j] = m.key;
                when[j] = m.when;
                doubt[j] = m.unexplained;
                break;
            }
        }
    }
    let skipped = skip.clone();
    let has_values = |j: usize| {
        !skipped[j]
            && l.body
                .iter()
                .any(|r| r.cells.get(j).is_some_and(|c| c.number().is_some()))
    };
    for (j, k, w, d) in mend_split_headers(l, pats, own, &keys, name_col, &has_values) {
        keys[j] = Some(k);
        when[j] = w;
        doubt[j] = d;
    }
    // The name column: the header's, else the column with most words in
    // the body (OCR often loses the header).
    // A header over numbers is a group's ("Cơ quan giải quyết" over
    // the agencies' columns), not the names'.
    let name_col = name_col
        .filter(|&j| keys[j].is_none() && !has_values(j))
        .unwrap_or_else(|| wordiest((0..n).filter(|&j| keys[j].is_none()), l.body));
    // "Lĩnh vực" over the names, maybe split over the column on its left.
    let field_header = field_header
        || l.header.iter().any(|r| {
            let text: Vec<&str> = (name_col.saturating_sub(1)..=name_col)
                .filter_map(|k| r.cells.get(k))
                .map(|c| c.folded.text.as_str())
                .collect();
            cues.names_field(&text.join(" "))
        });
    // Rows of fields or agencies under columns of periods only: the
    // caption names what the cells count.
    if let Some(k) = caption
        && (field_header || agency_header)
        && keys.iter().all(Option::is_none)
        && (0..n).any(|j| timed[j] && when[j] == When::Own)
    {
        for j in 0..n {
            if j != name_col && !skip[j] && timed[j] {
                keys[j] = Some(k);
                doubt[j] = meanings[j].unexplained.clone();
            }
        }
    }
    // Another period's columns are kept apart: they are not figures.
    let aside: Vec<Option<Key>> = (0..n)
        .map(|j| keys[j].filter(|_| when[j] == When::Aside))
        .collect();
    for j in 0..n {
        if when[j] == When::Aside {
            keys[j] = None;
            skip[j] = true;
        }
    }
    let alias = alias_split_columns(l, &mut keys, name_col, &has_values);
    for j in 0..n {
        if alias[j] != j {
            doubt[j] = doubt[alias[j]].clone();
        }
    }
    undouble(l, &mut keys, &alias, &has_values, notes);
    Columns {
        keys,
        aside,
        skip,
        name_col,
        field_header,
        agency_header,
        alias,
        meanings,
        doubt,
    }
}

/// A numeric column with no key: its header may have been split over the
/// empty columns beside it (OCR, PDF). Right-aligned numbers under a
/// header that starts to their left ("Đã giải | quyết" over "1.242") read
/// the empty column on the left with them; left-aligned ones, the empty
/// columns on the right. Returns each mended column with its key, its
/// period and its header's unexplained words.
fn mend_split_headers(
    l: &Layout,
    pats: &Patterns,
    own: &Own,
    keys: &[Option<Key>],
    name_col: Option<usize>,
    has_values: &dyn Fn(usize) -> bool,
) -> Vec<(usize, Key, When, Vec<String>)> {
    let n = l.ncols;
    let mut mended = Vec::new();
    let key_of = |from: usize, to: usize| {
        let m = meaning::of(&header::joined(l, from, to), pats, own);
        m.key.map(|k| (k, m.when, m.unexplained))
    };
    for j in 0..n {
        if Some(j) == name_col || !has_values(j) || l.text_col[j] {
            continue;
        }
        let own_words = clean_header(&header::joined(l, j, j));
        let left_free =
            j > 0 && !has_values(j - 1) && !l.text_col[j - 1] && Some(j - 1) != name_col;
        if left_free
            && (keys[j].is_none() || own_words.split(' ').count() < 2)
            && let Some((k, w, d)) = key_of(j - 1, j)
        {
            mended.push((j, k, w, d));
            continue;
        }
        if keys[j].is_some() {
            continue;
        }
        let end = (j + 1..n)
            .take_while(|&k| keys[k].is_none() && !has_values(k) && !l.text_col[k])
            .last()
            .unwrap_or(j);
        if let Some((k, w, d)) = key_of(j, end) {
            mended.push((j, k, w, d));
        }
    }
    mended
}

/// Two neighbouring columns of numbers, one without a key, that never
/// both hold a number in one row: one column that the layout split
/// (`pdftotext -layout` shifts some rows' numbers by a few characters).
/// The keyless one reads as its neighbour.
fn alias_split_columns(
    l: &Layout,
    keys: &mut [Option<Key>],
    name_col: usize,
    has_values: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let n = l.ncols;
    let mut alias: Vec<usize> = (0..n).collect();
    let both = |a: usize, b: usize| {
        l.body.iter().any(|r| {
            [a, b]
                .iter()
                .all(|&k| r.cells.get(k).is_some_and(|c| c.number().is_some()))
        })
    };
    for j in 0..n {
        if keys[j].is_some() || !has_values(j) || l.text_col[j] || j == name_col {
            continue;
        }
        let neighbour = [j.wrapping_sub(1), j + 1]
            .into_iter()
            .filter(|&k| k < n && keys[k].is_some() && has_values(k) && !both(j, k))
            .find(|&k| alias[k] == k);
        if let Some(k) = neighbour {
            keys[j] = keys[k];
            alias[j] = k;
        }
    }
    alias
}

/// Two columns of their own under one key: the header was misread (OCR
/// jumbles two-level headers), and which column is the key's is not
/// known. Neither is read; the rest of the table is.
fn undouble(
    l: &Layout,
    keys: &mut [Option<Key>],
    alias: &[usize],
    has_values: &dyn Fn(usize) -> bool,
    notes: &mut Vec<String>,
) {
    let n = l.ncols;
    let mut doubled: Vec<Key> = Vec::new();
    for j in 0..n {
        if let Some(k) = keys[j]
            && alias[j] == j
            && has_values(j)
            && (j + 1..n).any(|i| keys[i] == Some(k) && alias[i] == i && has_values(i))
            && !doubled.contains(&k)
        {
            doubled.push(k);
        }
    }
    if doubled.is_empty() {
        return;
    }
    for key in keys.iter_mut() {
        if key.is_some_and(|k| doubled.contains(&k)) {
            *key = None;
        }
    }
    let line = l
        .header
        .first()
        .copied()
        .or(l.body.first())
        .map_or(0, |r| r.line + 1);
    let names: Vec<&str> = doubled.iter().map(|k| k.label_vi()).collect();
    notes.push(format!(
        "bảng ở dòng {line}: hai cột cùng mang tên {}, không rõ cột nào đúng nên không đọc",
        names.join(", ")
    ));
}
