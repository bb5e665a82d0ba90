//! Runs the examples that pattern files carry, through the whole text
//! pipeline (normalize → extract), and says which fail.
//!
//! Takes a compiled [`Patterns`]; returns one [`Failure`] per example that
//! does not read as it says. Figure and breakdown examples are read as a
//! one-paragraph report: the statement of the example's key (in its scope,
//! the ward by default) must have the example's value, rate and `of`, and
//! come from the example's own pattern; `none = true` examples must give no
//! statement of the key. Context examples name a number that must get the
//! context, and a number of another context must not become a figure.
//! Word-class examples must match their class (`not` ones must not).
//! Confusion examples must fold to their skeleton. It does not read files:
//! `baocao patterns test` and the tests call it.

use crate::extract;
use crate::model::{Document, Figure, Key, Scope, SourceKind};
use crate::normalize;
use crate::patterns::{Context, Example, Patterns};

/// One example that does not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub file: String,
    /// The pattern's id (or the key of a breakdown, the `from` of a confusion).
    pub id: String,
    pub text: String,
    /// What was wanted and what was read.
    pub reason: String,
}

/// How many examples ran, and those that failed.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub run: usize,
    pub failures: Vec<Failure>,
}

impl Outcome {
    /// Counts one example, and keeps it when it failed.
    fn record(&mut self, file: &str, id: String, text: &str, result: Result<(), String>) {
        self.run += 1;
        if let Err(reason) = result {
            self.failures.push(Failure {
                file: file.to_string(),
                id,
                text: text.to_string(),
                reason,
            });
        }
    }
}

/// Runs every example of `pats`.
pub fn run(pats: &Patterns) -> Outcome {
    let mut out = Outcome::default();
    for p in pats.figures() {
        for ex in &p.examples {
            let key = ex.key.unwrap_or(p.keys[0]);
            let r = figure_example(pats, ex, key, Some(&p.id));
            out.record(&p.file, p.id.clone(), &ex.text, r);
        }
    }
    for b in pats.breakdowns() {
        for ex in &b.examples {
            let key = ex.key.unwrap_or(b.becomes);
            let id = format!("{}<{}", b.becomes.as_str(), b.head.as_str());
            out.record(&b.file, id, &ex.text, figure_example(pats, ex, key, None));
        }
    }
    for c in pats.contexts() {
        for ex in &c.examples {
            let r = context_example(pats, &ex.text, &ex.number, ex.context);
            out.record(&c.file, c.id.clone(), &ex.text, r);
        }
    }
    for w in pats.word_classes() {
        let cases = w.examples.iter().map(|e| (e, true));
        for (ex, want) in cases.chain(w.not.iter().map(|e| (e, false))) {
            let r = match (w.cue.is_match(&normalize::fold(ex)), want) {
                (true, false) => Err("matches".to_string()),
                (false, true) => Err("does not match".to_string()),
                _ => Ok(()),
            };
            out.record(&w.file, format!("{:?}", w.class), ex, r);
        }
    }
    for (garbled, want) in pats.confusion_examples() {
        let got = confused(pats, garbled);
        let r = if got == *want {
            Ok(())
        } else {
            Err(format!("folds to {got:?}, not {want:?}"))
        };
        out.record("confusions", garbled.clone(), garbled, r);
    }
    for (file, ex) in &pats.vocabulary().examples {
        let r = vocabulary_example(pats, &ex.text, ex.certain);
        out.record(file, "vocabulary".to_string(), &ex.text, r);
    }
    let cues = pats.tables();
    for (ocr, want) in &cues.header_examples {
        let got = cues.mend_header_text(ocr);
        let r = if got == *want {
            Ok(())
        } else {
            Err(format!("mends to {got:?}, not {want:?}"))
        };
        out.record("scopes.toml", "header_vocabulary".to_string(), ocr, r);
    }
    out
}

fn extract_text(pats: &Patterns, text: &str) -> crate::model::Extraction {
    let doc = Document::from_text("example.txt", SourceKind::Text, text);
    extract::extract(&normalize::normalize(&doc, pats), pats)
}

