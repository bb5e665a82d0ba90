//! The catalogue of the Vietnamese sentences a clerk reads about a file and
//! a run: why a file could not be read (the report's `error` field, the
//! per-file status of `check` and `compare`, the workbook's `error`
//! column), the pipeline's warnings, a bug of baocao, a bad line of
//! `compare --from`, and the one-line status `extract`/`check` print on
//! stderr for each file that failed, and the notes of the city table's
//! rows (a duplicate, a unit without a report).
//!
//! Takes the errors themselves (closed sets, matched exhaustively: a new
//! variant does not compile until it has its sentence here); returns
//! strings. The findings' sentences are the check stage's (check/vi.rs);
//! the workbook's column titles, legend and sheet names, and the labels of
//! closed sets (`label_vi`), stay beside what they name; logs and `--help`
//! stay in English.

use crate::ocr::OcrError;
use crate::panic::PanicReport;
use crate::read::{ReadError, Unreadable};

/// The one-sentence reason a file could not be read.
pub fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::Open(io) => format!("không mở được tệp: {}", io_reason(io)),
        ReadError::Page { file, reason } => {
            format!("không đọc được trang {file}: {}", read_error(reason))
        }
        ReadError::Io(io) => format!(
            "lỗi vào/ra khi đọc (thư mục tạm hoặc chương trình phụ, không phải do tệp): {}",
            io_reason(io)
        ),
        ReadError::Empty => "tệp rỗng".into(),
        ReadError::NotAFile => {
            "đây không phải một tệp thường (là thư mục, thiết bị hoặc ống dẫn)".into()
        }
        ReadError::TooLarge { limit_mib } => {
            format!("tệp lớn hơn {limit_mib} MiB, mức lớn nhất baocao đọc")
        }
        ReadError::TextTooLarge { limit_mib } => {
            format!("tệp văn bản lớn hơn {limit_mib} MiB, quá lớn so với một báo cáo")
        }
        ReadError::NotUtf8 => {
            "văn bản không ở mã UTF-8, cũng không ở UTF-16 có dấu thứ tự byte (BOM)".into()
        }
        ReadError::Unsupported(what) => unreadable(*what).into(),
        ReadError::PdfDamaged(_) | ReadError::PdfParse(_) | ReadError::PdfText(_) => {
            "tệp PDF bị hỏng, không đọc được".into()
        }
        ReadError::Encrypted => {
            "tệp PDF có đặt mật khẩu; đề nghị đơn vị gửi bản không đặt mật khẩu".into()
        }
        ReadError::ZipBomb { limit_mib } => format!(
            "tài liệu giải nén ra hơn {limit_mib} MiB văn bản nên không được mở (zip bomb hoặc tệp hỏng)"
        ),
        ReadError::OfficeDamaged(_) => "tệp Word 97-2003 (.doc) bị hỏng, không đọc được".into(),
        ReadError::OfficeEncrypted => {
            "tệp Office có đặt mật khẩu; đề nghị đơn vị gửi bản không đặt mật khẩu".into()
        }
        ReadError::Spreadsheet(_) => "tệp bảng tính bị hỏng, không đọc được".into(),
        ReadError::DocxMalformed(_)
        | ReadError::DocxZip(_)
        | ReadError::DocxUnpack(_)
        | ReadError::DocxXml(_) => {
            "tệp DOCX/ODT bị hỏng hoặc không phải văn bản Word/OpenDocument".into()
        }
        ReadError::Image(_) => "không giải mã được ảnh (tệp ảnh bị cắt cụt hoặc hỏng)".into(),
        ReadError::ImageTooLarge {
            width,
            height,
            limit_mp,
        } => format!(
            "ảnh có {width} × {height} điểm ảnh, lớn hơn mức {limit_mp} triệu điểm ảnh baocao đọc; đề nghị quét lại ở 300 dpi"
        ),
        ReadError::Ocr(e) => ocr_error(e),
        ReadError::TooManyOcrPages { pages, limit } => format!(
            "tệp PDF có {pages} trang cần OCR, nhiều hơn mức {limit} trang baocao OCR cho một tệp"
        ),
        ReadError::OcrBudget(secs) => {
            format!("OCR tệp này mất hơn {secs} giây tổng cộng nên đã dừng")
        }
        ReadError::Panicked(what) => {
            format!("bộ đọc {what} bị sự cố với tệp này, có lẽ tệp bị hỏng")
        }
        ReadError::ToolMissing(tool) => {
            format!("cần chương trình {tool} để đọc tệp này nhưng không chạy được")
        }
        ReadError::ToolTimeout { tool, secs } => {
            format!("{tool} chạy quá {secs} giây với tệp này nên đã dừng")
        }
    }
}

