//! The `check` stage: an extraction's figures in, findings out.
//!
//! A finding is data, never an error: one relation between stated figures
//! that does not hold, with the numbers and the lines it rests on. Each rule
//! lives in its own file, named as the `rule` it emits:
//!
//! | rule | file | checks |
//! |---|---|---|
//! | `parts-sum` | [`parts_sum`] | a total against the sum of its complete breakdown |
//! | `parts-exceed-total` | [`parts_exceed_total`] | an incomplete breakdown, a part or an X/Y larger than its total |
//! | `rate` | [`rate`] | every stated percentage against its count over the possible bases |
//! | `table-total` | [`table_total`] | each table column against its total row |
//! | `field-sum` | [`field_sum`] | per-field figures against the ward's |
//! | `conflicting-statements` | [`conflicting_statements`] | one (scope, key) stated twice with different values |
//!
//! [`text`] renders findings for `baocao check`; [`vi`] formats numbers the Vietnamese way.
//!
//! # Tolerance policy
//!
//! The city must see every fault and must not be flooded with false alarms
//! where a ward simply counts differently. So:
//!
//! 1. **Counts are exact.** A sum of counts either matches or is a finding
//!    (severity `error`); there is no "close enough" for records.
//! 2. **Accounting conventions** ([`relations::Convention`]). A scope's
//!    figures are read under every convention that real reports use, and a
//!    relation is flagged only when no convention makes it hold:
//!    - withdrawn and refused records counted *inside* `resolved_total`
//!      (resolved = timing parts + withdrawn + refused; received =
//!      resolved + in progress) or *beside* it (resolved = timing parts;
//!      received = resolved + in progress + withdrawn + refused);
//!    - carried-over records *inside* the headline total (received =
//!      online + direct + carried over) or *outside* it (received =
//!      online + direct, and received + carried over = resolved + in
//!      progress …).
//!
//!    The convention is the scope's, not the relation's: when each relation
//!    holds under some convention but no single convention makes all of
//!    them hold (438 received = 438 resolved, 438 resolved = 438 early, and
//!    9 refused on top), that is one `parts-sum` finding naming every key.
//!    Scopes are read independently (Gia Phúc's ward counts refusals inside,
//!    its land office beside).
//! 3. **Complete or partial breakdowns.** A sum is checked for equality only
//!    when the breakdown is complete: online *and* direct; resolved *and* in
//!    progress; early-or-on-time, or early *and* on time; all three
//!    procedure levels. Optional parts that reports leave out when they are
//!    zero (late, withdrawn, refused, carried over) count as 0 when absent.
//!    A partial breakdown is only checked not to exceed its total (rule
//!    `parts-exceed-total`), and resolved + in progress is not checked
//!    against a received total when carried-over records may be missing from
//!    it (no carried-over figure stated).
//! 4. **Rates** (severity `warning`) are recomputed from the count over every
//!    base the report could mean (see [`rate`]), and accepted when any base,
//!    **rounded or truncated** to the decimals the report wrote, gives the
//!    stated value (71,24% for 2.002/2.810 = 71,2456 is accepted by
//!    truncation). A rate written as "X/Y đạt Z%" is checked against X/Y
//!    only. A rate that is off by exactly ×10 or ×100 is named as such. Rates
//!    with no count base (satisfaction, digitisation) are not checked.
//! 5. **Restatements.** The first statement of a (scope, key) is the figure;
//!    a later statement with another value is a `conflicting-statements`
//!    error (a rate-only key restated with another rate is a warning). A
//!    restated count with the same value but another rate is checked as a
//!    rate in its own right.
//! 6. **Per-field sums.** The fields' figures must not add up to more than
//!    the ward's; they must add up exactly only when the fields' received
//!    totals add up to the ward's (the breakdown is evidently complete) and
//!    every field states the key.
//! 7. **Culprit.** For a `parts-sum` finding, a figure is named as the likely
//!    culprit when correcting it alone removes the finding without raising
//!    any new one (rates, other sums, restatements included) and it is the
//!    only such figure, or the only one whose corrected value the report
//!    itself states elsewhere.

pub mod conflicting_statements;
pub mod field_sum;
pub mod parts_exceed_total;
pub mod parts_sum;
pub mod rate;
pub mod relations;
pub mod table_total;
pub mod text;
pub mod vi;

