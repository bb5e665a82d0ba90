//! Which reports make the table, and how they become its rows.
//!
//! [`select`] takes the reports and the period asked for (or none) and
//! returns the [`Selection`]: the period consolidated (given, else the
//! nominal period most units report for), the reports of that period, the
//! reports of other periods (or of none: their title names no period), and
//! the files that failed or name no unit. [`fold`] puts the renders of one
//! report (same unit, nominal period and data window, no exact text that
//! states a ward figure differently) into one [`Group`]; [`per_unit`]
//! picks, of a unit's several reports for one period, the one its row
//! uses. [`report_rows`], [`missing_rows`] and [`latest`] make the
//! [`Row`]s of the table from them. Nothing here reads a figure's value.

use crate::model::{Nominal, Report, Scope, SourceKind, Status, Unit};
use crate::vi;
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, Default)]
pub(crate) struct Selection {
    /// The period consolidated; None when no report names one (then every
    /// identified report is in, one row per unit and data window).
    pub(crate) period: Option<Nominal>,
    /// Identified reports of the period.
    pub(crate) inside: Vec<usize>,
    /// Identified reports of other periods, or whose title names none.
    pub(crate) other: Vec<usize>,
    /// Failed reports and reports that name no unit.
    pub(crate) unidentified: Vec<usize>,
    /// Every nominal period of the input, oldest first.
    pub(crate) periods: Vec<Nominal>,
}

/// What a row of the table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// A unit's report of the period: counted in the city's rows.
    Ward,
    /// Another report of the same unit and period: shown, not counted.
    Duplicate,
    /// A unit of the city with no report of the period.
    Missing,
    /// A file that failed or names no unit.
    Unidentified,
}

impl RowKind {
    /// The name (column `row_kind`) and the Vietnamese status of the row
    /// (`row_label`, the workbook's "Tình trạng").
    pub(crate) fn names(self) -> (&'static str, &'static str) {
        match self {
            RowKind::Ward => ("ward", "đã báo cáo"),
            RowKind::Duplicate => ("duplicate", "trùng kỳ (không cộng)"),
            RowKind::Missing => ("missing", "chưa có báo cáo"),
            RowKind::Unidentified => ("unidentified", "không rõ đơn vị"),
        }
    }
}

/// One row of a table before its figures are joined.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) kind: RowKind,
    /// The report behind the row (None for a missing unit).
    pub(crate) source: Option<usize>,
    /// The unit (the report's, or the city's list entry for a missing one).
    pub(crate) unit: Option<Unit>,
    /// The other renders of its report (`also_in`).
    pub(crate) others: Vec<usize>,
    /// Why the row is as it is (duplicates, missing), in Vietnamese.
    pub(crate) note: Option<String>,
    /// Counted in the city's rows.
    pub(crate) member: bool,
}

impl Row {
    /// The row of a group of renders (not yet a member of the city).
    pub(crate) fn of_group(reports: &[Report], g: &Group, kind: RowKind) -> Row {
        Row {
            kind,
            source: Some(g.chosen),
            unit: reports[g.chosen].unit.clone(),
            others: g.others.clone(),
            note: None,
            member: false,
        }
    }
}

/// A unit's identity across files: type and name (NFC, lower case).
pub(crate) type UnitKey = (String, String);

pub(crate) fn unit_key(u: &Unit) -> UnitKey {
    (
        u.kind.as_str().to_string(),
        u.name.nfc().collect::<String>().to_lowercase(),
    )
}

fn identified(r: &Report) -> Option<&Unit> {
    r.unit.as_ref().filter(|_| r.status == Status::Ok)
}

pub(crate) fn nominal(r: &Report) -> Option<Nominal> {
    r.period.as_ref().and_then(|p| p.nominal)
}

/// The period most units report for; a tie goes to the later period.
fn most_reported(reports: &[Report]) -> Option<Nominal> {
    let mut units: HashMap<Nominal, HashSet<UnitKey>> = HashMap::new();
    for r in reports {
        if let (Some(u), Some(n)) = (identified(r), nominal(r)) {
            units.entry(n).or_default().insert(unit_key(u));
        }
    }
    units
        .into_iter()
        .map(|(n, s)| (s.len(), n))
        .max()
        .map(|p| p.1)
}

