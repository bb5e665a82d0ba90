//! One report's page: the report as baocao read it, page by page, each line
//! with the number `extract` counts, each figure highlighted in its line,
//! the findings beside the text linking to their lines.
//!
//! Takes a [`Reviewed`] report and the links it needs; returns the page's
//! markup. Writes nothing, reads nothing: the caller saves it.

use super::Reviewed;
use super::html::{esc, href, page};
use super::items::{self, Item};
use super::marks::{self, Mark};
use crate::model::{Figure, Finding, Report, Severity, Status};
use std::fmt::Write;

/// Links a report page needs, relative to the site's folder.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// The original file(s), relative to the site folder.
    pub originals: Vec<String>,
    /// The letter to the unit, when there is one.
    pub letter: Option<String>,
}

/// The Vietnamese name of a finding's severity.
fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Lỗi",
        Severity::Warning => "Cảnh báo",
    }
}

/// A unit's display name ("phường Chí Linh"), or the file's when unknown.
pub fn unit_name(r: &Report) -> String {
    match &r.unit {
        Some(u) => format!("{} {}", u.kind.label_vi(), u.name),
        None => "(chưa rõ đơn vị)".to_string(),
    }
}

/// The report's page.
pub fn render(rv: &Reviewed, links: &Links) -> String {
    let r = &rv.report;
    let mut b = String::with_capacity(16 * 1024);
    let file_name = std::path::Path::new(&r.file)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| r.file.clone());
    let _ = write!(
        b,
        "<header class=\"top\"><p class=\"crumbs\"><a href=\"index.html\">← Tổng hợp</a></p>\
<h1>{} <small>{}</small></h1>",
        esc(&unit_name(r)),
        esc(&file_name)
    );
    b.push_str(&meta(r, links));
    let _ = write!(
        b,
        "</header>\n<div class=\"layout\">\n<main id=\"text\" aria-label=\"Nội dung báo cáo\" data-file=\"{}\">",
        esc(&r.file)
    );
    match (&rv.doc, r.status) {
        (Some(doc), _) => b.push_str(&text(r, doc, &rv.images)),
        (None, Status::Error) => {
            let _ = write!(
                b,
                "<p class=\"error\" role=\"alert\">Không đọc được tệp: {}</p>",
                esc(r.error.as_deref().unwrap_or("lỗi không rõ"))
            );
        }
        (None, Status::Ok) => b.push_str(
            "<p class=\"error\">Không có nội dung để hiển thị (kết quả lấy từ tệp JSONL, tệp gốc không đọc lại được).</p>",
        ),
    }
    b.push_str("</main>\n<aside class=\"side\" aria-label=\"Phát hiện\">");
    b.push_str(&findings(r));
    b.push_str("</aside>\n</div>");
    page(&format!("{} — {}", unit_name(r), file_name), &b)
}

fn meta(r: &Report, links: &Links) -> String {
    let mut m = String::from("<dl class=\"meta\">");
    let mut row = |k: &str, v: String| {
        let _ = write!(m, "<div><dt>{k}</dt><dd>{v}</dd></div>");
    };
    if let Some(p) = &r.period {
        if let Some(n) = p.nominal {
            row("Kỳ báo cáo", esc(&n.label_vi()));
        }
        if p.start.is_some() || p.end.is_some() {
            row(
                "Số liệu từ … đến",
                format!(
                    "{} – {}",
                    esc(p.start.as_deref().unwrap_or("?")),
                    esc(p.end.as_deref().unwrap_or("?"))
                ),
            );
        }
    }
    if let Some(s) = &r.source {
        row(
            "Nguồn",
            format!(
                "{}, {} trang{}",
                esc(s.kind.as_str()),
                s.pages,
                if s.ocr { ", đọc bằng OCR" } else { "" }
            ),
        );
    }
    row(
        "Số liệu",
        format!(
            "{} số liệu, {} phát hiện, {} cần xem lại",
            r.figures.len(),
            r.findings.len(),
            r.notes.len()
        ),
    );
    let originals: Vec<String> = links
        .originals
        .iter()
        .map(|o| {
            let name = o.rsplit('/').next().unwrap_or(o);
            format!("<a href=\"{}\">{}</a>", esc(&href(o)), esc(name))
        })
        .collect();
    if !originals.is_empty() {
        row("Tệp gốc", originals.join(", "));
    }
    if let Some(l) = &links.letter {
        row(
            "Thư gửi đơn vị",
            format!("<a href=\"{}\">Công văn rà soát (.docx)</a>", esc(&href(l))),
        );
    }
    m.push_str("</dl>");
    m
}

