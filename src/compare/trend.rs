//! The trend: unit × nominal period for the main indicators (received,
//! online share, resolved early-or-on-time share, late share), and the
//! city's own series, one row per period: the period's rows computed as the
//! period's table is (one report per unit and period, `cells::values`),
//! then grouped by period with the city's sums. Reports that name no period
//! are not in it.

use super::cells;
use super::frame;
use super::group::{Row, RowKind, fold, per_unit, select};
use super::order::collation_key;
use super::rates::Rate;
use crate::model::{Nominal, Report};
use polars::prelude::*;

/// The indicators of the trend: a count and three rates.
const RATES: [Rate; 3] = [Rate::Online, Rate::EarlyOrOnTime, Rate::Late];

/// The trend tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trend {
    /// One row per (unit, period), by unit then period.
    pub units: DataFrame,
    /// One row per period, oldest first: the city's totals.
    pub city: DataFrame,
}

/// Each period's rows: the report each unit's row uses.
fn rows(reports: &[Report], periods: &[Nominal]) -> Vec<(Nominal, Row)> {
    let of_period = |p: Nominal| {
        let (groups, _) = fold(reports, &select(reports, Some(p)).inside);
        let used = per_unit(reports, groups).into_iter().map(|(used, _)| used);
        used.map(move |g| (p, Row::of_group(reports, &g, RowKind::Ward)))
    };
    let mut out: Vec<(Nominal, Row)> = periods.iter().flat_map(|&p| of_period(p)).collect();
    let name = |r: &Row| r.unit.as_ref().map(|u| collation_key(&u.name));
    out.sort_by(|a, b| name(&a.1).cmp(&name(&b.1)).then(a.0.cmp(&b.0)));
    out
}

pub(crate) fn trend(
    reports: &[Report],
    periods: &[Nominal],
    figures: &DataFrame,
) -> PolarsResult<Trend> {
    let points = rows(reports, periods);
    let rows: Vec<Row> = points.iter().map(|(_, r)| r.clone()).collect();
    let mut meta = frame::rows(reports, &rows)?;
    let labels: Vec<String> = points.iter().map(|(p, _)| p.label_vi()).collect();
    meta.with_column(Column::new("period_label".into(), labels))?;
    let lf = cells::values(meta.lazy(), figures.clone().lazy());
    let indicators: Vec<&str> = std::iter::once("received_total")
        .chain(RATES.iter().map(|r| r.name()))
        .collect();
    let mut unit_cols = vec![col("unit"), col("period"), col("period_label")];
    unit_cols.extend(indicators.iter().map(|n| col(*n)));
    let units = lf.clone().select(unit_cols).collect()?;

    let mut aggs = vec![len().cast(DataType::Int64).alias("units_reporting")];
    aggs.extend(indicators.iter().map(|n| cells::city(n).0.alias(*n)));
    let all = df!(
        "period" => periods.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        "period_label" => periods.iter().map(|p| p.label_vi()).collect::<Vec<_>>(),
    )?;
    let mut city_cols = vec![
        col("period"),
        col("period_label"),
        col("units_reporting").fill_null(lit(0i64)),
    ];
    city_cols.extend(indicators.iter().map(|n| col(*n)));
    let city = all
        .lazy()
        .with_row_index("i", None)
        .join(
            lf.group_by([col("period")]).agg(aggs),
            [col("period")],
            [col("period")],
            JoinArgs::new(JoinType::Left),
        )
        .sort(["i"], Default::default())
        .select(city_cols)
        .collect()?;
    Ok(Trend { units, city })
}