fn unreadable(what: Unreadable) -> &'static str {
    match what {
        Unreadable::EmptyZip => "định dạng không đọc được: một tệp zip rỗng",
        Unreadable::OldOffice => {
            "định dạng không đọc được: tệp Office 97-2003 không phải Word hay Excel (PowerPoint, Visio…); đề nghị gửi DOCX hoặc PDF"
        }
        Unreadable::OldWord => {
            "định dạng không đọc được: văn bản Word 6/95, cũ hơn Word 97; đề nghị lưu lại thành DOCX hoặc PDF"
        }
        Unreadable::ZipArchive => {
            "định dạng không đọc được: một tệp nén zip chứa các tệp khác, không phải một tài liệu; đề nghị giải nén rồi đưa các tệp bên trong"
        }
        Unreadable::Email => {
            "định dạng không đọc được: một thư điện tử (.eml/.msg); đề nghị lưu các tệp đính kèm rồi đưa chúng vào"
        }
        Unreadable::OtherOpenDocument => {
            "định dạng không đọc được: tệp OpenDocument không phải văn bản hay bảng tính (trình chiếu, hình vẽ)"
        }
        Unreadable::Rtf => {
            "định dạng không đọc được: văn bản RTF; đề nghị lưu lại thành DOCX hoặc PDF"
        }
        Unreadable::Gzip => "định dạng không đọc được: một tệp nén gzip",
        Unreadable::Archive => {
            "định dạng không đọc được: một tệp nén (RAR/7z); đề nghị giải nén rồi đưa các tệp bên trong"
        }
        Unreadable::OtherImage => {
            "định dạng ảnh baocao không OCR được; đề nghị gửi PNG, JPEG hoặc TIFF"
        }
        Unreadable::Unknown => {
            "nội dung không phải PDF, DOCX, DOC, ODT, bảng tính, ảnh hay văn bản nên không đọc được"
        }
    }
}

fn ocr_error(e: &OcrError) -> String {
    match e {
        OcrError::Init(lang) => {
            format!("OCR không chạy được: chưa cài dữ liệu ngôn ngữ Tesseract “{lang}”")
        }
        OcrError::Image => "OCR không giải mã được ảnh của trang".into(),
        OcrError::Recognize => "Tesseract không nhận dạng được trang".into(),
        OcrError::Timeout(secs) => format!("OCR một trang mất hơn {secs} giây nên đã dừng"),
        OcrError::Crashed => "OCR một trang bị sự cố".into(),
        OcrError::NoWorker(name) => {
            format!("OCR không chạy được: thiếu chương trình {name} cài cạnh baocao")
        }
    }
}

/// Why the file could not be opened, in the clerk's words.
fn io_reason(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    // ELOOP has no stable ErrorKind yet.
    const ELOOP: i32 = 40;
    match e.kind() {
        K::NotFound => "tệp không tồn tại (hoặc là liên kết trỏ tới tệp đã bị chuyển đi)",
        K::PermissionDenied => "không có quyền đọc tệp",
        _ if e.raw_os_error() == Some(ELOOP) => "liên kết tượng trưng trỏ vòng vào chính nó",
        K::StorageFull => "ổ đĩa đã đầy",
        K::InvalidFilename => "tên tệp không hợp lệ",
        _ => "lỗi hệ thống khi đọc",
    }
}

/// A bug of baocao, caught on one file: the stage, the panic's message and
/// its place in the source, for the maintainer the clerk forwards it to.
pub fn internal_error(stage: Stage, panic: &PanicReport) -> String {
    format!(
        "lỗi của chương trình baocao khi {} (xin gửi dòng này cho người bảo trì): {panic}",
        stage.label()
    )
}

/// The pipeline's stages after reading, for [`internal_error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Extract,
    Check,
}

