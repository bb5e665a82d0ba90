//! The `ocr` stage: one page image in (a file Leptonica reads, e.g. the PGM
//! from `pdftoppm -gray`, or PNG/JPEG/TIFF bytes), lines of text out.
//!
//! Runs libtesseract (Debian's, through the `tesseract` crate's sys layer)
//! with the `vie` model, and rebuilds lines from Tesseract's word boxes so
//! that table rows stay rows: words are grouped by their deskewed vertical
//! position and laid on a character grid, wide gaps kept wide, which the
//! layout step of the PDF reader turns into `\t` cells. Before that, a
//! photographed page is cut out and flattened ([`photo`]); after the page's
//! reading, a number read a digit short of its box is doubted ([`wide`])
//! and the ruled cells it missed or doubted are read again ([`cells`]);
//! a page that reads poorly is turned upright by Tesseract's orientation
//! model and read again. It does not normalize text and does not fix OCR
//! digit errors (the checks catch those).
//!
//! Time is bounded twice: libtesseract's own deadline (`ETEXT_DESC`, which
//! stops recognition cleanly) and a worker thread the caller stops waiting
//! for, so a page past the bound is an error, never a hang.
//!
//! Tesseract's OpenMP threads make a page about 2× slower on a busy machine;
//! `OMP_THREAD_LIMIT=1` must be in the environment before the process
//! starts ([`worker`] sets it for the `baocao-ocr` workers, which run this
//! stage for `baocao`), and parallelism comes from OCRing pages at once.

use std::ffi::{CStr, CString};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tesseract::plumbing::leptonica_plumbing::leptonica_sys;
use tesseract::plumbing::tesseract_sys as tess;

mod cells;
mod photo;
pub mod prep;
pub mod rules;
pub mod timing;
mod wide;
pub mod worker;
use prep::{OwnedPix, Step};
pub use rules::Rule;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct OcrOptions {
    /// Tesseract language(s), e.g. `vie`.
    pub lang: String,
    /// Upper bound on the time for one page.
    pub timeout: Duration,
    /// Resolution to assume when the image does not state a usable one.
    pub default_ppi: i32,
    /// The image's resolution when the caller knows it better than the
    /// image states it (a PDF page's image: its pixels over the page's
    /// width); what the image says is then not asked.
    #[serde(default)]
    pub ppi: Option<i32>,
    /// Preprocessing, in order.
    pub prep: Vec<Step>,
    /// Tesseract's page segmentation mode.
    pub psm: tess::TessPageSegMode,
}

impl Default for OcrOptions {
    fn default() -> OcrOptions {
        OcrOptions {
            lang: "vie".into(),
            timeout: Duration::from_secs(60),
            default_ppi: 300,
            ppi: None,
            prep: vec![Step::Gray],
            psm: tess::TessPageSegMode_PSM_SINGLE_COLUMN,
        }
    }
}

/// A page image: a file or its bytes.
#[derive(Debug, Clone, Copy)]
pub enum OcrInput<'a> {
    Path(&'a Path),
    Bytes(&'a [u8]),
}

#[derive(Debug, Clone, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum OcrError {
    #[error("the Tesseract language data {0:?} is not installed")]
    Init(String),
    #[error("the page image cannot be decoded")]
    Image,
    #[error("Tesseract could not recognise the page")]
    Recognize,
    #[error("a page took longer than {0} s to OCR")]
    Timeout(u64),
    #[error("the OCR of a page crashed")]
    Crashed,
    /// The OCR worker program is not installed beside `baocao`.
    #[error("the OCR worker {0} is not installed beside baocao")]
    NoWorker(String),
}

/// A recognised word with its box in image pixels.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Word {
    pub block: u32,
    pub par: u32,
    pub line: u32,
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
    pub conf: f32,
    pub text: String,
}

