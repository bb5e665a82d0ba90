//! The formats a ward sends besides text, DOCX, PDF and images (issue 22):
//! Word 97-2003 (`.doc`), OpenDocument text (`.odt`) and spreadsheets
//! (`.xlsx`, `.xls`, `.ods`), on committed files.
//!
//! The `.doc` and `.odt` of each corpus report are LibreOffice's
//! conversions of its DOCX (`soffice --convert-to doc:"MS Word 97"` and
//! `--convert-to odt`): each must read to the DOCX's very lines, and so give
//! the same figures and findings. The spreadsheets are devset2 reports'
//! tables laid out as offices do (scripts/make-sheets.py: title rows,
//! merged headers, one with a units column): each must give the unit and
//! period of its report's gold, no figure the gold states with another
//! value, its share of the gold's per-field figures, and exactly the
//! figures of its committed `.expected.json`.

use baocao::model::Report;
use baocao::pipeline::{self, Options};
use baocao::read::{ReadOptions, read};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const REPORTS: &[&str] = &[
    "an-bien_2025-10_synthetic",
    "chi-linh_2025-10",
    "dong-hai_2025-q3",
    "gia-phuc_2026-04",
    "ke-sat_2025-09_ocr",
    "le-dai-hanh_2025-11",
];

fn render(name: &str, ext: &str) -> PathBuf {
    root()
        .join("corpus")
        .join(name)
        .join(format!("{name}.{ext}"))
}

/// What is compared between renders: the figures and the findings.
fn essence(r: &Report) -> (Value, Value, Value, Value) {
    let figures: Vec<Value> = r
        .figures
        .iter()
        .map(|f| json!([f.scope.to_string(), f.key, f.value, f.pct, f.of, f.line]))
        .collect();
    let findings: Vec<Value> = r
        .findings
        .iter()
        .map(|f| json!([f.rule, f.message]))
        .collect();
    (
        json!(r.unit),
        json!(r.period),
        Value::Array(figures),
        Value::Array(findings),
    )
}

#[test]
fn doc_and_odt_read_like_their_docx() {
    let opts = Options::default();
    for name in REPORTS {
        let docx = read(&render(name, "docx"), &ReadOptions::default()).unwrap();
        let want = pipeline::process(&render(name, "docx"), &opts);
        assert!(!want.figures.is_empty(), "{name}");
        for ext in ["doc", "odt"] {
            let doc = read(&render(name, ext), &ReadOptions::default()).unwrap();
            assert_eq!(doc.kind.as_str(), ext, "{name}.{ext}");
            assert_eq!(doc.pages.len(), 1, "{name}.{ext}");
            assert_eq!(doc.pages[0].lines, docx.pages[0].lines, "{name}.{ext}");
            let got = pipeline::process(&render(name, ext), &opts);
            assert_eq!(
                got.source.as_ref().map(|s| s.kind.as_str()),
                Some(ext),
                "{name}.{ext}"
            );
            assert_eq!(essence(&got), essence(&want), "{name}.{ext}");
        }
    }
}

/// score.py's scope folding: lower case, no diacritics, letters, digits, `:`.
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.to_lowercase()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .filter(|c| c.is_ascii_alphanumeric() || *c == ':')
        .collect()
}

fn figure_map(figures: &[Value]) -> HashMap<(String, String), Value> {
    figures
        .iter()
        .map(|f| {
            (
                (
                    fold(f["scope"].as_str().unwrap()),
                    f["key"].as_str().unwrap().to_string(),
                ),
                json!([f["value"], f["of"]]),
            )
        })
        .collect()
}

