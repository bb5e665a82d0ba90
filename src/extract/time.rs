//! Time expressions against the report's own period.
//!
//! Takes one match of the time grammar (`patterns/vocabulary.toml`,
//! `[time] expr`: a window, a month, a quarter, a span of months, a
//! duration, a day, a cut-off, a year, "this month") and the report's
//! period; says whether the expression names that period. It does not find
//! the expressions ([`super::certainty`] does) nor read the report's period
//! ([`super::identity`]).

use crate::model::Period;

/// (year, month, day).
type Ymd = (i32, u32, u32);

fn ymd(s: &str) -> Option<Ymd> {
    let mut it = s.split('-');
    Some((
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    ))
}

fn last_day(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// How many months a range touches, its first and last counted.
fn month_count((a, b): (Ymd, Ymd)) -> i32 {
    (b.0 - a.0) * 12 + b.1 as i32 - a.1 as i32 + 1
}

fn months(y: i32, first: u32, last: u32) -> (Ymd, Ymd) {
    ((y, first, 1), (y, last, last_day(y, last)))
}

/// Whether a time expression names the report's own period: its data
/// window, or its nominal month, quarter, half, nine months or year; a
/// cut-off date ("tính đến ngày …") when it is the window's end; "since
/// the unit began operating" when the window starts on the day the units
/// began (`founded`).
pub(crate) fn is_own(c: &regex::Captures, period: Option<&Period>, founded: Option<&str>) -> bool {
    let Some(p) = period else {
        return false;
    };
    let (Some(start), Some(end)) = (
        p.start.as_deref().and_then(ymd),
        p.end.as_deref().and_then(ymd),
    ) else {
        return false;
    };
    let mut own = vec![(start, end)];
    if let Some(n) = p.nominal {
        let (first, len) = n.months();
        own.push(months(n.year(), first as u32, (first + len - 1) as u32));
    }
    if c.name("since").is_some() {
        return founded.and_then(ymd) == Some(start);
    }
    let num = |name: &str| -> Option<u32> { c.name(name)?.as_str().parse().ok() };
    let year = |name: &str| -> i32 { num(name).map_or(end.0, |y| y as i32) };
    let range: Option<(Ymd, Ymd)> = if let (Some(d1), Some(m1), Some(d2), Some(m2)) =
        (num("d1"), num("m1"), num("d2"), num("m2"))
    {
        Some(((year("y1"), m1, d1), (year("y2"), m2, d2)))
    } else if let (Some(d), Some(m)) = (num("ud"), num("um")) {
        let cut = (year("uy"), m, d);
        return own.iter().any(|(_, e)| *e == cut);
    } else if let Some(n) = num("n") {
        let y = year("sy");
        match c.name("late") {
            Some(_) if (1..=12).contains(&n) => Some(months(y, 13 - n, 12)),
            _ if (1..=12).contains(&n) => Some(months(y, 1, n)),
            _ => None,
        }
    } else if let Some(n) = num("dur") {
        // "trong 06 tháng": as long as the report's period.
        return own.iter().any(|r| month_count(*r) == n as i32);
    } else if let Some(q) = c.name("q") {
        let q = match q.as_str() {
            "i" | "1" => 1,
            "ii" | "2" => 2,
            "iii" | "3" => 3,
            _ => 4,
        };
        Some(months(year("qy"), 3 * q - 2, 3 * q))
    } else if let Some(m) = num("m").filter(|m| (1..=12).contains(m)) {
        Some(months(year("my"), m, m))
    } else if let (Some(d), Some(m)) = (num("d"), num("dm")) {
        let day = (year("dy"), m, d);
        Some((day, day))
    } else if let (Some(d), Some(m)) = (num("bd"), num("bm")) {
        // A bare date, "15/10/2025": the same day as "ngày 15/10/2025".
        let day = (year("by"), m, d);
        Some((day, day))
    } else if c.name("tk").or_else(|| c.name("sk")).is_some() {
        // "trong kỳ", "kỳ báo cáo": the period the report is about.
        return true;
    } else if c.name("this").or_else(|| c.name("these")).is_some() {
        // "trong tháng", "quý này": the report's own period when it is one
        // such unit.
        let len = if c.name("tm").or_else(|| c.name("sm")).is_some() {
            1
        } else if c.name("tq").or_else(|| c.name("sq")).is_some() {
            3
        } else {
            12
        };
        return own.iter().any(|r| month_count(*r) == len);
    } else {
        num("y").map(|y| months(y as i32, 1, 12))
    };
    range.is_some_and(|r| own.contains(&r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Nominal;
    use crate::patterns::Patterns;

    fn own(expr: &str, start: &str, end: &str, nominal: Option<Nominal>) -> bool {
        let pats = Patterns::builtin();
        let c = pats.vocabulary().time_at(expr).expect("a time expression");
        let p = Period {
            start: Some(start.into()),
            end: Some(end.into()),
            nominal,
        };
        is_own(&c, Some(&p), pats.vocabulary().founded())
    }

    #[test]
    fn since_the_unit_began_is_own_only_for_a_window_from_that_day() {
        assert!(own(
            "tu khi di vao hoat dong",
            "2025-07-01",
            "2025-12-15",
            None
        ));
        assert!(own("ke tu khi thanh lap", "2025-07-01", "2025-09-30", None));
        assert!(!own(
            "tu khi di vao hoat dong",
            "2025-10-01",
            "2025-10-31",
            None
        ));
    }

    #[test]
    fn the_reports_window_month_quarter_and_duration_are_its_own() {
        let oct = Some(Nominal::Month {
            year: 2025,
            month: 10,
        });
        assert!(own("thang 10/2025", "2025-10-01", "2025-10-31", oct));
        assert!(own(
            "tu ngay 01/10/2025 den ngay 31/10/2025",
            "2025-10-01",
            "2025-10-31",
            oct
        ));
        assert!(own("trong thang", "2025-10-01", "2025-10-31", oct));
        assert!(own(
            "tinh den ngay 31/10/2025",
            "2025-10-01",
            "2025-10-31",
            oct
        ));
        let h2 = Some(Nominal::Half {
            year: 2025,
            half: 2,
        });
        assert!(own(
            "06 thang cuoi nam 2025",
            "2025-07-01",
            "2025-12-31",
            h2
        ));
        assert!(own("06 thang", "2025-07-01", "2025-12-31", h2));
        // A title's month with a shifted data window is still the report's.
        let nov = Some(Nominal::Month {
            year: 2025,
            month: 11,
        });
        assert!(own("thang 11 nam 2025", "2025-10-15", "2025-11-14", nov));
    }

    #[test]
    fn another_month_a_day_a_quarter_in_a_month_are_not() {
        let oct = Some(Nominal::Month {
            year: 2025,
            month: 10,
        });
        assert!(!own("thang 9/2025", "2025-10-01", "2025-10-31", oct));
        assert!(!own("ngay 15/10/2025", "2025-10-01", "2025-10-31", oct));
        assert!(!own("trong quy", "2025-10-01", "2025-10-31", oct));
        assert!(!own("nam 2025", "2025-10-01", "2025-10-31", oct));
    }
}
