//! Patterns as data: the TOML files of `patterns/`, embedded at build time
//! and overridable at run time with `--patterns DIR` (a file there replaces
//! the built-in file of the same name; other `.toml` files there are added).
//!
//! A file may hold any of these tables:
//! - `[[pattern]]`: a figure cue. `cue` is a regex over the folded skeleton
//!   (see `normalize::fold`); `side` says whether the cue stands `before`
//!   (default) or `after` the number; `gap` bounds the text between them;
//!   `rate = true` makes the number a percentage (a rate-only figure);
//!   `not_after` rejects the cue when the text just before it matches (so
//!   "không giải quyết" is not "giải quyết"); `context` requires a regex in
//!   the `context_chars` before the cue (so "phát sinh hồ sơ" after "một
//!   phần" is the partly-online count). Every pattern carries `examples`,
//!   run as tests: `text` and the expected `value`, `pct`, `of`, or
//!   `none = true` for a sentence it must not read.
//! - `[[confusion]]`: OCR confusions (`from` regex, `to` text) applied to
//!   the skeleton of stripped or OCR'd text only.
//! - `[[sector]]`, `[[column]]`, `[tables]`: scope cues and table headers.
//! - `[[field]]`: the catalogue's field (lĩnh vực) names, to restore a
//!   name OCR wrote without its spaces or marks.
//!
//! Loading parses and compiles; it does not match anything.

use crate::model::{Key, Sector, UnitType};
use crate::normalize::fold;
use regex::Regex;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

/// The built-in pattern files, by name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("received.toml", include_str!("../patterns/received.toml")),
    ("resolved.toml", include_str!("../patterns/resolved.toml")),
    ("services.toml", include_str!("../patterns/services.toml")),
    (
        "procedures.toml",
        include_str!("../patterns/procedures.toml"),
    ),
    ("centre.toml", include_str!("../patterns/centre.toml")),
    ("scopes.toml", include_str!("../patterns/scopes.toml")),
    ("fields.toml", include_str!("../patterns/fields.toml")),
    (
        "confusions.toml",
        include_str!("../patterns/confusions.toml"),
    ),
];

const UNITS_TSV: &str = include_str!("../data/hai-phong-units.tsv");

