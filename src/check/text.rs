//! The text form of `baocao check`: each finding as a Vietnamese sentence
//! with the lines it rests on, a one-line summary per report and one for
//! the batch.

use super::vi;
use crate::model::{Finding, Report, Scope, Severity, Status, Unit};
use std::io::Write;

/// "1 lỗi, 2 cảnh báo" / "không có sai sót".
fn counts(findings: &[Finding]) -> String {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    match (errors, warnings) {
        (0, 0) => "không phát hiện sai sót".to_string(),
        (e, 0) => format!("{e} lỗi"),
        (0, w) => format!("{w} cảnh báo"),
        (e, w) => format!("{e} lỗi, {w} cảnh báo"),
    }
}

/// One finding as a line: severity, where, the sentence, the lines.
pub fn finding_line(f: &Finding, unit: Option<&Unit>) -> String {
    let sev = match f.severity {
        Severity::Error => "LỖI",
        Severity::Warning => "CẢNH BÁO",
    };
    let mut s = format!(
        "[{sev}] {} ({}): {} {}",
        match (&f.scope, unit) {
            (Scope::Ward, Some(u)) => u.kind.label_vi().to_string(),
            (s, _) => vi::scope(s),
        },
        f.rule.as_str(),
        f.message,
        vi::lines(&f.lines)
    );
    if let Some(k) = f.culprit {
        s.push_str(&format!("; nghi sai ở số {}", k.label_vi()));
    }
    s.push('.');
    s
}

pub fn write_text(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    let mut with_findings = 0;
    let mut failed = 0;
    let mut all: Vec<Finding> = Vec::new();
    for r in reports {
        let unit = r
            .unit
            .as_ref()
            .map(|u| format!(" — {} {}", u.kind.label_vi(), u.name))
            .unwrap_or_default();
        writeln!(out, "{}{unit}", r.file)?;
        if r.status == Status::Error {
            failed += 1;
            writeln!(
                out,
                "  không đọc được: {}",
                r.error.as_deref().unwrap_or("lỗi không rõ")
            )?;
            continue;
        }
        for f in &r.findings {
            writeln!(out, "  {}", finding_line(f, r.unit.as_ref()))?;
        }
        // Notes are not accusations: a contradiction that holds only
        // under one reading, for the clerk to look at.
        for n in &r.notes {
            writeln!(out, "  ? {}", finding_line(n, r.unit.as_ref()))?;
        }
        for w in &r.warnings {
            writeln!(out, "  ! {w}")?;
        }
        if !r.findings.is_empty() {
            with_findings += 1;
        }
        writeln!(
            out,
            "  => {} số liệu, {}",
            r.figures.len(),
            counts(&r.findings)
        )?;
        all.extend(r.findings.iter().cloned());
    }
    let mut summary = format!(
        "Tổng cộng: {} báo cáo, {} có phát hiện ({})",
        reports.len(),
        with_findings,
        counts(&all)
    );
    if failed > 0 {
        summary.push_str(&format!(", {failed} không đọc được"));
    }
    writeln!(out, "{summary}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Key, Quantity, Rule, Scope};

    fn chi_linh() -> Finding {
        Finding {
            rule: Rule::PartsSum,
            severity: Severity::Error,
            scope: Scope::Ward,
            keys: vec![Key::ReceivedTotal, Key::ResolvedTotal, Key::InProgress],
            expected: Quantity(2810.0),
            found: Quantity(2809.0),
            lines: vec![72, 80, 84],
            message:
                "đã giải quyết 2.788 + đang giải quyết 21 = 2.809, báo cáo ghi tổng tiếp nhận 2.810"
                    .into(),
            culprit: Some(Key::InProgress),
        }
    }

    #[test]
    fn a_finding_reads_as_a_sentence_with_its_lines() {
        assert_eq!(
            finding_line(&chi_linh(), None),
            "[LỖI] đơn vị (parts-sum): đã giải quyết 2.788 + đang giải quyết 21 = 2.809, \
             báo cáo ghi tổng tiếp nhận 2.810 (dòng 72, 80, 84); nghi sai ở số đang giải quyết."
        );
    }

    #[test]
    fn text_has_a_summary_per_report_and_for_the_batch() {
        let mut ok = Report::failed("a.txt", "x");
        ok.status = Status::Ok;
        ok.error = None;
        let mut bad = ok.clone();
        bad.file = "b.txt".into();
        bad.findings = vec![chi_linh()];
        let unreadable = Report::failed("c.pdf", "the file is encrypted");
        let mut buf = Vec::new();
        write_text(&mut buf, &[ok, bad, unreadable]).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(
            text.contains("a.txt\n  => 0 số liệu, không phát hiện sai sót\n"),
            "{text}"
        );
        assert!(text.contains("  => 0 số liệu, 1 lỗi\n"), "{text}");
        assert!(
            text.contains("c.pdf\n  không đọc được: the file is encrypted\n"),
            "{text}"
        );
        assert!(
            text.ends_with("Tổng cộng: 3 báo cáo, 1 có phát hiện (1 lỗi), 1 không đọc được.\n"),
            "{text}"
        );
    }
}
