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
    /// Word 97-2003.
    Doc,
    /// OpenDocument text.
    Odt,
    /// A workbook: XLSX, XLS, ODS.
    Spreadsheet,
    PdfText,
    PdfOcr,
    ImageOcr,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Text => "text",
            SourceKind::Docx => "docx",
            SourceKind::Doc => "doc",
            SourceKind::Odt => "odt",
            SourceKind::Spreadsheet => "spreadsheet",
            SourceKind::PdfText => "pdf-text",
            SourceKind::PdfOcr => "pdf-ocr",
            SourceKind::ImageOcr => "image-ocr",
        }
    }
}

/// A document as a reader delivers it: pages made of lines.
///
/// A table row is one line of `\t`-separated cells, one per grid column, as
/// every reader writes it (DOCX cells, PDF geometry, space-aligned text and
/// OCR cut into columns): a merged cell's text in its first column, empty
/// cells after it and below it, a wrapped cell on one line. Text reports
/// may also hold space-aligned rows, which `normalize` cuts the same way.
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
    /// For an OCR'd page: the words with a digit that Tesseract read with
    /// low confidence, as they stand in `lines`: a figure read from one is
    /// not certain enough to accuse a report with.
    pub doubtful: Vec<String>,
    /// For a PDF page whose text layer over a scan read as poor Vietnamese
    /// (a scanner's own OCR): which of the two readings was kept.
    pub layer: Option<LayerChoice>,
}

/// The reading kept for a page whose text layer was judged (issue 22).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerChoice {
    /// The text layer read better than baocao's OCR of the page.
    Kept,
    /// baocao's OCR read better, and replaced the layer.
    Replaced,
}

impl Document {
    /// A single-page document from plain text (the `.txt`/`.md` reader, tests).
    pub fn from_text(path: impl Into<PathBuf>, kind: SourceKind, text: &str) -> Document {
        Document::from_lines(path, kind, split_lines(text))
    }

