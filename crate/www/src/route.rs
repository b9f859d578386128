//! The site's state in its URL fragment, so a reviewer can link a step:
//! `#<target>/<lang>[/<step-id>]` for a guide, `#completeness/<lang>` for the translation report.
//! Pure: parsed and printed here, read and written by the app.

use regpilot_core::{Lang, Target};

/// What the site shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A guide in a language, at a step (`None`: the first).
    Guide {
        target: Target,
        lang: Lang,
        step: Option<String>,
    },
    /// The translation report of a language.
    Completeness { lang: Lang },
}

/// The first segment of the completeness page's fragment.
pub const COMPLETENESS: &str = "completeness";

impl Route {
    /// Reads a fragment (`#` optional). Whatever is missing or unknown falls back: the target to
    /// the first one, the language to `fallback_lang` (the browser's), the step to the first.
    pub fn parse(hash: &str, fallback_lang: Lang) -> Route {
        let hash = hash.trim().trim_start_matches('#');
        let mut parts = hash.split('/').map(|p| p.trim()).filter(|p| !p.is_empty());
        let first = parts.next().unwrap_or("");
        let lang = |s: Option<&str>| s.and_then(Lang::parse).unwrap_or(fallback_lang);
        if first.eq_ignore_ascii_case(COMPLETENESS) {
            return Route::Completeness {
                lang: lang(parts.next()),
            };
        }
        let target = Target::parse(first).unwrap_or(Target::ALL[0]);
        let lang = lang(parts.next());
        let step = parts
            .next()
            .filter(|s| s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .map(str::to_ascii_lowercase);
        Route::Guide { target, lang, step }
    }

    /// The fragment, with its `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Guide {
                target,
                lang,
                step: Some(step),
            } => format!("#{}/{}/{step}", target.id(), lang.code()),
            Route::Guide {
                target,
                lang,
                step: None,
            } => format!("#{}/{}", target.id(), lang.code()),
            Route::Completeness { lang } => format!("#{COMPLETENESS}/{}", lang.code()),
        }
    }

    pub fn lang(&self) -> Lang {
        match self {
            Route::Guide { lang, .. } | Route::Completeness { lang } => *lang,
        }
    }

    /// The same place in another language.
    pub fn with_lang(&self, lang: Lang) -> Route {
        match self.clone() {
            Route::Guide { target, step, .. } => Route::Guide { target, lang, step },
            Route::Completeness { .. } => Route::Completeness { lang },
        }
    }

    /// The guide of `target` in this route's language, from its first step. Step ids are shared
    /// across targets only by name, so the step is not kept.
    pub fn with_target(&self, target: Target) -> Route {
        Route::Guide {
            target,
            lang: self.lang(),
            step: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        for r in [
            Route::Guide {
                target: Target::Statlook,
                lang: Lang::Pl,
                step: Some("admin-consent".into()),
            },
            Route::Guide {
                target: Target::Comarch,
                lang: Lang::Cs,
                step: None,
            },
            Route::Completeness { lang: Lang::Cs },
        ] {
            assert_eq!(Route::parse(&r.to_hash(), Lang::En), r, "{}", r.to_hash());
        }
    }

    #[test]
    fn missing_or_unknown_parts_fall_back() {
        let first = |lang| Route::Guide {
            target: Target::Yetiforce,
            lang,
            step: None,
        };
        assert_eq!(Route::parse("", Lang::Cs), first(Lang::Cs));
        assert_eq!(Route::parse("#", Lang::Pl), first(Lang::Pl));
        assert_eq!(Route::parse("#vtiger/de", Lang::En), first(Lang::En));
        assert_eq!(
            Route::parse("#AktionNEXT/PL/", Lang::En),
            Route::Guide {
                target: Target::Aktionnext,
                lang: Lang::Pl,
                step: None
            }
        );
        assert_eq!(
            Route::parse("#completeness", Lang::Pl),
            Route::Completeness { lang: Lang::Pl }
        );
        // A step id that is not kebab-case is dropped, not passed on.
        assert_eq!(
            Route::parse("#statlook/en/<script>", Lang::En),
            Route::Guide {
                target: Target::Statlook,
                lang: Lang::En,
                step: None
            }
        );
    }

    #[test]
    fn switching_language_keeps_the_place_and_target_restarts() {
        let r = Route::parse("#statlook/en/api-permissions", Lang::En);
        assert_eq!(
            r.with_lang(Lang::Cs).to_hash(),
            "#statlook/cs/api-permissions"
        );
        assert_eq!(r.with_target(Target::Comarch).to_hash(), "#comarch/en");
        assert_eq!(
            Route::Completeness { lang: Lang::Pl }
                .with_lang(Lang::Cs)
                .to_hash(),
            "#completeness/cs"
        );
    }
}
