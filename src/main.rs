//! The `baocao` command: parses the arguments and hands over to `cli`.
//! Exit codes: 0 ok, 1 findings, 2 a file could not be read or bad usage.

fn main() -> std::process::ExitCode {
    baocao::cli::main()
}
