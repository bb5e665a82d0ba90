//! Space-aligned page text in (`pdftotext -layout`, or OCR words placed on a
//! character grid), lines with `\t`-separated table cells out.
//!
//! Finds table blocks (runs of lines with wide gaps whose gaps line up),
//! infers the column boundaries of each block from the character positions
//! of all its lines, and writes each row as cells aligned to those columns,
//! empty cells kept empty, as the extraction stage's table model expects.
//! Body rows (with digits) are cut by the boundaries, header rows by where
//! the body's cells lie, so right-aligned numbers under left-aligned
//! headers line up as in the DOCX. Lines outside tables get their runs of
//! spaces collapsed. It does not merge a cell that wraps onto several
//! lines: each physical line is a row (the text reader's line numbers are
//! the file's).

/// A run of text on a line, from char column `start` (inclusive).
#[derive(Debug, Clone)]
struct Seg {
    start: usize,
}

/// Splits a line into runs separated by two or more spaces.
fn segments(chars: &[char]) -> Vec<Seg> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && chars[i] == ' ' {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let start = i;
        while i < chars.len() {
            if chars[i] == ' ' {
                let mut j = i;
                while j < chars.len() && chars[j] == ' ' {
                    j += 1;
                }
                if j - i >= 2 || j == chars.len() {
                    break;
                }
                i = j;
            } else {
                i += 1;
            }
        }
        out.push(Seg { start });
    }
    out
}

