//! The PDF reader: the bytes (and path) of a PDF in, one [`Page`] per PDF
//! page out, OCR'd where the text layer is missing, empty or garbage.
//!
//! Two text sources, because each fails where the other does not:
//! `pdftotext -layout` as a subprocess (keeps table columns aligned, and
//! keeps letters in order where a line switches fonts) is the primary one,
//! its tables turned into `\t` cells by [`layout`]; `pdf-extract`
//! in-process (panics on about a third of damaged files, contained here) is
//! the fallback for files poppler cannot read and the probe for encryption. TCVN3 text layers are converted; VNI and
//! unreadable ones go to OCR (`pdftoppm -r 300 -gray`, then [`crate::ocr`],
//! pages in parallel). It does not repair PDFs or try passwords.
//!
//! Bounded: a PDF with more than [`ReadOptions::max_ocr_pages`] pages to OCR
//! is refused before rendering, and the OCR of one file stops at
//! [`ReadOptions::ocr_file_budget`], so a 1,000-page scan cannot hold a batch.

use super::image::{ocr_options, ocr_page as to_page};
use super::legacy::{self, Encoding};
use super::{OcrMode, ReadError, ReadOptions, guarded, layout};
use crate::model::{Document, Page, SourceKind, split_lines};
use crate::ocr::{self, OcrError, OcrInput};
use rayon::prelude::*;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Fewer alphanumerics than this on a page means no usable text layer
/// (scans give 0; stack.md Q5).
const MIN_ALNUM: usize = 50;

/// How long the poppler tools may take on one file or page.
const TOOL_TIMEOUT: Duration = Duration::from_secs(120);

