//! The Word 97-2003 reader: the bytes of a `.doc` (an OLE compound file,
//! opened with the `cfb` crate) in, a one-page [`Document`] out, lines as
//! the DOCX reader gives them.
//!
//! Follows [MS-DOC]: the File Information Block at the head of the
//! `WordDocument` stream names the table stream (`0Table` or `1Table`) and
//! where in it the piece table (the CLX) and the paragraph properties
//! (PlcBtePapx) are. The main text is the first `ccpText` characters, in
//! pieces each either 8-bit (cp1252) or UTF-16. A paragraph ends at 0x0D;
//! in a table a cell ends at 0x07, and the row at the 0x07 whose paragraph
//! is the table terminating paragraph (TTP, `sprmPFTtp`); that paragraph's
//! `sprmTDefTable` gives the cells' edges, from which each table's grid is
//! made so that a merged cell is followed by empty cells for the columns it
//! covers, as DOCX's `gridSpan`. Field codes are dropped and field results
//! kept; a nested table flattens into its outer cell.
//!
//! It does not read Word 6/95 files, encrypted files, headers, footers,
//! footnotes or text boxes (other parts of the stream), nor hide text
//! deleted with tracked changes (that needs the character properties).

use super::{ReadError, ReadOptions};
use crate::model::{Document, SourceKind};
use std::io::{Cursor, Read};
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<Document, ReadError> {
    let (wd, table, data) = streams(bytes, opts.docx_max_xml_bytes)?;
    let lines = parse(&wd, &table, &data)?;
    Ok(Document::from_lines(path, SourceKind::Doc, lines))
}

fn damaged(why: &str) -> ReadError {
    ReadError::OfficeDamaged(why.to_string())
}

/// The `WordDocument` stream, the table stream it names and the `Data`
/// stream (empty when there is none).
type Streams = (Vec<u8>, Vec<u8>, Vec<u8>);

/// The [`Streams`] of a `.doc`, each read to at most `limit` bytes.
fn streams(bytes: &[u8], limit: u64) -> Result<Streams, ReadError> {
    let mut cfb = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| ReadError::OfficeDamaged(format!("not a compound file: {e}")))?;
    let mut read_stream = |name: &str| -> Result<Vec<u8>, ReadError> {
        let s = cfb
            .open_stream(name)
            .map_err(|e| ReadError::OfficeDamaged(format!("no {name} stream: {e}")))?;
        if s.len() > limit {
            return Err(ReadError::ZipBomb {
                limit_mib: limit >> 20,
            });
        }
        let mut buf = Vec::new();
        s.take(limit)
            .read_to_end(&mut buf)
            .map_err(|e| ReadError::OfficeDamaged(format!("{name}: {e}")))?;
        Ok(buf)
    };
    let wd = read_stream("WordDocument")?;
    let fib = Fib::parse(&wd)?;
    let table = read_stream(if fib.table1 { "1Table" } else { "0Table" })?;
    let data = read_stream("Data").unwrap_or_default();
    Ok((wd, table, data))
}

