//! The row pass: each body row's name and the numbers under keyed columns.
//!
//! Takes the [`Layout`] and [`Columns`]; returns the [`Rows`]: named rows
//! with their (column, value) pairs, the total row, rows of another period
//! set aside, and which columns cannot be summed (a misread cell). Mends
//! what OCR and layouts do to rows (a number spilled into a name, a row
//! whose cells slid, a name wrapped over two rows). It does not decide
//! what the rows are (fields, agencies, procedures).

use super::columns::Columns;
use super::header::Layout;
use super::meaning::{self, When};
use super::strip_numbering;
use crate::extract::certainty::Own;
use crate::normalize::{Cell, NumKind, Row, fold};
use crate::patterns::Patterns;

/// One named row of numbers.
pub(super) struct Body {
    pub line: usize,
    pub name: String,
    pub values: Vec<(usize, i64)>,
}

/// The body's rows as read.
#[derive(Default)]
pub(super) struct Rows {
    pub body: Vec<Body>,
    /// The total row's line and values.
    pub total: Option<(usize, Vec<(usize, i64)>)>,
    /// Columns with a cell that could not be read: not summed.
    pub incomplete: Vec<bool>,
    /// (1-based line, value) of cells read but not taken.
    pub unsure: Vec<(usize, Option<i64>)>,
}

