//! Small text helpers shared by the validators: trimming with byte spans, visible names for odd
//! characters, and an edit distance for "did you mean" suggestions.

use super::{Finding, Rule};

/// Whitespace as users paste it: Unicode whitespace plus the invisible zero-width characters
/// and the byte-order mark that copying from web pages and documents drags along.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// The byte range of `s` without leading and trailing [`is_space`] characters.
pub(crate) fn trimmed(s: &str) -> (usize, usize) {
    let start = s.len() - s.trim_start_matches(is_space).len();
    let end = s.trim_end_matches(is_space).len().max(start);
    (start, end)
}

/// The `whitespace` findings for leading and trailing space, and the trimmed range. `None` when
/// nothing but space is left (the caller reports `empty`).
pub(crate) fn surrounding_space(s: &str, out: &mut Vec<Finding>) -> Option<(usize, usize)> {
    let (start, end) = trimmed(s);
    if start == end {
        return None;
    }
    if start > 0 {
        out.push(Finding::error(Rule::Whitespace, (0, start)));
    }
    if end < s.len() {
        out.push(Finding::error(Rule::Whitespace, (end, s.len())));
    }
    Some((start, end))
}

/// How a character is shown in a message: itself when visible, `U+XXXX` otherwise.
pub(crate) fn show_char(c: char) -> String {
    if c.is_control() || is_space(c) {
        format!("U+{:04X}", c as u32)
    } else {
        c.to_string()
    }
}

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), ignoring ASCII
/// case. Gives up early (returns `limit + 1`) once the distance must exceed `limit`.
pub(crate) fn distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(limit + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance("SMT.Send", "SMTP.Send", 3), 1);
        assert_eq!(distance("mail.sned", "Mail.Send", 3), 1);
        assert_eq!(distance("offline-access", "offline_access", 3), 1);
        assert_eq!(distance("abc", "abc", 0), 0);
        assert_eq!(distance("", "abcd", 2), 3);
        assert_eq!(distance("Calendars.Read", "Mail.Send", 2), 3);
    }

    #[test]
    fn trimming_knows_invisible_space() {
        let s = "\u{FEFF} a b\u{00A0}\t";
        let (a, b) = trimmed(s);
        assert_eq!(&s[a..b], "a b");
        assert_eq!(trimmed("   "), (3, 3));
        assert_eq!(show_char('\u{00A0}'), "U+00A0");
        assert_eq!(show_char('!'), "!");
    }
}
