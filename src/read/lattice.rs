//! Ruled tables from a PDF page's geometry: the page's [`Ruling`]s and word
//! boxes in, its tables as grids of cells out (a lattice, as Camelot's
//! lattice mode reads one).
//!
//! Rulings that touch each other form one table; their distinct x and y
//! positions are the grid. Two neighbouring grid cells are one merged cell
//! where no ruling separates them, so a header spanning three columns, or
//! "STT" spanning two header rows, is one cell. Each word goes to the cell
//! its centre falls in, and a cell's words, line by line, make its text, so
//! a cell wrapped over several lines stays one cell. Rows come out the way
//! the DOCX reader writes them: one string per grid column, a merged cell's
//! text in its top-left grid cell and empty strings in the rest. It does
//! not read unruled tables (column alignment does, in [`super::layout`]).

use super::rulings::Ruling;

/// Positions closer than this (points) are one grid line.
const TOL: f64 = 2.0;

/// One word of a text layer, in page points from the top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WordBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub text: String,
}

impl WordBox {
    fn cx(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
    fn cy(&self) -> f64 {
        (self.y0 + self.y1) / 2.0
    }
}

/// A ruled table: its extent and its rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grid {
    pub top: f64,
    pub bottom: f64,
    pub left: f64,
    pub right: f64,
    /// Each row has one cell per grid column; rows with no text are dropped.
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// Whether a word belongs to this table.
    pub fn contains(&self, w: &WordBox) -> bool {
        let (x, y) = (w.cx(), w.cy());
        x > self.left && x < self.right && y > self.top && y < self.bottom
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Positions clustered within [`TOL`], each cluster's mean, ascending.
fn cluster(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    let mut out: Vec<(f64, usize)> = Vec::new();
    for x in v {
        match out.last_mut() {
            Some((sum, n)) if x - *sum / *n as f64 <= TOL => {
                *sum += x;
                *n += 1;
            }
            _ => out.push((x, 1)),
        }
    }
    out.into_iter().map(|(s, n)| s / n as f64).collect()
}

fn touches(h: &Ruling, v: &Ruling) -> bool {
    v.pos >= h.from - TOL && v.pos <= h.to + TOL && h.pos >= v.from - TOL && h.pos <= v.to + TOL
}

/// How much of `[a, b]` the rulings at `pos` (within [`TOL`]) cover.
fn covered(rulings: &[&Ruling], horizontal: bool, pos: f64, a: f64, b: f64) -> f64 {
    let mut spans: Vec<(f64, f64)> = rulings
        .iter()
        .filter(|r| r.horizontal == horizontal && (r.pos - pos).abs() <= TOL)
        .map(|r| (r.from.max(a), r.to.min(b)))
        .filter(|(f, t)| t > f)
        .collect();
    spans.sort_by(|x, y| x.0.total_cmp(&y.0));
    let mut total = 0.0;
    let mut end = a;
    for (f, t) in spans {
        let f = f.max(end);
        if t > f {
            total += t - f;
            end = t;
        }
    }
    total
}

/// The page's ruled tables, top to bottom. A group of rulings that does not
/// make at least two columns and one row (an underline, a box around a
/// paragraph) is not a table.
pub(crate) fn tables(rulings: &[Ruling], words: &[WordBox]) -> Vec<Grid> {
    // Bounded: a page of thousands of hatching strokes is not a table
    // page, and the pairwise test below is quadratic.
    if rulings.len() > 4000 {
        return Vec::new();
    }
    let mut parent: Vec<usize> = (0..rulings.len()).collect();
    for i in 0..rulings.len() {
        for j in i + 1..rulings.len() {
            let (a, b) = (&rulings[i], &rulings[j]);
            let joined = match (a.horizontal, b.horizontal) {
                (true, false) => touches(a, b),
                (false, true) => touches(b, a),
                // Collinear pieces of one border (a line drawn cell by cell).
                _ => (a.pos - b.pos).abs() <= TOL && a.from <= b.to + TOL && b.from <= a.to + TOL,
            };
            if joined {
                union(&mut parent, i, j);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<&Ruling>> = Default::default();
    for (i, ruling) in rulings.iter().enumerate() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(ruling);
    }
    let mut out: Vec<Grid> = groups.values().filter_map(|g| grid(g, words)).collect();
    out.sort_by(|a, b| a.top.total_cmp(&b.top));
    out
}

fn grid(rulings: &[&Ruling], words: &[WordBox]) -> Option<Grid> {
    let xs = cluster(
        rulings
            .iter()
            .filter(|r| !r.horizontal)
            .map(|r| r.pos)
            .collect(),
    );
    let ys = cluster(
        rulings
            .iter()
            .filter(|r| r.horizontal)
            .map(|r| r.pos)
            .collect(),
    );
    if xs.len() < 3 || ys.len() < 2 {
        return None;
    }
    let (nr, nc) = (ys.len() - 1, xs.len() - 1);
    // Cells (r, c) merge where the ruling between them covers less than
    // half of their common edge.
    let id = |r: usize, c: usize| r * nc + c;
    let mut parent: Vec<usize> = (0..nr * nc).collect();
    for r in 0..nr {
        for c in 0..nc {
            if c + 1 < nc {
                let len = ys[r + 1] - ys[r];
                if covered(rulings, false, xs[c + 1], ys[r], ys[r + 1]) < len / 2.0 {
                    union(&mut parent, id(r, c), id(r, c + 1));
                }
            }
            if r + 1 < nr {
                let len = xs[c + 1] - xs[c];
                if covered(rulings, true, ys[r + 1], xs[c], xs[c + 1]) < len / 2.0 {
                    union(&mut parent, id(r, c), id(r + 1, c));
                }
            }
        }
    }
    // Union by smaller index: a merged cell's root is its top-left cell.
    let root: Vec<usize> = (0..nr * nc).map(|i| find(&mut parent, i)).collect();
    let slot = |v: &[f64], p: f64| v.windows(2).position(|w| p >= w[0] && p < w[1]);
    let mut cell_words: Vec<Vec<&WordBox>> = vec![Vec::new(); nr * nc];
    for w in words {
        if let (Some(c), Some(r)) = (slot(&xs, w.cx()), slot(&ys, w.cy())) {
            cell_words[root[id(r, c)]].push(w);
        }
    }
    let mut rows = Vec::new();
    for r in 0..nr {
        let cells: Vec<Option<&[&WordBox]>> = (0..nc)
            .map(|c| {
                let i = id(r, c);
                (root[i] == i).then_some(cell_words[i].as_slice())
            })
            .collect();
        for row in split_rows(&cells) {
            if row.iter().any(|c| !c.is_empty()) {
                rows.push(row);
            }
        }
    }
    Some(Grid {
        top: ys[0],
        bottom: ys[nr],
        left: xs[0],
        right: xs[nc],
        rows,
    })
}

/// A cell's words as lines: a word starts a new line when its centre is
/// below the current line's box.
fn text_lines<'a>(words: &[&'a WordBox]) -> Vec<Vec<&'a WordBox>> {
    let mut ws: Vec<&WordBox> = words.to_vec();
    ws.sort_by(|a, b| a.cy().total_cmp(&b.cy()));
    let mut lines: Vec<Vec<&WordBox>> = Vec::new();
    for w in ws {
        match lines.last_mut() {
            Some(l) if w.cy() < l.iter().map(|o| o.y1).fold(f64::MIN, f64::max) => l.push(w),
            _ => lines.push(vec![w]),
        }
    }
    lines
}

fn is_number(line: &[&WordBox]) -> bool {
    line.iter().all(|w| {
        w.text
            .chars()
            .all(|c| c.is_ascii_digit() || ".,%-".contains(c))
    })
}

/// One grid row's cells (None under a merged cell) as one row of texts, or
/// as several where the rules between rows are missing (a faint rule on a
/// copy, or a table ruled by columns only): when two or more cells hold
/// two or more lines that are numbers, their lines side by side are rows,
/// and every word goes to the row of the nearest line.
/// A name wrapped over two lines beside one-line numbers stays one cell.
fn split_rows(cells: &[Option<&[&WordBox]>]) -> Vec<Vec<String>> {
    let one = || {
        vec![
            cells
                .iter()
                .map(|c| c.map_or(String::new(), cell_text))
                .collect(),
        ]
    };
    let stacked: Vec<Vec<Vec<&WordBox>>> = cells
        .iter()
        .flatten()
        .map(|c| text_lines(c))
        .filter(|l| l.iter().filter(|x| is_number(x)).count() >= 2)
        .collect();
    if stacked.len() < 2 {
        return one();
    }
    let centre = |l: &[&WordBox]| l.iter().map(|w| w.cy()).sum::<f64>() / l.len() as f64;
    let height = stacked[0][0][0].y1 - stacked[0][0][0].y0;
    let mut centres: Vec<f64> = stacked.iter().flatten().map(|l| centre(l)).collect();
    centres.sort_by(f64::total_cmp);
    // Lines side by side (within half a line's height) are one row.
    let mut ys: Vec<(f64, usize)> = Vec::new();
    for c in centres {
        match ys.last_mut() {
            Some((y, n)) if c - *y / *n as f64 <= height / 2.0 => {
                *y += c;
                *n += 1;
            }
            _ => ys.push((c, 1)),
        }
    }
    if ys.iter().filter(|(_, n)| *n >= 2).count() < 2 {
        return one();
    }
    let ys: Vec<f64> = ys.iter().map(|(y, n)| y / *n as f64).collect();
    let k = ys.len();
    let nearest = |w: &WordBox| {
        (0..k)
            .min_by(|&a, &b| (w.cy() - ys[a]).abs().total_cmp(&(w.cy() - ys[b]).abs()))
            .unwrap_or(0)
    };
    (0..k)
        .map(|j| {
            cells
                .iter()
                .map(|c| {
                    c.map_or(String::new(), |ws| {
                        let mine: Vec<&WordBox> =
                            ws.iter().copied().filter(|w| nearest(w) == j).collect();
                        cell_text(&mine)
                    })
                })
                .collect()
        })
        .collect()
}

/// A cell's words line by line (a word starts a new line when its centre
/// is below the current line's box), each line left to right, one space
/// between words.
fn cell_text(words: &[&WordBox]) -> String {
    let mut out = String::new();
    for mut l in text_lines(words) {
        l.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut prev: Option<&WordBox> = None;
        for w in l {
            // Touching boxes are one word that pdftotext split where the
            // font changes (Vietnamese letters from a fallback font).
            let touching = prev.is_some_and(|p| w.x0 - p.x1 < 0.08 * (p.y1 - p.y0));
            if !out.is_empty() && !touching {
                out.push(' ');
            }
            out.push_str(&w.text);
            prev = Some(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(y: f64, from: f64, to: f64) -> Ruling {
        Ruling {
            horizontal: true,
            pos: y,
            from,
            to,
        }
    }
    fn v(x: f64, from: f64, to: f64) -> Ruling {
        Ruling {
            horizontal: false,
            pos: x,
            from,
            to,
        }
    }
    fn w(x0: f64, y0: f64, text: &str) -> WordBox {
        WordBox {
            x0,
            y0,
            x1: x0 + 6.0 * text.chars().count() as f64,
            y1: y0 + 10.0,
            text: text.to_string(),
        }
    }

    /// A table whose rows have no rules between them (a copy lost the faint
    /// ones): the lines of numbers side by side are its rows, and a name
    /// wrapped over two lines in a row with rules around it stays one cell.
    #[test]
    fn rows_without_rules_are_split_by_their_lines_of_numbers() {
        let rulings = vec![
            h(100.0, 0.0, 300.0),
            h(120.0, 0.0, 300.0),
            h(190.0, 0.0, 300.0),
            h(220.0, 0.0, 300.0),
            v(0.0, 100.0, 220.0),
            v(100.0, 100.0, 220.0),
            v(200.0, 100.0, 220.0),
            v(300.0, 100.0, 220.0),
        ];
        let words = vec![
            w(5.0, 105.0, "Lĩnh"),
            w(110.0, 105.0, "Nhận"),
            w(210.0, 105.0, "Xong"),
            w(5.0, 124.0, "Hộ"),
            w(25.0, 124.0, "tịch"),
            w(110.0, 124.0, "640"),
            w(210.0, 124.0, "620"),
            w(5.0, 144.0, "Đất"),
            w(30.0, 144.0, "đai"),
            w(110.0, 145.0, "76"),
            w(210.0, 143.0, "67"),
            // A wrapped name beside numbers on one line.
            w(5.0, 194.0, "Thành"),
            w(5.0, 206.0, "lập"),
            w(110.0, 200.0, "167"),
            w(210.0, 200.0, "158"),
        ];
        let t = tables(&rulings, &words);
        assert_eq!(
            t[0].rows,
            vec![
                vec!["Lĩnh", "Nhận", "Xong"],
                vec!["Hộ tịch", "640", "620"],
                vec!["Đất đai", "76", "67"],
                vec!["Thành lập", "167", "158"],
            ]
        );
    }

    /// A two-level header: "Đơn vị" over two header rows, "Hồ sơ" over two
    /// columns, then one body row whose name wraps over two lines.
    #[test]
    fn merged_headers_and_wrapped_cells() {
        let rulings = vec![
            h(100.0, 0.0, 300.0),
            h(120.0, 100.0, 300.0),
            h(140.0, 0.0, 300.0),
            h(180.0, 0.0, 300.0),
            v(0.0, 100.0, 180.0),
            v(100.0, 100.0, 180.0),
            v(200.0, 120.0, 180.0),
            v(300.0, 100.0, 180.0),
        ];
        let words = vec![
            w(5.0, 105.0, "Đơn"),
            w(30.0, 105.0, "vị"),
            w(150.0, 104.0, "Hồ"),
            w(170.0, 104.0, "sơ"),
            w(110.0, 124.0, "Nhận"),
            w(210.0, 124.0, "Xong"),
            w(5.0, 144.0, "Văn"),
            w(30.0, 144.0, "phòng"),
            w(5.0, 160.0, "đất"),
            w(30.0, 160.0, "đa"),
            // "i" from another font, its box touching "đa".
            w(42.0, 160.0, "i"),
            w(150.0, 150.0, "1.214"),
            w(250.0, 150.0, "08"),
            w(400.0, 150.0, "outside"),
        ];
        let t = tables(&rulings, &words);
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].rows,
            vec![
                vec!["Đơn vị", "Hồ sơ", ""],
                vec!["", "Nhận", "Xong"],
                vec!["Văn phòng đất đai", "1.214", "08"],
            ]
        );
        assert!(!t[0].contains(&words[13]));
        assert!(t[0].contains(&words[11]));
    }

    #[test]
    fn an_underline_or_a_box_is_not_a_table() {
        let underline = vec![h(50.0, 10.0, 200.0)];
        assert!(tables(&underline, &[]).is_empty());
        let boxed = vec![
            h(10.0, 0.0, 100.0),
            h(50.0, 0.0, 100.0),
            v(0.0, 10.0, 50.0),
            v(100.0, 10.0, 50.0),
        ];
        assert!(tables(&boxed, &[w(5.0, 20.0, "Ghi chú")]).is_empty());
    }

    #[test]
    fn two_tables_apart_stay_apart() {
        let mut r = Vec::new();
        for top in [0.0, 500.0] {
            r.extend([
                h(top, 0.0, 200.0),
                h(top + 20.0, 0.0, 200.0),
                v(0.0, top, top + 20.0),
                v(100.0, top, top + 20.0),
                v(200.0, top, top + 20.0),
            ]);
        }
        let words = vec![w(5.0, 5.0, "a"), w(105.0, 505.0, "b")];
        let t = tables(&r, &words);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].rows, vec![vec!["a", ""]]);
        assert_eq!(t[1].rows, vec![vec!["", "b"]]);
    }
}
