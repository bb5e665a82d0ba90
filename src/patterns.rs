//! Patterns as data: the TOML files of `patterns/`, embedded at build time
//! and overridable at run time with `--patterns DIR` (a file there replaces
//! the built-in file of the same name; other `.toml` files there are added).
//!
//! A file may hold any of these tables:
//! - `[[pattern]]`: a figure cue. `cue` is a regex over the folded skeleton
//!   (see `text::fold`); `side` says whether the cue stands `before`
//!   (default) or `after` the number; `gap` bounds the text between them;
//!   `rate = true` makes the number a percentage (a rate-only figure);
//!   `not_after` rejects the cue when the text just before it matches (so
//!   "không giải quyết" is not "giải quyết"); `context` requires a regex in
//!   the `context_chars` before the cue (so "phát sinh hồ sơ" after "một
//!   phần" is the partly-online count); `gap_not` rejects the cue when the
//!   text between it and the number matches; `base_of` (an `after` cue)
//!   lists the keys whose fraction it can follow as the label of the base
//!   Y ("Thanh toán trực tuyến: 812/815 hồ sơ phát sinh phí": the records
//!   that owe a fee are what 812 is out of), so the label before the
//!   fraction keeps it. Every pattern carries `examples`,
//!   run as tests: `text` and the expected `value`, `pct`, `of`, or
//!   `none = true` for a sentence it must not read.
//! - `[[confusion]]`: OCR confusions (`from` regex, `to` text) applied to
//!   the skeleton of stripped or OCR'd text only.
//! - `[[sector]]`, `[[column]]`, `[tables]`: scope cues and table headers
//!   (`field_label` names a field's row or bullet, `rate_header` a rate
//!   column).
//! - `[[words]]`: word classes ([`WordClass`]), each one regex with
//!   examples that must match it and `not` ones that must not.
//! - `[[field]]`: the catalogue's field (lĩnh vực) names, to restore a
//!   name OCR wrote without its spaces or marks.
//!
//! Loading parses (and, for `--patterns` files, compiles); it does not
//! match anything. A built-in regex is compiled when first matched ([`Lazy`]).

use crate::model::{Key, Sector, UnitType};
use crate::text::fold;
use crate::vocabulary::{RawVocabulary, Vocabulary};
use regex::Regex;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, OnceLock};

/// The built-in pattern files, by name: every `patterns/*.toml`, listed
/// by `build.rs` so that a new file cannot be left out.
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_patterns.rs"));

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
    #[error("no pattern file has the word class {0:?} (words.toml has it built in)")]
    MissingWords(WordClass),
}

/// A pattern file's regex, compiled when it is first matched: a run uses
/// only some of the ~250 (OCR confusions only on OCR'd or stripped text,
/// column headers only in tables, a cue's `not_after` only where the cue
/// is found), and compiling all of them was most of a process's start-up.
/// The built-in ones are compiled by a test; `--patterns` files are
/// compiled when loaded, so their errors come first.
#[derive(Debug, Clone)]
pub struct Lazy {
    source: String,
    regex: OnceLock<Regex>,
}

impl Lazy {
    pub(crate) fn new(source: String) -> Lazy {
        Lazy {
            source,
            regex: OnceLock::new(),
        }
    }

    /// Compiles it now; the error is the regex's.
    pub(crate) fn compile(&self) -> Result<&Regex, regex::Error> {
        if let Some(r) = self.regex.get() {
            return Ok(r);
        }
        let r = Regex::new(&self.source)?;
        Ok(self.regex.get_or_init(|| r))
    }
}

impl std::ops::Deref for Lazy {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        self.regex.get_or_init(|| {
            Regex::new(&self.source).expect("a pattern regex compiles (checked when loaded)")
        })
    }
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
    /// The scope the figure must have through the whole pipeline ("ward"
    /// unless said).
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub none: bool,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub file: String,
    pub id: String,
    pub keys: Vec<Key>,
    pub cue: Lazy,
    pub side: Side,
    pub gap: usize,
    pub rate: bool,
    pub not_after: Option<Lazy>,
    pub context: Option<Lazy>,
    pub context_chars: usize,
    /// Rejects the cue when the text between it and the number matches.
    pub gap_not: Option<Lazy>,
    /// An after cue that, behind "X/Y", names what Y counts when the cue
    /// before the fraction is one of these keys.
    pub base_of: Vec<Key>,
    pub examples: Vec<Example>,
}