/// A recognised page: its words and table rules, in the pixels of the
/// straightened page image, and how sure Tesseract was of its words.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OcrPage {
    /// The words, specks and noise dropped ([`drop_noise`]).
    pub words: Vec<Word>,
    /// The page's drawn lines ([`rules`]), erased before recognition.
    pub rules: Vec<Rule>,
    /// The resolution of the image the boxes are in.
    pub ppi: i32,
    /// Mean word confidence (0–100) of the words kept; None with too few
    /// words to judge.
    pub confidence: Option<f32>,
}

/// OCRs one page image into words and rules.
pub fn ocr_image(input: OcrInput, opts: &OcrOptions) -> Result<OcrPage, OcrError> {
    let raw = ocr_raw(input, opts)?;
    let words = drop_noise(raw.words);
    Ok(OcrPage {
        confidence: mean_confidence(&words),
        words,
        rules: raw.rules,
        ppi: raw.ppi,
    })
}

/// What [`recognise`] returns: every word Tesseract gave.
struct Raw {
    words: Vec<Word>,
    rules: Vec<Rule>,
    ppi: i32,
}

/// Fewer scored words than this and a page's mean confidence says nothing
/// (a blank back page, a signature page with a few words).
const MIN_WORDS_FOR_CONFIDENCE: usize = 20;

/// The mean confidence of the words Tesseract scored (it gives -1 to
/// boxes it did not recognise as words); None on a page with too few words
/// to judge.
pub fn mean_confidence(words: &[Word]) -> Option<f32> {
    let scored: Vec<f32> = words.iter().map(|w| w.conf).filter(|&c| c >= 0.0).collect();
    if scored.len() < MIN_WORDS_FOR_CONFIDENCE {
        return None;
    }
    Some(scored.iter().sum::<f32>() / scored.len() as f32)
}

enum Owned {
    Path(PathBuf),
    Bytes(Vec<u8>),
}

/// OCRs one page image, in a worker thread with a deadline.
fn ocr_raw(input: OcrInput, opts: &OcrOptions) -> Result<Raw, OcrError> {
    let owned = match input {
        OcrInput::Path(p) => Owned::Path(p.to_path_buf()),
        OcrInput::Bytes(b) => Owned::Bytes(b.to_vec()),
    };
    let opts2 = opts.clone();
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("ocr-page".into())
        .spawn(move || {
            let r = std::panic::catch_unwind(|| recognise(&owned, &opts2))
                .unwrap_or(Err(OcrError::Crashed));
            let _ = tx.send(r);
        })
        .map_err(|_| OcrError::Crashed)?;
    // Tesseract's deadline covers recognition; layout analysis before it is
    // not covered, so the caller waits a little longer, then gives up.
    let grace = opts.timeout / 4 + Duration::from_secs(2);
    match rx.recv_timeout(opts.timeout + grace) {
        Ok(r) => r,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(OcrError::Timeout(opts.timeout.as_secs())),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(OcrError::Crashed),
    }
}

/// Owns a TessBaseAPI handle.
struct Api(*mut tess::TessBaseAPI);

// SAFETY: a handle is used by one thread at a time (taken out of the pool,
// used, put back); Tesseract keeps no thread-local state in it.
unsafe impl Send for Api {}

/// Handles with a language loaded, kept between pages: loading `vie` takes
/// about 0.2 s of a page's 2 s. A handle whose page failed or timed out is
/// not put back.
static POOL: std::sync::Mutex<Vec<(String, Api)>> = std::sync::Mutex::new(Vec::new());
/// Handles kept at most (one per OCR thread; more are freed).
const POOL_MAX: usize = 8;

/// A handle with `lang` loaded: from the pool, or a new one.
fn take_api(lang: &CStr, name: &str) -> Result<Api, OcrError> {
    if let Ok(mut pool) = POOL.lock()
        && let Some(i) = pool.iter().position(|(l, _)| l == name)
    {
        return Ok(pool.swap_remove(i).1);
    }
    // SAFETY: a new handle, initialised once; dropped by Api on failure.
    unsafe {
        let api = Api(tess::TessBaseAPICreate());
        if tess::TessBaseAPIInit3(api.0, std::ptr::null(), lang.as_ptr()) != 0 {
            return Err(OcrError::Init(name.to_string()));
        }
        Ok(api)
    }
}

