//! Criterion benchmarks of the pipeline's stages on the corpus texts:
//! `normalize` alone, `extract` (normalize + patterns + tables + identity),
//! `check`, and reading the text file. Reading PDFs and OCR are timed
//! against pdftotext and the tesseract CLI by scripts/bench.sh instead.

use baocao::model::{Document, SourceKind};
use baocao::patterns::Patterns;
use baocao::{check, extract, normalize};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::{Path, PathBuf};

fn corpus_texts() -> Vec<(String, PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("corpus/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let name = d.file_name().unwrap().to_string_lossy().into_owned();
        let path = d.join(format!("{name}.txt"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            out.push((name, path, text));
        }
    }
    out
}

fn stages(c: &mut Criterion) {
    let pats = Patterns::builtin();
    let docs: Vec<(String, PathBuf, Document)> = corpus_texts()
        .into_iter()
        .map(|(n, p, t)| {
            let d = Document::from_text(&p, SourceKind::Text, &t);
            (n, p, d)
        })
        .collect();
    let bytes: u64 = docs
        .iter()
        .map(|(_, _, d)| {
            d.pages
                .iter()
                .flat_map(|p| &p.lines)
                .map(|l| l.len() as u64 + 1)
                .sum::<u64>()
        })
        .sum();
    let mut g = c.benchmark_group("corpus texts");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("read", |b| {
        b.iter(|| {
            for (_, p, _) in &docs {
                std::hint::black_box(baocao::read::read(p, &Default::default()).unwrap());
            }
        })
    });
    g.bench_function("normalize", |b| {
        b.iter(|| {
            for (_, _, d) in &docs {
                std::hint::black_box(normalize::normalize(d, &pats));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for (_, _, d) in &docs {
                std::hint::black_box(extract::extract(&normalize::normalize(d, &pats), &pats));
            }
        })
    });
    let extractions: Vec<_> = docs
        .iter()
        .map(|(_, _, d)| extract::extract(&normalize::normalize(d, &pats), &pats))
        .collect();
    g.bench_function("check", |b| {
        b.iter(|| {
            for x in &extractions {
                std::hint::black_box(check::check(x));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