/// Whose figure a number is, beside the report's own: the context words
/// of `contexts.toml` name the others. Only [`Context::Report`] numbers are
/// figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// The report's own period and unit.
    #[default]
    Report,
    /// Cumulative since an earlier date ("lũy kế").
    Cumulative,
    /// The previous period or the same period last year.
    Previous,
    /// A difference or ratio against another period ("tăng 112 so với").
    Comparison,
    /// A target or plan ("chỉ tiêu", "phấn đấu").
    Target,
    /// An average ("bình quân mỗi ngày").
    Average,
    /// Another unit or level (the city, the province, all wards).
    OtherUnit,
    /// A part of the reporting period ("riêng tuần cuối tháng", "ngày cao
    /// điểm"): the report's own, but not its period's total.
    PartOfPeriod,
    /// A part of the unit ("Bộ phận tư pháp - hộ tịch tiếp nhận 420 hồ
    /// sơ", "Công chức địa chính …"): the unit's, but not its total.
    PartOfUnit,
    /// A round figure ("khoảng 1.250", "trên 1.200", "gần 100%"): not
    /// exact, so never the ground of a finding.
    Approximate,
}

impl Context {
    /// How a note names the context, in Vietnamese.
    pub fn label_vi(self) -> &'static str {
        match self {
            Context::Report => "số liệu của kỳ báo cáo",
            Context::Cumulative => "số lũy kế",
            Context::Previous => "số của kỳ trước hoặc cùng kỳ",
            Context::Comparison => "số so sánh",
            Context::Target => "chỉ tiêu, kế hoạch",
            Context::Average => "số bình quân",
            Context::OtherUnit => "số của đơn vị hoặc cấp khác",
            Context::PartOfPeriod => "số của một phần kỳ báo cáo",
            Context::PartOfUnit => "số của một bộ phận, cán bộ trong đơn vị",
            Context::Approximate => "số ước lượng (khoảng, trên, gần)",
        }
    }
}

/// The word classes of `words.toml`, each one regex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordClass {
    CountedRecords,
    CountedProcedures,
    CountedPeople,
    CountedVisits,
    CountedFeedback,
    CountedOther,
    /// Opens a breakdown: a cue across it does not reach the number.
    Breakdown,
    /// Excludes the agency it precedes from a heading.
    Excluded,
    /// After a rate: its base is the total.
    TotalBase,
    /// A month with its year, groups `m` and `y` ("tháng 9/2025").
    MonthNamed,
    /// Around a month: it is not the clause's own period (carried over
    /// from it, compared with it).
    MonthElsewhere,
    /// A span of months, group `n` ("9 tháng đầu năm").
    MonthSpan,
    /// Since a date up to now, groups `d`, `m`, `y` ("từ ngày 01/7/2025
    /// đến nay").
    SinceDate,
    /// After a number: a measure or duration, not a count (anchored).
    MeasureAfter,
    /// Before "d/m": the pair is a date (anchored at the end).
    DateBefore,
    /// Before a number: a target, not a figure (anchored at the end).
    TargetBefore,
    /// Before a number: a label ("quầy số 3"), not a count (anchored).
    LabelBefore,
    /// Between a rate and a count's cue right after it: the rate is that
    /// count's ("85% trực tuyến"); the whole gap.
    RateSubject,
    /// Right before a unit's name: its prefix ("phường", "xã"), anchored.
    UnitPrefix,
    /// Right before a name: a former province or district, not a unit.
    FormerUnit,
    /// A month by its number, group `m` ("tháng 9"): in a monthly report,
    /// a text naming the report's own month.
    MonthNumber,
    /// The report's own month named without its number ("trong tháng").
    ThisMonth,
    /// Right after the slash of a ratio: the base that follows is a total
    /// ("3.867/tổng số 4.249"), the label before it the numerator's.
    RatioTotal,
    /// Between two counts of a list: the joint (", ", "và").
    ListJoin,
    /// After a count's cue: the fields listed after it in prose ("đã giải
    /// quyết chia theo lĩnh vực: hộ tịch 487 hồ sơ; …").
    FieldList,
    /// One word that is a Vietnamese syllable by its shape (anchored):
    /// how a PDF's text layer over a scan is judged (src/read/judge.rs).
    Syllable,
    /// Before a withdrawn or refused count in its sentence: the resolved
    /// records include it ("Số hồ sơ đã giải quyết nêu trên đã bao gồm 03
    /// hồ sơ xin rút"), anchored at the end.
    AmongResolved,
}