    /// A one-page document of lines as a reader gave them (text, Word and
    /// OpenDocument files have no pages of their own).
    pub fn from_lines(path: impl Into<PathBuf>, kind: SourceKind, lines: Vec<String>) -> Document {
        Document {
            path: path.into(),
            kind,
            pages: vec![Page {
                lines,
                ocr: false,
                confidence: None,
                doubtful: Vec::new(),
                layer: None,
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
    ($($variant:ident => $name:literal, $vi:literal, $title:literal;)*) => {
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

            /// A short Vietnamese label for messages.
            pub fn label_vi(self) -> &'static str {
                match self { $(Key::$variant => $vi,)* }
            }

            /// The fuller Vietnamese title of a table column.
            pub fn title_vi(self) -> &'static str {
                match self { $(Key::$variant => $title,)* }
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
    ReceivedTotal => "received_total", "tổng tiếp nhận", "Tổng số hồ sơ tiếp nhận";
    ReceivedInPeriod => "received_in_period", "tiếp nhận trong kỳ", "Tiếp nhận mới trong kỳ";
    ReceivedOnline => "received_online", "tiếp nhận trực tuyến", "Tiếp nhận trực tuyến";
    ReceivedDirect => "received_direct", "tiếp nhận trực tiếp", "Tiếp nhận trực tiếp";
    CarriedOver => "carried_over", "kỳ trước chuyển sang", "Kỳ trước chuyển sang";
    ResolvedTotal => "resolved_total", "đã giải quyết", "Đã giải quyết";
    ResolvedEarly => "resolved_early", "trước hạn", "Giải quyết trước hạn";
    ResolvedOnTime => "resolved_on_time", "đúng hạn", "Giải quyết đúng hạn";
    ResolvedEarlyOrOnTime => "resolved_early_or_on_time", "trước và đúng hạn", "Giải quyết trước và đúng hạn";
    ResolvedLate => "resolved_late", "quá hạn", "Giải quyết quá hạn";
    InProgress => "in_progress", "đang giải quyết", "Đang giải quyết";
    InProgressOverdue => "in_progress_overdue", "đang giải quyết quá hạn", "Đang giải quyết quá hạn";
    Withdrawn => "withdrawn", "rút", "Công dân rút hồ sơ";
    Rejected => "rejected", "từ chối", "Từ chối giải quyết";
    SupplementRequested => "supplement_requested", "yêu cầu bổ sung", "Yêu cầu bổ sung";
    DigitizedPct => "digitized_pct", "tỷ lệ số hóa", "Tỷ lệ số hóa hồ sơ (%)";
    Archived => "archived", "lưu kho", "Lưu kho dữ liệu";
    DataReused => "data_reused", "tái sử dụng dữ liệu", "Tái sử dụng dữ liệu số hóa";
    FeeRecords => "fee_records", "hồ sơ có phí", "Hồ sơ có phí, lệ phí";
    FeePaidOnline => "fee_paid_online", "thanh toán trực tuyến", "Thanh toán phí trực tuyến";
    ECertified => "e_certified", "chứng thực điện tử", "Chứng thực điện tử";
    FeedbackReceived => "feedback_received", "PAKN tiếp nhận", "PAKN tiếp nhận";
    FeedbackResolved => "feedback_resolved", "PAKN đã xử lý", "PAKN đã xử lý";
    SatisfactionPct => "satisfaction_pct", "mức độ hài lòng", "Mức độ hài lòng (%)";
    StaffTotal => "staff_total", "nhân sự", "Nhân sự";
    Visitors => "visitors", "lượt tiếp công dân", "Lượt tiếp công dân";
    ProceduresTotal => "procedures_total", "tổng số TTHC", "Tổng số TTHC";
    ProceduresFullOnline => "procedures_full_online", "DVCTT toàn trình", "DVCTT toàn trình";
    ProceduresPartialOnline => "procedures_partial_online", "DVCTT một phần", "DVCTT một phần";
    ProceduresNotOnline => "procedures_not_online", "TTHC chưa có DVCTT", "TTHC chưa có DVCTT";
    ProceduresWithRecords => "procedures_with_records", "DVCTT phát sinh hồ sơ", "DVCTT phát sinh hồ sơ";
    ProceduresFullOnlineWithRecords => "procedures_full_online_with_records", "DVCTT toàn trình phát sinh hồ sơ", "DVCTT toàn trình phát sinh hồ sơ";
    ProceduresPartialOnlineWithRecords => "procedures_partial_online_with_records", "DVCTT một phần phát sinh hồ sơ", "DVCTT một phần phát sinh hồ sơ";
    OnlineSharePct => "online_share_pct", "tỷ lệ hồ sơ trực tuyến", "Tỷ lệ hồ sơ trực tuyến (%, báo cáo ghi)";
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
    /// A service done on records (digitised, archived, reused, a fee paid,
    /// a certification issued), not a stage of their flow (received,
    /// resolved, in progress …): a count of it is a count of records too,
    /// so its cue before a number read as a flow figure may own the number.
    pub fn is_record_service(self) -> bool {
        matches!(
            self,
            Key::DigitizedPct
                | Key::Archived
                | Key::DataReused
                | Key::FeeRecords
                | Key::FeePaidOnline
                | Key::ECertified
        )
    }

    /// The records resolved, whatever their timing.
    pub fn is_resolved(self) -> bool {
        matches!(
            self,
            Key::ResolvedTotal
                | Key::ResolvedEarly
                | Key::ResolvedOnTime
                | Key::ResolvedEarlyOrOnTime
                | Key::ResolvedLate
        )
    }

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
    /// The decimals `pct` was written with ("1,0%" has one, which the
    /// number 1.0 no longer tells); from the number grammar, for `check`.
    #[serde(skip)]
    pub pct_decimals: Option<u8>,
    pub of: Option<i64>,
    /// The matched text as it stands in the document.
    pub raw: String,
    /// 1-based page; None for text files.
    pub page: Option<u32>,
    /// 1-based line of the number within the extracted text.
    pub line: usize,
    /// `key/pattern-id` of the pattern that matched.
    pub pattern: String,
    /// Whether every word of the figure's statement is explained (its cue,
    /// counted unit, the report's own unit and period, neutral words):
    /// `extract::certainty`. No finding rests on an uncertain figure.
    #[serde(default = "certain_by_default")]
    pub certain: bool,
    /// The words that made it uncertain, as folded text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unexplained: Vec<String>,
    /// Which statement and which number token it comes from, for `check`
    /// (two figures of one token are one piece of evidence).
    #[serde(skip)]
    pub evidence: Evidence,
}

fn certain_by_default() -> bool {
    true
}

/// Where a figure's evidence sits: the sentence (or table row) that states
/// it and its number's (line, column). Two statements in one sentence are
/// not independent; two keys read from one token are one reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Evidence {
    /// A document-wide counter of sentences and table rows; 0 when unknown.
    pub sentence: usize,
    /// (line, column) of the number; (0, 0) when unknown.
    pub token: (usize, usize),
    /// A withdrawn or refused count its sentence counts among the
    /// resolved ("đã giải quyết … đã bao gồm 03 hồ sơ xin rút").
    pub among_resolved: bool,
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

/// ISO dates (`YYYY-MM-DD`) of the period the figures cover, and the period
/// the report is *for* as the office names it (its title).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Option<String>,
    pub end: Option<String>,
    /// "2025-10", "2025-q4", "2025-h2", "2025-9m", "2025" (spec/output.md).
    #[serde(default)]
    pub nominal: Option<Nominal>,
}

/// The reporting period a report is for, as the office names it: the
/// city consolidates one of these at a time. Written "2025-10" (a month),
/// "2025-q4", "2025-h1"/"2025-h2", "2025-9m" (the first nine months),
/// "2025" (a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nominal {
    Month { year: i32, month: u8 },
    Quarter { year: i32, quarter: u8 },
    Half { year: i32, half: u8 },
    NineMonths { year: i32 },
    Year { year: i32 },
}

impl Nominal {
    pub fn year(self) -> i32 {
        match self {
            Nominal::Month { year, .. }
            | Nominal::Quarter { year, .. }
            | Nominal::Half { year, .. }
            | Nominal::NineMonths { year }
            | Nominal::Year { year } => year,
        }
    }

    /// (first month, number of months) of the period.
    pub fn months(self) -> (u8, u8) {
        match self {
            Nominal::Month { month, .. } => (month, 1),
            Nominal::Quarter { quarter, .. } => (3 * quarter - 2, 3),
            Nominal::Half { half, .. } => (6 * half - 5, 6),
            Nominal::NineMonths { .. } => (1, 9),
            Nominal::Year { .. } => (1, 12),
        }
    }

    /// Chronological: by last month, then the shorter period first
    /// (2025-11, 2025-12, 2025-q4, 2025-h2, 2025).
    pub fn sort_key(self) -> (i32, u8, u8) {
        let (first, len) = self.months();
        (self.year(), first + len - 1, len)
    }

    /// The Vietnamese name: "tháng 10/2025", "quý IV/2025", "6 tháng cuối
    /// năm 2025", "9 tháng đầu năm 2025", "năm 2025".
    pub fn label_vi(self) -> String {
        const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
        match self {
            Nominal::Month { year, month } => format!("tháng {month}/{year}"),
            Nominal::Quarter { year, quarter } => {
                format!("quý {}/{year}", ROMAN[(quarter as usize - 1).min(3)])
            }
            Nominal::Half { year, half: 1 } => format!("6 tháng đầu năm {year}"),
            Nominal::Half { year, .. } => format!("6 tháng cuối năm {year}"),
            Nominal::NineMonths { year } => format!("9 tháng đầu năm {year}"),
            Nominal::Year { year } => format!("năm {year}"),
        }
    }
}

impl PartialOrd for Nominal {
    fn partial_cmp(&self, other: &Nominal) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Nominal {
    fn cmp(&self, other: &Nominal) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl fmt::Display for Nominal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Nominal::Month { year, month } => write!(f, "{year}-{month:02}"),
            Nominal::Quarter { year, quarter } => write!(f, "{year}-q{quarter}"),
            Nominal::Half { year, half } => write!(f, "{year}-h{half}"),
            Nominal::NineMonths { year } => write!(f, "{year}-9m"),
            Nominal::Year { year } => write!(f, "{year}"),
        }
    }
}

/// A period name that is none of the forms of [`Nominal`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not a reporting period; write 2025-10 (a month), 2025-q4, 2025-h1, 2025-h2, 2025-9m or 2025"
)]
pub struct NominalError(pub String);

