//! HTML text helpers for the review site: escaping, the page shell with its
//! Content-Security-Policy, and relative, percent-encoded links.
//!
//! Every text that comes from a report (lines, raw text, file and unit
//! names, messages quoting them) goes through [`esc`] before it reaches the
//! markup; links go through [`href`], which percent-encodes everything but
//! unreserved characters and `/`, so no scheme (`javascript:`) survives.

use std::fmt::Write;
use std::path::{Component, Path, PathBuf};

/// Escapes text for an element's content or a double-quoted attribute.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab have no business in markup.
            c if c.is_control() && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A relative link: each byte outside `A-Za-z0-9-._~/` percent-encoded, and
/// `./` in front unless it starts with `../`, so the browser never reads a
/// scheme or a host in it.
pub fn href(rel: &str) -> String {
    let mut out = String::with_capacity(rel.len() + 2);
    if !rel.starts_with("../") {
        out.push_str("./");
    }
    for b in rel.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The path from folder `from` to `to`, both made absolute against the
/// current directory (no symbolic links resolved); `/`-separated.
pub fn relative(from: &Path, to: &Path) -> String {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        let mut out = PathBuf::new();
        for c in p.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir => {
                    out.pop();
                }
                c => out.push(c),
            }
        }
        out
    };
    let (from, to) = (abs(from), abs(to));
    let f: Vec<_> = from.components().collect();
    let t: Vec<_> = to.components().collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); f.len() - common];
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The policy of every page: nothing from the network, no inline script or
/// style; the site's own `site.js` and `site.css`, images from its folder
/// and the input files (`'self'` on a file: page).
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/// A whole page around `body` (already markup).
pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n\
<title>{}</title>\n<link rel=\"stylesheet\" href=\"site.css\">\n\
<script src=\"site.js\" defer></script>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        esc(title)
    )
}

/// A number the Vietnamese way (`2.810`), or empty.
pub fn int(v: Option<i64>) -> String {
    v.map(crate::check::vi::int).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert() {
        assert_eq!(
            esc("<script>alert(1)</script><img src=x onerror=\"a()\">"),
            "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;a()&quot;&gt;"
        );
        assert_eq!(href("javascript:alert(1)"), "./javascript%3Aalert%281%29");
        assert_eq!(href("../a b/x\".pdf"), "../a%20b/x%22.pdf");
        assert_eq!(href("thu/Hồ.docx"), "./thu/H%E1%BB%93.docx");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative(Path::new("/a/b/site"), Path::new("/a/c/x.pdf")),
            "../../c/x.pdf"
        );
        assert_eq!(
            relative(Path::new("/a/site"), Path::new("/a/site/thu/x.docx")),
            "thu/x.docx"
        );
    }
}