impl WordClass {
    pub const ALL: [WordClass; 27] = [
        WordClass::CountedRecords,
        WordClass::CountedProcedures,
        WordClass::CountedPeople,
        WordClass::CountedVisits,
        WordClass::CountedFeedback,
        WordClass::CountedOther,
        WordClass::Breakdown,
        WordClass::Excluded,
        WordClass::TotalBase,
        WordClass::MonthNamed,
        WordClass::MonthElsewhere,
        WordClass::MonthSpan,
        WordClass::SinceDate,
        WordClass::MeasureAfter,
        WordClass::DateBefore,
        WordClass::TargetBefore,
        WordClass::LabelBefore,
        WordClass::RateSubject,
        WordClass::UnitPrefix,
        WordClass::FormerUnit,
        WordClass::MonthNumber,
        WordClass::ThisMonth,
        WordClass::RatioTotal,
        WordClass::ListJoin,
        WordClass::FieldList,
        WordClass::Syllable,
        WordClass::AmongResolved,
    ];
}

/// One word class: its regex and examples.
#[derive(Debug, Clone)]
pub struct Words {
    pub file: String,
    pub class: WordClass,
    pub cue: Lazy,
    /// The cue at the start of a text, after spaces, ending on a word
    /// boundary (what a number counts is the word right after it).
    pub leading: Lazy,
    pub examples: Vec<String>,
    pub not: Vec<String>,
}

/// How far a context cue reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// The number right after the cue ("tăng 112").
    Number,
    /// The numbers after the cue up to the end of its clause (a comma).
    Clause,
    /// The numbers after the cue up to the end of its sentence; in a
    /// heading, every paragraph under it.
    Sentence,
    /// The percentage right before the cue ("bằng 104,6% cùng kỳ").
    RateBefore,
}

/// A context example: `number` (as written) in `text` has `context`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextExample {
    pub text: String,
    pub number: String,
    pub context: Context,
}

#[derive(Debug, Clone)]
pub struct ContextCue {
    pub file: String,
    pub id: String,
    pub context: Context,
    pub reach: Reach,
    pub cue: Lazy,
    pub not_after: Option<Lazy>,
    pub not_before: Option<Lazy>,
    pub examples: Vec<ContextExample>,
}

/// A part of a breakdown that takes its meaning from its head: under
/// "41 DVCTT phát sinh hồ sơ, trong đó toàn trình 25", `part`
/// (procedures_full_online) `becomes` the head's kind
/// (procedures_full_online_with_records).
#[derive(Debug, Clone)]
pub struct Breakdown {
    pub file: String,
    pub head: Key,
    pub part: Key,
    pub becomes: Key,
    /// The words that open the breakdown ("trong đó", "gồm", "(").
    pub marker: Option<Lazy>,
    pub examples: Vec<Example>,
}

#[derive(Debug, Clone)]
pub struct SectorCue {
    pub sector: Sector,
    pub cue: Lazy,
}

#[derive(Debug, Clone)]
pub struct ColumnCue {
    pub key: Key,
    /// Matched against the column's header path (parent and leaf headers).
    pub header: Lazy,
}

#[derive(Debug, Clone)]
pub struct TableCues {
    /// Words of column headers, never of a row's numbers.
    pub header_word: Lazy,
    pub total_row: Lazy,
    pub name_header: Lazy,
    pub field_label: Lazy,
    /// A rate column's header ("Tỷ lệ (%)").
    pub rate_header: Lazy,
    /// A name column's header that names agencies ("Cơ quan, đơn vị").
    pub agency_header: Lazy,
    /// A total word beside a period in a header ("Cộng quý IV").
    pub total_word: Lazy,
    /// A notes column's header ("Ghi chú").
    pub note_header: Lazy,
    /// A units-of-measure column's header ("Đơn vị tính", "ĐVT").
    pub unit_header: Lazy,
    pub numbering_header: Lazy,
    /// A cell that is only a unit of measure ("Hồ sơ", "Lượt", "%").
    pub unit_word: Lazy,
    /// A row label that is a part of the row above ("Trong đó trực tuyến").
    pub sub_row: Lazy,
    /// A column header naming the report's own body ("UBND xã", "Cấp
    /// phường"): beside agencies' columns, the ward's own figures.
    pub own_body: Lazy,
    /// The folded words column headers are written with, for mending an
    /// OCR'd header ([`TableCues::mend_header`]).
    pub header_vocabulary: Vec<String>,
    /// (OCR'd header, mended) pairs, run as tests.
    pub header_examples: Vec<(String, String)>,
}