/// Frees the pooled handles, at the end of a run: a handle still alive when
/// the process exits makes Tesseract's model cache print "WARNING! LEAK!"
/// lines on stderr. A later OCR simply loads a new handle.
pub fn release_pool() {
    if let Ok(mut pool) = POOL.lock() {
        pool.clear();
    }
}

/// Returns a handle whose page was read, its results cleared.
fn give_back(api: Api, name: &str) {
    // SAFETY: the handle is live; Clear frees the page's image and results
    // and keeps the language.
    unsafe { tess::TessBaseAPIClear(api.0) };
    if let Ok(mut pool) = POOL.lock()
        && pool.len() < POOL_MAX
    {
        pool.push((name.to_string(), api));
    }
}

impl Drop for Api {
    fn drop(&mut self) {
        // SAFETY: the handle came from TessBaseAPICreate and is dropped once.
        unsafe { tess::TessBaseAPIDelete(self.0) }
    }
}

struct Monitor(*mut tess::ETEXT_DESC);

impl Drop for Monitor {
    fn drop(&mut self) {
        // SAFETY: created by TessMonitorCreate, deleted once, after Recognize.
        unsafe { tess::TessMonitorDelete(self.0) }
    }
}

fn recognise(input: &Owned, opts: &OcrOptions) -> Result<Raw, OcrError> {
    let begun = Instant::now();
    let r = recognise_timed(input, opts, begun);
    timing::report(begun.elapsed());
    r
}

fn recognise_timed(input: &Owned, opts: &OcrOptions, begun: Instant) -> Result<Raw, OcrError> {
    let lang = CString::new(opts.lang.as_str()).map_err(|_| OcrError::Init(opts.lang.clone()))?;
    // SAFETY: the path is a NUL-terminated string and the bytes a live
    // slice for the duration of the call; the result is owned by OwnedPix.
    let raw = unsafe {
        match input {
            Owned::Path(p) => {
                let c =
                    CString::new(p.as_os_str().as_encoded_bytes()).map_err(|_| OcrError::Image)?;
                leptonica_sys::pixRead(c.as_ptr())
            }
            Owned::Bytes(b) => leptonica_sys::pixReadMem(b.as_ptr(), b.len()),
        }
    };
    let pix = OwnedPix::new(raw).ok_or(OcrError::Image)?;
    timing::add("decode", begun.elapsed());
    // PGM and many photos carry no resolution; Tesseract would guess 70.
    let stated = pix.xres();
    let ppi = match opts.ppi {
        Some(p) => p,
        None if stated < 70 => opts.default_ppi,
        None => stated,
    };
    let (pix, ppi) = timing::time("prep", || prep::run(pix, ppi, &opts.prep));
    let started = Instant::now();
    // A photographed page: the page alone, warped flat, its light evened.
    let pix = timing::time("photo", || photo::flatten(&pix)).unwrap_or(pix);
    let first = read_page(&pix, ppi, &lang, opts, opts.timeout)?;
    // A page photographed sideways or upside down reads as garbage: only
    // then is its orientation asked (Tesseract's OSD model), and the page
    // read again turned upright, the better reading kept.
    if !reads_poorly(&first.words) {
        return Ok(first);
    }
    let Some(quads) = timing::time("osd", || upright_turn(&pix, ppi)).filter(|&q| q != 0) else {
        return Ok(first);
    };
    // OSD tells a sideways page from an upright one surely, but not always
    // which way it lies (a devset2 annex turned 270° was said to be turned
    // 90°): when the turn it says still reads poorly, the opposite one is
    // tried.
    let mut best = first;
    for q in [quads, (quads + 2) % 4] {
        let left = opts.timeout.saturating_sub(started.elapsed());
        if q == 0 || left.is_zero() {
            break;
        }
        // SAFETY: a live image; the result is a new one, owned.
        let Some(turned) = OwnedPix::new(unsafe { leptonica_sys::pixRotateOrth(pix.ptr(), q) })
        else {
            break;
        };
        if let Ok(r) = read_page(&turned, ppi, &lang, opts, left)
            && reading_score(&r.words) > reading_score(&best.words)
        {
            best = r;
        }
        if !reads_poorly(&best.words) {
            break;
        }
    }
    Ok(best)
}

