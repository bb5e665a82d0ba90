//! The one error of a `baocao` run: what stopped a command as a whole (a
//! bad pattern folder, a table that cannot be written, standard output
//! closed), as opposed to one file that cannot be read, which is a report
//! line with `status: "error"` and never stops the batch.
//!
//! Every stage's error converts into [`Error`] with `#[from]` and stays its
//! source, so nothing is flattened to a string before `main` prints it:
//! `{}` gives the top sentence, `{:#}` of [`Chain`] the whole chain. (A
//! panic is not an error of the run: see [`crate::panic`].)

use crate::compare::CompareError;
use crate::patterns::PatternError;
use crate::publish::PublishError;
use crate::read::ReadError;
use std::fmt;

/// What can stop a command. The messages are English (logs, for whoever
/// runs baocao); the clerk's per-file messages are in [`crate::vi`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no input: give one or more files or folders")]
    NoInput,
    #[error("--ocr-prep {given:?}: the steps are upscale, background, median")]
    OcrPrep { given: String },
    #[error("the pattern files cannot be loaded")]
    Patterns(#[from] PatternError),
    #[error("compare failed")]
    Compare(#[from] CompareError),
    /// Writing the comparison (the sentence is compare's, as before
    /// `publish` was a stage of its own).
    #[error("compare failed")]
    Publish(#[from] PublishError),
    #[error("a file cannot be read")]
    Read(#[from] ReadError),
    #[error("the review site cannot be written")]
    Review(#[from] crate::review::ReviewError),
    #[error("a letter cannot be written")]
    Letter(#[from] crate::letter::LetterError),
    #[error("cannot start the worker threads")]
    Threads(#[from] rayon::ThreadPoolBuildError),
    #[error("cannot write to standard output")]
    Stdout(#[source] std::io::Error),
}

impl Error {
    /// Standard output was closed by its reader (`baocao extract … | head`):
    /// not a failure of the run, which ends quietly as ripgrep's does.
    pub fn is_broken_pipe(&self) -> bool {
        let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(e) = cur {
            if let Some(io) = e.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return true;
            }
            cur = e.source();
        }
        false
    }
}

/// Displays an error; with `{:#}` also each of its sources, joined by ": ".
/// A source whose sentence its parent already quotes (thiserror messages
/// such as "could not write {path}: {source}") is not repeated.
pub struct Chain<'a>(pub &'a (dyn std::error::Error + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = self.0.to_string();
        if f.alternate() {
            let mut cur = self.0.source();
            while let Some(e) = cur {
                let s = e.to_string();
                if !text.contains(&s) {
                    text.push_str(": ");
                    text.push_str(&s);
                }
                cur = e.source();
            }
        }
        f.write_str(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_prints_every_source_once() {
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied");
        let e = Error::Publish(PublishError::Write {
            path: "out.xlsx".into(),
            source: io.into(),
        });
        assert_eq!(Chain(&e).to_string(), "compare failed");
        assert_eq!(
            format!("{:#}", Chain(&e)),
            "compare failed: could not write out.xlsx: denied"
        );
    }

    #[test]
    fn broken_pipe_is_found_through_the_chain() {
        let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert!(Error::Stdout(pipe).is_broken_pipe());
        let other = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert!(!Error::Stdout(other).is_broken_pipe());
        assert!(!Error::NoInput.is_broken_pipe());
    }
}
