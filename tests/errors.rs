//! Errors and what the command line says (issue 14), through the real
//! binary: every subcommand over hostile files mixed with good reports
//! (one status per input, the good ones read, no panic, the documented exit
//! code); `compare --from` over hand-edited lines; a bug (a forced panic,
//! debug builds only) named with its message and place; a closed stdout
//! ending the run quietly; `--help` ending with examples.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed(name: &str) -> PathBuf {
    root().join("corpus").join(name).join(format!("{name}.txt"))
}

fn data(f: &str) -> PathBuf {
    root().join("tests/data").join(f)
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn baocao(args: &[&std::ffi::OsStr], env: &[(&str, &str)]) -> Out {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baocao"));
    cmd.args(args)
        .env("OMP_THREAD_LIMIT", "1")
        .env_remove("BAOCAO_DEBUG")
        .env_remove("BAOCAO_FORCE_PANIC");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run baocao");
    Out {
        code: out.status.code().expect("an exit code, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn args<'a>(pre: &[&'a str], paths: &'a [PathBuf]) -> Vec<&'a std::ffi::OsStr> {
    let mut v: Vec<&std::ffi::OsStr> = pre.iter().map(|&s| s.as_ref()).collect();
    v.extend(paths.iter().map(|p| p.as_os_str()));
    v
}

fn jsonl(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn no_panic_text(o: &Out) {
    for bad in [
        "panicked",
        "RUST_BACKTRACE",
        "Broken pipe",
        "internal error",
    ] {
        assert!(!o.stderr.contains(bad), "{bad:?} on stderr:\n{}", o.stderr);
    }
}

/// Good reports and hostile files; `true` for the good ones.
fn inputs(tmp: &Path) -> Vec<(PathBuf, bool)> {
    let dangling = tmp.join("da-chuyen-di.pdf");
    let _ = std::fs::remove_file(&dangling);
    std::os::unix::fs::symlink(tmp.join("khong-co.pdf"), &dangling).unwrap();
    vec![
        (seed("chi-linh_2025-10"), true),
        (data("empty.txt"), false),
        (data("truncated.pdf"), false),
        (data("encrypted.pdf"), false),
        (seed("dong-hai_2025-q3"), true),
        (data("zipbomb.docx"), false),
        (data("random.pdf"), false),
        (data("damaged.pdf"), false),
        (dangling, false),
        (seed("le-dai-hanh_2025-11"), true),
    ]
}

/// Each bad input is named once on stderr with the reason of its line, in
/// Vietnamese; no progress bar (stderr is not a terminal).
fn stderr_names_each_bad_file(o: &Out, lines: &[Value], inputs: &[(PathBuf, bool)]) {
    for ((p, good), line) in inputs.iter().zip(lines) {
        let file = p.display().to_string();
        let named = o.stderr.matches(&format!("baocao: {file}: ")).count();
        if *good {
            assert_eq!(named, 0, "{file}:\n{}", o.stderr);
        } else {
            let reason = line["error"].as_str().unwrap();
            assert_eq!(named, 1, "{file}:\n{}", o.stderr);
            assert!(
                o.stderr.contains(&format!("baocao: {file}: {reason}\n")),
                "{file}: {reason}\n{}",
                o.stderr
            );
            // The clerk's sentence: Vietnamese, not the English log.
            assert!(
                reason.chars().any(|c| "ơưđệọảạấ".contains(c)),
                "{file}: {reason:?}"
            );
        }
    }
    assert!(!o.stderr.contains(" tệp · "), "a bar off a terminal");
}

#[test]
fn every_subcommand_reads_the_good_and_names_the_bad() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let inputs = inputs(dir);
    let paths: Vec<PathBuf> = inputs.iter().map(|(p, _)| p.clone()).collect();
    let n_bad = inputs.iter().filter(|(_, g)| !g).count();

    // extract: one line per input, in order.
    let ex = baocao(&args(&["extract", "-j", "2"], &paths), &[]);
    no_panic_text(&ex);
    assert_eq!(ex.code, 2, "{}", ex.stderr);
    let lines = jsonl(&ex.stdout);
    assert_eq!(lines.len(), inputs.len(), "{}", ex.stderr);
    for ((p, good), l) in inputs.iter().zip(&lines) {
        assert_eq!(l["file"], p.display().to_string().as_str());
        let want = if *good { "ok" } else { "error" };
        assert_eq!(l["status"], want, "{l}");
        if *good {
            assert!(!l["figures"].as_array().unwrap().is_empty(), "{l}");
        }
    }
    stderr_names_each_bad_file(&ex, &lines, &inputs);

    // check --format jsonl: the same statuses and reasons.
    let ck = baocao(&args(&["check", "--format", "jsonl"], &paths), &[]);
    no_panic_text(&ck);
    assert_eq!(ck.code, 2, "{}", ck.stderr);
    let ck_lines = jsonl(&ck.stdout);
    assert_eq!(ck_lines.len(), inputs.len());
    for (a, b) in lines.iter().zip(&ck_lines) {
        for k in ["file", "status", "error"] {
            assert_eq!(a[k], b[k], "{k}");
        }
    }
    stderr_names_each_bad_file(&ck, &ck_lines, &inputs);

    // check (text): one status per input, the total says how many failed.
    let ct = baocao(&args(&["check"], &paths), &[]);
    no_panic_text(&ct);
    assert_eq!(ct.code, 2);
    assert_eq!(ct.stdout.matches("  không đọc được: ").count(), n_bad);
    assert!(
        ct.stdout
            .trim_end()
            .ends_with(&format!(", {n_bad} không đọc được.")),
        "{}",
        ct.stdout
    );

    // text: every input gets its block, in order; a bad one says why (the
    // same Vietnamese reason) and is named once on stderr; exit 2.
    let tx = baocao(&args(&["text"], &paths), &[]);
    no_panic_text(&tx);
    assert_eq!(tx.code, 2, "{}", tx.stderr);
    assert_eq!(
        tx.stdout.matches("==> ").count(),
        inputs.len(),
        "{}",
        tx.stdout
    );
    for ((p, good), l) in inputs.iter().zip(&lines) {
        let file = p.display().to_string();
        if *good {
            assert!(tx.stdout.contains(&format!("==> {file} (")), "{file}");
        } else {
            let reason = l["error"].as_str().unwrap();
            assert!(
                tx.stdout.contains(&format!("==> {file}: lỗi: {reason}")),
                "{file}: {reason}\n{}",
                tx.stdout
            );
            assert_eq!(tx.stderr.matches(&format!("baocao: {file}: ")).count(), 1);
        }
    }

    // compare: each bad file is a row of its own with its reason (the good
    // ones are of three periods: one is consolidated, the others listed
    // apart, see tests/consolidation.rs).
    let out = dir.join("bang.jsonl");
    let cp = baocao(
        &args(&["compare", "-o", out.to_str().unwrap()], &paths),
        &[],
    );
    no_panic_text(&cp);
    assert_eq!(cp.code, 2, "{}", cp.stderr);
    let rows = jsonl(&std::fs::read_to_string(&out).unwrap());
    for ((p, _), l) in inputs.iter().zip(&lines).filter(|((_, g), _)| !g) {
        let file = p.display().to_string();
        let row = rows
            .iter()
            .find(|r| r["file"] == file.as_str())
            .unwrap_or_else(|| panic!("{file}: no row"));
        assert_eq!(row["row_kind"], "unidentified", "{row}");
        assert_eq!(row["error"], l["error"]);
    }
    // Each good report is of its own period: one consolidated, two apart.
    assert!(
        cp.stderr.contains(
            "1/114 units reported, 113 missing, 0 duplicate rows, 2 reports of other periods"
        ),
        "{}",
        cp.stderr
    );
}

#[test]
fn compare_from_turns_each_bad_line_into_an_error_row() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let good = [seed("chi-linh_2025-10"), seed("le-dai-hanh_2025-11")];
    let ex = baocao(&args(&["extract"], &good), &[]);
    assert!(ex.code <= 1, "{}", ex.stderr);
    let mut lines: Vec<String> = ex.stdout.lines().map(String::from).collect();
    // Hand edits: a line cut short, prose, a figure beyond any count, a
    // date whose year is not digits (the terminal table shortens years: it
    // used to slice inside the multibyte character), a report of nothing.
    let edited: Value = serde_json::from_str(&lines[0]).unwrap();
    let mut odd_year = edited.clone();
    odd_year["file"] = "nam-la.txt".into();
    odd_year["period"]["start"] = "2ữữ5-10-01".into();
    odd_year["period"]["end"] = "2026-10-31".into();
    let mut huge = edited.clone();
    huge["file"] = "so-lon.txt".into();
    huge["figures"][0]["value"] = Value::from(i64::MAX);
    // Cut about halfway, on a character boundary (the test's own slicing).
    let half = (0..=lines[1].len() / 2)
        .rev()
        .find(|&i| lines[1].is_char_boundary(i))
        .unwrap_or(0);
    let cut = &lines[1][..half];
    lines.extend([
        cut.to_string(),
        "Báo cáo tháng 10, đã sửa tay".to_string(),
        huge.to_string(),
        odd_year.to_string(),
        "{\"file\": \"x\"}".to_string(),
    ]);
    let from = dir.join("ket-qua.jsonl");
    std::fs::write(&from, lines.join("\n") + "\n").unwrap();

    let cp = baocao(
        &["compare".as_ref(), "--from".as_ref(), from.as_os_str()],
        &[],
    );
    no_panic_text(&cp);
    assert_eq!(cp.code, 2, "error rows: exit 2\n{}", cp.stderr);
    for n in [3, 4, 5, 7] {
        let name = format!("{} (dòng {n})", from.display());
        assert!(
            cp.stderr.contains(&format!("baocao: {name}: dòng {n} ")),
            "line {n} not named:\n{}",
            cp.stderr
        );
    }
    assert!(cp.stderr.contains("(4 with status error)"), "{}", cp.stderr);
    // The odd year went through the terminal table.
    assert!(cp.stdout.contains("ữ5"), "{}", cp.stdout);

    let out = dir.join("bang.jsonl");
    let cp = baocao(
        &[
            "compare".as_ref(),
            "--from".as_ref(),
            from.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        &[],
    );
    assert_eq!(cp.code, 2, "{}", cp.stderr);
    let rows = jsonl(&std::fs::read_to_string(&out).unwrap());
    let errors: Vec<&Value> = rows.iter().filter(|r| r["status"] == "error").collect();
    assert_eq!(errors.len(), 4, "{rows:?}");
    assert!(
        errors
            .iter()
            .any(|r| r["error"].as_str().unwrap().contains("lớn hơn một tỷ"))
    );
}

/// A bug of baocao (here a forced panic in the extract step) is not "an
/// internal error": the file's line and stderr carry its message and place,
/// and the other files are still read.
#[cfg(debug_assertions)]
#[test]
fn a_bug_is_reported_with_its_message_and_place() {
    let paths = [seed("chi-linh_2025-10"), data("empty.txt")];
    let o = baocao(
        &args(&["extract"], &paths),
        &[("BAOCAO_FORCE_PANIC", "extract")],
    );
    assert_eq!(o.code, 2);
    let lines = jsonl(&o.stdout);
    assert_eq!(lines.len(), 2);
    let reason = lines[0]["error"].as_str().unwrap();
    assert!(
        reason.contains("lỗi của chương trình baocao khi trích số liệu"),
        "{reason}"
    );
    assert!(reason.contains("forced panic in extract"), "{reason}");
    assert!(reason.contains("src/pipeline.rs:"), "no place: {reason}");
    assert!(
        o.stderr.contains("bug in Extract: forced panic in extract")
            && o.stderr.contains("src/pipeline.rs:"),
        "{}",
        o.stderr
    );
    // The unreadable file is still its own reason, not the bug's.
    assert_eq!(lines[1]["error"], "tệp rỗng");
    // Even --quiet shows a bug.
    let q = baocao(
        &args(&["extract", "-q"], &paths[..1]),
        &[("BAOCAO_FORCE_PANIC", "check")],
    );
    assert!(q.stderr.contains("bug in Check"), "{}", q.stderr);
}

/// `baocao … | head`: the reader goes away, the run ends without a word
/// and with exit 0, as ripgrep's does.
#[test]
fn a_closed_stdout_ends_the_run_quietly() {
    let many: Vec<PathBuf> = (0..40).map(|_| seed("chi-linh_2025-10")).collect();
    for sub in ["extract", "check", "compare"] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_baocao"));
        cmd.arg(sub).args(&many);
        let mut child = cmd
            .env("OMP_THREAD_LIMIT", "1")
            .env_remove("BAOCAO_DEBUG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader is gone before any output
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{sub:?}: {stderr}");
        for bad in ["panicked", "Broken pipe", "cannot write"] {
            assert!(!stderr.contains(bad), "{sub:?}: {stderr}");
        }
    }
}

#[test]
fn every_subcommand_help_ends_with_examples() {
    for sub in ["extract", "check", "compare", "patterns"] {
        let o = baocao(&[sub.as_ref(), "--help".as_ref()], &[]);
        assert_eq!(o.code, 0);
        let tail = o.stdout.rsplit("Examples:").next().unwrap();
        assert!(o.stdout.contains("\nExamples:\n"), "{sub}:\n{}", o.stdout);
        assert!(tail.contains(&format!("baocao {sub}")), "{sub}:\n{tail}");
    }
}