/// A page reads poorly when its words' mean confidence is under this, or
/// too few of them are scored to tell. Upright pages of the dev sets read
/// at 84–97 (a blurred annex, a fax); a page turned 90° or 270° can still
/// score 62 on the garbage Tesseract makes of it.
const POOR_READING: f32 = 75.0;

fn reads_poorly(words: &[Word]) -> bool {
    mean_confidence(&drop_noise(words.to_vec())).is_none_or(|c| c < POOR_READING)
}

/// How well a page was read: the confidence summed over its kept words
/// (more words read surely is better).
fn reading_score(words: &[Word]) -> f32 {
    drop_noise(words.to_vec())
        .iter()
        .filter(|w| w.conf > 0.0)
        .map(|w| w.conf)
        .sum()
}

/// The clockwise quarter turns (0–3) that set the page upright, from
/// Tesseract's orientation model (`osd`); None when it is not installed or
/// not sure (a blank page, a page of figures).
fn upright_turn(pix: &OwnedPix, ppi: i32) -> Option<i32> {
    // SAFETY: the handle is used by this thread only; the image is live
    // until after the call; the script name belongs to Tesseract.
    unsafe {
        let api = take_api(c"osd", "osd").ok()?;
        tess::TessBaseAPISetPageSegMode(api.0, tess::TessPageSegMode_PSM_OSD_ONLY);
        tess::TessBaseAPISetImage2(api.0, pix.ptr().cast());
        tess::TessBaseAPISetSourceResolution(api.0, ppi);
        let (mut deg, mut conf, mut sconf) = (0, 0.0f32, 0.0f32);
        let mut script: *const std::os::raw::c_char = std::ptr::null();
        let ok = tess::TessBaseAPIDetectOrientationScript(
            api.0,
            &mut deg,
            &mut conf,
            &mut script,
            &mut sconf,
        );
        give_back(api, "osd");
        // OSD says how far the page is turned counter-clockwise; it is
        // set upright by as many quarter turns clockwise.
        (ok != 0 && conf >= OSD_SURE).then_some(((360 - deg.rem_euclid(360)) % 360) / 90)
    }
}

/// OSD's orientation confidence at least this. On a photo's raw image it
/// is 6–10, on the same page flattened ([`photo`]) as low as 1.5; a turn
/// is only tried on a page that reads poorly, and kept only if it reads
/// better, so a low bar costs time, never a reading.
const OSD_SURE: f32 = 0.5;