use crate::model::{
    Extraction, Figure, Finding, Key, Quantity, Rule, Scope, Severity, TableColumn,
};
use std::collections::{BTreeMap, BTreeSet};

/// Every arithmetic relation of the report that does not hold, on its
/// certain figures only.
pub fn check(x: &Extraction) -> Vec<Finding> {
    review(x).findings
}

/// What `check` says of one report: the findings, which rest on certain
/// figures read under one reading, and the notes ("cần xem lại"): the
/// contradictions that hold only when an uncertain figure is taken at its
/// word, or only when one number is read as two figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Review {
    pub findings: Vec<Finding>,
    pub notes: Vec<Finding>,
}

/// [`check`] with its notes.
pub fn review(x: &Extraction) -> Review {
    // A text that is not one unit's report is not accused of anything.
    if x.unchecked.is_some() {
        return Review::default();
    }
    let certain = certain_view(x);
    let (findings, mut notes): (Vec<Finding>, Vec<Finding>) = raised(&certain, true)
        .into_iter()
        .partition(|f| !one_token_twice(&certain, f));
    for n in &mut notes {
        n.message = format!(
            "cần xem lại: {} (một con số được đọc thành hai chỉ tiêu)",
            n.message
        );
    }
    // A relation that holds under the report's own first statement of one
    // of its figures (uncertain, so not in the certain view) is not accused.
    let (findings, restated) = set_aside(findings, |f| {
        holds_under_first_statement(x, &certain, f).map(|(key, v, line)| {
            format!(
                "khớp nếu lấy {} = {} ở dòng {line}",
                key.label_vi(),
                vi::int(v)
            )
        })
    });
    // One wrong total row, accused once: a restatement whose two values are
    // a table's total row and the sum of its rows is that table's finding.
    let (findings, said): (Vec<Finding>, Vec<Finding>) = one_accusation_per_number(findings);
    // A sum short by exactly counts the report states in words no
    // statement took: under the reading that takes them, it holds.
    let (findings, loose) = set_aside(findings, |f| {
        loose_explains(&certain, f).map(|lines| match f.rule {
            Rule::Rate => format!("khớp nếu lấy số hồ sơ {} làm cơ sở", vi::lines(&lines)),
            _ => format!("khớp nếu tính cả số hồ sơ {}", vi::lines(&lines)),
        })
    });
    notes.extend(loose);
    notes.extend(restated);
    let ids: BTreeSet<Id> = findings.iter().chain(&notes).chain(&said).map(id).collect();
    if certain.statements.len() != x.statements.len() {
        // Without culprits: a note names no figure to correct.
        for mut f in raised(x, false) {
            if ids.contains(&id(&f)) {
                continue;
            }
            let why = uncertain_words(x, &f);
            f.message = format!("cần xem lại: {} (số liệu chưa chắc chắn: {why})", f.message);
            notes.push(f);
        }
    }
    Review { findings, notes }
}

/// The findings `why` has no reason against, and the others as notes
/// ("cần xem lại: …, (the reason)"), without a culprit to correct.
fn set_aside(
    findings: Vec<Finding>,
    why: impl Fn(&Finding) -> Option<String>,
) -> (Vec<Finding>, Vec<Finding>) {
    let mut kept = Vec::new();
    let mut notes = Vec::new();
    for mut f in findings {
        match why(&f) {
            None => kept.push(f),
            Some(reason) => {
                f.message = format!("cần xem lại: {} ({reason})", f.message);
                f.culprit = None;
                notes.push(f);
            }
        }
    }
    (kept, notes)
}

/// The extraction with its uncertain statements left out: the figure of
/// each (scope, key) is then its first certain statement.
fn certain_view(x: &Extraction) -> Extraction {
    if x.statements.iter().all(|s| s.certain) {
        return x.clone();
    }
    let statements: Vec<Figure> = x.statements.iter().filter(|s| s.certain).cloned().collect();
    let mut figures: Vec<Figure> = Vec::new();
    for s in &statements {
        let same = |f: &Figure| f.scope == s.scope && f.key == s.key;
        match figures.iter().position(same) {
            Some(i) if figures[i].value.is_none() && s.value.is_some() => figures[i] = s.clone(),
            Some(_) => {}
            None => figures.push(s.clone()),
        }
    }
    Extraction {
        figures,
        statements,
        ..x.clone()
    }
}

