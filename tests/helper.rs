//! The poppler helper process (`baocao pdf-words`) that reads the words of
//! text-layer PDFs: it must read them exactly as `pdftotext -bbox` does, and
//! leave damaged and encrypted files to the pdftotext path's errors.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every PDF of the corpus (scans included: they have no words) and the
/// hostile and table test PDFs.
fn pdfs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .flat_map(|d| std::fs::read_dir(d.unwrap().path()).unwrap())
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    for f in [
        "damaged.pdf",
        "truncated.pdf",
        "encrypted.pdf",
        "tables/ruled-continued.pdf",
    ] {
        v.push(root().join("tests/data").join(f));
    }
    v.sort();
    v
}

/// `baocao text --ocr never` on `files`: exit code, stdout, stderr.
fn text(files: &[PathBuf], env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baocao"));
    cmd.args(["text", "--ocr", "never", "-q"]).args(files);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_helper_reads_every_pdf_as_pdftotext_does() {
    let files = pdfs();
    assert!(files.len() >= 15, "{} PDFs", files.len());
    let helper = text(&files, &[]);
    let pdftotext = text(&files, &[("BAOCAO_PDF_HELPER", "0")]);
    // The damaged ones make the run's exit code 2 both ways.
    assert_eq!(helper.0, Some(2), "{}", helper.2);
    assert_eq!(helper.0, pdftotext.0);
    assert_eq!(helper.2, pdftotext.2);
    assert!(helper.1.contains("2.810"), "the text was read");
    assert!(
        helper.1 == pdftotext.1,
        "the helper's text differs from pdftotext's"
    );
}

/// With no pdftotext on the PATH a text PDF still reads as with it (by the
/// helper); the same run without the helper falls back to pdf-extract,
/// whose text differs: the helper is really used.
#[cfg(poppler_cpp)]
#[test]
fn text_pdfs_are_read_by_the_helper_not_by_pdftotext() {
    let empty = std::env::temp_dir().join(format!("baocao-empty-path-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let path = empty.to_str().unwrap();
    let file = vec![root().join("corpus/chi-linh_2025-10/chi-linh_2025-10.pdf")];
    let normal = text(&file, &[]);
    let with = text(&file, &[("PATH", path)]);
    assert_eq!(with.0, Some(0), "{}", with.2);
    assert!(with.1 == normal.1, "read differently without pdftotext");
    let without = text(&file, &[("PATH", path), ("BAOCAO_PDF_HELPER", "0")]);
    assert!(
        without.1 != normal.1,
        "pdf-extract read it as pdftotext does"
    );
}
