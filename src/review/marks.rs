//! Where each figure stands in its line: the byte span of its raw text, so
//! that the page can wrap it in a highlighted element.
//!
//! A figure's `raw` is the text its pattern matched, as it stands in the
//! document; it is looked for in its line exactly, then with tabs and runs
//! of spaces taken as one space, then as the tail of a statement wrapped
//! onto the line, then its number alone. Spans that cross
//! are cut so that they nest or follow each other (the later one starts
//! where the earlier ends); a figure found nowhere in its line is still
//! given an element, empty, at the end of the line, marked `unplaced`.

use crate::model::Figure;

/// A figure's place in its line: byte range, or None when not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Index of the figure in the report's figures.
    pub figure: usize,
    pub span: Option<(usize, usize)>,
}

/// Finds `needle` in `line` with every run of whitespace in either taken
/// as one space: the byte range in `line`.
fn find_loose(line: &str, needle: &str) -> Option<(usize, usize)> {
    let words: Vec<&str> = needle.split_whitespace().collect();
    let first = *words.first()?;
    let mut from = 0;
    while let Some(off) = line[from..].find(first) {
        let start = from + off;
        let mut end = start + first.len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &line[end..];
            let trimmed = rest.trim_start();
            if trimmed.len() == rest.len() || !trimmed.starts_with(w) {
                ok = false;
                break;
            }
            end += rest.len() - trimmed.len() + w.len();
        }
        if ok {
            return Some((start, end));
        }
        from = start + first.len();
    }
    None
}

/// A statement wrapped over two lines has its number on the second: the
/// longest tail of its words (two at least) that opens the line.
fn wrapped_tail(line: &str, raw: &str) -> Option<(usize, usize)> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    (1..words.len().saturating_sub(1)).find_map(|k| {
        let (s, e) = find_loose(line, &words[k..].join(" "))?;
        line[..s].trim().is_empty().then_some((s, e))
    })
}

/// The number of a figure as a report might write it (`2.810`, `2810`).
fn number_forms(f: &Figure) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(x) = f.value {
        v.push(crate::check::vi::int(x));
        v.push(x.to_string());
        // Reports write small counts with a leading zero ("08", "05").
        if (0..10).contains(&x) {
            v.push(format!("0{x}"));
        }
    }
    if let Some(p) = f.pct {
        v.push(crate::check::vi::pct(p).trim_end_matches('%').to_string());
    }
    v
}