fn load(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn spreadsheets_give_their_tables_figures() {
    // (sheet, its report, share of the gold's per-field figures it must
    // give). Nguyễn Trãi's table reads as its DOCX does (71 of 94): two
    // columns end in "quá hạn", so one of them is not read (the extract
    // stage's limit, not the reader's).
    let sheets = [
        (
            "03_cat-hai_2025-h2_phu-luc-01.xlsx",
            "03_cat-hai_2025-h2",
            1.0,
        ),
        (
            "10_nguyen-trai_2026-q1_phu-luc.xls",
            "10_nguyen-trai_2026-q1",
            0.75,
        ),
        ("02_tan-ky_2025-q3_bieu.ods", "02_tan-ky_2025-q3", 1.0),
    ];
    let opts = Options::default();
    for (file, report, share) in sheets {
        let path = root().join("corpus/sheets").join(file);
        let r = pipeline::process(&path, &opts);
        assert_eq!(
            r.source.as_ref().map(|s| s.kind.as_str()),
            Some("spreadsheet")
        );
        let gold = load(&root().join(format!("corpus/devset2/gold/{report}.json")));
        assert_eq!(json!(r.unit), gold["unit"], "{file}");
        let period = json!(r.period);
        assert_eq!(period["start"], gold["period"]["start"], "{file}");
        assert_eq!(period["end"], gold["period"]["end"], "{file}");
        let out: Vec<Value> = r.figures.iter().map(|f| json!(f)).collect();
        let out = figure_map(&out);
        let gold_figs = figure_map(gold["figures"].as_array().unwrap());
        let wrong: Vec<_> = out
            .iter()
            .filter(|(k, v)| gold_figs.get(*k).is_some_and(|g| g != *v))
            .collect();
        assert!(wrong.is_empty(), "{file}: {wrong:?}");
        let fields: Vec<_> = gold_figs
            .keys()
            .filter(|k| k.0.starts_with("field:"))
            .collect();
        let found = fields.iter().filter(|k| out.contains_key(**k)).count();
        assert!(
            found as f64 >= share * fields.len() as f64,
            "{file}: {found} of {} field figures",
            fields.len()
        );
        let stem = file.rsplit_once('.').unwrap().0;
        let expected = load(&root().join(format!("corpus/sheets/{stem}.expected.json")));
        assert_eq!(
            out,
            figure_map(expected["figures"].as_array().unwrap()),
            "{file}"
        );
    }
}

/// A folder holding one file of each kind baocao does not read, beside a
/// report and what is not a document: one line per file, the reason in
/// Vietnamese naming the kind; no line for the lock file, the thumbnail
/// cache, hidden files and JSON; `compare` lists each unread file.
#[test]
fn a_folder_of_unread_kinds_gives_a_line_per_file() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("baocao-unread-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    let put = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    // A zip of other files.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("bao-cao.docx", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"not inside").unwrap();
    put("bao-cao-thang-10.zip", &zip.finish().unwrap().into_inner());
    put("bao-cao.rar", b"Rar!\x1a\x07\x01\x00rest of an archive");
    put("bao-cao.7z", b"7z\xbc\xaf\x27\x1c\x00\x04rest");
    put(
        "thu-gui-kem.eml",
        b"Received: from mail.haiphong.gov.vn\r\nFrom: UBND <ubnd@haiphong.gov.vn>\r\nSubject: Bao cao thang 10\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
    );
    // An Outlook message: a compound file of __substg1.0_ streams.
    let mut msg = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    msg.create_stream("__substg1.0_0037001F")
        .unwrap()
        .write_all(&[0x42, 0, 0x43, 0])
        .unwrap();
    msg.flush().unwrap();
    put("thu.msg", &msg.into_inner().into_inner());
    put("bao-cao.rtf", b"{\\rtf1\\ansi B\\'c1O C\\'c1O}");
    put("so-lieu.gif", b"GIF89a\x01\x00\x01\x00rest");
    std::fs::copy(render(REPORTS[1], "docx"), dir.join("chi-linh.docx")).unwrap();
    // Not documents: no line.
    put("~$chi-linh.docx", b"lock");
    put("Thumbs.db", b"cache");
    put(".DS_Store", b"finder");
    put(".git/HEAD", b"ref: refs/heads/main");
    put("ket-qua.jsonl", b"{}");
    let expect: &[(&str, &str)] = &[
        ("bao-cao-thang-10.zip", "tệp nén zip chứa các tệp khác"),
        ("bao-cao.7z", "tệp nén (RAR/7z)"),
        ("bao-cao.rar", "tệp nén (RAR/7z)"),
        ("bao-cao.rtf", "văn bản RTF"),
        ("chi-linh.docx", ""),
        ("so-lieu.gif", "định dạng ảnh baocao không OCR được"),
        ("thu-gui-kem.eml", "thư điện tử"),
        ("thu.msg", "thư điện tử"),
    ];
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(["extract", "-q"])
        .arg(&dir)
        .output()
        .unwrap();
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let files: Vec<String> = lines
        .iter()
        .map(|l| {
            let f = l["file"].as_str().unwrap();
            Path::new(f)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let want: Vec<&str> = expect.iter().map(|e| e.0).collect();
    assert_eq!(files, want);
    for ((name, why), line) in expect.iter().zip(&lines) {
        if why.is_empty() {
            assert_eq!(line["status"], "ok", "{name}");
            continue;
        }
        assert_eq!(line["status"], "error", "{name}");
        let reason = line["error"].as_str().unwrap();
        assert!(reason.contains(why), "{name}: {reason}");
        assert!(
            !reason.contains('\n') && reason.len() < 250,
            "{name}: {reason}"
        );
    }
    // compare's table lists every one of them, with its status.
    let csv = dir
        .join("..")
        .join(format!("baocao-unread-{}.csv", std::process::id()));
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(["compare", "-q", "-o"])
        .arg(&csv)
        .arg(&dir)
        .output()
        .unwrap();
    assert!(run.status.code().is_some(), "{run:?}");
    let table = std::fs::read_to_string(&csv).unwrap();
    for (name, why) in expect {
        let row = table
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not in the table:\n{table}"));
        if !why.is_empty() {
            assert!(row.contains("error"), "{name}: {row}");
        }
    }
    let _ = std::fs::remove_file(csv);
    let _ = std::fs::remove_dir_all(dir);
}

/// A workbook whose two cells sit at A1 and XFD1048576 is refused from
/// its extent, before a grid of 17 billion cells is made.
#[test]
fn a_sheet_spanning_the_whole_grid_is_refused() {
    let dir = std::env::temp_dir().join(format!("baocao-sheet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bom.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "BÁO CÁO").unwrap();
    ws.write_number(1_048_575, 16_383, 1.0).unwrap();
    wb.save(&p).unwrap();
    let started = std::time::Instant::now();
    let e = read(&p, &ReadOptions::default()).unwrap_err();
    assert!(matches!(e, baocao::read::ReadError::Spreadsheet(_)), "{e}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let _ = std::fs::remove_dir_all(dir);
}

/// A small deterministic generator for the mutation tests below.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// The Word 97 and OpenDocument parsers on damaged input, without the panic
/// guard `read` puts around them (a panic fails the test): the corpus
/// files' streams and XML with bytes overwritten at random, 300 times each.
/// Not a fuzzer's hours, but every header offset and count of the files is
/// hit with garbage.
#[test]
fn doc_and_odt_parsers_survive_damaged_input() {
    use std::io::Read;
    let mut rng = Lcg(22);
    for name in REPORTS {
        let bytes = std::fs::read(render(name, "doc")).unwrap();
        let mut cfb = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).unwrap();
        let mut stream = |n: &str| {
            let mut v = Vec::new();
            if let Ok(mut s) = cfb.open_stream(n) {
                s.read_to_end(&mut v).unwrap();
            }
            v
        };
        let (wd, table, data) = (stream("WordDocument"), stream("1Table"), stream("Data"));
        let table = if table.is_empty() {
            stream("0Table")
        } else {
            table
        };
        assert!(baocao::read::read_doc_streams(&wd, &table, &data).is_ok());
        for _ in 0..300 {
            let (mut w, mut t) = (wd.clone(), table.clone());
            for k in 0..8 {
                // Half in the File Information Block, half anywhere.
                let i = rng.next(if k % 2 == 0 {
                    w.len().min(1024)
                } else {
                    w.len()
                });
                w[i] = rng.next(256) as u8;
                let j = rng.next(t.len());
                t[j] = rng.next(256) as u8;
            }
            let _ = baocao::read::read_doc_streams(&w, &t, &data);
        }
        let odt = std::fs::read(render(name, "odt")).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(odt)).unwrap();
        let mut xml = String::new();
        zip.by_name("content.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        let xml = xml.into_bytes();
        for _ in 0..300 {
            let mut x = xml.clone();
            for _ in 0..8 {
                let i = rng.next(x.len());
                x[i] = b"<>/\"= atp:-x"[rng.next(12)];
            }
            let _ = baocao::read::read_odt_xml(&String::from_utf8_lossy(&x));
        }
    }
}

/// Phone photos turned as offices send them: devset2 08's two photographed
/// pages, page 1 turned 90° and page 2 180° (`convert -rotate`), in
/// `corpus/photos-turned/`. Read as one report, they give the figures the
/// upright photos give (`08_hung-dao_2026-02.expected.json`, from `baocao
/// extract` on the upright pages) and the gold's unit and period: the
/// OCR asks for the page's orientation when a page reads poorly, and reads
/// it again turned upright.
#[test]
fn turned_photos_read_like_the_upright_ones() {
    reads_like_the_upright_photos("corpus/photos-turned");
}

/// The same two photos turned 270° and 90° and darkened towards a corner
/// of the frame (how: the note in `corpus/photos-shadowed/`'s expected
/// JSON): the shadowed corner of each page falls under the page's
/// threshold, and its corners come from its edges' lines.
#[test]
fn shadowed_turned_photos_read_like_the_upright_ones() {
    reads_like_the_upright_photos("corpus/photos-shadowed");
}

fn reads_like_the_upright_photos(folder: &str) {
    let dir = root().join(folder);
    let inputs = pipeline::collect_reports(std::slice::from_ref(&dir));
    assert_eq!(inputs.len(), 1, "the two pages are one report");
    assert_eq!(inputs[0].paths.len(), 2);
    let r = pipeline::process_input(&inputs[0], &Options::default());
    let expected = load(&dir.join("08_hung-dao_2026-02.expected.json"));
    let out: Vec<Value> = r.figures.iter().map(|f| json!(f)).collect();
    assert_eq!(
        figure_map(&out),
        figure_map(expected["figures"].as_array().unwrap())
    );
    let gold = load(&root().join("corpus/devset2/gold/08_hung-dao_2026-02.json"));
    assert_eq!(json!(r.unit), gold["unit"]);
    let period = json!(r.period);
    assert_eq!(period["start"], gold["period"]["start"]);
    assert_eq!(period["end"], gold["period"]["end"]);
}
