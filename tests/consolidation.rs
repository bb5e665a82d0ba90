//! `baocao compare` per reporting period (issue 13): a folder of reports
//! for 3 periods × several units, made from the corpus texts by changing
//! the unit and the title's period, run through the real pipeline; the
//! period's table, the city's totals, the 114 units, duplicates, the other
//! periods and the trend; the workbook read back with calamine.

use baocao::compare::{self, CompareOptions, Comparison};
use baocao::model::{Key, Nominal, Report, Scope};
use baocao::publish;
use calamine::{Data, Reader, open_workbook_auto};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// (seed folder, seed unit, new unit, title words of the period, period)
const PLAN: &[(&str, &str, &str, &str, &str)] = &[
    (
        "an-bien_2025-10_synthetic",
        "An Biên",
        "Hồng Bàng",
        "tháng 10 năm 2025",
        "2025-10",
    ),
    (
        "gia-phuc_2026-04",
        "Gia Phúc",
        "An Lão",
        "tháng 10/2025",
        "2025-10",
    ),
    (
        "le-dai-hanh_2025-11",
        "Lê Đại Hành",
        "Lê Chân",
        "tháng 10 năm 2025",
        "2025-10",
    ),
    (
        "an-bien_2025-10_synthetic",
        "An Biên",
        "Kiến An",
        "tháng 11 năm 2025",
        "2025-11",
    ),
    (
        "dong-hai_2025-q3",
        "Đông Hải",
        "Ngô Quyền",
        "tháng 11/2025",
        "2025-11",
    ),
    (
        "chi-linh_2025-10",
        "Chí Linh",
        "Đồ Sơn",
        "quý IV năm 2025",
        "2025-q4",
    ),
    (
        "gia-phuc_2026-04",
        "Gia Phúc",
        "Nam Sách",
        "quý IV/2025",
        "2025-q4",
    ),
];

/// The data window of a planned period, as a report states it (the first
/// stated range is the window, so the seed's own comes after it).
fn window(period_words: &str) -> &'static str {
    if period_words.contains("quý") {
        "Kỳ báo cáo: từ ngày 01/10/2025 đến ngày 31/12/2025"
    } else if period_words.contains("11") {
        "Kỳ báo cáo: từ ngày 01/11/2025 đến ngày 30/11/2025"
    } else {
        "Kỳ báo cáo: từ ngày 01/10/2025 đến ngày 31/10/2025"
    }
}

/// The seed's text with the unit renamed and, right under "BÁO CÁO", a
/// title line naming the period and its data window (the seed's own title
/// follows).
fn rewrite(seed: &str, from: &str, to: &str, period_words: &str) -> String {
    let text = std::fs::read_to_string(corpus().join(seed).join(format!("{seed}.txt"))).unwrap();
    let text = text
        .replace(from, to)
        .replace(&from.to_uppercase(), &to.to_uppercase());
    let mut out = String::new();
    let mut done = false;
    for line in text.lines() {
        out.push_str(line);
        out.push('\n');
        if !done && line.trim() == "BÁO CÁO" {
            out.push_str(&format!(
                "\nKết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính {period_words}\n\n({})\n\n",
                window(period_words)
            ));
            done = true;
        }
    }
    assert!(done, "{seed}: no BÁO CÁO line");
    out
}

/// The folder's reports through the real pipeline (once per test run),
/// each checked to name its planned unit and period.
fn folder_reports() -> Vec<Report> {
    static REPORTS: std::sync::OnceLock<Vec<Report>> = std::sync::OnceLock::new();
    REPORTS.get_or_init(make_folder).clone()
}

fn make_folder() -> Vec<Report> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    for (i, (seed, from, to, words, _)) in PLAN.iter().enumerate() {
        let name = format!("{i:02}_{}.txt", to.replace(' ', "-"));
        std::fs::write(dir.join(name), rewrite(seed, from, to, words)).unwrap();
    }
    let opts = baocao::pipeline::Options {
        read: Default::default(),
        patterns: baocao::patterns::Patterns::builtin(),
    };
    let reports: Vec<Report> = baocao::pipeline::collect_inputs(&[dir.to_path_buf()])
        .iter()
        .map(|p| baocao::pipeline::process(p, &opts))
        .collect();
    assert_eq!(reports.len(), PLAN.len());
    for (r, (_, _, to, _, period)) in reports.iter().zip(PLAN) {
        assert_eq!(
            r.unit.as_ref().map(|u| u.name.as_str()),
            Some(*to),
            "{}",
            r.file
        );
        let n = r.period.as_ref().and_then(|p| p.nominal);
        assert_eq!(
            n.map(|n| n.to_string()).as_deref(),
            Some(*period),
            "{}",
            r.file
        );
    }
    reports
}

fn text_at<'a>(c: &'a Comparison, col: &str, row: usize) -> Option<&'a str> {
    publish::text(&c.table, col, row)
}

fn num_at(c: &Comparison, col: &str, row: usize) -> Option<f64> {
    publish::number(&c.table, col, row)
}