/// The report's own first statement of one of the finding's keys, when
/// the certain view had to take a later one because the first is
/// uncertain ("2.241 hồ sơ đã được giải quyết" in the text, unsure, then
/// "2.214" in the table's total row), and the finding's relation holds
/// under it: its key, value and line. By the convention that a key's first
/// statement is its figure, the relation is then not accused (the later
/// restatement is compared with it elsewhere). Never for the rules that
/// compare the statements themselves.
fn holds_under_first_statement(
    x: &Extraction,
    certain: &Extraction,
    f: &Finding,
) -> Option<(Key, i64, usize)> {
    if matches!(f.rule, Rule::ConflictingStatements | Rule::TableTotal) {
        return None;
    }
    let facts = Facts::new(certain);
    let own = id(f);
    for &key in &f.keys {
        let Some(fig) = facts.figure(&f.scope, key) else {
            continue;
        };
        let Some(value) = fig.value else { continue };
        let first = x
            .statements
            .iter()
            .find(|s| s.scope == f.scope && s.key == key && s.value.is_some())?;
        let Some(v) = first.value.filter(|&v| v != value && first.line < fig.line) else {
            continue;
        };
        let y = with_value(certain, &f.scope, key, fig.line, v);
        if !findings_of(&y).iter().any(|g| id(g) == own) {
            return Some((key, v, first.line));
        }
    }
    None
}

/// The findings, and apart the `conflicting-statements` that say again what a
/// `table-total` of the same scope and key says (the text's 2.241 against
/// the total row's 2.214, whose rows add up to 2.241).
fn one_accusation_per_number(findings: Vec<Finding>) -> (Vec<Finding>, Vec<Finding>) {
    let values = |f: &Finding| {
        let (a, b) = (f.expected.0, f.found.0);
        if a <= b { (a, b) } else { (b, a) }
    };
    let tables: Vec<(Scope, Vec<Key>, (f64, f64))> = findings
        .iter()
        .filter(|f| f.rule == Rule::TableTotal)
        .map(|f| (f.scope.clone(), f.keys.clone(), values(f)))
        .collect();
    findings.into_iter().partition(|f| {
        f.rule != Rule::ConflictingStatements
            || !tables
                .iter()
                .any(|(s, k, v)| *s == f.scope && *k == f.keys && *v == values(f))
    })
}

/// Whether two of the finding's figures are one number read twice ("1.515
/// hồ sơ tiếp nhận trực tuyến" as the total and as its online part): the
/// relation then compares a number with itself under two readings.
fn one_token_twice(x: &Extraction, f: &Finding) -> bool {
    let tokens: Vec<(usize, usize)> = x
        .figures
        .iter()
        .filter(|g| g.scope == f.scope && f.keys.contains(&g.key) && g.evidence.token != (0, 0))
        .map(|g| g.evidence.token)
        .collect();
    tokens
        .iter()
        .enumerate()
        .any(|(i, t)| tokens[i + 1..].contains(t))
}

/// The words that made the finding's figures uncertain, for its note.
fn uncertain_words(x: &Extraction, f: &Finding) -> String {
    let mut words: Vec<String> = x
        .statements
        .iter()
        .filter(|s| !s.certain && f.keys.contains(&s.key) && f.lines.contains(&s.line))
        .flat_map(|s| {
            s.unexplained
                .iter()
                .map(|w| format!("dòng {}: \"{w}\"", s.line))
        })
        .collect();
    words.dedup();
    if words.is_empty() {
        "một số liệu liên quan".to_string()
    } else {
        words.join(", ")
    }
}

/// The findings of one extraction, with their culprits if asked.
fn raised(x: &Extraction, culprits: bool) -> Vec<Finding> {
    let mut findings = findings_of(x);
    // A finding that rests on a figure OCR was unsure of is not raised
    // (the extraction's notes name the figure): a misread digit is the
    // scanner's fault, not the ward's.
    findings.retain(|f| !rests_on_doubt(x, f) && !unsure_explains(x, f));
    if !culprits {
        return findings;
    }
    let ids: BTreeSet<Id> = findings.iter().map(id).collect();
    for f in findings.iter_mut() {
        if f.rule == Rule::PartsSum {
            f.culprit = culprit(x, f, &ids);
        }
    }
    findings
}

