//! Findings that rest on the same wrong number, as one item (shared by the
//! review pages and the letters).
//!
//! A wrong cell of a table upsets its column's total row (`table-total`),
//! the per-field sum (`field-sum`) and the ward's own sum (`parts-sum`):
//! `check` raises one finding per relation, each naming its lines. Two
//! findings that name a common line rest on a common number, so they are
//! joined (transitively) into one [`Item`] — sums only (`table-total`,
//! `field-sum`, `parts-sum`, `parts-exceed-total`): a rate or a restatement
//! that names a total's line uses it as a base, and stays an item of its
//! own. The item's head is the finding that
//! says most directly what is wrong (a table's total row, then a sum with
//! a named culprit, then the rest in rule order), the others are its
//! consequences. This only groups what `check` found; it adds no finding
//! and drops none.

use crate::model::{Finding, Rule};

/// One error as the clerk should read it: a finding and the findings that
/// follow from the same number.
#[derive(Debug, Clone, PartialEq)]
pub struct Item<'a> {
    pub head: &'a Finding,
    pub consequences: Vec<&'a Finding>,
    /// Every line of the head and its consequences, sorted, once each.
    pub lines: Vec<usize>,
}

impl Item<'_> {
    /// The head then the consequences.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        std::iter::once(self.head).chain(self.consequences.iter().copied())
    }
}

/// How directly a finding names the wrong number: lower first.
fn rank(f: &Finding) -> u8 {
    match f.rule {
        Rule::TableTotal => 0,
        Rule::PartsSum if f.culprit.is_some() => 1,
        Rule::ConflictingStatements => 2,
        Rule::PartsSum => 3,
        Rule::FieldSum => 4,
        Rule::PartsExceedTotal => 5,
        Rule::Rate => 6,
    }
}

/// A relation of addition, whose numbers a wrong cell upsets together.
fn is_sum(f: &Finding) -> bool {
    matches!(
        f.rule,
        Rule::TableTotal | Rule::FieldSum | Rule::PartsSum | Rule::PartsExceedTotal
    )
}

/// Groups the findings of one report, items in the order of their first
/// finding in `findings`.
pub fn group(findings: &[Finding]) -> Vec<Item<'_>> {
    let n = findings.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for i in 0..n {
        for j in i + 1..n {
            if is_sum(&findings[i])
                && is_sum(&findings[j])
                && findings[i]
                    .lines
                    .iter()
                    .any(|l| findings[j].lines.contains(l))
            {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[b.max(a)] = a.min(b);
            }
        }
    }
    let mut items: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        match items.iter_mut().find(|(k, _)| *k == r) {
            Some((_, members)) => members.push(i),
            None => items.push((r, vec![i])),
        }
    }
    items
        .into_iter()
        .map(|(_, members)| {
            let head = *members
                .iter()
                .min_by_key(|&&i| (rank(&findings[i]), i))
                .unwrap_or(&members[0]);
            let mut lines: Vec<usize> = members
                .iter()
                .flat_map(|&i| findings[i].lines.iter().copied())
                .collect();
            lines.sort_unstable();
            lines.dedup();
            Item {
                head: &findings[head],
                consequences: members
                    .iter()
                    .filter(|&&i| i != head)
                    .map(|&i| &findings[i])
                    .collect(),
                lines,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Key, Quantity, Scope, Severity};

    fn f(rule: Rule, lines: &[usize]) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            scope: Scope::Ward,
            keys: vec![Key::ReceivedTotal],
            expected: Quantity(1.0),
            found: Quantity(2.0),
            lines: lines.to_vec(),
            message: String::new(),
            culprit: None,
        }
    }

    #[test]
    fn one_wrong_cell_is_one_item_headed_by_its_total_row() {
        let fs = vec![
            f(Rule::PartsSum, &[30, 12]),
            f(Rule::Rate, &[12, 50]),
            f(Rule::FieldSum, &[30, 40]),
            f(Rule::TableTotal, &[40, 41, 42]),
        ];
        let items = group(&fs);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].head.rule, Rule::TableTotal);
        assert_eq!(items[0].consequences.len(), 2);
        assert_eq!(items[0].lines, vec![12, 30, 40, 41, 42]);
        // The rate uses line 12 as its base: an error of its own.
        assert_eq!(items[1].head.rule, Rule::Rate);
        assert!(items[1].consequences.is_empty());
        // Nothing lost, nothing added.
        assert_eq!(items.iter().map(|i| i.findings().count()).sum::<usize>(), 4);
    }
}
