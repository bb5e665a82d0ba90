//! `baocao check`: each report's findings as Vietnamese sentences (issue 3).

use super::InputArgs;
use clap::Args;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, String> {
    let reports = args.input.run()?;
    Ok(super::exit_code(&reports))
}
