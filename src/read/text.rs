//! The text reader: `.txt`/`.md` bytes in, a one-page [`Document`] out.
//!
//! Decodes UTF-8 (BOM dropped) or UTF-16 with a BOM; it does not normalize
//! (the normalize stage does, for every format alike).

use super::ReadError;
use super::sniff::TextEncoding;
use crate::model::{Document, SourceKind};
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], enc: TextEncoding) -> Result<Document, ReadError> {
    let text = decode(bytes, enc)?;
    Ok(Document::from_text(path, SourceKind::Text, &text))
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
