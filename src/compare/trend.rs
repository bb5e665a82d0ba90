//! The trend: unit × nominal period for the main indicators (received,
//! online share, resolved early-or-on-time share, late share), and the
//! city's own series, one row per period, each computed as the period's
//! table is (one report per unit and period, city rates from summed parts).
//! Reports that name no period are not in it.

use super::city::city_rows;
use super::group::{fold, nominal, per_unit};
use super::order::collation_key;
use super::rates::Rate;
use super::row::{Row, RowKind};
use super::{Table, Values, cells::key_index};
use crate::model::{Key, Nominal, Report, Status};

/// The indicators of the trend: a count and three rates.
pub(crate) const RATES: [Rate; 3] = [Rate::Online, Rate::EarlyOrOnTime, Rate::Late];

/// The trend tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trend {
    /// One row per (unit, period), by unit then period.
    pub units: Table,
    /// One row per period, oldest first: the city's totals.
    pub city: Table,
}

struct Point {
    period: Nominal,
    row: Row,
}

fn rate_index(rate: Rate) -> usize {
    Rate::ALL
        .iter()
        .position(|&r| r == rate)
        .expect("every rate is in Rate::ALL")
}

pub(crate) fn trend(reports: &[Report], periods: &[Nominal]) -> Trend {
    let mut units: Vec<Point> = Vec::new();
    let mut city: Vec<(Nominal, Row, usize)> = Vec::new();
    for &p in periods {
        let idx: Vec<usize> = (0..reports.len())
            .filter(|&i| {
                let r = &reports[i];
                r.status == Status::Ok && r.unit.is_some() && nominal(r) == Some(p)
            })
            .collect();
        let (groups, _) = fold(reports, &idx);
        let rows: Vec<Row> = per_unit(reports, groups)
            .into_iter()
            .map(|(used, _)| Row::from_group(reports, &used, RowKind::Ward))
            .collect();
        let members: Vec<usize> = (0..rows.len()).collect();
        let (c, _) = city_rows(&rows, &members);
        city.push((p, c, rows.len()));
        units.extend(rows.into_iter().map(|row| Point { period: p, row }));
    }
    units.sort_by(|a, b| {
        let name = |p: &Point| p.row.unit.as_ref().map(|u| collation_key(&u.name));
        name(a).cmp(&name(b)).then(a.period.cmp(&b.period))
    });

    let received = key_index(Key::ReceivedTotal);
    let mut u = Table::default();
    u.push(
        "unit",
        "Đơn vị",
        Values::Text(
            units
                .iter()
                .map(|p| p.row.unit.as_ref().map(|u| u.name.clone()))
                .collect(),
        ),
    );
    u.push(
        "period",
        "Kỳ báo cáo",
        Values::Text(units.iter().map(|p| Some(p.period.to_string())).collect()),
    );
    u.push(
        "period_label",
        "Kỳ",
        Values::Text(units.iter().map(|p| Some(p.period.label_vi())).collect()),
    );
    u.push(
        "received_total",
        Key::ReceivedTotal.title_vi(),
        Values::Int(
            units
                .iter()
                .map(|p| p.row.cells[received].count())
                .collect(),
        ),
    );
    for rate in RATES {
        let ri = rate_index(rate);
        u.push(
            rate.name(),
            rate.title_vi(),
            Values::Float(units.iter().map(|p| p.row.rates[ri].value()).collect()),
        );
    }

    let mut c = Table::default();
    c.push(
        "period",
        "Kỳ báo cáo",
        Values::Text(city.iter().map(|p| Some(p.0.to_string())).collect()),
    );
    c.push(
        "period_label",
        "Kỳ",
        Values::Text(city.iter().map(|p| Some(p.0.label_vi())).collect()),
    );
    c.push(
        "units_reporting",
        "Số đơn vị báo cáo",
        Values::Int(city.iter().map(|p| Some(p.2 as i64)).collect()),
    );
    c.push(
        "received_total",
        Key::ReceivedTotal.title_vi(),
        Values::Int(city.iter().map(|p| p.1.cells[received].count()).collect()),
    );
    for rate in RATES {
        let ri = rate_index(rate);
        c.push(
            rate.name(),
            rate.title_vi(),
            Values::Float(city.iter().map(|p| p.1.rates[ri].value()).collect()),
        );
    }
    Trend { units: u, city: c }
}
