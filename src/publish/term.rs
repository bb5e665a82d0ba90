//! The terminal text of `baocao compare` without `-o`: the period's table
//! (the headline [`COLUMNS`] only, Vietnamese number style, at most
//! [`MAX_WIDTH`] characters, laid out by comfy-table) with the units that
//! have not reported as a list of names under it; or the trend (`--trend`).
//! Takes the comparison's frames, returns text.

use super::table::{number, text};
use crate::check::vi::{dec, int};
use crate::compare::Trend;
use polars::prelude::DataFrame;

const MAX_WIDTH: usize = 120;

/// (column, header, is a percentage); the trend shows those it has.
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

/// A cell as text: "1.234.567", "71,25" (`check::vi`'s formatter), "–"
/// for a missing number, "" for a missing column.
fn shown(t: &DataFrame, name: &str, i: usize, pct: bool) -> String {
    match t.column(name).map(|c| c.dtype().is_string()) {
        Ok(true) => text(t, name, i).unwrap_or_default().to_string(),
        Ok(false) => number(t, name, i).map_or("–".into(), |x| match pct {
            true => dec(x, 2),
            false => int(x.round() as i64),
        }),
        Err(_) => String::new(),
    }
}

/// "2025-07-01", "2025-10-15" → "01/07–15/10/2025"; across years the
/// years' last two characters (a hand-edited `--from` date may be any text).
fn period(start: Option<&str>, end: Option<&str>) -> String {
    fn dmy(d: Option<&str>) -> Option<(&str, &str, &str)> {
        let mut it = d?.split('-');
        Some((it.next()?, it.next()?, it.next()?))
    }
    let yy = |y: &str| {
        y.chars()
            .skip(y.chars().count().saturating_sub(2))
            .collect::<String>()
    };
    match (dmy(start), dmy(end)) {
        (Some((y1, m1, d1)), Some((y2, m2, d2))) if y1 == y2 => format!("{d1}/{m1}–{d2}/{m2}/{y2}"),
        (Some((y1, m1, d1)), Some((y2, m2, d2))) => {
            format!("{d1}/{m1}/{}–{d2}/{m2}/{}", yy(y1), yy(y2))
        }
        (None, Some((y, m, d))) => format!("–{d}/{m}/{y}"),
        (Some((y, m, d)), None) => format!("{d}/{m}/{y}–"),
        (None, None) => "?".to_string(),
    }
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
    if let Some(inner) = s.strip_prefix('[') {
        let n = width(inner);
        let tail: String = inner.chars().skip(n - w.saturating_sub(2).min(n)).collect();
        return format!("[…{tail}");
    }
    s.chars().take(w.saturating_sub(1)).chain(['…']).collect()
}

/// Row `i` of the period's table: unit (or file, or the city), data
/// window, source, then [`COLUMNS`], `*` on a derived count and `!` on a
/// cell of a finding.
fn row(t: &DataFrame, i: usize, kind: &str) -> Vec<String> {
    let txt = |name: &str| text(t, name, i).unwrap_or_default();
    let city = kind.starts_with("city");
    let label = match kind {
        "city" => "TOÀN THÀNH PHỐ".to_string(),
        "city_n" => "  số đơn vị".to_string(),
        _ => text(t, "unit", i).map_or_else(
            || format!("[{}]", txt("file").rsplit(['/', '\\']).next().unwrap_or("")),
            str::to_string,
        ),
    };
    let per = match city {
        true => String::new(),
        false => period(text(t, "period_start", i), text(t, "period_end", i)),
    };
    let mut source = match (kind, txt("status")) {
        (_, "error") => "LỖI ĐỌC".to_string(),
        ("duplicate", _) => format!("TRÙNG {}", txt("source_kind")),
        _ => txt("source_kind").to_string(),
    };
    if let Some(also) = text(t, "also_in", i) {
        source.push_str(&format!("+{}", also.split("; ").count()));
    }
    let mut cells = vec![label, per, source];
    for &(name, _, pct) in COLUMNS {
        let mark = match text(t, &format!("{name}_status"), i) {
            _ if kind == "city_n" || number(t, name, i).is_none() => "",
            Some("derived") if !city && !pct => "*",
            Some("inconsistent") => "!",
            _ => "",
        };
        cells.push(shown(t, name, i, pct && kind != "city_n") + mark);
    }
    cells
}

