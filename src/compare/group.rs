//! Which reports make the table, and how they fold into rows.
//!
//! [`select`] takes the reports and the period asked for (or none) and
//! returns the [`Selection`]: the period consolidated (given, else the
//! nominal period most units report for), the reports of that period, the
//! reports of other periods with the reason they are left out, and the
//! files that failed or name no unit. [`fold`] puts the renders of one
//! report (same unit, nominal period and data window, no exact text that
//! states a ward figure differently) into one [`Group`];
//! [`per_unit`] picks, of a unit's several reports for one period, the one
//! its row uses. Nothing here reads a figure's value.

use crate::model::{Nominal, Report, SourceKind, Status, Unit};
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

/// Why a report is not in the period's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OtherReason {
    /// Its title names another period.
    OtherPeriod(Nominal),
    /// Its title names no period (month, quarter, half-year, year).
    NoNominal,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Selection {
    /// The period consolidated; None when no report names one (then every
    /// identified report is in, one row per unit and data window).
    pub(crate) period: Option<Nominal>,
    /// The period was chosen as the most common one of the input.
    pub(crate) auto: bool,
    /// Identified reports of the period.
    pub(crate) inside: Vec<usize>,
    /// Identified reports of other periods, with the reason.
    pub(crate) other: Vec<(usize, OtherReason)>,
    /// Failed reports and reports that name no unit.
    pub(crate) unidentified: Vec<usize>,
    /// Every nominal period of the input, oldest first.
    pub(crate) periods: Vec<Nominal>,
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
    (r.status == Status::Ok)
        .then_some(r.unit.as_ref())
        .flatten()
}

pub(crate) fn nominal(r: &Report) -> Option<Nominal> {
    r.period.as_ref().and_then(|p| p.nominal)
}

/// The periods by how many units report for them, most first; a tie goes
/// to the later period.
pub(crate) fn units_per_period(reports: &[Report]) -> Vec<(Nominal, usize)> {
    let mut units: HashMap<Nominal, HashSet<UnitKey>> = HashMap::new();
    for r in reports {
        if let (Some(u), Some(n)) = (identified(r), nominal(r)) {
            units.entry(n).or_default().insert(unit_key(u));
        }
    }
    let mut v: Vec<(Nominal, usize)> = units.into_iter().map(|(n, s)| (n, s.len())).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    v
}