impl std::str::FromStr for Nominal {
    type Err = NominalError;
    fn from_str(s: &str) -> Result<Nominal, NominalError> {
        let err = || NominalError(s.to_string());
        let t = s.trim().to_ascii_lowercase();
        let (y, rest) = match t.split_once('-') {
            Some((y, rest)) => (y, Some(rest)),
            None => (t.as_str(), None),
        };
        if y.len() != 4 {
            return Err(err());
        }
        let year: i32 = y.parse().map_err(|_| err())?;
        let small = |x: &str, max: u8| -> Result<u8, NominalError> {
            match x.parse::<u8>() {
                Ok(v) if (1..=max).contains(&v) && !x.is_empty() && x.len() <= 2 => Ok(v),
                _ => Err(err()),
            }
        };
        match rest {
            None => Ok(Nominal::Year { year }),
            Some("9m") => Ok(Nominal::NineMonths { year }),
            Some(r) if r.starts_with('q') => Ok(Nominal::Quarter {
                year,
                quarter: small(&r[1..], 4)?,
            }),
            Some(r) if r.starts_with('h') => Ok(Nominal::Half {
                year,
                half: small(&r[1..], 2)?,
            }),
            Some(r) => Ok(Nominal::Month {
                year,
                month: small(r, 12)?,
            }),
        }
    }
}

