//! Table rules on a scanned page: an 8-bit gray page image in, the long
//! thin dark lines it draws (horizontal and vertical, in image pixels) out,
//! and the same image with those lines painted white for Tesseract.
//!
//! A table's borders are what tells its cells apart, so they are found
//! here and handed on (as the PDF reader hands on the lines a text-layer
//! page draws) for [`crate::read`] to build the table's grid. Left in the
//! image, Tesseract reads a vertical rule as "|", "l" or "1" glued to a
//! cell's number, and a row's cells run together; erased, it reads the
//! cells' words, and the grid puts each in its cell.
//!
//! A rule is found by a morphological opening: a run of dark pixels at
//! least [`MIN_RULE_IN`] of an inch long in one direction survives, letters
//! do not (no stroke of a letter is that long), and a survivor thicker than
//! [`MAX_RULE_IN`] is a dark area (a copier-lid shadow, a photo's edge),
//! not a line. It does not deskew (the caller does, first: an opening
//! along a tilted line breaks it into steps) and does not decide what is a
//! table (a lone underline is a rule here, and not a table there).

use super::prep::OwnedPix;
use tesseract::plumbing::leptonica_plumbing::leptonica_sys as lept;

/// Shortest rule, inches: longer than any letter's stroke (a capital at
/// 14 pt is about 0.14 in tall), shorter than one table row's height or a
/// narrow column's width.
const MIN_RULE_IN: f64 = 0.2;
/// Thickest rule, inches (a 3 pt border, blurred by the copy).
const MAX_RULE_IN: f64 = 0.06;
/// Ink darker than this (0 black – 255 white) is a rule's pixel. Lighter
/// than text's threshold, as a blurred 0.5 pt line is gray.
const INK: i32 = 170;

/// One rule: at `pos` (y for a horizontal, x for a vertical) from `from`
/// to `to`, in pixels of the image it was found on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub horizontal: bool,
    pub pos: f64,
    pub from: f64,
    pub to: f64,
}

struct OwnedBoxa(*mut lept::Boxa);

impl Drop for OwnedBoxa {
    fn drop(&mut self) {
        // SAFETY: the pointer came from pixConnCompBB and is destroyed once.
        unsafe { lept::boxaDestroy(&mut self.0) }
    }
}

/// The page's rules, and the page with them erased (None when it has none,
/// or Leptonica failed at a step: the page is then read as it is).
pub(crate) fn find_and_erase(gray: &OwnedPix, ppi: i32) -> (Vec<Rule>, Option<OwnedPix>) {
    let ppi = if ppi > 0 { ppi as f64 } else { 300.0 };
    let long = (MIN_RULE_IN * ppi).round() as i32;
    let thick = (MAX_RULE_IN * ppi).round().max(3.0) as i32;
    // SAFETY: every image is owned by an OwnedPix (destroyed once, after
    // its last use); the Boxa by OwnedBoxa.
    unsafe {
        let Some(bin) = OwnedPix::new(lept::pixConvertTo1(gray.ptr(), INK)) else {
            return (Vec::new(), None);
        };
        let mut rules = Vec::new();
        let mut masks = Vec::new();
        for horizontal in [true, false] {
            let (h, v) = if horizontal { (long, 1) } else { (1, long) };
            let Some(open) =
                OwnedPix::new(lept::pixOpenBrick(std::ptr::null_mut(), bin.ptr(), h, v))
            else {
                return (Vec::new(), None);
            };
            // A rule broken by the copy's noise (a few white pixels across
            // it) is one rule again.
            let gap = (0.03 * ppi).round() as i32;
            let (ch, cv) = if horizontal { (gap, 1) } else { (1, gap) };
            let Some(closed) =
                OwnedPix::new(lept::pixCloseBrick(std::ptr::null_mut(), open.ptr(), ch, cv))
            else {
                return (Vec::new(), None);
            };
            let boxa = OwnedBoxa(lept::pixConnCompBB(closed.ptr(), 8));
            if boxa.0.is_null() {
                return (Vec::new(), None);
            }
            for i in 0..lept::boxaGetCount(boxa.0) {
                let (mut x, mut y, mut w, mut hh) = (0, 0, 0, 0);
                if lept::boxaGetBoxGeometry(boxa.0, i, &mut x, &mut y, &mut w, &mut hh) != 0 {
                    continue;
                }
                let (len, across) = if horizontal { (w, hh) } else { (hh, w) };
                if len < long || across > thick {
                    continue;
                }
                rules.push(if horizontal {
                    Rule {
                        horizontal,
                        pos: y as f64 + hh as f64 / 2.0,
                        from: x as f64,
                        to: (x + w) as f64,
                    }
                } else {
                    Rule {
                        horizontal,
                        pos: x as f64 + w as f64 / 2.0,
                        from: y as f64,
                        to: (y + hh) as f64,
                    }
                });
            }
            masks.push(open);
        }
        if rules.is_empty() {
            return (rules, None);
        }
        // The blurred halo beside a rule's dark core goes too.
        let Some(mask) = OwnedPix::new(lept::pixOr(
            std::ptr::null_mut(),
            masks[0].ptr(),
            masks[1].ptr(),
        )) else {
            return (rules, None);
        };
        let halo = (0.01 * ppi).round() as i32 * 2 + 1;
        let Some(mask) =
            OwnedPix::new(lept::pixDilateBrick(std::ptr::null_mut(), mask.ptr(), halo, halo))
        else {
            return (rules, None);
        };
        let Some(clean) = OwnedPix::new(lept::pixCopy(std::ptr::null_mut(), gray.ptr())) else {
            return (rules, None);
        };
        if lept::pixSetMasked(clean.ptr(), mask.ptr(), 255) != 0 {
            return (rules, None);
        }
        (rules, Some(clean))
    }
}
