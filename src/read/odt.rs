//! The OpenDocument text reader: the bytes of an `.odt` (a zip) in, a
//! one-page [`Document`] out, lines as the DOCX reader gives them.
//!
//! Reads `content.xml` only (styles, meta and the header and footer in
//! `styles.xml` carry no figures), `office:text` in document order: a
//! paragraph or heading is a line, a table row one line of `\t`-joined
//! cells. A merged cell's text is in its first column and each column it
//! covers is an empty cell (ODF writes a `covered-table-cell` for each, so
//! the columns stay those of the table's grid, as DOCX's `gridSpan`);
//! `number-columns-repeated` repeats a cell. Decompression is bounded like
//! the DOCX reader's. It does not render automatic list numbering (nor
//! does the DOCX reader), and skips footnotes, annotations, tracked
//! deletions and text in frames (a text box, a drawing).

use super::docx::{attr, clean_cell, general_ref, zip_entry};
use super::{ReadError, ReadOptions};
use crate::model::{Document, SourceKind};
use quick_xml::events::{BytesStart, Event};
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<Document, ReadError> {
    let xml = zip_entry(bytes, "content.xml", opts.docx_max_xml_bytes)?;
    let lines = parse(&xml)?;
    Ok(Document::from_lines(path, SourceKind::Odt, lines))
}

/// The most cells or rows one repeat attribute stands for: a table of a
/// report is never wider, and a hostile file cannot blow up the lines.
const MAX_REPEAT: usize = 64;

#[derive(Default)]
struct Walker {
    lines: Vec<String>,
    para: String,
    row: Vec<String>,
    cell: String,
    /// `number-columns-repeated` of the current cell.
    repeat: usize,
    /// `number-rows-repeated` of the current row.
    row_repeat: usize,
    /// Table nesting depth; nested tables flatten into the outer cell.
    tables: usize,
    /// Paragraph nesting (a paragraph inside a note or frame of another).
    paras: usize,
    /// Inside an element whose text is not the document's (a note, an
    /// annotation, a frame, tracked changes, a list's rendered number).
    skip: usize,
    in_body: bool,
}

/// Elements whose text is not read, by local name.
const SKIPPED: &[&str] = &[
    "note",
    "annotation",
    "tracked-changes",
    "frame",
    "number",
    "sequence-decls",
];

impl Walker {
    fn out(&mut self) -> &mut String {
        if self.tables > 0 {
            &mut self.cell
        } else {
            &mut self.para
        }
    }

    /// Text of a paragraph: XML white space collapses to one space (ODF's
    /// rule; `text:s` and `text:tab` are the spaces that count).
    fn push_text(&mut self, s: &str) {
        let out = self.out();
        for c in s.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(c);
            }
        }
    }

    fn end_line(&mut self) {
        let line = self.para.trim().to_string();
        self.lines.push(line);
        self.para.clear();
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        let name = e.local_name().into_inner();
        if self.skip > 0 {
            if !empty && SKIPPED.contains(&name) {
                self.skip += 1;
            }
            return;
        }
        if name == "text" && !empty {
            self.in_body = true;
            return;
        }
        if !self.in_body {
            return;
        }
        match name {
            n if SKIPPED.contains(&n) && !empty => self.skip = 1,
            n if SKIPPED.contains(&n) => {}
            "table" if !empty => self.tables += 1,
            "table-row" if self.tables == 1 => {
                self.row.clear();
                self.row_repeat = repeat(e, "number-rows-repeated");
            }
            "table-cell" | "covered-table-cell" if self.tables == 1 => {
                self.cell.clear();
                self.repeat = repeat(e, "number-columns-repeated");
                if empty {
                    self.end_cell();
                }
            }
            "p" | "h" if !empty => self.paras += 1,
            "s" if self.paras > 0 => {
                let n = attr(e, "c").and_then(|v| v.parse().ok()).unwrap_or(1usize);
                let out = self.out();
                out.extend(std::iter::repeat_n(' ', n.clamp(1, 64)));
            }
            "tab" if self.paras > 0 => {
                let tab = if self.tables > 0 { ' ' } else { '\t' };
                self.out().push(tab);
            }
            "line-break" if self.paras > 0 => {
                if self.tables > 0 {
                    self.cell.push(' ');
                } else {
                    self.end_line();
                }
            }
            // `<text:p/>` is an empty paragraph: still a line.
            "p" | "h" if empty => {
                if self.tables > 0 {
                    self.cell.push(' ');
                } else {
                    self.end_line();
                }
            }
            _ => {}
        }
    }

    fn end_cell(&mut self) {
        let cell = clean_cell(&self.cell);
        for _ in 0..self.repeat {
            self.row.push(cell.clone());
        }
        self.cell.clear();
    }

    fn end(&mut self, name: &str) {
        if self.skip > 0 {
            if SKIPPED.contains(&name) {
                self.skip -= 1;
            }
            return;
        }
        if !self.in_body {
            return;
        }
        match name {
            "text" if self.tables == 0 && self.paras == 0 => self.in_body = false,
            "p" | "h" => {
                self.paras = self.paras.saturating_sub(1);
                if self.tables > 0 {
                    self.cell.push(' ');
                } else if self.paras == 0 {
                    self.end_line();
                }
            }
            "table-cell" | "covered-table-cell" if self.tables > 1 => self.cell.push(' '),
            "table-cell" | "covered-table-cell" => self.end_cell(),
            "table-row" if self.tables == 1 => {
                let line = self.row.join("\t");
                // A run of empty rows repeated is kept as one: a table
                // padded to a page is not that many lines of the report.
                let n = if line.trim().is_empty() {
                    1
                } else {
                    self.row_repeat
                };
                for _ in 0..n {
                    self.lines.push(line.clone());
                }
                self.row.clear();
            }
            "table" => self.tables = self.tables.saturating_sub(1),
            _ => {}
        }
    }
}

