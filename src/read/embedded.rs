//! A scanned PDF page's one image, as the file holds it: the parsed PDF and
//! a page number in, the image's own pixels as an 8-bit gray PGM with its
//! resolution out, or None, and the page is rendered as before
//! (`pdftoppm`, [`super::pdf`]).
//!
//! Why: rendering resamples a page's image. A scanner's searchable PDF
//! (Tesseract's `-l eng pdf`, its MediaBox rounded to 595.87 × 842.11 under
//! an image placed at 595.872 × 842.112) is drawn a fraction of a pixel
//! off at the scan's resolution: on devset2 03's first page 73 % of the
//! pixels change, by 6 grey levels on average, and the OCR reads another
//! page (devset2 10: 122 figures of 125 from the render, 94 from the
//! image). Rendering a lossless page image also costs more than the OCR
//! of it can spare: 0.24 s a page for Flate-compressed RGB at 2069 × 2924.
//!
//! Only lossless images are taken (Flate without a predictor, inflated to
//! the image's size and no further, or uncompressed; 8-bit gray, 8-bit RGB
//! by its luminance, 1-bit gray). A JPEG page is still rendered:
//! poppler draws it with a half-pixel blend (the rendered page is the
//! JPEG's 2 × 2 box mean to within 1.4 grey levels), and the OCR, tuned on
//! rendered pages, reads the raw JPEG's specks worse: the devset scans
//! from their raw JPEGs gave figure F1 0.972 and 4 false findings against
//! 0.988 and none rendered, and still 0.982 and 4 (a "2.935" read "2.939")
//! with that blend redone on the raw image (docs/scans.md).
//!
//! A page qualifies only when what it shows is that image and nothing
//! else: exactly one image XObject painted upright (no rotation or flip,
//! no `/Rotate` on the page) over the whole page, no inline image, no path
//! painted, no text but invisible text (render mode 3, a scanner's OCR
//! layer), no crop box other than the page, no mask, a decode array that
//! at most inverts the samples, and a resolution of 100–600 dpi the same
//! both ways. Anything else (JPEG, CCITT fax, JBIG2, JPEG 2000, CMYK,
//! indexed colours, a predictor) is rendered. It does not OCR, and it does
//! not decide which pages to OCR (that is [`super::pdf`]'s).

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

/// A page's image ready for OCR.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PageImage {
    /// An 8-bit gray PGM, which Leptonica decodes.
    pub bytes: Vec<u8>,
    /// Its resolution: its pixels over the page's width in inches.
    pub ppi: i32,
}

/// Resolutions taken as they are; a page outside them is rendered (at
/// 300 dpi) as before.
const PPI_RANGE: std::ops::RangeInclusive<i32> = 100..=600;

/// How far (points) the image may lie from the page's edges, and the
/// share by which its two resolutions may differ.
const EDGE_PT: f64 = 2.0;
const SQUARE: f64 = 0.02;

/// A PDF's pages, parsed once (lopdf), from which each page's image is
/// taken when its OCR starts: the images are not all held at once.
pub(crate) struct Pages {
    doc: Document,
    ids: Vec<ObjectId>,
}

impl Pages {
    /// The parsed file; None when lopdf cannot load it.
    pub(crate) fn open(bytes: &[u8]) -> Option<Pages> {
        super::guarded("PDF", || {
            let doc = Document::load_mem(bytes).map_err(super::ReadError::PdfParse)?;
            let ids = doc.page_iter().collect();
            Ok(Pages { doc, ids })
        })
        .ok()
    }

    /// The resolution of page `i`'s one full-page image (lossless or not),
    /// which it is rendered at: what `pdfimages -list` says of it, without
    /// starting poppler for it.
    pub(crate) fn ppi(&self, i: usize) -> Option<i32> {
        let id = *self.ids.get(i)?;
        super::guarded("PDF", || Ok(placed(&self.doc, id).map(|(_, p)| p)))
            .ok()
            .flatten()
    }

    /// The image of page `i` (0-based), when the page is one full-page
    /// image of at most `max_pixels` pixels.
    pub(crate) fn image(&self, i: usize, max_pixels: u64) -> Option<PageImage> {
        let id = *self.ids.get(i)?;
        super::guarded("PDF", || Ok(page_image(&self.doc, id, max_pixels)))
            .ok()
            .flatten()
    }
}