impl Serialize for Nominal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Nominal {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Nominal, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
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
    /// What was read but not taken, or not checked, and why (Vietnamese,
    /// for the clerk): numbers of another period or unit, readings too
    /// ambiguous to accuse on.
    pub notes: Vec<String>,
    /// Why the arithmetic must not be checked at all (no unit named, or the
    /// text reports for several units): `check` then raises nothing.
    pub unchecked: Option<String>,
    /// Statements read from words OCR was unsure of (copies of members of
    /// `statements`): reported, never the ground of a finding.
    pub doubtful: Vec<Figure>,
    /// Table cells of a scope read but not taken: a number under a header
    /// naming no key (Some), a misread cell under one that does (None).
    pub unsure: Vec<(Scope, Option<i64>)>,
    /// Counts of records in the prose that no certain statement took ("Có
    /// 16 hồ sơ đã được công dân rút lại", an uncertain figure): (scope of
    /// its paragraph, line, value). A sum that misses exactly such a count
    /// may be read whole under another reading: not accused.
    pub loose: Vec<(Scope, usize, i64)>,
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
    /// Added by issue 22: one entry per page when a PDF page's text layer
    /// over a scan was judged (a scanner's own OCR): `text-layer`, `ocr`,
    /// `layer-kept` (the judged layer read better than baocao's OCR) or
    /// `ocr-over-layer` (baocao's OCR replaced it); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub readings: Option<Vec<String>>,
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
    /// Contradictions that hold only under one reading (an uncertain
    /// figure, one number read as two): "cần xem lại", never accusations.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub notes: Vec<Finding>,
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
            notes: Vec::new(),
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
    fn nominal_periods_round_trip_and_sort_by_time() {
        for s in [
            "2025-10", "2025-q4", "2025-h1", "2025-h2", "2025-9m", "2025",
        ] {
            let n: Nominal = s.parse().unwrap();
            assert_eq!(n.to_string(), s);
        }
        for bad in [
            "2025-13",
            "2025-q5",
            "2025-h3",
            "25-10",
            "2025-",
            "oct",
            "2025-10-01",
        ] {
            assert!(bad.parse::<Nominal>().is_err(), "{bad}");
        }
        let mut v: Vec<Nominal> = ["2025", "2025-h2", "2025-07", "2025-q3", "2025-9m"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        v.sort();
        let names: Vec<String> = v.iter().map(|n| n.to_string()).collect();
        assert_eq!(names, ["2025-07", "2025-q3", "2025-9m", "2025-h2", "2025"]);
        assert_eq!(
            serde_json::to_string(&Period {
                start: None,
                end: None,
                nominal: Some("2025-q4".parse().unwrap())
            })
            .unwrap(),
            r#"{"start":null,"end":null,"nominal":"2025-q4"}"#
        );
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
