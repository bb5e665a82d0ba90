//! What one table header says, read with the words of prose.
//!
//! Takes a header's folded text (a column's path of parent and leaf
//! headers, or a row's label) and the report's own unit and period;
//! returns its [`Meaning`]: the figure key it names, whether it names the
//! report's own period or another one (a month of the quarter, "kỳ trước",
//! "lũy kế", "cùng kỳ", a target), and whether it is a total, a rate, a
//! note or a units-of-measure header. The time expressions are the prose's
//! (`[time]` in `patterns/vocabulary.toml`, judged by [`super::super::time`])
//! and the other contexts are `patterns/contexts.toml`'s, so a header
//! means what the same words mean in a sentence. It does not decide the
//! table's orientation nor read cells.

use crate::extract::certainty::{self, Own};
use crate::extract::{context, time};
use crate::model::Key;
use crate::patterns::Patterns;
use crate::vocabulary::words;

/// Which period a header speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum When {
    /// No time word: the table's own (the report's period).
    #[default]
    Unsaid,
    /// A time expression naming the report's own period ("Quý III",
    /// "Kỳ này" in a quarterly report).
    Own,
    /// Another period, a part of the period, a cumulative, a comparison or
    /// a target: its cells are not the period's figures.
    Aside,
}

/// One header's meaning.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Meaning {
    /// The figure key its words name, time words and total words aside.
    pub key: Option<Key>,
    pub when: When,
    /// Whether its words hold a time expression ("Tháng 10", "Quý IV").
    pub timed: bool,
    /// "Tổng số", "Cộng", "Tổng cộng": the sum of its siblings.
    pub total: bool,
    /// "Tỷ lệ (%)": its cells are rates.
    pub rate: bool,
    /// "Ghi chú": its cells are remarks, never figures.
    pub note: bool,
    /// "Đơn vị tính", "ĐVT": its cells say what a row counts.
    pub unit: bool,
    /// The words it holds that no class explains (an agency, another
    /// body, an unknown word): its cells are read, but not certain.
    pub unexplained: Vec<String>,
    /// Whether a table word or a time expression is among its words: it
    /// names something, not only list marks or neutral words ("a", "1").
    pub named: bool,
}

impl Meaning {
    /// Whether the header's cells can be the period's figures.
    pub fn own(&self) -> bool {
        self.when != When::Aside && !self.note && !self.unit
    }
}

/// The meaning of a header's folded text.
pub(crate) fn of(folded: &str, pats: &Patterns, own: &Own) -> Meaning {
    let cues = pats.tables();
    // Numbers stay for the time words ("tháng 8", "quý 3/2025"); other
    // marks are OCR noise or punctuation.
    let text: String = folded
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' || c == '%' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.as_str();
    let voc = pats.vocabulary();
    let mut when = When::Unsaid;
    let mut timed = false;
    // The words that are not a time expression, for the key.
    let mut rest: Vec<&str> = Vec::new();
    let toks: Vec<(usize, &str)> = words(text).collect();
    let mut i = 0;
    while i < toks.len() {
        let at = toks[i].0;
        // "trong kỳ" names no date: it stays among the key's words
        // ("Tiếp nhận trong kỳ" is the period's new records).
        if let Some(c) = voc
            .time_at(&text[at..])
            .filter(|c| c.name("tk").or_else(|| c.name("sk")).is_none())
        {
            let end = at + c.get(0).map_or(0, |m| m.end());
            if end > at {
                timed = true;
                when = match (when, time::is_own(&c, own.period, voc.founded())) {
                    (When::Aside, _) | (_, false) => When::Aside,
                    _ => When::Own,
                };
                while i < toks.len() && toks[i].0 < end {
                    i += 1;
                }
                continue;
            }
        }
        rest.push(toks[i].1);
        i += 1;
    }
    if context::of_header(text, pats) {
        when = When::Aside;
    }
    let rest = rest.join(" ");
    // A period's column ("Cộng quý IV", "Tổng 6 tháng") names its key above
    // it; the total word beside the time words says it sums its siblings.
    let total = cues.total_row.is_match(rest.trim())
        || when != When::Unsaid && cues.total_word.is_match(&rest);
    let keyed = if when == When::Unsaid {
        rest.clone()
    } else {
        cues.total_word.replace_all(&rest, " ").to_string()
    };
    let whole = super::clean_header(text);
    let keyed = super::clean_header(&keyed);
    let table_words = explained(text, pats);
    let key = pats
        .columns()
        .iter()
        .find(|c| c.header.is_match(&whole) || c.header.is_match(&keyed))
        .map(|c| c.key);
    Meaning {
        key,
        when,
        timed,
        total,
        rate: cues.rate_header.is_match(folded),
        note: cues.note_header.is_match(text),
        unit: cues.unit_header.is_match(text),
        unexplained: certainty::unexplained_in_label(text, &table_words, own, pats),
        named: timed || table_words.contains(&true),
    }
}