/// Whether one of the finding's figures is doubtful: same key, and same
/// scope (a per-field sum rests on every field's figure of its key). Not
/// when the doubtful figures are all parts of parts that exceed their
/// total even without them: counts are never negative, so whatever they
/// really are, the parts exceed.
fn rests_on_doubt(x: &Extraction, f: &Finding) -> bool {
    let doubts: Vec<&Figure> = x
        .doubtful
        .iter()
        .filter(|d| f.keys.contains(&d.key) && (d.scope == f.scope || f.rule == Rule::FieldSum))
        .collect();
    !doubts.is_empty() && !exceeds_without(f, &doubts)
}

/// A one-relation sum (its total's key first, each key once) whose parts
/// exceed the total by more than the doubtful parts together. Never when
/// one of them may be a term of the total (the first key, carried over).
fn exceeds_without(f: &Finding, doubts: &[&Figure]) -> bool {
    let one_relation = {
        let mut seen = BTreeSet::new();
        f.keys.iter().all(|k| seen.insert(*k))
    };
    let parts_only = doubts
        .iter()
        .all(|d| f.keys.first() != Some(&d.key) && d.key != Key::CarriedOver);
    let doubted: Option<i64> = doubts.iter().map(|d| d.value).sum();
    matches!(f.rule, Rule::PartsSum | Rule::PartsExceedTotal)
        && one_relation
        && parts_only
        && doubted.is_some_and(|v| f.found.0 - v as f64 > f.expected.0)
}

/// Whether a `parts-sum` finding in a table row may come from a cell the
/// table reader could not take: a misread cell (it may be the missing
/// part), or a number under an unread header that is the difference, or
/// adds up to it with the others ("Rút hồ sơ" lost from a scanned header:
/// received 58, resolved 49 + in progress 7, and 02 under no name).
fn unsure_explains(x: &Extraction, f: &Finding) -> bool {
    if f.rule != Rule::PartsSum {
        return false;
    }
    let cells: Vec<Option<i64>> = x
        .unsure
        .iter()
        .filter(|(s, _)| *s == f.scope)
        .map(|(_, v)| *v)
        .collect();
    if cells.is_empty() {
        return false;
    }
    if cells.iter().any(Option::is_none) {
        return true;
    }
    let gap = (f.expected.0 - f.found.0).abs().round() as i64;
    let all: i64 = cells.iter().flatten().sum();
    gap == all || cells.iter().flatten().any(|&v| v == gap)
}

/// Whether a sum finding misses exactly a count of records the report
/// states but no certain statement took: one such count of its scope, or
/// two on one line ("28 hồ sơ được công dân xin rút; 07 hồ sơ bị từ chối"
/// against a gap of 35). Under the reading that takes them, the sum holds.
fn loose_explains(x: &Extraction, f: &Finding) -> Option<Vec<usize>> {
    if f.rule == Rule::Rate {
        return loose_base(x, f);
    }
    if !matches!(f.rule, Rule::PartsSum | Rule::FieldSum) {
        return None;
    }
    let gap = (f.expected.0 - f.found.0).abs().round() as i64;
    // A count equal to one of the relation's own terms, on that term's
    // line, may be that term read again ("09 trả lại" both in the sum and
    // left over): no evidence of a part the sum lacks. Elsewhere ("quá hạn
    // 4" and, lines below, "04 hồ sơ (từ chối)") it is another count.
    let facts = Facts::new(x);
    let terms: Vec<(i64, usize)> = f
        .keys
        .iter()
        .filter_map(|&k| facts.scopes.get(&f.scope)?.get(&k))
        .filter_map(|fig| Some((fig.value?, fig.line)))
        .collect();
    let loose: Vec<(usize, i64)> = x
        .loose
        .iter()
        .filter(|(s, line, v)| *s == f.scope && !terms.contains(&(*v, *line)))
        .map(|&(_, line, v)| (line, v))
        .collect();
    loose.iter().enumerate().find_map(|(i, &(line, v))| {
        if v == gap {
            return Some(vec![line]);
        }
        loose[i + 1..]
            .iter()
            .any(|&(l2, w)| l2 == line && v + w == gap)
            .then(|| vec![line])
    })
}