/// The one image of a page, when the page shows nothing else.
fn page_image(doc: &Document, page: ObjectId, max_pixels: u64) -> Option<PageImage> {
    let (stream, ppi) = placed(doc, page)?;
    let image = &stream.dict;
    let int = |k: &[u8]| image.get(k).ok()?.as_i64().ok();
    let (w, h) = (int(b"Width")?, int(b"Height")?);
    if (w as u64).saturating_mul(h as u64) > max_pixels || !plain(doc, image) {
        return None;
    }
    let bytes = pixels(doc, stream, w as usize, h as usize)?;
    Some(PageImage { bytes, ppi })
}

/// The one image a page shows, upright over the whole page, and its
/// resolution (within [`PPI_RANGE`], the same both ways).
fn placed(doc: &Document, page: ObjectId) -> Option<(&lopdf::Stream, i32)> {
    let dict = doc.get_dictionary(page).ok()?;
    let rotate = inherited(doc, dict, b"Rotate").map_or(Some(0), |o| o.as_i64().ok())?;
    if rotate.rem_euclid(360) != 0 {
        return None;
    }
    let media = rect(doc, inherited(doc, dict, b"MediaBox")?)?;
    if let Some(crop) = inherited(doc, dict, b"CropBox")
        && rect(doc, crop)? != media
    {
        return None;
    }
    let content = Content::decode(&doc.get_page_content(page).ok()?).ok()?;
    let (name, ctm) = sole_image(&content)?;
    let [a, b, c, d, e, f] = ctm;
    let [x0, y0, x1, y1] = media;
    let covers = b == 0.0
        && c == 0.0
        && a > 0.0
        && d > 0.0
        && (e - x0).abs() <= EDGE_PT
        && (f - y0).abs() <= EDGE_PT
        && (e + a - x1).abs() <= EDGE_PT
        && (f + d - y1).abs() <= EDGE_PT;
    if !covers {
        return None;
    }
    let (resources, _) = doc.get_page_resources(page).ok()?;
    let xobjects = doc.get_dict_in_dict(resources?, b"XObject").ok()?;
    let stream = match xobjects.get(&name).ok()? {
        Object::Reference(id) => doc.get_object(*id).ok()?.as_stream().ok()?,
        _ => return None,
    };
    let image = &stream.dict;
    let int = |k: &[u8]| image.get(k).ok()?.as_i64().ok();
    let (w, h) = (int(b"Width")?, int(b"Height")?);
    if w <= 0 || h <= 0 {
        return None;
    }
    let (xppi, yppi) = (w as f64 * 72.0 / a, h as f64 * 72.0 / d);
    if ((xppi - yppi) / xppi).abs() > SQUARE {
        return None;
    }
    let ppi = xppi.round() as i32;
    PPI_RANGE.contains(&ppi).then_some((stream, ppi))
}

/// The name of the one image XObject a content stream paints and the
/// transformation it is painted with; None when it paints anything else
/// that shows (a path, an inline image, visible text, a second image).
fn sole_image(content: &Content) -> Option<(Vec<u8>, [f64; 6])> {
    let mut ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
    let mut stack: Vec<([f64; 6], i64)> = Vec::new();
    let mut render = 0i64;
    let mut found = None;
    for op in &content.operations {
        let num = |k: usize| {
            op.operands
                .get(k)
                .and_then(|o| o.as_float().ok())
                .map(f64::from)
        };
        match op.operator.as_str() {
            "q" => stack.push((ctm, render)),
            "Q" => (ctm, render) = stack.pop().unwrap_or((ctm, render)),
            "cm" => {
                let m: Vec<f64> = (0..6).map(num).collect::<Option<_>>()?;
                ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &ctm);
            }
            "Tr" => render = op.operands.first()?.as_i64().ok()?,
            "Tj" | "TJ" | "'" | "\"" if render != 3 => return None,
            "Do" if found.is_none() => {
                found = Some((op.operands.first()?.as_name().ok()?.to_vec(), ctm));
            }
            "Do" | "BI" | "ID" | "EI" | "sh" | "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b"
            | "b*" => return None,
            _ => {}
        }
    }
    found
}

