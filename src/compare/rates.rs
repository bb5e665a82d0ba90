//! The rate catalogue: the rates computed from a row's counts (online
//! share, early-or-on-time, late, withdrawn, fee paid online, data reuse),
//! their names, Vietnamese titles and definitions. Their expressions are
//! in `cells`.

/// The rates computed from a row's counts, in percent with 2 decimals
/// (rounded). A rate is missing unless its numerator and a positive
/// denominator are there; in the city row it is Σ numerators / Σ
/// denominators over the wards that have both (never an average of rates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    /// `received_online` / (`received_online` + `received_direct`), else over
    /// `received_in_period`, else over `received_total`.
    Online,
    /// `resolved_early_or_on_time` (stated or derived) / `resolved_total`.
    EarlyOrOnTime,
    /// `resolved_late` / `resolved_total`.
    Late,
    /// `withdrawn` / `received_total`.
    Withdrawn,
    /// `fee_paid_online` / its `of`, else / `fee_records`.
    FeePaidOnline,
    /// `data_reused` / its `of`, else / `received_total`.
    DataReuse,
}

impl Rate {
    pub const ALL: &'static [Rate] = &[
        Rate::Online,
        Rate::EarlyOrOnTime,
        Rate::Late,
        Rate::Withdrawn,
        Rate::FeePaidOnline,
        Rate::DataReuse,
    ];

    /// The column name.
    pub fn name(self) -> &'static str {
        match self {
            Rate::Online => "online_rate",
            Rate::EarlyOrOnTime => "early_or_on_time_rate",
            Rate::Late => "late_rate",
            Rate::Withdrawn => "withdrawn_rate",
            Rate::FeePaidOnline => "fee_paid_online_rate",
            Rate::DataReuse => "data_reuse_rate",
        }
    }

    /// The Vietnamese column title.
    pub fn title_vi(self) -> &'static str {
        match self {
            Rate::Online => "Tỷ lệ tiếp nhận trực tuyến (%, tính)",
            Rate::EarlyOrOnTime => "Tỷ lệ giải quyết trước và đúng hạn (%, tính)",
            Rate::Late => "Tỷ lệ giải quyết quá hạn (%, tính)",
            Rate::Withdrawn => "Tỷ lệ hồ sơ rút (%, tính)",
            Rate::FeePaidOnline => "Tỷ lệ thanh toán phí trực tuyến (%, tính)",
            Rate::DataReuse => "Tỷ lệ tái sử dụng dữ liệu (%, tính)",
        }
    }

    /// How it is computed, in Vietnamese (the workbook's legend sheet).
    pub fn definition_vi(self) -> &'static str {
        match self {
            Rate::Online => {
                "tiếp nhận trực tuyến / (trực tuyến + trực tiếp); nếu thiếu: / tiếp nhận trong kỳ, rồi / tổng tiếp nhận"
            }
            Rate::EarlyOrOnTime => "(trước hạn + đúng hạn, hoặc trước và đúng hạn) / đã giải quyết",
            Rate::Late => "quá hạn / đã giải quyết",
            Rate::Withdrawn => "hồ sơ rút / tổng tiếp nhận",
            Rate::FeePaidOnline => {
                "thanh toán trực tuyến / số hồ sơ ghi kèm (X/Y), nếu không có: / hồ sơ có phí"
            }
            Rate::DataReuse => {
                "tái sử dụng dữ liệu / số hồ sơ ghi kèm (X/Y), nếu không có: / tổng tiếp nhận"
            }
        }
    }
}

/// num / den in percent, rounded to 2 decimals; None unless den > 0.
pub fn percent(num: i64, den: i64) -> Option<f64> {
    (den > 0).then(|| (num as f64 * 10_000.0 / den as f64).round() / 100.0)
}