/// Whether a rate no read figure explains is exactly the share of its
/// count in a count of records the report states but no certain statement
/// took ("… 37 hồ sơ do tháng 10 chuyển sang và 827 hồ sơ mới. Số hồ sơ
/// mới nộp trực tuyến là 602 (72,79%)": 602/827). Under the reading that
/// takes that count as the base, the rate holds.
fn loose_base(x: &Extraction, f: &Finding) -> Option<Vec<usize>> {
    let facts = Facts::new(x);
    let figs = facts.scopes.get(&f.scope)?;
    let rated = figs.get(f.keys.first()?)?;
    let stated = rated.pct?;
    let num = rated.value.or_else(|| figs.get(f.keys.get(1)?)?.value)?;
    let d = rate::decimals_of(rated, stated);
    x.loose
        .iter()
        .find(|(s, _, v)| *s == f.scope && *v > 0 && rate::explains(num, *v, stated, d))
        .map(|&(_, line, _)| vec![line])
}

/// The findings of every rule, in document order, without culprits.
fn findings_of(x: &Extraction) -> Vec<Finding> {
    let facts = Facts::new(x);
    let mut out = Vec::new();
    out.extend(conflicting_statements::check(&facts));
    out.extend(parts_sum::check(&facts));
    out.extend(parts_exceed_total::check(&facts));
    out.extend(table_total::check(&facts));
    out.extend(field_sum::check(&facts));
    out.extend(rate::check(&facts));
    out.sort_by_key(|f| f.lines.first().copied().unwrap_or(0));
    out
}

/// The figures of one extraction, by scope and key (first statement wins),
/// with the statements and tables they come from.
pub struct Facts<'a> {
    pub scopes: BTreeMap<Scope, BTreeMap<Key, &'a Figure>>,
    pub statements: &'a [Figure],
    pub tables: &'a [TableColumn],
}

impl<'a> Facts<'a> {
    pub fn new(x: &'a Extraction) -> Facts<'a> {
        let statements: &[Figure] = if x.statements.is_empty() {
            &x.figures
        } else {
            &x.statements
        };
        let mut scopes: BTreeMap<Scope, BTreeMap<Key, &Figure>> = BTreeMap::new();
        for f in x.figures.iter().chain(statements) {
            scopes
                .entry(f.scope.clone())
                .or_default()
                .entry(f.key)
                .or_insert(f);
        }
        Facts {
            scopes,
            statements,
            tables: &x.tables,
        }
    }

    pub fn figure(&self, scope: &Scope, key: Key) -> Option<&'a Figure> {
        self.scopes.get(scope).and_then(|m| m.get(&key)).copied()
    }

    /// The stated count of (scope, key), as a term of a sum.
    pub fn term(&self, scope: &Scope, key: Key) -> Option<Term> {
        let f = self.figure(scope, key)?;
        Some(Term {
            key,
            value: f.value?,
            line: f.line,
        })
    }

    pub fn value(&self, scope: &Scope, key: Key) -> Option<i64> {
        self.figure(scope, key).and_then(|f| f.value)
    }
}

/// One stated count taking part in a relation.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub key: Key,
    pub value: i64,
    pub line: usize,
}

impl Term {
    /// "đã giải quyết 2.788".
    pub fn show(&self) -> String {
        format!("{} {}", self.key.label_vi(), vi::int(self.value))
    }
}

pub fn sum(terms: &[Term]) -> i64 {
    // Saturating: figures come from documents, and a debug build must not
    // panic nor a release build wrap on an absurd one.
    terms.iter().fold(0i64, |a, t| a.saturating_add(t.value))
}

/// "đã giải quyết 2.788 + đang giải quyết 21".
pub fn show_terms(terms: &[Term]) -> String {
    if terms.is_empty() {
        return "0".to_string();
    }
    terms.iter().map(Term::show).collect::<Vec<_>>().join(" + ")
}

/// "đã giải quyết 2.788 + đang giải quyết 21 = 2.809" (or just the term).
pub fn show_sum(terms: &[Term]) -> String {
    if terms.len() == 1 {
        terms[0].show()
    } else {
        format!("{} = {}", show_terms(terms), vi::int(sum(terms)))
    }
}