/// The bytes of a header the table's own words explain: any column's
/// cue, the total, rate, note, units and name words, and the words
/// headers are made of (`[tables]` in `patterns/scopes.toml`).
fn explained(text: &str, pats: &Patterns) -> Vec<bool> {
    let cues = pats.tables();
    let mut ex = vec![false; text.len()];
    let mut mark = |a: usize, b: usize| ex[a..b].iter_mut().for_each(|x| *x = true);
    let tables = [
        &cues.header_word,
        &cues.total_word,
        &cues.rate_header,
        &cues.note_header,
        &cues.unit_header,
        &cues.name_header,
        &cues.agency_header,
        &cues.sub_row,
    ];
    for re in pats.columns().iter().map(|c| &c.header).chain(tables) {
        for m in re.find_iter(text) {
            mark(m.start(), m.end());
        }
    }
    for (at, w) in words(text) {
        if cues.header_vocabulary.iter().any(|v| v == w) {
            mark(at, at + w.len());
        }
    }
    ex
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Nominal, Period};

    fn quarter() -> Period {
        Period {
            start: Some("2025-07-01".into()),
            end: Some("2025-09-30".into()),
            nominal: Some(Nominal::Quarter {
                year: 2025,
                quarter: 3,
            }),
        }
    }

    fn meaning(h: &str) -> Meaning {
        let p = quarter();
        let own = Own {
            unit: None,
            period: Some(&p),
        };
        of(
            &crate::normalize::fold(h),
            &crate::patterns::Patterns::builtin(),
            &own,
        )
    }

    #[test]
    fn a_month_of_the_quarter_is_aside_the_quarter_is_own() {
        let m = meaning("Số hồ sơ tiếp nhận tháng 8");
        assert_eq!((m.key, m.when), (Some(Key::ReceivedTotal), When::Aside));
        let q = meaning("Số hồ sơ tiếp nhận cộng quý III");
        assert_eq!((q.key, q.when), (Some(Key::ReceivedTotal), When::Own));
        assert!(q.total);
    }

    #[test]
    fn previous_cumulative_and_targets_are_aside() {
        for h in [
            "Kỳ trước",
            "Lũy kế từ đầu năm",
            "Cùng kỳ năm trước",
            "Kế hoạch giao",
        ] {
            assert_eq!(meaning(h).when, When::Aside, "{h}");
        }
        assert_eq!(meaning("Số lượng").when, When::Unsaid);
    }

    #[test]
    fn notes_units_and_rates_say_so() {
        assert!(meaning("Ghi chú").note);
        assert!(meaning("Đơn vị tính").unit);
        assert!(meaning("ĐVT").unit);
        assert!(meaning("Tỷ lệ (%)").rate);
        assert!(!meaning("Ghi chú").own());
    }

    #[test]
    fn a_header_is_certain_only_when_every_word_is_explained() {
        for h in [
            "Số hồ sơ tiếp nhận",
            "Kết quả giải quyết Đã giải quyết Trước hạn",
            "Tổng số hồ sơ tiếp nhận quý III",
            "Số hồ sơ phải giải quyết Kỳ trước chuyển sang",
            "Tỷ lệ (%)",
        ] {
            assert_eq!(meaning(h).unexplained, Vec::<String>::new(), "{h}");
        }
        for h in [
            "Hồ sơ tiếp nhận của Chi cục Thuế",
            "Số hồ sơ tiếp nhận toàn thành phố",
            "Số hồ sơ tiếp nhận dự kiến",
            "Số hồ sơ tiếp nhận bình quân mỗi ngày",
            "Chi cục Thuế tiếp nhận",
        ] {
            assert!(!meaning(h).unexplained.is_empty(), "{h}");
        }
    }
}
