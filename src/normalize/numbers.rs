//! The Vietnamese number grammar, token by token, over folded text.
//!
//! Takes folded text (see [`super::fold`]) and returns every run of digits
//! as a [`Num`]: a count (`2.810` → 2810, `05` → 5), a rate (`71,24%` →
//! 71.24, `99.6%` → 99.6, "đạt 100." → 100), a ratio (`1.067/1.542`,
//! `36 TTHC/346 TTHC`) or something that is not a figure (dates, document,
//! phone and account numbers, targets, list numbering, durations and
//! measures, bare decimals). It does not decide what a number counts: that
//! is the patterns' work.

use super::tail;
use crate::patterns::{Patterns, WordClass};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumKind {
    Count(i64),
    /// A percentage as written, with its number of decimals.
    Pct(f64, u8),
    /// "X/Y": value X of Y.
    Ratio(i64, i64),
    Not(NotFigure),
}

/// Why a run of digits is not a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotFigure {
    Date,
    DocumentNumber,
    Phone,
    Target,
    Numbering,
    Measure,
    Decimal,
    Malformed,
    /// Digits glued to letters ("m2", OCR "S6").
    Glued,
    /// Bare numbers side by side: a table row flattened into prose.
    Flattened,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// Byte span in the folded text, `%` and the "/Y" of a ratio included.
    pub start: usize,
    pub end: usize,
    pub kind: NumKind,
}

impl Num {
    pub fn is_figure(&self) -> bool {
        !matches!(self.kind, NumKind::Not(_))
    }
}

static DIGITS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9](?:[0-9]|[.,][0-9])*").expect("digits regex"));
// What may stand between X and "/" in "36 TTHC/346 TTHC".
static RATIO_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:tthc|thu tuc|ho so|hs|phieu|dvc|dvctt|luot)?\s*/\s*").expect("ratio unit")
});

/// Scans folded text for numbers, with the built-in non-figure words.
pub fn scan(text: &str) -> Vec<Num> {
    scan_with(text, &Patterns::builtin())
}

/// Scans folded text for numbers; the words that make a number a date, a
/// target, a label or a measure are the patterns' (`words.toml`).
pub fn scan_with(text: &str, pats: &Patterns) -> Vec<Num> {
    let mut out: Vec<Num> = Vec::new();
    let mut skip_until = 0;
    for m in DIGITS.find_iter(text) {
        if m.start() < skip_until {
            continue;
        }
        let (start, mut end) = (m.start(), m.end());
        let tok = m.as_str();
        let before = &text[..start];
        let after = &text[end..];
        let prev = before.chars().next_back();
        let next = after.chars().next();
        let kind =
            if prev.is_some_and(|c| c.is_alphabetic()) || next.is_some_and(|c| c.is_alphabetic()) {
                NumKind::Not(NotFigure::Glued)
            } else if prev == Some('/') || prev == Some('-') && before.ends_with("/-") {
                NumKind::Not(NotFigure::DocumentNumber)
            } else if let Some((k, e)) = slash_form(tok, text, end, pats) {
                end = e;
                skip_until = e;
                k
            } else if is_phone(tok) {
                NumKind::Not(NotFigure::Phone)
            } else {
                let (pct, pct_end) = percent_after(after);
                match parse(tok, pct) {
                    // No ward counts a billion records: an account or ID number.
                    Parsed::Int(v) if v > 1_000_000_000 => NumKind::Not(NotFigure::Malformed),
                    Parsed::Dec(v, _) if pct && v > 1000.0 => NumKind::Not(NotFigure::Malformed),
                    Parsed::Int(v) if pct => {
                        end += pct_end;
                        NumKind::Pct(v as f64, 0)
                    }
                    Parsed::Dec(v, d) if pct => {
                        end += pct_end;
                        NumKind::Pct(v, d)
                    }
                    Parsed::Int(v) => classify_int(v, text, start, end, pats),
                    Parsed::Dec(..) => NumKind::Not(NotFigure::Decimal),
                    Parsed::Date => NumKind::Not(NotFigure::Date),
                    Parsed::Bad => NumKind::Not(NotFigure::Malformed),
                }
            };
        let kind = match kind {
            NumKind::Count(_) | NumKind::Pct(..) | NumKind::Ratio(..)
                if pats
                    .words(WordClass::TargetBefore)
                    .cue
                    .is_match(tail(before, 60)) =>
            {
                NumKind::Not(NotFigure::Target)
            }
            k => k,
        };
        out.push(Num { start, end, kind });
    }
    // "... giải quyết 1 107 107": bare numbers side by side are a table row
    // flattened into prose; which number is which cannot be told.
    let bare = |n: &Num| matches!(n.kind, NumKind::Count(_));
    let flat: Vec<bool> = (0..out.len())
        .map(|i| {
            let side =
                |a: &Num, b: &Num| bare(a) && bare(b) && text[a.end..b.start].trim().is_empty();
            (i > 0 && side(&out[i - 1], &out[i]))
                || (i + 1 < out.len() && side(&out[i], &out[i + 1]))
        })
        .collect();
    for (n, f) in out.iter_mut().zip(flat) {
        if f {
            n.kind = NumKind::Not(NotFigure::Flattened);
        }
    }
    out
}

