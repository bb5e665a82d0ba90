//! The input side of `compare --from`: the JSONL of an earlier `baocao
//! extract` back into reports.
//!
//! Takes bytes that may have been edited by hand; returns one report per
//! non-blank line. A line that is not a report (not UTF-8, not JSON, not
//! the shape of spec/output.md, or values no reader produces) becomes an
//! error report named after its line, exactly as a file that cannot be read
//! does, so it is listed among the unidentified rows and nothing is lost.
//! The values kept are within the number grammar's bounds, so the sums of
//! the city rows cannot overflow. Only a file that cannot be opened or read
//! at all is an error ([`CompareError::ReadResults`]).

use super::error::CompareError;
use crate::model::{Report, Status};
use crate::vi::{self, Implausible};
use std::io::Read;
use std::path::Path;

/// The largest count or total a report can state: the number grammar's
/// bound (normalize::numbers), so that any sum over the city's units fits
/// an i64 many times over.
const MAX_COUNT: i64 = 1_000_000_000;

/// Reads the JSONL of an earlier `baocao extract` (`-` is standard input).
pub fn read_jsonl(path: &Path) -> Result<Vec<Report>, CompareError> {
    let mut bytes = Vec::new();
    let read = match path.as_os_str() == "-" {
        true => std::io::stdin().lock().read_to_end(&mut bytes),
        false => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
    };
    read.map_err(|source| CompareError::ReadResults {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse_jsonl(path, &bytes))
}

/// [`read_jsonl`] on bytes in memory (also the fuzz target's entry point):
/// line by line, each line with its `\n`.
pub fn parse_jsonl(path: &Path, bytes: &[u8]) -> Vec<Report> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .enumerate()
        .filter_map(|(i, l)| parse_line(path, i + 1, l))
        .collect()
}

/// One line: None if blank, else a report (an error one if the line is not
/// a report).
fn parse_line(path: &Path, n: usize, line: &[u8]) -> Option<Report> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let bad = |reason: String| Some(Report::failed(vi::result_line_file(path, n), reason));
    let Ok(text) = std::str::from_utf8(line) else {
        return bad(vi::not_utf8_result_line(n));
    };
    match serde_json::from_str::<Report>(text) {
        Err(e) => bad(vi::bad_result_line(n, &e)),
        Ok(r) => match implausible(&r) {
            Some(why) => bad(vi::implausible_result_line(n, why)),
            None => Some(r),
        },
    }
}

/// What no run of `baocao extract` writes.
fn implausible(r: &Report) -> Option<Implausible> {
    let count_ok = |v: Option<i64>| v.is_none_or(|v| (0..=MAX_COUNT).contains(&v));
    let pct_ok = |p: Option<f64>| p.is_none_or(|p| p.is_finite() && p >= 0.0);
    let fs = &r.figures;
    [
        (r.file.trim().is_empty(), Implausible::NoFile),
        (
            (r.status == Status::Error) != r.error.is_some(),
            Implausible::StatusMismatch,
        ),
        (
            fs.iter().any(|f| !count_ok(f.value) || !count_ok(f.of)),
            Implausible::Count,
        ),
        (fs.iter().any(|f| !pct_ok(f.pct)), Implausible::Pct),
    ]
    .into_iter()
    .find_map(|(bad, why)| bad.then_some(why))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the hand-edited lines of tests/errors.rs do not hold: a blank
    /// line (skipped, yet counted), bytes that are not UTF-8, and a status
    /// that contradicts the report's error.
    #[test]
    fn blank_lines_count_and_odd_lines_are_error_rows() {
        let ok = Report {
            status: Status::Ok,
            error: None,
            ..Report::failed("a.txt", "x")
        };
        let good = serde_json::to_string(&ok).unwrap();
        let contradicts = good.replace("\"error\":null", "\"error\":\"x\"");
        let bytes = [good.as_bytes(), b"\n\n\xff\xfe\n", contradicts.as_bytes()].concat();
        let rs = parse_jsonl(Path::new("kq.jsonl"), &bytes);
        let files: Vec<&str> = rs.iter().map(|r| r.file.as_str()).collect();
        assert_eq!(files, ["a.txt", "kq.jsonl (dòng 3)", "kq.jsonl (dòng 4)"]);
        assert!(rs[1].error.as_deref().unwrap().contains("UTF-8"));
        assert!(rs[2].error.as_deref().unwrap().contains("trạng thái"));
    }
}
