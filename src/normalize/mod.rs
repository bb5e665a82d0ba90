//! The `normalize` stage: a [`Document`] in, the matching text out.
//!
//! Takes the reader's pages of lines and returns [`Normalized`]: the
//! document's lines (NFC) and its blocks, each either a paragraph (lines
//! that a PDF extractor or a typist hard-wrapped, joined again) or a table
//! (tab-separated rows, as the DOCX and PDF readers and text reports give
//! them, or space-aligned columns). Every paragraph and cell carries its
//! folded skeleton ([`fold`]) with a map back to (line, byte), and its number
//! tokens ([`numbers`]). Where the text lost its diacritics (OCR, stripped
//! scans) the confusion map of `patterns/confusions.toml` is applied to the
//! skeleton, never to the original.
//!
//! It does not look for figures, scopes or units: that is `extract`.

mod flat;
pub mod numbers;

use crate::model::Document;
use crate::patterns::Patterns;
// The text helpers the stages share live in the leaf module `text`.
pub use crate::text::{Folded, Pos, fold, head, tail};
pub use numbers::{Num, NumKind};
use regex::Regex;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Below this share of marked letters, the text is taken as stripped.
const STRIPPED_RATIO: f64 = 0.08;

#[derive(Debug, Clone)]
pub struct Normalized {
    /// Every line of the document (NFC), pages concatenated.
    pub lines: Vec<String>,
    /// 1-based page of each line.
    pub line_page: Vec<u32>,
    pub blocks: Vec<Block>,
    /// True when the confusion map was applied (OCR or stripped text).
    pub stripped: bool,
    /// The document has pages (a figure's provenance names its page).
    pub paged: bool,
    /// Per page, the words OCR read with low confidence
    /// ([`crate::model::Page::doubtful`]).
    pub doubtful: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
pub enum Block {
    Para(Para),
    Table(Table),
}

/// How a paragraph opens: it decides headings and bullet-local scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    None,
    /// "-", "+", "•"
    Bullet,
    /// "1.", "4.2.", "a)", "II."
    Numbered,
    /// "*" (markdown or the typist's star)
    Star,
}

#[derive(Debug, Clone)]
pub struct Para {
    pub folded: Folded,
    pub nums: Vec<Num>,
    pub marker: Marker,
    /// Lines (0-based) the paragraph spans.
    pub first_line: usize,
    pub last_line: usize,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub rows: Vec<Row>,
    /// Its page was OCR'd: a blank cell may be one OCR did not read.
    pub ocr: bool,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub folded: Folded,
    /// The cell as written (NFC, trimmed).
    pub text: String,
    pub nums: Vec<Num>,
    /// Bytes at the end of the folded text that only name what the cell's
    /// one number counts ("8.015 hồ sơ", "12 lượt"): the cell is that
    /// number, its unit aside.
    pub unit: usize,
}