fn percent_after(after: &str) -> (bool, usize) {
    let t = after.trim_start_matches(' ');
    if t.starts_with('%') {
        (true, after.len() - t.len() + 1)
    } else {
        (false, 0)
    }
}

enum Parsed {
    Int(i64),
    Dec(f64, u8),
    Date,
    Bad,
}

/// `2.810` and `1.234.567` are thousands; `71,24` and `99.6` decimals;
/// `20.03.2026` a date.
fn parse(tok: &str, pct: bool) -> Parsed {
    let seps: Vec<(usize, char)> = tok
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    let digits_only = |s: &str| s.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    if seps.is_empty() {
        return tok.parse().map(Parsed::Int).unwrap_or(Parsed::Bad);
    }
    let groups: Vec<&str> = tok.split(['.', ',']).collect();
    if seps.len() == 1 {
        let (i, sep) = seps[0];
        let tail_len = tok.len() - i - 1;
        let thousands = tail_len == 3 && !pct && (sep == '.' || sep == ',');
        if thousands {
            return digits_only(tok)
                .parse()
                .map(Parsed::Int)
                .unwrap_or(Parsed::Bad);
        }
        let v: f64 = tok.replace(',', ".").parse().unwrap_or(f64::NAN);
        if v.is_nan() {
            return Parsed::Bad;
        }
        return Parsed::Dec(v, tail_len.min(9) as u8);
    }
    // Several separators: thousands groups, optionally a decimal comma.
    let all_dots = seps.iter().all(|(_, c)| *c == '.');
    if all_dots && groups[1..].iter().all(|g| g.len() == 3) && groups[0].len() <= 3 {
        return digits_only(tok)
            .parse()
            .map(Parsed::Int)
            .unwrap_or(Parsed::Bad);
    }
    let last = seps[seps.len() - 1];
    let head = &tok[..last.0];
    if last.1 == ',' && head.split('.').skip(1).all(|g| g.len() == 3) {
        let v: f64 = format!("{}.{}", digits_only(head), &tok[last.0 + 1..])
            .parse()
            .unwrap_or(f64::NAN);
        if !v.is_nan() {
            return Parsed::Dec(v, (tok.len() - last.0 - 1) as u8);
        }
    }
    if groups.len() == 3 && groups[0].len() <= 2 && groups[1].len() <= 2 && groups[2].len() == 4 {
        return Parsed::Date;
    }
    Parsed::Bad
}

/// Phone numbers start with 0 and have 9 or more digits, dotted or not.
fn is_phone(tok: &str) -> bool {
    let digits = tok.chars().filter(|c| c.is_ascii_digit()).count();
    tok.starts_with('0') && digits >= 9
}

