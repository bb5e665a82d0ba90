//! Whether a table's columns were read in their places.
//!
//! Takes the rows of a table as (column, value) pairs and the key each
//! column was given; returns why the reading is not certain, when most rows
//! break relations that hold in any real row whatever the accounting (a
//! part larger than its whole). A table read one column off (a header that
//! a layout split differently from its rows) breaks them in nearly every
//! row, whereas a ward's own mistake breaks them in one or two. It does not
//! check the ward's arithmetic: `check` does, on tables read with
//! certainty.

use crate::check::Facts;
use crate::check::relations::{conventions, dims, relations};
use crate::model::{Extraction, Figure, Key, Scope};

/// Whether one row breaks a sum relation under every accounting
/// convention `check` knows (its parts exceed its total); None when the
/// row states no relation at all.
fn row_broken(row: &[(usize, i64)], keys: &[Option<Key>]) -> Option<bool> {
    let figures: Vec<Figure> = row
        .iter()
        .filter_map(|&(j, v)| {
            let key = keys.get(j).copied().flatten()?;
            Some(Figure {
                scope: Scope::Ward,
                key,
                value: Some(v),
                pct: None,
                pct_decimals: None,
                of: None,
                raw: String::new(),
                page: None,
                line: 0,
                pattern: String::new(),
                certain: true,
                unexplained: Vec::new(),
                evidence: Default::default(),
            })
        })
        .collect();
    let x = Extraction {
        figures,
        ..Extraction::default()
    };
    let facts = Facts::new(&x);
    let scope = Scope::Ward;
    let exceeds = |c| {
        let rels = relations(&facts, &scope, c);
        let tested = rels
            .iter()
            .any(|r| !r.parts.is_empty() && !r.total.is_empty());
        // An open total (records carried over may sit in the parts) proves
        // no ward's mistake, but most rows of a table exceeding it is no
        // ward's habit either: it is a reading one column off.
        let broken = rels.iter().any(|r| {
            r.parts.iter().map(|t| t.value).sum::<i64>()
                > r.total.iter().map(|t| t.value).sum::<i64>()
        });
        (tested, broken)
    };
    let verdicts: Vec<(bool, bool)> = conventions(dims(&facts, &scope))
        .into_iter()
        .map(exceeds)
        .collect();
    verdicts
        .iter()
        .any(|v| v.0)
        .then(|| verdicts.iter().all(|v| v.1))
}

/// The reason the table's reading is uncertain, if it is.
pub(crate) fn misaligned(rows: &[&[(usize, i64)]], keys: &[Option<Key>]) -> Option<String> {
    let verdicts: Vec<bool> = rows.iter().filter_map(|r| row_broken(r, keys)).collect();
    let tested = verdicts.len();
    let broken = verdicts.iter().filter(|b| **b).count();
    (broken >= 3 && broken * 2 > tested).then(|| {
        format!(
            "{broken} trên {tested} dòng có phần lớn hơn tổng: có thể các cột đã bị đọc lệch, bảng không được dùng để đối chiếu"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: [Option<Key>; 4] = [
        Some(Key::ReceivedTotal),
        Some(Key::ResolvedTotal),
        Some(Key::InProgress),
        Some(Key::Withdrawn),
    ];

    #[test]
    fn one_wrong_row_is_the_wards_mistake_not_a_misreading() {
        let rows: Vec<Vec<(usize, i64)>> = vec![
            vec![(0, 300), (1, 290), (2, 10)],
            vec![(0, 120), (1, 118), (2, 9)],
            vec![(0, 75), (1, 70), (2, 5)],
            vec![(0, 40), (1, 39), (2, 1)],
        ];
        let r: Vec<&[(usize, i64)]> = rows.iter().map(|r| r.as_slice()).collect();
        assert_eq!(misaligned(&r, &KEYS), None);
    }

    #[test]
    fn rows_read_one_column_off_are_uncertain() {
        // Resolved read into "in progress", in progress into "withdrawn".
        let rows: Vec<Vec<(usize, i64)>> = vec![
            vec![(0, 300), (2, 290), (3, 10)],
            vec![(0, 120), (2, 111), (3, 9)],
            vec![(0, 75), (2, 70), (3, 5)],
            vec![(0, 40), (2, 39), (3, 1)],
        ]
        .into_iter()
        .map(|mut r| {
            // A value lands in the resolved column too: the next column's.
            r.push((1, r[1].1));
            r
        })
        .collect();
        let r: Vec<&[(usize, i64)]> = rows.iter().map(|r| r.as_slice()).collect();
        assert!(misaligned(&r, &KEYS).is_some());
    }
}
