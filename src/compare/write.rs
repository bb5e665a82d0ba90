//! Writing the comparison: `.xlsx` (rust_xlsxwriter), `.csv` and `.parquet`
//! (polars), `.jsonl` (serde_json, columns in table order). Every file is
//! written to a temporary file in the target's folder, then renamed over it,
//! so a reader never sees half a file.

use super::{Col, CompareError, Comparison, Rate, Table, Values, key_title_vi};
use crate::model::{Key, Report};
use polars::prelude::{CsvWriter, ParquetWriter, SerWriter};
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The output formats, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Xlsx,
    Csv,
    Parquet,
    Jsonl,
}

impl OutputFormat {
    pub fn from_path(path: &Path) -> Result<OutputFormat, CompareError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("xlsx") => Ok(OutputFormat::Xlsx),
            Some("csv") => Ok(OutputFormat::Csv),
            Some("parquet") => Ok(OutputFormat::Parquet),
            Some("jsonl") => Ok(OutputFormat::Jsonl),
            _ => Err(CompareError::UnknownFormat(path.to_path_buf())),
        }
    }
}

/// Writes the comparison to `path` in the format its extension names.
pub fn write_output(c: &Comparison, path: &Path) -> Result<OutputFormat, CompareError> {
    let format = OutputFormat::from_path(path)?;
    let io = |source| CompareError::Io {
        path: path.to_path_buf(),
        source,
    };
    let pl = |source| CompareError::Polars {
        path: path.to_path_buf(),
        source,
    };
    match format {
        OutputFormat::Xlsx => {
            let bytes = xlsx_bytes(c).map_err(|source| CompareError::Xlsx {
                path: path.to_path_buf(),
                source,
            })?;
            atomic_write(path, |f| f.write_all(&bytes).map_err(io))?;
        }
        OutputFormat::Csv => {
            let mut df = c.frame()?;
            atomic_write(path, |f| {
                let mut w = BufWriter::new(f);
                // The BOM makes Excel read the file as UTF-8.
                CsvWriter::new(&mut w)
                    .include_bom(true)
                    .finish(&mut df)
                    .map_err(pl)?;
                // Flushed here: a BufWriter dropped unflushed hides the error
                // (disk full) and the truncated file would be renamed in.
                w.flush().map_err(io)
            })?;
        }
        OutputFormat::Parquet => {
            let mut df = c.frame()?;
            atomic_write(path, |f| {
                ParquetWriter::new(f)
                    .finish(&mut df)
                    .map(|_| ())
                    .map_err(pl)
            })?;
        }
        OutputFormat::Jsonl => {
            let text = jsonl(&c.table);
            atomic_write(path, |f| f.write_all(text.as_bytes()).map_err(io))?;
        }
    }
    Ok(format)
}

/// Writes through a temporary file beside `path`, then renames it over.
fn atomic_write(
    path: &Path,
    write: impl FnOnce(&mut File) -> Result<(), CompareError>,
) -> Result<(), CompareError> {
    let io = |source| CompareError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| CompareError::UnknownFormat(path.to_path_buf()))?
        .to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp).map_err(io)?;
        write(&mut f)?;
        f.sync_all().map_err(io)?;
        drop(f);
        std::fs::rename(&tmp, path).map_err(io)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Reads the JSONL of an earlier `baocao extract` (`-` is standard input).
/// Blank lines are skipped; any other line must be a report.
pub fn read_jsonl(path: &Path) -> Result<Vec<Report>, CompareError> {
    let read_err = |source| CompareError::ReadResults {
        path: path.to_path_buf(),
        source,
    };
    let mut text = String::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(read_err)?;
    } else {
        File::open(path)
            .and_then(|mut f| f.read_to_string(&mut text))
            .map_err(read_err)?;
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|source| CompareError::BadResultLine {
                path: path.to_path_buf(),
                line: i + 1,
                source,
            })
        })
        .collect()
}

