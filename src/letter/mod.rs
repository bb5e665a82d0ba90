//! The letter back to a ward (issue 25): for a report with findings, a DOCX
//! the office can edit and sign, in the layout of Vietnamese administrative
//! documents (Decree 30/2020/NĐ-CP): the issuing body and the national
//! motto side by side, number and date lines, "V/v rà soát số liệu báo cáo
//! …", "Kính gửi: …", one numbered item per error (what the report states,
//! where — page, line and the quoted text —, what does not add up, what to
//! check), "Nơi nhận" and the signature block; Times New Roman 14, A4.
//!
//! Takes a report, the document it was read from (for the quoted lines)
//! and a [`LetterConfig`]; returns the DOCX bytes ([`write_letter`], with
//! docx-rs) or its paragraphs as plain text ([`Letter::paragraphs`], what
//! the tests compare with baocao's own DOCX reader). Findings that rest on
//! one wrong number are one item (`review::items`). It decides nothing:
//! which units get a letter is the caller's choice.

mod docx;

pub use docx::write_letter;

use crate::model::{Document, Key, Nominal, Report};
use crate::review::items;
use serde::Deserialize;

/// The office's details, from options or a small TOML file (every field
/// optional; see `docs/review-site.md`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LetterConfig {
    /// The superior body, above the issuing office (`\n` between lines).
    pub authority: String,
    /// The issuing office.
    pub office: String,
    /// The office's short name in the number line ("Số:    /VP-KSTT").
    pub code: String,
    /// The place in the date line.
    pub place: String,
    /// The signer's title, e.g. "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG".
    pub signer_title: String,
    /// The signer's name (empty: left for the signer to write).
    pub signer_name: String,
    /// Days the ward has to send the corrected report.
    pub reply_days: u32,
}

impl Default for LetterConfig {
    fn default() -> Self {
        LetterConfig {
            authority: "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG".into(),
            office: "VĂN PHÒNG".into(),
            code: "VP-KSTT".into(),
            place: "Hải Phòng".into(),
            signer_title: "CHÁNH VĂN PHÒNG".into(),
            signer_name: String::new(),
            reply_days: 5,
        }
    }
}

