//! The nominal period of a report (`period.nominal`, issue 13): the period
//! it is *for* as the office names it in its title ("tháng 12 năm 2025",
//! "quý III/2025", "6 tháng cuối năm"), whatever its data window.
//!
//! Takes the folded paragraphs and the data window `identity::period` read;
//! returns that period with `nominal` filled (a period with no dates when
//! only the title names one). The cues are data, `patterns/periods.toml`
//! (loaded by [`super::periods`]), each with example titles that run as
//! tests. It reads only the title (the
//! paragraphs after "BÁO CÁO", up to the body), so a decree's year or a
//! plan's "nhiệm vụ tháng 10" further down never names the period; a report
//! whose title names none gets none (Chí Linh's "từ 01/7 đến 15/10/2025"),
//! and so does one whose title's period cannot be its data window's.

use super::periods::{Kind, PERIODS, quarter};
use crate::model::{Nominal, Period};

/// The data window with the title's nominal period filled in.
pub fn with_nominal(period: Option<Period>, texts: &[&str]) -> Option<Period> {
    let start = period.as_ref().and_then(|p| p.start.as_deref());
    let nominal = of_title(texts, start).filter(|&n| fits_window(n, period.as_ref()));
    match (period, nominal) {
        (Some(p), n) => Some(Period { nominal: n, ..p }),
        (None, Some(n)) => Some(Period {
            start: None,
            end: None,
            nominal: Some(n),
        }),
        (None, None) => None,
    }
}

/// The nominal period the title names, whether or not it can be the data
/// window's; `start` is the window's first day (ISO), for a cue that names
/// no year or no half.
pub fn of_title(texts: &[&str], start: Option<&str>) -> Option<Nominal> {
    title(texts).and_then(|t| read(&t, start))
}

/// The title: the text after the first "báo cáo" and the paragraphs after
/// it, up to the body or `max_chars`.
fn title(texts: &[&str]) -> Option<String> {
    let c = &*PERIODS;
    let i = texts.iter().position(|t| c.title_start.is_match(t))?;
    let first = texts[i];
    let m = c.title_start.find(first)?;
    let mut out = first[m.end()..].trim().to_string();
    for t in &texts[i + 1..] {
        if out.len() >= c.max_chars || c.title_end.is_match(t.trim_start()) {
            break;
        }
        out.push(' ');
        out.push_str(t.trim());
    }
    let mut cut = c.max_chars.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    Some(out)
}

/// The nominal period a (folded) title names; `start` is the data window's
/// first day (ISO), for a cue that names no year or no half.
pub(crate) fn read(title: &str, start: Option<&str>) -> Option<Nominal> {
    let (win_year, win_month) = match start.map(|s| s.split('-').collect::<Vec<_>>()) {
        Some(p) if p.len() == 3 => (p[0].parse::<i32>().ok(), p[1].parse::<u8>().ok()),
        _ => (None, None),
    };
    // The earliest match wins; at one position, the first cue of the file.
    let mut best: Option<(usize, usize, Option<Nominal>)> = None;
    for (ci, cue) in PERIODS.cues.iter().enumerate() {
        let Some(caps) = cue.cue.captures_iter(title).find(|c| match &cue.not_after {
            Some(re) => !re.is_match(&title[..c.get(0).map_or(0, |m| m.start())]),
            None => true,
        }) else {
            continue;
        };
        let at = caps.get(0).map_or(0, |m| m.start());
        if best.as_ref().is_some_and(|(b, _, _)| *b <= at) {
            continue;
        }
        let year = caps
            .name("y")
            .and_then(|m| m.as_str().parse::<i32>().ok())
            .or(win_year);
        let n = year.and_then(|year| {
            Some(match cue.kind {
                Kind::Month => Nominal::Month {
                    year,
                    month: caps.name("m")?.as_str().parse().ok()?,
                },
                Kind::Quarter => Nominal::Quarter {
                    year,
                    quarter: quarter(caps.name("q")?.as_str())?,
                },
                Kind::Half => Nominal::Half {
                    year,
                    half: match cue.half {
                        Some(h @ 1..=2) => h,
                        _ => win_month.map(|m| if m <= 6 { 1 } else { 2 })?,
                    },
                },
                Kind::NineMonths => Nominal::NineMonths { year },
                Kind::Year => Nominal::Year { year },
            })
        });
        best = Some((at, ci, n));
    }
    best.and_then(|(_, _, n)| n)
}

