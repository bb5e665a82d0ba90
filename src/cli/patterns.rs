//! `baocao patterns test [DIR]`: runs the examples of the pattern files
//! (the built-in ones, with DIR's files replacing or joining them) through
//! normalize → extract, and prints each example that fails on stdout.
//! Exit code: 0 every example holds, 1 some fail, 2 the folder or a file
//! in it cannot be loaded.

use crate::examples;
use crate::patterns::Patterns;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct PatternsArgs {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Run every example of the pattern files; print the failures.
    Test {
        /// A folder of pattern files (default: the built-in ones alone).
        dir: Option<PathBuf>,
    },
}

pub fn run(args: PatternsArgs) -> Result<ExitCode, String> {
    let Action::Test { dir } = args.action;
    let pats = match &dir {
        Some(d) => Patterns::load_with_overrides(d).map_err(|e| e.to_string())?,
        None => Patterns::builtin(),
    };
    let outcome = examples::run(&pats);
    let mut out = std::io::stdout().lock();
    for f in &outcome.failures {
        // A closed pipe ends the listing; the summary still goes to stderr.
        if writeln!(out, "{}\t{}\t{}\t{}", f.file, f.id, f.text, f.reason).is_err() {
            break;
        }
    }
    eprintln!(
        "baocao: {} of {} examples hold",
        outcome.run - outcome.failures.len(),
        outcome.run
    );
    Ok(if outcome.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
