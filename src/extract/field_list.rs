//! Fields listed in prose after a count's cue: "Hồ sơ đã giải quyết chia
//! theo lĩnh vực: hộ tịch 487 hồ sơ; chứng thực 1.930 hồ sơ; …".
//!
//! Takes one paragraph; returns, when it holds such a list, the key its
//! cue names, the span of the words that frame the list, and each item's
//! field (its name as written), number and span. The marker is the
//! `field_list` word class (`words.toml`); the key is the cue before it in
//! its sentence, or in the sentence before where the marker opens its own;
//! items are the parts after it up to the sentence's end, split at
//! semicolons (at commas where there is none), each a name and a count. It
//! does not decide scopes or certainty: the walk does, over the frame and
//! each name.

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

/// A list of fields: the key it breaks down, the span of the words that
/// frame it (from the start of the sentence whose cue named the key to the
/// marker: a blocker there, "cùng kỳ năm trước …", reaches every item), and
/// its items.
pub(super) struct List {
    pub key: Key,
    pub frame: (usize, usize),
    pub items: Vec<Item>,
}

/// The list of fields the paragraph holds, if any. The key is the nearest
/// record cue before the marker in its sentence or, where the marker opens
/// a sentence of its own ("… tiếp nhận 8.015 hồ sơ. Phân theo lĩnh vực:
/// …"), in the sentence before. Items are split at semicolons where the
/// list has any, else at commas.
pub(super) fn read(p: &Para, pats: &Patterns) -> Option<List> {
    let text = &p.folded.text;
    let marker = pats.words(WordClass::FieldList).cue.find(text)?;
    let start = clause::sentence_start(text, marker.start(), pats);
    // The cue may stand inside the marker ("Phân theo lĩnh vực, hồ sơ tiếp
    // nhận trong quý gồm:").
    let (key, frame_from) = match last_record_cue(&text[start..marker.end()], pats) {
        Some(k) => (k, start),
        None if start > 0 => {
            let before = clause::sentence_start(text, start - 1, pats);
            (last_record_cue(&text[before..start], pats)?, before)
        }
        None => return None,
    };
    let end = clause::stop_end(text, marker.end(), pats);
    let sep = if text[marker.end()..end].contains(';') {
        ';'
    } else {
        ','
    };
    let mut items = Vec::new();
    let mut from = marker.end();
    while from < end {
        // A comma between digits is a decimal one ("19,1%"), not a break.
        let to = text[from..end]
            .char_indices()
            .find(|&(i, c)| {
                c == sep && !text[from + i + 1..].starts_with(|d: char| d.is_ascii_digit())
            })
            .map_or(end, |(i, _)| from + i);
        if let Some(it) = item(p, from, to) {
            items.push(it);
        }
        from = to + 1;
    }
    (items.len() >= 2).then_some(List {
        key,
        frame: (frame_from, marker.end()),
        items,
    })
}

/// The key of the last record cue in `head` (of two ending together, the
/// longer).
fn last_record_cue(head: &str, pats: &Patterns) -> Option<Key> {
    pats.figures()
        .iter()
        .filter(|f| f.side == Side::Before && !f.rate && f.keys[0].is_record_key())
        .filter_map(|f| {
            let m = f.cue.find_iter(head).last()?;
            Some(((m.end(), m.len()), f.keys[0]))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, k)| k)
}

/// One item, a field's name and then its count, in `text[from..to]`.
fn item(p: &Para, from: usize, to: usize) -> Option<Item> {
    let text = &p.folded.text;
    let n = p
        .nums
        .iter()
        .find(|n| n.start >= from && n.start < to && matches!(n.kind, NumKind::Count(_)))?;
    let NumKind::Count(value) = n.kind else {
        return None;
    };
    let name = text[from..n.start].trim_matches(|c: char| !c.is_alphanumeric());
    let name_at = from + text[from..n.start].find(name).unwrap_or(0);
    let words = name.split_whitespace().count();
    ((1..=10).contains(&words) && !name.contains(|c: char| c.is_ascii_digit())).then_some(Item {
        name: (name_at, name_at + name.len()),
        num: (n.start, n.end),
        value,
    })
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