/// Deskews a page, finds and erases its rules, and reads it.
fn read_page(
    pix: &OwnedPix,
    ppi: i32,
    lang: &CStr,
    opts: &OcrOptions,
    timeout: Duration,
) -> Result<Raw, OcrError> {
    // SAFETY: a live image; pixClone gives a counted reference, owned.
    let pix =
        OwnedPix::new(unsafe { leptonica_sys::pixClone(pix.ptr()) }).ok_or(OcrError::Image)?;
    // Straightened first, so that a table's rules are straight lines for
    // [`rules`] and its rows straight rows for the layout.
    let pix = timing::time("deskew", || prep::deskew(pix));
    let (rules, clean) = timing::time("rules", || rules::find_and_erase(&pix, ppi));
    let pix = clean.unwrap_or(pix);
    // SAFETY: every pointer passed below is live: `api` and `mon` are owned
    // by guards declared after `pix`, so they are dropped before it.
    unsafe {
        let api = timing::time("load", || take_api(lang, &opts.lang))?;
        // The API's default is one uniform block (PSM 6), which reads a
        // degraded page with a table or a two-column header as garbage (a
        // devset table page: 54 of 133 numbers). Ours is PSM 4, one column
        // of text of varying sizes: on the devset scans it reads about as
        // well as the CLI's full layout analysis (PSM 3; figure F1 0.645
        // against 0.666), and on the corpus scans it keeps a table's rows
        // whole where PSM 3 splits their cells into blocks and misreads
        // them (F1 0.952 against about 0.93). See docs/scans.md.
        tess::TessBaseAPISetPageSegMode(api.0, opts.psm);
        // Tesseract 5 re-reads every low-confidence line inverted (white on
        // black), for text on dark bands: a report has none, and it costs
        // about a tenth of a page's time.
        tess::TessBaseAPISetVariable(api.0, c"tessedit_do_invert".as_ptr(), c"0".as_ptr());
        tess::TessBaseAPISetImage2(api.0, pix.ptr().cast());
        tess::TessBaseAPISetSourceResolution(api.0, ppi);
        let mon = Monitor(tess::TessMonitorCreate());
        let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
        let started = Instant::now();
        tess::TessMonitorSetDeadlineMSecs(mon.0, ms);
        let rc = timing::time("tesseract", || tess::TessBaseAPIRecognize(api.0, mon.0));
        if started.elapsed() >= timeout {
            return Err(OcrError::Timeout(opts.timeout.as_secs()));
        }
        if rc != 0 {
            return Err(OcrError::Recognize);
        }
        // A number read with a digit fewer than its box holds is doubted
        // before the cells are read again, and after (see [`wide`]).
        let words = timing::time("words", || wide::doubt_wide_numbers(recognised_words(&api)));
        // The ruled cells the page's reading missed or doubted, read again
        // one by one (see [`cells`]).
        let words = timing::time("cells", || {
            wide::doubt_wide_numbers(cells::reread(api.0, &pix, &rules, words, ppi))
        });
        drop(mon);
        give_back(api, &opts.lang);
        Ok(Raw { words, rules, ppi })
    }
}

/// The words of a recognised page, numbered by block, paragraph and line as
/// Tesseract's TSV numbers them ([`parse_tsv`]). Walked word by word with
/// the result iterator rather than through `GetTsvText`, which steps symbol
/// by symbol and formats every level: on the devset's page images the walk
/// takes 11–68 ms where `GetTsvText` and its parsing took 26–149 ms, the
/// same words (confidences to the last float digit), about 2.5 % of a page.
///
/// # Safety
/// `api` must hold a page on which `Recognize` succeeded.
unsafe fn recognised_words(api: &Api) -> Vec<Word> {
    // SAFETY: as the caller's.
    unsafe { words_of(api.0) }
}

/// The words of the page (or rectangle) `api` last recognised, numbered by
/// block, paragraph and line as Tesseract laid them out.
///
/// # Safety
/// `api` must hold a page on which `Recognize` succeeded.
pub(crate) unsafe fn words_of(api: *mut tess::TessBaseAPI) -> Vec<Word> {
    use tess::{
        TessPageIteratorLevel_RIL_BLOCK as BLOCK, TessPageIteratorLevel_RIL_PARA as PARA,
        TessPageIteratorLevel_RIL_TEXTLINE as LINE, TessPageIteratorLevel_RIL_WORD as WORD,
    };
    let mut words = Vec::new();
    // SAFETY: the iterator belongs to the recognised page and is deleted
    // before the handle is cleared; every text it returns is freed once.
    unsafe {
        let it = tess::TessBaseAPIGetIterator(api);
        if it.is_null() {
            return words;
        }
        let page = tess::TessResultIteratorGetPageIterator(it);
        let (mut block, mut par, mut line) = (0u32, 0u32, 0u32);
        loop {
            if tess::TessPageIteratorIsAtBeginningOf(page, BLOCK) != 0 {
                block += 1;
                par = 0;
                line = 0;
            }
            if tess::TessPageIteratorIsAtBeginningOf(page, PARA) != 0 {
                par += 1;
                line = 0;
            }
            if tess::TessPageIteratorIsAtBeginningOf(page, LINE) != 0 {
                line += 1;
            }
            let t = tess::TessResultIteratorGetUTF8Text(it, WORD);
            if !t.is_null() {
                let text = CStr::from_ptr(t).to_string_lossy().trim().to_string();
                tess::TessDeleteText(t);
                let (mut l, mut top, mut r, mut b) = (0, 0, 0, 0);
                if !text.is_empty()
                    && tess::TessPageIteratorBoundingBox(
                        page, WORD, &mut l, &mut top, &mut r, &mut b,
                    ) != 0
                {
                    words.push(Word {
                        block,
                        par,
                        line,
                        left: l,
                        top,
                        width: r - l,
                        height: b - top,
                        conf: tess::TessResultIteratorConfidence(it, WORD),
                        text,
                    });
                }
            }
            if tess::TessPageIteratorNext(page, WORD) == 0 {
                break;
            }
        }
        tess::TessResultIteratorDelete(it);
    }
    words
}