fn rows_of(c: &Comparison, kind: &str) -> Vec<usize> {
    (0..c.table.height())
        .filter(|&i| text_at(c, "row_kind", i) == Some(kind))
        .collect()
}

fn stated(r: &Report, k: Key) -> Option<i64> {
    r.figures
        .iter()
        .find(|f| f.scope == Scope::Ward && f.key == k)
        .and_then(|f| f.value)
}

#[test]
fn one_period_every_unit_and_the_city_sums_of_that_period() {
    let reports = folder_reports();
    let units = compare::city_units();
    assert_eq!(units.len(), 114);
    for period in ["2025-10", "2025-11", "2025-q4"] {
        let p: Nominal = period.parse().unwrap();
        let opts = CompareOptions {
            period: Some(p),
            units: units.clone(),
            ..CompareOptions::default()
        };
        let c = compare::compare(&reports, &opts).unwrap();
        let want: BTreeSet<&str> = PLAN.iter().filter(|x| x.4 == period).map(|x| x.2).collect();
        let got: BTreeSet<&str> = rows_of(&c, "ward")
            .iter()
            .map(|&i| text_at(&c, "unit", i).unwrap())
            .collect();
        assert_eq!(got, want, "{period}: exactly the units of the period");
        assert_eq!(c.units_reporting, want.len());
        assert_eq!(c.units_total, 114);
        // Every other unit of the city is missing, once.
        let missing: Vec<&str> = rows_of(&c, "missing")
            .iter()
            .map(|&i| text_at(&c, "unit", i).unwrap())
            .collect();
        assert_eq!(missing.len(), 114 - want.len(), "{period}");
        assert!(missing.iter().all(|m| !want.contains(m)));
        for &i in &rows_of(&c, "missing") {
            assert_eq!(text_at(&c, "status", i), Some("missing"));
            assert_eq!(text_at(&c, "row_label", i), Some("chưa có báo cáo"));
            assert_eq!(num_at(&c, "received_total", i), None);
        }
        // The other periods' reports are listed apart, with the reason.
        assert_eq!(c.other.height(), PLAN.len() - want.len());

        for i in 0..c.other.height() {
            assert!(
                publish::text(&c.other, "reason", i)
                    .unwrap()
                    .contains(&p.label_vi())
            );
        }
        // The city's counts are the sums of this period's reports.
        let mine: Vec<&Report> = reports
            .iter()
            .filter(|r| r.period.as_ref().and_then(|x| x.nominal) == Some(p))
            .collect();
        let city = rows_of(&c, "city")[0];
        let derivable = [
            Key::ReceivedTotal,
            Key::ResolvedTotal,
            Key::ResolvedEarlyOrOnTime,
        ];
        let mut checked = 0;
        for &k in Key::ALL.iter().filter(|k| !k.is_rate()) {
            let vals: Vec<i64> = mine.iter().filter_map(|r| stated(r, k)).collect();
            if derivable.contains(&k) && vals.len() < mine.len() {
                continue;
            }
            let sum = (!vals.is_empty()).then(|| vals.iter().sum::<i64>() as f64);
            assert_eq!(num_at(&c, k.as_str(), city), sum, "{period} {k}");
            checked += usize::from(sum.is_some());
        }
        assert!(checked >= 5, "{period}: only {checked} keys summed");
        let total: i64 = mine
            .iter()
            .map(|r| stated(r, Key::ReceivedTotal).expect("the seeds state a total"))
            .sum();
        assert_eq!(num_at(&c, "received_total", city), Some(total as f64));
    }
}

