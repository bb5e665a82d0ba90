//! `baocao review` in a real browser (issue 25): the site of the demo month
//! (corpus/thang-mau_2026-03) loaded by headless Chromium (`--dump-dom`),
//! without a console message (script error or Content-Security-Policy
//! violation); every figure `extract` gives has its highlighted element
//! with its key, every finding links to lines that exist, the index lists
//! the city's 114 units; a hostile report (markup in its text and in its
//! file name) shows as text; each letter, read back with baocao's own DOCX
//! reader, carries every finding of its unit.

use regex::Regex;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn demo() -> PathBuf {
    root().join("corpus/thang-mau_2026-03/bao-cao")
}

fn baocao(args: &[&str], paths: &[&Path]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_baocao"))
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The DOM of a page as headless Chromium builds it (scripts run), and the
/// console messages it logged.
fn dom(page: &Path) -> (String, Vec<String>) {
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.canonicalize().unwrap().display()))
        .output()
        .expect("chromium runs (scripts/setup.sh installs Debian's chromium)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let console = stderr
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

/// The attributes of each element matching `tag` with attribute `has`.
fn elements(html: &str, tag: &str, has: &str) -> Vec<HashMap<String, String>> {
    let el = Regex::new(&format!(r#"<{tag}\b([^>]*\b{has}="[^"]*"[^>]*)>"#)).unwrap();
    let attr = Regex::new(r#"([a-z-]+)="([^"]*)""#).unwrap();
    el.captures_iter(html)
        .map(|c| {
            attr.captures_iter(&c[1])
                .map(|a| (a[1].to_string(), a[2].to_string()))
                .collect()
        })
        .collect()
}

fn page_of(site: &Path, file: &str) -> PathBuf {
    site.join(format!(
        "{}.html",
        Path::new(file).file_name().unwrap().to_string_lossy()
    ))
}

#[test]
fn the_demo_month_reviews_in_a_real_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let site_s = site.to_str().unwrap();
    let (code, _, err) = baocao(&["review", "-q", "-o", site_s], &[&demo()]);
    // The cut-short Word file cannot be read: exit 2, and everything else written.
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("period 2026-03"), "{err}");
    let (_, jsonl, _) = baocao(&["extract", "-q"], &[&demo()]);
    let reports: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(reports.len() >= 33, "{} reports", reports.len());

    // The index: one row per unit of the city, its reporters and the missing.
    let (index, console) = dom(&site.join("index.html"));
    assert!(console.is_empty(), "index: {console:?}");
    let rows = elements(&index, "tr", "data-unit");
    let units: BTreeSet<&str> = rows
        .iter()
        .filter(|r| matches!(r["data-kind"].as_str(), "ward" | "missing"))
        .map(|r| r["data-unit"].as_str())
        .collect();
    assert_eq!(units.len(), 114, "the city's units in the index");
    let reported = rows.iter().filter(|r| r["data-kind"] == "ward").count();
    assert!((25..=40).contains(&reported), "{reported} units reported");
    assert!(index.contains("<svg"), "the chart");

    let line_id = Regex::new(r#"id="(L\d+)""#).unwrap();
    let mut figures = 0;
    let mut findings = 0;
    for r in &reports {
        let file = r["file"].as_str().unwrap();
        let page = page_of(&site, file);
        let (html, console) = dom(&page);
        assert!(console.is_empty(), "{file}: {console:?}");
        assert!(html.contains("Content-Security-Policy"), "{file}");
        // One highlighted element per figure, with its key, scope and value.
        let marks = elements(&html, "mark", "data-key");
        let want: Vec<(String, String)> = r["figures"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["key"].as_str().unwrap().to_string(),
                    f["scope"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let got: Vec<(String, String)> = marks
            .iter()
            .map(|m| (m["data-key"].clone(), m["data-scope"].clone()))
            .collect();
        let mut w = want.clone();
        let mut g = got.clone();
        w.sort();
        g.sort();
        assert_eq!(g, w, "{file}: the highlighted figures");
        let placed = marks
            .iter()
            .filter(|m| !m["class"].contains("unplaced"))
            .count();
        assert_eq!(
            placed,
            marks.len(),
            "{file}: a figure not found in its line"
        );
        figures += marks.len();
        // Every finding's links lead to lines of the page.
        let ids: BTreeSet<&str> = line_id
            .captures_iter(&html)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        let shown = elements(&html, "div", "data-rule");
        let stated = r["findings"].as_array().unwrap().len()
            + r.get("notes").and_then(Value::as_array).map_or(0, Vec::len);
        assert_eq!(shown.len(), stated, "{file}: findings and notes shown");
        for f in &shown {
            for l in f["data-lines"].split(' ') {
                assert!(ids.contains(format!("L{l}").as_str()), "{file}: line {l}");
            }
        }
        findings += shown.len();
        // A scan's OCR'd pages have their image beside the text, in the site.
        if file.ends_with("_scan.pdf") {
            let imgs: Vec<String> = elements(&html, "img", "src")
                .into_iter()
                .map(|a| a["src"].clone())
                .collect();
            assert!(!imgs.is_empty(), "{file}: no page image");
            for src in imgs {
                let p = site.join(src.trim_start_matches("./"));
                assert!(p.is_file(), "{file}: {src}");
            }
        }
    }
    assert!(figures > 300, "{figures} figures highlighted");
    assert!(findings >= 7, "{findings} findings shown");
}

#[test]
fn a_hostile_report_shows_as_text() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let hostile = std::fs::read_dir(demo())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && std::fs::read_to_string(p).unwrap().contains("<script>")
        })
        .expect("the demo month holds a hostile report");
    let name = "\"><img src=x onerror=alert(1)>javascript:alert(1).txt";
    std::fs::copy(&hostile, input.join(name)).unwrap();
    let site = tmp.path().join("site");
    let (code, _, err) = baocao(&["review", "-q", "-o", site.to_str().unwrap()], &[&input]);
    assert!(matches!(code, Some(0 | 1)), "{err}");
    let pages: Vec<PathBuf> = std::fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert_eq!(pages.len(), 2, "the index and the report's page");
    let scripts = Regex::new(r"<script\b[^>]*>").unwrap();
    // Chromium serializes every real attribute quoted; text inside an
    // attribute's value keeps its `<` and `>` but not such quotes.
    let onerror = Regex::new(r#"\sonerror=""#).unwrap();
    // In text, Chromium escapes `<` but not `"`: a real link is a tag.
    let js_link = Regex::new(r#"<a\b[^<>]*\shref="\s*javascript:"#).unwrap();
    for page in pages {
        let (html, console) = dom(&page);
        assert!(console.is_empty(), "{}: {console:?}", page.display());
        let tags: Vec<&str> = scripts.find_iter(&html).map(|m| m.as_str()).collect();
        assert_eq!(
            tags,
            vec![r#"<script src="site.js" defer="">"#],
            "{}",
            page.display()
        );
        assert!(!onerror.is_match(&html));
        assert!(!js_link.is_match(&html));
        assert!(!html.contains("<img src=\"x\""));
        if !page.ends_with("index.html") {
            // The markup is there, as text.
            assert!(
                html.contains("&lt;script&gt;alert('baocao')&lt;/script&gt;"),
                "{}",
                page.display()
            );
            assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
            assert!(html.contains("javascript:alert(document.cookie)"));
        }
    }
}

#[test]
fn each_letter_carries_every_finding_of_its_unit() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    // The text and Word reports of the month: no OCR needed.
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(demo()).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt" || x == "docx") {
            std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
        }
    }
    let (_, jsonl, _) = baocao(&["extract", "-q"], &[&input]);
    let results = tmp.path().join("kq.jsonl");
    std::fs::write(&results, &jsonl).unwrap();
    let (code, _, err) = baocao(
        &[
            "review",
            "-q",
            "--period",
            "2026-03",
            "--from",
            results.to_str().unwrap(),
            "--signer-name",
            "Nguyễn Văn Thử",
            "-o",
            site.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(code, Some(2), "{err}");
    let texts: Vec<(PathBuf, String)> = std::fs::read_dir(site.join("thu"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let (code, text, err) = baocao(&["text", "-q"], &[&p]);
            assert_eq!(code, Some(0), "{}: {err}", p.display());
            (p, text)
        })
        .collect();
    let mut letters = 0;
    for line in jsonl.lines() {
        let r: Value = serde_json::from_str(line).unwrap();
        let findings = r["findings"].as_array().cloned().unwrap_or_default();
        let nominal = r["period"]["nominal"].as_str().unwrap_or("");
        let unit = r["unit"]["name"].as_str().unwrap_or("");
        if findings.is_empty() || nominal != "2026-03" {
            continue;
        }
        let (letter, text) = texts
            .iter()
            .find(|(_, t)| {
                t.contains("Kính gửi: Ủy ban nhân dân") && t.contains(&format!(" {unit}."))
            })
            .unwrap_or_else(|| panic!("no letter to {unit}"));
        for needle in [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "V/v rà soát số liệu báo cáo tháng 3/2026",
            "Kính gửi: Ủy ban nhân dân",
            "Nơi nhận:",
            "Nguyễn Văn Thử",
        ] {
            assert!(
                text.contains(needle),
                "{}: {needle}\n{text}",
                letter.display()
            );
        }
        for f in &findings {
            // The item's first sentence starts with a capital.
            let m = f["message"].as_str().unwrap();
            let tail = &m[m.chars().next().map_or(0, char::len_utf8)..];
            assert!(text.contains(tail), "{}: {m}\n{text}", letter.display());
            for l in f["lines"].as_array().unwrap() {
                assert!(
                    text.contains(&format!("dòng {l}")),
                    "{}: line {l}",
                    letter.display()
                );
            }
        }
        letters += 1;
    }
    assert!(letters >= 4, "{letters} letters checked");
    // Units without findings get none (no --acknowledge).
    assert_eq!(texts.len(), letters);
}