/// Words (level 5 rows) of Tesseract's TSV output.
pub fn parse_tsv(tsv: &str) -> Vec<Word> {
    tsv.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.splitn(12, '\t').collect();
            if f.len() < 12 || f[0] != "5" {
                return None;
            }
            let text = f[11].trim();
            if text.is_empty() {
                return None;
            }
            let n = |i: usize| f[i].parse::<i32>().ok();
            Some(Word {
                block: n(2)? as u32,
                par: n(3)? as u32,
                line: n(4)? as u32,
                left: n(6)?,
                top: n(7)?,
                width: n(8)?,
                height: n(9)?,
                conf: f[10].parse().unwrap_or(-1.0),
                text: text.to_string(),
            })
        })
        .collect()
}

/// Drops the "words" Tesseract makes of specks, noise and shadow on a
/// scan, which would otherwise sit in the gaps between table columns and
/// in the margin (a column of its own) and make prose lines look like table
/// rows:
/// - boxes under 0.4 of the page's median word height (specks; a letter's
///   box is never that small, as its height includes the x-height),
///   unless a bullet dash or plus of a real width;
/// - words without a letter or digit, except bullet marks, `%` and the
///   `|` that is a table rule (the layout step reads it as a column gap);
/// - words of one or two letters without a digit that Tesseract scored
///   under 25 (of 100): on the devset scans these are noise read as
///   letters ("P?", "nề"). A longer word is kept however low its score (a
///   table row's name misread as "jHộtch" still names the row), and so is
///   a word with a digit: a doubtful figure is caught by the checks, a
///   dropped one is silently lost.
pub fn drop_noise(words: Vec<Word>) -> Vec<Word> {
    let h = median(
        words
            .iter()
            .filter(|w| w.text.chars().any(char::is_alphanumeric))
            .map(|w| w.height as f64)
            .collect(),
    )
    .unwrap_or(0.0);
    words
        .into_iter()
        .filter(|w| {
            let alnum = w.text.chars().any(char::is_alphanumeric);
            let digit = w.text.chars().any(|c| c.is_ascii_digit());
            let bullet = matches!(w.text.as_str(), "-" | "+" | "–" | "—" | "•" | "*");
            if bullet {
                return w.width as f64 >= 0.25 * h;
            }
            if (w.height as f64) < 0.4 * h {
                return false;
            }
            if !alnum {
                return w.text.contains('%') || w.text.chars().all(|c| c == '|');
            }
            let letters = w.text.chars().filter(|c| c.is_alphanumeric()).count();
            digit || letters > 2 || w.conf >= 25.0
        })
        .collect()
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    Some(v[v.len() / 2])
}

/// Rebuilds the page's visual rows from word boxes and writes them on a
/// character grid: a gap narrower than 1.5 characters is one space, a
/// wider one keeps (at least two) spaces at the word's grid column.
///
/// Rows come from all words, not Tesseract's lines, because Tesseract
/// segments table cells into separate blocks; the page skew (scans are
/// rotated by a degree or so) is estimated from Tesseract's own lines and
/// removed before grouping.
pub fn words_to_layout(words: &[Word]) -> Vec<String> {
    layout_on_grid(words, 0.5)
}

