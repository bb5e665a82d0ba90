//! The table corpus (`corpus/tables/`): fourteen reports, each built
//! around one table arrangement (fields or agencies as rows or columns,
//! the total row first or last, column-number rows, months or quarters as
//! columns, "kỳ trước | kỳ này | lũy kế", a units column, notes and target
//! columns, a header repeated over a page), written apart from the table
//! reader with their gold. Each rendering (text, DOCX, text-layer PDF)
//! must read every gold figure exactly, find every planted finding and
//! raise nothing else. Exact, not a threshold: one lost figure fails.

use baocao::model::Report;
use baocao::pipeline::{self, Options};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Gold {
    figures: Vec<GoldFigure>,
    findings: Vec<GoldFinding>,
}

#[derive(Deserialize)]
struct GoldFigure {
    scope: String,
    key: String,
    value: Option<i64>,
    pct: Option<f64>,
    of: Option<i64>,
}

#[derive(Deserialize)]
struct GoldFinding {
    scope: String,
    keys: Vec<String>,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    alt_scopes: Vec<String>,
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/tables")
}

fn heldout() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/tables-heldout")
}

/// score.py's `fold` of a scope: lower case, no marks, `[a-z0-9:]` only.
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.to_lowercase()
        .nfd()
        .map(|c| if c == 'đ' { 'd' } else { c })
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == ':')
        .collect()
}

/// What is wrong with one rendering's report against the gold.
fn problems(gold: &Gold, r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    type Read = (Option<i64>, Option<f64>, Option<i64>);
    let mut got: BTreeMap<(String, String), Read> = BTreeMap::new();
    for f in &r.figures {
        got.entry((fold(&f.scope.to_string()), f.key.as_str().to_string()))
            .or_insert((f.value, f.pct, f.of));
    }
    let mut wanted = std::collections::BTreeSet::new();
    for g in &gold.figures {
        let k = (fold(&g.scope), g.key.clone());
        wanted.insert(k.clone());
        match got.get(&k) {
            None => out.push(format!("missed {}/{} = {:?}", g.scope, g.key, g.value)),
            Some((v, p, of)) => {
                let pct_ok = match (g.pct, p) {
                    (None, _) => true,
                    (Some(a), Some(b)) => (a - b).abs() <= 0.011,
                    _ => false,
                };
                if g.value.is_some() && *v != g.value || !pct_ok || g.of.is_some() && *of != g.of {
                    out.push(format!(
                        "wrong {}/{}: gold {:?} {:?} {:?}, got {v:?} {p:?} {of:?}",
                        g.scope, g.key, g.value, g.pct, g.of
                    ));
                }
            }
        }
    }
    // An uncertain figure beside the gold is shown for review and never
    // accused; a certain one is a wrong reading.
    for f in r.figures.iter().filter(|f| f.certain) {
        let k = (fold(&f.scope.to_string()), f.key.as_str().to_string());
        if !wanted.contains(&k) {
            out.push(format!("extra {}/{} = {:?}", k.0, k.1, f.value));
        }
    }
    let found: Vec<(String, Vec<String>)> = r
        .findings
        .iter()
        .map(|f| {
            let keys: Vec<String> = f.keys.iter().map(|k| k.as_str().to_string()).collect();
            (fold(&f.scope.to_string()), keys)
        })
        .collect();
    // score.py's rule: the scope (or an alternative), and two of the
    // gold's keys (one when it names one) among the finding's.
    let matches = |g: &GoldFinding, f: &(String, Vec<String>)| {
        let scopes: Vec<String> = std::iter::once(&g.scope)
            .chain(&g.alt_scopes)
            .map(|s| fold(s))
            .collect();
        let shared = g.keys.iter().filter(|k| f.1.contains(k)).count();
        scopes.contains(&f.0) && shared >= g.keys.len().min(2)
    };
    for g in gold.findings.iter().filter(|g| !g.optional) {
        if !found.iter().any(|f| matches(g, f)) {
            out.push(format!("missed finding {} {:?}", g.scope, g.keys));
        }
    }
    for (f, rf) in found.iter().zip(&r.findings) {
        if !gold.findings.iter().any(|g| matches(g, f)) {
            out.push(format!("false finding: {}", rf.message));
        }
    }
    out
}

/// Each report of `base`'s gold with its rendering's problems.
fn problems_of(base: &Path, suffix: &str, sub: &str) -> Vec<(String, Vec<String>, usize)> {
    let mut out = Vec::new();
    for gold_path in std::fs::read_dir(base.join("gold")).expect("gold dir") {
        let gold_path = gold_path.expect("entry").path();
        let stem = gold_path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        let file = base.join(sub).join(format!("{stem}{suffix}"));
        // A set renders only some reports (heldout6: those with tables);
        // the caller counts the reports it expects.
        if !file.exists() {
            continue;
        }
        let gold: Gold =
            serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold readable"))
                .expect("gold parses");
        let r = pipeline::process(Path::new(&file), &Options::default());
        out.push((
            file.display().to_string(),
            problems(&gold, &r),
            gold.figures.len(),
        ));
    }
    out
}

