//! The `extract` stage: a normalized document and the [`Patterns`] in, an
//! [`Extraction`] out (unit, period, figures with provenance, every
//! statement, and the table columns that have a total row).
//!
//! It walks the normalized blocks in order keeping the section's scope (headings naming a vertical agency open `sector:*`,
//! other numbered headings return to the ward), gives a "Lĩnh vực X: ..."
//! bullet its own `field:x` scope, matches each paragraph ([`matcher`]) and
//! reads each table ([`table`]). A rate stated apart from its count goes
//! into the count's `pct`; the figure of a (scope, key) is its first
//! statement (the first with a count, where a rate came first). Each
//! number's context ([`context`]: cumulative, previous period, comparison,
//! target, average, another unit) and the head it breaks down
//! ([`breakdown`]) decide whether and how it is a figure; numbers of
//! another context go to `notes`. It does not normalize (the pipeline does,
//! before) and does not check arithmetic: `check` does, on `statements` and
//! `tables`.

mod breakdown;
mod certainty;
pub(crate) mod clause;
mod context;
mod doubt;
mod field_list;
pub mod identity;
pub mod matcher;
pub mod nominal;
mod periods;
mod rate_owner;
pub mod table;
mod time;
mod walk;

use crate::model::{Extraction, Figure, Key, Scope};
use crate::normalize::{self, Block, Marker, Normalized, Para};
use crate::patterns::Patterns;
use regex::Regex;
use std::sync::LazyLock;

pub fn extract(n: &Normalized, pats: &Patterns) -> Extraction {
    let mut texts: Vec<&str> = Vec::new();
    for block in &n.blocks {
        match block {
            Block::Para(p) => texts.push(&p.folded.text),
            Block::Table(t) => {
                for r in &t.rows {
                    for c in &r.cells {
                        texts.push(&c.folded.text);
                    }
                }
            }
        }
    }
    // Who reports comes first: a clause whose subject is another unit of
    // the city is that unit's, not the report's.
    let unit = identity::unit(&texts, &n.lines, pats);
    let own_unit = unit.as_ref().map(|u| normalize::fold(&u.name));
    // And for when: a clause that names a month outside the report's
    // period ("Tháng 9/2025, Trung tâm tiếp nhận …" in October's report)
    // states that month's figures.
    let period = identity::report_period(&texts);
    let who = certainty::Own {
        unit: own_unit.as_deref(),
        period: period.as_ref(),
    };
    let mut walk = walk::Walk::new(n, pats, who);
    for block in &n.blocks {
        walk.block(block);
    }
    let (mut stmts, tables, aside) = (walk.stmts, walk.tables, walk.aside);
    let (table_notes, unsure_rows) = (walk.table_notes, walk.unsure_rows);
    let mut loose = walk.loose;
    // Only record keys have sector and field scopes (figures.md).
    stmts.retain(|s| s.scope == Scope::Ward || s.key.is_record_key());
    let mut stmts = merge_rates(stmts);
    if n.paged {
        for s in &mut stmts {
            s.page = Some(n.line_page.get(s.line - 1).copied().unwrap_or(1));
        }
    }
    let figures = first_per_key(&stmts);
    let mut others: Vec<&str> = aside
        .iter()
        .filter(|(_, a)| a.unit)
        .map(|(_, a)| a.cue.as_str())
        .collect();
    others.sort();
    others.dedup();
    let unchecked = if unit.is_none() {
        Some(
            "văn bản không nêu đơn vị báo cáo (phường, xã, đặc khu) nên không kiểm tra số học"
                .to_string(),
        )
    } else if others.len() >= 2 {
        Some(format!(
            "văn bản nêu số liệu của {} đơn vị khác nên không kiểm tra chéo số học",
            others.len()
        ))
    } else {
        None
    };
    let mut notes: Vec<String> = unchecked.iter().cloned().collect();
    notes.extend(table_notes);
    notes.extend(aside.iter().map(|(f, a)| {
        format!(
            "dòng {}: \"{}\" là {} ({}), không tính vào số liệu của kỳ báo cáo",
            f.line,
            f.raw,
            a.context.label_vi(),
            a.cue
        )
    }));
    let (doubtful, tables) = doubt::mark(n, &stmts, tables, &mut notes);
    let mut unsure: Vec<(Scope, Option<i64>)> = Vec::new();
    for (line, v) in unsure_rows {
        for s in stmts.iter().filter(|s| s.line == line) {
            if !unsure.contains(&(s.scope.clone(), v)) {
                unsure.push((s.scope.clone(), v));
            }
        }
    }
    // An uncertain reading of a number that a certain statement also took
    // ("12" read twice) is that statement's, not a count left over.
    let taken = |line: usize, v: i64| {
        stmts
            .iter()
            .any(|t| t.certain && t.line == line && t.value == Some(v))
    };
    // Nor is an uncertain restatement of a key stated for certain ("từ
    // chối, dừng xử lý … là: 01 hồ sơ" beside the refused 2).
    let stated = |s: &Figure| {
        stmts
            .iter()
            .any(|t| t.certain && t.scope == s.scope && t.key == s.key)
    };
    loose.extend(
        stmts
            .iter()
            .filter(|s| !s.certain && s.key.is_record_key() && !s.key.is_rate() && !stated(s))
            .filter_map(|s| Some((s.scope.clone(), s.line, s.value?)))
            .filter(|&(_, line, v)| !taken(line, v)),
    );
    Extraction {
        loose,
        unsure,
        doubtful,
        notes,
        unchecked,
        unit,
        period,
        figures: figures.iter().map(|&i| stmts[i].clone()).collect(),
        statements: stmts,
        tables,
    }
}

