//! The `compare` stage: reports in, the city's table of wards out (issue 5).
//!
//! [`compare`] folds the reports into one row per (unit, period), puts every
//! ward-scope key of `spec/figures.md` in its own column, adds a few rates
//! computed from the counts, and closes with the city's totals. Everything is
//! computed here in plain Rust; [`Table::to_frame`] then hands the columns to
//! polars, which only stores and writes them (CSV, Parquet).
//!
//! # Rows
//! - one row per (unit, period); when several files give the same (unit,
//!   period) (the `.txt`, `.docx`, `.pdf` and scanned `.pdf` of one report),
//!   the row comes from the best source (by [`SourceKind`]: text, then docx,
//!   pdf-text, pdf-ocr, image-ocr; then the one with most figures) and the
//!   others are listed in `also_in`;
//! - a report that failed (status error) or names no unit gets a row of its
//!   own, keyed by its file (`row_kind` = `unidentified`), so nothing is lost;
//! - two city rows close the table: `city` sums each count over the wards and
//!   recomputes each rate from the summed parts, `city_n` says how many wards
//!   each city cell covers. When a unit has several periods, only its latest
//!   enters the city rows, so no ward is counted twice.
//!
//! # Cells
//! Every value column has a `<column>_status` sibling: `stated`, `derived`,
//! `missing` or `inconsistent` (the ward-scope key appears in one of the
//! report's findings). Nothing is filled with 0. The only derivations, each
//! made only when the target is not stated and every part is:
//! - `resolved_early_or_on_time` = `resolved_early` + `resolved_on_time`;
//! - `received_total` = `received_online` + `received_direct`
//!   (+ `carried_over` where stated);
//! - `resolved_total` = `resolved_early_or_on_time` + `resolved_late`.
//!
//! A derived cell whose parts are inconsistent is itself `inconsistent`.
//! See [`Rate`] for the computed rates.

mod term;
mod write;

pub use term::terminal_table;
pub use write::{OutputFormat, read_jsonl, write_output};

use crate::model::{Figure, Key, Report, Scope, Severity, SourceKind, Status};
use polars::prelude::{Column as PlColumn, DataFrame, PolarsError};
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

/// What can go wrong between the reports and the written table.
#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error(
        "unknown sort column {0:?}; use a column of the table such as received_total, online_rate, errors or unit"
    )]
    UnknownSortColumn(String),
    #[error("{0}: unknown output format; the name must end in .xlsx, .csv, .parquet or .jsonl")]
    UnknownFormat(PathBuf),
    #[error("could not build the polars table: {0}")]
    Frame(#[source] PolarsError),
    #[error("could not write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not write the workbook {path}: {source}")]
    Xlsx {
        path: PathBuf,
        #[source]
        source: rust_xlsxwriter::XlsxError,
    },
    #[error("could not write {path}: {source}")]
    Polars {
        path: PathBuf,
        #[source]
        source: PolarsError,
    },
    #[error("could not read {path}: {source}")]
    ReadResults {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}, line {line}: not a report line of `baocao extract`: {source}")]
    BadResultLine {
        path: PathBuf,
        line: usize,
        #[source]
        source: serde_json::Error,
    },
}

/// How [`compare`] shapes the table.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// Keep only the most recent period of each unit.
    pub latest: bool,
    /// Sort the rows by this column: numbers largest first (missing last),
    /// text in Vietnamese alphabetical order. Default: by unit, then period.
    pub sort: Option<String>,
}

/// The status of one value cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellStatus {
    Stated,
    Derived,
    Missing,
    Inconsistent,
}

impl CellStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CellStatus::Stated => "stated",
            CellStatus::Derived => "derived",
            CellStatus::Missing => "missing",
            CellStatus::Inconsistent => "inconsistent",
        }
    }
}

/// The rates computed from a row's counts, in percent with 2 decimals
/// (rounded). A rate is missing unless its numerator and a positive
/// denominator are there; in the city row it is Σ numerators / Σ
/// denominators over the wards that have both (never an average of rates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rate {
    /// `received_online` / (`received_online` + `received_direct`), else over
    /// `received_in_period`, else over `received_total`.
    Online,
    /// `resolved_early_or_on_time` (stated or derived) / `resolved_total`.
    EarlyOrOnTime,
    /// `resolved_late` / `resolved_total`.
    Late,
    /// `withdrawn` / `received_total`.
    Withdrawn,
    /// `fee_paid_online` / its `of`, else / `fee_records`.
    FeePaidOnline,
    /// `data_reused` / its `of`, else / `received_total`.
    DataReuse,
}

