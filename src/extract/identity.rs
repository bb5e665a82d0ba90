//! Who reports and for when: the unit among the city's 114, and the period.
//!
//! Takes the folded paragraphs; returns the [`Unit`] named most often (with
//! its prefix "phường"/"xã"/"đặc khu" counting triple, so a neighbour
//! mentioned in passing does not win) with its exact name from the units
//! table, and the [`Period`]: the first stated data period ("từ (ngày)
//! 20/3/2026 đến (ngày) 19/4/2026", "tính đến ngày ..." with a later start),
//! else the title's month, quarter, half-year or year. A stated range much
//! shorter than the period the title names dates an event in it (a
//! holiday, a course), not the data ([`report_period`]). Its words are data,
//! the `[[window]]` cues of `patterns/periods.toml` (loaded by
//! [`super::periods`]), each with examples that run as tests. It does not
//! read figures.

use super::nominal;
use super::periods::{PERIODS, Role, quarter};
use crate::model::{Nominal, Period, Unit};
use crate::patterns::{Patterns, UnitEntry, WordClass};
use jiff::civil::Date;

pub fn unit(texts: &[&str], lines: &[String], pats: &Patterns) -> Option<Unit> {
    let mut best: Option<(usize, usize, &UnitEntry)> = None;
    let named = pats.units_named_in(texts.iter().copied());
    for (u, _) in pats.units().iter().zip(named).filter(|(_, n)| *n) {
        let mut score = 0;
        let mut first = usize::MAX;
        let mut offset = 0;
        for t in texts {
            for (at, _) in t.match_indices(u.folded.as_str()) {
                let end = at + u.folded.len();
                let bounded = !t[..at].ends_with(|c: char| c.is_alphanumeric())
                    && !t[end..].starts_with(|c: char| c.is_alphanumeric());
                if !bounded {
                    continue;
                }
                if pats.words(WordClass::FormerUnit).cue.is_match(&t[..at]) {
                    continue;
                }
                score += if pats.words(WordClass::UnitPrefix).cue.is_match(&t[..at]) {
                    3
                } else {
                    1
                };
                first = first.min(offset + at);
            }
            offset += t.len();
        }
        if score > 0 && best.is_none_or(|(s, f, _)| score > s || score == s && first < f) {
            best = Some((score, first, u));
        }
    }
    let (_, _, u) = best?;
    let u = with_marks(u, lines, pats);
    Some(Unit {
        kind: u.kind,
        name: u.name.clone(),
    })
}

/// Units whose names differ only by a mark (Cẩm Giang, Cẩm Giàng) fold
/// alike: where the text has its diacritics, the one it spells wins;
/// where it lost them, the first of the table stays (a reader checks).
fn with_marks<'p>(u: &'p UnitEntry, lines: &[String], pats: &'p Patterns) -> &'p UnitEntry {
    let alike: Vec<&UnitEntry> = pats
        .units()
        .iter()
        .filter(|v| v.folded == u.folded)
        .collect();
    if alike.len() < 2 {
        return u;
    }
    let spelled = |v: &UnitEntry| {
        let name = v.name.to_lowercase();
        lines
            .iter()
            .map(|l| {
                let l = l.to_lowercase();
                l.match_indices(&name)
                    .filter(|(at, _)| {
                        let end = at + name.len();
                        !l[..*at].ends_with(char::is_alphanumeric)
                            && !l[end..].starts_with(char::is_alphanumeric)
                    })
                    .count()
            })
            .sum::<usize>()
    };
    alike
        .into_iter()
        .map(|v| (spelled(v), v))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map_or(u, |(_, v)| v)
}

/// A date of the calendar ("31/4" is none); a two-digit year is 20yy.
fn date(d: &str, m: &str, y: &str) -> Option<String> {
    let y: i16 = y.parse().ok()?;
    let y = if y < 100 { y + 2000 } else { y };
    Date::new(y, m.parse().ok()?, d.parse().ok()?)
        .ok()
        .map(|d| d.to_string())
}

fn month(m: u32, y: i32) -> Period {
    span(m, m, y)
}

/// From the first day of month `m1` to the last of `m2`, in year `y`.
fn span(m1: u32, m2: u32, y: i32) -> Period {
    let first = |m: u32| Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, 1).ok();
    Period {
        start: first(m1).map(|d| d.to_string()),
        end: first(m2).map(|d| d.last_of_month().to_string()),
        nominal: None,
    }
}

