//! Lists the built-in pattern files: every `patterns/*.toml`, embedded in
//! the binary (see `src/patterns.rs`), so that a new file cannot be left
//! out; `periods.toml` is embedded by `src/extract/nominal.rs` instead.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=patterns");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("patterns/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // periods.toml has its own reader (src/extract/nominal.rs).
        .filter(|n| n.ends_with(".toml") && n != "periods.toml")
        .collect();
    names.sort();
    let mut out = String::from("&[\n");
    // Paths relative to the crate that includes them, so the generated list
    // is the same wherever the crate is built from.
    for n in &names {
        writeln!(
            out,
            "    ({n:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/patterns/{n}\"))),"
        )
        .expect("write to string");
    }
    out.push_str("]\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR"))
        .join("builtin_patterns.rs");
    std::fs::write(dest, out).expect("write builtin_patterns.rs");
}
