//! A second reading of a ruled table's cells: the page's words, its rules
//! and the recognised page (its image still loaded in Tesseract) in, the
//! words with the cells the page's reading missed or doubted read again,
//! one cell at a time.
//!
//! Read as a whole page, Tesseract's layout analysis drops a lone short
//! number in a box of rules (a "3" or "9" between two erased rules: on a
//! devset2 annex 30 of 170 cells came out empty) and misreads a cell it
//! took for part of a line with its neighbours. Each cell that the rules
//! close on four sides, holds ink, and has no word or a doubtful one, is
//! read again on its own (single line or single block). An empty cell gets
//! the second reading's words; a doubted cell keeps the better-scored
//! reading, and a number the two readings read differently stays doubtful
//! (its confidence is the lower one), so that no check rests on it. An
//! inked cell whose rectangle of the page gives no word at all is read
//! once more cut out alone, with a margin of paper.
//!
//! It does not find the rules ([`super::rules`]) and does not build the
//! table's rows (the read stage's lattice does, from the same rules).

use super::Word;
use super::prep::OwnedPix;
use super::rules::Rule;
use tesseract::plumbing::leptonica_plumbing::leptonica_sys as lept;
use tesseract::plumbing::tesseract_sys as tess;

/// A digit word scored under this is doubtful (as the read stage's
/// `DOUBTFUL_CONF`): its cell is read again.
const DOUBT: f32 = 70.0;
/// A word without a digit scored under this is read again with its cell
/// (a row name read as garbage).
const GARBLED: f32 = 50.0;
/// Rule positions closer than this (inches) are one grid line.
const TOL_IN: f64 = 0.03;
/// A cell's edge is ruled when its rules cover at least this share of it.
const COVER: f64 = 0.7;
/// How far inside its rules (inches) a cell is cut out: the erased rule's
/// halo and the copy's blur stay outside.
const INSET_IN: f64 = 0.025;
/// Dark pixels (inches², at least) that make a cell's ink worth reading:
/// a "1" of 12 pt is about 0.0025 in², a speck of dust under 0.0005.
const MIN_INK_IN2: f64 = 0.0012;
/// Ink outside a cell's words, in units of [`MIN_INK_IN2`], that says the
/// page's reading lost some of the cell's words.
const UNREAD_INK: i32 = 3;
/// Cells read again on one page, at most: a page of hatching is not a
/// table, and each reading costs a few milliseconds.
const MAX_CELLS: usize = 400;
/// Block number given to a cell's second reading's words: apart from the
/// page's blocks, so the layout's skew estimate does not mix them.
const CELL_BLOCK: u32 = 100_000;

/// A cell: its box in pixels (left, top, right, bottom), inside its rules.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cell {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Cell {
    fn holds(&self, w: &Word) -> bool {
        let cx = w.left as f64 + w.width as f64 / 2.0;
        let cy = w.top as f64 + w.height as f64 / 2.0;
        cx > self.x0 && cx < self.x1 && cy > self.y0 && cy < self.y1
    }
}

/// Positions clustered within `tol`, each cluster's mean, ascending.
fn cluster(mut v: Vec<f64>, tol: f64) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, usize)> = Vec::new();
    for x in v {
        match out.last_mut() {
            Some((sum, n)) if x - *sum / *n as f64 <= tol => {
                *sum += x;
                *n += 1;
            }
            _ => out.push((x, 1)),
        }
    }
    out.into_iter().map(|(s, n)| s / n as f64).collect()
}

/// How much of `[a, b]` the rules of one direction at `pos` cover.
fn covered(rules: &[Rule], horizontal: bool, pos: f64, a: f64, b: f64, tol: f64) -> f64 {
    let mut spans: Vec<(f64, f64)> = rules
        .iter()
        .filter(|r| r.horizontal == horizontal && (r.pos - pos).abs() <= tol)
        .map(|r| (r.from.max(a), r.to.min(b)))
        .filter(|(f, t)| t > f)
        .collect();
    spans.sort_by(|x, y| x.0.total_cmp(&y.0));
    let (mut total, mut end) = (0.0, a);
    for (f, t) in spans {
        let f = f.max(end);
        if t > f {
            total += t - f;
            end = t;
        }
    }
    total
}