/// The original text of a folded span, lines joined by a space.
fn original(f: &normalize::Folded, span: (usize, usize), lines: &[String]) -> String {
    let a = f.map[span.0];
    let b = f.map[span.1.min(f.map.len() - 1)];
    let mut out = String::new();
    for l in a.line..=b.line {
        let line = &lines[l as usize];
        let from = if l == a.line { a.col as usize } else { 0 };
        let to = if l == b.line {
            (b.col as usize).min(line.len())
        } else {
            line.len()
        };
        if from < to && line.is_char_boundary(from) && line.is_char_boundary(to) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line[from..to].trim());
        }
    }
    out.replace("**", "")
}

/// The scope a heading opens: the sector it names, else the ward.
/// The scope a heading opens (the agency it names, else the ward) and its
/// level: "I." 1, "1." 2, "1.1" 3 (one more per dot), "a)" 4, other
/// headings 5. An agency named after "không bao gồm", "ngoài" or "trừ" is
/// excluded, not opened.
fn heading_scope(p: &Para, lines: &[String], pats: &Patterns) -> Option<(Scope, u8)> {
    static LEVEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:([ivxl]+)[.)]|([0-9]+(?:\.[0-9]+)*)\.?|([a-z])[.)])\s").expect("level")
    });
    let t = &p.folded.text;
    let short = t.len() <= 90 && p.nums.iter().all(|n| !n.is_figure());
    let heading = matches!(p.marker, Marker::Numbered | Marker::Star)
        || short && (t.ends_with(':') || is_upper(p, lines));
    if !heading {
        return None;
    }
    let level = match LEVEL.captures(t) {
        Some(c) if c.get(1).is_some() => 1,
        Some(c) if c.get(2).is_some() => 2 + c[2].matches('.').count().min(3) as u8,
        Some(_) => 4,
        None => 5,
    };
    // A heading merged with the paragraph under it by a wrapped layout
    // names its scope in its own line only ("4. … của các cơ quan ngành dọc"
    // + "Công an phường … tiếp nhận …" opens no police section).
    let own;
    let t = if p.last_line > p.first_line && matches!(p.marker, Marker::Numbered | Marker::Star) {
        own = heading_lines(p, lines);
        own.as_str()
    } else {
        t
    };
    let mut head = normalize::head(t, 80);
    if let Some(m) = pats
        .words(crate::patterns::WordClass::Excluded)
        .cue
        .find(head)
    {
        head = &head[..m.start()];
    }
    let scope = pats
        .sector_in(head)
        .map(Scope::Sector)
        .unwrap_or(Scope::Ward);
    Some((scope, level))
}

