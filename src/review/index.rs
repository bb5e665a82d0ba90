//! The site's index for the period: every unit of the city (one row each,
//! `data-unit`), its headline figures, findings and notes, sortable; the
//! reports of other periods and the files that could not be read; a chart
//! of the online share (inline SVG); links to each report's page, the
//! workbook and the letters.
//!
//! Takes the [`Comparison`] of `compare` (its rows decide which report
//! stands for which unit) and where each report's page and letter are;
//! returns markup. It computes no figure of its own.

use super::html::{esc, href, page};
use crate::compare::Comparison;
use crate::model::{Report, Severity};
use crate::publish::{number, text};
use polars::prelude::DataFrame as Table;
use std::collections::HashMap;
use std::fmt::Write;

/// What the index links to, by report file (`Report::file`).
#[derive(Debug, Clone, Default)]
pub struct IndexLinks<'a> {
    pub pages: HashMap<&'a str, String>,
    pub letters: HashMap<&'a str, String>,
    pub reports: HashMap<&'a str, &'a Report>,
    /// The workbook, relative to the site.
    pub workbook: Option<String>,
}

/// The columns of the index after unit, type and status: (column of the
/// compare table, Vietnamese title, is a rate).
const FIGURES: &[(&str, &str, bool)] = &[
    ("received_total", "Tiếp nhận", false),
    ("resolved_total", "Đã giải quyết", false),
    ("online_rate", "Tỷ lệ trực tuyến (%)", true),
    ("early_or_on_time_rate", "Trước và đúng hạn (%)", true),
    ("late_rate", "Quá hạn (%)", true),
];

fn fmt_number(v: f64, rate: bool) -> String {
    if rate {
        crate::check::vi::dec(v, 2)
    } else {
        crate::check::vi::int(v.round() as i64)
    }
}

fn status_vi(kind: &str) -> &'static str {
    match kind {
        "ward" => "đã báo cáo",
        "duplicate" => "bản trùng",
        "missing" => "chưa có báo cáo",
        "unidentified" => "không xác định / không đọc được",
        _ => "",
    }
}

/// The index page.
pub fn render(c: &Comparison, links: &IndexLinks, title: &str) -> String {
    let t = &c.table;
    let mut b = String::with_capacity(64 * 1024);
    let period = c
        .period
        .map(|p| format!("Kỳ {}", p.label_vi()))
        .unwrap_or_else(|| "Mọi kỳ (không báo cáo nào nêu kỳ)".to_string());
    let in_period: Vec<&Report> = (0..t.height())
        .filter(|&r| text(t, "row_kind", r) == Some("ward"))
        .filter_map(|r| links.reports.get(text(t, "file", r)?).copied())
        .collect();
    let with_findings = in_period
        .iter()
        .filter(|r| r.findings.iter().any(|f| f.severity == Severity::Error))
        .count();
    let unreadable = links
        .reports
        .values()
        .filter(|r| r.status == crate::model::Status::Error)
        .count();
    let _ = write!(
        b,
        "<header class=\"top\"><h1>{} <small>{}</small></h1>\
<p class=\"summary\">Đơn vị đã báo cáo: <strong>{}/{}</strong> · chưa có báo cáo: {} · {} đơn vị có lỗi số học · {} tệp đã đọc, {} tệp không đọc được</p><p class=\"links\">",
        esc(title),
        esc(&period),
        c.units_reporting,
        c.units_total,
        c.units_total.saturating_sub(c.units_reporting),
        with_findings,
        links.reports.len(),
        unreadable
    );
    if let Some(w) = &links.workbook {
        let _ = write!(
            b,
            "<a href=\"{}\">Bảng tổng hợp (.xlsx)</a> · ",
            esc(&href(w))
        );
    }
    let _ = write!(
        b,
        "{} thư gửi đơn vị (thư mục <a href=\"{}\">thu/</a>)</p></header>\n<main>",
        links.letters.len(),
        esc(&href("thu/"))
    );
    b.push_str(&units_table(t, links));
    b.push_str(&chart(t));
    b.push_str(&other(&c.other, links));
    b.push_str("</main>");
    page(&format!("{title} — {period}"), &b)
}

