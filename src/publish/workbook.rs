//! The workbook (rust_xlsxwriter): "Tổng hợp" (the period's table),
//! "Phát hiện" (findings), "Kỳ khác" (reports of other periods), "Biểu đồ"
//! (`charts`), "Xu hướng" (unit × period, when there is a trend), "Số liệu"
//! (every figure) and "Chú thích" (legend).
//!
//! Every sheet prints A4 landscape, one page wide, the period and the date
//! the workbook was made in the page header; the table sheets repeat their
//! header row on every page and freeze the unit column. The summary prints
//! its headline columns (unit, status, the main counts and rates, number of
//! findings); the other columns are on screen and in CSV/Parquet.
//! It takes a finished [`Comparison`] and computes nothing.

use super::table::{Cell, cell, period_label, text, title};
use crate::compare::{Comparison, Rate};
use crate::model::{Key, UnitType};
use polars::prelude::{Column, DataFrame};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

const SHEET_OTHER: &str = "Kỳ khác";

/// What the unit column shows on the city rows of the workbook.
pub const CITY_LABEL: &str = "TOÀN THÀNH PHỐ (tổng)";
pub const CITY_N_LABEL: &str = "Số đơn vị có số liệu";

/// The summary sheet's columns, in print order; the printed area ends with
/// the last of them. The other columns follow, in table order.
const PRINTED: &str = "unit row_label period received_total received_online received_direct \
                       online_rate resolved_total resolved_early_or_on_time resolved_late \
                       early_or_on_time_rate late_rate in_progress withdrawn errors warnings";

/// The rows above a sheet's header: a title and a line of counts.
const TOP: u32 = 3;

const INCONSISTENT_FILL: u32 = 0xFFC7CE;
const INCONSISTENT_FONT: u32 = 0x9C0006;
const DERIVED_FONT: u32 = 0x404080;
const MISSING_FILL: u32 = 0xFCE4D6;
const DUPLICATE_FILL: u32 = 0xEDEDED;

/// A cell's format: its number format, its status's style (red for
/// inconsistent, italic for derived), bold, and the row's fill.
fn cell_format(num: Option<&str>, status: Option<&str>, bold: bool, fill: Option<u32>) -> Format {
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
    match fill {
        Some(rgb) => f.set_background_color(Color::RGB(rgb)),
        None => f,
    }
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
        "pattern" | "keys" | "key" | "key_title" => 28.0,
        "errors" | "warnings" => 8.0,
        _ => 11.0,
    }
}

/// A4 landscape, one page wide, the period and today's date in the page
/// header ("&" is its escape character), page numbers in the footer.
fn page_setup<'a>(ws: &'a mut Worksheet, c: &Comparison) -> &'a mut Worksheet {
    let today = jiff::Timestamp::now().strftime("%d/%m/%Y");
    let period = period_label(c).replace('&', "&&");
    ws.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_margins(0.4, 0.4, 0.6, 0.5, 0.3, 0.3)
        .set_header(format!("&L&\"-,Bold\"{period}&RLập ngày {today}"))
        .set_footer("&CTrang &P/&N")
}

/// Writes a table on sheet `name` under `heading` and `line`, its header at
/// row [`TOP`]: Vietnamese column titles, value cells styled by their
/// `<column>_status` sibling (which is not written), city rows in bold,
/// missing and duplicate rows shaded; the header row repeats on every
/// printed page. The `printed` columns come first and the printed area
/// ends with them; without, the unit comes first and every column prints.
fn write_table(
    ws: &mut Worksheet,
    c: &Comparison,
    [name, heading, line]: [&str; 3],
    t: &DataFrame,
    printed: Option<&[&str]>,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    ws.write_string_with_format(0, 0, heading, &Format::new().set_bold().set_font_size(13))?;
    ws.write_string(1, 0, line)?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    let first = printed.unwrap_or(&["unit"]);
    let shown = |c: &&Column| c.name() != "row_kind" && !c.name().ends_with("_status");
    let mut cols: Vec<&Column> = t.columns().iter().filter(shown).collect();
    // The first columns in their order, then the others in table order.
    cols.sort_by_key(|c| {
        first
            .iter()
            .position(|n| c.name() == n)
            .unwrap_or(first.len())
    });
    for (j, c) in cols.iter().enumerate() {
        ws.write_string_with_format(TOP, j as u16, title(c.name()), &header)?;
        ws.set_column_width(j as u16, width_for(c.name()))?;
    }
    ws.set_row_height(TOP, 62)?;
    for i in 0..t.height() {
        write_row(ws, t, &cols, i)?;
    }
    ws.set_freeze_panes(TOP + 1, 1)?;
    if t.height() > 0 && !cols.is_empty() {
        ws.autofilter(TOP, 0, TOP + t.height() as u32, (cols.len() - 1) as u16)?;
    }
    let printed = match printed {
        Some(p) => cols
            .iter()
            .take_while(|c| p.contains(&c.name().as_str()))
            .count(),
        None => cols.len(),
    };
    page_setup(ws, c).set_repeat_rows(TOP, TOP)?;
    ws.set_print_area(0, 0, TOP + t.height() as u32, printed.max(1) as u16 - 1)?;
    Ok(())
}