impl Cell {
    fn new(folded: Folded, text: String, patterns: &Patterns) -> Cell {
        let nums = numbers::scan_with(&folded.text, patterns);
        let unit = match nums.as_slice() {
            [n] if n.start == 0 && matches!(n.kind, NumKind::Count(_)) => {
                let rest = folded.text[n.end..].trim();
                if !rest.is_empty() && patterns.tables().unit_word.is_match(rest) {
                    folded.text.len() - n.end
                } else {
                    0
                }
            }
            _ => 0,
        };
        Cell {
            folded,
            text,
            nums,
            unit,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.folded.text.is_empty()
    }
    /// How many letters the cell holds (its words, not its numbers).
    pub fn letters(&self) -> usize {
        self.folded.text[..self.folded.text.len() - self.unit]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
    }
    /// The cell's single figure, when the cell is just a number.
    pub fn number(&self) -> Option<i64> {
        match self.nums.as_slice() {
            [n] if n.start == 0 && n.end + self.unit == self.folded.text.len() => match n.kind {
                NumKind::Count(v) => Some(v),
                _ => None,
            },
            _ => None,
        }
    }
}

static SPACED_CELLS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s{3,}").expect("cells"));

/// Mends the words of an OCR'd table's header rows (those above its first
/// row with two numbers) to the header vocabulary's spelling, and rescans
/// their numbers. Body rows are left alone: their names are the field
/// catalogue's business, and "cong" in "Người có công" is no "tong".
fn mend_header(rows: &mut [Row], patterns: &Patterns) {
    let cues = patterns.tables();
    for r in rows.iter_mut() {
        if r.cells.iter().filter(|c| !c.nums.is_empty()).count() >= 2 {
            break;
        }
        for c in &mut r.cells {
            c.folded.mend_words(|w| cues.mend_header(w));
        }
    }
}

/// Normalizes a document for matching.
pub fn normalize(doc: &Document, patterns: &Patterns) -> Normalized {
    let mut lines = Vec::new();
    let mut line_page = Vec::new();
    let mut line_ocr = Vec::new();
    for (p, page) in doc.pages.iter().enumerate() {
        for l in &page.lines {
            lines.push(l.nfc().collect::<String>());
            line_page.push(p as u32 + 1);
            line_ocr.push(page.ocr);
        }
    }
    let ocr_rows = |rows: &[Row]| rows.first().is_some_and(|r| line_ocr[r.line]);
    let stripped = doc.ocr()
        || crate::text::diacritic_ratio(lines.iter().map(String::as_str)) < STRIPPED_RATIO;
    let confusions = if stripped { patterns.confusions() } else { &[] };
    let finish = |mut f: Folded| {
        f.trim_end();
        for (re, to) in confusions {
            f.replace_all(re, to);
        }
        f
    };
    let spaced = spaced_tables(&lines);
    let flat = flat::tables(&lines, patterns);
    let table_cells = |i: usize| -> Option<Vec<(usize, &str)>> {
        tab_cells(&lines[i]).or_else(|| {
            spaced[i]
                .as_ref()
                .or(flat[i].as_ref())
                .map(|cells| cells.iter().map(|&(a, b)| (a, &lines[i][a..b])).collect())
        })
    };
    let mut blocks = Vec::new();
    let mut para: Option<(Folded, Marker, usize, usize)> = None;
    let mut table: Vec<Row> = Vec::new();
    let flush_para = |para: &mut Option<(Folded, Marker, usize, usize)>,
                      blocks: &mut Vec<Block>| {
        if let Some((f, marker, first, last)) = para.take() {
            let folded = finish(f);
            if !folded.text.is_empty() {
                let mut nums = numbers::scan_with(&folded.text, patterns);
                // The number that numbers the paragraph counts nothing.
                if marker == Marker::Numbered
                    && let Some(n) = nums.first_mut()
                    && n.start == 0
                {
                    n.kind = NumKind::Not(numbers::NotFigure::Numbering);
                }
                blocks.push(Block::Para(Para {
                    folded,
                    nums,
                    marker,
                    first_line: first,
                    last_line: last,
                }));
            }
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let cells = table_cells(i).or_else(|| {
            // A wrapped name between two rows of a table (a cell's second
            // line that lost its column): a row of one cell.
            let t = line.trim();
            let wrapped = !table.is_empty()
                && maybe_wrapped(line)
                && (i + 1..lines.len())
                    .find(|&k| !lines[k].trim().is_empty() && !maybe_wrapped(&lines[k]))
                    .is_some_and(|k| table_cells(k).is_some());
            wrapped.then(|| vec![(line.len() - line.trim_start().len(), t)])
        });
        if let Some(cells) = cells {
            flush_para(&mut para, &mut blocks);
            let cells = cells
                .into_iter()
                .map(|(col, t)| {
                    // OCR draws table rules as "|", "[", "]".
                    let rule = |c: char| "|[]{}`^~'\"‘’".contains(c) || c.is_whitespace();
                    let col = col + (t.len() - t.trim_start_matches(rule).len());
                    let t = t.trim_matches(rule);
                    let mut f = Folded::default();
                    f.push_line(i, t);
                    // cell columns are relative to the cell; shift to the line
                    for p in &mut f.map {
                        p.col += col as u32;
                    }
                    let folded = finish(f);
                    let folded = trim_start(folded);
                    Cell::new(folded, t.trim().to_string(), patterns)
                })
                .collect();
            table.push(Row { line: i, cells });
            continue;
        }
        let blank = line.trim().is_empty();
        if !table.is_empty() {
            // A blank line inside a table keeps it open when rows follow.
            let next_is_row = blank
                && i + 1 < lines.len()
                && (table_cells(i + 1).is_some() || maybe_wrapped(&lines[i + 1]));
            if next_is_row {
                continue;
            }
            let mut rows = std::mem::take(&mut table);
            if stripped {
                mend_header(&mut rows, patterns);
            }
            let ocr = ocr_rows(&rows);
            blocks.push(Block::Table(Table { rows, ocr }));
        }
        if blank {
            continue;
        }
        let marker = marker_of(line);
        let join = match &para {
            Some((f, _, _, last)) => marker == Marker::None && continues(f, &lines[*last], line),
            None => false,
        };
        if !join {
            flush_para(&mut para, &mut blocks);
            para = Some((Folded::default(), marker, i, i));
        }
        if let Some((f, _, _, last)) = para.as_mut() {
            f.push_line(i, line);
            *last = i;
        }
    }
    flush_para(&mut para, &mut blocks);
    if !table.is_empty() {
        if stripped {
            mend_header(&mut table, patterns);
        }
        let ocr = ocr_rows(&table);
        blocks.push(Block::Table(Table { rows: table, ocr }));
    }
    Normalized {
        lines,
        line_page,
        blocks,
        stripped,
        paged: doc.paged(),
        doubtful: doc.pages.iter().map(|p| p.doubtful.clone()).collect(),
    }
}

/// A short lower-case line without digits: maybe a table cell's second
/// line that lost its column.
fn maybe_wrapped(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 60
        && t.starts_with(|c: char| c.is_lowercase())
        && !t.contains(|c: char| c.is_ascii_digit())
}

fn trim_start(mut f: Folded) -> Folded {
    let n = f.text.len() - f.text.trim_start().len();
    if n > 0 {
        f.text.drain(..n);
        f.map.drain(..n);
    }
    f
}

/// The cells of a tab-separated row with their byte offsets.
fn tab_cells(line: &str) -> Option<Vec<(usize, &str)>> {
    if !line.contains('\t') {
        return None;
    }
    let mut out = Vec::new();
    let mut at = 0;
    for part in line.split('\t') {
        out.push((at, part));
        at += part.len() + 1;
    }
    Some(out)
}

/// Space-aligned tables (`pdftotext -layout`, typed reports): runs of lines
/// with wide gaps, at least one holding a number, cut into cells by the
/// column boundaries the whole run shows (`read::layout`). Per line, the
/// byte spans of its cells, empty cells included as empty spans.
fn spaced_tables(lines: &[String]) -> Vec<Option<Vec<(usize, usize)>>> {
    let mut out = vec![None; lines.len()];
    let gappy = |l: &str| SPACED_CELLS.is_match(l.trim());
    let mut i = 0;
    while i < lines.len() {
        if lines[i].contains('\t') || !gappy(&lines[i]) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end + 1 < lines.len()
            && !lines[end + 1].trim().is_empty()
            && !lines[end + 1].contains('\t')
            && (gappy(&lines[end + 1]) || lines[end + 1].starts_with("  "))
        {
            end += 1;
        }
        let run = &lines[i..=end];
        let numeric = run.iter().any(|l| {
            l.split_whitespace().any(|w| {
                w.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            })
        });
        if end > i && numeric {
            let (rows, _) = crate::read::layout::to_lines(&run.join("\n"));
            if rows.len() == run.len() {
                for (k, (line, row)) in run.iter().zip(&rows).enumerate() {
                    if row.contains('\t') {
                        out[i + k] = locate_cells(line, row);
                    }
                }
            }
        }
        i = end + 1;
    }
    out
}

/// Finds the cells of `row` (tab-joined, words single-spaced) in `line`.
fn locate_cells(line: &str, row: &str) -> Option<Vec<(usize, usize)>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for cell in row.split('\t') {
        let words: Vec<&str> = cell.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            spans.push((at, at));
            continue;
        }
        let start = at + line[at..].find(words[0])?;
        let mut end = start;
        for w in &words {
            end = end + line[end..].find(w)? + w.len();
        }
        spans.push((start, end));
        at = end;
    }
    Some(spans)
}