/// (year, month) of an ISO date.
fn year_month(d: Option<&str>) -> Option<(i32, i32)> {
    let mut it = d?.split('-');
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// Whether the title's period can be the period of the data window: the
/// window ends within the period or the month around it, and a window of
/// one month is not a half-year's or a year's. A title that OCR scrambled
/// ("... tháng" / "11" / "năm 2025" on separate lines reads "năm 2025")
/// then gets no nominal period rather than a wrong one.
fn fits_window(n: Nominal, window: Option<&Period>) -> bool {
    let Some(w) = window else { return true };
    let (first, len) = n.months();
    let index = |(y, m): (i32, i32)| y * 12 + m - 1;
    let from = index((n.year(), i32::from(first)));
    let to = from + i32::from(len) - 1;
    if let Some(end) = year_month(w.end.as_deref()).map(index)
        && (end < from - 1 || end > to + 1)
    {
        return false;
    }
    match (
        year_month(w.start.as_deref()).map(index),
        year_month(w.end.as_deref()).map(index),
    ) {
        (Some(a), Some(b)) => !(b - a < 1 && len >= 6),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_hold() {
        assert!(!PERIODS.cues.is_empty());
        for cue in &PERIODS.cues {
            assert!(!cue.examples.is_empty(), "{} has no example", cue.id);
            for ex in &cue.examples {
                let want = if ex.none { None } else { ex.nominal };
                assert!(
                    ex.none || ex.nominal.is_some(),
                    "{}: example without nominal",
                    cue.id
                );
                assert_eq!(
                    read(&ex.text, ex.start.as_deref()),
                    want,
                    "cue {}: {:?}",
                    cue.id,
                    ex.text
                );
            }
        }
    }

    #[test]
    fn a_title_period_that_cannot_be_the_data_window_is_dropped() {
        let w = |start: &str, end: &str| Period {
            start: Some(start.into()),
            end: Some(end.into()),
            nominal: None,
        };
        let p = |s: &str| s.parse::<Nominal>().unwrap();
        // "tháng 12" reported over 15/11–14/12: fine.
        assert!(fits_window(
            p("2025-12"),
            Some(&w("2025-11-15", "2025-12-14"))
        ));
        // A year-end summary over the months since July: fine.
        assert!(fits_window(p("2025"), Some(&w("2025-07-01", "2025-12-15"))));
        // One month of data is not the year's report, nor another month's.
        assert!(!fits_window(
            p("2025"),
            Some(&w("2025-11-01", "2025-11-30"))
        ));
        assert!(!fits_window(
            p("2025-03"),
            Some(&w("2025-11-01", "2025-11-30"))
        ));
        assert!(fits_window(p("2025-q4"), None));
    }

    #[test]
    fn only_the_title_names_the_period() {
        let texts = [
            "uy ban nhan dan phuong x",
            "ha noi, ngay 03 thang 5 nam 2026",
            "bao cao",
            "ket qua giai quyet thu tuc hanh chinh quy i nam 2026",
            "(ky bao cao: tu ngay 15/12/2025 den ngay 14/3/2026)",
            "can cu ke hoach so 12/kh-ubnd nam 2025 ve cai cach",
        ];
        let window = Period {
            start: Some("2025-12-15".into()),
            end: Some("2026-03-14".into()),
            nominal: None,
        };
        let p = with_nominal(Some(window), &texts).unwrap();
        assert_eq!(p.nominal.unwrap().to_string(), "2026-q1");
        assert_eq!(p.start.as_deref(), Some("2025-12-15"));
        // No "báo cáo" heading: no title, no nominal period.
        assert_eq!(with_nominal(None, &texts[4..]), None);
        // The body's "năm 2025" is past the title's end.
        let body = ["bao cao tinh hinh van hanh", "can cu quyet dinh nam 2025"];
        assert_eq!(with_nominal(None, &body), None);
        // A hard-wrapped text joins "BÁO CÁO" to the date line before it.
        let joined = [
            "so: /bc-ubnd, ngay thang 4 nam 2026 bao cao",
            "so ket cong tac 6 thang dau nam 2026",
        ];
        let p = with_nominal(None, &joined).unwrap();
        assert_eq!(p.nominal.unwrap().to_string(), "2026-h1");
    }
}
