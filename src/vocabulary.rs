//! The closed world's vocabulary (`patterns/vocabulary.toml`), compiled:
//! neutral words and blockers as phrases of folded words, the
//! abbreviations whose stop ends no sentence, and the time-expression
//! grammar. Parsing only; `extract::certainty` reads clauses with it.

use crate::patterns::Lazy;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// What a vocabulary phrase does to a figure whose clause holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Explains its words: says nothing about whose or which period.
    Neutral,
    /// Places the number elsewhere (another period, a target, the city).
    Blocker,
    /// An agency's or an area's name: explains a statement of that
    /// agency's scope (sector:*), and no other.
    Agency,
}

/// One example: a one-paragraph report whose statements must all be
/// certain, or all uncertain.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabExample {
    pub text: String,
    pub certain: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    words: Vec<String>,
    /// Blockers that name another period: a statement that names its
    /// report's own period overrides them where a heading passes them on.
    #[serde(default)]
    period: bool,
    #[serde(default)]
    examples: Vec<VocabExample>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAgency {
    words: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    examples: Vec<VocabExample>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClause {
    #[serde(default)]
    abbreviations: Vec<String>,
    /// Words that may follow a number in place of what it counts.
    #[serde(default)]
    after_number: Vec<String>,
    /// Words by which a cue says it is the total.
    #[serde(default)]
    total: Vec<String>,
    /// Words that open a set whose part the number after is.
    #[serde(default)]
    partitive: Vec<String>,
    /// Words that make a clause a comparison with another period.
    #[serde(default)]
    comparison: Vec<String>,
    /// Words that open a clause re-identifying the numbers before it.
    #[serde(default)]
    rescoping: Vec<String>,
    /// Words that open a clause naming whose the numbers before it are.
    #[serde(default)]
    owner: Vec<String>,
    /// Words that open a reason or a purpose.
    #[serde(default)]
    reason: Vec<String>,
    /// Words right before a number that make it what remains.
    #[serde(default)]
    remainder: Vec<String>,
    /// Generic counters after a number ("trường hợp"): what they count is
    /// said by the words after them.
    #[serde(default)]
    counter: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTime {
    expr: String,
    #[serde(default)]
    carried_before: Option<String>,
    #[serde(default)]
    carried_after: Option<String>,
    /// The day the units began ("YYYY-MM-DD"): what "since it began
    /// operating" (the group `since`) starts from.
    #[serde(default)]
    founded: Option<String>,
    #[serde(default)]
    examples: Vec<VocabExample>,
}

/// The raw tables a pattern file may hold for the vocabulary.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawVocabulary {
    pub neutral: Vec<RawEntry>,
    pub blocker: Vec<RawEntry>,
    pub agency: Vec<RawAgency>,
    pub clause: Option<RawClause>,
    pub time: Option<RawTime>,
}

/// The compiled vocabulary; built from every pattern file's tables.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// By first word: (phrase's words, role), longest phrase first.
    phrases: HashMap<String, Vec<(Vec<String>, Role)>>,
    abbreviations: HashSet<String>,
    /// Phrases that may follow a number in place of what it counts.
    after_number: Vec<Vec<String>>,
    total: Vec<Vec<String>>,
    partitive: Vec<Vec<String>>,
    comparison: Vec<Vec<String>>,
    rescoping: Vec<Vec<String>>,
    owner: Vec<Vec<String>>,
    reason: Vec<Vec<String>>,
    remainder: Vec<Vec<String>>,
    counter: Vec<Vec<String>>,
    time: Option<Lazy>,
    /// The blockers that name another period (folded phrases).
    periods: HashSet<String>,
    /// Before and after a period: records carried over from it.
    carried: Option<(Lazy, Lazy)>,
    founded: Option<String>,
    /// (file, examples) for the tests.
    pub examples: Vec<(String, VocabExample)>,
}

/// The words of a folded text: runs of letters, digits and `&`.
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let w = c.is_alphanumeric() || c == '&';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out.into_iter()
}

fn starts_any(phrases: &[Vec<String>], run: &[&str]) -> bool {
    phrases
        .iter()
        .any(|p| p.len() <= run.len() && p.iter().zip(run).all(|(a, b)| a == b))
}