/// Row `i` of `t` on the sheet, under the header at [`TOP`].
fn write_row(
    ws: &mut Worksheet,
    t: &DataFrame,
    cols: &[&Column],
    i: usize,
) -> Result<(), XlsxError> {
    let kind = text(t, "row_kind", i);
    let bold = matches!(kind, Some("city" | "city_n"));
    let fill = match kind {
        Some("missing") => Some(MISSING_FILL),
        Some("duplicate") => Some(DUPLICATE_FILL),
        _ => None,
    };
    let row = TOP + 1 + i as u32;
    for (j, c) in (0..).zip(cols) {
        let status = text(t, &format!("{}_status", c.name()), i);
        let (shown, value, num) = match cell(c, i) {
            Cell::Text(v) => match (c.name().as_str(), kind) {
                ("unit", Some("city")) => (Some(CITY_LABEL), None, None),
                ("unit", Some("city_n")) => (Some(CITY_N_LABEL), None, None),
                ("unit_type", _) => (v.map(unit_type_vi), None, None),
                _ => (v, None, None),
            },
            Cell::Int(v) => (None, v.map(|x| x as f64), Some("#,##0")),
            Cell::Float(v) if kind == Some("city_n") => {
                (None, v.filter(|x| x.is_finite()), Some("0"))
            }
            Cell::Float(v) => (None, v.filter(|x| x.is_finite()), Some("0.00")),
        };
        // Text takes no status style.
        let f = cell_format(num, num.and(status), bold, fill);
        match (shown, value) {
            (Some(s), _) => ws.write_string_with_format(row, j, s, &f)?,
            (_, Some(x)) => ws.write_number_with_format(row, j, x, &f)?,
            _ if fill.is_some() => ws.write_blank(row, j, &f)?,
            _ => ws,
        };
    }
    Ok(())
}

/// "Đơn vị đã báo cáo: 5/114 · chưa có báo cáo: 109 · ..."
pub fn summary_line(c: &Comparison) -> String {
    let mut s = format!("Đơn vị đã báo cáo: {}", c.units_reporting);
    if c.units_total > 0 {
        let missing = c.units_total.saturating_sub(c.units_reporting);
        s.push_str(&format!("/{} · chưa có báo cáo: {missing}", c.units_total));
    }
    if c.duplicates > 0 {
        s.push_str(&format!(
            " · báo cáo trùng kỳ (không cộng): {}",
            c.duplicates
        ));
    }
    if c.other.height() > 0 {
        let n = c.other.height();
        s.push_str(&format!(
            " · báo cáo kỳ khác (sheet “{SHEET_OTHER}”, không cộng): {n}"
        ));
    }
    s
}

/// The legend's marks: label, the status or fill it shows, meaning.
const MARKS: [(&str, Option<&str>, Option<u32>); 9] = [
    ("Ô nền đỏ", Some("inconsistent"), None),
    ("Chữ nghiêng", Some("derived"), None),
    ("Ô trống", None, None),
    ("chưa có báo cáo", None, Some(MISSING_FILL)),
    ("trùng kỳ", None, Some(DUPLICATE_FILL)),
    (SHEET_OTHER, None, None),
    (CITY_LABEL, None, None),
    (CITY_N_LABEL, None, None),
    ("Cũng có trong", None, None),
];