impl Rate {
    pub const ALL: &'static [Rate] = &[
        Rate::Online,
        Rate::EarlyOrOnTime,
        Rate::Late,
        Rate::Withdrawn,
        Rate::FeePaidOnline,
        Rate::DataReuse,
    ];

    /// The column name.
    pub fn name(self) -> &'static str {
        match self {
            Rate::Online => "online_rate",
            Rate::EarlyOrOnTime => "early_or_on_time_rate",
            Rate::Late => "late_rate",
            Rate::Withdrawn => "withdrawn_rate",
            Rate::FeePaidOnline => "fee_paid_online_rate",
            Rate::DataReuse => "data_reuse_rate",
        }
    }

    /// The Vietnamese column title.
    pub fn title_vi(self) -> &'static str {
        match self {
            Rate::Online => "Tỷ lệ tiếp nhận trực tuyến (%, tính)",
            Rate::EarlyOrOnTime => "Tỷ lệ giải quyết trước và đúng hạn (%, tính)",
            Rate::Late => "Tỷ lệ giải quyết quá hạn (%, tính)",
            Rate::Withdrawn => "Tỷ lệ hồ sơ rút (%, tính)",
            Rate::FeePaidOnline => "Tỷ lệ thanh toán phí trực tuyến (%, tính)",
            Rate::DataReuse => "Tỷ lệ tái sử dụng dữ liệu (%, tính)",
        }
    }

    /// How it is computed, in Vietnamese (the workbook's legend sheet).
    pub fn definition_vi(self) -> &'static str {
        match self {
            Rate::Online => {
                "tiếp nhận trực tuyến / (trực tuyến + trực tiếp); nếu thiếu: / tiếp nhận trong kỳ, rồi / tổng tiếp nhận"
            }
            Rate::EarlyOrOnTime => "(trước hạn + đúng hạn, hoặc trước và đúng hạn) / đã giải quyết",
            Rate::Late => "quá hạn / đã giải quyết",
            Rate::Withdrawn => "hồ sơ rút / tổng tiếp nhận",
            Rate::FeePaidOnline => {
                "thanh toán trực tuyến / số hồ sơ ghi kèm (X/Y), nếu không có: / hồ sơ có phí"
            }
            Rate::DataReuse => {
                "tái sử dụng dữ liệu / số hồ sơ ghi kèm (X/Y), nếu không có: / tổng tiếp nhận"
            }
        }
    }
}

/// The Vietnamese column title of a ward-scope key (fuller than
/// [`Key::label_vi`], which is meant for messages).
pub fn key_title_vi(key: Key) -> &'static str {
    match key {
        Key::ReceivedTotal => "Tổng số hồ sơ tiếp nhận",
        Key::ReceivedInPeriod => "Tiếp nhận mới trong kỳ",
        Key::ReceivedOnline => "Tiếp nhận trực tuyến",
        Key::ReceivedDirect => "Tiếp nhận trực tiếp",
        Key::CarriedOver => "Kỳ trước chuyển sang",
        Key::ResolvedTotal => "Đã giải quyết",
        Key::ResolvedEarly => "Giải quyết trước hạn",
        Key::ResolvedOnTime => "Giải quyết đúng hạn",
        Key::ResolvedEarlyOrOnTime => "Giải quyết trước và đúng hạn",
        Key::ResolvedLate => "Giải quyết quá hạn",
        Key::InProgress => "Đang giải quyết",
        Key::InProgressOverdue => "Đang giải quyết quá hạn",
        Key::Withdrawn => "Công dân rút hồ sơ",
        Key::Rejected => "Từ chối giải quyết",
        Key::SupplementRequested => "Yêu cầu bổ sung",
        Key::DigitizedPct => "Tỷ lệ số hóa hồ sơ (%)",
        Key::Archived => "Lưu kho dữ liệu",
        Key::DataReused => "Tái sử dụng dữ liệu số hóa",
        Key::FeeRecords => "Hồ sơ có phí, lệ phí",
        Key::FeePaidOnline => "Thanh toán phí trực tuyến",
        Key::ECertified => "Chứng thực điện tử",
        Key::FeedbackReceived => "PAKN tiếp nhận",
        Key::FeedbackResolved => "PAKN đã xử lý",
        Key::SatisfactionPct => "Mức độ hài lòng (%)",
        Key::StaffTotal => "Nhân sự",
        Key::Visitors => "Lượt tiếp công dân",
        Key::ProceduresTotal => "Tổng số TTHC",
        Key::ProceduresFullOnline => "DVCTT toàn trình",
        Key::ProceduresPartialOnline => "DVCTT một phần",
        Key::ProceduresNotOnline => "TTHC chưa có DVCTT",
        Key::ProceduresWithRecords => "DVCTT phát sinh hồ sơ",
        Key::ProceduresFullOnlineWithRecords => "DVCTT toàn trình phát sinh hồ sơ",
        Key::ProceduresPartialOnlineWithRecords => "DVCTT một phần phát sinh hồ sơ",
        Key::OnlineSharePct => "Tỷ lệ hồ sơ trực tuyến (%, báo cáo ghi)",
    }
}

/// The values of one column.
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    Text(Vec<Option<String>>),
    Int(Vec<Option<i64>>),
    Float(Vec<Option<f64>>),
}