/// The marks of the figures of one line (`figs`: index and figure), spans
/// made not to cross, sorted by start (unplaced last).
pub fn place(line: &str, figs: &[(usize, &Figure)]) -> Vec<Mark> {
    // Two figures with the same raw text (two cells "176" of one row) take
    // its first and second occurrences, in the order of the figures.
    // A bare number in a table row is a cell after the row's label, not
    // its number in the first column ("2 | Chứng thực | 74 | 72 | 2").
    let label_end = line
        .contains('\t')
        .then(|| {
            let mut at = 0;
            line.split('\t').find_map(|cell| {
                at += cell.len() + 1;
                cell.chars().any(char::is_alphabetic).then_some(at - 1)
            })
        })
        .flatten()
        .unwrap_or(0);
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut marks: Vec<Mark> = figs
        .iter()
        .map(|&(i, f)| {
            let raw = f.raw.trim();
            // Occurrences not inside a longer number ("2" in "72").
            let whole = |&(s, e): &(usize, usize)| {
                let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
                !(digit(line[..s].chars().next_back()) || digit(line[e..].chars().next()))
            };
            let free = |needle: &str| {
                let bare = !needle.chars().any(char::is_alphabetic);
                let spans = || {
                    line.match_indices(needle)
                        .map(|(s, m)| (s, s + m.len()))
                        .filter(whole)
                        .filter(|sp| !taken.contains(sp))
                };
                spans()
                    .find(|&(s, _)| !bare || s >= label_end)
                    .or_else(|| spans().next())
            };
            let span = (!raw.is_empty())
                .then(|| free(raw))
                .flatten()
                .or_else(|| find_loose(line, raw))
                .or_else(|| wrapped_tail(line, raw))
                .or_else(|| {
                    number_forms(f)
                        .iter()
                        .filter(|n| !n.is_empty())
                        .find_map(|n| free(n))
                });
            if let Some(sp) = span {
                taken.push(sp);
            }
            Mark { figure: i, span }
        })
        .collect();
    marks.sort_by_key(|m| match m.span {
        Some((s, e)) => (0, s, usize::MAX - e),
        None => (1, 0, 0),
    });
    // Cut crossing spans: each must lie inside or after every earlier open one.
    let mut open: Vec<(usize, usize)> = Vec::new();
    for m in marks.iter_mut() {
        let Some((mut s, e)) = m.span else { continue };
        open.retain(|&(_, oe)| oe > s);
        if let Some(&(_, oe)) = open.iter().find(|&&(_, oe)| e > oe) {
            // Crosses an open span's end: start after it.
            s = oe;
        }
        if s >= e {
            m.span = None;
            continue;
        }
        m.span = Some((s, e));
        open.push((s, e));
    }
    marks.sort_by_key(|m| match m.span {
        Some((s, e)) => (0, s, usize::MAX - e),
        None => (1, 0, 0),
    });
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Key, Scope};

    fn fig(raw: &str, value: i64) -> Figure {
        Figure {
            scope: Scope::Ward,
            key: Key::ReceivedTotal,
            value: Some(value),
            pct: None,
            pct_decimals: None,
            of: None,
            raw: raw.to_string(),
            page: None,
            line: 1,
            pattern: String::new(),
            certain: true,
            unexplained: Vec::new(),
            evidence: Evidence::default(),
        }
    }

    #[test]
    fn exact_loose_and_number_only() {
        let line = "Đã tiếp nhận  2.810 hồ sơ;\ttrực tuyến 2.002";
        let a = fig("tiếp nhận 2.810", 2810);
        let b = fig("trực tuyến 2.002", 2002);
        let c = fig("something else", 2002);
        let m = place(line, &[(0, &a), (1, &b), (2, &c)]);
        let spans: Vec<_> = m
            .iter()
            .map(|m| (m.figure, m.span.map(|(s, e)| &line[s..e])))
            .collect();
        assert_eq!(
            spans,
            vec![
                (0, Some("tiếp nhận  2.810")),
                (1, Some("trực tuyến 2.002")),
                (2, Some("2.002")),
            ]
        );
    }

    #[test]
    fn equal_cells_take_their_own_occurrence() {
        let line = "2\tChứng thực\t176\t176\t0";
        let a = fig("176", 176);
        let b = fig("176", 176);
        let m = place(line, &[(0, &a), (1, &b)]);
        assert_eq!(m[0].span.map(|(s, _)| s), line.find("176"));
        assert_eq!(m[1].span.map(|(s, _)| s), line.rfind("176"));
        // The row's number is not its in-progress cell, even when the raw
        // text is the whole row as OCR wrote it.
        let line = "2\tChứng thực\t74\t72\t2";
        let c = fig("2 | Chứng thực | 74 | 72 | 2", 2);
        let m = place(line, &[(0, &c)]);
        assert_eq!(m[0].span.map(|(s, _)| s), line.rfind('2'));
    }

    #[test]
    fn a_cell_with_a_leading_zero_is_its_count() {
        let line = "1\tHộ tịch\t1.214\t18\t0\t26\t08";
        let f = fig("1 | Hộ tịch | 1.214 | 18 | 0 | 26 | 08", 8);
        let m = place(line, &[(0, &f)]);
        assert_eq!(m[0].span.map(|(s, e)| &line[s..e]), Some("08"));
    }

    #[test]
    fn a_wrapped_statement_is_marked_on_its_number_line() {
        let line = "lòng đạt 99.1%, tăng so với tháng trước";
        let mut f = fig(
            "tỷ lệ người dân đánh giá hài lòng và rất hài lòng đạt 99.1%",
            0,
        );
        f.value = None;
        f.pct = Some(99.1);
        let m = place(line, &[(0, &f)]);
        assert_eq!(m[0].span.map(|(s, e)| &line[s..e]), Some("lòng đạt 99.1%"));
    }

    #[test]
    fn crossing_spans_are_cut_to_nest() {
        let line = "abc def ghi";
        let a = fig("abc def", 1);
        let b = fig("def ghi", 2);
        let m = place(line, &[(0, &a), (1, &b)]);
        assert_eq!(m[0].span, Some((0, 7)));
        assert_eq!(m[1].span, Some((7, 11)));
        let none = fig("zzz", 3);
        assert_eq!(place(line, &[(0, &none)])[0].span, None);
    }
}
