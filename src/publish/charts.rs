//! The sheet "Biểu đồ" of the workbook: native rust_xlsxwriter charts over
//! data written on the sheet itself: the online share of each reporting
//! unit of the period (bar chart, highest first) and, when the input spans
//! several periods, the city's rates by period (line chart). It takes a
//! finished [`Comparison`] and the period's name, and computes nothing.

use super::table::{Cell, cell, number, text, title};
use crate::compare::{Comparison, Rate};
use polars::prelude::{Column, DataFrame};
use rust_xlsxwriter::{Chart, ChartLegendPosition, Format, Worksheet, XlsxError};

const SHEET: &str = "Biểu đồ";

/// The online share by unit and, with a trend, the city's indicators by
/// period: each its data, then its chart.
pub(super) fn write_charts(
    ws: &mut Worksheet,
    c: &Comparison,
    period: &str,
) -> Result<(), XlsxError> {
    ws.set_name(SHEET)?;
    ws.set_column_width(0, 24)?;
    for j in 1..7 {
        ws.set_column_width(j, 14)?;
    }
    let next = online_by_unit(ws, &c.table, period)?;
    match &c.trend {
        Some(t) => city_by_period(ws, &t.city, next),
        None => Ok(()),
    }
}

/// The period's reporting units by online share, highest first, and their
/// bar chart; returns the first free row under both.
fn online_by_unit(ws: &mut Worksheet, t: &DataFrame, period: &str) -> Result<u32, XlsxError> {
    let bold = Format::new().set_bold();
    let pct = Format::new().set_num_format("0.00");
    let mut units: Vec<(&str, f64)> = (0..t.height())
        .filter(|&i| text(t, "row_kind", i) == Some("ward"))
        .filter_map(|i| Some((text(t, "unit", i)?, number(t, Rate::Online.name(), i)?)))
        .collect();
    units.sort_by(|a, b| b.1.total_cmp(&a.1));
    let head = format!("Tỷ lệ tiếp nhận trực tuyến theo đơn vị — {period}");
    ws.write_string_with_format(0, 0, head, &bold)?;
    ws.write_string_with_format(1, 0, "Đơn vị", &bold)?;
    ws.write_string_with_format(1, 1, Rate::Online.title_vi(), &bold)?;
    for (i, (name, v)) in (2..).zip(&units) {
        ws.write_string(i, 0, *name)?;
        ws.write_number_with_format(i, 1, *v, &pct)?;
    }
    let (n, next) = (units.len() as u32, 2 + units.len() as u32 + 2);
    if n == 0 {
        return Ok(next);
    }
    let height = (160 + 22 * n).min(1400);
    let mut chart = Chart::new_bar();
    chart
        .add_series()
        .set_name(Rate::Online.title_vi())
        .set_categories((SHEET, 2, 0, 1 + n, 0))
        .set_values((SHEET, 2, 1, 1 + n, 1));
    let name = format!("Tỷ lệ tiếp nhận trực tuyến (%) — {period}");
    chart.title().set_name(&name);
    chart.y_axis().set_reverse();
    chart.legend().set_hidden();
    chart.set_width(640).set_height(height);
    ws.insert_chart(1, 3, &chart)?;
    Ok(next.max(2 + height / 20 + 2))
}

/// The city's series (period, units reporting, received, the rates) from
/// row `first`, and the line chart of its rates under it.
fn city_by_period(ws: &mut Worksheet, ct: &DataFrame, first: u32) -> Result<(), XlsxError> {
    let pct = Format::new().set_num_format("0.00");
    let int = Format::new().set_num_format("#,##0");
    ws.write_string_with_format(
        first,
        0,
        "Toàn thành phố theo kỳ",
        &Format::new().set_bold(),
    )?;
    let head = first + 1;
    // period_label, units_reporting, received_total, then the rates.
    let cols: Vec<&Column> = ct
        .columns()
        .iter()
        .filter(|c| c.name() != "period")
        .collect();
    let wrap = Format::new().set_bold().set_text_wrap();
    ws.set_row_height(head, 48)?;
    for (j, col) in (0..).zip(&cols) {
        ws.write_string_with_format(head, j, title(col.name()), &wrap)?;
        for (i, r) in (0..ct.height()).zip(head + 1..) {
            match cell(col, i) {
                Cell::Text(Some(s)) => ws.write_string(r, j, s)?,
                Cell::Int(Some(x)) => ws.write_number_with_format(r, j, x as f64, &int)?,
                Cell::Float(Some(x)) => ws.write_number_with_format(r, j, x, &pct)?,
                _ => ws,
            };
        }
    }
    if ct.height() == 0 {
        return Ok(());
    }
    let (a, b) = (head + 1, head + ct.height() as u32);
    let mut chart = Chart::new_line();
    for (j, rate) in (0..).zip(&cols).skip(3) {
        chart
            .add_series()
            .set_name(&title(rate.name()))
            .set_categories((SHEET, a, 0, b, 0))
            .set_values((SHEET, a, j, b, j));
    }
    chart
        .title()
        .set_name("Toàn thành phố: các tỷ lệ theo kỳ (%)");
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart.set_width(720).set_height(360);
    ws.insert_chart(b + 2, 0, &chart)?;
    Ok(())
}
