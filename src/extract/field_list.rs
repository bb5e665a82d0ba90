//! Fields listed in prose after a count's cue: "Hồ sơ đã giải quyết chia
//! theo lĩnh vực: hộ tịch 487 hồ sơ; chứng thực 1.930 hồ sơ; …".
//!
//! Takes one paragraph; returns, when it holds such a list, the key its
//! cue names and each item's field (its name as written), number and span.
//! The marker is the `field_list` word class (`words.toml`); the key is the
//! cue before it in its sentence; items are the parts after it up to the
//! sentence's end, split at semicolons, each a name and a count. It does not
//! decide scopes or certainty: the walk does.

use super::clause;
use crate::model::Key;
use crate::normalize::{NumKind, Para};
use crate::patterns::{Patterns, Side, WordClass};

/// One field of the list.
pub(super) struct Item {
    /// Folded span of the field's name.
    pub name: (usize, usize),
    /// Folded span of its number.
    pub num: (usize, usize),
    pub value: i64,
}

/// The key the list breaks down and its items, if the paragraph holds one.
pub(super) fn read(p: &Para, pats: &Patterns) -> Option<(Key, Vec<Item>)> {
    let text = &p.folded.text;
    let marker = pats.words(WordClass::FieldList).cue.find(text)?;
    let start = clause::sentence_start(text, marker.start(), pats);
    let head = &text[start..marker.start()];
    let key = pats
        .figures()
        .iter()
        .filter(|f| f.side == Side::Before && !f.rate && f.keys[0].is_record_key())
        .filter_map(|f| {
            let m = f.cue.find_iter(head).last()?;
            // The nearest cue, and of two ending together the longer.
            Some(((m.end(), m.len()), f.keys[0]))
        })
        .max_by_key(|(at, _)| *at)?
        .1;
    let end = clause::stop_end(text, marker.end(), pats);
    let mut items = Vec::new();
    let mut from = marker.end();
    while from < end {
        let to = text[from..end].find(';').map_or(end, |i| from + i);
        let num = p
            .nums
            .iter()
            .find(|n| n.start >= from && n.start < to && matches!(n.kind, NumKind::Count(_)));
        if let Some(n) = num
            && let NumKind::Count(v) = n.kind
        {
            let name = text[from..n.start].trim_matches(|c: char| !c.is_alphanumeric());
            let name_at = from + text[from..n.start].find(name).unwrap_or(0);
            let words = name.split_whitespace().count();
            if (1..=10).contains(&words) && !name.contains(|c: char| c.is_ascii_digit()) {
                items.push(Item {
                    name: (name_at, name_at + name.len()),
                    num: (n.start, n.end),
                    value: v,
                });
            }
        }
        from = to + 1;
    }
    (items.len() >= 2).then_some((key, items))
}

#[cfg(test)]
mod tests {
    use crate::model::{Document, Key, SourceKind};
    use crate::patterns::Patterns;
    use crate::{extract, normalize};

    fn fields(text: &str) -> Vec<(String, Key, Option<i64>, bool)> {
        let pats = Patterns::builtin();
        let doc = Document::from_text("t.txt", SourceKind::Text, text);
        let x = extract::extract(&normalize::normalize(&doc, &pats), &pats);
        x.statements
            .iter()
            .filter(|f| f.scope.to_string().starts_with("field:"))
            .map(|f| (f.scope.to_string(), f.key, f.value, f.certain))
            .collect()
    }

    const HEAD: &str = "UBND XÃ AN LÃO\n\nBÁO CÁO\nKết quả tháng 5 năm 2026\n\nI. KẾT QUẢ\n\n";

    #[test]
    fn each_item_after_the_marker_is_its_fields_figure_of_the_cues_key() {
        let got = fields(&format!(
            "{HEAD}- Đã tiếp nhận 905 hồ sơ, chia theo lĩnh vực: tư pháp 402 hồ sơ; đất đai 96 hồ sơ; văn hóa và thể thao 7 hồ sơ.\n"
        ));
        assert_eq!(
            got,
            vec![
                (
                    "field:tư pháp".to_string(),
                    Key::ReceivedTotal,
                    Some(402),
                    true
                ),
                (
                    "field:đất đai".to_string(),
                    Key::ReceivedTotal,
                    Some(96),
                    true
                ),
                (
                    "field:văn hóa và thể thao".to_string(),
                    Key::ReceivedTotal,
                    Some(7),
                    true
                ),
            ]
        );
    }

    #[test]
    fn a_heading_that_announces_a_table_lists_nothing() {
        assert!(fields(&format!("{HEAD}Kết quả theo lĩnh vực như sau:\n")).is_empty());
    }
}
