//! One walk through a normalized document's blocks, in order.
//!
//! Takes the blocks, the patterns and who and when the report is; keeps
//! what the walk has read so far (the section's scope and its context, the
//! blockers a heading or list head passes on) and gathers the statements,
//! the statements set aside with their context, the table columns and the
//! table rows read but not taken. It does not decide which statement is a
//! (scope, key)'s figure, nor merge rates: [`super::extract`] does, after.

use super::certainty::{self, Own};
use super::context::{self, Aside};
use super::{breakdown, clause, field_list, matcher, table};
use super::{field_of_head, heading_lines, heading_scope, local_scope, original, scope_of_name};
use crate::model::{Evidence, Figure, Key, Period, Scope, TableColumn};
use crate::normalize::{self, Block, Marker, Normalized, Para, Table};
use crate::patterns::{Context, Patterns, WordClass};

pub(super) struct Walk<'a> {
    n: &'a Normalized,
    pats: &'a Patterns,
    who: Own<'a>,
    period: Option<&'a Period>,
    section: Scope,
    section_level: u8,
    field_section: Option<Scope>,
    /// The paragraph before a table: its header, when a layout flattened it.
    last_para: Option<&'a str>,
    /// The context a heading opened ("Lũy kế từ 01/7/2025 đến nay:").
    section_ctx: Option<Aside>,
    /// Blockers a heading or a list head ("Dự kiến tháng tới:") passes to
    /// the statements under it.
    section_blockers: Vec<String>,
    list_blockers: Vec<String>,
    /// Each paragraph's number, for the statements' evidence.
    para_no: usize,
    /// Statements as figures, `page` filled in later.
    pub stmts: Vec<Figure>,
    pub tables: Vec<TableColumn>,
    /// Statements of another context, set aside: (statement, context).
    pub aside: Vec<(Figure, Aside)>,
    /// Tables whose reading was not certain enough to use.
    pub table_notes: Vec<String>,
    /// Rows with cells read but not taken (`TableRead::unsure`), and
    /// counts no cue names after a read count.
    pub unsure_rows: Vec<(usize, Option<i64>)>,
    /// Prose counts of records no statement took, by paragraph scope and
    /// line (`Extraction::loose`).
    pub loose: Vec<(Scope, usize, i64)>,
    /// The last line of the block before (for a table that opens a page).
    last_line: Option<usize>,
}

