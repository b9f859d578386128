//! Localisation: one Fluent bundle per language, built from the `.ftl` files under `locales/`
//! (embedded at compile time by `build.rs`). Every user-visible string goes through here.
//!
//! Formatting never fails: a missing message yields its id and Fluent errors are collected in
//! [`Localizer::errors`], so one bad translation cannot blank the overlay.

use std::cell::RefCell;
use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A language of the guides and the overlay. Ids are part of the observable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Pl,
    Cs,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::Cs];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Cs => "cs",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s.trim().to_ascii_lowercase())
    }

    /// Picks a supported language from a BCP 47 tag such as `pl-PL` or `cs`; `None` when the
    /// primary subtag is not one we speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::parse(primary)
    }

    /// The ids of all languages, comma separated, for usage errors.
    pub fn valid_list() -> String {
        Lang::ALL.map(|l| l.code()).join(", ")
    }
}

/// Named arguments for a message, in the order given.
pub type Args<'a> = &'a [(&'a str, Arg)];

/// A value passed to a Fluent message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Num(f64),
    Str(String),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}

/// Formats messages of one language.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    errors: RefCell<Vec<String>>,
}

impl Localizer {
    pub fn new(lang: Lang) -> Localizer {
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("valid tag");
        let mut bundle = FluentBundle::new(vec![langid]);
        // Unicode isolation marks would end up in the DOM and in copied values.
        bundle.set_use_isolating(false);
        let mut errors = Vec::new();
        for (l, file, src) in LOCALE_FILES {
            if *l != lang.code() {
                continue;
            }
            let res = match FluentResource::try_new((*src).to_owned()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    errors.extend(errs.iter().map(|e| format!("{l}/{file}: {e:?}")));
                    r
                }
            };
            if let Err(errs) = bundle.add_resource(res) {
                errors.extend(errs.iter().map(|e| format!("{l}/{file}: {e:?}")));
            }
        }
        Localizer {
            lang,
            bundle,
            errors: RefCell::new(errors),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (msg, attr) = split_id(id);
        match self.bundle.get_message(msg) {
            Some(m) => attr.is_none_or(|a| m.get_attribute(a).is_some()),
            None => false,
        }
    }

    /// Formats `id` (a message id, or `message.attribute`) without arguments.
    pub fn msg(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Formats `id` with named arguments. A missing message yields the id itself.
    pub fn format(&self, id: &str, args: Args) -> String {
        let (msg, attr) = split_id(id);
        let Some(m) = self.bundle.get_message(msg) else {
            self.errors
                .borrow_mut()
                .push(format!("{}: missing message {id}", self.lang.code()));
            return id.to_owned();
        };
        let pattern = match attr {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        };
        let Some(pattern) = pattern else {
            self.errors
                .borrow_mut()
                .push(format!("{}: message {id} has no value", self.lang.code()));
            return id.to_owned();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            }
        }
        let mut errs = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(&fargs), &mut errs);
        if !errs.is_empty() {
            self.errors.borrow_mut().extend(
                errs.iter()
                    .map(|e| format!("{}: {id}: {e:?}", self.lang.code())),
            );
        }
        out.into_owned()
    }

    /// Every message (not term, not attribute) whose id starts with one of `prefixes`, formatted
    /// without arguments: the texts a renderer without Fluent (the overlay) needs.
    pub fn texts(&self, prefixes: &[&str]) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (l, _, src) in LOCALE_FILES {
            if *l != self.lang.code() {
                continue;
            }
            for line in src.lines() {
                let Some((id, _)) = line.split_once(" =") else { continue };
                let valid = id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if valid && !id.is_empty() && prefixes.iter().any(|p| id.starts_with(p)) {
                    out.insert(id.to_owned(), self.msg(id));
                }
            }
        }
        out
    }

    /// Errors met so far: parse errors of the locale files and formatting errors.
    pub fn errors(&self) -> Vec<String> {
        self.errors.borrow().clone()
    }
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_loads_without_errors() {
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            assert!(l.errors().is_empty(), "{:?}", l.errors());
            assert!(l.has("app-name"), "{} lacks app-name", lang.code());
        }
    }

    #[test]
    fn missing_message_yields_id_and_records_error() {
        let l = Localizer::new(Lang::En);
        assert_eq!(
            l.msg("no-such-message-anywhere"),
            "no-such-message-anywhere"
        );
        assert_eq!(l.errors().len(), 1);
    }

    #[test]
    fn texts_by_prefix_are_formatted_messages() {
        let l = Localizer::new(Lang::Pl);
        let t = l.texts(&["overlay-title", "lang-name-"]);
        assert_eq!(t.get("overlay-title").map(String::as_str), Some("Przewodnik regpilot"));
        assert_eq!(t.get("lang-name-cs").map(String::as_str), Some("czeski"));
        assert!(!t.contains_key("app-name"));
        assert!(t.keys().all(|k| !k.starts_with('-')));
    }

    #[test]
    fn lang_from_browser_tags() {
        assert_eq!(Lang::from_tag("pl-PL"), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("cs"), Some(Lang::Cs));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de-DE"), None);
    }
}
