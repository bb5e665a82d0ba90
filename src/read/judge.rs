//! How Vietnamese a text reads: a page's text in, its [`Quality`] out; used
//! by the PDF reader to judge a text layer over a scan before trusting it.
//!
//! Office copiers and scanners make "searchable" PDFs: the page image with
//! an invisible text layer from their own OCR, usually without Vietnamese.
//! Such a layer has words (so it passes for text) but few of them carry
//! Vietnamese marks, and many are not Vietnamese syllables at all. Two
//! measures over the words of letters: the share with a letter outside
//! ASCII (a mark: "tiếp", "hồ"), and the share shaped like a Vietnamese
//! syllable once folded (the `syllable` class of patterns/words.toml). It
//! does not check spelling against a dictionary.

use crate::patterns::{Patterns, WordClass};
use crate::text::fold;

/// What is measured of a text.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Quality {
    /// Words made only of letters.
    pub words: usize,
    /// Of them, words with a letter outside ASCII (a Vietnamese mark).
    pub marked: usize,
    /// Of them, words shaped like a Vietnamese syllable.
    pub syllables: usize,
}

/// Fewer words than this say too little to judge (a signature page).
const MIN_WORDS: usize = 30;
/// Vietnamese prose carries a mark on most words (a devset report's text
/// PDF: 89-91 % per page); Tesseract's English model on the devset scans
/// puts one on 16-22 % (mostly wrong ones: "é" for "ế"). Under half is not
/// Vietnamese read well.
const MIN_MARKED: f64 = 0.5;
/// Nearly every word of Vietnamese is a syllable (96-100 % on those pages;
/// the rest "UBND", "TTHC"); the English OCR, 78-87 %.
const MIN_SYLLABLES: f64 = 0.75;

impl Quality {
    pub fn of(text: &str) -> Quality {
        let pats = Patterns::builtin();
        let syllable = &pats.words(WordClass::Syllable).cue;
        let mut q = Quality::default();
        for w in text.split(|c: char| !c.is_alphabetic()) {
            if w.is_empty() {
                continue;
            }
            q.words += 1;
            q.marked += usize::from(!w.is_ascii());
            q.syllables += usize::from(syllable.is_match(&fold(w)));
        }
        q
    }

    fn share(&self, n: usize) -> f64 {
        n as f64 / self.words.max(1) as f64
    }

    /// Too few marks or too many non-syllables to be Vietnamese read well;
    /// false when there are too few words to say.
    pub fn poor(&self) -> bool {
        self.words >= MIN_WORDS
            && (self.share(self.marked) < MIN_MARKED || self.share(self.syllables) < MIN_SYLLABLES)
    }

    /// The score two readings of one page are compared by: the share of
    /// syllables plus the share of marked words (each 0-1). A reading with
    /// the marks and the same words scores higher than one without them.
    pub fn score(&self) -> f64 {
        self.share(self.syllables) + self.share(self.marked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_a_scanners_english_ocr_of_it() {
        let vi = "Trung tâm Phục vụ hành chính công phường tiếp nhận 2.810 hồ sơ, \
                  trong đó trực tuyến 2.002 hồ sơ; đã giải quyết 2.788 hồ sơ đúng hạn và trước hạn, \
                  đang giải quyết 21 hồ sơ. Tỷ lệ hồ sơ trực tuyến đạt 71,24% so với tổng số hồ sơ.";
        let eng = "Trung tam Phuc vu hanh chinh cong phuong tiép nhan 2.810 hé so, \
                   trong dé truc tuyén 2.002 hd so; da giai quyét 2.788 hé so dung han va trudc han, \
                   dang giai quyét 21 hé so. Ty 1é hé so truc tuyén dat 71,24% so vdi téng sé hd so.";
        let (qv, qe) = (Quality::of(vi), Quality::of(eng));
        assert!(!qv.poor(), "{qv:?}");
        assert!(qe.poor(), "{qe:?}");
        assert!(qv.score() > qe.score());
        // A text without marks that reads well is still poorer than the
        // same text with them.
        let folded = fold(vi);
        assert!(Quality::of(&folded).score() < qv.score());
        assert!(!Quality::of("Ký tên").poor(), "too short to judge");
    }
}
