//! Sentence and clause boundaries: the one definition the extract stage
//! reads clauses by.
//!
//! Takes a paragraph's folded skeleton (`text::fold`: lower case, no
//! marks) and byte offsets in it; returns offsets. A sentence ends at a
//! full stop (or `!`, `?`) followed by a space, an opening bracket or the
//! end of the text, or at a spaced dash that opens a new item (" - " after
//! a number; before one it joins a name, "tư pháp - hộ tịch"); a
//! thousands dot ("1.234") is no boundary, nor is the stop of an
//! abbreviation the vocabulary lists ("tp. hai phong"). A clause ends where
//! its sentence ends, and at a semicolon or a comma followed by a space
//! (not a decimal comma, "71,24"), and at a bracket; a colon joins a label
//! to its value. It does not know
//! what a clause says: [`super::certainty`] and the matcher read that.

use crate::patterns::Patterns;

/// Whether the stop at byte `i` of `text` ends a sentence.
fn stop_ends_sentence(text: &str, i: usize, pats: &Patterns) -> bool {
    let b = text.as_bytes();
    let next = b.get(i + 1).copied();
    if !matches!(next, None | Some(b' ') | Some(b'(') | Some(b'\n')) {
        return false;
    }
    // "tp. hai phong", "ths. nguyen": an abbreviation's stop.
    let word_start = text[..i]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(j, c)| j + c.len_utf8());
    // A single letter before a stop is an initial ("Trần Thị H.").
    let word = &text[word_start..i];
    word.chars().count() != 1 && !pats.vocabulary().is_abbreviation(word)
}

/// Whether a sentence ends at byte `i` (the boundary is `[i, i + len)`).
fn sentence_boundary_at(text: &str, i: usize, pats: &Patterns) -> Option<usize> {
    let b = text.as_bytes();
    match b[i] {
        b'.' | b'!' | b'?' if stop_ends_sentence(text, i, pats) => Some(1),
        b' ' if b[i..].starts_with(b" - ") && number_before(text, i) => Some(3),
        _ => None,
    }
}

/// Whether a number stands between the last full stop and byte `i`: a
/// spaced dash after one opens a new item ("- tiếp nhận 12 hồ sơ - giải
/// quyết 10 hồ sơ"); before any, it joins a name ("Bộ phận tư pháp - hộ
/// tịch").
fn number_before(text: &str, i: usize) -> bool {
    let from = text[..i]
        .rfind(". ")
        .max(text[..i].rfind(" - "))
        .map_or(0, |p| p + 2);
    text.as_bytes()[from..i].iter().any(u8::is_ascii_digit)
}

/// Whether a clause (not only a sentence) ends at byte `i`.
fn clause_boundary_at(text: &str, i: usize, pats: &Patterns) -> Option<usize> {
    let b = text.as_bytes();
    match b[i] {
        b';' | b'(' | b')' => Some(1),
        b',' if b.get(i + 1).is_none_or(|n| *n == b' ') => Some(1),
        _ => sentence_boundary_at(text, i, pats),
    }
}

/// Start of the sentence that holds byte `at`.
pub(crate) fn sentence_start(text: &str, at: usize, pats: &Patterns) -> usize {
    last_boundary(text, at, |i| sentence_boundary_at(text, i, pats))
}

/// End (exclusive) of the sentence that holds byte `at`.
pub(crate) fn sentence_end(text: &str, at: usize, pats: &Patterns) -> usize {
    next_boundary(text, at, |i| sentence_boundary_at(text, i, pats))
}

/// End (exclusive) of the sentence that holds byte `at` by its stop alone:
/// through a spaced dash, which may be a parenthetical dash in prose ("…
/// 03 hồ sơ quá hạn — đây là kết quả của tháng 9").
pub(crate) fn stop_end(text: &str, at: usize, pats: &Patterns) -> usize {
    next_boundary(text, at, |i| match text.as_bytes()[i] {
        b'.' | b'!' | b'?' if stop_ends_sentence(text, i, pats) => Some(1),
        _ => None,
    })
}

/// Start of the sentence that holds byte `at` by its stop alone: through a
/// spaced dash, so that the items of one line ("Kế hoạch 2026 – Tiếp nhận:
/// 12.000 hồ sơ; …", "Chạy thử phần mềm: Tiếp nhận 120 – Đã giải quyết
/// 118") keep the head that frames them.
pub(crate) fn stop_start(text: &str, at: usize, pats: &Patterns) -> usize {
    last_boundary(text, at, |i| match text.as_bytes()[i] {
        b'.' | b'!' | b'?' if stop_ends_sentence(text, i, pats) => Some(1),
        _ => None,
    })
}

