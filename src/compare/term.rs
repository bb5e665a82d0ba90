//! The terminal table of `baocao compare` without `-o`: the headline
//! columns only, Vietnamese number style, at most [`MAX_WIDTH`] characters;
//! the units that have not reported as a list of names under it; and the
//! trend (`--trend`).

use super::table::{number, text as cell_text};
use super::trend::Trend;
use crate::check::vi::{dec, int};
use polars::prelude::DataFrame;

pub const MAX_WIDTH: usize = 120;

/// (column, header, is a percentage)
const COLUMNS: &[(&str, &str, bool)] = &[
    ("received_total", "Tiếp nhận", false),
    ("online_rate", "Tr.tuyến%", true),
    ("resolved_total", "Đã GQ", false),
    ("early_or_on_time_rate", "Đúng hạn%", true),
    ("late_rate", "Quá hạn%", true),
    ("in_progress", "Đang GQ", false),
    ("withdrawn_rate", "Rút%", true),
    ("errors", "Lỗi", false),
    ("warnings", "C.báo", false),
];

/// 1234567 → "1.234.567"; 71.25 → "71,25" (`check::vi`'s formatter).
fn vi_number(x: f64, pct: bool) -> String {
    if pct {
        dec(x, 2)
    } else {
        int(x.round() as i64)
    }
}

/// "2025-07-01", "2025-10-15" → "01/07–15/10/2025".
fn period(start: Option<&str>, end: Option<&str>) -> String {
    let parts = |d: &str| -> Option<(String, String, String)> {
        let mut it = d.split('-');
        Some((
            it.next()?.to_string(),
            it.next()?.to_string(),
            it.next()?.to_string(),
        ))
    };
    match (start.and_then(parts), end.and_then(parts)) {
        (Some((y1, m1, d1)), Some((y2, m2, d2))) if y1 == y2 => format!("{d1}/{m1}–{d2}/{m2}/{y2}"),
        (Some((y1, m1, d1)), Some((y2, m2, d2))) => {
            format!("{d1}/{m1}/{}–{d2}/{m2}/{}", last2(&y1), last2(&y2))
        }
        (None, Some((y, m, d))) => format!("–{d}/{m}/{y}"),
        (Some((y, m, d)), None) => format!("{d}/{m}/{y}–"),
        (None, None) => "?".to_string(),
    }
}