/// The data window: the first stated range, else the month, quarter,
/// months of a year or half-year the first 60 paragraphs name, else a month
/// named without its year after a report's words, else "tính đến ngày"
/// (the cues of `[[window]]` in `patterns/periods.toml`).
pub fn period(texts: &[&str]) -> Option<Period> {
    window(texts, &|_| true)
}

/// The report's period: the data window [`period`] reads, with the title's
/// nominal period ([`nominal::with_nominal`]), [`reconcile`]d. A stated
/// range too short to be the data window of the title's period (a
/// holiday, a training course, a peak week the text dates: [`covers`]) is
/// passed over for the next range that is not, else for what the text
/// names otherwise (the title's month, quarter, ...).
pub fn report_period(texts: &[&str]) -> Option<Period> {
    let first = period(texts);
    let start = first.as_ref().and_then(|p| p.start.as_deref());
    let window = match nominal::of_title(texts, start) {
        Some(n) if first.as_ref().is_some_and(|w| !covers(w, n)) => {
            window(texts, &|w| covers(w, n))
        }
        _ => first,
    };
    reconcile(nominal::with_nominal(window, texts))
}

/// Whether a stated window can be the data window of a report for `n`:
/// it spans at least half of `n`'s days, or four weeks (a year's report
/// may cover only the months since the wards were formed, July to
/// December 2025). A shorter one dates an event within the period, not
/// the period's data. A window without both ends, or a period of unknown
/// length, is not judged.
fn covers(w: &Period, n: Nominal) -> bool {
    let (first, len) = n.months();
    let (first, year) = (u32::from(first), n.year());
    let whole = span(first, first + u32::from(len) - 1, year);
    match (length(w), length(&whole)) {
        (Some(days), Some(whole)) => days * 2 >= whole || days >= 28,
        _ => true,
    }
}

/// The days a period spans, both ends counted.
fn length(p: &Period) -> Option<i64> {
    let day = |s: &Option<String>| s.as_deref()?.parse::<Date>().ok();
    let span = day(&p.start)?.until(day(&p.end)?).ok()?;
    Some(i64::from(span.get_days()) + 1)
}

/// [`period`], taking a stated range only when `takes` it.
fn window(texts: &[&str], takes: &dyn Fn(&Period) -> bool) -> Option<Period> {
    let w = |r: Role| PERIODS.window(r);
    for t in texts {
        for c in w(Role::Range).captures_iter(t) {
            let end = date(&c["d2"], &c["m2"], &c["y2"]);
            let sy = c.name("y1").map(|m| m.as_str()).unwrap_or(&c["y2"]);
            let start = date(&c["d1"], &c["m1"], sy);
            if start.is_some() && end.is_some() {
                let p = Period {
                    start,
                    end,
                    nominal: None,
                };
                if takes(&p) {
                    return Some(p);
                }
            }
        }
    }
    let mut year_hint: Option<i32> = None;
    for t in texts {
        if let Some(c) = w(Role::Year).captures(t) {
            year_hint = c["y"].parse().ok();
            break;
        }
    }
    for t in texts.iter().take(60) {
        // "ngày 14 tháng 2 năm 2008" is a date (the cue's `not_after`).
        for c in w(Role::Month).captures_iter(t) {
            if let (Ok(m), Ok(y)) = (c["m"].parse::<u32>(), c["y"].parse::<i32>())
                && (1..=12).contains(&m)
            {
                return Some(month(m, y));
            }
        }
        if let Some(c) = w(Role::Quarter).captures(t) {
            let q = u32::from(quarter(&c["q"])?);
            let y: i32 = c["y"].parse().ok()?;
            return Some(span(q * 3 - 2, q * 3, y));
        }
        if let Some(c) = w(Role::FirstMonths).captures(t)
            && let (Ok(m), Ok(y)) = (c["n"].parse::<u32>(), c["y"].parse::<i32>())
            && (1..=12).contains(&m)
        {
            return Some(span(1, m, y));
        }
        if let Some(c) = w(Role::Half).captures(t) {
            let y: i32 = c["y"].parse().ok()?;
            return Some(if c.name("h1").is_some() {
                span(1, 6, y)
            } else {
                span(7, 12, y)
            });
        }
    }
    for t in texts.iter().take(60) {
        if let (Some(c), Some(y)) = (w(Role::MonthNoYear).captures(t), year_hint)
            && let Ok(m) = c["m"].parse::<u32>()
            && (1..=12).contains(&m)
        {
            return Some(month(m, y));
        }
    }
    for t in texts {
        if let Some(c) = w(Role::Until).captures(t) {
            return Some(Period {
                start: None,
                end: date(&c["d"], &c["m"], &c["y"]),
                nominal: None,
            });
        }
    }
    None
}

