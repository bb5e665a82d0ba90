//! The header pass: where a table's header ends and what each column says.
//!
//! Takes a table's rows; returns its [`Layout`] (header rows, body rows,
//! the columns of names and of units) and, per column, its header path
//! (parents, then the leaf, as merged cells span) and that path's
//! [`Meaning`]. It does not read the body's numbers.

use super::meaning::{self, Meaning};
use super::{clean_header, has_numbers};
use crate::extract::certainty::Own;
use crate::normalize::{Cell, Row};
use crate::patterns::Patterns;

/// A table's rows split into header and body.
pub(super) struct Layout<'r> {
    pub header: Vec<&'r Row>,
    pub body: &'r [Row],
    pub ncols: usize,
    /// Columns whose body cells are mostly words (names, remarks).
    pub text_col: Vec<bool>,
    /// Columns whose header says they hold units of measure ("ĐVT").
    pub unit_col: Vec<bool>,
    /// The table was OCR'd: a blank cell may be one OCR did not read.
    pub ocr: bool,
}

/// A row numbering the columns under the header ("A | B | (1) | (2) |
/// (3)=(1)+(2)"): no words, and its numbers are 1, 2, 3… or bracketed.
fn is_column_numbers(r: &Row) -> bool {
    let filled: Vec<&Cell> = r.cells.iter().filter(|c| !c.is_empty()).collect();
    if filled.len() < 3 || filled.iter().any(|c| c.letters() > 2) {
        return false;
    }
    let bracketed = filled
        .iter()
        .filter(|c| c.folded.text.starts_with('('))
        .count();
    let firsts: Vec<i64> = filled
        .iter()
        .filter_map(|c| c.nums.first())
        .filter_map(|n| match n.kind {
            crate::normalize::NumKind::Count(v) => Some(v),
            _ => None,
        })
        .collect();
    let consecutive = firsts.len() >= 3 && firsts.windows(2).all(|w| w[1] == w[0] + 1);
    let letters_or_brackets = filled
        .iter()
        .all(|c| c.letters() <= 1 && c.nums.is_empty() || c.folded.text.starts_with('('));
    bracketed >= 2 && letters_or_brackets || consecutive && firsts[0] <= 2
}

/// A row that groups the rows below it, or that is plainly not a header:
/// numbered ("I", "1") or long text in its first filled cell.
fn is_group_row(r: &Row) -> bool {
    let first = r.cells.iter().find(|c| c.letters() >= 3);
    let numbered = r.cells.first().is_some_and(|c| {
        let t = c.folded.text.trim_matches(|ch: char| !ch.is_alphanumeric());
        !t.is_empty()
            && (t.chars().all(|ch| ch.is_ascii_digit()) || t.chars().all(|ch| "ivxl".contains(ch)))
    });
    let wordy = r.cells.iter().filter(|c| c.letters() >= 3).count();
    let long = wordy == 1 && first.is_some_and(|c| c.folded.text.len() > 22);
    numbered && r.cells.iter().filter(|c| !c.is_empty()).count() >= 2 || long
}

/// Splits `rows` into header and body; None when no row holds numbers.
pub(super) fn split<'r>(rows: &'r [Row], pats: &Patterns) -> Option<Layout<'r>> {
    let cues = pats.tables();
    let ncols = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    // A units column ("Đơn vị tính" over "Hồ sơ", "Lượt") is no header:
    // its words say what each row counts.
    let mut unit_col = vec![false; ncols];
    // A notes column ("Ghi chú") holds the row's remarks: "Trong đó 146 hồ
    // sơ đăng ký tạm trú" there does not make its row a header row.
    let mut note_col = vec![false; ncols];
    for r in rows.iter().take_while(|r| !has_numbers(r)) {
        for (j, c) in r.cells.iter().enumerate() {
            let h = clean_header(&c.folded.text);
            if cues.unit_header.is_match(&h) {
                unit_col[j] = true;
            }
            if cues.note_header.is_match(&h) {
                note_col[j] = true;
            }
        }
    }
    // The first row of numbers; a row that also holds header words ("Số
    // hồ sơ tiếp" beside OCR noise read as digits) is still header, but a
    // unit of measure in its cell is the row's own.
    // A word the next row of numbers repeats in the same column is a unit
    // too ("hồ sơ" down a units column without its header).
    let header_like = |i: usize| {
        let next = rows[i + 1..].iter().find(|r| has_numbers(r));
        rows[i].cells.iter().enumerate().skip(2).any(|(j, c)| {
            !unit_col[j]
                && !note_col[j]
                && c.number().is_none()
                && !cues.unit_word.is_match(&c.folded.text)
                && cues.header_word.is_match(&c.folded.text)
                && next
                    .and_then(|n| n.cells.get(j))
                    .is_none_or(|n| n.folded.text != c.folded.text)
        })
    };
    let first_body = (0..rows.len())
        .position(|i| has_numbers(&rows[i]) && !header_like(i) && !is_column_numbers(&rows[i]))?;
    // The header ends at the first row of numbers, or earlier at a group
    // row ("I  Đăng ký, quản lý cư trú ...": numbered, or long text).
    let header_end = rows[..first_body]
        .iter()
        .position(is_group_row)
        .unwrap_or(first_body);
    let header: Vec<&Row> = rows[..header_end]
        .iter()
        .filter(|r| !is_column_numbers(r))
        .collect();
    let body = &rows[first_body..];
    let text_col = (0..ncols)
        .map(|j| {
            let cells: Vec<&Cell> = body
                .iter()
                .filter_map(|r| r.cells.get(j))
                .filter(|c| !c.is_empty())
                .collect();
            let wordy = cells.iter().filter(|c| c.letters() > 3).count();
            !cells.is_empty() && wordy * 2 > cells.len()
        })
        .collect();
    Some(Layout {
        header,
        body,
        ncols,
        text_col,
        unit_col,
        ocr: false,
    })
}

