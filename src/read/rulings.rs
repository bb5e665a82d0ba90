//! The ruling lines a PDF page draws: a page's content stream in, its
//! horizontal and vertical line segments out, in page points measured from
//! the top-left corner (the coordinates of `pdftotext -bbox`).
//!
//! Table borders come as stroked paths (`m`/`l` pieces, `re` outlines) or as
//! thin filled rectangles (Word, some generators draw each border as a
//! 0.5 pt box); both give segments. The current transformation matrix is
//! followed through `q`/`Q`/`cm`. Curves, clipping paths, wide filled
//! rectangles (cell shading) and form XObjects are not rulings and are
//! skipped. It does not find tables: that is [`super::lattice`].

use lopdf::Object;
use lopdf::content::Content;

/// A filled rectangle thinner than this (points) is a drawn line.
const THIN: f64 = 2.5;
/// A path piece within this of an axis (points) is axis-aligned.
const SLANT: f64 = 0.5;

/// One axis-aligned segment: at `pos` (y for a horizontal, x for a
/// vertical) from `from` to `to` (`from <= to`), page points, top-down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Ruling {
    pub horizontal: bool,
    pub pos: f64,
    pub from: f64,
    pub to: f64,
}

type Matrix = [f64; 6];

fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// A piece of the current path, in device space (PDF points, bottom-up).
enum Piece {
    Line((f64, f64), (f64, f64)),
    Rect([(f64, f64); 4]),
}

/// What a page draws besides its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Drawing {
    pub rulings: Vec<Ruling>,
    /// Whether it paints an image or a form (`Do`, inline `BI`): a page
    /// with little text and no image is a short page, not a scan.
    pub images: bool,
}

/// The rulings of one page's content; `height` is the page height, for the
/// flip to top-down coordinates. A content stream that does not parse
/// gives None (the page's text is still read).
pub(crate) fn page_drawing(content: &[u8], height: f64) -> Option<Drawing> {
    let content = Content::decode(content).ok()?;
    let mut images = false;
    let mut out = Vec::new();
    let mut ctm: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
    let mut stack: Vec<Matrix> = Vec::new();
    let mut path: Vec<Piece> = Vec::new();
    let mut current: Option<(f64, f64)> = None;
    let mut start: Option<(f64, f64)> = None;
    for op in &content.operations {
        let n: Vec<f64> = op
            .operands
            .iter()
            .map(|o| Object::as_float(o).map(f64::from).unwrap_or(f64::NAN))
            .collect();
        let num = |k: usize| n.get(k).copied().filter(|v| v.is_finite());
        match op.operator.as_str() {
            // A stream of unbalanced q's must not grow without bound.
            "q" if stack.len() < 256 => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(ctm),
            "cm" => {
                if let Some(m) = (0..6).map(num).collect::<Option<Vec<f64>>>() {
                    ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &ctm);
                }
            }
            "m" => {
                if let (Some(x), Some(y)) = (num(0), num(1)) {
                    current = Some(apply(&ctm, x, y));
                    start = current;
                }
            }
            "l" => {
                if let (Some(x), Some(y), Some(p)) = (num(0), num(1), current) {
                    let q = apply(&ctm, x, y);
                    path.push(Piece::Line(p, q));
                    current = Some(q);
                }
            }
            "c" | "v" | "y" => {
                // A curve is no ruling; its end point is the new current point.
                let k = if op.operator == "c" { 4 } else { 2 };
                if let (Some(x), Some(y)) = (num(k), num(k + 1)) {
                    current = Some(apply(&ctm, x, y));
                }
            }
            "h" => {
                if let (Some(p), Some(s)) = (current, start) {
                    path.push(Piece::Line(p, s));
                    current = start;
                }
            }
            "re" => {
                if let Some(r) = (0..4).map(num).collect::<Option<Vec<f64>>>() {
                    let (x, y, w, h) = (r[0], r[1], r[2], r[3]);
                    path.push(Piece::Rect([
                        apply(&ctm, x, y),
                        apply(&ctm, x + w, y),
                        apply(&ctm, x + w, y + h),
                        apply(&ctm, x, y + h),
                    ]));
                    current = Some(apply(&ctm, x, y));
                    start = current;
                }
            }
            "S" | "s" | "B" | "B*" | "b" | "b*" => {
                for p in path.drain(..) {
                    stroked(&p, height, &mut out);
                }
                current = None;
            }
            "f" | "F" | "f*" => {
                for p in path.drain(..) {
                    if let Piece::Rect(c) = p {
                        filled(&c, height, &mut out);
                    }
                }
                current = None;
            }
            // `n` ends a clipping path: nothing drawn.
            "n" => {
                path.clear();
                current = None;
            }
            "Do" | "BI" | "ID" => images = true,
            _ => {}
        }
    }
    Some(Drawing {
        rulings: out,
        images,
    })
}