/// Why the letter's configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    #[error("cannot read the letter configuration {0}")]
    Read(std::path::PathBuf, #[source] std::io::Error),
    #[error("the letter configuration {0} is not valid TOML for it")]
    Parse(std::path::PathBuf, #[source] toml::de::Error),
    #[error("cannot write the letter {0}")]
    Write(std::path::PathBuf, #[source] std::io::Error),
    #[error("cannot pack the letter {0}")]
    Pack(std::path::PathBuf, #[source] docx_rs::DocxError),
}

impl LetterConfig {
    pub fn load(path: &std::path::Path) -> Result<LetterConfig, LetterError> {
        let text =
            std::fs::read_to_string(path).map_err(|e| LetterError::Read(path.to_path_buf(), e))?;
        toml::from_str(&text).map_err(|e| LetterError::Parse(path.to_path_buf(), e))
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Today in UTC+7 (Vietnam), from the system clock.
    pub fn today() -> Date {
        let vn = jiff::tz::TimeZone::fixed(jiff::tz::offset(7));
        let d = jiff::Timestamp::now().to_zoned(vn).date();
        Date {
            year: i32::from(d.year()),
            month: d.month() as u32,
            day: d.day() as u32,
        }
    }
}

/// What a letter says, before it is laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Letter {
    pub authority: String,
    pub office: String,
    pub number: String,
    pub date_line: String,
    pub subject: String,
    pub addressee: String,
    /// The body's paragraphs: the introduction, each numbered item with
    /// its sub-paragraphs, the request.
    pub body: Vec<Paragraph>,
    pub recipients: Vec<String>,
    pub signer_title: String,
    pub signer_name: String,
}

/// One paragraph of the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    /// An item's first line, in bold.
    pub heading: bool,
    /// Indented under an item.
    pub indent: bool,
}

fn para(text: impl Into<String>, heading: bool, indent: bool) -> Paragraph {
    Paragraph {
        text: text.into(),
        heading,
        indent,
    }
}

/// The text of line `n` (1-based, counted across pages) and its page.
fn line_at(doc: Option<&Document>, n: usize) -> Option<(usize, String)> {
    let doc = doc?;
    let mut k = 0;
    for (pi, p) in doc.pages.iter().enumerate() {
        if n <= k + p.lines.len() {
            return Some((pi + 1, p.lines[n - k - 1].clone()));
        }
        k += p.lines.len();
    }
    None
}

/// A line as quoted in a letter: cells apart by " | ", spaces collapsed,
/// at most 220 characters.
fn quote(line: &str) -> String {
    let s: String = line
        .split('\t')
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" | ");
    match s.char_indices().nth(220) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

fn period_of(r: &Report) -> Option<Nominal> {
    r.period.as_ref().and_then(|p| p.nominal)
}

/// The unit as addressed: "Ủy ban nhân dân phường Chí Linh".
fn addressee(r: &Report) -> String {
    match &r.unit {
        Some(u) => format!("Ủy ban nhân dân {} {}", u.kind.label_vi(), u.name),
        None => "Ủy ban nhân dân đơn vị gửi báo cáo".to_string(),
    }
}

fn file_name(r: &Report) -> String {
    std::path::Path::new(&r.file)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| r.file.clone())
}

fn keys_vi(keys: &[Key]) -> String {
    keys.iter()
        .map(|k| k.label_vi())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The letter for a report: one numbered item per error (its consequences
/// inside it); a report without findings gets the short acknowledgement.
pub fn compose(r: &Report, doc: Option<&Document>, cfg: &LetterConfig, date: Date) -> Letter {
    let unit = addressee(r);
    let period = period_of(r)
        .map(|p| format!(" {}", p.label_vi()))
        .unwrap_or_default();
    let mut body = Vec::new();
    let groups = items::group(&r.findings);
    if groups.is_empty() {
        body.push(para(
            format!(
                "{} đã nhận báo cáo{period} của {unit} (tệp {}). Qua rà soát, các số liệu của báo cáo khớp nhau; {} ghi nhận và tổng hợp vào báo cáo chung của thành phố.",
                sentence_case(&cfg.office),
                file_name(r),
                sentence_case(&cfg.office)
            ),
            false,
            false,
        ));
    } else {
        body.push(para(
            format!(
                "{} đã nhận báo cáo{period} của {unit} (tệp {}). Qua rà soát, một số số liệu trong báo cáo chưa khớp nhau, cụ thể như sau:",
                sentence_case(&cfg.office),
                file_name(r)
            ),
            false,
            false,
        ));
        for (i, g) in groups.iter().enumerate() {
            body.push(para(
                format!("{}. {}", i + 1, capitalize(&g.head.message)),
                true,
                false,
            ));
            let where_: Vec<String> = g
                .lines
                .iter()
                .map(|&l| match line_at(doc, l) {
                    Some((p, text)) if doc.is_some_and(|d| d.paged()) => {
                        format!("trang {p}, dòng {l}: “{}”", quote(&text))
                    }
                    Some((_, text)) => format!("dòng {l}: “{}”", quote(&text)),
                    None => format!("dòng {l}"),
                })
                .collect();
            body.push(para("Báo cáo ghi tại:", false, true));
            for w in where_ {
                body.push(para(format!("- {w};"), false, true));
            }
            for c in &g.consequences {
                body.push(para(
                    format!("Sai lệch này kéo theo: {}.", c.message),
                    false,
                    true,
                ));
            }
            let check = match g.head.culprit {
                Some(k) => format!(
                    "Đề nghị kiểm tra lại số {} (nhiều khả năng là số ghi sai) và các số liên quan: {}.",
                    k.label_vi(),
                    keys_vi(&g.head.keys)
                ),
                None => format!(
                    "Đề nghị kiểm tra lại các số: {}.",
                    keys_vi(&g.findings().flat_map(|f| f.keys.iter().copied()).fold(
                        Vec::new(),
                        |mut v, k| {
                            if !v.contains(&k) {
                                v.push(k);
                            }
                            v
                        }
                    ))
                ),
            };
            body.push(para(check, false, true));
        }
        body.push(para(
            format!(
                "Đề nghị {unit} kiểm tra, chỉnh sửa các số liệu nêu trên và gửi lại báo cáo về {} trong thời hạn {} ngày làm việc kể từ ngày nhận được văn bản này./.",
                sentence_case(&cfg.office),
                cfg.reply_days
            ),
            false,
            false,
        ));
    }
    let period_name = period_of(r)
        .map(|p| p.label_vi())
        .unwrap_or_else(|| "của đơn vị".to_string());
    Letter {
        authority: cfg.authority.clone(),
        office: cfg.office.clone(),
        number: format!("Số:       /{}", cfg.code),
        date_line: format!(
            "{}, ngày {:02} tháng {:02} năm {}",
            cfg.place, date.day, date.month, date.year
        ),
        subject: if groups.is_empty() {
            format!("V/v tiếp nhận báo cáo {period_name}")
        } else {
            format!("V/v rà soát số liệu báo cáo {period_name}")
        },
        addressee: format!("Kính gửi: {unit}."),
        body,
        recipients: vec!["- Như trên;".to_string(), "- Lưu: VT.".to_string()],
        signer_title: cfg.signer_title.clone(),
        signer_name: cfg.signer_name.clone(),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "VĂN PHÒNG" → "Văn phòng" for use inside a sentence.
fn sentence_case(s: &str) -> String {
    capitalize(&s.to_lowercase())
}

impl Letter {
    /// Every paragraph of the letter as plain text, in reading order (the
    /// heading's two columns one after the other).
    pub fn paragraphs(&self) -> Vec<String> {
        let mut v: Vec<String> = self.authority.lines().map(str::to_string).collect();
        v.extend([
            self.office.clone(),
            self.number.clone(),
            self.subject.clone(),
            docx::MOTTO_1.to_string(),
            docx::MOTTO_2.to_string(),
            self.date_line.clone(),
            self.addressee.clone(),
        ]);
        v.extend(self.body.iter().map(|p| p.text.clone()));
        v.push("Nơi nhận:".to_string());
        v.extend(self.recipients.iter().cloned());
        v.extend(self.signer_title.lines().map(str::to_string));
        if !self.signer_name.is_empty() {
            v.push(self.signer_name.clone());
        }
        v
    }
}

/// The letter's file name for a unit: `thu/phuong-chi-linh.docx`-style,
/// ASCII, from the unit (or the report's file when it names none).
pub fn file_stem(r: &Report) -> String {
    let base = match &r.unit {
        Some(u) => format!("{} {}", u.kind.label_vi(), u.name),
        None => file_name(r),
    };
    let folded = crate::text::fold(&base);
    let slug: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("cong-van-ra-soat_{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_from_toml_keeps_defaults_for_missing_fields() {
        let c: LetterConfig =
            toml::from_str("office = \"VĂN PHÒNG UBND THÀNH PHỐ\"\nsigner_name = \"Nguyễn Văn A\"")
                .unwrap();
        assert_eq!(c.office, "VĂN PHÒNG UBND THÀNH PHỐ");
        assert_eq!(c.signer_name, "Nguyễn Văn A");
        assert_eq!(c.place, "Hải Phòng");
        assert!(toml::from_str::<LetterConfig>("officer = 1").is_err());
    }

    #[test]
    fn quotes_are_short_and_cells_apart() {
        assert_eq!(quote("Tổng\t 12 \t\t3"), "Tổng | 12 | 3");
        assert_eq!(quote(&"x".repeat(300)).chars().count(), 221);
    }
}
