//! The outputs of `baocao compare` held exactly (issue 24): every format
//! (`.xlsx`, `.csv`, `.parquet`, `.jsonl`, the terminal table and its
//! standard error) of a few runs over `tests/golden/compare/input.jsonl`,
//! the `baocao extract` JSONL of `corpus/` frozen when the goldens were
//! made, so that a change of the extraction does not move them (the corpus
//! snapshots hold the extraction). `resend.jsonl` adds a corrected resend
//! (a duplicate row with a folded render) and a line that is not a report.
//! `devset-renders.jsonl` and `devset2-renders.jsonl` are the `extract`
//! JSONL of `../shared/devset*/renders/` (DOCX, PDF, scans, photos), frozen
//! on 2026-12-07; their golden outputs were written by the binary before
//! compare's writers moved onto polars frames (main 4a8cda6).
//!
//! CSV, JSONL and text are compared byte for byte with the first differing
//! lines shown; a workbook by its cell values read with calamine (the
//! bytes hold the date it was made); a Parquet file by its frame. A
//! difference that is a fix is blessed with `BAOCAO_BLESS=1`, which
//! rewrites the golden files, and named in the commit.

use calamine::{Reader, open_workbook_auto};
use polars::prelude::{ParquetReader, SerReader};
use std::path::{Path, PathBuf};
use std::process::Command;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/compare")
}

/// The renders of both development sets (DOCX, PDF, scans, photos) beside
/// their texts, which `input.jsonl` holds: renders folded into one row,
/// OCR'd renders that disagree with their text.
const DEVSETS: &[&str] = &[
    "--from",
    "tests/golden/compare/devset-renders.jsonl",
    "--from",
    "tests/golden/compare/devset2-renders.jsonl",
];

/// A run: its name, the formats written with `-o`, and its arguments
/// (every run also prints the terminal table).
const CASES: &[(&str, &[&str], &[&str])] = &[
    ("default", &["xlsx", "csv", "parquet", "jsonl"], &[]),
    (
        "period-2025-10",
        &["xlsx", "csv", "parquet", "jsonl"],
        &["--period", "2025-10"],
    ),
    ("trend", &["csv", "parquet", "jsonl"], &["--trend"]),
    (
        "q3-sort",
        &["csv"],
        &["--period", "2025-q3", "--sort", "late_rate"],
    ),
    ("devsets", &["xlsx", "csv", "parquet", "jsonl"], DEVSETS),
    (
        "devsets-trend",
        &["csv"],
        &[
            "--from",
            "tests/golden/compare/devset-renders.jsonl",
            "--from",
            "tests/golden/compare/devset2-renders.jsonl",
            "--trend",
        ],
    ),
    (
        "devsets-2025-q4",
        &["csv"],
        &[
            "--from",
            "tests/golden/compare/devset-renders.jsonl",
            "--from",
            "tests/golden/compare/devset2-renders.jsonl",
            "--period",
            "2025-q4",
        ],
    ),
    (
        "resend",
        &["csv"],
        &[
            "--from",
            "tests/golden/compare/resend.jsonl",
            "--period",
            "2025-10",
        ],
    ),
];