/// The period's table as text lines (with a legend), no line wider than
/// 120 characters.
pub fn terminal_table(t: &DataFrame) -> String {
    let mut header: Vec<String> = vec!["Đơn vị".into(), "Kỳ báo cáo".into(), "Nguồn".into()];
    header.extend(COLUMNS.iter().map(|c| c.1.to_string()));
    let kinds: Vec<&str> = (0..t.height())
        .map(|i| text(t, "row_kind", i).unwrap_or_default())
        .collect();
    let (missing, listed): (Vec<usize>, Vec<usize>) =
        (0..t.height()).partition(|&i| kinds[i] == "missing");
    let missing: Vec<&str> = missing.iter().filter_map(|&i| text(t, "unit", i)).collect();
    let body: Vec<Vec<String>> = listed.iter().map(|&i| row(t, i, kinds[i])).collect();
    let city_at = listed.iter().position(|&i| kinds[i] == "city");
    // The unit column gives way until the table fits MAX_WIDTH.
    let col_width = |j: usize| body.iter().chain([&header]).map(|r| width(&r[j])).max();
    let others: usize = (1..header.len())
        .map(|j| col_width(j).unwrap_or(0) + 2)
        .sum();
    let first = col_width(0)
        .unwrap_or(0)
        .min(MAX_WIDTH.saturating_sub(others))
        .max(8);
    let mut table = comfy_table::Table::new();
    // No borders: only the line under the header.
    table.load_preset("     ─             ").set_header(header);
    for mut r in body {
        r[0] = truncate(&r[0], first);
        table.add_row(r);
    }
    for (j, c) in table.column_iter_mut().enumerate() {
        c.set_padding((if j == 0 { 0 } else { 2 }, 0));
        if j >= 3 {
            c.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    let mut lines: Vec<String> = table.lines().map(|l| l.trim_end().to_string()).collect();
    // The header's rule again above the city's rows.
    if let Some(at) = city_at.filter(|&i| i > 0) {
        lines.insert(2 + at, lines[1].clone());
    }
    let mut out = lines.join("\n") + "\n";
    if !missing.is_empty() {
        let list = format!(
            "Chưa có báo cáo ({}): {}",
            missing.len(),
            missing.join(", ")
        );
        out.push_str(&wrap(&list, MAX_WIDTH));
    }
    out.push_str("* tính từ số liệu thành phần   ! liên quan đến một phát hiện   – báo cáo không nêu (không điền 0)\n");
    out.push_str("Tổng thành phố: cộng các đơn vị đã báo cáo của kỳ (dòng TRÙNG không cộng);\n  tỷ lệ = tổng tử số / tổng mẫu số (không lấy trung bình).\n");
    out.push_str("Nguồn +N: cùng báo cáo có trong N tệp khác. Bảng đầy đủ: baocao compare ... -o bang.xlsx\n");
    out
}

/// The words of `s` in lines of at most `w` characters.
fn wrap(s: &str, w: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split(' ') {
        match lines.last_mut() {
            Some(l) if width(l) + 1 + width(word) <= w => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// The trend as text: the city's series, then unit × period.
pub fn terminal_trend(t: &Trend) -> String {
    let cols: Vec<_> = COLUMNS
        .iter()
        .filter(|c| t.units.column(c.0).is_ok())
        .collect();
    let line = |first: &str, second: &str, rest: Vec<String>| {
        let mut s = format!("{:<24}  {second:<10}", truncate(first, 24));
        for r in rest {
            s.push_str(&format!("  {r:>10}"));
        }
        s.trim_end().to_string() + "\n"
    };
    let head = || cols.iter().map(|c| c.1.to_string()).collect();
    let mut out = String::new();
    let parts = [
        (&t.city, "TOÀN THÀNH PHỐ (số đơn vị)"),
        (&t.units, "Đơn vị"),
    ];
    for (k, (tab, title)) in parts.into_iter().enumerate() {
        out += if k == 0 { "" } else { "\n" };
        out += &line(title, "Kỳ", head());
        for i in 0..tab.height() {
            let first = match k {
                0 => format!("  {} đơn vị", shown(tab, "units_reporting", i, false)),
                _ => shown(tab, "unit", i, false),
            };
            let rest = cols.iter().map(|c| shown(tab, c.0, i, c.2)).collect();
            out += &line(&first, &shown(tab, "period", i, false), rest);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// What the goldens do not hold: a data window with a missing date.
    #[test]
    fn periods_with_a_missing_date() {
        assert_eq!(super::period(None, Some("2025-10-15")), "–15/10/2025");
        assert_eq!(super::period(None, None), "?");
    }
}
