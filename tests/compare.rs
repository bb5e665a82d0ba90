//! `baocao compare` (issue 5): the table of wards, its city rows, and the
//! files it writes, read back with calamine and polars.
//!
//! Most tests build their reports from the gold of corpus/*/expected.json
//! (raw text and pattern are placeholders), so they do not depend on the
//! extraction; `pipeline_workbook_matches_the_gold` runs the real pipeline on
//! corpus/ and passes only once the extraction is right.

use baocao::compare::{self, CompareOptions, Comparison, Rate, percent};
use baocao::model::{
    Figure, Finding, Key, Nominal, Period, Quantity, Report, Rule, Scope, Severity, Source,
    SourceKind, Status, Unit, UnitType,
};
use baocao::publish;
use calamine::{Data, Reader, open_workbook_auto};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// The header row of the workbook's sheets (0-based; a title and a line of
/// counts above it).
const HEADER_ROW: usize = 3;

/// A gold figure's (value, pct, of).
type GoldFigure = (Option<i64>, Option<f64>, Option<i64>);

struct Gold {
    json: Value,
}

impl Gold {
    fn unit(&self) -> String {
        self.json["unit"]["name"].as_str().unwrap().to_string()
    }
    fn period(&self) -> (String, String) {
        let p = &self.json["period"];
        (
            p["start"].as_str().unwrap().into(),
            p["end"].as_str().unwrap().into(),
        )
    }
    /// The ward-scope figures: key → (value, pct, of).
    fn ward(&self) -> HashMap<Key, GoldFigure> {
        self.json["figures"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["scope"] == "ward")
            .map(|f| {
                (
                    f["key"].as_str().unwrap().parse().unwrap(),
                    (f["value"].as_i64(), f["pct"].as_f64(), f["of"].as_i64()),
                )
            })
            .collect()
    }
    /// What the table should show for `key`: the stated value (the pct for
    /// rate keys), else the documented derivation from stated parts.
    fn expected_cell(&self, key: Key) -> Option<f64> {
        let w = self.ward();
        let v = |k: Key| w.get(&k).and_then(|x| x.0);
        if let Some(x) = w.get(&key) {
            return if key.is_rate() {
                x.1
            } else {
                x.0.map(|v| v as f64)
            };
        }
        let eot = || {
            v(Key::ResolvedEarlyOrOnTime)
                .or_else(|| Some(v(Key::ResolvedEarly)? + v(Key::ResolvedOnTime)?))
        };
        let d = match key {
            Key::ResolvedEarlyOrOnTime => eot(),
            // Only where every accounting convention gives the same total.
            Key::ReceivedTotal
                if v(Key::CarriedOver).is_none() && v(Key::ReceivedInPeriod).is_none() =>
            {
                Some(v(Key::ReceivedOnline)? + v(Key::ReceivedDirect)?)
            }
            Key::ResolvedTotal if v(Key::Withdrawn).is_none() && v(Key::Rejected).is_none() => {
                Some(eot()? + v(Key::ResolvedLate)?)
            }
            _ => None,
        };
        d.map(|x| x as f64)
    }
}

fn golds() -> Vec<Gold> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.json").exists())
        // The real seeds: the tests below count on their rows (the
        // synthetic report joins only the whole-corpus pipeline test).
        .filter(|p| !p.to_string_lossy().ends_with("_synthetic"))
        .collect();
    dirs.sort();
    assert_eq!(dirs.len(), 5, "the five seeds");
    dirs.iter()
        .map(|d| Gold {
            json: serde_json::from_str(&std::fs::read_to_string(d.join("expected.json")).unwrap())
                .unwrap(),
        })
        .collect()
}

fn placeholder_figure(
    scope: Scope,
    key: Key,
    value: Option<i64>,
    pct: Option<f64>,
    of: Option<i64>,
) -> Figure {
    Figure {
        scope,
        key,
        value,
        pct,
        pct_decimals: None,
        of,
        raw: "(gold)".into(),
        page: None,
        line: 1,
        pattern: format!("{key}/gold"),
        certain: true,
        unexplained: Vec::new(),
        evidence: Default::default(),
    }
}

