//! The DOCX reader: the bytes of a zip in, a one-page [`Document`] out.
//!
//! Reads `word/document.xml` only (headers, footers, footnotes and comments
//! carry no figures), paragraphs and tables in document order: a paragraph
//! is a line, a table row is a line of `\t`-joined cells, with `gridSpan`
//! repeated as empty cells so columns stay aligned. Decompression is bounded:
//! an entry that unpacks past [`ReadOptions::docx_max_xml_bytes`] is a
//! [`ReadError::ZipBomb`], never an out-of-memory. It does not render
//! automatic list numbering, text boxes or tracked deletions.

use super::{ReadError, ReadOptions};
use crate::model::{Document, SourceKind};
use quick_xml::events::{BytesStart, Event};
use std::io::{Cursor, Read};
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<Document, ReadError> {
    let xml = zip_entry(bytes, "word/document.xml", opts.docx_max_xml_bytes)?;
    let lines = parse(&xml)?;
    Ok(Document::from_lines(path, SourceKind::Docx, lines))
}

/// Unpacks one XML entry of a zip (`word/document.xml`, an OpenDocument's
/// `content.xml`), reading at most `limit` bytes of it.
pub(super) fn zip_entry(bytes: &[u8], name: &str, limit: u64) -> Result<String, ReadError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(ReadError::DocxZip)?;
    let bomb = ReadError::ZipBomb {
        limit_mib: limit >> 20,
    };
    let entry = match zip.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(ReadError::DocxMalformed(format!(
                "it is a zip archive without {name}"
            )));
        }
        Err(e) => return Err(ReadError::DocxZip(e)),
    };
    // The declared size can lie, so it is only a fast path; `take` is the bound.
    if entry.size() > limit {
        return Err(bomb);
    }
    let mut buf = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(ReadError::DocxUnpack)?;
    if buf.len() as u64 > limit {
        return Err(bomb);
    }
    String::from_utf8(buf).map_err(|_| ReadError::DocxMalformed(format!("{name} is not UTF-8")))
}

/// Where text goes while walking the XML.
#[derive(Default)]
struct Walker {
    lines: Vec<String>,
    para: String,
    /// Cells of the current top-level table row.
    row: Vec<String>,
    cell: String,
    /// Columns the current cell spans (`w:gridSpan`).
    span: usize,
    /// Table nesting depth; nested tables flatten into the outer cell.
    tables: usize,
    runs: usize,
    in_text: bool,
    /// Inside `mc:Fallback`, which repeats the `mc:Choice` content.
    skip: usize,
}

impl Walker {
    fn push_text(&mut self, s: &str) {
        // A line break inside <w:t> (or a &#10; reference) is XML white
        // space that Word shows as a space; kept, it would split a line of
        // the document model and shift every later line number (found by
        // the docx_cells fuzz target).
        let out = if self.tables > 0 {
            &mut self.cell
        } else {
            &mut self.para
        };
        out.extend(
            s.chars()
                .map(|c| if matches!(c, '\n' | '\r') { ' ' } else { c }),
        );
    }

    fn end_line(&mut self) {
        let line = self.para.trim().to_string();
        self.lines.push(line);
        self.para.clear();
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        let name = e.local_name().into_inner();
        if self.skip > 0 {
            if !empty && name == "Fallback" {
                self.skip += 1;
            }
            return;
        }
        match name {
            "Fallback" if !empty => self.skip = 1,
            "tbl" if !empty => self.tables += 1,
            "tr" if self.tables == 1 => self.row.clear(),
            "tc" if self.tables == 1 => {
                self.cell.clear();
                self.span = 1;
            }
            "gridSpan" if self.tables == 1 => {
                self.span = attr(e, "val")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, 64);
            }
            "r" if !empty => self.runs += 1,
            "t" if !empty && self.runs > 0 => self.in_text = true,
            // Tab stops inside w:pPr are also called w:tab: only runs count.
            "tab" if self.runs > 0 => self.push_text(if self.tables > 0 { " " } else { "\t" }),
            "br" | "cr" if self.runs > 0 => {
                if self.tables > 0 {
                    self.cell.push(' ');
                } else {
                    self.end_line();
                }
            }
            "noBreakHyphen" if self.runs > 0 => self.push_text("-"),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if self.skip > 0 {
            if name == "Fallback" {
                self.skip -= 1;
            }
            return;
        }
        match name {
            "t" => self.in_text = false,
            "r" => self.runs = self.runs.saturating_sub(1),
            "p" if self.tables > 0 => self.cell.push(' '),
            "p" => self.end_line(),
            "tc" if self.tables > 1 => self.cell.push(' '),
            "tc" => {
                let cell = clean_cell(&self.cell);
                self.row.push(cell);
                for _ in 1..self.span {
                    self.row.push(String::new());
                }
                self.cell.clear();
            }
            "tr" if self.tables == 1 => {
                let line = self.row.join("\t");
                self.lines.push(line);
                self.row.clear();
            }
            "tbl" => self.tables = self.tables.saturating_sub(1),
            _ => {}
        }
    }
}

