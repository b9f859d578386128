//! `regpilot guide` through the built binary: every target × language × format prints, JSON
//! lists the step ids (contract), HTML is one self-contained escaped page, and bad arguments
//! exit 2 naming the valid values.

use std::process::{Command, Output};

use regpilot_core::{guide, Lang, Localizer, Target};

fn regpilot(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_regpilot"))
        .arg("guide")
        .args(args)
        .output()
        .expect("run regpilot")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

#[test]
fn markdown_is_the_default_and_equals_the_library_rendering() {
    for t in Target::ALL {
        let o = regpilot(&["--target", t.id(), "--lang", "cs"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let g = guide::load(t).unwrap();
        assert_eq!(
            stdout(&o),
            guide::render::markdown(&g, &Localizer::new(Lang::Cs))
        );
    }
}

#[test]
fn json_lists_every_step_id_with_its_plan() {
    for t in Target::ALL {
        for lang in Lang::ALL {
            let o = regpilot(&[
                "--target",
                t.id(),
                "--lang",
                lang.code(),
                "--format",
                "json",
            ]);
            assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
            let out = stdout(&o);
            assert_eq!(out.lines().count(), 1, "one object on one line");
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(v["target"], t.id());
            assert_eq!(v["lang"], lang.code());
            let ids: Vec<&str> = v["steps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap())
                .collect();
            let g = guide::load(t).unwrap();
            assert_eq!(ids, g.step_ids());
            for s in v["steps"].as_array().unwrap() {
                assert_eq!(s["plan"]["step_id"], s["id"]);
                assert!(s["title"].as_str().is_some_and(|x| !x.is_empty()));
            }
        }
    }
}

#[test]
fn html_is_a_self_contained_escaped_page() {
    let o = regpilot(&["--target", "yetiforce", "--lang", "pl", "--format", "html"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let html = stdout(&o);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"pl\">"));
    assert!(html.trim_end().ends_with("</html>"));
    for forbidden in ["<script", "src=\"http", "<link", "@import"] {
        assert!(!html.contains(forbidden), "contains {forbidden}");
    }
    // Text from the locales is escaped: the template's angle brackets never become markup.
    assert!(html.contains("&lt;yetiforce|statlook") || !html.contains("<yetiforce"));
    assert!(html.contains("data-step=\"redirect-uri\""));
    assert!(html.contains("<code>IMAP.AccessAsUser.All</code>"));
    let opened = html.matches("<li class=\"step\"").count();
    assert_eq!(opened, guide::load(Target::Yetiforce).unwrap().steps.len());
}

#[test]
fn unknown_target_language_or_format_exits_2_naming_the_valid_ones() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["--target", "vtiger"],
            "yetiforce, statlook, aktionnext, comarch",
        ),
        (
            &["--lang", "en"],
            "yetiforce, statlook, aktionnext, comarch",
        ),
        (&["--target", "statlook", "--lang", "de"], "en, pl, cs"),
        (
            &["--target", "statlook", "--format", "pdf"],
            "md, html, json",
        ),
        (&["--target", "statlook", "--colour"], "--colour"),
        (&["--target", "statlook", "extra"], "extra"),
    ];
    for (args, names) in cases {
        let o = regpilot(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?} printed to stdout");
        let err = stderr(&o);
        assert!(err.contains(names), "{args:?}: {err}");
        assert!(
            err.contains("regpilot guide --target"),
            "{args:?}: no usage line: {err}"
        );
    }
}

#[test]
fn usage_errors_speak_the_requested_language() {
    let o = regpilot(&["--target", "vtiger", "--lang", "cs"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("Neznámá cílová aplikace „vtiger“"), "{err}");
    assert!(err.contains("použití:"), "{err}");
}