impl Values {
    pub fn len(&self) -> usize {
        match self {
            Values::Text(v) => v.len(),
            Values::Int(v) => v.len(),
            Values::Float(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn text(&self, row: usize) -> Option<&str> {
        match self {
            Values::Text(v) => v[row].as_deref(),
            _ => None,
        }
    }

    /// The number in a numeric column (None for text and missing).
    pub fn number(&self, row: usize) -> Option<f64> {
        match self {
            Values::Int(v) => v[row].map(|x| x as f64),
            Values::Float(v) => v[row],
            Values::Text(_) => None,
        }
    }

    fn permute(&mut self, order: &[usize]) {
        fn take<T: Clone>(v: &[T], order: &[usize]) -> Vec<T> {
            order.iter().map(|&i| v[i].clone()).collect()
        }
        match self {
            Values::Text(v) => *v = take(v, order),
            Values::Int(v) => *v = take(v, order),
            Values::Float(v) => *v = take(v, order),
        }
    }
}

/// One named column with its Vietnamese title.
#[derive(Debug, Clone, PartialEq)]
pub struct Col {
    pub name: String,
    pub title: String,
    pub values: Values,
}

/// A table as plain Rust columns; [`Table::to_frame`] makes the DataFrame.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<Col>,
}

impl Table {
    pub fn height(&self) -> usize {
        self.columns.first().map_or(0, |c| c.values.len())
    }

    pub fn column(&self, name: &str) -> Option<&Col> {
        self.columns.iter().find(|c| c.name == name)
    }

    fn push(&mut self, name: impl Into<String>, title: impl Into<String>, values: Values) {
        self.columns.push(Col {
            name: name.into(),
            title: title.into(),
            values,
        });
    }

    /// The polars DataFrame of these columns (Utf8 / Int64 / Float64, nulls
    /// where missing).
    pub fn to_frame(&self) -> Result<DataFrame, CompareError> {
        let cols: Vec<PlColumn> = self
            .columns
            .iter()
            .map(|c| match &c.values {
                Values::Text(v) => PlColumn::new(c.name.as_str().into(), v.as_slice()),
                Values::Int(v) => PlColumn::new(c.name.as_str().into(), v.as_slice()),
                Values::Float(v) => PlColumn::new(c.name.as_str().into(), v.as_slice()),
            })
            .collect();
        DataFrame::new(self.height(), cols).map_err(CompareError::Frame)
    }
}

/// The result of [`compare`]: the table of wards and, for the workbook, the
/// findings and the figures in long format of the reports behind its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One row per (unit, period), unidentified files, then the city rows.
    pub table: Table,
    /// Every finding of the reports behind the rows (sheet "Phát hiện").
    pub findings: Table,
    /// Every figure of those reports, all scopes (sheet "Số liệu").
    pub figures: Table,
    /// How many input reports were folded into another row (`also_in`).
    pub folded: usize,
}

impl Comparison {
    /// The table of wards as a polars DataFrame.
    pub fn frame(&self) -> Result<DataFrame, CompareError> {
        self.table.to_frame()
    }
}

/// The names of the columns of the table, in order (for `--sort`).
pub fn column_names() -> Vec<String> {
    compare(&[], &CompareOptions::default())
        .map(|c| c.table.columns.into_iter().map(|c| c.name).collect())
        .unwrap_or_default()
}

/// Builds the city's table from the reports (in input order).
pub fn compare(reports: &[Report], opts: &CompareOptions) -> Result<Comparison, CompareError> {
    let (mut groups, folded) = fold(reports);
    if opts.latest {
        groups = keep_latest(reports, groups);
    }
    let mut rows: Vec<Row> = groups.iter().map(|g| Row::from_group(reports, g)).collect();
    rows.sort_by(|a, b| default_order(reports, a, b));

    // The city: the latest row of each identified unit.
    let mut city_members: Vec<usize> = latest_per_unit(
        reports,
        rows.iter()
            .enumerate()
            .filter(|(_, r)| r.kind == RowKind::Ward)
            .filter_map(|(i, r)| Some((i, r.source?))),
    )
    .into_iter()
    .collect();
    city_members.sort_unstable();
    let have_city = !city_members.is_empty();
    let (city, city_n) = city_rows(&rows, &city_members);
    if have_city {
        rows.push(city);
        rows.push(city_n);
    }

    let mut table = build_table(&rows, reports);
    if let Some(col) = &opts.sort {
        let body = rows.iter().filter(|r| !r.kind.is_city()).count();
        sort_table(&mut table, col, body)?;
    }
    let order_reports: Vec<&Report> = rows
        .iter()
        .filter_map(|r| r.source.map(|i| &reports[i]))
        .collect();
    Ok(Comparison {
        table,
        findings: findings_table(&order_reports),
        figures: figures_table(&order_reports),
        folded,
    })
}

// ----- folding the reports into rows -----

/// The reports that make one row: the chosen one first, then the others.
#[derive(Debug, Clone)]
struct Group {
    chosen: usize,
    others: Vec<usize>,
}

/// The identity of a row: (unit type, unit name, period start, period end).
type Identity = (String, String, Option<String>, Option<String>);

fn identity(r: &Report) -> Option<Identity> {
    if r.status != Status::Ok {
        return None;
    }
    let unit = r.unit.as_ref()?;
    let (start, end) = match &r.period {
        Some(p) => (p.start.clone(), p.end.clone()),
        None => (None, None),
    };
    Some((
        unit.kind.as_str().to_string(),
        unit.name.clone(),
        start,
        end,
    ))
}

fn kind_rank(k: Option<SourceKind>) -> u8 {
    match k {
        Some(SourceKind::Text) => 0,
        Some(SourceKind::Docx) => 1,
        Some(SourceKind::PdfText) => 2,
        Some(SourceKind::PdfOcr) => 3,
        Some(SourceKind::ImageOcr) => 4,
        None => 5,
    }
}

/// Better source first: kind, then more figures, then input order.
fn better(reports: &[Report], a: usize, b: usize) -> Ordering {
    let (ra, rb) = (&reports[a], &reports[b]);
    kind_rank(ra.source.as_ref().map(|s| s.kind))
        .cmp(&kind_rank(rb.source.as_ref().map(|s| s.kind)))
        .then(rb.figures.len().cmp(&ra.figures.len()))
        .then(a.cmp(&b))
}

fn fold(reports: &[Report]) -> (Vec<Group>, usize) {
    let mut by_id: HashMap<Identity, Vec<usize>> = HashMap::new();
    let mut order: Vec<Option<Identity>> = Vec::new();
    let mut groups = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        match identity(r) {
            Some(id) => {
                let e = by_id.entry(id.clone()).or_default();
                if e.is_empty() {
                    order.push(Some(id));
                }
                e.push(i);
            }
            None => {
                order.push(None);
                groups.push(Group {
                    chosen: i,
                    others: vec![],
                });
            }
        }
    }
    let mut folded = 0;
    let mut single = groups.into_iter();
    let mut out = Vec::new();
    for id in order {
        match id {
            None => out.extend(single.next()),
            Some(id) => {
                let mut members = by_id.remove(&id).unwrap_or_default();
                members.sort_by(|&a, &b| better(reports, a, b));
                folded += members.len().saturating_sub(1);
                let chosen = members[0];
                members.remove(0);
                out.push(Group {
                    chosen,
                    others: members,
                });
            }
        }
    }
    (out, folded)
}