/// Start columns of the words of a line (after a space or at the start).
fn word_starts(chars: &[char]) -> Vec<usize> {
    word_spans(chars).into_iter().map(|(s, _)| s).collect()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Converts one page of layout text (a text report, a text-layer PDF's
/// words on the grid). Returns the lines and whether a table was found.
pub fn to_lines(page: &str) -> (Vec<String>, bool) {
    convert(page, true)
}

/// Converts one page of OCR words laid on the grid: each word goes to the
/// column its start falls in, as before the alignment rules of
/// [`to_lines`], which were measured on text layers only (OCR boxes
/// jitter by a character or two, and the OCR corpus scores were set with
/// this rule).
pub fn to_lines_ocr(page: &str) -> (Vec<String>, bool) {
    convert(page, false)
}

fn convert(page: &str, aligned: bool) -> (Vec<String>, bool) {
    let rows: Vec<Vec<char>> = page
        .split('\n')
        // A "|" is a table rule as OCR reads it (or a markdown cell
        // border): a column gap, not text.
        .map(|l| l.trim_end().replace(['\t', '|'], " ").chars().collect())
        .collect();
    let segs: Vec<Vec<Seg>> = rows.iter().map(|r| segments(r)).collect();
    let margin = rows
        .iter()
        .filter_map(|r| r.iter().position(|&c| c != ' '))
        .min()
        .unwrap_or(0);
    let is_candidate = |i: usize| segs[i].len() >= 2;

    let mut out = Vec::new();
    let mut found = false;
    let mut i = 0;
    while i < rows.len() {
        if !is_candidate(i) {
            out.push(collapse(&rows[i].iter().collect::<String>()));
            i += 1;
            continue;
        }
        // Grow the block: candidates and indented lines (a wrapped cell);
        // a blank line or a line at the left margin ends it.
        let mut end = i + 1;
        let mut last_candidate = i;
        while end < rows.len() {
            if segs[end].is_empty() {
                break;
            } else {
                if is_candidate(end) {
                    last_candidate = end;
                } else if segs[end][0].start <= margin + 1 {
                    break;
                }
            }
            end += 1;
        }
        let block = i..last_candidate + 1;
        let n_candidates = block.clone().filter(|&k| is_candidate(k)).count();
        let cols = if n_candidates >= 2 {
            boundaries(&rows[block.clone()], &segs[block.clone()])
        } else {
            Vec::new()
        };
        if cols.is_empty() {
            out.push(collapse(&rows[i].iter().collect::<String>()));
            i += 1;
            continue;
        }
        let lines: Vec<&[char]> = block
            .clone()
            .filter(|&k| !segs[k].is_empty())
            .map(|k| rows[k].as_slice())
            .collect();
        if !aligned {
            found = true;
            out.extend(lines.iter().map(|l| row_cells(l, &cols)));
            i = block.end;
            continue;
        }
        let cells = table_cells(&lines, &cols);
        // A block without one cell that is a number states no figure in a
        // column: side-by-side text (the two-column letterhead, a date
        // with its day left blank), whose lines read as lines.
        if !cells.iter().any(|r| r.split('\t').any(number_cell)) {
            out.extend(
                lines
                    .iter()
                    .map(|l| collapse(&l.iter().collect::<String>())),
            );
            i = block.end;
            continue;
        }
        found = true;
        out.extend(cells);
        i = block.end;
    }
    (out, found)
}

/// Column start positions (excluding 0) for a table block: those that all
/// its lines show, and those that its rows of numbers alone show (header
/// lines of a small table, single-spaced, would otherwise hide the gaps).
fn boundaries(rows: &[Vec<char>], segs: &[Vec<Seg>]) -> Vec<usize> {
    let mut cols = boundaries_of(rows, segs, |_| true);
    let numeric = |r: &Vec<char>| r.iter().any(|c| c.is_ascii_digit());
    if rows.iter().any(numeric) && !rows.iter().all(numeric) {
        for b in boundaries_of(rows, segs, numeric) {
            if !cols.iter().any(|&c| c.abs_diff(b) <= 2) {
                cols.push(b);
            }
        }
        cols.sort_unstable();
    }
    cols
}

fn boundaries_of(
    rows: &[Vec<char>],
    segs: &[Vec<Seg>],
    keep: impl Fn(&Vec<char>) -> bool,
) -> Vec<usize> {
    let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
    let lines: Vec<&Vec<char>> = rows
        .iter()
        .filter(|r| r.iter().any(|&c| c != ' ') && keep(r))
        .collect();
    let n = lines.len();
    let mut occ = vec![0usize; width];
    for r in &lines {
        for (x, &c) in r.iter().enumerate() {
            if c != ' ' {
                occ[x] += 1;
            }
        }
    }
    // Spanning header cells cross the gaps between the columns below them:
    // tolerate a tenth of the lines.
    let tol = n / 10;
    let left = occ.iter().position(|&o| o > 0).unwrap_or(0);
    let mut cols = Vec::new();
    let mut x = left;
    while x < width {
        if occ[x] <= tol {
            let s = x;
            while x < width && occ[x] <= tol {
                x += 1;
            }
            if x < width && x - s >= 2 {
                cols.push(x);
            }
        } else {
            x += 1;
        }
    }
    // Narrow cells separated by a single space: a column also starts where
    // most lines start a word at the same position and some line starts a
    // segment (wide gap) there.
    let mut starts = vec![0usize; width + 1];
    for r in &lines {
        for s in word_starts(r) {
            starts[s] += 1;
        }
    }
    let seg_starts: std::collections::HashSet<usize> = segs
        .iter()
        .flat_map(|ss| ss.iter().skip(1).map(|s| s.start))
        .collect();
    for (x, &c) in starts.iter().enumerate() {
        if x > left
            && c * 5 >= n * 3
            && c >= 3
            && seg_starts.contains(&x)
            && !cols.iter().any(|&b| b.abs_diff(x) <= 2)
        {
            cols.push(x);
        }
    }
    cols.sort_unstable();
    cols
}

/// The spans (`start..end` in chars) of a line's words.
fn word_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] != ' ' {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

/// One table row: words assigned to the column their start falls in.
fn row_cells(chars: &[char], cols: &[usize]) -> String {
    let mut cells = vec![String::new(); cols.len() + 1];
    for (start, end) in word_spans(chars) {
        let word: String = chars[start..end].iter().collect();
        let col = cols.iter().take_while(|&&b| b <= start).count();
        let cell = &mut cells[col];
        if !cell.is_empty() {
            cell.push(' ');
        }
        cell.push_str(&word);
    }
    cells.join("\t")
}

/// A cell that is a number alone ("2.810", "05", "71,24%", "-").
fn number_cell(c: &str) -> bool {
    let c = c.trim();
    c.chars().any(|ch| ch.is_ascii_digit())
        && c.chars()
            .all(|ch| ch.is_ascii_digit() || ".,%()".contains(ch))
}

/// A run of words on a line: chars `start..end`, and the words' spans.
struct Unit {
    start: usize,
    end: usize,
    words: Vec<(usize, usize)>,
}

/// The line's words grouped into units: words one space apart stay
/// together (a header cell's text); with `single`, each word is its own
/// unit (body rows, where a number may sit one space after a name).
fn units(chars: &[char], single: bool) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for (start, i) in word_spans(chars) {
        match out.last_mut() {
            Some(u) if start - u.end < 2 && !single => {
                u.end = i;
                u.words.push((start, i));
            }
            _ => out.push(Unit {
                start,
                end: i,
                words: vec![(start, i)],
            }),
        }
    }
    out
}

/// The column whose span a unit overlaps most; when it overlaps none, the
/// nearest one.
fn column_of(u: &Unit, spans: &[(usize, usize)]) -> usize {
    let overlap = |&(a, b): &(usize, usize)| u.end.min(b).saturating_sub(u.start.max(a));
    let best = (0..spans.len()).max_by_key(|&k| (overlap(&spans[k]), std::cmp::Reverse(k)));
    match best {
        Some(k) if overlap(&spans[k]) > 0 => k,
        _ => (0..spans.len())
            .min_by_key(|&k| {
                let (a, b) = spans[k];
                if u.end <= a {
                    a - u.end
                } else {
                    u.start.saturating_sub(b)
                }
            })
            .unwrap_or(0),
    }
}

fn row_text(chars: &[char], units: &[Unit], cols: &[usize], spans: &[(usize, usize)]) -> String {
    let mut cells = vec![String::new(); cols.len() + 1];
    for u in units {
        let cell = &mut cells[column_of(u, spans)];
        for &(a, b) in &u.words {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.extend(&chars[a..b]);
        }
    }
    cells.join("\t")
}

/// The boundaries without those of columns that only the start of a
/// header fills: a header wider than its numbers ("Số hồ sơ nhận" over
/// "3.104") shows a gap of its own, which is not a column. A column that
/// no body row fills but that holds a whole header cell ("Quá hạn" over
/// blank cells) stays.
fn body_columns(rows: &[&[char]], cols: &[usize]) -> Vec<usize> {
    let mut edges = vec![0];
    edges.extend_from_slice(cols);
    edges.push(usize::MAX);
    let cores: Vec<(usize, usize)> = edges.windows(2).map(|w| (w[0], w[1])).collect();
    let mut filled = vec![false; cores.len()];
    let body = body_rows(rows);
    for (r, _) in rows.iter().zip(&body).filter(|(_, b)| **b) {
        for u in units(r, true) {
            filled[column_of(&u, &cores)] = true;
        }
    }
    if !body.contains(&true) {
        return cols.to_vec();
    }
    for (r, _) in rows.iter().zip(&body).filter(|(_, b)| !**b) {
        for u in units(r, false) {
            if let Some(k) = cores.iter().position(|&(a, b)| u.start >= a && u.end <= b) {
                filled[k] = true;
            }
        }
    }
    // Boundary j starts column j + 1; an empty first column loses the
    // boundary after it.
    cols.iter()
        .enumerate()
        .filter(|&(j, _)| filled[j + 1] && (j > 0 || filled[0]))
        .map(|(_, &b)| b)
        .collect()
}

/// Which rows of a table block are its body: rows with a digit, from the
/// first row that holds a number standing alone as a cell ("2.214" two
/// spaces or more from its neighbours). The rows above it are its header,
/// digits or not: "Quý III/2025", "Tháng 10" name columns and count
/// nothing, and must be laid over the columns like any header.
fn body_rows(rows: &[&[char]]) -> Vec<bool> {
    let alone = |r: &[char]| {
        let line: String = r.iter().collect();
        line.split("  ").any(number_cell)
    };
    let first = rows.iter().position(|r| alone(r)).unwrap_or(0);
    rows.iter()
        .enumerate()
        .map(|(i, r)| i >= first && r.iter().any(|c| c.is_ascii_digit()))
        .collect()
}

/// A table block's rows as `\t`-joined cells. Rows with a digit (the body)
/// go by the columns' boundaries: each word to the column it overlaps most,
/// so a right-aligned number wider than the others ("11.856" under
/// "2.935") stays in its column. Rows without a digit (headers) then go by
/// where the body's cells actually lie, so a left-aligned header over
/// right-aligned numbers lands over them, a header of several words stays
/// one cell.
fn table_cells(rows: &[&[char]], cols: &[usize]) -> Vec<String> {
    let cols = &body_columns(rows, cols);
    let mut edges = vec![0];
    edges.extend_from_slice(cols);
    edges.push(usize::MAX);
    let cores: Vec<(usize, usize)> = edges.windows(2).map(|w| (w[0], w[1])).collect();
    let body = body_rows(rows);
    let mut extent: Vec<Option<(usize, usize)>> = vec![None; cores.len()];
    let mut out = vec![String::new(); rows.len()];
    for (i, r) in rows.iter().enumerate() {
        if !body[i] {
            continue;
        }
        let us = units(r, true);
        for u in &us {
            let k = column_of(u, &cores);
            let e = extent[k].get_or_insert((u.start, u.end));
            *e = (e.0.min(u.start), e.1.max(u.end));
        }
        out[i] = row_text(r, &us, cols, &cores);
    }
    let spans: Vec<(usize, usize)> = (0..cores.len())
        .map(|k| extent[k].unwrap_or(cores[k]))
        .collect();
    for (i, r) in rows.iter().enumerate() {
        if !body[i] {
            let us: Vec<Unit> = units(r, false)
                .into_iter()
                .flat_map(|u| split_over(u, &spans, &cores))
                .collect();
            out[i] = row_text(r, &us, cols, &spans);
        }
    }
    out
}

/// A header unit whose words lie over two or more columns' cells is that
/// many cells: OCR and character grids put one space between header cells
/// ("Tiếp nhận Đã giải quyết" over two columns of numbers). A word starts a
/// new cell when it lies over another column's cells and starts inside that
/// column's boundaries; a word over no column, or one that only reaches
/// over the next column's narrow numbers ("quyết" of "Đang giải quyết"
/// over the "Rút" digits), stays with the words before it, so "Tổng số hồ
/// sơ", left-aligned over right-aligned numbers, is one cell.
fn split_over(u: Unit, spans: &[(usize, usize)], cores: &[(usize, usize)]) -> Vec<Unit> {
    let over = |&(a, b): &(usize, usize)| spans.iter().position(|&(s, e)| b.min(e) > a.max(s));
    let core = |a: usize| cores.iter().position(|&(s, e)| a >= s && a < e);
    let mut out: Vec<(Option<usize>, Unit)> = Vec::new();
    for w in u.words {
        let k = over(&w);
        let new_cell = k.is_some() && core(w.0) == k;
        match out.last_mut() {
            Some((gk, g)) if gk.is_none() || *gk == k || !new_cell => {
                *gk = gk.or(k);
                g.end = w.1;
                g.words.push(w);
            }
            _ => out.push((
                k,
                Unit {
                    start: w.0,
                    end: w.1,
                    words: vec![w],
                },
            )),
        }
    }
    out.into_iter().map(|(_, g)| g).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_block_gets_tab_cells_with_empty_cells_kept() {
        let page = "\
Kết quả giải quyết như sau:
STT   Lĩnh vực                 Tiếp nhận   Đang giải quyết   Trước hạn
1     Lĩnh vực Hộ tịch         977         13                955
2     Lĩnh vực chứng thực      2.795                         2.795
      Tổng số                  4.312       15                4.263

Sau bảng   là văn bản.";
        let (lines, table) = to_lines(page);
        assert!(table);
        assert_eq!(lines[0], "Kết quả giải quyết như sau:");
        assert_eq!(
            lines[1],
            "STT\tLĩnh vực\tTiếp nhận\tĐang giải quyết\tTrước hạn"
        );
        assert_eq!(lines[2], "1\tLĩnh vực Hộ tịch\t977\t13\t955");
        assert_eq!(lines[3], "2\tLĩnh vực chứng thực\t2.795\t\t2.795");
        assert_eq!(lines[4], "\tTổng số\t4.312\t15\t4.263");
        assert_eq!(lines.last().unwrap(), "Sau bảng là văn bản.");
    }

    #[test]
    fn single_space_before_an_aligned_number_still_splits() {
        let page = "\
1     Đăng ký di chuyển nghĩa vụ quân sự 97                   97
2     Đăng ký nghĩa vụ quân sự lần đầu   0                    0
      Tổng số                            97                   97";
        let (lines, _) = to_lines(page);
        assert_eq!(lines[0], "1\tĐăng ký di chuyển nghĩa vụ quân sự\t97\t97");
        assert_eq!(lines[2], "\tTổng số\t97\t97");
    }

    #[test]
    fn left_aligned_headers_over_right_aligned_numbers_stay_whole() {
        let page = "\
TT   Đơn vị                  Số hồ sơ nhận  Đã trả kết quả  Còn tồn
1    Tổ dân phố số 1                  3.104           3.010       94
2    Tổ dân phố số 2                    812             800       12
Cộng                                 13.916          13.810      106";
        let (lines, _) = to_lines(page);
        assert_eq!(
            lines[0],
            "TT\tĐơn vị\tSố hồ sơ nhận\tĐã trả kết quả\tCòn tồn"
        );
        assert_eq!(lines[1], "1\tTổ dân phố số 1\t3.104\t3.010\t94");
        assert_eq!(lines[3], "Cộng\t\t13.916\t13.810\t106");
    }

    #[test]
    fn single_spaced_header_words_over_different_columns_split() {
        // As OCR words land on the character grid: one space between
        // header cells, numbers under them.
        let page = "\
STT Đơn vị  Nhận Trả Tồn
1   Tổ 1    640  620 19
2   Tổ 2    76   67  6";
        let (lines, _) = to_lines(page);
        assert_eq!(lines[0], "STT\tĐơn vị\tNhận\tTrả\tTồn");
        assert_eq!(lines[1], "1\tTổ 1\t640\t620\t19");
    }

    #[test]
    fn a_header_naming_periods_is_laid_over_its_columns() {
        // Its digits ("10/2025") count nothing: it is the header.
        let page = "\
TT  Nội dung                        Tháng 10/2025   Tháng 11/2025   So sánh (%)
1   Hồ sơ tiếp nhận                         1.240           1.315         106,0
2   Hồ sơ đã giải quyết                     1.198           1.287         107,4";
        let (lines, _) = to_lines(page);
        assert_eq!(
            lines[0],
            "TT\tNội dung\tTháng 10/2025\tTháng 11/2025\tSo sánh (%)"
        );
        assert_eq!(lines[1], "1\tHồ sơ tiếp nhận\t1.240\t1.315\t106,0");
    }

    #[test]
    fn a_letterhead_side_by_side_is_not_a_table() {
        let page = "\
UBND XÃ TÂN LẬP               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM PHỤC VỤ                 Độc lập - Tự do - Hạnh phúc
Số:    /BC-TTPV          Tân Lập, ngày      tháng 5 năm 2026";
        let (lines, table) = to_lines(page);
        assert!(!table);
        assert_eq!(lines[2], "Số: /BC-TTPV Tân Lập, ngày tháng 5 năm 2026");
    }

    #[test]
    fn prose_is_not_a_table() {
        let page = "Trong 6 tháng cuối năm 2025, số TTHC liên  thông thuộc thẩm quyền\n\
nhận là 24 thủ tục hành chính trong  đó có 5 thủ tục hành chính có phát";
        let (lines, table) = to_lines(page);
        assert!(!table);
        assert!(lines[0].contains("liên thông"));
    }
}