/// `m` then `n`, as PDF concatenates matrices (`cm`).
fn mul(m: &[f64; 6], n: &[f64; 6]) -> [f64; 6] {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// A page attribute, from the page or the page tree above it.
fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..32 {
        if let Ok(v) = node.get(key) {
            return doc.dereference(v).ok().map(|(_, o)| o);
        }
        node = doc
            .get_dictionary(node.get(b"Parent").ok()?.as_reference().ok()?)
            .ok()?;
    }
    None
}

/// A rectangle `[x0 y0 x1 y1]`, normalised.
fn rect(doc: &Document, o: &Object) -> Option<[f64; 4]> {
    let v: Vec<f64> = o
        .as_array()
        .ok()?
        .iter()
        .map(|x| doc.dereference(x).ok()?.1.as_float().ok().map(f64::from))
        .collect::<Option<_>>()?;
    let [a, b, c, d] = v[..] else { return None };
    Some([a.min(c), b.min(d), a.max(c), b.max(d)])
}

/// An image whose samples are its pixels: no mask, not a stencil mask.
fn plain(doc: &Document, image: &Dictionary) -> bool {
    let has = |k: &[u8]| image.get(k).is_ok();
    let stencil = image
        .get(b"ImageMask")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .is_some_and(|(_, o)| o.as_bool().unwrap_or(false));
    !stencil && !has(b"SMask") && !has(b"Mask")
}

/// Whether the samples are inverted: a decode array of `[1 0]` for every
/// component (Tesseract writes one on its 1-bit page images, where a set
/// bit is then black); `[0 1]` or none is not. None for any other array.
fn inverted(doc: &Document, image: &Dictionary) -> Option<bool> {
    let Ok(d) = image.get(b"Decode") else {
        return Some(false);
    };
    let v: Vec<f32> = doc
        .dereference(d)
        .ok()?
        .1
        .as_array()
        .ok()?
        .iter()
        .map(|x| x.as_float().ok())
        .collect::<Option<_>>()?;
    let pairs: Vec<&[f32]> = v.chunks(2).collect();
    if pairs.iter().all(|p| *p == [0.0, 1.0]) {
        Some(false)
    } else if pairs.iter().all(|p| *p == [1.0, 0.0]) {
        Some(true)
    } else {
        None
    }
}

/// Colour components of the image's colour space: 1 (gray) or 3 (RGB);
/// None for any other (CMYK, indexed, Lab, separations).
fn components(doc: &Document, image: &Dictionary) -> Option<usize> {
    let (_, cs) = doc.dereference(image.get(b"ColorSpace").ok()?).ok()?;
    match cs {
        Object::Name(n) if n == b"DeviceGray" || n == b"CalGray" => Some(1),
        Object::Name(n) if n == b"DeviceRGB" || n == b"CalRGB" => Some(3),
        Object::Array(a) if a.first().and_then(|o| o.as_name().ok()) == Some(b"ICCBased") => {
            let (_, icc) = doc.dereference(a.get(1)?).ok()?;
            match icc.as_stream().ok()?.dict.get(b"N").ok()?.as_i64().ok()? {
                1 => Some(1),
                3 => Some(3),
                _ => None,
            }
        }
        Object::Array(a) if a.first().and_then(|o| o.as_name().ok()) == Some(b"CalGray") => Some(1),
        Object::Array(a) if a.first().and_then(|o| o.as_name().ok()) == Some(b"CalRGB") => Some(3),
        _ => None,
    }
}

/// The image's bytes for Leptonica: its decompressed samples as a PGM,
/// when it is stored without loss (Flate or uncompressed).
fn pixels(doc: &Document, stream: &lopdf::Stream, w: usize, h: usize) -> Option<Vec<u8>> {
    let image = &stream.dict;
    let filters = match image.get(b"Filter") {
        Err(_) => Vec::new(),
        Ok(_) => stream.filters().ok()?,
    };
    let n = components(doc, image)?;
    let bpc = image.get(b"BitsPerComponent").ok()?.as_i64().ok()?;
    let size = row_bytes(w, n, bpc)?.checked_mul(h)?;
    let predictor = image
        .get(b"DecodeParms")
        .ok()
        .and_then(|p| p.as_dict().ok())
        .and_then(|p| p.get(b"Predictor").ok()?.as_i64().ok())
        .unwrap_or(1);
    let data = match filters.as_slice() {
        [] => stream.content.clone(),
        [b"FlateDecode"] if predictor == 1 => inflate(&stream.content, size)?,
        // Predictors, other filters: rendered.
        _ => return None,
    };
    let invert = inverted(doc, image)?;
    let mut pgm = to_pgm(&data, w, h, n, bpc)?;
    if invert {
        let start = pgm.len() - w * h;
        pgm[start..].iter_mut().for_each(|v| *v = 255 - *v);
    }
    Some(pgm)
}

