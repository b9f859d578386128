//! Translation completeness, for the documentation team's review: which messages a language
//! lacks relative to English, and which it still says in English.
//!
//! The unit is what a translator translates: a message's value or one of its attributes
//! (`guide-step-register.title`). Terms (`-yetiforce`) are product names, kept the same on
//! purpose, and are never counted.
//!
//! A unit is **identical** when its text, formatted without arguments, is the same in the
//! language as in English, unless nothing of it is words to translate: after removing
//! placeables (`{ $count }`), code spans (`` `Mail.Send` ``), URLs, product names (the values of
//! the English terms) and the portal's own labels that the portal itself shows the same in
//! English and in that language (`guides/portal.toml`, e.g. "Web" in Czech), no letter is left.
//! Such units (`{ $number }. { $title }`, `` `offline_access` ``, `{ -regpilot }`, `Web`) are
//! counted as **neutral**: listed apart, and counted as translated.
//!
//! Pure: reads the locale sources embedded by `build.rs`, so it works on the host and in wasm.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentBundle, FluentResource};
use serde::{Deserialize, Serialize};

use crate::i18n::LOCALE_FILES;
use crate::Lang;

/// One translatable unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    /// `message` or `message.attribute`.
    pub id: String,
    /// The English file it lives in (`guide-common.ftl`); the translation belongs in the file of
    /// the same name.
    pub file: String,
    /// The English text, formatted without arguments (variables show as `{$name}`).
    pub english: String,
}

/// How complete one language is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub lang: Lang,
    /// Units in English.
    pub total: usize,
    /// In English, absent here.
    pub missing: Vec<Unit>,
    /// Present here with the same text as English, and with words to translate.
    pub identical: Vec<Unit>,
    /// Present with the same text as English but without words of their own (see the module
    /// documentation); counted as translated, listed so reviewers can check the exemption.
    pub neutral: Vec<Unit>,
    /// Present here and absent in English (left over after a rename): `message[.attribute]`.
    pub extra: Vec<String>,
}

impl Report {
    /// Units that are present and not identical to English (neutral ones included).
    pub fn translated(&self) -> usize {
        self.total - self.missing.len() - self.identical.len()
    }

    /// Whole percent translated, rounded down (100 only when nothing is missing or identical).
    pub fn percent(&self) -> usize {
        if self.total == 0 {
            return 100;
        }
        self.translated() * 100 / self.total
    }
}

/// The report for `lang` over the embedded locales. English is the reference: its report has
/// nothing missing and nothing identical.
pub fn completeness(lang: Lang) -> Report {
    let files = |l: Lang| -> Vec<(&str, &str)> {
        LOCALE_FILES
            .iter()
            .filter(|(code, _, _)| *code == l.code())
            .map(|(_, f, s)| (*f, *s))
            .collect()
    };
    compare(
        &files(Lang::En),
        &files(lang),
        lang,
        &same_portal_labels(lang),
    )
}

