//! `rate`: every stated percentage against its count.
//!
//! Each statement that carries a `pct` (restatements included: Gia Phúc
//! states 11 fully-online procedures with records at 5,02% and again at
//! 8,18%) is recomputed as count / base × 100 over every base the report
//! could mean, and accepted when one of them, **rounded or truncated** to
//! the decimals the report wrote, gives the stated rate. The bases, the most
//! natural first (it gives `expected`):
//!
//! - "X/Y đạt Z%" (`of` stated): Y only.
//! - online, direct, carried over, received in the period, and the online
//!   share (`online_share_pct`, numerator `received_online`): received in
//!   the period, online + direct, received, received + carried over, then
//!   the general bases.
//! - early, on time, late: resolved, resolved under the other accounting
//!   (minus or plus withdrawn and refused), then the general bases.
//! - overdue in progress: in progress, then the general bases.
//! - resolved, in progress, withdrawn, refused, supplement requested,
//!   archived, data reused — the general bases: received, received in the
//!   period, online + direct, received + carried over, resolved (+ in
//!   progress), resolved ± withdrawn and refused, resolved + in progress +
//!   withdrawn + refused.
//! - fees paid online: fee-bearing records; complaints handled: complaints
//!   received; procedures with records: their procedures (fully, partly,
//!   both, or all procedures); procedure levels: all procedures.
//! - satisfaction, digitisation, electronic certification, a rate with no
//!   count: nothing to check against.
//!
//! A base that is the count itself is skipped. A rate that no base explains
//! is a `warning`; when ×10 or ×100 (or ÷) of it is explained, the message
//! names the slip.

use super::{Facts, Term, finding, vi};
use crate::model::{Figure, Finding, Key, Rule, Scope, Severity};

/// A denominator: a sum of stated counts (minus some), or a stated `of`.
#[derive(Debug, Clone)]
pub struct Base {
    pub label: String,
    pub value: i64,
    pub keys: Vec<Key>,
    pub lines: Vec<usize>,
}

impl Base {
    fn of_terms(plus: &[Term], minus: &[Term]) -> Base {
        let mut label = plus
            .iter()
            .map(|t| t.key.label_vi())
            .collect::<Vec<_>>()
            .join(" + ");
        for t in minus {
            label.push_str(" - ");
            label.push_str(t.key.label_vi());
        }
        Base {
            label,
            value: plus.iter().map(|t| t.value).sum::<i64>()
                - minus.iter().map(|t| t.value).sum::<i64>(),
            keys: plus.iter().chain(minus).map(|t| t.key).collect(),
            lines: plus.iter().chain(minus).map(|t| t.line).collect(),
        }
    }
}

/// True when `num / base` rounded or truncated to `decimals` gives `stated`.
pub fn explains(num: i64, base: i64, stated: f64, decimals: u32) -> bool {
    if base <= 0 {
        return false;
    }
    let scale = 10f64.powi(decimals as i32);
    let stated_units = (stated * scale).round();
    let exact = num as f64 * 100.0 / base as f64 * scale;
    exact.round() == stated_units || (exact + 1e-9).floor() == stated_units
}

/// The factor by which the stated rate is off (10, 100, 0.1, 0.01), when it
/// is off by exactly that: 0,01% written for 1/1.006 = 0,099%.
pub fn slip(num: i64, base: i64, stated: f64, decimals: u32) -> Option<f64> {
    for (factor, shift) in [(10.0, 1i32), (100.0, 2), (0.1, -1), (0.01, -2)] {
        let d = decimals as i32 - shift;
        if d < 0 {
            // 0,1 → ×100 = 10 with -1 decimals: compare at 0 decimals.
            if explains(num, base, stated * factor, 0) {
                return Some(factor);
            }
            continue;
        }
        if stated * factor > 0.0 && explains(num, base, stated * factor, d as u32) {
            return Some(factor);
        }
    }
    None
}