fn check_rendering(suffix: &str, sub: &str) {
    let all = problems_of(&dir(), suffix, sub);
    assert_eq!(all.len(), 14, "the table corpus has fourteen reports");
    let failures: Vec<String> = all
        .iter()
        .flat_map(|(f, ps, _)| ps.iter().map(move |p| format!("{f}: {p}")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A set written by another writer after the reader was built, measured
/// before any fix it prompted: no false finding, and at most one figure
/// problem in `one_in` gold figures.
fn check_heldout(base: &Path, reports: usize, suffix: &str, sub: &str, one_in: usize) {
    let all = problems_of(base, suffix, sub);
    assert_eq!(
        all.len(),
        reports,
        "{} reports in {}",
        reports,
        base.display()
    );
    let figures: usize = all.iter().map(|(_, _, n)| n).sum();
    let wrong: Vec<String> = all
        .iter()
        .flat_map(|(f, ps, _)| ps.iter().map(move |p| format!("{f}: {p}")))
        .collect();
    let false_findings: Vec<&String> = wrong
        .iter()
        .filter(|p| p.contains("false finding"))
        .collect();
    assert!(false_findings.is_empty(), "{false_findings:#?}");
    let figure_problems = wrong.iter().filter(|p| !p.contains("finding")).count();
    assert!(
        figure_problems * one_in <= figures,
        "{figure_problems} figure problems in {figures}:\n{}",
        wrong.join("\n")
    );
}

/// `corpus/tables-heldout/`: measured before any fix (figure F1 0.873, 6
/// false findings of 11); now at most one figure problem in 25.
#[test]
fn heldout_tables_raise_no_false_finding() {
    check_heldout(&heldout(), 10, ".txt", "", 25);
    check_heldout(&heldout(), 10, ".docx", "renders", 25);
    check_heldout(&heldout(), 10, ".pdf", "renders", 25);
}

/// `corpus/heldout3/`: whole reports (prose, traps, tables in other
/// arrangements), measured blind at text/DOCX/PDF F1 0.932/0.957/0.957
/// with no false finding; the text rendering's pdftotext-like rows (cells
/// apart by spaces only) are not read as tables, hence its looser bound.
#[test]
fn heldout3_reports_raise_no_false_finding() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/heldout3");
    check_heldout(&base, 10, ".txt", "reports", 10);
    check_heldout(&base, 10, ".docx", "renders", 20);
    check_heldout(&base, 10, ".pdf", "renders", 20);
}

/// `corpus/heldout4/`: 10 whole reports written blind, prose-heavy, with
/// traps in every report; measured blind at figure F1 0.872 with 4 false
/// findings of 13 (text, DOCX and PDF alike); now no false finding, at
/// most one figure problem in 4 (it still misses agencies' table rows and
/// prose fields).
#[test]
fn heldout4_reports_raise_no_false_finding() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/heldout4");
    check_heldout(&base, 10, ".txt", "reports", 4);
    check_heldout(&base, 10, ".docx", "renders", 4);
    check_heldout(&base, 10, ".pdf", "renders", 4);
}

/// `corpus/heldout5/`: 10 whole reports written blind in the manner of the
/// real seeds (long, other tasks, summaries, mixed number styles, tables in
/// new arrangements); measured blind at figure F1 0.884 (text), 0.885
/// (DOCX, PDF) with 2 false findings of 6 in the text (1 of 5 in DOCX and
/// PDF); now F1 0.903 and no false finding. Its agencies' rows and
/// slips counted as records are still missed, hence one problem in 4.
#[test]
fn heldout5_reports_raise_no_false_finding() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/heldout5");
    check_heldout(&base, 10, ".txt", "reports", 4);
    check_heldout(&base, 10, ".docx", "renders", 4);
    check_heldout(&base, 10, ".pdf", "renders", 4);
}

/// `corpus/heldout6/`: 8 reports written blind this session (a one-page
/// note to a four-page report, a window from the 15th, tables of two
/// quarters side by side, fields as columns, the total row on top),
/// measured before any fix at text F1 0.835 with 1 false finding of 6
/// (DOCX, PDF: 0.873, none); now about 0.95. Its scans are not kept here
/// (corpus/heldout6/README.md).
#[test]
fn heldout6_reports_raise_no_false_finding() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus/heldout6");
    check_heldout(&base, 8, ".txt", "reports", 10);
    check_heldout(&base, 5, ".docx", "renders", 10);
    check_heldout(&base, 5, ".pdf", "renders", 10);
}

#[test]
fn table_arrangements_as_text() {
    check_rendering(".txt", "");
}

#[test]
fn table_arrangements_as_docx() {
    check_rendering(".docx", "renders");
}

#[test]
fn table_arrangements_as_pdf() {
    check_rendering(".pdf", "renders");
}