/// What is read of the File Information Block.
struct Fib {
    table1: bool,
    ccp_text: usize,
    clx: (usize, usize),
    bte_papx: (usize, usize),
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Fib {
    fn parse(wd: &[u8]) -> Result<Fib, ReadError> {
        let short = || damaged("the File Information Block is cut short");
        let ident = u16_at(wd, 0).ok_or_else(short)?;
        let nfib = u16_at(wd, 2).ok_or_else(short)?;
        if ident == 0xA5DC || (ident == 0xA5EC && nfib < 0xC0) {
            return Err(ReadError::Unsupported(super::Unreadable::OldWord));
        }
        if ident != 0xA5EC {
            return Err(damaged("the WordDocument stream is not a Word 97 document"));
        }
        let flags = u16_at(wd, 0x0A).ok_or_else(short)?;
        // fEncrypted, fObfuscated.
        if flags & 0x0100 != 0 || flags & 0x8000 != 0 {
            return Err(ReadError::OfficeEncrypted);
        }
        let csw = u16_at(wd, 32).ok_or_else(short)? as usize;
        let lw = 34 + csw * 2;
        let cslw = u16_at(wd, lw).ok_or_else(short)? as usize;
        let ccp_text = u32_at(wd, lw + 2 + 3 * 4).ok_or_else(short)? as usize;
        let rg = lw + 2 + cslw * 4 + 2;
        let pair = |i: usize| -> Result<(usize, usize), ReadError> {
            let fc = u32_at(wd, rg + i * 8).ok_or_else(short)?;
            let lcb = u32_at(wd, rg + i * 8 + 4).ok_or_else(short)?;
            Ok((fc as usize, lcb as usize))
        };
        Ok(Fib {
            table1: flags & 0x0200 != 0,
            ccp_text,
            clx: pair(33)?,
            bte_papx: pair(13)?,
        })
    }
}

/// A character of the main text and the stream offset it sits at (the
/// paragraph properties are looked up by offset).
struct Char {
    c: char,
    fc: usize,
}

/// The main text, piece by piece, through the CLX's piece table.
fn text(wd: &[u8], table: &[u8], fib: &Fib) -> Result<Vec<Char>, ReadError> {
    let clx = table
        .get(fib.clx.0..fib.clx.0.saturating_add(fib.clx.1))
        .ok_or_else(|| damaged("the piece table lies outside the table stream"))?;
    let mut at = 0;
    // Skip the Prcs (property modifiers) to the Pcdt.
    while clx.get(at) == Some(&0x01) {
        let cb = u16_at(clx, at + 1).ok_or_else(|| damaged("a cut Prc"))? as usize;
        at += 3 + cb;
    }
    if clx.get(at) != Some(&0x02) {
        return Err(damaged("no piece table in the CLX"));
    }
    let lcb = u32_at(clx, at + 1).ok_or_else(|| damaged("a cut Pcdt"))? as usize;
    let plc = clx
        .get(at + 5..at + 5 + lcb)
        .ok_or_else(|| damaged("a cut PlcPcd"))?;
    if lcb < 4 {
        return Err(damaged("an empty piece table"));
    }
    let n = (lcb - 4) / 12;
    let mut out = Vec::new();
    for i in 0..n {
        let cp0 = u32_at(plc, i * 4).unwrap_or(0) as usize;
        let cp1 = u32_at(plc, i * 4 + 4).unwrap_or(0) as usize;
        if cp0 >= fib.ccp_text {
            break;
        }
        let count = cp1.min(fib.ccp_text).saturating_sub(cp0);
        let fcval = u32_at(plc, 4 * (n + 1) + i * 8 + 2).unwrap_or(0);
        let fc = (fcval & 0x3FFF_FFFF) as usize;
        if fcval & 0x4000_0000 != 0 {
            let start = fc / 2;
            let end = start.saturating_add(count).min(wd.len());
            let bytes = wd.get(start..end).unwrap_or(&[]);
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            out.extend(
                s.chars()
                    .enumerate()
                    .map(|(k, c)| Char { c, fc: start + k }),
            );
        } else {
            let end = fc.saturating_add(count * 2).min(wd.len());
            let bytes = wd.get(fc..end).unwrap_or(&[]);
            let units = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]));
            let mut k = 0;
            for r in char::decode_utf16(units) {
                let c = r.unwrap_or('\u{FFFD}');
                out.push(Char { c, fc: fc + k * 2 });
                k += c.len_utf16();
            }
        }
        if out.len() >= fib.ccp_text {
            break;
        }
    }
    if out.is_empty() && fib.ccp_text > 0 {
        return Err(damaged("the piece table gives no text"));
    }
    Ok(out)
}

