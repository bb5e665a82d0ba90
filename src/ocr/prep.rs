//! Page-image preprocessing before Tesseract: a decoded Leptonica image in,
//! a cleaned 8-bit gray image out, in memory (no file is written).
//!
//! The steps are a closed set ([`Step`]); which of them run by default was
//! chosen by measuring each on the devset scans (docs/scans.md). It does
//! not straighten perspective or cut a photo's page from its background
//! (that is [`super::photo`]'s).

use tesseract::plumbing::leptonica_plumbing::leptonica_sys as lept;

/// An owned Leptonica image, destroyed on drop.
pub(crate) struct OwnedPix(*mut lept::Pix);

impl OwnedPix {
    /// Takes ownership of a pointer Leptonica returned; None for null.
    pub(crate) fn new(p: *mut lept::Pix) -> Option<OwnedPix> {
        (!p.is_null()).then_some(OwnedPix(p))
    }
    pub(crate) fn ptr(&self) -> *mut lept::Pix {
        self.0
    }
    /// Horizontal resolution the image states (0 when none).
    pub(crate) fn xres(&self) -> i32 {
        // SAFETY: self.0 is a live Pix.
        unsafe { lept::pixGetXRes(self.0) }
    }
}

impl Drop for OwnedPix {
    fn drop(&mut self) {
        // SAFETY: the pointer is owned and destroyed once.
        unsafe { lept::pixDestroy(&mut self.0) }
    }
}

// SAFETY: a Pix is plain memory; it is used by one thread at a time.
unsafe impl Send for OwnedPix {}

/// One preprocessing step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Step {
    /// Any depth or colour to 8-bit gray (always first; Tesseract's own
    /// conversion would do it anyway).
    Gray,
    /// Scale pages stated under 250 dpi up to 300 (Tesseract's models are
    /// trained on text about 30 px high; fax and 200-dpi scans are smaller).
    Upscale,
    /// Background normalisation: divides out the paper tone, a copier-lid
    /// shadow and a photo's uneven light, so the page is white where there
    /// is no ink.
    Background,
    /// A 3×3 median filter: removes isolated specks and salt-and-pepper
    /// noise smaller than a stroke.
    Median,
}

impl Step {
    /// Parses a comma-separated list (`--ocr-prep`).
    pub fn parse_list(s: &str) -> Option<Vec<Step>> {
        s.split(',')
            .filter(|t| !t.trim().is_empty())
            .map(|t| match t.trim() {
                "gray" => Some(Step::Gray),
                "upscale" => Some(Step::Upscale),
                "background" => Some(Step::Background),
                "median" => Some(Step::Median),
                _ => None,
            })
            .collect()
    }
}

/// Runs the steps in order; a step Leptonica cannot do (it returns null)
/// is skipped, the image as it was goes on. Returns the image and the
/// resolution it now has (`ppi` is the one it had).
pub(crate) fn run(pix: OwnedPix, ppi: i32, steps: &[Step]) -> (OwnedPix, i32) {
    let mut pix = pix;
    let mut ppi = ppi;
    for &step in steps {
        // SAFETY: pix.ptr() is live; every function returns a new image
        // (or null), which OwnedPix then owns.
        let next = unsafe {
            match step {
                Step::Gray => {
                    if lept::pixGetDepth(pix.ptr()) == 8
                        && lept::pixGetColormap(pix.ptr()).is_null()
                    {
                        continue;
                    }
                    lept::pixConvertTo8(pix.ptr(), 0)
                }
                Step::Upscale => {
                    if ppi <= 0 || ppi >= 250 || lept::pixGetDepth(pix.ptr()) != 8 {
                        continue;
                    }
                    let f = 300.0 / ppi as f32;
                    let p = lept::pixScaleGrayLI(pix.ptr(), f, f);
                    if !p.is_null() {
                        ppi = 300;
                        lept::pixSetResolution(p, 300, 300);
                    }
                    p
                }
                Step::Background => {
                    if lept::pixGetDepth(pix.ptr()) != 8 {
                        continue;
                    }
                    lept::pixBackgroundNormSimple(
                        pix.ptr(),
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                    )
                }
                Step::Median => {
                    if lept::pixGetDepth(pix.ptr()) != 8 {
                        continue;
                    }
                    lept::pixMedianFilter(pix.ptr(), 3, 3)
                }
            }
        };
        if let Some(p) = OwnedPix::new(next) {
            pix = p;
        }
    }
    (pix, ppi)
}

/// Straightens a page tilted by the scanner or the copier (Leptonica's
/// skew search, which rotates only when it is sure of an angle over 0.1°);
/// the image as it was when it cannot.
///
/// The rotation (area-mapped, interpolated) is most of this step's time,
/// about 110 ms of a 300-dpi page's 2.4 s. Rotating by shears instead
/// takes half of it but was measured to lose: devset scans figure F1 0.894
/// against 0.919 and 3 false findings against none, the stair-stepped
/// strokes and rules costing Tesseract and the rule search their reading.
pub(crate) fn deskew(pix: OwnedPix) -> OwnedPix {
    let (mut angle, mut conf) = (0.0f32, 0.0f32);
    // SAFETY: pix.ptr() is live; the result is a new image (a clone when
    // nothing was rotated) or null, owned by OwnedPix.
    let p = unsafe { lept::pixFindSkewAndDeskew(pix.ptr(), 0, &mut angle, &mut conf) };
    OwnedPix::new(p).unwrap_or(pix)
}
