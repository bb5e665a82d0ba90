//! The period's table as a polars query: [`period_table`] joins the rows
//! (`frame::rows`) to their figures and appends the city's two rows.
//! [`values`] pivots the first ward-scope statement of each key of each
//! report into one column per key (its pct for a rate key), marks each
//! cell stated, derived, missing or inconsistent, derives the totals every
//! accounting convention of `check` agrees on, and computes the [`Rate`]s;
//! [`city`] sums the member rows into the city's two rows. Nothing is filled
//! with 0.
//!
//! Derivations, each only where the target is missing: resolved early or
//! on time = early + on time; received = online + direct when no
//! carried-over or in-period figure is stated (carried-over records may or
//! may not be in the headline); resolved = early-or-on-time + late when no
//! withdrawn or refused figure is stated (they may or may not be in "đã
//! giải quyết"). A derived cell is inconsistent when one of its parts is.

use super::rates::Rate;
use crate::model::Key;
use polars::prelude::*;

const INCONSISTENT: &str = "inconsistent";

/// The columns before the keys and rates.
const HEAD: &str = "row_kind row_label unit unit_type period period_start period_end file \
                    source_kind also_in status note error errors warnings";

/// The period table's columns, in order: [`HEAD`], then each key and each
/// rate, each followed by its status.
pub(crate) fn table_columns() -> Vec<String> {
    let keys = Key::ALL.iter().map(|k| k.as_str());
    let values = keys.chain(Rate::ALL.iter().map(|r| r.name()));
    let mut v: Vec<String> = HEAD.split_whitespace().map(str::to_string).collect();
    v.extend(values.flat_map(|n| [n.to_string(), status_name(n)]));
    v
}

/// The period's table: the rows with their values, then (when some row is
/// a member) the city's rows.
pub(crate) fn period_table(rows: DataFrame, figures: &DataFrame) -> PolarsResult<DataFrame> {
    let lf = values(rows.clone().lazy(), figures.clone().lazy());
    let names = table_columns();
    let mut parts = vec![
        lf.clone()
            .select(names.iter().map(|n| col(n.as_str())).collect::<Vec<_>>()),
    ];
    if rows.column("member")?.bool()?.any() {
        let (city, city_n): (Vec<Expr>, Vec<Expr>) = names
            .iter()
            .map(|n| (city(n).0.alias(n.as_str()), city(n).1.alias(n.as_str())))
            .unzip();
        let members = lf.filter(col("member"));
        parts.push(members.clone().select(city));
        parts.push(members.select(city_n));
    }
    concat(parts, UnionArgs::default())?.collect()
}

fn v(k: Key) -> Expr {
    col(k.as_str())
}

fn status_name(name: &str) -> String {
    format!("{name}_status")
}

fn inconsistent(k: Key) -> Expr {
    col(status_name(k.as_str())).eq(lit(INCONSISTENT))
}

fn text_or(cond: Expr, yes: &str, no: Expr) -> Expr {
    when(cond).then(lit(yes)).otherwise(no)
}

/// The long figures pivoted: one row per report, columns
/// `value|<key>`, `pct|<key>`, `of|<key>`, `status|<key>` of its first
/// ward-scope statement of each key.
fn pivot(figures: LazyFrame) -> LazyFrame {
    let keys: Vec<&str> = Key::ALL.iter().map(|k| k.as_str()).collect();
    let on = DataFrame::new(keys.len(), vec![Column::new("key".into(), keys)]).expect("one column");
    figures.filter(col("scope").eq(lit("ward"))).pivot(
        by_name(["key"], true, false),
        Arc::new(on),
        by_name(["report"], true, false),
        by_name(["value", "pct", "of", "status"], true, false),
        element().first(),
        true,
        "|".into(),
        polars::frame::PivotColumnNaming::Combine,
    )
}

