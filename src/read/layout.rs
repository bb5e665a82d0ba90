//! Space-aligned page text in (`pdftotext -layout`, or OCR words placed on a
//! character grid), lines with `\t`-separated table cells out.
//!
//! Finds table blocks (runs of lines with wide gaps whose gaps line up),
//! infers the column boundaries of each block from the character positions
//! of all its lines, and writes each row as cells aligned to those columns,
//! empty cells kept empty, as the extraction stage's table model expects.
//! Lines outside tables get their runs of spaces collapsed. It does not merge
//! a cell that wraps onto several lines: each physical line is a row.

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
    (0..chars.len())
        .filter(|&i| chars[i] != ' ' && (i == 0 || chars[i - 1] == ' '))
        .collect()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Converts one page of layout text. Returns the lines and whether a table
/// was found.
pub fn to_lines(page: &str) -> (Vec<String>, bool) {
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
        found = true;
        for k in block.clone() {
            if segs[k].is_empty() {
                continue;
            }
            out.push(row_cells(&rows[k], &cols));
        }
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

/// One table row: words assigned to the column their start falls in.
fn row_cells(chars: &[char], cols: &[usize]) -> String {
    let mut cells = vec![String::new(); cols.len() + 1];
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
        let word: String = chars[start..i].iter().collect();
        let col = cols.iter().take_while(|&&b| b <= start).count();
        let cell = &mut cells[col];
        if !cell.is_empty() {
            cell.push(' ');
        }
        cell.push_str(&word);
    }
    cells.join("\t")
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
    fn prose_is_not_a_table() {
        let page = "Trong 6 tháng cuối năm 2025, số TTHC liên  thông thuộc thẩm quyền\n\
nhận là 24 thủ tục hành chính trong  đó có 5 thủ tục hành chính có phát";
        let (lines, table) = to_lines(page);
        assert!(!table);
        assert!(lines[0].contains("liên thông"));
    }
}