/// Sort key of a period: (end, start), missing dates oldest.
fn period_key(p: &Option<crate::model::Period>) -> (Option<String>, Option<String>) {
    match p {
        Some(p) => (p.end.clone(), p.start.clone()),
        None => (None, None),
    }
}

/// (unit type, unit name) of an identified report.
fn unit_id(r: &Report) -> (String, String) {
    r.unit
        .as_ref()
        .map(|u| (u.kind.as_str().to_string(), u.name.clone()))
        .unwrap_or_default()
}

/// Of `(item, report)` pairs, the items whose report has the latest period
/// of its unit (identified reports only; the first wins a tie).
fn latest_per_unit(
    reports: &[Report],
    items: impl Iterator<Item = (usize, usize)>,
) -> HashSet<usize> {
    let mut best: HashMap<(String, String), (usize, usize)> = HashMap::new();
    for (item, ri) in items {
        let r = &reports[ri];
        if identity(r).is_none() {
            continue;
        }
        match best.get(&unit_id(r)) {
            Some(&(_, rj)) if period_key(&reports[rj].period) >= period_key(&r.period) => {}
            _ => {
                best.insert(unit_id(r), (item, ri));
            }
        }
    }
    best.into_values().map(|(item, _)| item).collect()
}

/// Keeps, of each identified unit, the group with the latest period.
fn keep_latest(reports: &[Report], groups: Vec<Group>) -> Vec<Group> {
    let keep = latest_per_unit(
        reports,
        groups.iter().enumerate().map(|(i, g)| (i, g.chosen)),
    );
    groups
        .into_iter()
        .enumerate()
        .filter(|(i, g)| identity(&reports[g.chosen]).is_none() || keep.contains(i))
        .map(|(_, g)| g)
        .collect()
}

// ----- one row -----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Ward,
    Unidentified,
    City,
    CityN,
}

impl RowKind {
    fn as_str(self) -> &'static str {
        match self {
            RowKind::Ward => "ward",
            RowKind::Unidentified => "unidentified",
            RowKind::City => "city",
            RowKind::CityN => "city_n",
        }
    }
    fn is_city(self) -> bool {
        matches!(self, RowKind::City | RowKind::CityN)
    }
}

/// One cell: a count (count keys) or a percentage (rate keys).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cell {
    value: Option<f64>,
    status: Option<CellStatus>,
}

impl Cell {
    fn missing() -> Cell {
        Cell {
            value: None,
            status: Some(CellStatus::Missing),
        }
    }
    fn count(&self) -> Option<i64> {
        self.value.map(|v| v as i64)
    }
}

/// A rate's parts in one row.
#[derive(Debug, Clone, Copy, PartialEq)]
struct RateCell {
    parts: Option<(i64, i64)>,
    /// For the city_n row: how many wards the city rate covers.
    n: Option<i64>,
    status: Option<CellStatus>,
}

