//! Key–value tables: a table whose rows are statements ("Nội dung | Số hồ
//! sơ | Tỷ lệ (%)", one row "Tiếp nhận trực tuyến | 2.151 | 87,2").
//!
//! Takes the body rows of a table whose numeric columns name no figure key,
//! the column of row labels and the header; returns one statement per row
//! whose label the figure patterns read, exactly as the same words in prose
//! would be read ("Tiếp nhận trực tuyến: 2.151 (87,2%)"). It does not sum
//! anything: such a table has no columns to add up.

use super::meaning::Meaning;
use crate::extract::certainty::{self, Own};
use crate::extract::matcher;
use crate::model::{Figure, Scope};
use crate::normalize::{Folded, Row, numbers};
use crate::patterns::Patterns;

/// The columns of a key–value table: the label column, each column of
/// values with the scope its figures belong to, and, beside a single
/// value column, its rate column (its header says "tỷ lệ" or "%").
pub(crate) struct KvColumns {
    pub label: usize,
    pub values: Vec<(usize, Scope)>,
    pub rate: Option<usize>,
    /// The units column ("Đơn vị tính"): what each row counts.
    pub unit: Option<usize>,
}

/// Finds the value and rate columns among `numeric` by their headers'
/// meanings. A column of another period or context ("Tháng 7" in a
/// quarter's report, "Lũy kế", "Cùng kỳ năm trước") is no value column,
/// so "Chỉ tiêu | Tháng 7 | Tháng 8 | Tháng 9 | Quý III" reads its one
/// column of the period. Several value columns are read when each names
/// whose figures it holds: a field, an agency, or the total (the
/// section's): fields or agencies as columns.
pub(crate) fn columns(
    label: usize,
    numeric: &[usize],
    heads: &[String],
    meanings: &[Meaning],
    section: &Scope,
    pats: &Patterns,
) -> Option<KvColumns> {
    let own: Vec<usize> = numeric
        .iter()
        .copied()
        .filter(|&j| meanings[j].own())
        .collect();
    let counts: Vec<usize> = own.iter().copied().filter(|&j| !meanings[j].rate).collect();
    match counts.as_slice() {
        [] => None,
        [value] => {
            // The rate column holds decimals ("87,2"), which are no counts.
            let rate = (label + 1..meanings.len())
                .find(|&j| j != *value && meanings[j].rate && meanings[j].own());
            Some(KvColumns {
                label,
                values: vec![(*value, section.clone())],
                rate,
                unit: None,
            })
        }
        _ => {
            let scopes: Vec<Option<Option<Scope>>> = counts
                .iter()
                .map(|&j| column_scope(&heads[j], &meanings[j], section, pats))
                .collect();
            // Beside columns of fields the catalogue knows, a header it
            // does not know ("Văn hóa - xã hội") names a field too.
            let fields = scopes
                .iter()
                .any(|s| matches!(s, Some(Some(Scope::Field(_)))));
            let scoped = counts
                .iter()
                .zip(scopes)
                .map(|(&j, s)| {
                    let s = s.or_else(|| {
                        let name = super::strip_numbering(&heads[j]);
                        (fields && !name.is_empty())
                            .then(|| Some(crate::extract::scope_of_name(&name, pats)))
                    });
                    s.map(|s| (j, s))
                })
                .collect::<Option<Vec<_>>>()?;
            // A total over fields is the section's; over agencies it is
            // nobody's figure (the agencies' records are not the ward's).
            let agencies = scoped
                .iter()
                .any(|(_, s)| matches!(s, Some(Scope::Sector(_))));
            let values: Vec<(usize, Scope)> = scoped
                .into_iter()
                .filter_map(|(j, s)| match s {
                    Some(s) => Some((j, s)),
                    None if agencies => None,
                    None => Some((j, section.clone())),
                })
                .collect();
            Some(KvColumns {
                label,
                values,
                rate: None,
                unit: None,
            })
        }
    }
}

/// Whose figures a column of values holds, by its header: a total
/// (Some(None): its siblings' sum), an agency's, the report's own body's
/// (the section's), or a field's (a catalogue field's name, or "Lĩnh vực
/// …"). None when the header names none of them.
fn column_scope(
    head: &str,
    m: &Meaning,
    section: &Scope,
    pats: &Patterns,
) -> Option<Option<Scope>> {
    let folded = crate::normalize::fold(head);
    let folded = folded.trim();
    if m.total || pats.tables().total_row.is_match(folded) {
        return Some(None);
    }
    if let Some(s) = pats.sector_in(folded) {
        return Some(Some(Scope::Sector(s)));
    }
    if pats
        .tables()
        .own_body
        .is_match(&super::clean_header(folded))
    {
        return Some(Some(section.clone()));
    }
    let name = super::strip_numbering(head);
    (pats.known_field(&name).is_some() || pats.tables().names_field(folded))
        .then(|| Some(crate::extract::scope_of_name(&name, pats)))
}

/// The statements of each row.
pub(crate) fn read(
    rows: &[Row],
    cols: &KvColumns,
    pats: &Patterns,
    lines: &[String],
    who: &Own,
) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut above = String::new();
    for r in rows {
        let Some(label) = r.cells.get(cols.label).filter(|c| !c.is_empty()) else {
            continue;
        };
        let own = super::strip_numbering(&label.text);
        // "Trong đó trực tuyến" under "Hồ sơ tiếp nhận": a part of the row
        // above, read with its label as the sentence would say it.
        let sub = pats
            .tables()
            .sub_row
            .is_match(&crate::normalize::fold(&own));
        let name = if sub && !above.is_empty() {
            format!("{above}, {own}")
        } else {
            above = own.clone();
            own
        };
        for (value_col, scope) in &cols.values {
            out.extend(read_cell(
                r, &name, cols, *value_col, scope, pats, lines, who,
            ));
        }
    }
    out
}