/// Where each sentence of `text` starts, in order: for many lookups in
/// one paragraph ([`Starts::of`]).
pub(crate) struct Starts(Vec<usize>);

impl Starts {
    pub fn new(text: &str, pats: &Patterns) -> Starts {
        let mut v = vec![0];
        let mut i = 0;
        while i < text.len() {
            match sentence_boundary_at(text, i, pats) {
                Some(len) => {
                    v.push(i + len);
                    i += len;
                }
                None => i += 1,
            }
        }
        Starts(v)
    }

    /// Start of the sentence that holds byte `at` (as [`sentence_start`]).
    pub fn of(&self, at: usize) -> usize {
        let k = self.0.partition_point(|&s| s <= at);
        self.0[k.saturating_sub(1)]
    }
}

/// Start of the clause that holds byte `at`.
pub(crate) fn clause_start(text: &str, at: usize, pats: &Patterns) -> usize {
    last_boundary(text, at, |i| clause_boundary_at(text, i, pats))
}

/// End (exclusive) of the clause that holds byte `at`.
pub(crate) fn clause_end(text: &str, at: usize, pats: &Patterns) -> usize {
    next_boundary(text, at, |i| clause_boundary_at(text, i, pats))
}

/// Whether a sentence ends in `gap` (the text between two numbers).
pub(crate) fn sentence_break(gap: &str, pats: &Patterns) -> bool {
    (0..gap.len()).any(|i| sentence_boundary_at(gap, i, pats).is_some())
}

fn last_boundary(text: &str, at: usize, is: impl Fn(usize) -> Option<usize>) -> usize {
    let at = at.min(text.len());
    (0..at)
        .rev()
        .find_map(|i| is(i).map(|len| i + len))
        .filter(|&end| end <= at)
        .unwrap_or(0)
}

fn next_boundary(text: &str, at: usize, is: impl Fn(usize) -> Option<usize>) -> usize {
    (at..text.len())
        .find(|&i| is(i).is_some())
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn sentences(s: &str) -> Vec<String> {
        let t = fold(s);
        let pats = Patterns::builtin();
        let mut out = Vec::new();
        let mut start = 0;
        while start < t.len() {
            let end = sentence_end(&t, start, &pats);
            out.push(t[start..end].trim().to_string());
            let next = sentence_start(&t, (end + 3).min(t.len()), &pats);
            if next <= start || end == t.len() {
                break;
            }
            start = next;
        }
        out.retain(|s| !s.is_empty());
        out
    }

    #[test]
    fn thousands_dots_decimals_and_abbreviations_do_not_end_a_sentence() {
        assert_eq!(
            sentences(
                "Tiếp nhận 1.234 hồ sơ tại TP. Hải Phòng, đạt 71,24%. Giải quyết 1.200 hồ sơ."
            ),
            vec![
                "tiep nhan 1.234 ho so tai tp. hai phong, dat 71,24%",
                "giai quyet 1.200 ho so"
            ]
        );
    }

    #[test]
    fn ocr_symbols_before_a_stop_are_no_trouble() {
        // OCR's "ngh¢iep." : a symbol of two bytes before the word at the stop.
        assert_eq!(
            sentences("doanh ngh¢iep. hệ thống"),
            vec!["doanh ngh¢iep", "he thong"]
        );
    }

    #[test]
    fn a_spaced_dash_opens_a_new_item() {
        assert_eq!(
            sentences("Kết quả: tiếp nhận 12 hồ sơ - giải quyết 10 hồ sơ"),
            vec!["ket qua: tiep nhan 12 ho so", "giai quyet 10 ho so"]
        );
        assert_eq!(
            sentences("Bộ phận tư pháp - hộ tịch tiếp nhận 420 hồ sơ."),
            vec!["bo phan tu phap - ho tich tiep nhan 420 ho so"]
        );
    }

    #[test]
    fn clauses_end_at_commas_semicolons_and_brackets_not_decimal_commas() {
        let pats = Patterns::builtin();
        let t =
            fold("Đã giải quyết 1.200 hồ sơ (đạt 97,5%), trong đó trước hạn 1.100; đúng hạn 100");
        let at = t.find("1.100").unwrap();
        assert_eq!(&t[clause_start(&t, at, &pats)..at], " trong do truoc han ");
        let at = t.find("97,5").unwrap();
        assert_eq!(
            &t[clause_start(&t, at, &pats)..clause_end(&t, at, &pats)],
            "dat 97,5%"
        );
    }
}