/// The tip shown on hover or focus of a figure.
fn tip(f: &Figure) -> String {
    let mut t = format!("{} ({}) · {}", f.key.label_vi(), f.key, f.scope);
    if let Some(v) = f.value {
        let _ = write!(t, " · {}", crate::check::vi::int(v));
    }
    if let Some(p) = f.pct {
        let _ = write!(t, " · {}", crate::check::vi::pct(p));
    }
    if let Some(o) = f.of {
        let _ = write!(t, " / {}", crate::check::vi::int(o));
    }
    let _ = write!(t, " · mẫu {}", f.pattern);
    if !f.certain {
        let _ = write!(
            t,
            " · CHƯA CHẮC CHẮN: không giải thích được {}",
            if f.unexplained.is_empty() {
                "một số từ".to_string()
            } else {
                f.unexplained.join(", ")
            }
        );
    }
    t
}

fn open_mark(out: &mut String, i: usize, f: &Figure, placed: bool) {
    let _ = write!(
        out,
        "<mark class=\"fig{}{}\" tabindex=\"0\" id=\"fig-{}\" data-key=\"{}\" data-scope=\"{}\" data-value=\"{}\" data-pct=\"{}\" data-certain=\"{}\" data-pattern=\"{}\" data-tip=\"{}\" title=\"{}\">",
        if f.certain { "" } else { " uncertain" },
        if placed { "" } else { " unplaced" },
        i + 1,
        f.key,
        esc(&f.scope.to_string()),
        f.value.map(|v| v.to_string()).unwrap_or_default(),
        f.pct.map(|v| v.to_string()).unwrap_or_default(),
        f.certain,
        esc(&f.pattern),
        esc(&tip(f)),
        esc(&tip(f)),
    );
}

/// Escaped text of a line piece, table cells apart by a visible bar.
fn piece(s: &str) -> String {
    esc(s).replace('\t', "<span class=\"cell\" aria-hidden=\"true\"> │ </span>")
}

/// One line with its figures' elements.
fn line_markup(line: &str, marks: &[Mark], figs: &[Figure]) -> String {
    let mut out = String::new();
    let mut pos = 0;
    let mut open: Vec<usize> = Vec::new(); // end offsets of open marks
    for m in marks {
        let Some((s, e)) = m.span else { continue };
        while let Some(&end) = open.last() {
            if end <= s {
                out.push_str(&piece(&line[pos..end]));
                out.push_str("</mark>");
                pos = end;
                open.pop();
            } else {
                break;
            }
        }
        out.push_str(&piece(&line[pos..s]));
        pos = s;
        open_mark(&mut out, m.figure, &figs[m.figure], true);
        open.push(e);
    }
    while let Some(end) = open.pop() {
        out.push_str(&piece(&line[pos..end]));
        out.push_str("</mark>");
        pos = end;
    }
    out.push_str(&piece(&line[pos..]));
    for m in marks.iter().filter(|m| m.span.is_none()) {
        open_mark(&mut out, m.figure, &figs[m.figure], false);
        out.push_str("<span class=\"sr\">(số liệu không tìm thấy trong dòng)</span></mark>");
    }
    out
}