/// A heading's own lines, folded: its first line and the lines that
/// continue it (opening in lower case, with a digit or a bracket: "(Từ
/// 20/3/2026 đến" + "19/4/2026)"), not the paragraph a wrapped layout
/// merged under it (a line opening in capitals: "UBND phường đã …").
fn heading_lines(p: &Para, lines: &[String]) -> String {
    let mut own = lines[p.first_line].clone();
    for l in &lines[p.first_line + 1..=p.last_line] {
        let first = l.trim_start().chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            break;
        }
        own.push(' ');
        own.push_str(l.trim());
    }
    normalize::fold(&own)
}

/// An all-capitals paragraph ("CÔNG AN PHƯỜNG"): a heading.
fn is_upper(p: &Para, lines: &[String]) -> bool {
    let letters: Vec<char> = lines[p.first_line..=p.last_line]
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| c.is_alphabetic())
        .collect();
    letters.len() >= 4
        && letters.iter().filter(|c| c.is_uppercase()).count() * 10 >= letters.len() * 9
}

/// A bullet's own scope: "Lĩnh vực X: ..." is field X (or the sector X
/// names); "Công an: ..." the sector.
fn local_scope(p: &Para, lines: &[String], pats: &Patterns) -> Option<Scope> {
    if p.marker == Marker::Numbered {
        return None;
    }
    let t = &p.folded.text;
    if let Some((from, to)) = field_label_at_start(t, pats) {
        let name = original(&p.folded, (from, to), lines);
        return Some(scope_of_name(&name, pats));
    }
    if p.marker == Marker::Bullet
        && let Some(colon) = normalize::head(t, 50).find(':')
        && let Some(s) = pats.sector_in(&t[..colon])
    {
        return Some(Scope::Sector(s));
    }
    None
}

/// A bullet's field label, "Lĩnh vực X:" at the start of a folded text
/// after its list marks: the span of "lĩnh vực X", X the 2 to 120
/// characters up to the colon (no stop or semicolon before it) without the
/// spaces before the colon. The label word is the patterns' `field_label`.
fn field_label_at_start(t: &str, pats: &Patterns) -> Option<(usize, usize)> {
    static BEFORE_COLON: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[-+•* ]*([^:;.]*):").expect("label"));
    let head = BEFORE_COLON.captures(t)?.get(1)?;
    let word = pats.tables().field_label.find(head.as_str())?;
    let from = head.start() + word.end() + 1;
    let x = head.as_str()[word.end()..].strip_prefix(' ')?;
    let two = x.char_indices().nth(2).map_or(x.len(), |(i, _)| i);
    if x[..two].chars().count() < 2 {
        return None;
    }
    let end = x.trim_end().len().max(two);
    (x[..end].chars().count() <= 120).then_some((head.start(), from + end))
}

/// How far into a sentence its field label may open ("riêng", "trong",
/// "đối với" before it), in folded bytes.
const FIELD_LEAD: usize = 16;

