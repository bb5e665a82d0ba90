//! Every corpus document's extraction held exactly (issue 24): the text,
//! DOCX and PDF text layer of each seed and the synthetic report, and each
//! text report of the devsets (`corpus/devset*/`), against a reviewed file
//! under `tests/snapshots/` (the document's path with `.snap` added): the
//! identity, every figure (line, page, scope, key, value, pct, of, certain)
//! and every finding, note and warning. A lost figure, a changed value or
//! a new finding fails the test with a line diff; a change that is an
//! improvement is blessed with `BAOCAO_BLESS=1`, which rewrites the files,
//! and reviewed in the commit's diff.
//!
//! Scans are not here: Tesseract's reading varies with its version, so they
//! keep their F1 thresholds (`corpus.rs`).

use super::corpus::pipeline_reports;
use baocao::model::{Finding, Report};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The documents held: each seed's text, DOCX and PDF, and the devsets'
/// text reports (and non-reports), sorted.
fn documents() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let corpus = root().join("corpus");
    for e in std::fs::read_dir(&corpus).unwrap() {
        let dir = e.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if dir.join("expected.json").exists() {
            for ext in ["txt", "docx", "pdf"] {
                out.push(dir.join(format!("{name}.{ext}")));
            }
        }
    }
    for sub in ["devset/reports", "devset2/reports", "devset2/nonreports"] {
        for e in std::fs::read_dir(corpus.join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |x| x.to_string())
}

fn finding_line(out: &mut String, what: &str, f: &Finding) {
    let keys: Vec<&str> = f.keys.iter().map(|k| k.as_str()).collect();
    let lines: Vec<String> = f.lines.iter().map(|l| l.to_string()).collect();
    writeln!(
        out,
        "{what}\t{}\t{:?}\t{}\t[{}]\texpected {}\tfound {}\tlines {}\t{}",
        f.rule.as_str(),
        f.severity,
        f.scope,
        keys.join(", "),
        f.expected.0,
        f.found.0,
        lines.join(", "),
        f.message
    )
    .unwrap();
}

/// The snapshot text of one report.
fn snapshot(r: &Report) -> String {
    let mut s = String::new();
    writeln!(s, "status\t{:?}\t{}", r.status, opt(r.error.as_deref())).unwrap();
    let unit = r
        .unit
        .as_ref()
        .map(|u| format!("{} {}", u.kind.as_str(), u.name));
    writeln!(s, "unit\t{}", opt(unit)).unwrap();
    let period = r.period.as_ref().map(|p| {
        format!(
            "{} → {}\tnominal {}",
            opt(p.start.as_deref()),
            opt(p.end.as_deref()),
            opt(p.nominal)
        )
    });
    writeln!(s, "period\t{}", opt(period)).unwrap();
    writeln!(s, "figures\t{}", r.figures.len()).unwrap();
    for f in &r.figures {
        writeln!(
            s,
            "L{}\tp{}\t{}\t{}\tvalue {}\tpct {}\tof {}\t{}",
            f.line,
            opt(f.page),
            f.scope,
            f.key.as_str(),
            opt(f.value),
            opt(f.pct),
            opt(f.of),
            if f.certain { "certain" } else { "uncertain" }
        )
        .unwrap();
    }
    writeln!(s, "findings\t{}", r.findings.len()).unwrap();
    for f in &r.findings {
        finding_line(&mut s, "finding", f);
    }
    writeln!(s, "notes\t{}", r.notes.len()).unwrap();
    for f in &r.notes {
        finding_line(&mut s, "note", f);
    }
    for w in &r.warnings {
        writeln!(s, "warning\t{w}").unwrap();
    }
    s
}

/// The lines that differ, as a unified diff without context (a longest
/// common subsequence of lines: the files are a few hundred lines at most).
fn line_diff(want: &str, got: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            writeln!(out, "  - {}", a[i]).unwrap();
            i += 1;
        } else {
            writeln!(out, "  + {}", b[j]).unwrap();
            j += 1;
        }
    }
    out
}

fn snapshot_path(doc: &Path) -> PathBuf {
    let rel = doc.strip_prefix(root()).unwrap();
    let mut p = root().join("tests/snapshots").join(rel).into_os_string();
    p.push(".snap");
    PathBuf::from(p)
}

/// The differences of each report from its snapshot (blessing first when
/// asked).
fn mismatches(docs: &[PathBuf], reports: &[Report], bless: bool) -> Vec<String> {
    let mut failures = Vec::new();
    for (doc, r) in docs.iter().zip(reports) {
        let path = snapshot_path(doc);
        let got = snapshot(r);
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &got).unwrap();
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "{} (- snapshot, + now):\n{}",
                path.strip_prefix(root()).unwrap().display(),
                line_diff(&want, &got)
            ));
        }
    }
    failures
}

#[test]
fn every_corpus_document_equals_its_snapshot() {
    let docs = documents();
    assert!(docs.len() >= 40, "{} documents", docs.len());
    let reports = pipeline_reports(&docs);
    let bless = std::env::var_os("BAOCAO_BLESS").is_some();
    let failures = mismatches(&docs, &reports, bless);
    assert!(
        failures.is_empty(),
        "{} of {} documents differ from tests/snapshots (BAOCAO_BLESS=1 rewrites them; review the diff):\n{}",
        failures.len(),
        docs.len(),
        failures.join("\n")
    );
}

#[test]
fn a_changed_figure_fails_with_its_line() {
    // One seed's report with one value changed and one figure lost: both
    // show in the diff, under the document's snapshot. (Not while blessing:
    // the snapshot is being rewritten beside it.)
    if std::env::var_os("BAOCAO_BLESS").is_some() {
        return;
    }
    let doc = root().join("corpus/chi-linh_2025-10/chi-linh_2025-10.txt");
    let mut r = pipeline_reports(std::slice::from_ref(&doc)).remove(0);
    let v = r.figures[0]
        .value
        .expect("Chí Linh's first figure is a count");
    r.figures[0].value = Some(v + 1);
    let lost = r.figures.pop().unwrap();
    let failures = mismatches(std::slice::from_ref(&doc), &[r], false);
    assert_eq!(failures.len(), 1);
    let d = &failures[0];
    assert!(d.contains(&format!("value {v}\t")), "{d}");
    assert!(d.contains(&format!("value {}\t", v + 1)), "{d}");
    assert!(d.contains(&format!("- L{}\t", lost.line)), "{d}");
    assert!(
        d.contains("- figures\t") && d.contains("+ figures\t"),
        "{d}"
    );
}

#[test]
fn the_diff_shows_only_what_changed() {
    let d = line_diff("a\nb\nc\nd\n", "a\nc\nx\nd\n");
    assert_eq!(d, "  - b\n  + x\n");
    assert_eq!(line_diff("a\n", "a\n"), "");
}
