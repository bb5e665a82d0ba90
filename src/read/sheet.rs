//! The spreadsheet reader: the bytes of an `.xlsx`/`.xlsb`, `.ods` or
//! `.xls` (calamine) in, a [`Document`] with one page per non-empty sheet.
//!
//! A sheet is laid out like a report's page: the title rows above the
//! table (rows with one filled cell, such as a merged "BÁO CÁO … tháng 10
//! năm 2025" or "Đơn vị tính: hồ sơ") are lines of text, so that the unit
//! and the period are read as from a report's header; from the first row
//! with two filled cells to the last, every row is a table row of
//! `\t`-joined cells, one per column, a merged cell's text in its first
//! column and its other columns empty (as calamine gives them); the rows
//! after the table (a signature, a note) are lines again. A number cell is
//! written as a Vietnamese report writes it ("2.810", "71,24"), so that the
//! normalizer reads it as a number, never a date; a text cell is as typed,
//! and goes through the number grammar like any text.
//!
//! It does not know a cell's number format: a rate kept as a fraction with
//! a percent format (0,7124 shown as 71,24 %) is read as the fraction, and
//! a date cell is written dd/mm/yyyy. Formulas are read as their cached values.

use super::{ReadError, guarded};
use crate::model::{Document, Page, SourceKind};
use calamine::{Data, Reader};
use std::io::Cursor;
use std::path::Path;

/// The most filled cells read from one sheet: a report's annex holds a few
/// thousand.
const MAX_CELLS: usize = 2_000_000;

pub fn read(path: &Path, bytes: &[u8]) -> Result<Document, ReadError> {
    let mut book = guarded("spreadsheet", || {
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
            .map_err(|e| ReadError::Spreadsheet(e.to_string()))
    })?;
    let mut pages = Vec::new();
    for name in book.sheet_names() {
        let rows = guarded("spreadsheet", || sheet_rows(&mut book, &name))?;
        let lines = lay_out(rows);
        if !lines.is_empty() {
            pages.push(Page {
                lines,
                ocr: false,
                confidence: None,
                doubtful: Vec::new(),
                layer: None,
            });
        }
    }
    if pages.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(Document {
        path: path.to_path_buf(),
        kind: SourceKind::Spreadsheet,
        pages,
    })
}

/// The most rows and columns a sheet may span (and [`MAX_CELLS`] the most
/// cells between its first and last filled ones): a report's annex is far
/// smaller, and a sheet whose two cells sit at A1 and XFD1048576 would
/// otherwise be laid out as 17 billion cells.
const MAX_ROWS: u32 = 100_000;
const MAX_COLS: u32 = 1_000;

/// A sheet's cells as rows of text. An XLSX sheet is streamed cell by cell
/// and its extent checked before any grid is made; the other formats are
/// read whole by calamine (XLS is bounded by its own 65,536 × 256 grid).
fn sheet_rows(
    book: &mut calamine::Sheets<Cursor<&[u8]>>,
    name: &str,
) -> Result<Vec<Vec<String>>, ReadError> {
    let err = |e: &dyn std::fmt::Display| ReadError::Spreadsheet(e.to_string());
    let too_big =
        |h: u64, w: u64| ReadError::Spreadsheet(format!("sheet {name} spans {h} × {w} cells"));
    let mut cells: Vec<(u32, u32, Data)> = Vec::new();
    if let calamine::Sheets::Xlsx(x) = book {
        let mut reader = x.worksheet_cells_reader(name).map_err(|e| err(&e))?;
        while let Some(c) = reader.next_cell().map_err(|e| err(&e))? {
            let (r, col) = c.get_position();
            if r >= MAX_ROWS || col >= MAX_COLS || cells.len() >= MAX_CELLS {
                return Err(too_big(r as u64 + 1, col as u64 + 1));
            }
            let d = Data::from(c.get_value().clone());
            if d != Data::Empty {
                cells.push((r, col, d));
            }
        }
    } else {
        let range = book.worksheet_range(name).map_err(|e| err(&e))?;
        let (h, w) = range.get_size();
        if h as u64 > MAX_ROWS as u64 || w as u64 > MAX_COLS as u64 {
            return Err(too_big(h as u64, w as u64));
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, d) in range.used_cells() {
            cells.push((r0 + r as u32, c0 + c as u32, d.clone()));
        }
    }
    let Some(top) = cells.iter().map(|c| c.0).min() else {
        return Ok(Vec::new());
    };
    let bottom = cells.iter().map(|c| c.0).max().unwrap_or(top);
    let left = cells.iter().map(|c| c.1).min().unwrap_or(0);
    let right = cells.iter().map(|c| c.1).max().unwrap_or(left);
    let width = (right - left + 1) as usize;
    let height = (bottom - top + 1) as usize;
    if width.saturating_mul(height) > MAX_CELLS {
        return Err(too_big(height as u64, width as u64));
    }
    let mut rows = vec![vec![String::new(); width]; (bottom - top + 1) as usize];
    for (r, c, d) in cells {
        rows[(r - top) as usize][(c - left) as usize] = cell(&d);
    }
    Ok(rows)
}

