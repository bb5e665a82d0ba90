//! A phone photo of a page made flat: an 8-bit gray image in, the page
//! alone out, its four corners warped to a rectangle and its uneven light
//! divided out; and the turn (0, 90, 180 or 270°) that sets a page upright.
//!
//! A photo shows the page, lighter, against a darker table or desk. The
//! page is the largest light region of a reduced copy (Otsu's threshold);
//! its corners are where straight lines fitted to its four edges meet, so
//! that a corner in shadow, under the threshold, is still found; when the
//! edges give no convex quadrilateral holding the region, the region's
//! extreme points along the two diagonals. Both hold for a page in
//! perspective or turned by up to about 30°.
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
    // The region's extremes are the corners only when the whole page is
    // lighter than the desk; a page in harsh light has a shadowed corner
    // below the threshold, and the extreme lands on an edge. Its four edges
    // are straight lines over most of their length: fitted and met, they
    // give the corners, the shadowed one too.
    Some(edge_corners(&label, best, w, h, best_n).unwrap_or(c))
}

/// A straight edge: `v = a·u + b`, where (u, v) is (x, y) for the top and
/// bottom edges and (y, x) for the left and right ones.
#[derive(Debug, Clone, Copy)]
struct Edge {
    a: f64,
    b: f64,
}

/// The page's corners where the lines fitted to its four edges meet, or
/// None when an edge holds no line or the quadrilateral they make does not
/// hold the region (see [`page_corners`]).
fn edge_corners(label: &[u32], region: u32, w: usize, h: usize, area: usize) -> Option<[Pt; 4]> {
    let inside = |x: usize, y: usize| label[y * w + x] == region;
    // Each edge's points: the region's first pixel seen from that side,
    // column by column (top, bottom) or row by row (left, right), as (u, v).
    let mut sides: [Vec<Pt>; 4] = Default::default();
    for x in 0..w {
        if let Some(y) = (0..h).find(|&y| inside(x, y)) {
            sides[0].push((x as f64, y as f64));
        }
        if let Some(y) = (0..h).rev().find(|&y| inside(x, y)) {
            sides[2].push((x as f64, y as f64));
        }
    }
    for y in 0..h {
        if let Some(x) = (0..w).find(|&x| inside(x, y)) {
            sides[3].push((y as f64, x as f64));
        }
        if let Some(x) = (0..w).rev().find(|&x| inside(x, y)) {
            sides[1].push((y as f64, x as f64));
        }
    }
    let tol = 1.5_f64.max(0.004 * w.max(h) as f64);
    let [top, right, bottom, left] = [0, 1, 2, 3].map(|i| fit_edge(&sides[i], tol));
    let (top, right, bottom, left) = (top?, right?, bottom?, left?);
    let c = [
        meet(top, left)?,
        meet(top, right)?,
        meet(bottom, right)?,
        meet(bottom, left)?,
    ];
    // Inside the photo (a corner a little past its border is still a page
    // the photo holds nearly whole), convex, and holding the region: the
    // region covers most of the quadrilateral and lies within it.
    let slack = 0.02 * w.max(h) as f64;
    let in_photo = |p: &Pt| {
        p.0 >= -slack && p.1 >= -slack && p.0 <= w as f64 + slack && p.1 <= h as f64 + slack
    };
    if !c.iter().all(in_photo) || !convex(&c) {
        return None;
    }
    let quad = polygon_area(&c);
    let mut outside = 0usize;
    for (i, &l) in label.iter().enumerate() {
        if l == region && !in_quad(&c, ((i % w) as f64 + 0.5, (i / w) as f64 + 0.5), tol) {
            outside += 1;
        }
    }
    let share = area as f64 / quad;
    if !(0.75..=1.05).contains(&share) || outside as f64 > 0.02 * area as f64 {
        return None;
    }
    Some(c)
}

