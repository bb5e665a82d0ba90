//! A text-layer page from its geometry: `pdftotext -bbox` output and each
//! page's [`Ruling`]s in, each page's lines out, ruled tables as rows of
//! `\t`-separated cells like the DOCX reader's.
//!
//! Ruled tables come from [`lattice`]; the words outside them are laid on a
//! character grid in bands between the tables ([`ocr::words_to_layout`],
//! the same grid as OCR words) and their unruled, space-aligned tables are
//! cut into cells by [`layout`]. A table that goes on at the top of the next
//! page with the same columns and repeats its header rows loses the
//! repeats, as in the DOCX where the header is written once. It does not
//! convert legacy encodings or decide on OCR (that is [`super::pdf`]).

use super::lattice::{self, Grid, WordBox};
use super::layout;
use super::rulings::Ruling;
use crate::ocr;

/// One page of `pdftotext -bbox`: its size in points and its words.
#[derive(Debug, Clone, Default)]
pub(crate) struct PageWords {
    pub height: f64,
    pub words: Vec<WordBox>,
}

impl PageWords {
    /// The page's words in reading order, space-joined: the probe for an
    /// unusable or legacy-encoded text layer.
    pub fn text(&self) -> String {
        let mut s = String::new();
        for w in &self.words {
            s.push_str(&w.text);
            s.push(' ');
        }
        s
    }
}

/// A page laid out: its lines, and the ruled tables it starts and ends with
/// (for continuation across pages).
#[derive(Debug, Clone, Default)]
pub(crate) struct PageLines {
    pub lines: Vec<String>,
    /// Column count and header rows of the table the page ends with, when
    /// no text follows it on the page.
    tail_table: Option<(usize, Vec<String>)>,
    /// Index in `lines` and column count of the table the page starts with,
    /// when no text precedes it.
    head_table: Option<(usize, usize)>,
}

/// The value of attribute `name` in a tag's attribute text
/// (`name="value"` pairs, as pdftotext writes them).
fn attr(attrs: &str, name: &str) -> Option<f64> {
    pairs(attrs).find(|(k, _)| *k == name)?.1.parse().ok()
}

/// A tag's `name="value"` pairs, in order, in one pass.
fn pairs(attrs: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut parts = attrs.split('"');
    std::iter::from_fn(move || {
        let key = parts.next()?.trim().strip_suffix('=')?;
        Some((key, parts.next()?))
    })
}

/// A word's box: its `xMin`, `yMin`, `xMax` and `yMax`.
fn word_box(attrs: &str) -> Option<[f64; 4]> {
    let mut b = [None; 4];
    for (k, v) in pairs(attrs) {
        let slot = match k {
            "xMin" => 0,
            "yMin" => 1,
            "xMax" => 2,
            "yMax" => 3,
            _ => continue,
        };
        if b[slot].is_none() {
            b[slot] = Some(v.parse().ok()?);
        }
    }
    Some([b[0]?, b[1]?, b[2]?, b[3]?])
}

/// Parses pdftotext's bbox XHTML: one [`PageWords`] per `<page>`. Called on
/// every word of every page: no allocation but the word's text.
pub(crate) fn bbox_pages(html: &str) -> Vec<PageWords> {
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let head = chunk.split('>').next().unwrap_or("");
        let mut page = PageWords {
            height: attr(head, "height").unwrap_or(842.0),
            words: Vec::new(),
        };
        for w in chunk.split("<word ").skip(1) {
            let Some((attrs, rest)) = w.split_once('>') else {
                continue;
            };
            // The text is escaped: its end is the next '<'.
            let Some(text) = rest
                .find('<')
                .filter(|&e| rest[e..].starts_with("</word>"))
                .map(|e| &rest[..e])
            else {
                continue;
            };
            let Some([x0, y0, x1, y1]) = word_box(attrs) else {
                continue;
            };
            if text.trim().is_empty() {
                continue;
            }
            let text = if text.contains('&') {
                unescape_html(text)
            } else {
                text.to_string()
            };
            page.words.push(WordBox {
                x0,
                y0,
                x1,
                y1,
                text,
            });
        }
        pages.push(page);
    }
    pages
}

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Words (points) as grid words (300 dpi pixels, like a rendered page), so
/// that [`ocr::words_to_layout`] places them as it places OCR words.
fn grid_words(words: &[&WordBox]) -> Vec<ocr::Word> {
    const SCALE: f64 = 300.0 / 72.0;
    words
        .iter()
        .enumerate()
        .map(|(i, w)| ocr::Word {
            block: 0,
            par: 0,
            // Unique: a text layer has no skew to estimate.
            line: i as u32,
            left: (w.x0 * SCALE).round() as i32,
            top: (w.y0 * SCALE).round() as i32,
            width: ((w.x1 - w.x0) * SCALE).round().max(1.0) as i32,
            height: ((w.y1 - w.y0) * SCALE).round().max(1.0) as i32,
            conf: 100.0,
            text: w.text.clone(),
        })
        .collect()
}

/// Which reader the words come from: their text bands are laid out by the
/// column rule measured on it ([`layout::to_lines`] or
/// [`layout::to_lines_ocr`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layer {
    Text,
    Ocr,
}