/// Column `j`'s header path with its leaf in header row `leaf`: in each
/// row above, the nearest filled cell at or left of `j` (a merged cell
/// spans right), never left of the cell chosen in the row above it (a
/// merged cell spans only under its own parent) nor across a column of
/// names.
pub(super) fn path(l: &Layout, j: usize, leaf: usize) -> String {
    let mut lo = (0..j)
        .rev()
        .find(|&k| l.text_col[k])
        .map_or(1.min(j), |k| k + 1);
    let mut path = String::new();
    for r in &l.header[..leaf] {
        let hi = j.min(r.cells.len().saturating_sub(1));
        if let Some(k) = (lo.min(j)..=hi).rev().find(|&k| !r.cells[k].is_empty()) {
            path.push_str(&r.cells[k].folded.text);
            path.push(' ');
            lo = k;
        }
    }
    path.push_str(&l.header[leaf].cells[j].folded.text);
    path
}

/// Header rows, bottom up, where column `j` has a cell of its own.
pub(super) fn leaves(l: &Layout, j: usize) -> Vec<usize> {
    (0..l.header.len())
        .rev()
        .filter(|&i| l.header[i].cells.get(j).is_some_and(|c| !c.is_empty()))
        .collect()
}

/// The header text of columns `from..=to` read together (a header that a
/// layout split over empty columns), every header row.
pub(super) fn joined(l: &Layout, from: usize, to: usize) -> String {
    let mut path = String::new();
    for r in &l.header {
        for k in from..=to {
            if let Some(c) = r.cells.get(k) {
                path.push_str(&c.folded.text);
                path.push(' ');
            }
        }
    }
    path
}

/// The meaning of column `j`'s own header (its lowest cell's path).
pub(super) fn column_meaning(l: &Layout, j: usize, pats: &Patterns, own: &Own) -> Meaning {
    match leaves(l, j).first() {
        Some(&leaf) => meaning::of(&path(l, j, leaf), pats, own),
        None => Meaning::default(),
    }
}

/// The column keys a one-line header names, left to right ("STT Lĩnh vực
/// Tiếp nhận Đã giải quyết Đang giải quyết Rút" → received, resolved, in
/// progress, withdrawn): each word end where a column cue ends.
pub(super) fn keys_in_line(text: &str, pats: &Patterns) -> Vec<crate::model::Key> {
    let text = clean_header(text);
    let ends: Vec<usize> = text
        .match_indices(' ')
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut keys = Vec::new();
    let mut last_start = 0;
    for e in ends {
        let head = &text[..e];
        let hit = pats.columns().iter().find_map(|c| {
            c.header
                .find_iter(head)
                .last()
                .filter(|m| m.end() == e && m.start() >= last_start)
                .map(|m| (c.key, m.start()))
        });
        if let Some((k, _)) = hit {
            keys.push(k);
            last_start = e;
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::Patterns;

    fn rows(text: &str) -> Vec<Row> {
        let pats = Patterns::builtin();
        let doc = crate::model::Document::from_text(
            std::path::Path::new("t.txt"),
            crate::model::SourceKind::Text,
            text,
        );
        let n = crate::normalize::normalize(&doc, &pats);
        n.blocks
            .into_iter()
            .find_map(|b| match b {
                crate::normalize::Block::Table(t) => Some(t.rows),
                _ => None,
            })
            .expect("a table")
    }

    #[test]
    fn a_column_number_row_is_neither_header_nor_body() {
        let r = rows(
            "STT\tLĩnh vực\tTiếp nhận\tĐã giải quyết\n\
             A\tB\t(1)\t(2)\n\
             1\tHộ tịch\t12\t10\n",
        );
        let pats = Patterns::builtin();
        let l = split(&r, &pats).expect("layout");
        assert_eq!(l.header.len(), 1);
        assert_eq!(l.body.len(), 1);
    }

    #[test]
    fn a_merged_cell_spans_only_under_its_parent() {
        // "Quá hạn" under "Đã giải quyết" is not a part of "Đang giải
        // quyết" to its right, whose own cell in the second row is empty.
        let r = rows(
            "STT\tLĩnh vực\tĐã giải quyết\t\tĐang giải quyết\tRút\n\
             \t\tTổng số\tQuá hạn\t\t\n\
             1\tHộ tịch\t12\t1\t3\t2\n",
        );
        let pats = Patterns::builtin();
        let l = split(&r, &pats).expect("layout");
        let path4 = clean_header(&path(&l, 4, leaves(&l, 4)[0]));
        assert_eq!(path4, "dang giai quyet");
        let path3 = clean_header(&path(&l, 3, leaves(&l, 3)[0]));
        assert_eq!(path3, "da giai quyet qua han");
    }

    #[test]
    fn a_units_column_is_the_rows_own() {
        let r = rows(
            "STT\tNội dung\tĐơn vị tính\tSố lượng\n\
             1\tTổng số hồ sơ tiếp nhận\tHồ sơ\t842\n\
             2\tSố lượt công dân đến giao dịch\tLượt\t1.090\n",
        );
        let pats = Patterns::builtin();
        let l = split(&r, &pats).expect("layout");
        assert_eq!(l.body.len(), 2);
        assert!(l.unit_col[2]);
    }
}
