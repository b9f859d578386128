//! Locale parity, read from `locales/<lang>/*.ftl` on disk with the Fluent parser's AST:
//! every file parses without junk; en, pl and cs have the same files, message ids, attributes and
//! variables; selectors on plural categories cover the language's categories (pl one/few/many,
//! cs one/few/many/other); every message the guides and the guide renderer use exists.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use fluent_syntax::parser;
use regpilot_core::guide::{self, Field};
use regpilot_core::{Lang, Localizer, Target};

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// (file name, source) of every `.ftl` file of a language, sorted.
fn files(lang: Lang) -> Vec<(String, String)> {
    let dir = locales_dir().join(lang.code());
    let mut out: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// One message (or term) as parity sees it: its attributes, and the variables of its value and
/// of each attribute.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    attributes: BTreeSet<String>,
    /// "" for the value, the attribute's name otherwise.
    variables: BTreeMap<String, BTreeSet<String>>,
}

/// A selector whose variant keys name plural categories: (message.attribute, categories).
type PluralSelect = (String, BTreeSet<String>);

#[derive(Default)]
struct Parsed {
    messages: BTreeMap<String, Shape>,
    terms: BTreeSet<String>,
    plural_selects: Vec<PluralSelect>,
}

fn walk_pattern(
    p: &Pattern<&str>,
    vars: &mut BTreeSet<String>,
    plural: &mut Vec<BTreeSet<String>>,
) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expr(expression, vars, plural);
        }
    }
}

fn walk_expr(
    e: &Expression<&str>,
    vars: &mut BTreeSet<String>,
    plural: &mut Vec<BTreeSet<String>>,
) {
    match e {
        Expression::Inline(i) => walk_inline(i, vars, plural),
        Expression::Select { selector, variants } => {
            walk_inline(selector, vars, plural);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    VariantKey::Identifier { name } => Some(name.to_string()),
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.iter().any(|k| PLURAL_CATEGORIES.contains(&k.as_str())) {
                plural.push(keys);
            }
            for v in variants {
                walk_pattern(&v.value, vars, plural);
            }
        }
    }
}

fn walk_inline(
    i: &InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    plural: &mut Vec<BTreeSet<String>>,
) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expr(expression, vars, plural),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, vars, plural);
            }
            for n in &arguments.named {
                walk_inline(&n.value, vars, plural);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, vars, plural);
            }
            for n in &arguments.named {
                walk_inline(&n.value, vars, plural);
            }
        }
        _ => {}
    }
}

/// Parses one file; junk or parser errors fail the test with file and message.
fn parse(lang: Lang, file: &str, src: &str) -> Parsed {
    let res = match parser::parse(src) {
        Ok(r) => r,
        Err((_, errs)) => panic!("{}/{file}: parse errors: {errs:?}", lang.code()),
    };
    let mut out = Parsed::default();
    for entry in &res.body {
        match entry {
            Entry::Junk { content } => panic!("{}/{file}: junk: {content}", lang.code()),
            Entry::Message(m) => {
                let mut shape = Shape::default();
                let mut plural = Vec::new();
                if let Some(v) = &m.value {
                    let mut vars = BTreeSet::new();
                    walk_pattern(v, &mut vars, &mut plural);
                    shape.variables.insert(String::new(), vars);
                    for keys in plural.drain(..) {
                        out.plural_selects.push((m.id.name.to_string(), keys));
                    }
                }
                for a in &m.attributes {
                    shape.attributes.insert(a.id.name.to_string());
                    let mut vars = BTreeSet::new();
                    walk_pattern(&a.value, &mut vars, &mut plural);
                    shape.variables.insert(a.id.name.to_string(), vars);
                    for keys in plural.drain(..) {
                        out.plural_selects
                            .push((format!("{}.{}", m.id.name, a.id.name), keys));
                    }
                }
                let id = m.id.name.to_string();
                assert!(
                    out.messages.insert(id.clone(), shape).is_none(),
                    "{}/{file}: message {id} defined twice",
                    lang.code()
                );
            }
            Entry::Term(t) => {
                out.terms.insert(t.id.name.to_string());
            }
            _ => {}
        }
    }
    out
}

fn all() -> BTreeMap<Lang, BTreeMap<String, Parsed>> {
    Lang::ALL
        .into_iter()
        .map(|l| {
            let parsed = files(l)
                .into_iter()
                .map(|(f, src)| {
                    let p = parse(l, &f, &src);
                    (f, p)
                })
                .collect();
            (l, parsed)
        })
        .collect()
}

#[test]
fn every_file_parses_without_junk() {
    let all = all();
    for (lang, files) in &all {
        assert!(!files.is_empty(), "{} has no .ftl files", lang.code());
    }
}

#[test]
fn a_broken_file_is_reported_as_junk() {
    // The walker must notice what it is meant to catch.
    let r = std::panic::catch_unwind(|| parse(Lang::En, "x.ftl", "ok = fine\nbroken = { $\n"));
    assert!(r.is_err());
}

