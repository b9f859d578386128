//! Words on the page: the localizer handed to components, and the guides' light markup turned
//! into nodes (never inserted as HTML).

use std::rc::Rc;

use regpilot_core::guide::markup::{self, Block, Inline};
use regpilot_core::i18n::Arg;
use regpilot_core::{Lang, Localizer};
use yew::prelude::*;

/// One language's messages, shared by the components of a render.
#[derive(Clone)]
pub struct L10n(pub Rc<Localizer>);

impl PartialEq for L10n {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl L10n {
    pub fn new(lang: Lang) -> L10n {
        L10n(Rc::new(Localizer::new(lang)))
    }

    pub fn lang(&self) -> Lang {
        self.0.lang()
    }

    pub fn t(&self, id: &str) -> String {
        self.0.msg(id)
    }

    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.0.format(id, args)
    }

    /// A count argument for plurals.
    pub fn n(&self, id: &str, count: usize) -> String {
        self.0.format(id, &[("count", Arg::from(count))])
    }
}

/// A language's name in that language, capitalised as a menu entry ("Polski", "Čeština").
pub fn native_name(lang: Lang) -> String {
    capitalize(&Localizer::new(lang).msg(&format!("lang-name-{}", lang.code())))
}

/// The text with its first letter in upper case: Polish and Czech write language names in
/// lower case, but a heading or a table's first column starts with a capital.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn inlines(inl: &[Inline]) -> Html {
    inl.iter()
        .map(|i| match i {
            Inline::Text(t) => html! { { t.clone() } },
            Inline::Code(c) => html! { <code>{ c.clone() }</code> },
        })
        .collect()
}

/// A step text: paragraphs, lists and code spans.
pub fn rich(text: &str) -> Html {
    markup::parse(text)
        .iter()
        .map(|b| match b {
            Block::Paragraph(i) => html! { <p>{ inlines(i) }</p> },
            Block::List(items) => html! {
                <ul>{ for items.iter().map(|i| html! { <li>{ inlines(i) }</li> }) }</ul>
            },
        })
        .collect()
}

/// One line of text with code spans (requirements, list items).
pub fn line(text: &str) -> Html {
    inlines(&markup::inlines(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regpilot_core::Target;

    /// The site's own sources, to find the message ids they use.
    const SOURCES: [&str; 6] = [
        include_str!("app.rs"),
        include_str!("completeness.rs"),
        include_str!("guide_page.rs"),
        include_str!("sandbox.rs"),
        include_str!("sketch.rs"),
        include_str!("text.rs"),
    ];

    fn used_ids() -> Vec<String> {
        let mut ids = Vec::new();
        for src in SOURCES {
            for part in src.split('"').skip(1).step_by(2) {
                let is_id = part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if is_id && (part.starts_with("preview-") || part.starts_with("guide-md-")) {
                    ids.push(part.to_owned());
                }
            }
        }
        for t in Target::ALL {
            ids.push(format!("preview-target-{}", t.id()));
        }
        for l in Lang::ALL {
            ids.push(format!("lang-name-{}", l.code()));
        }
        ids.retain(|id| !id.ends_with('-'));
        ids.sort();
        ids.dedup();
        ids
    }

    #[test]
    fn every_message_the_site_uses_exists_in_every_language() {
        let ids = used_ids();
        assert!(ids.len() > 40, "found only {ids:?}");
        assert!(ids.contains(&"preview-completeness-rule".to_owned()));
        for lang in Lang::ALL {
            let l10n = Localizer::new(lang);
            let missing: Vec<&String> = ids.iter().filter(|id| !l10n.has(id)).collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
        }
    }

    #[test]
    fn every_preview_message_is_used() {
        let ids = used_ids();
        let defined = Localizer::new(Lang::En).texts(&["preview-"]);
        let unused: Vec<&String> = defined.keys().filter(|id| !ids.contains(id)).collect();
        assert!(unused.is_empty(), "unused: {unused:?}");
    }

    #[test]
    fn native_names_are_capitalised_in_their_own_language() {
        assert_eq!(native_name(Lang::Pl), "Polski");
        assert_eq!(native_name(Lang::Cs), "Čeština");
        assert_eq!(native_name(Lang::En), "English");
    }
}