impl RateCell {
    fn value(&self) -> Option<f64> {
        if let Some(n) = self.n {
            return Some(n as f64);
        }
        let (num, den) = self.parts?;
        percent(num, den)
    }
}

/// num / den in percent, rounded to 2 decimals; None unless den > 0.
pub fn percent(num: i64, den: i64) -> Option<f64> {
    (den > 0).then(|| (num as f64 * 10_000.0 / den as f64).round() / 100.0)
}

#[derive(Debug, Clone)]
struct Row {
    kind: RowKind,
    /// The report behind the row (None for city rows).
    source: Option<usize>,
    also_in: Vec<String>,
    cells: Vec<Cell>,
    rates: Vec<RateCell>,
    errors: Option<i64>,
    warnings: Option<i64>,
}

fn key_index(k: Key) -> usize {
    Key::ALL
        .iter()
        .position(|&x| x == k)
        .expect("every key is in Key::ALL")
}

impl Row {
    fn report<'a>(&self, reports: &'a [Report]) -> &'a Report {
        &reports[self.source.expect("a ward row has a report")]
    }

    fn from_group(reports: &[Report], g: &Group) -> Row {
        let r = &reports[g.chosen];
        let ok = r.status == Status::Ok;
        let kind = if identity(r).is_some() {
            RowKind::Ward
        } else {
            RowKind::Unidentified
        };
        let cells = ward_cells(r);
        let rates = Rate::ALL
            .iter()
            .map(|&rate| ward_rate(rate, &cells, r))
            .collect();
        let count =
            |s: Severity| ok.then(|| r.findings.iter().filter(|f| f.severity == s).count() as i64);
        Row {
            kind,
            source: Some(g.chosen),
            also_in: g.others.iter().map(|&i| reports[i].file.clone()).collect(),
            cells,
            rates,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        }
    }
}

/// The first ward-scope statement of each key.
fn ward_figures(r: &Report) -> HashMap<Key, &Figure> {
    let mut m = HashMap::new();
    for f in r.figures.iter().filter(|f| f.scope == Scope::Ward) {
        m.entry(f.key).or_insert(f);
    }
    m
}

fn ward_cells(r: &Report) -> Vec<Cell> {
    let figs = ward_figures(r);
    let flagged: HashSet<Key> = r
        .findings
        .iter()
        .filter(|f| f.scope == Scope::Ward)
        .flat_map(|f| f.keys.iter().copied())
        .collect();
    let mut cells: Vec<Cell> = Key::ALL
        .iter()
        .map(|&k| {
            let value = figs.get(&k).and_then(|f| {
                if k.is_rate() {
                    f.pct
                } else {
                    f.value.map(|v| v as f64)
                }
            });
            match value {
                None => Cell::missing(),
                Some(v) => Cell {
                    value: Some(v),
                    status: Some(if flagged.contains(&k) {
                        CellStatus::Inconsistent
                    } else {
                        CellStatus::Stated
                    }),
                },
            }
        })
        .collect();
    use Key::*;
    derive(
        &mut cells,
        ResolvedEarlyOrOnTime,
        &[ResolvedEarly, ResolvedOnTime],
        &[],
    );
    derive(
        &mut cells,
        ReceivedTotal,
        &[ReceivedOnline, ReceivedDirect],
        &[CarriedOver],
    );
    derive(
        &mut cells,
        ResolvedTotal,
        &[ResolvedEarlyOrOnTime, ResolvedLate],
        &[],
    );
    cells
}

/// Fills `target` with the sum of `parts` (+ the `optional` parts that are
/// there) when it is missing and every part is there.
fn derive(cells: &mut [Cell], target: Key, parts: &[Key], optional: &[Key]) {
    if cells[key_index(target)].value.is_some() {
        return;
    }
    let mut sum = 0i64;
    let mut inconsistent = false;
    for (k, required) in parts
        .iter()
        .map(|&k| (k, true))
        .chain(optional.iter().map(|&k| (k, false)))
    {
        let c = cells[key_index(k)];
        match c.count() {
            Some(v) => {
                sum += v;
                inconsistent |= c.status == Some(CellStatus::Inconsistent);
            }
            None if required => return,
            None => {}
        }
    }
    cells[key_index(target)] = Cell {
        value: Some(sum as f64),
        status: Some(if inconsistent {
            CellStatus::Inconsistent
        } else {
            CellStatus::Derived
        }),
    };
}