#[test]
fn languages_have_the_same_files_ids_attributes_and_variables() {
    let all = all();
    let en = &all[&Lang::En];
    let mut problems = Vec::new();
    for lang in [Lang::Pl, Lang::Cs] {
        let other = &all[&lang];
        let en_files: BTreeSet<_> = en.keys().collect();
        let other_files: BTreeSet<_> = other.keys().collect();
        if en_files != other_files {
            problems.push(format!(
                "{}: files differ from en: missing {:?}, extra {:?}",
                lang.code(),
                en_files.difference(&other_files).collect::<Vec<_>>(),
                other_files.difference(&en_files).collect::<Vec<_>>()
            ));
        }
        for (file, e) in en {
            let Some(o) = other.get(file) else { continue };
            for (id, shape) in &e.messages {
                match o.messages.get(id) {
                    None => problems.push(format!("{}/{file}: missing message {id}", lang.code())),
                    Some(os) => {
                        if os.attributes != shape.attributes {
                            problems.push(format!(
                                "{}/{file}: {id} has attributes {:?}, en has {:?}",
                                lang.code(),
                                os.attributes,
                                shape.attributes
                            ));
                        }
                        if os.variables != shape.variables {
                            problems.push(format!(
                                "{}/{file}: {id} uses variables {:?}, en uses {:?}",
                                lang.code(),
                                os.variables,
                                shape.variables
                            ));
                        }
                    }
                }
            }
            for id in o.messages.keys() {
                if !e.messages.contains_key(id) {
                    problems.push(format!("{}/{file}: extra message {id}", lang.code()));
                }
            }
            if o.terms != e.terms {
                problems.push(format!(
                    "{}/{file}: terms {:?}, en has {:?}",
                    lang.code(),
                    o.terms,
                    e.terms
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_selectors_cover_the_languages_categories() {
    // CLDR cardinal categories for integers and decimals: pl one/few/many/other (other only for
    // fractions; the project's convention is *[many]), cs one/few/many/other, en one/other.
    let required: [(Lang, &[&str]); 3] = [
        (Lang::En, &["one", "other"]),
        (Lang::Pl, &["one", "few", "many"]),
        (Lang::Cs, &["one", "few", "many", "other"]),
    ];
    let all = all();
    let mut problems = Vec::new();
    let mut seen = 0;
    for (lang, cats) in required {
        for (file, p) in &all[&lang] {
            for (id, keys) in &p.plural_selects {
                seen += 1;
                let missing: Vec<_> = cats.iter().filter(|c| !keys.contains(**c)).collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{}/{file}: {id} lacks plural variants {missing:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(seen > 0, "no plural selector found: the walker is broken");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The message ids the guide code formats directly (not through a guide file).
fn code_messages() -> Vec<String> {
    let mut ids: Vec<String> = [
        "guide-step-counter",
        "guide-summary",
        "guide-placeholder",
        "guide-md-step-heading",
        "guide-md-requirements",
        "guide-md-roles",
        "guide-md-not-covered",
        "guide-md-steps",
        "guide-md-action",
        "guide-md-where",
        "guide-md-highlight",
        "guide-md-captures",
        "guide-md-done-when",
        "guide-md-docs",
        "guide-md-optional",
        "guide-md-outside-portal",
        "guide-look-for",
        "guide-look-for-alt",
        "guide-verify-page",
        "guide-verify-anchors-done",
        "guide-verify-captured",
        "guide-verify-permissions-listed",
        "guide-verify-permissions-granted",
        "guide-verify-secret-row",
        "guide-verify-list-contains",
        "guide-verify-text-present",
        "guide-verify-manual",
        "guide-req-account-type",
        "guide-req-platform",
        "guide-req-no-redirect",
        "guide-req-permission",
        "guide-req-permission-optional",
        "guide-req-permission-vendor",
        "guide-req-vendor",
        "guide-role-line",
        "guide-cli-usage",
        "guide-cli-missing-target",
        "guide-cli-unknown-target",
        "guide-cli-unknown-lang",
        "guide-cli-unknown-format",
        "guide-cli-extra-argument",
        "guide-cli-broken",
    ]
    .map(String::from)
    .to_vec();
    for p in [
        "top-bar",
        "left-menu",
        "command-bar",
        "essentials",
        "form",
        "table",
        "dialog",
        "footer",
        "anywhere",
    ] {
        ids.push(format!("guide-position-{p}"));
    }
    ids.extend(Field::ALL.map(|f| f.message_id()));
    ids
}

#[test]
fn every_message_the_guides_use_exists_in_every_language() {
    let guides = guide::load_all().expect("guides load");
    let mut ids = code_messages();
    for g in &guides {
        ids.push(format!("{}.title", g.text));
        ids.push(format!("{}.intro", g.text));
        ids.extend(g.not_covered.iter().cloned());
        for r in &g.roles {
            ids.push(r.message_id().to_owned());
            ids.push(format!("{}.purpose", r.message_id()));
        }
        for s in &g.steps {
            ids.push(s.title_id());
            ids.push(s.body_id());
            ids.extend(s.action_id());
        }
    }
    let all = all();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for id in &ids {
            let (msg, attr) = id
                .split_once('.')
                .map_or((id.as_str(), None), |(m, a)| (m, Some(a)));
            let defined = all[&lang].values().any(|p| {
                p.messages
                    .get(msg)
                    .is_some_and(|s| attr.is_none_or(|a| s.attributes.contains(a)))
            });
            if !defined || !l10n.has(id) {
                problems.push(format!("{}: {id} is missing", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rendering_every_guide_in_every_language_raises_no_fluent_error() {
    // Catches a variable a translation uses but the code does not pass, and the reverse.
    let guides = guide::load_all().expect("guides load");
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for g in &guides {
            for f in guide::render::Format::ALL {
                let out = guide::render::render(g, &l10n, f);
                assert!(!out.is_empty());
            }
        }
        assert!(
            l10n.errors().is_empty(),
            "{}: {:?}",
            lang.code(),
            l10n.errors()
        );
    }
    assert_eq!(guides.len(), Target::ALL.len());
}
