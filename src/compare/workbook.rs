//! The workbook (rust_xlsxwriter): "Tổng hợp" (the period's table),
//! "Phát hiện" (findings), "Kỳ khác" (reports of other periods), "Biểu đồ"
//! (`charts`: online share by unit; the city's indicators by period), "Xu hướng"
//! (unit × period, when there is a trend), "Số liệu" (every figure) and
//! "Chú thích" (legend).
//!
//! Every sheet prints A4 landscape, one page wide, the period and the date
//! the workbook was made in the page header; the table sheets repeat their
//! header row on every page and freeze the unit column. The summary prints
//! its headline columns (unit, status, the main counts and rates, number of
//! findings); the other columns are on screen and in CSV/Parquet.
//! It takes a finished [`Comparison`] and computes nothing.

use super::comparison::Comparison;
use super::print::{
    SHEET_FIGURES, SHEET_FINDINGS, SHEET_LEGEND, SHEET_OTHER, SHEET_TABLE, SHEET_TREND, page_setup,
    period_label,
};
use super::rates::Rate;
use super::table::{Cell, cell, text, title};
use crate::model::{Key, UnitType};
use polars::prelude::{Column, DataFrame};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// What the unit column shows on the city rows of the workbook.
pub const CITY_LABEL: &str = "TOÀN THÀNH PHỐ (tổng)";
pub const CITY_N_LABEL: &str = "Số đơn vị có số liệu";

/// The summary sheet's columns, in print order; the printed area ends with
/// the last of them. The other columns follow, in table order.
const PRINTED: &[&str] = &[
    "unit",
    "row_label",
    "period",
    "received_total",
    "received_online",
    "received_direct",
    "online_rate",
    "resolved_total",
    "resolved_early_or_on_time",
    "resolved_late",
    "early_or_on_time_rate",
    "late_rate",
    "in_progress",
    "withdrawn",
    "errors",
    "warnings",
];

/// The rows above a sheet's header: a title and a line of counts.
const TOP: u32 = 3;

const INCONSISTENT_FILL: u32 = 0xFFC7CE;
const INCONSISTENT_FONT: u32 = 0x9C0006;
const DERIVED_FONT: u32 = 0x404080;
const MISSING_FILL: u32 = 0xFCE4D6;
const DUPLICATE_FILL: u32 = 0xEDEDED;

fn cell_format(num: Option<&str>, status: Option<&str>, bold: bool) -> Format {
    let mut f = Format::new().set_align(FormatAlign::Top);
    if let Some(n) = num {
        f = f.set_num_format(n);
    }
    match status {
        Some("inconsistent") => {
            f = f
                .set_background_color(Color::RGB(INCONSISTENT_FILL))
                .set_font_color(Color::RGB(INCONSISTENT_FONT));
        }
        Some("derived") => f = f.set_italic().set_font_color(Color::RGB(DERIVED_FONT)),
        _ => {}
    }
    if bold {
        f = f.set_bold();
    }
    f
}

fn unit_type_vi(s: &str) -> &str {
    [UnitType::Phuong, UnitType::Xa, UnitType::DacKhu]
        .into_iter()
        .find(|t| t.as_str() == s)
        .map_or(s, |t| t.label_vi())
}

fn width_for(name: &str) -> f64 {
    match name {
        "unit" => 22.0,
        "row_label" => 15.0,
        "file" | "also_in" | "error" | "raw" | "reason" => 36.0,
        "message" | "note" => 60.0,
        "period_start" | "period_end" | "period" => 11.0,
        "pattern" | "keys" | "key" | "key_title" => 28.0,
        "errors" | "warnings" => 8.0,
        _ => 11.0,
    }
}

/// A4 landscape, one page wide, the header row repeated, the period and
/// the date in the page header, page numbers in the footer.
fn print_setup(
    ws: &mut Worksheet,
    c: &Comparison,
    header_row: u32,
    last_row: u32,
    last_col: u16,
) -> Result<(), XlsxError> {
    page_setup(ws, c);
    ws.set_repeat_rows(header_row, header_row)?;
    ws.set_print_area(0, 0, last_row.max(header_row), last_col)?;
    Ok(())
}

