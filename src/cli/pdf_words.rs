//! `baocao pdf-words` (hidden): the poppler helper process that PDF reading
//! starts and feeds with one file after another ([`crate::read`]'s poppler
//! module says why it is a process). Not meant to be run by hand: it reads
//! NUL-terminated paths on stdin and answers in its own line format.

use super::Outcome;
use crate::error::Error;
use clap::Args;

#[derive(Debug, Args)]
pub struct PdfWordsArgs {}

/// Serves until stdin closes.
pub fn run(_args: PdfWordsArgs) -> Result<Outcome, Error> {
    crate::read::serve_pdf_words().map_err(Error::PdfWords)?;
    Ok(Outcome::default())
}
