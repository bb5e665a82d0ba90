//! Numbers read with fewer digits than their box holds: a page's words in,
//! the same words out, a number whose box is wider than its digits made
//! doubtful.
//!
//! On a blurred photo Tesseract reads "22" as "2" and "71" as "7" with
//! confidences of 82–91, the box still around both digits. A box wider
//! than the digits it was read as, by more than most of a digit of the
//! page's own numbers, says a digit was lost: the number's confidence is
//! lowered under the doubt bar, so that its cell is read again
//! ([`super::cells`]) and no check rests on it unless that reading fills
//! the box. It does not change any word's text and does not look at words
//! that are not plain numbers.

use super::Word;

/// Confidence given to a number too wide for its digits: under the read
/// stage's doubt bar (70) and the cells' (70).
const WIDE_CONF: f32 = 60.0;
/// A number is too wide when its box exceeds its digits' width by more
/// than this share of a digit (a bold digit is about 1.15 of a regular
/// one: three bold digits are 0.45 wider; a lost digit adds 1.0).
const SLACK: f64 = 0.65;
/// A separator ('.' or ',') takes this share of a digit's width.
const SEPARATOR: f64 = 0.4;
/// Numbers of two digits or more the page needs to tell its digit width.
const MIN_NUMBERS: usize = 5;

/// The width of a number's text in digits: its digits and its separators.
/// None when the word is not a plain number ("12", "1.073", "4,5").
fn digit_widths(text: &str) -> Option<(usize, f64)> {
    let mut digits = 0;
    let mut seps = 0;
    for c in text.chars() {
        match c {
            '0'..='9' => digits += 1,
            '.' | ',' => seps += 1,
            _ => return None,
        }
    }
    (digits > 0).then_some((digits, digits as f64 + SEPARATOR * seps as f64))
}

/// The page's digit shape: the median width of a digit over its height,
/// among its numbers of two digits or more; None with too few of them.
/// Relative to the height, because a table's smaller type stands on the
/// same page as the prose's.
fn digit_shape(words: &[Word]) -> Option<f64> {
    let mut v: Vec<f64> = words
        .iter()
        .filter_map(|w| {
            let (digits, units) = digit_widths(&w.text)?;
            (digits >= 2 && w.width > 0 && w.height > 0)
                .then_some(w.width as f64 / (units * w.height as f64))
        })
        .collect();
    if v.len() < MIN_NUMBERS {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

/// Lowers the confidence of every number whose box is too wide for its
/// digits (see the module doc).
pub(super) fn doubt_wide_numbers(mut words: Vec<Word>) -> Vec<Word> {
    let Some(shape) = digit_shape(&words) else {
        return words;
    };
    for w in &mut words {
        if let Some((_, units)) = digit_widths(&w.text)
            && w.width as f64 > (units + SLACK) * shape * w.height as f64
        {
            w.conf = w.conf.min(WIDE_CONF);
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str, width: i32, conf: f32) -> Word {
        hw(text, width, 21, conf)
    }

    fn hw(text: &str, width: i32, height: i32, conf: f32) -> Word {
        Word {
            block: 1,
            par: 1,
            line: 1,
            left: 0,
            top: 0,
            width,
            height,
            conf,
            text: text.into(),
        }
    }

    #[test]
    fn a_number_missing_a_digit_is_doubted() {
        // A blurred photo's table (devset2 03's annex): digits 14 px wide.
        let words = vec![
            w("528", 43, 97.0),
            w("402", 43, 96.0),
            w("73", 27, 97.0),
            w("1.312", 60, 95.0),
            w("59", 27, 97.0),
            w("2", 28, 91.0), // "22" read as "2"
            w("7", 25, 82.0), // "71" read as "7"
            w("7", 14, 97.0),
            w("1", 7, 90.0),
            w("6.482", 72, 96.0), // bold, a total row
            w("158", 47, 96.0),   // bold
            w("Người", 73, 94.0),
            w("(2)", 40, 95.0),
            hw("2.517", 99, 33, 96.0), // the prose's larger type
        ];
        let confs: Vec<f32> = doubt_wide_numbers(words).iter().map(|w| w.conf).collect();
        assert_eq!(
            confs,
            [
                97.0, 96.0, 97.0, 95.0, 97.0, 60.0, 60.0, 97.0, 90.0, 96.0, 96.0, 94.0, 95.0, 96.0
            ]
        );
    }

    #[test]
    fn a_page_with_few_numbers_is_left_alone() {
        let words = vec![w("12", 27, 97.0), w("2", 40, 91.0)];
        assert_eq!(doubt_wide_numbers(words.clone()), words);
    }
}