fn marker_of(line: &str) -> Marker {
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        // Section numbers have parts of one or two digits ("4.2.", "1.12");
        // "1.756 hồ sơ" opening a wrapped line is a count, not a heading.
        Regex::new(r"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})+\.?|[0-9]{1,2}[.)]|[a-zđA-ZĐ][.)]|[IVXLivxl]+[.)])\s")
            .expect("numbered")
    });
    // A table row flattened to a line ("5 Hồ sơ thanh toán trực tuyến Hồ
    // sơ 2.417", "1.2 Hồ sơ tiếp nhận mới …"): its number before a
    // capitalised word is the row's, as "5." would be ("11 DVCTT gồm …"
    // opening a wrapped line is the sentence's).
    static ROW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\s+\p{Lu}\p{Ll}").expect("row")
    });
    let t = line.trim_start();
    if t.starts_with('*') || t.starts_with('#') {
        Marker::Star
    } else if t.starts_with(['-', '+', '•', '–', '·'])
        // "-tiếp nhận 12 hồ sơ" opening a scanned line: a speck glued to
        // the sentence's next word, not a bullet (which is spaced, or
        // opens its item with a capital or a digit).
        && !t
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_lowercase())
    {
        Marker::Bullet
    } else if NUMBERED.is_match(line) || ROW.is_match(line) {
        Marker::Numbered
    } else {
        Marker::None
    }
}

