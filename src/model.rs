//! The data that flows between the pipeline stages.
//!
//! `read` produces a [`Document`]; `extract` turns it into an [`Extraction`];
//! `check` adds [`Finding`]s; the CLI wraps everything into a [`Report`], whose
//! serde form is exactly the JSONL line of `spec/output.md`. Nothing here does
//! any work: these are plain values, so each stage stays a function from data
//! to data.

use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::path::PathBuf;

/// Where a document's text came from (`source.kind` in the output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Text,
    Docx,
    PdfText,
    PdfOcr,
    ImageOcr,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Text => "text",
            SourceKind::Docx => "docx",
            SourceKind::PdfText => "pdf-text",
            SourceKind::PdfOcr => "pdf-ocr",
            SourceKind::ImageOcr => "image-ocr",
        }
    }
}

/// A document as a reader delivers it: pages made of lines.
///
/// Table rows are lines whose cells are separated by `\t` (DOCX, text
/// reports) or by runs of spaces (`pdftotext -layout`, OCR); the table model
/// in `extract::table` reads both.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub path: PathBuf,
    pub kind: SourceKind,
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The page's lines without their terminators; may be empty strings.
    pub lines: Vec<String>,
    /// True when the lines come from OCR rather than a text layer.
    pub ocr: bool,
    /// For an OCR'd page: Tesseract's mean word confidence (0–100), None
    /// when the page had too few words to judge (a blank or signature page).
    pub confidence: Option<f32>,
}

impl Document {
    /// A single-page document from plain text (the `.txt`/`.md` reader, tests).
    pub fn from_text(path: impl Into<PathBuf>, kind: SourceKind, text: &str) -> Document {
        Document {
            path: path.into(),
            kind,
            pages: vec![Page {
                lines: split_lines(text),
                ocr: false,
                confidence: None,
            }],
        }
    }

    /// True when the document has a page number to report (everything but text).
    pub fn paged(&self) -> bool {
        self.kind != SourceKind::Text
    }

    pub fn ocr(&self) -> bool {
        self.pages.iter().any(|p| p.ocr)
    }
}

/// Splits on `\n` (dropping a trailing `\r`), the way the gold counts lines.
pub fn split_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
        .collect();
    if text.ends_with('\n') {
        lines.pop();
    }
    lines
}

/// The vertical agencies whose records a centre receives (`sector:*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Police,
    Military,
    Land,
    Insurance,
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Police => "police",
            Sector::Military => "military",
            Sector::Land => "land",
            Sector::Insurance => "insurance",
        }
    }
}

/// Whose records a figure counts: the ward's own, a vertical agency's, or one
/// field (lĩnh vực) of a per-field breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    Ward,
    Sector(Sector),
    /// The field's name as written, lower-cased, without "lĩnh vực".
    Field(String),
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scope::Ward => f.write_str("ward"),
            Scope::Sector(s) => write!(f, "sector:{}", s.as_str()),
            Scope::Field(n) => write!(f, "field:{n}"),
        }
    }
}

impl std::str::FromStr for Scope {
    type Err = String;
    fn from_str(s: &str) -> Result<Scope, String> {
        if s == "ward" {
            return Ok(Scope::Ward);
        }
        if let Some(n) = s.strip_prefix("field:") {
            return Ok(Scope::Field(n.to_string()));
        }
        match s.strip_prefix("sector:") {
            Some("police") => Ok(Scope::Sector(Sector::Police)),
            Some("military") => Ok(Scope::Sector(Sector::Military)),
            Some("land") => Ok(Scope::Sector(Sector::Land)),
            Some("insurance") => Ok(Scope::Sector(Sector::Insurance)),
            _ => Err(format!("unknown scope {s:?}")),
        }
    }
}

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Scope, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

macro_rules! keys {
    ($($variant:ident => $name:literal, $vi:literal;)*) => {
        /// The figure keys of `spec/figures.md`; the names are the contract.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Key {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Key::$variant => $name,)* }
            }

            /// A short Vietnamese label for messages and column titles.
            pub fn label_vi(self) -> &'static str {
                match self { $(Key::$variant => $vi,)* }
            }
        }

        impl std::str::FromStr for Key {
            type Err = String;
            fn from_str(s: &str) -> Result<Key, String> {
                match s {
                    $($name => Ok(Key::$variant),)*
                    _ => Err(format!("unknown figure key {s:?}")),
                }
            }
        }
    };
}