/// A finding with its keys deduplicated (first occurrence kept) and its
/// lines sorted and deduplicated.
#[allow(clippy::too_many_arguments)]
pub fn finding(
    rule: Rule,
    severity: Severity,
    scope: &Scope,
    keys: impl IntoIterator<Item = Key>,
    expected: impl Into<Quantity>,
    found: impl Into<Quantity>,
    lines: impl IntoIterator<Item = usize>,
    message: String,
) -> Finding {
    let mut ks: Vec<Key> = Vec::new();
    for k in keys {
        if !ks.contains(&k) {
            ks.push(k);
        }
    }
    let mut ls: Vec<usize> = lines.into_iter().filter(|&l| l > 0).collect();
    ls.sort_unstable();
    ls.dedup();
    Finding {
        rule,
        severity,
        scope: scope.clone(),
        keys: ks,
        expected: expected.into(),
        found: found.into(),
        lines: ls,
        message,
        culprit: None,
    }
}

/// What identifies a finding across re-runs: rule, scope and keys.
type Id = (Rule, String, Vec<Key>);

fn id(f: &Finding) -> Id {
    let mut keys = f.keys.clone();
    keys.sort();
    (f.rule, f.scope.to_string(), keys)
}

/// The one figure whose correction removes `f` without raising any finding
/// that was not there before; see the module doc (point 7).
fn culprit(x: &Extraction, f: &Finding, before: &BTreeSet<Id>) -> Option<Key> {
    let facts = Facts::new(x);
    let delta = (f.expected.0 - f.found.0).round() as i64;
    let own = id(f);
    let mut fixes: Vec<(Key, bool)> = Vec::new();
    for &key in &f.keys {
        let Some(fig) = facts.figure(&f.scope, key) else {
            continue;
        };
        let Some(value) = fig.value else { continue };
        // Values the report itself states elsewhere for this key.
        let restated: Vec<i64> = facts
            .statements
            .iter()
            .filter(|s| s.scope == f.scope && s.key == key)
            .filter_map(|s| s.value)
            .filter(|&v| v != value)
            .collect();
        let mut candidates: Vec<i64> = vec![value + delta, value - delta];
        candidates.extend(&restated);
        candidates.retain(|&v| v >= 0 && v != value);
        candidates.sort_unstable();
        candidates.dedup();
        for v in candidates {
            let changed = with_value(x, &f.scope, key, fig.line, v);
            let after: BTreeSet<Id> = findings_of(&changed).iter().map(id).collect();
            if !after.contains(&own) && after.is_subset(before) {
                fixes.push((key, restated.contains(&v)));
                break;
            }
        }
    }
    match fixes.as_slice() {
        [(k, _)] => Some(*k),
        _ => {
            let attested: Vec<Key> = fixes.iter().filter(|(_, a)| *a).map(|(k, _)| *k).collect();
            match attested.as_slice() {
                [k] => Some(*k),
                _ => None,
            }
        }
    }
}

/// The extraction with one figure's value replaced: the figure, its first
/// statement, and a table total row that is that statement.
fn with_value(x: &Extraction, scope: &Scope, key: Key, line: usize, v: i64) -> Extraction {
    let mut y = x.clone();
    for f in y.figures.iter_mut() {
        if &f.scope == scope && f.key == key {
            f.value = Some(v);
        }
    }
    if let Some(s) = y
        .statements
        .iter_mut()
        .find(|s| &s.scope == scope && s.key == key)
    {
        s.value = Some(v);
    }
    for t in y.tables.iter_mut() {
        if &t.scope == scope && t.key == key && t.total.0 == line {
            t.total.1 = v;
        }
    }
    y
}

#[cfg(test)]
pub(crate) mod testing {
    //! Builders for hand-made extractions in the rules' unit tests.
    use crate::model::{Extraction, Figure, Key, Scope};

    pub fn fig(scope: &str, key: Key, value: Option<i64>, pct: Option<f64>, line: usize) -> Figure {
        Figure {
            scope: scope.parse().unwrap(),
            key,
            value,
            pct,
            pct_decimals: None,
            of: None,
            raw: String::new(),
            page: None,
            line,
            pattern: String::new(),
            certain: true,
            unexplained: Vec::new(),
            evidence: Default::default(),
        }
    }