/// Whether `line` continues the paragraph whose last line is `prev`: it
/// opens in lower case, with a digit or a bracket, or the previous line was
/// cut mid-sentence (long, no closing punctuation).
fn continues(para: &Folded, prev: &str, line: &str) -> bool {
    let t = line.trim_start();
    let first = t.chars().next().unwrap_or(' ');
    let prev_t = prev.trim_end();
    let closed = prev_t.ends_with(['.', ':', ';', '!', '?']);
    if first.is_ascii_digit() && !prev_t.ends_with(['.', ';']) {
        return true;
    }
    if first.is_lowercase() || first.is_ascii_digit() || matches!(first, '(' | ')' | '%' | ',') {
        return !closed || first.is_lowercase() && !prev_t.ends_with(':');
    }
    !closed && prev_t.chars().count() >= 50 && para.text.len() < 2000
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_thousands_number_opening_a_line_is_no_section_number() {
        assert_eq!(marker_of("1.756 hồ sơ giải quyết trước hạn"), Marker::None);
        assert_eq!(marker_of("4.2. Hồ sơ đã giải quyết"), Marker::Numbered);
        assert_eq!(marker_of("12) Lĩnh vực đất đai"), Marker::Numbered);
        assert_eq!(
            marker_of("5 Hồ sơ thanh toán trực tuyến Hồ sơ 2.417"),
            Marker::Numbered
        );
        assert_eq!(
            marker_of("1.2 Hồ sơ tiếp nhận mới Hồ sơ 9.340"),
            Marker::Numbered
        );
        assert_eq!(marker_of("12 hồ sơ quá hạn do thiếu giấy tờ"), Marker::None);
        // An acronym opening a wrapped line is the sentence's own word.
        assert_eq!(marker_of("11 DVCTT gồm 861 hồ sơ"), Marker::None);
        assert_eq!(marker_of("- Tiếp nhận 12 hồ sơ"), Marker::Bullet);
        assert_eq!(marker_of("-Tiếp nhận 12 hồ sơ"), Marker::Bullet);
        assert_eq!(
            marker_of("-tiếp nhận 12 hồ sơ, đã giải quyết"),
            Marker::None
        );
    }
    use super::*;
    use crate::model::SourceKind;

    fn norm(text: &str) -> Normalized {
        normalize(
            &Document::from_text("t.txt", SourceKind::Text, text),
            &Patterns::builtin(),
        )
    }

    fn paras(n: &Normalized) -> Vec<String> {
        n.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para(p) => Some(p.folded.text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn hard_wrapped_lines_join_and_lines_stay_true() {
        let n = norm(
            "- Hồ sơ đã giải quyết 2.788 trong đó hồ sơ giải quyết trước hạn 2.746 đạt tỷ\n\nlệ 98,49%; giải quyết trễ hạn 05 hồ sơ\n- Lưu kho 2.705 hồ sơ.",
        );
        let p = paras(&n);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].contains("dat ty le 98,49%"));
        let Block::Para(first) = &n.blocks[0] else {
            panic!()
        };
        let i = first.folded.text.find("05").unwrap();
        assert_eq!(first.folded.map[i].line, 2);
    }

    #[test]
    fn tab_rows_make_a_table() {
        let n = norm(
            "Bảng:\nTT\tLĩnh vực\tTiếp nhận\n1\tHộ tịch\t977\n\n\ttác xã\t\n\tTổng số\t977\nHết.",
        );
        assert!(matches!(n.blocks[1], Block::Table(ref t) if t.rows.len() == 4));
        let Block::Table(t) = &n.blocks[1] else {
            panic!()
        };
        assert_eq!(t.rows[1].cells[2].number(), Some(977));
        assert_eq!(
            t.rows[1].cells[2].folded.map[0].col as usize,
            "1\tHộ tịch\t".len()
        );
    }

    #[test]
    fn space_aligned_rows_make_a_table() {
        let n = norm(
            "STT   Lĩnh vực      Tiếp nhận   Đã giải quyết\n1     Hộ tịch             977             964\n2     Chứng thực        2.795           2.795",
        );
        let Block::Table(t) = &n.blocks[0] else {
            panic!("{:?}", n.blocks)
        };
        let last = t.rows[2]
            .cells
            .iter()
            .skip(1)
            .filter_map(|c| c.number())
            .collect::<Vec<_>>();
        assert_eq!(last, vec![2795, 2795]);
    }

    #[test]
    fn stripped_text_gets_the_confusion_map() {
        let n = norm("Tong sos ho so: 1145 hd so.\nS6 ho so da giai quyet: 1080 hd so.");
        assert!(n.stripped);
        assert!(paras(&n)[0].contains("1145 ho so"), "{:?}", paras(&n));
    }
}