#[test]
fn the_default_period_is_the_most_common_and_the_trend_has_them_all() {
    let reports = folder_reports();
    let c = compare::compare(
        &reports,
        &CompareOptions {
            units: compare::city_units(),
            ..CompareOptions::default()
        },
    )
    .unwrap();
    assert_eq!(c.period.map(|p| p.to_string()).as_deref(), Some("2025-10"));
    assert!(c.period_auto);
    // Several periods in the input: the trend comes with it.
    let t = c.trend.as_ref().expect("a trend over 3 periods");
    let periods: Vec<&str> = (0..t.city.height())
        .map(|i| publish::text(&t.city, "period", i).unwrap())
        .collect();
    assert_eq!(periods, ["2025-10", "2025-11", "2025-q4"]);
    assert_eq!(t.units.height(), PLAN.len());
    // The city's series is each period's own city row.
    for (i, p) in periods.iter().enumerate() {
        let one = compare::compare(
            &reports,
            &CompareOptions {
                period: Some(p.parse().unwrap()),
                ..CompareOptions::default()
            },
        )
        .unwrap();
        let city = rows_of(&one, "city")[0];
        for col in ["received_total", "online_rate", "late_rate"] {
            assert_eq!(
                publish::number(&t.city, col, i),
                num_at(&one, col, city),
                "{p} {col}"
            );
        }
    }

    // The workbook: every sheet there, the charts in, the counts on top.
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("city.xlsx");
    publish::write_output(&c, &path).unwrap();
    let mut wb = open_workbook_auto(&path).unwrap();
    let sheets = wb.sheet_names();
    for s in [
        "Tổng hợp",
        "Phát hiện",
        "Kỳ khác",
        "Biểu đồ",
        "Xu hướng",
        "Số liệu",
        "Chú thích",
    ] {
        assert!(sheets.iter().any(|x| x == s), "sheet {s}: {sheets:?}");
    }
    let summary = wb.worksheet_range("Tổng hợp").unwrap();
    let line = summary.get_value((1, 0)).unwrap().to_string();
    assert!(line.contains("3/114"), "{line}");
    let header: Vec<String> = summary
        .rows()
        .nth(3)
        .unwrap()
        .iter()
        .map(Data::to_string)
        .collect();
    assert_eq!(header[0], "Đơn vị");
    let body = summary.height() - 4;
    // 3 units, 111 missing, the two city rows.
    assert_eq!(body, 114 + 2);
    let other = wb.worksheet_range("Kỳ khác").unwrap();
    assert_eq!(other.height() - 4, 4);
    // Charts: the xlsx holds two chart parts, on the charts sheet.
    let charts = parts(&path)
        .iter()
        .filter(|p| p.starts_with("xl/charts/chart") && p.ends_with(".xml"))
        .count();
    assert_eq!(charts, 2, "two native charts");
    // Print setup of the summary: landscape A4, fit to one page wide, the
    // header row repeated.
    let sheet1 = unzip_text(&path, "xl/worksheets/sheet1.xml");
    assert!(sheet1.contains(r#"orientation="landscape""#), "landscape");
    assert!(sheet1.contains(r#"paperSize="9""#), "A4");
    assert!(sheet1.contains(r#"fitToHeight="0""#), "one page wide");
    assert!(sheet1.contains("<oddHeader>"), "page header");
    let book = unzip_text(&path, "xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "repeated header rows");
}

#[test]
fn two_reports_of_one_unit_and_period_stay_visible() {
    let mut reports = folder_reports();
    // Hồng Bàng sends its October report again, corrected, later.
    let mut again = reports[0].clone();
    again.file = format!("{}-gui-lai.txt", again.file.trim_end_matches(".txt"));
    for f in &mut again.figures {
        if f.scope == Scope::Ward && f.key == Key::ReceivedTotal {
            f.value = f.value.map(|v| v + 100);
        }
    }
    reports.push(again.clone());
    let c = compare::compare(
        &reports,
        &CompareOptions {
            period: Some("2025-10".parse().unwrap()),
            units: compare::city_units(),
            ..CompareOptions::default()
        },
    )
    .unwrap();
    let dups = rows_of(&c, "duplicate");
    assert_eq!(dups.len(), 1);
    let used = rows_of(&c, "ward")
        .into_iter()
        .find(|&i| text_at(&c, "unit", i) == Some("Hồng Bàng"))
        .unwrap();
    // The row under the used one; both name each other's file.
    assert_eq!(dups[0], used + 1);
    let note = text_at(&c, "note", used).unwrap();
    let dup_file = text_at(&c, "file", dups[0]).unwrap();
    assert!(note.contains(dup_file), "{note}");
    let used_file = text_at(&c, "file", used).unwrap();
    assert!(text_at(&c, "note", dups[0]).unwrap().contains(used_file));
    // Same data window: the later file is used; the other is not counted.
    assert_eq!(used_file, again.file);
    assert_eq!(c.units_reporting, 3);
    let city = rows_of(&c, "city")[0];
    let sum: i64 = rows_of(&c, "ward")
        .iter()
        .map(|&i| num_at(&c, "received_total", i).unwrap() as i64)
        .sum();
    assert_eq!(num_at(&c, "received_total", city), Some(sum as f64));
}

#[test]
fn reports_whose_period_is_unknown_never_fold() {
    let reports = folder_reports();
    let mut a = reports[2].clone();
    let mut b = reports[2].clone();
    a.period = None;
    b.period = None;
    b.file = "khac.txt".into();
    let c = compare::compare(&[a, b], &CompareOptions::default()).unwrap();
    assert_eq!(rows_of(&c, "ward").len(), 2);
    assert_eq!(c.folded, 0);
    // With a period chosen, such reports are listed apart, with the reason.
    let mut x = reports.clone();
    x[2].period.as_mut().unwrap().nominal = None;
    let c = compare::compare(
        &x,
        &CompareOptions {
            period: Some("2025-10".parse().unwrap()),
            ..CompareOptions::default()
        },
    )
    .unwrap();
    let reasons: HashMap<String, String> = (0..c.other.height())
        .map(|i| {
            (
                publish::text(&c.other, "unit", i).unwrap().to_string(),
                publish::text(&c.other, "reason", i).unwrap().to_string(),
            )
        })
        .collect();
    assert!(reasons["Lê Chân"].contains("không nêu kỳ"), "{reasons:?}");
}

/// The names of the workbook's parts.
fn parts(path: &Path) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
        .collect()
}

/// One part of the workbook as text.
fn unzip_text(path: &Path, part: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(part).unwrap().read_to_string(&mut s).unwrap();
    s
}
