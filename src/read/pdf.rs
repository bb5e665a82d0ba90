//! The PDF reader: the bytes (and path) of a PDF in, one [`Page`] per PDF
//! page out, OCR'd where the text layer is missing, empty or garbage.
//!
//! One poppler pass gives every page's words with their boxes
//! (`pdftotext -bbox`: letters stay in order where a line switches fonts);
//! one lopdf parse gives what each page draws, its ruling lines and whether
//! it paints an image ([`super::rulings`]); [`geometry`] turns both into
//! lines, ruled tables as `\t` cells like the DOCX reader's. A file poppler
//! cannot open is read from a copy with a rebuilt object index
//! ([`repair`]); `pdf-extract` in-process (panics on about a third of
//! damaged files, contained here) is the last fallback and the probe for
//! encryption. TCVN3 text layers are converted; VNI and unreadable ones go
//! to OCR (`pdftoppm -gray` at the scan's resolution, then [`crate::ocr`],
//! pages in parallel), and so do pages with little text that paint an
//! image; a page that is one lossless full-page image is OCR'd from that
//! image as the file holds it, without rendering ([`embedded`]). It does
//! not repair damaged streams or try passwords.
//!
//! Bounded: a PDF with more than [`ReadOptions::max_ocr_pages`] pages to OCR
//! is refused before rendering, and the OCR of one file stops at
//! [`ReadOptions::ocr_file_budget`], so a 1,000-page scan cannot hold a batch.

use super::embedded;
use super::geometry::{self, PageWords};
use super::image::{ocr_options, ocr_page as to_page};
use super::judge::Quality;
use super::legacy::{self, Encoding};
use super::poppler;
use super::repair;
use super::rulings::{Drawing, page_drawing};
use super::{OcrMode, ReadError, ReadOptions, guarded};
use crate::model::{Document, LayerChoice, Page, SourceKind, split_lines};
use crate::ocr::{self, OcrError, OcrInput};
use rayon::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Fewer alphanumerics than this on a page means no usable text layer
/// (scans give 0; stack.md Q5).
const MIN_ALNUM: usize = 50;

/// How long the poppler tools may take on one file or page.
const TOOL_TIMEOUT: Duration = Duration::from_secs(120);

