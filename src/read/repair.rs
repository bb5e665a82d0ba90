//! A damaged PDF's object index rebuilt: the bytes of a PDF whose
//! cross-reference table or trailer is broken or cut off in, the same bytes
//! with a fresh cross-reference section appended out, so that poppler and
//! lopdf can reach every object still in the file.
//!
//! Objects are found by scanning for `N G obj`; the last definition of a
//! number wins, as in an incremental update. The trailer's `/Root` is the
//! catalog found; when the catalog was lost, a new catalog and page tree
//! list every page object found (a page that lost its own `/Parent` still
//! points to the old one, which poppler does not need to read its content).
//! It does not repair streams: a content stream damaged inside stays
//! damaged, and a page whose fonts were cut off has no text to give.

use regex::bytes::Regex;
use std::sync::LazyLock;

static OBJ: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?mR)^(\d{1,7})\s+(\d{1,5})\s+obj\b").expect("obj"));
static CATALOG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/Type\s*/Catalog\b").expect("catalog"));
static PAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"/Type\s*/Page\b").expect("page"));

/// The repaired file, or None when it holds no page object at all.
pub(crate) fn rebuild_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut offsets: std::collections::BTreeMap<u32, (usize, u16)> = Default::default();
    let mut catalog = None;
    let mut pages = Vec::new();
    let found: Vec<(u32, u16, usize)> = OBJ
        .captures_iter(bytes)
        .filter_map(|c| {
            let m = c.get(1)?;
            let num = std::str::from_utf8(m.as_bytes()).ok()?.parse().ok()?;
            let gen_ = std::str::from_utf8(c.get(2)?.as_bytes())
                .ok()?
                .parse()
                .ok()?;
            Some((num, gen_, m.start()))
        })
        .collect();
    for (k, &(num, gen_, at)) in found.iter().enumerate() {
        offsets.insert(num, (at, gen_));
        // The object's dictionary: up to its stream or the next object.
        let end = found.get(k + 1).map_or(bytes.len(), |n| n.2);
        let body = &bytes[at..end];
        let head = match find(body, b"stream") {
            Some(s) => &body[..s],
            None => body,
        };
        if CATALOG.is_match(head) {
            catalog = Some(num);
        } else if PAGE.is_match(head) {
            pages.push((num, gen_));
        }
    }
    if pages.is_empty() {
        return None;
    }
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\n");
    let root = match catalog {
        Some(c) => c,
        None => {
            let next = offsets.keys().next_back().copied().unwrap_or(0) + 1;
            let (cat, tree) = (next, next + 1);
            let kids: Vec<String> = pages.iter().map(|(n, g)| format!("{n} {g} R")).collect();
            offsets.insert(cat, (out.len(), 0));
            out.extend_from_slice(
                format!("{cat} 0 obj\n<</Type/Catalog/Pages {tree} 0 R>>\nendobj\n").as_bytes(),
            );
            offsets.insert(tree, (out.len(), 0));
            out.extend_from_slice(
                format!(
                    "{tree} 0 obj\n<</Type/Pages/Count {}/Kids[{}]>>\nendobj\n",
                    pages.len(),
                    kids.join(" ")
                )
                .as_bytes(),
            );
            cat
        }
    };
    let size = offsets.keys().next_back().copied().unwrap_or(0) + 1;
    let xref_at = out.len();
    let mut xref = format!("xref\n0 {size}\n0000000000 65535 f \n");
    for n in 1..size {
        match offsets.get(&n) {
            Some((at, g)) => xref.push_str(&format!("{at:010} {g:05} n \n")),
            None => xref.push_str("0000000000 65535 f \n"),
        }
    }
    xref.push_str(&format!(
        "trailer\n<</Size {size}/Root {root} 0 R>>\nstartxref\n{xref_at}\n%%EOF\n"
    ));
    out.extend_from_slice(xref.as_bytes());
    Some(out)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf() -> Vec<u8> {
        let content = b"BT /F1 12 Tf 72 770 Td (Tiep nhan 2.810 ho so) Tj ET";
        let mut p = b"%PDF-1.4\n".to_vec();
        p.extend_from_slice(b"1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n");
        p.extend_from_slice(b"2 0 obj\n<</Type/Pages/Count 1/Kids[3 0 R]>>\nendobj\n");
        p.extend_from_slice(b"3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>\nendobj\n");
        p.extend_from_slice(b"4 0 obj\n<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>\nendobj\n");
        p.extend_from_slice(format!("5 0 obj\n<</Length {}>>\nstream\n", content.len()).as_bytes());
        p.extend_from_slice(content);
        p.extend_from_slice(b"\nendstream\nendobj\n");
        p
    }

    #[test]
    fn a_file_without_xref_and_trailer_loads_again() {
        let cut = pdf();
        assert!(lopdf::Document::load_mem(&cut).is_err());
        let fixed = rebuild_xref(&cut).unwrap();
        let doc = lopdf::Document::load_mem(&fixed).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        let text = doc.extract_text(&[1]).unwrap();
        assert!(text.contains("2.810"), "{text}");
    }

    #[test]
    fn a_lost_catalog_gets_a_new_page_tree() {
        let p = pdf();
        // Drop objects 1 and 2 (catalog and page tree).
        let start = find(&p, b"1 0 obj").unwrap();
        let end = find(&p, b"3 0 obj").unwrap();
        let mut cut = p[..start].to_vec();
        cut.extend_from_slice(&p[end..]);
        let fixed = rebuild_xref(&cut).unwrap();
        let doc = lopdf::Document::load_mem(&fixed).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        assert!(rebuild_xref(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n").is_none());
    }
}
