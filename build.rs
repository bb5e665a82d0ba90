//! Lists the built-in pattern files: every `patterns/*.toml`, embedded in
//! the binary (see `src/patterns.rs`), so that a new file cannot be left
//! out; `periods.toml` is embedded by `src/extract/periods.rs` instead.
//!
//! Compiles the poppler-cpp word reader (`src/read/poppler/words.cpp`)
//! when pkg-config finds poppler-cpp (Debian: libpoppler-cpp-dev, which
//! scripts/setup.sh installs) and sets `cfg(poppler_cpp)`; without it
//! baocao still builds, and reads PDFs through `pdftotext -bbox` alone.

use std::fmt::Write;

fn main() {
    builtin_patterns();
    poppler_words();
}

fn poppler_words() {
    println!("cargo::rustc-check-cfg=cfg(poppler_cpp)");
    println!("cargo:rerun-if-changed=src/read/poppler/words.cpp");
    // poppler-cpp installed after a build is seen after `cargo clean -p baocao`.
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_PATH");
    // The link flags are printed after the static library's, so that the
    // linker (with --as-needed) sees poppler-cpp after its user.
    let lib = match pkg_config::Config::new()
        .cargo_metadata(false)
        .probe("poppler-cpp")
    {
        Ok(lib) => lib,
        Err(e) => {
            println!(
                "cargo:warning=poppler-cpp not found ({e}); PDFs will be read with one pdftotext process per file (apt-get install libpoppler-cpp-dev)"
            );
            return;
        }
    };
    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        .file("src/read/poppler/words.cpp")
        .warnings(true);
    for dir in &lib.include_paths {
        build.include(dir);
    }
    // No C++ compiler: the same fallback as no poppler-cpp.
    if let Err(e) = build.try_compile("baocao_poppler_words") {
        println!(
            "cargo:warning=the poppler-cpp word reader did not compile ({e}); PDFs will be read with one pdftotext process per file (apt-get install g++)"
        );
        return;
    }
    for dir in &lib.link_paths {
        println!("cargo:rustc-link-search=native={}", dir.display());
    }
    for l in &lib.libs {
        println!("cargo:rustc-link-lib={l}");
    }
    println!("cargo:rustc-cfg=poppler_cpp");
}

fn builtin_patterns() {
    println!("cargo:rerun-if-changed=patterns");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("patterns/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        // periods.toml has its own reader (src/extract/periods.rs).
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
