//! The poppler helper process (`baocao-pdf-words`) that reads the words of
//! text-layer PDFs: it must read them exactly as `pdftotext -bbox` does,
//! word for word and box for box, and leave damaged and encrypted files,
//! and pages it would read differently, to the pdftotext path.

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
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path();
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

/// A word: its page (1-based), its box in points, its text.
#[cfg(poppler_cpp)]
type Word = (usize, [f64; 4], String);

/// The words of each file from the helper's replies (millionths of a
/// point), with each reply's status line.
#[cfg(poppler_cpp)]
fn helper_words(files: &[PathBuf]) -> Vec<(String, Vec<Word>)> {
    use std::io::Write;
    use std::os::unix::ffi::OsStrExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_baocao-pdf-words"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for f in files {
        stdin.write_all(f.as_os_str().as_bytes()).unwrap();
        stdin.write_all(b"\0").unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut replies = Vec::new();
    let (mut page, mut words) = (0, Vec::new());
    for line in text.lines() {
        let f: Vec<&str> = line.splitn(6, ' ').collect();
        let n = |i: usize| f[i].parse::<i64>().unwrap() as f64 / 1e6;
        match f[0] {
            "P" => page += 1,
            "W" => words.push((page, [n(1), n(2), n(3), n(4)], f[5].to_string())),
            "E" => {
                replies.push((line.to_string(), std::mem::take(&mut words)));
                page = 0;
            }
            _ => panic!("unexpected line {line:?}"),
        }
    }
    replies
}

/// The same from `pdftotext -bbox`.
#[cfg(poppler_cpp)]
fn pdftotext_words(file: &PathBuf) -> Vec<Word> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(file)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let mut words = Vec::new();
    for (p, chunk) in html.split("<page ").skip(1).enumerate() {
        for w in chunk.split("<word ").skip(1) {
            let (attrs, rest) = w.split_once('>').unwrap();
            let text = rest.split("</word>").next().unwrap();
            let text = text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            let v: Vec<f64> = attrs
                .split('"')
                .skip(1)
                .step_by(2)
                .map(|x| x.parse().unwrap())
                .collect();
            words.push((p + 1, [v[0], v[1], v[2], v[3]], text));
        }
    }
    words
}

#[cfg(poppler_cpp)]
#[test]
fn the_helper_gives_pdftotexts_words_and_boxes() {
    let files: Vec<PathBuf> = pdfs()
        .into_iter()
        .filter(|p| {
            p.parent()
                .is_some_and(|d| d.ends_with("tables") || !d.ends_with("data"))
        })
        .collect();
    let replies = helper_words(&files);
    assert_eq!(replies.len(), files.len());
    let mut total = 0;
    for (f, (status, words)) in files.iter().zip(replies) {
        assert_eq!(status, "E 0 1", "{}", f.display());
        let want = pdftotext_words(f);
        assert_eq!(words.len(), want.len(), "{}", f.display());
        for (a, b) in words.iter().zip(&want) {
            assert_eq!((a.0, &a.2), (b.0, &b.2), "{}", f.display());
            for k in 0..4 {
                assert!(
                    (a.1[k] - b.1[k]).abs() < 2e-6,
                    "{}: {a:?} vs {b:?}",
                    f.display()
                );
            }
        }
        total += words.len();
    }
    assert!(total > 15_000, "{total} words");
}

/// A copy of a corpus PDF with a crop box on its first page, or its second
/// page rotated: poppler-cpp would lay those out unlike pdftotext.
#[cfg(poppler_cpp)]
fn altered(name: &str, edit: impl Fn(&mut lopdf::Document, Vec<lopdf::ObjectId>)) -> PathBuf {
    let src = root().join("corpus/chi-linh_2025-10/chi-linh_2025-10.pdf");
    let mut doc = lopdf::Document::load(&src).unwrap();
    let pages: Vec<lopdf::ObjectId> = doc.page_iter().collect();
    edit(&mut doc, pages);
    let out = std::env::temp_dir().join(format!("baocao-{name}-{}.pdf", std::process::id()));
    doc.save(&out).unwrap();
    out
}

#[cfg(poppler_cpp)]
#[test]
fn pages_the_helper_would_read_differently_go_to_pdftotext() {
    use lopdf::Object;
    let cropped = altered("cropped", |doc, pages| {
        let page = doc.get_object_mut(pages[0]).unwrap().as_dict_mut().unwrap();
        page.set(
            "CropBox",
            Object::Array(vec![72.into(), 72.into(), 500.into(), 700.into()]),
        );
    });
    let rotated = altered("rotated", |doc, pages| {
        let page = doc.get_object_mut(pages[1]).unwrap().as_dict_mut().unwrap();
        page.set("Rotate", Object::Integer(90));
    });
    let files = vec![cropped, rotated];
    for (status, words) in helper_words(&files) {
        assert_eq!(status, "E 4 1");
        assert!(words.is_empty());
    }
    let helper = text(&files, &[]);
    assert_eq!(helper.0, Some(0), "{}", helper.2);
    assert!(helper.1 == text(&files, &[("BAOCAO_PDF_HELPER", "0")]).1);
    for f in files {
        let _ = std::fs::remove_file(f);
    }
}
