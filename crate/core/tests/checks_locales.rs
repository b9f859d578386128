//! `locales/*/checks.ftl`: the three languages have exactly the same messages, attributes and
//! variables; plural selects have the categories each language needs; every name the checks look
//! up (targets, platforms, kinds, fields, audiences, verdicts, CLI texts) exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use regpilot_core::checks::{ids, Audience, Kind, Platform, NAMED_ARGS};
use regpilot_core::{Lang, Localizer, Target};

/// message or message.attribute → variables used.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn source(lang: Lang) -> String {
    let path = format!(
        "{}/../../locales/{}/checks.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    std::fs::read_to_string(path).unwrap()
}

fn vars_in_pattern(
    p: &ast::Pattern<&str>,
    out: &mut BTreeSet<String>,
    selects: &mut Vec<Vec<String>>,
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expr(expression, out, selects);
        }
    }
}

fn vars_in_expr(
    e: &ast::Expression<&str>,
    out: &mut BTreeSet<String>,
    selects: &mut Vec<Vec<String>>,
) {
    match e {
        ast::Expression::Inline(i) => vars_in_inline(i, out, selects),
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out, selects);
            selects.push(
                variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect(),
            );
            for v in variants {
                vars_in_pattern(&v.value, out, selects);
            }
        }
    }
}

fn vars_in_inline(
    i: &ast::InlineExpression<&str>,
    out: &mut BTreeSet<String>,
    selects: &mut Vec<Vec<String>>,
) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expr(expression, out, selects),
        _ => {}
    }
}

/// The shape of a file and the variant keys of its plural selects.
fn shape(lang: Lang) -> (Shape, Vec<(String, Vec<String>)>) {
    let src = source(lang);
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", lang.code()));
    let mut shape = Shape::new();
    let mut selects = Vec::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut sel = Vec::new();
                if let Some(v) = &m.value {
                    let mut vars = BTreeSet::new();
                    vars_in_pattern(v, &mut vars, &mut sel);
                    shape.insert(m.id.name.to_string(), vars);
                }
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    vars_in_pattern(&a.value, &mut vars, &mut sel);
                    shape.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
                selects.extend(sel.into_iter().map(|s| (m.id.name.to_string(), s)));
            }
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", lang.code()),
            _ => {}
        }
    }
    (shape, selects)
}

#[test]
fn languages_have_the_same_messages_and_variables() {
    let (en, _) = shape(Lang::En);
    assert!(en.len() > 100, "only {} entries", en.len());
    for lang in [Lang::Pl, Lang::Cs] {
        let (other, _) = shape(lang);
        let a: BTreeSet<&String> = en.keys().collect();
        let b: BTreeSet<&String> = other.keys().collect();
        assert_eq!(a, b, "{} has other ids than en", lang.code());
        for (id, vars) in &en {
            assert_eq!(
                vars,
                &other[id],
                "{id}: variables differ in {}",
                lang.code()
            );
        }
    }
}

#[test]
fn plural_selects_have_each_languages_categories() {
    // CLDR cardinal categories for integers: pl one/few/many, cs one/few/other (+ many for
    // decimals, which the style asks for too).
    let need: &[(Lang, &[&str])] = &[
        (Lang::En, &["one", "other"]),
        (Lang::Pl, &["one", "few", "many"]),
        (Lang::Cs, &["one", "few", "many", "other"]),
    ];
    for (lang, cats) in need {
        let (_, selects) = shape(*lang);
        let plural: Vec<_> = selects
            .iter()
            .filter(|(_, keys)| keys.iter().any(|k| k == "one"))
            .collect();
        assert!(
            plural.len() >= 3,
            "{}: {} plural selects",
            lang.code(),
            plural.len()
        );
        for (id, keys) in plural {
            for c in *cats {
                assert!(
                    keys.iter().any(|k| k == c),
                    "{id} in {} lacks [{c}]: {keys:?}",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn every_name_the_checks_look_up_exists() {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(
        Target::ALL
            .iter()
            .map(|t| format!("checks-target-{}", t.id())),
    );
    ids.extend(
        Platform::ALL
            .iter()
            .map(|p| format!("checks-platform-{}", p.id())),
    );
    ids.extend(Kind::ALL.iter().map(|k| format!("checks-kind-{}", k.id())));
    ids.extend(
        ids::Field::ALL
            .iter()
            .map(|f| format!("checks-field-{}", f.id())),
    );
    ids.extend(
        Audience::ALL
            .iter()
            .map(|a| format!("checks-audience-{}", a.id().to_ascii_lowercase())),
    );
    ids.extend(["ok", "warning", "error"].map(|v| format!("checks-verdict-{v}")));
    ids.extend(
        [
            "summary",
            "explain-cause",
            "explain-fix",
            "explain-undocumented",
            "explain-unknown",
            "usage",
            "bad-value",
            "missing-option",
            "no-input",
            "bad-code",
            "unknown-subcommand",
        ]
        .map(|c| format!("checks-cli-{c}")),
    );
    let families: BTreeSet<&str> = NAMED_ARGS.iter().map(|(_, f)| *f).collect();
    assert_eq!(
        families,
        BTreeSet::from(["target", "platform", "kind", "field", "audience"])
    );
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        for id in &ids {
            assert!(loc.has(id), "{id} missing in {}", lang.code());
        }
        // The names are shown without arguments: they must format cleanly.
        for id in ids.iter().filter(|id| !id.starts_with("checks-cli-")) {
            assert!(!loc.msg(id).is_empty(), "{id} empty in {}", lang.code());
        }
        assert!(loc.errors().is_empty(), "{:?}", loc.errors());
    }
}