pub(crate) fn select(reports: &[Report], given: Option<Nominal>) -> Selection {
    let mut periods: Vec<Nominal> = reports.iter().filter_map(nominal).collect();
    periods.sort();
    periods.dedup();
    let period = given.or_else(|| units_per_period(reports).first().map(|p| p.0));
    let mut s = Selection {
        period,
        auto: given.is_none() && period.is_some(),
        periods,
        ..Selection::default()
    };
    for (i, r) in reports.iter().enumerate() {
        if identified(r).is_none() {
            s.unidentified.push(i);
            continue;
        }
        match (period, nominal(r)) {
            (None, _) => s.inside.push(i),
            (Some(p), Some(n)) if n == p => s.inside.push(i),
            (Some(_), Some(n)) => s.other.push((i, OtherReason::OtherPeriod(n))),
            (Some(_), None) => s.other.push((i, OtherReason::NoNominal)),
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

fn kind_rank(k: Option<SourceKind>) -> u8 {
    match k {
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
    kind_rank(ra.source.as_ref().map(|s| s.kind))
        .cmp(&kind_rank(rb.source.as_ref().map(|s| s.kind)))
        .then(rb.figures.len().cmp(&ra.figures.len()))
        .then(a.cmp(&b))
}

/// Whether two files of one identity can be renders of one report: an OCR'd
/// render may misread a figure, but two exact texts (text, DOCX, PDF text
/// layer) that state a ward figure differently are two reports (a report
/// sent again, corrected).
fn same_report(a: &Report, b: &Report) -> bool {
    let exact = |r: &Report| {
        matches!(
            r.source.as_ref().map(|s| s.kind),
            Some(
                SourceKind::Text
                    | SourceKind::Docx
                    | SourceKind::Doc
                    | SourceKind::Odt
                    | SourceKind::Spreadsheet
                    | SourceKind::PdfText
            )
        )
    };
    if !(exact(a) && exact(b)) {
        return true;
    }
    let ward = |r: &Report| -> HashMap<crate::model::Key, Option<i64>> {
        r.figures
            .iter()
            .filter(|f| f.scope == crate::model::Scope::Ward && f.value.is_some())
            .map(|f| (f.key, f.value))
            .collect()
    };
    let (wa, wb) = (ward(a), ward(b));
    wa.iter().all(|(k, v)| wb.get(k).is_none_or(|w| w == v))
}

/// Folds the renders of each report (in `idx`, input order) into groups;
/// returns them in order of first appearance and how many were folded.
pub(crate) fn fold(reports: &[Report], idx: &[usize]) -> (Vec<Group>, usize) {
    let mut by_id: HashMap<Identity, Vec<usize>> = HashMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for &i in idx {
        let r = &reports[i];
        let Some(id) = identity(r) else {
            members.push(vec![i]);
            continue;
        };
        let groups = by_id.entry(id).or_default();
        let fits = groups
            .iter()
            .copied()
            .find(|&g| members[g].iter().all(|&j| same_report(&reports[j], r)));
        match fits {
            Some(g) => members[g].push(i),
            None => {
                groups.push(members.len());
                members.push(vec![i]);
            }
        }
    }
    let mut folded = 0;
    let groups = members
        .into_iter()
        .map(|mut m| {
            m.sort_by(|&a, &b| better(reports, a, b));
            folded += m.len() - 1;
            let chosen = m.remove(0);
            Group { chosen, others: m }
        })
        .collect();
    (groups, folded)
}

/// Sort key of a data window: (end, start), missing dates oldest.
fn window_key(r: &Report) -> (Option<String>, Option<String>) {
    match &r.period {
        Some(p) => (p.end.clone(), p.start.clone()),
        None => (None, None),
    }
}

/// The group a unit's row uses, of several for one period: the latest data
/// window, then the better source kind, then the later file in input order
/// (a report sent again comes later).
fn preferred(reports: &[Report], a: &Group, b: &Group) -> Ordering {
    let (ra, rb) = (&reports[a.chosen], &reports[b.chosen]);
    window_key(rb)
        .cmp(&window_key(ra))
        .then(
            kind_rank(ra.source.as_ref().map(|s| s.kind))
                .cmp(&kind_rank(rb.source.as_ref().map(|s| s.kind))),
        )
        .then(b.chosen.cmp(&a.chosen))
}

/// The groups of one period by unit: (the group the row uses, the others),
/// in order of each unit's first group.
pub(crate) fn per_unit(reports: &[Report], groups: Vec<Group>) -> Vec<(Group, Vec<Group>)> {
    let mut order: Vec<UnitKey> = Vec::new();
    let mut by_unit: HashMap<UnitKey, Vec<Group>> = HashMap::new();
    for g in groups {
        let key = reports[g.chosen]
            .unit
            .as_ref()
            .map(unit_key)
            .unwrap_or_default();
        let e = by_unit.entry(key.clone()).or_default();
        if e.is_empty() {
            order.push(key);
        }
        e.push(g);
    }
    order
        .into_iter()
        .filter_map(|k| {
            let mut gs = by_unit.remove(&k)?;
            gs.sort_by(|a, b| preferred(reports, a, b));
            let used = gs.remove(0);
            Some((used, gs))
        })
        .collect()
}

/// Of `(item, report)` pairs, the items whose report has its unit's latest
/// data window (for the city rows when no nominal period is known).
pub(crate) fn latest_per_unit(reports: &[Report], items: &[(usize, usize)]) -> HashSet<usize> {
    let mut best: HashMap<UnitKey, (usize, usize)> = HashMap::new();
    for &(item, ri) in items {
        let r = &reports[ri];
        let Some(u) = identified(r) else { continue };
        match best.get(&unit_key(u)) {
            Some(&(_, rj)) if window_key(&reports[rj]) >= window_key(r) => {}
            _ => {
                best.insert(unit_key(u), (item, ri));
            }
        }
    }
    best.into_values().map(|(item, _)| item).collect()
}