fn text(r: &Report, doc: &crate::model::Document, images: &[String]) -> String {
    let mut by_line: std::collections::HashMap<usize, Vec<(usize, &Figure)>> =
        std::collections::HashMap::new();
    for (i, f) in r.figures.iter().enumerate() {
        by_line.entry(f.line).or_default().push((i, f));
    }
    let flagged: std::collections::HashSet<usize> = r
        .findings
        .iter()
        .flat_map(|f| f.lines.iter().copied())
        .collect();
    let noted: std::collections::HashSet<usize> = r
        .notes
        .iter()
        .flat_map(|f| f.lines.iter().copied())
        .collect();
    let mut out = String::new();
    let mut n = 0usize;
    for (pi, p) in doc.pages.iter().enumerate() {
        let how = match (p.ocr, p.confidence) {
            (false, _) => "văn bản".to_string(),
            (true, Some(c)) => format!("OCR, độ tin cậy trung bình {c:.1}/100"),
            (true, None) => "OCR, quá ít chữ để đánh giá".to_string(),
        };
        let low = p.ocr
            && p.confidence
                .is_some_and(|c| c < crate::read::LOW_OCR_CONFIDENCE);
        let _ = write!(
            out,
            "<section class=\"page{}\" id=\"p{}\" aria-labelledby=\"ph{}\"><h2 id=\"ph{}\">Trang {} <small>({how}){}</small></h2>",
            if low { " low" } else { "" },
            pi + 1,
            pi + 1,
            pi + 1,
            pi + 1,
            if low {
                " — đọc kém, cần đối chiếu bản giấy"
            } else {
                ""
            }
        );
        let image = images.get(pi).filter(|i| p.ocr && !i.is_empty());
        if image.is_some() {
            out.push_str("<div class=\"with-image\">");
        }
        out.push_str("<div class=\"lines\">");
        for line in &p.lines {
            n += 1;
            let figs = by_line.get(&n).map(Vec::as_slice).unwrap_or(&[]);
            let marks = marks::place(line, figs);
            let _ = writeln!(
                out,
                "<div class=\"line{}{}\" id=\"L{n}\" data-line=\"{n}\"><a class=\"ln\" href=\"#L{n}\" aria-label=\"dòng {n}\">{n}</a><span class=\"t\">{}</span></div>",
                if flagged.contains(&n) { " flagged" } else { "" },
                if noted.contains(&n) { " noted" } else { "" },
                line_markup(line, &marks, &r.figures)
            );
        }
        out.push_str("</div>");
        if let Some(img) = image {
            let _ = write!(
                out,
                "<figure class=\"scan\"><img src=\"{}\" alt=\"Ảnh gốc trang {}\" loading=\"lazy\"><figcaption>Ảnh gốc trang {}</figcaption></figure></div>",
                esc(&href(img)),
                pi + 1,
                pi + 1
            );
        }
        out.push_str("</section>\n");
    }
    out
}

fn finding_markup(out: &mut String, f: &Finding, kind: &str, id: &str) {
    let lines: Vec<String> = f.lines.iter().map(|l| l.to_string()).collect();
    let _ = write!(
        out,
        "<div class=\"finding {kind} {}\" id=\"{id}\" data-rule=\"{}\" data-severity=\"{}\" data-lines=\"{}\">\
<p><span class=\"sev\">{}</span> <span class=\"rule\">{}</span> {}</p>",
        match f.severity {
            Severity::Error => "sev-error",
            Severity::Warning => "sev-warning",
        },
        f.rule.as_str(),
        match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        },
        lines.join(" "),
        if kind == "note" {
            "Cần xem lại"
        } else {
            severity(f.severity)
        },
        f.rule.as_str(),
        esc(&f.message)
    );
    if let Some(k) = f.culprit {
        let _ = write!(
            out,
            "<p class=\"culprit\">Nghi sai ở số: <strong>{}</strong></p>",
            esc(k.label_vi())
        );
    }
    out.push_str("<p class=\"where\">Dòng ");
    let anchors: Vec<String> = f
        .lines
        .iter()
        .map(|l| format!("<a href=\"#L{l}\" class=\"to-line\">{l}</a>"))
        .collect();
    out.push_str(&anchors.join(", "));
    let _ = write!(
        out,
        " <button type=\"button\" class=\"mark-lines\" data-lines=\"{}\">Đánh dấu các dòng</button></p></div>",
        lines.join(" ")
    );
}