/// The data window agrees with the title's period: a window of whole
/// months read from a month named somewhere in the text (an OCR'd letterhead
/// date that lost its "ngày", a "nhiệm vụ tháng 02" in the title) is
/// replaced by the nominal period, which is read from the title alone. A
/// window with days of its own ("từ 15/11 đến 14/12") is the report's
/// stated data period and stays.
pub fn reconcile(period: Option<Period>) -> Option<Period> {
    let mut p = period?;
    let (Some(n), Some(start), Some(end)) = (p.nominal, p.start.clone(), p.end.clone()) else {
        return Some(p);
    };
    let whole = |s: &str, e: &str| -> Option<((i32, u32), (i32, u32))> {
        let (s, e) = (s.parse::<Date>().ok()?, e.parse::<Date>().ok()?);
        let ym = |d: Date| (i32::from(d.year()), d.month() as u32);
        (s.day() == 1 && e == e.last_of_month()).then_some((ym(s), ym(e)))
    };
    let Some((from, to)) = whole(&start, &end) else {
        return Some(p);
    };
    let (first, len) = n.months();
    let (y, first) = (n.year(), u32::from(first));
    let last = first + u32::from(len) - 1;
    if from != (y, first) || to != (y, last) {
        let w = span(first, last, y);
        p.start = w.start;
        p.end = w.end;
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use crate::model::Nominal;

    fn window(s: &str, e: &str, n: Nominal) -> Option<Period> {
        Some(Period {
            start: Some(s.into()),
            end: Some(e.into()),
            nominal: Some(n),
        })
    }

    #[test]
    fn a_whole_month_window_follows_the_titles_month_a_stated_window_stays() {
        let jan = Nominal::Month {
            year: 2026,
            month: 1,
        };
        // The letterhead's "tháng 02 năm 2026" was read as the period.
        let p = reconcile(window("2026-02-01", "2026-02-28", jan)).unwrap();
        assert_eq!(
            (p.start.as_deref(), p.end.as_deref()),
            (Some("2026-01-01"), Some("2026-01-31"))
        );
        // "Kỳ báo cáo: từ ngày 15/11/2025 đến ngày 14/12/2025" stays.
        let dec = Nominal::Month {
            year: 2025,
            month: 12,
        };
        let p = reconcile(window("2025-11-15", "2025-12-14", dec)).unwrap();
        assert_eq!(p.start.as_deref(), Some("2025-11-15"));
    }

    use super::*;

    #[test]
    fn window_examples_hold() {
        for w in PERIODS.windows() {
            assert!(!w.examples.is_empty(), "window {:?} has no example", w.role);
            for ex in &w.examples {
                let texts: Vec<&str> = ex.text.split('\n').collect();
                let got = period(&texts).map(|p| (p.start, p.end));
                let want = (!ex.none).then(|| (ex.start.clone(), ex.end.clone()));
                assert!(
                    ex.none || ex.start.is_some() || ex.end.is_some(),
                    "window {:?}: example without start or end",
                    w.role
                );
                assert_eq!(got, want, "window {:?}: {:?}", w.role, ex.text);
                assert!(
                    ex.none || texts.iter().any(|t| w.cue.is_match(t)),
                    "window {:?}: its cue does not match {:?}",
                    w.role,
                    ex.text
                );
            }
        }
    }

    #[test]
    fn a_short_dated_event_is_not_the_data_window() {
        let read = |texts: &[&str]| {
            let p = report_period(texts).unwrap();
            (p.start, p.end, p.nominal.map(|n| n.to_string()))
        };
        let own = |s: &str, e: &str, n: &str| (Some(s.into()), Some(e.into()), Some(n.into()));
        // A quarter's report dates a campaign inside the quarter.
        let mut quarter = vec![
            "bao cao",
            "ket qua cong tac quy iii nam 2025 cua trung tam",
            "can cu ke hoach cua ubnd xa",
            "huong ung dot cao diem tu ngay 04/8/2025 den ngay 15/8/2025, trung tam bo tri them 02 quay",
        ];
        assert_eq!(read(&quarter), own("2025-07-01", "2025-09-30", "2025-q3"));
        // A data window stated after the event is the window.
        quarter.push("so lieu tinh tu ngay 15/6/2025 den ngay 14/9/2025");
        assert_eq!(read(&quarter), own("2025-06-15", "2025-09-14", "2025-q3"));
        // A half-year's report and a three-day course: the title's period
        // stays (one month of data would not be a half-year's).
        let half = [
            "bao cao",
            "so ket 6 thang dau nam 2026",
            "can cu chuong trinh cong tac",
            "03 cong chuc du tap huan tu ngay 09/6 den ngay 11/6/2026",
        ];
        assert_eq!(read(&half), own("2026-01-01", "2026-06-30", "2026-h1"));
        // Twenty days of a month are that month's data window.
        let month = [
            "bao cao",
            "ket qua thang 10 nam 2025",
            "can cu quy che",
            "so lieu tu ngay 01/10/2025 den ngay 20/10/2025",
        ];
        assert_eq!(read(&month), own("2025-10-01", "2025-10-20", "2025-10"));
        // Without a title's period there is nothing to measure it by.
        let p = report_period(&["tap huan tu ngay 04/8/2025 den ngay 15/8/2025"]).unwrap();
        assert_eq!(p.start.as_deref(), Some("2025-08-04"));
    }

    #[test]
    fn stated_range_first() {
        let p = period(&["bao cao thang 4 nam 2026", "(tu 20/3/2026 den 19/4/2026)"]).unwrap();
        assert_eq!(p.start.as_deref(), Some("2026-03-20"));
        assert_eq!(p.end.as_deref(), Some("2026-04-19"));
        let p = period(&["tu ngay 01/7/2025 den ngay 12/9/2025, da tiep nhan"]).unwrap();
        assert_eq!(p.start.as_deref(), Some("2025-07-01"));
        let p = period(&["tu ngay 20.03.2026 den 19.4.2026"]).unwrap();
        assert_eq!(p.end.as_deref(), Some("2026-04-19"));
    }

    #[test]
    fn title_month_quarter_half() {
        let p = period(&["ket qua thang 9 nam 2025"]).unwrap();
        assert_eq!(
            (p.start.as_deref(), p.end.as_deref()),
            (Some("2025-09-01"), Some("2025-09-30"))
        );
        let p = period(&["bao cao quy iii nam 2025"]).unwrap();
        assert_eq!(p.end.as_deref(), Some("2025-09-30"));
        let p = period(&["6 thang dau nam 2026"]).unwrap();
        assert_eq!(p.end.as_deref(), Some("2026-06-30"));
        assert!(
            period(&["ngay 14 thang 2 nam 2008"])
                .is_none_or(|p| p.start.as_deref() != Some("2008-02-01"))
        );
    }

    #[test]
    fn unit_by_name_with_prefix() {
        let pats = Patterns::builtin();
        let u = unit(
            &["trung tam pvhcc x4 ke sat", "uy ban nhan dan xa ke sat"],
            &[],
            &pats,
        )
        .unwrap();
        assert_eq!(u.name, "Kẻ Sặt");
        let u = unit(
            &["ubnd phuong le dai hanh", "phoi hop voi phuong hai an"],
            &[],
            &pats,
        )
        .unwrap();
        assert_eq!(u.name, "Lê Đại Hành");
    }

    #[test]
    fn names_that_differ_by_a_mark_follow_the_text_that_has_them() {
        let pats = Patterns::builtin();
        let folded = ["uy ban nhan dan xa cam giang", "trung tam xa cam giang"];
        let of = |lines: &[&str]| {
            let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            unit(&folded, &lines, &pats).unwrap().name
        };
        assert_eq!(of(&["ỦY BAN NHÂN DÂN XÃ CẨM GIÀNG"]), "Cẩm Giàng");
        assert_eq!(of(&["Trung tâm xã Cẩm Giang báo cáo"]), "Cẩm Giang");
        // Without marks the table's first stays.
        assert_eq!(of(&["UY BAN NHAN DAN XA CAM GIANG"]), "Cẩm Giang");
    }
}
