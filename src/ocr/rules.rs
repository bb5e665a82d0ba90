//! Table rules on a scanned page: an 8-bit gray page image in, the long
//! thin dark lines its tables draw (horizontal and vertical, in image
//! pixels) out, and the same image with those lines painted over in the
//! paper's tone for Tesseract.
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
//! not a line. A horizontal rule broken inside one column is mended
//! ([`mend_broken`]). It does not deskew (the caller does, first: an opening
//! along a tilted line breaks it into steps) and does not decide what is a
//! table (a lone underline is a rule here, and not a table there).

use super::prep::OwnedPix;
use tesseract::plumbing::leptonica_plumbing::leptonica_sys as lept;

/// Shortest vertical rule, inches: longer than any letter's stroke (a
/// capital at 14 pt is about 0.14 in tall), shorter than a table row.
const MIN_RULE_IN: f64 = 0.2;
/// Shortest horizontal rule, inches: a blurred bold word (letters merged
/// along their middle) is a dark run as long as the word, so a horizontal
/// rule must be longer than a short word and may be as short as a narrow
/// column ("Quá hạn", about 0.4 in).
const MIN_HRULE_IN: f64 = 0.35;
/// Thickest rule, inches (a 3 pt border, blurred by the copy).
const MAX_RULE_IN: f64 = 0.06;
/// Ink darker than this (0 black – 255 white, on the page flattened to a
/// paper of 200) is a rule's pixel: a blurred 0.5 pt line is light gray.
/// Measured on the devset scans (figure F1, halo 0.02 in): 160 gives 0.89
/// (parts of the rules stay, and are read as digits), 180 0.92, 190 0.91.
const INK: i32 = 180;
/// The widest break in a rule (inches) that the copy's noise makes: a few
/// white pixels across it.
const GAP_IN: f64 = 0.03;
/// The blurred halo beside a rule's dark core, erased with it (inches, each
/// side): a remnant left at the side of a column's rule is read as "1",
/// "/" or ")" beside the cell's number.
const HALO_IN: f64 = 0.02;
/// How far apart (inches) a rule's end and the line it meets may be, and
/// still touch: a copy blurs and breaks a line's ends.
const TOUCH_IN: f64 = 0.03;

/// One rule: at `pos` (y for a horizontal, x for a vertical) from `from`
/// to `to`, in pixels of the image it was found on.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
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

/// A dark run found by the opening: its box, in pixels.
#[derive(Debug, Clone, Copy)]
struct Run {
    rule: Rule,
    bx: (i32, i32, i32, i32),
}

/// Whether a horizontal and a vertical rule meet (cross, or end at each
/// other within `tol` pixels).
fn touch(h: &Rule, v: &Rule, tol: f64) -> bool {
    v.pos >= h.from - tol && v.pos <= h.to + tol && h.pos >= v.from - tol && h.pos <= v.to + tol
}

/// The rules that meet a rule of the other direction: a table's borders.
/// A lone horizontal run is an underline, a bold word or a signature line;
/// a lone vertical one a page edge's shadow: none of them is erased.
fn framed(runs: &[Run], tol: f64) -> Vec<Run> {
    runs.iter()
        .filter(|a| {
            runs.iter().any(|b| {
                a.rule.horizontal != b.rule.horizontal
                    && if a.rule.horizontal {
                        touch(&a.rule, &b.rule, tol)
                    } else {
                        touch(&b.rule, &a.rule, tol)
                    }
            })
        })
        .copied()
        .collect()
}

/// The widest break (inches) mended in a horizontal rule inside one
/// column.
const MEND_IN: f64 = 1.5;

/// Horizontal rules broken inside a column, mended: a table's rule ends on
/// a vertical rule, so two pieces at one height whose facing ends meet no
/// vertical, with no vertical between them and one on each side, are one
/// rule a blurred photo broke (where a row name's accents touch it: two
/// rows' names then fell into one cell). Pieces that end on a vertical
/// (a rule under a merged header's sub-columns) stay apart.
fn mend_broken(rules: Vec<Rule>, tol: f64) -> Vec<Rule> {
    let verticals: Vec<Rule> = rules.iter().filter(|r| !r.horizontal).copied().collect();
    let crosses = |v: &Rule, y: f64| y >= v.from - tol && y <= v.to + tol;
    let mut hs: Vec<Rule> = rules.iter().filter(|r| r.horizontal).copied().collect();
    hs.sort_by(|a, b| a.pos.total_cmp(&b.pos).then(a.from.total_cmp(&b.from)));
    let mut out: Vec<Rule> = Vec::new();
    for h in hs {
        if let Some(last) = out.last_mut()
            && (h.pos - last.pos).abs() <= tol
            && h.from > last.to
            && h.from - last.to <= MEND_IN * tol / TOUCH_IN
        {
            let (a, b) = (last.to, h.from);
            let y = (h.pos + last.pos) / 2.0;
            let at = |x: f64| {
                verticals
                    .iter()
                    .any(|v| crosses(v, y) && (v.pos - x).abs() <= tol)
            };
            let between = verticals
                .iter()
                .any(|v| crosses(v, y) && v.pos > a - tol && v.pos < b + tol);
            let left = verticals.iter().any(|v| crosses(v, y) && v.pos < a);
            let right = verticals.iter().any(|v| crosses(v, y) && v.pos > b);
            if !at(a) && !at(b) && !between && left && right {
                last.to = h.to;
                last.pos = y;
                continue;
            }
        }
        out.push(h);
    }
    out.extend(verticals);
    out
}

