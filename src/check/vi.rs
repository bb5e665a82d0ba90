//! Vietnamese number formatting for the findings' messages: thousands with
//! `.`, decimals with `,` (2.810, 71,24%), lines as "(dòng 72, 80, 84)".

use crate::model::{Scope, Sector};

/// 2810 → "2.810"; -1234 → "-1.234".
pub fn int(v: i64) -> String {
    let digits = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    if v < 0 { format!("-{out}") } else { out }
}

/// The number of decimals a stated rate was written with (71.24 → 2,
/// 99.6 → 1, 100 → 0), read back from its value; at most 4.
pub fn decimals(pct: f64) -> u32 {
    for d in 0..4 {
        let scaled = pct * 10f64.powi(d as i32);
        if (scaled - scaled.round()).abs() < 1e-6 {
            return d;
        }
    }
    4
}

/// A number with `d` decimals in Vietnamese form: 71.24 → "71,24".
pub fn dec(v: f64, d: u32) -> String {
    let s = format!("{:.*}", d as usize, v);
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None => (s, None),
    };
    let neg = whole.starts_with('-');
    let w: i64 = whole.trim_start_matches('-').parse().unwrap_or(0);
    let mut out = if neg { format!("-{}", int(w)) } else { int(w) };
    if let Some(f) = frac {
        out.push(',');
        out.push_str(&f);
    }
    out
}

/// A stated rate as the report wrote it: 71.24 → "71,24%".
pub fn pct(v: f64) -> String {
    format!("{}%", dec(v, decimals(v)))
}

/// A computed rate, shown with at least the stated decimals and at least two:
/// 0.0994 with 2 stated → "0,10%"; 100.0 with 0 stated → "100%".
pub fn pct_computed(v: f64, stated_decimals: u32) -> String {
    let d = stated_decimals.max(2);
    let mut s = format!("{:.*}", d as usize, v);
    // Trim zeros beyond the stated decimals.
    while s.contains('.') && s.ends_with('0') {
        let frac_len = s.len() - s.find('.').unwrap() - 1;
        if frac_len as u32 <= stated_decimals {
            break;
        }
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    let value: f64 = s.parse().unwrap_or(v);
    let shown = s.split_once('.').map(|(_, f)| f.len() as u32).unwrap_or(0);
    format!("{}%", dec(value, shown))
}

/// "(dòng 72, 80, 84)"; consecutive runs of four or more as "193–206".
pub fn lines(lines: &[usize]) -> String {
    let mut ls: Vec<usize> = lines.to_vec();
    ls.sort_unstable();
    ls.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < ls.len() {
        let mut j = i;
        while j + 1 < ls.len() && ls[j + 1] == ls[j] + 1 {
            j += 1;
        }
        if j - i >= 3 {
            parts.push(format!("{}–{}", ls[i], ls[j]));
        } else {
            parts.extend(ls[i..=j].iter().map(|l| l.to_string()));
        }
        i = j + 1;
    }
    format!("(dòng {})", parts.join(", "))
}

/// The scope as a reader says it: "phường", "ngành công an", "lĩnh vực hộ tịch".
pub fn scope(s: &Scope) -> String {
    match s {
        Scope::Ward => "đơn vị".to_string(),
        Scope::Sector(Sector::Police) => "ngành công an".to_string(),
        Scope::Sector(Sector::Military) => "ngành quân sự".to_string(),
        Scope::Sector(Sector::Land) => "văn phòng đăng ký đất đai".to_string(),
        Scope::Sector(Sector::Insurance) => "bảo hiểm xã hội".to_string(),
        Scope::Field(n) => format!("lĩnh vực {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_use_dots_for_thousands() {
        assert_eq!(int(2810), "2.810");
        assert_eq!(int(21), "21");
        assert_eq!(int(1_234_567), "1.234.567");
        assert_eq!(int(-1523), "-1.523");
        assert_eq!(int(0), "0");
    }

    #[test]
    fn rates_use_commas_and_keep_their_decimals() {
        assert_eq!(pct(71.24), "71,24%");
        assert_eq!(pct(99.6), "99,6%");
        assert_eq!(pct(100.0), "100%");
        assert_eq!(decimals(0.01), 2);
        assert_eq!(decimals(67.8), 1);
        assert_eq!(pct_computed(0.0994, 2), "0,10%");
        assert_eq!(pct_computed(96.254, 2), "96,25%");
        assert_eq!(pct_computed(100.0, 0), "100%");
        assert_eq!(pct_computed(97.9512, 1), "97,95%");
        assert_eq!(dec(1234.5, 1), "1.234,5");
    }

    #[test]
    fn line_lists_collapse_long_runs() {
        assert_eq!(lines(&[84, 72, 80, 72]), "(dòng 72, 80, 84)");
        assert_eq!(lines(&[193, 194, 195, 196, 207]), "(dòng 193–196, 207)");
        assert_eq!(lines(&[5, 6, 7]), "(dòng 5, 6, 7)");
    }
}
