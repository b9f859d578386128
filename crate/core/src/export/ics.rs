//! The calendar reminder: an RFC 5545 VCALENDAR with one all-day VEVENT on the day 14 days before
//! the client secret expires, and a VALARM at 09:00 that day.
//!
//! RFC 5545 points that shape the output: CRLF line ends and folding at 75 octets (§3.1), TEXT
//! escaping (§3.3.11), required VCALENDAR properties PRODID and VERSION (§3.6), required VEVENT
//! properties UID and DTSTAMP (§3.6.1), an all-day event as `DTSTART;VALUE=DATE` with a
//! non-inclusive `DTEND` the next day (§3.6.1, §3.8.2.2), a DISPLAY alarm needing ACTION, TRIGGER
//! and DESCRIPTION (§3.6.6). `TRIGGER:PT9H` relative to an all-day start is 09:00 local time,
//! the form calendar applications themselves write for "on the day, 9 AM".

use super::{date, quote, target_name, Bundle, ExportError, REMINDER_DAYS};
use crate::i18n::Arg;
use crate::{Lang, Localizer};

/// Whether `s` is a GUID in the 8-4-4-4-12 form (any case). Only such values go into the UID and
/// the portal link, so no bundle value can add a property to the calendar.
fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The event's UID: stable for one secret of one application, so importing a newer reminder for
/// the same secret updates the event instead of adding another (RFC 5545 §3.8.4.7).
pub fn uid(client_id: &str, secret_id: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    format!(
        "secret-expiry-{}-{}@regpilot",
        clean(client_id),
        clean(secret_id)
    )
}

/// The reminder for the bundle's secret, its text in `lang`.
pub fn ics(bundle: &Bundle, lang: Lang) -> Result<String, ExportError> {
    let secret = bundle.secret.as_ref().ok_or(ExportError::NoSecret)?;
    let start =
        date::add_days(secret.expires, -REMINDER_DAYS).ok_or(ExportError::ReminderOutOfRange)?;
    let end = date::add_days(start, 1).ok_or(ExportError::ReminderOutOfRange)?;

    let l = Localizer::new(lang);
    let args = [
        ("app", Arg::from(bundle.app_name.as_str())),
        ("expires", Arg::from(secret.expires.to_string())),
        ("days", Arg::from(REMINDER_DAYS)),
        ("secretid", Arg::from(secret.id.as_str())),
        ("clientid", Arg::from(bundle.client_id.as_str())),
        ("target", Arg::from(target_name(&l, bundle.target))),
    ];
    let summary = l.format("export-ics-summary", &args);
    let description = l.format("export-ics-description", &args);
    let alarm = l.format("export-ics-alarm", &args);

    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//regpilot//Client secret reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", uid(&bundle.client_id, &secret.id)),
        format!("DTSTAMP:{}", bundle.created_at.ical()),
        format!("DTSTART;VALUE=DATE:{}", date::ical_date(start)),
        format!("DTEND;VALUE=DATE:{}", date::ical_date(end)),
        format!("SUMMARY:{}", quote::ics_text(&summary)),
        format!("DESCRIPTION:{}", quote::ics_text(&description)),
    ];
    if is_guid(&bundle.client_id) {
        // Certificates & secrets of the app (domain.md §8, deep link; undocumented by Microsoft).
        lines.push(format!(
            "URL:https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/{}",
            bundle.client_id.to_ascii_lowercase()
        ));
    }
    lines.extend([
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", quote::ics_text(&alarm)),
        "TRIGGER:PT9H".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ]);

    let mut out = String::new();
    for line in &lines {
        quote::ics_fold(line, &mut out);
    }
    Ok(out)
}