impl Stage {
    fn label(self) -> &'static str {
        match self {
            Stage::Extract => "trích số liệu",
            Stage::Check => "kiểm tra số học",
        }
    }
}

/// The warning of a document read fine that holds no figure.
pub const NO_FIGURES: &str = "không thấy số liệu nào: tài liệu không giống báo cáo của phường, xã";

/// A line of `compare --from` that is not a report of `baocao extract`.
pub fn bad_result_line(line: usize, e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io => "không đọc được",
        Category::Syntax => "không phải JSON hợp lệ",
        Category::Data => "là JSON nhưng không phải một báo cáo (thiếu trường hoặc sai kiểu)",
        Category::Eof => "bị cắt cụt giữa chừng",
    };
    format!(
        "dòng {line} không phải kết quả của “baocao extract”: {what} (cột {})",
        e.column()
    )
}

/// A line of `compare --from` that is not text.
pub fn not_utf8_result_line(line: usize) -> String {
    format!("dòng {line} không phải kết quả của “baocao extract”: không phải văn bản UTF-8")
}

/// A line of `compare --from` that parses but holds impossible values.
pub fn implausible_result_line(line: usize, why: Implausible) -> String {
    let what = match why {
        Implausible::NoFile => "không có tên tệp",
        Implausible::Count => "có số đếm âm hoặc lớn hơn một tỷ",
        Implausible::Pct => "có tỷ lệ phần trăm âm hoặc không phải số",
        Implausible::StatusMismatch => {
            "trạng thái “ok” mà lại có lỗi, hoặc “error” mà không có lỗi"
        }
    };
    format!("dòng {line} không phải kết quả của “baocao extract”: {what}")
}

/// What makes a parsed line of `compare --from` impossible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Implausible {
    NoFile,
    Count,
    Pct,
    StatusMismatch,
}

/// The file name shown for a bad line of `compare --from`.
pub fn result_line_file(path: &std::path::Path, line: usize) -> String {
    format!("{} (dòng {line})", path.display())
}

/// The note of a unit's row when the period has other reports of it.
pub fn row_uses(used: &str, others: &[&str]) -> String {
    format!(
        "dòng này dùng {used}; cùng kỳ còn có {} (dòng “trùng kỳ”, không cộng vào tổng)",
        others.join("; ")
    )
}

/// The note of a duplicate row (another report of a unit and period).
pub fn duplicate_of(used: &str) -> String {
    format!(
        "trùng kỳ: cùng đơn vị, cùng kỳ với {used}; dòng tổng hợp dùng tệp đó (kỳ số liệu mới hơn, rồi nguồn tốt hơn, rồi tệp sau)"
    )
}

/// A report whose title names no period, in the list of other periods.
pub const PERIOD_UNKNOWN: &str = "kỳ không rõ";

/// The note of a unit without a report of the period; `other`: the
/// periods (Vietnamese labels) it did send reports for.
pub fn not_reported(period: Option<crate::model::Nominal>, other: &[String]) -> String {
    let of = period
        .map(|p| format!(" kỳ {}", p.label_vi()))
        .unwrap_or_default();
    if other.is_empty() {
        format!("chưa có báo cáo{of}")
    } else {
        format!(
            "chưa có báo cáo{of}; có báo cáo {} (sheet “Kỳ khác”)",
            other.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reasons_name_the_cause_in_vietnamese() {
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(
            read_error(&ReadError::Open(gone)),
            "không mở được tệp: tệp không tồn tại (hoặc là liên kết trỏ tới tệp đã bị chuyển đi)"
        );
        let tmp = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert!(read_error(&ReadError::Io(tmp)).contains("không phải do tệp"));
        assert!(read_error(&ReadError::TooLarge { limit_mib: 256 }).contains("256 MiB"));
    }

    #[test]
    fn a_bug_names_its_place() {
        let p = PanicReport {
            message: "index out of bounds".into(),
            location: Some("src/extract/mod.rs:10:5".into()),
        };
        let s = internal_error(Stage::Extract, &p);
        assert!(s.contains("trích số liệu"), "{s}");
        assert!(
            s.ends_with("index out of bounds (src/extract/mod.rs:10:5)"),
            "{s}"
        );
    }
}