    /// A ward count stated at `line`.
    pub fn n(key: Key, value: i64, line: usize) -> Figure {
        fig("ward", key, Some(value), None, line)
    }

    /// A ward count with its rate.
    pub fn np(key: Key, value: i64, pct: f64, line: usize) -> Figure {
        fig("ward", key, Some(value), Some(pct), line)
    }

    /// An extraction whose statements are its figures (no restatement).
    pub fn ex(figures: Vec<Figure>) -> Extraction {
        let mut figs: Vec<Figure> = Vec::new();
        for f in &figures {
            if !figs.iter().any(|g| g.scope == f.scope && g.key == f.key) {
                figs.push(f.clone());
            }
        }
        Extraction {
            figures: figs,
            statements: figures,
            ..Extraction::default()
        }
    }

    pub fn in_scope(scope: &str, mut f: Figure) -> Figure {
        f.scope = scope.parse::<Scope>().unwrap();
        f
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::model::Key::*;

    /// Received 58 = resolved 49 + in progress 7 fails by 2; with the
    /// figures read from an OCR'd table row.
    fn short_by_two() -> Extraction {
        ex(vec![
            n(ReceivedTotal, 58, 5),
            n(ResolvedTotal, 49, 5),
            n(InProgress, 7, 5),
        ])
    }

    #[test]
    fn a_finding_on_a_doubtful_figure_is_not_raised() {
        let mut x = short_by_two();
        assert_eq!(check(&x).len(), 1);
        x.doubtful.push(x.figures[2].clone());
        assert!(check(&x).is_empty());
        // A doubtful figure of another key does not excuse the sum.
        let mut y = short_by_two();
        y.doubtful.push(n(Withdrawn, 3, 5));
        assert_eq!(check(&y).len(), 1);
    }

    #[test]
    fn a_contradiction_on_an_uncertain_figure_is_a_note_not_a_finding() {
        let mut x = short_by_two();
        x.statements[2].certain = false;
        x.statements[2].unexplained = vec!["thang truoc".into()];
        let r = review(&x);
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        assert_eq!(r.notes.len(), 1);
        assert!(r.notes[0].message.starts_with("cần xem lại"));
        assert!(
            r.notes[0].message.contains("thang truoc"),
            "{}",
            r.notes[0].message
        );
    }

    #[test]
    fn one_sentence_stating_a_key_twice_is_no_conflict() {
        let mut a = n(Rejected, 2, 7);
        let mut b = n(Rejected, 1, 7);
        a.evidence.sentence = 3;
        b.evidence.sentence = 3;
        assert!(check(&ex(vec![a.clone(), b.clone()])).is_empty());
        b.evidence.sentence = 4;
        assert_eq!(check(&ex(vec![a, b])).len(), 1);
    }

    #[test]
    fn parts_that_exceed_their_total_even_without_a_doubtful_part_are_raised() {
        // 287 + 41 + (doubtful 0) > 312: whatever the 0 really is.
        let mut x = ex(vec![
            n(ReceivedTotal, 312, 5),
            n(ResolvedTotal, 287, 5),
            n(InProgress, 41, 5),
            n(Rejected, 0, 5),
        ]);
        assert_eq!(check(&x).len(), 1);
        x.doubtful.push(x.figures[3].clone());
        assert_eq!(check(&x).len(), 1, "a doubtful part cannot undo the excess");
        // A doubtful total can: it may really be larger.
        let mut y = x.clone();
        y.doubtful = vec![y.figures[0].clone()];
        assert!(check(&y).is_empty());
        // Nor two doubtful parts that together may be the excess.
        let mut w = ex(vec![
            n(ReceivedTotal, 312, 5),
            n(ResolvedTotal, 287, 5),
            n(InProgress, 20, 5),
            n(Rejected, 15, 5),
        ]);
        w.doubtful = vec![w.figures[2].clone(), w.figures[3].clone()];
        assert!(check(&w).is_empty());
        // Nor a doubtful part that the excess depends on.
        let mut z = ex(vec![
            n(ReceivedTotal, 312, 5),
            n(ResolvedTotal, 287, 5),
            n(InProgress, 30, 5),
        ]);
        z.doubtful.push(z.figures[2].clone());
        assert!(check(&z).is_empty());
    }

    #[test]
    fn an_unread_cell_that_is_the_gap_excuses_the_sum() {
        // "Rút hồ sơ" lost from the header: its 02 is the missing part.
        let mut x = short_by_two();
        x.unsure.push((Scope::Ward, Some(2)));
        assert!(check(&x).is_empty());
        // An unread 5 does not explain a gap of 2.
        let mut y = short_by_two();
        y.unsure.push((Scope::Ward, Some(5)));
        assert_eq!(check(&y).len(), 1);
        // A misread cell in the row may be any part.
        let mut z = short_by_two();
        z.unsure.push((Scope::Ward, None));
        assert!(check(&z).is_empty());
    }

    #[test]
    fn a_consistent_report_has_no_finding() {
        let x = ex(vec![
            n(ReceivedTotal, 100, 1),
            n(ReceivedOnline, 60, 2),
            n(ReceivedDirect, 40, 2),
            n(ResolvedTotal, 90, 3),
            n(InProgress, 10, 4),
        ]);
        assert!(check(&x).is_empty());
    }

    #[test]
    fn the_only_figure_that_fixes_everything_is_the_culprit() {
        // Chí Linh's shape: changing received breaks online + direct and the
        // online rate, changing resolved breaks the early rate; only the
        // in-progress count can be corrected alone.
        let x = ex(vec![
            n(ReceivedTotal, 2810, 72),
            np(ReceivedOnline, 2002, 71.24, 76),
            n(ReceivedDirect, 808, 76),
            n(ResolvedTotal, 2788, 80),
            np(ResolvedEarly, 2746, 98.49, 80),
            n(ResolvedOnTime, 0, 80),
            n(ResolvedLate, 5, 82),
            n(Rejected, 2, 82),
            n(Withdrawn, 35, 84),
            n(InProgress, 21, 84),
        ]);
        let fs = check(&x);
        assert_eq!(fs.len(), 1, "{fs:#?}");
        assert_eq!(fs[0].culprit, Some(InProgress));
    }

    #[test]
    fn a_restated_value_that_fixes_the_sum_names_the_culprit() {
        let mut x = ex(vec![
            n(ProceduresTotal, 368, 52),
            n(ProceduresFullOnline, 209, 233),
            n(ProceduresPartialOnline, 137, 233),
            n(ProceduresNotOnline, 21, 241),
        ]);
        x.statements.push(n(ProceduresFullOnline, 210, 237));
        let fs = check(&x);
        let sum = fs.iter().find(|f| f.rule == Rule::PartsSum).unwrap();
        assert_eq!(sum.culprit, Some(ProceduresFullOnline));
        assert!(
            fs.iter()
                .any(|f| f.rule == Rule::ConflictingStatements
                    && f.keys == vec![ProceduresFullOnline])
        );
    }

    #[test]
    fn a_sum_that_holds_under_an_uncertain_first_statement_is_a_note() {
        // The first statement of the resolved total is uncertain; the
        // certain view takes the table's later 1.109, under which the
        // breakdown fails; under the report's own first 1.190 it holds.
        let mut first = n(ResolvedTotal, 1190, 10);
        first.certain = false;
        let mut x = ex(vec![
            first,
            n(ResolvedEarly, 1100, 10),
            n(ResolvedOnTime, 85, 10),
            n(ResolvedLate, 5, 10),
        ]);
        x.statements.push(n(ResolvedTotal, 1109, 30));
        let r = review(&x);
        assert!(
            r.findings.iter().all(|f| f.rule != Rule::PartsSum),
            "{:#?}",
            r.findings
        );
        let note = r.notes.iter().find(|f| f.rule == Rule::PartsSum).unwrap();
        assert!(note.message.contains("1.190 ở dòng 10"), "{}", note.message);
    }

    #[test]
    fn no_culprit_when_several_figures_could_be_wrong() {
        let x = ex(vec![
            n(ProceduresTotal, 368, 1),
            n(ProceduresFullOnline, 209, 2),
            n(ProceduresPartialOnline, 137, 3),
            n(ProceduresNotOnline, 21, 4),
        ]);
        let fs = check(&x);
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].culprit, None);
    }
}