/// The field a prose sentence opens with ("Lĩnh vực Hộ tịch tiếp nhận 512
/// hồ sơ", "Riêng lĩnh vực đất đai, …"), from the sentence's start `from`
/// to the statement at `to`. Not a label deep in the clause ("hồ sơ thuộc
/// 25 lĩnh vực"), nor one with no name after it. The name runs to the
/// first number or punctuation; the longest run of its words that names a
/// catalogue field or an agency is taken, else up to six words as written
/// (a field the catalogue lacks is still not the ward).
fn field_of_head(
    p: &Para,
    from: usize,
    to: usize,
    lines: &[String],
    pats: &Patterns,
) -> Option<Scope> {
    let head = &p.folded.text[from..to];
    let label = &pats.tables().field_label;
    let start = head
        .char_indices()
        .map(|(i, _)| i)
        .take_while(|&i| i <= FIELD_LEAD)
        .filter(|&i| i == 0 || head[..i].ends_with(' '))
        .find(|&i| label.is_match(&head[i..]))?;
    if head[..start].contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | ';' | '(')) {
        return None;
    }
    let name_from = start + label.find(&head[start..])?.end();
    let rest = &head[name_from..];
    let name_len = rest
        .find(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | ';' | '(' | ')' | '.'))
        .unwrap_or(rest.len());
    // Where each word of the name ends.
    let name = &rest[..name_len];
    let mut ends = Vec::new();
    let mut in_word = false;
    for (i, c) in name.char_indices() {
        if c.is_whitespace() && in_word {
            ends.push(i);
        }
        in_word = !c.is_whitespace();
    }
    if in_word {
        ends.push(name.len());
    }
    let at = |end: usize| original(&p.folded, (from + name_from, from + name_from + end), lines);
    for &end in ends.iter().take(6).rev() {
        let cand = rest[..end].trim();
        if pats.known_field(cand).is_some() || pats.sector_in(cand).is_some() {
            return Some(scope_of_name(&at(end), pats));
        }
    }
    match ends.len() {
        1..=6 => Some(scope_of_name(&at(*ends.last()?), pats)),
        _ => None,
    }
}

/// The scope a row or bullet names: the agency it names ("Lĩnh vực công
/// an", "Bảo hiểm xã hội"), else the field.
pub(crate) fn scope_of_name(name: &str, pats: &Patterns) -> Scope {
    match pats.sector_in(&normalize::fold(name)) {
        Some(s) => Scope::Sector(s),
        None => Scope::Field(field_name(name, pats)),
    }
}

/// "Lĩnh vực Hộ tịch" → "hộ tịch": lower case, without "lĩnh vực".
pub(crate) fn field_name(name: &str, pats: &Patterns) -> String {
    let cues = pats.tables();
    // Drop the words up to the end of the label ("Lĩnh vực"), each word
    // folded and stripped of OCR punctuation before it is compared.
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = name.trim().to_string();
    for k in 1..=words.len().min(6) {
        let head: Vec<String> = words[..k]
            .iter()
            .map(|w| {
                normalize::fold(w)
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_string()
            })
            .filter(|w| !w.is_empty())
            .collect();
        let head = head.join(" ");
        if let Some(m) = cues.field_label.find(&head)
            && m.end() == head.len()
        {
            out = words[k..].join(" ");
            break;
        }
    }
    let out = out
        .trim_matches(|c: char| c == ':' || c.is_whitespace() || c == '*')
        .to_lowercase();
    // "hộtịch", "ho tich": OCR lost a space or the marks of a known name.
    match pats.known_field(&out) {
        Some(known) => known.to_string(),
        None => out,
    }
}

/// Rate-only statements go into the `pct` of their (scope, key)'s count.
fn merge_rates(mut stmts: Vec<Figure>) -> Vec<Figure> {
    let mut drop = vec![false; stmts.len()];
    for i in 0..stmts.len() {
        if stmts[i].value.is_some() || stmts[i].key.is_rate() || stmts[i].pct.is_none() {
            continue;
        }
        // An uncertain rate ("Thời điểm này năm trước, tỷ lệ thanh toán
        // trực tuyến … 42,18%") stays a statement of its own, uncertain: in
        // a certain count it would become an accusation.
        let target = (0..stmts.len()).find(|&j| {
            j != i
                && stmts[j].scope == stmts[i].scope
                && stmts[j].key == stmts[i].key
                && stmts[j].value.is_some()
                && stmts[j].certain == stmts[i].certain
        });
        if let Some(j) = target
            && (stmts[j].pct.is_none() || stmts[j].pct == stmts[i].pct)
        {
            // The figure names both patterns: "key/count-id+rate-id".
            let rate_id = stmts[i].pattern.split_once('/').map_or("", |(_, id)| id);
            let merged = format!("{}+{rate_id}", stmts[j].pattern);
            stmts[j].pct = stmts[i].pct;
            stmts[j].pct_decimals = stmts[i].pct_decimals;
            stmts[j].pattern = merged;
            drop[i] = true;
        }
    }
    stmts
        .into_iter()
        .zip(drop)
        .filter_map(|(s, d)| (!d).then_some(s))
        .collect()
}

