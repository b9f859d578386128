//! A whole guide as Markdown (the reviewed snapshots), a self-contained HTML page, or JSON (with
//! each step's plan). Used by `regpilot guide`. All words come from the locales.

use serde::Serialize;

use super::markup::{self, Block, Inline};
use super::model::{Guide, GuideView, Plan, StepView};
use super::spec::Values;
use crate::{Lang, Localizer, Target};

/// Output formats of `regpilot guide`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Json,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Html, Format::Json];

    pub fn id(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        let s = s.trim().to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.id() == s)
    }

    pub fn valid_list() -> String {
        Format::ALL.map(|f| f.id()).join(", ")
    }
}

/// Renders the guide in the localizer's language, with no values captured.
pub fn render(guide: &Guide, l10n: &Localizer, format: Format) -> String {
    match format {
        Format::Markdown => markdown(guide, l10n),
        Format::Html => html(guide, l10n),
        Format::Json => json(guide, l10n),
    }
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '<' | '>' | '[' | ']' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn md_code(s: &str) -> String {
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

fn md_inlines(inl: &[Inline]) -> String {
    inl.iter()
        .map(|i| match i {
            Inline::Text(t) => md_escape(t),
            Inline::Code(c) => md_code(c),
        })
        .collect()
}

fn md_text(text: &str) -> String {
    markup::parse(text)
        .iter()
        .map(|b| match b {
            Block::Paragraph(i) => md_inlines(i),
            Block::List(items) => items
                .iter()
                .map(|i| format!("- {}", md_inlines(i)))
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Markdown for review: every word the overlay shows, plus where, what is highlighted, what is
/// read and what completes each step.
pub fn markdown(guide: &Guide, l10n: &Localizer) -> String {
    let view = guide.view(l10n, &Values::new());
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", md_escape(&view.title)));
    out.push_str(&format!("{}\n\n", md_text(&view.intro)));
    out.push_str(&format!("*{}*\n\n", md_escape(&view.summary)));
    section_list(
        &mut out,
        &l10n.msg("guide-md-requirements"),
        &view.requirements,
    );
    section_list(&mut out, &l10n.msg("guide-md-roles"), &view.roles);
    section_list(
        &mut out,
        &l10n.msg("guide-md-not-covered"),
        &view.not_covered,
    );
    out.push_str(&format!(
        "## {}\n\n",
        md_escape(&l10n.msg("guide-md-steps"))
    ));
    for (step, v) in guide.steps.iter().zip(&view.steps) {
        out.push_str(&format!(
            "### {}\n\n",
            md_escape(&l10n.format(
                "guide-md-step-heading",
                &[
                    ("number", (v.index + 1).into()),
                    ("title", v.title.clone().into()),
                ]
            ))
        ));
        let mut tags = vec![format!("`{}`", v.id)];
        if v.optional {
            tags.push(format!("*{}*", md_escape(&l10n.msg("guide-md-optional"))));
        }
        if v.outside_portal {
            tags.push(format!(
                "*{}*",
                md_escape(&l10n.msg("guide-md-outside-portal"))
            ));
        }
        out.push_str(&format!("{}\n\n", tags.join(" · ")));
        out.push_str(&format!("{}\n\n", md_text(&v.body)));
        if let Some(a) = &v.action {
            out.push_str(&format!(
                "**{}** {}\n\n",
                md_escape(&l10n.msg("guide-md-action")),
                md_text(a)
            ));
        }
        let mut facts: Vec<String> = Vec::new();
        if let Some(page) = &v.page_name {
            let link = step
                .page
                .as_ref()
                .and_then(|p| p.deep_link.as_deref())
                .map(|d| format!(" — {}", md_code(d)))
                .unwrap_or_default();
            facts.push(format!(
                "**{}** {}{}",
                md_escape(&l10n.msg("guide-md-where")),
                md_escape(page),
                link
            ));
        }
        if !v.look_for.is_empty() {
            facts.push(format!(
                "**{}** {}",
                md_escape(&l10n.msg("guide-md-highlight")),
                v.look_for
                    .iter()
                    .map(|l| md_escape(l))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        if !v.captures.is_empty() {
            facts.push(format!(
                "**{}** {}",
                md_escape(&l10n.msg("guide-md-captures")),
                v.captures
                    .iter()
                    .map(|c| md_escape(&c.label))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        facts.push(format!(
            "**{}** {}",
            md_escape(&l10n.msg("guide-md-done-when")),
            md_escape(&v.done_when)
        ));
        if let Some(d) = &v.docs_url {
            facts.push(format!(
                "**{}** <{}>",
                md_escape(&l10n.msg("guide-md-docs")),
                d
            ));
        }
        for f in facts {
            out.push_str(&format!("- {f}\n"));
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn section_list(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("## {}\n\n", md_escape(heading)));
    for i in items {
        out.push_str(&format!("- {}\n", md_text(i)));
    }
    out.push('\n');
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html_inlines(inl: &[Inline]) -> String {
    inl.iter()
        .map(|i| match i {
            Inline::Text(t) => html_escape(t),
            Inline::Code(c) => format!("<code>{}</code>", html_escape(c)),
        })
        .collect()
}

fn html_text(text: &str) -> String {
    markup::parse(text)
        .iter()
        .map(|b| match b {
            Block::Paragraph(i) => format!("<p>{}</p>", html_inlines(i)),
            Block::List(items) => format!(
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|i| format!("<li>{}</li>", html_inlines(i)))
                    .collect::<String>()
            ),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const CSS: &str = "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}\
code{background:#f2f2f2;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}\
.step{border-left:4px solid #0078d4;padding:.2rem 1rem;margin:1.5rem 0}\
.tags{color:#555;font-size:.9em}.facts{font-size:.92em;color:#333}\
@media (prefers-color-scheme:dark){body{background:#1b1b1b;color:#eee}code{background:#333}.facts,.tags{color:#ccc}}";

/// A self-contained HTML document (inline style, no scripts, no external resources).
pub fn html(guide: &Guide, l10n: &Localizer) -> String {
    let view = guide.view(l10n, &Values::new());
    let mut out = String::new();
    out.push_str(&format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body data-target=\"{}\">\n",
        view.lang.code(),
        html_escape(&view.title),
        view.target.id()
    ));
    out.push_str(&format!("<h1>{}</h1>\n", html_escape(&view.title)));
    out.push_str(&format!("{}\n", html_text(&view.intro)));
    out.push_str(&format!("<p><em>{}</em></p>\n", html_escape(&view.summary)));
    for (heading, items) in [
        ("guide-md-requirements", &view.requirements),
        ("guide-md-roles", &view.roles),
        ("guide-md-not-covered", &view.not_covered),
    ] {
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "<h2>{}</h2>\n<ul>\n",
            html_escape(&l10n.msg(heading))
        ));
        for i in items.iter() {
            out.push_str(&format!("<li>{}</li>\n", html_inlines(&markup::inlines(i))));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!(
        "<h2>{}</h2>\n<ol>\n",
        html_escape(&l10n.msg("guide-md-steps"))
    ));
    for v in &view.steps {
        html_step(&mut out, l10n, v);
    }
    out.push_str("</ol>\n</body>\n</html>\n");
    out
}

fn html_step(out: &mut String, l10n: &Localizer, v: &StepView) {
    out.push_str(&format!(
        "<li class=\"step\" id=\"{}\" data-step=\"{}\">\n<h3>{}</h3>\n",
        html_escape(&v.id),
        html_escape(&v.id),
        html_escape(&v.title)
    ));
    let mut tags = vec![format!("<code>{}</code>", html_escape(&v.id))];
    if v.optional {
        tags.push(html_escape(&l10n.msg("guide-md-optional")));
    }
    if v.outside_portal {
        tags.push(html_escape(&l10n.msg("guide-md-outside-portal")));
    }
    out.push_str(&format!("<p class=\"tags\">{}</p>\n", tags.join(" · ")));
    out.push_str(&format!("{}\n", html_text(&v.body)));
    if let Some(a) = &v.action {
        out.push_str(&format!(
            "<p><strong>{}</strong> {}</p>\n",
            html_escape(&l10n.msg("guide-md-action")),
            html_inlines(&markup::inlines(a))
        ));
    }
    out.push_str("<ul class=\"facts\">\n");
    if let Some(p) = &v.page_name {
        out.push_str(&format!(
            "<li><strong>{}</strong> {}</li>\n",
            html_escape(&l10n.msg("guide-md-where")),
            html_escape(p)
        ));
    }
    if !v.look_for.is_empty() {
        out.push_str(&format!(
            "<li><strong>{}</strong> {}</li>\n",
            html_escape(&l10n.msg("guide-md-highlight")),
            html_escape(&v.look_for.join("; "))
        ));
    }
    if !v.captures.is_empty() {
        let names: Vec<&str> = v.captures.iter().map(|c| c.label.as_str()).collect();
        out.push_str(&format!(
            "<li><strong>{}</strong> {}</li>\n",
            html_escape(&l10n.msg("guide-md-captures")),
            html_escape(&names.join(", "))
        ));
    }
    out.push_str(&format!(
        "<li><strong>{}</strong> {}</li>\n",
        html_escape(&l10n.msg("guide-md-done-when")),
        html_escape(&v.done_when)
    ));
    if let Some(d) = &v.docs_url {
        out.push_str(&format!(
            "<li><strong>{}</strong> <a href=\"{}\">{}</a></li>\n",
            html_escape(&l10n.msg("guide-md-docs")),
            html_escape(d),
            html_escape(d)
        ));
    }
    out.push_str("</ul>\n</li>\n");
}

#[derive(Serialize)]
struct JsonGuide<'a> {
    target: Target,
    lang: Lang,
    title: &'a str,
    intro: &'a str,
    summary: &'a str,
    requirements: &'a [String],
    roles: &'a [String],
    not_covered: &'a [String],
    steps: Vec<JsonStep<'a>>,
}

#[derive(Serialize)]
struct JsonStep<'a> {
    #[serde(flatten)]
    view: &'a StepView,
    plan: Plan,
}

/// One JSON object on one line: the localized view with each step's id and plan.
pub fn json(guide: &Guide, l10n: &Localizer) -> String {
    let values = Values::new();
    let view: GuideView = guide.view(l10n, &values);
    let steps = view
        .steps
        .iter()
        .map(|v| JsonStep {
            view: v,
            plan: guide.plan(v.index, &values).expect("index in range"),
        })
        .collect();
    let doc = JsonGuide {
        target: view.target,
        lang: view.lang,
        title: &view.title,
        intro: &view.intro,
        summary: &view.summary,
        requirements: &view.requirements,
        roles: &view.roles,
        not_covered: &view.not_covered,
        steps,
    };
    let mut s = serde_json::to_string(&doc).expect("serializable");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            html_escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(md_escape("offline_access *x*"), "offline\\_access \\*x\\*");
        assert_eq!(md_text("a `b_c`\n\n- <d>"), "a `b_c`\n\n- \\<d\\>");
        assert_eq!(html_text("x `<y>`"), "<p>x <code>&lt;y&gt;</code></p>");
    }

    #[test]
    fn formats_parse_and_list() {
        assert_eq!(Format::parse("MD"), Some(Format::Markdown));
        assert_eq!(Format::parse("pdf"), None);
        assert_eq!(Format::valid_list(), "md, html, json");
    }
}
