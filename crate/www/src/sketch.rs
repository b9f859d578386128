//! A simplified, faithful sketch of a step's portal page, drawn from the portal description
//! (`guides/portal.toml`) and the step's plan: the page title, its blade menu, and only the
//! elements the step names, each where the description says it sits, labelled in the chosen
//! language. The sandbox replica is another origin, so the preview cannot mark elements inside
//! it; the sketch is where the highlighted element is marked.
//!
//! Pure data here ([`build`]); `view.rs` draws it.

use regpilot_core::guide::{self, AnchorSpec, LabelSet, Plan, Portal, Position};
use regpilot_core::i18n::Arg;
use regpilot_core::{Lang, Localizer};

/// What an element looks like in the sketch (from its ARIA role).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Button,
    Textbox,
    Searchbox,
    Combobox,
    Radio,
    Radiogroup,
    Checkbox,
    Link,
    MenuItem,
    ColumnHeader,
    /// A label and its value (the Overview's Essentials).
    Value,
    /// Visible text without a known role (a tile, an option, a heading).
    Text,
}

impl Kind {
    fn of(a: &AnchorSpec) -> Kind {
        match a.role.as_deref() {
            Some("button") => Kind::Button,
            Some("textbox") => Kind::Textbox,
            Some("searchbox") => Kind::Searchbox,
            Some("combobox") => Kind::Combobox,
            Some("radio") => Kind::Radio,
            Some("radiogroup") => Kind::Radiogroup,
            Some("checkbox") => Kind::Checkbox,
            Some("link") => Kind::Link,
            Some("columnheader") => Kind::ColumnHeader,
            _ => Kind::Text,
        }
    }

    /// A CSS class suffix.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Button => "button",
            Kind::Textbox => "textbox",
            Kind::Searchbox => "searchbox",
            Kind::Combobox => "combobox",
            Kind::Radio => "radio",
            Kind::Radiogroup => "radiogroup",
            Kind::Checkbox => "checkbox",
            Kind::Link => "link",
            Kind::MenuItem => "menuitem",
            Kind::ColumnHeader => "columnheader",
            Kind::Value => "value",
            Kind::Text => "text",
        }
    }
}

/// One drawn element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub kind: Kind,
    /// The index of the step's anchor this element is (in the plan's order), if it is one.
    pub anchor: Option<usize>,
    /// The anchor's key in the portal description.
    pub key: Option<String>,
    /// A selected menu item.
    pub selected: bool,
}

/// A context pane opened over the blade.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dialog {
    pub title: Option<String>,
    pub items: Vec<Item>,
    pub footer: Vec<Item>,
}

/// A sketch of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sketch {
    /// The portal's global search box (always drawn; an anchor when the step points at it).
    pub search: Item,
    pub title: String,
    pub menu: Vec<Item>,
    pub commands: Vec<Item>,
    pub essentials: Vec<Item>,
    pub form: Vec<Item>,
    pub table: Vec<Item>,
    /// Buttons at the bottom of the blade's form (when there is no dialog).
    pub footer: Vec<Item>,
    pub dialog: Option<Dialog>,
}

impl Sketch {
    /// Every anchor index drawn, in drawing order (each anchor of the plan exactly once).
    pub fn anchors(&self) -> Vec<usize> {
        let dialog = self
            .dialog
            .iter()
            .flat_map(|d| d.items.iter().chain(&d.footer));
        std::iter::once(&self.search)
            .chain(&self.menu)
            .chain(&self.commands)
            .chain(&self.essentials)
            .chain(&self.form)
            .chain(&self.table)
            .chain(&self.footer)
            .chain(dialog)
            .filter_map(|i| i.anchor)
            .collect()
    }
}