/// `target` = Σ `parts` where it is missing, every part is there and none
/// of `unless` is.
fn derive(lf: LazyFrame, target: Key, parts: &[Key], unless: &[Key]) -> LazyFrame {
    let cond = parts
        .iter()
        .fold(v(target).is_null(), |c, &k| c.and(v(k).is_not_null()));
    let cond = unless.iter().fold(cond, |c, &k| c.and(v(k).is_null()));
    let sum = parts[1..].iter().fold(v(parts[0]), |s, &k| s + v(k));
    let any = parts[1..]
        .iter()
        .fold(inconsistent(parts[0]), |a, &k| a.or(inconsistent(k)));
    let status = status_name(target.as_str());
    lf.with_columns([
        when(cond.clone())
            .then(sum)
            .otherwise(v(target))
            .alias(target.as_str()),
        when(cond)
            .then(text_or(any, INCONSISTENT, lit("derived")))
            .otherwise(col(status.as_str()))
            .alias(status.as_str()),
    ])
}

/// A rate's numerator key, its denominator, and whether a cell the
/// denominator comes from is inconsistent.
fn parts(rate: Rate) -> (Key, Expr, Expr) {
    use Key::*;
    let of = |k: Key, or: Key| {
        let of = col(format!("of|{}", k.as_str()));
        (
            k,
            of.clone().fill_null(v(or)),
            when(of.is_not_null())
                .then(lit(false))
                .otherwise(inconsistent(or)),
        )
    };
    match rate {
        Rate::Online => {
            let both = v(ReceivedOnline)
                .is_not_null()
                .and(v(ReceivedDirect).is_not_null());
            let den = when(both.clone())
                .then(v(ReceivedOnline) + v(ReceivedDirect))
                .otherwise(v(ReceivedInPeriod).fill_null(v(ReceivedTotal)));
            let bad = when(both)
                .then(inconsistent(ReceivedOnline).or(inconsistent(ReceivedDirect)))
                .otherwise(
                    when(v(ReceivedInPeriod).is_not_null())
                        .then(inconsistent(ReceivedInPeriod))
                        .otherwise(inconsistent(ReceivedTotal)),
                );
            (ReceivedOnline, den, bad)
        }
        Rate::EarlyOrOnTime => (
            ResolvedEarlyOrOnTime,
            v(ResolvedTotal),
            inconsistent(ResolvedTotal),
        ),
        Rate::Late => (ResolvedLate, v(ResolvedTotal), inconsistent(ResolvedTotal)),
        Rate::Withdrawn => (Withdrawn, v(ReceivedTotal), inconsistent(ReceivedTotal)),
        Rate::FeePaidOnline => of(FeePaidOnline, FeeRecords),
        Rate::DataReuse => of(DataReused, ReceivedTotal),
    }
}

/// num / den in percent, rounded to 2 decimals, as [`super::percent`].
fn percent(num: Expr, den: Expr) -> Expr {
    // polars divides by a literal as a product by its inverse (8357 ×
    // 0.01 = 83.57000000000001); rounding to 2 decimals again divides
    // as Rust does, so the value is the one `percent` gives.
    ((num.cast(DataType::Float64) * lit(10_000.0) / den.cast(DataType::Float64))
        .round(0, RoundMode::HalfAwayFromZero)
        / lit(100.0))
    .round(2, RoundMode::HalfAwayFromZero)
}

/// The column of a rate's numerator (`num`) or denominator (`den`).
fn part(r: Rate, which: &str) -> String {
    format!("{}|{which}", r.name())
}

/// Each rate and its status, with its parts (`<rate>|num`, `<rate>|den`)
/// where both are there and the denominator is positive.
fn rates(lf: LazyFrame) -> LazyFrame {
    let (mut parts_cols, mut values) = (Vec::new(), Vec::new());
    for &rate in Rate::ALL {
        let (num, den, bad) = parts(rate);
        let ok = v(num).is_not_null().and(den.clone().gt(lit(0)));
        let null = || lit(NULL);
        parts_cols.push(
            when(ok.clone())
                .then(v(num))
                .otherwise(null())
                .alias(part(rate, "num")),
        );
        parts_cols.push(
            when(ok)
                .then(den)
                .otherwise(null())
                .alias(part(rate, "den")),
        );
        let status = text_or(inconsistent(num).or(bad), INCONSISTENT, lit("derived"));
        values.extend([
            percent(col(part(rate, "num")), col(part(rate, "den"))).alias(rate.name()),
            text_or(col(part(rate, "num")).is_null(), "missing", status)
                .alias(status_name(rate.name())),
        ]);
    }
    lf.with_columns(parts_cols).with_columns(values)
}

