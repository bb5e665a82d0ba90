//! What a container holds: the bytes of a zip or of an OLE compound file
//! in, the document kind out ([`Container`]), from the entries' names (and
//! an OpenDocument's `mimetype`), never from the file name.
//!
//! It opens no entry but the small `mimetype`; the readers report damage
//! in what they open.

use super::sniff::Unreadable;
use super::{ReadError, guarded};
use std::io::{Cursor, Read};

/// The document inside a container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    /// Word 2007+ (`word/document.xml`).
    Docx,
    /// OpenDocument text (`content.xml`, mimetype `…opendocument.text`).
    Odt,
    /// A workbook calamine reads: XLSX/XLSB, ODS, Excel 97-2003.
    Workbook,
    /// Word 97-2003 (a `WordDocument` stream).
    Doc,
}

/// The kind of a zip: a document, or why it is none.
pub fn zip_kind(bytes: &[u8]) -> Result<Container, ReadError> {
    guarded("zip", || {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(ReadError::DocxZip)?;
        let has = |zip: &zip::ZipArchive<_>, name: &str| zip.index_for_name(name).is_some();
        if has(&zip, "word/document.xml") {
            return Ok(Container::Docx);
        }
        if has(&zip, "xl/workbook.xml") || has(&zip, "xl/workbook.bin") {
            return Ok(Container::Workbook);
        }
        if has(&zip, "content.xml") {
            let mut mime = String::new();
            if let Ok(entry) = zip.by_name("mimetype") {
                let _ = entry.take(200).read_to_string(&mut mime);
            }
            return match mime.trim() {
                "application/vnd.oasis.opendocument.text"
                | "application/vnd.oasis.opendocument.text-template" => Ok(Container::Odt),
                "application/vnd.oasis.opendocument.spreadsheet"
                | "application/vnd.oasis.opendocument.spreadsheet-template" => {
                    Ok(Container::Workbook)
                }
                _ => Err(ReadError::Unsupported(Unreadable::OtherOpenDocument)),
            };
        }
        Err(ReadError::Unsupported(Unreadable::ZipArchive))
    })
}

/// The kind of an OLE compound file: a document, or why it is none.
pub fn cfb_kind(bytes: &[u8]) -> Result<Container, ReadError> {
    guarded("compound file", || {
        let cfb = cfb::CompoundFile::open(Cursor::new(bytes))
            .map_err(|e| ReadError::OfficeDamaged(format!("not a compound file: {e}")))?;
        let root: Vec<String> = cfb
            .read_root_storage()
            .map(|e| e.name().to_string())
            .collect();
        let has = |n: &str| root.iter().any(|r| r == n);
        if has("EncryptedPackage") || has("EncryptionInfo") {
            return Err(ReadError::OfficeEncrypted);
        }
        if has("WordDocument") {
            return Ok(Container::Doc);
        }
        if has("Workbook") || has("Book") {
            return Ok(Container::Workbook);
        }
        if root.iter().any(|r| r.starts_with("__substg1.0_")) || has("__properties_version1.0") {
            return Err(ReadError::Unsupported(Unreadable::Email));
        }
        Err(ReadError::Unsupported(Unreadable::OldOffice))
    })
}
