//! `table-total`: each column of a table against its total row.
//!
//! The extraction gives one [`TableColumn`](crate::model::TableColumn) per
//! (table, column) that has a total row, with the body rows that have a
//! value (blank cells are absent, not 0). The rows must add up to the total
//! exactly; `expected` is the total row as printed, `found` the rows' sum.

use super::{Facts, finding, vi};
use crate::model::{Finding, Rule, Severity};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    for col in facts.tables {
        if col.rows.is_empty() {
            continue;
        }
        let rows: i64 = col.rows.iter().map(|&(_, v)| v).sum();
        let (total_line, total) = col.total;
        if rows == total {
            continue;
        }
        let shown: Vec<String> = col.rows.iter().map(|&(_, v)| vi::int(v)).collect();
        let sum_text = if shown.len() > 8 {
            format!("{} dòng cộng lại", shown.len())
        } else {
            shown.join(" + ")
        };
        out.push(finding(
            Rule::TableTotal,
            Severity::Error,
            &col.scope,
            [col.key],
            total,
            rows,
            col.rows
                .iter()
                .map(|&(l, _)| l)
                .chain(std::iter::once(total_line)),
            format!(
                "bảng của {}, cột {}: {} = {}, dòng tổng cộng ghi {}",
                vi::scope(&col.scope),
                col.key.label_vi(),
                sum_text,
                vi::int(rows),
                vi::int(total)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Extraction, Key, Quantity, Scope, Sector, TableColumn};

    fn col(rows: &[i64], total: i64) -> Extraction {
        Extraction {
            tables: vec![TableColumn {
                scope: Scope::Sector(Sector::Police),
                key: Key::ReceivedTotal,
                rows: rows
                    .iter()
                    .enumerate()
                    .map(|(i, &v)| (193 + i, v))
                    .collect(),
                total: (207, total),
            }],
            ..Extraction::default()
        }
    }

    #[test]
    fn rows_against_the_total_row() {
        // Lê Đại Hành police, tiếp nhận: the rows add to 1.527, total 1.523.
        let rows = [271, 178, 78, 3, 11, 98, 22, 81, 370, 196, 213, 3, 3, 0];
        let x = col(&rows, 1523);
        let fs = check(&Facts::new(&x));
        assert_eq!(fs.len(), 1);
        assert_eq!(
            (fs[0].expected, fs[0].found),
            (Quantity(1523.0), Quantity(1527.0))
        );
        assert_eq!(fs[0].keys, vec![Key::ReceivedTotal]);
        assert_eq!(fs[0].lines.len(), 15);
        assert!(
            fs[0].message.contains("= 1.527, dòng tổng cộng ghi 1.523"),
            "{}",
            fs[0].message
        );
        let x = col(&rows, 1527);
        assert!(check(&Facts::new(&x)).is_empty());
    }

    #[test]
    fn a_column_without_rows_is_not_checked() {
        let x = col(&[], 107);
        assert!(check(&Facts::new(&x)).is_empty());
    }
}