/// An OCR'd page's lines: its words and rules (pixels) taken to points,
/// then laid out as a text-layer page is, so that a ruled table on a scan
/// is read from its grid.
pub(crate) fn ocr_page_lines(page: &ocr::OcrPage) -> Vec<String> {
    let pt = 72.0 / page.ppi.max(1) as f64;
    let words: Vec<WordBox> = page
        .words
        .iter()
        // A rule Tesseract still read as a character is a cell border.
        .filter(|w| !w.text.chars().all(|c| c == '|'))
        .map(|w| WordBox {
            x0: w.left as f64 * pt,
            y0: w.top as f64 * pt,
            x1: (w.left + w.width) as f64 * pt,
            y1: (w.top + w.height) as f64 * pt,
            text: w.text.clone(),
        })
        .collect();
    let rulings: Vec<Ruling> = page
        .rules
        .iter()
        .map(|r| Ruling {
            horizontal: r.horizontal,
            pos: r.pos * pt,
            from: r.from * pt,
            to: r.to * pt,
        })
        .collect();
    let page = PageWords { height: 0.0, words };
    page_lines(&page, &rulings, Layer::Ocr).lines
}

/// Lays one page out: text bands and ruled tables in their vertical order.
pub(crate) fn page_lines(page: &PageWords, rulings: &[Ruling], layer: Layer) -> PageLines {
    let tables = lattice::tables(rulings, &page.words);
    // Band k holds the words above table k (and below table k-1).
    let mut bands: Vec<Vec<&WordBox>> = vec![Vec::new(); tables.len() + 1];
    for w in &page.words {
        if tables.iter().any(|t| t.contains(w)) {
            continue;
        }
        let cy = (w.y0 + w.y1) / 2.0;
        let k = tables.iter().take_while(|t| t.top < cy).count();
        bands[k].push(w);
    }
    let mut out = PageLines::default();
    for (k, band) in bands.iter().enumerate() {
        if !band.is_empty() {
            let lines = match layer {
                Layer::Text => {
                    layout::to_lines(&ocr::words_to_layout(&grid_words(band)).join("\n"))
                }
                Layer::Ocr => layout::to_lines_ocr(&ocr::ocr_layout(&grid_words(band)).join("\n")),
            };
            out.lines.extend(lines.0);
            out.lines.push(String::new());
        }
        if let Some(t) = tables.get(k) {
            if out.lines.iter().all(|l| l.trim().is_empty()) {
                out.head_table = Some((out.lines.len(), columns(t)));
            }
            out.lines.extend(t.rows.iter().map(|r| r.join("\t")));
            out.lines.push(String::new());
        }
    }
    if let (Some(t), true) = (tables.last(), bands[tables.len()].is_empty()) {
        out.tail_table = Some((columns(t), header_rows(t)));
    }
    out
}

fn columns(t: &Grid) -> usize {
    t.rows.first().map_or(0, Vec::len)
}

/// The rows above the first row that holds a digit: the header.
fn header_rows(t: &Grid) -> Vec<String> {
    t.rows
        .iter()
        .take_while(|r| !r.iter().any(|c| c.chars().any(|ch| ch.is_ascii_digit())))
        .map(|r| r.join("\t"))
        .collect()
}

/// Drops, from a table that continues the previous page's last table (same
/// column count, nothing between them but the page break), the header rows
/// that repeat that table's header.
pub(crate) fn join_continued(pages: &mut [PageLines]) {
    for p in 1..pages.len() {
        let (Some((cols, header)), Some((at, head_cols))) =
            (pages[p - 1].tail_table.clone(), pages[p].head_table)
        else {
            continue;
        };
        if cols != head_cols || header.is_empty() {
            continue;
        }
        let lines = &mut pages[p].lines;
        let repeats = header
            .iter()
            .zip(&lines[at..])
            .take_while(|(h, l)| h == l)
            .count();
        if repeats == header.len() {
            lines.drain(at..at + repeats);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bbox_words_and_page_height_are_parsed() {
        let html = r#"<doc><page width="595.0" height="842.0">
<word xMin="10.0" yMin="20.0" xMax="40.0" yMax="30.0">H&amp;T</word>
<word xMin="50.0" yMin="20.0" xMax="60.0" yMax="30.0"> </word>
</page><page width="595.0" height="600.0"></page></doc>"#;
        let pages = bbox_pages(html);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].words.len(), 1);
        assert_eq!(pages[0].words[0].text, "H&T");
        assert_eq!(pages[1].height, 600.0);
    }

    #[test]
    fn repeated_header_on_the_next_page_is_dropped() {
        let mk = |lines: &[&str], tail: Option<(usize, Vec<String>)>, head| PageLines {
            lines: lines.iter().map(|s| s.to_string()).collect(),
            tail_table: tail,
            head_table: head,
        };
        let header = vec!["STT\tĐơn vị\tSố".to_string()];
        let mut pages = vec![
            mk(
                &["Bảng:", "STT\tĐơn vị\tSố", "1\tA\t5"],
                Some((3, header.clone())),
                None,
            ),
            mk(
                &["STT\tĐơn vị\tSố", "2\tB\t7", "", "Hết."],
                None,
                Some((0, 3)),
            ),
        ];
        join_continued(&mut pages);
        assert_eq!(pages[1].lines, vec!["2\tB\t7", "", "Hết."]);
        // A different table (other column count) keeps its header.
        let mut other = vec![
            mk(&["x"], Some((3, header.clone())), None),
            mk(&["STT\tĐơn vị\tSố\tGhi chú"], None, Some((0, 4))),
        ];
        join_continued(&mut other);
        assert_eq!(other[1].lines.len(), 1);
    }
}