pub(crate) fn select(reports: &[Report], given: Option<Nominal>) -> Selection {
    let mut periods: Vec<Nominal> = reports.iter().filter_map(nominal).collect();
    periods.sort();
    periods.dedup();
    let period = given.or_else(|| most_reported(reports));
    let mut s = Selection {
        period,
        periods,
        ..Selection::default()
    };
    for (i, r) in reports.iter().enumerate() {
        if identified(r).is_none() {
            s.unidentified.push(i);
            continue;
        }
        match period.is_none() || nominal(r) == period {
            true => s.inside.push(i),
            false => s.other.push(i),
        }
    }
    s
}

/// The reports that make one row: the chosen render first, then the others.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub(crate) chosen: usize,
    pub(crate) others: Vec<usize>,
}

/// The identity of one report across its renders: unit, nominal period and
/// data window. None when the period is wholly unknown: such reports never
/// fold, since nothing says they are the same report.
type Identity = (UnitKey, Option<Nominal>, Option<String>, Option<String>);

fn identity(r: &Report) -> Option<Identity> {
    let u = identified(r)?;
    let p = r.period.as_ref()?;
    if p.nominal.is_none() && p.start.is_none() && p.end.is_none() {
        return None;
    }
    Some((unit_key(u), p.nominal, p.start.clone(), p.end.clone()))
}

/// The better the source, the lower; 0 to 3 are exact texts (text, DOCX,
/// spreadsheet, PDF text layer), 4 and 5 OCR'd.
fn kind_rank(r: &Report) -> u8 {
    match r.source.as_ref().map(|s| s.kind) {
        Some(SourceKind::Text) => 0,
        Some(SourceKind::Docx | SourceKind::Doc | SourceKind::Odt) => 1,
        Some(SourceKind::Spreadsheet) => 2,
        Some(SourceKind::PdfText) => 3,
        Some(SourceKind::PdfOcr) => 4,
        Some(SourceKind::ImageOcr) => 5,
        None => 6,
    }
}

/// Better render first: source kind, then more figures, then input order.
fn better(reports: &[Report], a: usize, b: usize) -> Ordering {
    let (ra, rb) = (&reports[a], &reports[b]);
    kind_rank(ra)
        .cmp(&kind_rank(rb))
        .then(rb.figures.len().cmp(&ra.figures.len()))
        .then(a.cmp(&b))
}

/// Whether two files of one identity can be renders of one report: an OCR'd
/// render may misread a figure, but two exact texts that state a ward
/// figure differently are two reports (a report sent again, corrected).
fn same_report(a: &Report, b: &Report) -> bool {
    if kind_rank(a) > 3 || kind_rank(b) > 3 {
        return true;
    }
    let ward = |r: &Report| -> HashMap<crate::model::Key, Option<i64>> {
        r.figures
            .iter()
            .filter(|f| f.scope == Scope::Ward && f.value.is_some())
            .map(|f| (f.key, f.value))
            .collect()
    };
    let (wa, wb) = (ward(a), ward(b));
    wa.iter().all(|(k, v)| wb.get(k).is_none_or(|w| w == v))
}

/// Folds the renders of each report (in `idx`, input order) into groups;
/// returns them in order of first appearance and how many were folded.
pub(crate) fn fold(reports: &[Report], idx: &[usize]) -> (Vec<Group>, usize) {
    // The groups of each identity, by their place in `members`.
    let mut by_id: HashMap<Identity, Vec<usize>> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for &i in idx {
        let r = &reports[i];
        let groups = identity(r).map(|id| by_id.entry(id).or_default());
        let same = |g: &usize| members[*g].iter().all(|&j| same_report(&reports[j], r));
        match groups.as_ref().and_then(|gs| gs.iter().find(|g| same(g))) {
            Some(&g) => members[g].push(i),
            None => {
                if let Some(gs) = groups {
                    gs.push(members.len());
                }
                members.push(vec![i]);
            }
        }
    }
    let folded = idx.len() - members.len();
    let groups = members
        .into_iter()
        .map(|mut m| {
            m.sort_by(|&a, &b| better(reports, a, b));
            let chosen = m.remove(0);
            Group { chosen, others: m }
        })
        .collect();
    (groups, folded)
}

/// Sort key of a data window: (end, start), missing dates oldest.
fn window_key(r: &Report) -> (Option<&str>, Option<&str>) {
    let p = r.period.as_ref();
    (
        p.and_then(|p| p.end.as_deref()),
        p.and_then(|p| p.start.as_deref()),
    )
}

/// The group a unit's row uses, of several for one period: the latest data
/// window, then the better source kind, then the later file in input order
/// (a report sent again comes later).
fn preferred(reports: &[Report], a: &Group, b: &Group) -> Ordering {
    let (ra, rb) = (&reports[a.chosen], &reports[b.chosen]);
    window_key(rb)
        .cmp(&window_key(ra))
        .then(kind_rank(ra).cmp(&kind_rank(rb)))
        .then(b.chosen.cmp(&a.chosen))
}

