//! Contexts: whose figure each number of a paragraph is.
//!
//! Takes a paragraph's folded text and its numbers, and the context cues of
//! `patterns/contexts.toml`; returns, for each number, the context a cue
//! gives it (cumulative, previous period, comparison, target, average,
//! another unit), or none when the number is the report's own. It does not
//! decide what a number counts (the matcher does) and does not drop
//! anything: `extract` sets aside the statements of other contexts.

use super::clause;
use crate::model::Period;
use crate::normalize::{Num, NumKind, tail};
use crate::patterns::{Context, ContextCue, Patterns, Reach, UnitEntry, WordClass};

/// The context a cue gave a number, and the cue's id (for the note).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Aside {
    pub context: Context,
    /// The cue's id, or the other unit's name.
    pub cue: String,
    /// Set aside because the clause's subject is this other unit.
    pub unit: bool,
}

/// The context of each number of `text` (None: the report's own).
pub(crate) fn of_numbers(text: &str, nums: &[Num], pats: &Patterns) -> Vec<Option<Aside>> {
    let mut out: Vec<Option<Aside>> = vec![None; nums.len()];
    for c in pats.contexts() {
        if c.reach == Reach::RateBefore {
            for (i, n) in nums.iter().enumerate() {
                if matches!(n.kind, NumKind::Pct(..))
                    && c.cue.find(&text[n.end..]).is_some_and(|m| m.start() == 0)
                {
                    set(&mut out[i], c);
                }
            }
            continue;
        }
        for m in c.cue.find_iter(text) {
            if !allowed(c, text, m.start(), m.end()) {
                continue;
            }
            let end = match c.reach {
                Reach::Number => None,
                Reach::Clause => Some(clause::clause_end(text, m.end(), pats)),
                Reach::Sentence => Some(clause::sentence_end(text, m.end(), pats)),
                Reach::RateBefore => unreachable!("handled above"),
            };
            for (i, n) in nums.iter().enumerate().filter(|(_, n)| n.start >= m.end()) {
                match end {
                    Some(end) if n.start < end => set(&mut out[i], c),
                    Some(_) => break,
                    None => {
                        if number_follows(&text[m.end()..n.start]) {
                            set(&mut out[i], c);
                        }
                        break;
                    }
                }
            }
        }
    }
    out
}

/// The unit (folded name, of the city's 114) that the text before a
/// number names with its prefix ("phường Lê Chân tiếp nhận ..."): the
/// subject of the clause when it is not the report's own unit.
pub(crate) fn named_unit<'p>(head: &str, pats: &'p Patterns) -> Option<&'p UnitEntry> {
    let named = pats.units_named_in([head]);
    pats.units()
        .iter()
        .zip(named)
        .filter(|(_, n)| *n)
        .map(|(u, _)| u)
        .find(|u| {
            let name = u.folded.as_str();
            head.match_indices(name).any(|(at, _)| {
                let end = at + name.len();
                let bounded = !head[end..].starts_with(|c: char| c.is_alphanumeric());
                bounded && pats.words(WordClass::UnitPrefix).cue.is_match(&head[..at])
            })
        })
}

/// A month named before a number ("tháng 9/2025", "tháng 9 năm 2025")
/// that lies wholly outside the report's period, unless it is where
/// carried-over records come from ("tồn từ tháng 9/2025 chuyển sang").
pub(crate) fn other_month(head: &str, period: &Period, pats: &Patterns) -> Option<Aside> {
    let (Some(start), Some(end)) = (&period.start, &period.end) else {
        return None;
    };
    let words = pats.words(WordClass::MonthNamed);
    let carried = pats.words(WordClass::MonthElsewhere);
    // The clause's own words: after the last semicolon.
    let head = head.rsplit(';').next().unwrap_or(head);
    for c in words.cue.captures_iter(head) {
        let (Some(m), Some(y)) = (c.name("m"), c.name("y")) else {
            continue;
        };
        let whole = c.get(0).expect("match");
        if carried.cue.is_match(tail(&head[..whole.start()], 12))
            || carried.leading.is_match(&head[whole.end()..])
        {
            continue;
        }
        let (Ok(m), Ok(y)) = (m.as_str().parse::<u32>(), y.as_str().parse::<u32>()) else {
            continue;
        };
        let first = format!("{y:04}-{m:02}-01");
        let last = format!("{y:04}-{m:02}-31");
        if last.as_str() < start.as_str() || first.as_str() > end.as_str() {
            return Some(Aside {
                context: Context::Previous,
                cue: format!("tháng {m}/{y}"),
                unit: false,
            });
        }
    }
    None
}

