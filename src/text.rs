//! The folded skeleton of Vietnamese text: marks stripped, `đ` → `d`, lower
//! case, whitespace and markup collapsed to single spaces, with a map from
//! every byte of the skeleton back to its place in the original.
//!
//! Patterns match the skeleton, so "hồ sơ", "hô sơ" (OCR) and "ho so" (a scan
//! that lost its diacritics) read alike, and both tone-placement styles
//! ("hoà"/"hòa", "uỷ"/"ủy") fold to the same letters. The map is what keeps
//! `raw` and `line` true to the document.
//!
//! A leaf module: the text helpers several stages share (folding, and
//! [`head`]/[`tail`] on char boundaries), so that `patterns` and
//! `normalize` both use them without importing each other.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A place in the original document: line index (0-based, document-wide)
/// and byte offset within that line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// Folded text and, for each of its bytes plus one past the end, the
/// original position it came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Folded {
    pub text: String,
    pub map: Vec<Pos>,
}

impl Folded {
    /// Appends the fold of one original line. A single space separates it
    /// from what is already there.
    pub fn push_line(&mut self, line_idx: usize, line: &str) {
        let line_idx = line_idx as u32;
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            let at = self.map.pop().unwrap_or(Pos {
                line: line_idx,
                col: 0,
            });
            self.text.push(' ');
            self.map.push(at);
        } else {
            self.map.pop();
        }
        for (col, c) in line.char_indices() {
            let pos = Pos {
                line: line_idx,
                col: col as u32,
            };
            for f in fold_char(c) {
                if f == ' ' && (self.text.is_empty() || self.text.ends_with(' ')) {
                    continue;
                }
                let mut buf = [0u8; 4];
                for _ in 0..f.encode_utf8(&mut buf).len() {
                    self.map.push(pos);
                }
                self.text.push(f);
            }
        }
        self.map.push(Pos {
            line: line_idx,
            col: line.len() as u32,
        });
    }

    /// Drops a trailing space (keeps the map one longer than the text).
    pub fn trim_end(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
            let end = self.map.pop();
            self.map.pop();
            if let Some(e) = end {
                self.map.push(e);
            }
        }
    }

    /// Replaces every match of `re` by `to`, keeping the map: the new bytes
    /// map to the start of what they replace.
    pub fn replace_all(&mut self, re: &regex::Regex, to: &str) {
        if !re.is_match(&self.text) {
            return;
        }
        let mut text = String::with_capacity(self.text.len());
        let mut map = Vec::with_capacity(self.map.len());
        let mut last = 0;
        for caps in re.captures_iter(&self.text) {
            let m = caps.get(0).expect("group 0");
            text.push_str(&self.text[last..m.start()]);
            map.extend_from_slice(&self.map[last..m.start()]);
            let at = self.map[m.start()];
            let mut rep = String::new();
            caps.expand(to, &mut rep);
            text.push_str(&rep);
            map.extend(std::iter::repeat_n(at, rep.len()));
            last = m.end();
        }
        text.push_str(&self.text[last..]);
        map.extend_from_slice(&self.map[last..]);
        self.text = text;
        self.map = map;
    }
}

impl Folded {
    /// Replaces each space-separated word `f` gives a replacement for,
    /// keeping the map as [`Folded::replace_all`] does.
    pub fn mend_words(&mut self, f: impl Fn(&str) -> Option<String>) {
        let mut text = String::with_capacity(self.text.len());
        let mut map = Vec::with_capacity(self.map.len());
        let mut last = 0;
        let bytes = self.text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i] != b' ' {
                i += 1;
            }
            if let Some(rep) = f(&self.text[start..i]) {
                text.push_str(&self.text[last..start]);
                map.extend_from_slice(&self.map[last..start]);
                map.extend(std::iter::repeat_n(self.map[start], rep.len()));
                text.push_str(&rep);
                last = i;
            }
        }
        if last == 0 {
            return;
        }
        text.push_str(&self.text[last..]);
        map.extend_from_slice(&self.map[last..]);
        self.text = text;
        self.map = map;
    }
}

/// Folds one string on its own (patterns' own text, unit names, headers).
pub fn fold(s: &str) -> String {
    let mut f = Folded::default();
    f.push_line(0, s);
    f.trim_end();
    f.text.trim_start().to_string()
}

/// The folded form of one character: base letters lower-cased, marks
/// dropped, markup and whitespace as a space.
fn fold_char(c: char) -> impl Iterator<Item = char> {
    let mut out: Vec<char> = Vec::with_capacity(1);
    match c {
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        // OCR reads "ế" as "€" often enough; nobody writes euros here.
        '€' => out.push('e'),
        c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
        // Markdown emphasis, underscores and quotes carry no meaning here.
        '*' | '_' | '#' | '`' | '"' | '“' | '”' | '\u{a0}' => out.push(' '),
        '–' | '—' | '−' => out.push('-'),
        c if c.is_whitespace() || c.is_control() => out.push(' '),
        c if c.is_alphabetic() => {
            for d in std::iter::once(c).nfd() {
                if is_combining_mark(d) {
                    continue;
                }
                for l in d.to_lowercase() {
                    out.push(l);
                }
            }
        }
        c if is_combining_mark(c) => {}
        c => out.push(c),
    }
    out.into_iter()
}