/// The cells the rules close on four sides, at least `min` pixels each
/// way (a sliver between two strokes of one border is not a cell). Grid
/// cells that no rule separates are one cell (a header over two columns,
/// "STT" over two header rows), as the read stage's lattice merges them;
/// a merged cell that is not a rectangle is not read again.
fn closed_cells(rules: &[Rule], ppi: f64, min: f64) -> Vec<Cell> {
    let tol = TOL_IN * ppi;
    let xs = cluster(
        rules
            .iter()
            .filter(|r| !r.horizontal)
            .map(|r| r.pos)
            .collect(),
        tol,
    );
    let ys = cluster(
        rules
            .iter()
            .filter(|r| r.horizontal)
            .map(|r| r.pos)
            .collect(),
        tol,
    );
    if xs.len() < 2 || ys.len() < 2 {
        return Vec::new();
    }
    let (nr, nc) = (ys.len() - 1, xs.len() - 1);
    let id = |r: usize, c: usize| r * nc + c;
    let mut parent: Vec<usize> = (0..nr * nc).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let join = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            p[ra.max(rb)] = ra.min(rb);
        }
    };
    for r in 0..nr {
        for c in 0..nc {
            let (w, h) = (xs[c + 1] - xs[c], ys[r + 1] - ys[r]);
            if c + 1 < nc && covered(rules, false, xs[c + 1], ys[r], ys[r + 1], tol) < h / 2.0 {
                join(&mut parent, id(r, c), id(r, c + 1));
            }
            if r + 1 < nr && covered(rules, true, ys[r + 1], xs[c], xs[c + 1], tol) < w / 2.0 {
                join(&mut parent, id(r, c), id(r + 1, c));
            }
        }
    }
    // Each merged cell's extent in grid rows and columns, and its size.
    let mut span: std::collections::BTreeMap<usize, (usize, usize, usize, usize, usize)> =
        Default::default();
    for r in 0..nr {
        for c in 0..nc {
            let root = find(&mut parent, id(r, c));
            let e = span.entry(root).or_insert((r, r, c, c, 0));
            e.0 = e.0.min(r);
            e.1 = e.1.max(r);
            e.2 = e.2.min(c);
            e.3 = e.3.max(c);
            e.4 += 1;
        }
    }
    let inset = INSET_IN * ppi;
    let mut out = Vec::new();
    for (r0, r1, c0, c1, n) in span.into_values() {
        if n != (r1 - r0 + 1) * (c1 - c0 + 1) {
            continue;
        }
        let (x0, x1, y0, y1) = (xs[c0], xs[c1 + 1], ys[r0], ys[r1 + 1]);
        let (w, h) = (x1 - x0, y1 - y0);
        if w < min || h < min {
            continue;
        }
        let ruled = covered(rules, true, y0, x0, x1, tol) >= COVER * w
            && covered(rules, true, y1, x0, x1, tol) >= COVER * w
            && covered(rules, false, x0, y0, y1, tol) >= COVER * h
            && covered(rules, false, x1, y0, y1, tol) >= COVER * h;
        if ruled {
            out.push(Cell {
                x0: x0 + inset,
                y0: y0 + inset,
                x1: x1 - inset,
                y1: y1 - inset,
            });
        }
    }
    out
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

fn has_digit(w: &Word) -> bool {
    w.text.chars().any(|c| c.is_ascii_digit())
}

/// Whether a cell's reading is to be read again: a digit word doubted, or
/// a word read as garbage.
fn doubted(words: &[&Word]) -> bool {
    words
        .iter()
        .any(|w| (has_digit(w) && w.conf < DOUBT) || w.conf < GARBLED)
}

fn mean_conf(words: &[Word]) -> f32 {
    if words.is_empty() {
        return -1.0;
    }
    words.iter().map(|w| w.conf).sum::<f32>() / words.len() as f32
}

fn digits(words: &[&Word]) -> String {
    words
        .iter()
        .flat_map(|w| w.text.chars())
        .filter(char::is_ascii_digit)
        .collect()
}

