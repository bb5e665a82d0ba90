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

struct Body {
    line: usize,
    name: String,
    values: Vec<(usize, i64)>,
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
                read_one(
                    &t.rows[start..i],
                    section,
                    pats,
                    lines,
                    before,
                    who,
                    &mut out,
                );
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
/// ("d. Chi nhánh Văn phòng đăng ký đất đai"): a heading, not a row.
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
    t.len() > 6 && !pats.tables().total_row.is_match(t) && MARKER.is_match(t)
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

/// "về 81": a name that spilled into a number's cell, then the number.
fn spilled_number(c: &crate::normalize::Cell) -> Option<i64> {
    let words: Vec<&str> = c.folded.text.split(' ').collect();
    let (last, rest) = words.split_last()?;
    if rest.is_empty() || !rest.iter().all(|w| w.chars().all(|ch| ch.is_alphabetic())) {
        return None;
    }
    match crate::normalize::numbers::scan(last).as_slice() {
        [n] if n.start == 0 && n.end == last.len() => match n.kind {
            crate::normalize::NumKind::Count(v) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

/// Header text with OCR noise dropped: only letters and spaces.
fn clean_header(s: &str) -> String {
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

/// The column keys a one-line header names, left to right ("STT Lĩnh vực
/// Tiếp nhận Đã giải quyết Đang giải quyết Rút" → received, resolved, in
/// progress, withdrawn): each word end where a column cue ends.
fn keys_in_line(text: &str, pats: &Patterns) -> Vec<Key> {
    let text = clean_header(text);
    let ends: Vec<usize> = text
        .match_indices(' ')
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut keys: Vec<Key> = Vec::new();
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

/// A table whose header a layout flattened into the paragraph above it:
/// the keys that paragraph names, in order, over the columns of numbers,
/// when they are as many. Only rows of fields are read (the paragraph must
/// name "Lĩnh vực"); nothing is summed, since the header's columns are
/// inferred.
fn headerless(rows: &[Row], text: &str, pats: &Patterns, lines: &[String], out: &mut TableRead) {
    if !pats.tables().names_field(text) {
        return;
    }
    let keys = keys_in_line(text, pats);
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
fn wordiest(cols: impl Iterator<Item = usize>, rows: &[Row]) -> usize {
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
fn cell_figure(scope: Scope, key: Key, value: i64, lines: &[String], line: usize) -> Figure {
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

fn has_numbers(r: &Row) -> bool {
    r.cells.iter().skip(1).any(|c| c.number().is_some())
}

fn read_one(
    rows: &[Row],
    section: &Scope,
    pats: &Patterns,
    lines: &[String],
    before: Option<&str>,
    who: &Own,
    out: &mut TableRead,
) {
    // The first row of numbers; a row that also holds header words ("Số hồ
    // sơ tiếp" beside OCR noise read as digits) is still header.
    // A units column ("Đơn vị tính": "hồ sơ" on every row) repeats its
    // word down the body: a word that the next row of numbers also has in
    // that column is a unit, not a header.
    let header_like = |i: usize| {
        let next = rows[i + 1..].iter().find(|r| has_numbers(r));
        rows[i].cells.iter().enumerate().skip(2).any(|(j, c)| {
            pats.tables().header_word.is_match(&c.folded.text)
                && next
                    .and_then(|n| n.cells.get(j))
                    .is_none_or(|n| n.folded.text != c.folded.text)
        })
    };
    let Some(first_body) = (0..rows.len()).position(|i| has_numbers(&rows[i]) && !header_like(i))
    else {
        return;
    };
    // The header ends at the first row of numbers, or earlier at a group
    // row ("I  Đăng ký, quản lý cư trú ...": numbered, or long text).
    let header_end = rows[..first_body]
        .iter()
        .position(is_group_row)
        .unwrap_or(first_body);
    let header = &rows[..header_end];
    if header.is_empty() {
        if let Some(text) = before {
            headerless(rows, text, pats, lines, out);
        }
        return;
    }
    let ncols = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let cues = pats.tables();
    // Columns of names in the body: a header above them is theirs alone,
    // never the parent of the columns to their right.
    let text_col: Vec<bool> = (0..ncols)
        .map(|j| {
            let cells: Vec<&crate::normalize::Cell> = rows[first_body..]
                .iter()
                .filter_map(|r| r.cells.get(j))
                .filter(|c| !c.is_empty())
                .collect();
            let wordy = cells.iter().filter(|c| c.letters() > 3).count();
            !cells.is_empty() && wordy * 2 > cells.len()
        })
        .collect();
    // Header path per column: the nearest filled header cell at or left of
    // the column in each header row above its leaf (merged cells span right).
    let mut keys: Vec<Option<Key>> = vec![None; ncols];
    let mut name_col = None;
    // "Lĩnh vực" over the names: each row is a field, named or not so.
    let mut field_header = false;
    let mut agency_header = false;
    for (j, key) in keys.iter_mut().enumerate() {
        // The leaf is the lowest filled header cell of the column whose
        // path names a key; OCR and PDF readers leave stray words below it.
        let filled: Vec<usize> = (0..header.len())
            .filter(|&i| header[i].cells.get(j).is_some_and(|c| !c.is_empty()))
            .collect();
        for &leaf_row in filled.iter().rev() {
            let mut path = String::new();
            for r in &header[..leaf_row] {
                // Column 0 (numbering, or a name OCR merged with it) never
                // spans the columns to its right.
                let lo = (0..j)
                    .rev()
                    .find(|&k| text_col[k])
                    .map_or(1.min(j), |k| k + 1);
                if let Some(c) = (lo.min(j)..=j.min(r.cells.len().saturating_sub(1)))
                    .rev()
                    .map(|k| &r.cells[k])
                    .find(|c| !c.is_empty())
                {
                    path.push_str(&c.folded.text);
                    path.push(' ');
                }
            }
            path.push_str(&header[leaf_row].cells[j].folded.text);
            let path = clean_header(&path);
            let leaf = clean_header(&header[leaf_row].cells[j].folded.text);
            if name_col.is_none() && cues.name_header.is_match(&leaf) {
                name_col = Some(j);
                field_header = cues.field_label.is_match(&leaf);
                agency_header = cues.agency_header.is_match(&leaf);
                break;
            }
            if let Some(c) = pats.columns().iter().find(|c| c.header.is_match(&path)) {
                *key = Some(c.key);
                break;
            }
        }
    }
    let body_rows = &rows[first_body..];
    // A numeric column with no key: its header may have been split over the
    // empty columns to its right (OCR, PDF); read them together.
    let has_values = |j: usize| {
        body_rows
            .iter()
            .any(|r| r.cells.get(j).is_some_and(|c| c.number().is_some()))
    };
    // Right-aligned numbers under a header that starts to their left
    // ("Đã giải | quyết" over "1.242") read the empty column on the left
    // with them; left-aligned ones, the empty columns on the right.
    let joined = |from: usize, to: usize| {
        let mut path = String::new();
        for r in header {
            for k in from..=to {
                if let Some(c) = r.cells.get(k) {
                    path.push_str(&c.folded.text);
                    path.push(' ');
                }
            }
        }
        clean_header(&path)
    };
    let key_of = |path: &str| {
        pats.columns()
            .iter()
            .find(|c| c.header.is_match(path))
            .map(|c| c.key)
    };
    for j in 0..ncols {
        if Some(j) == name_col || !has_values(j) || text_col[j] {
            continue;
        }
        let own = joined(j, j);
        let left_free = j > 0 && !has_values(j - 1) && !text_col[j - 1] && Some(j - 1) != name_col;
        if left_free
            && (keys[j].is_none() || own.split(' ').count() < 2)
            && let Some(k) = key_of(&joined(j - 1, j))
        {
            keys[j] = Some(k);
            continue;
        }
        if keys[j].is_some() {
            continue;
        }
        let end = (j + 1..ncols)
            .take_while(|&k| keys[k].is_none() && !has_values(k) && !text_col[k])
            .last()
            .unwrap_or(j);
        keys[j] = key_of(&joined(j, end));
    }
    // The name column: the header's, else the column with most words in
    // the body (OCR often loses the header).
    let name_col = name_col
        .filter(|&j| keys[j].is_none())
        .unwrap_or_else(|| wordiest((0..ncols).filter(|&j| keys[j].is_none()), body_rows));
    // "Lĩnh vực" over the names, maybe split over the column on its left.
    let field_header = field_header
        || header.iter().any(|r| {
            let from = name_col.saturating_sub(1);
            let text: Vec<&str> = (from..=name_col)
                .filter_map(|k| r.cells.get(k))
                .map(|c| c.folded.text.as_str())
                .collect();
            cues.names_field(&text.join(" "))
        });
    // No numeric column names a key: the rows are statements ("Nội dung |
    // Số hồ sơ | Tỷ lệ"), read by the figure patterns.
    // (The values stand right of the labels; numbering is on their left.)
    let numeric: Vec<usize> = (name_col + 1..ncols)
        .filter(|&j| has_values(j) && !text_col[j])
        .collect();
    // A table of fields ("Lĩnh vực | Số lượng TTHC") is not one: its rows
    // are scopes, not statements.
    if !numeric.is_empty() && numeric.iter().all(|&j| keys[j].is_none()) {
        if field_header {
            return;
        }
        let headers: Vec<String> = (0..ncols).map(|j| joined(j, j)).collect();
        if let Some(cols) =
            super::table_kv::columns(name_col, &numeric, &headers, &cues.rate_header, |h| {
                super::context::of_header(h, pats)
            })
        {
            out.stmts.extend(super::table_kv::read(
                body_rows, &cols, section, pats, lines, who,
            ));
        }
        return;
    }
    let label = |r: &Row| -> String {
        r.cells
            .get(name_col)
            .map(|c| strip_numbering(&c.text))
            .unwrap_or_default()
    };
    // Two neighbouring columns of numbers, one without a key, that never
    // both hold a number in one row: one column that the layout split
    // (`pdftotext -layout` shifts some rows' numbers by a few characters).
    // The keyless one reads as its neighbour.
    let mut alias: Vec<usize> = (0..ncols).collect();
    let both = |a: usize, b: usize| {
        body_rows.iter().any(|r| {
            [a, b]
                .iter()
                .all(|&k| r.cells.get(k).is_some_and(|c| c.number().is_some()))
        })
    };
    for j in 0..ncols {
        if keys[j].is_some() || !has_values(j) || text_col[j] || j == name_col {
            continue;
        }
        let neighbour = [j.wrapping_sub(1), j + 1]
            .into_iter()
            .filter(|&k| k < ncols && keys[k].is_some() && has_values(k) && !both(j, k))
            .find(|&k| alias[k] == k);
        if let Some(k) = neighbour {
            keys[j] = keys[k];
            alias[j] = k;
        }
    }
    // Two columns of their own under one key: the header was misread (OCR
    // jumbles two-level headers), and which column is the key's is not
    // known. Neither is read; the rest of the table is.
    let mut doubled: Vec<Key> = Vec::new();
    for j in 0..ncols {
        if let Some(k) = keys[j]
            && alias[j] == j
            && has_values(j)
            && (j + 1..ncols).any(|i| keys[i] == Some(k) && alias[i] == i && has_values(i))
            && !doubled.contains(&k)
        {
            doubled.push(k);
        }
    }
    if !doubled.is_empty() {
        for key in keys.iter_mut() {
            if key.is_some_and(|k| doubled.contains(&k)) {
                *key = None;
            }
        }
        let line = rows.first().map_or(0, |r| r.line + 1);
        let names: Vec<&str> = doubled.iter().map(|k| k.label_vi()).collect();
        out.notes.push(format!(
            "bảng ở dòng {line}: hai cột cùng mang tên {}, không rõ cột nào đúng nên không đọc",
            names.join(", ")
        ));
    }
    // Columns that have a value in some body row, for the repair below.
    let active: Vec<usize> = (0..ncols)
        .filter(|&j| alias[j] == j)
        .filter(|&j| keys[j].is_some())
        .filter(|&j| {
            body_rows
                .iter()
                .any(|r| r.cells.get(j).is_some_and(|c| c.number().is_some()))
        })
        .collect();
    let mut incomplete = vec![false; ncols];
    let values = |r: &Row, incomplete: &mut Vec<bool>| -> Option<Vec<(usize, i64)>> {
        let mut v = Vec::new();
        let mut garbled = false;
        for (j, key) in keys.iter().enumerate() {
            let Some(c) = r.cells.get(j) else { continue };
            if key.is_none() || c.is_empty() {
                continue;
            }
            match c.number().or_else(|| spilled_number(c)) {
                Some(n) => v.push((alias[j], n)),
                None => {
                    incomplete[alias[j]] = true;
                    garbled = true;
                }
            }
        }
        if !garbled {
            return Some(v);
        }
        // An OCR misread ("9?7", "l13"): the clean cells stand, the
        // misread ones are missing (their columns are not summed).
        let misread = keys.iter().enumerate().all(|(j, key)| {
            let Some(c) = r.cells.get(j) else { return true };
            key.is_none()
                || c.is_empty()
                || c.number().is_some()
                || c.folded.text.chars().any(|ch| ch.is_ascii_digit())
                    && !c.folded.text.contains(' ')
                || c.folded.text.chars().count() <= 2
        });
        if misread {
            return Some(v);
        }
        // A row whose cells slid ("4.312 15 | 4.263 34" under four
        // columns): its numbers, in order, fill the active columns when
        // they are exactly as many and nothing else is in the row.
        let after_name: Vec<&crate::normalize::Cell> = r.cells.iter().skip(name_col + 1).collect();
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
                crate::normalize::NumKind::Count(v) => Some(v),
                _ => None,
            })
            .collect();
        if only_numbers && nums.len() == active.len() {
            for j in &active {
                incomplete[*j] = false;
            }
            return Some(active.iter().copied().zip(nums).collect());
        }
        None
    };
    let is_total = |r: &Row| {
        r.cells.iter().take(name_col + 1).any(|c| {
            !c.is_empty()
                && cues
                    .total_row
                    .is_match(&crate::normalize::fold(&strip_numbering(&c.text)))
        })
    };
    // Cells read but not taken, row by row (see `TableRead::unsure`).
    for r in body_rows {
        for j in name_col + 1..ncols {
            let Some(c) = r.cells.get(j) else { continue };
            if c.is_empty() || text_col[j] {
                continue;
            }
            match (keys[j], c.number().or_else(|| spilled_number(c))) {
                (None, Some(n)) => out.unsure.push((r.line + 1, Some(n))),
                (Some(_), None) => out.unsure.push((r.line + 1, None)),
                _ => {}
            }
        }
    }
    let mut body: Vec<Body> = Vec::new();
    let mut total: Option<(usize, Vec<(usize, i64)>)> = None;
    let mut unreliable = false;
    let mut pending: Option<String> = None;
    // Numbers inside the name cell: the row slid into the name column
    // (a page break, an OCR'd rule lost); which number is which is lost.
    let slid = |r: &Row| {
        r.cells.get(name_col).is_some_and(|c| {
            let t = crate::normalize::fold(&strip_numbering(&c.text));
            t.contains(|ch: char| ch.is_ascii_digit())
        })
    };
    for r in body_rows {
        if slid(r) {
            unreliable = true;
            continue;
        }
        if is_total(r) {
            let mut inc = incomplete.clone();
            total = Some((r.line, values(r, &mut inc).unwrap_or_default()));
            continue;
        }
        let Some(v) = values(r, &mut incomplete) else {
            unreliable = true;
            continue;
        };
        let filled: Vec<&crate::normalize::Cell> =
            r.cells.iter().filter(|c| !c.is_empty()).collect();
        let lone = filled.len() == 1 && !filled[0].text.contains(|c: char| c.is_ascii_digit());
        let stt_empty = r.cells.first().is_none_or(|c| c.is_empty()) || name_col == 0 || lone;
        let name = if lone {
            filled[0].text.clone()
        } else {
            label(r)
        };
        let opens_row = cues.field_label.is_match(&crate::normalize::fold(&name));
        if v.is_empty() {
            if opens_row {
                // A name on its own line, its numbers on the next (OCR).
                pending = Some(name);
            } else if stt_empty
                && !name.is_empty()
                && total.is_none()
                && let Some(prev) = body.last_mut()
            {
                // "tác xã" under "... liên hợp": the previous row's name goes on.
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
        body.push(Body {
            line: r.line,
            name,
            values: v,
        });
    }
    if unreliable {
        incomplete.iter_mut().for_each(|i| *i = true);
    }
    let mut all: Vec<&[(usize, i64)]> = body.iter().map(|b| b.values.as_slice()).collect();
    if let Some((_, t)) = &total {
        all.push(t.as_slice());
    }
    if let Some(why) = super::table_sense::misaligned(&all, &keys) {
        let line = body.first().map_or(0, |b| b.line + 1);
        out.notes.push(format!("bảng ở dòng {line}: {why}"));
        return;
    }
    let field_table = !body.is_empty() && field_header
        || !body.is_empty()
            && body
                .iter()
                .filter(|b| cues.field_label.is_match(&crate::normalize::fold(&b.name)))
                .count()
                * 2
                > body.len();
    let stmt = |scope: Scope, key: Key, value: i64, line: usize| {
        cell_figure(scope, key, value, lines, line)
    };
    let sectors: Vec<_> = body
        .iter()
        .filter_map(|b| pats.sector_in(&crate::normalize::fold(&b.name)))
        .collect();
    let distinct = sectors.iter().filter(|s| **s != sectors[0]).count() > 0;
    // Most rows name an agency; under a header that says the rows are
    // agencies, half is enough (an OCR'd name the cues miss is left out).
    let agencies = sectors.len() * 2 > body.len()
        || agency_header && sectors.len() >= 2 && sectors.len() * 2 >= body.len();
    if !field_table && distinct && agencies {
        // One row per vertical agency ("Công an phường", "Bảo hiểm xã hội").
        for b in &body {
            if let Some(sec) = pats.sector_in(&crate::normalize::fold(&b.name)) {
                for &(j, v) in &b.values {
                    if let Some(k) = keys[j] {
                        out.stmts.push(stmt(Scope::Sector(sec), k, v, b.line));
                    }
                }
            }
        }
        return;
    }
    if field_table {
        for b in &body {
            let scope = scope_of_name(&b.name, pats);
            for &(j, v) in &b.values {
                if let Some(k) = keys[j] {
                    out.stmts.push(stmt(scope.clone(), k, v, b.line));
                }
            }
        }
    }
    match total {
        Some((tline, tvals)) if !tvals.is_empty() => {
            for &(j, v) in &tvals {
                let Some(k) = keys[j] else { continue };
                out.stmts.push(stmt(section.clone(), k, v, tline));
                if incomplete[j] {
                    continue;
                }
                let rows: Vec<(usize, i64)> = body
                    .iter()
                    .filter_map(|b| {
                        b.values
                            .iter()
                            .find(|(c, _)| *c == j)
                            .map(|(_, v)| (b.line + 1, *v))
                    })
                    .collect();
                if !rows.is_empty() {
                    out.columns.push(TableColumn {
                        scope: section.clone(),
                        key: k,
                        rows,
                        total: (tline + 1, v),
                    });
                }
            }
        }
        _ if !field_table && body.len() == 1 => {
            let b = &body[0];
            for &(j, v) in &b.values {
                if let Some(k) = keys[j] {
                    out.stmts.push(stmt(section.clone(), k, v, b.line));
                }
            }
        }
        _ => {}
    }
}
