//! Tables flattened to lines: what a PDF's raw text gives of a table whose
//! cells lost their gaps ("STT Chỉ tiêu Đơn vị tính Số liệu", then "1.2 Hồ
//! sơ tiếp nhận mới Hồ sơ 9.340", "- Tỷ lệ tiếp nhận trực tuyến % 77,25").
//!
//! Takes the document's lines and the patterns; returns, per line, the byte
//! spans of its cells when the line belongs to such a table. A run starts
//! at a header line that opens with the numbering column (`numbering_header`,
//! "STT") and names
//! a units column (`unit_header`) between the label and the value headers;
//! each row below it is a numbering, a label, a unit (`unit_word`) and one
//! number. Blank lines between rows are kept; the first other line ends the
//! run. Rows that do not all have that shape leave every line as prose. It
//! does not read the table: the table reader does, as any other.

use crate::patterns::Patterns;
use crate::text::fold;

type Cells = Vec<(usize, usize)>;

/// The words of `line` with their byte spans.
fn words(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out
}

/// The header's four cells: numbering, label, units, value.
fn header(line: &str, pats: &Patterns) -> Option<Cells> {
    let ws = words(line);
    let folded: Vec<String> = ws.iter().map(|&(a, b)| fold(&line[a..b])).collect();
    let cues = pats.tables();
    if !cues.numbering_header.is_match(folded.first()?)
        || folded
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // The units header and how many words it takes, with a label header
    // before it and a value header after it.
    let (k, n) = (2..ws.len()).find_map(|k| {
        let rest = folded[k..].join(" ");
        let n = cues
            .unit_header
            .find(&rest)?
            .as_str()
            .split_whitespace()
            .count();
        (k + n < ws.len()).then_some((k, n))
    })?;
    let span = |a: usize, b: usize| (ws[a].0, ws[b - 1].1);
    Some(vec![
        span(0, 1),
        span(1, k),
        span(k, k + n),
        span(k + n, ws.len()),
    ])
}

/// A row's four cells, when it is numbering, label, unit and one number.
fn row(line: &str, pats: &Patterns) -> Option<Cells> {
    let ws = words(line);
    if ws.len() < 4 {
        return None;
    }
    let first = &line[ws[0].0..ws[0].1];
    let numbering = first
        .trim_end_matches('.')
        .split('.')
        .all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()))
        || matches!(first, "-" | "+" | "•" | "–");
    let last = &line[ws[ws.len() - 1].0..ws[ws.len() - 1].1];
    let number = last.starts_with(|c: char| c.is_ascii_digit())
        && last
            .chars()
            .all(|c| c.is_ascii_digit() || ".,%".contains(c));
    if !numbering || !number {
        return None;
    }
    let unit_word = &pats.tables().unit_word;
    let end = ws.len() - 1;
    // The longest run of words before the number that names a unit.
    let n = (1..=2).rev().filter(|&n| end > n + 1).find(|&n| {
        let w: Vec<String> = ws[end - n..end]
            .iter()
            .map(|&(a, b)| fold(&line[a..b]))
            .collect();
        unit_word.is_match(&w.join(" "))
    })?;
    let span = |a: usize, b: usize| (ws[a].0, ws[b - 1].1);
    Some(vec![
        span(0, 1),
        span(1, end - n),
        span(end - n, end),
        span(end, end + 1),
    ])
}

/// Per line, its cells when it belongs to a flattened table.
pub(super) fn tables(lines: &[String], pats: &Patterns) -> Vec<Option<Cells>> {
    let mut out = vec![None; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let Some(h) = header(&lines[i], pats) else {
            i += 1;
            continue;
        };
        let mut rows = Vec::new();
        let mut j = i + 1;
        while j < lines.len() {
            if lines[j].trim().is_empty() {
                j += 1;
                continue;
            }
            match row(&lines[j], pats) {
                Some(cells) => rows.push((j, cells)),
                None => break,
            }
            j += 1;
        }
        if rows.len() >= 2 {
            out[i] = Some(h);
            for (k, cells) in rows {
                out[k] = Some(cells);
            }
        }
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str, c: &Option<Cells>) -> Vec<String> {
        c.as_ref()
            .unwrap()
            .iter()
            .map(|&(a, b)| line[a..b].to_string())
            .collect()
    }

    #[test]
    fn a_flattened_indicator_table_gets_its_cells_back() {
        let pats = Patterns::builtin();
        let lines: Vec<String> = [
            "STT Chỉ tiêu Đơn vị tính Số liệu",
            "",
            "1 Tổng số hồ sơ phải giải quyết Hồ sơ 9.428",
            "",
            "- Tỷ lệ tiếp nhận trực tuyến % 77,25",
            "1.2 Hồ sơ tiếp nhận mới Hồ sơ 9.340",
            "III. ĐÁNH GIÁ CHUNG",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let t = tables(&lines, &pats);
        assert_eq!(
            cells(&lines[0], &t[0]),
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"]
        );
        assert_eq!(
            cells(&lines[2], &t[2]),
            ["1", "Tổng số hồ sơ phải giải quyết", "Hồ sơ", "9.428"]
        );
        assert_eq!(
            cells(&lines[4], &t[4]),
            ["-", "Tỷ lệ tiếp nhận trực tuyến", "%", "77,25"]
        );
        assert!(t[6].is_none());
    }

    #[test]
    fn prose_under_a_header_that_is_not_one_stays_prose() {
        let pats = Patterns::builtin();
        let lines: Vec<String> = [
            "STT và nội dung công việc được giao",
            "1 Tổng số hồ sơ phải giải quyết Hồ sơ 9.428",
            "2 Hồ sơ đã giải quyết Hồ sơ 9.301",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert!(tables(&lines, &pats).iter().all(Option::is_none));
    }
}