impl TableCues {
    /// An OCR'd header word (folded) as the header vocabulary spells it:
    /// one edit off exactly one of its words ("siai" → "giai", "dano" →
    /// "dang"), or two of its words run together ("tongso" → "tong so",
    /// "tiepnhan" → "tiep nhan"). Words of the vocabulary, short words
    /// (three letters or fewer: too many neighbours) and words near two
    /// of them stay as they are (None).
    pub fn mend_header(&self, word: &str) -> Option<String> {
        let vocab = &self.header_vocabulary;
        if word.len() < 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        if vocab.iter().any(|v| v == word) {
            return None;
        }
        for cut in 2..word.len() - 1 {
            let (a, b) = word.split_at(cut);
            if vocab.iter().any(|v| v == a) && vocab.iter().any(|v| v == b) {
                return Some(format!("{a} {b}"));
            }
        }
        let mut near = vocab
            .iter()
            .filter(|v| v.len() >= 3 && edits(v, word, 1).is_some());
        let first = near.next()?;
        near.next().is_none().then(|| first.clone())
    }

    /// Whether a folded text names a field anywhere: `field_label` (which
    /// is anchored at the start of a name) at the start of one of its words.
    pub fn names_field(&self, text: &str) -> bool {
        let word = |c: char| c.is_alphanumeric() || c == '_';
        text.char_indices()
            .filter(|&(i, c)| word(c) && !text[..i].chars().next_back().is_some_and(word))
            .any(|(i, _)| self.field_label.is_match(&text[i..]))
    }

    /// A folded header line with every word [`TableCues::mend_header`]
    /// mends mended.
    pub fn mend_header_text(&self, text: &str) -> String {
        text.split(' ')
            .map(|w| self.mend_header(w).unwrap_or_else(|| w.to_string()))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone)]
pub struct UnitEntry {
    pub kind: UnitType,
    pub name: String,
    pub folded: String,
}

#[derive(Debug)]
/// The literals that every match of each figure cue starts with, in one
/// automaton: a text that holds none of a cue's literals holds no match of
/// it. From the cue's syntax (regex-syntax's prefix extractor), so it is
/// exact for any cue a user writes, not a list kept by hand.
struct CuePrefixes {
    /// Over all literals; a match's pattern id indexes `owner`.
    automaton: Option<aho_corasick::AhoCorasick>,
    /// The cue each literal belongs to.
    owner: Vec<usize>,
    /// Cues with no usable prefix literal: always tried.
    always: Vec<usize>,
    cues: usize,
}

impl CuePrefixes {
    fn new(patterns: &[Pattern]) -> CuePrefixes {
        use regex_syntax::hir::literal::Extractor;
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut owner = Vec::new();
        let mut always = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let seq = regex_syntax::Parser::new()
                .parse(&p.cue.source)
                .ok()
                .map(|hir| Extractor::new().extract(&hir));
            match seq.as_ref().and_then(|s| s.literals()) {
                // An empty literal would match everywhere: no filter.
                Some(lits) if !lits.is_empty() && lits.iter().all(|l| !l.as_bytes().is_empty()) => {
                    for l in lits {
                        literals.push(l.as_bytes().to_vec());
                        owner.push(i);
                    }
                }
                _ => always.push(i),
            }
        }
        let automaton = aho_corasick::AhoCorasick::new(&literals).ok();
        if automaton.is_none() {
            always = (0..patterns.len()).collect();
        }
        CuePrefixes {
            automaton,
            owner,
            always,
            cues: patterns.len(),
        }
    }

    /// By cue: whether it may match somewhere in `text`.
    fn candidates(&self, text: &str) -> Vec<bool> {
        let mut may = vec![false; self.cues];
        for &i in &self.always {
            may[i] = true;
        }
        if let Some(ac) = &self.automaton {
            for m in ac.find_overlapping_iter(text) {
                may[self.owner[m.pattern().as_usize()]] = true;
            }
        }
        may
    }
}