/// The decimals a statement's rate was written with (else those its value
/// shows): what it is rounded to when checked.
pub fn decimals_of(s: &Figure, stated: f64) -> u32 {
    s.pct_decimals
        .map(u32::from)
        .unwrap_or_else(|| vi::decimals(stated))
}

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen: Vec<(Scope, Key, u64, i64)> = Vec::new();
    for s in facts.statements {
        let Some(stated) = s.pct else { continue };
        let Some((num, num_terms)) = numerator(facts, s) else {
            continue;
        };
        let bases: Vec<Base> = bases(facts, s)
            .into_iter()
            .filter(|b| b.value > 0 && !(b.keys.len() == 1 && b.keys[0] == s.key))
            .collect();
        if bases.is_empty() {
            continue;
        }
        let d = decimals_of(s, stated);
        if bases.iter().any(|b| explains(num, b.value, stated, d)) {
            continue;
        }
        let tag = (s.scope.clone(), s.key, stated.to_bits(), num);
        if seen.contains(&tag) {
            continue;
        }
        seen.push(tag);
        let natural = &bases[0];
        let exact = num as f64 * 100.0 / natural.value as f64;
        let shown = 10f64.powi(d.max(2) as i32);
        let expected = (exact * shown).round() / shown;
        let slip = bases.iter().find_map(|b| slip(num, b.value, stated, d));
        let num_label = if num_terms.is_empty() || num_terms.len() == 1 {
            format!("{} {}", s.key.label_vi(), vi::int(num))
        } else {
            num_terms
                .iter()
                .map(Term::show)
                .collect::<Vec<_>>()
                .join(" + ")
        };
        let num_label = match (num_terms.as_slice(), s.value) {
            ([t], None) => t.show(),
            _ => num_label,
        };
        let mut message = if s.of.is_some() {
            format!(
                "{}/{} = {}, báo cáo ghi {}",
                num_label,
                vi::int(natural.value),
                vi::pct_computed(exact, d),
                vi::pct(stated)
            )
        } else {
            format!(
                "{} trên {} {} = {}, báo cáo ghi {}",
                num_label,
                natural.label,
                vi::int(natural.value),
                vi::pct_computed(exact, d),
                vi::pct(stated)
            )
        };
        if let Some(f) = slip {
            message.push_str(&match f {
                10.0 => " (nhỏ đi đúng 10 lần)".to_string(),
                100.0 => " (nhỏ đi đúng 100 lần)".to_string(),
                0.1 => " (lớn gấp đúng 10 lần)".to_string(),
                _ => " (lớn gấp đúng 100 lần)".to_string(),
            });
        } else if bases.len() > 1 {
            message.push_str(&format!(
                "; không cơ sở tính nào khác ({}) cho ra tỷ lệ này",
                bases[1..]
                    .iter()
                    .map(|b| vi::int(b.value))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push(finding(
            Rule::Rate,
            Severity::Warning,
            &s.scope,
            std::iter::once(s.key)
                .chain(num_terms.iter().map(|t| t.key))
                .chain(natural.keys.iter().copied()),
            expected,
            stated,
            std::iter::once(s.line)
                .chain(num_terms.iter().map(|t| t.line))
                .chain(natural.lines.iter().copied()),
            message,
        ));
    }
    out
}

/// The count a statement's rate is a share of: its own value, or for a
/// rate-only figure the counts it is made of.
fn numerator(facts: &Facts, s: &Figure) -> Option<(i64, Vec<Term>)> {
    if let Some(v) = s.value {
        return Some((v, Vec::new()));
    }
    let t = |k| facts.term(&s.scope, k);
    match s.key {
        Key::OnlineSharePct => {
            let on = t(Key::ReceivedOnline)?;
            Some((on.value, vec![on]))
        }
        Key::ProceduresWithRecords => {
            let full = t(Key::ProceduresFullOnlineWithRecords)?;
            let part = t(Key::ProceduresPartialOnlineWithRecords)?;
            Some((full.value + part.value, vec![full, part]))
        }
        _ => None,
    }
}

/// The bases the statement's rate may be over, the most natural first.
fn bases(facts: &Facts, s: &Figure) -> Vec<Base> {
    use Key::*;
    if let Some(of) = s.of {
        return vec![Base {
            label: String::new(),
            value: of,
            keys: Vec::new(),
            lines: Vec::new(),
        }];
    }
    let t = |k| facts.term(&s.scope, k);
    let all = |ks: &[Key]| -> Option<Vec<Term>> { ks.iter().map(|&k| t(k)).collect() };
    let base = |ks: &[Key]| all(ks).map(|ts| Base::of_terms(&ts, &[]));
    let wr: Vec<Term> = [Withdrawn, Rejected].iter().filter_map(|&k| t(k)).collect();
    let res_plus_wr = t(ResolvedTotal).filter(|_| !wr.is_empty()).map(|r| {
        Base::of_terms(
            &std::iter::once(r).chain(wr.clone()).collect::<Vec<_>>(),
            &[],
        )
    });
    let res_minus_wr = t(ResolvedTotal)
        .filter(|_| !wr.is_empty())
        .map(|r| Base::of_terms(&[r], &wr));
    let handled = all(&[ResolvedTotal, InProgress])
        .filter(|_| !wr.is_empty())
        .map(|mut ts| {
            ts.extend(wr.clone());
            Base::of_terms(&ts, &[])
        });
    let received = || {
        vec![
            base(&[ReceivedInPeriod]),
            base(&[ReceivedOnline, ReceivedDirect]),
            base(&[ReceivedTotal]),
            base(&[ReceivedTotal, CarriedOver]),
            base(&[ReceivedInPeriod, CarriedOver]),
        ]
    };
    let general = || {
        vec![
            base(&[ReceivedTotal]),
            base(&[ReceivedInPeriod]),
            base(&[ReceivedOnline, ReceivedDirect]),
            base(&[ReceivedTotal, CarriedOver]),
            base(&[ReceivedInPeriod, CarriedOver]),
            base(&[ResolvedTotal]),
            base(&[ResolvedTotal, InProgress]),
            res_plus_wr.clone(),
            res_minus_wr.clone(),
            handled.clone(),
        ]
    };
    let list: Vec<Option<Base>> = match s.key {
        ReceivedOnline | ReceivedDirect | CarriedOver | ReceivedInPeriod | OnlineSharePct => {
            let mut v = received();
            v.extend(general());
            v
        }
        // Timing rates are over the resolved: with no resolved total
        // stated, the natural base is unknown and the rate is not judged
        // ("giải quyết 1.240 hồ sơ …, đúng hạn và trước hạn 1.240, đạt
        // 100%" whose resolved count no cue read).
        ResolvedEarly | ResolvedOnTime | ResolvedEarlyOrOnTime | ResolvedLate
            if t(ResolvedTotal).is_none() =>
        {
            Vec::new()
        }
        ResolvedEarly | ResolvedOnTime | ResolvedEarlyOrOnTime | ResolvedLate => {
            let mut v = vec![
                base(&[ResolvedTotal]),
                res_minus_wr.clone(),
                res_plus_wr.clone(),
            ];
            v.extend(general());
            v
        }
        InProgressOverdue => {
            let mut v = vec![base(&[InProgress])];
            v.extend(general());
            v
        }
        ResolvedTotal | InProgress | Withdrawn | Rejected | SupplementRequested | Archived
        | DataReused => general(),
        FeePaidOnline => vec![base(&[FeeRecords])],
        FeedbackResolved => vec![base(&[FeedbackReceived])],
        ProceduresFullOnlineWithRecords => vec![base(&[ProceduresFullOnline])],
        ProceduresPartialOnlineWithRecords => vec![base(&[ProceduresPartialOnline])],
        ProceduresWithRecords => vec![
            base(&[ProceduresFullOnline, ProceduresPartialOnline]),
            base(&[ProceduresTotal]),
        ],
        ProceduresFullOnline | ProceduresPartialOnline | ProceduresNotOnline => {
            vec![base(&[ProceduresTotal])]
        }
        _ => Vec::new(),
    };
    let mut out: Vec<Base> = Vec::new();
    for b in list.into_iter().flatten() {
        if !out.iter().any(|o| o.value == b.value) {
            out.push(b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::*;
    use crate::model::Key::*;
    use crate::model::{Extraction, Quantity};

    fn run(x: &Extraction) -> Vec<Finding> {
        check(&Facts::new(x))
    }

    #[test]
    fn rounded_or_truncated_to_the_stated_decimals() {
        assert!(explains(2002, 2810, 71.24, 2), "71,2456 truncated");
        assert!(explains(2002, 2810, 71.25, 2), "71,2456 rounded");
        assert!(!explains(2002, 2810, 71.23, 2));
        assert!(explains(2924, 4312, 67.8, 1));
        assert!(explains(1002, 1006, 99.6, 1));
        assert!(explains(438, 438, 100.0, 0));
        assert!(!explains(4831, 5019, 96.23, 2));
        assert!(!explains(1, 0, 0.0, 0), "no base, nothing explained");
    }

    #[test]
    fn the_decimals_written_decide_the_rounding() {
        // 0,52% written as "1,0%" is off; as "1%" it is within rounding.
        let mut f = np(Withdrawn, 21, 1.0, 2);
        f.pct_decimals = Some(1);
        let x = ex(vec![n(ReceivedTotal, 4001, 1), f.clone()]);
        assert_eq!(run(&x).len(), 1);
        f.pct_decimals = Some(0);
        let x = ex(vec![n(ReceivedTotal, 4001, 1), f]);
        assert!(run(&x).is_empty());
    }

    #[test]
    fn slips_by_ten_and_a_hundred() {
        assert_eq!(slip(1, 1006, 0.01, 2), Some(10.0));
        assert_eq!(slip(2, 1006, 0.02, 2), Some(10.0));
        assert_eq!(slip(5, 500, 0.01, 2), Some(100.0));
        assert_eq!(slip(1, 100, 10.0, 0), Some(0.1));
        assert_eq!(slip(4831, 5019, 96.23, 2), None);
    }

    #[test]
    fn chi_linh_rates_fit_by_truncation_or_another_base() {
        let x = ex(vec![
            n(ReceivedTotal, 2810, 72),
            np(ReceivedOnline, 2002, 71.24, 76),
            np(ReceivedDirect, 808, 28.75, 76),
            n(ResolvedTotal, 2788, 80),
            np(ResolvedEarly, 2746, 98.49, 80),
            np(ResolvedLate, 5, 0.17, 82),
            np(Rejected, 2, 0.07, 82),
            np(Withdrawn, 35, 1.25, 84),
            n(InProgress, 21, 84),
        ]);
        assert!(run(&x).is_empty(), "{:#?}", run(&x));
    }

    #[test]
    fn a_rate_no_base_explains() {
        // Đông Hải: 4.831/5.019 = 96,25%, stated 96,23%.
        let x = ex(vec![
            n(ReceivedTotal, 5019, 153),
            n(ReceivedOnline, 942, 155),
            n(ReceivedDirect, 4077, 155),
            np(ResolvedTotal, 4831, 96.23, 155),
            np(InProgress, 87, 1.73, 159),
            np(Withdrawn, 101, 2.04, 159),
        ]);
        let fs = run(&x);
        assert_eq!(fs.len(), 1, "{fs:#?}");
        let f = &fs[0];
        assert_eq!(f.keys, vec![ResolvedTotal, ReceivedTotal]);
        assert_eq!((f.expected, f.found), (Quantity(96.25), Quantity(96.23)));
        assert_eq!(f.severity, Severity::Warning);
        assert!(
            f.message.starts_with(
                "đã giải quyết 4.831 trên tổng tiếp nhận 5.019 = 96,25%, báo cáo ghi 96,23%"
            ),
            "{}",
            f.message
        );
    }

    #[test]
    fn a_slip_by_ten_is_named() {
        let x = ex(vec![
            n(ReceivedTotal, 1022, 65),
            n(ResolvedTotal, 1006, 70),
            np(ResolvedLate, 1, 0.01, 72),
        ]);
        let fs = run(&x);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].expected, Quantity(0.1));
        assert!(fs[0].message.contains("10 lần"), "{}", fs[0].message);
    }

    #[test]
    fn x_over_y_is_checked_against_y_only() {
        let mut ok = np(DataReused, 970, 99.18, 151);
        ok.of = Some(978);
        let mut wrong = np(DataReused, 3867, 93.57, 167);
        wrong.of = Some(4249);
        let x = ex(vec![n(ReceivedTotal, 4312, 159), ok]);
        assert!(run(&x).is_empty());
        let x = ex(vec![n(ReceivedTotal, 4312, 159), wrong]);
        let fs = run(&x);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].keys, vec![DataReused]);
        assert_eq!(fs[0].expected, Quantity(91.01));
        assert!(
            fs[0]
                .message
                .starts_with("tái sử dụng dữ liệu 3.867/4.249 = 91,01%"),
            "{}",
            fs[0].message
        );
    }

    #[test]
    fn rates_without_a_count_base_are_not_checked() {
        let x = ex(vec![
            n(ReceivedTotal, 100, 1),
            fig("ward", SatisfactionPct, None, Some(96.12), 2),
            fig("ward", DigitizedPct, None, Some(100.0), 3),
            fig("ward", FeePaidOnline, None, Some(62.0), 4),
            np(ECertified, 616, 99.0, 5),
        ]);
        assert!(run(&x).is_empty());
    }

    #[test]
    fn fees_over_fee_bearing_records() {
        let x = ex(vec![
            n(ReceivedTotal, 1145, 35),
            n(FeeRecords, 788, 83),
            np(FeePaidOnline, 788, 100.0, 85),
        ]);
        assert!(run(&x).is_empty());
    }

    #[test]
    fn a_restated_count_with_another_rate() {
        let x = ex(vec![
            n(ProceduresFullOnline, 219, 43),
            np(ProceduresFullOnlineWithRecords, 11, 5.02, 43),
            np(ProceduresFullOnlineWithRecords, 11, 8.18, 175),
        ]);
        let fs = run(&x);
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert_eq!(
            fs[0].keys,
            vec![ProceduresFullOnlineWithRecords, ProceduresFullOnline]
        );
        assert_eq!(
            (fs[0].expected, fs[0].found),
            (Quantity(5.02), Quantity(8.18))
        );
        assert_eq!(fs[0].lines, vec![43, 175]);
    }

    #[test]
    fn online_share_and_procedures_with_records_from_their_counts() {
        // Kẻ Sặt: 1.069/1.128 = 94,77%, stated 94,78%; 34/370 = 9,19%.
        let x = ex(vec![
            n(ReceivedTotal, 1145, 35),
            n(ReceivedInPeriod, 1128, 35),
            n(ReceivedDirect, 59, 35),
            n(ReceivedOnline, 1069, 36),
            n(CarriedOver, 17, 36),
            n(ProceduresNotOnline, 21, 50),
            n(ProceduresPartialOnline, 142, 51),
            np(ProceduresPartialOnlineWithRecords, 11, 7.75, 52),
            n(ProceduresFullOnline, 228, 54),
            np(ProceduresFullOnlineWithRecords, 23, 10.09, 55),
            fig("ward", ProceduresWithRecords, None, Some(9.19), 58),
            fig("ward", OnlineSharePct, None, Some(94.78), 66),
        ]);
        let fs = run(&x);
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert_eq!(
            fs[0].keys,
            vec![OnlineSharePct, ReceivedOnline, ReceivedInPeriod]
        );
        assert_eq!(fs[0].expected, Quantity(94.77));
    }

    #[test]
    fn early_rate_under_the_other_accounting() {
        // Đông Hải's withdrawn 2,04%: 101 / (4.831 + 101) truncated.
        let x = ex(vec![
            n(ReceivedTotal, 5019, 153),
            n(ResolvedTotal, 4831, 155),
            n(InProgress, 87, 159),
            np(Withdrawn, 101, 2.04, 159),
        ]);
        assert!(run(&x).is_empty());
    }
}