keys! {
    ReceivedTotal => "received_total", "tổng tiếp nhận";
    ReceivedInPeriod => "received_in_period", "tiếp nhận trong kỳ";
    ReceivedOnline => "received_online", "tiếp nhận trực tuyến";
    ReceivedDirect => "received_direct", "tiếp nhận trực tiếp";
    CarriedOver => "carried_over", "kỳ trước chuyển sang";
    ResolvedTotal => "resolved_total", "đã giải quyết";
    ResolvedEarly => "resolved_early", "trước hạn";
    ResolvedOnTime => "resolved_on_time", "đúng hạn";
    ResolvedEarlyOrOnTime => "resolved_early_or_on_time", "trước và đúng hạn";
    ResolvedLate => "resolved_late", "quá hạn";
    InProgress => "in_progress", "đang giải quyết";
    InProgressOverdue => "in_progress_overdue", "đang giải quyết quá hạn";
    Withdrawn => "withdrawn", "rút";
    Rejected => "rejected", "từ chối";
    SupplementRequested => "supplement_requested", "yêu cầu bổ sung";
    DigitizedPct => "digitized_pct", "tỷ lệ số hóa";
    Archived => "archived", "lưu kho";
    DataReused => "data_reused", "tái sử dụng dữ liệu";
    FeeRecords => "fee_records", "hồ sơ có phí";
    FeePaidOnline => "fee_paid_online", "thanh toán trực tuyến";
    ECertified => "e_certified", "chứng thực điện tử";
    FeedbackReceived => "feedback_received", "PAKN tiếp nhận";
    FeedbackResolved => "feedback_resolved", "PAKN đã xử lý";
    SatisfactionPct => "satisfaction_pct", "mức độ hài lòng";
    StaffTotal => "staff_total", "nhân sự";
    Visitors => "visitors", "lượt tiếp công dân";
    ProceduresTotal => "procedures_total", "tổng số TTHC";
    ProceduresFullOnline => "procedures_full_online", "DVCTT toàn trình";
    ProceduresPartialOnline => "procedures_partial_online", "DVCTT một phần";
    ProceduresNotOnline => "procedures_not_online", "TTHC chưa có DVCTT";
    ProceduresWithRecords => "procedures_with_records", "DVCTT phát sinh hồ sơ";
    ProceduresFullOnlineWithRecords => "procedures_full_online_with_records", "DVCTT toàn trình phát sinh hồ sơ";
    ProceduresPartialOnlineWithRecords => "procedures_partial_online_with_records", "DVCTT một phần phát sinh hồ sơ";
    OnlineSharePct => "online_share_pct", "tỷ lệ hồ sơ trực tuyến";
}

impl Key {
    /// Keys that are rates by nature: their `value` is always null.
    pub fn is_rate(self) -> bool {
        matches!(
            self,
            Key::DigitizedPct | Key::SatisfactionPct | Key::OnlineSharePct
        )
    }

    /// Keys that may appear in `sector:*` and `field:*` scopes (record keys).
    pub fn is_record_key(self) -> bool {
        !matches!(
            self,
            Key::StaffTotal
                | Key::Visitors
                | Key::ProceduresTotal
                | Key::ProceduresFullOnline
                | Key::ProceduresPartialOnline
                | Key::ProceduresNotOnline
                | Key::ProceduresWithRecords
                | Key::ProceduresFullOnlineWithRecords
                | Key::ProceduresPartialOnlineWithRecords
                | Key::OnlineSharePct
                | Key::SatisfactionPct
                | Key::FeedbackReceived
                | Key::FeedbackResolved
        )
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One stated figure with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub scope: Scope,
    pub key: Key,
    pub value: Option<i64>,
    pub pct: Option<f64>,
    pub of: Option<i64>,
    /// The matched text as it stands in the document.
    pub raw: String,
    /// 1-based page; None for text files.
    pub page: Option<u32>,
    /// 1-based line of the number within the extracted text.
    pub line: usize,
    /// `key/pattern-id` of the pattern that matched.
    pub pattern: String,
}

/// One column of a table that has a total row: the rows' values and the
/// total's, so that `check` can add them up. Rows without a value in the
/// column are absent (blank cells are not 0).
#[derive(Debug, Clone, PartialEq)]
pub struct TableColumn {
    pub scope: Scope,
    pub key: Key,
    /// (line, value) of each body row.
    pub rows: Vec<(usize, i64)>,
    /// (line, value) of the total row.
    pub total: (usize, i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitType {
    Phuong,
    Xa,
    DacKhu,
}

impl UnitType {
    pub fn as_str(self) -> &'static str {
        match self {
            UnitType::Phuong => "phuong",
            UnitType::Xa => "xa",
            UnitType::DacKhu => "dac_khu",
        }
    }
    pub fn label_vi(self) -> &'static str {
        match self {
            UnitType::Phuong => "phường",
            UnitType::Xa => "xã",
            UnitType::DacKhu => "đặc khu",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    #[serde(rename = "type")]
    pub kind: UnitType,
    pub name: String,
}

/// ISO dates (`YYYY-MM-DD`) of the period the figures cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Option<String>,
    pub end: Option<String>,
}

/// What `extract` finds in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub unit: Option<Unit>,
    pub period: Option<Period>,
    /// One figure per (scope, key): the first statement.
    pub figures: Vec<Figure>,
    /// Every statement in document order, repeats included (the checks
    /// compare them); `figures` is its first-per-(scope, key) subset.
    pub statements: Vec<Figure>,
    /// Table columns that have a total row.
    pub tables: Vec<TableColumn>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    PartsSum,
    PartsExceedTotal,
    Rate,
    TableTotal,
    FieldSum,
    ConflictingStatements,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::PartsSum => "parts-sum",
            Rule::PartsExceedTotal => "parts-exceed-total",
            Rule::Rate => "rate",
            Rule::TableTotal => "table-total",
            Rule::FieldSum => "field-sum",
            Rule::ConflictingStatements => "conflicting-statements",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Error,
}

/// A number in a finding: counts print as integers, rates with decimals.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Deserialize)]
pub struct Quantity(pub f64);

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 9.0e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64((self.0 * 100.0).round() / 100.0)
        }
    }
}

