//! The light markup of step texts in the locale files, so that every renderer (overlay, preview
//! site, Markdown, HTML) builds nodes from data and nothing is ever inserted as HTML:
//!
//! - a blank line separates paragraphs;
//! - a line starting with `- ` is a list item (consecutive items form one list);
//! - `` `text` `` is code: values to type or copy, permission names, URLs, commands.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "content", rename_all = "kebab-case")]
pub enum Block {
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "text", rename_all = "kebab-case")]
pub enum Inline {
    Text(String),
    Code(String),
}

/// Splits a text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let flush_para = |para: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            blocks.push(Block::Paragraph(inlines(&para.join(" "))));
            para.clear();
        }
    };
    let flush_items = |items: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !items.is_empty() {
            blocks.push(Block::List(items.iter().map(|i| inlines(i)).collect()));
            items.clear();
        }
    };
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            flush_para(&mut para, &mut blocks);
            flush_items(&mut items, &mut blocks);
        } else if let Some(item) = t.strip_prefix("- ") {
            flush_para(&mut para, &mut blocks);
            items.push(item.trim().to_owned());
        } else if !items.is_empty() && line.starts_with(char::is_whitespace) {
            // A continuation line of the last list item.
            let last = items.last_mut().expect("non-empty");
            last.push(' ');
            last.push_str(t);
        } else {
            flush_items(&mut items, &mut blocks);
            para.push(t);
        }
    }
    flush_para(&mut para, &mut blocks);
    flush_items(&mut items, &mut blocks);
    blocks
}

/// Splits a line into text and code spans; an unpaired backtick is kept as text.
pub fn inlines(s: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('`') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('`') else { break };
        if start > 0 {
            out.push(Inline::Text(rest[..start].to_owned()));
        }
        out.push(Inline::Code(after[..end].to_owned()));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_owned()));
    }
    out
}

/// The text without markup (for screen-reader labels, plain output).
pub fn plain(text: &str) -> String {
    parse(text)
        .iter()
        .map(|b| match b {
            Block::Paragraph(i) => join(i),
            Block::List(items) => items
                .iter()
                .map(|i| format!("- {}", join(i)))
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn join(inl: &[Inline]) -> String {
    inl.iter()
        .map(|i| match i {
            Inline::Text(t) | Inline::Code(t) => t.as_str(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }
    fn c(s: &str) -> Inline {
        Inline::Code(s.into())
    }

    #[test]
    fn paragraphs_lists_and_code() {
        let blocks = parse(
            "First line\ncontinues `here`.\n\nPick:\n- `Mail.Send`\n- `Mail.ReadWrite` and\n  more\n\nLast `unpaired",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![t("First line continues "), c("here"), t(".")]),
                Block::Paragraph(vec![t("Pick:")]),
                Block::List(vec![
                    vec![c("Mail.Send")],
                    vec![c("Mail.ReadWrite"), t(" and more")]
                ]),
                Block::Paragraph(vec![t("Last `unpaired")]),
            ]
        );
        assert_eq!(plain("a `b`\n\n- c"), "a b\n\n- c");
        assert!(parse("  \n\n").is_empty());
    }
}