fn ward_rate(rate: Rate, cells: &[Cell], r: &Report) -> RateCell {
    let figs = ward_figures(r);
    let cell = |k: Key| cells[key_index(k)];
    let of = |k: Key| figs.get(&k).and_then(|f| f.of);
    // (numerator key, denominator: either the numerator's `of` or keys).
    let (num_key, den): (Key, Option<(i64, Vec<Key>)>) = match rate {
        Rate::Online => {
            let (on, di) = (cell(Key::ReceivedOnline), cell(Key::ReceivedDirect));
            let den = match (on.count(), di.count()) {
                (Some(a), Some(b)) => Some((a + b, vec![Key::ReceivedOnline, Key::ReceivedDirect])),
                _ => [Key::ReceivedInPeriod, Key::ReceivedTotal]
                    .iter()
                    .find_map(|&k| cell(k).count().map(|v| (v, vec![k]))),
            };
            (Key::ReceivedOnline, den)
        }
        Rate::EarlyOrOnTime => (
            Key::ResolvedEarlyOrOnTime,
            cell(Key::ResolvedTotal)
                .count()
                .map(|v| (v, vec![Key::ResolvedTotal])),
        ),
        Rate::Late => (
            Key::ResolvedLate,
            cell(Key::ResolvedTotal)
                .count()
                .map(|v| (v, vec![Key::ResolvedTotal])),
        ),
        Rate::Withdrawn => (
            Key::Withdrawn,
            cell(Key::ReceivedTotal)
                .count()
                .map(|v| (v, vec![Key::ReceivedTotal])),
        ),
        Rate::FeePaidOnline => (
            Key::FeePaidOnline,
            of(Key::FeePaidOnline).map(|v| (v, vec![])).or_else(|| {
                cell(Key::FeeRecords)
                    .count()
                    .map(|v| (v, vec![Key::FeeRecords]))
            }),
        ),
        Rate::DataReuse => (
            Key::DataReused,
            of(Key::DataReused).map(|v| (v, vec![])).or_else(|| {
                cell(Key::ReceivedTotal)
                    .count()
                    .map(|v| (v, vec![Key::ReceivedTotal]))
            }),
        ),
    };
    let num = cell(num_key);
    match (num.count(), den) {
        (Some(n), Some((d, den_keys))) if d > 0 => {
            let inconsistent = std::iter::once(num_key)
                .chain(den_keys)
                .any(|k| cell(k).status == Some(CellStatus::Inconsistent));
            RateCell {
                parts: Some((n, d)),
                n: None,
                status: Some(if inconsistent {
                    CellStatus::Inconsistent
                } else {
                    CellStatus::Derived
                }),
            }
        }
        _ => RateCell {
            parts: None,
            n: None,
            status: Some(CellStatus::Missing),
        },
    }
}

/// The city's two rows over `members` (indices into `rows`).
fn city_rows(rows: &[Row], members: &[usize]) -> (Row, Row) {
    let members: Vec<&Row> = members.iter().map(|&i| &rows[i]).collect();
    let mut cells = Vec::new();
    let mut cells_n = Vec::new();
    for (ki, key) in Key::ALL.iter().enumerate() {
        if key.is_rate() {
            // Stated rates have no counts to sum: never averaged.
            cells.push(Cell::missing());
            cells_n.push(Cell {
                value: None,
                status: None,
            });
            continue;
        }
        let present: Vec<&Cell> = members
            .iter()
            .map(|r| &r.cells[ki])
            .filter(|c| c.value.is_some())
            .collect();
        let sum: i64 = present.iter().filter_map(|c| c.count()).sum();
        cells.push(sum_cell(
            (!present.is_empty()).then_some(sum as f64),
            present
                .iter()
                .any(|c| c.status == Some(CellStatus::Inconsistent)),
        ));
        cells_n.push(Cell {
            value: Some(present.len() as f64),
            status: None,
        });
    }
    let mut rates = Vec::new();
    let mut rates_n = Vec::new();
    for ri in 0..Rate::ALL.len() {
        let present: Vec<&RateCell> = members
            .iter()
            .map(|r| &r.rates[ri])
            .filter(|c| c.parts.is_some())
            .collect();
        let (num, den) = present
            .iter()
            .filter_map(|c| c.parts)
            .fold((0i64, 0i64), |(a, b), (n, d)| (a + n, b + d));
        let inconsistent = present
            .iter()
            .any(|c| c.status == Some(CellStatus::Inconsistent));
        rates.push(RateCell {
            parts: (!present.is_empty()).then_some((num, den)),
            n: None,
            status: Some(if present.is_empty() {
                CellStatus::Missing
            } else if inconsistent {
                CellStatus::Inconsistent
            } else {
                CellStatus::Derived
            }),
        });
        rates_n.push(RateCell {
            parts: None,
            n: Some(present.len() as i64),
            status: None,
        });
    }
    let sum_opt = |f: fn(&Row) -> Option<i64>| {
        let v: Vec<i64> = members.iter().filter_map(|r| f(r)).collect();
        (!v.is_empty()).then(|| v.iter().sum())
    };
    let n_opt =
        |f: fn(&Row) -> Option<i64>| Some(members.iter().filter(|r| f(r).is_some()).count() as i64);
    let city = Row {
        kind: RowKind::City,
        source: None,
        also_in: vec![],
        cells,
        rates,
        errors: sum_opt(|r| r.errors),
        warnings: sum_opt(|r| r.warnings),
    };
    let city_n = Row {
        kind: RowKind::CityN,
        source: None,
        also_in: vec![],
        cells: cells_n,
        rates: rates_n,
        errors: n_opt(|r| r.errors),
        warnings: n_opt(|r| r.warnings),
    };
    (city, city_n)
}

