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

use crate::model::Key;

/// The reason the table's reading is uncertain, if it is.
pub(crate) fn misaligned(rows: &[&[(usize, i64)]], keys: &[Option<Key>]) -> Option<String> {
    let mut tested = 0;
    let mut broken = 0;
    for r in rows {
        let get = |k: Key| {
            r.iter()
                .find(|(j, _)| keys.get(*j).copied().flatten() == Some(k))
                .map(|(_, v)| *v)
        };
        let sum = |ks: &[Key]| -> Option<i64> {
            let vs: Vec<i64> = ks.iter().filter_map(|k| get(*k)).collect();
            (vs.len() >= 2 || vs.len() == ks.len()).then(|| vs.iter().sum())
        };
        let mut row_tested = false;
        let mut row_broken = false;
        let mut test = |whole: Option<i64>, parts: Option<i64>| {
            if let (Some(w), Some(p)) = (whole, parts) {
                row_tested = true;
                row_broken |= p > w;
            }
        };
        let received =
            get(Key::ReceivedTotal).map(|t| t.saturating_add(get(Key::CarriedOver).unwrap_or(0)));
        test(
            get(Key::ReceivedTotal),
            sum(&[Key::ReceivedOnline, Key::ReceivedDirect]),
        );
        test(
            received,
            sum(&[
                Key::ResolvedTotal,
                Key::InProgress,
                Key::Withdrawn,
                Key::Rejected,
            ]),
        );
        test(
            get(Key::ResolvedTotal).map(|t| {
                t.saturating_add(get(Key::Withdrawn).unwrap_or(0))
                    .saturating_add(get(Key::Rejected).unwrap_or(0))
            }),
            sum(&[Key::ResolvedEarly, Key::ResolvedOnTime, Key::ResolvedLate]),
        );
        tested += usize::from(row_tested);
        broken += usize::from(row_broken);
    }
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