fn segment(a: (f64, f64), b: (f64, f64), height: f64) -> Option<Ruling> {
    let (ax, ay) = (a.0, height - a.1);
    let (bx, by) = (b.0, height - b.1);
    if (ay - by).abs() <= SLANT && (ax - bx).abs() > SLANT {
        Some(Ruling {
            horizontal: true,
            pos: (ay + by) / 2.0,
            from: ax.min(bx),
            to: ax.max(bx),
        })
    } else if (ax - bx).abs() <= SLANT && (ay - by).abs() > SLANT {
        Some(Ruling {
            horizontal: false,
            pos: (ax + bx) / 2.0,
            from: ay.min(by),
            to: ay.max(by),
        })
    } else {
        None
    }
}

fn stroked(p: &Piece, height: f64, out: &mut Vec<Ruling>) {
    match p {
        Piece::Line(a, b) => out.extend(segment(*a, *b, height)),
        Piece::Rect(c) => {
            if thin(c) {
                filled(c, height, out);
            } else {
                for (a, b) in c.iter().zip(c.iter().cycle().skip(1)) {
                    out.extend(segment(*a, *b, height));
                }
            }
        }
    }
}

fn bounds(c: &[(f64, f64); 4]) -> (f64, f64, f64, f64) {
    let xs = c.iter().map(|p| p.0);
    let ys = c.iter().map(|p| p.1);
    (
        xs.clone().fold(f64::INFINITY, f64::min),
        ys.clone().fold(f64::INFINITY, f64::min),
        xs.fold(f64::NEG_INFINITY, f64::max),
        ys.fold(f64::NEG_INFINITY, f64::max),
    )
}

fn thin(c: &[(f64, f64); 4]) -> bool {
    let (x0, y0, x1, y1) = bounds(c);
    (x1 - x0).min(y1 - y0) <= THIN
}

/// A filled rectangle is a ruling only when it is thin: a wide one is a
/// cell's shading, whose edges the borders already draw.
fn filled(c: &[(f64, f64); 4], height: f64, out: &mut Vec<Ruling>) {
    let (x0, y0, x1, y1) = bounds(c);
    let (w, h) = (x1 - x0, y1 - y0);
    if w.min(h) > THIN || w.max(h) <= THIN {
        return;
    }
    if w > h {
        let y = height - (y0 + y1) / 2.0;
        out.push(Ruling {
            horizontal: true,
            pos: y,
            from: x0,
            to: x1,
        });
    } else {
        out.push(Ruling {
            horizontal: false,
            pos: (x0 + x1) / 2.0,
            from: height - y1,
            to: height - y0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strokes_thin_fills_and_the_matrix_give_top_down_segments() {
        let content = b"q 1 0 0 1 10 20 cm 0 0 m 100 0 l S Q\n\
            5 700 0.5 50 re f\n\
            300 300 80 40 re f\n\
            q 0.5 w 50 600 m 60 650 l S Q\n\
            0 0 10 10 re W n\n\
            200 100 40 20 re S";
        let d = page_drawing(content, 800.0).unwrap();
        assert!(!d.images);
        let r = d.rulings;
        // The moved line, the thin box as a vertical, the stroked box's
        // four edges; the shading, the slanted line and the clip are not.
        assert_eq!(r.len(), 6, "{r:?}");
        assert_eq!(
            r[0],
            Ruling {
                horizontal: true,
                pos: 780.0,
                from: 10.0,
                to: 110.0
            }
        );
        assert!(!r[1].horizontal);
        assert!((r[1].pos - 5.25).abs() < 1e-9);
        assert_eq!((r[1].from, r[1].to), (50.0, 100.0));
        assert_eq!(r[2..].iter().filter(|s| s.horizontal).count(), 2);
    }

    #[test]
    fn garbage_content_gives_no_rulings() {
        let none = |c: &[u8]| page_drawing(c, 800.0).is_none_or(|d| d.rulings.is_empty());
        assert!(none(b"\x00\xff re re re"));
        assert!(none(b"1 2 m 3 l S Q Q Q cm"));
        assert!(
            page_drawing(b"q 100 0 0 100 0 0 cm /Im1 Do Q", 800.0)
                .unwrap()
                .images
        );
    }
}