fn findings(r: &Report) -> String {
    let mut out = String::new();
    let groups: Vec<Item> = items::group(&r.findings);
    let _ = write!(
        out,
        "<section class=\"findings\" aria-labelledby=\"h-f\"><h2 id=\"h-f\">Phát hiện <small>({} mục, {} phát hiện)</small></h2>",
        groups.len(),
        r.findings.len()
    );
    if groups.is_empty() {
        out.push_str("<p class=\"ok\">Không phát hiện sai sót về số học.</p>");
    } else {
        out.push_str("<ol class=\"items\">");
        let mut k = 0;
        for (gi, g) in groups.iter().enumerate() {
            let _ = write!(out, "<li class=\"item\" id=\"item-{}\">", gi + 1);
            k += 1;
            finding_markup(&mut out, g.head, "head", &format!("f-{k}"));
            if !g.consequences.is_empty() {
                let _ = write!(
                    out,
                    "<details class=\"consequences\" open><summary>Do cùng một số sai, còn {} phát hiện kéo theo</summary>",
                    g.consequences.len()
                );
                for c in &g.consequences {
                    k += 1;
                    finding_markup(&mut out, c, "consequence", &format!("f-{k}"));
                }
                out.push_str("</details>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }
    out.push_str("</section>");
    if !r.notes.is_empty() {
        out.push_str("<section class=\"notes\" aria-labelledby=\"h-n\"><h2 id=\"h-n\">Cần xem lại <small>(không phải kết luận)</small></h2>");
        for (i, n) in r.notes.iter().enumerate() {
            finding_markup(&mut out, n, "note", &format!("n-{}", i + 1));
        }
        out.push_str("</section>");
    }
    if !r.warnings.is_empty() {
        out.push_str("<section class=\"warnings\" aria-labelledby=\"h-w\"><h2 id=\"h-w\">Ghi chú khi đọc</h2><ul>");
        for w in &r.warnings {
            let _ = write!(out, "<li>{}</li>", esc(w));
        }
        out.push_str("</ul></section>");
    }
    let uncertain = r.figures.iter().filter(|f| !f.certain).count();
    let _ = write!(
        out,
        "<section class=\"legend\" aria-labelledby=\"h-l\"><h2 id=\"h-l\">Chú thích</h2><ul>\
<li><mark class=\"fig sample\">số liệu</mark> đã đọc ({} số liệu; rê chuột hoặc Tab để xem mã, phạm vi, giá trị, mẫu)</li>\
<li><mark class=\"fig uncertain sample\">chưa chắc chắn</mark> ({uncertain}): không dùng để kết luận sai sót</li>\
<li><span class=\"flag-sample\">dòng có phát hiện</span></li></ul></section>",
        r.figures.len(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Evidence, Key, Scope, SourceKind};

    #[test]
    fn a_page_escapes_the_report_and_marks_each_figure() {
        let text = "Tổng số hồ sơ tiếp nhận: 1.234 hồ sơ\n<script>alert(1)</script><img src=x onerror=a()>\n";
        let fig = Figure {
            scope: Scope::Ward,
            key: Key::ReceivedTotal,
            value: Some(1234),
            pct: None,
            pct_decimals: None,
            of: None,
            raw: "tiếp nhận: 1.234".into(),
            page: None,
            line: 1,
            pattern: "received_total/x\"><b>".into(),
            certain: false,
            unexplained: vec!["<i>".into()],
            evidence: Evidence::default(),
        };
        let mut report = Report::failed("a/\"><script>x</script>.txt", "");
        report.status = Status::Ok;
        report.error = None;
        report.figures = vec![fig];
        let rv = Reviewed {
            report,
            doc: Some(Document::from_text("x.txt", SourceKind::Text, text)),
            inputs: vec![],
            images: vec![],
        };
        let html = render(&rv, &Links::default());
        assert_eq!(html.matches("<script").count(), 1, "only site.js");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=a()&gt;")
        );
        assert!(!html.contains("<b>") && !html.contains("<i>"));
        assert_eq!(html.matches("data-key=\"received_total\"").count(), 1);
        assert!(html.contains("data-certain=\"false\""));
        assert!(html.contains(">tiếp nhận: 1.234</mark>"));
    }
}