/// The line most of `pts` lie on (within `tol`), its slope under 0.6 (an
/// edge turned by under about 30°): the pair of sampled points whose line
/// holds the most points, refined by least squares over those points.
/// None when fewer than a third of the points lie on any line.
fn fit_edge(pts: &[Pt], tol: f64) -> Option<Edge> {
    if pts.len() < 10 {
        return None;
    }
    let samples: Vec<Pt> = (0..40).map(|k| pts[k * (pts.len() - 1) / 39]).collect();
    let holds = |e: Edge| {
        pts.iter()
            .filter(|p| (p.1 - (e.a * p.0 + e.b)).abs() <= tol)
            .count()
    };
    let mut best: Option<(usize, Edge)> = None;
    for (i, p) in samples.iter().enumerate() {
        for q in &samples[i + 1..] {
            if (q.0 - p.0).abs() < 1.0 {
                continue;
            }
            let a = (q.1 - p.1) / (q.0 - p.0);
            if a.abs() > 0.6 {
                continue;
            }
            let e = Edge {
                a,
                b: p.1 - a * p.0,
            };
            let n = holds(e);
            if best.is_none_or(|(m, _)| n > m) {
                best = Some((n, e));
            }
        }
    }
    let (n, e) = best?;
    if n * 3 < pts.len() {
        return None;
    }
    let on: Vec<&Pt> = pts
        .iter()
        .filter(|p| (p.1 - (e.a * p.0 + e.b)).abs() <= tol)
        .collect();
    let k = on.len() as f64;
    let (su, sv) = on.iter().fold((0.0, 0.0), |s, p| (s.0 + p.0, s.1 + p.1));
    let (mu, mv) = (su / k, sv / k);
    let (suu, suv) = on.iter().fold((0.0, 0.0), |s, p| {
        (s.0 + (p.0 - mu).powi(2), s.1 + (p.0 - mu) * (p.1 - mv))
    });
    if suu <= 0.0 {
        return Some(e);
    }
    let a = suv / suu;
    Some(Edge { a, b: mv - a * mu })
}

/// Where a horizontal edge (`y = a·x + b`) meets a vertical one
/// (`x = a·y + b`).
fn meet(hz: Edge, vt: Edge) -> Option<Pt> {
    let d = 1.0 - hz.a * vt.a;
    if d.abs() < 1e-6 {
        return None;
    }
    let x = (vt.a * hz.b + vt.b) / d;
    Some((x, hz.a * x + hz.b))
}

/// Twice the signed area's half: the area of a simple polygon.
fn polygon_area(c: &[Pt; 4]) -> f64 {
    (0..4)
        .map(|i| {
            let (a, b) = (c[i], c[(i + 1) % 4]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f64>()
        .abs()
        / 2.0
}

/// Whether the corners (clockwise on screen: y grows downwards) turn the
/// same way at each corner.
fn convex(c: &[Pt; 4]) -> bool {
    (0..4).all(|i| {
        let (a, b, d) = (c[i], c[(i + 1) % 4], c[(i + 2) % 4]);
        (b.0 - a.0) * (d.1 - b.1) - (b.1 - a.1) * (d.0 - b.0) > 0.0
    })
}

/// Whether `p` lies inside the convex quadrilateral `c` (clockwise on
/// screen), or within `tol` of it.
fn in_quad(c: &[Pt; 4], p: Pt, tol: f64) -> bool {
    (0..4).all(|i| {
        let (a, b) = (c[i], c[(i + 1) % 4]);
        let len = dist(a, b).max(1e-9);
        ((b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0)) / len >= -tol
    })
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
    fn a_shadowed_corner_is_found_where_the_edges_meet() {
        // Harsh light: the page's top-right part is in shadow, darker than
        // the threshold between page and desk; the region's extreme along
        // that diagonal lies on the right edge, far below the corner.
        let quad = [(30.0, 20.0), (170.0, 35.0), (180.0, 260.0), (20.0, 270.0)];
        let mut g = photo(200, 300, quad);
        for (i, v) in g.iter_mut().enumerate() {
            let (x, y) = ((i % 200) as f64, (i / 200) as f64);
            if *v > 100 && (x - 170.0) + (110.0 - y) > 0.0 {
                *v = 95;
            }
        }
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