/// What to do with a cell, from its page reading and its second one.
/// `None`: keep the page's words. `Some(words)`: put these in their place.
fn decide(old: &[&Word], new: Vec<Word>, unread: bool) -> Option<Vec<Word>> {
    let new: Vec<Word> = new
        .into_iter()
        .filter(|w| w.text.chars().any(char::is_alphanumeric))
        .collect();
    if new.is_empty() {
        return None;
    }
    if old.is_empty() {
        // What the page's reading did not see at all is taken only where
        // Tesseract is fairly sure of it: a cell's crop of a photo's edge
        // or of a stain reads as confident-looking garbage otherwise.
        let sure: Vec<Word> = new.into_iter().filter(|w| w.conf >= GARBLED).collect();
        return (!sure.is_empty()).then_some(sure);
    }
    // A number read as a number is not replaced by a reading that is no
    // number ("781" by "7TBI"): the second reading's letters are the
    // misreading.
    let numeric = |w: &Word| {
        w.text
            .chars()
            .all(|c| c.is_ascii_digit() || ".,%-".contains(c))
    };
    if old.iter().any(|w| has_digit(w))
        && old.iter().filter(|w| has_digit(w)).all(|w| numeric(w))
        && new.iter().any(|w| has_digit(w) && !numeric(w))
    {
        return None;
    }
    let old_conf = old.iter().map(|w| w.conf).sum::<f32>() / old.len() as f32;
    let old_min = old.iter().map(|w| w.conf).fold(f32::INFINITY, f32::min);
    let differ = digits(old) != digits(&new.iter().collect::<Vec<_>>());
    let chars = |ws: &mut dyn Iterator<Item = &Word>| {
        ws.flat_map(|w| w.text.chars())
            .filter(|c| c.is_alphanumeric())
            .count()
    };
    // Where the page's reading left ink unread, a sure reading with more
    // letters is the fuller one; elsewhere the better-scored one wins.
    let fuller = unread
        && mean_conf(&new) >= DOUBT
        && chars(&mut new.iter()) > chars(&mut old.iter().copied());
    if mean_conf(&new) <= old_conf && !fuller {
        return None;
    }
    let mut new = new;
    if differ {
        // Two readings of a number that disagree: the better one is kept,
        // and it stays as doubtful as the worse one was.
        for w in new.iter_mut().filter(|w| has_digit(w)) {
            w.conf = w.conf.min(old_min);
        }
    }
    Some(new)
}

/// Dark pixels of the binarised page inside a cell, outside the boxes of
/// `words` (each widened by a few pixels).
///
/// # Safety
/// `bin` must be a live 1-bit image.
unsafe fn ink(bin: &OwnedPix, c: &Cell, words: &[&Word]) -> i32 {
    // SAFETY: the box and the clipped image are destroyed here, once.
    unsafe {
        let b = lept::boxCreate(
            c.x0 as i32,
            c.y0 as i32,
            (c.x1 - c.x0) as i32,
            (c.y1 - c.y0) as i32,
        );
        if b.is_null() {
            return 0;
        }
        let clip = lept::pixClipRectangle(bin.ptr(), b, std::ptr::null_mut());
        let mut b = b;
        lept::boxDestroy(&mut b);
        let Some(clip) = OwnedPix::new(clip) else {
            return 0;
        };
        for w in words {
            let pad = (w.height / 4).max(2);
            let wb = lept::boxCreate(
                w.left - c.x0 as i32 - pad,
                w.top - c.y0 as i32 - pad,
                w.width + 2 * pad,
                w.height + 2 * pad,
            );
            if !wb.is_null() {
                lept::pixClearInRect(clip.ptr(), wb);
                let mut wb = wb;
                lept::boxDestroy(&mut wb);
            }
        }
        let mut n = 0;
        if lept::pixCountPixels(clip.ptr(), &mut n, std::ptr::null_mut()) != 0 {
            return 0;
        }
        n
    }
}