#[derive(Debug)]
struct Inner {
    patterns: Vec<Pattern>,
    /// The figure cues' first literals, built on first use
    /// ([`Patterns::figure_cues_in`]).
    figure_cues: OnceLock<CuePrefixes>,
    confusions: Vec<(Lazy, String)>,
    confusion_examples: Vec<(String, String)>,
    sectors: Vec<SectorCue>,
    columns: Vec<ColumnCue>,
    tables: TableCues,
    units: Vec<UnitEntry>,
    /// Every unit's folded name, by its index in `units`: which units a
    /// text names at all, in one pass.
    unit_names: aho_corasick::AhoCorasick,
    /// Known field names by their letters alone (folded, no spaces or
    /// punctuation).
    fields: Vec<(String, String)>,
    contexts: Vec<ContextCue>,
    breakdowns: Vec<Breakdown>,
    /// By `WordClass as usize`.
    words: Vec<Words>,
    vocabulary: Vocabulary,
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
    // Lazily: `builtin_regexes_all_compile` compiles every one.
    Patterns::compile(files, false).expect("the built-in patterns parse (tested)")
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
    #[serde(default)]
    context: Vec<RawContext>,
    #[serde(default)]
    words: Vec<RawWords>,
    #[serde(default)]
    breakdown: Vec<RawBreakdown>,
    #[serde(default)]
    neutral: Vec<crate::vocabulary::RawEntry>,
    #[serde(default)]
    blocker: Vec<crate::vocabulary::RawEntry>,
    #[serde(default)]
    agency: Vec<crate::vocabulary::RawAgency>,
    #[serde(default)]
    clause: Option<crate::vocabulary::RawClause>,
    #[serde(default)]
    time: Option<crate::vocabulary::RawTime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContext {
    id: String,
    context: Context,
    reach: Reach,
    cue: String,
    #[serde(default)]
    not_after: Option<String>,
    #[serde(default)]
    not_before: Option<String>,
    #[serde(default)]
    examples: Vec<ContextExample>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWords {
    class: WordClass,
    cue: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    not: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBreakdown {
    head: Key,
    part: Key,
    becomes: Key,
    /// Its own marker; without one, the words of class `breakdown`
    /// (`patterns/words.toml`) or an open bracket.
    #[serde(default)]
    marker: Option<String>,
    #[serde(default)]
    examples: Vec<Example>,
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
    gap_not: Option<String>,
    #[serde(default)]
    base_of: Vec<Key>,
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
    rate_header: String,
    agency_header: String,
    total_word: String,
    note_header: String,
    unit_header: String,
    numbering_header: String,
    unit_word: String,
    sub_row: String,
    own_body: String,
    header_vocabulary: String,
    #[serde(default)]
    header_examples: Vec<[String; 2]>,
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
            // The period cues are built in (extract::periods), so a copy of
            // patterns/ still loads.
            if name == "periods.toml" {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(io)?;
            match files.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = text,
                None => files.push((name, text)),
            }
        }
        Patterns::compile(files, true)
    }

    /// Parses the files; `eager` compiles every regex now (else each is
    /// compiled when first matched).
    fn compile(files: Vec<(String, String)>, eager: bool) -> Result<Patterns, PatternError> {
        let mut patterns = Vec::new();
        let mut confusions = Vec::new();
        let mut confusion_examples = Vec::new();
        let mut sectors = Vec::new();
        let mut columns = Vec::new();
        let mut tables = None;
        let mut fields = Vec::new();
        let mut contexts = Vec::new();
        let mut breakdowns = Vec::new();
        let mut words: Vec<Option<Words>> = vec![None; WordClass::ALL.len()];
        let mut vocabulary = Vocabulary::default();
        for (file, text) in files {
            let raw: RawFile = toml::from_str(&text).map_err(|e| PatternError::Toml {
                file: file.clone(),
                source: Box::new(e),
            })?;
            let re = |id: &str, s: &str| {
                let r = Lazy::new(s.to_string());
                if eager {
                    r.compile().map_err(|e| PatternError::Regex {
                        file: file.clone(),
                        id: id.to_string(),
                        source: Box::new(e),
                    })?;
                }
                Ok::<Lazy, PatternError>(r)
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
                let gap_not = match &p.gap_not {
                    Some(g) => Some(re(&p.id, g)?),
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
                    gap_not,
                    base_of: p.base_of,
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
            for c in raw.context {
                let not_after = match &c.not_after {
                    Some(s) => Some(re(&c.id, &format!(r"(?:{s})\s*$"))?),
                    None => None,
                };
                let not_before = match &c.not_before {
                    Some(s) => Some(re(&c.id, &format!(r"^(?:{s})"))?),
                    None => None,
                };
                contexts.push(ContextCue {
                    file: file.clone(),
                    not_before,
                    cue: re(&c.id, &c.cue)?,
                    id: c.id,
                    context: c.context,
                    reach: c.reach,
                    not_after,
                    examples: c.examples,
                });
            }
            for w in raw.words {
                words[w.class as usize] = Some(Words {
                    file: file.clone(),
                    cue: re("words", &w.cue)?,
                    leading: re("words", &format!(r"^\s*(?:{})\b", w.cue))?,
                    class: w.class,
                    examples: w.examples,
                    not: w.not,
                });
            }
            vocabulary
                .add(
                    &file,
                    RawVocabulary {
                        neutral: raw.neutral,
                        blocker: raw.blocker,
                        agency: raw.agency,
                        clause: raw.clause,
                        time: raw.time,
                    },
                )
                .map_err(|e| PatternError::Regex {
                    file: file.clone(),
                    id: "time".to_string(),
                    source: Box::new(e),
                })?;
            for b in raw.breakdown {
                breakdowns.push(Breakdown {
                    file: file.clone(),
                    marker: b
                        .marker
                        .as_deref()
                        .map(|m| re("breakdown", m))
                        .transpose()?,
                    head: b.head,
                    part: b.part,
                    becomes: b.becomes,
                    examples: b.examples,
                });
            }
            if let Some(t) = raw.tables {
                tables = Some(TableCues {
                    header_word: re("tables", &t.header_word)?,
                    total_row: re("tables", &t.total_row)?,
                    name_header: re("tables", &t.name_header)?,
                    field_label: re("tables", &t.field_label)?,
                    rate_header: re("tables", &t.rate_header)?,
                    agency_header: re("tables", &t.agency_header)?,
                    total_word: re("tables", &t.total_word)?,
                    note_header: re("tables", &t.note_header)?,
                    unit_header: re("tables", &t.unit_header)?,
                    numbering_header: re("tables", &t.numbering_header)?,
                    unit_word: re("tables", &t.unit_word)?,
                    sub_row: re("tables", &t.sub_row)?,
                    own_body: re("tables", &t.own_body)?,
                    header_vocabulary: t
                        .header_vocabulary
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                    header_examples: t.header_examples.into_iter().map(|[a, b]| (a, b)).collect(),
                });
            }
        }
        let tables = tables.ok_or(PatternError::MissingTables)?;
        let words = WordClass::ALL
            .iter()
            .zip(words)
            .map(|(c, w)| w.ok_or(PatternError::MissingWords(*c)))
            .collect::<Result<Vec<_>, _>>()?;
        let units = units();
        let unit_names = aho_corasick::AhoCorasick::new(units.iter().map(|u| &u.folded))
            .expect("114 short unit names build an automaton");
        Ok(Patterns {
            inner: Arc::new(Inner {
                patterns,
                figure_cues: OnceLock::new(),
                confusions,
                confusion_examples,
                sectors,
                columns,
                tables,
                units,
                unit_names,
                fields,
                contexts,
                breakdowns,
                words,
                vocabulary,
            }),
        })
    }

    /// The closed world's vocabulary (`vocabulary.toml`).
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.inner.vocabulary
    }

    pub fn figures(&self) -> &[Pattern] {
        &self.inner.patterns
    }

    /// Which figure cues (by index in [`Patterns::figures`]) may occur in a
    /// text: one pass of one automaton over the literals every match of a
    /// cue starts with ([`CuePrefixes`]), where trying each cue in turn over
    /// every text was most of the matcher's time. A cue whose matches start
    /// with no literal (`(^|\. )…`) is always tried.
    pub(crate) fn figure_cues_in(&self, text: &str) -> Vec<bool> {
        self.inner
            .figure_cues
            .get_or_init(|| CuePrefixes::new(&self.inner.patterns))
            .candidates(text)
    }
    pub fn confusions(&self) -> &[(Lazy, String)] {
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
    /// Which units (by their index in [`Patterns::units`]) have their
    /// folded name somewhere in the texts, word-bounded or not: the only
    /// ones worth a closer look.
    pub fn units_named_in<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> Vec<bool> {
        let mut named = vec![false; self.inner.units.len()];
        for t in texts {
            for m in self.inner.unit_names.find_overlapping_iter(t) {
                named[m.pattern().as_usize()] = true;
            }
        }
        named
    }
    pub fn contexts(&self) -> &[ContextCue] {
        &self.inner.contexts
    }
    pub fn breakdowns(&self) -> &[Breakdown] {
        &self.inner.breakdowns
    }
    /// The word class's regex.
    pub fn words(&self, class: WordClass) -> &Words {
        &self.inner.words[class as usize]
    }
    pub fn word_classes(&self) -> &[Words] {
        &self.inner.words
    }

    /// The catalogue's spelling of a field name OCR wrote without its
    /// spaces or marks, if the letters are the same.
    /// OCR also drops or changes a letter ("Hộtch"): a name within one
    /// edit of exactly one catalogue name (two for long names) is that name.
    pub fn known_field(&self, name: &str) -> Option<&str> {
        let l = letters(name);
        if let Some((_, n)) = self.inner.fields.iter().find(|(k, _)| *k == l) {
            return Some(n.as_str());
        }
        let limit = match l.len() {
            0..=4 => return None,
            5..=11 => 1,
            _ => 2,
        };
        let mut near = self
            .inner
            .fields
            .iter()
            .filter(|(k, _)| edits(k, &l, limit).is_some());
        let first = near.next()?;
        if near.next().is_some() || word_apart(name, &first.1) {
            return None;
        }
        Some(first.1.as_str())
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

/// The edit distance between `a` and `b` when it is at most `limit`.
fn edits(a: &str, b: &str, limit: usize) -> Option<usize> {
    Some(strsim::levenshtein(a, b)).filter(|&d| d <= limit)
}

/// A name's letters alone: folded, without spaces or punctuation.
/// Whether two names differ by whole words only ("nông nghiệp - môi
/// trường", "nông nghiệp và môi trường"): a writer's wording, which the
/// report's spelling keeps, not letters OCR lost.
fn word_apart(a: &str, b: &str) -> bool {
    let ws = |s: &str| -> Vec<String> {
        fold(s)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (ws(a), ws(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.len() == long.len() {
        return false;
    }
    // The shorter is the longer with whole words left out, in order.
    let mut it = long.iter();
    short.iter().all(|w| it.any(|l| l == w))
}

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

    /// The prefilter may only pass over a cue in a text where the cue does
    /// not match: checked on every figure example, and on the examples of
    /// every other cue (texts the cue should mostly not match).
    #[test]
    fn cue_prefixes_never_hide_a_cue_that_matches() {
        let p = Patterns::builtin();
        let texts: Vec<String> = p
            .figures()
            .iter()
            .flat_map(|f| f.examples.iter().map(|e| crate::text::fold(&e.text)))
            .collect();
        let mut skipped = 0;
        for t in &texts {
            let may = p.figure_cues_in(t);
            for (i, f) in p.figures().iter().enumerate() {
                if f.cue.is_match(t) {
                    assert!(
                        may[i],
                        "cue {} matches {t:?} but was filtered out",
                        f.cue.source
                    );
                } else if !may[i] {
                    skipped += 1;
                }
            }
        }
        // And it filters: most cues are not tried on most texts.
        assert!(
            skipped > texts.len() * p.figures().len() / 2,
            "{skipped} of {} cue tries skipped",
            texts.len() * p.figures().len()
        );
    }

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
    fn builtin_regexes_all_compile() {
        let files = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        Patterns::compile(files, true).unwrap();
    }

    #[test]
    fn a_copy_of_the_pattern_folder_loads_as_overrides() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
        let p = Patterns::load_with_overrides(&dir).unwrap();
        assert_eq!(p.figures().len(), Patterns::builtin().figures().len());
    }

    #[test]
    fn an_ocr_field_name_one_letter_off_is_the_catalogues() {
        let p = Patterns::builtin();
        assert_eq!(p.known_field("hộtch"), Some("hộ tịch"));
        assert_eq!(p.known_field("chung thục"), Some("chứng thực"));
        assert_eq!(p.known_field("xyz"), None);
        // A word the writer left out is wording, kept as written.
        assert_eq!(p.known_field("nông nghiệp - môi trường"), None);
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
