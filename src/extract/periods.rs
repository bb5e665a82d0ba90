//! The period language as data: `patterns/periods.toml`, parsed once.
//!
//! Takes nothing; gives the two readers of a report's period their words:
//! [`super::nominal`] the title's cues (`[title]`, `[[period]]`), and
//! [`super::identity`] the data window's (`[[window]]`: a stated range,
//! the month, quarter, half-year or months of a year the text names, "tính
//! đến ngày ..."). Every cue carries examples that run as tests in the
//! module that reads it. It does not match anything itself. The file is
//! built in; `--patterns DIR` does not override it.

use crate::model::Nominal;
use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

const PERIODS_TOML: &str = include_str!("../../patterns/periods.toml");

/// What period a `[[period]]` cue names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Kind {
    Month,
    Quarter,
    Half,
    NineMonths,
    Year,
}

/// What a `[[window]]` cue reads; each is in the file once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Role {
    /// A stated range: groups `d1`, `m1`, `y1` (optional), `d2`, `m2`, `y2`.
    Range,
    /// Up to a date: groups `d`, `m`, `y`.
    Until,
    /// A month with its year: groups `m`, `y`.
    Month,
    /// A month without its year after a report's words: group `m`.
    MonthNoYear,
    /// A quarter: groups `q` (digits or I-IV), `y`.
    Quarter,
    /// A half-year: group `h1` when it is the first, `y`.
    Half,
    /// The first months of a year: groups `n`, `y`.
    FirstMonths,
    /// A year, the year of a month named without one: group `y`.
    Year,
}

impl Role {
    const ALL: [Role; 8] = [
        Role::Range,
        Role::Until,
        Role::Month,
        Role::MonthNoYear,
        Role::Quarter,
        Role::Half,
        Role::FirstMonths,
        Role::Year,
    ];
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    title: RawTitle,
    period: Vec<RawCue>,
    window: Vec<RawWindow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTitle {
    start: String,
    end: String,
    max_chars: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCue {
    id: String,
    kind: Kind,
    /// For `half`: 1 or 2, or 0 for "the half the data window starts in".
    #[serde(default)]
    half: Option<u8>,
    cue: String,
    #[serde(default)]
    not_after: Option<String>,
    examples: Vec<Example>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    id: Role,
    cue: String,
    #[serde(default)]
    not_after: Option<String>,
    examples: Vec<WindowExample>,
}

/// An example title; only the tests read it (`nominal::examples_hold`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Example {
    pub text: String,
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub nominal: Option<Nominal>,
    #[serde(default)]
    pub none: bool,
}

/// An example text (paragraphs separated by line breaks) and the window
/// read from it; only the tests read it (`identity::window_examples_hold`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct WindowExample {
    pub text: String,
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub none: bool,
}

/// A title cue of the nominal period.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Cue {
    pub id: String,
    pub kind: Kind,
    pub half: Option<u8>,
    pub cue: Regex,
    pub not_after: Option<Regex>,
    pub examples: Vec<Example>,
}

/// A data window cue.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Window {
    pub role: Role,
    pub cue: Regex,
    /// Rejects a match when the text just before it matches.
    pub not_after: Option<Regex>,
    pub examples: Vec<WindowExample>,
}

impl Window {
    /// The captures of the first match not rejected by `not_after`.
    pub fn captures<'t>(&self, t: &'t str) -> Option<regex::Captures<'t>> {
        self.captures_iter(t).next()
    }

    /// The captures of every match not rejected by `not_after`.
    pub fn captures_iter<'a, 't>(
        &'a self,
        t: &'t str,
    ) -> impl Iterator<Item = regex::Captures<'t>> + 'a
    where
        't: 'a,
    {
        self.cue.captures_iter(t).filter(move |c| {
            let at = c.get(0).map_or(0, |m| m.start());
            !self
                .not_after
                .as_ref()
                .is_some_and(|re| re.is_match(&t[..at]))
        })
    }
}

pub(crate) struct Periods {
    pub title_start: Regex,
    pub title_end: Regex,
    pub max_chars: usize,
    pub cues: Vec<Cue>,
    /// By `Role as usize`.
    windows: Vec<Window>,
}

impl Periods {
    pub fn window(&self, role: Role) -> &Window {
        &self.windows[role as usize]
    }

    #[cfg(test)]
    pub fn windows(&self) -> &[Window] {
        &self.windows
    }
}

/// The built-in file; a broken one fails the tests (`examples_hold`,
/// `window_examples_hold`).
pub(crate) static PERIODS: LazyLock<Periods> = LazyLock::new(|| {
    let raw: RawFile = toml::from_str(PERIODS_TOML).expect("patterns/periods.toml parses");
    let re = |s: &str| Regex::new(s).expect("patterns/periods.toml: valid regex");
    let mut windows: Vec<Option<Window>> = Role::ALL.iter().map(|_| None).collect();
    for w in raw.window {
        let slot = &mut windows[w.id as usize];
        assert!(
            slot.is_none(),
            "patterns/periods.toml: two windows {:?}",
            w.id
        );
        *slot = Some(Window {
            role: w.id,
            cue: re(&w.cue),
            not_after: w.not_after.as_deref().map(re),
            examples: w.examples,
        });
    }
    Periods {
        title_start: re(&raw.title.start),
        title_end: re(&raw.title.end),
        max_chars: raw.title.max_chars,
        cues: raw
            .period
            .into_iter()
            .map(|c| Cue {
                cue: re(&c.cue),
                not_after: c.not_after.as_deref().map(re),
                id: c.id,
                kind: c.kind,
                half: c.half,
                examples: c.examples,
            })
            .collect(),
        windows: Role::ALL
            .iter()
            .zip(windows)
            .map(|(r, w)| w.unwrap_or_else(|| panic!("patterns/periods.toml: no window {r:?}")))
            .collect(),
    }
});

/// "iii" or "3" → 3.
pub(crate) fn quarter(s: &str) -> Option<u8> {
    match s {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}