/// Reads the page's closed cells again where its reading missed or doubted
/// them, and returns the page's words with those cells' words replaced.
///
/// # Safety
/// `api` must hold the page image `page` (rules erased), recognised.
pub(super) unsafe fn reread(
    api: *mut tess::TessBaseAPI,
    page: &OwnedPix,
    rules: &[Rule],
    words: Vec<Word>,
    ppi: i32,
) -> Vec<Word> {
    if rules.is_empty() {
        return words;
    }
    // Specks Tesseract made words of (dropped later anyway) would make an
    // empty cell look read.
    let words = super::drop_noise(words);
    let ppi = ppi.max(70) as f64;
    let line_h = median(
        words
            .iter()
            .filter(|w| w.text.chars().any(char::is_alphanumeric))
            .map(|w| w.height as f64)
            .collect(),
    )
    .unwrap_or(0.1 * ppi);
    let cells = closed_cells(rules, ppi, line_h);
    if cells.is_empty() || cells.len() > MAX_CELLS {
        return words;
    }
    // SAFETY: the images are owned here; `api` holds `page`, which outlives
    // every call; the rectangle is inside the page.
    unsafe {
        let Some(flat) = OwnedPix::new(lept::pixBackgroundNormSimple(
            page.ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        )) else {
            return words;
        };
        let Some(bin) = OwnedPix::new(lept::pixConvertTo1(flat.ptr(), 150)) else {
            return words;
        };
        let min_ink = (MIN_INK_IN2 * ppi * ppi) as i32;
        let mut words = words;
        let mut added: Vec<Word> = Vec::new();
        let mut lost: Vec<(usize, tess::TessPageSegMode)> = Vec::new();
        for (k, c) in cells.iter().enumerate() {
            let mine: Vec<usize> = (0..words.len()).filter(|&i| c.holds(&words[i])).collect();
            let old: Vec<&Word> = mine.iter().map(|&i| &words[i]).collect();
            // Ink the cell's words do not cover: words the page's reading
            // lost beside those it kept ("côn" of "công dân rút").
            let unread = ink(&bin, c, &old) >= UNREAD_INK * min_ink;
            if !old.is_empty() && !doubted(&old) && !unread {
                continue;
            }
            if old.is_empty() && !unread && ink(&bin, c, &[]) < min_ink {
                continue;
            }
            // One line of text: a single line; a wrapped name: a block.
            let psm = if c.y1 - c.y0 < 1.8 * line_h {
                tess::TessPageSegMode_PSM_SINGLE_LINE
            } else {
                tess::TessPageSegMode_PSM_SINGLE_BLOCK
            };
            let new = read_rect(api, c, psm, CELL_BLOCK + k as u32);
            if old.is_empty() && new.is_empty() {
                lost.push((k, psm));
                continue;
            }
            if let Some(new) = decide(&old, new, unread) {
                let mut i = 0;
                words.retain(|_| {
                    let keep = !mine.contains(&i);
                    i += 1;
                    keep
                });
                added.extend(new);
            }
        }
        // An inked cell its rectangle of the page reads as no word at all
        // (a photo's "Trực tiếp" header cell) is read once more as an image
        // of its own, with a margin of paper: the page is no longer
        // needed in the handle.
        for (k, psm) in lost {
            let new = read_alone(api, page, &cells[k], psm, ppi, CELL_BLOCK + k as u32);
            if let Some(new) = decide(&[], new, true) {
                added.extend(new);
            }
        }
        words.extend(added);
        words
    }
}

/// Margin of paper (pixels) around a cell read as an image of its own.
const MARGIN_PX: i32 = 12;

/// Recognises one cell cut out of `page` as an image of its own, with a
/// white margin; its words in the page's pixels. Replaces the handle's
/// image.
///
/// # Safety
/// `api` must be a live handle with a language loaded.
unsafe fn read_alone(
    api: *mut tess::TessBaseAPI,
    page: &OwnedPix,
    c: &Cell,
    psm: tess::TessPageSegMode,
    ppi: f64,
    block: u32,
) -> Vec<Word> {
    let (x0, y0) = (c.x0 as i32, c.y0 as i32);
    // SAFETY: the box and the images are owned here and destroyed once;
    // the margin image outlives the recognition and the words' reading.
    unsafe {
        let b = lept::boxCreate(x0, y0, (c.x1 - c.x0) as i32, (c.y1 - c.y0) as i32);
        if b.is_null() {
            return Vec::new();
        }
        let clip = OwnedPix::new(lept::pixClipRectangle(page.ptr(), b, std::ptr::null_mut()));
        let mut b = b;
        lept::boxDestroy(&mut b);
        let Some(clip) = clip else {
            return Vec::new();
        };
        let Some(framed) = OwnedPix::new(lept::pixAddBorder(clip.ptr(), MARGIN_PX, 255)) else {
            return Vec::new();
        };
        tess::TessBaseAPISetPageSegMode(api, psm);
        tess::TessBaseAPISetImage2(api, framed.ptr().cast());
        tess::TessBaseAPISetSourceResolution(api, ppi as i32);
        if tess::TessBaseAPIRecognize(api, std::ptr::null_mut()) != 0 {
            return Vec::new();
        }
        let mut out = super::words_of(api);
        for w in &mut out {
            w.left += x0 - MARGIN_PX;
            w.top += y0 - MARGIN_PX;
            w.block = block;
            w.par = 1;
            w.line = 1;
        }
        out
    }
}

