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
/// flip to top-down coordinates. A content stream is read up to its first
/// token that does not parse (as lopdf's lenient parser reads it), so a
/// damaged stream still gives the rulings before the damage.
pub(crate) fn page_drawing(content: &[u8], height: f64) -> Option<Drawing> {
    let mut painter = Painter::new(height);
    for_each_operation(content, |operator, n| painter.op(operator, n));
    Some(painter.finish())
}

/// The graphics state a content stream's operations change, and what they
/// have drawn so far.
struct Painter {
    height: f64,
    images: bool,
    out: Vec<Ruling>,
    ctm: Matrix,
    stack: Vec<Matrix>,
    path: Vec<Piece>,
    current: Option<(f64, f64)>,
    start: Option<(f64, f64)>,
}

impl Painter {
    fn new(height: f64) -> Painter {
        Painter {
            height,
            images: false,
            out: Vec::new(),
            ctm: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            stack: Vec::new(),
            path: Vec::new(),
            current: None,
            start: None,
        }
    }

    /// One operation: its operator and its numeric operands (NaN for one
    /// that is not a number).
    fn op(&mut self, operator: &[u8], n: &[f64]) {
        let num = |k: usize| n.get(k).copied().filter(|v| v.is_finite());
        let (ctm, height) = (self.ctm, self.height);
        match operator {
            // A stream of unbalanced q's must not grow without bound.
            b"q" if self.stack.len() < 256 => self.stack.push(ctm),
            b"Q" => self.ctm = self.stack.pop().unwrap_or(ctm),
            b"cm" => {
                if let Some(m) = (0..6).map(num).collect::<Option<Vec<f64>>>() {
                    self.ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &ctm);
                }
            }
            b"m" => {
                if let (Some(x), Some(y)) = (num(0), num(1)) {
                    self.current = Some(apply(&ctm, x, y));
                    self.start = self.current;
                }
            }
            b"l" => {
                if let (Some(x), Some(y), Some(p)) = (num(0), num(1), self.current) {
                    let q = apply(&ctm, x, y);
                    self.path.push(Piece::Line(p, q));
                    self.current = Some(q);
                }
            }
            b"c" | b"v" | b"y" => {
                // A curve is no ruling; its end point is the new current point.
                let k = if operator == b"c" { 4 } else { 2 };
                if let (Some(x), Some(y)) = (num(k), num(k + 1)) {
                    self.current = Some(apply(&ctm, x, y));
                }
            }
            b"h" => {
                if let (Some(p), Some(s)) = (self.current, self.start) {
                    self.path.push(Piece::Line(p, s));
                    self.current = self.start;
                }
            }
            b"re" => {
                if let Some(r) = (0..4).map(num).collect::<Option<Vec<f64>>>() {
                    let (x, y, w, h) = (r[0], r[1], r[2], r[3]);
                    self.path.push(Piece::Rect([
                        apply(&ctm, x, y),
                        apply(&ctm, x + w, y),
                        apply(&ctm, x + w, y + h),
                        apply(&ctm, x, y + h),
                    ]));
                    self.current = Some(apply(&ctm, x, y));
                    self.start = self.current;
                }
            }
            b"S" | b"s" | b"B" | b"B*" | b"b" | b"b*" => {
                for p in self.path.drain(..) {
                    stroked(&p, height, &mut self.out);
                }
                self.current = None;
            }
            b"f" | b"F" | b"f*" => {
                for p in self.path.drain(..) {
                    if let Piece::Rect(c) = p {
                        filled(&c, height, &mut self.out);
                    }
                }
                self.current = None;
            }
            // `n` ends a clipping path: nothing drawn.
            b"n" => {
                self.path.clear();
                self.current = None;
            }
            b"Do" | b"BI" | b"ID" => self.images = true,
            _ => {}
        }
    }

    fn finish(self) -> Drawing {
        Drawing {
            rulings: self.out,
            images: self.images,
        }
    }
}

/// Space between the tokens of a content stream, as lopdf's content parser
/// takes it.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// White space inside a string, array or dictionary (PDF's six characters).
fn is_white(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\0' | b'\x0c')
}

fn is_delimiter(c: u8) -> bool {
    b"()<>[]{}/%".contains(&c)
}

/// Characters of an operator (lopdf's set).
fn is_operator(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"')
}

