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
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// The largest count or total a report can state: the number grammar's
/// bound (normalize::numbers), so that any sum over the city's units fits
/// an i64 many times over.
const MAX_COUNT: i64 = 1_000_000_000;

/// Reads the JSONL of an earlier `baocao extract` (`-` is standard input),
/// line by line.
pub fn read_jsonl(path: &Path) -> Result<Vec<Report>, CompareError> {
    let read_err = |source| CompareError::ReadResults {
        path: path.to_path_buf(),
        source,
    };
    let input: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).map_err(read_err)?)
    };
    let mut input = BufReader::new(input);
    let mut reports = Vec::new();
    let mut line = Vec::new();
    for n in 1.. {
        line.clear();
        if input.read_until(b'\n', &mut line).map_err(read_err)? == 0 {
            break;
        }
        if let Some(r) = parse_line(path, n, &line) {
            reports.push(r);
        }
    }
    Ok(reports)
}

/// [`read_jsonl`] on bytes in memory (an entry point for the fuzz target).
pub fn parse_jsonl(path: &Path, bytes: &[u8]) -> Vec<Report> {
    bytes
        .split(|&b| b == b'\n')
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
    if r.file.trim().is_empty() {
        Some(Implausible::NoFile)
    } else if (r.status == Status::Error) != r.error.is_some() {
        Some(Implausible::StatusMismatch)
    } else if r
        .figures
        .iter()
        .any(|f| !count_ok(f.value) || !count_ok(f.of))
    {
        Some(Implausible::Count)
    } else if r
        .figures
        .iter()
        .any(|f| f.pct.is_some_and(|p| !p.is_finite() || p < 0.0))
    {
        Some(Implausible::Pct)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good_line() -> String {
        let r = Report {
            status: Status::Ok,
            error: None,
            ..Report::failed("a.txt", "x")
        };
        serde_json::to_string(&r).unwrap()
    }

    #[test]
    fn each_bad_line_is_an_error_row_with_its_number() {
        let good = good_line();
        let huge = good.replace("\"figures\":[]", r#""figures":[{"scope":"ward","key":"received_total","value":9223372036854775807,"pct":null,"of":null,"raw":"x","page":null,"line":1,"pattern":"p"}]"#);
        assert_ne!(huge, good, "the figure was put in");
        let text = format!("{good}\n\n{{\"file\": \"b\"}}\nnot json, đã sửa tay\n{huge}\n{good}");
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(b"\n\xff\xfe\n");
        let rs = parse_jsonl(Path::new("kq.jsonl"), &bytes);
        let files: Vec<&str> = rs.iter().map(|r| r.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "a.txt",
                "kq.jsonl (dòng 3)",
                "kq.jsonl (dòng 4)",
                "kq.jsonl (dòng 5)",
                "a.txt",
                "kq.jsonl (dòng 7)"
            ]
        );
        assert_eq!(rs[0].status, Status::Ok);
        for r in [&rs[1], &rs[2], &rs[3], &rs[5]] {
            assert_eq!(r.status, Status::Error);
        }
        assert!(rs[2].error.as_deref().unwrap().contains("không phải JSON"));
        assert!(rs[3].error.as_deref().unwrap().contains("một tỷ"));
        assert!(rs[5].error.as_deref().unwrap().contains("UTF-8"));
    }

    #[test]
    fn a_status_that_contradicts_its_error_is_refused() {
        let ok_with_error = good_line().replace("\"error\":null", "\"error\":\"x\"");
        let rs = parse_jsonl(Path::new("k"), ok_with_error.as_bytes());
        assert_eq!(rs[0].status, Status::Error);
        assert!(rs[0].error.as_deref().unwrap().contains("trạng thái"));
    }
}