/// A span longer than the report's period, named before a number or in a
/// heading ("9 tháng đầu năm", "11 tháng năm 2025", "từ ngày 01/7/2025 đến
/// nay" in a monthly report): its figures are cumulative. Not a date
/// ("ngày 30 tháng 11").
pub(crate) fn longer_span(head: &str, period: &Period, pats: &Patterns) -> Option<Aside> {
    let (Some(start), Some(end)) = (&period.start, &period.end) else {
        return None;
    };
    let months = months_covered(start, end)?;
    let head = head.rsplit(';').next().unwrap_or(head);
    // "Kết quả tháng 11 và 11 tháng năm 2025": the text names the report's
    // own month too, so it is not only the longer span's.
    if months == 1
        && let Some(m) = end.get(5..7).and_then(|m| m.parse::<u32>().ok())
    {
        let own = [m.to_string(), format!("{m:02}")];
        let names_own = |h: &str| {
            pats.words(WordClass::MonthNumber)
                .cue
                .captures_iter(h)
                .any(|c| {
                    let at = c.get(0).map_or(0, |w| w.start());
                    c.name("m")
                        .is_some_and(|n| own.iter().any(|o| o == n.as_str()))
                        && !h[..at].trim_end().ends_with(|c: char| c.is_ascii_digit())
                })
        };
        if names_own(head) || pats.words(WordClass::ThisMonth).cue.is_match(head) {
            return None;
        }
    }
    let cumulative = |cue: String| Aside {
        context: Context::Cumulative,
        cue,
        unit: false,
    };
    for c in pats.words(WordClass::MonthSpan).cue.captures_iter(head) {
        let Some(n) = c.name("n").and_then(|n| n.as_str().parse::<u32>().ok()) else {
            continue;
        };
        if c.name("day").is_none() && (2..=12).contains(&n) && n > months {
            return Some(cumulative(format!("{n} tháng")));
        }
    }
    for c in pats.words(WordClass::SinceDate).cue.captures_iter(head) {
        let num = |g: &str| c.name(g).and_then(|v| v.as_str().parse::<u32>().ok());
        let (Some(d), Some(m)) = (num("d"), num("m")) else {
            continue;
        };
        let y = num("y").or_else(|| start.get(..4)?.parse().ok())?;
        let since = format!("{y:04}-{m:02}-{d:02}");
        if since.as_str() < start.as_str() {
            return Some(cumulative(format!("từ {d}/{m}/{y} đến nay")));
        }
    }
    None
}

/// How many calendar months a period touches ("2025-07-01".."2025-10-15":
/// 4).
fn months_covered(start: &str, end: &str) -> Option<u32> {
    let ym = |s: &str| -> Option<u32> {
        Some(s.get(..4)?.parse::<u32>().ok()? * 12 + s.get(5..7)?.parse::<u32>().ok()?)
    };
    let (a, b) = (ym(start)?, ym(end)?);
    (b >= a).then(|| b - a + 1)
}

/// The context a heading opens for the paragraphs under it: a
/// sentence-reaching cue anywhere in a heading without figures.
pub(crate) fn of_heading(text: &str, pats: &Patterns) -> Option<Aside> {
    pats.contexts()
        .iter()
        .filter(|c| c.reach == Reach::Sentence)
        .find(|c| {
            c.cue
                .find_iter(text)
                .any(|m| allowed(c, text, m.start(), m.end()))
        })
        .map(|c| Aside {
            context: c.context,
            cue: c.id.clone(),
            unit: false,
        })
}

/// Whether a table column's header (folded) names another context than
/// the report's own period ("Lũy kế từ đầu năm", "Cùng kỳ năm trước").
pub(crate) fn of_header(header: &str, pats: &Patterns) -> bool {
    pats.contexts().iter().any(|c| {
        c.reach != Reach::RateBefore
            && c.context != Context::Report
            && c.cue
                .find_iter(header)
                .any(|m| allowed(c, header, m.start(), m.end()))
    })
}

fn allowed(c: &ContextCue, text: &str, start: usize, end: usize) -> bool {
    let before_ok = c
        .not_after
        .as_ref()
        .is_none_or(|na| !na.is_match(tail(&text[..start], 40)));
    let after_ok = c
        .not_before
        .as_ref()
        .is_none_or(|nb| !nb.is_match(&text[end..]));
    before_ok && after_ok
}

fn set(slot: &mut Option<Aside>, c: &ContextCue) {
    if slot.is_none() {
        *slot = Some(Aside {
            context: c.context,
            cue: c.id.clone(),
            unit: false,
        });
    }
}

/// "tăng 112", "giảm thêm 4,2%": only a few words, no clause mark, between
/// the cue and the number.
fn number_follows(gap: &str) -> bool {
    gap.len() <= 24 && !gap.contains(|c: char| c.is_ascii_digit() || ",;.:()".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_a_period_touches() {
        assert_eq!(months_covered("2025-11-01", "2025-11-30"), Some(1));
        assert_eq!(months_covered("2025-07-01", "2025-10-15"), Some(4));
        assert_eq!(months_covered("2024-12-15", "2025-01-14"), Some(2));
        assert_eq!(months_covered("2025-10-01", "2025-09-30"), None);
    }
    use crate::normalize::{Folded, numbers};

    fn contexts(s: &str) -> Vec<(String, Option<Context>)> {
        let mut f = Folded::default();
        f.push_line(0, s);
        f.trim_end();
        let nums = numbers::scan(&f.text);
        let ctx = of_numbers(&f.text, &nums, &Patterns::builtin());
        nums.iter()
            .zip(ctx)
            .map(|(n, c)| (f.text[n.start..n.end].to_string(), c.map(|a| a.context)))
            .collect()
    }

    /// Every example of `contexts.toml`: the number gets the context.
    #[test]
    fn context_examples_hold() {
        let mut failures = Vec::new();
        for c in Patterns::builtin().contexts() {
            for ex in &c.examples {
                let want = crate::normalize::fold(&ex.number);
                let got = contexts(&ex.text);
                let ctx = got
                    .iter()
                    .find(|(n, _)| *n == want)
                    .map(|(_, c)| c.unwrap_or(Context::Report));
                if ctx != Some(ex.context) {
                    failures.push(format!("{}: {:?} → {got:?}", c.id, ex.text));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn a_comparison_after_the_figure_leaves_the_figure_alone() {
        // Mine: the delta and the earlier month are set aside, the month's
        // own count is not.
        let got = contexts(
            "Trong tháng tiếp nhận 2.047 hồ sơ, giảm 96 hồ sơ so với tháng 9/2025 (2.143 hồ sơ).",
        );
        let of = |n: &str| got.iter().find(|(t, _)| t == n).and_then(|(_, c)| *c);
        assert_eq!(of("2.047"), None);
        assert_eq!(of("96"), Some(Context::Comparison));
    }
}