/// A report made from a gold annotation (test code only).
fn gold_report(g: &Gold, kind: SourceKind) -> Report {
    let j = &g.json;
    let unit_type = match j["unit"]["type"].as_str().unwrap() {
        "phuong" => UnitType::Phuong,
        "xa" => UnitType::Xa,
        _ => UnitType::DacKhu,
    };
    let figures = j["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut fig = placeholder_figure(
                f["scope"].as_str().unwrap().parse().unwrap(),
                f["key"].as_str().unwrap().parse().unwrap(),
                f["value"].as_i64(),
                f["pct"].as_f64(),
                f["of"].as_i64(),
            );
            fig.line = f["line"].as_u64().unwrap_or(1) as usize;
            fig
        })
        .collect();
    let findings = j["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| Finding {
            rule: Rule::PartsSum,
            severity: if f["severity"] == "error" {
                Severity::Error
            } else {
                Severity::Warning
            },
            scope: f["scope"].as_str().unwrap().parse().unwrap(),
            keys: f["keys"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap().parse().unwrap())
                .collect(),
            expected: Quantity(f["expected"].as_f64().unwrap()),
            found: Quantity(f["found"].as_f64().unwrap()),
            lines: vec![],
            message: f["note"].as_str().unwrap_or("").into(),
            culprit: None,
        })
        .collect();
    let (start, end) = g.period();
    Report {
        file: format!("corpus/{}", j["file"].as_str().unwrap()),
        status: Status::Ok,
        error: None,
        source: Some(Source {
            kind,
            pages: 1,
            files: None,
            ocr: false,
            ocr_confidence: None,
            readings: None,
        }),
        unit: Some(Unit {
            kind: unit_type,
            name: g.unit(),
        }),
        period: Some(Period {
            start: Some(start),
            end: Some(end),
            nominal: None,
        }),
        figures,
        findings,
        warnings: vec![],
        notes: vec![],
    }
}

fn gold_reports() -> Vec<Report> {
    golds()
        .iter()
        .map(|g| gold_report(g, SourceKind::Text))
        .collect()
}

fn text_at<'a>(c: &'a Comparison, col: &str, row: usize) -> Option<&'a str> {
    publish::text(&c.table, col, row)
}

fn num_at(c: &Comparison, col: &str, row: usize) -> Option<f64> {
    publish::number(&c.table, col, row)
}

fn row_of_kind(c: &Comparison, kind: &str) -> usize {
    (0..c.table.height())
        .find(|&i| text_at(c, "row_kind", i) == Some(kind))
        .unwrap()
}

fn ward_rows(c: &Comparison) -> Vec<usize> {
    (0..c.table.height())
        .filter(|&i| text_at(c, "row_kind", i) == Some("ward"))
        .collect()
}