#[derive(Debug, thiserror::Error)]
pub enum PatternError {
    #[error("cannot read pattern folder {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("pattern file {file} is not valid TOML: {source}")]
    Toml {
        file: String,
        source: Box<toml::de::Error>,
    },
    #[error("pattern {id} in {file} has an invalid regex: {source}")]
    Regex {
        file: String,
        id: String,
        source: Box<regex::Error>,
    },
    #[error("pattern {id} in {file} names no figure key")]
    NoKey { file: String, id: String },
    #[error("no pattern file has a [tables] section (scopes.toml has it built in)")]
    MissingTables,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[default]
    Before,
    After,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Example {
    pub text: String,
    #[serde(default)]
    pub value: Option<i64>,
    #[serde(default)]
    pub pct: Option<f64>,
    #[serde(default)]
    pub of: Option<i64>,
    /// The key to look at, where the pattern states several.
    #[serde(default)]
    pub key: Option<Key>,
    #[serde(default)]
    pub none: bool,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub file: String,
    pub id: String,
    pub keys: Vec<Key>,
    pub cue: Regex,
    pub side: Side,
    pub gap: usize,
    pub rate: bool,
    pub not_after: Option<Regex>,
    pub context: Option<Regex>,
    pub context_chars: usize,
    pub examples: Vec<Example>,
}

#[derive(Debug, Clone)]
pub struct SectorCue {
    pub sector: Sector,
    pub cue: Regex,
}

#[derive(Debug, Clone)]
pub struct ColumnCue {
    pub key: Key,
    /// Matched against the column's header path (parent and leaf headers).
    pub header: Regex,
}

#[derive(Debug, Clone)]
pub struct TableCues {
    /// Words of column headers, never of a row's numbers.
    pub header_word: Regex,
    pub total_row: Regex,
    pub name_header: Regex,
    pub field_label: Regex,
}

#[derive(Debug, Clone)]
pub struct UnitEntry {
    pub kind: UnitType,
    pub name: String,
    pub folded: String,
}

#[derive(Debug)]
struct Inner {
    patterns: Vec<Pattern>,
    confusions: Vec<(Regex, String)>,
    confusion_examples: Vec<(String, String)>,
    sectors: Vec<SectorCue>,
    columns: Vec<ColumnCue>,
    tables: TableCues,
    units: Vec<UnitEntry>,
    /// Known field names by their letters alone (folded, no spaces or
    /// punctuation).
    fields: Vec<(String, String)>,
}

/// The compiled patterns; cheap to clone.
#[derive(Debug, Clone)]
pub struct Patterns {
    inner: Arc<Inner>,
}

impl Default for Patterns {
    fn default() -> Patterns {
        Patterns::builtin()
    }
}

static BUILTIN_PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let files = BUILTIN
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    Patterns::compile(files).expect("the built-in patterns compile (tested)")
});

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    pattern: Vec<RawPattern>,
    #[serde(default)]
    confusion: Vec<RawConfusion>,
    #[serde(default)]
    sector: Vec<RawSector>,
    #[serde(default)]
    column: Vec<RawColumn>,
    #[serde(default)]
    tables: Option<RawTables>,
    #[serde(default)]
    field: Vec<RawField>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPattern {
    id: String,
    #[serde(default)]
    key: Option<Key>,
    #[serde(default)]
    keys: Vec<Key>,
    cue: String,
    #[serde(default)]
    side: Side,
    #[serde(default)]
    gap: Option<usize>,
    #[serde(default)]
    rate: bool,
    #[serde(default)]
    not_after: Option<String>,
    #[serde(default)]
    context: Option<String>,
    #[serde(default)]
    context_chars: Option<usize>,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfusion {
    from: String,
    to: String,
    #[serde(default)]
    examples: Vec<[String; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    sector: Sector,
    cue: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumn {
    key: Key,
    header: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTables {
    header_word: String,
    total_row: String,
    name_header: String,
    field_label: String,
}

impl Patterns {
    /// The patterns embedded in the binary.
    pub fn builtin() -> Patterns {
        BUILTIN_PATTERNS.clone()
    }

    /// The built-in files, each replaced by the file of the same name in
    /// `dir` where there is one; other `.toml` files in `dir` are added.
    pub fn load_with_overrides(dir: &Path) -> Result<Patterns, PatternError> {
        let io = |source| PatternError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let mut extra: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        extra.sort();
        for path in extra {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // The nominal period's cues are built in (extract::nominal), so a
            // copy of patterns/ still loads.
            if name == "periods.toml" {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(io)?;
            match files.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = text,
                None => files.push((name, text)),
            }
        }
        Patterns::compile(files)
    }

    fn compile(files: Vec<(String, String)>) -> Result<Patterns, PatternError> {
        let mut patterns = Vec::new();
        let mut confusions = Vec::new();
        let mut confusion_examples = Vec::new();
        let mut sectors = Vec::new();
        let mut columns = Vec::new();
        let mut tables = None;
        let mut fields = Vec::new();
        for (file, text) in files {
            let raw: RawFile = toml::from_str(&text).map_err(|e| PatternError::Toml {
                file: file.clone(),
                source: Box::new(e),
            })?;
            let re = |id: &str, s: &str| {
                Regex::new(s).map_err(|e| PatternError::Regex {
                    file: file.clone(),
                    id: id.to_string(),
                    source: Box::new(e),
                })
            };
            for p in raw.pattern {
                let mut keys = p.keys.clone();
                keys.extend(p.key);
                if keys.is_empty() {
                    return Err(PatternError::NoKey {
                        file: file.clone(),
                        id: p.id,
                    });
                }
                let not_after = match &p.not_after {
                    Some(s) => Some(re(&p.id, &format!(r"(?:{s})\s*$"))?),
                    None => None,
                };
                let context = match &p.context {
                    Some(s) => Some(re(&p.id, s)?),
                    None => None,
                };
                patterns.push(Pattern {
                    file: file.clone(),
                    cue: re(&p.id, &p.cue)?,
                    id: p.id,
                    keys,
                    side: p.side,
                    gap: p.gap.unwrap_or(match p.side {
                        Side::Before => 40,
                        Side::After => 12,
                    }),
                    rate: p.rate,
                    not_after,
                    context,
                    context_chars: p.context_chars.unwrap_or(150),
                    examples: p.examples,
                });
            }
            for c in raw.confusion {
                confusions.push((re(&c.from, &c.from)?, c.to));
                confusion_examples.extend(c.examples.into_iter().map(|[a, b]| (a, b)));
            }
            for s in raw.sector {
                sectors.push(SectorCue {
                    sector: s.sector,
                    cue: re("sector", &s.cue)?,
                });
            }
            for c in raw.column {
                columns.push(ColumnCue {
                    key: c.key,
                    header: re("column", &c.header)?,
                });
            }
            for f in raw.field {
                fields.push((letters(&f.name), f.name));
            }
            if let Some(t) = raw.tables {
                tables = Some(TableCues {
                    header_word: re("tables", &t.header_word)?,
                    total_row: re("tables", &t.total_row)?,
                    name_header: re("tables", &t.name_header)?,
                    field_label: re("tables", &t.field_label)?,
                });
            }
        }
        let tables = tables.ok_or(PatternError::MissingTables)?;
        Ok(Patterns {
            inner: Arc::new(Inner {
                patterns,
                confusions,
                confusion_examples,
                sectors,
                columns,
                tables,
                units: units(),
                fields,
            }),
        })
    }

    pub fn figures(&self) -> &[Pattern] {
        &self.inner.patterns
    }
    pub fn confusions(&self) -> &[(Regex, String)] {
        &self.inner.confusions
    }
    /// (garbled, expected skeleton) pairs of `confusions.toml`.
    pub fn confusion_examples(&self) -> &[(String, String)] {
        &self.inner.confusion_examples
    }
    pub fn sectors(&self) -> &[SectorCue] {
        &self.inner.sectors
    }
    pub fn columns(&self) -> &[ColumnCue] {
        &self.inner.columns
    }
    pub fn tables(&self) -> &TableCues {
        &self.inner.tables
    }
    pub fn units(&self) -> &[UnitEntry] {
        &self.inner.units
    }

    /// The catalogue's spelling of a field name OCR wrote without its
    /// spaces or marks, if the letters are the same.
    pub fn known_field(&self, name: &str) -> Option<&str> {
        let l = letters(name);
        self.inner
            .fields
            .iter()
            .find(|(k, _)| *k == l)
            .map(|(_, n)| n.as_str())
    }

    /// The sector a folded text names, if exactly one.
    pub fn sector_in(&self, folded: &str) -> Option<Sector> {
        let mut found = self
            .sectors()
            .iter()
            .filter(|s| s.cue.is_match(folded))
            .map(|s| s.sector);
        let first = found.next()?;
        found.all(|s| s == first).then_some(first)
    }
}

/// A name's letters alone: folded, without spaces or punctuation.
fn letters(name: &str) -> String {
    fold(name)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

fn units() -> Vec<UnitEntry> {
    UNITS_TSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let kind = match cols.next()? {
                "phuong" => UnitType::Phuong,
                "xa" => UnitType::Xa,
                "dac_khu" => UnitType::DacKhu,
                _ => return None,
            };
            let name = cols.next()?.trim().to_string();
            Some(UnitEntry {
                kind,
                folded: fold(&name),
                name,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_patterns_compile_and_carry_examples() {
        let p = Patterns::builtin();
        assert!(p.figures().len() > 30);
        for pat in p.figures() {
            assert!(!pat.examples.is_empty(), "{} has no example", pat.id);
        }
        assert_eq!(p.units().len(), 114);
    }

    #[test]
    fn a_copy_of_the_pattern_folder_loads_as_overrides() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
        let p = Patterns::load_with_overrides(&dir).unwrap();
        assert_eq!(p.figures().len(), Patterns::builtin().figures().len());
    }

    #[test]
    fn an_override_folder_replaces_a_file() {
        let dir = std::env::temp_dir().join(format!("baocao-pat-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("centre.toml"),
            "[[pattern]]\nid = \"x\"\nkey = \"visitors\"\ncue = \"luot khach\"\nexamples = [{ text = \"luot khach 5\", value = 5 }]\n",
        )
        .unwrap();
        let p = Patterns::load_with_overrides(&dir).unwrap();
        assert!(p.figures().iter().any(|f| f.id == "x"));
        assert!(
            !p.figures()
                .iter()
                .any(|f| f.file == "centre.toml" && f.id != "x")
        );
        std::fs::write(
            dir.join("bad.toml"),
            "[[pattern]]\nid = \"y\"\nkey = \"visitors\"\ncue = \"(\"\n",
        )
        .unwrap();
        let err = Patterns::load_with_overrides(&dir).unwrap_err();
        assert!(matches!(err, PatternError::Regex { .. }), "{err}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
