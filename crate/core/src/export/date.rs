//! Dates and timestamps in bundles. The calendar itself is the checks' [`Date`] (one
//! implementation of the day arithmetic in the core); this module adds what exports need on top:
//! the strict ISO form a bundle stores (`2026-09-01`, years 1970–9999 so every output format can
//! write it), day offsets, the compact iCalendar forms, and a UTC [`Timestamp`].

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use crate::checks::ids::Date;

const MIN_YEAR: i32 = 1970;
const MAX_YEAR: i32 = 9999;

fn in_range(d: Date) -> Option<Date> {
    (MIN_YEAR..=MAX_YEAR).contains(&d.year).then_some(d)
}

/// Parses exactly `YYYY-MM-DD` (no other spelling: a bundle is machine-written).
pub fn parse_iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = digits(&s[0..4])?;
    let m = digits(&s[5..7])?;
    let d = digits(&s[8..10])?;
    in_range(Date::new(
        i32::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )?)
}

/// `d + n` days (`n` may be negative); `None` outside 1970–9999.
pub fn add_days(d: Date, n: i64) -> Option<Date> {
    in_range(Date::from_unix_days(d.unix_days().checked_add(n)?))
}

/// iCalendar `DATE` value: `YYYYMMDD` (RFC 5545 §3.3.4).
pub fn ical_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// serde for a bundle's dates: the ISO string, read strictly.
pub mod iso {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        parse_iso(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid date {s:?}: expected YYYY-MM-DD between 1970 and 9999"
            ))
        })
    }
}

/// An instant, kept in UTC with second precision (e.g. when a bundle was made).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    secs: i64,
}

impl Timestamp {
    /// The instant `secs` seconds after the epoch, if its year is 1970–9999.
    pub fn from_unix(secs: i64) -> Option<Timestamp> {
        in_range(Date::from_unix_days(secs.div_euclid(86_400)))?;
        Some(Timestamp { secs })
    }

    pub fn unix(self) -> i64 {
        self.secs
    }

    /// The UTC calendar date of the instant.
    pub fn date(self) -> Date {
        Date::from_unix_days(self.secs.div_euclid(86_400))
    }

    fn hms(self) -> (i64, i64, i64) {
        let s = self.secs.rem_euclid(86_400);
        (s / 3600, s / 60 % 60, s % 60)
    }

    /// Parses RFC 3339: `YYYY-MM-DDTHH:MM:SS`, an optional fraction (dropped), then `Z` or
    /// `±HH:MM`. Lowercase `t`/`z` and a space for `T` are accepted (RFC 3339 §5.6, note).
    pub fn parse(s: &str) -> Option<Timestamp> {
        if !s.is_ascii() || s.len() < 20 {
            return None;
        }
        let date = parse_iso(&s[..10])?;
        if !matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
            return None;
        }
        let t = &s[11..];
        let tb = t.as_bytes();
        if tb.len() < 9 || tb[2] != b':' || tb[5] != b':' {
            return None;
        }
        let (h, mi, se) = (digits(&t[0..2])?, digits(&t[3..5])?, digits(&t[6..8])?);
        // A leap second (":60") is counted into the next minute, as systems without leap-second
        // tables do.
        if h > 23 || mi > 59 || se > 60 {
            return None;
        }
        let mut rest = &t[8..];
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return None;
            }
            rest = &frac[n..];
        }
        let offset = match rest {
            "Z" | "z" => 0,
            _ => {
                let rb = rest.as_bytes();
                if rb.len() != 6 || rb[3] != b':' {
                    return None;
                }
                let sign = match rb[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let (oh, om) = (digits(&rest[1..3])?, digits(&rest[4..6])?);
                if oh > 23 || om > 59 {
                    return None;
                }
                sign * (oh * 3600 + om * 60)
            }
        };
        Timestamp::from_unix(date.unix_days() * 86_400 + h * 3600 + mi * 60 + se - offset)
    }

    /// iCalendar UTC `DATE-TIME`: `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.3.5, form #2).
    pub fn ical(self) -> String {
        let (h, m, s) = self.hms();
        format!("{}T{h:02}{m:02}{s:02}Z", ical_date(self.date()))
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339 in UTC, e.g. `2025-03-01T10:15:00Z`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = self.hms();
        write!(f, "{}T{h:02}:{m:02}:{s:02}Z", self.date())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid timestamp {s:?}: expected RFC 3339 such as 2025-03-01T10:15:00Z"
            ))
        })
    }
}

fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_iso(s).unwrap()
    }

    #[test]
    fn day_offsets_cross_months_years_and_leap_days() {
        assert_eq!(
            add_days(d("2024-02-28"), 1).unwrap().to_string(),
            "2024-02-29"
        );
        assert_eq!(
            add_days(d("2026-01-10"), -14).unwrap().to_string(),
            "2025-12-27"
        );
        assert_eq!(
            add_days(d("2028-03-05"), -14).unwrap().to_string(),
            "2028-02-20"
        );
        assert_eq!(
            add_days(d("2100-03-01"), -1).unwrap().to_string(),
            "2100-02-28"
        );
        assert!(add_days(d("1970-01-05"), -14).is_none());
        assert_eq!(ical_date(d("2026-09-01")), "20260901");
    }

    #[test]
    fn bundle_dates_are_strict_iso() {
        assert!(parse_iso("2000-02-29").is_some());
        for bad in [
            "",
            "2026-1-01",
            "2026/01/01",
            "01.09.2026",
            "9/1/2026",
            "2026-13-01",
            "2026-04-31",
            "2100-02-29",
            "1969-12-31",
            "２０２６-01-01",
            "2026-01-01T00:00:00Z",
        ] {
            assert!(parse_iso(bad).is_none(), "{bad:?} accepted");
        }
    }

    #[test]
    fn timestamps_normalize_to_utc() {
        let t = Timestamp::parse("2025-03-01T10:15:00Z").unwrap();
        assert_eq!(t.to_string(), "2025-03-01T10:15:00Z");
        assert_eq!(t.ical(), "20250301T101500Z");
        let off = Timestamp::parse("2025-03-01T01:30:00.123+02:00").unwrap();
        assert_eq!(off.to_string(), "2025-02-28T23:30:00Z");
        let neg = Timestamp::parse("2025-12-31t23:00:00-01:30").unwrap();
        assert_eq!(neg.to_string(), "2026-01-01T00:30:00Z");
        for bad in [
            "2025-03-01",
            "2025-03-01T10:15Z",
            "2025-03-01T24:00:00Z",
            "2025-03-01T10:15:00",
            "2025-03-01T10:15:00+0200",
            "2025-03-01T10:15:00.Z",
            "2025-03-01T10:15:00Zjunk",
        ] {
            assert!(Timestamp::parse(bad).is_none(), "{bad:?} accepted");
        }
    }

    #[test]
    fn serde_uses_iso_strings() {
        #[derive(Serialize, Deserialize)]
        struct W {
            #[serde(with = "iso")]
            d: Date,
        }
        let w: W = serde_json::from_str(r#"{"d":"2026-09-01"}"#).unwrap();
        assert_eq!(serde_json::to_string(&w).unwrap(), r#"{"d":"2026-09-01"}"#);
        let e = serde_json::from_str::<W>(r#"{"d":"01.09.2026"}"#)
            .err()
            .unwrap();
        assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
        let t: Timestamp = serde_json::from_str("\"2026-03-02T14:05:09+01:00\"").unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            "\"2026-03-02T13:05:09Z\""
        );
    }
}