/// The properties of a paragraph that matter here.
#[derive(Debug, Clone, Default)]
struct Para {
    in_table: bool,
    /// The table terminating paragraph: its mark ends a row.
    ttp: bool,
    /// The row's cell edges (twips), from `sprmTDefTable`.
    edges: Option<Vec<i16>>,
    /// `sprmPHugePapx`: the properties are too long for the FKP page and
    /// stand at this offset of the `Data` stream (a wide table's row).
    huge: Option<usize>,
}

impl Para {
    /// With the properties kept in the `Data` stream, when there are.
    fn resolve(self, data: &[u8]) -> Para {
        let Some(at) = self.huge else { return self };
        let Some(cb) = u16_at(data, at) else {
            return self;
        };
        let g = data.get(at + 2..at + 2 + cb as usize).unwrap_or(&[]);
        let big = sprms(g);
        Para {
            in_table: self.in_table || big.in_table,
            ttp: self.ttp || big.ttp,
            edges: big.edges.or(self.edges),
            huge: None,
        }
    }
}

/// Paragraph properties by stream offset: (first offset, past the last, props).
fn paragraphs(wd: &[u8], table: &[u8], data: &[u8], fib: &Fib) -> Vec<(usize, usize, Para)> {
    let mut out = Vec::new();
    let Some(plc) = table.get(fib.bte_papx.0..fib.bte_papx.0.saturating_add(fib.bte_papx.1)) else {
        return out;
    };
    if plc.len() < 4 {
        return out;
    }
    let n = (plc.len() - 4) / 8;
    for i in 0..n {
        let pn = (u32_at(plc, 4 * (n + 1) + i * 4).unwrap_or(0) & 0x3F_FFFF) as usize;
        let Some(page) = wd.get(pn * 512..pn * 512 + 512) else {
            continue;
        };
        let crun = page[511] as usize;
        for r in 0..crun {
            let (Some(fc0), Some(fc1)) = (u32_at(page, r * 4), u32_at(page, r * 4 + 4)) else {
                break;
            };
            let bx = 4 * (crun + 1) + r * 13;
            let Some(&off) = page.get(bx) else { break };
            let para = if off == 0 {
                Para::default()
            } else {
                papx(page, off as usize * 2).resolve(data)
            };
            out.push((fc0 as usize, fc1 as usize, para));
        }
    }
    out.sort_by_key(|p| p.0);
    out
}

/// A PapxInFkp at `at` in an FKP page, read for [`Para`].
fn papx(page: &[u8], at: usize) -> Para {
    let Some(&cb) = page.get(at) else {
        return Para::default();
    };
    let (start, len) = if cb != 0 {
        (at + 1, 2 * cb as usize - 1)
    } else {
        (at + 2, 2 * *page.get(at + 1).unwrap_or(&0) as usize)
    };
    // Skip the style index (istd) before the sprms.
    let grpprl = page
        .get(start + 2..(start + len).min(page.len()))
        .unwrap_or(&[]);
    sprms(grpprl)
}

/// Walks a grpprl for the table sprms.
fn sprms(g: &[u8]) -> Para {
    let mut p = Para::default();
    let mut at = 0;
    while let Some(op) = u16_at(g, at) {
        let arg = at + 2;
        let size = match op >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            _ if op == 0xD608 || op == 0xD606 => {
                // TDefTableOperand: a two-byte count of the rest, plus one.
                let Some(cb) = u16_at(g, arg) else { break };
                1 + cb as usize
            }
            // sprmPChgTabs with its 255 escape: give up on the rest.
            _ if op == 0xC615 && g.get(arg) == Some(&255) => break,
            _ => 1 + *g.get(arg).unwrap_or(&0) as usize,
        };
        let val = g.get(arg..arg + size).unwrap_or(&[]);
        match op {
            0x2416 => p.in_table = val.first().is_some_and(|&v| v != 0),
            0x2417 => p.ttp = val.first().is_some_and(|&v| v != 0),
            0xD608 => p.edges = tdef_edges(val),
            0x6646 => p.huge = u32_at(val, 0).map(|v| v as usize),
            _ => {}
        }
        at = arg + size;
    }
    p
}

