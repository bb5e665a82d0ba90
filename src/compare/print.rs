//! What every sheet of the workbook shares: the sheet names, the period's
//! name for titles, and the page set-up (A4 landscape, one page wide, the
//! period and the date it was made in the page header). Used by `workbook`
//! and `charts`; imports neither.

use super::comparison::Comparison;
use rust_xlsxwriter::Worksheet;

/// Sheet names of the workbook.
pub const SHEET_TABLE: &str = "Tổng hợp";
pub const SHEET_FINDINGS: &str = "Phát hiện";
pub const SHEET_OTHER: &str = "Kỳ khác";
pub const SHEET_CHARTS: &str = "Biểu đồ";
pub const SHEET_TREND: &str = "Xu hướng";
pub const SHEET_FIGURES: &str = "Số liệu";
pub const SHEET_LEGEND: &str = "Chú thích";

/// Today as "dd/mm/yyyy" (UTC), for the page header.
fn today() -> String {
    jiff::Timestamp::now().strftime("%d/%m/%Y").to_string()
}

/// The period's name for titles: "tháng 10/2025", or a note that none is
/// known.
pub(super) fn period_label(c: &Comparison) -> String {
    match c.period {
        Some(p) => format!("kỳ {}", p.label_vi()),
        None => "kỳ báo cáo không rõ (các báo cáo không nêu kỳ trong tiêu đề)".to_string(),
    }
}

/// "&" is the header's escape character.
fn header_text(s: &str) -> String {
    s.replace('&', "&&")
}

/// A4 landscape, one page wide, period and date in the page header.
pub(super) fn page_setup(ws: &mut Worksheet, c: &Comparison) {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.4, 0.4, 0.6, 0.5, 0.3, 0.3);
    ws.set_header(format!(
        "&L&\"-,Bold\"{}&RLập ngày {}",
        header_text(&period_label(c)),
        today()
    ));
    ws.set_footer("&CTrang &P/&N");
}

#[cfg(test)]
mod tests {
    #[test]
    fn today_is_a_date() {
        let t = super::today();
        let parts: Vec<u32> = t.split('/').map(|p| p.parse().unwrap()).collect();
        assert!((1..=31).contains(&parts[0]) && (1..=12).contains(&parts[1]));
        assert!(parts[2] >= 2024);
    }
}