/// Deepest nesting of strings, arrays and dictionaries read (lopdf's bound).
const MAX_DEPTH: usize = 100;

/// Calls `f` with each operation of a content stream: its operator and its
/// operands, numbers as lopdf reads them (single precision), any other
/// operand NaN. The stream is read in one pass without building objects:
/// strings, arrays, dictionaries and inline image data are skipped. Reading
/// stops at the first token that does not parse.
fn for_each_operation(data: &[u8], mut f: impl FnMut(&[u8], &[f64])) {
    let mut operands: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        let end = match c {
            b'%' => match data[i..].iter().position(|&b| b == b'\r' || b == b'\n') {
                Some(n) => i + n,
                None => return,
            },
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let Some((end, v)) = number(data, i) else {
                    return;
                };
                operands.push(v);
                end
            }
            b'/' => {
                operands.push(f64::NAN);
                let n = data[i + 1..]
                    .iter()
                    .position(|&b| is_white(b) || is_delimiter(b))
                    .unwrap_or(data.len() - i - 1);
                i + 1 + n
            }
            b'(' | b'<' | b'[' => {
                let Some(end) = skip_object(data, i, 0) else {
                    return;
                };
                operands.push(f64::NAN);
                end
            }
            c if is_operator(c) => {
                let n = data[i..]
                    .iter()
                    .position(|&b| !is_operator(b))
                    .unwrap_or(data.len() - i);
                let op = &data[i..i + n];
                let mut end = i + n;
                match op {
                    b"true" | b"false" | b"null" => operands.push(f64::NAN),
                    b"BI" => {
                        f(op, &[]);
                        operands.clear();
                        match inline_image_end(data, end) {
                            Some(e) => end = e,
                            None => return,
                        }
                    }
                    _ => {
                        f(op, &operands);
                        operands.clear();
                    }
                }
                end
            }
            _ => return,
        };
        i = end;
    }
}

/// The number at `i` (`[+-]` digits, with or without a fraction) and the
/// offset after it, converted as lopdf converts it: a real through `f32`,
/// an integer through `i64` then `f32`.
fn number(data: &[u8], i: usize) -> Option<(usize, f64)> {
    let mut j = i;
    if matches!(data[j], b'+' | b'-') {
        j += 1;
    }
    let int_digits = data[j..].iter().take_while(|b| b.is_ascii_digit()).count();
    j += int_digits;
    let mut real = false;
    if data.get(j) == Some(&b'.') {
        let frac = data[j + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if int_digits > 0 || frac > 0 {
            real = true;
            j += 1 + frac;
        }
    }
    if int_digits == 0 && !real {
        return None;
    }
    let text = std::str::from_utf8(&data[i..j]).ok()?;
    let v = if real {
        text.parse::<f32>().ok()?
    } else {
        text.parse::<i64>().ok()? as f32
    };
    Some((j, f64::from(v)))
}

/// The offset after the string, array or dictionary that starts at `i`;
/// None when it is not closed within the stream (or nests too deep).
fn skip_object(data: &[u8], i: usize, depth: usize) -> Option<usize> {
    if depth > MAX_DEPTH {
        return None;
    }
    match data[i] {
        b'(' => skip_literal(data, i),
        b'<' if data.get(i + 1) == Some(&b'<') => skip_container(data, i + 2, b">>", depth),
        b'<' => {
            let n = data[i + 1..].iter().position(|&b| b == b'>')?;
            let hex = &data[i + 1..i + 1 + n];
            hex.iter()
                .all(|&b| b.is_ascii_hexdigit() || is_white(b))
                .then_some(i + 2 + n)
        }
        b'[' => skip_container(data, i + 1, b"]", depth),
        _ => None,
    }
}

/// A literal string's end: balanced parentheses, backslash escapes.
fn skip_literal(data: &[u8], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i;
    while j < data.len() {
        match data[j] {
            b'\\' => j += 1,
            b'(' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return None;
                }
            }
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j + 1);
                }
            }
            _ => {}
        }
        j += 1;
    }
    None
}