/// What each of [`MARKS`] means.
const MEANINGS: [&str; 9] = [
    "số liệu liên quan đến một phát hiện (sai lệch số học) của báo cáo",
    "số liệu không ghi trong báo cáo, được tính từ các số thành phần; các tỷ lệ (%, tính) luôn được tính",
    "báo cáo không nêu số liệu này; không bao giờ điền 0",
    "đơn vị của thành phố (114 phường, xã, đặc khu) chưa gửi báo cáo của kỳ này",
    "báo cáo khác của cùng đơn vị, cùng kỳ: hiển thị, không cộng; dòng tổng hợp dùng báo cáo có kỳ số liệu mới hơn, rồi nguồn tốt hơn, rồi tệp sau",
    "báo cáo của kỳ khác hoặc không nêu kỳ trong tiêu đề: liệt kê riêng, không cộng vào tổng của kỳ",
    "cộng các đơn vị đã báo cáo của kỳ; tỷ lệ tính lại từ tổng tử số / tổng mẫu số, không lấy trung bình; tỷ lệ do báo cáo ghi (%) không cộng được nên để trống",
    "số đơn vị mà mỗi ô của dòng tổng bao gồm",
    "cùng báo cáo ở tệp khác (docx, pdf, bản quét); dòng lấy từ nguồn tốt nhất: txt > docx > pdf > pdf quét > ảnh, rồi nhiều số liệu nhất",
];

/// "Chú thích": the marks, then every column of the table (title, name,
/// meaning).
fn write_legend(ws: &mut Worksheet, c: &Comparison) -> Result<(), XlsxError> {
    ws.set_name("Chú thích")?;
    page_setup(ws, c);
    let bold = Format::new().set_bold();
    for (j, w) in [44, 34, 100].into_iter().enumerate() {
        ws.set_column_width(j as u16, w)?;
    }
    ws.write_string_with_format(0, 0, "Ký hiệu", &bold)?;
    for (r, ((label, status, fill), meaning)) in (1..).zip(MARKS.into_iter().zip(MEANINGS)) {
        ws.write_string_with_format(r, 0, label, &cell_format(None, status, false, fill))?;
        ws.write_string(r, 2, meaning)?;
    }
    let head = ["Cột", "Tên cột (CSV, Parquet, JSONL)", "Ý nghĩa"];
    for (j, h) in head.into_iter().enumerate() {
        ws.write_string_with_format(11, j as u16, h, &bold)?;
    }
    let names = c.table.get_column_names();
    let columns = names.into_iter().filter(|n| !n.ends_with("_status"));
    for (r, name) in (12..).zip(columns) {
        let meaning = if let Ok(k) = name.parse::<Key>() {
            let k = k.title_vi().to_lowercase();
            format!("chỉ tiêu {k} của đơn vị (phạm vi ward), như báo cáo ghi")
        } else if let Some(rate) = Rate::ALL.iter().find(|x| x.name() == name.as_str()) {
            rate.definition_vi().to_string()
        } else {
            String::new()
        };
        ws.write_string(r, 0, title(name))?;
        ws.write_string(r, 1, name.as_str())?;
        ws.write_string(r, 2, &meaning)?;
    }
    Ok(())
}

/// The workbook's bytes.
pub fn xlsx_bytes(c: &Comparison) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let period = period_label(c);
    let head = format!(
        "TỔNG HỢP KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH — {}",
        period.to_uppercase()
    );
    let printed: Vec<&str> = PRINTED.split_whitespace().collect();
    let summary = ["Tổng hợp", &head, &summary_line(c)];
    write_table(wb.add_worksheet(), c, summary, &c.table, Some(&printed))?;
    let sheet = [
        "Phát hiện",
        "PHÁT HIỆN SAI LỆCH SỐ HỌC TRONG CÁC BÁO CÁO",
        &period,
    ];
    write_table(wb.add_worksheet(), c, sheet, &c.findings, None)?;
    let sheet = [
        SHEET_OTHER,
        "BÁO CÁO KỲ KHÁC (KHÔNG CỘNG VÀO TỔNG CỦA KỲ)",
        &period,
    ];
    write_table(wb.add_worksheet(), c, sheet, &c.other, None)?;
    super::charts::write_charts(page_setup(wb.add_worksheet(), c), c, &period)?;
    if let Some(t) = &c.trend {
        let sheet = ["Xu hướng", "XU HƯỚNG: ĐƠN VỊ × KỲ BÁO CÁO", &period];
        write_table(wb.add_worksheet(), c, sheet, &t.units, None)?;
    }
    let sheet = [
        "Số liệu",
        "SỐ LIỆU ĐỌC ĐƯỢC (MỌI PHẠM VI), KÈM VĂN BẢN GỐC",
        &period,
    ];
    write_table(wb.add_worksheet(), c, sheet, &c.figures, None)?;
    write_legend(wb.add_worksheet(), c)?;
    wb.save_to_buffer()
}