fn repeat(e: &BytesStart, name: &str) -> usize {
    attr(e, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(1usize)
        .clamp(1, MAX_REPEAT)
}

/// Walks content.xml into lines (table rows as `\t`-separated cells).
pub fn parse(xml: &str) -> Result<Vec<String>, ReadError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut w = Walker::default();
    let mut saw_body = false;
    loop {
        let ev = reader.read_event().map_err(ReadError::DocxXml)?;
        let reading = w.in_body && w.skip == 0 && w.paras > 0;
        match ev {
            Event::Start(e) => {
                saw_body |= e.local_name().into_inner() == "text";
                w.start(&e, false);
            }
            Event::Empty(e) => w.start(&e, true),
            Event::End(e) => w.end(e.local_name().into_inner()),
            Event::Text(t) if reading => w.push_text(&t.xml10_content()),
            Event::CData(t) if reading => w.push_text(&t.into_inner()),
            Event::GeneralRef(r) if reading => {
                if let Some(c) = general_ref(&r) {
                    w.out().push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_body {
        return Err(ReadError::DocxMalformed(
            "content.xml has no office:text body".into(),
        ));
    }
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
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:automatic-styles><text:p>not the body</text:p></office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>{body}</office:text></office:body></office:document-content>"#
        )
    }

    #[test]
    fn paragraphs_spaces_and_tables_in_document_order() {
        let xml = doc(concat!(
            r#"<text:h>BÁO CÁO</text:h><text:p>Đã<text:s text:c="2"/>tiếp <text:span>nhận</text:span> 2.810<text:tab/>hồ sơ</text:p><text:p/>"#,
            r#"<table:table><table:table-column table:number-columns-repeated="3"/><table:table-header-rows><table:table-row>"#,
            r#"<table:table-cell table:number-columns-spanned="2"><text:p>Tổng</text:p></table:table-cell><table:covered-table-cell/>"#,
            r#"<table:table-cell><text:p>368</text:p><text:p>hồ sơ</text:p></table:table-cell></table:table-row></table:table-header-rows>"#,
            r#"<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>H&#7897;i &amp; x</text:p></table:table-cell></table:table-row></table:table>"#,
            r#"<text:p>Sau<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>chú thích</text:p></text:note-body></text:note> bảng<text:line-break/>dòng 2</text:p><text:p/>"#
        ));
        assert_eq!(
            parse(&xml).unwrap(),
            vec![
                "BÁO CÁO",
                "Đã  tiếp nhận 2.810\thồ sơ",
                "",
                "Tổng\t\t368 hồ sơ",
                "\t\tHội & x",
                "Sau bảng",
                "dòng 2"
            ]
        );
    }

    #[test]
    fn not_a_text_document() {
        assert!(matches!(
            parse("<office:document-content/>"),
            Err(ReadError::DocxMalformed(_))
        ));
        assert!(matches!(
            parse("<office:body><office:text><text:p></office:body>"),
            Err(ReadError::DocxXml(_))
        ));
    }
}