/// Writes a table on a sheet from row `top`: Vietnamese titles, value cells
/// styled by their `<column>_status` sibling (which is not written), city
/// rows in bold, missing and duplicate rows shaded. `first` names the
/// columns to put first, in that order. Returns the columns as written.
fn write_table<'a>(
    ws: &mut Worksheet,
    t: &'a DataFrame,
    top: u32,
    first: &[&str],
) -> Result<Vec<&'a Column>, XlsxError> {
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    let shown = |c: &&Column| c.name() != "row_kind" && !c.name().ends_with("_status");
    let mut cols: Vec<&Column> = first
        .iter()
        .filter_map(|n| t.column(n).ok())
        .filter(shown)
        .collect();
    cols.extend(
        t.columns()
            .iter()
            .filter(shown)
            .filter(|c| !first.contains(&c.name().as_str())),
    );
    for (j, c) in cols.iter().enumerate() {
        let j = j as u16;
        ws.write_string_with_format(top, j, title(c.name()), &header)?;
        ws.set_column_width(j, width_for(c.name()))?;
    }
    ws.set_row_height(top, 62)?;
    for i in 0..t.height() {
        let kind = text(t, "row_kind", i);
        let bold = matches!(kind, Some("city" | "city_n"));
        let fill = match kind {
            Some("missing") => Some(MISSING_FILL),
            Some("duplicate") => Some(DUPLICATE_FILL),
            _ => None,
        };
        let row = top + 1 + i as u32;
        for (j, c) in cols.iter().enumerate() {
            let j = j as u16;
            let status = text(t, &format!("{}_status", c.name()), i);
            let with_fill = |f: Format| match fill {
                Some(rgb) => f.set_background_color(Color::RGB(rgb)),
                None => f,
            };
            let (value, f) = match cell(c, i) {
                Cell::Text(v) => {
                    let text = match (c.name().as_str(), kind) {
                        ("unit", Some("city")) => Some(CITY_LABEL),
                        ("unit", Some("city_n")) => Some(CITY_N_LABEL),
                        ("unit_type", _) => v.map(unit_type_vi),
                        _ => v,
                    };
                    let f = with_fill(cell_format(None, None, bold));
                    if let Some(s) = text {
                        ws.write_string_with_format(row, j, s, &f)?;
                        continue;
                    }
                    (None, f)
                }
                Cell::Int(v) => (
                    v.map(|x| x as f64),
                    cell_format(Some("#,##0"), status, bold),
                ),
                Cell::Float(v) => {
                    let num = if kind == Some("city_n") { "0" } else { "0.00" };
                    (
                        v.filter(|x| x.is_finite()),
                        cell_format(Some(num), status, bold),
                    )
                }
            };
            let f = with_fill(f);
            match value {
                Some(x) => ws.write_number_with_format(row, j, x, &f)?,
                None if fill.is_some() => ws.write_blank(row, j, &f)?,
                None => ws,
            };
        }
    }
    ws.set_freeze_panes(top + 1, 1)?;
    if t.height() > 0 && !cols.is_empty() {
        ws.autofilter(top, 0, top + t.height() as u32, (cols.len() - 1) as u16)?;
    }
    Ok(cols)
}

/// The two lines above a sheet's table: its title and the counts.
fn write_top(ws: &mut Worksheet, title: &str, line: &str) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, title, &Format::new().set_bold().set_font_size(13))?;
    ws.write_string(1, 0, line)?;
    Ok(())
}

/// "Đơn vị đã báo cáo: 5/114 · chưa có báo cáo: 109 · ..."
pub fn summary_line(c: &Comparison) -> String {
    let mut s = if c.units_total > 0 {
        format!(
            "Đơn vị đã báo cáo: {}/{} · chưa có báo cáo: {}",
            c.units_reporting,
            c.units_total,
            c.units_total.saturating_sub(c.units_reporting)
        )
    } else {
        format!("Đơn vị đã báo cáo: {}", c.units_reporting)
    };
    if c.duplicates > 0 {
        s.push_str(&format!(
            " · báo cáo trùng kỳ (không cộng): {}",
            c.duplicates
        ));
    }
    if c.other.height() > 0 {
        s.push_str(&format!(
            " · báo cáo kỳ khác (sheet “{SHEET_OTHER}”, không cộng): {}",
            c.other.height()
        ));
    }
    s
}

fn write_summary(ws: &mut Worksheet, c: &Comparison) -> Result<(), XlsxError> {
    ws.set_name(SHEET_TABLE)?;
    write_top(
        ws,
        &format!(
            "TỔNG HỢP KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH — {}",
            period_label(c).to_uppercase()
        ),
        &summary_line(c),
    )?;
    let cols = write_table(ws, &c.table, TOP, PRINTED)?;
    let printed = cols
        .iter()
        .take_while(|col| PRINTED.contains(&col.name().as_str()))
        .count()
        .max(1);
    print_setup(
        ws,
        c,
        TOP,
        TOP + c.table.height() as u32,
        (printed - 1) as u16,
    )
}

fn write_plain(
    ws: &mut Worksheet,
    c: &Comparison,
    name: &str,
    title: &str,
    t: &DataFrame,
    print: bool,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    write_top(ws, title, &period_label(c))?;
    let cols = write_table(ws, t, TOP, &["unit"])?;
    if print {
        print_setup(
            ws,
            c,
            TOP,
            TOP + t.height() as u32,
            cols.len().saturating_sub(1) as u16,
        )?;
    }
    Ok(())
}