impl Vocabulary {
    pub(crate) fn add(&mut self, file: &str, raw: RawVocabulary) -> Result<(), regex::Error> {
        let agency = raw.agency.into_iter().map(|a| RawEntry {
            words: a.words.into_iter().chain(a.places).collect(),
            period: false,
            examples: a.examples,
        });
        let roles = raw
            .neutral
            .into_iter()
            .map(|e| (e, Role::Neutral))
            .chain(raw.blocker.into_iter().map(|e| (e, Role::Blocker)))
            .chain(agency.map(|e| (e, Role::Agency)));
        for (e, role) in roles {
            for w in &e.words {
                let ws: Vec<String> = words(w).map(|(_, w)| w.to_string()).collect();
                if e.period {
                    self.periods.insert(ws.join(" "));
                }
                if let Some(first) = ws.first() {
                    self.phrases
                        .entry(first.clone())
                        .or_default()
                        .push((ws, role));
                }
            }
            self.examples
                .extend(e.examples.into_iter().map(|x| (file.to_string(), x)));
        }
        if let Some(c) = raw.clause {
            self.abbreviations.extend(c.abbreviations);
            let phrases = |v: &[String]| -> Vec<Vec<String>> {
                v.iter()
                    .map(|p| words(p).map(|(_, w)| w.to_string()).collect())
                    .collect()
            };
            self.after_number.extend(phrases(&c.after_number));
            self.total.extend(phrases(&c.total));
            self.partitive.extend(phrases(&c.partitive));
            self.comparison.extend(phrases(&c.comparison));
            self.rescoping.extend(phrases(&c.rescoping));
            self.owner.extend(phrases(&c.owner));
            self.reason.extend(phrases(&c.reason));
            self.remainder.extend(phrases(&c.remainder));
            self.counter.extend(phrases(&c.counter));
        }
        if let Some(t) = raw.time {
            let re = Lazy::new(t.expr);
            re.compile()?;
            self.time = Some(re);
            if let (Some(b), Some(a)) = (t.carried_before, t.carried_after) {
                let (b, a) = (Lazy::new(b), Lazy::new(a));
                b.compile()?;
                a.compile()?;
                self.carried = Some((b, a));
            }
            if t.founded.is_some() {
                self.founded = t.founded;
            }
            self.examples
                .extend(t.examples.into_iter().map(|x| (file.to_string(), x)));
        }
        for list in self.phrases.values_mut() {
            // Longest first; of equal length, neutral before blocker (a
            // word listed as both is not a blocker).
            list.sort_by_key(|(ws, role)| (std::cmp::Reverse(ws.len()), *role as u8));
        }
        Ok(())
    }

    /// Whether `phrase` (folded, as a statement's unexplained words are
    /// reported) names another period: a blocker marked `period` or a
    /// whole time expression.
    pub fn names_period(&self, phrase: &str) -> bool {
        self.periods.contains(phrase)
            || self
                .time_at(phrase)
                .is_some_and(|c| c.get(0).is_some_and(|m| m.end() == phrase.len()))
    }

    /// Whether the period at `text[at..end]` is where records carried over
    /// come from ("tồn từ tháng 9 chuyển sang").
    pub fn is_carried_from(&self, text: &str, at: usize, end: usize) -> bool {
        self.carried
            .as_ref()
            .is_some_and(|(b, a)| b.is_match(&text[..at]) || a.is_match(&text[end..]))
    }

    /// Whether the words after a number open with a phrase that may stand
    /// in place of what it counts ("và", "trong đó", "đạt").
    pub fn after_number(&self, run: &[&str]) -> bool {
        starts_any(&self.after_number, run)
    }

    /// Whether `run` opens with a generic counter ("trường hợp"): how many
    /// words.
    pub fn counter_at(&self, run: &[&str]) -> Option<usize> {
        self.counter
            .iter()
            .find(|p| p.len() <= run.len() && p.iter().zip(run).all(|(a, b)| a == b))
            .map(Vec::len)
    }

    /// Whether `run` opens with a partitive ("trong số"): how many words.
    pub fn partitive_at(&self, run: &[&str]) -> Option<usize> {
        self.partitive
            .iter()
            .find(|p| p.len() <= run.len() && p.iter().zip(run).all(|(a, b)| a == b))
            .map(Vec::len)
    }

    /// Whether a clause's words open with a re-identifying copula ("đó là
    /// …", "là mức …").
    pub fn rescopes(&self, clause: &[&str]) -> bool {
        starts_any(&self.rescoping, clause)
    }

    /// Whether a later clause's words open by naming whose the numbers
    /// before it are ("…, thuộc Chi nhánh Văn phòng đăng ký đất đai").
    pub fn names_owner(&self, clause: &[&str]) -> bool {
        starts_any(&self.owner, clause)
    }

    /// Whether `run` opens with a reason or purpose ("do", "vì", "để").
    pub fn is_reason(&self, run: &[&str]) -> bool {
        starts_any(&self.reason, run)
    }

    /// Whether `run` ends with a remainder word ("còn", "còn lại").
    pub fn ends_with_remainder(&self, run: &[&str]) -> bool {
        self.remainder
            .iter()
            .any(|p| p.len() <= run.len() && run[run.len() - p.len()..] == p[..])
    }

    /// Whether `run` opens with a comparison word ("so với", "tăng").
    pub fn is_comparison(&self, run: &[&str]) -> bool {
        starts_any(&self.comparison, run)
    }

    /// Whether `run` opens with a word by which a cue says it is the total.
    pub fn is_total(&self, run: &[&str]) -> bool {
        starts_any(&self.total, run)
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    /// The longest phrase that starts at `words[i]`: how many words it
    /// covers, and its role.
    pub fn phrase_at(&self, words: &[&str], i: usize) -> Option<(usize, Role)> {
        let list = self.phrases.get(words[i])?;
        list.iter()
            .find(|(ws, _)| {
                ws.len() <= words.len() - i && ws.iter().zip(&words[i..]).all(|(a, b)| a == b)
            })
            .map(|(ws, role)| (ws.len(), *role))
    }

    /// The day the units began operating, where "since it began" starts.
    pub fn founded(&self) -> Option<&str> {
        self.founded.as_deref()
    }

    /// The time expression that starts `s`, if any.
    pub fn time_at<'s>(&self, s: &'s str) -> Option<regex::Captures<'s>> {
        // Most words open no time expression: the DFA says so faster than
        // the capturing engine.
        let re = self.time.as_ref()?;
        if !re.is_match(s) {
            return None;
        }
        re.captures(s)
    }
}