/// A sheet's rows as lines: title rows, the table, the rows after it.
fn lay_out(rows: Vec<Vec<String>>) -> Vec<String> {
    let filled = |r: &Vec<String>| r.iter().filter(|c| !c.is_empty()).count();
    let first = rows.iter().position(|r| filled(r) >= 2);
    let last = rows.iter().rposition(|r| filled(r) >= 2);
    // The table's columns: the first to the last used by any table row.
    let (c0, c1) = match (first, last) {
        (Some(a), Some(b)) => rows[a..=b]
            .iter()
            .filter_map(|r| {
                let s = r.iter().position(|c| !c.is_empty())?;
                let e = r.iter().rposition(|c| !c.is_empty())?;
                Some((s, e))
            })
            .fold((usize::MAX, 0), |(s, e), (a, b)| (s.min(a), e.max(b))),
        _ => (0, 0),
    };
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let in_table = first.is_some_and(|a| i >= a) && last.is_some_and(|b| i <= b);
        if in_table {
            lines.push(row[c0..=c1].join("\t"));
        } else {
            let text: Vec<&str> = row
                .iter()
                .filter(|c| !c.is_empty())
                .map(String::as_str)
                .collect();
            lines.push(text.join(" "));
        }
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines
}

/// A cell as a report's text would have it.
fn cell(d: &Data) -> String {
    let s = match d {
        Data::Empty => return String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => number(*i as f64),
        Data::Float(f) => number(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{d:02}/{m:02}/{y}")
        }
        Data::DateTime(dt) => dt.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) => return String::new(),
    };
    // A cell's line breaks and tabs are spaces: `\t` separates cells.
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number as Vietnamese reports write it: "." between thousands, ","
/// before decimals (at most four, trailing zeros dropped).
fn number(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    let neg = f < 0.0;
    let scaled = (f.abs() * 10_000.0).round();
    let int = (scaled / 10_000.0).trunc() as u64;
    let frac = (scaled as u64) % 10_000;
    let digits = int.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    if frac > 0 {
        let f = format!("{frac:04}");
        out.push(',');
        out.push_str(f.trim_end_matches('0'));
    }
    if neg && (int > 0 || frac > 0) {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_the_vietnamese_way() {
        assert_eq!(number(2810.0), "2.810");
        assert_eq!(number(71.24), "71,24");
        assert_eq!(number(1_234_567.5), "1.234.567,5");
        assert_eq!(number(616.0), "616");
        assert_eq!(number(0.7124), "0,7124");
        assert_eq!(number(-12.0), "-12");
        assert_eq!(number(99.999_99), "100");
    }

    #[test]
    fn title_rows_table_and_after() {
        let r = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let rows = vec![
            r(&["", "BÁO CÁO THÁNG 10 NĂM 2025", "", ""]),
            r(&["", "", "", ""]),
            r(&["", "STT", "Lĩnh vực", "Tiếp nhận"]),
            r(&["", "", "Tổng", ""]),
            r(&["", "1", "Hộ tịch", "520"]),
            r(&["", "", "", ""]),
            r(&["", "", "Người lập biểu", ""]),
        ];
        assert_eq!(
            lay_out(rows),
            vec![
                "BÁO CÁO THÁNG 10 NĂM 2025",
                "",
                "STT\tLĩnh vực\tTiếp nhận",
                "\tTổng\t",
                "1\tHộ tịch\t520",
                "",
                "Người lập biểu"
            ]
        );
    }
}