/// The portal's labels (every variant) that read the same in English and in `lang`: a text
/// that quotes them is not untranslated. Empty when the portal description does not load.
pub fn same_portal_labels(lang: Lang) -> Vec<String> {
    let Ok(portal) = crate::guide::portal() else {
        return Vec::new();
    };
    let mut out: Vec<String> = portal
        .labels
        .values()
        .flat_map(|set| {
            set.get(lang)
                .iter()
                .filter(|l| set.en.contains(l))
                .map(|l| l.trim_start_matches("+ ").to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Compares `other` (the files of `lang`) with the English files. Both are `(file name,
/// Fluent source)` lists; `same` are further texts that are the same in both on purpose (see
/// [`same_portal_labels`]).
pub fn compare(
    english: &[(&str, &str)],
    other: &[(&str, &str)],
    lang: Lang,
    same: &[String],
) -> Report {
    let en_units = units(english);
    let other_units: BTreeMap<String, String> = units(other).into_iter().collect();
    let en_bundle = bundle(Lang::En, english);
    let other_bundle = bundle(lang, other);
    let mut names = product_names(english);
    names.extend(same.iter().cloned());
    names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    names.dedup();

    let mut missing = Vec::new();
    let mut identical = Vec::new();
    let mut neutral = Vec::new();
    for (id, file) in &en_units {
        let english = format(&en_bundle, id);
        let unit = || Unit {
            id: id.clone(),
            file: file.clone(),
            english: english.clone(),
        };
        if !other_units.contains_key(id) {
            missing.push(unit());
        } else if lang != Lang::En && format(&other_bundle, id) == english {
            if has_words(&english, &names) {
                identical.push(unit());
            } else {
                neutral.push(unit());
            }
        }
    }
    let en_ids: BTreeSet<&String> = en_units.iter().map(|(id, _)| id).collect();
    let extra = other_units
        .keys()
        .filter(|id| !en_ids.contains(id))
        .cloned()
        .collect();
    Report {
        lang,
        total: en_units.len(),
        missing,
        identical,
        neutral,
        extra,
    }
}

/// The units of Fluent sources, as `(id, file)` in file order: a message's value if it has one,
/// then its attributes. Terms and comments are skipped.
///
/// Follows Fluent's line structure: an entry starts at column 0; indented lines continue it; an
/// indented line starting with `.` starts an attribute. Lines of a junk entry are not checked
/// here (the locale tests reject files that do not parse).
pub fn units(files: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (file, src) in files {
        // The current message, whether its value was seen, and its attributes.
        let mut current: Option<(String, bool, Vec<String>)> = None;
        let mut flush = |cur: &mut Option<(String, bool, Vec<String>)>| {
            if let Some((id, has_value, attrs)) = cur.take() {
                if has_value {
                    out.push((id.clone(), (*file).to_owned()));
                }
                for a in attrs {
                    out.push((format!("{id}.{a}"), (*file).to_owned()));
                }
            }
        };
        for line in src.lines() {
            let starts_entry = line.starts_with(|c: char| !c.is_whitespace());
            if starts_entry {
                flush(&mut current);
                if let Some((id, value)) = line.split_once('=') {
                    let id = id.trim();
                    if is_identifier(id) {
                        current = Some((id.to_owned(), !value.trim().is_empty(), Vec::new()));
                    }
                }
                continue;
            }
            let Some((_, has_value, attrs)) = current.as_mut() else {
                continue;
            };
            let t = line.trim();
            if let Some(attr) = t.strip_prefix('.') {
                if let Some((name, _)) = attr.split_once('=') {
                    let name = name.trim();
                    if is_identifier(name) {
                        attrs.push(name.to_owned());
                    }
                }
            } else if !t.is_empty() && attrs.is_empty() {
                *has_value = true;
            }
        }
        flush(&mut current);
    }
    out
}

/// A Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*` (so terms, which start with `-`, are not).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn bundle(lang: Lang, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid tag");
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    for (_, src) in files {
        // Junk and duplicates are the locale tests' business; what parses is compared.
        let res = FluentResource::try_new((*src).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(res);
    }
    bundle
}

/// Formats a unit without arguments; `None`-like cases (absent) format as the empty string.
fn format(bundle: &FluentBundle<FluentResource>, id: &str) -> String {
    let (msg, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let Some(m) = bundle.get_message(msg) else {
        return String::new();
    };
    let pattern = match attr {
        Some(a) => m.get_attribute(a).map(|a| a.value()),
        None => m.value(),
    };
    let Some(pattern) = pattern else {
        return String::new();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, None, &mut errors)
        .into_owned()
}

/// The values of the English terms (`-entra` → "Microsoft Entra ID"), longest first. A term
/// cannot be formatted directly, so each is formatted through a probe message `{ -id }`.
fn product_names(files: &[(&str, &str)]) -> Vec<String> {
    let terms: Vec<&str> = files
        .iter()
        .flat_map(|(_, src)| src.lines())
        .filter_map(|line| {
            line.strip_prefix('-')?
                .split_once('=')
                .map(|(id, _)| id.trim())
        })
        .filter(|id| is_identifier(id))
        .collect();
    let probes: String = terms
        .iter()
        .enumerate()
        .map(|(i, id)| format!("i18n-report-probe-{i} = {{ -{id} }}\n"))
        .collect();
    let mut with_probes = files.to_vec();
    with_probes.push(("probes", &probes));
    let b = bundle(Lang::En, &with_probes);
    let mut names: Vec<String> = (0..terms.len())
        .map(|i| format(&b, &format!("i18n-report-probe-{i}")))
        .filter(|v| !v.trim().is_empty())
        .collect();
    names.dedup();
    names
}

/// Whether `text` has a letter left after removing placeables, code spans, URLs and `names`
/// (matched as whole words, longest first): something a translator would translate.
pub fn has_words(text: &str, names: &[String]) -> bool {
    let mut rest = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '{' if !in_code => depth += 1,
            '}' if !in_code && depth > 0 => depth -= 1,
            '`' if depth == 0 => in_code = !in_code,
            _ if depth > 0 || in_code => rest.push(' '),
            c => rest.push(c),
        }
    }
    let mut text: String = rest
        .split_whitespace()
        .filter(|w| !w.contains("://"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut names: Vec<&String> = names.iter().filter(|n| !n.trim().is_empty()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    for name in names {
        text = remove_word(&text, name);
    }
    text.chars().any(char::is_alphabetic)
}

/// `text` without the whole-word occurrences of `name` (not inside a longer word).
fn remove_word(text: &str, name: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(name) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + name.len()..].chars().next();
        let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..i]);
        if bounded(before) && bounded(after) {
            out.push(' ');
        } else {
            out.push_str(name);
        }
        rest = &rest[i + name.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Localizer;

    const EN: &str = "\
# A comment
-product = Acme Mail
-entra = Microsoft Entra ID

greeting = Hello
attrs-only =
    .title = Title
    .body =
        First line
        second line
both = Value
    .hint = Hint
same-word = OK
counter = { $number } / { $total }
product-only = { -product }
code-only = `Mail.Send`, `SMTP.Send`
url-only = https://learn.microsoft.com/en-us/entra/
name-and-word = { -entra } portal
plural = { $count ->
        [one] one thing
       *[other] { $count } things
    }
gone = Not translated yet
platform = Web
";

    const PL: &str = "\
-product = Acme Mail
-entra = Microsoft Entra ID
greeting = Cześć
attrs-only =
    .title = Tytuł
both = Value
    .hint = Podpowiedź
same-word = OK
counter = { $number } / { $total }
product-only = { -product }
code-only = `Mail.Send`, `SMTP.Send`
url-only = https://learn.microsoft.com/en-us/entra/
name-and-word = { -entra } portal
plural = { $count ->
        [one] jedna rzecz
        [few] { $count } rzeczy
       *[many] { $count } rzeczy
    }
renamed = Stara nazwa
platform = Web
";

    fn ids(units: &[Unit]) -> Vec<&str> {
        units.iter().map(|u| u.id.as_str()).collect()
    }

    #[test]
    fn units_are_values_and_attributes_but_not_terms() {
        let got: Vec<String> = units(&[("a.ftl", EN)])
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(
            got,
            [
                "greeting",
                "attrs-only.title",
                "attrs-only.body",
                "both",
                "both.hint",
                "same-word",
                "counter",
                "product-only",
                "code-only",
                "url-only",
                "name-and-word",
                "plural",
                "gone",
                "platform",
            ]
        );
        let with_file = units(&[("x.ftl", "a = 1\n"), ("y.ftl", "b =\n    .c = 2\n")]);
        assert_eq!(
            with_file,
            [
                ("a".to_owned(), "x.ftl".to_owned()),
                ("b.c".to_owned(), "y.ftl".to_owned())
            ]
        );
    }

    #[test]
    fn missing_identical_neutral_and_extra_follow_the_documented_rule() {
        let same = ["Web".to_owned()];
        let r = compare(&[("a.ftl", EN)], &[("a.ftl", PL)], Lang::Pl, &same);
        assert_eq!(r.total, 14);
        assert_eq!(ids(&r.missing), ["attrs-only.body", "gone"]);
        assert_eq!(r.missing[1].english, "Not translated yet");
        assert_eq!(r.missing[1].file, "a.ftl");
        // "Value", "OK" and "<product> portal" keep words a translator should look at.
        assert_eq!(ids(&r.identical), ["both", "same-word", "name-and-word"]);
        // Placeholders only, a product name only, code only, a URL only, a same portal label.
        assert_eq!(
            ids(&r.neutral),
            [
                "counter",
                "product-only",
                "code-only",
                "url-only",
                "platform"
            ]
        );
        assert_eq!(r.extra, ["renamed"]);
        assert_eq!(r.translated(), 14 - 2 - 3);
        assert_eq!(r.percent(), 9 * 100 / 14);
        // Without the portal label, "Web" is reported too.
        let r = compare(&[("a.ftl", EN)], &[("a.ftl", PL)], Lang::Pl, &[]);
        assert_eq!(
            ids(&r.identical),
            ["both", "same-word", "name-and-word", "platform"]
        );
    }

    #[test]
    fn english_is_the_reference() {
        let r = compare(&[("a.ftl", EN)], &[("a.ftl", EN)], Lang::En, &[]);
        assert!(r.missing.is_empty() && r.identical.is_empty() && r.extra.is_empty());
        assert_eq!((r.neutral.len(), r.percent()), (0, 100));
    }

    #[test]
    fn words_are_what_remains_besides_placeables_code_urls_and_names() {
        let names = vec![
            "Microsoft Entra ID".to_owned(),
            "YetiForce CRM".to_owned(),
            "Web".to_owned(),
        ];
        for (text, words) in [
            ("{$count} / {$total}", false),
            ("`IMAP.AccessAsUser.All` — `SMTP.Send`", false),
            ("Microsoft Entra ID", false),
            ("YetiForce CRM: https://example.com/a?b=c", false),
            ("‹{$name}›", false),
            ("{ $n ->\n [one] x\n *[other] y\n}", false),
            ("Save", true),
            ("Microsoft Entra ID portal", true),
            ("Step {$number}", true),
            ("`code` and text", true),
            ("Údaje", true),
            ("„Web“", false),
            ("Website", true),
            ("Web platform", true),
        ] {
            assert_eq!(has_words(text, &names), words, "{text:?}");
        }
    }

    #[test]
    fn portal_labels_the_portal_shows_in_english_count_as_the_same() {
        let cs = same_portal_labels(Lang::Cs);
        assert!(cs.contains(&"Web".to_owned()), "{cs:?}");
        assert!(cs.contains(&"Microsoft Entra ID".to_owned()), "{cs:?}");
        assert!(
            !cs.iter().any(|l| l == "Overview" || l == "Přehled"),
            "{cs:?}"
        );
        let pl = same_portal_labels(Lang::Pl);
        assert!(pl.contains(&"Web".to_owned()), "a Polish variant: {pl:?}");
        assert!(
            !pl.iter().any(|l| l == "Register" || l == "Zarejestruj"),
            "{pl:?}"
        );
        assert!(same_portal_labels(Lang::En).len() > pl.len());
    }

    #[test]
    fn real_locales_agree_with_the_localizer() {
        let en = Localizer::new(Lang::En);
        let reference = completeness(Lang::En);
        assert!(reference.total > 0);
        assert!(reference.missing.is_empty() && reference.identical.is_empty());
        for lang in [Lang::Pl, Lang::Cs] {
            let l = Localizer::new(lang);
            let r = completeness(lang);
            assert_eq!(r.total, reference.total, "{}", lang.code());
            for u in &r.missing {
                assert!(en.has(&u.id) && !l.has(&u.id), "{}: {}", lang.code(), u.id);
            }
            for u in r.identical.iter().chain(&r.neutral) {
                assert_eq!(l.msg(&u.id), en.msg(&u.id), "{}: {}", lang.code(), u.id);
            }
            for id in &r.extra {
                assert!(l.has(id) && !en.has(id), "{}: {id}", lang.code());
            }
            assert!(r.translated() + r.missing.len() + r.identical.len() == r.total);
        }
    }
}
