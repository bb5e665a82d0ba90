//! The sheet "Biểu đồ" of the workbook: native rust_xlsxwriter charts over
//! data written on the sheet itself: the online share of each reporting
//! unit of the period (bar chart, highest first) and, when the input spans
//! several periods, the city's rates by period (line chart). It takes a
//! finished [`Comparison`] and computes nothing.

use super::comparison::Comparison;
use super::print::{SHEET_CHARTS, page_setup, period_label};
use super::rates::Rate;
use super::table::{Cell, cell, number, text, title};
use super::trend::RATES;
use polars::prelude::Column;
use rust_xlsxwriter::{Chart, ChartLegendPosition, Format, Worksheet, XlsxError};

/// Online share by unit (the period's reporting units, highest first) and,
/// with a trend, the city's indicators by period: the data, then the chart.
pub(super) fn write_charts(ws: &mut Worksheet, c: &Comparison) -> Result<(), XlsxError> {
    ws.set_name(SHEET_CHARTS)?;
    let bold = Format::new().set_bold();
    let pct = Format::new().set_num_format("0.00");
    let int = Format::new().set_num_format("#,##0");
    let t = &c.table;
    let mut units: Vec<(String, f64)> = (0..t.height())
        .filter(|&i| text(t, "row_kind", i) == Some("ward"))
        .filter_map(|i| {
            Some((
                text(t, "unit", i)?.to_string(),
                number(t, Rate::Online.name(), i)?,
            ))
        })
        .collect();
    units.sort_by(|a, b| b.1.total_cmp(&a.1));
    ws.set_column_width(0, 24)?;
    for j in 1..7 {
        ws.set_column_width(j, 14)?;
    }
    ws.write_string_with_format(
        0,
        0,
        format!(
            "Tỷ lệ tiếp nhận trực tuyến theo đơn vị — {}",
            period_label(c)
        ),
        &bold,
    )?;
    ws.write_string_with_format(1, 0, "Đơn vị", &bold)?;
    ws.write_string_with_format(1, 1, Rate::Online.title_vi(), &bold)?;
    for (i, (name, v)) in units.iter().enumerate() {
        ws.write_string(2 + i as u32, 0, name)?;
        ws.write_number_with_format(2 + i as u32, 1, *v, &pct)?;
    }
    let mut next = 2 + units.len() as u32 + 2;
    if !units.is_empty() {
        let last = 1 + units.len() as u32;
        let mut chart = Chart::new_bar();
        chart
            .add_series()
            .set_name(Rate::Online.title_vi())
            .set_categories((SHEET_CHARTS, 2, 0, last, 0))
            .set_values((SHEET_CHARTS, 2, 1, last, 1));
        chart.title().set_name(&format!(
            "Tỷ lệ tiếp nhận trực tuyến (%) — {}",
            period_label(c)
        ));
        chart.y_axis().set_reverse();
        chart.legend().set_hidden();
        chart.set_width(640);
        chart.set_height((160 + 22 * units.len() as u32).min(1400));
        ws.insert_chart(1, 3, &chart)?;
        next = next.max(2 + (160 + 22 * units.len() as u32).min(1400) / 20 + 2);
    }
    // Data and charts on one landscape page width.
    page_setup(ws, c);
    let Some(trend) = &c.trend else {
        return Ok(());
    };
    let ct = &trend.city;
    let first = next;
    ws.write_string_with_format(first, 0, "Toàn thành phố theo kỳ", &bold)?;
    let head = first + 1;
    let names = ["period_label", "units_reporting", "received_total"];
    let mut cols: Vec<&Column> = names.iter().filter_map(|n| ct.column(n).ok()).collect();
    cols.extend(RATES.iter().filter_map(|r| ct.column(r.name()).ok()));
    let wrap = Format::new().set_bold().set_text_wrap();
    ws.set_row_height(head, 48)?;
    for (j, col) in cols.iter().enumerate() {
        ws.write_string_with_format(head, j as u16, title(col.name()), &wrap)?;
        for i in 0..ct.height() {
            let r = head + 1 + i as u32;
            match cell(col, i) {
                Cell::Text(Some(s)) => ws.write_string(r, j as u16, s)?,
                Cell::Int(Some(x)) => ws.write_number_with_format(r, j as u16, x as f64, &int)?,
                Cell::Float(Some(x)) => ws.write_number_with_format(r, j as u16, x, &pct)?,
                _ => ws,
            };
        }
    }
    if ct.height() > 0 {
        let (a, b) = (head + 1, head + ct.height() as u32);
        let mut chart = Chart::new_line();
        for (k, rate) in RATES.iter().enumerate() {
            let col = 3 + k as u16;
            chart
                .add_series()
                .set_name(rate.title_vi())
                .set_categories((SHEET_CHARTS, a, 0, b, 0))
                .set_values((SHEET_CHARTS, a, col, b, col));
        }
        chart
            .title()
            .set_name("Toàn thành phố: các tỷ lệ theo kỳ (%)");
        chart.legend().set_position(ChartLegendPosition::Bottom);
        chart.set_width(720);
        chart.set_height(360);
        ws.insert_chart(b + 2, 0, &chart)?;
    }
    Ok(())
}