/// The cell edges of a TDefTableOperand: its column count, then one more
/// edge than columns.
fn tdef_edges(val: &[u8]) -> Option<Vec<i16>> {
    let n = *val.get(2)? as usize;
    (0..=n)
        .map(|i| {
            val.get(3 + i * 2..5 + i * 2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
        })
        .collect()
}

/// The lines of the main text of a Word 97 document, from its
/// `WordDocument`, table and `Data` streams (the last may be empty).
pub fn parse(wd: &[u8], table: &[u8], data: &[u8]) -> Result<Vec<String>, ReadError> {
    let fib = Fib::parse(wd)?;
    let chars = text(wd, table, &fib)?;
    let paras = paragraphs(wd, table, data, &fib);
    let props = |fc: usize| -> Option<&Para> {
        let i = paras.partition_point(|p| p.0 <= fc);
        paras
            .get(i.checked_sub(1)?)
            .filter(|p| fc < p.1)
            .map(|p| &p.2)
    };
    let mut w = Lines::default();
    // Field nesting: true while in a field's code (before its separator).
    let mut fields: Vec<bool> = Vec::new();
    let mut prev = '\0';
    for ch in &chars {
        let c = ch.c;
        match c {
            '\u{13}' => fields.push(true),
            '\u{14}' => {
                if let Some(top) = fields.last_mut() {
                    *top = false;
                }
            }
            '\u{15}' => {
                fields.pop();
            }
            _ if fields.iter().any(|&code| code) => {}
            '\r' => match props(ch.fc) {
                Some(p) if p.in_table => w.cell.push(' '),
                _ => w.end_line(),
            },
            '\u{7}' => match props(ch.fc) {
                Some(p) if p.ttp => w.end_row(p.edges.clone()),
                Some(_) => w.end_cell(),
                // Without paragraph properties: a mark right after a
                // cell's mark ends the row.
                None if prev == '\u{7}' => w.end_row(None),
                None => w.end_cell(),
            },
            '\u{b}' | '\u{c}' => {
                if w.in_cell() {
                    w.cell.push(' ');
                } else {
                    w.end_line();
                }
            }
            '\t' => {
                let t = if w.in_cell() { ' ' } else { '\t' };
                w.out().push(t);
            }
            '\u{1e}' => w.out().push('-'),
            c if (c as u32) < 0x20 => {}
            c => w.out().push(c),
        }
        prev = c;
    }
    w.flush_table();
    if !w.para.trim().is_empty() {
        w.end_line();
    }
    while w.lines.last().is_some_and(|l| l.is_empty()) {
        w.lines.pop();
    }
    Ok(w.lines)
}

/// Where text goes: a paragraph, or the current cell of a table's row.
#[derive(Default)]
struct Lines {
    lines: Vec<String>,
    para: String,
    cell: String,
    row: Vec<String>,
    /// The table being read: its rows and their cell edges, laid on one
    /// grid when the table ends.
    table: Vec<(Vec<String>, Option<Vec<i16>>)>,
}

impl Lines {
    fn in_cell(&self) -> bool {
        !self.row.is_empty() || !self.cell.is_empty()
    }

    fn out(&mut self) -> &mut String {
        if self.in_cell() {
            &mut self.cell
        } else {
            &mut self.para
        }
    }

    fn end_line(&mut self) {
        self.flush_table();
        let line = self.para.trim().to_string();
        self.lines.push(line);
        self.para.clear();
    }

    fn end_cell(&mut self) {
        // Text before the first cell mark of a row went to `para`.
        let text = std::mem::take(&mut self.para) + &self.cell;
        self.row.push(super::docx::clean_cell(&text));
        self.cell.clear();
    }

    fn end_row(&mut self, edges: Option<Vec<i16>>) {
        if !self.cell.trim().is_empty() || !self.para.trim().is_empty() {
            self.end_cell();
        }
        self.cell.clear();
        self.table.push((std::mem::take(&mut self.row), edges));
    }

    /// Writes the table's rows, each cell followed by an empty cell per
    /// further grid column it covers.
    fn flush_table(&mut self) {
        let table = std::mem::take(&mut self.table);
        let grid = grid(&table);
        for (cells, edges) in table {
            let spans = edges
                .as_ref()
                .filter(|e| e.len() == cells.len() + 1)
                .and_then(|e| spans(e, &grid));
            let mut out: Vec<String> = Vec::new();
            for (i, cell) in cells.into_iter().enumerate() {
                out.push(cell);
                let span = spans.as_ref().map_or(1, |s| s[i]);
                out.extend(std::iter::repeat_n(String::new(), span.saturating_sub(1)));
            }
            self.lines.push(out.join("\t"));
        }
    }
}

/// Edges closer than this (twips, 1/20 pt) are one grid line.
const EDGE_SLACK: i32 = 20;

/// The table's grid: every row's cell edges, merged when within the slack.
fn grid(table: &[(Vec<String>, Option<Vec<i16>>)]) -> Vec<i32> {
    let mut all: Vec<i32> = table
        .iter()
        .filter_map(|(_, e)| e.as_ref())
        .flatten()
        .map(|&e| e as i32)
        .collect();
    all.sort_unstable();
    let mut grid: Vec<i32> = Vec::new();
    for e in all {
        if grid.last().is_none_or(|&g| e - g > EDGE_SLACK) {
            grid.push(e);
        }
    }
    grid
}

/// How many grid columns each cell between `edges` covers.
fn spans(edges: &[i16], grid: &[i32]) -> Option<Vec<usize>> {
    let at = |e: i16| {
        grid.iter()
            .position(|&g| (g - e as i32).abs() <= EDGE_SLACK)
    };
    edges
        .windows(2)
        .map(|w| {
            let (a, b) = (at(w[0])?, at(w[1])?);
            Some(b.saturating_sub(a).clamp(1, 64))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sprms_and_edges() {
        // sprmPFInTable 1, sprmPFTtp 1, sprmTDefTable with 2 columns.
        let mut g = vec![0x16, 0x24, 1, 0x17, 0x24, 1, 0x08, 0xD6];
        let mut op = vec![2u8];
        for e in [0i16, 1000, 3000] {
            op.extend(e.to_le_bytes());
        }
        g.extend(((op.len() + 1) as u16).to_le_bytes());
        g.extend(&op);
        g.extend([0x16, 0x24, 1]);
        let p = sprms(&g);
        assert!(p.in_table && p.ttp);
        assert_eq!(p.edges, Some(vec![0, 1000, 3000]));
    }

    #[test]
    fn a_merged_cell_is_followed_by_the_columns_it_covers() {
        let table = vec![
            (vec!["Tổng".into(), "368".into()], Some(vec![0, 2000, 3000])),
            (
                vec!["1".into(), "Hộ tịch".into(), "12".into()],
                Some(vec![0, 500, 2010, 3000]),
            ),
        ];
        let g = grid(&table);
        assert_eq!(g, vec![0, 500, 2000, 3000]);
        assert_eq!(spans(&[0, 2000, 3000], &g), Some(vec![2, 1]));
    }

    #[test]
    fn not_a_word_97_stream() {
        assert!(matches!(
            Fib::parse(&[0; 10]),
            Err(ReadError::OfficeDamaged(_))
        ));
        let mut w6 = vec![0u8; 64];
        w6[0..2].copy_from_slice(&0xA5DCu16.to_le_bytes());
        assert!(matches!(
            Fib::parse(&w6),
            Err(ReadError::Unsupported(super::super::Unreadable::OldWord))
        ));
    }
}