/// Flate data inflated to exactly `size` bytes, the image's samples, and
/// never further: a stream that inflates to gigabytes (a bomb inside a
/// page image) is not read past its image. None when it holds less.
fn inflate(data: &[u8], size: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut out = Vec::with_capacity(size);
    let mut z = flate2::read::ZlibDecoder::new(data).take(size as u64);
    // Data cut short or a bad checksum after the samples still gives them.
    let _ = z.read_to_end(&mut out);
    (out.len() == size).then_some(out)
}

/// Bytes of one row of `w` pixels of `n` components of `bpc` bits, for the
/// kinds taken (8-bit gray or RGB, 1-bit gray).
fn row_bytes(w: usize, n: usize, bpc: i64) -> Option<usize> {
    match (n, bpc) {
        (1, 8) => Some(w),
        (3, 8) => w.checked_mul(3),
        (1, 1) => Some(w.div_ceil(8)),
        _ => None,
    }
}

/// Samples (rows of `w` pixels, `n` components of `bpc` bits, rows padded
/// to a byte) as an 8-bit gray PGM; None when the data is short or the
/// kind is not one of 8-bit gray or RGB and 1-bit gray.
fn to_pgm(data: &[u8], w: usize, h: usize, n: usize, bpc: i64) -> Option<Vec<u8>> {
    let row = row_bytes(w, n, bpc)?;
    if data.len() < row.checked_mul(h)? {
        return None;
    }
    let mut out = format!("P5\n{w} {h}\n255\n").into_bytes();
    out.reserve(w * h);
    for r in data.chunks_exact(row).take(h) {
        match (n, bpc) {
            (1, 8) => out.extend_from_slice(r),
            // Luminance as Leptonica's RGB to gray takes it (0.3, 0.59, 0.11).
            (3, _) => out.extend(r.chunks_exact(3).map(|p| {
                ((77 * p[0] as u32 + 151 * p[1] as u32 + 28 * p[2] as u32 + 128) >> 8) as u8
            })),
            _ => out.extend((0..w).map(|x| {
                if r[x / 8] & (0x80 >> (x % 8)) != 0 {
                    255
                } else {
                    0
                }
            })),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `page_image` takes from a content stream (one it cannot
    /// parse shows nothing it can take).
    fn image_of(ops: &str) -> Option<(Vec<u8>, [f64; 6])> {
        sole_image(&Content::decode(ops.as_bytes()).ok()?)
    }

    fn near(m: [f64; 6], want: [f64; 6]) -> bool {
        m.iter().zip(want).all(|(a, b)| (a - b).abs() < 1e-3)
    }

    #[test]
    fn a_scan_page_paints_one_image_and_invisible_text() {
        // Tesseract's searchable PDF: the image, then its OCR layer, mode 3.
        let (name, m) = image_of(
            "q 595.872 0 0 842.112 0 0 cm /Im1 Do Q\nBT 3 Tr 1 0 0 1 99 779 Tm /f-0-0 14 Tf [<0055>] TJ ET",
        )
        .unwrap();
        assert_eq!(name, b"Im1");
        assert!(near(m, [595.872, 0.0, 0.0, 842.112, 0.0, 0.0]), "{m:?}");
        // Nested transformations multiply.
        let (_, m) = image_of("q 2 0 0 2 0 0 cm q 100 0 0 50 10 20 cm /I Do Q Q").unwrap();
        assert!(near(m, [200.0, 0.0, 0.0, 100.0, 20.0, 40.0]), "{m:?}");
    }

    #[test]
    fn a_page_showing_more_than_its_image_is_rendered() {
        // Visible text, a ruled path, a second image, an inline image.
        for ops in [
            "q 595 0 0 842 0 0 cm /Im1 Do Q BT /F1 12 Tf (x) Tj ET",
            "q 595 0 0 842 0 0 cm /Im1 Do Q 10 10 m 100 10 l S",
            "q 595 0 0 842 0 0 cm /Im1 Do Q q 50 0 0 50 0 0 cm /Im2 Do Q",
            "BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI",
            "BT 3 Tr ET",
        ] {
            assert_eq!(image_of(ops), None, "{ops}");
        }
        // Invisible text after a `Q` that restored a visible mode is seen.
        assert_eq!(
            image_of("q 595 0 0 842 0 0 cm /Im1 Do Q BT q 3 Tr Q (x) Tj ET"),
            None
        );
    }

    #[test]
    fn a_lossless_page_image_is_taken_and_a_jpeg_page_is_not() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/");
        let fax = std::fs::read(format!("{data}scanner-ocr-layer-fax.pdf")).unwrap();
        let img = Pages::open(&fax).unwrap().image(0, 100_000_000).unwrap();
        assert_eq!(img.ppi, 200);
        let head = b"P5\n1654 2339\n255\n";
        assert!(img.bytes.starts_with(head));
        assert_eq!(img.bytes.len(), head.len() + 1654 * 2339);
        // Its decode array inverts the bits: the page is mostly white.
        let white = img.bytes[head.len()..]
            .iter()
            .filter(|&&v| v == 255)
            .count();
        assert!(white > 1654 * 2339 * 9 / 10, "{white} white pixels");
        // Over the pixel cap, or not a page: nothing.
        assert_eq!(Pages::open(&fax).unwrap().image(0, 1_000_000), None);
        assert_eq!(Pages::open(&fax).unwrap().image(1, 100_000_000), None);
        // A JPEG page is rendered, at its image's resolution.
        let jpeg = std::fs::read(format!("{data}scanner-ocr-layer.pdf")).unwrap();
        let pages = Pages::open(&jpeg).unwrap();
        assert_eq!(pages.image(0, 100_000_000), None);
        assert_eq!(pages.ppi(0), Some(300));
        assert_eq!(Pages::open(&fax).unwrap().ppi(0), Some(200));
        assert!(Pages::open(b"not a pdf").is_none());
    }

    #[test]
    fn flate_data_is_inflated_to_the_image_and_no_further() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        // 64 MB of zeros in about 64 KB: a bomb for a 4 × 4 image.
        for _ in 0..64 {
            z.write_all(&[0u8; 1 << 20]).unwrap();
        }
        let bomb = z.finish().unwrap();
        assert_eq!(inflate(&bomb, 16).unwrap(), vec![0u8; 16]);
        assert_eq!(inflate(&bomb[..bomb.len() / 2], 16).unwrap().len(), 16);
        assert_eq!(inflate(b"not flate", 16), None);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&[7u8; 10]).unwrap();
        assert_eq!(inflate(&z.finish().unwrap(), 16), None, "short data");
    }

    #[test]
    fn samples_become_a_gray_pgm() {
        let head = |w: usize, h: usize| format!("P5\n{w} {h}\n255\n").into_bytes();
        let gray = to_pgm(&[0, 128, 255, 7], 2, 2, 1, 8).unwrap();
        assert_eq!(gray, [head(2, 2), vec![0, 128, 255, 7]].concat());
        let rgb = to_pgm(&[255, 255, 255, 90, 90, 90, 255, 0, 0], 3, 1, 3, 8).unwrap();
        assert_eq!(rgb, [head(3, 1), vec![255, 90, 77]].concat());
        // 1-bit rows padded to a byte; 1 is white in DeviceGray.
        let bits = to_pgm(&[0b1010_0000, 0b0100_0000], 3, 2, 1, 1).unwrap();
        assert_eq!(bits, [head(3, 2), vec![255, 0, 255, 0, 255, 0]].concat());
        // Short data, CMYK, 16 bits: not taken.
        assert_eq!(to_pgm(&[0; 3], 2, 2, 1, 8), None);
        assert_eq!(to_pgm(&[0; 16], 2, 2, 4, 8), None);
        assert_eq!(to_pgm(&[0; 8], 2, 2, 1, 16), None);
    }
}
