//! A phone photo of a page made flat: an 8-bit gray image in, the page
//! alone out, its four corners warped to a rectangle and its uneven light
//! divided out; and the turn (0, 90, 180 or 270°) that sets a page upright.
//!
//! A photo shows the page, lighter, against a darker table or desk. The
//! page is the largest light region of a reduced copy (Otsu's threshold);
//! its corners are the region's extreme points along the two diagonals,
//! which holds for a page in perspective or turned by up to about 30°.
//! Only a page with background showing on all four sides is taken for a
//! photographed page: a scan or a photocopy fills its image (a copier-lid
//! shadow darkens one side only) and is left as it is.
//!
//! It does not flatten a curled page (its edges are taken as straight) and
//! does not deskew (the caller does, after).

use super::prep::OwnedPix;
use tesseract::plumbing::leptonica_plumbing::leptonica_sys as lept;

/// The reduced copy's longer side, in pixels: enough to place a page's
/// corners within a few pixels of the full image.
const REDUCED: i32 = 600;
/// The page region's share of the photo, at least and at most.
const MIN_AREA: f64 = 0.2;
const MAX_AREA: f64 = 0.97;
/// Background a corner must have outside it, on every side: a share of the
/// photo's width or height.
const MARGIN: f64 = 0.01;
/// The background must be darker than the page by this factor (mean gray).
const CONTRAST: f64 = 0.8;

/// A point, in pixels.
type Pt = (f64, f64);

/// The page's four corners (top-left, top-right, bottom-right,
/// bottom-left) in a gray raster of `w` × `h`, or None when no page
/// against a darker background shows.
fn page_corners(g: &[u8], w: usize, h: usize) -> Option<[Pt; 4]> {
    if w < 8 || h < 8 || g.len() != w * h {
        return None;
    }
    let t = otsu(g)?;
    // The largest 4-connected region of light pixels.
    let mut label = vec![0u32; w * h];
    let (mut best, mut best_n, mut next) = (0u32, 0usize, 0u32);
    let mut stack = Vec::new();
    for start in 0..w * h {
        if g[start] <= t || label[start] != 0 {
            continue;
        }
        next += 1;
        let mut n = 0;
        label[start] = next;
        stack.push(start);
        while let Some(i) = stack.pop() {
            n += 1;
            let (x, y) = (i % w, i / w);
            let mut visit = |j: usize| {
                if g[j] > t && label[j] == 0 {
                    label[j] = next;
                    stack.push(j);
                }
            };
            if x > 0 {
                visit(i - 1);
            }
            if x + 1 < w {
                visit(i + 1);
            }
            if y > 0 {
                visit(i - w);
            }
            if y + 1 < h {
                visit(i + w);
            }
        }
        if n > best_n {
            (best, best_n) = (next, n);
        }
    }
    let share = best_n as f64 / (w * h) as f64;
    if !(MIN_AREA..=MAX_AREA).contains(&share) {
        return None;
    }
    let (mut inside, mut n_in, mut outside, mut n_out) = (0u64, 0u64, 0u64, 0u64);
    // Extremes along x+y (top-left, bottom-right) and x-y (bottom-left,
    // top-right).
    let mut c = [(0.0, 0.0); 4];
    let (mut min_s, mut max_s, mut min_d, mut max_d) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (i, &v) in g.iter().enumerate() {
        if label[i] != best {
            outside += v as u64;
            n_out += 1;
            continue;
        }
        inside += v as u64;
        n_in += 1;
        let (x, y) = ((i % w) as f64, (i / w) as f64);
        let (s, d) = (x + y, x - y);
        if s < min_s {
            min_s = s;
            c[0] = (x, y);
        }
        if s > max_s {
            max_s = s;
            c[2] = (x, y);
        }
        if d > max_d {
            max_d = d;
            c[1] = (x, y);
        }
        if d < min_d {
            min_d = d;
            c[3] = (x, y);
        }
    }
    if n_out == 0 || (outside as f64 / n_out as f64) > CONTRAST * (inside as f64 / n_in as f64) {
        return None;
    }
    // Background on all four sides: no corner on the image's border.
    let (mx, my) = (MARGIN * w as f64, MARGIN * h as f64);
    let off = |p: &Pt| p.0 >= mx && p.0 <= w as f64 - 1.0 - mx && p.1 >= my;
    let bottom_ok = |p: &Pt| p.1 <= h as f64 - 1.0 - my;
    if !c.iter().all(|p| off(p) && bottom_ok(p)) {
        return None;
    }
    Some(c)
}

/// Otsu's threshold of a gray raster.
fn otsu(g: &[u8]) -> Option<u8> {
    let mut hist = [0u64; 256];
    for &v in g {
        hist[v as usize] += 1;
    }
    let total = g.len() as f64;
    let sum: f64 = hist
        .iter()
        .enumerate()
        .map(|(i, &n)| i as f64 * n as f64)
        .sum();
    let (mut w0, mut sum0, mut best, mut best_t) = (0.0, 0.0, -1.0, None);
    for (t, &n) in hist.iter().enumerate() {
        w0 += n as f64;
        sum0 += t as f64 * n as f64;
        let w1 = total - w0;
        if w0 == 0.0 || w1 == 0.0 {
            continue;
        }
        let (m0, m1) = (sum0 / w0, (sum - sum0) / w1);
        let between = w0 * w1 * (m0 - m1) * (m0 - m1);
        if between > best {
            best = between;
            best_t = Some(t as u8);
        }
    }
    best_t
}