/// The groups of one period by unit: (the group the row uses, the others),
/// in order of each unit's first group.
pub(crate) fn per_unit(reports: &[Report], groups: Vec<Group>) -> Vec<(Group, Vec<Group>)> {
    let mut by_unit: Vec<(UnitKey, Vec<Group>)> = Vec::new();
    for g in groups {
        let key = reports[g.chosen].unit.as_ref().map(unit_key);
        let key = key.unwrap_or_default();
        match by_unit.iter_mut().find(|u| u.0 == key) {
            Some(u) => u.1.push(g),
            None => by_unit.push((key, vec![g])),
        }
    }
    let used = |(_, mut gs): (UnitKey, Vec<Group>)| {
        gs.sort_by(|a, b| preferred(reports, a, b));
        (gs.remove(0), gs)
    };
    by_unit.into_iter().map(used).collect()
}

/// Of the `ward` rows, the positions of those whose report has its unit's
/// latest data window (the first of a unit's rows on a tie).
pub(crate) fn latest(reports: &[Report], rows: &[Row]) -> HashSet<usize> {
    let mut best: HashMap<UnitKey, (usize, &Report)> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let Some(r) = row.source.map(|s| &reports[s]) else {
            continue;
        };
        if let (RowKind::Ward, Some(u)) = (row.kind, identified(r)) {
            let e = best.entry(unit_key(u)).or_insert((i, r));
            if window_key(r) > window_key(e.1) {
                *e = (i, r);
            }
        }
    }
    best.into_values().map(|(i, _)| i).collect()
}

/// The rows of the period's groups: with a period, each unit's row (its
/// note names the other files) and its duplicates under it; without, one
/// row per group, or with `latest` one per unit (its latest data window).
pub(crate) fn report_rows(
    reports: &[Report],
    groups: Vec<Group>,
    period: bool,
    latest_only: bool,
) -> Vec<Row> {
    if !period {
        let rows: Vec<Row> = groups
            .iter()
            .map(|g| Row::of_group(reports, g, RowKind::Ward))
            .collect();
        let keep = latest(reports, &rows);
        let kept = rows.into_iter().enumerate();
        return kept
            .filter_map(|(i, r)| (!latest_only || keep.contains(&i)).then_some(r))
            .collect();
    }
    let mut rows = Vec::new();
    for (used, others) in per_unit(reports, groups) {
        let file = &reports[used.chosen].file;
        let mut row = Row::of_group(reports, &used, RowKind::Ward);
        if !others.is_empty() {
            let files: Vec<&str> = others.iter().map(|g| &*reports[g.chosen].file).collect();
            row.note = Some(vi::row_uses(file, &files));
        }
        rows.push(row);
        rows.extend(others.iter().map(|g| Row {
            note: Some(vi::duplicate_of(file)),
            ..Row::of_group(reports, g, RowKind::Duplicate)
        }));
    }
    rows
}

/// A `missing` row for each unit of the city without a row of its own;
/// the note says whether it sent a report of another period.
pub(crate) fn missing_rows(
    reports: &[Report],
    sel: &Selection,
    rows: &[Row],
    units: &[Unit],
) -> Vec<Row> {
    let present: HashSet<UnitKey> = rows
        .iter()
        .filter(|r| matches!(r.kind, RowKind::Ward | RowKind::Duplicate))
        .filter_map(|r| r.unit.as_ref().map(unit_key))
        .collect();
    let mut elsewhere: HashMap<UnitKey, Vec<String>> = HashMap::new();
    for r in sel.other.iter().map(|&i| &reports[i]) {
        let Some(u) = &r.unit else {
            continue;
        };
        let what = nominal(r).map_or(vi::PERIOD_UNKNOWN.to_string(), |n| n.label_vi());
        let e = elsewhere.entry(unit_key(u)).or_default();
        if !e.contains(&what) {
            e.push(what);
        }
    }
    let missing = units.iter().filter(|u| !present.contains(&unit_key(u)));
    missing
        .map(|u| Row {
            kind: RowKind::Missing,
            source: None,
            unit: Some(u.clone()),
            others: vec![],
            note: Some(vi::not_reported(
                sel.period,
                elsewhere.get(&unit_key(u)).map_or(&[], Vec::as_slice),
            )),
            member: false,
        })
        .collect()
}