impl From<i64> for Quantity {
    fn from(v: i64) -> Quantity {
        Quantity(v as f64)
    }
}

impl From<f64> for Quantity {
    fn from(v: f64) -> Quantity {
        Quantity(v)
    }
}

/// One relation between stated figures that does not hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub scope: Scope,
    pub keys: Vec<Key>,
    pub expected: Quantity,
    pub found: Quantity,
    pub lines: Vec<usize>,
    /// One Vietnamese sentence with the numbers it rests on.
    pub message: String,
    /// The one figure whose correction would make every relation hold.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub culprit: Option<Key>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub kind: SourceKind,
    pub pages: usize,
    /// Added by issue 11: the page images a report was read from, in page
    /// order, when it came as several files (`…_p1.jpg`, `…_p2.jpg`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub files: Option<Vec<String>>,
    pub ocr: bool,
    /// Added by issue 11: one entry per page, Tesseract's mean word
    /// confidence (0–100, one decimal) for an OCR'd page, null for a page
    /// read from a text layer; absent when nothing was OCR'd.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ocr_confidence: Option<Vec<Option<f32>>>,
}

/// One JSONL line of `baocao extract` (spec/output.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub file: String,
    pub status: Status,
    pub error: Option<String>,
    pub source: Option<Source>,
    pub unit: Option<Unit>,
    pub period: Option<Period>,
    pub figures: Vec<Figure>,
    pub findings: Vec<Finding>,
    /// Not in the spec's output; warnings about the document itself
    /// (e.g. "does not look like a report"), printed only when present.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub warnings: Vec<String>,
}

impl Report {
    /// The line of a file that could not be read: status error, one sentence.
    pub fn failed(file: impl Into<String>, reason: impl Into<String>) -> Report {
        Report {
            file: file.into(),
            status: Status::Error,
            error: Some(reason.into()),
            source: None,
            unit: None,
            period: None,
            figures: Vec::new(),
            findings: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_round_trips_through_its_string_form() {
        for s in ["ward", "sector:police", "field:hộ tịch"] {
            let scope: Scope = s.parse().unwrap();
            assert_eq!(scope.to_string(), s);
        }
        assert!("sector:navy".parse::<Scope>().is_err());
    }

    #[test]
    fn key_names_round_trip() {
        for k in Key::ALL {
            assert_eq!(k.as_str().parse::<Key>().unwrap(), *k);
        }
    }

    #[test]
    fn quantity_prints_counts_as_integers() {
        assert_eq!(serde_json::to_string(&Quantity(2810.0)).unwrap(), "2810");
        assert_eq!(serde_json::to_string(&Quantity(96.254)).unwrap(), "96.25");
    }

    #[test]
    fn split_lines_counts_like_the_gold() {
        assert_eq!(split_lines("a\nb\n"), vec!["a", "b"]);
        assert_eq!(split_lines("a\r\n\nb"), vec!["a", "", "b"]);
    }
}