pub fn read(path: &Path, bytes: &[u8], opts: &ReadOptions) -> Result<Document, ReadError> {
    // pdf-extract only when poppler cannot read the file: it is the slower
    // of the two and its text is worse where a line switches fonts.
    let layout_pages = pdftotext_layout(path);
    let extracted = match &layout_pages {
        Ok(_) | Err(ReadError::Encrypted) => Err(ReadError::PdfDamaged(String::new())),
        Err(_) => guarded("PDF", || {
            pdf_extract::extract_text_from_mem_by_pages(bytes)
                .map_err(|e| ReadError::PdfDamaged(e.to_string()))
        }),
    };
    let (extracted, layout_pages) = match (extracted, layout_pages) {
        (_, Err(ReadError::Encrypted)) => return Err(ReadError::Encrypted),
        (Err(e), Err(_)) => return Err(e),
        (a, b) => (a.ok(), b.ok()),
    };
    // pdftotext lists every page, empty ones included; parsing the whole
    // file again with lopdf (most of a text PDF's cost after pdftotext) is
    // only needed when pdftotext failed.
    let n_pages = layout_pages
        .as_ref()
        .map(|p| p.len())
        .filter(|&n| n > 0)
        .or_else(|| page_count(bytes))
        .or_else(|| extracted.as_ref().map(|p| p.len()))
        .unwrap_or(0);
    if n_pages == 0 {
        return Err(ReadError::PdfDamaged("it has no pages".into()));
    }

    // Decide per page: text (and from which source) or OCR.
    let mut pages: Vec<Option<Page>> = Vec::with_capacity(n_pages);
    for i in 0..n_pages {
        let ex = extracted
            .as_ref()
            .and_then(|p| p.get(i))
            .map(String::as_str);
        let lay = layout_pages
            .as_ref()
            .and_then(|p| p.get(i))
            .map(String::as_str);
        pages.push(text_page(ex, lay, opts.ocr).map(|lines| Page {
            lines,
            ocr: false,
            confidence: None,
        }));
    }

    let to_ocr: Vec<usize> = (0..n_pages).filter(|&i| pages[i].is_none()).collect();
    if to_ocr.len() > opts.max_ocr_pages {
        return Err(ReadError::TooManyOcrPages {
            pages: to_ocr.len(),
            limit: opts.max_ocr_pages,
        });
    }
    if !to_ocr.is_empty() {
        let results = ocr_pages(path, &to_ocr, opts);
        for (i, r) in to_ocr.iter().zip(results) {
            // A page skipped after another failed: that failure comes first.
            if let Some(r) = r {
                pages[*i] = Some(r?);
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

/// The lines of a page from its text layer, or None when it must be OCR'd.
fn text_page(
    extracted: Option<&str>,
    layout_text: Option<&str>,
    mode: OcrMode,
) -> Option<Vec<String>> {
    if mode == OcrMode::Always {
        return None;
    }
    let probe = extracted.or(layout_text).unwrap_or("");
    let usable = usable(probe);
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
    match layout_text {
        Some(lay) => Some(squeeze(layout::to_lines(&convert(lay)).0)),
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
    let junk = text
        .chars()
        .filter(|&c| {
            c == '\u{fffd}'
                || ('\u{e000}'..='\u{f8ff}').contains(&c)
                || (c.is_control() && !c.is_whitespace())
        })
        .count();
    alnum >= MIN_ALNUM && junk * 20 < alnum
}

fn page_count(bytes: &[u8]) -> Option<usize> {
    guarded("PDF", || {
        lopdf::Document::load_mem(bytes)
            .map(|d| d.get_pages().len())
            .map_err(|e| ReadError::PdfDamaged(e.to_string()))
    })
    .ok()
    .filter(|&n| n > 0)
}

/// Page texts from `pdftotext -bbox`: each page's words with their boxes,
/// laid out on a character grid by [`ocr::words_to_layout`] exactly like
/// OCR words, so that table columns come from real x positions
/// (`pdftotext -layout` squeezes some column gaps to one space).
fn pdftotext_layout(path: &Path) -> Result<Vec<String>, ReadError> {
    let out = run_tool(
        "pdftotext",
        &["-bbox".as_ref(), path.as_os_str(), "-".as_ref()],
    )?;
    Ok(bbox_pages(&out)
        .iter()
        .map(|words| ocr::words_to_layout(words).join("\n"))
        .collect())
}

/// Parses pdftotext's bbox XHTML: one word list per `<page>`, coordinates
/// scaled from points to 300 dpi pixels like a rendered page.
fn bbox_pages(html: &str) -> Vec<Vec<ocr::Word>> {
    const SCALE: f64 = 300.0 / 72.0;
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let mut words = Vec::new();
        for (i, w) in chunk.split("<word ").skip(1).enumerate() {
            let Some((attrs, rest)) = w.split_once('>') else {
                continue;
            };
            let Some((text, _)) = rest.split_once("</word>") else {
                continue;
            };
            let num = |name: &str| -> Option<f64> {
                let at = attrs.find(&format!("{name}=\""))? + name.len() + 2;
                let end = attrs[at..].find('"')? + at;
                attrs[at..end].parse().ok()
            };
            let (Some(x0), Some(y0), Some(x1), Some(y1)) =
                (num("xMin"), num("yMin"), num("xMax"), num("yMax"))
            else {
                continue;
            };
            let text = unescape_html(text);
            if text.trim().is_empty() {
                continue;
            }
            words.push(ocr::Word {
                block: 0,
                par: 0,
                // Unique: a text layer has no skew to estimate.
                line: i as u32,
                left: (x0 * SCALE).round() as i32,
                top: (y0 * SCALE).round() as i32,
                width: ((x1 - x0) * SCALE).round().max(1.0) as i32,
                height: ((y1 - y0) * SCALE).round().max(1.0) as i32,
                conf: 100.0,
                text,
            });
        }
        pages.push(words);
    }
    pages
}

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// OCRs the pages (0-based) in parallel within the file's OCR budget. Once a
/// page fails, pages not yet started are skipped (None): the file is an
/// error anyway.
fn ocr_pages(
    path: &Path,
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
                ocr_page(path, i + 1, &short).map_err(|e| match e {
                    ReadError::Ocr(OcrError::Timeout(_)) => budget(),
                    e => e,
                })
            } else {
                ocr_page(path, i + 1, opts)
            };
            if r.is_err() {
                failed.store(true, Ordering::Relaxed);
            }
            Some(r)
        })
        .collect()
}

/// Renders page `n` (1-based) gray into memory, at the resolution of the
/// scan it holds ([`scan_dpi`]), and OCRs it: no file is written.
fn ocr_page(path: &Path, n: usize, opts: &ReadOptions) -> Result<Page, ReadError> {
    let num = n.to_string();
    let render_dpi = scan_dpi(path, n).unwrap_or(RENDER_DPI);
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
    let raw = ocr::ocr_image(OcrInput::Bytes(&pgm), &o);
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

/// Runs a poppler tool with a time bound; stdout as text.
fn run_tool(tool: &'static str, args: &[&std::ffi::OsStr]) -> Result<String, ReadError> {
    run_tool_bytes(tool, args).map(|out| String::from_utf8_lossy(&out).into_owned())
}

/// Runs a poppler tool with a time bound; its stdout. An encrypted file is
/// recognised from poppler's message.
fn run_tool_bytes(tool: &'static str, args: &[&std::ffi::OsStr]) -> Result<Vec<u8>, ReadError> {
    let mut child = Command::new(tool)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|_| ReadError::ToolMissing(tool))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break st;
        }
        if started.elapsed() > TOOL_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ReadError::PdfDamaged(format!(
                "{tool} took longer than {} s",
                TOOL_TIMEOUT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    if err.contains("Incorrect password") || err.contains("password") {
        return Err(ReadError::Encrypted);
    }
    if !status.success() {
        let first = err
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("no output")
            .trim()
            .to_string();
        return Err(ReadError::PdfDamaged(format!("{tool}: {first}")));
    }
    Ok(out)
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
        assert_eq!(text_page(Some(""), Some("\n"), OcrMode::Auto), None);
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
#[cfg(test)]
mod debug_layout {
    #[test]
    #[ignore]
    fn dump_layout() {
        let path = std::env::var("DUMP").unwrap();
        let page: usize = std::env::var("PAGE").unwrap().parse().unwrap();
        let pages = super::pdftotext_layout(std::path::Path::new(&path)).unwrap();
        eprintln!("{}", pages[page - 1]);
    }
}