/// One JSON object per row, keys in column order, null where missing.
pub fn jsonl(t: &Table) -> String {
    let mut out = String::new();
    for i in 0..t.height() {
        out.push('{');
        for (j, c) in t.columns.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str(&serde_json::to_string(&c.name).expect("a string serializes"));
            out.push(':');
            let v = match &c.values {
                Values::Text(v) => serde_json::to_string(&v[i]),
                Values::Int(v) => serde_json::to_string(&v[i]),
                Values::Float(v) => serde_json::to_string(&v[i].filter(|x| x.is_finite())),
            };
            out.push_str(&v.expect("plain values serialize"));
        }
        out.push_str("}\n");
    }
    out
}

// ----- the workbook -----

/// Sheet names of the workbook.
pub const SHEET_TABLE: &str = "Tổng hợp";
pub const SHEET_FINDINGS: &str = "Phát hiện";
pub const SHEET_FIGURES: &str = "Số liệu";
pub const SHEET_LEGEND: &str = "Chú thích";

/// What the unit column shows on the city rows of the workbook.
pub const CITY_LABEL: &str = "TOÀN THÀNH PHỐ (tổng)";
pub const CITY_N_LABEL: &str = "Số đơn vị có số liệu";

const INCONSISTENT_FILL: u32 = 0xFFC7CE;
const INCONSISTENT_FONT: u32 = 0x9C0006;
const DERIVED_FONT: u32 = 0x404080;

fn cell_format(num: Option<&str>, status: Option<&str>, bold: bool) -> Format {
    let mut f = Format::new().set_align(FormatAlign::Top);
    if let Some(n) = num {
        f = f.set_num_format(n);
    }
    match status {
        Some("inconsistent") => {
            f = f
                .set_background_color(Color::RGB(INCONSISTENT_FILL))
                .set_font_color(Color::RGB(INCONSISTENT_FONT));
        }
        Some("derived") => f = f.set_italic().set_font_color(Color::RGB(DERIVED_FONT)),
        _ => {}
    }
    if bold {
        f = f.set_bold();
    }
    f
}

fn unit_type_vi(s: &str) -> &str {
    match s {
        "phuong" => "phường",
        "xa" => "xã",
        "dac_khu" => "đặc khu",
        other => other,
    }
}

fn width_for(c: &Col) -> f64 {
    match c.name.as_str() {
        "unit" => 22.0,
        "file" | "also_in" | "error" | "raw" => 36.0,
        "message" => 80.0,
        "period_start" | "period_end" => 11.0,
        "pattern" | "keys" | "key" | "key_title" => 28.0,
        _ => 12.0,
    }
}

/// Writes a table on a sheet: Vietnamese titles, value cells styled by their
/// `<column>_status` sibling (which is not written), city rows in bold.
fn write_sheet(ws: &mut Worksheet, name: &str, t: &Table) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border(FormatBorder::Thin);
    let row_kind = t.column("row_kind");
    let cols: Vec<&Col> = t
        .columns
        .iter()
        .filter(|c| c.name != "row_kind" && !c.name.ends_with("_status"))
        .collect();
    for (j, c) in cols.iter().enumerate() {
        let j = j as u16;
        ws.write_string_with_format(0, j, &c.title, &header)?;
        ws.set_column_width(j, width_for(c))?;
    }
    ws.set_row_height(0, 48)?;
    for i in 0..t.height() {
        let kind = row_kind.and_then(|k| k.values.text(i));
        let bold = matches!(kind, Some("city" | "city_n"));
        let row = (i + 1) as u32;
        for (j, c) in cols.iter().enumerate() {
            let j = j as u16;
            let status_col = t.column(&format!("{}_status", c.name));
            let status = status_col.and_then(|s| s.values.text(i));
            match &c.values {
                Values::Text(v) => {
                    let text = match (c.name.as_str(), kind) {
                        ("unit", Some("city")) => Some(CITY_LABEL),
                        ("unit", Some("city_n")) => Some(CITY_N_LABEL),
                        ("unit_type", _) => v[i].as_deref().map(unit_type_vi),
                        _ => v[i].as_deref(),
                    };
                    if let Some(s) = text {
                        ws.write_string_with_format(row, j, s, &cell_format(None, None, bold))?;
                    }
                }
                Values::Int(v) => {
                    if let Some(x) = v[i] {
                        let f = cell_format(Some("#,##0"), status, bold);
                        ws.write_number_with_format(row, j, x as f64, &f)?;
                    }
                }
                Values::Float(v) => {
                    if let Some(x) = v[i].filter(|x| x.is_finite()) {
                        let num = if kind == Some("city_n") { "0" } else { "0.00" };
                        ws.write_number_with_format(
                            row,
                            j,
                            x,
                            &cell_format(Some(num), status, bold),
                        )?;
                    }
                }
            }
        }
    }
    ws.set_freeze_panes(1, 1)?;
    if t.height() > 0 && !cols.is_empty() {
        ws.autofilter(0, 0, t.height() as u32, (cols.len() - 1) as u16)?;
    }
    Ok(())
}