fn units_table(t: &Table, links: &IndexLinks) -> String {
    let mut b = String::from(
        "<section aria-labelledby=\"h-units\"><h2 id=\"h-units\">Các đơn vị</h2>\
<p class=\"hint\">Bấm tiêu đề cột để sắp xếp.</p><div class=\"scroll\"><table class=\"units sortable\"><thead><tr>",
    );
    let mut heads = vec!["Đơn vị", "Loại", "Tình trạng", "Báo cáo"];
    heads.extend(FIGURES.iter().map(|f| f.1));
    heads.extend(["Phát hiện", "Cần xem lại", "Thư"]);
    for (i, h) in heads.iter().enumerate() {
        let _ = write!(
            b,
            "<th scope=\"col\"><button type=\"button\" class=\"sort\" data-col=\"{i}\">{h}</button></th>"
        );
    }
    b.push_str("</tr></thead><tbody>");
    let mut city = String::new();
    for row in 0..t.height() {
        let kind = text(t, "row_kind", row).unwrap_or("");
        if kind == "city" {
            city.push_str("<tr class=\"city\"><th scope=\"row\">Toàn thành phố</th><td></td><td></td><td></td>");
            for &(col, _, rate) in FIGURES {
                let v = number(t, col, row);
                let _ = write!(
                    city,
                    "<td class=\"num\">{}</td>",
                    v.map(|v| fmt_number(v, rate)).unwrap_or_default()
                );
            }
            city.push_str("<td></td><td></td><td></td></tr>");
            continue;
        }
        if !matches!(kind, "ward" | "duplicate" | "missing" | "unidentified") {
            continue;
        }
        let unit = text(t, "unit", row).unwrap_or("");
        let file = text(t, "file", row).unwrap_or("");
        let report = links.reports.get(file).copied();
        let _ = write!(
            b,
            "<tr class=\"{kind}\" data-unit=\"{}\" data-kind=\"{kind}\"><th scope=\"row\" data-sort=\"{}\">{}</th><td>{}</td><td>{}</td>",
            esc(unit),
            esc(&crate::compare::collation_key(unit)),
            if unit.is_empty() {
                "—".to_string()
            } else {
                esc(unit)
            },
            esc(match text(t, "unit_type", row).unwrap_or("") {
                "phuong" => "phường",
                "xa" => "xã",
                "dac_khu" => "đặc khu",
                other => other,
            }),
            status_vi(kind)
        );
        match links.pages.get(file) {
            Some(p) => {
                let name = file.rsplit('/').next().unwrap_or(file);
                let _ = write!(
                    b,
                    "<td><a href=\"{}\">{}</a></td>",
                    esc(&href(p)),
                    esc(name)
                );
            }
            None => b.push_str("<td></td>"),
        }
        for &(col, _, rate) in FIGURES {
            let v = number(t, col, row);
            let inconsistent = text(t, &format!("{col}_status"), row) == Some("inconsistent");
            let _ = write!(
                b,
                "<td class=\"num{}\" data-sort=\"{}\">{}</td>",
                if inconsistent { " bad" } else { "" },
                v.map(|v| v.to_string()).unwrap_or_default(),
                v.map(|v| fmt_number(v, rate)).unwrap_or_default()
            );
        }
        let (items, findings, notes) = report.map_or((0, 0, 0), |r| {
            (
                super::items::group(&r.findings).len(),
                r.findings.len(),
                r.notes.len(),
            )
        });
        let _ = write!(
            b,
            "<td class=\"num{}\" data-sort=\"{findings}\">{}</td><td class=\"num\" data-sort=\"{notes}\">{}</td>",
            if findings > 0 { " bad" } else { "" },
            match (report, findings) {
                (None, _) => String::new(),
                (Some(_), 0) => "0".to_string(),
                (Some(_), n) if n == items => n.to_string(),
                (Some(_), n) => format!("{items} <small>({n} phát hiện)</small>"),
            },
            if report.is_some() {
                notes.to_string()
            } else {
                String::new()
            }
        );
        match links.letters.get(file) {
            Some(l) => {
                let _ = write!(b, "<td><a href=\"{}\">thư</a></td>", esc(&href(l)));
            }
            None => b.push_str("<td></td>"),
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</tbody>");
    if !city.is_empty() {
        let _ = write!(b, "<tfoot>{city}</tfoot>");
    }
    b.push_str("</table></div></section>\n");
    b
}

/// A horizontal bar chart of the online share of every reporting unit.
fn chart(t: &Table) -> String {
    let mut bars: Vec<(String, f64)> = (0..t.height())
        .filter(|&r| text(t, "row_kind", r) == Some("ward"))
        .filter_map(|r| {
            Some((
                text(t, "unit", r)?.to_string(),
                number(t, "online_rate", r)?,
            ))
        })
        .collect();
    bars.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut b = String::from(
        "<section aria-labelledby=\"h-chart\"><h2 id=\"h-chart\">Tỷ lệ hồ sơ trực tuyến theo đơn vị</h2>",
    );
    if bars.is_empty() {
        b.push_str("<p>Chưa có đơn vị nào nêu đủ số liệu để tính.</p></section>");
        return b;
    }
    let (label_w, bar_w, row_h) = (180.0, 420.0, 20.0);
    let height = row_h * bars.len() as f64 + 30.0;
    let _ = write!(
        b,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"h-chart\" viewBox=\"0 0 {} {height}\" width=\"{}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">",
        label_w + bar_w + 70.0,
        label_w + bar_w + 70.0,
    );
    for (i, (unit, v)) in bars.iter().enumerate() {
        let y = i as f64 * row_h + 4.0;
        let w = (v.clamp(0.0, 100.0) / 100.0) * bar_w;
        let _ = write!(
            b,
            "<g><title>{u}: {p}%</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{u}</text>\
<rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"#2b6cb0\"></rect>\
<text x=\"{}\" y=\"{}\" font-size=\"12\">{p}%</text></g>",
            label_w - 6.0,
            y + 13.0,
            row_h - 6.0,
            label_w + w + 4.0,
            y + 13.0,
            u = esc(unit),
            p = esc(&crate::check::vi::dec(*v, 1)),
        );
    }
    let axis_y = bars.len() as f64 * row_h + 8.0;
    for pct in [0.0, 50.0, 100.0] {
        let x = label_w + pct / 100.0 * bar_w;
        let _ = write!(
            b,
            "<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{axis_y}\" stroke=\"#999\" stroke-dasharray=\"2 3\"></line>\
<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{pct}%</text>",
            axis_y + 14.0
        );
    }
    b.push_str("</svg></section>\n");
    b
}

/// The reports of other periods, with the reason, linked to their pages.
fn other(t: &Table, links: &IndexLinks) -> String {
    if t.height() == 0 {
        return String::new();
    }
    let mut b = String::from(
        "<section aria-labelledby=\"h-other\"><h2 id=\"h-other\">Báo cáo kỳ khác (không tính vào kỳ này)</h2><table class=\"other\"><thead><tr><th scope=\"col\">Đơn vị</th><th scope=\"col\">Kỳ</th><th scope=\"col\">Báo cáo</th><th scope=\"col\">Lý do</th></tr></thead><tbody>",
    );
    for row in 0..t.height() {
        let file = text(t, "file", row).unwrap_or("");
        let name = file.rsplit('/').next().unwrap_or(file);
        let link = links
            .pages
            .get(file)
            .map(|p| format!("<a href=\"{}\">{}</a>", esc(&href(p)), esc(name)))
            .unwrap_or_else(|| esc(name));
        let _ = write!(
            b,
            "<tr data-other-unit=\"{u}\"><td>{u}</td><td>{}</td><td>{link}</td><td>{}</td></tr>",
            esc(text(t, "period", row).unwrap_or("")),
            esc(text(t, "reason", row).unwrap_or("")),
            u = esc(text(t, "unit", row).unwrap_or("")),
        );
    }
    b.push_str("</tbody></table></section>\n");
    b
}