/// The page's table rules, and the page with them erased (None when it has
/// none, or Leptonica failed at a step: the page is then read as it is).
pub(crate) fn find_and_erase(gray: &OwnedPix, ppi: i32) -> (Vec<Rule>, Option<OwnedPix>) {
    let ppi = if ppi > 0 { ppi as f64 } else { 300.0 };
    let thick = (MAX_RULE_IN * ppi).round().max(3.0) as i32;
    // SAFETY: every image is owned by an OwnedPix (destroyed once, after
    // its last use); the Boxa by OwnedBoxa; the Box is destroyed after use.
    unsafe {
        // The paper's tone (gray, or darker under a copier-lid shadow) is
        // divided out first, so that one threshold tells ink from paper on
        // every copy: the background is then 200 everywhere.
        let Some(flat) = OwnedPix::new(lept::pixBackgroundNormSimple(
            gray.ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )) else {
            return (Vec::new(), None);
        };
        let Some(bin) = OwnedPix::new(lept::pixConvertTo1(flat.ptr(), INK)) else {
            return (Vec::new(), None);
        };
        let mut runs = Vec::new();
        let mut opened = Vec::new();
        for horizontal in [true, false] {
            let long = if horizontal {
                MIN_HRULE_IN
            } else {
                MIN_RULE_IN
            };
            let long = (long * ppi).round() as i32;
            let (h, v) = if horizontal { (long, 1) } else { (1, long) };
            let Some(open) = OwnedPix::new(lept::pixOpenCompBrick(
                std::ptr::null_mut(),
                bin.ptr(),
                h,
                v,
            )) else {
                return (Vec::new(), None);
            };
            // A rule broken by the copy's noise (a few white pixels across
            // it) is one rule again.
            let gap = (GAP_IN * ppi).round() as i32;
            let (ch, cv) = if horizontal { (gap, 1) } else { (1, gap) };
            let Some(closed) = OwnedPix::new(lept::pixCloseCompBrick(
                std::ptr::null_mut(),
                open.ptr(),
                ch,
                cv,
            )) else {
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
                let rule = if horizontal {
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
                };
                runs.push(Run {
                    rule,
                    bx: (x, y, w, hh),
                });
            }
            opened.push(open);
        }
        let runs = framed(&runs, TOUCH_IN * ppi);
        if runs.is_empty() {
            return (Vec::new(), None);
        }
        let rules = mend_broken(runs.iter().map(|r| r.rule).collect(), TOUCH_IN * ppi);
        // The mask: the opened ink inside the kept runs' boxes, widened by
        // the blurred halo beside a rule's dark core.
        let Some(boxes) = OwnedPix::new(lept::pixCreateTemplate(bin.ptr())) else {
            return (rules, None);
        };
        for r in &runs {
            let (x, y, w, h) = r.bx;
            let b = lept::boxCreate(x, y, w, h);
            if b.is_null() {
                return (rules, None);
            }
            lept::pixSetInRect(boxes.ptr(), b);
            let mut b = b;
            lept::boxDestroy(&mut b);
        }
        let Some(ink) = OwnedPix::new(lept::pixOr(
            std::ptr::null_mut(),
            opened[0].ptr(),
            opened[1].ptr(),
        )) else {
            return (rules, None);
        };
        let Some(mask) = OwnedPix::new(lept::pixAnd(std::ptr::null_mut(), ink.ptr(), boxes.ptr()))
        else {
            return (rules, None);
        };
        let halo = (HALO_IN * ppi).round() as i32 * 2 + 1;
        let Some(mask) = OwnedPix::new(lept::pixDilateBrick(
            std::ptr::null_mut(),
            mask.ptr(),
            halo,
            halo,
        )) else {
            return (rules, None);
        };
        let Some(clean) = OwnedPix::new(lept::pixCopy(std::ptr::null_mut(), gray.ptr())) else {
            return (rules, None);
        };
        // Painted in the paper's tone, not white: white stripes on a gray
        // copy make Tesseract's threshold read the paper between them as
        // ink, and a row boxed by them comes out as garbage.
        let mut paper: u32 = 255;
        if lept::pixGetRankValue(gray.ptr(), 4, 0.5, &mut paper) != 0 {
            paper = 255;
        }
        if lept::pixSetMasked(clean.ptr(), mask.ptr(), paper) != 0 {
            return (rules, None);
        }
        (rules, Some(clean))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gray page at 200 dpi with a paper tone of 215: a 3 × 2 table of
    /// 2 px rules, and an underline apart from it.
    fn page() -> OwnedPix {
        // SAFETY: a new image, drawn on while owned.
        unsafe {
            let p = OwnedPix::new(lept::pixCreate(1000, 800, 8)).unwrap();
            lept::pixSetAllGray(p.ptr(), 215);
            let line = |x1, y1, x2, y2| {
                lept::pixRenderLine(p.ptr(), x1, y1, x2, y2, 2, lept::L_CLEAR_PIXELS as i32);
            };
            for y in [100, 160, 220] {
                line(100, y, 700, y);
            }
            for x in [100, 300, 500, 700] {
                line(x, 100, x, 220);
            }
            line(100, 600, 400, 600);
            p
        }
    }

    fn gray_at(p: &OwnedPix, x: i32, y: i32) -> u32 {
        let mut v = 0;
        // SAFETY: a live image, a pixel inside it.
        unsafe { lept::pixGetPixel(p.ptr(), x, y, &mut v) };
        v
    }

    #[test]
    fn a_tables_rules_are_found_and_erased_and_a_lone_underline_is_not() {
        let p = page();
        let (rules, clean) = find_and_erase(&p, 200);
        let h: Vec<f64> = rules
            .iter()
            .filter(|r| r.horizontal)
            .map(|r| r.pos)
            .collect();
        let v: Vec<f64> = rules
            .iter()
            .filter(|r| !r.horizontal)
            .map(|r| r.pos)
            .collect();
        assert_eq!(h.len(), 3, "{rules:?}");
        assert_eq!(v.len(), 4, "{rules:?}");
        assert!(
            h.iter()
                .all(|y| [100.0, 160.0, 220.0].iter().any(|e| (y - e).abs() < 3.0))
        );
        let clean = clean.expect("erased");
        // The rule is gone, painted in the paper's tone; the underline stays.
        assert_eq!(gray_at(&clean, 400, 160), 215);
        assert_eq!(gray_at(&clean, 200, 600), 0);
    }

    #[test]
    fn a_rule_broken_inside_a_column_is_mended_and_one_ending_on_a_rule_is_not() {
        let h = |y: f64, from: f64, to: f64| Rule {
            horizontal: true,
            pos: y,
            from,
            to,
        };
        let v = |x: f64, from: f64, to: f64| Rule {
            horizontal: false,
            pos: x,
            from,
            to,
        };
        // devset2 03's photographed annex: the rule under row 7 broken
        // from 349 to 497 inside the names' column (331.5–622); the rule
        // under a merged header ends on the columns' rules.
        let rules = vec![
            v(251.5, 443.0, 1392.0),
            v(331.5, 443.0, 1392.0),
            v(622.0, 443.0, 1392.0),
            v(963.5, 443.0, 1392.0),
            h(986.0, 249.0, 349.0),
            h(986.5, 497.0, 1616.0),
            h(492.0, 250.0, 331.5),
            h(492.0, 622.0, 963.5),
        ];
        let mended = mend_broken(rules, 6.0);
        let hs: Vec<(f64, f64)> = mended
            .iter()
            .filter(|r| r.horizontal)
            .map(|r| (r.from, r.to))
            .collect();
        assert_eq!(hs, [(250.0, 331.5), (622.0, 963.5), (249.0, 1616.0)]);
        assert_eq!(mended.len(), 7);
    }

    #[test]
    fn a_page_without_rules_is_left_as_it_is() {
        // SAFETY: a new image.
        let p = unsafe {
            let p = OwnedPix::new(lept::pixCreate(400, 300, 8)).unwrap();
            lept::pixSetAllGray(p.ptr(), 230);
            p
        };
        let (rules, clean) = find_and_erase(&p, 300);
        assert!(rules.is_empty());
        assert!(clean.is_none());
    }
}