fn sum_cell(value: Option<f64>, inconsistent: bool) -> Cell {
    Cell {
        value,
        status: Some(match (value, inconsistent) {
            (None, _) => CellStatus::Missing,
            (Some(_), true) => CellStatus::Inconsistent,
            (Some(_), false) => CellStatus::Derived,
        }),
    }
}

// ----- ordering -----

/// A Vietnamese sort key: base letters first (đ after d), then the text.
pub fn collation_key(s: &str) -> String {
    let mut out = String::new();
    for ch in s.nfd() {
        match ch {
            'đ' | 'Đ' => out.push_str("d\u{10FFFF}"),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Identified units by name (Vietnamese order), type, then period start and
/// end; then the unidentified files by name.
fn default_order(reports: &[Report], a: &Row, b: &Row) -> Ordering {
    let key = |r: &Row| {
        let p = r.report(reports);
        let (name, kind) = p
            .unit
            .as_ref()
            .map(|u| (collation_key(&u.name), u.kind.as_str()))
            .unwrap_or_default();
        let (start, end) = period_of(p);
        (
            r.kind != RowKind::Ward,
            name,
            kind,
            start,
            end,
            p.file.clone(),
        )
    };
    key(a).cmp(&key(b))
}

fn sort_table(table: &mut Table, col: &str, body: usize) -> Result<(), CompareError> {
    let c = table
        .column(col)
        .ok_or_else(|| CompareError::UnknownSortColumn(col.to_string()))?;
    let mut order: Vec<usize> = (0..body).collect();
    match &c.values {
        Values::Text(v) => order.sort_by(|&a, &b| match (&v[a], &v[b]) {
            (Some(x), Some(y)) => collation_key(x).cmp(&collation_key(y)).then(x.cmp(y)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
        vals => order.sort_by(|&a, &b| match (vals.number(a), vals.number(b)) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }),
    }
    order.extend(body..table.height());
    for c in &mut table.columns {
        c.values.permute(&order);
    }
    Ok(())
}

// ----- building the columns -----

fn build_table(rows: &[Row], reports: &[Report]) -> Table {
    let rep = |r: &Row| r.source.map(|i| &reports[i]);
    let text = |f: &dyn Fn(&Row) -> Option<String>| Values::Text(rows.iter().map(f).collect());
    let mut t = Table::default();
    t.push(
        "row_kind",
        "Loại dòng",
        text(&|r| Some(r.kind.as_str().to_string())),
    );
    t.push(
        "unit",
        "Đơn vị",
        text(&|r| rep(r).and_then(|p| p.unit.as_ref()).map(|u| u.name.clone())),
    );
    t.push(
        "unit_type",
        "Cấp",
        text(&|r| {
            rep(r)
                .and_then(|p| p.unit.as_ref())
                .map(|u| u.kind.as_str().to_string())
        }),
    );
    t.push(
        "period_start",
        "Từ ngày",
        text(&|r| {
            rep(r)
                .and_then(|p| p.period.as_ref())
                .and_then(|p| p.start.clone())
        }),
    );
    t.push(
        "period_end",
        "Đến ngày",
        text(&|r| {
            rep(r)
                .and_then(|p| p.period.as_ref())
                .and_then(|p| p.end.clone())
        }),
    );
    t.push("file", "Tệp", text(&|r| rep(r).map(|p| p.file.clone())));
    t.push(
        "source_kind",
        "Nguồn",
        text(&|r| {
            rep(r)
                .and_then(|p| p.source.as_ref())
                .map(|s| s.kind.as_str().to_string())
        }),
    );
    t.push(
        "also_in",
        "Cũng có trong",
        text(&|r| (!r.also_in.is_empty()).then(|| r.also_in.join("; "))),
    );
    t.push(
        "status",
        "Trạng thái",
        text(&|r| {
            rep(r).map(|p| match p.status {
                Status::Ok => "ok".to_string(),
                Status::Error => "error".to_string(),
            })
        }),
    );
    t.push(
        "error",
        "Lỗi đọc tệp",
        text(&|r| rep(r).and_then(|p| p.error.clone())),
    );
    t.push(
        "errors",
        "Số lỗi",
        Values::Int(rows.iter().map(|r| r.errors).collect()),
    );
    t.push(
        "warnings",
        "Số cảnh báo",
        Values::Int(rows.iter().map(|r| r.warnings).collect()),
    );
    let status = |s: &dyn Fn(&Row) -> Option<CellStatus>| {
        Values::Text(
            rows.iter()
                .map(|r| s(r).map(|s| s.as_str().to_string()))
                .collect(),
        )
    };
    for (ki, key) in Key::ALL.iter().enumerate() {
        let values = if key.is_rate() {
            Values::Float(rows.iter().map(|r| r.cells[ki].value).collect())
        } else {
            Values::Int(rows.iter().map(|r| r.cells[ki].count()).collect())
        };
        t.push(key.as_str(), key_title_vi(*key), values);
        t.push(
            format!("{}_status", key.as_str()),
            format!("{} (trạng thái)", key_title_vi(*key)),
            status(&|r| r.cells[ki].status),
        );
    }
    for (ri, rate) in Rate::ALL.iter().enumerate() {
        t.push(
            rate.name(),
            rate.title_vi(),
            Values::Float(rows.iter().map(|r| r.rates[ri].value()).collect()),
        );
        t.push(
            format!("{}_status", rate.name()),
            format!("{} (trạng thái)", rate.title_vi()),
            status(&|r| r.rates[ri].status),
        );
    }
    t
}

fn period_of(r: &Report) -> (Option<String>, Option<String>) {
    match &r.period {
        Some(p) => (p.start.clone(), p.end.clone()),
        None => (None, None),
    }
}

/// Columns unit, period_start, period_end, file for a list of reports.
fn id_columns(t: &mut Table, rs: &[&Report]) {
    t.push(
        "unit",
        "Đơn vị",
        Values::Text(
            rs.iter()
                .map(|r| r.unit.as_ref().map(|u| u.name.clone()))
                .collect(),
        ),
    );
    t.push(
        "period_start",
        "Từ ngày",
        Values::Text(rs.iter().map(|r| period_of(r).0).collect()),
    );
    t.push(
        "period_end",
        "Đến ngày",
        Values::Text(rs.iter().map(|r| period_of(r).1).collect()),
    );
    t.push(
        "file",
        "Tệp",
        Values::Text(rs.iter().map(|r| Some(r.file.clone())).collect()),
    );
}

fn findings_table(reports: &[&Report]) -> Table {
    let items: Vec<(&Report, &crate::model::Finding)> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| (*r, f)))
        .collect();
    let rs: Vec<&Report> = items.iter().map(|(r, _)| *r).collect();
    let mut t = Table::default();
    id_columns(&mut t, &rs);
    let text = |f: &dyn Fn(&crate::model::Finding) -> String| {
        Values::Text(items.iter().map(|(_, x)| Some(f(x))).collect())
    };
    t.push(
        "line",
        "Dòng",
        Values::Text(
            items
                .iter()
                .map(|(_, f)| {
                    Some(
                        f.lines
                            .iter()
                            .map(|l| l.to_string())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                })
                .collect(),
        ),
    );
    t.push(
        "severity",
        "Mức độ",
        text(&|f| match f.severity {
            Severity::Error => "error".into(),
            Severity::Warning => "warning".into(),
        }),
    );
    t.push("rule", "Quy tắc", text(&|f| f.rule.as_str().into()));
    t.push("scope", "Phạm vi", text(&|f| f.scope.to_string()));
    t.push(
        "keys",
        "Chỉ tiêu",
        text(&|f| {
            f.keys
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }),
    );
    t.push(
        "expected",
        "Giá trị đúng",
        Values::Float(items.iter().map(|(_, f)| Some(f.expected.0)).collect()),
    );
    t.push(
        "found",
        "Báo cáo ghi",
        Values::Float(items.iter().map(|(_, f)| Some(f.found.0)).collect()),
    );
    t.push("message", "Nội dung", text(&|f| f.message.clone()));
    t
}

fn figures_table(reports: &[&Report]) -> Table {
    let items: Vec<(&Report, &Figure)> = reports
        .iter()
        .flat_map(|r| r.figures.iter().map(move |f| (*r, f)))
        .collect();
    let rs: Vec<&Report> = items.iter().map(|(r, _)| *r).collect();
    let mut t = Table::default();
    id_columns(&mut t, &rs);
    let text = |f: &dyn Fn(&Figure) -> Option<String>| {
        Values::Text(items.iter().map(|(_, x)| f(x)).collect())
    };
    let int =
        |f: &dyn Fn(&Figure) -> Option<i64>| Values::Int(items.iter().map(|(_, x)| f(x)).collect());
    t.push("scope", "Phạm vi", text(&|f| Some(f.scope.to_string())));
    t.push(
        "key",
        "Chỉ tiêu",
        text(&|f| Some(f.key.as_str().to_string())),
    );
    t.push(
        "key_title",
        "Tên chỉ tiêu",
        text(&|f| Some(key_title_vi(f.key).to_string())),
    );
    t.push("value", "Giá trị", int(&|f| f.value));
    t.push(
        "pct",
        "Tỷ lệ (%)",
        Values::Float(items.iter().map(|(_, f)| f.pct).collect()),
    );
    t.push("of", "Trên tổng", int(&|f| f.of));
    t.push("raw", "Văn bản gốc", text(&|f| Some(f.raw.clone())));
    t.push("page", "Trang", int(&|f| f.page.map(i64::from)));
    t.push("line", "Dòng", int(&|f| Some(f.line as i64)));
    t.push(
        "pattern",
        "Mẫu nhận dạng",
        text(&|f| Some(f.pattern.clone())),
    );
    t
}