/// A cell's text on one line: its paragraphs, breaks and tabs become single
/// spaces, so `\t` stays the cell separator.
pub(super) fn clean_cell(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn attr(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().into_inner() == local)
        .map(|a| a.value.into_owned())
}

/// The character of an entity or character reference: quick-xml 0.42
/// delivers `&amp;` and `&#7897;` as events of their own.
pub(super) fn general_ref(r: &quick_xml::events::BytesRef) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        _ => match &**r {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
    }
}

/// Walks document.xml into lines (table rows as `\t`-separated cells).
pub fn parse(xml: &str) -> Result<Vec<String>, ReadError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut w = Walker::default();
    let mut saw_body = false;
    loop {
        let ev = reader.read_event().map_err(ReadError::DocxXml)?;
        match ev {
            Event::Start(e) => {
                saw_body |= e.local_name().into_inner() == "body";
                w.start(&e, false);
            }
            Event::Empty(e) => {
                w.start(&e, true);
                // `<w:p/>` is an empty paragraph: still a line.
                if e.local_name().into_inner() == "p" {
                    w.end("p");
                }
            }
            Event::End(e) => w.end(e.local_name().into_inner()),
            Event::Text(t) if w.in_text && w.skip == 0 => w.push_text(&t.xml10_content()),
            Event::CData(t) if w.in_text && w.skip == 0 => w.push_text(&t.into_inner()),
            // quick-xml 0.42 delivers `&amp;` and `&#7897;` as separate events.
            Event::GeneralRef(r) if w.in_text && w.skip == 0 => {
                if let Some(c) = general_ref(&r) {
                    w.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_body {
        return Err(ReadError::DocxMalformed(
            "document.xml has no document body".into(),
        ));
    }
    // A document ends with an empty paragraph more often than not.
    while w.lines.last().is_some_and(|l| l.is_empty()) {
        w.lines.pop();
    }
    Ok(w.lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}<w:sectPr/></w:body></w:document>"#
        )
    }

    fn p(text: &str) -> String {
        format!(
            r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
        )
    }

    fn tc(text: &str, span: usize) -> String {
        let pr = if span > 1 {
            format!(r#"<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>"#)
        } else {
            String::new()
        };
        format!("<w:tc>{pr}{}</w:tc>", p(text))
    }

    #[test]
    fn paragraphs_and_tables_in_document_order() {
        let xml = doc(&format!(
            "{}{}<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>{}",
            p("Đã tiếp nhận 2.810 hồ sơ"),
            r#"<w:p/>"#,
            tc("STT", 1),
            tc("Lĩnh vực", 1),
            tc("Số", 1),
            tc("1", 1),
            tc("Hộ tịch &amp; chứng thực", 1),
            tc("", 1),
            p("Sau bảng")
        ));
        assert_eq!(
            parse(&xml).unwrap(),
            vec![
                "Đã tiếp nhận 2.810 hồ sơ",
                "",
                "STT\tLĩnh vực\tSố",
                "1\tHộ tịch & chứng thực\t",
                "Sau bảng"
            ]
        );
    }

    #[test]
    fn grid_span_keeps_columns_aligned_and_cells_stay_on_one_line() {
        let cell = r#"<w:tc><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc>"#;
        let xml = doc(&format!(
            "<w:tbl><w:tr>{}{}{cell}</w:tr></w:tbl>",
            tc("Tổng", 2),
            tc("368", 1)
        ));
        assert_eq!(parse(&xml).unwrap(), vec!["Tổng\t\t368\ta b c d"]);
    }

    #[test]
    fn char_refs_fallbacks_and_deleted_text() {
        let xml = doc(concat!(
            r#"<w:p><w:r><w:t>H&#7897;i</w:t></w:r><w:del><w:r><w:delText>xoá</w:delText></w:r></w:del>"#,
            r#"<w:r><mc:AlternateContent><mc:Choice><w:t>A</w:t></mc:Choice><mc:Fallback><w:t>A</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#
        ));
        assert_eq!(parse(&xml).unwrap(), vec!["HộiA"]);
    }

    #[test]
    fn a_line_break_inside_text_is_a_space() {
        let xml = doc("<w:p><w:r><w:t>tiếp\nnhận&#10;120</w:t></w:r></w:p>");
        assert_eq!(parse(&xml).unwrap(), vec!["tiếp nhận 120"]);
    }

    #[test]
    fn not_a_document() {
        assert!(matches!(parse("<x/>"), Err(ReadError::DocxMalformed(_))));
        assert!(matches!(
            parse("<w:document><w:body><w:p></w:document>"),
            Err(ReadError::DocxXml(_))
        ));
    }
}
