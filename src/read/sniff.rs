//! Format sniffing: the first bytes of a file in, its [`Format`] out.
//!
//! Looks only at magic numbers and, for text, at whether the bytes decode;
//! never at the file name, because wards rename files (a `.pdf` that is a
//! Word file, a `.doc` that is a DOCX). It does not validate the whole file:
//! the readers report damage.

/// The text encodings the text reader accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    Utf16Le,
    Utf16Be,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Png,
    Jpeg,
    Tiff,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    /// A zip container: DOCX, XLSX, OpenDocument or a plain archive, told
    /// apart by its entries ([`super::container`]).
    Zip,
    /// An OLE compound file: Word 97-2003, Excel 97-2003, an Outlook
    /// message, a password-protected Office file ([`super::container`]).
    Cfb,
    Image(ImageKind),
    Text(TextEncoding),
    /// Something recognised or not that baocao does not read.
    Other(Unreadable),
}

/// A format baocao does not read, named so that the clerk knows what to ask
/// the ward for instead. Display: the English log sentence; the clerk's is
/// in [`crate::vi`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    #[error("an empty zip archive")]
    EmptyZip,
    #[error("an Office 97-2003 file other than Word or Excel (PowerPoint, Visio...)")]
    OldOffice,
    #[error(
        "a Word 6/95 document, older than the Word 97 format baocao reads; save it as DOCX or PDF"
    )]
    OldWord,
    #[error("an RTF document; save it as DOCX or PDF")]
    Rtf,
    #[error("a gzip archive")]
    Gzip,
    #[error("a compressed archive (RAR/7z)")]
    Archive,
    #[error("a zip archive of other files, not a document; unpack it and give its files")]
    ZipArchive,
    #[error("an e-mail message (.eml/.msg); save its attachments and give them")]
    Email,
    #[error("an OpenDocument file other than a text or a spreadsheet (a presentation, a drawing)")]
    OtherOpenDocument,
    #[error("an image format baocao does not OCR (use PNG, JPEG or TIFF)")]
    OtherImage,
    #[error("the content is not a PDF, DOCX, image or text file")]
    Unknown,
}

/// Sniffs the format from the bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    // PDF readers accept up to 1 KiB of junk before the header (mail
    // gateways and some scanners prepend bytes), so look that far.
    let head = &bytes[..bytes.len().min(1024)];
    if find(head, b"%PDF-").is_some() {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Format::Zip;
    }
    if bytes.starts_with(b"PK\x05\x06") {
        return Format::Other(Unreadable::EmptyZip);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Format::Image(ImageKind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Format::Image(ImageKind::Jpeg);
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return Format::Image(ImageKind::Tiff);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Format::Text(TextEncoding::Utf8);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Format::Text(TextEncoding::Utf16Le);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Format::Text(TextEncoding::Utf16Be);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Format::Cfb;
    }
    // Formats a ward might send that baocao does not read: name them, so the
    // clerk knows what to ask for instead.
    if bytes.starts_with(b"{\\rtf") {
        return Format::Other(Unreadable::Rtf);
    }
    if bytes.starts_with(&[0x1F, 0x8B]) {
        return Format::Other(Unreadable::Gzip);
    }
    if bytes.starts_with(b"Rar!") || bytes.starts_with(b"7z\xBC\xAF\x27\x1C") {
        return Format::Other(Unreadable::Archive);
    }
    if bytes.starts_with(b"GIF8") || bytes.starts_with(b"BM") && bytes.len() > 14 {
        return Format::Other(Unreadable::OtherImage);
    }
    if looks_like_email(bytes) {
        return Format::Other(Unreadable::Email);
    }
    if looks_like_text(bytes) {
        return Format::Text(TextEncoding::Utf8);
    }
    Format::Other(Unreadable::Unknown)
}

/// UTF-8 without NUL or other C0 controls (besides tab, CR, LF, FF).
fn looks_like_text(bytes: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(bytes) else {
        return false;
    };
    !s.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
}

/// An Internet message (.eml): it opens with header fields, one of them a
/// message header that a report's first line never is, and the header
/// block names a sender or a MIME type.
fn looks_like_email(bytes: &[u8]) -> bool {
    const OPENERS: &[&[u8]] = &[
        b"Received:",
        b"Return-Path:",
        b"From:",
        b"From ",
        b"Date:",
        b"Subject:",
        b"MIME-Version:",
        b"Message-ID:",
        b"Delivered-To:",
        b"X-",
    ];
    let head = &bytes[..bytes.len().min(8192)];
    if !OPENERS.iter().any(|o| head.starts_with(o)) {
        return false;
    }
    let block = match find(head, b"\r\n\r\n").or_else(|| find(head, b"\n\n")) {
        Some(end) => &head[..end],
        None => head,
    };
    let has = |field: &[u8]| {
        block
            .split(|&b| b == b'\n')
            .any(|l| l.len() >= field.len() && l[..field.len()].eq_ignore_ascii_case(field))
    };
    (has(b"From:") || has(b"Received:")) && (has(b"Content-Type:") || has(b"Subject:"))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_decide_not_names() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Format::Pdf);
        assert_eq!(sniff(b"junk\r\n%PDF-1.4"), Format::Pdf);
        assert_eq!(sniff(b"PK\x03\x04rest"), Format::Zip);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nxx"), Format::Image(ImageKind::Png));
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Format::Image(ImageKind::Jpeg)
        );
        assert_eq!(sniff(b"II*\0xxxx"), Format::Image(ImageKind::Tiff));
        assert_eq!(sniff(b"MM\0*xxxx"), Format::Image(ImageKind::Tiff));
    }

    #[test]
    fn text_in_its_encodings() {
        assert_eq!(
            sniff("BÁO CÁO\n".as_bytes()),
            Format::Text(TextEncoding::Utf8)
        );
        assert_eq!(sniff(b"\xEF\xBB\xBFabc"), Format::Text(TextEncoding::Utf8));
        assert_eq!(sniff(b"\xFF\xFEa\0"), Format::Text(TextEncoding::Utf16Le));
        assert_eq!(sniff(b"\xFE\xFF\0a"), Format::Text(TextEncoding::Utf16Be));
    }

    #[test]
    fn random_and_binary_bytes_are_other() {
        let noise: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(matches!(sniff(&noise), Format::Other(_)));
        assert!(matches!(sniff(b"abc\0def"), Format::Other(_)));
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Format::Cfb
        );
    }

    #[test]
    fn an_email_is_named_and_a_report_is_not_one() {
        let eml = b"Return-Path: <ubnd@haiphong.gov.vn>\r\nFrom: UBND <ubnd@haiphong.gov.vn>\r\nSubject: Bao cao\r\nContent-Type: multipart/mixed\r\n\r\nbody";
        assert_eq!(sniff(eml), Format::Other(Unreadable::Email));
        let report = "Date: tháng 10\nBÁO CÁO kết quả\n".as_bytes();
        assert_eq!(sniff(report), Format::Text(TextEncoding::Utf8));
    }
}