/// Share of letters that carry a Vietnamese mark: about 0.3 and more in real
/// Vietnamese, near 0 in a scan whose OCR lost the diacritics.
pub fn diacritic_ratio<'a>(lines: impl Iterator<Item = &'a str>) -> f64 {
    let (mut letters, mut marked) = (0usize, 0usize);
    for l in lines {
        for c in l.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if !c.is_ascii() {
                marked += 1;
            }
        }
    }
    if letters == 0 {
        return 1.0;
    }
    marked as f64 / letters as f64
}

/// The last `n` bytes of `s` or a little fewer, on a char boundary.
pub fn tail(s: &str, n: usize) -> &str {
    let mut i = s.len().saturating_sub(n);
    while !s.is_char_boundary(i) {
        i += 1;
    }
    &s[i..]
}

/// The first `n` bytes of `s` or a little fewer, on a char boundary.
pub fn head(s: &str, n: usize) -> &str {
    let mut i = n.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_marks_d_and_case() {
        assert_eq!(fold("Hồ sơ ĐÃ giải quyết"), "ho so da giai quyet");
        assert_eq!(fold("hoà"), fold("hòa"));
        assert_eq!(fold("uỷ ban"), fold("ủy ban"));
        assert_eq!(fold("**4.312**  hồ   sơ"), "4.312 ho so");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        let nfd: String = "Tiếp nhận".nfd().collect();
        assert_eq!(fold(&nfd), "tiep nhan");
    }

    #[test]
    fn map_points_back_into_the_line() {
        let mut f = Folded::default();
        f.push_line(3, "Đã tiếp nhận 2.810");
        f.push_line(4, "hồ sơ");
        let i = f.text.find("2.810").unwrap();
        assert_eq!(
            f.map[i],
            Pos {
                line: 3,
                col: "Đã tiếp nhận 2.810".find("2.810").unwrap() as u32
            }
        );
        let j = f.text.find("so").unwrap();
        assert_eq!(f.map[j].line, 4);
        assert_eq!(f.map.len(), f.text.len() + 1);
    }

    #[test]
    fn replace_keeps_the_map_aligned() {
        let mut f = Folded::default();
        f.push_line(0, "S6 hd so: 12");
        f.replace_all(&regex::Regex::new(r"\bhd so\b").unwrap(), "ho so");
        f.replace_all(&regex::Regex::new(r"\bs6\b").unwrap(), "so");
        assert_eq!(f.text, "so ho so: 12");
        assert_eq!(f.map.len(), f.text.len() + 1);
        let i = f.text.find("12").unwrap();
        assert_eq!(f.map[i].col, 10);
    }

    proptest::proptest! {
        /// Folding is idempotent: the skeleton of a skeleton is itself.
        #[test]
        fn folding_is_idempotent(s in "[a-zA-Z0-9 .,:;%/()*\\-àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐƯƠÂÊÔ\t]{0,80}") {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once);
        }

        /// Every byte of the skeleton maps back to a character of the
        /// original line whose own fold gives that byte (or a space for
        /// markup and whitespace), so `raw` and `line` stay true.
        #[test]
        fn every_offset_maps_back(lines in proptest::collection::vec("[a-zA-Z0-9 .,:%/*àáảãạăâđèéêìíòóôơùúưýỳỹỷỵệộ\t]{0,40}", 1..4)) {
            let mut f = Folded::default();
            for (i, l) in lines.iter().enumerate() {
                f.push_line(i, l);
            }
            proptest::prop_assert_eq!(f.map.len(), f.text.len() + 1);
            for (i, ch) in f.text.char_indices() {
                let p = f.map[i];
                let line = &lines[p.line as usize];
                if ch == ' ' {
                    continue;
                }
                proptest::prop_assert!(line.is_char_boundary(p.col as usize));
                let orig = line[p.col as usize..].chars().next().unwrap();
                proptest::prop_assert!(fold_char(orig).any(|c| c == ch), "{:?} at {:?} from {:?}", ch, p, orig);
            }
        }
    }

    #[test]
    fn stripped_text_has_a_low_ratio() {
        assert!(diacritic_ratio(["Tổng số hồ sơ tiếp nhận"].into_iter()) > 0.2);
        assert!(diacritic_ratio(["Tong so ho so tiep nhan"].into_iter()) < 0.05);
    }
}