/// The end of an array or dictionary whose contents start at `i` and that
/// closes with `close`: any objects, names, numbers, keywords and comments
/// in between.
fn skip_container(data: &[u8], mut i: usize, close: &[u8], depth: usize) -> Option<usize> {
    while i < data.len() {
        let c = data[i];
        if data[i..].starts_with(close) {
            return Some(i + close.len());
        }
        i = match c {
            c if is_white(c) => i + 1,
            b'%' => i + data[i..].iter().position(|&b| b == b'\r' || b == b'\n')?,
            b'(' | b'<' | b'[' => skip_object(data, i, depth + 1)?,
            b'/' => {
                i + 1
                    + data[i + 1..]
                        .iter()
                        .position(|&b| is_white(b) || is_delimiter(b))
                        .unwrap_or(data.len() - i - 1)
            }
            c if is_delimiter(c) => return None,
            _ => {
                i + data[i..]
                    .iter()
                    .position(|&b| is_white(b) || is_delimiter(b))
                    .unwrap_or(data.len() - i)
            }
        };
    }
    None
}

/// After `BI`: the offset after the `EI` that ends the inline image (its
/// parameters, the keyword `ID` and its data), found as lopdf finds it when
/// it cannot size the data: `EI` between white space.
fn inline_image_end(data: &[u8], mut i: usize) -> Option<usize> {
    let token_end = |i: usize| {
        i + data[i..]
            .iter()
            .position(|&b| is_white(b) || is_delimiter(b))
            .unwrap_or(data.len() - i)
    };
    let start = loop {
        let c = *data.get(i)?;
        i = match c {
            c if is_white(c) => i + 1,
            b'(' | b'<' | b'[' => skip_object(data, i, 0)?,
            b'/' => token_end(i + 1),
            c if is_delimiter(c) => return None,
            _ => {
                let end = token_end(i);
                if &data[i..end] == b"ID" {
                    // One white-space byte ends the keyword; the data follow.
                    break end + 1;
                }
                end
            }
        };
    };
    let data_end = data.get(start.saturating_sub(1)..)?;
    data_end
        .windows(4)
        .position(|w| {
            matches!(w[0], b' ' | b'\n' | b'\r')
                && &w[1..3] == b"EI"
                && matches!(w[3], b' ' | b'\n' | b'\r')
        })
        .map(|p| start - 1 + p + 3)
        .or_else(|| data_end.ends_with(b"EI").then_some(data.len()))
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

    /// The reading this module's scanner replaced: lopdf's content parser
    /// (which builds every operation's objects), then the same painter.
    /// Kept as the reference the scanner's tokens must agree with.
    fn lopdf_drawing(content: &[u8], height: f64) -> Option<Drawing> {
        let content = lopdf::content::Content::decode(content).ok()?;
        let mut painter = Painter::new(height);
        for op in &content.operations {
            let n: Vec<f64> = op
                .operands
                .iter()
                .map(|o| {
                    lopdf::Object::as_float(o)
                        .map(f64::from)
                        .unwrap_or(f64::NAN)
                })
                .collect();
            painter.op(op.operator.as_bytes(), &n);
        }
        Some(painter.finish())
    }

    /// Every page of every PDF under `dir` (recursively): its content and height.
    fn pages_under(dir: &std::path::Path, out: &mut Vec<(String, Vec<u8>, f64)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                pages_under(&p, out);
                continue;
            }
            if p.extension().is_none_or(|e| e != "pdf") {
                continue;
            }
            let Ok(doc) = lopdf::Document::load(&p) else {
                continue;
            };
            for (n, id) in doc.page_iter().enumerate() {
                if let Ok(content) = doc.get_page_content(id) {
                    out.push((format!("{} p{}", p.display(), n + 1), content, 842.0));
                }
            }
        }
    }

    #[test]
    fn the_scanner_reads_what_lopdfs_parser_reads() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut pages = Vec::new();
        pages_under(&root.join("corpus"), &mut pages);
        pages_under(&root.join("tests/data"), &mut pages);
        // BAOCAO_RULINGS_DIRS: more folders to compare on (the devset, a
        // damaged set), colon-separated.
        if let Some(dirs) = std::env::var_os("BAOCAO_RULINGS_DIRS") {
            for d in std::env::split_paths(&dirs) {
                pages_under(&d, &mut pages);
            }
        }
        assert!(pages.len() > 40, "{} pages", pages.len());
        for (name, content, height) in &pages {
            assert_eq!(
                page_drawing(content, *height),
                lopdf_drawing(content, *height),
                "{name}"
            );
        }
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
