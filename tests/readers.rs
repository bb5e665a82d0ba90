//! The readers on real files: the generated corpus renderings (DOCX, text
//! PDF, scanned PDF through Tesseract) and hostile inputs in tests/data.

use baocao::model::{Document, SourceKind};
use baocao::read::{OcrMode, ReadError, ReadOptions, read};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn text(doc: &Document) -> String {
    doc.pages
        .iter()
        .flat_map(|p| p.lines.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Prints what a reader produced: `BAOCAO_DUMP=path cargo test dump -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump() {
    let p = std::env::var("BAOCAO_DUMP").expect("BAOCAO_DUMP=path");
    let doc = read(Path::new(&p), &ReadOptions::default()).unwrap();
    println!("kind {:?}, {} pages", doc.kind, doc.pages.len());
    for (i, page) in doc.pages.iter().enumerate() {
        println!("=== page {} ocr={}", i + 1, page.ocr);
        for l in &page.lines {
            println!("{}", l.replace('\t', " | "));
        }
    }
}

fn corpus(name: &str, file: &str) -> PathBuf {
    root().join("corpus").join(name).join(file)
}

/// (seed, pages of its PDF renderings, numbers its text must contain)
const SEEDS: &[(&str, usize, &[&str])] = &[
    (
        "chi-linh_2025-10",
        8,
        &["2.810", "2.002", "71,24%", "2.788", "616/616"],
    ),
    (
        "le-dai-hanh_2025-11",
        10,
        &["4.312", "368", "2.795", "1.523", "93,57%"],
    ),
    ("dong-hai_2025-q3", 9, &["5019", "4831", "96,23%"]),
    ("gia-phuc_2026-04", 9, &["1.006", "1.002"]),
    ("ke-sat_2025-09_ocr", 7, &["1145", "1128", "1200"]),
];

fn check_numbers(doc: &Document, numbers: &[&str]) {
    let t = text(doc);
    for n in numbers {
        assert!(t.contains(n), "{}: {n} missing", doc.path.display());
    }
}

#[test]
fn docx_renderings_read_as_one_page_with_tables_as_tab_rows() {
    for (name, _, numbers) in SEEDS {
        let doc = read(
            &corpus(name, &format!("{name}.docx")),
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(doc.kind, SourceKind::Docx);
        assert_eq!(doc.pages.len(), 1);
        check_numbers(&doc, numbers);
    }
    // The seed's table rows come back cell for cell.
    let doc = read(
        &corpus("le-dai-hanh_2025-11", "le-dai-hanh_2025-11.docx"),
        &ReadOptions::default(),
    )
    .unwrap();
    let lines = &doc.pages[0].lines;
    assert!(
        lines
            .iter()
            .any(|l| l == "2\tLĩnh vực chứng thực\t2.795\t\t2.795\t\t"),
        "{lines:#?}"
    );
}

/// The rows of a document that state figures in cells: tab rows with a
/// cell that is a number (a letterhead laid out as a borderless table in
/// the DOCX is text in the PDF).
fn figure_rows(path: &Path) -> Vec<String> {
    let doc = read(path, &ReadOptions::default()).unwrap();
    let number = |c: &str| {
        c.chars().any(|ch| ch.is_ascii_digit())
            && c.chars()
                .all(|ch| ch.is_ascii_digit() || ".,%".contains(ch))
    };
    doc.pages
        .iter()
        .flat_map(|p| p.lines.iter())
        .filter(|l| l.contains('\t') && l.split('\t').any(number))
        .cloned()
        .collect()
}

/// A text PDF's ruled tables (LibreOffice's rendering of the DOCX) come
/// back as the DOCX gives them: the same rows, the same cells, a wrapped
/// name as one cell, a table split by a page break as one.
#[test]
fn pdf_tables_read_like_their_docx() {
    for name in ["le-dai-hanh_2025-11", "an-bien_2025-10_synthetic"] {
        let pdf = figure_rows(&corpus(name, &format!("{name}.pdf")));
        let docx = figure_rows(&corpus(name, &format!("{name}.docx")));
        assert!(!docx.is_empty(), "{name}");
        assert_eq!(pdf, docx, "{name}");
    }
}

/// A ruled table drawn with line segments (scripts/make-table-pdfs.py):
/// merged header cells, a name wrapped over two lines, and the header
/// repeated at the top of page 2, which is dropped.
#[test]
fn ruled_table_continued_on_the_next_page() {
    let doc = read(
        &root().join("tests/data/tables/ruled-continued.pdf"),
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(
        doc.pages[0].lines[3..],
        [
            "STT\tLinh vuc\tSo ho so\t\t",
            "\t\tTiep nhan\tDa giai quyet\tDang giai quyet",
            "1\tHo tich\t1.214\t1.180\t26",
            "2\tChung thuc ban sao dien tu\t3.452\t3.452\t0",
        ]
    );
    assert_eq!(
        doc.pages[1].lines[..2],
        ["3\tDat dai\t58\t49\t07", "\tTong cong\t4.724\t4.681\t33"]
    );
}

#[test]
fn text_pdf_renderings_read_page_by_page() {
    for (name, pages, numbers) in SEEDS {
        let doc = read(
            &corpus(name, &format!("{name}.pdf")),
            &ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(doc.kind, SourceKind::PdfText, "{name}");
        assert_eq!(doc.pages.len(), *pages, "{name}");
        assert!(doc.pages.iter().all(|p| !p.ocr));
        check_numbers(&doc, numbers);
    }
}

#[test]
fn scanned_pdf_is_ocrd() {
    // One seed end to end (about 2 s per page); the bench script does all.
    let (name, pages, numbers) = SEEDS[0];
    let doc = read(
        &corpus(name, &format!("{name}_scan.pdf")),
        &ReadOptions::default(),
    )
    .unwrap();
    assert_eq!(doc.kind, SourceKind::PdfOcr);
    assert_eq!(doc.pages.len(), pages);
    assert!(doc.pages.iter().all(|p| p.ocr));
    check_numbers(&doc, numbers);
}

#[test]
fn ocr_never_leaves_a_scan_empty_but_readable() {
    let (name, pages, _) = SEEDS[4];
    let opts = ReadOptions {
        ocr: OcrMode::Never,
        ..ReadOptions::default()
    };
    let doc = read(&corpus(name, &format!("{name}_scan.pdf")), &opts).unwrap();
    assert_eq!(doc.kind, SourceKind::PdfText);
    assert_eq!(doc.pages.len(), pages);
    assert!(doc.pages.iter().all(|p| p.lines.is_empty()));
}

fn hostile(file: &str) -> ReadError {
    let p = root().join("tests/data").join(file);
    match read(&p, &ReadOptions::default()) {
        Ok(doc) => panic!(
            "{file} read as {:?} with {} pages",
            doc.kind,
            doc.pages.len()
        ),
        Err(e) => {
            let msg = e.to_string();
            // One sentence for the clerk: no newline, no debug dump.
            assert!(!msg.contains('\n') && msg.len() < 200, "{file}: {msg}");
            e
        }
    }
}

#[test]
fn hostile_inputs_give_one_sentence_errors() {
    assert!(matches!(hostile("empty.txt"), ReadError::Empty));
    assert!(matches!(hostile("random.pdf"), ReadError::Unsupported(_)));
    assert!(matches!(hostile("encrypted.pdf"), ReadError::Encrypted));
    assert!(matches!(hostile("zipbomb.docx"), ReadError::ZipBomb { .. }));
    assert!(matches!(
        hostile("truncated.pdf"),
        ReadError::PdfDamaged(_)
            | ReadError::PdfText(_)
            | ReadError::PdfParse(_)
            | ReadError::Panicked(_)
    ));
    assert!(matches!(
        hostile("damaged.pdf"),
        ReadError::PdfDamaged(_)
            | ReadError::PdfText(_)
            | ReadError::PdfParse(_)
            | ReadError::Panicked(_)
    ));
}

#[test]
fn a_batch_goes_on_past_hostile_files() {
    let mut inputs: Vec<PathBuf> = [
        "empty.txt",
        "random.pdf",
        "encrypted.pdf",
        "zipbomb.docx",
        "truncated.pdf",
        "damaged.pdf",
    ]
    .iter()
    .map(|f| root().join("tests/data").join(f))
    .collect();
    inputs.push(corpus("chi-linh_2025-10", "chi-linh_2025-10.docx"));
    let opts = baocao::pipeline::Options::default();
    let reports: Vec<_> = inputs
        .iter()
        .map(|p| baocao::pipeline::process(p, &opts))
        .collect();
    for r in &reports[..6] {
        assert_eq!(r.status, baocao::model::Status::Error, "{}", r.file);
        assert!(r.error.as_deref().is_some_and(|e| !e.is_empty()));
    }
    assert_eq!(reports[6].status, baocao::model::Status::Ok);
}

/// A Markdown report's pipe table reads as a table (tab-separated cells,
/// the `|---|` rule dropped), so its rows and total row are checked.
#[test]
fn markdown_pipe_tables_read_as_tables() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let p = dir.join("bao-cao.md");
    std::fs::write(
        &p,
        "UBND PHƯỜNG HẢI AN\n\nBÁO CÁO\nKết quả tháng 10 năm 2025\n\nThực hiện chế độ báo cáo, Trung tâm báo cáo như sau:\n\n| STT | Lĩnh vực | Tiếp nhận | Đã giải quyết |\n|---|---|---:|---:|\n| 1 | Hộ tịch | 431 | 430 |\n| 2 | Đất đai | 96 | 90 |\n| | Tổng cộng | 537 | 520 |\n",
    )
    .unwrap();
    let doc = read(&p, &ReadOptions::default()).unwrap();
    let t = text(&doc);
    assert!(t.contains("1\tHộ tịch\t431\t430"), "{t}");
    assert!(!t.contains("---"), "{t}");
    let report = baocao::pipeline::process(&p, &baocao::pipeline::Options::default());
    let msgs: Vec<String> = report.findings.iter().map(|f| f.message.clone()).collect();
    assert!(
        msgs.iter().any(|m| m.contains("431 + 96 = 527")),
        "the wrong total row is found: {msgs:?}"
    );
}

/// A scanner's searchable PDF whose page is one lossless image
/// (tests/data/scanner-ocr-layer-fax.pdf: Tesseract's English layer over
/// the synthetic report's 1-bit fax page, scripts/make-hostile.sh) is OCR'd
/// from that image as the file holds it, not from a rendering of the page:
/// it reads exactly like the fax PNG it was made from, the same figures on
/// the same lines at the same confidence. Rendered, the page was another
/// image (its edges blended) and read otherwise.
#[test]
fn a_layered_pages_lossless_image_reads_like_the_image_itself() {
    let pdf = baocao::pipeline::process(
        &root().join("tests/data/scanner-ocr-layer-fax.pdf"),
        &baocao::pipeline::Options::default(),
    );
    let png = baocao::pipeline::process(
        &corpus(
            "an-bien_2025-10_synthetic",
            "an-bien_2025-10_synthetic_fax_p1.png",
        ),
        &baocao::pipeline::Options::default(),
    );
    let source = pdf.source.as_ref().unwrap();
    assert_eq!(source.readings, Some(vec!["ocr-over-layer".to_string()]));
    let figures = |r: &baocao::model::Report| serde_json::to_value(&r.figures).unwrap();
    assert!(pdf.figures.len() >= 20, "{} figures", pdf.figures.len());
    assert_eq!(figures(&pdf), figures(&png));
    assert_eq!(
        source.ocr_confidence,
        png.source.as_ref().unwrap().ocr_confidence
    );
}

/// A copier's "searchable" scan (tests/data/scanner-ocr-layer.pdf, made by
/// scripts/make-hostile.sh: the synthetic report's page 1 with Tesseract's
/// English text layer): the layer reads as poor Vietnamese, so the page is
/// OCR'd with `vie` and that reading, the better, is kept and said so.
/// Trusted as it was, the layer gave 1 figure.
#[test]
fn a_scanners_english_text_layer_is_judged_and_replaced() {
    let p = root().join("tests/data/scanner-ocr-layer.pdf");
    let doc = read(&p, &ReadOptions::default()).unwrap();
    assert_eq!(doc.kind, SourceKind::PdfOcr);
    assert_eq!(
        doc.pages[0].layer,
        Some(baocao::model::LayerChoice::Replaced)
    );
    assert!(text(&doc).contains("tiếp nhận"), "{}", text(&doc));
    let r = baocao::pipeline::process(&p, &baocao::pipeline::Options::default());
    let source = r.source.as_ref().unwrap();
    assert_eq!(source.readings, Some(vec!["ocr-over-layer".to_string()]));
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(corpus("an-bien_2025-10_synthetic", "expected.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(serde_json::json!(r.unit), gold["unit"]);
    assert!(r.figures.len() >= 20, "{} figures", r.figures.len());
    // Never trusted with --ocr never: the layer is all there is.
    let never = ReadOptions {
        ocr: OcrMode::Never,
        ..ReadOptions::default()
    };
    let doc = read(&p, &never).unwrap();
    assert_eq!(doc.kind, SourceKind::PdfText);
    assert_eq!(doc.pages[0].layer, None);
}