/// "về 81": a name that spilled into a number's cell, then the number.
fn spilled_number(c: &Cell) -> Option<i64> {
    let words: Vec<&str> = c.folded.text.split(' ').collect();
    let (last, rest) = words.split_last()?;
    if rest.is_empty() || !rest.iter().all(|w| w.chars().all(|ch| ch.is_alphabetic())) {
        return None;
    }
    match crate::normalize::numbers::scan(last).as_slice() {
        [n] if n.start == 0 && n.end == last.len() => match n.kind {
            NumKind::Count(v) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

fn number(c: &Cell) -> Option<i64> {
    c.number().or_else(|| spilled_number(c))
}

/// "-", "–", "—": nothing to count, which is no misread cell.
fn is_dash(c: &Cell) -> bool {
    let t = c.folded.text.trim();
    !t.is_empty() && t.chars().all(|ch| matches!(ch, '-' | '–' | '—'))
}

/// A row's values under the keyed columns; None when the row cannot be
/// read. Marks in `incomplete` the columns of cells it could not read.
fn values(
    r: &Row,
    cols: &Columns,
    active: &[usize],
    incomplete: &mut [bool],
) -> Option<Vec<(usize, i64)>> {
    let mut v = Vec::new();
    let mut garbled = false;
    for (j, key) in cols.keys.iter().enumerate() {
        let Some(c) = r.cells.get(j) else { continue };
        if key.is_none() || c.is_empty() || is_dash(c) {
            continue;
        }
        match number(c) {
            Some(n) => v.push((cols.alias[j], n)),
            None => {
                incomplete[cols.alias[j]] = true;
                garbled = true;
            }
        }
    }
    if !garbled {
        return Some(v);
    }
    // An OCR misread ("9?7", "l13"): the clean cells stand, the misread
    // ones are missing (their columns are not summed).
    let misread = cols.keys.iter().enumerate().all(|(j, key)| {
        let Some(c) = r.cells.get(j) else { return true };
        key.is_none()
            || c.is_empty()
            || is_dash(c)
            || c.number().is_some()
            || c.folded.text.chars().any(|ch| ch.is_ascii_digit()) && !c.folded.text.contains(' ')
            || c.folded.text.chars().count() <= 2
    });
    if misread {
        return Some(v);
    }
    // A row whose cells slid ("4.312 15 | 4.263 34" under four columns):
    // its numbers, in order, fill the active columns when they are exactly
    // as many and nothing else is in the row.
    let after_name: Vec<&Cell> = r.cells.iter().skip(cols.name_col + 1).collect();
    let only_numbers = after_name.iter().all(|c| {
        c.folded.text.split(' ').all(|w| {
            w.is_empty()
                || w.chars()
                    .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ',')
        })
    });
    // Each word on its own: side by side they read as a flattened row.
    let nums: Vec<i64> = after_name
        .iter()
        .flat_map(|c| c.folded.text.split(' '))
        .flat_map(crate::normalize::numbers::scan)
        .filter_map(|n| match n.kind {
            NumKind::Count(v) => Some(v),
            _ => None,
        })
        .collect();
    if only_numbers && nums.len() == active.len() {
        for j in active {
            incomplete[*j] = false;
        }
        return Some(active.iter().copied().zip(nums).collect());
    }
    None
}

/// Cells read but not taken, row by row (see `TableRead::unsure`): a
/// number under a header that names no key, a misread cell under one that
/// does.
fn unsure_cells(l: &Layout, cols: &Columns) -> Vec<(usize, Option<i64>)> {
    let mut out = Vec::new();
    for r in l.body {
        for j in cols.name_col + 1..l.ncols {
            let Some(c) = r.cells.get(j) else { continue };
            if c.is_empty() || is_dash(c) || l.text_col[j] || cols.skip[j] {
                continue;
            }
            match (cols.keys[j], number(c)) {
                (None, Some(n)) => out.push((r.line + 1, Some(n))),
                (Some(_), None) => out.push((r.line + 1, None)),
                _ => {}
            }
        }
    }
    out
}

/// Reads the body rows.
pub(super) fn read(l: &Layout, cols: &Columns, pats: &Patterns, own: &Own) -> Rows {
    let cues = pats.tables();
    let name_col = cols.name_col;
    let mut out = Rows {
        incomplete: vec![false; l.ncols],
        ..Rows::default()
    };
    // Columns that have a value in some body row, for the slid-row repair.
    let active: Vec<usize> = (0..l.ncols)
        .filter(|&j| cols.alias[j] == j && cols.keys[j].is_some())
        .filter(|&j| {
            l.body
                .iter()
                .any(|r| r.cells.get(j).is_some_and(|c| c.number().is_some()))
        })
        .collect();
    let label = |r: &Row| -> String {
        r.cells
            .get(name_col)
            .map(|c| strip_numbering(&c.text))
            .unwrap_or_default()
    };
    // The row's own meaning: "Tổng số", "Cộng quý III" sum the rows; a
    // row of another period ("Tháng 7", "Cùng kỳ năm trước") is set aside.
    let row_meaning = |r: &Row| {
        let text: Vec<&str> = r
            .cells
            .iter()
            .take(name_col + 1)
            .map(|c| c.text.as_str())
            .collect();
        meaning::of(&fold(&strip_numbering(&text.join(" "))), pats, own)
    };
    let is_total = |r: &Row, m: &meaning::Meaning| {
        r.cells
            .iter()
            .take(name_col + 1)
            .any(|c| !c.is_empty() && cues.total_row.is_match(&fold(&strip_numbering(&c.text))))
            || m.total && m.when == When::Own
    };
    out.unsure = unsure_cells(l, cols);
    let mut unreliable = false;
    let mut pending: Option<String> = None;
    // Numbers inside the name cell: the row slid into the name column (a
    // page break, an OCR'd rule lost); which number is which is lost.
    let slid = |r: &Row| {
        r.cells.get(name_col).is_some_and(|c| {
            fold(&strip_numbering(&c.text)).contains(|ch: char| ch.is_ascii_digit())
        })
    };
    for r in l.body {
        let m = row_meaning(r);
        if slid(r) && m.when == When::Unsaid {
            unreliable = true;
            continue;
        }
        if is_total(r, &m) {
            let mut inc = out.incomplete.clone();
            let v = values(r, cols, &active, &mut inc).unwrap_or_default();
            out.total = Some((r.line, v));
            continue;
        }
        if m.when == When::Aside {
            continue;
        }
        let Some(v) = values(r, cols, &active, &mut out.incomplete) else {
            unreliable = true;
            continue;
        };
        // On an OCR'd page a blank cell in a row of numbers may be a number
        // OCR did not read: its column is not summed ("30 + 74 + 492 +
        // 1.010" against a total that counts the 337 a scan left blank).
        if l.ocr && !v.is_empty() {
            for (j, key) in cols.keys.iter().enumerate() {
                if key.is_some() && r.cells.get(j).is_none_or(|c| c.is_empty()) {
                    out.incomplete[cols.alias[j]] = true;
                }
            }
        }
        let filled: Vec<&Cell> = r.cells.iter().filter(|c| !c.is_empty()).collect();
        let lone = filled.len() == 1 && !filled[0].text.contains(|c: char| c.is_ascii_digit());
        let stt_empty = r.cells.first().is_none_or(|c| c.is_empty()) || name_col == 0 || lone;
        let name = if lone {
            filled[0].text.clone()
        } else {
            label(r)
        };
        // "Lĩnh vực Hộ tịch" alone, or a group of fields ("II. Lĩnh vực tư
        // pháp"): never the rest of the row above.
        let opens_row = cues.names_field(&fold(&name));
        if v.is_empty() {
            if opens_row {
                // A name on its own line, its numbers on the next (OCR).
                pending = Some(name);
            } else if stt_empty
                && !name.is_empty()
                && let Some(prev) = out.body.last_mut()
                && out.total.as_ref().is_none_or(|(t, _)| prev.line > *t)
            {
                // "tác xã" under "... liên hợp": the previous row's name goes
                // on, unless the total row came between (a note under it).
                prev.name.push(' ');
                prev.name.push_str(&name);
            }
            continue;
        }
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        let name = match pending.take() {
            Some(p) if letters < 3 => p,
            _ => name,
        };
        out.body.push(Body {
            line: r.line,
            name,
            values: v,
        });
    }
    if unreliable {
        out.incomplete.iter_mut().for_each(|i| *i = true);
    }
    out
}