/// The order of the `[page.*]` tables in the portal description: the order of a blade's menu.
pub fn page_order(portal_text: &str) -> Vec<String> {
    portal_text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[page.")?.strip_suffix(']'))
        .map(|k| k.trim().to_owned())
        .collect()
}

/// A label as shown: placeholders (`{appName}`) become the field's name (`‹Name›`), as the
/// overlay shows a value not captured yet.
pub fn show_label(labels: &LabelSet, lang: Lang, l10n: &Localizer) -> String {
    let mut text = labels.first(lang).to_owned();
    for name in guide::spec::placeholders(&text.clone()) {
        if let Some(field) = guide::Field::parse(name) {
            let shown = l10n.format(
                "guide-placeholder",
                &[("name", Arg::from(l10n.msg(&field.message_id())))],
            );
            text = text.replace(&format!("{{{name}}}"), &shown);
        }
    }
    text
}

/// The sketch of a step's page; `None` for a step outside the portal.
pub fn build(plan: &Plan, portal: &Portal, order: &[String], l10n: &Localizer) -> Option<Sketch> {
    let page = plan.page.as_ref()?;
    let lang = l10n.lang();
    let item = |i: usize, a: &AnchorSpec, kind: Kind| Item {
        label: show_label(&a.labels, lang, l10n),
        kind,
        anchor: Some(i),
        key: Some(a.key.clone()),
        selected: false,
    };

    // The blade's menu: every described page of the same blade that has a menu item.
    let mut menu: Vec<Item> = order
        .iter()
        .filter_map(|k| portal.pages.get(k))
        .filter(|p| p.blade.eq_ignore_ascii_case(&page.blade))
        .filter_map(|p| {
            p.menu.as_ref().map(|m| Item {
                label: m.labels.first(lang).to_owned(),
                kind: Kind::MenuItem,
                anchor: None,
                key: None,
                selected: p.key == page.key,
            })
        })
        .collect();

    let search_labels = portal.labels.get("search").cloned().unwrap_or_default();
    let mut search = Item {
        label: search_labels.first(lang).to_owned(),
        kind: Kind::Searchbox,
        anchor: None,
        key: None,
        selected: false,
    };
    let mut sketch_commands = Vec::new();
    let mut essentials = Vec::new();
    let mut form = Vec::new();
    let mut table = Vec::new();
    let mut footer = Vec::new();
    let mut dialog_items = Vec::new();
    let has_dialog = plan.dialog.is_some()
        || plan
            .anchors
            .iter()
            .any(|a| a.position == Some(Position::Dialog));

    for (i, a) in plan.anchors.iter().enumerate() {
        let kind = Kind::of(a);
        match a.position {
            Some(Position::TopBar) => {
                search.anchor = Some(i);
                search.key = Some(a.key.clone());
            }
            Some(Position::LeftMenu) => {
                let label = a.labels.first(lang);
                match menu.iter_mut().find(|m| m.label == label) {
                    Some(m) => {
                        m.anchor = Some(i);
                        m.key = Some(a.key.clone());
                    }
                    None => menu.push(item(i, a, Kind::MenuItem)),
                }
            }
            Some(Position::CommandBar) => sketch_commands.push(item(i, a, kind)),
            Some(Position::Essentials) => essentials.push(item(i, a, Kind::Value)),
            Some(Position::Table) => table.push(item(i, a, kind)),
            Some(Position::Dialog) => dialog_items.push(item(i, a, kind)),
            Some(Position::Footer) if has_dialog => dialog_items.push(item(i, a, kind)),
            Some(Position::Footer) => footer.push(item(i, a, kind)),
            Some(Position::Form) | None => form.push(item(i, a, kind)),
        }
    }
    // Buttons go to the dialog's footer; everything else is its body.
    let (dialog_footer, dialog_body): (Vec<Item>, Vec<Item>) =
        dialog_items.into_iter().partition(|it| {
            it.kind == Kind::Button
                && it
                    .anchor
                    .is_some_and(|i| plan.anchors[i].position == Some(Position::Footer))
        });
    let dialog = has_dialog.then(|| Dialog {
        title: plan.dialog.as_ref().map(|d| d.first(lang).to_owned()),
        items: dialog_body,
        footer: dialog_footer,
    });
    Some(Sketch {
        search,
        title: page.titles.first(lang).to_owned(),
        menu,
        commands: sketch_commands,
        essentials,
        form,
        table,
        footer,
        dialog,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regpilot_core::guide::{PageSpec, VerifySpec};
    use regpilot_core::Target;

    fn portal() -> Portal {
        guide::portal().expect("the portal description loads")
    }

    fn plan(portal: &Portal, page: &str, dialog: Option<&str>, elements: &[&str]) -> Plan {
        Plan {
            target: Target::Yetiforce,
            step_id: "x".into(),
            index: 0,
            total: 1,
            outside_portal: false,
            page: Some(portal.pages[page].clone()),
            dialog: dialog.map(|d| portal.labels[d].clone()),
            anchors: elements
                .iter()
                .map(|e| portal.elements[*e].clone())
                .collect(),
            captures: vec![],
            verify: VerifySpec::AnchorsDone,
            missing: vec![],
        }
    }

    fn labels(items: &[Item]) -> Vec<&str> {
        items.iter().map(|i| i.label.as_str()).collect()
    }

    #[test]
    fn a_dialog_step_draws_menu_command_dialog_and_footer_in_the_language() {
        let p = portal();
        let order = page_order(guide::PORTAL_FILE.1);
        let plan = plan(
            &p,
            "app-api-permissions",
            Some("request-api-permissions"),
            &[
                "menu-api-permissions",
                "add-a-permission-button",
                "graph-tile",
                "application-permissions-option",
                "add-permissions-button",
            ],
        );
        let l10n = Localizer::new(Lang::Cs);
        let s = build(&plan, &p, &order, &l10n).unwrap();
        assert_eq!(s.title, p.labels["api-permissions"].first(Lang::Cs));
        // The app's menu, in the description's order, with this page selected and anchored.
        let menu = labels(&s.menu);
        let pos = |l: &str| menu.iter().position(|m| *m == p.labels[l].first(Lang::Cs));
        assert!(pos("overview") < pos("authentication"), "{menu:?}");
        assert!(pos("authentication") < pos("api-permissions"), "{menu:?}");
        let selected: Vec<_> = s.menu.iter().filter(|m| m.selected).collect();
        assert_eq!(selected.len(), 1);
        assert_eq!(selected[0].anchor, Some(0));
        assert_eq!(
            labels(&s.commands),
            [p.labels["add-a-permission"].first(Lang::Cs)]
        );
        let d = s.dialog.as_ref().unwrap();
        assert_eq!(
            d.title.as_deref(),
            Some(p.labels["request-api-permissions"].first(Lang::Cs))
        );
        assert_eq!(
            labels(&d.items),
            [
                "Microsoft Graph",
                p.labels["application-permissions"].first(Lang::Cs)
            ]
        );
        assert_eq!(
            labels(&d.footer),
            [p.labels["add-permissions"].first(Lang::Cs)]
        );
        assert!(s.footer.is_empty() && s.form.is_empty());
        let mut drawn = s.anchors();
        drawn.sort();
        assert_eq!(drawn, [0, 1, 2, 3, 4], "each anchor is drawn once");
    }

    #[test]
    fn a_form_step_has_its_footer_on_the_blade_and_search_in_the_top_bar() {
        let p = portal();
        let order = page_order(guide::PORTAL_FILE.1);
        let plan = plan(
            &p,
            "new-registration",
            None,
            &[
                "portal-search",
                "name-input",
                "account-type-multi",
                "register-button",
            ],
        );
        let s = build(&plan, &p, &order, &Localizer::new(Lang::Pl)).unwrap();
        assert_eq!(s.search.anchor, Some(0));
        assert_eq!(s.search.label, p.labels["search"].first(Lang::Pl));
        assert!(s.menu.is_empty(), "the create blade has no menu");
        assert_eq!(
            s.form.iter().map(|i| i.kind).collect::<Vec<_>>(),
            [Kind::Textbox, Kind::Radio]
        );
        assert_eq!(labels(&s.footer), [p.labels["register"].first(Lang::Pl)]);
        assert!(s.dialog.is_none());
    }

    #[test]
    fn outside_the_portal_there_is_nothing_to_draw() {
        let p = portal();
        let mut plan = plan(&p, "app-overview", None, &[]);
        plan.page = None::<PageSpec>;
        assert!(build(&plan, &p, &[], &Localizer::new(Lang::En)).is_none());
    }

    #[test]
    fn placeholders_show_as_field_names() {
        let l10n = Localizer::new(Lang::En);
        let shown = show_label(&LabelSet::literal("{appName} – {nope}"), Lang::En, &l10n);
        assert!(!shown.contains("{appName}"), "{shown}");
        assert!(shown.contains(&l10n.msg("guide-field-app-name")), "{shown}");
        assert!(
            shown.ends_with("{nope}"),
            "unknown placeholders stay: {shown}"
        );
    }

    #[test]
    fn every_step_of_every_guide_draws_each_anchor_once_in_every_language() {
        let p = portal();
        let order = page_order(guide::PORTAL_FILE.1);
        let mut drawn_steps = 0;
        for g in guide::load_all().expect("the guides load") {
            for lang in Lang::ALL {
                let l10n = Localizer::new(lang);
                for i in 0..g.steps.len() {
                    let plan = g.plan(i, &Default::default()).unwrap();
                    let at = format!("{} {} {}", g.target.id(), lang.code(), plan.step_id);
                    let Some(s) = build(&plan, &p, &order, &l10n) else {
                        assert!(plan.page.is_none(), "{at}: a portal step without a sketch");
                        continue;
                    };
                    drawn_steps += 1;
                    let mut anchors = s.anchors();
                    anchors.sort();
                    let all: Vec<usize> = (0..plan.anchors.len()).collect();
                    assert_eq!(anchors, all, "{at}");
                    let dialog = s
                        .dialog
                        .iter()
                        .flat_map(|d| d.items.iter().chain(&d.footer));
                    for it in s
                        .menu
                        .iter()
                        .chain(&s.commands)
                        .chain(&s.form)
                        .chain(dialog)
                    {
                        assert!(
                            !it.label.is_empty() && !it.label.contains('{'),
                            "{at}: {it:?}"
                        );
                    }
                }
                assert!(l10n.errors().is_empty(), "{:?}", l10n.errors());
            }
        }
        assert!(drawn_steps > 0);
    }

    #[test]
    fn page_order_follows_the_file() {
        let order = page_order("[label.x]\n[page.b]\nx = 1\n[page.a]\n[element.c]\n");
        assert_eq!(order, ["b", "a"]);
    }
}