/// The rows (a frame of `frame::rows`) with their values: each key and its
/// status, then each rate and its status (and the rates' parts, for the
/// city), in row order.
pub(crate) fn values(rows: LazyFrame, figures: LazyFrame) -> LazyFrame {
    let joined = rows
        .join(
            pivot(figures),
            [col("report")],
            [col("report")],
            JoinArgs::new(JoinType::Left),
        )
        .sort(["row"], Default::default());
    let cells: Vec<Expr> = Key::ALL
        .iter()
        .flat_map(|k| {
            let from = if k.is_rate() { "pct" } else { "value" };
            let cell = col(format!("{from}|{}", k.as_str()));
            [
                cell.clone().alias(k.as_str()),
                text_or(
                    cell.is_null(),
                    "missing",
                    col(format!("status|{}", k.as_str())),
                )
                .alias(status_name(k.as_str())),
            ]
        })
        .collect();
    use Key::*;
    let derivations: [(Key, &[Key], &[Key]); 3] = [
        (ResolvedEarlyOrOnTime, &[ResolvedEarly, ResolvedOnTime], &[]),
        (
            ReceivedTotal,
            &[ReceivedOnline, ReceivedDirect],
            &[CarriedOver, ReceivedInPeriod],
        ),
        (
            ResolvedTotal,
            &[ResolvedEarlyOrOnTime, ResolvedLate],
            &[Withdrawn, Rejected],
        ),
    ];
    let lf = derivations
        .into_iter()
        .fold(joined.with_columns(cells), |lf, (target, parts, unless)| {
            derive(lf, target, parts, unless)
        });
    rates(lf)
}

/// The sum of `value` over the rows that have it; missing when none does.
fn present_sum(value: Expr, sum: Expr) -> Expr {
    when(value.count().gt(lit(0)))
        .then(sum)
        .otherwise(lit(NULL))
}

/// The status of a city cell: missing when no row has it, inconsistent
/// when one of them is, else derived.
fn city_status(value: Expr, status: &str) -> Expr {
    text_or(
        value.count().eq(lit(0)),
        "missing",
        text_or(
            col(status).eq(lit(INCONSISTENT)).any(true),
            INCONSISTENT,
            lit("derived"),
        ),
    )
}

/// The aggregations of the city's rows over the member rows, by column
/// name: (`city`, `city_n`), the count keys summed and the rates recomputed
/// from their summed parts (never an average of rates); `city_n` says how
/// many rows each cell covers. Stated rates have no counts to sum and stay
/// empty, as the columns the city rows have nothing for.
pub(crate) fn city(name: &str) -> (Expr, Expr) {
    let count = |e: Expr| e.count().cast(DataType::Int64);
    let null = |t: DataType| lit(NULL).cast(t);
    let base = name.strip_suffix("_status").unwrap_or(name);
    let is_status = base != name;
    if let Ok(k) = base.parse::<Key>() {
        return match (k.is_rate(), is_status) {
            (true, false) => (null(DataType::Float64), null(DataType::Float64)),
            (true, true) => (lit("missing"), null(DataType::String)),
            (false, true) => (city_status(v(k), name), null(DataType::String)),
            (false, false) => (present_sum(v(k), v(k).sum()), count(v(k))),
        };
    }
    if let Some(&r) = Rate::ALL.iter().find(|r| r.name() == base) {
        let num = col(part(r, "num"));
        return match is_status {
            true => (city_status(num, name), null(DataType::String)),
            false => (
                present_sum(
                    num.clone(),
                    percent(num.clone().sum(), col(part(r, "den")).sum()),
                ),
                num.count().cast(DataType::Float64),
            ),
        };
    }
    match name {
        "errors" | "warnings" => (present_sum(col(name), col(name).sum()), count(col(name))),
        "row_kind" => (lit("city"), lit("city_n")),
        _ => (null(DataType::String), null(DataType::String)),
    }
}