/// [`words_to_layout`] for OCR words: the grid's character is the 25th
/// percentile of the words' character widths rather than the median, so
/// that text written on the grid is never longer than the space its words
/// take on the page. With the median, a long table cell ("Hoạt động xây
/// dựng", wide letters) ran into the gap before the next column, and the
/// layout step could no longer see the column.
pub fn ocr_layout(words: &[Word]) -> Vec<String> {
    layout_on_grid(words, 0.25)
}

fn quantile(mut v: Vec<f64>, q: f64) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    Some(v[((v.len() - 1) as f64 * q).round() as usize])
}

fn layout_on_grid(words: &[Word], grid_q: f64) -> Vec<String> {
    if words.is_empty() {
        return Vec::new();
    }
    let cx = |w: &Word| w.left as f64 + w.width as f64 / 2.0;
    let cy = |w: &Word| w.top as f64 + w.height as f64 / 2.0;
    // Skew: slope between first and last word of each long Tesseract line.
    let mut slopes = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j + 1 < words.len()
            && (words[j + 1].block, words[j + 1].par, words[j + 1].line)
                == (words[i].block, words[i].par, words[i].line)
        {
            j += 1;
        }
        let dx = cx(&words[j]) - cx(&words[i]);
        if j > i + 2 && dx > 300.0 {
            slopes.push((cy(&words[j]) - cy(&words[i])) / dx);
        }
        i = j + 1;
    }
    let slope = median(slopes).unwrap_or(0.0);
    let height = median(words.iter().map(|w| w.height as f64).collect()).unwrap_or(20.0);
    let widths: Vec<f64> = words
        .iter()
        .filter(|w| w.text.chars().count() >= 3)
        .map(|w| w.width as f64 / w.text.chars().count() as f64)
        .collect();
    let char_w = median(widths.clone()).unwrap_or(height / 2.0).max(1.0);
    let grid_w = quantile(widths, grid_q).unwrap_or(char_w).max(1.0);

    let mut order: Vec<(f64, &Word)> = words.iter().map(|w| (cy(w) - slope * cx(w), w)).collect();
    order.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Rows: a word joins the nearest row within reach whose words it does
    // not overlap; a two-line header cell ("Số hồ sơ tiếp / nhận") next to
    // a one-line one must stay two rows, not interleave.
    let mut rows: Vec<Vec<(f64, &Word)>> = Vec::new();
    let mut row_ys: Vec<f64> = Vec::new();
    for (y, w) in order {
        let overlaps = |row: &[(f64, &Word)]| {
            row.iter().any(|(_, o)| {
                let ov = (o.left + o.width).min(w.left + w.width) - o.left.max(w.left);
                ov as f64 > 0.3 * o.width.min(w.width) as f64
            })
        };
        let start = rows.len().saturating_sub(4);
        let near = (start..rows.len())
            .filter(|&k| (y - row_ys[k]).abs() < height * 0.6 && !overlaps(&rows[k]))
            .min_by(|&a, &b| (y - row_ys[a]).abs().total_cmp(&(y - row_ys[b]).abs()));
        match near {
            Some(k) => {
                rows[k].push((y, w));
                row_ys[k] = rows[k].iter().map(|r| r.0).sum::<f64>() / rows[k].len() as f64;
            }
            None => {
                rows.push(vec![(y, w)]);
                row_ys.push(y);
            }
        }
    }
    let mut order_rows: Vec<usize> = (0..rows.len()).collect();
    order_rows.sort_by(|&a, &b| row_ys[a].total_cmp(&row_ys[b]));
    let rows: Vec<Vec<(f64, &Word)>> = order_rows
        .into_iter()
        .map(|k| std::mem::take(&mut rows[k]))
        .collect();
    // Deskewed x: on a page rotated by a degree, a column's x drifts by
    // about two characters from the top of a table to its bottom.
    let dx = |w: &Word| w.left as f64 + slope * cy(w);
    let left0 = words.iter().map(dx).fold(f64::INFINITY, f64::min);
    let mut out = Vec::new();
    let mut prev_y: Option<f64> = None;
    for mut row in rows {
        row.sort_by_key(|r| r.1.left);
        let y = row.iter().map(|r| r.0).sum::<f64>() / row.len() as f64;
        // A blank line where the vertical gap says a paragraph ended.
        if let Some(py) = prev_y
            && y - py > height * 2.6
        {
            out.push(String::new());
        }
        prev_y = Some(y);
        let mut line = String::new();
        let mut col = 0usize;
        let mut prev_right: Option<f64> = None;
        for (_, w) in row {
            let left = w.left as f64;
            let grid = ((dx(w) - left0) / grid_w).round().max(0.0) as usize;
            // Touching boxes are one word split at a font switch (PDF text
            // layers do this to Vietnamese letters from a fallback font).
            let target = match prev_right {
                None => grid,
                Some(r) if left - r < 0.15 * char_w => col,
                Some(r) if left - r < 1.5 * char_w => col + 1,
                Some(_) => grid.max(col + 2),
            };
            while col < target {
                line.push(' ');
                col += 1;
            }
            line.push_str(&w.text);
            col += w.text.chars().count();
            prev_right = Some((w.left + w.width) as f64);
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(left: i32, top: i32, text: &str, line: u32) -> Word {
        Word {
            block: 1,
            par: 1,
            line,
            left,
            top,
            width: 20 * text.chars().count() as i32,
            height: 40,
            conf: 95.0,
            text: text.into(),
        }
    }

    #[test]
    fn specks_and_noise_words_are_dropped_and_words_kept() {
        let mut words: Vec<Word> = ["Tổng", "số", "hồ", "sơ", "tiếp", "nhận"]
            .iter()
            .enumerate()
            .map(|(i, t)| w(100 * i as i32, 100, t, 1))
            .collect();
        let mut add = |text: &str, width: i32, height: i32, conf: f32| {
            let mut x = w(900, 100, text, 1);
            (x.width, x.height, x.conf) = (width, height, conf);
            words.push(x);
        };
        add(":", 3, 3, 48.0); // a speck
        add("ĩ", 10, 5, 88.0); // a speck read as a letter, sure of itself
        add("P?", 12, 35, 6.0); // noise of letter size
        add("_", 20, 4, 80.0); // no letter
        add("-", 16, 5, 93.0); // a bullet dash: kept
        add("jHộtch", 132, 40, 0.0); // a misread row name: kept
        add("1.O87", 65, 40, 10.0); // a doubtful figure: kept
        add("%", 20, 40, 90.0); // kept
        add("|", 12, 40, 90.0); // a table rule: kept
        let kept: Vec<String> = drop_noise(words).into_iter().map(|w| w.text).collect();
        assert_eq!(
            kept[6..],
            ["-", "jHộtch", "1.O87", "%", "|"].map(String::from),
            "{kept:?}"
        );
        assert_eq!(kept.len(), 11);
    }

    #[test]
    fn tsv_words_are_parsed() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   4\t1\t1\t1\t1\t0\t10\t10\t100\t40\t-1\t\n\
                   5\t1\t1\t1\t1\t1\t10\t10\t100\t40\t96.5\t2.810\n";
        let words = parse_tsv(tsv);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].text, "2.810");
        assert_eq!(words[0].conf, 96.5);
    }

    #[test]
    fn skewed_rows_regroup_and_wide_gaps_stay_wide() {
        // A row drifting down 1 px every 60 px, cells in separate blocks.
        let mut words = vec![
            w(0, 100, "Tiếp", 1),
            w(100, 102, "nhận", 1),
            w(200, 103, "hồ", 1),
            w(260, 104, "sơ", 1),
            w(320, 105, "được", 1),
        ];
        let mut cell = w(1200, 120, "2.810", 1);
        cell.block = 2;
        words.push(cell);
        words.push(w(0, 200, "Tổng", 3));
        let lines = words_to_layout(&words);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("Tiếp nhận hồ sơ được"), "{lines:?}");
        assert!(lines[0].ends_with("   2.810"), "{lines:?}");
        assert_eq!(lines[1], "Tổng");
    }
}
