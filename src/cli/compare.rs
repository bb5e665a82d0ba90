//! `baocao compare`: the city's table of wards (issue 5).

use super::InputArgs;
use clap::Args;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(args: CompareArgs) -> Result<ExitCode, String> {
    let reports = args.input.run()?;
    Ok(super::exit_code(&reports))
}
