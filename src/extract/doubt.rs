//! Figures read from doubtful OCR words: the normalized document (its
//! pages' low-confidence words) and the statements and table columns read
//! from it in; the doubtful statements, and the table columns that rest on
//! none of them, out, with a note for the clerk naming each doubtful one.
//!
//! A figure is doubtful when the line it was read from holds a word with a
//! digit that Tesseract was unsure of, and that word's digits are the
//! figure's. Such a figure is still reported (it is often right), but a
//! finding must not rest on it: a misread digit would be an accusation of
//! the ward's arithmetic for the scanner's fault. It does not judge text
//! layers (they have no doubtful words) and does not drop any figure.

use crate::model::{Figure, TableColumn};
use crate::normalize::Normalized;

/// A number's digits without leading zeros ("07" and "7" are one figure).
fn digits(s: &str) -> String {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    let t = d.trim_start_matches('0');
    if t.is_empty() && !d.is_empty() {
        "0".into()
    } else {
        t.into()
    }
}

/// The digit strings of the doubtful words on 1-based `line`.
fn doubtful_on(n: &Normalized, line: usize) -> Vec<String> {
    let Some(text) = n.lines.get(line.wrapping_sub(1)) else {
        return Vec::new();
    };
    let page = n.line_page.get(line - 1).copied().unwrap_or(1) as usize;
    n.doubtful
        .get(page.wrapping_sub(1))
        .into_iter()
        .flatten()
        .filter(|w| text.contains(w.as_str()))
        .map(|w| digits(w))
        .filter(|d| !d.is_empty())
        .collect()
}

/// The digit strings on 1-based `line` that OCR split from the rest of
/// their number: "1, 968 hồ sơ" for 1.968, "95, 58%" for 95,58%. Either
/// part read alone is a figure the page does not state.
fn split_on(n: &Normalized, line: usize) -> Vec<String> {
    static SPLIT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b([0-9]{1,3})[.,] ([0-9]{3}\b|[0-9]{1,2} ?%)").expect("split number")
    });
    let Some(text) = n.lines.get(line.wrapping_sub(1)) else {
        return Vec::new();
    };
    SPLIT
        .captures_iter(text)
        .flat_map(|c| [digits(&c[1]), digits(&c[2])])
        .collect()
}

fn is_doubtful(n: &Normalized, line: usize, value: Option<i64>, pct: Option<f64>) -> bool {
    let mut words = doubtful_on(n, line);
    words.extend(split_on(n, line));
    if words.is_empty() {
        return false;
    }
    let mut read: Vec<String> = value.map(|v| v.to_string()).into_iter().collect();
    if let Some(p) = pct {
        read.push(digits(&format!("{p}")));
    }
    read.iter().any(|r| words.contains(r))
}

/// The doubtful statements, and the table columns without a doubtful cell.
pub(crate) fn mark(
    n: &Normalized,
    stmts: &[Figure],
    tables: Vec<TableColumn>,
    notes: &mut Vec<String>,
) -> (Vec<Figure>, Vec<TableColumn>) {
    let split = (1..=n.lines.len()).any(|l| !split_on(n, l).is_empty());
    if n.doubtful.iter().all(Vec::is_empty) && !split {
        return (Vec::new(), tables);
    }
    let doubtful: Vec<Figure> = stmts
        .iter()
        .filter(|f| is_doubtful(n, f.line, f.value, f.pct))
        .cloned()
        .collect();
    // One note per line, naming its doubtful numbers.
    let mut lines: Vec<(usize, &str, Vec<String>)> = Vec::new();
    for f in &doubtful {
        let shown = f
            .value
            .map_or_else(|| format!("{}%", f.pct.unwrap_or(0.0)), |v| v.to_string());
        match lines.iter_mut().find(|(l, _, _)| *l == f.line) {
            Some((_, _, vs)) if !vs.contains(&shown) => vs.push(shown),
            Some(_) => {}
            None => lines.push((f.line, &f.raw, vec![shown])),
        }
    }
    for (line, raw, values) in lines {
        notes.push(format!(
            "dòng {line}: số {} trong \"{raw}\" nhận dạng (OCR) không chắc chắn, không dùng để đối chiếu số học; cần xem bản gốc",
            values.join(", ")
        ));
    }
    let tables = tables
        .into_iter()
        .filter(|t| {
            !t.rows
                .iter()
                .chain(std::iter::once(&t.total))
                .any(|&(line, v)| is_doubtful(n, line, Some(v), None))
        })
        .collect();
    (doubtful, tables)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Key, Scope, SourceKind};
    use crate::patterns::Patterns;

    fn fig(key: Key, value: i64, line: usize) -> Figure {
        Figure {
            scope: Scope::Ward,
            key,
            value: Some(value),
            pct: None,
            pct_decimals: None,
            of: None,
            raw: String::new(),
            page: Some(1),
            line,
            pattern: String::new(),
            certain: true,
            unexplained: Vec::new(),
            evidence: Default::default(),
        }
    }

    #[test]
    fn a_figure_from_a_doubtful_word_on_its_line_is_doubtful() {
        let mut doc = Document::from_text(
            "x.pdf",
            SourceKind::PdfOcr,
            "Tiếp nhận 1.214 hồ sơ, giải quyết 1.180 hồ sơ\nĐang giải quyết 07 hồ sơ",
        );
        doc.pages[0].doubtful = vec!["1.180".into(), "07".into()];
        let n = crate::normalize::normalize(&doc, &Patterns::builtin());
        let stmts = vec![
            fig(Key::ReceivedTotal, 1214, 1),
            fig(Key::ResolvedTotal, 1180, 1),
            fig(Key::InProgress, 7, 2),
            // 07 is doubtful on line 2, not on line 1.
            fig(Key::Withdrawn, 7, 1),
        ];
        let table = TableColumn {
            scope: Scope::Ward,
            key: Key::InProgress,
            rows: vec![(2, 7)],
            total: (1, 7),
        };
        let mut notes = Vec::new();
        let (doubtful, tables) = mark(&n, &stmts, vec![table], &mut notes);
        let keys: Vec<Key> = doubtful.iter().map(|f| f.key).collect();
        assert_eq!(keys, [Key::ResolvedTotal, Key::InProgress]);
        assert!(
            tables.is_empty(),
            "a column with a doubtful cell is not summed"
        );
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes[0].contains("số 1180"), "{notes:?}");
    }
}
