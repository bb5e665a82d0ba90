//! The scope pass: whose figures a keyed table's rows are.
//!
//! Takes the rows as read ([`Rows`]) and the columns' keys; returns the
//! statements (into [`TableRead`]): rows of agencies are those agencies'
//! figures, rows of fields each field's, and the total row (or the one
//! row of a table without one) the section's; each keyed column with a
//! total row becomes a [`TableColumn`] for `table-total`. Rows of
//! procedures are no scope: only their total is a figure. It does not
//! read cells.

use super::body::Rows;
use super::columns::Columns;
use super::{TableRead, cell_figure, meaning};
use crate::extract::certainty::Own;
use crate::extract::scope_of_name;
use crate::model::{Key, Scope, TableColumn};
use crate::normalize::fold;
use crate::patterns::Patterns;

/// Adds the statements of `rows` to `out`.
pub(super) fn emit(
    rows: &Rows,
    cols: &Columns,
    section: &Scope,
    pats: &Patterns,
    lines: &[String],
    own: &Own,
    out: &mut TableRead,
) {
    let cues = pats.tables();
    let keys = &cols.keys;
    let body = &rows.body;
    let field_table = !body.is_empty() && cols.field_header
        || !body.is_empty()
            && body
                .iter()
                .filter(|b| cues.field_label.is_match(&fold(&b.name)))
                .count()
                * 2
                > body.len();
    // A cell is certain when its column's header is explained; the
    // row's words are its scope's (an agency, a field, the total row).
    let stmt = |scope: Scope, j: usize, key: Key, value: i64, line: usize| {
        let mut f = cell_figure(scope, key, value, lines, line);
        if !cols.doubt[j].is_empty() {
            f.certain = false;
            f.unexplained = cols.doubt[j].clone();
        }
        f
    };
    let sectors: Vec<_> = body
        .iter()
        .filter_map(|b| pats.sector_in(&fold(&b.name)))
        .collect();
    let distinct = sectors.iter().any(|s| *s != sectors[0]);
    // Most rows name an agency; under a header that says the rows are
    // agencies, half is enough (an OCR'd name the cues miss is left out).
    let agencies = sectors.len() * 2 > body.len()
        || cols.agency_header && sectors.len() >= 2 && sectors.len() * 2 >= body.len();
    if !field_table && distinct && agencies {
        // One row per vertical agency ("Công an phường", "Bảo hiểm xã hội").
        for b in body {
            if let Some(sec) = pats.sector_in(&fold(&b.name)) {
                for &(j, v) in &b.values {
                    if let Some(k) = keys[j] {
                        out.stmts.push(stmt(Scope::Sector(sec), j, k, v, b.line));
                    }
                }
            }
        }
        return;
    }
    if field_table {
        for b in body {
            let scope = scope_of_name(&b.name, pats);
            for &(j, v) in &b.values {
                if let Some(k) = keys[j] {
                    out.stmts.push(stmt(scope.clone(), j, k, v, b.line));
                }
            }
        }
    }
    match &rows.total {
        Some((tline, tvals)) if !tvals.is_empty() => {
            for &(j, v) in tvals {
                let Some(k) = keys[j] else { continue };
                out.stmts.push(stmt(section.clone(), j, k, v, *tline));
                if rows.incomplete[j] || !cols.doubt[j].is_empty() {
                    continue;
                }
                let parts: Vec<(usize, i64)> = body
                    .iter()
                    .filter_map(|b| {
                        b.values
                            .iter()
                            .find(|(c, _)| *c == j)
                            .map(|(_, v)| (b.line + 1, *v))
                    })
                    .collect();
                if !parts.is_empty() {
                    out.columns.push(TableColumn {
                        scope: section.clone(),
                        key: k,
                        rows: parts,
                        total: (tline + 1, v),
                    });
                }
            }
        }
        _ if !field_table && body.len() == 1 => {
            // The one row of a table without a total row is the section's
            // figure only when its label says nothing else (a row of an
            // unknown name, or an OCR'd scrap of one, is not certain).
            let b = &body[0];
            // The whole row, not only its name column: a scrap in the
            // numbering column ("Ạ | | 46 | 46") is part of what it says.
            let name = fold(&super::row_raw(lines, b.line));
            let m = meaning::of(&name, pats, own);
            let mut label = m.unexplained;
            let names_unit = own.unit.is_some_and(|u| !u.is_empty() && name.contains(u));
            if label.is_empty() && !m.named && !names_unit && name.contains(char::is_alphabetic) {
                label.push(name);
            }
            for &(j, v) in &b.values {
                if let Some(k) = keys[j] {
                    let mut f = stmt(section.clone(), j, k, v, b.line);
                    if !label.is_empty() {
                        f.certain = false;
                        f.unexplained.extend(label.iter().cloned());
                    }
                    out.stmts.push(f);
                }
            }
        }
        _ => {}
    }
}