/// Forms with a slash after the first number: dates, document numbers and
/// ratios. Returns the kind and the end of the whole form.
fn slash_form(tok: &str, text: &str, end: usize, pats: &Patterns) -> Option<(NumKind, usize)> {
    let after = &text[end..];
    let unit = RATIO_UNIT.find(after)?;
    let rest = &after[unit.end()..];
    let plain_slash = unit.as_str() == "/";
    if plain_slash {
        // d/m/y, m/y, N/YYYY/ND-CP, 937/UBND-VHXH
        static DATE: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^(?:[0-9]{1,2}/[0-9]{2,4}|[0-9]{4})\b").expect("date"));
        static DOC: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"^(?:[0-9]+/)?[a-z]").expect("doc"));
        if DOC.is_match(rest) {
            return Some((NumKind::Not(NotFigure::DocumentNumber), end));
        }
        let small = tok.len() <= 2;
        if small && let Some(d) = DATE.find(rest) {
            let form_end = end + unit.end() + d.end();
            let looks_like_doc = text[form_end..].starts_with('/');
            let kind = if looks_like_doc {
                NotFigure::DocumentNumber
            } else {
                NotFigure::Date
            };
            return Some((NumKind::Not(kind), form_end));
        }
        // d/m after "ngày", "từ", "đến"
        if small
            && !rest.is_empty()
            && pats
                .words(WordClass::DateBefore)
                .cue
                .is_match(text[..end - tok.len()].trim_end())
        {
            static DM: LazyLock<Regex> =
                LazyLock::new(|| Regex::new(r"^[0-9]{1,2}\b").expect("dm"));
            if let Some(d) = DM.find(rest) {
                return Some((NumKind::Not(NotFigure::Date), end + unit.end() + d.end()));
            }
        }
    }
    let y = DIGITS.find(rest).filter(|m| m.start() == 0)?;
    let (Parsed::Int(x), Parsed::Int(yv)) = (parse(tok, false), parse(y.as_str(), false)) else {
        return None;
    };
    let mut form_end = end + unit.end() + y.end();
    // "36 TTHC/346 TTHC": the unit after Y belongs to the form.
    let after_y = &text[form_end..];
    if text[form_end..].starts_with('/') {
        return Some((NumKind::Not(NotFigure::DocumentNumber), form_end));
    }
    // No ward counts a billion records (see the counts' bound).
    if x > yv || yv == 0 || yv > 1_000_000_000 {
        return Some((NumKind::Not(NotFigure::Malformed), form_end));
    }
    if let Some(u) = RATIO_UNIT_AFTER.find(after_y) {
        form_end += u.end();
    }
    Some((NumKind::Ratio(x, yv), form_end))
}

static RATIO_UNIT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ (?:tthc|thu tuc)\b").expect("ratio unit after"));