/// The last two characters ("2025" → "25"); by characters, since a date
/// read back from a hand-edited `--from` line may hold any text.
fn last2(s: &str) -> String {
    let n = s.chars().count();
    s.chars().skip(n.saturating_sub(2)).collect()
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Cuts `s` to `w` characters with an ellipsis; a `[file name]` keeps its
/// end, where the renders of one report differ (`.docx`, `_scan.pdf`).
fn truncate(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let keep = w.saturating_sub(2);
    if let Some(inner) = s.strip_prefix('[') {
        let n = width(inner);
        let tail: String = inner.chars().skip(n - keep.min(n)).collect();
        return format!("[…{tail}");
    }
    let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// The table as text lines (with a legend), no line wider than 120.
pub fn terminal_table(t: &DataFrame) -> String {
    let text = |name: &str, i: usize| cell_text(t, name, i).map(str::to_string);
    let mut header: Vec<String> = vec!["Đơn vị".into(), "Kỳ báo cáo".into(), "Nguồn".into()];
    header.extend(COLUMNS.iter().map(|c| c.1.to_string()));
    let mut body: Vec<Vec<String>> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut city_at = None;
    for i in 0..t.height() {
        let kind = text("row_kind", i).unwrap_or_default();
        if kind == "missing" {
            missing.extend(text("unit", i));
            continue;
        }
        let label = match kind.as_str() {
            "city" => "TOÀN THÀNH PHỐ".to_string(),
            "city_n" => "  số đơn vị".to_string(),
            _ => text("unit", i).unwrap_or_else(|| {
                let f = text("file", i).unwrap_or_default();
                let base = f.rsplit(['/', '\\']).next().unwrap_or(&f).to_string();
                format!("[{base}]")
            }),
        };
        let city = kind.starts_with("city");
        let per = if city {
            String::new()
        } else {
            period(
                text("period_start", i).as_deref(),
                text("period_end", i).as_deref(),
            )
        };
        let mut source = text("source_kind", i).unwrap_or_default();
        if kind == "duplicate" {
            source = format!("TRÙNG {source}");
        }
        if text("status", i).as_deref() == Some("error") {
            source = "LỖI ĐỌC".into();
        }
        if let Some(also) = text("also_in", i) {
            source.push_str(&format!("+{}", also.split("; ").count()));
        }
        let mut row = vec![label, per, source];
        for (name, _, pct) in COLUMNS {
            let Ok(c) = t.column(name) else {
                row.push(String::new());
                continue;
            };
            let status = text(&format!("{name}_status"), i);
            let float = c.dtype().is_float();
            let cell = match number(t, name, i) {
                Some(x) if float && kind == "city_n" => vi_number(x, false),
                Some(x) => {
                    let mark = match status.as_deref() {
                        Some("derived") if !city && !pct => "*",
                        Some("inconsistent") => "!",
                        _ => "",
                    };
                    format!("{}{mark}", vi_number(x, *pct))
                }
                None => "–".into(),
            };
            row.push(cell);
        }
        if kind == "city" {
            city_at = Some(body.len());
        }
        body.push(row);
    }
    // The unit column gives way until the table fits MAX_WIDTH.
    let widths: Vec<usize> = (0..header.len())
        .map(|j| {
            body.iter()
                .chain([&header])
                .map(|r| width(&r[j]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let others: usize = widths[1..].iter().map(|w| w + 2).sum();
    let first = widths[0].min(MAX_WIDTH.saturating_sub(others)).max(8);
    let mut table = comfy_table::Table::new();
    // No borders: only the line under the header.
    table.load_preset("     ─             ").set_header(header);
    for mut row in body {
        row[0] = truncate(&row[0], first);
        table.add_row(row);
    }
    for (j, c) in table.column_iter_mut().enumerate() {
        c.set_padding((if j == 0 { 0 } else { 2 }, 0));
        if j >= 3 {
            c.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    // The header's rule again above the city's rows.
    let mut lines: Vec<String> = table.lines().map(|l| l.trim_end().to_string()).collect();
    if let Some(at) = city_at.filter(|&i| i > 0) {
        let rule = lines[1].clone();
        lines.insert(2 + at, rule);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if !missing.is_empty() {
        out.push_str(&wrap(
            &format!(
                "Chưa có báo cáo ({}): {}",
                missing.len(),
                missing.join(", ")
            ),
            MAX_WIDTH,
        ));
    }
    out.push_str("* tính từ số liệu thành phần   ! liên quan đến một phát hiện   – báo cáo không nêu (không điền 0)\n");
    out.push_str("Tổng thành phố: cộng các đơn vị đã báo cáo của kỳ (dòng TRÙNG không cộng);\n  tỷ lệ = tổng tử số / tổng mẫu số (không lấy trung bình).\n");
    out.push_str("Nguồn +N: cùng báo cáo có trong N tệp khác. Bảng đầy đủ: baocao compare ... -o bang.xlsx\n");
    out
}

/// Words of `s` in lines of at most `w` characters.
fn wrap(s: &str, w: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in s.split(' ') {
        if !line.is_empty() && width(&line) + 1 + width(word) > w {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The trend as text: the city's series, then unit × period.
pub fn terminal_trend(t: &Trend) -> String {
    let mut out = String::new();
    let cell = |tab: &DataFrame, name: &str, i: usize, pct: bool| -> String {
        match tab.column(name).map(|c| c.dtype().is_string()) {
            Ok(true) => cell_text(tab, name, i).unwrap_or("").to_string(),
            Ok(false) => number(tab, name, i).map_or("–".to_string(), |x| vi_number(x, pct)),
            Err(_) => String::new(),
        }
    };
    let cols = [
        ("received_total", "Tiếp nhận", false),
        ("online_rate", "Tr.tuyến%", true),
        ("early_or_on_time_rate", "Đúng hạn%", true),
        ("late_rate", "Quá hạn%", true),
    ];
    let line = |first: String, second: String, rest: Vec<String>| {
        let mut s = format!("{:<24}  {:<10}", truncate(&first, 24), second);
        for r in rest {
            s.push_str(&format!("  {r:>10}"));
        }
        s.trim_end().to_string() + "\n"
    };
    let head: Vec<String> = cols.iter().map(|c| c.1.to_string()).collect();
    out.push_str(&line(
        "TOÀN THÀNH PHỐ (số đơn vị)".into(),
        "Kỳ".into(),
        head.clone(),
    ));
    for i in 0..t.city.height() {
        let label = format!("  {} đơn vị", cell(&t.city, "units_reporting", i, false));
        let rest = cols.iter().map(|c| cell(&t.city, c.0, i, c.2)).collect();
        out.push_str(&line(label, cell(&t.city, "period", i, false), rest));
    }
    out.push('\n');
    out.push_str(&line("Đơn vị".into(), "Kỳ".into(), head));
    for i in 0..t.units.height() {
        let rest = cols.iter().map(|c| cell(&t.units, c.0, i, c.2)).collect();
        out.push_str(&line(
            cell(&t.units, "unit", i, false),
            cell(&t.units, "period", i, false),
            rest,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_the_vietnamese_way() {
        assert_eq!(vi_number(2810.0, false), "2.810");
        assert_eq!(vi_number(1234567.0, false), "1.234.567");
        assert_eq!(vi_number(12.0, false), "12");
        assert_eq!(vi_number(71.25, true), "71,25");
        assert_eq!(vi_number(0.1, true), "0,10");
    }

    #[test]
    fn long_names_are_cut_to_width() {
        assert_eq!(truncate("Lê Đại Hành", 20), "Lê Đại Hành");
        assert_eq!(truncate("Thủy Nguyên Xanh", 8), "Thủy Ng…");
        assert_eq!(truncate("[chi-linh_2025-10_scan.pdf]", 12), "[…_scan.pdf]");
    }

    #[test]
    fn periods_are_compact() {
        assert_eq!(
            period(Some("2025-07-01"), Some("2025-10-15")),
            "01/07–15/10/2025"
        );
        assert_eq!(
            period(Some("2025-12-20"), Some("2026-01-19")),
            "20/12/25–19/01/26"
        );
        assert_eq!(period(None, None), "?");
    }
}