fn figure_example(
    pats: &Patterns,
    ex: &Example,
    key: Key,
    pattern: Option<&str>,
) -> Result<(), String> {
    let scope: Scope = match &ex.scope {
        Some(s) => s
            .parse()
            .map_err(|_| format!("the example's scope {s:?} is not a scope"))?,
        None => Scope::Ward,
    };
    let x = extract_text(pats, &ex.text);
    let of_key: Vec<&Figure> = x
        .statements
        .iter()
        .filter(|f| f.key == key && f.scope == scope)
        .collect();
    if ex.none {
        return match of_key.first() {
            None => Ok(()),
            Some(f) => Err(format!(
                "wanted no {key} in {scope}, read {:?} ({})",
                f.value, f.pattern
            )),
        };
    }
    let Some(f) = of_key.first() else {
        let read: Vec<String> = x
            .statements
            .iter()
            .map(|f| format!("{} {}={:?}", f.scope, f.key, f.value))
            .collect();
        return Err(format!("no {key} in {scope}; read [{}]", read.join(", ")));
    };
    let pct_ok = match (f.pct, ex.pct) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    };
    if f.value != ex.value || f.of != ex.of || !pct_ok {
        return Err(format!(
            "wanted {key} {:?} pct {:?} of {:?}, read {:?} pct {:?} of {:?}",
            ex.value, ex.pct, ex.of, f.value, f.pct, f.of
        ));
    }
    if let Some(id) = pattern {
        // "key/id", "key/id<head" (a breakdown part), "key/id+rate-id" (a
        // rate merged into its count).
        let produced = f.pattern.split_once('/').map(|(_, p)| p).unwrap_or("");
        let mut ids = produced.split(['<', '>', '+']);
        if !ids.any(|p| p == id) {
            return Err(format!("read by pattern {}, not {id}", f.pattern));
        }
    }
    Ok(())
}

fn context_example(pats: &Patterns, text: &str, number: &str, want: Context) -> Result<(), String> {
    let x = extract_text(pats, text);
    let folded_number = normalize::fold(number);
    let digits = |s: &str| -> String { s.chars().filter(|c| c.is_ascii_digit()).collect() };
    let in_figures = x
        .statements
        .iter()
        .any(|f| f.raw.contains(number) || digits(&f.raw).contains(&digits(&folded_number)));
    let in_notes = x.notes.iter().any(|n| n.contains(number));
    match want {
        Context::Report if in_notes => Err(format!("{number} was set aside: {:?}", x.notes)),
        Context::Report => Ok(()),
        _ if !in_notes && in_figures => {
            Err(format!("{number} was read as a figure, not as {want:?}"))
        }
        _ if in_notes && !x.notes.iter().any(|n| n.contains(want.label_vi())) => Err(format!(
            "{number} was set aside as another context: {:?}",
            x.notes
        )),
        _ => Ok(()),
    }
}

/// The header every vocabulary example is read under: phường Hồng Bàng's
/// report for tháng 10/2025.
const VOCABULARY_HEADER: &str = "UBND PHƯỜNG HỒNG BÀNG\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính tháng 10 năm 2025\n\nI. KẾT QUẢ\n\n";

/// Every statement read from the example's text is certain (or, with
/// `certain = false`, every one is uncertain), and there is one.
fn vocabulary_example(pats: &Patterns, text: &str, certain: bool) -> Result<(), String> {
    let header_lines = VOCABULARY_HEADER.lines().count();
    let x = extract_text(pats, &format!("{VOCABULARY_HEADER}{text}"));
    let read: Vec<&Figure> = x
        .statements
        .iter()
        .filter(|f| f.line > header_lines)
        .collect();
    if read.is_empty() {
        // Set aside by a context (cumulative, previous period …) is
        // stronger than uncertain.
        return match certain || x.notes.is_empty() {
            true => Err(format!("no statement read; notes {:?}", x.notes)),
            false => Ok(()),
        };
    }
    let wrong: Vec<String> = read
        .iter()
        .filter(|f| f.certain != certain)
        .map(|f| {
            format!(
                "{} {:?} certain={} {:?}",
                f.key, f.value, f.certain, f.unexplained
            )
        })
        .collect();
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("wanted certain={certain}: {}", wrong.join("; ")))
    }
}

fn confused(pats: &Patterns, garbled: &str) -> String {
    let mut f = normalize::Folded::default();
    f.push_line(0, garbled);
    f.trim_end();
    for (re, to) in pats.confusions() {
        f.replace_all(re, to);
    }
    f.text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every example of every built-in pattern file holds through the
    /// whole pipeline.
    #[test]
    fn builtin_examples_hold() {
        let out = run(&Patterns::builtin());
        assert!(out.run > 150, "only {} examples", out.run);
        let lines: Vec<String> = out
            .failures
            .iter()
            .map(|f| format!("{}/{}: {:?}: {}", f.file, f.id, f.text, f.reason))
            .collect();
        assert!(
            lines.is_empty(),
            "{} of {} examples fail:\n{}",
            lines.len(),
            out.run,
            lines.join("\n")
        );
    }

    /// A wrong example is reported, not passed.
    #[test]
    fn a_wrong_example_fails() {
        let dir = std::env::temp_dir().join(format!("baocao-ex-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("mine.toml"),
            "[[pattern]]\nid = \"luot-khach\"\nkey = \"visitors\"\ncue = \"luot khach\"\nexamples = [{ text = \"Số lượt khách: 15 lượt.\", value = 16 }]\n",
        )
        .unwrap();
        let pats = Patterns::load_with_overrides(&dir).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        let out = run(&pats);
        assert!(
            out.failures.iter().any(|f| f.id == "luot-khach"),
            "{:?}",
            out.failures
        );
    }
}