/// Index of each (scope, key)'s figure: the first certain statement with a
/// count, else the first certain one, else the first with a count, else
/// the first; in order of first appearance.
fn first_per_key(stmts: &[Figure]) -> Vec<usize> {
    let mut order: Vec<(Scope, Key)> = Vec::new();
    for s in stmts {
        if !order.iter().any(|(sc, k)| *sc == s.scope && *k == s.key) {
            order.push((s.scope.clone(), s.key));
        }
    }
    order
        .iter()
        .map(|(sc, k)| {
            let same = |s: &&Figure| s.scope == *sc && s.key == *k;
            let first = |ok: &dyn Fn(&Figure) -> bool| stmts.iter().position(|s| same(&s) && ok(s));
            first(&|s| s.certain && s.value.is_some())
                .or_else(|| first(&|s| s.certain))
                .or_else(|| first(&|s| s.value.is_some()))
                .or_else(|| first(&|_| true))
                .expect("key seen")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, SourceKind};

    #[test]
    fn field_bullets_and_sector_headings_scope_their_figures() {
        let text = "- Lĩnh vực Chứng thực: Tổng số hồ sơ tiếp nhận 3726 hồ sơ.\n\n*** Ngành Công an**\n\nTổng số hồ sơ tiếp nhận: 438 hồ sơ.\n\n4.2. Hồ sơ đã giải quyết: 12 hồ sơ.";
        let pats = Patterns::builtin();
        let doc = Document::from_text("t.txt", SourceKind::Text, text);
        let x = extract(&normalize::normalize(&doc, &pats), &pats);
        let scopes: Vec<String> = x
            .figures
            .iter()
            .map(|f| format!("{} {} {:?}", f.scope, f.key, f.value))
            .collect();
        assert_eq!(
            scopes,
            vec![
                "field:chứng thực received_total Some(3726)",
                "sector:police received_total Some(438)",
                "ward resolved_total Some(12)"
            ]
        );
    }
}
#[cfg(test)]
mod debug_tests {
    #[test]
    #[ignore]
    fn dump_blocks() {
        let path = std::env::var("DUMP").unwrap();
        let doc = crate::read::read(std::path::Path::new(&path), &Default::default()).unwrap();
        let n = crate::normalize::normalize(&doc, &crate::patterns::Patterns::builtin());
        if let Ok(r) = std::env::var("LINES") {
            let (a, b) = r.split_once('-').unwrap();
            for i in a.parse::<usize>().unwrap()..=b.parse::<usize>().unwrap() {
                eprintln!("LINE {i}: {:?}", n.lines[i - 1]);
            }
        }
        if std::env::var("STATEMENTS").is_ok() {
            let x = super::extract(&n, &crate::patterns::Patterns::builtin());
            for f in &x.statements {
                eprintln!(
                    "S L{} {} {} {:?} {:?} certain={} {:?} {}",
                    f.line, f.scope, f.key, f.value, f.pct, f.certain, f.unexplained, f.pattern
                );
            }
            return;
        }
        for b in &n.blocks {
            match b {
                crate::normalize::Block::Para(p) => eprintln!(
                    "P{:?} L{}: {}",
                    p.marker,
                    p.first_line + 1,
                    &p.folded.text[..p.folded.text.len().min(400)]
                ),
                crate::normalize::Block::Table(t) => {
                    for r in &t.rows {
                        eprintln!(
                            "  R L{}: {:?}",
                            r.line + 1,
                            r.cells
                                .iter()
                                .map(|c| c.folded.text.clone())
                                .collect::<Vec<_>>()
                        );
                    }
                }
            }
        }
    }
}