fn write_legend(ws: &mut Worksheet, t: &Table) -> Result<(), XlsxError> {
    ws.set_name(SHEET_LEGEND)?;
    let bold = Format::new().set_bold();
    ws.set_column_width(0, 44)?;
    ws.set_column_width(1, 34)?;
    ws.set_column_width(2, 100)?;
    let mut r = 0u32;
    let lines: [(&str, Option<&str>, &str); 6] = [
        (
            "Ô nền đỏ",
            Some("inconsistent"),
            "số liệu liên quan đến một phát hiện (sai lệch số học) của báo cáo",
        ),
        (
            "Chữ nghiêng",
            Some("derived"),
            "số liệu không ghi trong báo cáo, được tính từ các số thành phần; các tỷ lệ (%, tính) luôn được tính",
        ),
        (
            "Ô trống",
            None,
            "báo cáo không nêu số liệu này; không bao giờ điền 0",
        ),
        (
            CITY_LABEL,
            None,
            "cộng các đơn vị (kỳ gần nhất của mỗi đơn vị); tỷ lệ tính lại từ tổng tử số / tổng mẫu số, không lấy trung bình; tỷ lệ do báo cáo ghi (%) không cộng được nên để trống",
        ),
        (
            CITY_N_LABEL,
            None,
            "số đơn vị mà mỗi ô của dòng tổng bao gồm",
        ),
        (
            "Cũng có trong",
            None,
            "cùng đơn vị và kỳ báo cáo ở tệp khác (docx, pdf, bản quét); dòng lấy từ nguồn tốt nhất: txt > docx > pdf > pdf quét > ảnh, rồi nhiều số liệu nhất",
        ),
    ];
    ws.write_string_with_format(r, 0, "Ký hiệu", &bold)?;
    r += 1;
    for (label, status, text) in lines {
        ws.write_string_with_format(r, 0, label, &cell_format(None, status, false))?;
        ws.write_string(r, 2, text)?;
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Cột", &bold)?;
    ws.write_string_with_format(r, 1, "Tên cột (CSV, Parquet, JSONL)", &bold)?;
    ws.write_string_with_format(r, 2, "Ý nghĩa", &bold)?;
    r += 1;
    for c in t.columns.iter().filter(|c| !c.name.ends_with("_status")) {
        let meaning = if let Ok(k) = c.name.parse::<Key>() {
            format!(
                "chỉ tiêu {} của đơn vị (phạm vi ward), như báo cáo ghi",
                key_title_vi(k).to_lowercase()
            )
        } else if let Some(rate) = Rate::ALL.iter().find(|x| x.name() == c.name) {
            rate.definition_vi().to_string()
        } else {
            String::new()
        };
        ws.write_string(r, 0, &c.title)?;
        ws.write_string(r, 1, &c.name)?;
        ws.write_string(r, 2, &meaning)?;
        r += 1;
    }
    Ok(())
}

/// The workbook: "Tổng hợp", "Phát hiện", "Số liệu", "Chú thích".
pub fn xlsx_bytes(c: &Comparison) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    write_sheet(wb.add_worksheet(), SHEET_TABLE, &c.table)?;
    write_sheet(wb.add_worksheet(), SHEET_FINDINGS, &c.findings)?;
    write_sheet(wb.add_worksheet(), SHEET_FIGURES, &c.figures)?;
    write_legend(wb.add_worksheet(), &c.table)?;
    wb.save_to_buffer()
}