/// Runs `baocao compare --from input.jsonl ARGS [-o out]` from the
/// repository root; returns (stdout, stderr).
fn run(args: &[&str], out: Option<&Path>) -> (String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baocao"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--from", "tests/golden/compare/input.jsonl"])
        .args(args);
    if let Some(o) = out {
        cmd.arg("-o").arg(o);
    }
    let o = cmd.output().unwrap();
    assert!(
        o.status.code().is_some_and(|c| c <= 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

/// The first differing lines of two texts, or None when equal.
fn text_diff(want: &str, got: &str) -> Option<String> {
    if want == got {
        return None;
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b && shown < 5 {
            shown += 1;
            out.push_str(&format!(
                "line {}:\n  - {}\n  + {}\n",
                i + 1,
                a.unwrap_or(&"<none>"),
                b.unwrap_or(&"<none>")
            ));
        }
    }
    if shown == 0 {
        out.push_str("the texts differ only in their line ends\n");
    }
    Some(out)
}

/// Every sheet's name and cell values, one line per row (cells by Debug).
fn workbook_text(path: &Path) -> String {
    let mut wb = open_workbook_auto(path).unwrap();
    let mut out = String::new();
    for name in wb.sheet_names() {
        out.push_str(&format!("## {name}\n"));
        let range = wb.worksheet_range(&name).unwrap();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        out.push_str(&format!("start {r0},{c0}\n"));
        for row in range.rows() {
            let cells: Vec<String> = row.iter().map(|c| format!("{c:?}")).collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
    out
}

fn parquet_frame(path: &Path) -> polars::prelude::DataFrame {
    ParquetReader::new(std::fs::File::open(path).unwrap())
        .finish()
        .unwrap()
}

/// What differs between a golden file and the file a run wrote.
fn file_diff(golden: &Path, got: &Path) -> Option<String> {
    match got.extension().and_then(|e| e.to_str()) {
        Some("xlsx") => text_diff(&workbook_text(golden), &workbook_text(got)),
        Some("parquet") => {
            let (a, b) = (parquet_frame(golden), parquet_frame(got));
            (!a.equals_missing(&b)).then(|| format!("golden:\n{a}\nnow:\n{b}"))
        }
        _ => text_diff(
            &std::fs::read_to_string(golden).unwrap(),
            &std::fs::read_to_string(got).unwrap(),
        ),
    }
}

#[test]
fn compare_outputs_equal_the_golden_files() {
    let bless = std::env::var_os("BAOCAO_BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let dir = golden_dir();
    let mut failures = Vec::new();
    for (name, formats, args) in CASES {
        let (stdout, stderr) = run(args, None);
        let mut made = vec![
            (format!("{name}.txt"), stdout),
            (format!("{name}.stderr"), stderr),
        ];
        for (file, text) in made.drain(..) {
            let golden = dir.join(&file);
            if bless {
                std::fs::write(&golden, &text).unwrap();
            }
            let want = std::fs::read_to_string(&golden).unwrap_or_default();
            if let Some(d) = text_diff(&want, &text) {
                failures.push(format!("{file}:\n{d}"));
            }
        }
        for ext in *formats {
            let file = format!("{name}.{ext}");
            let got = tmp.path().join(&file);
            run(args, Some(&got));
            let golden = dir.join(&file);
            if bless {
                std::fs::copy(&got, &golden).unwrap();
            }
            if let Some(d) = file_diff(&golden, &got) {
                failures.push(format!("{file}:\n{d}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "compare's outputs differ from tests/golden/compare (BAOCAO_BLESS=1 rewrites them, for a named fix):\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_changed_cell_is_seen_in_every_format() {
    // The comparison itself can fail: a workbook, a frame and a text with
    // one value changed are told apart from the golden ones.
    let tmp = tempfile::tempdir().unwrap();
    let dir = golden_dir();
    let csv = std::fs::read_to_string(dir.join("period-2025-10.csv")).unwrap();
    let changed = csv.replacen(",1276,", ",1277,", 1);
    assert_ne!(csv, changed, "the golden CSV holds An Biên's 1276");
    let p = tmp.path().join("period-2025-10.csv");
    std::fs::write(&p, changed).unwrap();
    let d = file_diff(&dir.join("period-2025-10.csv"), &p).expect("a difference");
    assert!(d.contains("1277"), "{d}");
    // A workbook of another run differs from the default one by its cells.
    assert!(file_diff(&dir.join("default.xlsx"), &dir.join("period-2025-10.xlsx")).is_some());
    assert!(
        file_diff(
            &dir.join("default.parquet"),
            &dir.join("period-2025-10.parquet")
        )
        .is_some()
    );
}

#[test]
fn figures_writes_the_long_frame_of_every_figure() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("so-lieu.parquet");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baocao"));
    let out = cmd
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--from", "tests/golden/compare/input.jsonl"])
        .arg("--figures")
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    let input = std::fs::read_to_string(golden_dir().join("input.jsonl")).unwrap();
    let reports: Vec<serde_json::Value> = input
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let n: usize = reports
        .iter()
        .map(|r| r["figures"].as_array().unwrap().len())
        .sum();
    let df = parquet_frame(&path);
    assert_eq!(df.height(), n, "one row per figure");
    let names: Vec<&str> = df.get_column_names().iter().map(|s| s.as_str()).collect();
    for c in [
        "report",
        "file",
        "unit",
        "unit_type",
        "period",
        "period_start",
        "period_end",
        "source_kind",
        "scope",
        "key",
        "value",
        "pct",
        "of",
        "status",
        "certain",
        "line",
    ] {
        assert!(names.contains(&c), "{c} in {names:?}");
    }
    // The first figure of the first report, as the JSONL states it.
    let f = &reports[0]["figures"][0];
    let text = |c: &str| {
        let v = df.column(c).unwrap().get(0).unwrap();
        v.extract_str().map(str::to_string)
    };
    let int = |c: &str| df.column(c).unwrap().get(0).unwrap().extract::<i64>();
    assert_eq!(text("file").as_deref(), reports[0]["file"].as_str());
    assert_eq!(text("key").as_deref(), f["key"].as_str());
    assert_eq!(int("value"), f["value"].as_i64());
    assert_eq!(int("line"), f["line"].as_i64());
    // A .jsonl name is refused before any work.
    let bad = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--from", "tests/golden/compare/input.jsonl"])
        .args(["--figures", "x.jsonl"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains(".parquet or .csv"));
}
