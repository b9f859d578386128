//! Quoting for the generated files. Every value taken from a bundle goes through one of these, so
//! no value, however odd (`'; rm -rf / #`, `$(x)`, a newline, a smart quote), can end a string
//! early or be read as code.

/// A POSIX shell word in single quotes. Inside `'…'` nothing is special except `'` itself, which
/// is written as `'\''` (close, escaped quote, reopen). POSIX.1-2017 XCU §2.2.2.
pub fn sh(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// The characters PowerShell treats as a single quote: `'` and the typographic quotes U+2018,
/// U+2019, U+201A, U+201B ("about_Quoting_Rules"; the tokenizer's `IsSingleQuote`). A value with
/// a smart quote would otherwise close a `'…'` string.
fn is_ps_single_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// A PowerShell verbatim string in single quotes: no `$` expansion, no backtick escapes; a quote
/// character is written twice ("about_Quoting_Rules").
pub fn ps(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if is_ps_single_quote(c) {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// An iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line
/// breaks as `\n`. Other control characters are not allowed in TEXT and are dropped.
pub fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (RFC 5545 §3.1): no line longer than 75 octets, continuation lines start
/// with a space, a UTF-8 sequence is never split. Lines end with CRLF.
pub fn ics_fold(line: &str, out: &mut String) {
    const MAX: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sh_quotes_single_quotes_and_leaves_the_rest_inert() {
        assert_eq!(sh("plain"), "'plain'");
        assert_eq!(sh("it's"), "'it'\\''s'");
        assert_eq!(sh("$(x) `y` \\ \"z\""), "'$(x) `y` \\ \"z\"'");
        assert_eq!(sh(""), "''");
    }

    #[test]
    fn ps_doubles_every_kind_of_single_quote() {
        assert_eq!(ps("it's"), "'it''s'");
        assert_eq!(ps("a\u{2019}b"), "'a\u{2019}\u{2019}b'");
        assert_eq!(ps("$env:X `n"), "'$env:X `n'");
    }

    #[test]
    fn ics_text_escapes_per_rfc5545() {
        assert_eq!(ics_text("a;b,c\\d"), "a\\;b\\,c\\\\d");
        assert_eq!(
            ics_text("one\r\ntwo\nthree\rfour"),
            "one\\ntwo\\nthree\\nfour"
        );
        assert_eq!(ics_text("bell\u{7}"), "bell");
    }

    #[test]
    fn ics_fold_keeps_lines_within_75_octets_and_utf8_whole() {
        let line = format!("SUMMARY:{}", "ž".repeat(100));
        let mut out = String::new();
        ics_fold(&line, &mut out);
        assert!(out.ends_with("\r\n"));
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() > 2);
        for (i, l) in lines.iter().enumerate() {
            assert!(l.len() <= 75, "line {i} has {} octets", l.len());
            assert_eq!(i > 0, l.starts_with(' '));
        }
        let unfolded: String = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }
}
