//! Lays a [`Letter`] out as DOCX with docx-rs: A4, margins of Decree
//! 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm), Times New
//! Roman 14 (12–13 in the heading), the issuing body and the national motto
//! in a two-column table without borders, the same for "Nơi nhận" and
//! the signature.

use super::{Letter, LetterError};
use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType,
    Table, TableCell, TableRow, WidthType,
};
use std::path::Path;

pub const MOTTO_1: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO_2: &str = "Độc lập - Tự do - Hạnh phúc";

const FONT: &str = "Times New Roman";
/// Half-points.
const BODY: usize = 28;
const HEAD: usize = 26;
const SMALL: usize = 24;

fn run(text: &str, size: usize) -> Run {
    Run::new().add_text(text).size(size).fonts(
        RunFonts::new()
            .ascii(FONT)
            .hi_ansi(FONT)
            .cs(FONT)
            .east_asia(FONT),
    )
}

fn centered(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), |c, p| {
            c.add_paragraph(p)
        })
}

/// The letter as DOCX bytes.
pub fn to_bytes(l: &Letter) -> Result<Vec<u8>, docx_rs::DocxError> {
    // Text width of A4 with 30 + 15 mm margins: 165 mm ≈ 9355 twips; the
    // heading reaches 5 mm into each margin, so that the superior body's
    // name and the motto fit on one line each at 12 pt.
    let (left_w, right_w) = (4655, 5250);
    let mut body_lines: Vec<Paragraph> = l
        .authority
        .lines()
        .map(|a| centered(run(a, SMALL)))
        .collect();
    body_lines.extend([
        centered(run(&l.office, SMALL).bold()),
        centered(run("", HEAD)),
        centered(run(&l.number, HEAD)),
        centered(run(&l.subject, SMALL)),
    ]);
    let heading = Table::without_borders(vec![TableRow::new(vec![
        cell(body_lines, left_w),
        cell(
            vec![
                centered(run(MOTTO_1, SMALL).bold()),
                centered(run(MOTTO_2, BODY).bold()),
                centered(run("", HEAD)),
                Paragraph::new()
                    .add_run(run(&l.date_line, BODY).italic())
                    .align(AlignmentType::Right),
            ],
            right_w,
        ),
    ])])
    .set_grid(vec![left_w, right_w])
    .width(left_w + right_w, WidthType::Dxa)
    .indent(-283);
    let mut doc = Docx::new()
        .page_size(11_906, 16_838)
        .page_margin(PageMargin {
            top: 1134,
            left: 1701,
            bottom: 1134,
            right: 850,
            header: 720,
            footer: 720,
            gutter: 0,
        })
        .default_fonts(
            RunFonts::new()
                .ascii(FONT)
                .hi_ansi(FONT)
                .cs(FONT)
                .east_asia(FONT),
        )
        .default_size(BODY)
        .add_table(heading)
        .add_paragraph(Paragraph::new())
        .add_paragraph(centered(run(&l.addressee, BODY)))
        .add_paragraph(Paragraph::new());
    for p in &l.body {
        let r = if p.heading {
            run(&p.text, BODY).bold()
        } else {
            run(&p.text, BODY)
        };
        let para = Paragraph::new()
            .add_run(r)
            .align(AlignmentType::Both)
            .line_spacing(LineSpacing::new().before(60).after(60))
            .indent(
                Some(if p.indent { 567 } else { 0 }),
                Some(SpecialIndentType::FirstLine(567)),
                None,
                None,
            );
        doc = doc.add_paragraph(para);
    }
    let mut recipients = vec![Paragraph::new().add_run(run("Nơi nhận:", SMALL).bold().italic())];
    recipients.extend(
        l.recipients
            .iter()
            .map(|r| Paragraph::new().add_run(run(r, 22))),
    );
    let mut signer: Vec<Paragraph> = l
        .signer_title
        .lines()
        .map(|t| centered(run(t, BODY).bold()))
        .collect();
    signer.push(centered(
        run("(Ký, ghi rõ họ tên, đóng dấu)", SMALL).italic(),
    ));
    for _ in 0..3 {
        signer.push(Paragraph::new());
    }
    if !l.signer_name.is_empty() {
        signer.push(centered(run(&l.signer_name, BODY).bold()));
    }
    let closing = Table::without_borders(vec![TableRow::new(vec![
        cell(recipients, 4355),
        cell(signer, 5000),
    ])])
    .set_grid(vec![4355, 5000])
    .width(9355, WidthType::Dxa);
    doc = doc.add_paragraph(Paragraph::new()).add_table(closing);
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut buf)?;
    Ok(buf.into_inner())
}

/// Writes the letter to `path`.
pub fn write_letter(l: &Letter, path: &Path) -> Result<(), LetterError> {
    let bytes = to_bytes(l).map_err(|e| LetterError::Pack(path.to_path_buf(), e))?;
    std::fs::write(path, bytes).map_err(|e| LetterError::Write(path.to_path_buf(), e))
}