pub fn read(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<Document, ReadError> {
    let mut words = page_words(path);
    // A file poppler cannot open (cut off, or its cross-reference table or
    // trailer broken) is read again from a copy whose object index is
    // rebuilt; every page still in it is read, page by page.
    let rescue = match &words {
        Err(ReadError::PdfDamaged(_)) => repaired(bytes),
        _ => None,
    };
    let (tool_path, bytes): (&Path, &[u8]) = match &rescue {
        Some(r) => (r.path.as_path(), r.bytes.as_slice()),
        None => (path, bytes),
    };
    if let Some(r) = &rescue {
        words = Ok(r.words.clone());
    }
    // pdf-extract only when poppler cannot read the file even so: it is the
    // slower of the two and its text is worse where a line switches fonts.
    // (None: not run.)
    let extracted = match &words {
        Ok(_) | Err(ReadError::Encrypted) => None,
        Err(_) => Some(guarded("PDF", || {
            pdf_extract::extract_text_from_mem_by_pages(bytes).map_err(ReadError::PdfText)
        })),
    };
    let (extracted, words) = match (extracted, words) {
        (_, Err(ReadError::Encrypted)) => return Err(ReadError::Encrypted),
        (Some(Err(e)), Err(_)) => return Err(e),
        (None, Err(e)) => return Err(e),
        (a, b) => (a.and_then(Result::ok), b.ok()),
    };
    // pdftotext lists every page, empty ones included; parsing the whole
    // file again with lopdf is only needed for the rulings of pages that
    // have words (a scan has none) or when pdftotext failed.
    let n_pages = words
        .as_ref()
        .map(|p| p.len())
        .filter(|&n| n > 0)
        .or_else(|| page_count(bytes))
        .or_else(|| extracted.as_ref().map(|p| p.len()))
        .unwrap_or(0);
    if n_pages == 0 {
        return Err(ReadError::PdfDamaged("it has no pages".into()));
    }
    let laid_out: Option<Vec<TextLayer>> = words.as_ref().map(|pages| {
        // A scan (no page with words) is not parsed a second time.
        let drawn = if pages.iter().any(|p| !p.words.is_empty()) {
            drawings(bytes, pages)
        } else {
            vec![None; pages.len()]
        };
        let mut lines: Vec<geometry::PageLines> = pages
            .iter()
            .zip(&drawn)
            .map(|(p, d)| {
                geometry::page_lines(
                    p,
                    d.as_ref().map_or(&[], |d| &d.rulings),
                    geometry::Layer::Text,
                )
            })
            .collect();
        geometry::join_continued(&mut lines);
        pages
            .iter()
            .zip(lines)
            .zip(drawn)
            .map(|((p, l), d)| TextLayer {
                probe: p.text(),
                lines: l.lines,
                no_image: d.is_some_and(|d| !d.images),
            })
            .collect()
    });

    // Decide per page: text (and from which source) or OCR.
    let mut pages: Vec<Option<Page>> = Vec::with_capacity(n_pages);
    for i in 0..n_pages {
        let ex = extracted
            .as_ref()
            .and_then(|p| p.get(i))
            .map(String::as_str);
        let lay = laid_out.as_ref().and_then(|p| p.get(i));
        pages.push(text_page(ex, lay, opts.ocr).map(|lines| Page {
            lines,
            ocr: false,
            confidence: None,
            doubtful: Vec::new(),
            layer: None,
        }));
    }

    let mut to_ocr: Vec<usize> = (0..n_pages).filter(|&i| pages[i].is_none()).collect();
    if to_ocr.len() > opts.max_ocr_pages {
        return Err(ReadError::TooManyOcrPages {
            pages: to_ocr.len(),
            limit: opts.max_ocr_pages,
        });
    }
    // A text layer over a page image that reads as poor Vietnamese is a
    // scanner's own OCR: the page is OCR'd too, and the better reading kept
    // ([`judge`]). Only as many as the OCR page cap leaves room for.
    let mut layers: Vec<(usize, Vec<String>)> = Vec::new();
    if opts.ocr == OcrMode::Auto
        && let Some(laid) = &laid_out
    {
        for (i, t) in laid.iter().enumerate() {
            let suspect = pages[i].is_some()
                && !t.no_image
                && to_ocr.len() < opts.max_ocr_pages
                && Quality::of(&t.probe).poor();
            if suspect && let Some(p) = pages[i].take() {
                layers.push((i, p.lines));
                to_ocr.push(i);
            }
        }
        to_ocr.sort_unstable();
    }
    if !to_ocr.is_empty() {
        // A page that is one full-page image is OCR'd from that image as
        // the file holds it, without rendering ([`embedded`]).
        let scan = embedded::Pages::open(bytes);
        let results = ocr_pages(tool_path, scan.as_ref(), &to_ocr, opts);
        let has_text = pages.iter().flatten().any(|p| !p.lines.is_empty()) || !layers.is_empty();
        for (i, r) in to_ocr.iter().zip(results) {
            if let Some(k) = layers.iter().position(|(j, _)| j == i) {
                let (_, lines) = layers.swap_remove(k);
                pages[*i] = Some(better_reading(lines, r.and_then(Result::ok)));
                continue;
            }
            match r {
                Some(Ok(page)) => pages[*i] = Some(page),
                // A damaged page poppler cannot render: the pages whose
                // text layer was read are kept, page by page.
                Some(Err(ReadError::PdfDamaged(_) | ReadError::ToolTimeout { .. })) if has_text => {
                }
                Some(Err(e)) => return Err(e),
                // A page skipped after another failed: that failure comes first.
                None => {}
            }
        }
    }
    let pages: Vec<Page> = pages
        .into_iter()
        .map(|p| {
            p.unwrap_or(Page {
                lines: Vec::new(),
                ocr: true,
                confidence: None,
                doubtful: Vec::new(),
                layer: None,
            })
        })
        .collect();
    let kind = if pages.iter().any(|p| p.ocr) {
        SourceKind::PdfOcr
    } else {
        SourceKind::PdfText
    };
    Ok(Document {
        path: path.to_path_buf(),
        kind,
        pages,
    })
}

/// A judged page: its text layer's lines or baocao's OCR of it, whichever
/// reads better as Vietnamese ([`Quality::score`]); the layer when the OCR
/// failed. Ties keep the layer: it is what the sender's machine read.
fn better_reading(layer: Vec<String>, ocr: Option<Page>) -> Page {
    let kept = |lines| Page {
        lines,
        ocr: false,
        confidence: None,
        doubtful: Vec::new(),
        layer: Some(LayerChoice::Kept),
    };
    let Some(mut page) = ocr else {
        return kept(layer);
    };
    let ocr_score = Quality::of(&page.lines.join("\n")).score();
    if ocr_score > Quality::of(&layer.join("\n")).score() {
        page.layer = Some(LayerChoice::Replaced);
        page
    } else {
        kept(layer)
    }
}

/// A page as pdftotext reads it.
#[derive(Debug, Clone, PartialEq)]
struct TextLayer {
    /// Its words, space-joined: the probe for a junk or legacy layer.
    probe: String,
    /// Its lines, tables cut into cells ([`geometry`]).
    lines: Vec<String>,
    /// The page paints no image: little text on it is all there is (a
    /// signature page, an empty page), nothing to OCR.
    no_image: bool,
}

/// The lines of a page from its text layer, or None when it must be OCR'd.
fn text_page(
    extracted: Option<&str>,
    laid_out: Option<&TextLayer>,
    mode: OcrMode,
) -> Option<Vec<String>> {
    if mode == OcrMode::Always {
        return None;
    }
    let probe = extracted
        .or(laid_out.map(|t| t.probe.as_str()))
        .unwrap_or("");
    let usable = usable(probe) || laid_out.is_some_and(|t| t.no_image && clean(probe));
    let convert: fn(&str) -> String = match legacy::detect(probe) {
        Encoding::Tcvn3 => legacy::tcvn3_to_unicode,
        Encoding::Unicode => str::to_string,
        Encoding::Vni if mode == OcrMode::Never => str::to_string,
        Encoding::Vni => return None,
    };
    if !usable && mode == OcrMode::Auto {
        return None;
    }
    // pdftotext first: pdf-extract misplaces the letters of a line that
    // switches fonts (LibreOffice falls back to DejaVu for Ư, Ờ ...), which
    // is common; it stays the fallback for files pdftotext cannot read.
    // The legacy conversion maps characters one by one: tabs stay.
    match laid_out {
        Some(t) => Some(squeeze(t.lines.iter().map(|l| convert(l)).collect())),
        None => Some(squeeze(split_lines(&convert(extracted.unwrap_or(""))))),
    }
}

/// Lines with their spaces collapsed and blank-line runs squeezed to one:
/// both tools mark paragraph spacing with several blank lines.
fn squeeze(lines: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in lines {
        let l = if l.contains('\t') {
            l
        } else {
            l.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        if l.is_empty() && out.last().is_none_or(|p| p.is_empty()) {
            continue;
        }
        out.push(l);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// A text layer is usable when it has enough alphanumerics and little junk
/// (U+FFFD, private-use glyph codes, control characters).
fn usable(text: &str) -> bool {
    let alnum = text.chars().filter(|c| c.is_alphanumeric()).count();
    alnum >= MIN_ALNUM && junk(text) * 20 < alnum
}

/// No junk at all: a short text layer that can be trusted as it is.
fn clean(text: &str) -> bool {
    junk(text) == 0
}

fn junk(text: &str) -> usize {
    text.chars()
        .filter(|&c| {
            c == '\u{fffd}'
                || ('\u{e000}'..='\u{f8ff}').contains(&c)
                || (c.is_control() && !c.is_whitespace())
        })
        .count()
}

fn page_count(bytes: &[u8]) -> Option<usize> {
    guarded("PDF", || {
        lopdf::Document::load_mem(bytes)
            .map(|d| d.get_pages().len())
            .map_err(ReadError::PdfParse)
    })
    .ok()
    .filter(|&n| n > 0)
}

/// A damaged file's repaired copy ([`repair`]), kept on disk while it is
/// read (poppler reads files, and OCR renders its pages from it).
struct Repaired {
    _dir: tempfile::TempDir,
    path: PathBuf,
    bytes: Vec<u8>,
    words: Vec<PageWords>,
}

/// The repaired copy, when it has a page with words.
fn repaired(bytes: &[u8]) -> Option<Repaired> {
    let fixed = guarded("PDF", || Ok(repair::rebuild_xref(bytes))).ok()??;
    let dir = tempfile::Builder::new().prefix("baocao-").tempdir().ok()?;
    let path = dir.path().join("repaired.pdf");
    std::fs::write(&path, &fixed).ok()?;
    let words = page_words(&path).ok()?;
    words
        .iter()
        .any(|p| !p.words.is_empty())
        .then_some(Repaired {
            _dir: dir,
            path,
            bytes: fixed,
            words,
        })
}

/// The words of every page (one poppler pass), with the page sizes the
/// rulings need: from the poppler helper ([`poppler`]) when it can give
/// them, else from `pdftotext -bbox`. When pdftotext fails on a damaged
/// file after printing some pages, those pages are kept.
fn page_words(path: &Path) -> Result<Vec<PageWords>, ReadError> {
    if let Some(words) = poppler::page_words(path, TOOL_TIMEOUT) {
        return words;
    }
    let (ok, out, err) = run_tool_output(
        "pdftotext",
        &["-bbox".as_ref(), path.as_os_str(), "-".as_ref()],
    )?;
    let pages = geometry::bbox_pages(&out);
    if ok || pages.iter().any(|p| !p.words.is_empty()) {
        Ok(pages)
    } else {
        Err(failure("pdftotext", &err))
    }
}

/// What each page draws (rulings, images), parsed with lopdf once for the
/// file; None for a page lopdf cannot read (or a file it cannot load),
/// whose text is then laid out from the words alone.
fn drawings(bytes: &[u8], pages: &[PageWords]) -> Vec<Option<Drawing>> {
    let none = || vec![None; pages.len()];
    guarded("PDF", || {
        let doc = lopdf::Document::load_mem(bytes).map_err(ReadError::PdfParse)?;
        let ids: Vec<lopdf::ObjectId> = doc.page_iter().collect();
        Ok(pages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let content = doc.get_page_content(*ids.get(i)?).ok()?;
                page_drawing(&content, p.height)
            })
            .collect())
    })
    .unwrap_or_else(|_| none())
}

/// OCRs the pages (0-based) in parallel within the file's OCR budget. Once a
/// page fails, pages not yet started are skipped (None): the file is an
/// error anyway.
fn ocr_pages(
    path: &Path,
    scan: Option<&embedded::Pages>,
    pages: &[usize],
    opts: &ReadOptions,
) -> Vec<Option<Result<Page, ReadError>>> {
    use std::sync::atomic::{AtomicBool, Ordering};
    let deadline = Instant::now() + opts.ocr_file_budget;
    let failed = AtomicBool::new(false);
    let budget = || ReadError::OcrBudget(opts.ocr_file_budget.as_secs());
    pages
        .par_iter()
        .map(|&i| {
            if failed.load(Ordering::Relaxed) {
                return None;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            let r = if left.is_zero() {
                Err(budget())
            } else if left < opts.ocr_page_timeout {
                let short = ReadOptions {
                    ocr_page_timeout: left,
                    ..opts.clone()
                };
                ocr_page(path, scan, i + 1, &short).map_err(|e| match e {
                    ReadError::Ocr(OcrError::Timeout(_)) => budget(),
                    e => e,
                })
            } else {
                ocr_page(path, scan, i + 1, opts)
            };
            if r.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            Some(r)
        })
        .collect()
}

/// OCRs page `n` (1-based): its one full-page image as the file holds it
/// ([`embedded`]), or else the page rendered gray into memory at the
/// resolution of the scan it holds ([`scan_dpi`]); no file is written.
fn ocr_page(
    path: &Path,
    scan: Option<&embedded::Pages>,
    n: usize,
    opts: &ReadOptions,
) -> Result<Page, ReadError> {
    if let Some(image) = scan.and_then(|s| s.image(n - 1, opts.max_image_pixels)) {
        let o = ocr::OcrOptions {
            ppi: Some(image.ppi),
            ..ocr_options(opts)
        };
        let raw = ocr::worker::ocr_image(OcrInput::Bytes(&image.bytes), &o);
        return Ok(to_page(raw.map_err(ReadError::Ocr)?));
    }
    let num = n.to_string();
    let render_dpi = scan
        .and_then(|s| s.ppi(n - 1))
        .or_else(|| scan_dpi(path, n))
        .unwrap_or(RENDER_DPI);
    let dpi = render_dpi.to_string();
    // -gray PGM on stdout: Leptonica reads it directly; PNG would cost its
    // compression twice.
    let pgm = run_tool_bytes(
        "pdftoppm",
        &[
            "-r".as_ref(),
            dpi.as_ref(),
            "-gray".as_ref(),
            "-singlefile".as_ref(),
            "-f".as_ref(),
            num.as_ref(),
            "-l".as_ref(),
            num.as_ref(),
            path.as_os_str(),
        ],
    )?;
    let mut o = ocr_options(opts);
    o.default_ppi = render_dpi;
    let raw = ocr::worker::ocr_image(OcrInput::Bytes(&pgm), &o);
    Ok(to_page(raw.map_err(ReadError::Ocr)?))
}

/// Resolution a page without a scanned image is rendered at for OCR.
const RENDER_DPI: i32 = 300;

/// The resolution of the largest image on page `n` (`pdfimages -list`),
/// within 100–600 dpi; None when the page has no image or poppler cannot
/// say. Rendering a 200-dpi scan at 300 makes poppler upsample its JPEG
/// blockily, and Tesseract then reads tables far worse (on a devset table
/// page, 130 of 133 numbers at the scan's own 200 dpi, under 90 at 300):
/// any upscaling is done later, smoothly, by [`ocr::prep`].
fn scan_dpi(path: &Path, n: usize) -> Option<i32> {
    let num = n.to_string();
    let list = run_tool(
        "pdfimages",
        &[
            "-list".as_ref(),
            "-f".as_ref(),
            num.as_ref(),
            "-l".as_ref(),
            num.as_ref(),
            path.as_os_str(),
        ],
    )
    .ok()?;
    parse_image_list(&list)
}

/// The x-ppi of the image with the most pixels in `pdfimages -list` output.
fn parse_image_list(list: &str) -> Option<i32> {
    list.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            if f.len() < 14 || f[2] != "image" {
                return None;
            }
            let pixels = f[3].parse::<u64>().ok()? * f[4].parse::<u64>().ok()?;
            let ppi = f[12].parse::<f64>().ok()?.round() as i32;
            Some((pixels, ppi))
        })
        .max()
        .map(|(_, ppi)| ppi)
        .filter(|p| (100..=600).contains(p))
}

/// Runs a poppler tool with a time bound; stdout as text. An encrypted
/// file is recognised from poppler's message.
fn run_tool(tool: &'static str, args: &[&std::ffi::OsStr]) -> Result<String, ReadError> {
    let (ok, out, err) = run_tool_output(tool, args)?;
    if !ok {
        return Err(failure(tool, &err));
    }
    Ok(out)
}

fn failure(tool: &str, err: &str) -> ReadError {
    let first = err
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("no output")
        .trim()
        .to_string();
    ReadError::PdfDamaged(format!("{tool}: {first}"))
}

/// Runs a tool with a time bound: whether it succeeded, its stdout, its
/// stderr. A damaged file can make pdftotext fail after it printed the
/// pages it could read; the caller decides whether to keep them.
fn run_tool_output(
    tool: &'static str,
    args: &[&std::ffi::OsStr],
) -> Result<(bool, String, String), ReadError> {
    let (ok, out, err) = run_tool_raw(tool, args)?;
    Ok((ok, String::from_utf8_lossy(&out).into_owned(), err))
}

/// Runs a poppler tool with a time bound; its stdout as bytes (a rendered
/// page image), an error when it failed.
fn run_tool_bytes(tool: &'static str, args: &[&std::ffi::OsStr]) -> Result<Vec<u8>, ReadError> {
    let (ok, out, err) = run_tool_raw(tool, args)?;
    if !ok {
        return Err(failure(tool, &err));
    }
    Ok(out)
}

/// Runs a tool with a time bound: whether it succeeded, its stdout, its
/// stderr.
fn run_tool_raw(
    tool: &'static str,
    args: &[&std::ffi::OsStr],
) -> Result<(bool, Vec<u8>, String), ReadError> {
    let mut child = Command::new(tool)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| ReadError::ToolMissing(tool))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    // The reader of stdout says when the tool closed it (it is exiting), so
    // the wait ends then, not at the next poll.
    let (closed, eof) = std::sync::mpsc::channel();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        let _ = closed.send(());
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let timeout = || ReadError::ToolTimeout {
        tool,
        secs: TOOL_TIMEOUT.as_secs(),
    };
    // A time-out says nothing about the file: not "damaged".
    if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = eof.recv_timeout(TOOL_TIMEOUT) {
        let _ = child.kill();
        let _ = child.wait();
        return Err(timeout());
    }
    // Stdout closed: the tool is exiting (or closed it early and runs on,
    // still within the time bound).
    let mut nap = Duration::from_micros(50);
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if started.elapsed() > TOOL_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(timeout());
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(5));
    };
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    if err.contains("Incorrect password") || err.contains("password") {
        return Err(ReadError::Encrypted);
    }
    Ok((status.success(), out, err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scans_resolution_is_its_largest_image() {
        let list = "page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio\n\
            --------------------------------------------------------------------------------------------\n\
               2     0 image    1654  2339  gray    1   8  jpeg   no         2  0   200   200  467K  12%\n\
               2     1 image     120    80  rgb     3   8  jpeg   no         3  0    72    72   10K  12%\n";
        assert_eq!(parse_image_list(list), Some(200));
        assert_eq!(parse_image_list("page num type\n"), None);
    }

    #[test]
    fn empty_and_junk_layers_are_not_usable() {
        assert!(!usable(""));
        assert!(!usable("\n\x0c  12 "));
        let good = "Tổng số hồ sơ tiếp nhận trong kỳ là 2.810 hồ sơ, trong đó trực tuyến 2.002";
        assert!(usable(good));
        let junk: String = good
            .chars()
            .map(|c| if c == ' ' { c } else { '\u{fffd}' })
            .collect();
        assert!(!usable(&junk));
    }

    #[test]
    fn pages_choose_text_ocr_or_conversion() {
        let prose =
            "Tổng số hồ sơ tiếp nhận trong kỳ là 2.810 hồ sơ, trong đó trực tuyến 2.002 hồ sơ.";
        assert_eq!(
            text_page(Some(prose), None, OcrMode::Auto),
            Some(vec![prose.to_string()])
        );
        assert_eq!(text_page(Some(prose), None, OcrMode::Always), None);
        let mut blank = TextLayer {
            probe: "\n".to_string(),
            lines: vec![String::new()],
            no_image: false,
        };
        assert_eq!(text_page(Some(""), Some(&blank), OcrMode::Auto), None);
        // An empty page that paints no image is empty, not a scan.
        blank.no_image = true;
        assert_eq!(text_page(None, Some(&blank), OcrMode::Auto), Some(vec![]));
        assert_eq!(text_page(Some(""), None, OcrMode::Never), Some(vec![]));
        let tcvn =
            "Céng hßa x· héi chñ nghÜa ViÖt Nam. Tæng sè hå s¬ tiÕp nhËn trong kú lµ 2.810 hå s¬";
        let lines = text_page(Some(tcvn), None, OcrMode::Auto).unwrap();
        assert!(lines[0].starts_with("Cộng hòa xã hội"), "{lines:?}");
        let vni =
            "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, Ñoäc laäp - Töï do - Haïnh phuùc 2.810";
        assert_eq!(text_page(Some(vni), None, OcrMode::Auto), None);
    }
}
