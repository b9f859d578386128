//! Table-driven tests of the checks: walks `tests/fixtures/checks/` (format in its README.md),
//! runs every case, and checks every finding's message in en, pl and cs. At the end, every rule
//! id must have been exercised and every explained AADSTS code must read well in all languages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use regpilot_core::checks::{
    aadsts, ids, redirect_uri, scopes, Audience, Checked, Finding, Kind, Platform, Rule, Verdict,
};
use regpilot_core::{Lang, Localizer, Target};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/checks")
}

/// One fixture line, with where it came from for failure messages.
struct Line {
    at: String,
    cols: Vec<String>,
}

fn lines(file: &str) -> Vec<Line> {
    let text = std::fs::read_to_string(dir().join(file)).unwrap();
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| Line {
            at: format!("{file}:{}", i + 1),
            cols: l.split('\t').map(str::to_owned).collect(),
        })
        .collect()
}

/// Undoes the escapes of the fixture format.
fn unescape(s: &str) -> String {
    if s == "\\e" {
        return String::new();
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(['\\', '{']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("{{") {
            let end = r.find("}}").expect("unclosed {{");
            let (text, n) = r[..end].rsplit_once('*').expect("{{TEXT*N}}");
            out.push_str(&text.repeat(n.parse().unwrap()));
            rest = &r[end + 2..];
        } else if let Some(r) = rest.strip_prefix("\\u{") {
            let end = r.find('}').unwrap();
            out.push(char::from_u32(u32::from_str_radix(&r[..end], 16).unwrap()).unwrap());
            rest = &r[end + 1..];
        } else if rest.starts_with('\\') && rest.len() >= 2 {
            out.push(match &rest[1..2] {
                "s" => ' ',
                "t" => '\t',
                "\\" => '\\',
                other => panic!("unknown escape \\{other}"),
            });
            rest = &rest[2..];
        } else {
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

fn opt_target(s: &str) -> Option<Target> {
    (s != "-").then(|| Target::parse(s).unwrap_or_else(|| panic!("target {s}")))
}

/// Expected rules, and spans some of them must have.
type Expected = (BTreeSet<Rule>, Vec<(Rule, (usize, usize))>);

/// Expected rules: `rule` or `rule@S-E`.
fn expected(s: &str) -> Expected {
    let mut rules = BTreeSet::new();
    let mut spans = Vec::new();
    for item in s.split_whitespace().filter(|i| *i != "-") {
        let (id, span) = match item.split_once('@') {
            Some((id, span)) => {
                let (a, b) = span.split_once('-').unwrap();
                (id, Some((a.parse().unwrap(), b.parse().unwrap())))
            }
            None => (item, None),
        };
        let rule = Rule::parse(id).unwrap_or_else(|| panic!("unknown rule id {id}"));
        rules.insert(rule);
        if let Some(sp) = span {
            spans.push((rule, sp));
        }
    }
    (rules, spans)
}

/// Collects what the cases exercised, and checks each finding's messages.
struct Harness {
    locs: Vec<Localizer>,
    covered: BTreeMap<Rule, usize>,
    message_ids: BTreeSet<String>,
    failures: Vec<String>,
    cases: usize,
}

impl Harness {
    fn new() -> Harness {
        Harness {
            locs: Lang::ALL.into_iter().map(Localizer::new).collect(),
            covered: BTreeMap::new(),
            message_ids: BTreeSet::new(),
            failures: Vec::new(),
            cases: 0,
        }
    }

    fn case<T>(&mut self, at: &str, input: &str, checked: &Checked<T>, verdict: &str, rules: &str) {
        self.cases += 1;
        let got_verdict = checked.verdict();
        let (want, spans) = expected(rules);
        let got: BTreeSet<Rule> = checked.findings.iter().map(|f| f.rule).collect();
        let show = || {
            checked
                .findings
                .iter()
                .map(|f| format!("{}@{}-{}", f.rule, f.span.0, f.span.1))
                .collect::<Vec<_>>()
                .join(" ")
        };
        if got_verdict.id() != verdict {
            self.failures.push(format!(
                "{at}: {input:?}: verdict {} (want {verdict}); findings: {}",
                got_verdict.id(),
                show()
            ));
        }
        if got != want {
            self.failures
                .push(format!("{at}: {input:?}: rules {} (want {rules})", show()));
        }
        for (rule, span) in spans {
            if !checked
                .findings
                .iter()
                .any(|f| f.rule == rule && f.span == span)
            {
                self.failures.push(format!(
                    "{at}: {input:?}: no {rule} at {span:?}; findings: {}",
                    show()
                ));
            }
        }
        // The typed value exists exactly when nothing is an error.
        if checked.value.is_some() == (got_verdict == Verdict::Error) {
            self.failures
                .push(format!("{at}: value present = {}", checked.value.is_some()));
        }
        let chars = input.chars().count();
        for f in &checked.findings {
            *self.covered.entry(f.rule).or_default() += 1;
            self.message_ids.insert(f.message_id.to_string());
            if f.span.0 > f.span.1 || f.span.1 > chars {
                self.failures
                    .push(format!("{at}: span {:?} out of 0..{chars}", f.span));
            }
            self.messages(at, f);
        }
    }

    /// Every message: present, rendered without errors, not an id, and different per language.
    fn messages(&mut self, at: &str, f: &Finding) {
        let texts: Vec<String> = self
            .locs
            .iter()
            .map(|loc| {
                let before = loc.errors().len();
                let text = f.message(loc);
                let errs = loc.errors();
                if errs.len() > before {
                    self.failures
                        .push(format!("{at}: {}: {:?}", f.message_id, &errs[before..]));
                }
                text
            })
            .collect();
        for (lang, text) in Lang::ALL.iter().zip(&texts) {
            let bad = text.trim().is_empty()
                || *text == f.message_id
                || *text == f.rule.id()
                || text.contains("checks-")
                || text.contains('{');
            if bad {
                self.failures.push(format!(
                    "{at}: {} in {}: bad message {text:?}",
                    f.message_id,
                    lang.code()
                ));
            }
        }
        for i in 0..texts.len() {
            for j in i + 1..texts.len() {
                if texts[i] == texts[j] {
                    self.failures.push(format!(
                        "{at}: {} is the same in {} and {}: {:?}",
                        f.message_id,
                        Lang::ALL[i].code(),
                        Lang::ALL[j].code(),
                        texts[i]
                    ));
                }
            }
        }
    }
}

fn redirect_uri_cases(h: &mut Harness) {
    for l in lines("redirect_uri.tsv") {
        let [platform, audience, target, verdict, rules, input] = &l.cols[..] else {
            panic!("{}: want 6 columns, got {}", l.at, l.cols.len());
        };
        let platform = Platform::parse(platform).unwrap();
        let audience = Audience::parse(audience).unwrap();
        let input = unescape(input);
        let c = redirect_uri::check(&input, platform, audience, opt_target(target));
        h.case(&l.at, &input, &c, verdict, rules);
        // The single check and a one-element list agree.
        let list = redirect_uri::check_list(&[&input], platform, audience, opt_target(target));
        assert_eq!(list[0].findings, c.findings, "{}", l.at);
    }
}

/// A list being read: where it starts, its platform, audience and target, and its items
/// (line, input, verdict, rules).
type Block = (
    String,
    Platform,
    Audience,
    Option<Target>,
    Vec<(String, String, String, String)>,
);

fn redirect_uri_list_cases(h: &mut Harness) {
    let text = std::fs::read_to_string(dir().join("redirect_uri_lists.txt")).unwrap();
    let mut block: Option<Block> = None;
    let run = |h: &mut Harness, block: &mut Option<Block>| {
        let Some((at, platform, audience, target, items)) = block.take() else {
            return;
        };
        let items: Vec<(String, String, String, String)> = items;
        let inputs: Vec<&str> = items.iter().map(|i| i.1.as_str()).collect();
        let results = redirect_uri::check_list(&inputs, platform, audience, target);
        for ((item_at, input, verdict, rules), c) in items.iter().zip(&results) {
            h.case(&format!("{at} {item_at}"), input, c, verdict, rules);
        }
    };
    for (i, line) in text.lines().enumerate() {
        let at = format!("redirect_uri_lists.txt:{}", i + 1);
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            run(h, &mut block);
            continue;
        }
        if let Some(head) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let w: Vec<&str> = head.split_whitespace().collect();
            block = Some((
                at,
                Platform::parse(w[0]).unwrap(),
                Audience::parse(w[1]).unwrap(),
                opt_target(w[2]),
                Vec::new(),
            ));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [input, verdict, rules] = cols[..] else {
            panic!("{at}: want 3 columns");
        };
        let items = &mut block.as_mut().expect("item outside a [list]").4;
        // {{A..B}}: one line per number.
        if let Some((head, rest)) = input.split_once("{{") {
            if let Some((range, tail)) = rest.split_once("}}") {
                if let Some((a, b)) = range.split_once("..") {
                    for n in a.parse::<usize>().unwrap()..=b.parse().unwrap() {
                        let v = unescape(&format!("{head}{n}{tail}"));
                        items.push((at.clone(), v, verdict.into(), rules.into()));
                    }
                    continue;
                }
            }
        }
        items.push((at, unescape(input), verdict.into(), rules.into()));
    }
    run(h, &mut block);
}

fn scope_cases(h: &mut Harness) {
    for l in lines("scopes.tsv") {
        let [target, kind, granted, verdict, rules, input] = &l.cols[..] else {
            panic!("{}: want 6 columns, got {}", l.at, l.cols.len());
        };
        let target = Target::parse(target).unwrap();
        let kind = Kind::parse(kind).unwrap();
        let consent = match granted.as_str() {
            "-" => scopes::Consent::Unknown,
            "!" => scopes::Consent::Granted(Vec::new()),
            list => scopes::Consent::Granted(list.split(',').map(str::to_owned).collect()),
        };
        let input = unescape(input);
        let c = scopes::check_str(&input, target, kind, &consent);
        h.case(&l.at, &input, &c, verdict, rules);
    }
}

fn id_cases(h: &mut Harness) {
    for l in lines("ids.tsv") {
        let [field, target, today, verdict, rules, input] = &l.cols[..] else {
            panic!("{}: want 6 columns, got {}", l.at, l.cols.len());
        };
        let target = opt_target(target);
        let input = unescape(input);
        match field.as_str() {
            "tenant" => h.case(&l.at, &input, &ids::tenant(&input, target), verdict, rules),
            "client" => h.case(&l.at, &input, &ids::client(&input), verdict, rules),
            "object" => h.case(&l.at, &input, &ids::object(&input), verdict, rules),
            "secret" => h.case(&l.at, &input, &ids::secret(&input, target), verdict, rules),
            "expiry" => {
                let today = ids::Date::parse(today).unwrap();
                h.case(
                    &l.at,
                    &input,
                    &ids::secret_expiry(&input, today),
                    verdict,
                    rules,
                )
            }
            other => panic!("{}: unknown field {other}", l.at),
        }
    }
}

#[test]
fn fixtures_cover_every_rule_in_every_language() {
    let mut h = Harness::new();
    redirect_uri_cases(&mut h);
    redirect_uri_list_cases(&mut h);
    scope_cases(&mut h);
    id_cases(&mut h);
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .filter(|r| !h.covered.contains_key(r))
        .map(|r| r.id())
        .collect();
    assert!(
        h.failures.is_empty(),
        "{} failures:\n{}",
        h.failures.len(),
        h.failures.join("\n")
    );
    assert!(
        missing.is_empty(),
        "rules no fixture exercises: {missing:?}"
    );
    assert!(h.cases > 150, "only {} cases", h.cases);
    // Message variants must exist in every language too (has() sees attributes and values).
    for id in &h.message_ids {
        for loc in &h.locs {
            assert!(loc.has(id), "{id} missing in {}", loc.lang().code());
        }
    }
}

#[test]
fn aadsts_fixtures_and_every_explained_code() {
    for l in lines("aadsts.tsv") {
        let [input, want] = &l.cols[..] else {
            panic!("{}: want 2 columns", l.at);
        };
        let input = unescape(input);
        let got = match aadsts::parse_code(&input) {
            None => "invalid".to_owned(),
            Some(c) => match aadsts::lookup(c) {
                None => "unknown".to_owned(),
                Some(e) => e.code.to_string(),
            },
        };
        assert_eq!(&got, want, "{}: {input:?}", l.at);
    }
    let locs: Vec<Localizer> = Lang::ALL.into_iter().map(Localizer::new).collect();
    for &(code, _) in aadsts::CODES {
        let e = aadsts::lookup(code).unwrap();
        for part in ["title", "cause", "fix"] {
            let texts: Vec<String> = locs
                .iter()
                .map(|loc| match part {
                    "title" => e.title(loc),
                    "cause" => e.cause(loc),
                    _ => e.fix(loc),
                })
                .collect();
            for (loc, t) in locs.iter().zip(&texts) {
                assert!(
                    !t.is_empty() && !t.starts_with("checks-") && loc.errors().is_empty(),
                    "AADSTS{code}.{part} in {}: {t:?} {:?}",
                    loc.lang().code(),
                    loc.errors()
                );
            }
            assert!(
                texts[0] != texts[1] && texts[0] != texts[2] && texts[1] != texts[2],
                "AADSTS{code}.{part} not translated: {texts:?}"
            );
        }
    }
}

#[test]
fn rules_md_lists_every_rule_once() {
    let doc = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/checks/RULES.md"),
    )
    .unwrap();
    for rule in Rule::ALL {
        let row = format!("| `{}` |", rule.id());
        assert_eq!(
            doc.matches(&row).count(),
            1,
            "RULES.md needs one row for {rule}"
        );
    }
    let rows = doc.lines().filter(|l| l.starts_with("| `")).count();
    assert_eq!(
        rows,
        Rule::ALL.len(),
        "RULES.md has rows for rules the code does not know"
    );
}
