//! The text reader: `.txt`/`.md` bytes in, a one-page [`Document`] out.
//!
//! Decodes UTF-8 (BOM dropped) or UTF-16 with a BOM, and writes Markdown
//! pipe tables as the `\t`-separated rows every reader gives tables in (the
//! `|---|` rule under a header dropped); it does not normalize (the
//! normalize stage does, for every format alike).

use super::ReadError;
use super::sniff::TextEncoding;
use crate::model::{Document, SourceKind};
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], enc: TextEncoding) -> Result<Document, ReadError> {
    let text = pipe_tables(&decode(bytes, enc)?);
    Ok(Document::from_text(path, SourceKind::Text, &text))
}

/// Markdown table rows ("| Hộ tịch | 520 | 515 |") as tab-separated cells;
/// a row of dashes under the header goes. A line is a row when it starts
/// and ends with a pipe and has at least two cells, so prose is untouched.
fn pipe_tables(text: &str) -> String {
    if !text.contains('|') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let t = body.trim();
        let cells: Option<Vec<&str>> = t
            .strip_prefix('|')
            .and_then(|r| r.strip_suffix('|'))
            .map(|inner| inner.split('|').map(str::trim).collect());
        match cells {
            Some(cells) if cells.len() >= 2 => {
                let rule = cells.iter().all(|c| {
                    let c = c.trim_matches(':');
                    !c.is_empty() && c.chars().all(|ch| ch == '-')
                });
                if !rule {
                    out.push_str(&cells.join("\t"));
                    out.push('\n');
                }
            }
            _ => out.push_str(line),
        }
    }
    out
}

fn decode(bytes: &[u8], enc: TextEncoding) -> Result<String, ReadError> {
    match enc {
        TextEncoding::Utf8 => {
            let b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
            String::from_utf8(b.to_vec()).map_err(|_| ReadError::NotUtf8)
        }
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            let b = &bytes[2..];
            if !b.len().is_multiple_of(2) {
                return Err(ReadError::NotUtf8);
            }
            let units = b.chunks_exact(2).map(|c| match enc {
                TextEncoding::Utf16Le => u16::from_le_bytes([c[0], c[1]]),
                _ => u16::from_be_bytes([c[0], c[1]]),
            });
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| ReadError::NotUtf8)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_pipe_tables_become_tab_rows() {
        let md = "Bảng 1\n| Lĩnh vực | Tiếp nhận |\n|:--|---:|\n| Hộ tịch | 520 |\nA | B, không phải bảng\n";
        assert_eq!(
            pipe_tables(md),
            "Bảng 1\nLĩnh vực\tTiếp nhận\nHộ tịch\t520\nA | B, không phải bảng\n"
        );
        assert_eq!(pipe_tables("không có bảng"), "không có bảng");
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Tổng số\n2.810".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(
            decode(&le, TextEncoding::Utf16Le).unwrap(),
            "Tổng số\n2.810"
        );
        let mut be = vec![0xFE, 0xFF];
        for u in "Hải Phòng".encode_utf16() {
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&be, TextEncoding::Utf16Be).unwrap(), "Hải Phòng");
        assert!(decode(b"\xFF\xFEa", TextEncoding::Utf16Le).is_err());
        assert_eq!(decode(b"\xEF\xBB\xBFok", TextEncoding::Utf8).unwrap(), "ok");
    }
}