fn classify_int(v: i64, text: &str, start: usize, end: usize, pats: &Patterns) -> NumKind {
    let before = text[..start].trim_end_matches(' ');
    let after = &text[end..];
    // "ngày 14", "tháng 9", "năm 2025", "quý 3"
    static DATE_WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:^|[^a-z])(ngay|thang|nam|quy)$").expect("date word"));
    if let Some(c) = DATE_WORD.captures(before) {
        let ok = match &c[1] {
            "ngay" => v <= 31,
            "thang" => v <= 12,
            "nam" => (1900..=2100).contains(&v),
            _ => v <= 4,
        };
        if ok {
            return NumKind::Not(NotFigure::Date);
        }
    }
    // "quầy số 3", "Phụ lục 2", "mục 4": a label, not a count.
    if pats.words(WordClass::LabelBefore).cue.is_match(before) {
        return NumKind::Not(NotFigure::Numbering);
    }
    // "dịch vụ công trực tuyến mức độ 3, 4": a level, not a count.
    if before.ends_with("muc do") || before.ends_with("muc") || before.ends_with("cap do") {
        return NumKind::Not(NotFigure::Measure);
    }
    if pats.words(WordClass::MeasureAfter).cue.is_match(after) {
        return NumKind::Not(NotFigure::Measure);
    }
    // List numbering: "1.", "2)" opening a paragraph or a bullet.
    let opens = before.trim_end_matches(['-', '+', ' ', '(']).is_empty();
    if opens && (after.starts_with(". ") || after.starts_with(')')) {
        return NumKind::Not(NotFigure::Numbering);
    }
    // "đạt 100." with no % sign: a rate.
    static DAT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|\s)dat$").expect("dat"));
    if v <= 100 && DAT.is_match(before) && (after.is_empty() || after.starts_with('.')) {
        return NumKind::Pct(v as f64, 0);
    }
    NumKind::Count(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<NumKind> {
        scan(s).into_iter().map(|n| n.kind).collect()
    }

    #[test]
    fn vietnamese_thousands_and_decimals() {
        assert_eq!(
            kinds("da tiep nhan 2.810 ho so"),
            vec![NumKind::Count(2810)]
        );
        assert_eq!(kinds("dat ty le 71,24%"), vec![NumKind::Pct(71.24, 2)]);
        assert_eq!(kinds("ty le 99.6%"), vec![NumKind::Pct(99.6, 1)]);
        assert_eq!(kinds("qua han 05 ho so"), vec![NumKind::Count(5)]);
        assert_eq!(kinds("tong 1.234.567 ho so"), vec![NumKind::Count(1234567)]);
        assert_eq!(kinds("dat 96 %"), vec![NumKind::Pct(96.0, 0)]);
        assert_eq!(kinds("so hoa dat 100."), vec![NumKind::Pct(100.0, 0)]);
    }

    #[test]
    fn ratios() {
        assert_eq!(
            kinds("thanh toan 1.067/1.542 dat"),
            vec![NumKind::Ratio(1067, 1542)]
        );
        assert_eq!(
            kinds("co 36 tthc/346 tthc dat 10,4%")[..1],
            [NumKind::Ratio(36, 346)]
        );
        let n = scan("616/616 ho so");
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].end, 7);
    }

    #[test]
    fn not_figures() {
        use NotFigure::*;
        let not = |s: &str| {
            kinds(s)
                .into_iter()
                .map(|k| match k {
                    NumKind::Not(n) => Some(n),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(not("tu ngay 01/7/2025 den"), vec![Some(Date)]);
        assert_eq!(not("tu 20.03.2026 den"), vec![Some(Date)]);
        assert_eq!(not("cong van so 937/ubnd-vhxh"), vec![Some(DocumentNumber)]);
        assert!(
            not("nghi dinh 118/2025/nd-cp")
                .iter()
                .all(|k| *k == Some(DocumentNumber))
        );
        assert_eq!(not("dien thoai 0826.888.993"), vec![Some(Phone)]);
        assert_eq!(not("tai khoan 3511.0.1143508.00000")[0], Some(Malformed));
        assert_eq!(not("chi tieu thanh pho giao ≥ 60%"), vec![Some(Target)]);
        assert_eq!(not("1. cong tac chi dao"), vec![Some(Numbering)]);
        assert_eq!(not("qua han 05 phut"), vec![Some(Measure)]);
        assert_eq!(not("dien tich 190 m2"), vec![Some(Measure), Some(Glued)]);
        assert_eq!(not("thang 9 nam 2025"), vec![Some(Date), Some(Date)]);
        assert_eq!(
            not("ngay 14 thang 2 nam 2008"),
            vec![Some(Date), Some(Date), Some(Date)]
        );
        assert_eq!(not("thang 9/2025"), vec![Some(Date)]);
        assert_eq!(
            not("so ho so giai quyet 1 107 107"),
            vec![Some(Flattened); 3]
        );
        // Found by the fuzzer: a ratio's Y is bounded like a count.
        assert_eq!(not("66/6666666666666666"), vec![Some(Malformed)]);
    }
}