/// Recognises one rectangle of the loaded page with `psm`; its words, in
/// the page's pixels, numbered as block `block`.
///
/// # Safety
/// `api` must hold a page image containing the rectangle.
unsafe fn read_rect(
    api: *mut tess::TessBaseAPI,
    c: &Cell,
    psm: tess::TessPageSegMode,
    block: u32,
) -> Vec<Word> {
    // SAFETY: `words_of` frees its iterator and texts before it returns.
    unsafe {
        tess::TessBaseAPISetPageSegMode(api, psm);
        tess::TessBaseAPISetRectangle(
            api,
            c.x0 as i32,
            c.y0 as i32,
            (c.x1 - c.x0) as i32,
            (c.y1 - c.y0) as i32,
        );
        if tess::TessBaseAPIRecognize(api, std::ptr::null_mut()) != 0 {
            return Vec::new();
        }
        // One rectangle is one block of one line, whatever Tesseract's
        // layout of it.
        let mut out = super::words_of(api);
        for w in &mut out {
            w.block = block;
            w.par = 1;
            w.line = 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(y: f64, from: f64, to: f64) -> Rule {
        Rule {
            horizontal: true,
            pos: y,
            from,
            to,
        }
    }
    fn v(x: f64, from: f64, to: f64) -> Rule {
        Rule {
            horizontal: false,
            pos: x,
            from,
            to,
        }
    }
    fn word(text: &str, conf: f32) -> Word {
        Word {
            block: 1,
            par: 1,
            line: 1,
            left: 10,
            top: 10,
            width: 40,
            height: 20,
            conf,
            text: text.into(),
        }
    }

    /// A header cell over two columns is one cell; the body's cells are
    /// two; a region open on one side is none.
    #[test]
    fn only_cells_closed_on_four_sides() {
        let rules = vec![
            h(0.0, 0.0, 600.0),
            h(100.0, 0.0, 600.0),
            h(200.0, 0.0, 600.0),
            v(0.0, 0.0, 200.0),
            v(300.0, 100.0, 200.0),
            v(600.0, 0.0, 200.0),
            // A box open at its right side.
            h(300.0, 0.0, 600.0),
            h(400.0, 0.0, 300.0),
            v(0.0, 300.0, 400.0),
        ];
        let cells = closed_cells(&rules, 300.0, 30.0);
        assert_eq!(cells.len(), 3, "{cells:?}");
        assert!(cells[0].x1 > 590.0 && cells[0].y1 < 100.0, "{cells:?}");
        assert!(cells[1..].iter().all(|c| c.y0 > 100.0 && c.y1 < 200.0));
    }

    #[test]
    fn readings_are_kept_replaced_or_doubted() {
        // An empty cell takes the second reading.
        assert_eq!(
            decide(&[], vec![word("9", 91.0)], false).unwrap()[0].text,
            "9"
        );
        // A better reading of the same number replaces it, sure.
        let old = word("1.073.", 60.0);
        let new = decide(&[&old], vec![word("1.073", 93.0)], false).unwrap();
        assert_eq!((new[0].text.as_str(), new[0].conf), ("1.073", 93.0));
        // A better reading of another number replaces it, doubtful.
        let old = word("B2", 40.0);
        let new = decide(&[&old], vec![word("353", 90.0)], false).unwrap();
        assert_eq!((new[0].text.as_str(), new[0].conf), ("353", 40.0));
        // A number is not replaced by a reading that is no number.
        let old = word("781", 60.0);
        assert!(decide(&[&old], vec![word("7TBI", 80.0)], false).is_none());
        // An empty cell does not take garbage.
        assert!(decide(&[], vec![word("sì»8", 20.0)], false).is_none());
        // A worse or empty reading changes nothing.
        assert!(decide(&[&old], vec![word("8", 30.0)], false).is_none());
        assert!(decide(&[&old], vec![word("|", 99.0)], false).is_none());
        // Ink left unread: a sure, fuller reading replaces a sure one.
        let old = word("côn", 96.0);
        let new = vec![word("công", 93.0), word("dân", 95.0), word("rút", 94.0)];
        assert!(decide(&[&old], new.clone(), false).is_none());
        assert_eq!(decide(&[&old], new, true).unwrap().len(), 3);
    }
}
