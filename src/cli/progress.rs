//! What a run says on stderr while it reads: a progress bar (files done of
//! total, time left, the file being read) when stderr is a terminal and
//! `--quiet` is not given; and one status line per file that could not be
//! read, printed above the bar so that the two never mix.
//!
//! When stderr is not a terminal (a pipe, a log file, the tests) there is
//! no bar at all, only the status lines.

use crate::pipeline::Log;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

const TEMPLATE: &str = "{bar:28.cyan/blue} {pos}/{len} tệp · {elapsed} · còn ~{eta} · {wide_msg}";

/// How much a run says on stderr (`--quiet`, `--verbose`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verbosity {
    /// No bar, no per-file status line (a bug is still reported).
    Quiet,
    /// The bar on a terminal, one line per unreadable file.
    #[default]
    Normal,
    /// As normal, with each unreadable file's error chain in English.
    Verbose,
}

/// The bar of one run (hidden when there is nothing to draw on).
#[derive(Clone)]
pub struct Progress {
    bar: ProgressBar,
    verbosity: Verbosity,
}

impl Progress {
    pub fn new(total: usize, verbosity: Verbosity) -> Progress {
        let shown = verbosity != Verbosity::Quiet && std::io::stderr().is_terminal();
        let bar = if shown {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            // TEMPLATE is checked by a test; the fallback keeps a bar anyway.
            let style = ProgressStyle::with_template(TEMPLATE)
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style.progress_chars("█▉ "));
            // One OCR'd file can take a minute: keep the clock moving.
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        } else {
            ProgressBar::hidden()
        };
        Progress { bar, verbosity }
    }

    /// A worker starts on `file`.
    pub fn start(&self, file: &std::path::Path) {
        if !self.bar.is_hidden() {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| file.display().to_string());
            self.bar.set_message(name);
        }
    }

    /// A file is done (in input order): its status line, if it has one.
    pub fn done(&self, file: &str, reason: Option<&str>, log: Option<&Log>) {
        let line = match (log, self.verbosity) {
            (Some(Log::Bug(l)), _) => Some(format!("baocao: {file}: {l}")),
            (_, Verbosity::Quiet) => None,
            (Some(Log::Unreadable(l)), Verbosity::Verbose) => Some(format!(
                "baocao: {file}: {} [{l}]",
                reason.unwrap_or_default()
            )),
            _ => reason.map(|r| format!("baocao: {file}: {r}")),
        };
        if let Some(line) = line {
            self.bar.suspend(|| eprintln!("{line}"));
        }
        self.bar.inc(1);
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_template_parses() {
        assert!(indicatif::ProgressStyle::with_template(super::TEMPLATE).is_ok());
    }
}