impl<'a> Walk<'a> {
    pub fn new(n: &'a Normalized, pats: &'a Patterns, who: Own<'a>) -> Walk<'a> {
        Walk {
            n,
            pats,
            who,
            period: who.period,
            section: Scope::Ward,
            section_level: 0,
            field_section: None,
            last_para: None,
            section_ctx: None,
            section_blockers: Vec::new(),
            list_blockers: Vec::new(),
            para_no: 0,
            stmts: Vec::new(),
            tables: Vec::new(),
            aside: Vec::new(),
            table_notes: Vec::new(),
            unsure_rows: Vec::new(),
            loose: Vec::new(),
            last_line: None,
        }
    }

    pub fn block(&mut self, block: &'a Block) {
        match block {
            Block::Para(p) => {
                self.para(p);
                self.last_line = Some(p.last_line);
            }
            Block::Table(t) => {
                self.table(t);
                self.last_line = t.rows.last().map(|r| r.line).or(self.last_line);
            }
        }
    }

    /// A table that opens its page, after a block of the page before, and
    /// whose rows are not numbered from 1: it may go on from a table of
    /// that page (whose rows a scan or a layout lost, or read apart), so
    /// its columns are not whole.
    fn may_continue(&self, t: &Table) -> bool {
        let page = |l: usize| self.n.line_page.get(l).copied().unwrap_or(0);
        let Some(first) = t.rows.first() else {
            return false;
        };
        let opens_page = self.n.paged && self.last_line.is_some_and(|l| page(l) < page(first.line));
        let numbered_from_one = t
            .rows
            .iter()
            .filter_map(|r| r.cells.first())
            .find_map(|c| c.text.trim().trim_end_matches('.').parse::<u32>().ok())
            == Some(1);
        opens_page && !numbered_from_one
    }

    fn para(&mut self, p: &'a Para) {
        self.para_no += 1;
        self.last_para = Some(p.folded.text.as_str());
        let no_figures = p.nums.iter().all(|n| !n.is_figure());
        if p.marker != Marker::Bullet {
            self.list_blockers.clear();
        }
        let inherited: Vec<String> = self
            .section_blockers
            .iter()
            .chain(&self.list_blockers)
            .cloned()
            .collect();
        if no_figures && p.folded.text.trim_end().ends_with(':') {
            self.list_blockers = certainty::blockers(&p.folded.text, &p.nums, &self.who, self.pats);
        }
        self.heading(p);
        let scope = self.scope_of(p, no_figures);
        let ctx = context::of_numbers(&p.folded.text, &p.nums, self.pats);
        let mut found = matcher::match_text(&p.folded, &p.nums, self.pats);
        breakdown::refine(&p.folded.text, &mut found, self.pats);
        // "… chia theo lĩnh vực: hộ tịch 487 hồ sơ; …": each item is its
        // field's figure, not a statement of the ward.
        if let Some(list) = field_list::read(p, self.pats) {
            found.retain(|s| !list.items.iter().any(|it| it.num.0 == s.at));
            for it in &list.items {
                self.listed_field(p, &list, it);
            }
        }
        if self.section_ctx.is_none() {
            self.unread_counts(p, &found, &ctx, &scope);
        }
        let judged: Vec<(Figure, Option<Aside>)> = found
            .iter()
            .map(|s| self.statement(p, s, &scope, &ctx))
            .collect();
        let scopes: Vec<Scope> = judged.iter().map(|(f, _)| f.scope.clone()).collect();
        let verdicts = certainty::judge(
            &p.folded.text,
            &p.nums,
            &found,
            &scopes,
            &self.who,
            &inherited,
            self.pats,
        );
        for ((mut fig, a), v) in judged.into_iter().zip(verdicts) {
            fig.certain = v.certain();
            fig.unexplained = v.unexplained;
            if !v.rate_doubt.is_empty() {
                fig.pct = None;
                fig.pct_decimals = None;
            }
            match a {
                Some(a) => self.aside.push((fig, a)),
                None => self.stmts.push(fig),
            }
        }
    }

    /// A heading opens its section: its scope, its context and its
    /// blockers, from its own words only (its own lines when a wrapped
    /// layout merged it with the paragraph under it, "2. Công tác rà soát
    /// …" + "UBND phường đã ban hành kế hoạch … năm 2025 …", and never past
    /// its first figure).
    fn heading(&mut self, p: &Para) {
        let Some((s, level)) = heading_scope(p, &self.n.lines, self.pats) else {
            return;
        };
        let own_words: String =
            if p.last_line > p.first_line && matches!(p.marker, Marker::Numbered | Marker::Star) {
                heading_lines(p, &self.n.lines)
            } else {
                let cut = p.nums.iter().find(|n| n.is_figure());
                p.folded.text[..cut.map_or(p.folded.text.len(), |n| n.start)].to_string()
            };
        let own_nums = normalize::numbers::scan(&own_words);
        self.section_blockers = if own_nums.iter().all(|n| !n.is_figure()) {
            certainty::blockers(&own_words, &own_nums, &self.who, self.pats)
        } else {
            Vec::new()
        };
        self.section_ctx = context::of_heading(&own_words, self.pats).or_else(|| {
            self.period
                .and_then(|pr| context::longer_span(&own_words, pr, self.pats))
        });
        // A sub-heading ("a) Tiếp nhận ...") under an agency's heading stays
        // in that agency unless it names another.
        let sub_item = matches!(self.section, Scope::Sector(_))
            && level > self.section_level
            && s == Scope::Ward;
        if !sub_item {
            self.section = s;
            self.section_level = level;
        }
    }

    /// The paragraph's scope: its own label ("Lĩnh vực X: …"), the field
    /// a "Lĩnh vực Hộ tịch:" line above its bullets opened, or the section.
    fn scope_of(&mut self, p: &Para, no_figures: bool) -> Scope {
        let own = local_scope(p, &self.n.lines, self.pats);
        if p.marker != Marker::Bullet {
            self.field_section = None;
        }
        if p.folded.text.trim_end().ends_with(':')
            && no_figures
            && let Some(f @ Scope::Field(_)) = &own
        {
            self.field_section = Some(f.clone());
        }
        own.or_else(|| self.field_section.clone())
            .unwrap_or_else(|| self.section.clone())
    }

    /// "trực tuyến 1.300, trực tiếp 200, qua bưu chính 30 hồ sơ": a count
    /// that no cue names may be the part a sum lacks, so a parts-sum it
    /// explains is not raised (`check`). Only a count of records that
    /// follows a read count in the same sentence: one more item of the list
    /// being read.
    fn unread_counts(
        &mut self,
        p: &Para,
        found: &[matcher::Stmt],
        ctx: &[Option<Aside>],
        scope: &Scope,
    ) {
        let t = &p.folded.text;
        let records = &self.pats.words(WordClass::CountedRecords).leading;
        let read_at = |at: usize| found.iter().any(|s| s.at == at);
        for (i, num) in p.nums.iter().enumerate() {
            let normalize::NumKind::Count(v) = num.kind else {
                continue;
            };
            let after_read = || {
                p.nums[..i]
                    .iter()
                    .rev()
                    .find(|prev| read_at(prev.start))
                    .is_some_and(|prev| !clause::sentence_break(&t[prev.end..num.start], self.pats))
            };
            if ctx[i].is_none() && !read_at(num.start) && records.is_match(&t[num.end..]) {
                let line = p.folded.map[num.start].line as usize + 1;
                // A count in brackets details the one before them ("07 hồ
                // sơ quá hạn (đất đai 05 hồ sơ, …)"): no part left over.
                let open =
                    t[..num.start].matches('(').count() > t[..num.start].matches(')').count();
                if !open {
                    self.loose.push((scope.clone(), line, v));
                }
                if after_read() {
                    self.unsure_rows.push((line, Some(v)));
                }
            }
        }
    }

    /// One statement as a figure of its scope, with the context that sets
    /// it aside, if any.
    fn statement(
        &self,
        p: &Para,
        s: &matcher::Stmt,
        scope: &Scope,
        ctx: &[Option<Aside>],
    ) -> (Figure, Option<Aside>) {
        let pats = self.pats;
        let at = p.folded.map[s.at];
        let ctx_at = |at: usize| {
            p.nums
                .iter()
                .position(|n| n.start == at)
                .and_then(|i| ctx[i].clone())
        };
        // "1.490 hồ sơ (tăng 8% so với cùng kỳ)": a comparison, not the
        // count's rate.
        let rate_aside = s.rate_at.is_some_and(|r| r != s.at && ctx_at(r).is_some());
        // "Đối với Công an xã, đã tiếp nhận ...": a sentence whose opening
        // names one agency is that agency's; likewise a bullet, "- Công an
        // xã tiếp nhận 684 hồ sơ"; and "Lĩnh vực Hộ tịch tiếp nhận 512 hồ
        // sơ" a field's.
        let t = &p.folded.text;
        let from = t[..s.span.0].rfind(". ").map_or(0, |i| i + 2);
        let head = &t[from..s.span.0];
        // The subject opens its sentence: an agency named in the first
        // words is the subject of every statement of the sentence, however
        // long ("- Văn phòng đăng ký đất đai (Chi nhánh khu vực) tiếp nhận
        // …; đã giải quyết …; đang giải quyết 23 hồ sơ, trong đó quá hạn …").
        // Only a long head is searched for where its agency stands.
        let opens_with_agency = || {
            pats.sectors()
                .iter()
                .filter_map(|c| c.cue.find(head))
                .any(|m| m.start() < 120)
        };
        let scope = match scope {
            Scope::Ward if head.len() <= 120 || opens_with_agency() => pats
                .sector_in(head)
                .map(Scope::Sector)
                .or_else(|| field_of_head(p, from, s.span.0, &self.n.lines, pats))
                .unwrap_or_else(|| scope.clone()),
            _ => scope.clone(),
        };
        let sentence = clause::sentence_start(t, s.at, pats);
        let fig = Figure {
            scope,
            key: s.key,
            value: s.value,
            pct: if rate_aside { None } else { s.pct },
            pct_decimals: if rate_aside { None } else { s.pct_decimals },
            of: s.of,
            raw: original(&p.folded, s.span, &self.n.lines),
            page: None,
            line: at.line as usize + 1,
            pattern: s.pattern.clone(),
            certain: true,
            unexplained: Vec::new(),
            evidence: Evidence {
                sentence: self.para_no * 100_000 + sentence + 1,
                token: (at.line as usize + 1, at.col as usize),
                among_resolved: matches!(s.key, Key::Withdrawn | Key::Rejected)
                    && pats
                        .words(WordClass::AmongResolved)
                        .cue
                        .is_match(&t[sentence..s.at]),
            },
        };
        let other_unit = context::named_unit(head, pats)
            .filter(|u| self.who.unit != Some(u.folded.as_str()))
            .map(|u| Aside {
                context: Context::OtherUnit,
                cue: format!("{} {}", u.kind.label_vi(), u.name),
                unit: true,
            });
        let other_month = self.period.and_then(|pr| {
            context::other_month(head, pr, pats).or_else(|| context::longer_span(head, pr, pats))
        });
        let a = ctx_at(s.at)
            .or(other_unit)
            .or(other_month)
            .or_else(|| self.section_ctx.clone());
        (fig, a)
    }

    /// One item of a field list as its field's figure: the list's marker
    /// says it is a field, so it is certain unless its name holds a blocker
    /// or another period.
    fn listed_field(&mut self, p: &Para, list: &field_list::List, it: &field_list::Item) {
        let key = list.key;
        let name = original(&p.folded, it.name, &self.n.lines);
        let folded = &p.folded.text[it.name.0..it.name.1];
        let scope = scope_of_name(&name, self.pats);
        // What frames the list (another period, a target, another body)
        // reaches each item; the item's own name is tested likewise.
        let frame = &p.folded.text[list.frame.0..list.frame.1];
        let frame_nums = normalize::numbers::scan(frame);
        let mut blocked = certainty::blockers(frame, &frame_nums, &self.who, self.pats);
        blocked.extend(certainty::blockers(folded, &[], &self.who, self.pats));
        let known = blocked.is_empty();
        let at = p.folded.map[it.num.0];
        let fig = Figure {
            scope,
            key,
            value: Some(it.value),
            pct: None,
            pct_decimals: None,
            of: None,
            raw: original(&p.folded, (it.name.0, it.num.1), &self.n.lines),
            page: None,
            line: at.line as usize + 1,
            pattern: format!("{}/field-list", key.as_str()),
            certain: known,
            unexplained: blocked,
            evidence: Evidence {
                sentence: self.para_no * 100_000 + it.name.0 + 1,
                token: (at.line as usize + 1, at.col as usize),
                among_resolved: false,
            },
        };
        match &self.section_ctx {
            Some(a) => self.aside.push((fig, a.clone())),
            None => self.stmts.push(fig),
        }
    }

    fn table(&mut self, t: &Table) {
        let mut read = table::read(
            t,
            &mut self.section,
            self.pats,
            &self.n.lines,
            self.last_para,
            &self.who,
        );
        // Each row is its own statement.
        for f in &mut read.stmts {
            f.evidence.sentence = usize::MAX / 2 + f.line;
        }
        self.table_notes.extend(read.notes);
        if !read.columns.is_empty() && self.may_continue(t) {
            let line = t.rows.first().map_or(0, |r| r.line + 1);
            self.table_notes.push(format!(
                "bảng ở dòng {line} mở đầu trang, có thể tiếp nối bảng của trang trước: không đối chiếu dòng tổng"
            ));
            read.columns.clear();
        }
        if self.section_ctx.is_none() {
            self.unsure_rows.extend(read.unsure);
        }
        match &self.section_ctx {
            Some(a) => self
                .aside
                .extend(read.stmts.into_iter().map(|s| (s, a.clone()))),
            None => {
                self.stmts.extend(read.stmts);
                self.tables.extend(read.columns);
            }
        }
    }
}