fn dist(a: Pt, b: Pt) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The page of a photo, warped flat and its light evened out; None when
/// the image is not a photographed page (see the module doc) or Leptonica
/// failed at a step.
pub(crate) fn flatten(pix: &OwnedPix) -> Option<OwnedPix> {
    // SAFETY: every image is owned by an OwnedPix; the point arrays are
    // destroyed once, after the warp.
    unsafe {
        if lept::pixGetDepth(pix.ptr()) != 8 {
            return None;
        }
        let (w, h) = (lept::pixGetWidth(pix.ptr()), lept::pixGetHeight(pix.ptr()));
        let f = (w.max(h) / REDUCED).max(1);
        let small = OwnedPix::new(lept::pixScaleByIntSampling(pix.ptr(), f))?;
        let (sw, sh) = (
            lept::pixGetWidth(small.ptr()),
            lept::pixGetHeight(small.ptr()),
        );
        let mut g = Vec::with_capacity((sw * sh) as usize);
        for y in 0..sh {
            for x in 0..sw {
                let mut v = 0u32;
                lept::pixGetPixel(small.ptr(), x, y, &mut v);
                g.push(v.min(255) as u8);
            }
        }
        let c = page_corners(&g, sw as usize, sh as usize)?;
        // Back to the full image, each corner at its reduced pixel's centre.
        let c = c.map(|(x, y)| ((x + 0.5) * f as f64, (y + 0.5) * f as f64));
        let pw = dist(c[0], c[1]).max(dist(c[3], c[2])).min(w as f64) as i32;
        let ph = dist(c[0], c[3]).max(dist(c[1], c[2])).min(h as f64) as i32;
        if pw < 100 || ph < 100 {
            return None;
        }
        let dst = lept::ptaCreate(4);
        let src = lept::ptaCreate(4);
        if dst.is_null() || src.is_null() {
            return None;
        }
        let target = [
            (0.0, 0.0),
            (pw as f32 - 1.0, 0.0),
            (pw as f32 - 1.0, ph as f32 - 1.0),
            (0.0, ph as f32 - 1.0),
        ];
        for (s, d) in c.iter().zip(target) {
            lept::ptaAddPt(src, s.0 as f32, s.1 as f32);
            lept::ptaAddPt(dst, d.0, d.1);
        }
        // The output has the input's size, the page in its top-left part.
        let warped = OwnedPix::new(lept::pixProjectivePta(
            pix.ptr(),
            dst,
            src,
            lept::L_BRING_IN_WHITE as i32,
        ));
        let (mut dst, mut src) = (dst, src);
        lept::ptaDestroy(&mut dst);
        lept::ptaDestroy(&mut src);
        let warped = warped?;
        let b = lept::boxCreate(0, 0, pw, ph);
        if b.is_null() {
            return None;
        }
        let page = OwnedPix::new(lept::pixClipRectangle(
            warped.ptr(),
            b,
            std::ptr::null_mut(),
        ));
        let mut b = b;
        lept::boxDestroy(&mut b);
        let page = page?;
        // A photo's light falls off across the page: divided out, so that
        // Tesseract's threshold and the rule search see white paper.
        let even = OwnedPix::new(lept::pixBackgroundNormSimple(
            page.ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        ))
        .unwrap_or(page);
        lept::pixSetResolution(even.ptr(), pix.xres(), pix.xres());
        Some(even)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A light quadrilateral (a page in perspective) on a dark desk.
    fn photo(w: usize, h: usize, quad: [Pt; 4]) -> Vec<u8> {
        let inside = |x: f64, y: f64| {
            (0..4).all(|i| {
                let (a, b) = (quad[i], quad[(i + 1) % 4]);
                (b.0 - a.0) * (y - a.1) - (b.1 - a.1) * (x - a.0) >= 0.0
            })
        };
        (0..w * h)
            .map(|i| {
                if inside((i % w) as f64, (i / w) as f64) {
                    210
                } else {
                    60
                }
            })
            .collect()
    }

    #[test]
    fn a_photographed_pages_corners_are_found() {
        let quad = [(30.0, 20.0), (170.0, 35.0), (180.0, 260.0), (20.0, 270.0)];
        let g = photo(200, 300, quad);
        let c = page_corners(&g, 200, 300).expect("a page");
        for (got, want) in c.iter().zip(quad) {
            assert!(dist(*got, want) < 3.0, "{c:?}");
        }
    }

    #[test]
    fn a_scan_filling_its_image_is_no_photo() {
        // Light to the edges, a copier-lid shadow down one side.
        let g: Vec<u8> = (0..200 * 300)
            .map(|i| if i % 200 < 15 { 70 } else { 220 })
            .collect();
        assert!(page_corners(&g, 200, 300).is_none());
        assert!(page_corners(&vec![220; 200 * 300], 200, 300).is_none());
    }
}
