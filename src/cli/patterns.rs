//! `baocao patterns test [DIR]`: runs the examples of the pattern files
//! (the built-in ones, with DIR's files replacing or joining them) through
//! normalize → extract, and prints each example that fails on stdout.
//! Exit code: 0 every example holds, 1 some fail, 2 the folder or a file
//! in it cannot be loaded.

use super::Outcome;
use crate::error::Error;
use crate::examples;
use crate::patterns::Patterns;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

pub const EXAMPLES: &str = "\
Examples:
  baocao patterns test
      run the examples of the built-in pattern files
  baocao patterns test mau-moi/
      the same with the files of mau-moi/ replacing or joining them";

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

pub fn run(args: PatternsArgs) -> Result<Outcome, Error> {
    let Action::Test { dir } = args.action;
    let pats = match &dir {
        Some(d) => Patterns::load_with_overrides(d)?,
        None => Patterns::builtin(),
    };
    let outcome = examples::run(&pats);
    eprintln!(
        "baocao: {} of {} examples hold",
        outcome.run - outcome.failures.len(),
        outcome.run
    );
    let mut out = std::io::stdout().lock();
    for f in &outcome.failures {
        writeln!(out, "{}\t{}\t{}\t{}", f.file, f.id, f.text, f.reason).map_err(Error::Stdout)?;
    }
    Ok(Outcome {
        errors: 0,
        with_findings: outcome.failures.len(),
    })
}