/// The sentence a row says ("label: value (rate%) unit") and where its
/// value starts; None when the row states nothing. A rate alone is read
/// only beside a single value column (whose rate it is).
fn sentence(
    name: &str,
    value: Option<&str>,
    rate: Option<&str>,
    unit: Option<&str>,
    percent: bool,
    single: bool,
) -> Option<(String, usize)> {
    let at = name.len() + 2;
    match (value, rate) {
        (Some(v), _) if percent => Some((format!("{name}: {}%", v.trim_end_matches('%')), at)),
        (Some(v), _) => {
            let mut t = format!("{name}: {v}");
            // The rate right after its count, then what the count counts.
            if let Some(rt) = rate {
                t.push_str(&format!(" ({rt}%)"));
            }
            if let Some(u) = unit {
                t.push(' ');
                t.push_str(u);
            }
            Some((t, at))
        }
        (None, Some(rt)) if single && rt.chars().any(|c| c.is_ascii_digit()) => {
            Some((format!("{name}: {rt}%"), at))
        }
        _ => None,
    }
}

/// A cell holding one number and nothing else: a count, "X/Y", a rate
/// ("90,30", which the scanner, without its "%", may split at the comma).
fn lone_number(c: &crate::normalize::Cell) -> bool {
    // "8.015 hồ sơ": the number, its unit aside.
    let t = c.folded.text[..c.folded.text.len() - c.unit].trim();
    !c.nums.is_empty()
        && t.chars().any(|ch| ch.is_ascii_digit())
        && t.chars()
            .all(|ch| ch.is_ascii_digit() || ".,/%".contains(ch))
}

/// The statements of one row's cell in `value_col`: the row's label, the
/// value, its unit and its rate read as the sentence "label: value unit
/// (rate%)", in the same closed world as prose.
#[allow(clippy::too_many_arguments)]
fn read_cell(
    r: &Row,
    name: &str,
    cols: &KvColumns,
    value_col: usize,
    scope: &Scope,
    pats: &Patterns,
    lines: &[String],
    who: &Own,
) -> Vec<Figure> {
    let cell = |j: Option<usize>| {
        j.and_then(|j| r.cells.get(j))
            .filter(|c| !c.is_empty())
            .map(|c| c.text.trim())
    };
    let value = r.cells.get(value_col).filter(|c| lone_number(c));
    let rate = cell(cols.rate).map(|t| t.trim_end_matches('%').trim());
    let unit = cell(cols.unit);
    // "Tỷ lệ thanh toán trực tuyến (%)": the label's own unit.
    let bare = name.trim_end();
    let bare = bare
        .strip_suffix("(%)")
        .or_else(|| bare.strip_suffix('%'))
        .map(str::trim_end);
    let labelled_percent = bare.is_some();
    let name = bare.unwrap_or(name);
    // A rate in the value column: the units say "%", or the label says
    // "Tỷ lệ" and the number is no count.
    let percent_unit = unit.is_some_and(|u| u == "%")
        || labelled_percent && value.is_some_and(|v| !v.folded.text.contains('/'))
        || value.is_some_and(|v| {
            !v.folded.text.contains('/')
                && pats
                    .tables()
                    .rate_header
                    .is_match(&crate::normalize::fold(name))
        });
    // A field's row ("Lĩnh vực Hộ tịch | 12") is a scope, not a statement.
    if pats
        .tables()
        .field_label
        .is_match(&crate::normalize::fold(name))
    {
        return Vec::new();
    }
    let Some((text, value_at)) = sentence(
        name,
        value.map(|v| v.text.trim()),
        rate,
        unit,
        percent_unit,
        cols.values.len() == 1,
    ) else {
        return Vec::new();
    };
    let mut f = Folded::default();
    f.push_line(r.line, &text);
    f.trim_end();
    let nums = numbers::scan(&f.text);
    // The folded offset of the value: folding keeps byte lengths of the
    // label's letters apart from its marks, so find it by position.
    let Some(at) = nums
        .iter()
        .find(|n| f.map[n.start].col as usize >= value_at)
        .map(|n| n.start)
    else {
        return Vec::new();
    };
    let raw = super::row_raw(lines, r.line);
    let scope = match pats.sector_in(&f.text) {
        Some(s) => Scope::Sector(s),
        None => scope.clone(),
    };
    let stmts: Vec<matcher::Stmt> = matcher::match_text(&f, &nums, pats)
        .into_iter()
        .filter(|s| s.at == at)
        .collect();
    let scopes = vec![scope.clone(); stmts.len()];
    let verdicts = certainty::judge(&f.text, &nums, &stmts, &scopes, who, &[], pats);
    stmts
        .into_iter()
        .zip(verdicts)
        .map(|(s, v)| Figure {
            scope: scope.clone(),
            key: s.key,
            value: s.value,
            pct: s.pct,
            pct_decimals: s.pct_decimals,
            of: s.of,
            raw: raw.clone(),
            page: None,
            line: r.line + 1,
            pattern: format!("{}+table-row", s.pattern),
            certain: v.certain(),
            unexplained: v.unexplained,
            evidence: Default::default(),
        })
        .collect()
}