/// Reads "Tổng hợp" back and lists every ward-scope cell that differs from
/// the gold (empty when all agree).
fn workbook_mismatches(path: &Path, golds: &[Gold]) -> Vec<String> {
    let mut wb = open_workbook_auto(path).unwrap();
    let sheets = wb.sheet_names();
    for s in ["Tổng hợp", "Phát hiện", "Số liệu"] {
        assert!(
            sheets.iter().any(|x| x == s),
            "sheet {s} missing: {sheets:?}"
        );
    }
    let range = wb.worksheet_range("Tổng hợp").unwrap();
    // A title and a line of counts above the header row.
    let rows: Vec<&[Data]> = range.rows().skip(HEADER_ROW).collect();
    let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
    let col = |title: &str| {
        header
            .iter()
            .position(|h| h == title)
            .unwrap_or_else(|| panic!("no column {title:?}"))
    };
    let (unit, from, to) = (col("Đơn vị"), col("Từ ngày"), col("Đến ngày"));
    let mut bad = Vec::new();
    for g in golds {
        let (start, end) = g.period();
        let found: Vec<&&[Data]> = rows[1..]
            .iter()
            .filter(|r| {
                r[unit].to_string() == g.unit()
                    && r[from].to_string() == start
                    && r[to].to_string() == end
            })
            .collect();
        if found.len() != 1 {
            bad.push(format!(
                "{} {start}..{end}: {} rows in the workbook",
                g.unit(),
                found.len()
            ));
            continue;
        }
        let row = found[0];
        for &key in Key::ALL {
            let want = g.expected_cell(key);
            let got = match &row[col(key.title_vi())] {
                Data::Empty => None,
                Data::Float(x) => Some(*x),
                Data::Int(x) => Some(*x as f64),
                other => panic!("{} {key}: unexpected cell {other:?}", g.unit()),
            };
            let same = match (want, got) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                (None, None) => true,
                _ => false,
            };
            if !same {
                bad.push(format!(
                    "{} {key}: gold {want:?}, workbook {got:?}",
                    g.unit()
                ));
            }
        }
    }
    bad
}