fn write_legend(ws: &mut Worksheet, c: &Comparison) -> Result<(), XlsxError> {
    ws.set_name(SHEET_LEGEND)?;
    page_setup(ws, c);
    let bold = Format::new().set_bold();
    ws.set_column_width(0, 44)?;
    ws.set_column_width(1, 34)?;
    ws.set_column_width(2, 100)?;
    let mut r = 0u32;
    let lines: [(&str, Option<&str>, Option<u32>, &str); 9] = [
        (
            "Ô nền đỏ",
            Some("inconsistent"),
            None,
            "số liệu liên quan đến một phát hiện (sai lệch số học) của báo cáo",
        ),
        (
            "Chữ nghiêng",
            Some("derived"),
            None,
            "số liệu không ghi trong báo cáo, được tính từ các số thành phần; các tỷ lệ (%, tính) luôn được tính",
        ),
        (
            "Ô trống",
            None,
            None,
            "báo cáo không nêu số liệu này; không bao giờ điền 0",
        ),
        (
            "chưa có báo cáo",
            None,
            Some(MISSING_FILL),
            "đơn vị của thành phố (114 phường, xã, đặc khu) chưa gửi báo cáo của kỳ này",
        ),
        (
            "trùng kỳ",
            None,
            Some(DUPLICATE_FILL),
            "báo cáo khác của cùng đơn vị, cùng kỳ: hiển thị, không cộng; dòng tổng hợp dùng báo cáo có kỳ số liệu mới hơn, rồi nguồn tốt hơn, rồi tệp sau",
        ),
        (
            SHEET_OTHER,
            None,
            None,
            "báo cáo của kỳ khác hoặc không nêu kỳ trong tiêu đề: liệt kê riêng, không cộng vào tổng của kỳ",
        ),
        (
            CITY_LABEL,
            None,
            None,
            "cộng các đơn vị đã báo cáo của kỳ; tỷ lệ tính lại từ tổng tử số / tổng mẫu số, không lấy trung bình; tỷ lệ do báo cáo ghi (%) không cộng được nên để trống",
        ),
        (
            CITY_N_LABEL,
            None,
            None,
            "số đơn vị mà mỗi ô của dòng tổng bao gồm",
        ),
        (
            "Cũng có trong",
            None,
            None,
            "cùng báo cáo ở tệp khác (docx, pdf, bản quét); dòng lấy từ nguồn tốt nhất: txt > docx > pdf > pdf quét > ảnh, rồi nhiều số liệu nhất",
        ),
    ];
    ws.write_string_with_format(r, 0, "Ký hiệu", &bold)?;
    r += 1;
    for (label, status, fill, text) in lines {
        let mut f = cell_format(None, status, false);
        if let Some(rgb) = fill {
            f = f.set_background_color(Color::RGB(rgb));
        }
        ws.write_string_with_format(r, 0, label, &f)?;
        ws.write_string(r, 2, text)?;
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Cột", &bold)?;
    ws.write_string_with_format(r, 1, "Tên cột (CSV, Parquet, JSONL)", &bold)?;
    ws.write_string_with_format(r, 2, "Ý nghĩa", &bold)?;
    r += 1;
    for name in c
        .table
        .get_column_names()
        .into_iter()
        .filter(|n| !n.ends_with("_status"))
    {
        let meaning = if let Ok(k) = name.parse::<Key>() {
            format!(
                "chỉ tiêu {} của đơn vị (phạm vi ward), như báo cáo ghi",
                k.title_vi().to_lowercase()
            )
        } else if let Some(rate) = Rate::ALL.iter().find(|x| x.name() == name.as_str()) {
            rate.definition_vi().to_string()
        } else {
            String::new()
        };
        ws.write_string(r, 0, title(name))?;
        ws.write_string(r, 1, name.as_str())?;
        ws.write_string(r, 2, &meaning)?;
        r += 1;
    }
    Ok(())
}

/// The workbook's bytes.
pub fn xlsx_bytes(c: &Comparison) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    write_summary(wb.add_worksheet(), c)?;
    write_plain(
        wb.add_worksheet(),
        c,
        SHEET_FINDINGS,
        "PHÁT HIỆN SAI LỆCH SỐ HỌC TRONG CÁC BÁO CÁO",
        &c.findings,
        true,
    )?;
    write_plain(
        wb.add_worksheet(),
        c,
        SHEET_OTHER,
        "BÁO CÁO KỲ KHÁC (KHÔNG CỘNG VÀO TỔNG CỦA KỲ)",
        &c.other,
        true,
    )?;
    super::charts::write_charts(wb.add_worksheet(), c)?;
    if let Some(t) = &c.trend {
        write_plain(
            wb.add_worksheet(),
            c,
            SHEET_TREND,
            "XU HƯỚNG: ĐƠN VỊ × KỲ BÁO CÁO",
            &t.units,
            true,
        )?;
    }
    write_plain(
        wb.add_worksheet(),
        c,
        SHEET_FIGURES,
        "SỐ LIỆU ĐỌC ĐƯỢC (MỌI PHẠM VI), KÈM VĂN BẢN GỐC",
        &c.figures,
        true,
    )?;
    write_legend(wb.add_worksheet(), c)?;
    wb.save_to_buffer()
}