#[test]
fn gold_workbook_has_the_gold_ward_values() {
    let c = compare::compare(&gold_reports(), &CompareOptions::default()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let path = dir.join("wards.xlsx");
    publish::write_output(&c, &path).unwrap();
    let bad = workbook_mismatches(&path, &golds());
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Findings and figures sheets carry every row of the kept reports.
    let mut wb = open_workbook_auto(&path).unwrap();
    let findings = wb.worksheet_range("Phát hiện").unwrap();
    let n_findings: usize = golds()
        .iter()
        .map(|g| g.json["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(findings.height(), HEADER_ROW + n_findings + 1);
    let figures = wb.worksheet_range("Số liệu").unwrap();
    let n_figures: usize = golds()
        .iter()
        .map(|g| g.json["figures"].as_array().unwrap().len())
        .sum();
    assert_eq!(figures.height(), HEADER_ROW + n_figures + 1);
    // No temporary file left beside it.
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

#[test]
fn parquet_reads_back_equal_to_the_table() {
    use polars::prelude::{ParquetReader, SerReader};
    let c = compare::compare(&gold_reports(), &CompareOptions::default()).unwrap();
    let df = c.table.clone();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("wards.parquet");
    publish::write_output(&c, &path).unwrap();
    let back = ParquetReader::new(std::fs::File::open(&path).unwrap())
        .finish()
        .unwrap();
    assert_eq!(back.schema(), df.schema());
    assert!(back.equals_missing(&df), "{back}\n!=\n{df}");
    // 5 wards + city + city_n, and a value and a status column per key.
    assert_eq!(df.height(), 7);
    for k in Key::ALL {
        assert!(df.column(k.as_str()).is_ok());
        assert!(df.column(&format!("{k}_status")).is_ok());
    }
}

#[test]
fn city_row_rates_are_rates_of_summed_counts() {
    let c = compare::compare(&gold_reports(), &CompareOptions::default()).unwrap();
    let wards = ward_rows(&c);
    let city = row_of_kind(&c, "city");
    let city_n = row_of_kind(&c, "city_n");
    // Counts: sums over the wards that state them; city_n counts them.
    for k in Key::ALL.iter().filter(|k| !k.is_rate()) {
        let vals: Vec<f64> = wards
            .iter()
            .filter_map(|&i| num_at(&c, k.as_str(), i))
            .collect();
        let sum = (!vals.is_empty()).then(|| vals.iter().sum::<f64>());
        assert_eq!(num_at(&c, k.as_str(), city), sum, "{k}");
        assert_eq!(
            num_at(&c, k.as_str(), city_n),
            Some(vals.len() as f64),
            "{k}"
        );
    }
    // Rates: the rate of the summed parts, over the wards that have the rate.
    let parts = |rate: Rate, i: usize| -> Option<(f64, f64)> {
        let n = |k: &str| num_at(&c, k, i);
        match rate {
            Rate::Online => Some((
                n("received_online")?,
                n("received_online")? + n("received_direct")?,
            )),
            Rate::EarlyOrOnTime => Some((n("resolved_early_or_on_time")?, n("resolved_total")?)),
            Rate::Late => Some((n("resolved_late")?, n("resolved_total")?)),
            Rate::Withdrawn => Some((n("withdrawn")?, n("received_total")?)),
            _ => None,
        }
    };
    for &rate in &[
        Rate::Online,
        Rate::EarlyOrOnTime,
        Rate::Late,
        Rate::Withdrawn,
    ] {
        let ps: Vec<(f64, f64)> = wards
            .iter()
            .filter(|&&i| num_at(&c, rate.name(), i).is_some())
            .map(|&i| parts(rate, i).expect("a ward with the rate has its parts"))
            .collect();
        assert!(
            ps.len() >= 2,
            "{}: the seeds give it for several wards",
            rate.name()
        );
        let (num, den) = ps.iter().fold((0.0, 0.0), |(a, b), (n, d)| (a + n, b + d));
        let want = percent(num as i64, den as i64);
        assert_eq!(num_at(&c, rate.name(), city), want, "{}", rate.name());
        assert_eq!(num_at(&c, rate.name(), city_n), Some(ps.len() as f64));
    }
    // ... and not the mean of the wards' rates.
    let rates: Vec<f64> = wards
        .iter()
        .filter_map(|&i| num_at(&c, "online_rate", i))
        .collect();
    let mean = rates.iter().sum::<f64>() / rates.len() as f64;
    assert!((num_at(&c, "online_rate", city).unwrap() - mean).abs() > 0.5);
    // Stated rates cannot be summed: left empty, never averaged.
    assert_eq!(num_at(&c, "satisfaction_pct", city), None);
}

#[test]
fn city_rates_pair_numerators_with_their_own_denominators() {
    let ward = |name: &str, total: i64, online: i64, late: Option<i64>| {
        let mut figures = vec![
            placeholder_figure(Scope::Ward, Key::ReceivedTotal, Some(total), None, None),
            placeholder_figure(Scope::Ward, Key::ReceivedOnline, Some(online), None, None),
            placeholder_figure(Scope::Ward, Key::ResolvedTotal, Some(total), None, None),
        ];
        if let Some(l) = late {
            figures.push(placeholder_figure(
                Scope::Ward,
                Key::ResolvedLate,
                Some(l),
                None,
                None,
            ));
        }
        Report {
            file: format!("{name}.txt"),
            status: Status::Ok,
            error: None,
            source: None,
            unit: Some(Unit {
                kind: UnitType::Phuong,
                name: name.into(),
            }),
            period: None,
            figures,
            findings: vec![],
            warnings: vec![],
            notes: vec![],
        }
    };
    let reports = vec![
        ward("A", 1000, 900, Some(10)),
        ward("B", 100, 10, Some(5)),
        ward("C", 9000, 0, None),
    ];
    let c = compare::compare(&reports, &CompareOptions::default()).unwrap();
    let city = row_of_kind(&c, "city");
    // No received_direct: online share falls back on received_total.
    assert_eq!(num_at(&c, "online_rate", city), percent(910, 10_100));
    // C states no late count: its 9000 resolved stay out of the late rate.
    assert_eq!(num_at(&c, "late_rate", city), percent(15, 1100));
    assert_eq!(
        num_at(&c, "late_rate", row_of_kind(&c, "city_n")),
        Some(2.0)
    );
    assert_eq!(num_at(&c, "resolved_total", city), Some(10_100.0));
}

#[test]
fn cells_say_stated_derived_missing_or_inconsistent() {
    let mut r = gold_report(&golds()[0], SourceKind::Text);
    // Chí Linh without its total: the total is derived from online + direct.
    r.figures
        .retain(|f| !(f.scope == Scope::Ward && f.key == Key::ReceivedTotal));
    r.findings.clear();
    r.findings.push(Finding {
        rule: Rule::Rate,
        severity: Severity::Warning,
        scope: Scope::Ward,
        keys: vec![Key::ResolvedLate],
        expected: Quantity(0.18),
        found: Quantity(0.17),
        lines: vec![82],
        message: "tỷ lệ".into(),
        culprit: None,
    });
    let c = compare::compare(&[r], &CompareOptions::default()).unwrap();
    let w = ward_rows(&c)[0];
    assert_eq!(num_at(&c, "received_total", w), Some(2810.0));
    assert_eq!(text_at(&c, "received_total_status", w), Some("derived"));
    assert_eq!(text_at(&c, "received_online_status", w), Some("stated"));
    assert_eq!(text_at(&c, "resolved_late_status", w), Some("inconsistent"));
    assert_eq!(text_at(&c, "late_rate_status", w), Some("inconsistent"));
    assert_eq!(num_at(&c, "late_rate", w), percent(5, 2788));
    assert_eq!(num_at(&c, "visitors", w), None);
    assert_eq!(text_at(&c, "visitors_status", w), Some("missing"));
    // Chí Linh states early only (no on-time figure): no early-or-on-time rate.
    assert_eq!(num_at(&c, "early_or_on_time_rate", w), None);
    assert_eq!(num_at(&c, "withdrawn_rate", w), percent(35, 2810));
    assert_eq!(num_at(&c, "fee_paid_online_rate", w), percent(1067, 1542));
    assert_eq!(num_at(&c, "errors", w), Some(0.0));
    assert_eq!(num_at(&c, "warnings", w), Some(1.0));
    // Nothing is filled with 0: every missing cell is null.
    for col in c.table.get_column_names() {
        for i in ward_rows(&c) {
            if text_at(&c, &format!("{col}_status"), i) == Some("missing") {
                assert_eq!(num_at(&c, col, i), None, "{col}");
            }
        }
    }
}

#[test]
fn one_row_per_unit_and_period_from_the_best_source() {
    let g = &golds()[0];
    let mut ocr = gold_report(g, SourceKind::PdfOcr);
    ocr.file = "corpus/chi-linh_scan.pdf".into();
    let mut docx = gold_report(g, SourceKind::Docx);
    docx.file = "corpus/chi-linh.docx".into();
    docx.figures.pop();
    let text = gold_report(g, SourceKind::Text);
    let mut later = gold_report(g, SourceKind::Text);
    later.file = "corpus/chi-linh_2025-11.txt".into();
    later.period = Some(Period {
        start: Some("2025-11-01".into()),
        end: Some("2025-11-30".into()),
        nominal: None,
    });
    let failed = Report::failed("corpus/broken.pdf", "the PDF is encrypted");
    let reports = vec![ocr, docx, failed, text, later];

    let c = compare::compare(&reports, &CompareOptions::default()).unwrap();
    let wards = ward_rows(&c);
    assert_eq!(wards.len(), 2, "two periods of one unit stay two rows");
    let first = wards[0];
    assert_eq!(
        text_at(&c, "file", first),
        Some("corpus/chi-linh_2025-10.txt")
    );
    assert_eq!(text_at(&c, "source_kind", first), Some("text"));
    assert_eq!(
        text_at(&c, "also_in", first),
        Some("corpus/chi-linh.docx; corpus/chi-linh_scan.pdf")
    );
    assert_eq!(c.folded, 2);
    let lost = row_of_kind(&c, "unidentified");
    assert_eq!(text_at(&c, "file", lost), Some("corpus/broken.pdf"));
    assert_eq!(text_at(&c, "status", lost), Some("error"));
    assert_eq!(text_at(&c, "unit", lost), None);
    // The city counts the unit once, with its latest period.
    let city = row_of_kind(&c, "city");
    assert_eq!(
        num_at(&c, "received_total", row_of_kind(&c, "city_n")),
        Some(1.0)
    );
    assert_eq!(num_at(&c, "received_total", city), Some(2810.0));

    let latest = compare::compare(
        &reports,
        &CompareOptions {
            latest: true,
            ..CompareOptions::default()
        },
    )
    .unwrap();
    let wards = ward_rows(&latest);
    assert_eq!(wards.len(), 1);
    assert_eq!(text_at(&latest, "period_end", wards[0]), Some("2025-11-30"));
}

#[test]
fn sort_ranks_wards_and_keeps_the_city_last() {
    let opts = CompareOptions {
        sort: Some("received_total".into()),
        ..CompareOptions::default()
    };
    let c = compare::compare(&gold_reports(), &opts).unwrap();
    let vals: Vec<f64> = ward_rows(&c)
        .iter()
        .map(|&i| num_at(&c, "received_total", i).unwrap())
        .collect();
    assert!(vals.windows(2).all(|w| w[0] >= w[1]), "{vals:?}");
    let n = c.table.height();
    assert_eq!(text_at(&c, "row_kind", n - 2), Some("city"));
    assert_eq!(text_at(&c, "row_kind", n - 1), Some("city_n"));
    // Default order is Vietnamese alphabetical: Đông Hải after Chí Linh and before Gia Phúc.
    let c = compare::compare(&gold_reports(), &CompareOptions::default()).unwrap();
    let names: Vec<&str> = ward_rows(&c)
        .iter()
        .map(|&i| text_at(&c, "unit", i).unwrap())
        .collect();
    assert_eq!(
        names,
        ["Chí Linh", "Đông Hải", "Gia Phúc", "Kẻ Sặt", "Lê Đại Hành"]
    );
    let bad = CompareOptions {
        sort: Some("nope".into()),
        ..CompareOptions::default()
    };
    assert!(matches!(
        compare::compare(&gold_reports(), &bad),
        Err(compare::CompareError::UnknownSortColumn(_))
    ));
}

#[test]
fn csv_jsonl_and_terminal_outputs() {
    let reports = gold_reports();
    let c = compare::compare(&reports, &CompareOptions::default()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let csv = dir.join("wards.csv");
    publish::write_output(&c, &csv).unwrap();
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("Lê Đại Hành"));
    assert_eq!(text.lines().count(), c.table.height() + 1);

    let jsonl = dir.join("wards.jsonl");
    publish::write_output(&c, &jsonl).unwrap();
    let lines: Vec<Value> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), c.table.height());
    assert_eq!(lines[0]["unit"], "Chí Linh");
    assert_eq!(lines[0]["received_total"], 2810);
    assert_eq!(lines[0]["visitors"], Value::Null);

    // --from: the reports as `extract` prints them give the same table.
    let results = dir.join("results.jsonl");
    let body: String = reports
        .iter()
        .map(|r| serde_json::to_string(r).unwrap() + "\n")
        .collect();
    std::fs::write(&results, body).unwrap();
    let again = compare::read_jsonl(&results).unwrap();
    assert_eq!(
        compare::compare(&again, &CompareOptions::default())
            .unwrap()
            .table,
        c.table
    );

    assert!(matches!(
        publish::write_output(&c, &dir.join("wards.txt")),
        Err(publish::PublishError::UnknownFormat(_))
    ));

    let term = publish::terminal_table(&c.table);
    for line in term.lines() {
        assert!(line.chars().count() <= 120, "{line}");
    }
    assert!(term.contains("Lê Đại Hành") && term.contains("2.810"));
}

#[test]
fn values_columns_have_their_types() {
    let c = compare::compare(&gold_reports(), &CompareOptions::default()).unwrap();
    for k in Key::ALL {
        let col = c.table.column(k.as_str()).unwrap();
        let (float, int) = (col.dtype().is_float(), col.dtype().is_integer());
        assert!(
            if k.is_rate() { float } else { int },
            "{k}: wrong column type"
        );
    }
}

/// The acceptance test: the real pipeline over corpus/ (every file,
/// .txt and the other renders), the workbook read back, every seed's
/// ward-scope values equal to the gold. Passes only once extraction does.
/// One workbook per nominal period (issue 13: the city consolidates one
/// period at a time), and one of the reports whose title names none.
#[test]
fn pipeline_workbook_matches_the_gold() {
    let inputs = baocao::pipeline::collect_inputs(&[corpus()]);
    // The corpus tests' runs (builtin patterns, default reading), so that
    // the scans are OCR'd once per test run.
    let reports: Vec<Report> = crate::corpus::pipeline_reports(&inputs);
    let golds = golds();
    // The nominal period the text render of each seed was given.
    let nominal_of = |g: &Gold| {
        reports
            .iter()
            .find(|r| {
                r.file.ends_with(".txt")
                    && r.unit.as_ref().map(|u| u.name.as_str()) == Some(g.unit().as_str())
            })
            .and_then(|r| r.period.as_ref())
            .and_then(|p| p.nominal)
    };
    let mut periods: Vec<Option<Nominal>> = golds.iter().map(nominal_of).collect();
    periods.sort();
    periods.dedup();
    let mut bad = Vec::new();
    for p in periods {
        let (input, opts): (Vec<Report>, CompareOptions) = match p {
            Some(p) => (
                reports.clone(),
                CompareOptions {
                    period: Some(p),
                    units: compare::city_units(),
                    ..CompareOptions::default()
                },
            ),
            None => (
                reports
                    .iter()
                    .filter(|r| r.period.as_ref().and_then(|x| x.nominal).is_none())
                    .cloned()
                    .collect(),
                CompareOptions::default(),
            ),
        };
        let c = compare::compare(&input, &opts).unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("wards.xlsx");
        publish::write_output(&c, &path).unwrap();
        let these: Vec<Gold> = golds
            .iter()
            .filter(|g| nominal_of(g) == p)
            .map(|g| Gold {
                json: g.json.clone(),
            })
            .collect();
        bad.extend(
            workbook_mismatches(&path, &these)
                .into_iter()
                .map(|m| format!("{p:?}: {m}")),
        );
    }
    assert!(
        bad.is_empty(),
        "{} differences from the gold:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn derived_totals_only_where_every_convention_agrees() {
    let report = |figs: &[(Key, i64)]| Report {
        file: "x.txt".into(),
        status: Status::Ok,
        error: None,
        source: None,
        unit: Some(Unit {
            kind: UnitType::Xa,
            name: "An Lão".into(),
        }),
        period: None,
        figures: figs
            .iter()
            .map(|&(k, v)| placeholder_figure(Scope::Ward, k, Some(v), None, None))
            .collect(),
        findings: vec![],
        warnings: vec![],
        notes: vec![],
    };
    use Key::*;
    let base = [
        (ReceivedOnline, 600),
        (ReceivedDirect, 400),
        (ResolvedEarly, 700),
        (ResolvedOnTime, 250),
        (ResolvedLate, 10),
    ];
    let c = compare::compare(&[report(&base)], &CompareOptions::default()).unwrap();
    assert_eq!(num_at(&c, "received_total", 0), Some(1000.0));
    assert_eq!(num_at(&c, "resolved_total", 0), Some(960.0));
    assert_eq!(text_at(&c, "resolved_total_status", 0), Some("derived"));
    // Carried-over records may or may not be in the headline; withdrawn
    // records may or may not be in "đã giải quyết": no total is made up.
    let mut more = base.to_vec();
    more.extend([(CarriedOver, 30), (Withdrawn, 5)]);
    let c = compare::compare(&[report(&more)], &CompareOptions::default()).unwrap();
    assert_eq!(num_at(&c, "received_total", 0), None);
    assert_eq!(num_at(&c, "resolved_total", 0), None);
    assert_eq!(num_at(&c, "resolved_early_or_on_time", 0), Some(950.0));
}
